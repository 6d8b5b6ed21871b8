"""Repeating decimals: a bar over the repeating digits (`0.1\\overline{6}`, `0,8\\bar{3}` with a
decimal comma; an arc, `13,\\widehat{187}`, as Spanish schoolbooks mark them), dots over them
(`0.1\\dot{6}`), the same marks in AsciiMath (`0.1bar(6)`, `0.1dot6`) or brackets around them (`0.(6)`) as a fraction, and a decimal whose last digits
repeat before an ellipsis (`0.999...`, `0.1666...`, `0.142857142857...`) as the same bar:
`0.999...` is 1, not 0.999."""

from __future__ import annotations

import re

# `0.1\overline{6}`, `0.\overline{3}`, `2.\bar{45}`, with a decimal comma `0,8\bar{3}`: the digits
# under the bar repeat
_REPEATING = re.compile(
    r"(?<![\d.,])(\d*\.|\d+,)(\d{0,20})\\(?:overline|bar|widehat|wideparen)\{(\d{1,20})\}"
)
# a decimal before an ellipsis (its digits bounded: the search for a repeating block is linear),
# with a decimal comma too where it groups no thousands (`0,333...`, `10,81922\\ldots`)
_DOTTED = re.compile(
    r"(?<![\d.,])(\d*\.|0,|\d+,(?!\d{3}(?:\.{3}|…|\\ldots)))(\d{1,200})(?:\.{3}|…|\\ldots)(?![\d.])"
)


def dotted_repeats(s: str) -> str:
    """`0.1666...` -> `0.1\\overline{6}`: the digits end in two or more copies of one block of up to
    six digits (three or more copies of one digit); `3.14159...` (no block repeats) is left as it
    is."""

    def bar(m: re.Match[str]) -> str:
        digits = m.group(2)
        for k in range(1, 7):
            block, start = digits[-k:], len(digits)
            while start >= k and digits[start - k : start] == block:
                start -= k
            copies = (len(digits) - start) // k
            if copies >= 2 and copies * k >= 3:
                return f"{m.group(1)}{digits[:start]}\\overline{{{block}}}"
        return m.group(0)

    return _DOTTED.sub(bar, s)


def _repeating(m: re.Match[str]) -> str:
    return _fraction(m.group(1)[:-1], m.group(2), m.group(3))


# dots over the first and last repeating digits, as British schools write them (`0.1\dot{6}`,
# `4.1\dot{2}\dot{5}`: 25 repeats, `10.\dot{1}2\dot{3}`: 123 repeats)
_DOTS = re.compile(r"(?<![\d.,])(\d*\.)(\d{0,20})\\dot\{?(\d)\}?(?:(\d{0,20})\\dot\{?(\d)\}?)?")
# the repeating digits in brackets, as continental schools write them: the whole answer
# (`0.(6)`, `-0.1(6)`, with a decimal comma `0,(6)`; inside a longer text `0.5(2)` may be a
# product)
_BRACKETED = re.compile(r"\s*(-?)(\d*\.|\d+,)(\d{0,20})\((\d{1,20})\)\s*")


# AsciiMath's bar and dot over digits after a decimal point: `0.1bar(6)`, `0.16bar6`, `0.22dot2`
_ASCII_MARK = re.compile(r"(?<=[\d.,])(bar|dot)\s*(?:\((\d{1,20})\)|(\d))(?![\d(])")


def _ascii_mark(m: re.Match[str]) -> str:
    digits = m[2] or m[3]
    if m[1] == "dot":
        return f"\\dot{{{digits}}}" if len(digits) == 1 else m[0]
    return f"\\overline{{{digits}}}"


def _fraction(whole: str, fixed: str, rep: str) -> str:
    den = 10 ** len(fixed) * (10 ** len(rep) - 1)
    num = int(fixed + rep) - int(fixed or "0") + int(whole or "0") * den
    return f"\\frac{{{num}}}{{{den}}}"


# a decimal whose every place holds one digit, said to recur (`0.3 recurring`): `0.16 recurring`
# may repeat the 6 or the 16, and is left as it is
_RECURRING = re.compile(
    r"(?<![\d.])(\d*\.)((\d)\3{0,20})\s+(?:\((?:recurring|repeating)\)|(?:recurring|repeating)\b)"
)
# spaces a typesetter left inside a decimal with marks (`0. 91\dot 6`, `0.58 \dot 3`, `0. \dot 2`)
_MARK_SPACE = re.compile(
    r"(?<=\d\.)\s+(?=[\d\\])|(?<=[\d.}])\s+(?=\\(?:dot|overline|bar)(?![a-zA-Z]))|(?<=\\dot)\s+(?=\d)"
)


def repeating_decimal(s: str) -> str:
    """`0.1\\overline{6}` -> `\\frac{15}{90}` (= 1/6), `0.\\overline{3}` -> `\\frac{3}{9}`; the same
    for dots over the repeating digits (`0.1\\dot{6}`), for a whole answer with them in brackets
    (`0.(6)`) and for one digit said to recur (`0.3 recurring`, `.9 (repeating)`)."""
    if " " in s and ("\\dot" in s or "\\overline" in s or "\\bar" in s):
        s = _MARK_SPACE.sub("", s)
    if "bar" in s or "dot" in s:  # AsciiMath's `0.1bar(6)`, `0.1dot6`: as TeX writes them
        s = _ASCII_MARK.sub(_ascii_mark, s)
    if "\\dot" in s:
        s = _DOTS.sub(lambda m: _fraction(m[1][:-1], m[2], m[3] + (m[4] + m[5] if m[5] else "")), s)
    if "(" in s and (b := _BRACKETED.fullmatch(s)) is not None:
        return b[1] + _fraction(b[2][:-1], b[3], b[4])
    if "recurring" in s or "repeating" in s:  # `0.3 recurring`, `1.66 repeating`: one digit
        s = _RECURRING.sub(lambda m: _fraction(m[1][:-1], "", m[2][0]), s)
    return _REPEATING.sub(_repeating, s)
