"""Unions of periodic solution families: `\\frac{\\pi}{4} + \\pi k; \\frac{3\\pi}{4} + \\pi k` is
the family `\\frac{\\pi}{4} + \\frac{\\pi k}{2}`, and `\\pm\\frac{\\pi}{4} + \\frac{\\pi k}{2}` is two
families that are one.

Each family is `c + T k` with one integer parameter and a step T that is a non-zero rational
multiple of pi. Over a common period P (the least common multiple of the steps) a family is the
set of its P/T residues; two answers are the same set of solutions when their residues mod P
agree. Only starts that are rational multiples of pi are decided here (exactly, in fractions);
anything else is left to the general comparison."""

from __future__ import annotations

import math
from collections.abc import Callable
from fractions import Fraction
from typing import Any

import sympy
from curate.judges.math.assign import split_assignment
from curate.judges.math.fast import PARAMETER_NAMES, Decision, parse_struct, periodic
from curate.judges.math.shapes import two_signs

_MAX_RESIDUES = 64  # a common period over this many steps of one family: not decided here


def _items(s: str) -> list[str]:
    """The answer's values, `\\pm` split into both signs, a left side `x =` dropped."""
    st = parse_struct(s)
    items = list(st.items) if st.kind in ("list", "set", "scalar") else []
    out: list[str] = []
    for item in items:
        named = split_assignment(item)
        value = named[1] if named is not None else item
        signs = two_signs(value)
        out.extend(signs if signs is not None else (value,))
    return out


def _family(item: str, parse: Callable[[str], Any]) -> tuple[Fraction, Fraction] | None:
    """(start/pi, step/pi) of `c + T k`, both rational, T non-zero; else None."""
    try:
        e = parse(item)
    except Exception:
        return None
    if not isinstance(e, sympy.Expr) or len(e.free_symbols) != 1:
        return None
    (p,) = e.free_symbols
    if p.name not in PARAMETER_NAMES:
        return None
    step = sympy.diff(e, p)
    if step.free_symbols:
        return None  # not linear in the parameter
    start, ratio = sympy.cancel(e.subs(p, 0) / sympy.pi), sympy.cancel(step / sympy.pi)
    if not (start.is_Rational and ratio.is_Rational and ratio != 0):
        return None
    return Fraction(int(start.p), int(start.q)), abs(Fraction(int(ratio.p), int(ratio.q)))


def _period(steps: list[Fraction]) -> Fraction:
    num = math.lcm(*(s.numerator for s in steps))
    den = math.gcd(*(s.denominator for s in steps))
    return Fraction(num, den)


def _residues(families: list[tuple[Fraction, Fraction]], period: Fraction) -> set[Fraction]:
    out: set[Fraction] = set()
    for start, step in families:
        for j in range(int(period / step)):
            out.add((start + j * step) % period)
    return out


def _in_radians(parse: Callable[[str], Any]) -> Callable[[str], Any]:
    return lambda s: parse(s) * sympy.pi / 180


def same_families(
    pred: str, ref: str, parse: Callable[[str], Any], degrees: tuple[bool, bool] = (False, False)
) -> Decision | None:
    """The decision when both answers are unions of periodic families (at least one of them
    several, or one with `\\pm`), by their residues; None when this does not apply. `degrees`
    says which side was written in degrees (`30 + 360k` once its marks are gone)."""
    if not (periodic(pred, degrees[0]) and periodic(ref, degrees[1])):
        return None
    ps, rs = _items(pred), _items(ref)
    if not ps or not rs or (len(ps) == 1 and len(rs) == 1):
        return None
    pp, pr = (_in_radians(parse) if d else parse for d in degrees)
    fp = [f for f in (_family(i, pp) for i in ps) if f is not None]
    fr = [f for f in (_family(i, pr) for i in rs) if f is not None]
    if len(fp) != len(ps) or len(fr) != len(rs):
        return None
    period = _period([s for _, s in fp + fr])
    if any(period / s > _MAX_RESIDUES for _, s in fp + fr):
        return None
    if _residues(fp, period) == _residues(fr, period):
        return True, "equivalent"
    return False, "different_element"
