"""`correct`: keep rows a judge marked correct."""

from __future__ import annotations

from typing import ClassVar, Literal

import polars as pl
from curate.filters._spans import answer_span
from curate.filters.base import Filter, register

from curate.plugin import Params
from curate.spans import Span


class CorrectParams(Params):
    unknown: Literal["drop", "keep"] = "drop"
    """What to do with rows no judge could decide (`verdict == "unknown"`); dropped by default,
    since keeping undecidable samples invites reward hacking."""


@register("correct")
class CorrectFilter(Filter[CorrectParams]):
    """Keep rows whose verdict is correct (reasons: incorrect, unknown_verdict, not_judged)."""

    Params: ClassVar[type[CorrectParams]] = CorrectParams

    def reason_spans(self, rejected: pl.DataFrame) -> list[list[Span] | None] | None:
        """The extracted answer (where it sits in the completion) against the reference."""
        if "completion" not in rejected.columns:
            return None
        n = rejected.height
        col = {
            c: rejected[c].cast(pl.Utf8).to_list() if c in rejected.columns else [None] * n
            for c in ("completion", "pred_answer", "reference", "judge_reason", "reason")
        }
        out: list[list[Span] | None] = []
        for text, pred, ref, why, reason in zip(*col.values(), strict=True):
            if not text or reason == "not_judged":
                out.append(None)
                continue
            if reason == "incorrect":
                label = f"answer {pred!s} ≠ reference {ref!s}"
            else:
                label = f"undecided ({why or 'unknown'}): answer {pred!s}, reference {ref!s}"
            out.append(answer_span(text, pred, label))
        return out

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
