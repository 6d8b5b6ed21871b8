"""Sums written with an ellipsis (used by `symbolic`, in the worker): `1 + 2 + \\ldots + (n-1)` is
`\\frac{n(n-1)}{2}`, `2^0 + 2^1 + \\cdots + 2^N` is `2^{N+1} - 1`, `(n-1) + (n-2) + \\ldots + 1 + 0`
counts down to the same sum.

The one term that holds the answer's variable (the last, or, counting down, the first) names the
general term: `2^{n-1}` is g(k) = 2^{k-1}, the term of index n. Every other written term must be
g at consecutive indices, up to that term or down from it (`1, 2, 4` are g(1), g(2), g(3)); the
hidden terms are the ones between. Then the sum is compared with the other answer, exactly, at
several values of the variable; other letters stay as they are (`x + x^2 + \\ldots + x^n`). Anything
else (no general term, a written term that does not fit, terms of another sign) is left to the
other rules: `2 + 4 + \\ldots + 2^n` has its general term only because `2^n` names it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import sympy
from curate.judges.math.assign import split_top
from curate.judges.math.fast import ELLIPSES

Decision = tuple[bool | None, str]

_MAX_TERMS = 12  # written terms
_FIRST = range(-2, 41)  # where the written terms may start
_SAMPLES = 5  # values of the variable the sums are compared at


def _terms(s: str, parse: Callable[[str], Any]) -> tuple[list[Any], list[Any], Any] | None:
    """(terms before the ellipsis, terms after it, the variable), parsed; None when `s` is no
    sum with one ellipsis and one variable that only its last (or first) term holds."""
    parts = [p.strip() for p in split_top(s, "+")]
    dots = [i for i, p in enumerate(parts) if p in ELLIPSES]
    if len(dots) != 1 or not 0 < dots[0] < len(parts) - 1 or len(parts) > _MAX_TERMS:
        return None
    try:
        terms = [parse(p) for i, p in enumerate(parts) if i != dots[0]]
        if not all(isinstance(t, sympy.Expr) for t in terms):
            return None
        terms = [sympy.expand(t) for t in terms]  # `n - (n - 1)` is 1: no term in n
    except Exception:
        return None
    head, tail = terms[: dots[0]], terms[dots[0] :]
    for near, far in ((tail[-1], head), (head[0], tail)):  # counting up, or down
        free = near.free_symbols - set().union(*(t.free_symbols for t in far))
        if len(free) == 1:
            return head, tail, free.pop()  # `x + x^2 + \\ldots + x^n`: n, x a parameter
    return None


def _same(a: Any, b: Any) -> bool:
    try:
        return bool(sympy.simplify(a - b) == 0)
    except Exception:
        return False


def _indices(head: list[Any], tail: list[Any], n: Any) -> tuple[Any, int] | None:
    """(general term g(n), the index of the written term farthest from it: the sum runs from
    there to n, counting up or down alike)."""
    up = n in tail[-1].free_symbols
    if not up and n not in head[0].free_symbols:
        return None
    g = tail[-1] if up else head[0]
    near, far = (tail, head) if up else (head[::-1], tail[::-1])
    # the terms beside the general term: g(n - 1), g(n - 2), ...
    for j, t in enumerate(reversed(near[:-1])):
        if not _same(t, g.subs(n, n - j - 1)):
            return None
    if not _small(g, n, _FIRST[-1] + 3 * _MAX_TERMS):
        return None
    start = next((a for a in _FIRST if _same(far[0], g.subs(n, a))), None)
    if start is None:
        return None
    for j, t in enumerate(far):
        if not _same(t, g.subs(n, start + j)):
            return None
    return g, start


_MAX_EXPONENT = 4096  # at the largest index: `2^{n^{100}}` is not computed


def _small(g: Any, n: Any, value: int) -> bool:
    """Whether g's powers and factorials stay small up to index `value` (`2^{n^{100}}` does not)."""
    for f in (*g.atoms(sympy.Pow), *g.atoms(sympy.factorial)):
        size = (f.exp if isinstance(f, sympy.Pow) else f.args[0]).subs(n, value)
        if not size.is_number or abs(sympy.N(size, 15)) > _MAX_EXPONENT:
            return False
    return True


def _sum_at(g: Any, n: Any, start: int, value: int) -> Any:
    """The sum of g(start), ..., g(value); None when a power or factorial would be too big."""
    if not _small(g, n, value):
        return None
    return sympy.Add(*(g.subs(n, k) for k in range(start, value + 1)))


def ellipsis_sum(pred: str, ref: str, parse: Callable[[str], Any]) -> Decision | None:
    """The decision when one answer (or both) is a sum with an ellipsis (the module docstring)
    and the other a closed form or such a sum in the same variable; None otherwise."""
    if not any(e in pred or e in ref for e in ELLIPSES):
        return None
    sums = [_terms(s, parse) if "+" in s else None for s in (pred, ref)]
    if sums == [None, None]:
        return None
    values = []
    for s, found in zip((pred, ref), sums, strict=True):
        if found is None:
            try:
                e = parse(s)
            except Exception:
                return None
            values.append((e, None))
            continue
        head, tail, n = found
        known = _indices(head, tail, n)
        if known is None:
            return None
        values.append((known, n))
    names = {v[1] for v in values if v[1] is not None}
    if len(names) != 1:
        return None
    (n,) = names
    first = max(v[0][1] for v in values if v[1] is not None) + 2 * _MAX_TERMS
    for value in range(first, first + _SAMPLES):
        got = [
            _sum_at(v[0][0], n, v[0][1], value) if v[1] is not None else _closed(v[0], n, value)
            for v in values
        ]
        if any(x is None for x in got) or not _same(got[0], got[1]):
            return False, "not_equivalent"
    return True, "equivalent"


def _closed(e: Any, n: Any, value: int) -> Any:
    """A closed form at one value of the sum's variable (None: no expression)."""
    return e.subs(n, value) if isinstance(e, sympy.Expr) else None
