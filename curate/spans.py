"""Explained drops: the spans of a rejected row's text that caused its drop.

A filter that drops a row for something in the text records where it is: a list of
`{start, end, label}` structs in the rejected row's `reason_spans` column. Offsets are character
(code point) offsets into the row's `completion`, end exclusive; a zero-width span (start ==
end) marks a position, e.g. where a missing closing tag was expected. The column has one dtype
everywhere (`SPAN_DTYPE`), null where a stage records no spans.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from typing import Any, TypedDict

import polars as pl

REASON_SPANS = "reason_spans"
SPAN_DTYPE = pl.List(pl.Struct({"start": pl.Int64, "end": pl.Int64, "label": pl.Utf8}))
MAX_SPANS = 32  # per row: a repeated n-gram may occur hundreds of times; the first ones explain it


class Span(TypedDict):
    start: int
    end: int
    label: str


def span(start: int, end: int, label: str) -> Span:
    return {"start": int(start), "end": int(max(start, end)), "label": label}


def span_series(values: Sequence[Sequence[Span] | None], name: str = REASON_SPANS) -> pl.Series:
    """Per-row span lists as a Series of the stable dtype (None stays null)."""
    clean = [None if v is None else list(v)[:MAX_SPANS] for v in values]
    return pl.Series(name, clean, dtype=SPAN_DTYPE)


def null_spans(n: int) -> pl.Series:
    return pl.Series(REASON_SPANS, [None] * n, dtype=SPAN_DTYPE)


def with_spans(frame: pl.DataFrame) -> pl.DataFrame:
    """`frame` with a `reason_spans` column (null where it had none)."""
    if REASON_SPANS in frame.columns:
        return frame
    return frame.with_columns(null_spans(frame.height))


def normalize(spans: Iterable[Any] | None, length: int) -> list[Span]:
    """Valid, sorted, clipped spans (bad entries from foreign tools are skipped)."""
    out: list[Span] = []
    for s in spans or []:
        if not isinstance(s, dict):
            continue
        try:
            a, b = int(s["start"]), int(s["end"])
        except (KeyError, TypeError, ValueError):
            continue
        a, b = max(0, min(a, length)), max(0, min(b, length))
        out.append(span(a, max(a, b), str(s.get("label") or "")))
    return sorted(out, key=lambda x: (x["start"], x["end"]))


def segments(text: str, spans: Iterable[Any] | None) -> list[tuple[str, list[str]]]:
    """Cut `text` at span boundaries: (piece, labels covering it); a zero-width span gives an
    empty piece with its label (a position marker). Overlapping spans nest their labels."""
    sp = normalize(spans, len(text))
    cuts = sorted({0, len(text), *(s["start"] for s in sp), *(s["end"] for s in sp)})
    out: list[tuple[str, list[str]]] = []
    for a, b in zip(cuts, [*cuts[1:], None], strict=True):
        for s in sp:
            if s["start"] == s["end"] == a:
                out.append(("", [s["label"]]))
        if b is None:
            break
        labels = [s["label"] for s in sp if s["start"] <= a and s["end"] >= b and s["end"] > a]
        out.append((text[a:b], labels))
    return out


def highlight_html(text: str, spans: Iterable[Any] | None, context: int | None = 400) -> str:
    """HTML of `text` with spans in <mark>; with `context`, text far from every span is elided."""
    parts = segments(text, spans)
    marked = any(labels for _, labels in parts)
    out: list[str] = []
    for i, (piece, labels) in enumerate(parts):
        if labels:
            title = html.escape("; ".join(labels), quote=True)
            body = html.escape(piece) if piece else "▮"
            cls = "pos" if not piece else "span"
            out.append(f'<mark class="{cls}" title="{title}">{body}</mark>')
            continue
        if context is not None and marked and len(piece) > 2 * context:
            head = piece[:context] if i > 0 else ""
            tail = piece[-context:] if i < len(parts) - 1 else ""
            skipped = len(piece) - len(head) - len(tail)
            out.append(
                html.escape(head)
                + f'<span class="gap">[… {skipped:,} chars …]</span>'
                + html.escape(tail)
            )
        elif context is not None and not marked and len(piece) > 4 * context:
            out.append(html.escape(piece[: 2 * context]))
            out.append(f'<span class="gap">[… {len(piece) - 2 * context:,} more chars]</span>')
        else:
            out.append(html.escape(piece))
    return "".join(out)


def highlight_rich(text: str, spans: Iterable[Any] | None, width: int) -> str:
    """Rich markup of `text` around its spans (for `curate show`): at most `width` characters
    of context around each span, spans in reverse video with their label."""
    from rich.markup import escape

    parts = segments(text, spans)
    out: list[str] = []
    for i, (piece, labels) in enumerate(parts):
        shown = piece.replace("\n", "⏎ ")
        if labels:
            lab = escape("; ".join(labels))
            if len(shown) > 2 * width:
                shown = f"{shown[:width]} … {shown[-width:]}"
            out.append(f"[reverse]{escape(shown) or '▮'}[/reverse][dim]⟨{lab}⟩[/dim]")
        elif len(shown) > width:
            head = shown[: width // 2] if i > 0 else ""
            tail = shown[-(width // 2) :] if i < len(parts) - 1 else ""
            out.append(escape(head) + "[dim]…[/dim]" + escape(tail))
        else:
            out.append(escape(shown))
    return "".join(out)
