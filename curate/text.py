"""The anatomy of an R1-style completion, shared by filters, judges and rewards.

A completion is `<think>reasoning</think>summary`. Chat templates often pre-fill `<think>` in
the prompt, so a completion may start directly with the reasoning and only close the tag.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

import polars as pl

THINK_OPEN = "<think>"
THINK_CLOSE = "</think>"


@dataclass(frozen=True)
class Trace:
    reasoning: str  # text between the tags (unterminated when has_close is False)
    summary: str  # text after the closing tag ("" when missing)
    has_open: bool
    has_close: bool


def paired_token(text: str, open_tag: str, close_tag: str) -> bool:
    """True when one token both opens and closes the reasoning, as in the cold-start format
    `TOKEN reasoning TOKEN summary`: the tags are equal, or a close tag that is not an XML-style
    `</…>` also starts the text."""
    return open_tag == close_tag or (
        not close_tag.startswith("</") and text.lstrip().startswith(close_tag)
    )


def split_trace(text: str, open_tag: str = THINK_OPEN, close_tag: str = THINK_CLOSE) -> Trace:
    """Split one completion at its closing tag (pure Python twin of `reasoning_expr`).

    Without a closing tag, the text after the opening tag (or all of it) is returned as
    unterminated reasoning so measurements (language, paragraphs) still see it. In the paired
    form (`paired_token`) the first occurrence opens and the second closes.
    """
    if paired_token(text, open_tag, close_tag):
        start = text.find(close_tag)
        body = text[start + len(close_tag) :]
        end = body.find(close_tag)
        if end < 0:
            return Trace(body, "", True, False)
        return Trace(body[:end], body[end + len(close_tag) :], True, True)
    has_open = open_tag in text
    idx = text.find(close_tag)
    head = text if idx < 0 else text[:idx]
    start = head.find(open_tag)
    reasoning = head[start + len(open_tag) :] if start >= 0 else head
    if idx < 0:
        return Trace(reasoning, "", has_open, False)
    return Trace(reasoning, text[idx + len(close_tag) :], has_open, True)


def _col(col: str | pl.Expr) -> pl.Expr:
    return pl.col(col) if isinstance(col, str) else col


def _split_once(c: pl.Expr, tag: str) -> tuple[pl.Expr, pl.Expr]:
    """(text before the first `tag`, text after it or null when there is none). Splitting
    instead of slicing at `str.find` offsets: those offsets are bytes in polars < 2.2 and
    characters from 2.2 on, and a cut at the wrong kind is silently wrong on non-ASCII text."""
    parts = c.str.splitn(tag, 2)
    return parts.struct.field("field_0"), parts.struct.field("field_1")


def reasoning_expr(
    col: str | pl.Expr = "completion", open_tag: str = THINK_OPEN, close_tag: str = THINK_CLOSE
) -> pl.Expr:
    """Vectorised reasoning part: text between the opening tag (if any) and the first closing tag.

    Without a closing tag the whole text after the opening tag counts as (unterminated) reasoning.
    Same result as `split_trace` (the first opening tag before the first closing tag counts).
    """
    head, _ = _split_once(_col(col), close_tag)
    _, after_open = _split_once(head, open_tag)
    return pl.coalesce(after_open, head)


def summary_expr(col: str | pl.Expr = "completion", close_tag: str = THINK_CLOSE) -> pl.Expr:
    """Vectorised summary part: text after the first closing tag ("" when there is none)."""
    _, tail = _split_once(_col(col), close_tag)
    return pl.coalesce(tail, pl.lit(""))


BOX_COMMANDS = ("\\boxed", "\\fbox")
MAX_BOXES_SCANNED = 64  # from the end; bounds the work on hostile texts full of "\boxed{"
MAX_BOX_CHARS = 20_000  # a box longer than this is returned cut (and rejected as too long later)


def find_braced(text: str, start: int, limit: int | None = None) -> int:
    """Index just past the `}` matching the `{` at `text[start]`; -1 if unbalanced, -2 if no
    match within `limit` characters."""
    depth = 0
    n = len(text) if limit is None else min(len(text), start + limit)
    k = start
    while k < n:
        ch = text[k]
        if ch == "\\":
            k += 2  # skip escaped char (\{ \} \\)
            continue
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0:
                return k + 1
        k += 1
    return -1 if limit is None or n == len(text) else -2


def _box_at(text: str, i: int, cmd_len: int) -> tuple[int, int, str] | None:
    """Parse a box command starting at i: (start, end, content) or None."""
    j = i + cmd_len
    n = len(text)
    while j < n and text[j] == " ":
        j += 1
    if j >= n:
        return None
    if text[j] == "{":
        end = find_braced(text, j, MAX_BOX_CHARS)
        if end == -2:  # far too long to be an answer: keep a cut copy so it is rejected as such
            return i, j + MAX_BOX_CHARS, text[j + 1 : j + MAX_BOX_CHARS]
        if end < 0:
            return None
        return i, end, text[j + 1 : end - 1]
    k = j
    while k < n and not text[k].isspace() and text[k] not in "$.,;":
        k += 1
    return (i, k, text[j:k]) if k > j else None


def boxed_spans(text: str, limit: int = MAX_BOXES_SCANNED) -> list[tuple[int, int, str]]:
    """Outermost boxes of `text` (start, end, content), in order, scanning at most `limit` commands
    from the end. Nested boxes (`\\boxed{\\boxed{1}}`) count once (the outer one)."""
    starts: list[tuple[int, int]] = []
    for cmd in BOX_COMMANDS:
        pos = len(text)
        count = 0
        while count < limit:
            i = text.rfind(cmd, 0, pos)
            if i < 0:
                break
            pos = i
            nxt = text[i + len(cmd) : i + len(cmd) + 1]
            if nxt.isalpha():  # \boxedfoo is another command
                continue
            starts.append((i, len(cmd)))
            count += 1
    starts.sort(reverse=True)
    spans: list[tuple[int, int, str]] = []
    for i, cl in starts[:limit]:
        box = _box_at(text, i, cl)
        if box is None:
            continue
        if spans and box[1] > spans[-1][0]:  # contains (or overlaps) a later box: outer wins
            while spans and spans[-1][0] >= box[0] and spans[-1][1] <= box[1]:
                spans.pop()
        spans.append(box)
    spans.reverse()
    return spans


def last_boxed(text: str) -> str | None:
    """Content of the last outermost `\\boxed{...}` / `\\fbox{...}` (nested braces, escapes),
    or of `\\boxed 5` (one token); None when there is none or it never closes. Bounded work on
    hostile text: at most `MAX_BOXES_SCANNED` commands are looked at, `MAX_BOX_CHARS` per box."""
    spans = boxed_spans(text)
    return spans[-1][2] if spans else None


Message = dict[str, str]


def as_messages(prompt: Any, system: str | None = None) -> list[Message]:
    """A prompt (text or chat messages) as a list of {role, content} messages."""
    if isinstance(prompt, list):
        msgs = [
            {"role": str(m.get("role") or "user"), "content": str(m.get("content") or "")}
            for m in prompt
            if isinstance(m, dict)
        ]
    else:
        msgs = [{"role": "user", "content": "" if prompt is None else str(prompt)}]
    if system and not any(m["role"] == "system" for m in msgs):
        msgs.insert(0, {"role": "system", "content": str(system)})
    return msgs


def prompt_text(prompt: Any) -> str:
    """A prompt as plain text (chat messages joined by blank lines)."""
    if isinstance(prompt, list):
        return "\n\n".join(str(m.get("content") or "") for m in prompt if isinstance(m, dict))
    return "" if prompt is None else str(prompt)


def response_part(completion: str, part: Literal["full", "summary"]) -> str | None:
    """The part of a completion a reward model sees: all of it, or the summary after `</think>`.

    For `summary`, a completion without any think tag is all summary; one with an opening tag
    but no closing tag has no summary (None).
    """
    if part == "full":
        return completion
    idx = completion.find(THINK_CLOSE)
    if idx >= 0:
        return completion[idx + len(THINK_CLOSE) :].strip()
    return None if THINK_OPEN in completion else completion


# --- token estimate ---------------------------------------------------------------------

CJK_CLASS = r"\p{Han}\p{Hiragana}\p{Katakana}"
CJK_RE = f"[{CJK_CLASS}]"
# A rough BPE estimate: one token per CJK character, per run of up to 5 other letters, per run of
# up to 3 digits and per other non-space symbol. Within ±25 % of Qwen/Llama tokenizers on
# English+LaTeX text; pass a real tokenizer where exact counts matter.
TOKEN_ESTIMATE_RE = (
    rf"{CJK_RE}|[\p{{L}}\p{{M}}&&[^{CJK_CLASS}]]{{1,5}}|\p{{N}}{{1,3}}|[^\s\p{{L}}\p{{M}}\p{{N}}]"
)


def estimate_tokens_expr(text: pl.Expr) -> pl.Expr:
    """Tokenizer-free token estimate of a string expression (UInt32; null stays null)."""
    return text.str.count_matches(TOKEN_ESTIMATE_RE)
