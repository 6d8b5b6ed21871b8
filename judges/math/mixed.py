"""Mixed numbers: `1 1/2` and `2\\frac{5}{8}` are one value; `11 6/6` and `4 4/0` are not mixed
numbers (neither a sum nor a product is meant) and have no value. A quotient with its remainder
(`14 R 3`, `14...3`, `14余3`) is the ordered pair of the two."""

from __future__ import annotations

import re

from curate.judges.math.worded import spoken_part

_MIXED = re.compile(r"(?<![\d.}^_])(-?)(\d{1,12})\s*\\frac\{(\d{1,12})\}\{(\d{1,12})\}")
# `1 1/2`, `-4 4/9`, `1 000 4/9` (spaced thousands), `4 4/9%` (a percent applies to the whole),
# `2 1/2 inches` (a word after it: a unit, dropped later)
_MIXED_PLAIN = re.compile(
    r"^([-+]?)(\d{1,3}(?: \d{3})+|\d{1,12}) (\d{1,12})/(\d{1,12})"
    r"(\s*(?:\\?%|percent(?:age)?|pct)|\s+[A-Za-z][A-Za-z.]*(?: [A-Za-z][A-Za-z.]*)?)?$"
)
# `4 and 1/10`, `4and1/10`: a mixed number as it is spoken (only a proper fraction: `3 and 4/2`
# stays two values)
_AND_MIXED = re.compile(r"([-+]?\d{1,12})\s*and\s*(\d{1,12}/\d{1,12})", re.I)


def _mixed(m: re.Match[str]) -> str:
    sign, whole, num, den = m.group(1), int(m.group(2)), int(m.group(3)), int(m.group(4))
    if den == 0:
        return m.group(0)
    if num >= den:  # not a proper mixed number: `2\frac{3}{2}` is a product (the parser would
        return f"{sign}{whole} \\cdot \\frac{{{num}}}{{{den}}}"  # read it as 3.5)
    return f"{sign}\\frac{{{whole * den + num}}}{{{den}}}"


def tex_mixed(s: str) -> str:
    """`2\\frac{5}{8}` -> `\\frac{21}{8}`; an improper one is a product (`2\\frac{3}{2}` = 3)."""
    return _MIXED.sub(_mixed, s)


def _proper(m: re.Match[str]) -> bool:
    return int(m.group(4)) != 0 and int(m.group(3)) < int(m.group(4))


# plain arithmetic of mixed numbers and fractions: `2 1/3 + 1 1/2`
_ARITHMETIC = re.compile(r"[\d\s/+\-()]+")
_MIXED_TERM = re.compile(r"(?<![\d/])(\d{1,12}) (\d{1,12})/(\d{1,12})(?![\d/])")


# an item of a list or tuple that is a mixed number
_MIXED_ITEM = re.compile(
    r"(?:^|(?<=[,;(\[]))(\s*-?)(\d{1,12}) (\d{1,12})/(\d{1,12})(?=\s*(?:[,;)\]]|$))"
)


def _fraction(whole: str, num: str, den: str) -> str | None:
    """`\\frac{3}{2}` for the proper mixed number 1 1/2; None for an improper one (`1 3/2`)."""
    w, n, d = int(whole), int(num), int(den)
    return None if d == 0 or n >= d else f"\\frac{{{w * d + n}}}{{{d}}}"


def _item(m: re.Match[str]) -> str:
    frac = _fraction(m.group(2), m.group(3), m.group(4))
    return m.group(0) if frac is None else m.group(1) + frac


def _term(m: re.Match[str]) -> str:
    return _fraction(m.group(1), m.group(2), m.group(3)) or m.group(0)


def plain_mixed(s: str) -> str:
    """A whole answer `1 1/2` (optionally signed, spaced thousands, a trailing percent) as one
    fraction; in plain arithmetic of such numbers (`2 1/3 + 1 1/2`) each proper one; anything
    else unchanged."""
    s = spoken_part(s) if " and " in s else s  # `2 and a half hours`
    m = _MIXED_PLAIN.fullmatch(s.strip())
    if m is None and "and" in s and (a := _AND_MIXED.fullmatch(s.strip())):
        m = _MIXED_PLAIN.fullmatch(f"{a[1]} {a[2]}")
        m = m if m is not None and _proper(m) else None
    if m is None and ("+" in s or "-" in s[1:]) and _ARITHMETIC.fullmatch(s):
        return _MIXED_TERM.sub(_term, s)
    if m is None and ("," in s or ";" in s):
        return _MIXED_ITEM.sub(_item, s)  # `1 1/2, 3`, `(0, 6 1/2)`, `-1 1/3; 1 1/3`: each item
    if m is None or not _proper(m):
        return s
    whole, num, den = int(m.group(2).replace(" ", "")), int(m.group(3)), int(m.group(4))
    sign = m.group(1).lstrip("+")
    return f"{sign}\\frac{{{whole * den + num}}}{{{den}}}{m.group(5) or ''}"


def improper_mixed(s: str) -> bool:
    """`11 6/6`, `4 4/0`: a whole number and a fraction side by side that is not a proper mixed
    number."""
    m = _MIXED_PLAIN.fullmatch(s.strip())
    return m is not None and not _proper(m)


# a whole answer of a quotient and its remainder: `14 R 3`, `14 r. 3`, `14 remainder 3`,
# `14...3`, `14…3`, `6……2` (Chinese and Hong Kong schoolbooks), `6余2`
_REMAINDER = re.compile(
    r"(?:^|(?<==))\s*(\d{1,12})\s*(?:余|…{1,2}|\.{3}|\.{6}|\s[Rr]\.?\s*|(?<=\d)[Rr](?=\d)|\s+rem(?:ainder|\.)?\s+)"
    r"\s*(\d{1,12})\s*$"
)


def remainder(s: str) -> str:
    """`14 R 3` -> `(14, 3)`: the quotient and the remainder, in that order (the whole answer, or
    the right side of its last `=`: `30÷4=7...2`)."""
    m = _REMAINDER.search(s)
    return f"{s[: m.start()]}({m.group(1)}, {m.group(2)})" if m else s
