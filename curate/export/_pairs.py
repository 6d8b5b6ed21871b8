"""Preference pairs of a run, for the `trl-dpo` and `trl-reward` exports.

One implementation of pairs lives in `curate.pairs`; this module only chooses where they come
from, first found wins:
1. `RUN/pairs/part-*.parquet`, written by the run's `pairs:` stage (committed shards only,
   read by `curate.pairs.read_pairs`): used as they are.
2. Otherwise verdict pairs built now by `curate.pairs.PairStage` over the whole run (kept and
   rejected rows): a clean correct sample against an incorrect or filtered one of the same prompt.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import polars as pl

from curate.export._base import ExportError, RunSource
from curate.pairs import stage as pairs_mod

PAIR_COLUMNS = ("prompt", "chosen", "rejected")


def _as_text(frame: pl.DataFrame, col: str) -> pl.DataFrame:
    """A chosen/rejected column given as chat messages becomes the last message's content."""
    dt = frame.schema.get(col)
    if isinstance(dt, pl.List) and isinstance(dt.inner, pl.Struct):
        return frame.with_columns(pl.col(col).list.last().struct.field("content").alias(col))
    if dt != pl.Utf8:
        return frame.with_columns(pl.col(col).cast(pl.Utf8))
    return frame


def _built_pairs(source: RunSource, per_prompt: int, notes: dict[str, Any]) -> pl.DataFrame:
    """Verdict pairs built by `curate.pairs.PairStage` over the whole run (kept + rejected)."""
    kept, rej = source.kept, source.rejected
    if "completion" not in kept.columns or "verdict" not in kept.columns:
        raise ExportError(
            f"the run in {source.root} has no pairs folder and no judged completions to pair "
            "(needs `completion` and `verdict`); add a judge to the recipe or a `pairs:` stage"
        )
    cfg = pairs_mod.PairsConfig(sources=["verdict"], max_pairs_per_prompt=per_prompt)
    pairs, rec = pairs_mod.PairStage(cfg).run(kept, rej)
    if rec.get("reasons"):
        notes["prompts_without_pair"] = {k: int(v) for k, v in rec["reasons"].items()}
    return pairs


def load_pairs(
    source: RunSource,
    origin: str,
    per_prompt: int,
    skipped: Counter[str],
    notes: dict[str, Any],
) -> tuple[pl.DataFrame, str]:
    """(pairs as text columns, where they came from); `origin` is `auto`, `pairs` or `verdict`."""
    folder = source.root / "pairs"
    if origin in ("auto", "pairs") and folder.is_dir() and any(folder.glob("part-*.parquet")):
        frame = pairs_mod.read_pairs(source.root)
        missing = [c for c in PAIR_COLUMNS if c not in frame.columns]
        if missing:
            raise ExportError(f"{folder}: pairs lack the column(s) {missing}")
        return _as_text(_as_text(frame, "chosen"), "rejected"), f"{folder} (the pairs stage)"
    if origin == "pairs":
        raise ExportError(
            f"{folder}: no pair files (part-*.parquet); add a `pairs:` stage to the recipe, or "
            "--set pairs=verdict to pair correct and incorrect samples"
        )
    built = _built_pairs(source, per_prompt, notes)
    return _as_text(
        _as_text(built, "chosen"), "rejected"
    ), "curate.pairs verdict pairs (built at export)"
