"""Repeating decimals: a bar over the repeating digits (`0.1\\overline{6}`, `0,8\\bar{3}` with a
decimal comma) as a fraction, and a decimal whose last digits repeat before an ellipsis
(`0.999...`, `0.1666...`, `0.142857142857...`) as the same bar: `0.999...` is 1, not 0.999."""

from __future__ import annotations

import re

_REPEATING = re.compile(r"(?<![\d.,])(\d*\.|\d+,)(\d{0,20})\\(?:overline|bar)\{(\d{1,20})\}")
# the digits after the point end in two or more copies of one block (three or more of one digit)
_DOTTED = re.compile(r"(?<![\d.,])(\d*\.)(\d*?)((\d{1,6}?)\4+)(?:\.{3}|…)(?![\d.])")


def dotted_repeats(s: str) -> str:
    """`0.1666...` -> `0.1\\overline{6}`; `3.14159...` (no block repeats) is left as it is."""

    def bar(m: re.Match[str]) -> str:
        block, run = m.group(4), m.group(3)
        if len(run) < 3 or len(run) < 2 * len(block):
            return m.group(0)
        return f"{m.group(1)}{m.group(2)}\\overline{{{block}}}"

    return _DOTTED.sub(bar, s)


def _repeating(m: re.Match[str]) -> str:
    whole, fixed, rep = m.group(1)[:-1] or "0", m.group(2), m.group(3)
    den = 10 ** len(fixed) * (10 ** len(rep) - 1)
    num = int(fixed + rep) - int(fixed or "0") + int(whole) * den
    return f"\\frac{{{num}}}{{{den}}}"


def repeating_decimal(s: str) -> str:
    """`0.1\\overline{6}` -> `\\frac{15}{90}` (= 1/6), `0.\\overline{3}` -> `\\frac{3}{9}`."""
    return _REPEATING.sub(_repeating, s)
