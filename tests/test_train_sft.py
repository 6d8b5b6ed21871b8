"""`curate train sft`: config validation, and a few real SFT steps on a tiny random model (CPU)."""

from __future__ import annotations

import json
import math
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from curate.train._config import GRPOTrainConfig, SFTTrainConfig, load_config

from curate.cli import main
from curate.errors import CurateError, RecipeError
from curate.export import export
from tests import tiny_model
from tests.test_export import make_run
from tests.test_export_checks import STRIP

tiny_model_dir = tiny_model.tiny_model_dir  # the session fixture

STEPS = [
    "max_steps=3",
    "per_device_train_batch_size=2",
    "logging_steps=1",
    "max_length=128",
    "save_strategy=no",
    "gradient_checkpointing=false",
]


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_run(tmp_path_factory.mktemp("sft"))


@pytest.mark.parametrize(
    ("cls", "overrides", "match"),
    [
        (
            SFTTrainConfig,
            ["learnig_rate=1e-5"],
            "learnig_rate: unknown key 'learnig_rate' \\(did you mean 'learning_rate'\\?\\)",
        ),  # typo
        (SFTTrainConfig, ["lora.rr=8"], "lora.rr: unknown key"),  # nested key path
        (SFTTrainConfig, ["learning_rate=-1"], "learning_rate"),  # out of range
        (
            GRPOTrainConfig,
            ["per_device_train_batch_size=3", "num_generations=2"],
            "multiple of num_generations",
        ),  # whole groups only
        (GRPOTrainConfig, ["num_generations=1"], "num_generations"),  # GRPO needs a group
    ],
)
def test_config_errors(cls: type, overrides: list[str], match: str) -> None:
    with pytest.raises(RecipeError, match=match):
        load_config(cls, overrides=overrides, values={"model": "m", "data": "d"})


def test_config_yaml_and_trl_passthrough(tmp_path: Path) -> None:
    from trl import SFTConfig

    (tmp_path / "c.yaml").write_text(
        "model: m\ndata: d\nlora: {r: 4}\ntrainer_args: {lr_scheduler_kwargs: {}, max_grad_norm: 0.5}\n"
    )
    cfg = load_config(SFTTrainConfig, tmp_path / "c.yaml", overrides=["learning_rate=2e-5"])
    kw = cfg.trl_kwargs(SFTConfig)
    assert kw["learning_rate"] == 2e-5 and kw["max_grad_norm"] == 0.5 and kw["use_cpu"] is True
    assert kw["bf16"] is False and "lora" not in kw and "model" not in kw
    bad = load_config(
        SFTTrainConfig,
        values={
            "model": "m",
            "data": "d",
            "trainer_args": {"max_grad_nrom": 1, "learning_rate": 1},
        },
    )
    with pytest.raises(
        RecipeError, match="trainer_args.max_grad_nrom: .*did you mean 'max_grad_norm'"
    ) as err:
        bad.trl_kwargs(SFTConfig)
    assert "trainer_args.learning_rate: set it as `learning_rate:` at the top level" in str(
        err.value
    )


def test_dry_run(run_dir: Path, tiny_model_dir: Path) -> None:
    res = CliRunner().invoke(
        main, ["train", "sft", "--model", str(tiny_model_dir), "--data", str(run_dir), "--dry-run"]
    )
    assert res.exit_code == 0, res.output
    assert "data: 5 rows, columns ['messages', 'id', 'prompt_id']" in res.output
    res = CliRunner().invoke(
        main, ["train", "sft", "--model", "m", "--data", str(run_dir), "--set", "lr=1"]
    )
    assert res.exit_code == 2 and "error:" in res.output and "lr: unknown key" in res.output


def test_template_that_drops_think_fails_before_training(
    run_dir: Path, tmp_path: Path, tiny_model_dir: Path
) -> None:
    from curate.train.sft import build_trainer

    model = tmp_path / "m"
    shutil.copytree(tiny_model_dir, model)
    (model / "chat_template.jinja").write_text(STRIP)
    cfg = load_config(
        SFTTrainConfig,
        overrides=STEPS,
        values={"model": str(model), "data": str(run_dir), "output_dir": str(tmp_path / "o")},
    )
    with pytest.raises(CurateError, match="drops the <think> reasoning of 5/5"):
        build_trainer(cfg)


def test_sft_steps_on_a_run(run_dir: Path, tmp_path: Path, tiny_model_dir: Path) -> None:
    from curate.train.sft import train

    cfg = load_config(
        SFTTrainConfig,
        overrides=STEPS,
        values={
            "model": str(tiny_model_dir),
            "data": str(run_dir),
            "output_dir": str(tmp_path / "o"),
        },
    )
    summary = train(cfg)  # type: ignore[arg-type]
    assert summary["steps"] == 3
    assert len(summary["losses"]) == 3 and all(
        math.isfinite(x) and x > 0 for x in summary["losses"]
    )
    assert (tmp_path / "o" / "model.safetensors").is_file()


def test_sft_lora_on_an_export_via_cli(run_dir: Path, tmp_path: Path, tiny_model_dir: Path) -> None:
    export(run_dir, "trl-sft", tmp_path / "exp")
    (tmp_path / "sft.yaml").write_text(
        f"model: {tiny_model_dir}\ndata: exp\noutput_dir: {tmp_path / 'o'}\nlora: {{r: 4, alpha: 8}}\n"
    )
    res = CliRunner().invoke(
        main,
        ["train", "sft", str(tmp_path / "sft.yaml"), *[a for s in STEPS for a in ("--set", s)]],
    )
    assert res.exit_code == 0, res.output
    assert "trained 3 steps" in res.output
    adapter = json.loads((tmp_path / "o" / "adapter_config.json").read_text())
    assert adapter["r"] == 4 and adapter["lora_alpha"] == 8


def test_a_killed_sft_run_resumes_from_its_last_checkpoint(
    run_dir: Path, tmp_path: Path, tiny_model_dir: Path
) -> None:
    from curate.train.sft import train

    def cfg(*extra: str) -> SFTTrainConfig:
        steps = [s for s in STEPS if not s.startswith(("max_steps", "save_strategy"))]
        c = load_config(
            SFTTrainConfig,
            overrides=[*steps, "max_steps=4", "save_strategy=steps", "save_steps=2", *extra],
            values={"model": str(tiny_model_dir), "data": str(run_dir), "output_dir": str(out)},
        )
        assert isinstance(c, SFTTrainConfig)
        return c

    out = tmp_path / "o"
    first = train(cfg())
    assert (first["steps"], first["resumed_from"]) == (4, None)  # a fresh start
    # killed after its checkpoint at step 2: the later checkpoint and the final model are gone
    shutil.rmtree(out / "checkpoint-4")
    (out / "model.safetensors").unlink()
    again = train(cfg())
    assert (again["steps"], again["resumed_from"]) == (4, "checkpoint-2")  # goes on from step 2
    assert (out / "model.safetensors").is_file()
    # another config on the same folder: an error naming the fix, never a silent mix
    with pytest.raises(CurateError, match="another training config.*resume=never"):
        train(cfg("learning_rate=0.001"))
    # resume: never starts at step 0 whatever the folder holds
    fresh = train(cfg("learning_rate=0.001", "resume=never"))
    assert (fresh["steps"], fresh["resumed_from"]) == (4, None)
