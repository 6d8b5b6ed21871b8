"""Permutations in cycle notation, on the raw answer: `(1 5 2)` is `(5 2 1)`, `(1,4)(2,6)` is
`(2,6)(1,4)`, `(1532)(4)` is `(1532)`, and a product of disjoint cycles against the permutation's
two-line form (`\\begin{pmatrix} 1 & 2 & 3 \\\\ 2 & 3 & 1 \\end{pmatrix}`) or its one-line list
(`[4, 3, 2, 5, 1, 6]` for `(1, 4, 5)(2, 3)(6)`).

An answer reads as cycles when it is two or more bracketed groups of whole numbers side by side
(`(1 3)(2 5 4 7)`, `(1,4)(2,6)`, `(76)(3421)`: glued digits only then), or one group whose numbers
stand apart without commas (`(1 5 2)`, `( 1 13 5 10 )`); one group with commas is a tuple, and
one of glued digits a number. Cycles that share a number make a product whose value depends on
the order in which the question composes: it is composed both ways, and decides only when both
ways give the same verdict (else unknown, `composition_order`). A single group of glued digits or with commas reads as a cycle only
against two groups or more or a two-line form (`(2 3 1)` against `(2, 3, 1)` stays a tuple). The list and the two-line form are read only against cycles. Bounded: at most 64 numbers.
"""

from __future__ import annotations

import re

Decision = tuple[bool | None, str]

_SPACE = re.compile(r"\\[,;: ]|\\quad|~")
_GROUP = re.compile(r"\s*\(([^()]*)\)\s*")
_TWO_LINE = re.compile(r"\s*\\begin\{[pb]?matrix\}(.*?)\\end\{[pb]?matrix\}\s*", re.S)
_LIST = re.compile(r"\s*\[([\d,\s]+)\]\s*")


def _items(inner: str, glued: bool) -> tuple[list[int], str] | None:
    """The numbers of one group and how they stand (`comma`, `space`, `glued`), or None."""
    inner = inner.strip()
    if re.fullmatch(r"\d+(?:\s*,\s*\d+)+", inner):
        return [int(t) for t in inner.split(",")], "comma"
    if re.fullmatch(r"\d+(?:\s+\d+)+", inner):
        return [int(t) for t in inner.split()], "space"
    if re.fullmatch(r"\d+", inner):
        return ([int(c) for c in inner], "glued") if glued else ([int(inner)], "one")
    return None


def _cycles(s: str) -> tuple[list[list[int]], bool] | None:
    """The cycles of an answer in cycle notation and whether the notation alone says so (two
    groups or more, or numbers apart without commas), or None (see the module docstring)."""
    if not s.lstrip().startswith("("):
        return None  # cheap: most answers are no cycles
    s = _SPACE.sub(" ", s)
    groups = []
    pos = 0
    while pos < len(s):
        m = _GROUP.match(s, pos)
        if m is None:
            return None
        groups.append(m[1])
        pos = m.end()
    if not groups or sum(len(g) for g in groups) > 400:
        return None
    apart = any(re.search(r"\d[\s,]+\d", g) for g in groups)  # `(1,11,3)(10)`: 10 is one
    read = [_items(g, not apart) for g in groups]
    if any(r is None for r in read):
        return None
    cycles = [r[0] for r in read if r is not None]
    if sum(map(len, cycles)) > 64 or all(len(c) < 2 for c in cycles):
        return None
    if any(len(set(c)) != len(c) for c in cycles):
        return None
    sure = len(groups) > 1 or {r[1] for r in read if r is not None} == {"space"}
    return cycles, sure


def _apply(cycles: list[list[int]], x: int, right_first: bool) -> int:
    for c in reversed(cycles) if right_first else cycles:
        if x in c:
            x = c[(c.index(x) + 1) % len(c)]
    return x


def _mappings(cycles: list[list[int]]) -> set[tuple[tuple[int, int], ...]]:
    """The permutation of a product of cycles, composed from the right and from the left (one
    mapping when they are disjoint), each as its moved points."""
    points = sorted({x for c in cycles for x in c})
    return {
        tuple((x, y) for x in points if (y := _apply(cycles, x, right)) != x)
        for right in (True, False)
    }


def _as_table(s: str) -> tuple[tuple[int, int], ...] | None:
    """A two-line form whose first row is 1..n, or a one-line list of 1..n, as a mapping."""
    m = _TWO_LINE.fullmatch(s)
    if m is not None:
        rows = [r for r in (r.strip() for r in m[1].split("\\\\")) if r]
        if len(rows) != 2:
            return None
        top, bottom = ([t.strip() for t in r.split("&")] for r in rows)
        if not all(t.isdigit() for t in (*top, *bottom)) or len(top) != len(bottom):
            return None
        pairs = {int(a): int(b) for a, b in zip(top, bottom, strict=True)}
    elif (m := _LIST.fullmatch(s)) is not None:
        values = [int(t) for t in m[1].replace(",", " ").split()]
        pairs = {k + 1: v for k, v in enumerate(values)}
    else:
        return None
    if sorted(pairs) != list(range(1, len(pairs) + 1)) or sorted(pairs.values()) != sorted(pairs):
        return None
    return tuple(sorted((a, b) for a, b in pairs.items() if a != b))


def _side(s: str, other_sure: bool) -> set[tuple[tuple[int, int], ...]] | None:
    """The permutations one answer may name, given whether the other is surely cycles."""
    found = _cycles(s)
    if found is not None and (found[1] or other_sure):
        return _mappings(found[0])
    table = _as_table(s)
    if table is None or (s.lstrip().startswith("[") and not other_sure):
        return None
    return {table}


def same_permutation(pred: str, ref: str) -> Decision | None:
    """`equivalent` / `not_equivalent` when both answers name permutations (see the module
    docstring), one of them in cycle notation; else None. Cycles that meet are composed both
    ways; when the two ways disagree on the verdict, unknown `composition_order`."""
    if "(" not in pred + ref or len(pred) + len(ref) > 1200:
        return None
    pc, rc = _cycles(pred), _cycles(ref)
    if pc is None and rc is None:
        return None
    table = bool(_TWO_LINE.fullmatch(pred) or _TWO_LINE.fullmatch(ref))
    mine = _side(pred, table or (rc is not None and rc[1] and len(rc[0]) > 1))
    theirs = _side(ref, table or (pc is not None and pc[1] and len(pc[0]) > 1))
    if mine is None or theirs is None or (pc is None and rc is None):
        return None
    verdicts = {a == b for a in mine for b in theirs}
    if len(verdicts) != 1:
        return None, "composition_order"  # `(23)(345)` for `(2345)`: from the right only
    return (True, "equivalent") if verdicts.pop() else (False, "not_equivalent")
