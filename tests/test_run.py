"""The runner and run store: funnel stats, nothing lost, atomic shards, resume, refusal."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest

from curate.errors import RunStoreError, SourceError
from curate.recipe import load_recipe
from curate.runner import run
from curate.stats import merge_stats
from curate.store import RunStore, open_run
from tests.helpers import trace, write_jsonl


def _data(tmp_path: Path, n: int = 30) -> None:
    rows = []
    for i in range(n):
        rows.append(
            {
                "q": f"what is {i}?",
                "a": str(i),
                "c": [trace("ok", str(i)), trace("no", str(i + 1)), "no tags"],
            }
        )
    rows.insert(5, "{broken")
    write_jsonl(tmp_path / "d.jsonl", rows)


def _recipe(tmp_path: Path, **extra: object):
    data = {
        "name": "t",
        "source": {
            "path": "d.jsonl",
            "columns": {"prompt": "q", "reference": "a", "completion": "c"},
        },
        "judges": ["exact"],
        "filters": ["correct"],
        "select": {"k": 1},
        "run": {"batch_size": 7},
        **extra,
    }
    return load_recipe(data=data, base_dir=tmp_path)


def _all_ids(store: RunStore) -> list[str]:
    return store.read_kept()["id"].to_list() + store.read_rejected()["id"].to_list()


def test_run_accounts_for_every_row(tmp_path: Path) -> None:
    _data(tmp_path)
    res = run(_recipe(tmp_path), out=tmp_path / "run")
    s = res.stats
    assert s["source_rows"] == 31 and s["rows_in"] == 90 and s["rows_out"] == 30
    by = {st["name"]: st for st in s["stages"]}
    assert by["source"]["reasons"] == {"malformed_json": 1}
    assert by["exact"]["verdicts"] == {"correct": 30, "incorrect": 60}
    assert by["correct"]["reasons"] == {"incorrect": 60}
    assert by["correct"]["examples"]["incorrect"]  # example ids for `curate show`
    store = open_run(tmp_path / "run")
    ids = _all_ids(store)
    assert len(ids) == len(set(ids)) == 90 + 1  # every sample and the broken line, once
    rej = store.read_rejected()
    assert set(rej["dropped_by"].to_list()) == {"source", "correct"}
    assert rej.filter(pl.col("dropped_by") == "correct")["reason"].unique().to_list() == [
        "incorrect"
    ]
    kept = store.read_kept()
    assert kept["pass_rate"].to_list() == pytest.approx([1 / 3] * 30)
    assert json.loads((tmp_path / "run" / "stats.json").read_text())["rows_out"] == 30
    manifest = json.loads((tmp_path / "run" / "manifest.json").read_text())
    assert manifest["status"] == "complete" and len(manifest["shards"]) == 5
    assert "polars" in manifest["versions"]


def test_resume_skips_committed_and_redoes_partial(tmp_path: Path) -> None:
    _data(tmp_path)
    recipe = _recipe(tmp_path)
    first = run(recipe, out=tmp_path / "run")
    ids = sorted(_all_ids(open_run(tmp_path / "run")))
    # simulate a crash inside shard 2: its marker is gone, a torn temp file is left behind
    (tmp_path / "run" / "shards" / "00002.json").unlink()
    (tmp_path / "run" / "data" / ".part-00002.parquet.tmp-123").write_bytes(b"torn")
    again = run(recipe, out=tmp_path / "run")
    assert again.shards_skipped == 4 and again.shards_total == 5
    assert sorted(_all_ids(open_run(tmp_path / "run"))) == ids
    assert again.stats["rows_out"] == first.stats["rows_out"]
    assert not list((tmp_path / "run" / "data").glob(".*tmp*"))


def test_changed_recipe_refuses_without_force(tmp_path: Path) -> None:
    _data(tmp_path)
    run(_recipe(tmp_path), out=tmp_path / "run")
    changed = _recipe(tmp_path, select={"k": 2})
    with pytest.raises(RunStoreError, match="different recipe.*--force"):
        run(changed, out=tmp_path / "run")
    res = run(changed, out=tmp_path / "run", force=True)
    assert res.stats["rows_out"] == 30  # only one correct sample per prompt exists


def test_changed_source_file_refuses(tmp_path: Path) -> None:
    _data(tmp_path)
    run(_recipe(tmp_path), out=tmp_path / "run")
    _data(tmp_path, n=31)
    with pytest.raises(RunStoreError, match="different recipe"):
        run(_recipe(tmp_path), out=tmp_path / "run")


def test_empty_source_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "d.jsonl").write_text("")
    with pytest.raises(SourceError, match="the source is empty"):
        run(_recipe(tmp_path), out=tmp_path / "run")
    assert not (tmp_path / "run").exists()  # refused before any work


def test_workers_give_the_same_rows(tmp_path: Path) -> None:
    _data(tmp_path)
    a = run(_recipe(tmp_path), out=tmp_path / "a")
    b = run(_recipe(tmp_path, run={"batch_size": 7, "workers": 2}), out=tmp_path / "b")
    assert sorted(_all_ids(open_run(tmp_path / "a"))) == sorted(_all_ids(open_run(tmp_path / "b")))
    assert a.stats["rows_out"] == b.stats["rows_out"]


def test_jsonl_output_format(tmp_path: Path) -> None:
    _data(tmp_path)
    run(_recipe(tmp_path, output={"format": "jsonl"}), out=tmp_path / "run")
    files = sorted((tmp_path / "run" / "data").glob("*.jsonl"))
    assert len(files) == 5
    assert open_run(tmp_path / "run").read_kept().height == 30


def test_merge_is_order_independent() -> None:
    a = {
        "rows_in": 3,
        "rows_out": 1,
        "stages": [
            {
                "name": "f",
                "kind": "filter",
                "rows_in": 3,
                "rows_out": 1,
                "dropped": 2,
                "reasons": {"x": 2},
                "examples": {"x": ["1", "2"]},
                "seconds": 0.5,
            }
        ],
    }
    b = {
        "rows_in": 2,
        "rows_out": 2,
        "stages": [
            {
                "name": "f",
                "kind": "filter",
                "rows_in": 2,
                "rows_out": 2,
                "dropped": 0,
                "reasons": {},
                "examples": {},
                "seconds": 0.25,
            }
        ],
    }
    ab, ba = merge_stats([a, b]), merge_stats([b, a])
    assert ab["stages"][0]["reasons"] == ba["stages"][0]["reasons"] == {"x": 2}
    assert ab["rows_in"] == 5 and ab["stages"][0]["seconds"] == 0.75


def test_source_from_another_run(tmp_path: Path) -> None:
    _data(tmp_path)
    run(_recipe(tmp_path), out=tmp_path / "first")
    # chain: re-judge the kept rows of the first run against their own extracted answers
    second = load_recipe(
        data={
            "name": "chain",
            "source": {"run": "first", "columns": {"reference": "pred_answer"}},
            "judges": ["exact"],
            "filters": ["correct"],
        },
        base_dir=tmp_path,
    )
    res = run(second, out=tmp_path / "second")
    assert res.stats["rows_in"] == 30 and res.stats["rows_out"] == 30
    kept = open_run(tmp_path / "second").read_kept()
    assert {"source_verdict", "source_judge", "verdict"} <= set(
        kept.columns
    )  # earlier verdicts kept aside


def test_source_run_must_exist(tmp_path: Path) -> None:
    recipe = load_recipe(data={"name": "c", "source": {"run": "nope"}}, base_dir=tmp_path)
    with pytest.raises(SourceError, match="source.run: .* is not a run directory"):
        run(recipe, out=tmp_path / "x")


def test_judge_domains_leave_other_domains_undecided(tmp_path: Path) -> None:
    rows = [
        {"q": "2+2?", "a": "4", "c": trace("r", "4"), "domain": "math"},
        {
            "q": "write f",
            "a": "assert f() == 1",
            "c": trace("r", "4"),
            "domain": "code",
        },  # not math's call
        {"q": "3+3?", "a": "6", "c": trace("r", "5"), "domain": None},  # no domain: judged
    ]
    write_jsonl(tmp_path / "d.jsonl", rows)
    recipe = load_recipe(
        data={
            "name": "dom",
            "source": {
                "path": "d.jsonl",
                "columns": {"prompt": "q", "reference": "a", "completion": "c"},
            },
            "judges": [{"exact": {"domains": ["math"]}}],
            "filters": ["correct"],
        },
        base_dir=tmp_path,
    )
    run(recipe, out=tmp_path / "run")
    store = open_run(tmp_path / "run")
    assert store.read_kept()["domain"].to_list() == ["math"]
    rej = store.read_rejected().sort("source_row")
    assert rej["reason"].to_list() == [
        "not_judged",
        "incorrect",
    ]  # the code row was never judged by math
    assert rej["verdict_exact"].to_list() == [None, "incorrect"]


def test_judge_domains_in_the_reward_signature() -> None:
    from curate.judges.exact import ExactJudge

    judge = ExactJudge(domains=["math"])
    rewards = judge(
        [trace("r", "4"), trace("r", "4"), trace("r", "4")],
        reference=["4", "4", "5"],
        domain=["math", "code", None],
    )
    assert rewards == [1.0, None, 0.0]  # a code row gets no reward from a math judge, not 0


def test_disagree_judge_first_is_refused() -> None:
    from curate.errors import RecipeError

    with pytest.raises(RecipeError, match=r"judges\[0\].exact.when: `disagree` audits"):
        load_recipe(
            data={"name": "d", "source": {"path": "x"}, "judges": [{"exact": {"when": "disagree"}}]}
        )
