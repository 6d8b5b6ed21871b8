"""`rm_threshold`: keep rows whose reward-model score (an `rm` judge's `rm_score`) is in range.

Reasons: `rm_below_min`, `rm_above_max`, `rm_not_scored` (null or NaN score: the model could
not score the row, e.g. `too_long`; dropped unless `missing: keep`), `rm_no_column` (no `rm`
judge ran). Works on any numeric column through `column` (e.g. a second reward model's).
"""

from __future__ import annotations

from typing import ClassVar, Literal

import polars as pl
from curate.filters.base import Filter, register
from pydantic import model_validator

from curate.plugin import Params


class RMThresholdParams(Params):
    column: str = "rm_score"
    """The score column (what the `rm` judge writes, or its `column`)."""
    min: float | None = None
    """Keep scores at or above this (None: no lower bound)."""
    max: float | None = None
    """Keep scores at or below this (None: no upper bound)."""
    missing: Literal["drop", "keep"] = "drop"
    """Rows without a score (the model could not score them)."""

    @model_validator(mode="after")
    def _check(self) -> RMThresholdParams:
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError(f"min ({self.min}) is above max ({self.max})")
        return self


@register("rm_threshold")
class RMThresholdFilter(Filter[RMThresholdParams]):
    """Keep rows whose reward-model score is within [min, max]."""

    Params: ClassVar[type[RMThresholdParams]] = RMThresholdParams

    def verdicts(self, batch: pl.DataFrame) -> pl.DataFrame:
        p: RMThresholdParams = self.params
        if p.column not in batch.columns:
            return pl.DataFrame(
                {"keep": [False] * batch.height, "reason": ["rm_no_column"] * batch.height}
            )
        s = pl.col(p.column).cast(pl.Float64).fill_nan(None)
        low = s < p.min if p.min is not None else pl.lit(False)
        high = s > p.max if p.max is not None else pl.lit(False)
        reason = (
            pl.when(s.is_null())
            .then(pl.lit(None if p.missing == "keep" else "rm_not_scored", pl.Utf8))
            .when(low)
            .then(pl.lit("rm_below_min"))
            .when(high)
            .then(pl.lit("rm_above_max"))
            .otherwise(pl.lit(None, pl.Utf8))
        )
        return batch.select(reason.is_null().alias("keep"), reason.alias("reason"))
