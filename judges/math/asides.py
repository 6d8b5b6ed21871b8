"""A value restated in parentheses: `1,000 (one thousand)`, `648 € (648,00 €)`, `\\frac{1}{3}
(0.33)` are the value before the parentheses; a different value inside them (`5 (6)`, `3 (mod 7)`,
`\\frac{1}{3} (0.34)`) is left for the comparison to refuse. Only a bracket set apart by a space
is an aside: glued to the value (`\\frac{1}{2}(\\frac{1}{2})`, `\\frac{1}{2}\\left(\\frac{1}{2}\\right)`) it
multiplies."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Protocol

from curate.judges.math.guard import Value, exact_value, rounds_to

_RESTATED = re.compile(r"([^()]{0,200}\d[^()]{0,60}?)\s+\(([^()]{1,60})\)")  # apart; no nesting
_PLACES = re.compile(r"\.(\d+)$")


class _Norm(Protocol):
    @property
    def text(self) -> str: ...

    @property
    def comma(self) -> bool: ...


def _value(part: str, normalise: Callable[[str], _Norm]) -> tuple[Value, str] | None:
    norm = normalise(part)
    text = norm.text
    v = exact_value(text)
    if v is None and norm.comma and not re.search(r",\d{3}(?!\d)", text):
        text = text.replace(",", ".")  # `648,00`: a decimal comma
        v = exact_value(text)
    return None if v is None else (v, text)


def restated(s: str, normalise: Callable[[str], _Norm]) -> str:
    """`s` without a closing parenthesis that gives its value again, exactly or as the decimal
    it rounds to (not cut: `0.33` restates 1/3, `0.66` does not restate 2/3)."""
    m = _RESTATED.fullmatch(s)
    if m is None:
        return s
    first, second = _value(m[1], normalise), _value(m[2], normalise)
    if first is None or second is None:
        return s
    (a, _), (b, text) = first, second
    if a.value == b.value:
        return m[1]
    places = _PLACES.search(text)
    if b.literal and places and rounds_to(a.value, b.value, len(places[1]), cut=False):
        return m[1]
    return s
