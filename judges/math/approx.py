"""An interval that surely holds the value of an exact answer made of numbers, roots, fractions
and powers (`\\sqrt{34}+3\\sqrt{10}`, `\\frac{1+\\sqrt5}{2}`, `2^{10}-\\pi`), used only to reject:
two such answers whose intervals do not meet are different numbers, with no CAS call. Interval
arithmetic (mpmath's, 120 bits) keeps every rounding error inside the bounds, cancellation
included (`(930249+416020\\sqrt5)^{1/30}-(930249-416020\\sqrt5)^{1/30}` is 1). It never finds two
answers equal (that stays exact), reads no variables, and gives up (None) on anything else:
decimals (their stated precision is another rule), large powers, a root or a fractional power of
what may be negative, a division by what may be zero, deep nesting, long input.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

_IV: Any = None  # mpmath's interval context, made on first use (the judge imports no mpmath)
_FINITE = re.compile(r"[-+\d.e\[\], ]+")  # bounds print as numbers, never `inf` or `nan`

_MAX_CHARS = 200
_MAX_DEPTH = 12
_MAX_POWER = 64.0
_TOKEN = re.compile(r"\s*(\d+|\\sqrt|\\frac|\\pi|\\cdot|\\times|[-+*/^(){}\[\]])")
# `\\frac12` is 1/2 (digits one by one); `2\\frac{1}{2}` may be a mixed number: no estimate
_UNBRACED = re.compile(r"\\(?:frac|sqrt)\s*\d|\d\s*\\frac")


class _Parser:
    def __init__(self, tokens: list[str]) -> None:
        self.toks = tokens
        self.pos = 0
        self.depth = 0

    def peek(self) -> str | None:
        return self.toks[self.pos] if self.pos < len(self.toks) else None

    def take(self, tok: str) -> None:
        if self.peek() != tok:
            raise ValueError(tok)
        self.pos += 1

    def expr(self) -> Any:
        self.depth += 1
        if self.depth > _MAX_DEPTH:
            raise ValueError("deep")
        value = self.term()
        while self.peek() in ("+", "-"):
            op = self.toks[self.pos]
            self.pos += 1
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        self.depth -= 1
        return value

    def term(self) -> Any:
        value = self.unary()
        while self.peek() in ("*", "/", "\\cdot", "\\times") or self._juxtaposed():
            op = self.peek()
            if op in ("*", "/", "\\cdot", "\\times"):
                self.pos += 1
            rhs = self.unary()
            if op == "/" and rhs.a <= 0 <= rhs.b:
                raise ValueError("zero")
            value = value / rhs if op == "/" else value * rhs
        return value

    def _juxtaposed(self) -> bool:  # `3\\sqrt{10}`, `2\\pi`, `2(3+1)`
        return self.peek() in ("\\sqrt", "\\frac", "\\pi", "(")

    def unary(self) -> Any:
        if self.peek() in ("-", "+"):
            minus = self.toks[self.pos] == "-"
            self.pos += 1
            value = self.unary()
            return -value if minus else value
        return self.power()

    def power(self) -> Any:
        base = self.atom()
        if self.peek() != "^":
            return base
        self.pos += 1
        exp = self.braced() if self.peek() == "{" else self.atom()
        if not -_MAX_POWER <= exp.a <= exp.b <= _MAX_POWER:
            raise ValueError("power")
        if exp.a == exp.b and int(exp.a) == exp.a:  # an integer power of any base
            if int(exp.a) < 0 and base.a <= 0 <= base.b:
                raise ValueError("zero")
            return base ** int(exp.a)
        if base.a <= 0:
            raise ValueError("power")  # a fractional power of what may be negative
        return base**exp

    def braced(self) -> Any:
        self.take("{")
        value = self.expr()
        self.take("}")
        return value

    def atom(self) -> Any:
        tok = self.peek()
        if tok is None:
            raise ValueError("end")
        self.pos += 1
        if tok.isdigit():
            if len(tok) > 15:
                raise ValueError("long")
            return _IV.mpf(int(tok))
        if tok == "\\pi":
            return _IV.pi
        if tok == "(":
            value = self.expr()
            self.take(")")
            return value
        if tok == "{":
            self.pos -= 1
            return self.braced()
        if tok == "\\sqrt":
            inner = self.braced() if self.peek() == "{" else self.atom()
            if inner.a < 0:
                raise ValueError("root")
            return _IV.sqrt(inner)
        if tok == "\\frac":
            num = self.braced() if self.peek() == "{" else self.atom()
            den = self.braced() if self.peek() == "{" else self.atom()
            if den.a <= 0 <= den.b:
                raise ValueError("zero")
            return num / den
        raise ValueError(tok)


@lru_cache(maxsize=4096)  # a reference repeats across the n samples of its prompt
def estimate(text: str) -> Any | None:
    """An interval holding the value of `text`, or None when it is not such an answer."""
    if len(text) > _MAX_CHARS or "." in text or not text.strip() or _UNBRACED.search(text):
        return None
    tokens: list[str] = []
    pos = 0
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if m is None:
            if text[pos:].strip():
                return None
            break
        tokens.append(m.group(1))
        pos = m.end()
    global _IV
    if _IV is None:
        from mpmath.ctx_iv import MPIntervalContext

        context = MPIntervalContext()
        context.prec = 120
        _IV = context
    parser = _Parser(tokens)
    try:
        value = parser.expr()
    except (ValueError, ZeroDivisionError, OverflowError, TypeError):
        return None
    if parser.pos != len(tokens) or not _FINITE.fullmatch(str(value.a) + " " + str(value.b)):
        return None
    return value


def clearly_different(a: str, b: str) -> bool:
    """True when both are such answers and their intervals do not meet."""
    x = estimate(a)
    if x is None:
        return False
    y = estimate(b)
    if y is None:
        return False
    return bool(x.b < y.a or y.b < x.a)
