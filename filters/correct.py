"""`correct`: keep rows a judge marked correct."""

from __future__ import annotations

from typing import ClassVar, Literal

import polars as pl
from curate.filters.base import Filter, register

from curate.plugin import Params


class CorrectParams(Params):
    unknown: Literal["drop", "keep"] = "drop"
    """What to do with rows no judge could decide (`verdict == "unknown"`); dropped by default,
    since keeping undecidable samples invites reward hacking."""


@register("correct")
class CorrectFilter(Filter[CorrectParams]):
    """Keep rows whose verdict is correct (reasons: incorrect, unknown_verdict, not_judged)."""

    Params: ClassVar[type[CorrectParams]] = CorrectParams

    def verdicts(self, batch: pl.DataFrame) -> pl.DataFrame:
        if "verdict" not in batch.columns:
            return pl.DataFrame(
                {"keep": [False] * batch.height, "reason": ["not_judged"] * batch.height}
            )
        v = pl.col("verdict")
        keep_unknown = self.params.unknown == "keep"
        return batch.select(
            ((v == "correct") | ((v == "unknown") & keep_unknown)).fill_null(False).alias("keep"),
            pl.when(v == "incorrect")
            .then(pl.lit("incorrect"))
            .when(v == "unknown")
            .then(pl.lit("unknown_verdict"))
            .when(v.is_null())
            .then(pl.lit("not_judged"))
            .otherwise(None)
            .alias("reason"),
        )
