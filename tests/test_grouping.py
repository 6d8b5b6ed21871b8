"""Whole prompts whatever the source layout: a flat source gives the per-prompt results of the
same data given as list columns (kept ids, n_samples, pass rates, majority answers, pairs)."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import polars as pl
import pytest

from curate.errors import SourceError
from curate.recipe import load_recipe
from curate.runner import run
from curate.store import open_run
from tests.helpers import trace, write_jsonl

PROMPTS, SAMPLES = 23, 10


def samples() -> list[dict[str, Any]]:
    """Flat samples in list order: pass rates from 0 to 1, a repeated sample in some prompts."""
    out = []
    for i in range(PROMPTS):
        ref = str(i + 3)
        for j in range(SAMPLES):
            right = (j * 7 + i) % SAMPLES < i % (SAMPLES + 1)
            text = trace(f"work {i} {j if j < 9 or i % 3 else 8}", ref if right else str(i + 100))
            out.append({"q": f"What is {i} + 3?", "a": ref, "c": text, "k": j})
    return out


def as_lists(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    by: dict[str, dict[str, Any]] = {}
    for r in rows:
        by.setdefault(r["q"], {"q": r["q"], "a": r["a"], "c": []})["c"].append(r["c"])
    return list(by.values())


def shuffled(rows: list[dict[str, Any]], seed: int = 1) -> list[dict[str, Any]]:
    rows = list(rows)
    random.Random(seed).shuffle(rows)
    return rows


def first_and_last(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Prompt 0's samples split between the first and the last rows of the source."""
    p0 = [r for r in rows if r["q"] == rows[0]["q"]]
    rest = [r for r in rows if r["q"] != rows[0]["q"]]
    return p0[:4] + rest + p0[4:]


def drop_index(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: v for k, v in r.items() if k != "k"} for r in rows]


def recipe_data(path: str, **source: Any) -> dict[str, Any]:
    cols = {"prompt": "q", "reference": "a", "completion": "c"}
    return {
        "name": "g",
        "source": {"path": path, "columns": cols | source.pop("columns", {}), **source},
        "judges": ["exact", {"majority": {"answer_type": "math"}}],
        "filters": [{"dedup": {"scope": "responses"}}, "correct"],
        "select": {"k": 2},
        "pairs": {},
        "run": {"batch_size": 7},
    }


def write(tmp: Path, rows: list[dict[str, Any]], files: int = 1, fmt: str = "jsonl") -> str:
    size = -(-len(rows) // files)
    for n in range(files):
        part = rows[n * size : (n + 1) * size]
        path = tmp / f"part-{n}.{fmt}"
        if fmt == "jsonl":
            write_jsonl(path, part)
        else:
            pl.DataFrame(part).write_parquet(path)
    return f"part-*.{fmt}" if files > 1 else f"part-0.{fmt}"


def results(run_dir: Path, with_ids: bool = True) -> dict[str, Any]:
    """Per-prompt results of a run, independent of shard boundaries and row order."""
    store = open_run(run_dir)
    kept = store.read_kept()
    rej = store.read_rejected().filter(pl.col("dropped_by") != "source")
    cols = ["prompt_id", "n_samples", "n_correct", "pass_rate", "majority_answer", "completion"]
    # without a sample index, which samples come first (select k) follows the source order
    key = ["id", *cols] if with_ids else cols[:-1]
    pairs = pl.concat(
        [pl.read_parquet(p) for p in sorted((run_dir / "pairs").glob("*.parquet"))],
        how="diagonal_relaxed",
    )
    pair_cols = ["chosen_id", "rejected_id"] if with_ids else ["chosen_verdict", "rejected_verdict"]
    return {
        "kept": sorted(kept.select(key).rows()),
        "rejected": sorted(rej.select([key[0], "dropped_by", "reason"]).rows()),
        "pairs": sorted(pairs.select(["prompt_id", *pair_cols]).rows()),
    }


def run_layout(tmp: Path, rows: list[dict[str, Any]], **kw: Any) -> tuple[Path, dict[str, Any]]:
    files, fmt, workers = kw.pop("files", 1), kw.pop("fmt", "jsonl"), kw.pop("workers", 1)
    batch_size = kw.pop("batch_size", 7)
    data = recipe_data(write(tmp, rows, files, fmt), **kw)
    data["run"] |= {"workers": workers, "batch_size": batch_size}
    out = tmp / "run"
    res = run(load_recipe(data=data, base_dir=tmp), out=out)
    return out, res.stats


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    tmp = tmp_path_factory.mktemp("list")
    out, stats = run_layout(tmp, as_lists(samples()))
    assert stats["grouping"]["method"] == "list"
    return {"ids": results(out), "no_ids": results(out, with_ids=False)}


LAYOUTS = [
    # (name, source rows, run options, expected grouping method, same ids as the list layout)
    ("flat sorted", samples(), {}, "sorted", True),
    ("flat sorted, grouped asserted", samples(), {"grouped": True}, "asserted", True),
    ("flat sorted, pass forced", samples(), {"grouped": False}, "partitioned", True),
    (
        "flat shuffled, sample_index",
        shuffled(samples()),
        {"columns": {"sample_index": "k"}},
        "partitioned",
        True,
    ),
    ("flat shuffled, no sample_index", drop_index(shuffled(samples())), {}, "partitioned", False),
    (
        "shuffled parquet, 3 files",
        shuffled(samples()),
        {"files": 3, "fmt": "parquet", "columns": {"sample_index": "k"}},
        "partitioned",
        True,
    ),
    ("sorted, 4 files", samples(), {"files": 4}, "sorted", True),
    (
        "shards spanning many buckets",
        shuffled(samples()),
        {"batch_size": 150, "columns": {"sample_index": "k"}},
        "partitioned",
        True,
    ),
    ("prompt in first and last shard", first_and_last(samples()), {}, "partitioned", True),
    (
        "shuffled, 2 workers",
        shuffled(samples(), 2),
        {"workers": 2, "columns": {"sample_index": "k"}},
        "partitioned",
        True,
    ),
]


@pytest.mark.parametrize(
    ("rows", "opts", "method", "same_ids"),
    [pytest.param(r, o, m, s, id=n) for n, r, o, m, s in LAYOUTS],
)
def test_layouts_give_the_list_results(
    tmp_path: Path,
    reference: dict[str, Any],
    rows: list[dict[str, Any]],
    opts: dict[str, Any],
    method: str,
    same_ids: bool,
) -> None:
    out, stats = run_layout(tmp_path, rows, **dict(opts))
    g = stats["grouping"]
    assert (g["method"], g["layout"], g["prompts"]) == (method, "flat", PROMPTS)
    assert g["samples_per_prompt"] == {"min": SAMPLES, "median": SAMPLES, "max": SAMPLES}
    from curate.grouping import grouping_text

    line = grouping_text(stats) or ""
    assert f"{PROMPTS} prompts, samples per prompt min 10 / median 10 / max 10" in line
    got = results(out, with_ids=same_ids)
    assert got == reference["ids" if same_ids else "no_ids"]
    kept = open_run(out).read_kept()
    assert set(kept["n_samples"].to_list()) == {SAMPLES}
    assert (kept.group_by("prompt_id").len()["len"] <= 2).all()  # select k=2 over whole prompts


@pytest.mark.parametrize("fmt", ["parquet", "jsonl"])  # parquet reads batch_size rows at a time
def test_hub_source_streamed(tmp_path: Path, reference: dict[str, Any], fmt: str) -> None:
    # a Hub dataset source: `datasets.load_dataset(..., streaming=True)` over local files
    # (no network here) goes through the same code path and the grouping pass
    (tmp_path / "hub").mkdir()
    rows = shuffled(samples(), 3)
    if fmt == "parquet":
        pl.DataFrame(rows).write_parquet(tmp_path / "hub" / "train.parquet")
    else:
        write_jsonl(tmp_path / "hub" / "train.jsonl", rows)
    data = recipe_data("unused", columns={"sample_index": "k"})
    data["source"] = {k: v for k, v in data["source"].items() if k != "path"}
    data["source"]["dataset"] = str(tmp_path / "hub")
    res = run(load_recipe(data=data, base_dir=tmp_path), out=tmp_path / "run")
    assert res.stats["grouping"]["method"] == "partitioned"
    assert res.stats["grouping"]["pass"]["partitions"] == 256  # size unknown before streaming
    assert results(tmp_path / "run") == reference["ids"]
    from rich.console import Console

    from curate.report import render_stats

    console = Console(record=True, width=200)
    render_stats(res.stats, console)  # what `curate stats` prints
    assert "flat rows partitioned by prompt_id first; 23 prompts" in console.export_text()


def test_big_buckets_are_read_in_slices(
    tmp_path: Path, reference: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    # buckets bigger than the read-back target are read in slices by a second prompt hash:
    # memory stays bounded by the target, and the per-prompt results do not change
    import curate.spill as spill

    monkeypatch.setattr(spill, "TARGET", 1000)
    out, _ = run_layout(tmp_path, shuffled(samples()), columns={"sample_index": "k"})
    plan = json.loads((out / "grouped" / "plan.json").read_text())
    assert max(slices for _, _, slices in plan["parts"]) > 1
    assert results(out) == reference["ids"]


def test_grouped_assertion_names_the_prompt(tmp_path: Path) -> None:
    # `grouped: true` over a source where prompt 0 comes back at the end: an error naming it
    rows = first_and_last(samples())
    with pytest.raises(SourceError, match=r"grouped: true.*'What is 0 \+ 3\?'.*source row 224"):
        run_layout(tmp_path, rows, grouped=True)


def test_resume_after_a_kill_in_the_grouping_pass(
    tmp_path: Path, reference: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    # the pass dies while writing chunk 2's bucket files; the rerun keeps chunks 0-1, removes
    # chunk 2's orphans, reads on from there, and gives exactly the uninterrupted results
    import curate.spill as spill

    monkeypatch.setattr(spill, "BUDGET", 1)  # one chunk per source batch
    real_write, calls = spill._write, {"n": 0}

    def dying_write(df: pl.DataFrame, path: Path) -> None:
        if path.name.startswith("c000002") and calls["n"] >= 1:
            raise KeyboardInterrupt("kill")
        calls["n"] += path.name.startswith("c000002")
        real_write(df, path)

    monkeypatch.setattr(spill, "_write", dying_write)
    rows = shuffled(samples(), 4)
    with pytest.raises(KeyboardInterrupt):
        run_layout(tmp_path, rows, columns={"sample_index": "k"})
    state = (tmp_path / "run" / "grouped" / "state.json").read_text()
    assert '"chunks": 2' in state and '"complete": false' in state
    assert list((tmp_path / "run" / "grouped").glob("b*/c000002.parquet"))  # an orphan
    monkeypatch.setattr(spill, "_write", real_write)
    real_canon, seen = spill.canonicalize, []
    monkeypatch.setattr(
        spill, "canonicalize", lambda b, *a: seen.append(b.offset) or real_canon(b, *a)
    )
    out, stats = run_layout(tmp_path, rows, columns={"sample_index": "k"})
    assert min(seen) == 14  # batches 0 and 1 (7 rows each) were not read again
    assert stats["grouping"]["pass"]["rows_read"] == PROMPTS * SAMPLES
    assert results(out) == reference["ids"]
    assert not list((out / "grouped").glob("b*"))  # the partitioned rows go once the run is done


def test_quarantined_rows_survive_the_pass(tmp_path: Path) -> None:
    # malformed lines in a shuffled flat source: each lands in rejected/ once, stage `source`
    rows: list[Any] = shuffled(samples())
    rows[5:5] = ["{not json", "[1, 2]"]
    out, stats = run_layout(tmp_path, rows, columns={"sample_index": "k"})
    rej = open_run(out).read_rejected().filter(pl.col("dropped_by") == "source")
    assert sorted(rej["reason"].to_list()) == ["malformed_json", "not_an_object"]
    assert sorted(rej["source_row"].to_list()) == [5, 6]
    assert stats["source_rows"] == PROMPTS * SAMPLES + 2


@pytest.mark.parametrize(
    ("hist", "expected"),
    [
        ({10: 5}, {"min": 10, "median": 10, "max": 10}),  # every prompt complete
        ({1: 1, 4: 1, 9: 2}, {"min": 1, "median": 6.5, "max": 9}),  # even count: mean of middles
        ({2: 3, 7: 1, 8: 1}, {"min": 2, "median": 2, "max": 8}),  # odd count
        ({}, {}),  # no samples
    ],
)
def test_samples_per_prompt_spread(hist: dict[int, int], expected: dict[str, float]) -> None:
    from curate.grouping import spread

    assert spread(hist) == expected


@pytest.mark.parametrize(
    ("rows", "source", "expected"),
    [
        (as_lists(samples()), {}, "list column 'c' holds every sample"),  # list layout
        (samples(), {}, "flat rows sorted by prompt: no grouping pass"),  # sorted flat
        (shuffled(samples()), {}, "not sorted by prompt (prompt "),  # shuffled flat
        (samples(), {"grouped": True}, "`source.grouped: true`: shards are cut"),  # asserted
        (samples(), {"grouped": False}, "`source.grouped: false`: partitioned"),  # forced
    ],
)
def test_validate_says_how_the_source_is_grouped(
    tmp_path: Path, rows: list[dict[str, Any]], source: dict[str, Any], expected: str
) -> None:
    from click.testing import CliRunner

    from curate.cli import main
    from tests.helpers import write_recipe

    data = recipe_data(write(tmp_path, rows), **source)
    result = CliRunner().invoke(main, ["validate", str(write_recipe(tmp_path, data))])
    assert result.exit_code == 0, result.output
    assert expected in result.output


@pytest.mark.parametrize(
    ("opts", "cleaned"),
    [
        ({"columns": {"sample_index": "k"}}, False),  # killed after 3 shards: pass kept, resumed
        ({"columns": {"sample_index": "k"}}, True),  # a finished run lost a shard: pass redone
        ({"grouped": True}, False),  # the streamed cut resumes by shard index too
    ],
)
def test_resume_in_the_stages(
    tmp_path: Path, reference: dict[str, Any], opts: dict[str, Any], cleaned: bool
) -> None:
    rows = shuffled(samples(), 5) if "columns" in opts else samples()
    data = recipe_data(write(tmp_path, rows), **dict(opts))
    data["run"]["batch_size"] = 20
    recipe = load_recipe(data=data, base_dir=tmp_path)
    out, seen = tmp_path / "run", []

    def stop_after_3(result: Any) -> None:
        seen.append(result.index)
        if len(seen) == 3 and not cleaned:
            raise KeyboardInterrupt("kill")

    if cleaned:
        run(recipe, out=out)
        (out / "shards" / "00004.json").unlink()
    else:
        with pytest.raises(KeyboardInterrupt):
            run(recipe, out=out, on_shard=stop_after_3)
    res = run(recipe, out=out)
    assert res.shards_skipped == (res.shards_total - 1 if cleaned else 3)
    assert results(out) == reference["ids"]


def test_source_and_run_on_s3(tmp_path: Path, reference: dict[str, Any]) -> None:
    # a flat, shuffled parquet source on S3 and the run directory there too (a local S3
    # server): grouped in a local folder, the same kept rows as the list layout
    pytest.importorskip("s3fs")
    pytest.importorskip("moto")
    from curate.fs import as_path
    from tests.s3_server import moto_s3

    with moto_s3("curate-group"):
        url = "s3://curate-group"
        pl.DataFrame(shuffled(samples(), 6)).write_parquet(tmp_path / "flat.parquet")
        as_path(f"{url}/src/flat.parquet").write_bytes((tmp_path / "flat.parquet").read_bytes())
        data = recipe_data(f"{url}/src/flat.parquet", columns={"sample_index": "k"})
        res = run(load_recipe(data=data, base_dir=tmp_path), out=f"{url}/run")
        assert res.stats["grouping"]["method"] == "partitioned"
        kept = open_run(f"{url}/run").read_kept()
        cols = ["id", "prompt_id", "n_samples", "n_correct", "pass_rate", "majority_answer"]
        want = [r[:6] for r in reference["ids"]["kept"]]
        assert sorted(kept.select(cols).rows()) == want
