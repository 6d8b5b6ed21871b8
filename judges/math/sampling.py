"""Fixed sample points for the numeric test of two expressions, and the real domain at a point.

Everything here is deterministic (a seeded generator): the same pair gets the same points on any
machine, in any worker.
"""

from __future__ import annotations

import random
from typing import Any

import sympy
from curate.judges.math.numeric import num

_COMBINATORIAL = (sympy.factorial, sympy.factorial2, sympy.binomial, sympy.subfactorial)


def sample_points(a: Any, b: Any, syms: list[Any]) -> list[dict[Any, Any]]:
    """Fixed pseudo-random points for the numeric test: rationals, four of any sign (positive
    where a log is involved: its rules hold for positives), four positive and two far out; whole
    numbers 1-12 where a factorial, a binomial or a sum's bound takes a variable (`(2n-1)!!`,
    `\\binom{n}{2}`: defined on whole numbers only)."""
    rng = random.Random(1234)
    if any(n.free_symbols for e in (a, b) for n in e.atoms(*_COMBINATORIAL, sympy.Sum)):
        return [{s: sympy.Integer(rng.randint(1, 12)) for s in syms} for _ in range(8)]
    low = 1 if a.has(sympy.log) or b.has(sympy.log) else -97
    points = [
        {s: sympy.Rational(rng.randint(low if k < 4 else 1, 97), rng.randint(7, 31)) for s in syms}
        for k in range(8)
    ]
    far = [  # far out (negative too, unless a log is involved), where `|x + 101| - 101` and
        # `|x + 100| - 100` part
        {s: sympy.Rational(sign * rng.randint(1000, 9999), rng.randint(3, 7)) for s in syms}
        for sign in ((1, 1) if low > 0 else (-1, 1))
    ]
    near = [{s: sympy.Rational(rng.randint(1, 16), 17 * sign) for s in syms} for sign in (1, -1, 1)]
    return points + far + near  # near 0 (never 0) too: `\\sqrt{1 - x^2}` is real only in [-1, 1]


def outside_reals(e: Any, point: dict[Any, Any]) -> bool:
    """Whether `point` lies outside the real domain of `e`: a root (or any power with a
    non-integer exponent) of a negative number, or the log of a number <= 0. There the two sides
    may take different complex branches of the same real formula (`\\sqrt{1/x}`, `1/\\sqrt{x}`):
    such a point decides nothing."""
    for node in sympy.preorder_traversal(e):
        if isinstance(node, sympy.Pow) and node.exp.is_integer is not True:
            arg = node.base
        elif isinstance(node, sympy.log):
            arg = node.args[0]
        else:
            continue
        v = num(arg.subs(point)) if arg.free_symbols else None
        if v is not None and v.is_real and (v < 0 or (v == 0 and isinstance(node, sympy.log))):
            return True
    return False


def narrower_domain(pred: Any, ref: Any) -> bool:
    """A reference that writes an absolute value (`\\ln|x + 2|`) states its answer for values of
    either sign; a prediction outside its real domain at a point where the reference is real
    (`\\ln(x + 2)` at x = -3) answers less. Probed at fixed points of either sign."""
    if not ref.has(sympy.Abs) or pred.has(sympy.Abs):
        return False
    syms = sorted(pred.free_symbols | ref.free_symbols, key=str)
    rng = random.Random(4321)
    for _ in range(8):
        point = {s: sympy.Rational(rng.randint(-97, 97), rng.randint(3, 7)) for s in syms}
        if outside_reals(ref, point) or not outside_reals(pred, point):
            continue
        value = num(ref.subs(point))
        if value is not None and value.is_real and value.is_finite:
            return True
    return False
