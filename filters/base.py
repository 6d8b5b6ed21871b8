"""The filter base class: subclasses write one vectorised method, the base owns the rest.

A subclass implements `verdicts(batch) -> DataFrame` with the same height as `batch` and
columns `keep` (bool) and `reason` (str, null where kept), plus any measurement columns it
exposes (e.g. `language_ratio`). `apply` adds the measurements to the batch, splits it into
kept and rejected rows, stamps rejects with `dropped_by` and `reason`, counts the reasons and
times the call. Nothing is ever dropped without a reason.

Explained drops: rejected rows carry `reason_spans` (see `curate.spans`), the parts of the text
that caused the drop. A filter provides them either as a `spans` column of its verdict frame
or, cheaper, by overriding `reason_spans(rejected)`, which runs on the rejected rows only (with
the filter's measurements and `reason` already on them). Kept rows never get the column.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import ClassVar, TypeVar

import polars as pl

from curate.errors import StageError
from curate.plugin import Params, Plugin
from curate.registry import FILTERS
from curate.spans import REASON_SPANS, SPAN_DTYPE, Span, null_spans, span_series

register = FILTERS.register

KEEP = "keep"
REASON = "reason"
SPANS = "spans"  # optional verdict column: per-row span lists, routed to rejects as reason_spans
DROPPED_BY = "dropped_by"
MAX_EXAMPLES = 3


@dataclass
class FilterOutcome:
    kept: pl.DataFrame
    rejected: pl.DataFrame
    reasons: Counter[str] = field(default_factory=Counter)
    examples: dict[str, list[str]] = field(default_factory=dict)
    seconds: float = 0.0


FP = TypeVar("FP", bound=Params)


class Filter(Plugin[FP]):
    """Base class. Subclasses set `Params`, optionally `measures`, and implement `verdicts`."""

    Params: ClassVar[type[Params]] = Params
    measures: ClassVar[tuple[str, ...]] = ()  # measurement columns this filter exposes

    def verdicts(self, batch: pl.DataFrame) -> pl.DataFrame:  # pragma: no cover - abstract
        raise NotImplementedError

    def reason_spans(self, rejected: pl.DataFrame) -> Sequence[Sequence[Span] | None] | None:
        """Spans that explain each rejected row's drop (offsets into `completion`), or None
        when this filter records none. Runs on the rejected rows only."""
        return None

    def _spans_of(self, rejected: pl.DataFrame, given: pl.Series | None) -> pl.Series:
        if given is not None:
            return given.cast(SPAN_DTYPE).alias(REASON_SPANS)
        if rejected.height == 0:
            return null_spans(0)
        values = self.reason_spans(rejected)
        if values is None:
            return null_spans(rejected.height)
        if len(values) != rejected.height:
            raise ValueError(f"reason_spans gave {len(values)} rows for {rejected.height}")
        return span_series(values)

    def apply(self, batch: pl.DataFrame, label: str | None = None) -> FilterOutcome:
        """Run the filter on a batch: measurements joined, rejects routed, reasons counted."""
        label = label or self.name
        t0 = time.perf_counter()
        if batch.height == 0:
            return FilterOutcome(batch, batch.clear(), seconds=0.0)
        try:
            v = self.verdicts(batch)
        except Exception as exc:  # a filter bug must name itself, not vanish
            raise StageError(
                f"filter {label!r} failed on a batch of {batch.height} rows: {exc!r}"
            ) from exc
        if not isinstance(v, pl.DataFrame) or v.height != batch.height or KEEP not in v.columns:
            raise StageError(
                f"filter {label!r} returned an invalid verdict frame "
                f"(need {batch.height} rows with a 'keep' column)"
            )
        keep = v[KEEP].cast(pl.Boolean).fill_null(False)
        if REASON in v.columns:
            reason = v[REASON].cast(pl.Utf8)
        else:
            reason = pl.Series(REASON, [None] * v.height, dtype=pl.Utf8)
        reason = pl.select(
            pl.when(keep).then(None).otherwise(reason.fill_null(f"{label}_rejected"))
        ).to_series()
        measures = [c for c in v.columns if c not in (KEEP, REASON, SPANS)]
        out = batch.with_columns([v[c] for c in measures]) if measures else batch
        kept = out.filter(keep)
        rej_mask = ~keep
        rejected = out.filter(rej_mask).with_columns(
            pl.lit(label).alias(DROPPED_BY), reason.filter(rej_mask).alias(REASON)
        )
        try:
            given = v[SPANS].filter(rej_mask) if SPANS in v.columns else None
            rejected = rejected.with_columns(self._spans_of(rejected, given))
        except Exception as exc:
            raise StageError(f"filter {label!r} failed to explain its drops: {exc!r}") from exc
        reasons: Counter[str] = Counter()
        examples: dict[str, list[str]] = {}
        if rejected.height:
            counts = (
                rejected.group_by(REASON).agg(
                    pl.len().alias("n"), pl.col("id").head(MAX_EXAMPLES).alias("ids")
                )
                if "id" in rejected.columns
                else rejected.group_by(REASON).agg(pl.len().alias("n"))
            )
            for row in counts.iter_rows(named=True):
                reasons[row[REASON]] = int(row["n"])
                if "ids" in row:
                    examples[row[REASON]] = list(row["ids"])
        return FilterOutcome(kept, rejected, reasons, examples, time.perf_counter() - t0)

    def __call__(self, batch: pl.DataFrame) -> FilterOutcome:
        return self.apply(batch)
