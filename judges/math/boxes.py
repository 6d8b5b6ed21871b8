"""The last box of a response, with the boxes right before it that belong to the same answer:
boxes separated only by trivial text (`\\boxed{-2} and \\boxed{1}` -> `-2, 1`; "or" between
them offers alternatives), and a tuple answered as several labelled boxes (`x_1 = \\boxed{2},
x_2 = \\boxed{3}`)."""

from __future__ import annotations

import re

from curate.text import boxed_spans

_MAX_JOINED = 16
_JOIN_SEP = re.compile(
    r"(?:\s|\$|\\[()\[\]]|\\quad|\\qquad|\\,|\\;|,|;|\band\b|\bor\b|\\text\{\s*(?:and|or|,)\s*\})*"
)


def last_boxed_joined(text: str) -> str | None:
    """Content of the last box; boxes right before it separated only by trivial text ("and",
    commas, math delimiters) are joined with ", " (`\\boxed{-2} and \\boxed{1}` -> `-2, 1`)."""
    found = last_boxed_pos(text)
    return found[0] if found else None


def _connective(gap: str) -> bool:
    """A few words ending in "and"/"or" between two boxes ("papers and", `\\text{ for (a) and }`)."""
    g = (
        re.sub(r"\\text\{([^{}]*)\}", r" \1 ", gap)
        .replace("$", " ")
        .replace("\\(", " ")
        .replace("\\)", " ")
    )
    if re.search(r"[\d.=\\{}]", g) or len(g.split()) > 6:
        return False
    return re.search(r"(?:\band|\bor|,)\s*$", g) is not None


# a label right before a box: a variable, maybe indexed (`x_1 = `, `y_{2}=`, `\\alpha = `)
_LABEL_END = re.compile(
    r"(?<![\\\w])((?:[A-Za-z]|\\[a-zA-Z]+)(?:_\{?[A-Za-z0-9]+\}?)?)\s*=\s*(?:\$|\\[(\[])?\s*\Z"
)


def _labeled_tuple(text: str, spans: list[tuple[int, int, str]]) -> tuple[str, int] | None:
    """`x_1 = \\boxed{2}, x_2 = \\boxed{3}`: the last boxes, each right after a label of its
    own, separated only by trivial text -> `x_1 = 2, x_2 = 3` (a tuple answered as several
    labelled boxes). None unless two or more boxes qualify with distinct labels and no "or"
    between them (`x = \\boxed{3} or x = \\boxed{4}` stays a hedge)."""
    parts: list[tuple[int, str, str, int]] = []  # box start, label, content, label start
    for k in range(len(spans) - 1, -1, -1):
        if len(parts) >= _MAX_JOINED:
            break
        start, end, content = spans[k]
        lo = spans[k - 1][1] if k > 0 else 0
        left = max(lo, start - 60)  # where this box's label may start
        m = _LABEL_END.search(text[left:start])
        if m is None:
            break
        if parts:
            gap = text[end : parts[-1][3]]
            if re.search(r"\bor\b", gap) or not (
                _JOIN_SEP.fullmatch(gap) is not None or _connective(gap)
            ):
                break
        parts.append((start, m.group(1), content, left + m.start(1)))
    labels = [re.sub(r"[\s{}]", "", p[1]) for p in parts]
    if len(parts) < 2 or len(set(labels)) != len(labels):
        return None
    joined = ", ".join(f"{p[1]} = {p[2].strip()}" for p in reversed(parts))
    return joined, parts[-1][0]


def last_boxed_pos(text: str) -> tuple[str, int] | None:
    spans = boxed_spans(text)
    if not spans:
        return None
    labeled = _labeled_tuple(text, spans)
    if labeled is not None:
        return labeled
    parts = [spans[-1]]
    alternative = False
    for prev in reversed(spans[:-1]):
        if len(parts) >= _MAX_JOINED:
            break
        gap = text[prev[1] : parts[-1][0]]
        if len(gap) > 40 or (_JOIN_SEP.fullmatch(gap) is None and not _connective(gap)):
            break
        alternative = alternative or re.search(r"\bor\b", gap) is not None
        parts.append(prev)
    sep = " or " if alternative else ", "  # `\boxed{3} or \boxed{4}` offers alternatives
    return sep.join(p[2].strip() for p in reversed(parts)), parts[-1][0]
