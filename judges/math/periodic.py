"""Periodic solutions written with different names for their integer parameter
(`\\frac{\\pi}{2} + 2n\\pi` against `\\frac{\\pi}{2} + 2k\\pi`)."""

from __future__ import annotations

from typing import Any

import sympy
from curate.judges.math.fast import PARAMETER_NAMES


def same_parameter(a: Any, b: Any) -> Any:
    """`b` with its period parameter renamed to `a`'s (`\\frac{\\pi}{2} + 2n\\pi` against
    `\\frac{\\pi}{2} + 2k\\pi`): each side has one symbol the other lacks, both named like an
    integer parameter, and each enters only as a rational multiple of pi."""
    extra_a, extra_b = a.free_symbols - b.free_symbols, b.free_symbols - a.free_symbols
    if len(extra_a) != 1 or len(extra_b) != 1:
        return b
    (p,), (q,) = extra_a, extra_b
    if p.name not in PARAMETER_NAMES or q.name not in PARAMETER_NAMES:
        return b
    for e, v in ((a, p), (b, q)):
        step = sympy.simplify(sympy.diff(e, v) / sympy.pi)
        if not (step.is_Rational and step != 0):
            return b
    return b.xreplace({q: p})


def same_family(a: Any, b: Any) -> bool:
    """`\\frac{13\\pi}{6} + 2\\pi k` against `\\frac{\\pi}{6} + 2\\pi k`: one integer parameter,
    the same step (a rational multiple of pi) on both sides, or the step negated (`\\frac{\\pi}{4}
    - k\\pi` for `\\frac{\\pi}{4} + k\\pi`), starts that differ by whole steps: the same set of
    solutions."""
    free = a.free_symbols
    if len(free) != 1 or free != b.free_symbols:
        return False
    (p,) = free
    if p.name not in PARAMETER_NAMES:
        return False
    step, other = sympy.diff(a, p), sympy.diff(b, p)
    if step.free_symbols or other.free_symbols:
        return False  # not linear in the parameter: no family (and no costly simplify)
    ratio = step / sympy.pi
    if not (ratio.is_Rational and ratio != 0):
        return False
    if sympy.simplify(step - other) != 0:
        if sympy.simplify(step + other) != 0:
            return False
        b = b.xreplace({p: -p})  # `\\frac{\\pi}{4} - k\\pi`: k and -k run over the same integers
    shift = sympy.simplify((a - b) / step)
    return bool(shift.is_Integer)
