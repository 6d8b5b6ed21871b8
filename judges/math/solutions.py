"""General solutions with arbitrary constants (used by `symbolic`, in the worker): `y = C_1 e^{-x}
+ C_2` and `y = C_2 e^{-x} - C_1` name one family of functions, as do `C_1 \\cos x + C_2 \\sin x`
and `c_1 \\sin x + c_2 \\cos x`.

Only constants named as constants of integration are arbitrary (`C`, `c`, `K`, with or without an
index: `C_1`, `c_{2}`; `letters.ARBITRARY`), and only in a solution (`y = ...`) or with an index;
a letter such as `A`, or a lone `C` in an expression, may be a given parameter. Each side must be
affine in its constants (`y = C_1 + C_2 x`, not `y = e^{x + c}`); both sides must have as many
constants and the same one other variable (in `a + b + c`, c is a length). The two families are
equal when, at fixed sample points, the functions multiplying the constants span the same space
and the constant-free parts differ by a member of it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import sympy
from curate.judges.math.letters import ARBITRARY
from curate.judges.math.numeric import num
from sympy.core.function import AppliedUndef

_TOL = sympy.Float("1e-18", 40)
Points = Callable[[Any, Any, list[Any]], list[dict[Any, Any]]]
# `y = e^{x^2 + C}`: a solution for one letter (or `y(x)`) with a constant of integration
_SOLVED = re.compile(rf"\s*([A-Za-z])(?:\([a-z]\))?\s*=(?=.*(?<![A-Za-z\\]){ARBITRARY.pattern})")


def both_solved(pred: str, ref: str) -> bool:
    """Whether both answers solve for the same letter and hold a constant of integration, to
    be compared as families (`y = e^{x^2 + C}` and `y = C e^{x^2}`), not by their values."""
    p, r = _SOLVED.match(pred), _SOLVED.match(ref)
    return p is not None and r is not None and p.group(1) == r.group(1)


def _constants(e: Any) -> list[Any]:
    return sorted(
        (s for s in e.free_symbols if isinstance(s, sympy.Symbol) and ARBITRARY.fullmatch(s.name)),
        key=str,
    )


def _affine(e: Any, consts: list[Any]) -> tuple[Any, list[Any]] | None:
    """(the constant-free part, the function multiplying each constant), or None when `e` is not
    affine in its constants."""
    parts = []
    for c in consts:
        d = sympy.diff(e, c)
        if d.free_symbols & set(consts):
            return None
        parts.append(d)
    return e.subs({c: 0 for c in consts}), parts


def _rank(rows: list[list[Any]]) -> int:
    """The rank of a small numeric matrix, each row scaled to its largest entry."""
    scaled = []
    for row in rows:
        top = max(abs(v) for v in row)
        if top > 0:
            scaled.append([v / top for v in row])
    if not scaled:
        return 0
    return int(sympy.Matrix(scaled).rank(iszerofunc=lambda v: abs(v) < _TOL))


def _explicit(e: Any) -> Any:
    """`y(x) = ...` -> `y = ...`; `\\ln|y| = g + C` -> `y = e^{g} e^{C}`, and in `y = ...` each `e^{C}` of an arbitrary
    constant as that constant (`y = e^{x^2 + C}` is `y = C e^{x^2}`: e^C is as arbitrary), each
    absolute value that multiplies a constant as its argument (`C|x|`: the sign is the
    constant's). Anything else is returned as it is."""
    if not isinstance(e, sympy.Eq):
        return e
    lhs, rhs = e.lhs, e.rhs
    if isinstance(lhs, AppliedUndef) and len(lhs.args) == 1 and lhs.args[0].is_Symbol:
        lhs = sympy.Symbol(str(lhs.func))  # `y(x) = ...` solves for y as `y = ...` does
    if isinstance(lhs, sympy.log) and lhs.args[1:] in ((), (sympy.E,)):  # `\\ln`: base e
        inner = lhs.args[0]
        inner = inner.args[0] if isinstance(inner, sympy.Abs) else inner
        if not isinstance(inner, sympy.Symbol) or not _constants(rhs):
            return e
        lhs, rhs = inner, sympy.exp(rhs)
    consts = _constants(rhs)
    if not isinstance(lhs, sympy.Symbol) or not consts:
        return e
    rhs = sympy.expand_power_exp(rhs).xreplace({sympy.exp(c): c for c in consts})
    if isinstance(rhs, sympy.Mul) and any(c in rhs.args for c in consts):
        rhs = sympy.Mul(*(f.args[0] if isinstance(f, sympy.Abs) else f for f in rhs.args))
    return sympy.Eq(lhs, rhs, evaluate=False)


def _level(e: Any) -> Any:
    """F of an implicit solution `F = C` (or `C = F`): an arbitrary constant alone on one side,
    none on the other; else None."""
    if not isinstance(e, sympy.Eq):
        return None
    for side, other in ((e.rhs, e.lhs), (e.lhs, e.rhs)):
        if isinstance(side, sympy.Symbol) and ARBITRARY.fullmatch(side.name):
            return other if other.free_symbols and not _constants(other) else None
    return None


def same_level_sets(a: Any, b: Any, points: Points) -> bool | None:
    """True when `F = C` and `G = C` are one family of level sets because G = pF + q for numbers
    p != 0 and q (`\\ln r - \\theta = C` and `\\theta - \\ln r = C`); None otherwise (G may still
    be another function of F, `F^3 = C`: the ordinary comparison decides then)."""
    fa, fb = _level(a), _level(b)
    if fa is None or fb is None or fa.free_symbols != fb.free_symbols:
        return None
    rows = []
    for point in points(fa, fb, sorted(fa.free_symbols, key=str)):
        values = [num(fa.subs(point)), num(fb.subs(point))]
        if all(v is not None and v.is_real for v in values):
            rows.append([*values, sympy.Float(1)])
    if len(rows) < 4 or any(_rank([[r[i], r[2]] for r in rows]) != 2 for i in (0, 1)):
        return None  # too few real points, or a side constant where the points fall
    return True if _rank(rows) == 2 else None


def same_general_solution(a: Any, b: Any, points: Points) -> bool | None:
    """Whether two general solutions name one family (True / False), or None when they are not
    both affine in arbitrary constants (the ordinary comparison decides then)."""
    if (levels := same_level_sets(a, b, points)) is not None:
        return levels
    a, b = _explicit(a), _explicit(b)
    solved = isinstance(a, sympy.Eq) and isinstance(b, sympy.Eq)
    if solved:
        if a.lhs != b.lhs or not isinstance(a.lhs, (sympy.Symbol, sympy.Function)):
            return None
        a, b = a.rhs, b.rhs
    if not (isinstance(a, sympy.Expr) and isinstance(b, sympy.Expr)):
        return None
    ca, cb = _constants(a), _constants(b)
    if not ca or len(ca) != len(cb) or len(ca) > 4:
        return None
    if not solved and not all("_" in c.name for c in (*ca, *cb)):
        return None  # `2C + x` for `x + C`: C may be a given quantity unless `y = ...` solves
    variables = a.free_symbols - set(ca)
    if len(variables) != 1 or variables != b.free_symbols - set(cb):
        return None  # one independent variable: in `a + b + c`, c is a length
    fa, fb = _affine(a, ca), _affine(b, cb)
    if fa is None or fb is None:
        return None
    funcs = [*fa[1], *fb[1], fa[0] - fb[0]]
    rows = []
    for point in points(a, b, sorted(variables, key=str)):
        values = [num(f.subs(point)) for f in funcs]
        if all(v is not None and v.is_real for v in values):
            rows.append(values)
    k = len(ca)
    if len(rows) < 2 * k + 2:
        return None
    span_a = _rank([r[:k] for r in rows])
    if span_a != k or _rank([r[k : 2 * k] for r in rows]) != k:
        return None  # a constant that multiplies nothing new: not a general solution
    joint = _rank([r[: 2 * k] for r in rows])
    return joint == k and _rank([[*r[:k], r[-1]] for r in rows]) == k
