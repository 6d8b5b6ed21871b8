"""Assignments and equation chains in canonical answers: `x = 2`, `x \\in [1, 2]`, `(p, q) =
(3, 2)`, `a = b = 0`, `7 + 1 = 8`, and the lists `x = 2, 4` that name one variable's values;
`unassign` aligns an answer with its reference before they are compared (see `fast`). Also
`split_top` and `paren_close`, the bracket-aware helpers the other modules use. Linear-time string work.
"""

from __future__ import annotations

import re

from curate.judges.math.guard import exact_value, rounds_to


def paren_close(s: str, start: int = 0) -> int:
    """Index of the `)` that closes the `(` at `start`, or -1."""
    depth = 0
    for k in range(start, len(s)):
        if s[k] == "(":
            depth += 1
        elif s[k] == ")":
            depth -= 1
            if depth == 0:
                return k
    return -1


def split_top(s: str, seps: str = ",;") -> list[str]:
    """Split at separators outside any bracket (`([{` open, `)]}` close, types not matched, so
    half-open intervals nest fine)."""
    parts: list[str] = []
    depth = 0
    start = 0
    for k, ch in enumerate(s):
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif ch in seps and depth == 0:
            parts.append(s[start:k])
            start = k + 1
    parts.append(s[start:])
    return [p.strip() for p in parts]


_SUB = r"(?:_(?:\{[A-Za-z0-9]+\}|[A-Za-z0-9]+))?"  # a balanced subscript (`\sum_{k=1}` is none)
_INVERSE = r"(?:\^\{?-1\}?)?"  # `f^{-1}(x)`: the inverse function
_VAR = (
    r"(?:[A-Za-z]"
    + _SUB
    + r"'?|\\[a-zA-Z]+"
    + _SUB
    + r"|[A-Za-z]"
    + _INVERSE
    + r"\([A-Za-z0-9]*\))"
)
_LETTER = re.compile(r"(?<!\\)\b[a-z]")  # a variable, not a command's name
_ASSIGN = re.compile(r"(" + _VAR + r")\s*(?:=|\\in)(?!=)\s*(.+)", re.S)


def split_assignment(s: str) -> tuple[str, str] | None:
    """(`x`, `2`) for `x = 2` / `x \\in [1,2]`; the last right-hand side of a chain `x = a = 2`."""
    m = _ASSIGN.fullmatch(s)
    if not m:
        return None
    rhs = m.group(2)
    if "=" in rhs:
        tail = split_top(rhs, "=")
        rhs = tail[-1]
        if not rhs or "<" in rhs or ">" in rhs or "\\leq" in rhs or "\\geq" in rhs:
            return None
    return m.group(1), rhs


_INEQ = ("<", ">", "\\leq", "\\geq", "\\ne", "\\approx")
# a TeX space (`\\quad`, `\\hspace{20px}`, `\\;`; not `\\ `, which spaces words) before a name
# and an equals sign: the next of several equations (`x_1=9 \\quad x_2=4` is two roots, never the
# chain x_1 = 9 x_2 = 4)
_SPACED_EQUATION = re.compile(
    r"\s*(?:\\q?quad|\\hspace\*?\{[^{}]*\}|\\;)\s*(?=" + _VAR + r"\s*=(?!=))"
)


def spaced_equations(s: str) -> str:
    """`x_1=9 \\quad x_2=4` -> `x_1=9, x_2=4`; anything else unchanged."""
    return _SPACED_EQUATION.sub(", ", s) if s.count("=") >= 2 and "\\" in s else s


INEQUALITY = re.compile(r"[<>]|\\leq|\\geq")  # an inequality sign


def last_rhs(s: str) -> str | None:
    """Right-hand side of the last top-level `=` of an equation chain (not of a list)."""
    if "=" not in s or any(t in s for t in _INEQ) or len(split_top(s, ",;")) > 1:
        return None
    parts = split_top(s, "=")
    if len(parts) < 2 or not parts[-1]:
        return None
    last = exact_value(parts[-1])
    shown = _DECIMAL.fullmatch(parts[-1].strip())
    for part in parts[:-1]:  # `7+1=42`: a false computation states no value
        val = exact_value(part) if last is not None else None
        if val is None or last is None or val.value == last.value:
            continue
        if not (shown and rounds_to(val.value, last.value, len(shown.group(1)))):
            return None  # `1/3 = 0.33` states 0.33, rounded as shown
    return parts[-1]


_DECIMAL = re.compile(r"-?\d+\.(\d+)")


def _computed(s: str) -> str:
    """The value of a true computation between numbers (`\\frac{9}{9} = 1` -> `1`), else `s`."""
    parts = split_top(s, "=")
    values = [exact_value(p) for p in parts] if len(parts) >= 2 else []
    if values and all(v is not None for v in values):
        if len({v.value for v in values if v is not None}) == 1:
            return parts[-1]
    return s


def _value_first(s: str) -> tuple[str, str] | None:
    """(`x`, `2`) for an answer written value first, `2 = x` or `2x+1 = y`: a single variable
    on the right that the left side does not name."""
    parts = split_top(s, "=")
    if len(parts) != 2 or not parts[0].strip():
        return None
    lhs, rhs = parts[0].strip(), parts[1].strip()
    if re.search(r"[A-Za-z]", lhs) and (len(rhs) != 1 or not rhs.isalpha() or rhs in lhs):
        return None
    return split_assignment(f"{rhs} = {lhs}")


def _named_value(s: str) -> tuple[str, str] | None:
    """(`(p,q)`, `(3,2)`) for a reference `(p,q) = (3,2)` or `S_{ABC}:S = 7:32`: a left side
    made of names only (no digits outside subscripts) names the value on the right."""
    if any(t in s for t in _INEQ):
        return None
    parts = split_top(s, "=")
    if len(parts) >= 3 and all(parts):  # a chain `a = b = 0`: its last value
        return parts[0], parts[-1]
    if len(parts) != 2 or not parts[0] or not parts[1]:
        return None
    lhs = re.sub(r"_\{[^{}]*\}|_[A-Za-z0-9]", "", parts[0])
    if re.search(r"\d", lhs) or not re.search(r"[A-Za-z]", lhs):
        return None
    return parts[0], parts[1]


def unassign(pred: str, ref: str) -> tuple[str, str]:
    """Align equations: a predicted `... = v` against a reference without `=` compares `v`
    (the last right-hand side, whatever the left side); a reference assignment to a single
    variable (`x = 2`) against an answer without `=` compares `2`; `x = a` vs `x = b` compares
    `a` with `b`. Anything else (`y = 2x` vs `2x - y = 0`) is left to the CAS."""
    pred, ref = values_of_one(same_letter(pred, ref)), values_of_one(ref)
    if "=" in pred and "=" not in ref and pred.startswith("("):
        named = _named_value(pred)  # `(x, y, z) = (1, 2, 3)` against `1, 2, 3`
        if named is not None and named[0].startswith("("):
            pred = named[1]
    if len(split_top(pred, ",;")) > 1 or len(split_top(ref, ",;")) > 1:
        return pred, ref
    if "=" in ref:
        ref = _computed(ref)  # a reference `\\frac{9}{9} = 1` states 1
    if "=" not in ref and "\\in" not in ref:
        pa = split_assignment(pred) or _value_first(pred)  # `x = 10/9` or `10/9 = x`
        if pa:
            return pa[1], ref
        rhs = last_rhs(pred)
        if rhs == "0" and pred.count("=") == 1 and _LETTER.search(ref):
            return pred.split("=")[0].strip(), ref  # `p(x) = 0` against `p(x)`: the polynomial
        if rhs is not None and pred.count("=") == 1 and _equation_to_solve(pred.split("=")[0]):
            return pred, ref  # `2x = 3`: an equation to solve, unless it holds for every x
        return (rhs, ref) if rhs is not None else (pred, ref)
    ra = split_assignment(ref) or _named_value(ref) or _value_first(ref)
    if ra and "=" not in pred and "\\in" not in pred:
        return pred, ra[1]
    pa = split_assignment(pred)
    if pa and ra and _same_name(pa[0], ra[0]):
        return pa[1], ra[1]
    return _derivatives(pred, ref)


_INDEXED = re.compile(r"([A-Za-z])_\{?\d+\}?")


def _same_name(a: str, b: str) -> bool:
    """Whether two left sides name one unknown: the same name, or a letter and that letter
    with a numeric index (`x = -5` against `x_1 = -5`: one of the values of `x`)."""
    if a == b:
        return True
    m = _INDEXED.fullmatch(b) or _INDEXED.fullmatch(a)
    return m is not None and m[1] in (a, b)


# the left side of `y' = 2x`, `f''(x) = …`, `\\frac{dy}{dx} = …`, `\\frac{d^2y}{dx^2} = …`, `dy/dx
# = …`: a derivative of some order, of a function named with its argument or of a bare letter
_PRIMED_SIDE = re.compile(r"([A-Za-z])('+)(?:\(([A-Za-z])\))?\s*=(?!=)")
_LEIBNIZ_SIDE = re.compile(
    r"(?:\\frac\{d(?:\^\{?(\d)\}?)?\s*([A-Za-z])\}\{d\s*([A-Za-z])(?:\^\{?\d\}?)?\}"
    r"|d(?:\^(\d))?([A-Za-z])\s*/\s*d([A-Za-z])(?:\^\d)?)\s*=(?!=)"
)


def _derivative(s: str) -> tuple[int, str, str, bool, str] | None:
    """(order, function, variable or "", whether the function has its argument, right side) of
    an equation whose left side is a derivative, else None."""
    m = _PRIMED_SIDE.match(s)
    if m is not None:
        return len(m[2]), m[1], m[3] or "", m[3] is not None, s[m.end() :].strip()
    m = _LEIBNIZ_SIDE.match(s)
    if m is not None:
        order = int(m[1] or m[4] or 1)
        return order, m[2] or m[5], m[3] or m[6], False, s[m.end() :].strip()
    return None


def _derivatives(pred: str, ref: str) -> tuple[str, str]:
    """`y'' = 12x^2` against `f''(x) = 12x^2`, `dy/dx = -x/y` against `\\frac{dy}{dx} =
    -\\frac{x}{y}`: derivatives of one order and variable compare their right sides when they
    name one function, or one side names only a letter (`y`); `g''(x)` is not `f''(x)`."""
    if pred.count("=") != 1 or ref.count("=") != 1:
        return pred, ref
    dp, dr = _derivative(pred), _derivative(ref)
    if dp is None or dr is None or dp[0] != dr[0] or (dp[2] and dr[2] and dp[2] != dr[2]):
        return pred, ref
    if dp[1] != dr[1] and dp[3] and dr[3]:
        return pred, ref  # two functions, each with its argument: `g''(x)` and `f''(x)`
    return dp[4], dr[4]


# a one-letter variable (not a command's or a word's letter; never e or i, which are constants)
_LONE = re.compile(r"(?<![\\A-Za-z])[A-DF-HJ-Za-df-hj-z](?![A-Za-z])")


# a linear expression in one variable with a number in it (`2x`, `x + 5`, `3 - 2y`): the left side
# of an equation to solve (the question asked for the variable), not of a named quantity (`m + n`,
# `x^2`, `s/r` may be what was asked)
_NUM = r"\d+(?:\.\d+)?"
_TERM = rf"(?:{_NUM}\s*(?:\\cdot|\*)?\s*)?[A-DF-HJ-Za-df-hj-z]"
_LINEAR_SIDE = re.compile(rf"-?(?:{_TERM}(?:\s*[-+]\s*{_NUM})?|{_NUM}\s*[-+]\s*{_TERM})")


def _equation_to_solve(lhs: str) -> bool:
    """Whether the left side of an equation is a linear expression in one variable with a number
    in it, so that the equation (`2x = 3`) is one to solve and states no value."""
    side = lhs.strip()
    return _LINEAR_SIDE.fullmatch(side) is not None and re.search(r"\d", side) is not None


def same_letter(pred: str, ref: str) -> str:
    """`pred` with its one variable written as the reference's when both name one variable, the
    same letter in the other case (`X+1` for `x+1`, `X = 5` for `x = 5`)."""
    a, b = set(_LONE.findall(pred)), set(_LONE.findall(ref))
    if len(a) != 1 or len(b) != 1 or a == b or a.pop().lower() != (letter := b.pop()).lower():
        return pred
    return _LONE.sub(letter, pred)


def values_of_one(s: str) -> str:
    """`x = 2, 4` -> `2, 4`: a list whose first item names the variable that all take."""
    if "=" not in s:
        return s
    items = split_top(s, ",")
    if len(items) < 2 or any("=" in t for t in items[1:]):
        return s
    first = split_assignment(items[0])
    return ", ".join([first[1], *items[1:]]) if first else s


# the inverse of a named function on the left of an equation: `f^{-1}(x) =`, `f^-1(x) =`,
# `f^(-1)(x) =`, `h^{-1} (x) =`, and `f-1(x) =` as a page that lost the superscript prints it
_INVERSE_LHS = re.compile(
    r"^\s*([A-Za-z])\s*(?:\^\s*(?:\{\s*-\s*1\s*\}|\(\s*-\s*1\s*\)|-\s*1)|-1)\s*"
    r"\(\s*([A-Za-z])\s*\)\s*="
)


def inverse_names(s: str) -> str:
    """`f^{-1}(x) = (x-3)/2` -> `f_{inv}(x) = (x-3)/2`: one function's name (so that it meets
    `y = (x-3)/2` as `g(x) = ...` does), never `f` itself."""
    return _INVERSE_LHS.sub(r"\1_{inv}(\2)=", s) if "1" in s and "=" in s else s
