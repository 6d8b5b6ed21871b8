"""Every shard of RUN/rejected/ has one schema: the folder reads as one table (polars, datasets)."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pyarrow.parquet as pq
import pytest

import curate
from curate.rejected import conform, union_schema
from tests.helpers import trace, write_jsonl

GOOD = trace("2 + 2 = 4.", "4")
LONG = trace("Adding step by step. " * 40, "4")
WRONG = trace("2 + 2 = 5.", "5")


def _rows() -> list[object]:
    return [
        # shard 0 (rows 0-2): all quarantined by the source (no completion, bad JSON, null prompt)
        {"q": "What is 2+2?", "a": "4", "r": None},
        "{not json",
        {"q": None, "a": "4", "r": GOOD},
        # shard 1: dropped by the length filter (its measurement columns), a source column `meta`
        {"q": "What is 2+2?", "a": "4", "r": LONG, "meta": 1},
        {"q": "What is 2+2?", "a": "4", "r": LONG, "meta": 2},
        {"q": "What is 2+2?", "a": "4", "r": GOOD, "meta": 3},
        # shard 2: dropped by `correct` (wrong answers); `meta` null throughout (Null dtype);
        # another prompt (a shard holds every sample of its prompts: curate.grouping)
        {"q": "What is 3+1?", "a": "4", "r": WRONG},
        {"q": "What is 3+1?", "a": "4", "r": WRONG},
        {"q": "What is 3+1?", "a": "4", "r": GOOD},
        # shard 3: chat prompts (a list of messages where other shards have strings)
        {"q": [{"role": "user", "content": "What is 2+2?"}], "a": "4", "r": LONG},
        {"q": [{"role": "user", "content": "What is 2+2?"}], "a": "4", "r": GOOD},
        {"q": [{"role": "user", "content": "What is 2+2?"}], "a": "4", "r": WRONG},
    ]


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("rej")
    write_jsonl(d / "src.jsonl", _rows())
    recipe = {
        "name": "rej",
        "source": {
            "path": "src.jsonl",
            "columns": {"prompt": "q", "reference": "a", "completion": "r"},
        },
        "judges": ["math"],
        "filters": [{"length": {"max_chars": 300}}, "correct"],
        "run": {"batch_size": 3},
    }
    result = curate.run(curate.load_recipe(recipe, base_dir=d), out=d / "run")
    return result.run_dir


def test_shards_differ_by_stage(run_dir: Path) -> None:
    # the shards really were dropped by different stages (else the test proves nothing)
    stages = [
        set(pl.read_parquet(p)["dropped_by"].to_list())
        for p in sorted((run_dir / "rejected").glob("*.parquet"))
    ]
    assert stages[0] == {"source"}
    assert "length" in stages[1] and "correct" in stages[2]


def test_one_schema_on_disk(run_dir: Path) -> None:
    schemas = [
        pq.read_schema(p).remove_metadata()
        for p in sorted((run_dir / "rejected").glob("*.parquet"))
    ]
    assert len(schemas) == 4 and all(s.equals(schemas[0]) for s in schemas)
    names = schemas[0].names
    assert names[:3] == ["id", "dropped_by", "reason"]
    assert {"raw", "completion", "completion_chars", "verdict", "meta"} <= set(names)


def test_polars_reads_the_folder(run_dir: Path) -> None:
    frame = pl.read_parquet(str(run_dir / "rejected" / "*.parquet"))
    kept = curate.read_run(run_dir).kept
    # every dropped row is there: 3 quarantined + the rest by stage
    counts = dict(frame.group_by("dropped_by").len().iter_rows())
    assert counts["source"] == 3
    assert sum(counts.values()) + kept.height == 12
    assert isinstance(frame.schema["prompt"], pl.List)  # string prompts became one user message


def test_datasets_reads_the_folder(run_dir: Path) -> None:
    import datasets

    ds = datasets.load_dataset(
        "parquet", data_files=str(run_dir / "rejected" / "*.parquet"), split="train"
    )
    assert ds.num_rows == pl.read_parquet(str(run_dir / "rejected" / "*.parquet")).height
    prompts = [p for p in ds["prompt"] if p is not None]  # quarantined rows have none
    assert prompts and all(p[0]["role"] == "user" for p in prompts)  # read back as messages
    assert set(ds.column_names) == set(
        pl.read_parquet_schema(next((run_dir / "rejected").glob("*.parquet")))
    )


CASES = [
    # a Null column takes the other shard's type
    ([{"id": pl.Utf8, "x": pl.Null}, {"id": pl.Utf8, "x": pl.Int64}], {"x": pl.Int64}),
    # a string prompt becomes chat where another shard has chat prompts
    (
        [
            {"id": pl.Utf8, "prompt": pl.Utf8},
            {"id": pl.Utf8, "prompt": pl.List(pl.Struct({"role": pl.Utf8, "content": pl.Utf8}))},
        ],
        {"prompt": pl.List(pl.Struct({"role": pl.Utf8, "content": pl.Utf8}))},
    ),
    # a column only one shard has is in the union
    ([{"id": pl.Utf8}, {"id": pl.Utf8, "raw": pl.Utf8}], {"raw": pl.Utf8}),
]


@pytest.mark.parametrize(("schemas", "expect"), CASES)
def test_union_schema(
    schemas: list[dict[str, pl.DataType]], expect: dict[str, pl.DataType]
) -> None:
    target = union_schema([pl.Schema(s) for s in schemas])
    for col, dt in expect.items():
        assert target[col] == dt
    for s in schemas:  # every shard conforms to it
        assert conform(pl.DataFrame(schema=s), target).schema == target
