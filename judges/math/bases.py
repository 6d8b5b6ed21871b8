"""Numerals written in another base (`10001_2`, `42_{7}`, `\\text{A3}_{16}`): the subscript
says which base the digits are in; or a programming language's prefix does (`0x41`, `0b1011`,
`0o17`), or words after the digits (`23 (base 5)`). Roman numerals of three letters or more
against whole numbers (`XIX` for 19).

A numeral with a base against a plain number: its value must be that number, unless the plain
number writes the same digits and the base is the reference's (`10001` for `10001_2`: an answer
that left out the base the question asked for). Two numerals with bases: equal values.
"""

from __future__ import annotations

import re

_BASED = re.compile(r"([0-9A-Za-z]{1,64})_\{?(\d{1,2})\}?")
_PLAIN = re.compile(r"[0-9A-Za-z]{1,64}")
# the base in words after the digits: `23 (base 5)`, `1011 in base 2` (spaces already dropped)
_BASE_WORDS = re.compile(r"([0-9A-Za-z]{1,64}?)(\(?)(?:in)?base(\d{1,2})(\)?)", re.I)
# a programming language's prefix: hexadecimal, binary, octal
_PREFIXED = re.compile(r"0([xXbBoO])([0-9a-fA-F]{1,64})")
_PREFIX_BASE = {"x": 16, "b": 2, "o": 8}


def _numeral(s: str) -> tuple[str, int] | None:
    """(digits, base) of `digits_base`, or None (no subscript, no decimal digit, a base outside
    2-36, or a digit the base does not have)."""
    if (p := _PREFIXED.fullmatch(s)) is not None:  # `0x41`, `0b1011`, `0o17`
        digits, base = p.group(2), _PREFIX_BASE[p.group(1).lower()]
    elif (m := _BASED.fullmatch(s)) is not None:
        digits, base = m.group(1), int(m.group(2))
    elif (w := _BASE_WORDS.fullmatch(s.replace(" ", ""))) is not None and bool(w[2]) == bool(w[4]):
        digits, base = w[1], int(w[3])
    else:
        return None
    if p is None and (not 2 <= base <= 36 or not re.search(r"\d", digits)):
        return None  # `a_{12}` is a term, not a numeral
    try:
        int(digits, base)
    except ValueError:
        return None
    return digits, base


# a Roman numeral in its one canonical spelling, of three letters or more (`XL`, `CD`, `DC` may
# name a segment or a point pair; `IIII` is no canonical numeral)
_ROMAN = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
_ROMAN_VALUES = {"M": 1000, "D": 500, "C": 100, "L": 50, "X": 10, "V": 5, "I": 1}


def _roman(s: str) -> int | None:
    if len(s) < 3 or not _ROMAN.fullmatch(s):
        return None
    values = [_ROMAN_VALUES[c] for c in s]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def roman_compare(pred: str, ref: str) -> tuple[bool, str] | None:
    """A Roman numeral against a whole number, either way round: equal values, else None."""
    a, b = _roman(pred), _roman(ref)
    if (a is None) == (b is None):
        return None
    value, plain = (a, ref) if a is not None else (b, pred)
    if not plain.isdigit():
        return None
    return (True, "equal_number") if value == int(plain) else (False, "different_number")


def based_compare(pred: str, ref: str) -> tuple[bool, str] | None:
    """The decision for a pair where either side is a numeral with a base, else None."""
    np_, nr = _numeral(pred), _numeral(ref)
    if np_ is None and nr is None:
        return None
    if np_ is not None and nr is not None:
        same = int(np_[0], np_[1]) == int(nr[0], nr[1])
        return same, "equal_number" if same else "different_number"
    based, plain = (np_, ref) if np_ is not None else (nr, pred)
    assert based is not None
    if _PLAIN.fullmatch(plain) is None:
        return None
    if nr is not None and plain.upper() == based[0].upper():
        return True, "equal_string"  # the reference's digits, its base left out
    if not plain.isdigit():
        return False, "different_number"
    same = int(based[0], based[1]) == int(plain)
    return same, "equal_number" if same else "different_number"
