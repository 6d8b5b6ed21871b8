"""`truncated`: drop generations that were cut off.

Reasons, first match wins: `finish_length` (the backend reported the token limit, when a
`finish_reason` column exists: always truncated, whatever else the row looks like),
`unterminated_reasoning` (the reasoning was opened, in the completion or pre-filled by the
template, but never closed; whether the template pre-filled `<think>` is decided once per run,
see `curate.prefill`), `unbalanced_boxed` (the last `\\boxed{` never closes: cut inside the
answer), `cut_summary` (the reasoning closed but the summary stops mid-sentence: `Substituting
\\( s`, `To`; answer lines such as `**Answer:** Tetrahedron` stay) and, optionally,
`mid_sentence` (the whole text ends on a letter, comma, colon, operator or open bracket). Measurement: `finish_length` (bool,
null without a finish_reason column) and `unterminated` (bool).
"""

from __future__ import annotations

from typing import Any, ClassVar, Literal

import polars as pl
from curate.filters._text import prefilled_series, text_col
from curate.filters.base import Filter, register
from pydantic import Field

from curate.plugin import Params
from curate.text import summary_expr

# Last visible character that means the text stopped mid-sentence.
MID_SENTENCE_RE = r"[\p{L},;:(\[{=+\-*/^_&\\]"
# A summary cut mid-sentence: it ends on a comma, colon, operator, open bracket or backslash
# (`*` is left out: `**Answer:** **7**` ends on bold markers), or on a letter (checked again
# below), or a `\(` / `\[` opened in it never closes.
CUT_END_RE = r"[\p{L},;:(\[{=+\-/^_&\\]$"
# A last line ending on a letter is still complete when it is an answer line: a label and its
# value (`**Answer:** Tetrahedron`, `- Pillowcases: Twice`) or a box (`\boxed{180} meters`).
ANSWER_LINE_RE = r"(?:\p{L}|\*|\))\s*[:：]\**\s*\S|\\(?:boxed|fbox)\b"
BOX_COMMANDS = ("\\boxed", "\\fbox")


BOX_TAIL = 1024  # characters of the end read first: a text's last box is almost always there


def _last_box(text: str) -> tuple[int, int]:
    """(index, command length) of the last `\\boxed`/`\\fbox` that is a box command (not
    `\\boxedfoo`); (-1, 0) when there is none."""
    best, cmd_len = -1, 0
    for cmd in BOX_COMMANDS:
        i = text.rfind(cmd)
        while i >= 0 and text[i + len(cmd) : i + len(cmd) + 1].isalpha():  # \boxedfoo: not a box
            i = text.rfind(cmd, 0, i)
        if i > best:
            best, cmd_len = i, len(cmd)
    return best, cmd_len


def _box_open(rest: str) -> bool:
    """True when `rest` (the text after a box command) opens a brace group that never closes,
    or is empty. Escaped braces do not count."""
    rest = rest.lstrip(" ")
    if not rest:
        return True
    if rest[0] != "{":
        return False
    depth = 0
    escaped = False
    for ch in rest:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0:
                return False
    return True


def boxed_unbalanced(text: str | None) -> bool:
    """True when the last `\\boxed`/`\\fbox` opens a brace group that never closes (or the text
    ends right after the command). Escaped braces `\\{`, `\\}` do not count. Linear time."""
    if not text:
        return False
    best, cmd_len = _last_box(text)
    return best >= 0 and _box_open(text[best + cmd_len :])


def boxed_unbalanced_series(texts: pl.Series, rows: pl.Series) -> pl.Series:
    """`boxed_unbalanced` of `texts` at `rows` (False elsewhere), reading the last `BOX_TAIL`
    characters first. When they hold a box command, the text's last box is in them (any box
    before them starts earlier) and so is everything after it: the answer is the tail's. Only
    the other rows pass their whole text to Python."""
    out = [False] * texts.len()
    whole = []
    for i, tail in zip(rows.to_list(), texts.gather(rows).str.tail(BOX_TAIL), strict=True):
        best, cmd_len = _last_box(tail or "")
        if best >= 0:
            out[i] = _box_open(tail[best + cmd_len :])
        else:
            whole.append(i)
    for i, text in zip(whole, texts.gather(whole), strict=True):
        out[i] = boxed_unbalanced(text)
    return pl.Series("unbalanced_boxed", out, dtype=pl.Boolean)


def summary_cut(text: pl.Series, close_tag: str) -> pl.Series:
    """True where the completion closed its reasoning and the summary after it, holding no
    boxed answer, stops mid-sentence (`Substituting \\( s`, `To`, `the total is \\[ 3
    \\times`), not on a legitimate ending (a full stop, a closed formula, an answer line, a
    list item, a line of verse).

    The summary and its last two lines are cut out once (one pass over the whole text); every
    check then reads those short strings.
    """
    t = pl.col("t")
    parts = (
        pl.DataFrame({"t": text.cast(pl.Utf8).fill_null("")})
        .select(
            summary_expr(t, close_tag).str.strip_chars_end().alias("s"),
            t.str.contains(close_tag, literal=True).alias("closed"),
        )
        .with_columns(
            pl.col("s").str.extract(r"([^\n]*)$", 1).str.strip_chars().alias("last"),
            pl.col("s")
            .str.extract(r"([^\n]*)\n[ \t]*[^\n]*$", 1)
            .str.strip_chars_end()
            .alias("prev"),
        )
    )
    summ, last_line, prev_line = pl.col("s"), pl.col("last"), pl.col("prev")
    # "**Answer:**\nTetrahedron": a short value on the line after a label
    value_line = prev_line.str.contains(r":\**$") & (last_line.str.count_matches(r"\S+") <= 3)
    # a number ends a bare value line ("5", "x = 5") but not a sentence of four words or more
    sentence = last_line.str.count_matches(r"\p{L}+") >= 4
    on_letter = (
        last_line.str.contains(r"\p{L}$") | (last_line.str.contains(r"[\p{N}%]$") & sentence)
    ) & ~last_line.str.contains(ANSWER_LINE_RE)
    unclosed = (summ.str.count_matches(r"\\\(") > summ.str.count_matches(r"\\\)")) | (
        summ.str.count_matches(r"\\\[") > summ.str.count_matches(r"\\\]")
    )
    ends_cut = summ.str.contains(CUT_END_RE) & ~summ.str.contains(r"\p{L}$")
    # lines that end without punctuation by design: the next item of a list, a line of verse
    item = r"^\s*(?:[-*•]|\d+[.)])\s"
    lined = (last_line.str.contains(item) & prev_line.str.contains(item)) | prev_line.str.contains(
        r"\S[\p{L},]$"
    )
    keep_line = value_line.fill_null(False) | lined.fill_null(False)
    cut = unclosed | ends_cut | (on_letter & ~keep_line)
    # a summary that gave its boxed answer is complete, whatever follows it (a figure left out,
    # "the following configuration shows it:"); a box cut open is `unbalanced_boxed`
    boxed = summ.str.contains(r"\\(?:boxed|fbox)\s*\{")
    answered = pl.col("closed") & (summ != "") & ~boxed
    return parts.select((answered & cut.fill_null(False)).alias("cut_summary")).to_series()


class TruncatedParams(Params):
    length_reasons: list[str] = Field(default_factory=lambda: ["length", "max_tokens"])
    """`finish_reason` values that mean the token limit was hit (vLLM/OpenAI: length;
    Anthropic: max_tokens). Compared case-insensitively."""
    unterminated_reasoning: bool = True
    """Drop when the reasoning was opened but never closed."""
    unbalanced_boxed: bool = True
    """Drop when the last `\\boxed{` never closes (the answer itself was cut)."""
    cut_summary: bool = True
    """Drop when the reasoning closed but the summary after it stops mid-sentence (ends on a
    letter outside an answer line, a comma, colon, operator or open bracket, or leaves a
    `\\(` / `\\[` open): cut by the token limit while answering."""
    mid_sentence: bool = False
    """Drop when the text ends mid-sentence (on a letter, comma, colon, operator or open
    bracket). Off by default: short answers legitimately end on a bare word or number."""
    prefilled_open: Literal["auto"] | bool = "auto"
    """Whether the chat template put the open tag in the prompt (then a completion without a
    closing tag is unterminated): true, false, or `auto` (a row is pre-filled when its prompt
    or last message ends with the open tag or its completion closes without opening; a row
    with no tag at all follows one decision for the whole run: the generation template's
    `think_prefix`, or most tagged completions of the whole source closing without opening)."""
    prefilled_run: bool | None = None
    """Set by the run, not by hand: `auto`'s decision for rows with no tag, made once for the
    whole run from the generation template or the whole source (`curate.prefill`)."""
    open_tag: str = Field(default="<think>", min_length=1)
    """Tag that opens the reasoning."""
    close_tag: str = Field(default="</think>", min_length=1)
    """Tag that closes the reasoning."""


@register("truncated")
class TruncatedFilter(Filter[TruncatedParams]):
    """Drop cut-off generations (reasons: finish_length, unterminated_reasoning, unbalanced_boxed, mid_sentence)."""

    Params: ClassVar[type[TruncatedParams]] = TruncatedParams
    measures: ClassVar[tuple[str, ...]] = ("finish_length", "unterminated")

    def verdicts(self, batch: pl.DataFrame) -> pl.DataFrame:
        p = self.params
        c = text_col().fill_null("")
        cols: list[pl.Expr] = []
        checks: list[tuple[pl.Expr, str]] = []
        if "finish_reason" in batch.columns and p.length_reasons:
            wanted = [r.lower() for r in p.length_reasons]
            fl = (
                pl.col("finish_reason")
                .cast(pl.Utf8)
                .str.to_lowercase()
                .str.strip_chars()
                .is_in(wanted)
            )
            cols.append(fl.alias("finish_length"))
            checks.append((fl.fill_null(False), "finish_length"))
        else:
            cols.append(pl.lit(None, pl.Boolean).alias("finish_length"))
        prefilled = pl.lit(
            prefilled_series(
                batch, p.prefilled_open, p.open_tag, p.close_tag, run_decision=p.prefilled_run
            )
        )
        opened = c.str.contains(p.open_tag, literal=True) | prefilled
        unterminated = opened & ~c.str.contains(p.close_tag, literal=True)
        cols.append(unterminated.alias("unterminated"))
        if p.unterminated_reasoning:
            checks.append((unterminated, "unterminated_reasoning"))
        if p.unbalanced_boxed:
            texts = batch.select(c.alias("t")).to_series()
            has_box = texts.str.contains("\\boxed", literal=True) | texts.str.contains(
                "\\fbox", literal=True
            )
            box = boxed_unbalanced_series(texts, has_box.arg_true())
            checks.append((pl.lit(box), "unbalanced_boxed"))
        if p.cut_summary:
            checks.append((pl.lit(summary_cut(batch["completion"], p.close_tag)), "cut_summary"))
        if p.mid_sentence:
            last = c.str.strip_chars_end().str.tail(1)
            checks.append(((last != "") & last.str.contains(MID_SENTENCE_RE), "mid_sentence"))
        if not checks:
            reason: pl.Expr = pl.lit(None, pl.Utf8)
        else:
            chain: Any = pl.when(checks[0][0]).then(pl.lit(checks[0][1]))
            for cond, code in checks[1:]:
                chain = chain.when(cond).then(pl.lit(code))
            reason = chain.otherwise(None)
        return batch.select(reason.alias("reason"), *cols).with_columns(
            pl.col("reason").is_null().alias("keep")
        )
