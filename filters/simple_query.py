"""`simple_query`: which rows of a non-reasoning set carry a chain of thought, and their shape.

DeepSeek-R1's non-reasoning SFT data (writing, factual QA, self-cognition, translation) has a
short chain of thought for some task types, and none for simple queries such as "hello": those
answers carry an empty `<think>\\n\\n</think>` so every sample has one shape. The routing — does a
row get a CoT? — is `CotRouting`: a row gets one when its task (column `task_column`) is in
`cot_tasks` and its prompt is not a simple query by the rule `SimpleRule`:

- a greeting, thanks, farewell or small-talk phrase (`patterns`, full match after lowercasing,
  trimming punctuation and symbols, collapsing spaces; English and a few other languages), or
- with `one_line_questions`: one line of at most `max_words` words (a CJK character is a word)
  and `max_chars` characters, ending with a question mark (`?`, `？`, `؟`; any ending when
  `require_question_mark` is off).

The `non_reasoning` prompt template applies the same routing before generation (it asks for a
short CoT in `<think>…</think>` only where a row gets one); this filter applies it again after
generation and checks each completion against it:

- a CoT row must be a well-formed R1 trace: the `format` filter's checks (its reason codes,
  e.g. `missing_think_close`, `empty_reasoning`); one with no think tag at all (the model
  ignored the instruction) is `missing_cot` (or, with `on_missing_cot: direct`, kept as a direct
  answer);
- a no-CoT row must be a direct answer: no tags, or an empty think block; a non-empty reasoning
  is `unexpected_cot` (or, with `on_unexpected_cot: keep`, checked as a CoT row); an answer
  that is only whitespace is `empty_answer`.

With `empty_think` (default) the direct answers kept are rewritten to the canonical
`<think>\\n\\n</think>\\n\\nANSWER` (the one column this filter rewrites: `completion`), so the
`format`-style tools downstream and the `trl-sft` export see one shape. Measurements:
`simple_query` (the rule's decision on the prompt) and `cot` (the row was meant to have a CoT).
Share the routing between the template and the filter with a YAML anchor (see
`recipes/non_reasoning.yaml`): the two must agree.
"""

from __future__ import annotations

from typing import ClassVar, Literal

import polars as pl
from curate.filters.base import Filter, register
from curate.filters.format import FormatFilter, FormatParams
from pydantic import Field, field_validator

from curate.plugin import Params
from curate.routing import (  # noqa: F401  (re-exported)
    CotRouting,
    SimpleRule,
    cot_mask,
    prompt_text_series,
    row_gets_cot,
    simple_query_mask,
)
from curate.text import reasoning_expr, summary_expr


class SimpleQueryParams(Params):
    routing: CotRouting = Field(default_factory=CotRouting)
    """Which rows get a CoT (share it with the `non_reasoning` template's `routing`)."""
    format: FormatParams = Field(default_factory=FormatParams)
    """The `format` checks CoT rows must pass (style `think`)."""
    empty_think: bool = True
    """Rewrite kept direct answers as `<think>\\n\\n</think>\\n\\nANSWER` (DeepSeek's empty think)."""
    on_missing_cot: Literal["drop", "direct"] = "drop"
    """A CoT row answered without any think tag: drop (`missing_cot`) or keep as a direct answer."""
    on_unexpected_cot: Literal["drop", "keep"] = "drop"
    """A no-CoT row answered with a reasoning: drop (`unexpected_cot`) or keep it (then it must
    pass the `format` checks like a CoT row)."""

    @field_validator("format")
    @classmethod
    def _think_style(cls, v: FormatParams) -> FormatParams:
        if v.style != "think":
            raise ValueError("style: only `think` applies to non-reasoning answers")
        return v


@register("simple_query")
class SimpleQueryFilter(Filter[SimpleQueryParams]):
    """Route rows to CoT / no CoT (task types, simple-query rule) and check each answer's shape
    (reasons: format's, missing_cot, unexpected_cot, empty_answer)."""

    Params: ClassVar[type[SimpleQueryParams]] = SimpleQueryParams
    measures: ClassVar[tuple[str, ...]] = ("simple_query", "cot")

    def verdicts(self, batch: pl.DataFrame) -> pl.DataFrame:
        p = self.params
        o, cl = p.format.open_tag, p.format.close_tag
        simple, cot = cot_mask(batch, p.routing)
        c = pl.col("completion").cast(pl.Utf8).fill_null("")
        shape = batch.select(
            (c.str.contains(o, literal=True) | c.str.contains(cl, literal=True)).alias("tags"),
            (reasoning_expr(c, o, cl).str.strip_chars() != "").alias("reasoned"),
            summary_expr(c, cl).str.strip_chars().alias("after"),
            c.str.strip_chars().alias("whole"),
        )
        tags, reasoned = shape["tags"], shape["reasoned"] & shape["tags"]
        none = pl.Series([False] * batch.height, dtype=pl.Boolean)
        missing = cot & ~tags if p.on_missing_cot == "drop" else none
        unexpected = ~cot & reasoned
        drop_unexpected = unexpected if p.on_unexpected_cot == "drop" else none
        as_cot = (cot & tags) | (unexpected & ~drop_unexpected)
        direct = ~as_cot & ~missing & ~drop_unexpected
        answer = pl.select(
            pl.when(pl.lit(tags)).then(pl.lit(shape["after"])).otherwise(pl.lit(shape["whole"]))
        ).to_series()
        fmt = FormatFilter(p.format).verdicts(batch)["reason"]
        reason = pl.select(
            pl.when(pl.lit(missing))
            .then(pl.lit("missing_cot"))
            .when(pl.lit(drop_unexpected))
            .then(pl.lit("unexpected_cot"))
            .when(pl.lit(as_cot))
            .then(pl.lit(fmt))
            .when(pl.lit(direct) & (pl.lit(answer) == ""))
            .then(pl.lit("empty_answer"))
            .otherwise(None)
            .alias("reason")
        ).to_series()
        out = pl.DataFrame(
            {"keep": reason.is_null(), "reason": reason, "simple_query": simple, "cot": cot}
        )
        if p.empty_think:
            wrap = direct & (answer != "")
            wrapped = pl.select(
                pl.when(pl.lit(wrap))
                .then(pl.lit(f"{o}\n\n{cl}\n\n") + pl.lit(answer))
                .otherwise(pl.lit(batch["completion"].cast(pl.Utf8)))
                .alias("completion")
            ).to_series()
            out = out.with_columns(wrapped)
        return out
