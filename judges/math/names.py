"""Names of geometric objects by their points, on normalised text: which orders of the letters
name the same object.

- An angle (`\\angle ABC`, `∠ABC`, `m\\angle ABC`, `angle ABC`) is named by a point on each arm
  and its vertex in the middle: `∠CBA` is `∠ABC`; another vertex is another angle; the same
  vertex with other arm points (`∠ABD`) may be the same angle when D lies on the ray BC, which
  only the figure says.
- A segment (`\\overline{AB}`, `segment AB`, `line segment AB`) is its two endpoints in either
  order; a line (`line AB`, `\\overleftrightarrow{AB}`) is named by any two of its points, so
  another pair may name it too (the figure says); a ray (`ray AB`) starts at its first point:
  `ray BA` is another ray, `ray AC` may be the same one.
- A plane (`plane LMN`) is named by any three of its points in any order; other points may lie
  on it.
- A polygon with its word (`\\triangle ABC`, `quadrilateral ABCD`, `square PQRS`) is its
  vertices in order round it, from any vertex and either way (`BCDA`, `DCBA`); any other order
  (`ACBD`) or other letters name another polygon. Without the word, `ABCD` may be an ordering
  asked for and stays text.
- A statement of congruence or similarity (`\\triangle ABC \\cong \\triangle LMN`) states which
  vertices correspond: the same rotation or reversal of both names (`\\triangle BCA \\cong
  \\triangle MNL`), or its two sides swapped, states the same; another correspondence is
  another statement.

A bare run of capitals against a named object is read as that object (`AB` for
`\\overline{BA}`); a bare pair only as a segment, never as a line or a ray (normalisation
writes `\\overline{AB}` as `AB`). Decisions: `equal_text`, `different_text`, or unknown `needs_figure`.
Bounded: at most eight points a name, at most 16 rotations and reversals.
"""

from __future__ import annotations

import re
from typing import TypeVar

Decision = tuple[bool | None, str]
Name = tuple[str, tuple[str, ...]]  # kind, points
T = TypeVar("T")

_POLYGONS = {
    "triangle": 3, "quadrilateral": 4, "square": 4, "rectangle": 4, "rhombus": 4,
    "parallelogram": 4, "trapezoid": 4, "trapezium": 4, "kite": 4, "pentagon": 5,
    "hexagon": 6, "heptagon": 7, "octagon": 8, "polygon": 0,
}  # fmt: skip
_WORD_KINDS = {"line segment": "segment", "segment": "segment", "line": "line", "ray": "ray"}
_WORD_KINDS |= {"plane": "plane", "angle": "angle"} | {w: w for w in _POLYGONS}
_TEX_KINDS = {
    "\\angle": "angle", "\\measuredangle": "angle", "∠": "angle", "∡": "angle",
    "\\triangle": "triangle", "△": "triangle", "\\overline": "segment",
    "\\overleftrightarrow": "line",
}  # fmt: skip
_WORDS = "|".join(sorted(_WORD_KINDS, key=len, reverse=True))
_TEX = "|".join(re.escape(t) for t in sorted(_TEX_KINDS, key=len, reverse=True))
_POINTS = r"(?:[A-Z]'*){2,8}"
_MARKED = re.compile(
    rf"\s*(?:the\s+)?(?:m\s*)?(?:(?P<tex>{_TEX})|(?i:(?P<word>{_WORDS})\b))\s*"
    rf"(?:\{{\s*(?P<braced>{_POINTS})\s*\}}|(?P<pts>{_POINTS}))\s*"
)
_BARE = re.compile(rf"\s*({_POINTS})\s*")
_POINT = re.compile(r"[A-Z]'*")
_CAPITAL = re.compile(r"[A-Z]")
_RELATION = re.compile(r"\\cong|≅|\\sim|∼|~|\bis\s+(?:congruent|similar)\s+to\b", re.I)
_SIMILAR = re.compile(r"\\sim|∼|~|similar", re.I)


def _name(s: str) -> Name | None:
    """(kind, points) of a marked name, ("", points) of a bare run of capitals, else None."""
    m = _MARKED.fullmatch(s)
    if m is not None:
        kind = _TEX_KINDS[m["tex"]] if m["tex"] else _WORD_KINDS[m["word"].lower()]
        points = tuple(_POINT.findall(m["braced"] or m["pts"]))
    elif (bare := _BARE.fullmatch(s)) is not None:
        kind, points = "", tuple(_POINT.findall(bare[1]))
    else:
        return None
    if len(set(points)) != len(points) or not _fits(kind, len(points)):
        return None
    return kind, points


def _fits(kind: str, n: int) -> bool:
    """Whether `n` points can name an object of `kind`."""
    if kind in ("segment", "line", "ray"):
        return n == 2
    if kind == "angle":
        return n == 3
    if kind == "":
        return n >= 2
    if kind == "plane":
        return n >= 3
    return n >= 3 and _POLYGONS[kind] in (0, n)


def _turns(points: tuple[T, ...]) -> list[tuple[T, ...]]:
    """The rotations of a polygon's name and of its reversal."""
    out: list[tuple[T, ...]] = []
    for seq in (points, points[::-1]):
        out.extend(seq[k:] + seq[:k] for k in range(len(seq)))
    return out


def _same_object(kind: str, p: tuple[str, ...], q: tuple[str, ...]) -> Decision:
    """Whether `p` and `q` name one object of `kind` (see the module docstring)."""
    if p == q:
        return True, "equal_text"
    if kind == "angle":
        if p == q[::-1]:
            return True, "equal_text"
        return (None, "needs_figure") if p[1] == q[1] else (False, "different_text")
    if kind in ("segment", "line", "plane"):
        if set(p) == set(q):
            return True, "equal_text"
        return (False, "different_text") if kind == "segment" else (None, "needs_figure")
    if kind == "ray":
        return (None, "needs_figure") if p[0] == q[0] else (False, "different_text")
    return (True, "equal_text") if q in _turns(p) else (False, "different_text")


def _statement(s: str) -> tuple[bool, Name, Name] | None:
    """(similar?, left polygon, right polygon) of a statement of congruence or similarity."""
    parts = _RELATION.split(s)
    if len(parts) != 2:
        return None
    left, right = _name(parts[0]), _name(parts[1])
    if left is None or right is None or len(left[1]) != len(right[1]) or len(left[1]) < 3:
        return None
    if left[0] not in ("", *_POLYGONS) or left[0] != right[0]:
        return None
    return bool(_SIMILAR.search(s)), left, right


def _same_statement(p: tuple[bool, Name, Name], q: tuple[bool, Name, Name]) -> Decision | None:
    if p[0] != q[0] or p[1][0] != q[1][0]:
        return None  # congruent against similar, or the polygons named otherwise
    pairs = list(zip(p[1][1], p[2][1], strict=True))
    forms = {tuple(zip(*t, strict=True)) for t in _turns(tuple(pairs))}
    forms |= {(b, a) for a, b in forms}
    return (True, "equal_text") if (q[1][1], q[2][1]) in forms else (False, "different_text")


def same_name(pred: str, ref: str) -> Decision | None:
    """Whether `pred` and `ref` name one geometric object, or state one correspondence (see the
    module docstring); None when they are no such names."""
    if _CAPITAL.search(pred) is None or _CAPITAL.search(ref) is None:
        return None
    p, r = _name(pred), _name(ref)
    if p is not None and r is not None:
        if p[0] == "" and r[0] == "":
            return None  # two bare runs of capitals: products, orderings, labels
        kind = p[0] or r[0]
        if not (p[0] and r[0]) and kind in ("line", "ray"):
            return None  # a bare pair is a segment (normalisation reads `\\overline{AB}` so)
        if p[0] and r[0] and p[0] != r[0]:
            return None
        if not (_fits(kind, len(p[1])) and _fits(kind, len(r[1]))):
            return None
        return _same_object(kind, p[1], r[1])
    sp, sr = _statement(pred), _statement(ref)
    if sp is None or sr is None:
        return None
    return _same_statement(sp, sr)
