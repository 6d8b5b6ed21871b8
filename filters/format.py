"""`format`: the completion has the R1 shape `<think>reasoning</think>summary`.

Checks, in order (the first that fails is the reason):
`missing_think_open`, `multiple_think` (more than one open or close tag), `missing_think_close`,
`misordered_think` (close before open), `text_before_think`, `empty_reasoning`, `empty_summary`,
then the optional R1-Zero answer checks (`missing_answer_tag`, `multiple_answer_tag`,
`bad_answer_tag`, `empty_answer`, `text_outside_answer`) and `boxed_count`.

A `<think>` pre-filled by the chat template counts as the opening tag: with
`prefilled_open: auto` when the prompt (string, or last chat message) ends with the open tag,
when the completion has a closing tag but no opening one, or, for a completion with neither
tag, when the run decided once that the template pre-fills (`curate.prefill`: the generation
template, or most tagged completions of the whole source closing without opening; then it was
cut off: `missing_think_close`, not `missing_think_open`). The cold-start style
(`|special_token|reasoning|special_token|summary`, DeepSeek-R1 paper §2.3.1) reports
`bad_cold_start_format` instead of the tag checks. Measurements: `think_prefilled` (think
style) and `boxed_count` (when `boxed` is checked).
"""

from __future__ import annotations

from typing import Any, ClassVar, Literal

import polars as pl
from curate.filters._spans import format_spans, occurrences
from curate.filters._text import prefilled_series, text_col
from curate.filters.base import Filter, register
from pydantic import Field, model_validator

from curate.plugin import Params
from curate.spans import Span
from curate.text import reasoning_expr, summary_expr

BOXED_RE = r"\\(?:boxed|fbox)\b"


class FormatParams(Params):
    style: Literal["think", "cold_start"] = "think"
    """`think`: `<think>…</think>summary`; `cold_start`: `TOKEN reasoning TOKEN summary`."""
    open_tag: str = Field(default="<think>", min_length=1)
    """Tag that opens the reasoning."""
    close_tag: str = Field(default="</think>", min_length=1)
    """Tag that closes the reasoning."""
    prefilled_open: Literal["auto"] | bool = "auto"
    """Whether the chat template put the open tag in the prompt: true, false, or `auto` (the
    prompt or its last message ends with the tag, or the completion closes without opening, or
    — for a completion with no tag at all — one decision for the whole run: the generation
    template's `think_prefix`, or most tagged completions of the whole source closing without
    opening; see `curate.prefill`)."""
    prefilled_run: bool | None = None
    """Set by the run, not by hand: `auto`'s decision for rows with no tag, made once for the
    whole run from the generation template or the whole source (`curate.prefill`)."""
    allow_text_before: bool = False
    """Allow non-whitespace text before the open tag (R1 puts nothing there)."""
    min_reasoning_chars: int = Field(default=1, ge=1)
    """Fewest characters the reasoning needs once trimmed of whitespace (1: just not empty)."""
    require_summary: bool = True
    """Require a non-empty summary after the reasoning (R1 always answers after thinking)."""
    answer_tag: bool = False
    """R1-Zero template: the summary must hold one non-empty `<answer>…</answer>`."""
    answer_open: str = Field(default="<answer>", min_length=1)
    """Tag that opens the answer (with `answer_tag`)."""
    answer_close: str = Field(default="</answer>", min_length=1)
    """Tag that closes the answer (with `answer_tag`)."""
    answer_only: bool = True
    """With `answer_tag`: nothing but whitespace around the answer block in the summary, as in
    the R1-Zero format reward."""
    cold_start_token: str = Field(default="|special_token|", min_length=1)
    """The separator token of the cold-start style (appears exactly twice)."""
    boxed: Literal["ignore", "exactly_one", "at_least_one"] = "ignore"
    """Check the number of `\\boxed{}`/`\\fbox{}` in the summary: not at all, exactly one, or
    at least one. Off by default: not every domain boxes its answer."""

    @model_validator(mode="after")
    def _check(self) -> FormatParams:
        if self.open_tag == self.close_tag:
            raise ValueError(
                "open_tag and close_tag must differ (use style: cold_start for one token)"
            )
        return self


def _nonblank(e: pl.Expr) -> pl.Expr:
    return e.fill_null("").str.strip_chars() != ""


@register("format")
class FormatFilter(Filter[FormatParams]):
    """Exactly one well-formed <think>…</think> with reasoning and a summary (reason: which check failed)."""

    Params: ClassVar[type[FormatParams]] = FormatParams
    measures: ClassVar[tuple[str, ...]] = ("think_prefilled", "boxed_count")

    def _think_checks(self, batch: pl.DataFrame) -> tuple[list[tuple[pl.Expr, str]], list[pl.Expr]]:
        """Tag checks as literal counts and anchored regexes: no copy of the reasoning is made
        (unless `min_reasoning_chars` > 1 needs its length)."""
        p = self.params
        c = text_col().fill_null("")
        o, cl = pl.escape_regex(p.open_tag), pl.escape_regex(p.close_tag)
        # polars' eager select does not share sub-expressions: materialise the counts once
        counts = batch.select(
            c.str.count_matches(p.open_tag, literal=True).alias("o"),
            c.str.count_matches(p.close_tag, literal=True).alias("c"),
        )
        n_open, n_close = pl.lit(counts["o"]), pl.lit(counts["c"])
        prefilled = pl.lit(
            prefilled_series(
                batch, p.prefilled_open, p.open_tag, p.close_tag, run_decision=p.prefilled_run
            )
        )
        eff_open = n_open + prefilled.cast(pl.UInt32)
        misordered = (
            (n_open == 1)
            & (n_close == 1)
            & (c.str.find(p.close_tag, literal=True) < c.str.find(p.open_tag, literal=True))
        )
        checks = [
            (eff_open == 0, "missing_think_open"),
            ((eff_open > 1) | (n_close > 1), "multiple_think"),
            (n_close == 0, "missing_think_close"),
            (misordered, "misordered_think"),
        ]
        if not p.allow_text_before:
            checks.append(((n_open > 0) & ~c.str.contains(rf"^\s*{o}"), "text_before_think"))
        if p.min_reasoning_chars == 1:  # nothing but whitespace between the tags
            empty = c.str.contains(rf"(?:^|{o})\s*{cl}")
        else:
            reasoning = reasoning_expr(c, p.open_tag, p.close_tag).str.strip_chars()
            empty = reasoning.str.len_chars() < p.min_reasoning_chars
        checks.append((empty, "empty_reasoning"))
        if p.require_summary:
            checks.append((c.str.contains(rf"{cl}\s*$"), "empty_summary"))
        return checks, [prefilled.alias("think_prefilled")]

    def _cold_start_checks(self) -> tuple[list[tuple[pl.Expr, str]], pl.Expr]:
        p = self.params
        c = text_col().fill_null("")
        tok = p.cold_start_token
        parts = c.str.splitn(tok, 2)
        rest = parts.struct.field("field_1").fill_null("").str.splitn(tok, 2)
        reasoning = rest.struct.field("field_0").fill_null("").str.strip_chars()
        bad = (c.str.count_matches(tok, literal=True) != 2) | _nonblank(
            parts.struct.field("field_0")
        )
        checks = [
            (bad, "bad_cold_start_format"),
            (reasoning.str.len_chars() < p.min_reasoning_chars, "empty_reasoning"),
        ]
        return checks, rest.struct.field("field_1").fill_null("")

    def _answer_checks(self, summary: pl.Expr) -> list[tuple[pl.Expr, str]]:
        p = self.params
        na_open = summary.str.count_matches(p.answer_open, literal=True)
        na_close = summary.str.count_matches(p.answer_close, literal=True)
        before = summary.str.splitn(p.answer_open, 2).struct.field("field_0")
        after_open = summary.str.splitn(p.answer_open, 2).struct.field("field_1").fill_null("")
        inner = after_open.str.splitn(p.answer_close, 2)
        misordered = summary.str.find(p.answer_close, literal=True) < summary.str.find(
            p.answer_open, literal=True
        )
        checks = [
            ((na_open == 0) | (na_close == 0), "missing_answer_tag"),
            ((na_open > 1) | (na_close > 1), "multiple_answer_tag"),
            (misordered.fill_null(False), "bad_answer_tag"),
            (~_nonblank(inner.struct.field("field_0")), "empty_answer"),
        ]
        if p.answer_only:
            outside = _nonblank(before) | _nonblank(inner.struct.field("field_1"))
            checks.append((outside, "text_outside_answer"))
        return checks

    def reason_spans(self, rejected: pl.DataFrame) -> list[list[Span] | None]:
        """The offending tags or text, or a marker where a missing tag was expected."""
        p = self.params
        out: list[list[Span] | None] = []
        for text, reason in zip(rejected["completion"], rejected["reason"], strict=True):
            text = text or ""
            if p.style == "think":
                c = text.find(p.close_tag)
                start = len(text) if c < 0 else c + len(p.close_tag)
            else:
                hits = occurrences(text, p.cold_start_token)
                start = hits[1][1] if len(hits) > 1 else len(text)
            out.append(
                format_spans(
                    text,
                    reason,
                    open_tag=p.open_tag,
                    close_tag=p.close_tag,
                    answer_open=p.answer_open,
                    answer_close=p.answer_close,
                    cold_start_token=p.cold_start_token,
                    summary_start=start,
                )
            )
        return out

    def verdicts(self, batch: pl.DataFrame) -> pl.DataFrame:
        p = self.params
        extra: list[pl.Expr] = []
        if p.style == "think":
            checks, extra = self._think_checks(batch)
            summary = summary_expr(text_col().fill_null(""), p.close_tag)  # only used if needed
        else:
            checks, summary = self._cold_start_checks()
            summary = summary.fill_null("")
            if p.require_summary:
                checks.append((~_nonblank(summary), "empty_summary"))
        if p.answer_tag:
            checks.extend(self._answer_checks(summary))
        if p.boxed != "ignore":
            boxed = summary.str.count_matches(BOXED_RE).cast(pl.Int64)
            extra.append(boxed.alias("boxed_count"))
            bad = boxed != 1 if p.boxed == "exactly_one" else boxed < 1
            checks.append((bad, "boxed_count"))
        reason: Any = None  # a when/then chain while it grows
        for cond, code in checks:
            cond = cond.fill_null(False)
            reason = pl.when(cond) if reason is None else reason.when(cond)
            reason = reason.then(pl.lit(code))
        assert reason is not None
        reason_expr = reason.otherwise(None).alias("reason")
        return batch.select(reason_expr, *extra).with_columns(
            pl.col("reason").is_null().alias("keep")
        )
