"""`truncated`: drop generations that were cut off.

Reasons, first match wins: `finish_length` (the backend reported the token limit, when a
`finish_reason` column exists), `unterminated_reasoning` (the reasoning was opened, in the
completion or pre-filled in the prompt, but never closed), `unbalanced_boxed` (the last
`\\boxed{` never closes: cut inside the answer) and, optionally, `mid_sentence` (the text ends
on a letter, comma, colon, operator or open bracket). Measurement: `finish_length` (bool,
null without a finish_reason column) and `unterminated` (bool).
"""

from __future__ import annotations

from typing import Any, ClassVar, Literal

import polars as pl
from curate.filters._text import on_rows, prefilled_series, text_col
from curate.filters.base import Filter, register
from pydantic import Field

from curate.plugin import Params

# Last visible character that means the text stopped mid-sentence.
MID_SENTENCE_RE = r"[\p{L},;:(\[{=+\-*/^_&\\]"
BOX_COMMANDS = ("\\boxed", "\\fbox")


def boxed_unbalanced(text: str | None) -> bool:
    """True when the last `\\boxed`/`\\fbox` opens a brace group that never closes (or the text
    ends right after the command). Escaped braces `\\{`, `\\}` do not count. Linear time."""
    if not text:
        return False
    best, cmd_len = -1, 0
    for cmd in BOX_COMMANDS:
        i = text.rfind(cmd)
        while i >= 0 and text[i + len(cmd) : i + len(cmd) + 1].isalpha():  # \boxedfoo: not a box
            i = text.rfind(cmd, 0, i)
        if i > best:
            best, cmd_len = i, len(cmd)
    if best < 0:
        return False
    rest = text[best + cmd_len :].lstrip(" ")
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


class TruncatedParams(Params):
    length_reasons: list[str] = Field(default_factory=lambda: ["length", "max_tokens"])
    """`finish_reason` values that mean the token limit was hit (vLLM/OpenAI: length;
    Anthropic: max_tokens). Compared case-insensitively."""
    unterminated_reasoning: bool = True
    """Drop when the reasoning was opened but never closed."""
    unbalanced_boxed: bool = True
    """Drop when the last `\\boxed{` never closes (the answer itself was cut)."""
    mid_sentence: bool = False
    """Drop when the text ends mid-sentence (on a letter, comma, colon, operator or open
    bracket). Off by default: short answers legitimately end on a bare word or number."""
    prefilled_open: Literal["auto"] | bool = "auto"
    """Whether the chat template put the open tag in the prompt (then a completion without a
    closing tag is unterminated): true, false, or `auto` (the prompt or its last message ends
    with the open tag, or most tagged completions of the shard close without opening)."""
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
        prefilled = pl.lit(prefilled_series(batch, p.prefilled_open, p.open_tag, p.close_tag))
        opened = c.str.contains(p.open_tag, literal=True) | prefilled
        unterminated = opened & ~c.str.contains(p.close_tag, literal=True)
        cols.append(unterminated.alias("unterminated"))
        if p.unterminated_reasoning:
            checks.append((unterminated, "unterminated_reasoning"))
        if p.unbalanced_boxed:
            has_box = batch.select(
                c.str.contains("\\boxed", literal=True) | c.str.contains("\\fbox", literal=True)
            ).to_series()
            box = on_rows(
                batch,
                has_box,
                c.map_elements(boxed_unbalanced, return_dtype=pl.Boolean),
                False,
                pl.Boolean,
            )
            checks.append((pl.lit(box), "unbalanced_boxed"))
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
