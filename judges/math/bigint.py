"""Exact values of large rational expressions (`2011^{2009}(1005^{2011}-1004^{2011}) + 1`), which
a relative tolerance cannot tell from their neighbours: a numeric check at 40 digits calls `N + 1`
equal to `N` once N has more than 25 digits. Python integers, under a bit budget: None when the
expression has anything but rational numbers, sums, products, integer powers, factorials and
binomials, or when an intermediate value would exceed the budget."""

from __future__ import annotations

import math
from fractions import Fraction
from typing import Any

import sympy

MAX_BITS = 200_000  # bits of one intermediate value (about 60,000 digits)
_FACTORIAL_MAX = 5_000


def _bits(x: Fraction) -> int:
    return x.numerator.bit_length() + x.denominator.bit_length()


def _power(base: Fraction, exp: Fraction) -> Fraction | None:
    if exp.denominator != 1:
        return None
    n = exp.numerator
    if base == 0 and n < 0:
        return None
    if _bits(base) * abs(n) > MAX_BITS:
        return None
    return base**n


def _call(e: Any) -> Fraction | None:
    args = [exact_rational(a) for a in e.args]
    if any(a is None or a.denominator != 1 or a < 0 for a in args):
        return None
    ints = [int(a) for a in args if a is not None]
    if isinstance(e, sympy.factorial) and ints[0] <= _FACTORIAL_MAX:
        return Fraction(math.factorial(ints[0]))
    if isinstance(e, sympy.binomial) and len(ints) == 2 and ints[0] <= 10 * _FACTORIAL_MAX:
        return Fraction(math.comb(ints[0], ints[1]))
    return None


def exact_rational(e: Any) -> Fraction | None:
    """The exact value of `e` (see the module docstring), else None."""
    if isinstance(e, sympy.Rational):
        return Fraction(int(e.p), int(e.q))
    if isinstance(e, (sympy.Add, sympy.Mul)):
        out = Fraction(0 if isinstance(e, sympy.Add) else 1)
        for a in e.args:
            v = exact_rational(a)
            if v is None:
                return None
            out = out + v if isinstance(e, sympy.Add) else out * v
            if _bits(out) > MAX_BITS:
                return None
        return out
    if isinstance(e, sympy.Pow):
        base, exp = exact_rational(e.base), exact_rational(e.exp)
        return None if base is None or exp is None else _power(base, exp)
    if isinstance(e, (sympy.factorial, sympy.binomial)):
        return _call(e)
    return None


def exact_differ(a: Any, b: Any) -> bool:
    """Both sides have exact rational values and they differ."""
    x, y = exact_rational(a), exact_rational(b)
    return x is not None and y is not None and x != y
