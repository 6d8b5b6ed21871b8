"""Equations and inequalities compared as what they state (runs inside the symbolic worker).

- Two equations are the same when one is the other scaled by a nonzero constant, or when, solved
  for a variable they share, they give the same solutions (`F = ma` and `a = F/m`, `y = 2x - 5`
  and `(y+5)/x = 2`); `x^2 = 4` and `x = 2` solve differently and stay different.
- An inequality, or inequalities joined by "and" / "or", in one variable is the set of reals it
  describes (`2 < 2x` and `x > 1`, `|x| < 2` and `-2 < x < 2`, `x^2 \\le 9` and `|x| \\le 3`);
  the variable is taken to be real.
"""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Callable
from typing import Any

import sympy
from curate.judges.math.fast import CompareOptions, Decision
from sympy.core.function import AppliedUndef

ExprsEqual = Callable[[Any, Any, CompareOptions], Decision]
_Rel = sympy.core.relational.Relational


def same_name(a: Any, b: Any) -> bool:
    """Two left sides that name the same thing: equal, or `y` and a function `f(x)`."""
    if a == b and isinstance(a, (sympy.Symbol, AppliedUndef)):
        return True
    y = sympy.Symbol("y")
    return (isinstance(a, AppliedUndef) and b == y) or (isinstance(b, AppliedUndef) and a == y)


def _bound_variable(a: Any, b: Any) -> dict[Any, Any] | None:
    """{n: m} when `a` and `b` are one function applied to different single variables (`f(m)`,
    `f(n)`), else None."""
    if not (isinstance(a, AppliedUndef) and isinstance(b, AppliedUndef)) or a.func != b.func:
        return None
    if len(a.args) != 1 or len(b.args) != 1 or a.args == b.args:
        return None
    (x,), (y,) = a.args, b.args
    return {y: x} if isinstance(x, sympy.Symbol) and isinstance(y, sympy.Symbol) else None


def _side(e: Any) -> Any:
    return e.lhs - e.rhs


def as_set(e: Any) -> Any:
    """The set a relation (or an and/or of relations) in one variable describes, over the reals;
    a set as it is; a value as the set of itself; None for anything else."""
    if isinstance(e, sympy.Set):
        return e
    if isinstance(e, (_Rel, sympy.And, sympy.Or)):
        funcs = e.atoms(AppliedUndef)
        if funcs:  # 0 < f(x) < 1 is a set of values of f(x)
            e = e.xreplace(
                {f: sympy.Symbol(f"_f{k}") for k, f in enumerate(sorted(funcs, key=str))}
            )
        if len(e.free_symbols) != 1:
            return None
        if isinstance(e, sympy.Eq) and isinstance(e.rhs, sympy.Set):
            return e.rhs
        (v,) = e.free_symbols
        return e.xreplace({v: sympy.Symbol(v.name, real=True)}).as_set()
    if isinstance(e, sympy.Expr):
        return sympy.FiniteSet(e)
    return None


def _linear(d: Any, v: Any) -> tuple[Any, set[Any], set[Any]] | None:
    """(solution for `v`, symbols of its coefficient, symbols of the denominator) of the equation
    `d = 0` when its numerator is of degree 1 in `v`; None otherwise."""
    num, den = sympy.fraction(sympy.together(d))
    try:
        poly = sympy.Poly(num, v)
    except Exception:
        return None
    if poly.degree() != 1:
        return None
    c1, c0 = poly.all_coeffs()
    if c1 == 0:
        return None
    return -c0 / c1, c1.free_symbols, den.free_symbols


def _solved_equal(a: Any, b: Any) -> bool:
    """Two equations rational in every variable, each of degree 1 in a variable they share, that
    give it the same value (`F = ma` and `a = F/m`, `y = 2x - 5` and `(y+5)/x = 2`). A
    coefficient that is not a number must be a denominator of either equation, which says it is
    not zero: `ax = ay` is not `x = y` (a = 0), nor is `(x-1)^3 = 0` `x = 1` (degree 3), and
    radicals are left out (`y = \\sqrt{1-x^2}` is half of `x^2 + y^2 = 1`)."""
    da, db = _side(a), _side(b)
    syms = sorted(da.free_symbols | db.free_symbols, key=str)
    if not (da.is_rational_function(*syms) and db.is_rational_function(*syms)):
        return False
    for v in sorted(da.free_symbols & db.free_symbols, key=str):
        la, lb = _linear(da, v), _linear(db, v)
        if la is None or lb is None or not (la[1] | lb[1]) <= (la[2] | lb[2]):
            continue
        if sympy.simplify(la[0] - lb[0]) == 0:
            return True
    return False


def _inequality(e: Any) -> bool:
    return isinstance(e, (sympy.And, sympy.Or)) or (
        isinstance(e, _Rel) and not isinstance(e, (sympy.Eq, sympy.Ne))
    )


def _member(e: Any) -> bool:
    """`x \\in S`, as parsed: an equation whose right side is a set."""
    return isinstance(e, sympy.Eq) and isinstance(e.rhs, sympy.Set)


def both_sets(a: Any, b: Any) -> tuple[Any, Any] | Decision:
    """(set of a, set of b) (see `as_set`), or the decision when either is no set."""
    if _inequality(a) and _inequality(b) and _bound_kind(a, b) == "range_and_domain":
        return False, "not_equivalent"  # `f(x) \\ge 3` is a range, `x \\ge 3` a domain
    try:
        sa, sb = as_set(a), as_set(b)
    except Exception:
        return None, "symbolic_error"
    if sa is None or sb is None:
        return False, "different_structure"
    return sa, sb


def same_set(a: Any, b: Any, opts: CompareOptions, eq: ExprsEqual) -> Decision:
    """Whether two descriptions of sets of reals (see `as_set`) describe the same set."""
    sets = both_sets(a, b)
    return sets_close(sets[0], sets[1], opts, eq) if isinstance(sets[0], sympy.Set) else sets


def sets_match(sa: Any, sb: Any) -> Decision:
    """Whether two sympy sets are equal (each minus the other is empty)."""
    try:
        if sa == sb or (
            sympy.simplify(sympy.Complement(sa, sb)) == sympy.EmptySet
            and sympy.simplify(sympy.Complement(sb, sa)) == sympy.EmptySet
        ):
            return True, "equivalent"
    except Exception:
        return None, "symbolic_error"
    return False, "not_equivalent"


def sets_close(sa: Any, sb: Any, opts: CompareOptions, eq: ExprsEqual) -> Decision:
    """`sets_match`, then, for sets that differ, `near_sets` (decimal bounds: `x > 1.41` for
    `x > \\sqrt2`)."""
    found = sets_match(sa, sb)
    return (near_sets(sa, sb, opts, eq) or found) if found[0] is False else found


def identity_value(a: Any, b: Any, opts: CompareOptions, eq: ExprsEqual) -> Decision:
    """An equation whose left side computes with a variable, against a value: the value it
    states when it holds whatever the variables (`\\frac{d}{dx}(x^2) = 2x`, a partial-fraction
    decomposition), else an equation to solve, which states none (`2x = 3` is not 3)."""
    ok, why = eq(a.rhs, b, opts)
    if ok is not True:
        return ok, why
    left, _ = eq(a.lhs, b, opts)
    if left is None:
        return None, "undecided"
    if left:
        return True, why
    return False, "unsolved_equation" if a.lhs.free_symbols else "false_equation"  # `7 + 1 = 42`


def _same_claim(a: Any, b: Any, opts: CompareOptions, eq: ExprsEqual) -> Decision:
    """`21 > -12` and `21 > 2`, inequalities between numbers: two claims, the same one only when
    they compare the same numbers the same way (`3 > 2` is `2 < 3`), whether or not both hold."""
    if not (isinstance(a, _Rel) and isinstance(b, _Rel)):
        return False, "not_equivalent"
    (la, ra, sa), (lb, rb, sb) = _less_form(a), _less_form(b)
    same = sa == sb and eq(la, lb, opts)[0] is True and eq(ra, rb, opts)[0] is True
    return (True, "equivalent") if same else (False, "not_equivalent")


def _less_form(e: Any) -> tuple[Any, Any, bool]:
    """(smaller side, larger side, strict) of an inequality."""
    r = e.reversed if isinstance(e, (sympy.StrictGreaterThan, sympy.GreaterThan)) else e
    return r.lhs, r.rhs, isinstance(r, sympy.StrictLessThan)


def relations_equal(a: Any, b: Any, opts: CompareOptions, eq: ExprsEqual) -> Decision:
    """Equality of two parsed relations (see the module docstring)."""
    if (_member(a) and _inequality(b)) or (_inequality(a) and _member(b)):
        if _bound_kind(a, b) == "same":  # `|k| > 1` and `k \\in (-\\infty, -1) \\cup (1, \\infty)`
            return same_set(a, b, opts, eq)
    if _inequality(a) and _inequality(b):
        if not (a.free_symbols or b.free_symbols):
            return _same_claim(a, b, opts, eq)
        if _bound_kind(a, b) == "same" or len(a.free_symbols | b.free_symbols) == 1:
            return same_set(a, b, opts, eq)  # `3 \\le f(x)` and `y \\ge 3`: one set of values
    if type(a) is not type(b):
        try:
            if a.reversed == b or (
                a.reversed.func == b.func
                and (
                    eq(_side(a.reversed), _side(b), opts)[0]
                    or _positive_multiple(_side(a.reversed), _side(b))
                )
            ):
                return True, "equivalent"
        except Exception:
            pass
        return False, "not_equivalent"
    if isinstance(a, sympy.Eq):
        if same_name(a.lhs, b.lhs):  # `f(x) = 2x+1` and `y = 2x+1` name the same function
            return eq(a.rhs, b.rhs, opts)
        renamed = _bound_variable(a.lhs, b.lhs)
        if renamed is not None:  # `f(m) = 2m + 1` and `f(n) = 2n + 1`: the same function
            return eq(a.rhs, b.rhs.xreplace(renamed), opts)
        if eq(a.lhs, b.lhs, opts)[0] and eq(a.rhs, b.rhs, opts)[0]:
            return True, "equivalent"
        da, db = _side(a), _side(b)
        try:
            q = sympy.simplify(da / db)
            if (q.is_number and q != 0 and q.is_finite) or (
                da.free_symbols == db.free_symbols and _constant(q)
            ):
                return True, "equivalent_equation"
            if _solved_equal(a, b):
                return True, "equivalent_equation"
        except Exception:
            return None, "symbolic_error"
        return False, "not_equivalent"
    ok, why = eq(_side(a), _side(b), opts)
    if not ok and _positive_multiple(_side(a), _side(b)):
        return True, "equivalent"  # `2x > 2y` and `x > y`
    if not ok and isinstance(a, sympy.Ne) and _positive_multiple(_side(a), -_side(b)):
        return True, "equivalent"  # `0 \\ne (x+1)^2` and `(x+1)^2 \\ne 0`
    return (True, "equivalent") if ok else (ok, why)


def _pieces(s: Any) -> list[Any] | None:
    """The intervals of a set of reals, left to right (None unless it is a union of intervals)."""
    parts = list(s.args) if isinstance(s, sympy.Union) else [s]
    return parts if all(isinstance(p, sympy.Interval) for p in parts) else None


def near_sets(sa: Any, sb: Any, opts: CompareOptions, eq: ExprsEqual) -> Decision | None:
    """`x \\le 1.047` and `x \\le \\pi/3`: the same intervals (same ends open or closed) whose
    bounds are equal by the rules for numbers, a decimal bound with the precision it states;
    None otherwise."""
    if not (isinstance(sa, sympy.Set) and isinstance(sb, sympy.Set)):
        return None
    if not (sa.atoms(sympy.Float) or sb.atoms(sympy.Float)):
        return None  # exact bounds: the sets decide
    pa, pb = _pieces(sa), _pieces(sb)
    if pa is None or pb is None or len(pa) != len(pb):
        return None
    for x, y in zip(pa, pb, strict=True):
        if (x.left_open, x.right_open) != (y.left_open, y.right_open):
            return None
        for u, v in ((x.start, y.start), (x.end, y.end)):
            if u != v and (
                not (u.is_finite and v.is_finite) or eq(u, v, _stated(u, opts))[0] is not True
            ):
                return None
    return True, "equal_within_tolerance"


def _stated(u: Any, opts: CompareOptions) -> CompareOptions:
    """The options for one bound of the answer: a decimal states its own places (`1.41` two),
    whatever the other numbers of the answer state."""
    if not isinstance(u, sympy.Float):
        return opts
    text = repr(float(u))
    places = len(text.split(".")[1]) if "." in text and "e" not in text else 0
    return dataclasses.replace(opts, pred_decimals=places if places >= 2 else 0)


def _bound_kind(a: Any, b: Any) -> str | None:
    """`same` when two inequalities bound the same thing (one variable, or a function value and
    y), `range_and_domain` when one bounds a function value and the other something else
    (`f(x) \\ge 3`, `x \\ge 3`), else None."""
    sa, sb = _subject(a), _subject(b)
    if sa is not None and sb is not None and same_name(sa, sb):
        return "same"
    return (
        "range_and_domain" if isinstance(sa, AppliedUndef) or isinstance(sb, AppliedUndef) else None
    )


def _subject(e: Any) -> Any:
    """What an inequality bounds: its one variable, or its one function value (`f(x)` in
    `0 < f(x) < 1`); None when it bounds several."""
    funcs = e.atoms(AppliedUndef)
    if len(funcs) > 1:
        return None
    if funcs:
        (f,) = funcs
        rest = e.xreplace({f: sympy.Dummy()}).free_symbols
        return f if len(rest) == 1 else None
    return next(iter(e.free_symbols)) if len(e.free_symbols) == 1 else None


def _constant(q: Any) -> bool:
    """`q` takes one nonzero real value at the fixed pseudo-random points (of either sign) where
    it is real, at least four of sixteen (`(x^2)^{1/3} / x^{2/3}`, which simplify leaves alone for
    complex x, is 1 wherever both roots are real; `|x| - |y|` over `x - y` is not constant)."""
    syms = sorted(q.free_symbols, key=str)
    rng = random.Random(4321)
    values = []
    for k in range(16):  # eight of either sign, eight positive
        low = -997 if k < 8 else 11
        point = {v: sympy.Rational(rng.randint(low, 997), rng.randint(7, 97)) for v in syms}
        try:
            value = sympy.N(q.subs(point), 30)
        except Exception:
            return False
        if not value.is_number or value.is_finite is False:
            continue
        if not value.is_real:
            continue  # a root of a negative number: outside the real domain
        if value == 0:
            return False
        values.append(value)
    return len(values) >= 4 and all(
        abs(v - values[0]) <= sympy.Float("1e-20") * abs(values[0]) for v in values
    )


def _positive_multiple(da: Any, db: Any) -> bool:
    """`da` is `db` times a positive number (the same inequality, scaled)."""
    try:
        q = sympy.simplify(da / db)
        return bool(q.is_number and q.is_positive and q.is_finite)
    except Exception:
        return False
