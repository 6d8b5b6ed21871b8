"""`curate train rm CONFIG.yaml [--set key=value ...]`: a reward model from preference pairs.

A thin wrapper over TRL's `RewardTrainer` (Bradley-Terry loss on chosen vs rejected), LoRA
optional through peft. Pairs come from a run (`RUN/pairs`, the `pairs:` stage) or an export
(a .parquet/.jsonl file, a folder of them, or a `save_to_disk` folder). Held-out pairs are
split off by prompt (no prompt is on both sides), and the report gives the held-out pair
accuracy (share of pairs whose chosen side scores higher; ties count as wrong) before and after
training. The trained model (LoRA merged in) is saved where the `rm` judge can load it.

    model: Qwen/Qwen2.5-0.5B-Instruct     # or a local folder (relative to this file)
    data: runs/my-run                     # a run with pairs, or an exported pairs file
    output_dir: rm-out
    max_steps: 200
    lora: {r: 16}

Config keys are checked like recipes (unknown keys are errors); `--set key=value` overrides
(e.g. `--set lora.r=8`). Anything else of TRL's `RewardConfig` goes under `trainer_args`.
"""

from __future__ import annotations

import hashlib
import json
import math
import time
from collections.abc import Sized
from pathlib import Path
from typing import Any, Literal, cast

import click
import polars as pl
from curate.train._common import train_options
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from curate.errors import CurateError, MissingDependencyError, RecipeError


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True)


class LoraSection(_Strict):
    """LoRA adapters (peft) instead of full fine-tuning."""

    r: int = Field(default=16, gt=0)
    """Adapter rank."""
    alpha: int = Field(default=32, gt=0)
    """LoRA alpha (scaling = alpha / r)."""
    dropout: float = Field(default=0.05, ge=0, lt=1)
    """Dropout on the adapter inputs."""
    target_modules: list[str] | str = "all-linear"
    """Modules that get adapters (`all-linear`, or names such as [q_proj, v_proj])."""
    modules_to_save: list[str] = Field(default_factory=lambda: ["score"])
    """Modules trained in full beside the adapters: the reward head (`score` for most models)."""


class TrainRMConfig(_Strict):
    """`curate train rm` configuration."""

    model: str
    """Base model: a sequence-classification or causal LM checkpoint (a reward head is added)."""
    data: str
    """Pairs: a run directory, a pairs file (.parquet, .jsonl) or a folder of them."""
    output_dir: str = "rm-out"
    """Where the trained model, its tokenizer and metrics.json go."""
    sources: list[str] | None = None
    """Keep only pairs from these sources (verdict, rm, judge); None keeps all."""
    eval_fraction: float = Field(default=0.1, ge=0, lt=1)
    """Share of prompts whose pairs are held out for the accuracy."""
    max_eval_pairs: int | None = Field(default=2000, gt=0)
    """At most this many held-out pairs are scored."""
    seed: int = 0
    """Seed of the split, the reward head's init and training."""
    max_length: int | None = Field(default=1024, gt=0)
    """Pairs with a side longer than this (tokens) are left out (TRL's filter)."""
    learning_rate: float = Field(default=1e-5, gt=0)
    """Peak learning rate (LoRA usually wants ~1e-4)."""
    num_train_epochs: float = Field(default=1.0, gt=0)
    """Epochs over the training pairs (ignored when max_steps > 0)."""
    max_steps: int = -1
    """Optimizer steps (-1: by epochs)."""
    per_device_train_batch_size: int = Field(default=8, gt=0)
    """Pairs per device per step."""
    per_device_eval_batch_size: int = Field(default=8, gt=0)
    """Pairs per forward pass when scoring held-out pairs."""
    gradient_accumulation_steps: int = Field(default=1, gt=0)
    """Steps whose gradients are summed before an update."""
    margin: Literal["none", "verdict", "score"] = "none"
    """TRL's margin loss: `none` (plain Bradley-Terry, as `curate export --to trl-reward` writes
    by default), `verdict` (the judges' gap on verdict pairs), `score` (every pair's stored gap);
    see `curate.pairs.stage.MARGINS`."""
    center_rewards_coefficient: float | None = None
    """Push rewards towards mean zero (TRL; 0.01 is the paper's value)."""
    lora: LoraSection | None = None
    """Train LoRA adapters (merged into the saved model) instead of all weights."""
    device: Literal["auto", "cpu", "cuda"] = "auto"
    """`auto`: CUDA when there is one."""
    bf16: bool | None = None
    """bfloat16 mixed precision (None: on CUDA with bf16 support, off on CPU)."""
    gradient_checkpointing: bool = False
    """Trade compute for memory (large models)."""
    logging_steps: int = Field(default=10, gt=0)
    """Log the loss every this many steps."""
    save: bool = True
    """Save the trained model to `output_dir`."""
    trainer_args: dict[str, Any] = Field(default_factory=dict)
    """More `trl.RewardConfig` fields (e.g. `{warmup_ratio: 0.1, weight_decay: 0.01}`)."""


def load_config(
    path: str | Path | None = None,
    overrides: list[str] | tuple[str, ...] = (),
    data: dict[str, Any] | None = None,
    values: dict[str, Any] | None = None,
) -> tuple[TrainRMConfig, Path]:
    """Read and validate a config (file or dict) with `--set` overrides; relative paths in it
    resolve against the file's folder. Raises RecipeError with `key: expected …` lines."""
    from curate.recipe import apply_override, parse_yaml
    from curate.validation import format_errors

    label = str(path) if path is not None else "<config>"
    if data is None:
        if path is None:
            raw: Any = {}
        else:
            p = Path(path)
            if not p.is_file():
                raise RecipeError(f"config file not found: {p}")
            raw = parse_yaml(p.read_text(encoding="utf-8"), label) or {}
    else:
        raw = json.loads(json.dumps(data))
    if not isinstance(raw, dict):
        raise RecipeError(f"the config must be a mapping, got {type(raw).__name__}", label)
    for key, v in (values or {}).items():  # --model, --data, --out: relative to the cwd
        if v is not None:
            local = key != "model" or Path(v).exists()
            raw[key] = str(Path(v).absolute()) if local else v
    for ov in overrides:
        apply_override(raw, ov)
    try:
        cfg = TrainRMConfig.model_validate(raw)
    except ValidationError as exc:
        raise RecipeError(format_errors(exc, "", TrainRMConfig), label) from None
    base = Path(path).parent if path is not None else Path.cwd()
    return cfg, base


def _resolve(base: Path, value: str) -> str:
    p = Path(value).expanduser()
    cand = p if p.is_absolute() else base / p
    return str(cand) if cand.exists() else value


def split_pairs(
    pairs: pl.DataFrame, fraction: float, seed: int
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Train and held-out pairs, split by prompt (a stable hash of prompt_id, else the prompt),
    so no prompt is on both sides; at least one prompt is held out when there are two."""
    if fraction <= 0 or pairs.height < 2:
        return pairs, pairs.clear()
    if "prompt_id" in pairs.columns:
        keys = [str(k) for k in pairs["prompt_id"].to_list()]
    elif "prompt" in pairs.columns:
        keys = [json.dumps(p, sort_keys=True, default=str) for p in pairs["prompt"].to_list()]
    else:
        keys = [str(i) for i in range(pairs.height)]
    uniq = list(dict.fromkeys(keys))
    if len(uniq) < 2:
        return pairs, pairs.clear()

    def u(k: str) -> float:
        return int(hashlib.blake2b(f"{seed}:{k}".encode(), digest_size=8).hexdigest(), 16) / 2**64

    held = {k for k in uniq if u(k) < fraction}
    if not held:
        held = {min(uniq, key=u)}
    elif len(held) == len(uniq):
        held.discard(max(uniq, key=u))
    mask = pl.Series([k in held for k in keys])
    return pairs.filter(~mask), pairs.filter(mask)


def _accuracy(trainer: Any, dataset: Any, batch_size: int) -> dict[str, float | int]:
    """Held-out pair accuracy with the trainer's model: chosen scored above rejected."""
    import torch

    model = trainer.model
    was_training = model.training
    model.eval()
    chosen: list[float] = []
    rejected: list[float] = []
    device = next(model.parameters()).device
    with torch.inference_mode():
        for start in range(0, len(dataset), batch_size):
            items = [dataset[i] for i in range(start, min(start + batch_size, len(dataset)))]
            batch = trainer.data_collator(
                [{"chosen_ids": x["chosen_ids"], "rejected_ids": x["rejected_ids"]} for x in items]
            )
            out = model(
                input_ids=batch["input_ids"].to(device),
                attention_mask=batch["attention_mask"].to(device),
            )
            r = out.logits.squeeze(-1).float().cpu()
            c, j = torch.chunk(r, 2)
            chosen.extend(c.tolist())
            rejected.extend(j.tolist())
    if was_training:
        model.train()
    n = len(chosen)
    wins = sum(1 for a, b in zip(chosen, rejected, strict=True) if a > b)
    ties = sum(1 for a, b in zip(chosen, rejected, strict=True) if a == b)
    margin = sum(a - b for a, b in zip(chosen, rejected, strict=True)) / n if n else float("nan")
    return {"pairs": n, "accuracy": wins / n if n else float("nan"), "ties": ties, "margin": margin}


def training_pairs(cfg: TrainRMConfig, base: Path) -> pl.DataFrame:
    """The pairs of `cfg.data` (a run, a pairs file or an export folder), `sources` applied."""
    from curate.pairs.stage import load_pairs

    try:
        pairs = load_pairs(_resolve(base, cfg.data))
    except ValueError as exc:
        raise CurateError(f"data: {exc}") from None
    if cfg.sources is not None and "source" in pairs.columns:
        pairs = pairs.filter(pl.col("source").is_in(cfg.sources))
    pairs = pairs.filter(pl.col("chosen").is_not_null() & pl.col("rejected").is_not_null())
    if pairs.height == 0:
        raise CurateError(f"data: no pairs to train on in {cfg.data}")
    return pairs


def _load_split(cfg: TrainRMConfig, base: Path, say: Any) -> tuple[pl.DataFrame, pl.DataFrame]:
    """The configured pairs, split into (train, held-out test)."""
    pairs = training_pairs(cfg, base)
    train, test = split_pairs(pairs, cfg.eval_fraction, cfg.seed)
    if cfg.max_eval_pairs is not None and test.height > cfg.max_eval_pairs:
        test = test.sample(cfg.max_eval_pairs, seed=cfg.seed)
    say(f"pairs: {pairs.height:,} ({train.height:,} train, {test.height:,} held out)")
    return train, test


def _reward_config(cfg: TrainRMConfig, out_dir: Path) -> Any:
    """TRL's RewardConfig from our config (device, precision, trainer_args checked)."""
    import dataclasses

    import torch
    from trl import RewardConfig

    cuda = torch.cuda.is_available() and cfg.device != "cpu"
    if cfg.device == "cuda" and not torch.cuda.is_available():
        raise CurateError("device: cuda asked for, but torch sees no CUDA device")
    bf16 = cfg.bf16 if cfg.bf16 is not None else bool(cuda and torch.cuda.is_bf16_supported())
    args: dict[str, Any] = {
        "output_dir": str(out_dir),
        "learning_rate": cfg.learning_rate,
        "num_train_epochs": cfg.num_train_epochs,
        "max_steps": cfg.max_steps,
        "per_device_train_batch_size": cfg.per_device_train_batch_size,
        "per_device_eval_batch_size": cfg.per_device_eval_batch_size,
        "gradient_accumulation_steps": cfg.gradient_accumulation_steps,
        "max_length": cfg.max_length,
        "center_rewards_coefficient": cfg.center_rewards_coefficient,
        "bf16": bf16,
        "use_cpu": not cuda,
        "seed": cfg.seed,
        "logging_steps": cfg.logging_steps,
        "save_strategy": "no",
        "eval_strategy": "no",
        "report_to": "none",
        "disable_tqdm": True,
        "model_init_kwargs": {"dtype": "bfloat16" if bf16 else "float32"},
    }
    fields = {f.name for f in dataclasses.fields(RewardConfig)}
    # transformers 5 renamed it (the old name warns); older versions only know the old one
    ckpt = (
        "activation_checkpointing"
        if "activation_checkpointing" in fields
        else "gradient_checkpointing"
    )
    args[ckpt] = cfg.gradient_checkpointing
    clash = sorted(set(cfg.trainer_args) & set(args))
    if clash:
        raise RecipeError(
            f"trainer_args: {clash} are set by their own config keys; set those instead"
        )
    args.update(cfg.trainer_args)
    try:
        return RewardConfig(**args)
    except TypeError as exc:
        raise RecipeError(f"trainer_args: {exc}") from None


def _lora_config(cfg: TrainRMConfig) -> Any:
    if cfg.lora is None:
        return None
    try:
        from peft import LoraConfig, TaskType
    except ImportError as exc:
        raise MissingDependencyError("peft", "train", "LoRA (lora:)") from exc
    return LoraConfig(
        task_type=TaskType.SEQ_CLS,
        r=cfg.lora.r,
        lora_alpha=cfg.lora.alpha,
        lora_dropout=cfg.lora.dropout,
        target_modules=cfg.lora.target_modules,
        modules_to_save=list(cfg.lora.modules_to_save),
    )


def _save(trainer: Any, cfg: TrainRMConfig, out_dir: Path, metrics: dict[str, Any]) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    model = trainer.model
    if cfg.lora is not None:
        model = model.merge_and_unload()
    model.save_pretrained(str(out_dir))
    trainer.processing_class.save_pretrained(str(out_dir))
    metrics["saved_to"] = str(out_dir)
    (out_dir / "metrics.json").write_text(json.dumps(metrics, indent=2))


def train_rm(
    cfg: TrainRMConfig, base_dir: Path | None = None, *, echo: Any = None
) -> dict[str, Any]:
    """Train a reward model on pairs; return metrics (also written to output_dir/metrics.json)."""
    try:
        import datasets
        import torch  # noqa: F401  (the train extra, checked here with one message)
        from trl import RewardTrainer
    except ImportError as exc:
        raise MissingDependencyError("trl", "train", "curate train rm") from exc
    from curate.pairs.stage import trl_columns

    say = echo or (lambda _msg: None)
    base = base_dir or Path.cwd()
    t0 = time.perf_counter()
    model_path = _resolve(base, cfg.model)
    out_dir = Path(cfg.output_dir)
    out_dir = out_dir if out_dir.is_absolute() else base / out_dir
    train, test = _load_split(cfg, base, say)
    reward_cfg = _reward_config(cfg, out_dir)
    peft_config = _lora_config(cfg)

    def to_ds(frame: pl.DataFrame) -> Any:
        return datasets.Dataset.from_polars(trl_columns(frame, margin=cfg.margin))

    trainer = RewardTrainer(
        model=model_path,
        args=reward_cfg,
        train_dataset=to_ds(train),
        eval_dataset=to_ds(test) if test.height else None,
        peft_config=peft_config,
    )
    n_train = len(cast(Sized, trainer.train_dataset))
    if n_train == 0:
        raise CurateError(f"no training pair fits in max_length={cfg.max_length} tokens")
    eval_ds = trainer.eval_dataset
    before = _accuracy(trainer, eval_ds, cfg.per_device_eval_batch_size) if eval_ds else None
    result = trainer.train()
    loss = float(result.training_loss)
    after = _accuracy(trainer, eval_ds, cfg.per_device_eval_batch_size) if eval_ds else None
    metrics: dict[str, Any] = {
        "model": cfg.model,
        "data": cfg.data,
        "train_pairs": n_train,
        "train_pairs_too_long": train.height - n_train,
        "eval_pairs": after["pairs"] if after else 0,
        "eval_pairs_too_long": test.height - (len(cast(Sized, eval_ds)) if eval_ds else 0),
        "steps": int(result.global_step),
        "train_loss": loss,
        "loss_finite": math.isfinite(loss),
        "eval_accuracy": after["accuracy"] if after else None,
        "eval_accuracy_before": before["accuracy"] if before else None,
        "eval_ties": after["ties"] if after else None,
        "eval_margin": after["margin"] if after else None,
        "lora": cfg.lora is not None,
        "seconds": round(time.perf_counter() - t0, 3),
    }
    if cfg.save:
        _save(trainer, cfg, out_dir, metrics)
    return metrics


@click.command("rm")
@train_options
def command(
    config: str | None,
    model: str | None,
    data: str | None,
    output_dir: str | None,
    overrides: tuple[str, ...],
    dry_run: bool,
    check: bool,
) -> None:
    """Train a reward model (TRL RewardTrainer) on preference pairs; report held-out accuracy."""
    from curate.cli import friendly

    @friendly
    def go() -> None:
        values = {"model": model, "data": data, "output_dir": output_dir}
        cfg, base = load_config(config, overrides, values=values)
        if check:
            click.echo("config ok")
            return
        if dry_run:
            from curate.pairs.stage import trl_columns

            pairs = training_pairs(cfg, base)
            train, test = split_pairs(pairs, cfg.eval_fraction, cfg.seed)
            click.echo(json.dumps(cfg.model_dump(mode="json"), indent=2))
            cols = trl_columns(pairs.head(1), margin=cfg.margin).columns
            click.echo(
                f"data: {pairs.height:,} pairs ({train.height:,} train, {test.height:,} held out), "
                f"columns {cols}"
            )
            return
        _report(train_rm(cfg, base, echo=click.echo))

    go()


def _report(m: dict[str, Any]) -> None:
    acc = m["eval_accuracy"]
    before = m["eval_accuracy_before"]
    click.echo(
        f"trained {m['steps']} steps on {m['train_pairs']:,} pairs in {m['seconds']:.1f} s; "
        f"loss {m['train_loss']:.4f}"
    )
    if acc is not None:
        click.echo(
            f"held-out pair accuracy: {acc:.3f} on {m['eval_pairs']:,} pairs "
            f"(before training {before:.3f})"
        )
    else:
        click.echo("held-out pair accuracy: - (no held-out pairs; raise eval_fraction)")
    if m.get("saved_to"):
        click.echo(f"saved to {m['saved_to']}")
