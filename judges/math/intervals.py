r"""Intervals and inequality chains in the forms that other tools print, as the normaliser
reads the plain ones (runs on the answer before spaces are dropped).

- A TeX group around the items of a bracket is only a group: `\left( { - \infty ,3} \right)`,
  as MathType and some answer keys print an interval, is `(-\infty, 3)`.
- An infinite end of an inequality chain bounds nothing: `-\infty < x < 0` is `x < 0`, and
  `2 \leq x < +\infty` is `2 \leq x`; with two infinite ends around one variable
  (`-\infty < x < \infty`) it is every real number.
- The variable of a set-builder set is bound: `\{y \mid y > 0\}` is the set `\{x \mid x > 0\}`
  (`bound_as_reference` names it as the reference does before either side is read).
"""

from __future__ import annotations

import re
from typing import Any

# a bracket whose items sit in one TeX group (one level of braces inside it)
_BRACED_ITEMS = re.compile(r"([(\[])\s*\{((?:[^{}]|\{[^{}]*\})*,(?:[^{}]|\{[^{}]*\})*)\}\s*([)\]])")
_LESS = r"(?:<|\\lt|\\leq?)"
_FROM_MINUS_INFINITY = re.compile(rf"^\s*-\s*\\infty\s*{_LESS}\s*(?=[A-Za-z])")
_TO_PLUS_INFINITY = re.compile(rf"(?<=[A-Za-z}}])\s*{_LESS}\s*\+?\s*\\infty\s*$")
_RELATION = re.compile(rf"{_LESS}|>|\\gt|\\geq?")
# the variable of a set-builder set, then its bar: `|`, `\mid`, `:`, or a slash after `x ∈ ℝ`
# (`{x∈R/ x<1}`, as Spanish and Portuguese keys write it)
_REALS = r"(?:∈|\\in)\s*(?:R|ℝ|\\mathbb\s*\{R\})\s*"
_BAR = rf"(?:{_REALS}(?:\||\\mid(?![A-Za-z])|:|/)|\||\\mid(?![A-Za-z])|:)"
_BUILDER_OPEN = re.compile(rf"\{{\s*[A-Za-z]\s*{_BAR}")
# a set-builder set of one variable: `\{y \mid y > 0\}`, `{x丨x<1}`, `\{t \in \mathbb{R} : t \neq 3\}`
_BUILDER = re.compile(rf"\s*\\?\{{\s*([A-Za-z])\s*(?:{_BAR}|丨)\s*(.+?)\s*\\?\}}\s*")


def tidy_intervals(s: str) -> str:
    """The answer with grouped interval items unwrapped and infinite chain ends dropped."""
    if "{" in s and "," in s:
        s = _BRACED_ITEMS.sub(r"\1\2\3", s)
    if "\\infty" in s and len(_RELATION.findall(s)) == 2:
        low, high = _FROM_MINUS_INFINITY.search(s), _TO_PLUS_INFINITY.search(s)
        if (low is None) != (high is None):
            s = _FROM_MINUS_INFINITY.sub("", _TO_PLUS_INFINITY.sub("", s))
        elif low is not None and high is not None:
            middle = s[low.end() : high.start()]
            s = "\\mathbb{R}" if len(middle) == 1 and middle.isalpha() else s
    return s


# an inequality chain in one letter, as an interval: `a < x \leq b`, `x \geq a`, `b > x > a`
_OP = r"(<|\\leq?|>|\\geq?)"
_SIDE = r"([^<>=\\]*(?:\\(?!leq?|geq?)[a-zA-Z]+[^<>=\\]*)*)"  # no relation sign in a bound
_CHAIN = re.compile(rf"{_SIDE}{_OP}\s*([A-Za-z])\s*{_OP}{_SIDE}")
_ONE_SIDED = re.compile(rf"([A-Za-z])\s*{_OP}{_SIDE}|{_SIDE}{_OP}\s*([A-Za-z])")
_FLIP = {"<": ">", ">": "<", "\\le": "\\ge", "\\leq": "\\geq", "\\ge": "\\le", "\\geq": "\\leq"}


def _interval(low: str, low_op: str, high: str, high_op: str) -> str:
    """The interval from `low` to `high`, each end closed when its sign allows equality."""
    left = "[" if "e" in low_op else "("
    right = "]" if "e" in high_op else ")"
    return f"{left}{low.strip()},{high.strip()}{right}"


def chain_interval(s: str) -> str | None:
    """`a<x\\leq b` -> `(a,b]`, `x\\geq a` -> `[a,\\infty)`, `b>x>a` -> `(a,b)`; else None."""
    if (m := _CHAIN.fullmatch(s)) is not None and m[1].strip() and m[5].strip():
        low, op1, var, op2, high = m.groups()
        if var in low + high or ("<" in op1 or "l" in op1) != ("<" in op2 or "l" in op2):
            return None
        if ">" in op1 or "g" in op1:  # `b > x > a`
            low, op1, op2, high = high, _FLIP[op2], _FLIP[op1], low
        return _interval(low, op1, high, op2)
    if (m := _ONE_SIDED.fullmatch(s)) is None:
        return None
    var, op, bound = (m[1], m[2], m[3]) if m[1] else (m[6], _FLIP[m[5]], m[4])
    if not bound.strip() or var in bound:
        return None
    if "<" in op or "l" in op:
        return _interval("-\\infty", "<", bound, op)
    return _interval(bound, op, "\\infty", "<")


def chain_against_interval(pred: str, ref: str, sp: Any, sr: Any) -> tuple[str, str] | None:
    """An inequality chain against an interval (a bracket of two items; `sp`, `sr` are the two
    sides' parsed structures): the chain as that interval, the other side unchanged; else None."""
    if (sp.kind, sr.kind) == ("scalar", "bracket") and len(sr.items) == 2:
        c = chain_interval(pred)
        return None if c is None else (c, ref)
    if (sp.kind, sr.kind) == ("bracket", "scalar") and len(sp.items) == 2:
        c = chain_interval(ref)
        return None if c is None else (pred, c)
    return None


def same_set(decision: tuple[bool | None, str]) -> tuple[bool | None, str]:
    """A decision on an inequality against an interval, in the words of one set against another
    (`equivalent`, `not_equivalent`); an open decision unchanged."""
    ok = decision[0]
    return decision if ok is None else (ok, "equivalent" if ok else "not_equivalent")


def _letter(v: str) -> re.Pattern[str]:
    """The letter `v` as a variable: not part of a word or a command (`y` in `y>0`, not in `\\psi`)."""
    return re.compile(rf"(?<![A-Za-z\\]){v}(?![A-Za-z])")


def bound_as_reference(pred: str, reference: str) -> str:
    """`pred` with its set-builder variable renamed to the reference's, when both answers are
    set-builder sets of one variable each and the reference's letter is not already in the
    answer's condition; else `pred` unchanged."""
    mp, mr = _BUILDER.fullmatch(pred), _BUILDER.fullmatch(reference)
    if mp is None or mr is None or mp[1] == mr[1]:
        return pred
    old, new = mp[1], mr[1]
    if _letter(new).search(mp[2]) or not _letter(old).search(mp[2]):
        return pred
    return _letter(old).sub(new, pred)


def _one_group(s: str) -> bool:
    """Whether the `{` that opens `s` closes at its very end (`{x|x>1}`, not `{1}{2}`)."""
    depth = 0
    for k, ch in enumerate(s):
        depth += (ch == "{") - (ch == "}")
        if depth == 0:
            return k == len(s) - 1
    return False


def builder_braces(s: str) -> str:
    """A set-builder set in plain braces as TeX writes it: `{x|x>1}` -> `\\{x|x>1\\}` (also
    `{x : x > 1}`, `{x∈R/ x<1}`); anything else unchanged."""
    if _BUILDER_OPEN.match(s) and _one_group(s):
        return "\\{" + s[1:-1] + "\\}"
    return s


_INNER_GROUP = re.compile(r"\\\{\s*(\{.*\})\s*\\\}")
# the reals named as the variable's domain before the condition: `x \in R, -2 < x < 3`
_REAL_DOMAIN = re.compile(rf"\s*([A-Za-z])\s*{_REALS}(?:,|\\wedge|\\land|\band\b)\s*")


def builder_condition(s: str) -> str:
    """The condition of a set-builder set, which describes it: `\\{x \\mid -2 < x < 3\\}` ->
    `-2 < x < 3`, also after the reals named as its domain (`\\{x : x \\in R, -2<x<3\\}`);
    anything else unchanged."""
    s = s.replace("\\ ", " ")
    m = _BUILDER.fullmatch(s)
    if m is None and (inner := _INNER_GROUP.fullmatch(s)) and _one_group(inner[1]):
        m = _BUILDER.fullmatch(f"\\{{{inner[1][1:-1]}\\}}")  # `\\{ {x:3 < x < 5} \\}`
    if m is None:
        return s
    condition = m.group(2)
    if (d := _REAL_DOMAIN.match(condition)) is not None and d[1] == m[1]:
        condition = condition[d.end() :]
    return condition
