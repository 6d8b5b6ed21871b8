"""`curate train rm`: TRL's RewardTrainer on pairs, a few CPU steps with a tiny random model."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import polars as pl
import pytest
from click.testing import CliRunner
from curate.train.rm import load_config, split_pairs

from curate.errors import RecipeError
from tests.helpers import trace, write_jsonl
from tests.test_rm_judge import tiny_rm_dir  # noqa: F401  (fixture)
from tests.tiny_model import tiny_model_dir  # noqa: F401  (fixture)

pytest.importorskip("trl", reason='curate train rm needs TRL (pip install "curate[train]")')


def _pairs_run(tmp_path: Path, n: int = 12) -> Path:
    """A run with verdict pairs (exact judge, no model needed)."""
    from curate.recipe import load_recipe
    from curate.runner import run

    write_jsonl(
        tmp_path / "d.jsonl",
        [
            {
                "q": f"what is {i} + {i}?",
                "a": str(2 * i),
                "c": [trace("add", str(2 * i)), trace("guess", str(2 * i + 1))],
            }
            for i in range(n)
        ],
    )
    recipe = load_recipe(
        data={
            "name": "rmdata",
            "source": {
                "path": "d.jsonl",
                "columns": {"prompt": "q", "reference": "a", "completion": "c"},
            },
            "judges": ["exact"],
            "filters": ["correct"],
            "pairs": {"sources": ["verdict"]},
            "run": {"batch_size": 5},
        },
        base_dir=tmp_path,
    )
    run(recipe, out=tmp_path / "run")
    return tmp_path / "run"


def _heldout_accuracy_with_the_judge(model_dir: Path, pairs: pl.DataFrame) -> float:
    """Held-out accuracy recomputed independently: the `rm` judge scores both sides."""
    from curate.judges.rm import RMJudge
    from curate.judges.rm_score import release_scorers

    judge = RMJudge(model=str(model_dir))
    try:
        prompts = pairs["prompt"].to_list()
        chosen = judge(pairs["chosen"].to_list(), prompts=prompts)
        rejected = judge(pairs["rejected"].to_list(), prompts=prompts)
    finally:
        release_scorers()  # the saved model changes between tests: never reuse a cached one
    return sum(c > r for c, r in zip(chosen, rejected, strict=True)) / len(chosen)


def test_train_on_a_run_reports_heldout_accuracy(
    tiny_rm_dir: Path,  # noqa: F811  (the imported fixture)
    tmp_path: Path,
) -> None:
    from curate.train.rm import train_rm

    from curate.pairs import read_pairs

    run_dir = _pairs_run(tmp_path)
    cfg, base = load_config(
        data={
            "model": str(tiny_rm_dir),
            "data": str(run_dir),
            "output_dir": str(tmp_path / "rm"),
            "max_steps": 4,
            "learning_rate": 1e-3,
            "per_device_train_batch_size": 4,
            "eval_fraction": 0.3,
        }
    )
    m = train_rm(cfg, base)
    assert m["loss_finite"] and math.isfinite(m["train_loss"])
    assert m["steps"] == 4
    _, held = split_pairs(read_pairs(run_dir), 0.3, 0)
    assert m["eval_pairs"] == held.height > 0  # every held-out pair was scored
    assert m["train_pairs"] + m["eval_pairs"] == 12
    assert 0.0 <= m["eval_accuracy"] <= 1.0
    # the reported accuracy is what the saved model gives those pairs through the rm judge
    assert m["eval_accuracy"] == pytest.approx(
        _heldout_accuracy_with_the_judge(tmp_path / "rm", held)
    )
    saved = json.loads((tmp_path / "rm" / "metrics.json").read_text())
    assert saved["eval_accuracy"] == m["eval_accuracy"]


def test_lora_on_a_causal_lm_saves_a_merged_reward_model(
    tiny_model_dir: Path,  # noqa: F811  (the imported fixture)
    tmp_path: Path,
) -> None:
    pytest.importorskip("peft", reason="LoRA needs peft")
    from curate.train.rm import train_rm

    run_dir = _pairs_run(tmp_path, n=8)
    cfg, base = load_config(
        data={
            "model": str(tiny_model_dir),
            "data": str(run_dir),
            "output_dir": str(tmp_path / "lora"),
            "max_steps": 2,
            "learning_rate": 1e-3,
            "lora": {"r": 4},
            "eval_fraction": 0.25,
        }
    )
    m = train_rm(cfg, base)
    assert m["lora"] and m["loss_finite"] and m["eval_pairs"] > 0
    from transformers import AutoConfig

    saved = AutoConfig.from_pretrained(tmp_path / "lora")
    assert saved.num_labels == 1 and "ForSequenceClassification" in saved.architectures[0]
    assert not (tmp_path / "lora" / "adapter_config.json").exists()  # merged, not an adapter


@pytest.mark.parametrize(
    "prompts,fraction,n_test",
    [
        (["a", "a", "b", "b", "c", "c", "d", "d"], 0.0, 0),  # nothing held out
        (["a", "a", "b", "b"], 0.01, 2),  # a tiny fraction still holds out one prompt
        (["a", "a", "b", "b"], 0.99, 2),  # ... and still trains on one
        (["a", "a", "a"], 0.5, 0),  # one prompt cannot be split
    ],
)
def test_split_pairs_by_prompt(prompts: list[str], fraction: float, n_test: int) -> None:
    pairs = pl.DataFrame(
        {"prompt_id": prompts, "chosen": ["c"] * len(prompts), "rejected": ["r"] * len(prompts)}
    )
    train, test = split_pairs(pairs, fraction, seed=0)
    assert test.height == n_test and train.height + test.height == pairs.height
    assert not set(train["prompt_id"]) & set(test["prompt_id"])  # no prompt on both sides


def test_split_is_reproducible_and_roughly_the_fraction() -> None:
    pairs = pl.DataFrame(
        {
            "prompt_id": [str(i) for i in range(1000)],
            "chosen": ["c"] * 1000,
            "rejected": ["r"] * 1000,
        }
    )
    _, a = split_pairs(pairs, 0.2, seed=3)
    _, b = split_pairs(pairs, 0.2, seed=3)
    _, c = split_pairs(pairs, 0.2, seed=4)
    assert a["prompt_id"].to_list() == b["prompt_id"].to_list() != c["prompt_id"].to_list()
    assert 150 < a.height < 250


@pytest.mark.parametrize(
    "data,overrides,message",
    [
        (
            {"model": "m", "data": "d", "max_step": 3},
            [],
            "unknown key 'max_step' (did you mean 'max_steps'?)",
        ),
        (
            {"model": "m", "data": "d"},
            ["eval_fraction=2"],
            "eval_fraction: expected a number in [0, 1), got 2",
        ),
        ({"model": "m"}, [], "data: required key is missing"),
        ({"model": "m", "data": "d", "lora": {"rank": 4}}, [], "lora.rank: unknown key 'rank'"),
    ],
)
def test_config_errors_name_the_key(
    data: dict[str, Any], overrides: list[str], message: str
) -> None:
    with pytest.raises(RecipeError) as err:
        load_config(data=data, overrides=overrides)
    assert message in str(err.value)


def test_set_overrides_reach_nested_keys() -> None:
    cfg, _ = load_config(
        data={"model": "m", "data": "d", "lora": {}}, overrides=["lora.r=4", "max_steps=7"]
    )
    assert cfg.lora is not None and cfg.lora.r == 4 and cfg.max_steps == 7


def test_trainer_args_are_checked(
    tiny_rm_dir: Path,  # noqa: F811  (the imported fixture)
    tmp_path: Path,
) -> None:
    from curate.train.rm import train_rm

    run_dir = _pairs_run(tmp_path, n=4)
    for extra, message in (
        ({"max_steps": 9}, "set by their own config keys"),
        ({"no_such_option": 1}, "trainer_args:"),
    ):
        cfg, base = load_config(
            data={"model": str(tiny_rm_dir), "data": str(run_dir), "trainer_args": extra}
        )
        with pytest.raises(RecipeError, match=message):
            train_rm(cfg, base)


def test_cli_trains_from_an_exported_pairs_file(
    tiny_rm_dir: Path,  # noqa: F811  (the imported fixture)
    tmp_path: Path,
) -> None:
    from curate.cli import main
    from curate.pairs import read_pairs

    run_dir = _pairs_run(tmp_path, n=8)
    read_pairs(run_dir).select("prompt", "chosen", "rejected").write_ndjson(
        tmp_path / "pairs.jsonl"
    )
    (tmp_path / "rm.yaml").write_text(
        f"model: {tiny_rm_dir}\ndata: pairs.jsonl\noutput_dir: out\nmax_steps: 1\neval_fraction: 0.25\n"
    )
    res = CliRunner().invoke(
        main, ["train", "rm", str(tmp_path / "rm.yaml"), "--set", "max_steps=2"]
    )
    assert res.exit_code == 0, res.output
    assert "trained 2 steps" in res.output and "held-out pair accuracy:" in res.output
    assert (tmp_path / "out" / "config.json").exists()  # output_dir is relative to the config
    bad = CliRunner().invoke(
        main, ["train", "rm", str(tmp_path / "rm.yaml"), "--set", "lora.rank=2"]
    )
    assert bad.exit_code == 2 and "lora.rank: unknown key 'rank'" in bad.output
    listed = CliRunner().invoke(main, ["train", "--help"])
    assert " rm " in listed.output


def test_cli_takes_the_options_of_the_other_train_commands(
    tiny_rm_dir: Path,  # noqa: F811  (the imported fixture)
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from curate.cli import main

    run_dir = _pairs_run(tmp_path, n=8)
    monkeypatch.chdir(tmp_path)
    base = ["train", "rm", "--model", str(tiny_rm_dir), "--data", "run"]
    # --dry-run: config and data checked and printed, nothing trained
    dry = CliRunner().invoke(main, [*base, "--out", "o", "--dry-run", "--set", "margin=score"])
    assert dry.exit_code == 0, dry.output
    assert '"margin": "score"' in dry.output and str(run_dir) in dry.output
    assert "data: 8 pairs" in dry.output and "'margin'" in dry.output
    assert not (tmp_path / "o").exists()
    # the same options train, --out relative to the working folder
    res = CliRunner().invoke(main, [*base, "--out", "o", "--set", "max_steps=1"])
    assert res.exit_code == 0, res.output
    assert (tmp_path / "o" / "config.json").exists()
    # a bad --set value names the key
    bad = CliRunner().invoke(main, [*base, "--dry-run", "--set", "margin=big"])
    assert bad.exit_code == 2 and "margin:" in bad.output


@pytest.mark.parametrize(
    ("mode", "want"),
    [
        ("none", None),  # no margin column: plain Bradley-Terry (the default of both)
        ("verdict", [1.0, 0.0, 0.0]),  # the judges' gap on verdict pairs only
        ("score", [1.0, 2.5, 0.0]),  # every stored gap; none stored → 0.0
    ],
)
def test_margin_modes(mode: str, want: list[float] | None) -> None:
    from curate.pairs.stage import trl_columns

    pairs = pl.DataFrame(
        {
            "prompt": ["p1", "p2", "p3"],
            "chosen": ["a", "b", "c"],
            "rejected": ["x", "y", "z"],
            "source": ["verdict", "rm", "rm"],
            "margin": [1.0, 2.5, None],
        }
    )
    out = trl_columns(pairs, margin=mode)
    assert (out["margin"].to_list() if "margin" in out.columns else None) == want


def test_train_rm_and_the_export_agree_on_the_margin_by_default() -> None:
    from curate.export.trl_pref import PrefParams

    cfg, _ = load_config(data={"model": "m", "data": "d"})
    assert cfg.margin == PrefParams().margin == "none"
