"""Run directories and sources on fsspec URLs, against a local S3 server (moto): the same rows,
stats and resume as on local disk."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import polars as pl
import pytest
from click.testing import CliRunner

from curate.cli import main
from curate.fs import as_path, glob, is_url, resolve
from curate.recipe import load_recipe
from curate.runner import run
from curate.store import open_run
from tests.conftest import ROOT

pytest.importorskip("s3fs")
pytest.importorskip("moto")
from tests.s3_server import moto_s3

DATA = ROOT / "recipes" / "data" / "quickstart.jsonl"
RECIPE = ROOT / "recipes" / "pairs.yaml"


@pytest.fixture(scope="module")
def s3() -> Iterator[str]:
    with moto_s3("curate-test") as url:
        yield url


def _upload(local: Path, url: str) -> None:
    as_path(url).write_bytes(local.read_bytes())


def _rows(run_dir: str | Path) -> dict[str, Any]:
    store = open_run(run_dir)
    return {
        "kept": store.read_kept().sort("id"),
        "rejected": store.read_rejected().sort("id", "dropped_by"),
        "rows_out": store.stats()["rows_out"],
        "shards": sorted(store.committed()),
    }


@pytest.mark.parametrize(
    "path, want",
    [
        ("s3://b/run", True),  # an object store URL
        ("memory://x", True),  # any fsspec protocol
        ("file:///tmp/x", False),  # a local file URL stays a Path
        ("runs/x", False),  # a plain path
    ],
)
def test_is_url(path: str, want: bool) -> None:
    assert is_url(path) is want
    assert isinstance(resolve(path, Path("/base")), Path) is (not want)


def test_run_on_s3_matches_local_disk_and_resumes(s3: str, tmp_path: Path) -> None:
    # the source as two parquet parts on S3 (a glob), the run directory on S3
    df = pl.read_ndjson(DATA).head(120)
    for i, part in enumerate((df.head(60), df.tail(60))):
        buf = tmp_path / f"p{i}.parquet"
        part.write_parquet(buf)
        _upload(buf, f"s3://curate-test/src/part-{i}.parquet")
    assert [p.name for p in glob("s3://curate-test/src/*.parquet")] == [
        "part-0.parquet",
        "part-1.parquet",
    ]
    df.write_parquet(tmp_path / "all.parquet")  # the same rows on local disk
    sets = ["run.batch_size=40"]
    local = load_recipe(RECIPE, overrides=[*sets, f"source.path={tmp_path / 'all.parquet'}"])
    run(local, out=tmp_path / "local")
    remote = load_recipe(
        RECIPE,
        overrides=[
            *sets,
            "source.path=s3://curate-test/src/*.parquet",
            "output.dir=s3://curate-test/runs/pairs",
        ],
    )
    res = run(remote)
    assert str(res.run_dir) == "s3://curate-test/runs/pairs"
    want, got = _rows(tmp_path / "local"), _rows("s3://curate-test/runs/pairs")
    assert want["kept"].height > 0 and want["rejected"].height > 0
    assert want["kept"].equals(got["kept"]) and want["rejected"].equals(got["rejected"])
    assert want["rows_out"] == got["rows_out"] and got["shards"] == [0, 1, 2]
    assert as_path("s3://curate-test/runs/pairs/pairs/part-00000.parquet").exists()
    # a rerun resumes: every shard is already committed, nothing is redone
    again = run(remote)
    assert (again.shards_total, again.shards_skipped) == (3, 3)
    # the CLI reads the run where it lies
    out = CliRunner().invoke(main, ["stats", "s3://curate-test/runs/pairs", "--json"])
    assert out.exit_code == 0, out.output
    assert json.loads(out.output)["rows_out"] == want["rows_out"]


def test_jsonl_source_on_s3_and_ray_workers(
    s3: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a JSON-lines source read line by line from S3; shards run as Ray tasks on a local
    # instance, the driver commits them to S3: the same rows as the local executor on disk
    pytest.importorskip("ray")
    monkeypatch.delenv("RAY_ADDRESS", raising=False)
    monkeypatch.setenv("CURATE_RAY_OBJECT_STORE_MB", "100")
    lines = DATA.read_bytes().splitlines(keepends=True)[:100]
    (tmp_path / "d.jsonl").write_bytes(b"".join(lines))
    _upload(tmp_path / "d.jsonl", "s3://curate-test/src/d.jsonl")
    sets = ["run.batch_size=40"]
    run(
        load_recipe(RECIPE, overrides=[*sets, f"source.path={tmp_path / 'd.jsonl'}"]),
        out=tmp_path / "local",
    )
    remote = ["source.path=s3://curate-test/src/d.jsonl", "run.executor=ray"]
    run(load_recipe(RECIPE, overrides=[*sets, *remote]), out="s3://curate-test/runs/ray")
    want, got = _rows(tmp_path / "local"), _rows("s3://curate-test/runs/ray")
    assert want["kept"].height > 0 and want["kept"].equals(got["kept"])
    assert want["rejected"].equals(got["rejected"]) and got["shards"] == [0, 1, 2]


def test_generation_cache_on_s3(s3: str) -> None:
    # samples written by one process (a Ray worker) are found by the next, on the object store
    from curate.store import GenerationCache

    rec = {"sample_key": "k1", "prompt_key": "p", "sample_index": 0, "seed": 3, "completion": "x"}
    first = GenerationCache("s3://curate-test/runs/gen", "cfg", {"backend": "b"})
    first.add([rec], flush_at=1)
    assert as_path("s3://curate-test/runs/gen/generations/cfg/config.json").exists()
    again = GenerationCache("s3://curate-test/runs/gen", "cfg")
    assert len(again) == 1
    assert again.lookup(["k1", "k2"])["k1"]["completion"] == "x"


def test_cli_run_to_s3_writes_the_report_there(s3: str) -> None:
    # `curate run --out s3://…`: the run and its report.html on the object store
    args = ["run", str(RECIPE), "--out", "s3://curate-test/runs/cli", "--limit", "40", "-q"]
    out = CliRunner().invoke(main, args)
    assert out.exit_code == 0, out.output
    assert as_path("s3://curate-test/runs/cli/report.html").read_text().startswith("<!")
    assert open_run("s3://curate-test/runs/cli").stats()["rows_in"] > 0
