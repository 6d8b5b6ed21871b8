"""`code_block`: drop responses that write code where none is expected.

Counts fenced code blocks (``` or ~~~) and, optionally, indented code blocks in the chosen part
(the reasoning by default). Math is never code: `$…$`, `$$…$$`, `\\[…\\]`, align environments
contain no fences, fences tagged `math`/`latex` are skipped, and indented blocks count only
when no line looks like LaTeX and some line looks like code (see `curate.filters._code`). Rows whose
`domain` is in `allow_domains` (e.g. coding prompts) are measured but always kept.
Measurement: `code_blocks` (count). Reasons: `fenced_code`, `indented_code`.
"""

from __future__ import annotations

from typing import ClassVar

import polars as pl
from curate.filters._code import (
    FENCE_LINE_RE,
    INDENTED_HINT_RE,
    indented_code_blocks,
    math_fence_re,
)
from curate.filters._spans import fence_spans_many, part_bounds
from curate.filters._text import Part, on_rows, part_expr
from curate.filters.base import Filter, register
from pydantic import Field

from curate.plugin import Params
from curate.spans import Span


class CodeBlockParams(Params):
    scope: Part = "reasoning"
    """Where code is not wanted: `reasoning` (inside the think tags), `answer`/`summary`
    (after them) or `all`/`completion`. R1 traces may show code in the final answer of a coding
    question but should reason in prose and math."""
    fenced: bool = True
    """Count fenced blocks (``` or ~~~)."""
    indented: bool = False
    """Also count indented code blocks (4+ spaces or a tab after a blank line, code-looking,
    not LaTeX). Off by default: models indent math and lists far more often than code."""
    min_indented_lines: int = Field(default=2, ge=1)
    """Non-blank lines an indented block needs before it can count as code."""
    max_blocks: int = Field(default=0, ge=0)
    """Most code blocks allowed; a row with more is dropped."""
    allow_domains: list[str] = Field(default_factory=lambda: ["code", "coding", "programming"])
    """Values of the domain column (case-insensitive) where code is expected: never dropped."""
    domain_column: str = "domain"
    """Column that holds each row's domain (absent or null: no exemption)."""
    math_fence_languages: list[str] = Field(
        default_factory=lambda: ["math", "latex", "tex", "katex", "mathjax", "amsmath"]
    )
    """Fence info strings that mark a math block, not code (```math … ```)."""
    open_tag: str = "<think>"
    """Tag that opens the reasoning."""
    close_tag: str = "</think>"
    """Tag that closes the reasoning."""


@register("code_block")
class CodeBlockFilter(Filter[CodeBlockParams]):
    """Drop responses with fenced (or indented) code blocks (reasons: fenced_code, indented_code)."""

    Params: ClassVar[type[CodeBlockParams]] = CodeBlockParams
    measures: ClassVar[tuple[str, ...]] = ("code_blocks",)

    def reason_spans(self, rejected: pl.DataFrame) -> list[list[Span] | None]:
        """The fenced blocks of the scope (indented blocks are counted, not located)."""
        p = self.params
        math_re = math_fence_re(p.math_fence_languages)
        out: list[list[Span] | None] = [None] * rejected.height
        rows, parts = [], []
        for i, (text, reason) in enumerate(
            zip(rejected["completion"], rejected["reason"], strict=True)
        ):
            if reason == "fenced_code" and text:
                rows.append(i)
                parts.append((text, *part_bounds(text, p.scope, p.open_tag, p.close_tag)))
        if parts:
            for i, spans in zip(rows, fence_spans_many(parts, FENCE_LINE_RE, math_re), strict=True):
                out[i] = spans
        return out

    def verdicts(self, batch: pl.DataFrame) -> pl.DataFrame:
        p = self.params
        text = batch.select(
            part_expr(p.scope, "completion", p.open_tag, p.close_tag).fill_null("").alias("t")
        )
        t = pl.col("t")
        zero = pl.Series("v", [0] * batch.height, dtype=pl.Int64)
        fenced = zero
        if p.fenced:
            hint = text.select(
                t.str.contains("```", literal=True) | t.str.contains("~~~", literal=True)
            ).to_series()
            lines = on_rows(text, hint, t.str.count_matches(FENCE_LINE_RE), 0, pl.Int64)
            math_re = math_fence_re(p.math_fence_languages)
            math = (
                on_rows(text, hint, t.str.count_matches(math_re), 0, pl.Int64) if math_re else zero
            )
            # a block is an opening and a closing fence line; an unclosed fence still counts
            fenced = ((lines + 1) // 2 - math).clip(lower_bound=0)
        indented = zero
        if p.indented:
            hint = text.select(t.str.contains(INDENTED_HINT_RE)).to_series()
            n = p.min_indented_lines
            indented = on_rows(
                text,
                hint,
                t.map_elements(lambda s: indented_code_blocks(s, n), return_dtype=pl.Int64),
                0,
                pl.Int64,
            )
        allowed = pl.Series("a", [False] * batch.height)
        if p.allow_domains and p.domain_column in batch.columns:
            wanted = [d.lower() for d in p.allow_domains]
            allowed = batch.select(
                pl.col(p.domain_column)
                .cast(pl.Utf8)
                .str.to_lowercase()
                .str.strip_chars()
                .is_in(wanted)
                .fill_null(False)
            ).to_series()
        out = pl.DataFrame({"fenced": fenced, "indented": indented, "allowed": allowed})
        total = pl.col("fenced") + pl.col("indented")
        drop = (total > p.max_blocks) & ~pl.col("allowed")
        return out.select(
            (~drop).alias("keep"),
            pl.when(~drop)
            .then(None)
            .when(pl.col("fenced") > 0)
            .then(pl.lit("fenced_code"))
            .otherwise(pl.lit("indented_code"))
            .alias("reason"),
            total.alias("code_blocks"),
        )
