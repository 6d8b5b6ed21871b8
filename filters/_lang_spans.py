"""Where a `mixed_language` drop lies (private): the foreign segments of a rejected trace.

Kept apart from the filter on purpose: it only reads the language-ID's per-segment output
(`curate.lang.identify.explain_frame`: one row per segment with its text `seg` and the language it
counts as, `lang`) and maps the segments back to offsets in the completion. If that output is
not available in this shape, rows get no spans (the verdicts never depend on this module).
The filter passes the segments its verdict pass resolved when the rejected rows are exactly
the ones it measured (same text, prompt and target); otherwise they are computed again here.
"""

from __future__ import annotations

from typing import Any

import polars as pl

from curate.spans import Span, span


def _locate(text: str, seg: str, cursor: int) -> tuple[int, int] | None:
    """Offsets of a (cleaned) segment in the original text, searching forward from `cursor`;
    falls back to the segment's first words when cleaning changed its middle."""
    seg = seg.strip()
    if not seg:
        return None
    window = cursor + 4 * len(seg) + 20_000  # segments come in order: no rescans of the text
    i = text.find(seg, cursor, window)
    if i >= 0:
        return i, i + len(seg)
    head = seg[: max(8, len(seg) // 3)]
    i = text.find(head, cursor, window)
    if i < 0:
        return None
    return i, min(len(text), i + len(seg))


def foreign_spans(
    texts: list[str | None],
    parts: list[str | None],
    targets: list[str | None],
    reasons: list[str | None],
    cfg: Any,
    context: list[str | None] | None = None,
    segments: dict[int, pl.DataFrame] | None = None,
) -> list[list[Span] | None] | None:
    """Per rejected row: spans of the segments whose language is not the row's target.
    `segments` (row index → that row's resolved segments, `seg` and `lang` in reading order,
    as the verdict pass left them, for every `mixed_language` row): used instead of a
    second language-ID pass."""
    todo = [
        i
        for i, (text, part, reason) in enumerate(zip(texts, parts, reasons, strict=True))
        if reason == "mixed_language" and text and part
    ]
    out: list[list[Span] | None] = [None] * len(texts)
    if not todo:
        return out
    if segments is None:
        try:
            from curate.lang.identify import explain_frame
        except ImportError:
            return None
        try:  # all rejected rows in one pass (each row's segments are decided alone)
            ctx = None if context is None else [context[i] for i in todo]
            seg = explain_frame([parts[i] for i in todo], [targets[i] for i in todo], cfg, ctx)
            per_row = seg.select("row", "seg", "lang").partition_by("row", as_dict=True)
        except (pl.exceptions.ColumnNotFoundError, TypeError, ValueError):
            return None  # another shape of per-segment output: no spans, never a failed run
        segments = {i: per_row[(k,)] for k, i in enumerate(todo) if (k,) in per_row}
    for i in todo:
        part_rows = segments.get(i)
        rows = part_rows.select("seg", "lang").iter_rows() if part_rows is not None else iter(())
        out[i] = _spans(str(texts[i]), rows, targets[i])
    return out


def _spans(text: str, rows: Any, target: str | None) -> list[Span]:
    """Spans of one text's segments (in reading order) whose language is not `target`."""
    spans: list[Span] = []
    cursor = 0
    for s, lang in rows:
        hit = _locate(text, s or "", cursor)
        if hit is None:
            continue
        cursor = hit[1]
        if lang is not None and lang != target:
            if (
                spans
                and spans[-1]["label"] == f"{lang} (target {target})"
                and (not text[spans[-1]["end"] : hit[0]].strip())
            ):
                spans[-1]["end"] = hit[1]  # one span for a run of foreign sentences
            else:
                spans.append(span(hit[0], hit[1], f"{lang} (target {target})"))
    return spans
