"""Vectors that only a direction is asked for (`curate.judges.math.asked.asks_direction`: an
eigenvector, a normal or direction vector): any nonzero multiple of the reference is an answer,
`(-3/2, 1)` for `(3, -2)`.

Only vectors of exact rational entries are compared here (integers, decimals, `a/b`,
`\\frac{a}{b}`), written as a tuple, a list, a column or row matrix or in angle brackets; anything
else is left to the other rules. Pure arithmetic on fractions: no CAS parser runs.
"""

from __future__ import annotations

from fractions import Fraction

from curate.judges.math.fast import parse_struct
from curate.judges.math.guard import exact_value
from curate.judges.math.shapes import matrix_vector


def _vector(s: str) -> list[Fraction] | None:
    """The exact entries of a vector written as a tuple or list (`fast.parse_struct`; angle
    brackets are round ones by then) or as a one-row or one-column matrix, each plain arithmetic
    (`guard.exact_value`); None for anything else."""
    st = parse_struct(s)
    if st.kind == "bracket":
        items: tuple[str, ...] | None = st.items
    else:  # a matrix, perhaps in the brackets `\\left[ ... \\right]` left around an array
        items = matrix_vector(st.items[0] if st.kind == "scalar" and st.items else s)
    if items is None or not 2 <= len(items) <= 12:
        return None
    values = [exact_value(x.strip()) for x in items]
    return [v.value for v in values if v is not None] if all(values) else None


def same_direction(pred: str, ref: str) -> bool | None:
    """Whether two rational vectors are nonzero multiples of each other (True / False), or None
    when either is no such vector (or is zero)."""
    a, b = _vector(pred), _vector(ref)
    if a is None or b is None or len(a) != len(b) or not any(a) or not any(b):
        return None
    return all(x * b[j] == y * a[j] for j in range(len(a)) for x, y in zip(a, b, strict=True))
