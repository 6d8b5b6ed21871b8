"""Numbers written in Thai words, as a whole answer, alone or before Thai unit names.

Thai writes a number's words without spaces: digits (`หนึ่ง` 1 ... `เก้า` 9), places that follow
their digit (`สิบ` 10, `ร้อย` 100, `พัน` 1000, `หมื่น` 10^4, `แสน` 10^5; no digit means one:
`สิบ` 10, `ร้อย` 100), `ยี่` for the two of twenty (`ยี่สิบ`), `เอ็ด` for a one after a larger
place (`สิบเอ็ด` 11, `หนึ่งร้อยเอ็ด` 101), and `ล้าน` multiplying all before it by a million
(`สองล้านหนึ่งแสน` 2100000, `หนึ่งล้านล้าน` 10^12). `จุด` is the decimal point, its digits
read one by one (`สามจุดห้า` 3.5); `ติดลบ` or `ลบ` first is a minus. Before unit names
(`ยี่สิบสามบาทห้าสิบสตางค์`: 23 baht 50 satang) each run of number words becomes digits and the
names stay, for the unit rules to read (`23 บาท 50 สตางค์`). Anything else in the text, such as
`สามเหลี่ยม` (a triangle, whose first syllable is three), reads as nothing. Bounded: at most
240 characters, cut by a dynamic programme over a fixed table.
"""

from __future__ import annotations

import re

from curate.judges.math.unitnames import NAMES
from curate.judges.math.wordvalue import cut_word

_DIGITS = {
    "ศูนย์": 0, "หนึ่ง": 1, "สอง": 2, "สาม": 3, "สี่": 4, "ห้า": 5, "หก": 6, "เจ็ด": 7,
    "แปด": 8, "เก้า": 9,
}  # fmt: skip
_PLACES = {"สิบ": 1, "ร้อย": 2, "พัน": 3, "หมื่น": 4, "แสน": 5}
_TWENTY, _ONE_AFTER, _MILLION, _POINT = "ยี่", "เอ็ด", "ล้าน", "จุด"
_MINUS = ("ติดลบ", "ลบ")
_THAI = re.compile(r"[\u0e00-\u0e7f\s]+")
_UNITS = frozenset(
    w for w in NAMES if len(w) > 1 and "." not in w and all("\u0e00" <= c <= "\u0e7f" for c in w)
)
_NUMBER_PARTS = frozenset((*_DIGITS, *_PLACES, _TWENTY, _ONE_AFTER, _MILLION, _POINT))
_PARTS = _NUMBER_PARTS | _UNITS | frozenset(_MINUS)
_LONGEST = max(map(len, _PARTS))


def _below_million(words: list[str], after_larger: bool) -> int | None:
    """The value of the words between two `ล้าน` (or before the first, or after the last)."""
    total, last, digit, twenty = 0, 6, None, False
    for w in words:
        if w in _DIGITS or w == _TWENTY:
            if digit is not None:
                return None  # `สามสี่`: two digits in a row
            digit = 2 if w == _TWENTY else _DIGITS[w]
            twenty = w == _TWENTY
        elif w in _PLACES:
            place = _PLACES[w]
            if place >= last or digit == 0 or (digit is not None and twenty and place != 1):
                return None
            total, last, digit = total + (1 if digit is None else digit) * 10**place, place, None
        elif w == _ONE_AFTER and digit is None and (last < 6 or after_larger):
            digit, twenty = 1, False
        else:
            return None
    if digit is not None and twenty:
        return None  # `ยี่` without `สิบ`
    if digit == 0 and (total or after_larger):
        return None
    return total + (digit or 0)


def _whole(words: list[str]) -> int | None:
    """The value of a whole number's words, `ล้าน` multiplying all before it."""
    groups: list[list[str]] = [[]]
    for w in words:
        if w == _MILLION:
            groups.append([])
        else:
            groups[-1].append(w)
    value = 0
    for k, group in enumerate(groups):
        if not group and (k == len(groups) - 1 or value):
            part: int | None = 0  # `หนึ่งล้านล้าน`, `สิบล้าน`: nothing after a million
        else:
            part = _below_million(group, k > 0) if group else 1  # `ล้าน` alone: a million
        if part is None:
            return None
        value = value + part if k == len(groups) - 1 else (value + part) * 10**6
    return value


def _number(words: list[str]) -> str | None:
    """The value of one run of number words, with its point and its minus."""
    sign = "-" if words and words[0] in _MINUS else ""
    words = words[1:] if sign else words
    if _POINT in words:
        k = words.index(_POINT)
        tail = words[k + 1 :]
        head = _whole(words[:k]) if k else None
        if head is None or not tail or not all(w in _DIGITS for w in tail):
            return None
        return f"{sign}{head}.{''.join(str(_DIGITS[w]) for w in tail)}"
    if not words or any(w in _MINUS for w in words):
        return None
    whole = _whole(words)
    return None if whole is None else f"{sign}{whole}"


def thai_number(s: str) -> str | None:
    """`สองร้อยห้าสิบเจ็ด` -> `257`, `ยี่สิบสามบาทห้าสิบสตางค์` -> `23 บาท 50 สตางค์`: a whole
    answer in Thai number words, before unit names or alone (see the module docstring)."""
    if len(s) > 240 or not _THAI.fullmatch(s):
        return None
    words = cut_word("".join(s.split()), _PARTS, _LONGEST, 240)
    if not words:
        return None
    out: list[str] = []
    run: list[str] = []
    for w in [*words, ""]:
        if w in _NUMBER_PARTS or (w in _MINUS and not run):
            run.append(w)
            continue
        if not w and not run:
            break  # ends with a unit name
        if not run or w in _MINUS:
            return None  # a unit name without its number, a minus inside a number
        value = _number(run)
        if value is None:
            return None
        out.append(value)
        run = []
        if w:
            out.append(w)
    return " ".join(out)
