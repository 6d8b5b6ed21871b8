"""Where in the text a built-in filter's reason lies (private): Python helpers that compute
`reason_spans` (see `curate.spans`) for rejected rows only, so kept rows cost nothing.

All offsets are character offsets into the full `completion`, whatever part a filter reads.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

import polars as pl

from curate.spans import Span, span

CJK_CHARS = (
    "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f"  # Han and Kana
)
_WORD = re.compile(r"\S+")
_WORD_CJK = re.compile(rf"[{CJK_CHARS}]|[^\s{CJK_CHARS}]+")


def part_bounds(text: str, part: str, open_tag: str, close_tag: str) -> tuple[int, int]:
    """[lo, hi) of a part of an R1 completion, as `curate.filters._text.part_expr` cuts it."""
    part = {"all": "completion", "answer": "summary"}.get(part, part)
    n = len(text)
    if part == "completion":
        return 0, n
    close = text.find(close_tag)
    if part == "summary":
        return (n, n) if close < 0 else (close + len(close_tag), n)
    end = n if close < 0 else close
    opened = text.find(open_tag)
    start = opened + len(open_tag) if 0 <= opened < end else 0
    return start, end


@lru_cache(maxsize=32)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def fence_spans_many(
    parts: list[tuple[str, int, int]], fence_re: str, math_re: str | None
) -> list[list[Span]]:
    """Fenced code blocks inside [lo, hi) of each (text, lo, hi): an opening fence line to its
    closing one (an unclosed fence runs to the end of the part); math fences are skipped.
    Lines are matched with polars' linear-time regex engine (a 100 KB line of backticks is
    hostile to `re`), the lines of all texts in one Series (one per text cost more than the
    matching)."""
    lines_of = [text[lo:hi].split("\n") for text, lo, hi in parts]
    series = pl.Series([line for lines in lines_of for line in lines], dtype=pl.Utf8)
    fence = series.str.contains(fence_re).to_list()
    flat = [i for i, f in enumerate(fence) if f]
    math_flat = (
        series.gather(flat).str.contains(math_re).to_list()
        if math_re and flat
        else [False] * len(flat)
    )
    math_at = dict(zip(flat, math_flat, strict=True))
    out: list[list[Span]] = []
    first = 0
    for (_, lo, _), lines in zip(parts, lines_of, strict=True):
        idx = [i for i in range(len(lines)) if fence[first + i]]
        math = [math_at[first + i] for i in idx]
        first += len(lines)
        out.append(_fences(lines, lo, idx, math))
    return out


def _fences(lines: list[str], lo: int, idx: list[int], math: list[bool]) -> list[Span]:
    starts, pos, prev = {}, 0, 0
    for i in idx:  # offsets of the fence lines only (sorted)
        pos += sum(map(len, lines[prev:i])) + (i - prev)
        starts[i], prev = pos, i
    part_len = sum(map(len, lines)) + len(lines) - 1
    out: list[Span] = []
    for k in range(0, len(idx), 2):
        i = idx[k]
        if math[k]:
            continue
        j = idx[k + 1] if k + 1 < len(idx) else None
        end = starts[j] + len(lines[j]) if j is not None else part_len
        line = lines[i]
        cut = line.find("```") if not line.lstrip().startswith(("```", "~~~")) else -1
        begin = starts[i] + max(cut, 0)
        lang = line[max(cut, 0) :].strip().strip("`~").strip()[:40]
        out.append(span(lo + begin, lo + end, f"code fence{f' ({lang})' if lang else ''}"))
    return out


def longest_paragraph_span(text: str, lo: int, hi: int, separator: str, label: str) -> list[Span]:
    """The longest paragraph of [lo, hi) (blank-line separated, whitespace trimmed)."""
    part = text[lo:hi]
    best: tuple[int, int, int] | None = None
    pos = 0
    cuts = [(m.start(), m.end()) for m in _compiled(separator).finditer(part)]
    for a, b in [*cuts, (len(part), len(part))]:
        chunk = part[pos:a]
        stripped = chunk.strip()
        if stripped:
            s = pos + (len(chunk) - len(chunk.lstrip()))
            n = len(stripped)
            if best is None or n > best[0]:
                best = (n, s, s + n)
        pos = b
    if best is None:
        return []
    return [span(lo + best[1], lo + best[2], f"{label}: {best[0]:,} chars")]


def repeated_ngram_spans(text: str, lo: int, hi: int, n: int, split_cjk: bool) -> list[Span]:
    """Occurrences of the most repeated word n-grams of [lo, hi) (overlaps merged)."""
    words = list((_WORD_CJK if split_cjk else _WORD).finditer(text[lo:hi]))
    if len(words) < n:
        return []
    keys = [m.group() for m in words]
    grams = Counter(tuple(keys[i : i + n]) for i in range(len(keys) - n + 1))
    count = max(grams.values())
    if count < 2:
        return []
    tops = {g for g, c in grams.items() if c == count}  # a copied passage is many such n-grams
    out: list[Span] = []
    for i in range(len(keys) - n + 1):
        if tuple(keys[i : i + n]) not in tops:
            continue
        a, b = lo + words[i].start(), lo + words[i + n - 1].end()
        if out and a <= out[-1]["end"]:
            out[-1]["end"] = max(out[-1]["end"], b)
        else:
            out.append(span(a, b, f"repeated {n}-gram ×{count}"))
    return out


def tail_span(text: str, lo: int, hi: int, covered: int, label: str) -> list[Span]:
    """The last `covered` characters of [lo, hi) counted after whitespace collapsing (how the
    loop detector measures), mapped back to the original text."""
    if covered <= 0:
        return []
    words = list(_WORD.finditer(text[lo:hi]))
    seen = 0
    for m in reversed(words):  # walk back word by word, counting one space between words
        seen += len(m.group())
        if seen >= covered:
            start = m.end() - (len(m.group()) - (seen - covered))
            return [span(lo + start, lo + words[-1].end(), label)]
        seen += 1
        if seen >= covered:
            return [span(lo + m.start(), lo + words[-1].end(), label)]
    return [span(lo + words[0].start(), lo + words[-1].end(), label)] if words else []


def occurrences(
    text: str, needle: str, lo: int = 0, hi: int | None = None
) -> list[tuple[int, int]]:
    hi = len(text) if hi is None else hi
    out, i = [], text.find(needle, lo, hi) if needle else -1
    while i >= 0:
        out.append((i, i + len(needle)))
        i = text.find(needle, i + len(needle), hi)
    return out


def answer_span(text: str, pred: str | None, label: str) -> list[Span]:
    """Where the extracted answer sits: its last occurrence inside a \\boxed{} if any, else its
    last occurrence, else the last \\boxed{}."""
    boxes = [m.start() for m in re.finditer(r"\\(?:boxed|fbox)\s*\{", text)]
    if pred:
        hits = occurrences(text, pred)[-64:]  # the last ones: bounded work on hostile texts
        if hits:
            near = boxes[-64:]
            in_box = [h for h in hits if any(0 <= h[0] - b <= 12 for b in near)]
            a, b = (in_box or hits)[-1]
            return [span(a, b, label)]
    if boxes:
        start = boxes[-1]
        depth, end = 0, len(text)
        for j in range(text.find("{", start), min(len(text), start + 20_000)):
            depth += {"{": 1, "}": -1}.get(text[j], 0)
            if depth == 0:
                end = j + 1
                break
        return [span(start, end, label)]
    return []


def _tags(text: str, *tags: str) -> list[Span]:
    return [span(a, b, f"tag {t}") for t in tags for a, b in occurrences(text, t)]


def format_spans(
    text: str,
    reason: str,
    *,
    open_tag: str,
    close_tag: str,
    answer_open: str,
    answer_close: str,
    cold_start_token: str,
    summary_start: int,
) -> list[Span]:
    """Spans for the `format` filter's reason codes: the offending tags, the text outside the
    allowed places, or a zero-width marker where a missing tag was expected."""
    n = len(text)
    if reason == "missing_think_open":
        return [span(0, 0, f"expected {open_tag}")]
    if reason in ("multiple_think", "misordered_think"):
        return sorted(_tags(text, open_tag, close_tag), key=lambda s: s["start"])
    if reason == "missing_think_close":
        return [span(n, n, f"text ends without {close_tag}")]
    if reason == "text_before_think":
        o = text.find(open_tag)
        start = len(text) - len(text.lstrip())
        return [span(start, o, f"text before {open_tag}")] if o > start else []
    if reason == "empty_reasoning":
        o, c = text.find(open_tag), text.find(close_tag)
        a = 0 if o < 0 else o
        return [span(a, c + len(close_tag), "empty reasoning")] if c >= 0 else []
    if reason == "empty_summary":
        return [span(n, n, f"nothing after {close_tag}")]
    if reason == "bad_cold_start_format":
        hits = occurrences(text, cold_start_token)
        if not hits:
            return [span(0, 0, f"no {cold_start_token}")]
        return [span(a, b, f"separator {len(hits)}× (need 2)") for a, b in hits]
    lo = min(summary_start, n)
    if reason == "missing_answer_tag":
        return [span(lo, n, f"summary without {answer_open}…{answer_close}")]
    if reason in ("multiple_answer_tag", "bad_answer_tag"):
        tags = [
            span(a, b, f"tag {t}")
            for t in (answer_open, answer_close)
            for a, b in occurrences(text, t, lo)
        ]
        return sorted(tags, key=lambda s: s["start"])
    ao, ac = text.find(answer_open, lo), text.find(answer_close, lo)
    if reason == "empty_answer" and ao >= 0 and ac >= 0:
        return [span(ao, ac + len(answer_close), "empty answer")]
    if reason == "text_outside_answer" and ao >= 0 and ac >= 0:
        out = []
        before, after = text[lo:ao], text[ac + len(answer_close) :]
        if before.strip():
            s = lo + len(before) - len(before.lstrip())
            out.append(span(s, lo + len(before.rstrip()), "text outside the answer"))
        if after.strip():
            s = ac + len(answer_close) + len(after) - len(after.lstrip())
            out.append(
                span(s, ac + len(answer_close) + len(after.rstrip()), "text outside the answer")
            )
        return out
    if reason == "boxed_count":
        boxes = [
            span(m.start(), m.end(), "\\boxed")
            for m in re.finditer(r"\\(?:boxed|fbox)\b", text[lo:])
        ]
        for b in boxes:
            b["start"] += lo
            b["end"] += lo
        return boxes or [span(lo, n, "summary without \\boxed{}")]
    return []
