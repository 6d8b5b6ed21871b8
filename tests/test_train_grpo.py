"""`curate train grpo`: a few GRPO steps on a tiny random model (CPU); the rewards are called on
the completions the model generated."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from click.testing import CliRunner
from curate.judges.base import completion_text
from curate.train._config import GRPOTrainConfig, load_config

from curate.cli import main
from curate.errors import CurateError
from curate.export import export
from tests import tiny_model
from tests.test_export import make_run

tiny_model_dir = tiny_model.tiny_model_dir  # the session fixture

STEPS = [
    "max_steps=2",
    "per_device_train_batch_size=4",
    "num_generations=2",
    "max_completion_length=12",
    "logging_steps=1",
    "save_strategy=no",
    "save_model=false",
    "gradient_checkpointing=false",
    "use_vllm=false",
]
REWARDS = "rewards=[accuracy, {format: {weight: 0.5}}, reasoning_steps, repetition, cosine_length, language_consistency]"


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_run(tmp_path_factory.mktemp("grpo"))


def _cfg(model: Path, data: Path, out: Path, *extra: str) -> GRPOTrainConfig:
    cfg = load_config(
        GRPOTrainConfig,
        overrides=[*STEPS, *extra],
        values={"model": str(model), "data": str(data), "output_dir": str(out)},
    )
    assert isinstance(cfg, GRPOTrainConfig)
    return cfg


def test_dry_run_lists_rewards_and_weights(run_dir: Path, tiny_model_dir: Path) -> None:
    res = CliRunner().invoke(
        main,
        [
            "train",
            "grpo",
            "--model",
            str(tiny_model_dir),
            "--data",
            str(run_dir),
            "--dry-run",
            "--set",
            REWARDS,
        ],
    )
    assert res.exit_code == 0, res.output
    assert "'accuracy': 1.0, 'format': 0.5" in res.output
    assert "data: 4 rows, columns ['prompt', 'solution', 'reward_type'" in res.output


def test_accuracy_needs_a_reference_column(tmp_path: Path, tiny_model_dir: Path) -> None:
    from curate.train.grpo import build_trainer

    data = tmp_path / "p.jsonl"
    data.write_text('{"prompt": [{"role": "user", "content": "hi"}]}\n')
    with pytest.raises(CurateError, match="need a reference column"):
        build_trainer(_cfg(tiny_model_dir, data, tmp_path / "o"))


def test_grpo_steps_call_rewards_on_generated_completions(
    run_dir: Path, tmp_path: Path, tiny_model_dir: Path
) -> None:
    from curate.train.grpo import build_trainer

    trainer = build_trainer(_cfg(tiny_model_dir, run_dir, tmp_path / "o", REWARDS))
    out = trainer.train()
    assert trainer.state.global_step == 2
    assert math.isfinite(out.training_loss)
    losses = [h["loss"] for h in trainer.state.log_history if "loss" in h]
    assert len(losses) == 2 and all(math.isfinite(x) for x in losses)
    generated = [
        completion_text(c) for c in trainer._logs["completion"]
    ]  # the last generation batch
    assert len(generated) == 4
    for f in trainer.reward_funcs:
        assert f.calls == 2, f.__name__  # once per step: 4 completions = 2 prompts × 2 generations
        assert f.last_completions == generated, f.__name__
        assert any(f"rewards/{f.__name__}/mean" in h for h in trainer.state.log_history)
    prompts = {completion_text(r["prompt"]) for r in trainer.train_dataset}
    assert not set(generated) & prompts  # model output, not dataset text


def test_grpo_cli_on_an_export(run_dir: Path, tmp_path: Path, tiny_model_dir: Path) -> None:
    export(run_dir, "trl-grpo", tmp_path / "exp")
    args = [
        "train",
        "grpo",
        "--model",
        str(tiny_model_dir),
        "--data",
        str(tmp_path / "exp"),
        "--out",
        str(tmp_path / "o"),
    ]
    res = CliRunner().invoke(
        main, [*args, *[a for s in [*STEPS, "lora.r=4"] for a in ("--set", s)]]
    )
    assert res.exit_code == 0, res.output
    assert "trained 2 steps" in res.output and "reward accuracy:" in res.output
