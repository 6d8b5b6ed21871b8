"""`long_paragraph`: drop traces with a paragraph longer than a limit (walls of text).

Paragraphs are separated by blank lines (a regex, configurable). The longest paragraph of the
chosen scope is measured in characters (`max_paragraph_chars`, always) and, when a token limit
or a tokenizer is set, in tokens (`max_paragraph_tokens`; CJK counted per character by the
estimate, or exact with a Hugging Face tokenizer, imported only then).
"""

from __future__ import annotations

import re
from typing import ClassVar

import polars as pl
from curate.filters._spans import longest_paragraph_span, part_bounds
from curate.filters._text import Part, count_tokens, estimate_tokens_expr, part_expr
from curate.filters.base import Filter, register
from pydantic import Field, model_validator

from curate.plugin import Params
from curate.spans import Span

_SENTINEL = "\x00"


class LongParagraphParams(Params):
    max_chars: int | None = Field(default=3000, gt=0)
    """Longest allowed paragraph in characters (null: no character limit). 3,000 is above
    every paragraph of the shared human and model math solutions (max 1.8k; qwen samples up
    to 3.1k only when they degenerate into garbage) and matches the benchmark corpus label."""
    max_tokens: int | None = Field(default=None, gt=0)
    """Longest allowed paragraph in tokens (null: no token limit); estimated unless
    `tokenizer` is given."""
    tokenizer: str | None = None
    """Hugging Face tokenizer name or local path for exact token counts (needs transformers);
    null uses the tokenizer-free estimate."""
    separator: str = r"\n[ \t\r]*\n"
    """Regex that separates paragraphs: by default a blank line (whitespace-only lines count
    as blank; CRLF works)."""
    scope: Part = "reasoning"
    """Which text to split: `reasoning` (inside the think tags; R1's readability rule is about
    the CoT), `summary`/`answer` (after them) or `completion`/`all`."""
    open_tag: str = "<think>"
    """Tag that opens the reasoning."""
    close_tag: str = "</think>"
    """Tag that closes the reasoning."""

    @model_validator(mode="after")
    def _check(self) -> LongParagraphParams:
        if self.max_chars is None and self.max_tokens is None:
            raise ValueError("set max_chars or max_tokens (or both)")
        try:
            re.compile(self.separator)
        except re.error as exc:
            raise ValueError(f"separator is not a valid regex: {exc}") from None
        if self.separator == "" or re.fullmatch(self.separator, ""):
            raise ValueError("separator must not match the empty string")
        return self


@register("long_paragraph")
class LongParagraphFilter(Filter[LongParagraphParams]):
    """Drop traces with a paragraph over max_chars/max_tokens (reason: long_paragraph)."""

    Params: ClassVar[type[LongParagraphParams]] = LongParagraphParams
    measures: ClassVar[tuple[str, ...]] = ("max_paragraph_chars", "max_paragraph_tokens")

    def _paragraphs(self, has_nul: bool) -> pl.Expr:
        p = self.params
        text = part_expr(p.scope, "completion", p.open_tag, p.close_tag).fill_null("")
        if re.escape(p.separator) == p.separator:  # a plain literal: split directly
            return text.str.split(p.separator)
        # A regex split: mark separators with NUL, then split on it (NULs in the text are
        # blanked first so they cannot cut a paragraph; a batch without NUL skips that pass).
        if has_nul:
            text = text.str.replace_all(_SENTINEL, " ", literal=True)
        return text.str.replace_all(p.separator, _SENTINEL).str.split(_SENTINEL)

    def reason_spans(self, rejected: pl.DataFrame) -> list[list[Span] | None]:
        """The longest paragraph of the scope."""
        p = self.params
        limit = f"limit {p.max_chars:,} chars" if p.max_chars else f"limit {p.max_tokens:,} tokens"
        out: list[list[Span] | None] = []
        for text in rejected["completion"]:
            if not text:
                out.append(None)
                continue
            lo, hi = part_bounds(text, p.scope, p.open_tag, p.close_tag)
            label = f"longest paragraph ({limit})"
            out.append(longest_paragraph_span(text, lo, hi, p.separator, label))
        return out

    def verdicts(self, batch: pl.DataFrame) -> pl.DataFrame:
        p = self.params
        has_nul = batch.select(
            pl.col("completion").cast(pl.Utf8).str.contains(_SENTINEL, literal=True).any()
        ).item()
        paras = batch.select(self._paragraphs(bool(has_nul)).alias("p"))
        lengths = paras.select(
            pl.col("p")
            .list.eval(pl.element().str.strip_chars().str.len_chars())
            .list.max()
            .fill_null(0)
            .cast(pl.Int64)
            .alias("max_paragraph_chars")
        )
        over = pl.lit(False)
        if p.max_chars is not None:
            over = pl.col("max_paragraph_chars") > p.max_chars
        cols = [lengths["max_paragraph_chars"]]
        if p.max_tokens is not None or p.tokenizer is not None:
            cols.append(self._max_tokens(paras))
            if p.max_tokens is not None:
                over = over | (pl.col("max_paragraph_tokens") > p.max_tokens)
        out = pl.DataFrame(cols)
        return out.with_columns(
            (~over).alias("keep"),
            pl.when(over).then(pl.lit("long_paragraph")).otherwise(None).alias("reason"),
        )

    def _max_tokens(self, paras: pl.DataFrame) -> pl.Series:
        p = self.params
        if p.tokenizer is None:
            return paras.select(
                pl.col("p")
                .list.eval(estimate_tokens_expr(pl.element()))
                .list.max()
                .fill_null(0)
                .cast(pl.Int64)
                .alias("max_paragraph_tokens")
            ).to_series()
        flat = paras.with_row_index("_row").explode("p")
        counts = count_tokens(flat["p"].fill_null(""), p.tokenizer)
        per_row = (
            flat.select("_row")
            .with_columns(counts.alias("n"))
            .group_by("_row")
            .agg(pl.col("n").max())
            .sort("_row")
        )
        return per_row["n"].fill_null(0).cast(pl.Int64).alias("max_paragraph_tokens")
