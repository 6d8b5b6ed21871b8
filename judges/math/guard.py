"""Bounds checked on an answer BEFORE anything parses or evaluates it, and a tiny exact evaluator.

`guard(s)` returns a reason code (`too_long`, `too_deep`, `huge_power`, `huge_factorial`,
`too_large_matrix`, `too_complex`, `huge_number`) or None when `s` may be handed to the parser.
`exact_value(s)` evaluates plain arithmetic (integers, decimals, `\\frac`, `+ - * /`, `^` with a
small integer exponent, parentheses) to an exact `Fraction`; it never allocates more than a few
kilobytes and returns None for anything else. Both are pure Python, linear in the input.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

MAX_CHARS = 2000
MAX_DEPTH = 40
MAX_EXPONENT = 10_000  # |numeric exponent| allowed anywhere
MAX_FACTORIAL = 10_000
MAX_MATRIX_CELLS = 400
MAX_COMMANDS = 300
MAX_DIGITS = 2_000  # digits of one number literal
_MAX_BITS = 40_000  # an exact intermediate result larger than this is "not simple"


@dataclass(frozen=True)
class Value:
    """An exact value and whether a decimal literal (a rounded number) went into it."""

    value: Fraction
    decimal: bool
    literal: bool = False  # one decimal literal, maybe signed (`-3.14`): a stated precision


class _Unsupported(Exception):
    pass


_TOKEN = re.compile(
    r"\s*(?:(?P<num>\d+\.\d*|\.\d+|\d+)|(?P<cmd>\\[A-Za-z]+|\\[{}])|(?P<op>[-+*/^(){}\[\]!])|(?P<other>\S))"
)
_MUL_CMDS = {"\\cdot": "*", "\\times": "*", "\\ast": "*", "\\div": "/"}


class _Eval:
    """Recursive descent over tokens; raises _Unsupported for anything outside the grammar."""

    def __init__(self, s: str, max_bits: int = _MAX_BITS) -> None:
        self.toks: list[tuple[str, str]] = []
        for m in _TOKEN.finditer(s):
            kind = m.lastgroup or "other"
            val = m.group(kind)
            if kind == "cmd" and val in _MUL_CMDS:
                kind, val = "op", _MUL_CMDS[val]
            self.toks.append((kind, val))
        self.i = 0
        self.decimal = False
        self.max_bits = max_bits
        self.depth = 0

    def peek(self) -> tuple[str, str] | None:
        return self.toks[self.i] if self.i < len(self.toks) else None

    def take(self, val: str | None = None) -> tuple[str, str]:
        t = self.peek()
        if t is None or (val is not None and t[1] != val):
            raise _Unsupported
        self.i += 1
        return t

    def check(self, q: Fraction) -> Fraction:
        if q.numerator.bit_length() > self.max_bits or q.denominator.bit_length() > self.max_bits:
            raise _Unsupported
        return q

    def run(self) -> Value:
        v = self.expr()
        if self.peek() is not None:
            raise _Unsupported
        one = len(self.toks) == 1 or (len(self.toks) == 2 and self.toks[0][1] in "+-")
        return Value(v, self.decimal, self.decimal and one)

    def expr(self) -> Fraction:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise _Unsupported
        v = self.term()
        while (t := self.peek()) is not None and t[1] in "+-" and t[0] == "op":
            self.i += 1
            w = self.term()
            v = self.check(v + w if t[1] == "+" else v - w)
        self.depth -= 1
        return v

    def term(self) -> Fraction:
        v = self.unary()
        while (t := self.peek()) is not None and t[0] == "op" and t[1] in "*/":
            self.i += 1
            w = self.unary()
            if t[1] == "/":
                if w == 0:
                    raise _Unsupported
                v = self.check(v / w)
            else:
                v = self.check(v * w)
        return v

    def unary(self) -> Fraction:
        t = self.peek()
        if t is not None and t[0] == "op" and t[1] in "+-":
            self.i += 1
            v = self.unary()
            return -v if t[1] == "-" else v
        return self.power()

    def power(self) -> Fraction:
        base = self.atom()
        t = self.peek()
        if t is not None and t[1] == "^":
            self.i += 1
            exp = self.exponent()
            if exp.denominator != 1 or abs(exp.numerator) > MAX_EXPONENT:
                raise _Unsupported
            e = exp.numerator
            if base == 0 and e < 0:
                raise _Unsupported
            bits = max(base.numerator.bit_length(), base.denominator.bit_length())
            if bits * abs(e) > self.max_bits:
                raise _Unsupported
            return base**e
        return base

    def exponent(self) -> Fraction:
        t = self.peek()
        if t is None:
            raise _Unsupported
        if t[1] == "{":
            return self.group()
        if t[0] == "num" and "." not in t[1]:  # 2^3 takes one digit in LaTeX
            self.i += 1
            if len(t[1]) > 1:
                raise _Unsupported  # "2^10" is ambiguous LaTeX: leave it to the parser
            return Fraction(int(t[1]))
        if t[1] == "-":
            self.i += 1
            return -self.exponent()
        raise _Unsupported

    def group(self) -> Fraction:
        self.take("{")
        v = self.expr()
        self.take("}")
        return v

    def atom(self) -> Fraction:
        t = self.take()
        kind, val = t
        if kind == "num":
            if len(val) > MAX_DIGITS:
                raise _Unsupported
            if "." in val:
                self.decimal = True
            v = Fraction(val) if val != "." else None
            if v is None:
                raise _Unsupported
            return v
        if val == "(":
            v = self.expr()
            self.take(")")
            return v
        if val == "{":
            v = self.expr()
            self.take("}")
            return v
        if kind == "cmd" and val == "\\frac":
            num = self._frac_arg()
            den = self._frac_arg()
            if den == 0:
                raise _Unsupported
            return self.check(num / den)
        raise _Unsupported

    def _frac_arg(self) -> Fraction:
        t = self.peek()
        if t is not None and t[0] == "num" and "." not in t[1]:  # \frac12
            self.i += 1
            if len(t[1]) > 1:  # \frac123 = \frac{1}{23}: split the digits
                self.toks.insert(self.i, ("num", t[1][1:]))
            return Fraction(int(t[1][0]))
        return self.group()


def exact_value(s: str, max_bits: int = _MAX_BITS) -> Value | None:
    """Exact value of plain arithmetic in `s` (see the module docstring), or None."""
    if not s or len(s) > MAX_CHARS:
        return None
    try:
        return _Eval(s, max_bits).run()
    except (_Unsupported, ValueError, ZeroDivisionError, OverflowError, RecursionError):
        return None


def rounds_to(exact: Fraction, dec: Fraction, places: int, cut: bool = True) -> bool:
    """True if the exact value rounded, or (with `cut`) cut, to `places` decimals gives the
    decimal `dec` (`3.14` and `3.1416` for pi, `125.663` for 40 pi; never `3.15`, nor `0.000`
    for 1/10000)."""
    if dec == 0 and exact != 0:
        return False  # `0.000` for 1/10000: no digit of the value is stated
    unit = Fraction(1, 10**places)
    if abs(exact - dec) <= unit / 2:
        return True
    return cut and (exact >= 0) == (dec >= 0) and abs(dec) <= abs(exact) < abs(dec) + unit


_CONSTS = re.compile(r"\\mathrm\{e\}|\\pi(?![A-Za-z])|(?<![A-Za-z\\])e(?![A-Za-z])")
_DEPTH_OPEN = "{(["
_DEPTH_CLOSE = "})]"
_FACT = re.compile(r"(?<!\d)(\d+) ?!|([)}]) ?!")
_BIG_NUM = re.compile(r"\d{" + str(MAX_DIGITS + 1) + ",}")


def _group_before(s: str, end: int) -> str:
    """The bracketed group that closes at s[end] (exclusive of brackets)."""
    close = s[end]
    open_ = "(" if close == ")" else "{"
    depth = 0
    for k in range(end, -1, -1):
        if s[k] == close:
            depth += 1
        elif s[k] == open_:
            depth -= 1
            if depth == 0:
                return s[k + 1 : end]
    return ""


_DIGIT = re.compile(r"\d")


def _exponent_after(s: str, i: int) -> str:
    """The exponent following the `^` at s[i]."""
    j = i + 1
    while j < len(s) and s[j] == " ":
        j += 1
    if j >= len(s):
        return ""
    if s[j] in "{(":  # `^{...}`, and `^(...)` as plain text writes a power
        opening, closing = s[j], "}" if s[j] == "{" else ")"
        depth = 0
        for k in range(j, len(s)):
            if s[k] == opening:
                depth += 1
            elif s[k] == closing:
                depth -= 1
                if depth == 0:
                    return s[j + 1 : k]
        return s[j + 1 :]
    if s[j] in "+-" and j + 1 < len(s):  # `10^-6`: a signed exponent, not the sign alone
        m = re.match(r"[+-]\s*\d+", s[j:])
        return m.group(0) if m else s[j] + _exponent_after(s, j)
    if s[j] == "\\":
        m = re.match(r"\\[A-Za-z]+", s[j:])
        return m.group(0) if m else s[j : j + 2]
    return s[j]


def guard(s: str, max_chars: int = MAX_CHARS) -> str | None:
    """Reason code if `s` is beyond what may be parsed and evaluated, else None."""
    if len(s) > max_chars:
        return "too_long"
    depth = worst = 0
    for ch in s:
        if ch in _DEPTH_OPEN:
            depth += 1
            if depth > worst:
                worst = depth
        elif ch in _DEPTH_CLOSE:
            depth -= 1
    if worst > MAX_DEPTH:
        return "too_deep"
    if s.count("\\") > MAX_COMMANDS:
        return "too_complex"
    if s.count("\\sqrt") > 30 or s.count("\\frac") > 100:
        return "too_complex"
    if _BIG_NUM.search(s):
        return "huge_number"
    if "\\begin" in s:
        cells = s.count("&") + s.count("\\\\") + 1
        if cells > MAX_MATRIX_CELLS or s.count("\\begin") > 8:
            return "too_large_matrix"
    if "^" in s:
        carets = s.count("^")
        if carets > 60:
            return "too_complex"
        i = s.find("^")
        while i >= 0:
            exp = _exponent_after(s, i)
            val = exact_value(exp, max_bits=64)
            if val is None and ("e" in exp or "\\pi" in exp):  # e^{e^{e^{10}}}: constants as 3
                val = exact_value(_CONSTS.sub("3", exp), max_bits=64)
                if (
                    val is None
                    and "^" in exp
                    and not re.search(r"[A-Za-z]", _CONSTS.sub("3", exp).replace("\\frac", ""))
                ):
                    return "huge_power"
            if val is not None:
                if abs(val.value) > MAX_EXPONENT:
                    return "huge_power"
            elif (
                "^" in exp
                or "!" in exp
                or (re.fullmatch(r"[\d\s{}().+*-]+", exp) and _DIGIT.search(exp))
            ):  # not a sign alone: a charge `OH^-`, a side `0^+`
                # a tower or arithmetic exponent too large to evaluate in 64 bits
                if not re.search(
                    r"[A-Za-z]",
                    exp.replace("\\frac", "").replace("\\cdot", "").replace("\\times", ""),
                ):
                    return "huge_power"
            i = s.find("^", i + 1)
    if "!" in s or "\\Gamma" in s or "\\binom" in s:
        for m in _FACT.finditer(s):
            if m.group(1) is not None:
                if len(m.group(1)) > 6 or int(m.group(1)) > MAX_FACTORIAL:
                    return "huge_factorial"
            else:
                inner = _group_before(s, m.start(2))
                val = exact_value(inner, max_bits=64)
                if val is not None and abs(val.value) > MAX_FACTORIAL:
                    return "huge_factorial"
                if val is None and not re.search(r"[A-Za-z]", inner) and inner.strip():
                    return "huge_factorial"
        if "!!" in s or "\\Gamma" in s or "\\binom" in s:
            for num in re.findall(r"\d+", s):
                if len(num) > 5:
                    return "huge_factorial"
    return None
