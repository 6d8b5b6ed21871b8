"""`curate train sft [CONFIG]`: TRL's SFTTrainer on R1 traces (a run or a `trl-sft` export).

    curate train sft sft.yaml
    curate train sft --model Qwen/Qwen2.5-0.5B-Instruct --data runs/math-r1 --set lora.r=16

Before training, the first rows are rendered through the chat template the trainer will use
(the model's, or `chat_template_path`): a template that drops the `<think>` reasoning of
assistant turns (DeepSeek-R1/QwQ style) fails the run (`template_check: fail`), since the model
would silently learn answers without reasoning.
"""

from __future__ import annotations

import json
from typing import Any

import click
from curate.train._common import (
    friendly,
    load_data,
    load_tokenizer,
    peft_config,
    report,
    require_columns,
    require_trl,
    run_training,
    train_options,
)
from curate.train._config import SFTTrainConfig, load_config

from curate.errors import CurateError

CHECK_ROWS = 32


def check_template(cfg: SFTTrainConfig, tok: Any, ds: Any) -> str | None:
    """None when the template keeps the reasoning; else the problem (raised when `fail`)."""
    from curate.export._validate import clean_message, template_drops_think

    if cfg.template_check == "off" or "messages" not in ds.column_names:
        return None
    if not getattr(tok, "chat_template", None):
        raise CurateError(f"model: {cfg.model} has no chat template; set chat_template_path to one")
    convs = [
        [clean_message(m) for m in ds[i]["messages"]] for i in range(min(CHECK_ROWS, ds.num_rows))
    ]
    checked, lost, field_ok = template_drops_think(tok, convs)
    if not lost:
        return None
    fix = (
        "export with `curate export --to trl-sft --set reasoning=field` and train on that"
        if field_ok
        else "set chat_template_path to a template that keeps assistant reasoning"
    )
    msg = (
        f"the chat template drops the <think> reasoning of {len(lost)}/{checked} checked rows: "
        f"the model would learn answers without reasoning. Fix: {fix} (or --set template_check=warn)"
    )
    if cfg.template_check == "fail":
        raise CurateError(msg)
    click.echo(f"warning: {msg}", err=True)
    return msg


def build_trainer(cfg: SFTTrainConfig) -> Any:
    """The SFTTrainer for `cfg` (data loaded and checked)."""
    require_trl()
    from trl import SFTConfig, SFTTrainer

    ds = load_data(cfg, "trl-sft")
    require_columns(
        ds,
        [["messages"], ["prompt", "completion"], ["text"]],
        "SFT",
        "Export a run with `curate export RUN --to trl-sft`, or pass the run directory itself.",
    )
    tok = load_tokenizer(cfg, cfg.chat_template_path)
    check_template(cfg, tok, ds)
    args = SFTConfig(**cfg.trl_kwargs(SFTConfig))
    return SFTTrainer(
        model=cfg.model,
        args=args,
        train_dataset=ds,
        processing_class=tok,
        peft_config=peft_config(cfg),
    )


def train(cfg: SFTTrainConfig) -> dict[str, Any]:
    """Train; returns {output_dir, steps, losses, metrics}."""
    return run_training(build_trainer(cfg), cfg)


@click.command("sft")
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
    """Supervised fine-tuning on R1 traces with TRL's SFTTrainer (CONFIG: a YAML file)."""
    cfg = load_config(
        SFTTrainConfig,
        config,
        overrides=overrides,
        values={"model": model, "data": data, "output_dir": output_dir},
    )
    assert isinstance(cfg, SFTTrainConfig)
    if check:
        click.echo("config ok")
        return
    if dry_run:
        ds = load_data(cfg, "trl-sft")
        click.echo(json.dumps(cfg.model_dump(mode="json"), indent=2))
        click.echo(f"data: {ds.num_rows} rows, columns {ds.column_names}")
        return
    report(train(cfg))
