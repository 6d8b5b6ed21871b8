"""JSON output of frames with binary values: base64 strings, never a panic of the writer."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import polars as pl
import pytest

from curate.jsonable import json_default, json_ready
from curate.recipe import load_recipe
from curate.runner import run

B = base64.b64encode(b"\xff\x00").decode()
CASES = [
    # a top-level binary column (a parquet source's image bytes)
    (pl.Series("x", [b"\xff\x00"]), B),
    # bytes inside a struct
    (pl.Series("x", [{"img": b"\xff\x00", "w": 2}]), {"img": B, "w": 2}),
    # a list of bytes
    (pl.Series("x", [[b"\xff\x00", b"\xff\x00"]]), [B, B]),
    # no bytes: left as it is
    (pl.Series("x", [{"a": 1}]), {"a": 1}),
]


@pytest.mark.parametrize(("series", "expected"), CASES)
def test_json_ready(series: pl.Series, expected: object, tmp_path: Path) -> None:
    out = tmp_path / "x.jsonl"
    json_ready(pl.DataFrame([series])).write_ndjson(out)
    assert json.loads(out.read_text())["x"] == expected
    assert json.dumps({"x": series.to_list()[0]}, default=json_default) == json.dumps(
        {"x": expected}
    )


def test_a_binary_source_column_with_jsonl_output(tmp_path: Path) -> None:
    # a parquet source with a binary extra column, written as JSON lines: the run completes and
    # the bytes come back from base64
    pl.DataFrame(
        {"prompt": ["1+1?"], "completion": ["<think>2</think> 2"], "blob": [b"\xff\x00"]}
    ).write_parquet(tmp_path / "s.parquet")
    recipe = load_recipe(
        data={"name": "b", "source": {"path": "s.parquet"}, "output": {"format": "jsonl"}},
        base_dir=tmp_path,
    )
    run(recipe, out=tmp_path / "run")
    rows = [json.loads(x) for x in next((tmp_path / "run" / "data").glob("*.jsonl")).open()]
    assert base64.b64decode(rows[0]["blob"]) == b"\xff\x00"
