"""Answers written in Chinese forms: full-width characters (`３／４`), a mixed number with 又
(`1又1/2`), numbers in Chinese numerals (`五十`, `一百零五`), fractions read denominator first
(`二分之一` is 1/2, `二分之根号2` is √2/2), percents (`百分之五十` is 50%) and the radical sign in
words (`根号二` is √2). Numerals are read only where they are the whole answer or a part of
those forms (`唯一` stays a word). Linear time: one regex pass per form."""

from __future__ import annotations

import re

FULL_WIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)} | {0x3000: 0x20, 0xFFE5: 0xA5}
_MIXED = re.compile(r"(?<=\d)\s*又\s*(?=\d|\\d?frac)")
_DIGITS = dict(zip("零〇一二两三四五六七八九", (0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9), strict=True))
_UNITS = {"十": 10, "百": 100, "千": 1000}
_NUMERAL = "[零〇一二两三四五六七八九十百千万]+"
_NEAR_FORM = re.compile(rf"(?<=根号){_NUMERAL}|{_NUMERAL}(?=分之)|(?<=分之){_NUMERAL}")
_ROOT = re.compile(r"(?:根号|√)\s*(\d+)")
_PERCENT = re.compile(r"百分之(\d+(?:\.\d+)?)")
_PART = r"(\d+(?:\.\d+)?|\\sqrt\{\d+\})"
_FRACTION = re.compile(rf"{_PART}分之{_PART}")


def numeral(text: str) -> int | None:
    """`一百零五` -> 105, `十二` -> 12, `两万` -> 20000; None when `text` is not one numeral."""
    total = section = digit = 0
    for k, ch in enumerate(text):
        if ch in _DIGITS:
            if digit:
                return None  # `二五`: two digits in a row are no numeral
            digit = _DIGITS[ch]
        elif ch == "十" or (ch in _UNITS and digit):  # `十二` is 12; `百` needs a digit before it
            section += (digit or 1) * _UNITS[ch]
            digit = 0
        elif ch == "万" and k > 0:
            total = (total + section + digit) * 10000
            section = digit = 0
        else:
            return None
    return total + section + digit


def _digits(m: re.Match[str]) -> str:
    value = numeral(m.group(0))
    return m.group(0) if value is None else str(value)


def chinese_forms(answer: str) -> str:
    """The answer with the forms of the module docstring in the notation the other rules read."""
    s = answer.translate(FULL_WIDTH)
    if "又" in s:
        s = _MIXED.sub(" ", s)  # `1又1/2`: one and a half
    whole = numeral(s.strip()) if s.strip() else None
    if whole is not None:
        return str(whole)  # `五十`: the whole answer is a numeral
    if "分之" not in s and "根号" not in s:
        return s
    s = _PERCENT.sub(r"\1\\%", _NEAR_FORM.sub(_digits, s))
    s = _ROOT.sub(r"\\sqrt{\1}", s)
    return _FRACTION.sub(r"\\frac{\2}{\1}", s)
