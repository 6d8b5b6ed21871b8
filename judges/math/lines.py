"""Lines in vector form: `(1,2,2) + t(-1,-2,0)`, `r = <2,1,3> + s<1,2,0>`, `(x,y,z) = ...`, or
TeX column vectors (`\\begin{pmatrix}1\\\\2\\end{pmatrix} + \\lambda\\begin{pmatrix}3\\\\4\\end{pmatrix}`).
Two such answers name one line when their directions are parallel and the difference of their
points lies along them; the parameter's name is free (`t`, `s`, `\\lambda`). Components are plain
numbers read exactly (`guard.exact_value`); anything else is left to the other comparisons."""

from __future__ import annotations

import re
from fractions import Fraction

from curate.judges.math.guard import exact_value

_VEC = r"(?:\(([^()]*)\)|<([^<>]*)>|\\begin\{[pb]matrix\}(.*?)\\end\{[pb]matrix\})"
_LHS = r"(?:(?:\\vec\{?r\}?|\\mathbf\{r\}|r|\(x,y(?:,z)?\))\s*=\s*)?"
_PARAM = r"(?:\\[a-zA-Z]+|[a-zA-Z])"
_LINE = re.compile(rf"\s*{_LHS}{_VEC}\s*([+-])\s*{_PARAM}\s*(?:\\cdot)?\s*{_VEC}\s*")

Vector = tuple[Fraction, ...]


def _vector(groups: tuple[str | None, ...]) -> Vector | None:
    text = next(g for g in groups if g is not None)
    items = re.split(r",|\\\\", text)
    values = [exact_value(i.strip()) if i.strip() else None for i in items]
    if len(values) < 2 or any(v is None or not isinstance(v.value, Fraction) for v in values):
        return None
    return tuple(v.value for v in values if v is not None)


def _line(s: str) -> tuple[Vector, Vector] | None:
    """(point, direction) of a line in vector form, or None."""
    m = _LINE.fullmatch(s)
    if m is None:
        return None
    point, direction = _vector(m.groups()[0:3]), _vector(m.groups()[4:7])
    if point is None or direction is None or len(point) != len(direction) or not any(direction):
        return None
    return point, (direction if m[4] == "+" else tuple(-d for d in direction))


def _parallel(u: Vector, v: Vector) -> bool:
    """Whether u is a multiple of v (v nonzero): every 2x2 minor vanishes."""
    n = len(v)
    return all(u[i] * v[j] == u[j] * v[i] for i in range(n) for j in range(i + 1, n))


def same_line(pred: str, ref: str) -> tuple[bool, str] | None:
    """Whether two lines in vector form are one line; None unless both are such lines."""
    if "+" not in pred + ref and "-" not in pred + ref:
        return None
    a, b = _line(pred), _line(ref)
    if a is None or b is None or len(a[0]) != len(b[0]):
        return None
    offset = tuple(p - q for p, q in zip(a[0], b[0], strict=True))
    same = _parallel(a[1], b[1]) and _parallel(offset, b[1])
    return (True, "equivalent") if same else (False, "not_equivalent")
