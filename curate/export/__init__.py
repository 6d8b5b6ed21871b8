"""`curate export RUN --to FORMAT --out PATH`: hand a run to any trainer.

Formats are registered by name (`EXPORTERS`, one module each in this package; third parties
add theirs through the `curate.exporters` entry-point group):

- `hf`: every kept column, as `datasets.save_to_disk` (`OUT/hf/`) and parquet (`OUT/data/`).
- `trl-sft`: `messages` (prompt + assistant `<think>…</think>summary`).
- `trl-grpo`: prompt-only, with `solution` and `reward_type` for the rewards.
- `trl-dpo`, `trl-reward`: `prompt`, `chosen`, `rejected` (from `RUN/pairs` or verdicts).
- `verl`: parquet with `data_source`, chat `prompt`, `ability`, `reward_model`, `extra_info`.
- `openrlhf`: JSON lines with `input`, `label` and `datasource` (PromptDataset);
  `openrlhf-sft`: `input`/`output` (SFTDataset); `openrlhf-pairs`: `prompt`/`chosen`/`rejected`
  (RewardDataset: train_rm, train_dpo).
- `llamafactory`: ShareGPT JSON and its `dataset_info.json` entry; `llamafactory-pairs`: the
  ranking (`ranking: true`) entry for its rm and dpo stages.

`--push-to-hub REPO` uploads any format's files and card to a Hub dataset repo.

Every export is written to a staging folder, reloaded with the target's own loader and
conventions (`curate.export._validate`), then moved into OUT with a dataset card (README.md).
"""

from __future__ import annotations

import sys
import types
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from curate.errors import RecipeError
from curate.export._base import (
    Exporter,
    ExportError,
    ExportParams,
    ExportResult,
    ExportValidationError,
    RunSource,
)
from curate.export._publish import discard, publish, recover, stage_for
from curate.registry import Registry

if TYPE_CHECKING:
    import polars as pl

__all__ = [
    "EXPORTERS",
    "ExportError",
    "ExportParams",
    "ExportResult",
    "ExportValidationError",
    "Exporter",
    "RunSource",
    "export",
    "get_exporter",
    "register",
]

EXPORTERS: Registry[Any] = Registry("exporter", "curate.export", "curate.exporters")
register = EXPORTERS.register


def get_exporter(
    name: str, options: Mapping[str, Any] | None = None, overrides: Sequence[str] = ()
) -> Exporter:
    """An exporter by name, its options validated (`--set KEY=VALUE` overrides applied)."""
    from curate.recipe import apply_override
    from curate.validation import format_errors

    cls = EXPORTERS.get(name)
    raw: dict[str, Any] = dict(options or {})
    for ov in overrides:
        apply_override(raw, ov)
    try:
        params = cls.Params.model_validate(raw)
    except ValidationError as exc:
        raise RecipeError(format_errors(exc, "", cls.Params), f"--to {name}") from None
    return cls(params)


def _check_out(out: Path, planned: list[str], overwrite: bool) -> None:
    if out.exists() and not out.is_dir():
        raise ExportError(f"--out {out}: exists and is not a folder")
    clash = [p for p in planned if (out / p).exists()]
    if clash and not overwrite:
        raise ExportError(
            f"--out {out}: {', '.join(clash)} already exist(s); pass --overwrite to replace them"
        )


def _check_status(source: RunSource, allow_partial: bool) -> str:
    status = str(source.manifest.get("status"))
    if status != "complete" and not allow_partial:
        raise ExportError(
            f"{source.root}: the run is not complete (status {status!r}); finish it with "
            "`curate run` (it resumes), or pass --allow-partial to export its committed shards"
        )
    return status


def export(
    run: str | Path,
    to: str,
    out: str | Path,
    *,
    options: Mapping[str, Any] | None = None,
    overrides: Sequence[str] = (),
    tokenizer: str | None = None,
    max_length: int | None = None,
    drop_long: bool = False,
    overwrite: bool = False,
    card: bool = True,
    push_to_hub: str | None = None,
    private: bool = False,
    allow_partial: bool = False,
) -> ExportResult:
    """Export the kept rows of the run in `run` to format `to` under `out`; returns the result.

    Raises `ExportError` (bad request), `ExportValidationError` (the written files do not load
    or render as the trainer expects; nothing is left in `out`) or `RecipeError` (bad options).
    A run that is not `complete` is refused unless `allow_partial` (the card then says so).
    OUT changes all at once or not at all (`curate.export._publish`).
    """
    exporter = get_exporter(to, options, overrides)
    _check_request(tokenizer, max_length, drop_long)
    out = Path(out)
    if push_to_hub is not None:
        exporter.hub_token(push_to_hub, out)  # offline / logged out: fail before any work
    source = RunSource(run)
    status = _check_status(source, allow_partial)
    recover(out)
    planned = [*exporter.planned_files(source), *(["README.md"] if card else [])]
    _check_out(out, planned, overwrite)
    exporter.out_dir, exporter.overwrite = out, overwrite
    if tokenizer is not None and not Path(tokenizer).expanduser().exists():
        exporter.tokenizer_name = tokenizer  # a Hub name: the card's snippet can name it
    result = ExportResult(format=to, out=out, unit=exporter.unit)
    if status != "complete":
        result.notes["partial"] = status
        result.warnings.append(f"partial export (--allow-partial): the run is {status!r}")
    rows = exporter.rows(source, result)
    if tokenizer is not None:
        rows = _measure(rows, result, tokenizer, max_length, drop_long)
    if rows.height == 0:
        why = (
            ", ".join(f"{k}: {v}" for k, v in result.skipped.most_common())
            or "the run kept no rows"
        )
        raise ExportError(f"nothing to export from {source.root} to {to} ({why})")
    frame = exporter.to_target(rows, source)
    _write_validated(exporter, frame, source, out, result, tokenizer, card)
    if push_to_hub is not None:
        exporter.push_to_hub(out, push_to_hub, private=private, result=result)
    return result


def _check_request(tokenizer: str | None, max_length: int | None, drop_long: bool) -> None:
    if max_length is not None and tokenizer is None:
        raise ExportError("--max-length needs --tokenizer (lengths are counted in its tokens)")
    if max_length is not None and max_length <= 0:
        raise ExportError(f"--max-length: expected a positive integer, got {max_length}")
    if drop_long and max_length is None:
        raise ExportError("--drop-long needs --max-length (and --tokenizer)")


def _measure(
    rows: pl.DataFrame,
    result: ExportResult,
    tokenizer: str,
    max_length: int | None,
    drop_long: bool,
) -> pl.DataFrame:
    """Token lengths of the rows (and, with `drop_long`, the rows that fit)."""
    from curate.export._validate import measure_lengths

    rows, result.length = measure_lengths(rows, tokenizer, max_length, drop=drop_long)
    if result.length.dropped:
        result.skipped["too_long"] += result.length.dropped
    if result.length.over and not drop_long:
        result.warnings.append(
            f"{result.length.over} of {result.length.count} rows are longer than "
            f"{max_length} tokens ({result.length.what}); --drop-long removes them"
        )
    return rows


def _write_validated(
    exporter: Exporter,
    frame: pl.DataFrame,
    source: RunSource,
    out: Path,
    result: ExportResult,
    tokenizer: str | None,
    card: bool,
) -> None:
    """Write into a staging folder (data, index files, the card), check the files load as the
    trainer expects, then publish it to `out` at once (nothing reaches `out` on failure)."""
    from curate.export._validate import Checker

    stage = stage_for(out)
    checker = Checker(exporter.params, result, tokenizer)
    try:
        exporter.write(frame, stage, source)
        result.rows_out = frame.height
        exporter.validate(stage, checker, result)
        result.files = sorted(out / f.relative_to(stage) for f in stage.rglob("*") if f.is_file())
        exporter.finalize(stage, source, result)
        if card:
            from curate.card import write_card

            write_card(stage, source, result, exporter)
            result.card = out / "README.md"
        publish(stage, out)
    finally:
        checker.close()
        discard(stage)


class _CallableModule(types.ModuleType):
    """`curate.export(...)` calls `export(...)`: the package of the formats doubles as the
    Python API's export function (see `curate.api`)."""

    def __call__(self, *args: Any, **kwargs: Any) -> ExportResult:
        return export(*args, **kwargs)


sys.modules[__name__].__class__ = _CallableModule
