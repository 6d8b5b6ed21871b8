"""Symbolic comparison with sympy: runs ONLY inside the killable worker process (`_math_pool`).

Inputs are canonical strings that already passed `_math_guard.guard`. LaTeX is parsed by
latex2sympy2_extended (an ANTLR grammar: no `eval`, `sympify` or `parse_expr` of model text);
the parsed tree is bounded again (`tree_guard`: big powers, factorials, node count) before
anything evaluates it. Numbers compare exactly when both sides are exact; a decimal literal on
either side allows a relative tolerance; nothing is ever chopped to zero (1/2004! != 1/2006!).
"""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache
from typing import Any

import sympy
from curate.judges.math.assign import INEQUALITY, values_of_one
from curate.judges.math.bigint import exact_differ
from curate.judges.math.calls import call_arguments
from curate.judges.math.families import same_families
from curate.judges.math.fast import CompareOptions, Decision, decimals, rounded, structured_compare
from curate.judges.math.guard import MAX_EXPONENT, MAX_FACTORIAL
from curate.judges.math.letters import constant_case, primes, shared_constant
from curate.judges.math.lines import as_equation, same_line
from curate.judges.math.logic import formulas_equal
from curate.judges.math.numeric import (
    BIG,
    EXACT_REL,
    PREC,
    SAMPLE_REL,
    apart,
    close,
    num,
    rounds_to_places,
)
from curate.judges.math.periodic import same_family, same_parameter
from curate.judges.math.relations import both_sets, identity_value, relations_equal, sets_close
from curate.judges.math.sampling import narrower_domain, outside_reals, sample_points
from curate.judges.math.series import ellipsis_sum
from curate.judges.math.shapes import two_signs
from curate.judges.math.solutions import both_solved, same_general_solution
from curate.judges.math.texprep import prepared
from latex2sympy2_extended import latex2sympy
from latex2sympy2_extended.latex2sympy2 import ConversionConfig
from latex2sympy2_extended.math_normalization import NormalizationConfig
from sympy import Basic, MatrixBase
from sympy.core.function import AppliedUndef

_NORM = NormalizationConfig(
    basic_latex=True, units=False, malformed_operators=True, nits=True, boxed="all", equations=False
)
_CONV = ConversionConfig(interpret_as_mixed_fractions=True, lowercase_symbols=False)
MAX_NODES = 3000
_I = sympy.Symbol("i")


class Unsafe(Exception):
    """The parsed expression is beyond the evaluation bounds."""


def tree_guard(e: Any) -> None:
    """Raise Unsafe if `e` has a huge numeric power, a huge factorial or too many nodes."""
    if isinstance(e, MatrixBase):
        if e.rows * e.cols > 400:
            raise Unsafe("too_large_matrix")
        for x in e:
            tree_guard(x)
        return
    if not isinstance(e, Basic):
        return
    n = 0
    for node in sympy.preorder_traversal(e):
        n += 1
        if n > MAX_NODES:
            raise Unsafe("too_complex")
        if isinstance(node, sympy.Pow):
            ex = node.exp
            if ex.is_Number and abs(ex) > MAX_EXPONENT and node.base not in (0, 1, -1):
                raise Unsafe("huge_power")
            if not ex.is_Number and not ex.free_symbols:
                val = ex.evalf(15)
                if val.is_Number and abs(val) > MAX_EXPONENT:
                    raise Unsafe("huge_power")
        elif isinstance(
            node,
            (sympy.factorial, sympy.factorial2, sympy.gamma, sympy.binomial, sympy.subfactorial),
        ):
            for a in node.args:
                if a.is_Number and abs(a) > MAX_FACTORIAL:
                    raise Unsafe("huge_factorial")
        elif isinstance(node, sympy.Integer) and node.p.bit_length() > 20000:
            raise Unsafe("huge_number")


# a gcd or lcm whose arguments hold a letter: an integer's gcd, not a polynomial's, is meant
_SYMBOLIC_GCD = re.compile(r"(?:gcd|lcm)\}?\s*(?:\\left)?\(([^()]*[A-Za-z][^()]*)\)")


_BARE_LOG = re.compile(r"\\log(?![_a-zA-Z])")  # a log without a base


@lru_cache(maxsize=4096)
def parse(s: str) -> Any:
    """latex2sympy of a guarded canonical string, checked by `tree_guard`. Raises on failure.
    `a \\lor b` / `a \\land b` (inequalities joined by "or" / "and") parse part by part; one
    `\\pm` inside an expression (`\\frac{1\\pm\\sqrt5}{2}`) is the set of both values."""
    if "\\lor" in s or "\\land" in s:
        ors = [p.strip() for p in s.split("\\lor")]
        if all(ors):
            return sympy.Or(
                *(sympy.And(*(parse(q.strip()) for q in p.split("\\land"))) for p in ors)
            )
    if "," in s and INEQUALITY.search(s):
        joined = _inequality_list(s)
        if joined is not None:
            return joined
    s = prepared(s)
    if ("gcd" in s or "lcm" in s) and _SYMBOLIC_GCD.search(s):
        raise ValueError("gcd of letters")  # latex2sympy takes the polynomial gcd: gcd(a, b) = 1
    signs = two_signs(s) if "\\pm" in s or "\\mp" in s else None
    if signs is not None and "=" not in s and not INEQUALITY.search(s):
        return sympy.FiniteSet(parse(signs[0]), parse(signs[1]))  # `\\pm 2 + x`: not ±(2 + x)
    try:
        e = latex2sympy(s, normalization_config=_NORM, conversion_config=_CONV)
    except Exception:
        if signs is None:
            raise
        return sympy.FiniteSet(parse(signs[0]), parse(signs[1]))
    if isinstance(e, sympy.MatrixExpr) and not isinstance(e, MatrixBase):
        tree_guard(e)
        e = e.doit()
        if isinstance(e, sympy.MatrixExpr) and not isinstance(e, MatrixBase):
            e = e.as_explicit()
    if "!!" in s and isinstance(e, Basic):
        e = _double_factorials(s, e)
    tree_guard(e)
    if isinstance(e, Basic) and "\\Gamma" in s and "\\gamma" not in s and e.has(sympy.EulerGamma):
        e = e.xreplace({sympy.EulerGamma: sympy.Symbol("Gamma")})  # the letter, not Euler's γ
    if isinstance(e, Basic) and _I in e.free_symbols:
        e = e.xreplace({_I: sympy.I})  # `i(2-i)`: the imaginary unit, as answers write it
    if "\\zeta(" in s and isinstance(e, Basic):
        e = e.replace(_is_zeta, lambda z: sympy.zeta(*z.args))  # `\\zeta(2)`: Riemann's
    if isinstance(e, Basic) and (e.has(sympy.zoo) or e.has(sympy.nan)):
        raise ValueError("undefined value")
    return e


def _is_zeta(e: Any) -> bool:
    """`\\zeta(s)` or `\\zeta(s, a)` as latex2sympy reads it: an unknown function named zeta."""
    return isinstance(e, AppliedUndef) and e.func.__name__ == "\\zeta" and len(e.args) in (1, 2)


def _inequality_list(s: str) -> Any:
    """`x < -2, -1 < x`: inequalities in one variable listed with commas describe one set of
    reals: their intersection (`x > 1, x < 3`), or, when that is empty, their union (nobody
    answers with a contradiction; `x < -2, 1 < x` is how many curricula write "or"). None when
    the items are not such inequalities."""
    from curate.judges.math.assign import split_top
    from curate.judges.math.relations import as_set

    items = split_top(s, ",")
    if len(items) < 2 or len(items) > 8:
        return None
    parts = [parse(t.strip()) for t in items]
    if not all(isinstance(p, (sympy.core.relational.Relational, sympy.And)) for p in parts):
        return None  # `1 < x \\leq 3` is an And
    names = {v.name for p in parts for v in p.free_symbols}
    if len(names) != 1 or any(isinstance(p, (sympy.Eq, sympy.Ne)) for p in parts):
        return None
    sets = [as_set(p) for p in parts]
    if any(not isinstance(t, sympy.Set) for t in sets):
        return None
    both = sympy.Intersection(*sets)
    return sympy.Or(*parts) if both is sympy.S.EmptySet else sympy.And(*parts)


def _double_factorials(s: str, e: Any) -> Any:
    """`n!!` is the double factorial (`5!! = 15`), which latex2sympy reads as `(n!)!`; a
    factorial written of a factorial (`(n!)!`) keeps that reading."""
    if re.search(r"!\s*[)}\]]\s*!", s):
        return e
    return e.replace(
        lambda n: isinstance(n, sympy.factorial) and isinstance(n.args[0], sympy.factorial),
        lambda n: sympy.factorial2(n.args[0].args[0]),
    )


def _has_float(e: Any) -> bool:
    if isinstance(e, MatrixBase):
        return any(_has_float(x) for x in e)
    return isinstance(e, Basic) and any(
        isinstance(a, sympy.Float) for a in sympy.preorder_traversal(e)
    )


_BINDERS = (sympy.Integral, sympy.Sum, sympy.Product)  # their variables are bound: any name


def _same_call(a: Any, b: Any, opts: CompareOptions) -> Decision | None:
    """One unknown function applied to equal arguments (`Po(3 + 5)` and `Po(8)`, `B(10, 0.5)`
    and `B(10, 1/2)`): equal whatever the function is; other arguments decide nothing (`B` may
    be symmetric)."""
    if not (isinstance(a, AppliedUndef) and isinstance(b, AppliedUndef)):
        return None
    if a.func != b.func or len(a.args) != len(b.args):
        return None
    found = [_exprs_equal(x, y, opts) for x, y in zip(a.args, b.args, strict=True)]
    if not all(ok is True for ok, _ in found):
        return None
    close = any(why == "equal_within_tolerance" for _, why in found)
    return True, "equal_within_tolerance" if close else "equivalent"


def _exprs_equal(a: Any, b: Any, opts: CompareOptions) -> Decision:
    """Equality of two scalar sympy expressions."""
    if a == b:
        return True, "equivalent"
    if (call := _same_call(a, b, opts)) is not None:
        return call
    if isinstance(a, Basic) and isinstance(b, Basic) and a.has(*_BINDERS) and b.has(*_BINDERS):
        if a.as_dummy() == b.as_dummy():  # `\\int_0^1 f(s) ds` and `\\int_0^1 f(t) dt`
            return True, "equivalent"
    if isinstance(a, Basic) and isinstance(b, Basic) and a.free_symbols != b.free_symbols:
        b = same_parameter(a, b)
    if isinstance(a, Basic) and isinstance(b, Basic) and same_family(a, b):
        return True, "equivalent"  # `13\\pi/6 + 2\\pi k` and `\\pi/6 + 2\\pi k`
    inexact = _has_float(a) or _has_float(b)
    rel = sympy.Float(opts.rel_tol, PREC) if inexact else EXACT_REL
    free = (
        (a.free_symbols | b.free_symbols)
        if isinstance(a, Basic) and isinstance(b, Basic)
        else set()
    )
    if not free:
        va, vb = num(a), num(b)
        if va is None or vb is None:
            return _simplify_eq(a, b)
        ok = close(va, vb, rel)
        if ok and not inexact and abs(va) > BIG and (exact_differ(a, b) or apart(a, b)):
            return False, "not_equivalent"  # `N + 1` against N: beyond any tolerance's digits
        if ok:
            return True, ("equal_within_tolerance" if inexact else "equivalent")
        places = opts.pred_decimals
        if places and a.is_Float and not _has_float(b) and rounds_to_places(vb, va, places):
            return rounded(opts)  # `3.14` for `\\pi`: the answer's stated precision
        places = opts.ref_decimals
        # `2\\pi` or `\\ln 2/0.06` for `6.2832`: the reference's rounding
        if places and b.is_Float and not a.is_Float and rounds_to_places(va, vb, places, cut=False):
            return True, "equal_rounded"
        if ok is False:
            return False, "not_equivalent"
        return _simplify_eq(a, b)
    # free symbols: random-point test first (cheap rejection), then simplify
    agree = 0
    real = not (a.has(sympy.I) or b.has(sympy.I))
    for point in sample_points(a, b, sorted(free, key=str)):
        if real and (outside_reals(a, point) or outside_reals(b, point)):
            continue
        va, vb = num(a.subs(point)), num(b.subs(point))
        if va is None or vb is None:
            continue
        ok = close(va, vb, rel if inexact else SAMPLE_REL)
        if ok is False:
            return False, "not_equivalent"
        if ok:
            agree += 1
    if inexact and agree >= 3:  # simplify leaves float residues (`0.1(2.0s-25.0)/s`)
        return True, "equal_within_tolerance"
    eq = _simplify_eq(a, b)
    if eq[0] is None and agree >= 3:
        return True, "equivalent_numeric"  # equal at every sample point, simplify undecided
    return eq


def _simplify_eq(a: Any, b: Any) -> Decision:
    try:
        d = sympy.simplify(a - b)
        if d != 0 and isinstance(d, Basic) and d.has(sympy.log):
            d = sympy.simplify(sympy.expand_log(d, force=True))  # log rules, positive arguments
        if d == 0 or getattr(d, "is_zero", None) is True:
            return True, "equivalent"
        if getattr(d, "is_zero", None) is False:
            return False, "not_equivalent"
        if isinstance(d, MatrixBase) and d.is_zero_matrix:
            return True, "equivalent"
    except Exception:
        return None, "symbolic_error"
    return None, "undecided"


def sym_equal(a: Any, b: Any, opts: CompareOptions) -> Decision:
    """Equality of two parsed answers (scalars, relations, sets, tuples, matrices)."""
    Rel = sympy.core.relational.Relational
    if isinstance(a, MatrixBase) or isinstance(b, MatrixBase):
        if not (isinstance(a, MatrixBase) and isinstance(b, MatrixBase)):
            return False, "different_structure"
        if a.shape != b.shape:
            # a row vector written for a column vector
            if a.shape[::-1] == b.shape and 1 in a.shape:
                b = b.T
            else:
                return False, "different_structure"
        for x, y in zip(a, b, strict=True):
            ok, why = _exprs_equal(x, y, opts)
            if not ok:
                return ok, why
        return True, "equivalent"
    if isinstance(a, sympy.Eq) and isinstance(b, sympy.Expr):
        if isinstance(a.lhs, (sympy.Symbol, sympy.Function)):
            return sym_equal(a.rhs, b, opts)
        return identity_value(a, b, opts, _exprs_equal)  # `2x = 3` is no value; `x + x = 2x` is
    if (
        isinstance(b, sympy.Eq)
        and not isinstance(a, Rel)
        and isinstance(b.lhs, (sympy.Symbol, sympy.Function))
    ):
        return sym_equal(a, b.rhs, opts)
    if isinstance(a, Rel) and isinstance(b, Rel):
        return relations_equal(a, b, opts, _exprs_equal)
    if isinstance(a, sympy.Set) or isinstance(b, sympy.Set):
        return _sets_equal(a, b, opts)
    if isinstance(a, (sympy.And, sympy.Or)) or isinstance(b, (sympy.And, sympy.Or)):
        ok, why = _sets_equal(a, b, opts)  # one variable: the sets they describe
        if ok is not None and why != "different_structure":
            return ok, why
        try:
            return (
                (True, "equivalent")
                if sympy.simplify_logic(sympy.Equivalent(a, b)) is sympy.true
                else (False, "not_equivalent")
            )
        except Exception:
            return None, "symbolic_error"
    if isinstance(a, sympy.Tuple) or isinstance(b, sympy.Tuple):
        if not (isinstance(a, sympy.Tuple) and isinstance(b, sympy.Tuple)) or len(a) != len(b):
            return False, "different_structure"
        for x, y in zip(a, b, strict=True):
            ok, why = sym_equal(x, y, opts)
            if not ok:
                return ok, why
        return True, "equivalent"
    if (
        isinstance(a, Rel)
        or isinstance(b, Rel)
        or not (isinstance(a, sympy.Expr) and isinstance(b, sympy.Expr))
    ):
        return False, "different_structure"
    if opts.pred_percent and not opts.ref_percent:
        ok, why = _exprs_equal(a / 100, b, opts)  # `10\\%` for 0.1
        if ok is False and _exprs_equal(a, b, opts)[0]:
            return None, "percent_unclear"  # `25\\%` for 25: 0.25 or "25 percent"?
        return ok, why
    ok, why = _exprs_equal(a, b, opts)
    if not ok and (opts.ref_percent or opts.pred_percent) and opts.ref_percent != opts.pred_percent:
        a2, b2 = (a, b / 100) if opts.ref_percent else (a / 100, b)
        ok2, why2 = _exprs_equal(a2, b2, opts)
        if ok2:
            return ok2, why2
    if not ok and (opts.ref_degrees or opts.pred_degrees):
        # one side in degrees: the other in radians; both: their periods (`30 + 360k`) in pi
        a2 = a * sympy.pi / 180 if opts.pred_degrees else a
        b2 = b * sympy.pi / 180 if opts.ref_degrees else b
        ok2, why2 = _exprs_equal(a2, b2, opts)
        if ok2:
            return ok2, why2
    return ok, why


def _sets_equal(a: Any, b: Any, opts: CompareOptions) -> Decision:
    sets = both_sets(a, b)
    if not isinstance(sets[0], sympy.Set):
        return sets
    sa, sb = sets
    if isinstance(sa, sympy.FiniteSet) and isinstance(sb, sympy.FiniteSet):
        ea, eb = list(sa.args), list(sb.args)
        if len(ea) != len(eb):
            return False, "different_structure"
        for y in eb:
            hit = next((k for k, x in enumerate(ea) if sym_equal(x, y, opts)[0]), None)
            if hit is None:
                return False, "different_element"
            ea.pop(hit)
        return True, "equivalent"
    return sets_close(sa, sb, opts, _exprs_equal)


def _scalar(pred: str, ref: str, opts: CompareOptions) -> Decision:
    opts = dataclasses.replace(
        opts,
        pred_decimals=decimals(pred) or opts.pred_decimals,
        ref_decimals=decimals(ref) or opts.ref_decimals,
    )  # an element's own stated precision (`a-b=1.732` inside a system)
    try:
        b = parse(ref)
    except Unsafe as exc:
        return None, f"unsafe_reference:{exc}"
    except Exception:
        return None, "unparseable_reference"
    try:
        a = parse(pred)
    except Unsafe as exc:
        return False, f"unsafe_answer:{exc}"
    except Exception:
        return False, "unparseable_answer"
    if ("'" in pred or "'" in ref or "prime" in pred or "prime" in ref) and primes(pred) != primes(
        ref
    ):
        return False, "different_prime"
    a = constant_case(a, b)
    ok, why = sym_equal(a, b, opts)
    if not ok and (family := _up_to_constant(a, b, opts)) is not None:
        ok, why = family
    if ok and isinstance(a, Basic) and isinstance(b, Basic) and narrower_domain(a, b):
        return None, "narrower_domain"  # `\\ln(x + 2)` for `\\ln|x + 2|`
    if ok:
        return ok, why
    same = same_general_solution(a, b, sample_points)  # `C_1 e^x + C_2` and `c_2 + c_1 e^x`
    return (ok, why) if same is None else (same, "equivalent" if same else "not_equivalent")


def _up_to_constant(a: Any, b: Any, opts: CompareOptions) -> Decision | None:
    """`\\frac{\\sec^2 x}{2} + C` and `\\frac{\\tan^2 x}{2} + C`: antiderivatives, each with its
    constant of integration, are one family when they differ by a constant (the same value of
    their difference at every sample point); None leaves the decision to `sym_equal`."""
    c = shared_constant(a, b)
    if c is None:
        return None
    d = a - b
    if c in d.free_symbols:
        return None
    free = sorted(d.free_symbols, key=str)
    values = [
        v
        for point in (sample_points(d, d, free) if free else [{}])
        if not outside_reals(d, point) and (v := num(d.subs(point))) is not None
    ]
    rel = sympy.Float(opts.rel_tol, PREC) if _has_float(d) else SAMPLE_REL
    if len(values) >= min(3, len(free) * 3 or 1) and all(close(v, values[0], rel) for v in values):
        return True, "equivalent_up_to_constant"
    return None


def compare(pred: str, ref: str, opts: CompareOptions) -> Decision:
    """Symbolic decision for canonical, guarded pred and ref: (True|False|None, reason)."""
    pred, ref = values_of_one(pred), values_of_one(ref)
    if "\\ln" in pred + ref and "\\log" in pred + ref:  # `\\log x` for `\\ln x`: one log, natural
        pred, ref = (
            _BARE_LOG.sub(r"\\ln", t) if "\\ln" in o else t for t, o in ((pred, ref), (ref, pred))
        )
    pred, ref = as_equation(pred, ref), as_equation(ref, pred)  # `(1,1) + t(2,-1)`, `x + 2y = 3`
    if (line := same_line(pred, ref)) is not None:
        return line  # `(1,2,2) + t(-1,-2,0)` and `(0,0,2) + s(1,2,0)`: one line
    if (formulas := formulas_equal(pred, ref)) is not None:
        return formulas  # `A \\cap B` and `B \\cap A`, `\\neg Q \\to \\neg P` and `P \\to Q`
    degrees = (opts.pred_degrees, opts.ref_degrees)
    if (families := same_families(pred, ref, parse, degrees)) is not None:
        return families
    if (series := ellipsis_sum(pred, ref, parse)) is not None:
        return series  # `1 + 2 + \\ldots + (n-1)` and `\\frac{n(n-1)}{2}`
    if both_solved(pred, ref) and (family := _scalar(pred, ref, opts))[0]:
        return family  # `y = e^{x^2 + C}` and `y = C e^{x^2}`: one family of solutions
    if (pairs := call_arguments(pred, ref)) is not None:
        found = [compare(a, b, opts) for a, b in pairs]  # `Po(3+5)` and `Po(8)`
        if all(ok is True for ok, _ in found):
            return True, next((w for _, w in found if w != "equivalent"), "equivalent")
    ok, why = structured_compare(pred, ref, opts, _scalar)
    if ok is not None:
        return ok, why
    if why.startswith(("unsafe_", "unparseable_", "needs_")):
        return ok, why  # `needs_figure`: `line AC` for `line AB`
    return _scalar(pred, ref, opts)  # whole-answer parse: `1\pm\sqrt{2}` vs a list, relation vs set
