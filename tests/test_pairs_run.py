"""Preference pairs (`curate.pairs`): the stats, TRL formats, the run stage. The three sources are
in test_pairs.py."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import polars as pl
import pytest

from curate.errors import RecipeError
from curate.pairs import (
    PairsConfig,
    build_pairs,
    load_pairs,
    ratios,
    read_pairs,
    trl_columns,
)
from curate.pairs.build import score_bins
from curate.recipe import load_recipe
from curate.stats import merge_stats
from tests.helpers import trace, write_jsonl
from tests.pairs_samples import frame
from tests.tiny_model import tiny_model_dir  # noqa: F401  (fixture)

# --- stats and formats ---------------------------------------------------------------------------


def test_stats_length_bias_agreement_and_histograms() -> None:
    samples = [
        ("a0", "a long correct answer", "correct", None, None, 2.0),
        ("a1", "short", "incorrect", None, None, -3.0),
        ("b0", "ok", "correct", None, None, -0.7),
        ("b1", "a much longer wrong answer", "incorrect", None, None, 0.2),
    ]
    _, stats = build_pairs(frame(samples, domain="math"), PairsConfig(sources=["verdict", "rm"]))
    # prompt b: the rm's favourite is the wrong answer, which cannot be chosen: no rm pair
    assert stats["by_source"] == {"verdict": 2, "rm": 1}
    assert stats["skipped"] == {"rm_below_margin": 1}
    assert stats["length"]["verdict"] == {"chosen_longer": 1, "rejected_longer": 1}
    # prompt a: rule and rm agree (2 pairs); prompt b: the rm prefers the wrong answer
    assert stats["agreement"]["rule_vs_rm"] == {"agree": 2, "disagree": 1}
    h = stats["scores"]["math"]
    assert h["count"] == 4 and h["sum"] == pytest.approx(-1.5)
    assert h["bins"] == score_bins([2.0, -3.0, -0.7, 0.2])
    assert h["bins_correct"] == score_bins([2.0, -0.7])
    assert sum(h["bins_incorrect"]) == 2
    assert ratios(stats)["rule_vs_rm"] == pytest.approx(2 / 3)


def test_stats_of_shards_merge_to_the_stats_of_the_whole() -> None:
    a = [("a0", "good", "correct", None, None, 1.0), ("a1", "bad!", "incorrect", None, None, 0.0)]
    b = [
        ("b0", "fine", "correct", None, None, 0.5),
        ("b1", "wrong answer", "incorrect", None, None, 2.0),
    ]
    cfg = PairsConfig(sources=["verdict", "rm"])
    whole = build_pairs(frame(a + b), cfg)[1]
    parts = [build_pairs(frame(x), cfg)[1] for x in (a, b)]
    merged = merge_stats([{"stages": [{"name": "pairs", "kind": "pairs", **p}]} for p in parts])
    got = merged["stages"][0]
    for key in ("pairs", "by_source", "length", "agreement", "skipped", "scores", "prompts"):
        assert got[key] == whole[key], key


@pytest.mark.parametrize(
    "fmt,chat_prompt,conversational",
    [
        ("conversational", False, True),  # text prompts become one user message
        ("standard", False, False),  # plain text for TRL's standard format
        ("auto", False, False),  # auto follows the prompt: text
        ("auto", True, True),  # auto follows the prompt: chat
    ],
)
def test_trl_formats(fmt: str, chat_prompt: bool, conversational: bool) -> None:
    trl_data = pytest.importorskip("trl.data_utils", reason="TRL checks the format")
    rows = frame(
        [("a0", "good", "correct", None, None, None), ("a1", "bad", "incorrect", None, None, None)]
    )
    if chat_prompt:
        rows = rows.with_columns(
            pl.concat_list(
                pl.struct(pl.lit("user").alias("role"), pl.col("prompt").alias("content"))
            ).alias("prompt")
        )
    pairs, _ = build_pairs(rows, PairsConfig(format=fmt))
    example = trl_columns(pairs).to_dicts()[0]
    assert trl_data.is_conversational(example) is conversational
    for key in ("prompt", "chosen", "rejected"):  # TRL looks at any one of them
        assert trl_data.is_conversational({key: example[key]}) is conversational
    if conversational:
        assert example["chosen"] == [{"role": "assistant", "content": "good"}]
        assert example["prompt"][-1] == {"role": "user", "content": "question a"}
    else:
        assert example["prompt"] == "question a" and example["rejected"] == "bad"


def test_system_column_goes_into_the_conversational_prompt() -> None:
    rows = frame(
        [("a0", "good", "correct", None, None, None), ("a1", "bad", "incorrect", None, None, None)]
    )
    rows = rows.with_columns(pl.lit("Be brief.").alias("system"))
    pairs, _ = build_pairs(rows, PairsConfig())
    assert pairs["prompt"].to_list()[0] == [
        {"role": "system", "content": "Be brief."},
        {"role": "user", "content": "question a"},
    ]


def test_pairs_config_validation() -> None:
    base = {"name": "t", "source": {"path": "d.jsonl"}}
    with pytest.raises(RecipeError, match="pairs: judge: required when sources include `judge`"):
        load_recipe(data={**base, "pairs": {"sources": ["judge"]}})
    with pytest.raises(RecipeError, match="pairs.min_margin"):
        load_recipe(data={**base, "pairs": {"min_margin": -1}})
    with pytest.raises(RecipeError, match="unknown key 'margin'"):
        load_recipe(data={**base, "pairs": {"margin": 1}})
    with pytest.raises(RecipeError, match="pairs.judge: backend: unknown backend 'opena'"):
        load_recipe(
            data={
                **base,
                "pairs": {"sources": ["judge"], "judge": {"backend": "opena", "model": "m"}},
            }
        )
    bad_options = {"backend": "openai", "model": "m", "options": {"max_in_flight": 0}}
    with pytest.raises(
        RecipeError, match="pairs.judge: options.max_in_flight: expected an integer"
    ):
        load_recipe(data={**base, "pairs": {"sources": ["judge"], "judge": bad_options}})


# --- in a run ---------------------------------------------------------------------------------


def _run_data(tmp_path: Path, n: int = 9) -> None:
    rows = [
        {
            "q": f"what is {i}?",
            "a": str(i),
            "c": [trace("ok", str(i)), trace("no", str(i + 1)), "no tags"],
        }
        for i in range(n)
    ]
    write_jsonl(tmp_path / "d.jsonl", rows)


def _recipe(tmp_path: Path, **extra: Any):
    data = {
        "name": "pairs",
        "source": {
            "path": "d.jsonl",
            "columns": {"prompt": "q", "reference": "a", "completion": "c"},
        },
        "judges": ["exact"],
        "filters": ["correct"],
        "select": {"k": 1},
        "pairs": {"sources": ["verdict"]},
        "run": {"batch_size": 4},
        **extra,
    }
    return load_recipe(data=data, base_dir=tmp_path)


def test_run_writes_pairs_per_shard(tmp_path: Path) -> None:
    from curate.runner import run

    _run_data(tmp_path)
    res = run(_recipe(tmp_path), out=tmp_path / "run")
    files = sorted((tmp_path / "run" / "pairs").glob("part-*.parquet"))
    assert [f.name for f in files] == [
        "part-00000.parquet",
        "part-00001.parquet",
        "part-00002.parquet",
    ]
    pairs = read_pairs(tmp_path / "run")
    assert pairs.height == 18  # each prompt: its correct sample against its 2 incorrect ones
    assert set(pairs["rejected_reason"].to_list()) == {"incorrect"}
    stage = next(s for s in res.stats["stages"] if s["kind"] == "pairs")
    assert stage["pairs"] == 18 and stage["by_source"] == {"verdict": 18}
    assert stage["rows_in"] == 27  # every sample of every prompt was a candidate
    assert load_pairs(tmp_path / "run").height == 18
    from rich.console import Console

    from curate.report import render_stats

    console = Console(record=True, width=160)
    render_stats(res.stats, console)
    text = console.export_text()
    assert "18 pairs (verdict 18)" in text  # the funnel row
    assert "pairs: 18 from 9 of 9 prompts" in text and "(length bias)" in text  # the pairs table
    # a resumed run skips committed shards and keeps their pairs
    again = run(_recipe(tmp_path), out=tmp_path / "run")
    assert again.shards_skipped == 3 and read_pairs(tmp_path / "run").height == 18


def test_pairs_of_an_uncommitted_shard_are_not_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import curate.store as store_mod
    from curate.runner import run

    _run_data(tmp_path)
    real = store_mod.write_json_atomic
    calls = {"n": 0}

    def crash_on_second_marker(path: Path, obj: Any) -> None:
        if path.parent.name == "shards":
            calls["n"] += 1
            if calls["n"] == 2:
                raise KeyboardInterrupt("killed before the commit marker")
        real(path, obj)

    monkeypatch.setattr(store_mod, "write_json_atomic", crash_on_second_marker)
    with pytest.raises(KeyboardInterrupt):
        run(_recipe(tmp_path), out=tmp_path / "run")
    assert (tmp_path / "run" / "pairs" / "part-00001.parquet").exists()  # written, not committed
    assert read_pairs(tmp_path / "run").height == 8  # only shard 0's (4 prompts) pairs count
    monkeypatch.setattr(store_mod, "write_json_atomic", real)
    run(_recipe(tmp_path), out=tmp_path / "run")
    pairs = read_pairs(tmp_path / "run")
    assert pairs.height == 18 and pairs["pair_id"].n_unique() == 18  # redone once, no duplicates


@pytest.mark.parametrize("suffix", [".parquet", ".jsonl"])
def test_load_pairs_from_files(tmp_path: Path, suffix: str) -> None:
    pairs, _ = build_pairs(
        frame(
            [
                ("a0", "good", "correct", None, None, None),
                ("a1", "bad", "incorrect", None, None, None),
            ]
        ),
        PairsConfig(format="standard"),
    )
    path = tmp_path / f"p{suffix}"
    pairs.write_parquet(path) if suffix == ".parquet" else pairs.write_ndjson(path)
    got = load_pairs(path)
    assert got.select("prompt", "chosen", "rejected").to_dicts() == [
        {"prompt": "question a", "chosen": "good", "rejected": "bad"}
    ]
    (tmp_path / "bad.jsonl").write_text(json.dumps({"prompt": "p", "chosen": "c"}) + "\n")
    with pytest.raises(ValueError, match=r"need the columns \['rejected'\]"):
        load_pairs(tmp_path / "bad.jsonl")


@pytest.mark.slow
def test_judge_source_end_to_end_with_the_transformers_backend(
    request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    """The default pairwise judge over a real backend: a random tiny model gives no verdicts, so
    every comparison is asked in both orders and counted, none kept."""
    from curate.registry import BACKENDS
    from curate.runner import run

    if "transformers" not in BACKENDS:
        pytest.skip("no transformers backend registered")
    model_dir = request.getfixturevalue("tiny_model_dir")
    _run_data(tmp_path, n=2)
    judge = {
        "backend": "transformers",
        "model": str(model_dir),
        "max_tokens": 8,
        "options": {"device": "cpu"},
    }
    res = run(
        _recipe(
            tmp_path,
            pairs={"sources": ["verdict", "judge"], "judge": judge, "max_pairs_per_prompt": 2},
        ),
        out=tmp_path / "run",
    )
    stage = next(s for s in res.stats["stages"] if s["kind"] == "pairs")
    j = stage["judge"]
    assert j["comparisons"] == 4 and j["calls"] == 8
    assert j["comparisons"] == sum(j.get(k, 0) for k in ("failed", "tie", "disagree", "consistent"))
    assert stage["by_source"]["verdict"] == 4


@pytest.mark.slow
def test_dpo_trainer_takes_the_pairs(request: pytest.FixtureRequest, tmp_path: Path) -> None:
    """TRL's DPOTrainer runs on a run's pairs as they are (conversational format), 2 CPU steps."""
    import math

    datasets = pytest.importorskip("datasets")
    trl = pytest.importorskip("trl")
    from curate.runner import run

    model_dir = request.getfixturevalue("tiny_model_dir")
    _run_data(tmp_path, n=4)
    run(_recipe(tmp_path), out=tmp_path / "run")
    ds = datasets.Dataset.from_polars(trl_columns(read_pairs(tmp_path / "run")))
    args = trl.DPOConfig(
        output_dir=str(tmp_path / "dpo"),
        max_steps=2,
        per_device_train_batch_size=2,
        bf16=False,
        use_cpu=True,
        report_to="none",
        save_strategy="no",
        disable_tqdm=True,
    )
    result = trl.DPOTrainer(model=str(model_dir), args=args, train_dataset=ds).train()
    assert result.global_step == 2 and math.isfinite(result.training_loss)
