"""Vectors that only a direction is asked for: an eigenvector, a normal or direction vector, a
vector parallel or perpendicular to another. When the prompt asks for one ("Find an eigenvector
for λ = 2", "a normal vector to the plane"), any nonzero multiple of the reference is an answer:
`(-3/2, 1)` for `(3, -2)`. A unit or normalised vector is asked for exactly (only its sign is
free, and that is not granted either); without the prompt nothing changes.

Only vectors of rational entries are compared here (integers, decimals, `a/b`, `\\frac{a}{b}`),
written as a tuple, a list, a column or row matrix or in angle brackets; anything else is left to
the other rules. Pure arithmetic on fractions: no parser runs.
"""

from __future__ import annotations

import re
from fractions import Fraction
from functools import lru_cache

_ASKS = re.compile(
    r"\beigenvectors?\b|\b(?:normal|direction|directional) vectors?\b"
    r"|\bvectors? (?:that is |which is )?(?:parallel|perpendicular|orthogonal|normal) to\b"
    r"|\bbasis (?:for|of) the (?:eigen|null ?)space\b",
    re.I,
)
_EXACT = re.compile(r"\b(?:unit|normali[sz]ed|orthonormal|length 1|magnitude 1)\b", re.I)
_WRAPPED = re.compile(
    r"^(?:\\begin\{[pbBv]?matrix\}|\\begin\{array\}\{[lcr]+\}|[(\[]|\\langle|⟨)(.*?)"
    r"(?:\\end\{[pbBv]?matrix\}|\\end\{array\}|[)\]]|\\rangle|⟩)$"
)
_FRAC = re.compile(r"^(-?)\\[dt]?frac\{(-?\d{1,12})\}\{(\d{1,12})\}$")
_NUMBER = re.compile(r"^-?(?:\d{1,12}(?:\.\d{1,12})?|\.\d{1,12})(?:/\d{1,12})?$")
_MAX_CHARS = 20_000


@lru_cache(maxsize=4096)
def asks_direction(prompt: str | None) -> bool:
    """Does the question ask for a vector up to a nonzero multiple?"""
    if not prompt or ("vector" not in prompt.lower() and "space" not in prompt.lower()):
        return False
    text = prompt[-_MAX_CHARS:]
    return _ASKS.search(text) is not None and _EXACT.search(text) is None


def _entry(t: str) -> Fraction | None:
    t = t.strip().replace(" ", "")
    if (m := _FRAC.match(t)) is not None:
        value = Fraction(int(m.group(2)), int(m.group(3))) if int(m.group(3)) else None
        return -value if value is not None and m.group(1) else value
    if _NUMBER.match(t):
        try:
            return Fraction(t)
        except (ValueError, ZeroDivisionError):
            return None
    return None


def _vector(s: str) -> list[Fraction] | None:
    m = _WRAPPED.match(s.strip())
    if m is None:
        return None
    parts = re.split(r"\\\\|,|;|&", m.group(1))
    values = [_entry(p) for p in parts]
    if len(values) < 2 or len(values) > 12 or any(v is None for v in values):
        return None
    return [v for v in values if v is not None]


def same_direction(pred: str, ref: str) -> bool | None:
    """Whether two rational vectors are nonzero multiples of each other (True / False), or None
    when either is no such vector (or is zero)."""
    a, b = _vector(pred), _vector(ref)
    if a is None or b is None or len(a) != len(b) or not any(a) or not any(b):
        return None
    return all(x * b[j] == y * a[j] for j in range(len(a)) for x, y in zip(a, b, strict=True))
