"""Numerals written in another base (`10001_2`, `42_{7}`, `\\text{A3}_{16}`): the subscript
says which base the digits are in.

A numeral with a base against a plain number: its value must be that number, unless the plain
number writes the same digits and the base is the reference's (`10001` for `10001_2`: an answer
that left out the base the question asked for). Two numerals with bases: equal values.
"""

from __future__ import annotations

import re

_BASED = re.compile(r"([0-9A-Za-z]{1,64})_\{?(\d{1,2})\}?")
_PLAIN = re.compile(r"[0-9A-Za-z]{1,64}")


def _numeral(s: str) -> tuple[str, int] | None:
    """(digits, base) of `digits_base`, or None (no subscript, no decimal digit, a base outside
    2-36, or a digit the base does not have)."""
    m = _BASED.fullmatch(s)
    if m is None:
        return None
    digits, base = m.group(1), int(m.group(2))
    if not 2 <= base <= 36 or not re.search(r"\d", digits):  # `a_{12}` is a term, not a numeral
        return None
    try:
        int(digits, base)
    except ValueError:
        return None
    return digits, base


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
