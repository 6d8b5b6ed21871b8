"""English number words as a whole answer: `twenty-four`, `one thousand six hundred twenty-five`,
`twelve hundred`, `five lakhs`, `two-thirds`, `a half`, `seven forty-seconds`, `two point three`,
`twelve point ninety-three`, `minus one third`, `three and a half`.

A fraction names its denominator by an ordinal, plural after a numerator above one (`two
thirds`); the singular is read too after a unit or a teen (`two-third`), never where the words
may be one ordinal (`twenty fifth` is 25th, `four hundredth` 400th or 4/100). `second` is a
denominator only after tens (`one forty-second`): alone it is a time. Bounded work: at most 24
words, each looked up in a table.
"""

from __future__ import annotations

import re

from curate.judges.math.magnitudes import MAGNITUDES
from curate.judges.math.numerals import cjk_number

NUMBER_WORDS = {
    w: n
    for n, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen".split()
    )
} | {
    w: 10 * k
    for k, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)
}

_SCALE_WORDS = (
    "thousand",
    "lakh",
    "million",
    "crore",
    "billion",
    "trillion",
    "quadrillion",
    "quintillion",
)
_PLURAL_SCALE = {"lakhs": "lakh", "crores": "crore"}  # `five lakhs`, as Indian English says it
_SCALE = {w: 10 ** MAGNITUDES[w] for w in _SCALE_WORDS}  # the powers of `magnitudes`
_ORDINAL = {"half": 2, "halve": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5}
_ORDINAL |= {"sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "twelfth": 12}
_ORDINAL |= {"hundredth": 100, "thousandth": 1000}
_TENS = frozenset("twenty thirty forty fifty sixty seventy eighty ninety".split())
_TEENTHS = "eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth"
_ORDINAL |= {w: n for n, w in enumerate(f"{_TEENTHS} nineteenth".split(), 11)}
_ORDINAL |= {f"{t[:-1]}ieth": NUMBER_WORDS[t] for t in _TENS}  # `twentieth`, `ninetieth`
# after tens (`forty-second`, `twenty-first`): `second` alone is a time
_UNIT_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}
_UNIT_ORDINAL |= {"seventh": 7, "eighth": 8, "ninth": 9}
_UNITS = frozenset(w for w, n in NUMBER_WORDS.items() if 0 < n < 20)  # `two` in `two-third`


def _hundreds(n: int, total: int) -> bool:
    """`eleven hundred` to `ninety-nine hundred` (a year's or a price's way), never `twenty
    hundred` (said two thousand) or after a thousand."""
    return not total and 10 < n < 100 and n % 10 != 0


def _whole(words: list[str]) -> int | None:
    """`["one", "thousand", "six", "hundred", "twenty", "five"]` -> 1625; None unless every word
    is a number word in a well-formed order."""
    total, current, last = 0, None, 10**30
    for w in (_PLURAL_SCALE.get(w, w) for w in words):
        if w in NUMBER_WORDS:
            n = NUMBER_WORDS[w]
            if current is not None and (current % 100 == 0 or n >= 10 or current % 10):
                if not (current % 100 == 0 and current and n < 100):
                    return None  # `five six`, `twenty thirty`: no one number
            current = (current or 0) + n
        elif w == "hundred" and (current is None or 0 < current < 10 or _hundreds(current, total)):
            current = (current or 1) * 100  # `a hundred`; `twelve hundred`, `fifty-two hundred`
        elif w in _SCALE and ((current is None and not total) or (current and 0 < current < 1000)):
            if (current or 1) * _SCALE[w] >= last:
                return None  # `two thousand three thousand`; `nine crore five lakh` is one number
            total, current, last = total + (current or 1) * _SCALE[w], None, _SCALE[w]
        else:
            return None
    return total + (current or 0) if (total or current is not None) else None


_SCALE_COMMA = re.compile(rf"(hundred|{'|'.join(_SCALE)}|lakhs|crores),(?=\s)", re.I)
TEX_FRACTION = re.compile(r"\\frac\{(\d+)\}\{(\d+)\}")  # `\\frac{3}{4}`: its two integers


def number_word(s: str) -> str | None:
    """A whole answer written in words as one number: `four` -> `4`, `twenty-four` -> `24`,
    `one thousand six hundred twenty-five` -> `1625`, `two-thirds` -> `\\frac{2}{3}`,
    `a half` -> `\\frac{1}{2}`, `three quarters` -> `\\frac{3}{4}`, `two point three` -> `2.3`,
    `a million` -> `1000000`."""
    if not s.isascii():
        return cjk_number(s)
    lead, _, rest = s.lower().rpartition(" and ")  # `three and a half`: a mixed number
    units, part = (number_word(lead), number_word(rest)) if lead else (None, None)
    if units and units.lstrip("-").isdigit() and part and (m := TEX_FRACTION.fullmatch(part)):
        p, q, w = int(m[1]), int(m[2]), int(units)  # `minus two and a half`: -(2 + 1/2)
        return f"{'-' if w < 0 else ''}\\frac{{{abs(w) * q + p}}}{{{q}}}" if p < q else None
    if "," in s:  # `twenty thousand, five hundred`: a comma after a scale word, as on a cheque
        s = _SCALE_COMMA.sub(r"\1", s)
    words = [w for w in s.strip().lower().replace("-", " ").split() if w != "and"]
    if len(words) >= 2 and words[0] in ("minus", "negative"):  # `minus one third`
        inner = number_word(" ".join(words[1:]))
        return None if inner is None else f"-{inner}"
    if words == ["half"]:
        return "\\frac{1}{2}"
    if words[:1] in (["a"], ["an"]) and words[1:2] in (["hundred"], *([w] for w in _SCALE)):
        words = words[1:]  # `a hundred`, `a million`
    if not words or len(words) > 24:
        return None
    if "point" in words:  # `two point three`, `point one`: digits after the point, one by one
        k = words.index("point")
        whole = _whole(words[:k]) if k else 0
        digits = [NUMBER_WORDS.get(w, 10) for w in words[k + 1 :]]
        if whole is not None and digits and all(d < 10 for d in digits):
            return f"{whole}.{''.join(map(str, digits))}"
        after = _whole(words[k + 1 :])  # `twelve point ninety-three`: the part as one number
        return f"{whole}.{after}" if whole is not None and after and 10 <= after < 100 else None
    fractions = {f for f in _fractions(words) if f is not None}
    if len(fractions) == 1:
        return fractions.pop()
    n = _whole(words) if not fractions else None  # two readings: `one hundred twenty thirds`
    return None if n is None else str(n)


def _fraction(head: list[str], ordinal: str, den: int) -> str | None:
    """`\\frac{num}{den}` of a numerator's words and its ordinal as written (`thirds`); None for
    a plural after one or a hundredth's or thousandth's singular after a number (an ordinal)."""
    num = 1 if head in (["a"], ["an"]) else _whole(head)
    plural = ordinal.endswith("s") and ordinal != "halves"
    if num is None or num == 0 or (plural and num == 1) or (ordinal == "halves" and num == 1):
        return None
    if (
        not plural
        and num > 1
        and (ordinal in ("hundredth", "thousandth") or head[-1] not in _UNITS)
    ):
        return None  # `twenty fifth`, `one hundred third`: ordinals (25th, 103rd)
    return f"\\frac{{{num}}}{{{den}}}"


def _fractions(words: list[str]) -> list[str | None]:
    """Each reading of `words` as a numerator and a denominator: a one-word ordinal (`thirds`,
    `twentieth`) or tens and a unit's ordinal (`forty-second`)."""
    if len(words) < 2:
        return []
    last = words[-1][:-1] if words[-1].endswith("s") else words[-1]
    found = []
    if last in _ORDINAL:
        found.append(_fraction(words[:-1], words[-1], _ORDINAL[last]))
    if len(words) >= 3 and last in _UNIT_ORDINAL and words[-2] in _TENS:
        den = NUMBER_WORDS[words[-2]] + _UNIT_ORDINAL[last]
        found.append(_fraction(words[:-2], words[-1], den))
    return found
