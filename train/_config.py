"""Training configs: YAML like the recipes, validated by pydantic (unknown keys are errors with
their key paths), `--set key=value` overrides, TRL's option names.

    model: Qwen/Qwen2.5-0.5B-Instruct     # a local folder or a Hub name
    data: runs/math-r1                     # a run directory, or an export (folder or file)
    output_dir: out/sft
    lora: {r: 16, alpha: 32}               # optional (peft)
    learning_rate: 1.0e-5
    per_device_train_batch_size: 4
    max_length: 4096
    trainer_args: {max_grad_norm: 0.5}     # any other option of TRL's SFTConfig / GRPOConfig

Typed fields cover the usual hyper-parameters; `trainer_args:` passes anything else through by
its TRL name (the key `curate train rm` uses too) (checked against the TRL config class when the trainer is built).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, ClassVar, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError, model_validator

from curate.errors import RecipeError


def _yaml_no(v: Any) -> Any:
    """YAML 1.1 reads a bare `no` as false: take it as the string TRL means."""
    return "no" if v is False else v


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True)


class LoraSettings(Strict):
    """LoRA adapters with peft (`pip install "curate[train]"`)."""

    r: Annotated[int, Field(gt=0)] = 16
    """Rank of the adapters."""
    alpha: Annotated[float, Field(gt=0)] = 32
    """Scaling (`lora_alpha`)."""
    dropout: Annotated[float, Field(ge=0, lt=1)] = 0.05
    """Dropout on the adapter input."""
    target_modules: list[str] | str = "all-linear"
    """Modules to adapt: a list of names, or `all-linear`."""


class TrainConfig(Strict):
    """What every trainer takes; TRL's names for the hyper-parameters."""

    model: str
    """A local model folder or a Hub name (the Hub needs network or a local cache)."""
    data: str
    """A run directory (converted like `curate export`), an export folder, or a data file."""
    output_dir: str = "outputs/train"
    """Where checkpoints and the final model go."""
    split: str = "train"
    """Split of an export to train on."""
    limit: Annotated[int, Field(gt=0)] | None = None
    """Train on the first N rows only (a quick run)."""
    system_prompt: str | None = None
    """When `data` is a run: a system message for prompts without one."""
    lora: LoraSettings | None = None
    """LoRA adapters instead of full fine-tuning (null: full)."""
    learning_rate: Annotated[float, Field(gt=0)] = 1e-5
    num_train_epochs: Annotated[float, Field(gt=0)] = 1.0
    max_steps: int = -1
    """Stop after this many optimizer steps (-1: train `num_train_epochs`)."""
    per_device_train_batch_size: Annotated[int, Field(gt=0)] = 8
    gradient_accumulation_steps: Annotated[int, Field(gt=0)] = 1
    warmup_steps: Annotated[float, Field(ge=0)] = 0
    """Linear warm-up: steps, or a fraction of all steps when below 1 (transformers' meaning)."""
    lr_scheduler_type: str = "linear"
    weight_decay: Annotated[float, Field(ge=0)] = 0.0
    logging_steps: Annotated[float, Field(gt=0)] = 10
    save_strategy: Annotated[Literal["no", "steps", "epoch"], BeforeValidator(_yaml_no)] = "steps"
    """Checkpoints: `no`, every `save_steps`, or each epoch (YAML's bare `no` is read as `no`)."""
    save_steps: Annotated[float, Field(gt=0)] = 500
    seed: int = 42
    gradient_checkpointing: bool = True
    """Recompute activations in the backward pass to save memory (TRL's default: on)."""
    bf16: bool | None = None
    """bf16 mixed precision; null: on when a CUDA GPU supports it (always off on CPU)."""
    use_cpu: bool | None = None
    """Train on the CPU; null: when no CUDA GPU is present."""
    report_to: list[str] | str = "none"
    """Trackers (`wandb`, `tensorboard`, …); `none` logs to the console only."""
    save_model: bool = True
    """Save the final model (or adapters) to `output_dir`."""
    resume: Literal["auto", "never"] = "auto"
    """`auto`: continue from the last `checkpoint-*` in `output_dir` when this same config wrote
    it (a killed training run goes on where it saved); a checkpoint of another config is an
    error. `never`: always start at step 0."""
    trainer_args: dict[str, Any] = Field(default_factory=dict)
    """Any other option of the TRL config class, by its TRL name."""

    NON_TRL: ClassVar[tuple[str, ...]] = (
        "model",
        "data",
        "split",
        "limit",
        "system_prompt",
        "lora",
        "trainer_args",
        "save_model",
        "resume",
        "rewards",
        "template_check",
    )

    def trl_kwargs(self, config_cls: type) -> dict[str, Any]:
        """Keyword arguments for the TRL config class (typed fields, then `trainer_args:`), checked."""
        import dataclasses
        import difflib

        import torch

        valid = {f.name for f in dataclasses.fields(config_cls)}
        out: dict[str, Any] = {}
        for name in type(self).model_fields:
            if name in self.NON_TRL:
                continue
            out[name] = getattr(self, name)
        gc = out.pop("gradient_checkpointing")
        # transformers 5 renamed it; the new name, set, also silences TRL's old-name default
        out[
            "activation_checkpointing"
            if "activation_checkpointing" in valid
            else "gradient_checkpointing"
        ] = gc
        cuda = torch.cuda.is_available()
        if out.get("use_cpu") is None:
            out["use_cpu"] = not cuda
        if out.get("bf16") is None:
            out["bf16"] = bool(cuda and torch.cuda.is_bf16_supported() and not out["use_cpu"])
        bad = []
        for key, value in self.trainer_args.items():
            if key not in valid:
                close = difflib.get_close_matches(key, sorted(valid), n=1)
                hint = f" (did you mean {close[0]!r}?)" if close else ""
                bad.append(
                    f"trainer_args.{key}: not an option of TRL's {config_cls.__name__}{hint}"
                )
            elif key in out and key in type(self).model_fields:
                bad.append(f"trainer_args.{key}: set it as `{key}:` at the top level instead")
            else:
                out[key] = value
        bad += [
            f"{k}: not an option of TRL's {config_cls.__name__} in this version"
            for k in out
            if k not in valid
        ]
        if bad:
            raise RecipeError(bad, "config")
        return out


class SFTTrainConfig(TrainConfig):
    """`curate train sft`: TRL's SFTTrainer on `messages` (R1 traces in the assistant turn)."""

    output_dir: str = "outputs/sft"
    max_length: Annotated[int, Field(gt=0)] | None = 4096
    """Longest tokenized example; longer ones are truncated (TRL: `max_length`)."""
    packing: bool = False
    """Pack several examples into one sequence of `max_length`."""
    assistant_only_loss: bool = False
    """Loss only on assistant tokens (needs a chat template with generation markers)."""
    chat_template_path: str | None = None
    """A chat template (Jinja file or tokenizer folder) to train with instead of the model's."""
    template_check: Literal["fail", "warn", "off"] = "fail"
    """What to do when the chat template drops the `<think>` reasoning of assistant turns."""


class GRPOTrainConfig(TrainConfig):
    """`curate train grpo`: TRL's GRPOTrainer on prompts with references, curate's rewards."""

    output_dir: str = "outputs/grpo"
    learning_rate: Annotated[float, Field(gt=0)] = 1e-6
    rewards: list[Any] = Field(default_factory=lambda: ["accuracy", {"format": {"weight": 0.2}}])
    """Rewards by name with options and `weight` (see `train/rewards.py`)."""
    num_generations: Annotated[int, Field(ge=2)] = 8
    """Completions per prompt (the group); the generation batch must be a multiple of it."""
    max_completion_length: Annotated[int, Field(gt=0)] = 1024
    temperature: Annotated[float, Field(gt=0)] = 1.0
    top_p: Annotated[float, Field(gt=0, le=1)] = 1.0
    beta: Annotated[float, Field(ge=0)] = 0.0
    """KL coefficient (0: no reference model, as in DAPO / open-r1 defaults)."""
    use_vllm: bool | Literal["auto"] = "auto"
    """Generate with vLLM: `auto` = when vllm is installed and a CUDA GPU is present."""
    vllm_mode: Literal["colocate", "server"] = "colocate"
    log_completions: bool = False

    @model_validator(mode="after")
    def _groups(self) -> GRPOTrainConfig:
        batch = self.per_device_train_batch_size * self.gradient_accumulation_steps
        if batch % self.num_generations:
            raise ValueError(
                f"per_device_train_batch_size × gradient_accumulation_steps = {batch} must be a "
                f"multiple of num_generations ({self.num_generations}): each batch holds whole "
                "groups of completions"
            )
        return self

    def trl_kwargs(self, config_cls: type) -> dict[str, Any]:
        out = super().trl_kwargs(config_cls)
        if self.use_vllm == "auto":
            import importlib.util

            import torch

            out["use_vllm"] = bool(importlib.util.find_spec("vllm") and torch.cuda.is_available())
        return out


CONFIGS: dict[str, type[TrainConfig]] = {"sft": SFTTrainConfig, "grpo": GRPOTrainConfig}


def load_config(
    cls: type[TrainConfig],
    path: str | Path | None = None,
    *,
    overrides: list[str] | tuple[str, ...] = (),
    values: dict[str, Any] | None = None,
) -> TrainConfig:
    """Read YAML (optional), apply CLI values then `--set` overrides, validate with key paths."""
    from curate.recipe import apply_override, parse_yaml
    from curate.validation import format_errors

    label = str(path) if path is not None else "config"
    raw: Any = {}
    if path is not None:
        p = Path(path)
        if not p.is_file():
            raise RecipeError(f"config file not found: {p}")
        raw = parse_yaml(p.read_text(encoding="utf-8"), label) or {}
        if not isinstance(raw, dict):
            raise RecipeError(f"the config must be a mapping, got {type(raw).__name__}", label)
        base = p.parent
        for key in ("model", "data", "chat_template_path"):
            v = raw.get(key)
            if isinstance(v, str) and not Path(v).is_absolute() and (base / v).exists():
                raw[key] = str(base / v)
    for k, v in (values or {}).items():
        if v is not None:
            raw[k] = v
    for ov in overrides:
        apply_override(raw, ov)
    try:
        return cls.model_validate(raw)
    except ValidationError as exc:
        raise RecipeError(format_errors(exc, "", cls), label) from None
