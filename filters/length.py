"""`length`: keep completions (or their reasoning or summary) within character/token bounds.

Measurements: `<scope>_chars` always, `<scope>_tokens` when a token bound or a tokenizer is set
(estimated without a tokenizer: CJK per character, other letters in runs of up to 5, digits in
runs of up to 3, one per symbol). Reasons: `too_short`, `too_long`.
"""

from __future__ import annotations

from typing import ClassVar

import polars as pl
from curate.filters._text import Part, count_tokens, estimate_tokens_expr, part_expr
from curate.filters.base import Filter, register
from pydantic import Field, model_validator

from curate.plugin import Params


class LengthParams(Params):
    scope: Part = "completion"
    """What to measure: `completion`/`all`, `reasoning` (inside the think tags) or
    `summary`/`answer` (after them); names the columns (`completion_chars`, …)."""
    min_chars: int | None = Field(default=1, ge=0)
    """Fewest characters (null: no lower bound). 1 drops empty texts, never useful."""
    max_chars: int | None = Field(default=None, gt=0)
    """Most characters (null: no upper bound; the generation's max_tokens already caps it —
    set this to fit your training context)."""
    min_tokens: int | None = Field(default=None, ge=0)
    """Fewest tokens (null: no lower bound)."""
    max_tokens: int | None = Field(default=None, gt=0)
    """Most tokens (null: no upper bound), e.g. the SFT sequence length minus the prompt."""
    tokenizer: str | None = None
    """Hugging Face tokenizer name or local path for exact token counts (needs transformers);
    null uses the tokenizer-free estimate."""
    open_tag: str = "<think>"
    """Tag that opens the reasoning."""
    close_tag: str = "</think>"
    """Tag that closes the reasoning."""

    @model_validator(mode="after")
    def _check(self) -> LengthParams:
        for lo, hi, unit in (
            (self.min_chars, self.max_chars, "chars"),
            (self.min_tokens, self.max_tokens, "tokens"),
        ):
            if lo is not None and hi is not None and lo > hi:
                raise ValueError(f"min_{unit} ({lo}) is greater than max_{unit} ({hi})")
        return self


@register("length")
class LengthFilter(Filter[LengthParams]):
    """Keep texts within min/max characters or tokens (reasons: too_short, too_long)."""

    Params: ClassVar[type[LengthParams]] = LengthParams
    measures: ClassVar[tuple[str, ...]] = ("completion_chars", "completion_tokens")

    def verdicts(self, batch: pl.DataFrame) -> pl.DataFrame:
        p = self.params
        text = part_expr(p.scope, "completion", p.open_tag, p.close_tag).fill_null("")
        chars_col, tokens_col = f"{p.scope}_chars", f"{p.scope}_tokens"
        out = batch.select(text.str.len_chars().cast(pl.Int64).alias(chars_col))
        short = pl.lit(False)
        long = pl.lit(False)
        if p.min_chars is not None:
            short = short | (pl.col(chars_col) < p.min_chars)
        if p.max_chars is not None:
            long = long | (pl.col(chars_col) > p.max_chars)
        if p.min_tokens is not None or p.max_tokens is not None or p.tokenizer is not None:
            if p.tokenizer is None:
                tokens = batch.select(estimate_tokens_expr(text).cast(pl.Int64)).to_series()
            else:
                tokens = count_tokens(batch.select(text).to_series(), p.tokenizer)
            out = out.with_columns(tokens.alias(tokens_col))
            if p.min_tokens is not None:
                short = short | (pl.col(tokens_col) < p.min_tokens)
            if p.max_tokens is not None:
                long = long | (pl.col(tokens_col) > p.max_tokens)
        return out.with_columns(
            pl.when(short)
            .then(pl.lit("too_short"))
            .when(long)
            .then(pl.lit("too_long"))
            .otherwise(None)
            .alias("reason")
        ).with_columns(pl.col("reason").is_null().alias("keep"))
