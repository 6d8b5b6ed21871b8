"""The verdict contract shared by judges, filters, pairs, stats and exporters."""

from __future__ import annotations

import polars as pl

CORRECT = "correct"
INCORRECT = "incorrect"
UNKNOWN = "unknown"
VERDICTS = (CORRECT, INCORRECT, UNKNOWN)
JUDGE_COLUMNS = ("verdict", "score", "pred_answer", "judge_reason")

# dataset columns a reward call may carry the reference under, in order of preference
REFERENCE_KEYS = ("reference", "solution", "answer", "ground_truth", "gt")


def in_domains(batch: pl.DataFrame, domains: list[str] | None) -> pl.Series:
    """Rows a judge with `domains` may judge: all when None or when there is no `domain` column;
    otherwise rows whose domain is null (unknown) or listed."""
    if domains is None or "domain" not in batch.columns:
        return pl.Series([True] * batch.height, dtype=pl.Boolean)
    d = batch["domain"].cast(pl.Utf8)
    return (d.is_null() | d.is_in(domains)).fill_null(True)
