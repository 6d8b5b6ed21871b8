"""The Python API: curate.load_recipe / run / read_run / export, and a light `import curate`."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest

import curate
from curate.errors import RecipeError, RunStoreError


@pytest.fixture(scope="module")
def qs_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("api") / "qs"
    result = curate.run("quickstart", out=out, limit=40)
    assert result.run_dir == out
    return out


def test_import_curate_is_light() -> None:
    # the API names resolve lazily: importing curate loads none of the heavy stacks
    code = (
        "import sys, curate; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('torch','vllm','trl','ray','polars','pydantic','datasets','transformers')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_load_recipe_by_name_path_and_dict(tmp_path: Path) -> None:
    # a shipped name, with an override applied before validation
    rec = curate.load_recipe("quickstart", overrides=["source.limit=7"])
    assert rec.name == "quickstart" and rec.source.limit == 7
    # a dict recipe resolves relative paths against base_dir
    data = {"name": "d", "source": {"path": "x.jsonl"}}
    rec = curate.load_recipe(data, base_dir=tmp_path)
    assert rec.base_dir == tmp_path and rec.resolve_path("x.jsonl") == tmp_path / "x.jsonl"
    # a bad key is a typed error naming its path
    with pytest.raises(RecipeError, match="nope"):
        curate.load_recipe({"name": "d", "source": {"path": "x.jsonl"}, "nope": 1})


def test_run_returns_stats_and_resumes(qs_run: Path) -> None:
    # the source limit reached the recipe; a rerun resumes every shard
    stats = json.loads((qs_run / "stats.json").read_text())
    assert stats["source_rows"] == 40
    again = curate.run(curate.load_recipe("quickstart"), out=qs_run, limit=40)
    assert again.shards_skipped == again.shards_total >= 1
    # a bad limit is a recipe error, not a silent full run
    with pytest.raises(RecipeError, match="limit"):
        curate.run("quickstart", out=qs_run, limit=0)


def test_read_run_polars(qs_run: Path) -> None:
    data = curate.read_run(qs_run)
    assert data.complete
    assert isinstance(data.kept, pl.DataFrame) and isinstance(data.rejected, pl.DataFrame)
    # kept + rejected account for every canonical row the source produced
    rows_in = sum(s["rows_in"] for s in data.manifest["shards"].values())
    dropped_after_source = data.rejected.filter(pl.col("dropped_by") != "source").height
    assert data.kept.height + dropped_after_source == rows_in
    assert {"dropped_by", "reason"} <= set(data.rejected.columns)
    assert data.pairs.height == 0  # quickstart builds no pairs


def test_read_run_datasets(qs_run: Path) -> None:
    import datasets

    data = curate.read_run(qs_run, format="datasets")
    assert isinstance(data.kept, datasets.Dataset) and isinstance(data.rejected, datasets.Dataset)
    polars_data = curate.read_run(qs_run)
    assert data.kept.num_rows == polars_data.kept.height
    assert data.rejected.num_rows == polars_data.rejected.height
    with pytest.raises(ValueError, match="format"):
        curate.read_run(qs_run, format="pandas")  # type: ignore[arg-type]


def test_read_run_not_a_run(tmp_path: Path) -> None:
    with pytest.raises(RunStoreError, match="not a run directory"):
        curate.read_run(tmp_path)


def test_export_is_callable(qs_run: Path, tmp_path: Path) -> None:
    # `curate.export` is the formats' package and the export function at once
    result = curate.export(qs_run, to="trl-sft", out=tmp_path / "sft")
    assert result.rows_out == curate.read_run(qs_run).kept.height
    assert (tmp_path / "sft" / "README.md").exists()
    assert curate.export.export is not None and "trl-sft" in curate.export.EXPORTERS.names()
