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


_EQUATION = re.compile(r"\s*([xyz])\s*=\s*(.+?)\s*")
_TERM = re.compile(r"([+-]?)([^+-]+)")
_LINE_PARAMETERS = frozenset(("t", "s", "\\lambda", "\\mu"))


def _linear(text: str, param: str) -> tuple[Fraction, Fraction] | None:
    """(constant, coefficient) of a component linear in `param` (`-1-s`: (-1, -1)), or None."""
    const, coef = Fraction(0), Fraction(0)
    flat = text.replace(" ", "").replace("\\cdot", "*")
    if not flat or _TERM.sub("", flat):
        return None
    for sign, body in _TERM.findall(flat):
        scale = -1 if sign == "-" else 1
        factor = body.removesuffix(param).removesuffix("*") if body.endswith(param) else None
        v = exact_value((factor or "1") if factor is not None else body)
        if v is None or not isinstance(v.value, Fraction):
            return None
        if factor is not None:
            coef += scale * v.value
        else:
            const += scale * v.value
    return const, coef


def _parametric(s: str) -> tuple[Vector, Vector] | None:
    """(point, direction) of a line as equations in one parameter named as line parameters are
    (`x = 2 + 2t, y = -t, z = 1`), or None."""
    found = [_EQUATION.fullmatch(p) for p in s.split(",")]
    if any(m is None for m in found) or "".join(m[1] for m in found if m) not in ("xy", "xyz"):
        return None
    parts = [m[2] for m in found if m]
    letters = set(re.findall(rf"(?<![A-Za-z\\]){_PARAM}", ",".join(parts)))
    if len(letters) != 1 or not letters <= _LINE_PARAMETERS:
        return None  # `x = k, y = 2k`: k may be a given number, the answer one point
    param = letters.pop()
    comps = [_linear(p, param) for p in parts]
    if any(c is None for c in comps):
        return None
    point = tuple(c[0] for c in comps if c)
    direction = tuple(c[1] for c in comps if c)
    return (point, direction) if any(direction) else None


def _line(s: str) -> tuple[Vector, Vector] | None:
    """(point, direction) of a line in vector form or in parametric form, or None."""
    m = _LINE.fullmatch(s)
    if m is None:
        return _parametric(s)
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


_XY_EQUATION = re.compile(r"[^=]*(?<![A-Za-z\\])[xy](?![A-Za-z])[^=]*=[^=]+")


def as_equation(pred: str, ref: str) -> str:
    """`pred` as the equation of its line (`(x,y) = (1,1) + t(2,-1)` -> `-x - 2y = -3`) when it
    is a line of the plane in vector form and `ref` an equation in x and y; else `pred`."""
    if "=" not in ref or _XY_EQUATION.fullmatch(ref) is None or _line(ref) is not None:
        return pred
    found = _line(pred)
    if found is None or len(found[0]) != 2:
        return pred
    (x0, y0), (dx, dy) = found
    return f"{_num(dy)}x + {_num(-dx)}y = {_num(dy * x0 - dx * y0)}"


def _num(v: Fraction) -> str:
    return f"({v.numerator}/{v.denominator})" if v.denominator != 1 else f"({v.numerator})"
