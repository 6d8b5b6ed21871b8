"""Repeating decimals: a bar over the repeating digits (`0.1\\overline{6}`, `0,8\\bar{3}` with a
decimal comma) as a fraction, and a decimal whose last digits repeat before an ellipsis
(`0.999...`, `0.1666...`, `0.142857142857...`) as the same bar: `0.999...` is 1, not 0.999."""

from __future__ import annotations

import re

# `0.1\overline{6}`, `0.\overline{3}`, `2.\bar{45}`, with a decimal comma `0,8\bar{3}`: the digits
# under the bar repeat
_REPEATING = re.compile(r"(?<![\d.,])(\d*\.|\d+,)(\d{0,20})\\(?:overline|bar)\{(\d{1,20})\}")
# a decimal before an ellipsis (its digits bounded: the search for a repeating block is linear)
_DOTTED = re.compile(r"(?<![\d.,])(\d*\.)(\d{1,200})(?:\.{3}|…)(?![\d.])")


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
    whole, fixed, rep = m.group(1)[:-1] or "0", m.group(2), m.group(3)
    den = 10 ** len(fixed) * (10 ** len(rep) - 1)
    num = int(fixed + rep) - int(fixed or "0") + int(whole) * den
    return f"\\frac{{{num}}}{{{den}}}"


def repeating_decimal(s: str) -> str:
    """`0.1\\overline{6}` -> `\\frac{15}{90}` (= 1/6), `0.\\overline{3}` -> `\\frac{3}{9}`."""
    return _REPEATING.sub(_repeating, s)
