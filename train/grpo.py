"""`curate train grpo [CONFIG]`: TRL's GRPOTrainer with curate's rewards.

    curate train grpo grpo.yaml
    curate train grpo --model MODEL --data runs/math-prompts --set 'rewards=[accuracy, format]'

Data: a run (its prompts, converted like `curate export --to trl-grpo`), or a `trl-grpo` export.
Rewards come from `train/rewards.py` by name, with weights (`GRPOConfig.reward_weights`); every
dataset column (`solution`, `reward_type`, …) reaches them as a keyword argument. With
`use_vllm: auto`, generation uses vLLM when it is installed and a CUDA GPU is present.
"""

from __future__ import annotations

import json
from typing import Any

import click
from curate.judges.base import REFERENCE_KEYS
from curate.train._common import (
    friendly,
    load_data,
    peft_config,
    report,
    require_columns,
    require_trl,
    run_training,
    train_options,
)
from curate.train._config import GRPOTrainConfig, load_config
from curate.train.rewards import AccuracyReward, CosineLengthReward, build_rewards

from curate.errors import CurateError


def build_trainer(cfg: GRPOTrainConfig) -> Any:
    """The GRPOTrainer for `cfg` (data loaded and checked, rewards built)."""
    require_trl()
    from trl import GRPOConfig, GRPOTrainer

    funcs, weights = build_rewards(cfg.rewards)
    ds = load_data(cfg, "trl-grpo")
    require_columns(
        ds,
        [["prompt"]],
        "GRPO",
        "Export a run with `curate export RUN --to trl-grpo`, or pass the run directory itself.",
    )
    needs_ref = any(isinstance(f, (AccuracyReward, CosineLengthReward)) for f in funcs)
    if needs_ref and not set(REFERENCE_KEYS) & set(ds.column_names):
        raise CurateError(
            f"data: the accuracy rewards need a reference column ({', '.join(REFERENCE_KEYS)}); "
            f"the data has {ds.column_names}"
        )
    kwargs = cfg.trl_kwargs(GRPOConfig)
    if "reward_weights" in kwargs:
        raise CurateError(
            "trainer_args.reward_weights: give each reward a `weight` under rewards: instead"
        )
    args = GRPOConfig(**kwargs, reward_weights=weights)
    return GRPOTrainer(
        model=cfg.model,
        reward_funcs=list[Any](funcs),
        args=args,
        train_dataset=ds,
        peft_config=peft_config(cfg),
    )


def train(cfg: GRPOTrainConfig) -> dict[str, Any]:
    """Train; returns {output_dir, steps, losses, metrics, rewards}."""
    trainer = build_trainer(cfg)
    summary = run_training(trainer, cfg)
    summary["rewards"] = {
        f.__name__: [
            h[k] for h in trainer.state.log_history if (k := f"rewards/{f.__name__}/mean") in h
        ]
        for f in trainer.reward_funcs
    }
    return summary


@click.command("grpo")
@train_options
@friendly
def command(
    config: str | None,
    model: str | None,
    data: str | None,
    output_dir: str | None,
    overrides: tuple[str, ...],
    dry_run: bool,
    check: bool,
) -> None:
    """Reinforcement learning with TRL's GRPOTrainer and curate's rewards (CONFIG: a YAML file)."""
    cfg = load_config(
        GRPOTrainConfig,
        config,
        overrides=overrides,
        values={"model": model, "data": data, "output_dir": output_dir},
    )
    assert isinstance(cfg, GRPOTrainConfig)
    if check:
        build_rewards(cfg.rewards)  # every reward known, its params valid
        click.echo("config ok")
        return
    if dry_run:
        funcs, weights = build_rewards(cfg.rewards)
        ds = load_data(cfg, "trl-grpo")
        click.echo(json.dumps(cfg.model_dump(mode="json"), indent=2))
        click.echo(f"rewards: {dict(zip([f.__name__ for f in funcs], weights, strict=True))}")
        click.echo(f"data: {ds.num_rows} rows, columns {ds.column_names}")
        return
    summary = train(cfg)
    report(summary)
    for name, values in summary["rewards"].items():
        if values:
            click.echo(f"  reward {name}: {values[0]:.3f} → {values[-1]:.3f}")
