"""The anatomy of an R1-style completion, shared by filters, judges and rewards.

A completion is `<think>reasoning</think>summary`. Chat templates often pre-fill `<think>` in
the prompt, so a completion may start directly with the reasoning and only close the tag.
"""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl

THINK_OPEN = "<think>"
THINK_CLOSE = "</think>"


@dataclass(frozen=True)
class Trace:
    reasoning: str  # text between the tags (unterminated when has_close is False)
    summary: str  # text after the closing tag ("" when missing)
    has_open: bool
    has_close: bool


def split_trace(text: str, open_tag: str = THINK_OPEN, close_tag: str = THINK_CLOSE) -> Trace:
    """Split one completion at its first closing tag (pure Python twin of `reasoning_expr`).

    Without a closing tag, the text after the opening tag (or all of it) is returned as
    unterminated reasoning so measurements (language, paragraphs) still see it.
    """
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


def _byte_slice(c: pl.Expr, start: pl.Expr, end: pl.Expr) -> pl.Expr:
    """`c[start:end]` in UTF-8 bytes. `str.find` returns byte offsets while `str.slice` counts
    characters, so slicing at a found tag must go through Binary (tags are whole characters,
    so the cut is always valid UTF-8). Zero-copy cast in, one copy out."""
    return c.cast(pl.Binary).bin.slice(start, end - start).cast(pl.Utf8)


def reasoning_expr(
    col: str | pl.Expr = "completion", open_tag: str = THINK_OPEN, close_tag: str = THINK_CLOSE
) -> pl.Expr:
    """Vectorised reasoning part: text between the opening tag (if any) and the first closing tag.

    Without a closing tag the whole text after the opening tag counts as (unterminated) reasoning.
    Same result as `split_trace` (the first opening tag before the first closing tag counts).
    """
    c = _col(col)
    close = c.str.find(close_tag, literal=True)
    opened = c.str.find(open_tag, literal=True)
    end = pl.when(close.is_null()).then(c.str.len_bytes()).otherwise(close)
    start = (
        pl.when(opened.is_not_null() & (opened < end))
        .then(opened + len(open_tag.encode()))
        .otherwise(0)
    )
    return pl.when(c.is_null()).then(None).otherwise(_byte_slice(c, start, end))


def summary_expr(col: str | pl.Expr = "completion", close_tag: str = THINK_CLOSE) -> pl.Expr:
    """Vectorised summary part: text after the first closing tag ("" when there is none)."""
    c = _col(col)
    close = c.str.find(close_tag, literal=True)
    start = close + len(close_tag.encode())
    return (
        pl.when(close.is_null())
        .then(pl.lit(""))
        .otherwise(_byte_slice(c, start, c.str.len_bytes()))
    )


def last_boxed(text: str, commands: tuple[str, ...] = ("\\boxed", "\\fbox")) -> str | None:
    """Content of the last `\\boxed{...}` / `\\fbox{...}` with nested braces, or None.

    Also accepts `\\boxed 5` (a single token without braces). Linear time, no regex backtracking.
    """
    best = -1
    cmd_len = 0
    for cmd in commands:
        i = text.rfind(cmd)
        while i >= 0:
            nxt = text[i + len(cmd) : i + len(cmd) + 1]
            if not nxt.isalpha():  # \boxed, not \boxedfoo
                break
            i = text.rfind(cmd, 0, i)
        if i > best:
            best, cmd_len = i, len(cmd)
    if best < 0:
        return None
    j = best + cmd_len
    n = len(text)
    while j < n and text[j] == " ":
        j += 1
    if j >= n:
        return None
    if text[j] != "{":
        k = j
        while k < n and not text[k].isspace() and text[k] not in "$":
            k += 1
        return text[j:k] or None
    depth = 0
    for k in range(j, n):
        ch = text[k]
        if ch == "\\":
            continue
        if ch == "{" and text[k - 1] != "\\":
            depth += 1
        elif ch == "}" and text[k - 1] != "\\":
            depth -= 1
            if depth == 0:
                return text[j + 1 : k]
    return None  # unbalanced
