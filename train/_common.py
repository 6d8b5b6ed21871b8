"""What `curate train sft` and `curate train grpo` share: data, tokenizer, LoRA, the CLI.

Data is a run directory (converted in memory by the same code as `curate export --to trl-sft`
or `trl-grpo`), an export folder (`load_dataset`/`load_from_disk`) or a data file. Heavy
imports (datasets, torch, transformers, trl, peft) happen inside the functions.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click
from curate.train._config import TrainConfig

from curate.cli import friendly  # noqa: F401  (re-exported for the train commands)
from curate.errors import CurateError, MissingDependencyError

F = TypeVar("F", bound=Callable[..., Any])
FILE_BUILDERS = {
    ".parquet": "parquet",
    ".jsonl": "json",
    ".json": "json",
    ".csv": "csv",
    ".arrow": "arrow",
}


def require_trl() -> None:
    """Fail with the pip line when the `[train]` extra is missing."""
    for mod in ("torch", "transformers", "trl"):
        try:
            __import__(mod)
        except ImportError as exc:
            raise MissingDependencyError(mod, "train", "curate train") from exc


def run_to_dataset(run_dir: Path, fmt: str, cfg: TrainConfig, options: dict[str, Any]) -> Any:
    """A run's kept rows in a TRL format, in memory (the exporter's own conversion)."""
    import datasets

    from curate.export import ExportResult, RunSource, get_exporter
    from curate.export._base import to_arrow

    opts = {"system_prompt": cfg.system_prompt, **options}
    exporter = get_exporter(fmt, {k: v for k, v in opts.items() if v is not None})
    source = RunSource(run_dir)
    result = ExportResult(format=fmt, out=run_dir)
    rows = exporter.rows(source, result)
    if rows.height == 0:
        why = ", ".join(f"{k} {v}" for k, v in result.skipped.most_common()) or "it kept no rows"
        raise CurateError(f"data: nothing to train on in the run {run_dir} ({why})")
    frame = exporter.to_target(rows, source)
    if result.skipped:
        click.echo(f"data: skipped {dict(result.skipped)}", err=True)
    return datasets.Dataset(to_arrow(frame))


def load_data(cfg: TrainConfig, fmt: str, options: dict[str, Any] | None = None) -> Any:
    """The training `datasets.Dataset` from `cfg.data` (a run, an export folder or a file)."""
    import datasets

    datasets.disable_progress_bars()
    p = Path(cfg.data).expanduser()
    if (p / "manifest.json").is_file():
        ds = run_to_dataset(p, fmt, cfg, options or {})
    elif p.is_file():
        builder = FILE_BUILDERS.get(p.suffix.lower())
        if builder is None:
            raise CurateError(f"data: {p}: expected one of {', '.join(FILE_BUILDERS)}")
        ds = datasets.load_dataset(builder, data_files=str(p), split="train")
    elif p.is_dir():
        disk = p / "hf" if (p / "hf").is_dir() else p
        if (disk / "dataset_dict.json").exists() or (disk / "state.json").exists():
            ds = datasets.load_from_disk(str(disk))
            if isinstance(ds, datasets.DatasetDict):
                if cfg.split not in ds:
                    raise CurateError(f"data: {disk} has no split {cfg.split!r} (has {list(ds)})")
                ds = ds[cfg.split]
        elif shards := sorted((p / "data").glob(f"{cfg.split}-*.parquet")):
            ds = datasets.load_dataset(
                "parquet", data_files=[str(f) for f in shards], split="train"
            )
        else:
            ds = datasets.load_dataset(str(p), split=cfg.split)
    else:
        raise CurateError(f"data: {p} is neither a run directory, an export folder nor a data file")
    if cfg.limit is not None and ds.num_rows > cfg.limit:
        ds = ds.select(range(cfg.limit))
    if ds.num_rows == 0:
        raise CurateError(f"data: {p} has no rows")
    return ds


def require_columns(ds: Any, options: list[list[str]], what: str, hint: str) -> None:
    cols = set(ds.column_names)
    if not any(set(o) <= cols for o in options):
        want = " or ".join("+".join(o) for o in options)
        raise CurateError(f"data: a {what} dataset needs {want}; it has {sorted(cols)}. {hint}")


def peft_config(cfg: TrainConfig) -> Any:
    if cfg.lora is None:
        return None
    try:
        from peft import LoraConfig
    except ImportError as exc:
        raise MissingDependencyError("peft", "train", "LoRA (lora:)") from exc
    return LoraConfig(
        r=cfg.lora.r,
        lora_alpha=cfg.lora.alpha,  # type: ignore[arg-type]  # peft annotates int; a float scales the same
        lora_dropout=cfg.lora.dropout,
        target_modules=cfg.lora.target_modules,
        task_type="CAUSAL_LM",
    )


def load_tokenizer(cfg: TrainConfig, chat_template_path: str | None = None) -> Any:
    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(cfg.model)
    if chat_template_path:
        p = Path(chat_template_path)
        if p.is_dir():
            tok.chat_template = AutoTokenizer.from_pretrained(str(p)).chat_template
        else:
            tok.chat_template = p.read_text(encoding="utf-8")
    if tok.pad_token is None:
        tok.pad_token = tok.eos_token
    return tok


def losses(log_history: list[dict[str, Any]]) -> list[float]:
    return [float(h["loss"]) for h in log_history if "loss" in h]


STAMP = "curate-train.json"  # beside the checkpoints: the config that wrote them


def _config_hash(cfg: TrainConfig) -> str:
    import hashlib

    body = cfg.model_dump(mode="json", exclude={"output_dir", "resume", "report_to"})
    return hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()[:16]


def resume_point(cfg: TrainConfig) -> str | None:
    """The checkpoint to resume from (`resume: auto` and a `checkpoint-*` written by this same
    config in `output_dir`), else None; stamps `output_dir` with this config."""
    from transformers.trainer_utils import get_last_checkpoint

    out = Path(cfg.output_dir)
    stamp = out / STAMP
    last = get_last_checkpoint(str(out)) if out.is_dir() else None
    if last is not None and cfg.resume == "auto":
        old = json.loads(stamp.read_text()).get("config") if stamp.is_file() else None
        if old != _config_hash(cfg):
            raise CurateError(
                f"output_dir: {out} holds checkpoints ({Path(last).name}) of another training "
                "config; give another output_dir, or `--set resume=never` to start at step 0"
            )
    out.mkdir(parents=True, exist_ok=True)
    stamp.write_text(json.dumps({"config": _config_hash(cfg)}) + "\n")
    return last if cfg.resume == "auto" else None


def run_training(trainer: Any, cfg: TrainConfig) -> dict[str, Any]:
    """`trainer.train()`, from the last checkpoint of this config when there is one."""
    start = resume_point(cfg)
    summary = finish(trainer, cfg, trainer.train(resume_from_checkpoint=start))
    summary["resumed_from"] = Path(start).name if start else None
    return summary


def finish(trainer: Any, cfg: TrainConfig, out: Any) -> dict[str, Any]:
    """Save (if asked) and summarise a finished training run; a non-finite loss is an error."""
    seen = losses(trainer.state.log_history)
    metrics = dict(getattr(out, "metrics", {}) or {})
    bad = [x for x in seen if not math.isfinite(x)]
    if bad or not math.isfinite(float(metrics.get("train_loss", 0.0))):
        raise CurateError(
            f"training diverged: non-finite loss ({bad[:3] or metrics.get('train_loss')})"
        )
    if cfg.save_model:
        trainer.save_model(cfg.output_dir)
    return {
        "output_dir": cfg.output_dir,
        "steps": int(trainer.state.global_step),
        "losses": seen,
        "metrics": metrics,
    }


def train_options(fn: F) -> F:
    """The options `curate train sft|grpo` share."""
    decorators = [
        click.argument("config", required=False, type=click.Path(dir_okay=False)),
        click.option("--model", help="Model folder or Hub name (overrides `model:`)."),
        click.option("--data", help="A run directory, an export folder or a data file."),
        click.option("--out", "output_dir", help="Output folder (overrides `output_dir:`)."),
        click.option(
            "--set",
            "overrides",
            multiple=True,
            metavar="KEY=VALUE",
            help="Override a config value, e.g. learning_rate=1e-5.",
        ),
        click.option(
            "--dry-run",
            is_flag=True,
            help="Validate the config and the data, print them, do not train.",
        ),
        click.option(
            "--check",
            is_flag=True,
            help="Validate the config only (no data, no model): `curate validate PIPELINE`.",
        ),
    ]
    for d in reversed(decorators):
        fn = d(fn)
    return fn


def report(summary: dict[str, Any]) -> None:
    l0 = summary["losses"][:1]
    ln = summary["losses"][-1:]
    click.echo(
        f"trained {summary['steps']} steps; loss {l0[0] if l0 else '-'} → {ln[0] if ln else '-'}; "
        f"saved to {summary['output_dir']}"
    )
