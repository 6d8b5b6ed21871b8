"""The in-process fast path: compare two canonical answers without a CAS.

Decides what it can prove cheaply (equal strings, exact numbers, words, choice letters, and sets
/ tuples / intervals / lists / equations made of those) and returns None otherwise, so the
caller sends the pair to the symbolic worker. Everything here is bounded pure Python.

Structures: `\\{a,b\\}` is a set (order never matters); `(a,b)`, `[a,b]`, `(a,b]`, `[a,b)` are
bracketed (tuples, vectors or intervals: brackets and order must match; with three or more
items `(a,b,c)`, `[a,b,c]` and a bare `a, b, c` are one ordered sequence); a bare `a, b` list is
compared without order by default (`ordered_lists=True` makes order matter); `A \\cup B` is a
union (order never matters). `x = 2` against `2` compares `2` (an assignment to a single
variable); `x = 2` against `y = 2` is left to the symbolic worker.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from fractions import Fraction

from curate.judges.math.approx import clearly_different
from curate.judges.math.assign import INEQUALITY, split_assignment, split_top, unassign
from curate.judges.math.bases import based_compare, roman_compare
from curate.judges.math.early import early_decision
from curate.judges.math.european import decimal_commas
from curate.judges.math.guard import Value, exact_value, rounds_to
from curate.judges.math.intervals import chain_against_interval, same_set
from curate.judges.math.polarpoints import polar_point
from curate.judges.math.shapes import (
    both_signs,
    estimate_margin,
    matrix_cells,
    matrix_vector,
    proportional,
    ratio_quotient,
)
from curate.judges.math.units import CJK_CHARS

Decision = tuple[bool | None, str]


@dataclass(frozen=True)
class CompareOptions:
    """Options shared by the fast path and the symbolic worker."""

    rel_tol: float = 1e-6
    ordered_lists: bool = False
    pred_percent: bool = False
    ref_percent: bool = False
    pred_degrees: bool = False
    ref_degrees: bool = False
    pred_decimals: int = 0
    ref_decimals: int = 0
    """Decimal places of a side that is one decimal literal with 2 or more (see `decimals`), or of
    a percentage as a fraction (`66.7\\%`: 3), else 0: `3.14` for `\\pi` is equal when `\\pi` rounds
    (or cuts) to it (`equal_rounded`); so is `2\\pi` for `6.2832` (not for a cut one: `50/3` for
    `16.66`), not a coarser decimal for a finer one (`2.23` for `2.232`): the reference asked it."""
    pred_comma: bool = False
    ref_comma: bool = False
    """One number with one unspaced comma (`0,5`, not `0, 5`): against one value, a decimal comma."""
    exact_asked: bool = False
    """The question asks for an exact form ("as a common fraction", "in simplest radical form",
    "exact value"): a rounded decimal for an exact reference is then wrong (`rounded_not_exact`)."""
    pred_cut: bool = False
    ref_cut: bool = False  # a decimal cut short (`0.4136…`): a value known to the digits shown


_DECIMAL = re.compile(r"(?<![\d.])(\d*\.(\d+))(?![\d.])")


def decimals(text: str) -> int:
    """Stated precision of the one decimal literal of an answer (`1.732`, `a-b=1.732`) when it
    has two decimal places or more, or one and three significant digits (`94.2`, not `2.5`); 0
    when there is none, several, or a short one with one place."""
    found = _DECIMAL.findall(text)
    if len(found) != 1:
        return 0
    digits, places = found[0][0].replace(".", "").lstrip("0"), found[0][1]  # `94.2`: 3 digits
    return len(places) if len(places) >= 2 or len(digits) >= 3 else 0


def _encloses(s: str) -> bool:
    """True if the bracket opening at s[0] closes at s[-1]."""
    depth = 0
    for k, ch in enumerate(s):
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
            if depth == 0:
                return k == len(s) - 1
    return False


@dataclass(frozen=True)
class Struct:
    kind: str  # scalar | set | bracket | list | union
    items: tuple[str, ...]
    left: str = ""
    right: str = ""


_UNION = re.compile(r"\\cup|∪")


def parse_struct(s: str) -> Struct:
    """Top-level shape of a canonical answer (see the module docstring)."""
    if ("\\cup" in s or "∪" in s) and len(_UNION.split(s)) > 1:
        parts = [p.strip() for p in _UNION.split(s)]
        if all(p and p[0] in "([" and p[-1] in ")]" and _encloses(p) for p in parts):
            return Struct("union", tuple(parts))
    if s.startswith("\\{") and s.endswith("\\}") and len(s) >= 4 and _encloses(s[1:-2] + "}"):
        inner = s[2:-2].strip()
        return Struct("set", tuple(p for p in split_top(inner) if p) if inner else ())
    if len(s) >= 2 and s[0] in "([" and s[-1] in ")]" and _encloses(s):
        items = split_top(s[1:-1])
        if len(items) >= 2:
            return Struct("bracket", tuple(items), s[0], s[-1])
    items = [p for p in split_top(s) if p]
    if len(items) >= 2:
        return Struct("list", tuple(items))
    if len(items) == 1 and items[0] != s:  # "5," or ",5"
        return Struct("scalar", (items[0],))
    if ":" in s and "\\" not in s:
        parts = split_top(s, ":")
        if len(parts) >= 2 and all(re.fullmatch(r"-?\d+(?:\.\d+)?(?:/\d+)?", q) for q in parts):
            return Struct("ratio", tuple(parts))  # 4:30, 7:32, 2:3:1, 4/3:2 (exact parts)
    return Struct("scalar", (s,))


_WORDS = re.compile(r"[A-Za-z][A-Za-z' -]*")
_CJK_WORDS = re.compile(f"[{CJK_CHARS}][{CJK_CHARS} ]*")


def _words(s: str) -> bool:
    """Plain words (a name, "yes", "Evelyn", "no solution", `分层抽样`): compared
    case-insensitively."""
    if not s.isascii() and _CJK_WORDS.fullmatch(s):
        return True
    if not _WORDS.fullmatch(s):
        return False
    words = s.replace("-", " ").split()
    if len(words) == 1 and words[0].lower() == "no":
        return True  # the answer to a yes/no question, not the product n*o
    if all(len(w) == 1 and w.islower() for w in words):
        return False  # `z x y`: a product of letters (capitals in a row are an order: `D A E`)
    return any(len(w) >= 3 for w in words) or len(words) >= 2  # `Yes`, `odd`; not `A` or `ab`


def _num_eq(a: Value, b: Value, opts: CompareOptions) -> Decision:
    if opts.pred_percent and not opts.ref_percent:
        if a.value / 100 == b.value:
            return True, "equal_number"  # `10%` for 0.1
        if a.value == b.value:
            return None, "percent_unclear"  # `25%` for 25: 0.25 or "25 percent"? a hedge either way
    if a.value == b.value:
        return True, "equal_number"
    cands: list[tuple[Fraction, Fraction]] = [(a.value, b.value)]
    if opts.ref_percent and not opts.pred_percent:
        cands.append((a.value, b.value / 100))
    if opts.pred_percent and not opts.ref_percent:
        cands.append((a.value / 100, b.value))
    for x, y in cands:
        if x == y:
            return True, "equal_number"
    if a.decimal or b.decimal:
        whole = any(not v.decimal and v.value.denominator == 1 for v in (a, b))
        for x, y in cands:
            scale = max(abs(x), abs(y))
            if whole and abs(x - y) >= Fraction(1, 2):
                continue  # `123456700.0` for 123456789: a relative tolerance bridges no whole unit
            if scale and abs(x - y) <= Fraction(opts.rel_tol) * scale:
                return True, "equal_within_tolerance"
    places, pct = opts.pred_decimals, opts.pred_percent and not opts.ref_percent
    exact, shown = (b.value * 100, places - 2) if pct else (b.value, places)  # `67\%` for 2/3
    exact_ref = not b.decimal or opts.ref_cut  # cut short (`0.4136…`): known to its digits
    if places and (a.literal or pct) and exact_ref and rounds_to(exact, a.value, shown):
        return rounded(opts)  # `0.333` for 1/3
    places, scaled = opts.ref_decimals, opts.ref_percent and not opts.pred_percent
    value = a.value * 100 if scaled else a.value  # `\\frac{17}{380}` for `4.47\\%`: in percent
    exact_pred = not a.literal or opts.pred_cut
    if places and b.literal and exact_pred and rounds_to(value, b.value, places, cut=False):
        return True, "equal_rounded"  # `1/3` for `0.3333`: the reference's rounding
    if finer_decimal(a, b, opts):
        return True, "equal_rounded"  # `0.333333` for `0.333`
    return False, "different_number"


def finer_decimal(a: Value, b: Value, opts: CompareOptions) -> bool:
    """A decimal with more places than a reference of three significant digits or more (`0.00001`
    states one digit) that rounds to it: `0.555555` or `0.5556` for `0.556`, `20.58` for `20.6`,
    never `0.5549` (of every set's labelled cases of such pairs, about four in five say equal)."""
    places = opts.ref_decimals
    if places < 1 or opts.pred_decimals <= places or opts.pred_percent or opts.ref_percent:
        return False
    digits = len(str(abs(b.value * 10**places).numerator))  # `0.0278`: 278, three digits
    both = a.literal and b.literal and digits >= 3
    return both and rounds_to(a.value, b.value, places, cut=False)


def rounded(opts: CompareOptions) -> Decision:
    """A decimal the exact reference rounds to: equal, unless the question asked an exact form."""
    return (False, "rounded_not_exact") if opts.exact_asked else (True, "equal_rounded")


_NUMERAL_START = set("0MDCLXVI")  # `0x41`, `0b1011`; a Roman numeral


def scalar_fast(pred: str, ref: str, opts: CompareOptions) -> Decision:
    """Decide two scalar answers cheaply, or (None, "") when a CAS is needed."""
    if pred == ref:
        return True, "equal_string"
    if _words(pred) and _words(ref):
        if pred.casefold() == ref.casefold():
            return True, "equal_text"
        return False, "different_text"
    if "_" in pred + ref or "base" in pred + ref or {pred[:1], ref[:1]} & _NUMERAL_START:
        based = based_compare(pred, ref) or roman_compare(pred, ref)  # `10001_2`, `0x41`, `XIX`
        if based is not None:
            return based
    va = exact_value(pred)
    vb = exact_value(ref) if va is not None else None
    if va is None or vb is None:
        if not (opts.pred_percent or opts.ref_percent or opts.pred_degrees or opts.ref_degrees):
            if clearly_different(pred, ref):  # `\\sqrt{34}+3\\sqrt{10}` for 28: the CAS's verdict
                return False, "not_equivalent"
        return None, ""
    return _num_eq(va, vb, opts)


ScalarFn = Callable[[str, str, CompareOptions], Decision]


def _matrices(pred: str, ref: str, opts: CompareOptions, scalar: ScalarFn) -> Decision | None:
    """Two matrices of one shape, cell by cell (each cell with its own stated precision), or
    None when either is not a plain matrix or the shapes differ (a vector either way round)."""
    cp, cr = matrix_cells(pred), matrix_cells(ref)
    if cp is None or cr is None:
        return None
    if ("{vmatrix}" in pred or "{Vmatrix}" in pred) != ("{vmatrix}" in ref or "{Vmatrix}" in ref):
        return None  # a determinant is a number, not a matrix
    if (len(cp), len(cp[0])) != (len(cr), len(cr[0])):
        return None
    return _ordered(tuple(c for r in cp for c in r), tuple(c for r in cr for c in r), opts, scalar)


def _element(pred: str, ref: str, opts: CompareOptions, scalar: ScalarFn) -> Decision:
    pred, ref = unassign(pred, ref)
    opts = replace(
        opts,
        pred_decimals=decimals(pred) or opts.pred_decimals,
        ref_decimals=decimals(ref) or opts.ref_decimals,
    )  # an element's own stated precision: `(0.6, 2.6667]` against `(3/5, 8/3]`
    return scalar(pred, ref, opts)


def _ordered(
    ps: tuple[str, ...], rs: tuple[str, ...], opts: CompareOptions, scalar: ScalarFn
) -> Decision:
    if len(ps) != len(rs):
        return False, "different_structure"
    pending: Decision | None = None
    for p, r in zip(ps, rs, strict=True):
        ok, why = _element(p, r, opts, scalar)
        if ok is False:
            return False, "different_element"
        if ok is None and pending is None:
            pending = (None, why)
    return pending if pending is not None else (True, "equal_structure")


def _unordered(
    ps: tuple[str, ...], rs: tuple[str, ...], opts: CompareOptions, scalar: ScalarFn, dedupe: bool
) -> Decision:
    if dedupe:
        ps, rs = tuple(dict.fromkeys(ps)), tuple(dict.fromkeys(rs))
    if len(ps) != len(rs):
        return (None, "") if dedupe else (False, "different_structure")
    left = list(ps)
    for r in rs:
        hit = None
        maybe: Decision | None = None
        for k, p in enumerate(left):
            ok, why = _element(p, r, opts, scalar)
            if ok:
                hit = k
                break
            if ok is None:
                maybe = (None, why)
        if hit is None:
            return maybe if maybe is not None else (False, "different_element")
        left.pop(hit)
    return True, "equal_structure"


PARAMETER_NAMES = frozenset("klmnt")  # names of the integer of a periodic solution (`\\pi k`)
_PARAMETER = re.compile(rf"(?<![A-Za-z\\])[{''.join(sorted(PARAMETER_NAMES))}](?![A-Za-z])")


def periodic(s: str, degrees: bool = False) -> bool:
    """Whether an answer may be a periodic family (a multiple of pi, or an angle in degrees, and
    an integer parameter)."""
    return (degrees or "\\pi" in s) and _PARAMETER.search(s) is not None


_SEVERAL = re.compile(r"[,;]|\\[pm]p(?![a-zA-Z])")
_INEQUALITY_SIGNS = ("<", ">", "\\leq", "\\geq", "\\ne")
_RELATION = ("=", "\\in", *_INEQUALITY_SIGNS)


ELLIPSES = frozenset(("\\ldots", "\\cdots", "\\dots", "...", "…"))


def _open_ended(st: Struct) -> bool:
    """A list, tuple or set with an ellipsis among its items (a sequence that goes on)."""
    return st.kind != "scalar" and any(i.strip() in ELLIPSES for i in st.items)


def _at_once(pred: str, ref: str, opts: CompareOptions) -> Decision | None:
    """What is decided before any parse: the same string, a percent on one side only, periodic
    families of which one side lists several (their residues are for the CAS)."""
    if opts.pred_percent and not opts.ref_percent and pred == ref:
        return None, "percent_unclear"  # `25%` for 25: 0.25, or "25 percent"? a hedge either way
    if pred == ref:
        return True, "equal_string"
    if residue := early_decision(pred, ref, opts.pred_degrees or opts.ref_degrees):
        return residue  # `2^{100} \\pmod{7}` for 2, `37 mod 7` for `2 mod 7`, `12k \\pm 1`
    if (
        periodic(pred, opts.pred_degrees)
        and periodic(ref, opts.ref_degrees)
        and (_SEVERAL.search(pred) or _SEVERAL.search(ref))
    ):
        return None, ""
    return None


def _ratio_number(q: str, sp: Struct, sr: Struct, opts: CompareOptions) -> Decision:
    """A ratio's quotient `q` against the scalar side; an open decision goes to the CAS."""
    same = (
        scalar_fast(q, sr.items[0], opts)
        if sp.kind == "ratio"
        else scalar_fast(sp.items[0], q, opts)
    )
    if same[0] is None:
        return None, ""
    return (True, "equivalent") if same == (True, "equal_string") else same


def _ratios(sp: Struct, sr: Struct, opts: CompareOptions) -> Decision:
    """Two ratios: term by term, or in one proportion (`4:6` for `2:3`); a ratio against another
    structure is another structure, against a scalar a question for the CAS."""
    if sp.kind != sr.kind and "scalar" in (sp.kind, sr.kind):  # `5/4:3/2` for `5/6`
        q = ratio_quotient((sp if sp.kind == "ratio" else sr).items)
        return (None, "") if q is None else _ratio_number(q, sp, sr, opts)
    if sp.kind != sr.kind:
        return False, "different_structure"
    later = list(zip(sp.items[1:], sr.items[1:], strict=False))
    if any(re.fullmatch(r"0\d", t) for pair in later for t in pair):  # `2:03`: a time of day
        if len(sp.items) != len(sr.items) or any(len(a) != len(b) for a, b in later):
            return False, "different_element"  # `2:3` is no time; as a ratio, another answer
    same = _ordered(sp.items, sr.items, opts, scalar_fast)
    if same[0] is False and proportional(sp.items, sr.items):
        return True, "equivalent"  # `4:6` for `2:3`: one ratio in other terms
    return same


def _estimate(sp: Struct, sr: Struct, opts: CompareOptions, scalar: ScalarFn) -> Decision | None:
    """`417.39 \\pm 125.72` against `(291.67, 543.11)`, either way round: the interval it names."""
    if {sp.kind, sr.kind} != {"scalar", "bracket"}:
        return None
    if sp.kind == "scalar":
        ends = estimate_margin(sp.items[0], sr)
        return None if ends is None else _ordered(ends, sr.items, opts, scalar)
    ends = estimate_margin(sr.items[0], sp)
    return None if ends is None else _ordered(sp.items, ends, opts, scalar)


def structured_compare(pred: str, ref: str, opts: CompareOptions, scalar: ScalarFn) -> Decision:
    """Compare canonical answers by their top-level structure, elements with `scalar`.

    Returns (True|False, reason) when decided, (None, why) when `scalar` could not decide an
    element or the shapes need a CAS (an inequality against an interval, `1\\pm\\sqrt{2}`
    against a list)."""
    early = _at_once(pred, ref, opts)
    if early is not None:
        return early
    dec = decimal_commas(pred, ref, opts.pred_comma, opts.ref_comma)
    if dec is not None:  # `0,33` states two places, as `0.33` does
        pred, ref = dec
        opts = replace(opts, pred_decimals=decimals(pred), ref_decimals=decimals(ref))
    pred, ref = unassign(pred, ref)
    if pred == ref:
        return True, "equal_string"
    if "\\begin" in pred and "\\begin" in ref:
        mat = _matrices(pred, ref, opts, scalar)
        if mat is not None:
            return mat
    sp, sr = parse_struct(pred), parse_struct(ref)
    if _open_ended(sp) != _open_ended(sr):
        return False, "different_structure"  # `1, 2, 3, \ldots` goes on; `1, 2, 3` stops
    vec_p, vec_r = matrix_vector(pred), matrix_vector(ref)
    if (vec_p is not None) != (vec_r is not None):  # a one-row/column matrix against a list
        other = sr if vec_p is not None else sp
        if other.kind in ("bracket", "list"):
            return _ordered(vec_p or sp.items, vec_r or sr.items, opts, scalar)
    if (chain := chain_against_interval(pred, ref, sp, sr)) is not None:
        return same_set(structured_compare(*chain, opts, scalar))  # `a < x \\leq b`, `(a, b]`
    if sp.kind == "scalar" and sr.kind == "scalar":
        return scalar(sp.items[0], sr.items[0], opts)
    if sp.kind == "ratio" or sr.kind == "ratio":
        return _ratios(sp, sr, opts)
    if sp.kind == "set" or sr.kind == "set":
        if len(sp.items) == 1 and sr.kind == "scalar":
            return _element(sp.items[0], ref, opts, scalar)
        if len(sr.items) == 1 and sp.kind == "scalar":
            return _element(pred, sr.items[0], opts, scalar)
        if {sp.kind, sr.kind} <= {"set", "list"}:
            return _unordered(*both_signs(sp.items, sr.items), opts, scalar, dedupe=True)
        return None, ""
    if sp.kind == "union" or sr.kind == "union":
        if sp.kind == sr.kind:
            return _unordered(sp.items, sr.items, opts, scalar, dedupe=False)
        return None, ""
    if sp.kind == "bracket" and sr.kind == "bracket":
        if (sp.left, sp.right) != (sr.left, sr.right) and not _one_sequence(sp, sr):
            return False, "different_structure"
        polar = polar_point(sp.items, sr.items, opts, scalar) if sp.left == "(" else None
        return polar or _ordered(sp.items, sr.items, opts, scalar)  # `(3, 5π/3)`, `(3, -π/3)`
    if sp.kind == "list" and sr.kind == "list":
        if opts.ordered_lists or (_named(sr.items) and not any(map(split_assignment, sp.items))):
            return _ordered(sp.items, sr.items, opts, scalar)
        return _unordered(*both_signs(sp.items, sr.items), opts, scalar, dedupe=True)
    if {sp.kind, sr.kind} == {"list", "bracket"}:
        b = sp if sp.kind == "bracket" else sr
        if any(INEQUALITY.search(i) for i in (sr if b is sp else sp).items):
            return None, ""  # `x > 1, x < 3` against `(1, 3)`: a set of reals, for the CAS
        if (b.left == "(" and b.right == ")") or _sequence(b):
            return _ordered(sp.items, sr.items, opts, scalar)
        if _python_list(b) and not opts.ordered_lists:
            return _unordered(sp.items, sr.items, opts, scalar, dedupe=True)
        return None, ""
    if sp.kind == "list" and sr.kind == "scalar" and not several_values(ref):  # `\\frac12; 0.5`
        same = _ordered(sp.items, tuple(ref for _ in sp.items), opts, scalar)  # one value, 2 forms
        if same[0] is not False:
            return same
    if (estimate := _estimate(sp, sr, opts, scalar)) is not None:
        return estimate
    if "scalar" in (sp.kind, sr.kind):
        other = sp if sr.kind == "scalar" else sr
        one = ref if sr.kind == "scalar" else pred
        if several_values(one):
            return None, ""  # an equation, inequality or +- may describe the same set
        if other.kind in ("list", "bracket") and exact_value(one) is not None:
            return False, "different_structure"
    return None, ""


def several_values(one: str, equations: bool = True) -> bool:
    """An answer that may describe several values: an inequality, a `\\pm`, an "or", and (with
    `equations`) an equation or a membership."""
    signs = _RELATION if equations else _INEQUALITY_SIGNS
    return any(r in one for r in (*signs, "\\pm", "\\mp", "\\lor"))


def _named(items: tuple[str, ...]) -> bool:
    """`x = 2, y = 3`: values of distinct unknowns, in the order the reference names them (a bare
    `3, 2` against them is read in that order, not as a set)."""
    names = [a[0] for a in map(split_assignment, items) if a is not None]
    return len(names) == len(items) and len(set(names)) == len(names)


def _python_list(st: Struct) -> bool:
    """`[2, -2]`: square brackets around two numbers in falling order, which no interval has (a
    list, as programs print one)."""
    if (st.left, st.right) != ("[", "]") or len(st.items) != 2:
        return False
    lo, hi = (exact_value(i) for i in st.items)
    return lo is not None and hi is not None and lo.value > hi.value


def _sequence(st: Struct) -> bool:
    """`(1, 2, 3)` or `[1, 2, 3]`: three or more items in matching brackets are a tuple or list
    (never an interval), the same ordered sequence whichever brackets it is written in."""
    return len(st.items) >= 3 and (st.left, st.right) in (("(", ")"), ("[", "]"))


def _one_sequence(a: Struct, b: Struct) -> bool:
    """Two brackets of other shapes that hold one ordered sequence: both tuples of three or more,
    or a pair in square brackets that falls (`[8/2, 6/2]`: no interval) against a round pair."""
    if _sequence(a) and _sequence(b):
        return True
    pair = a if (b.left, b.right) == ("(", ")") else b if (a.left, a.right) == ("(", ")") else None
    return pair is not None and _python_list(pair) and len((a if pair is b else b).items) == 2


def fast_compare(pred: str, ref: str, opts: CompareOptions) -> Decision:
    """The in-process decision: (True|False, reason), or (None, "") to ask the CAS."""
    return structured_compare(pred, ref, opts, scalar_fast)
