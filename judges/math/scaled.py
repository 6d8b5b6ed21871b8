"""A number times a matrix written as nested lists, or the matrix over a number
(`1/13[[2,-5],[3,-1]]`, `1/-5 × [[1,7],[0,-5]]`, `([[2,-5],[3,-1]])/13`): each entry scaled, so
that the matrix compares entry by entry with the same matrix written out."""

from __future__ import annotations

import re

_SCALAR = r"(-?\d+(?:\.\d+)?(?:\s*/\s*-?\d+(?:\.\d+)?)?)"
_MATRIX = r"(\[\[[^\[\]]*\](?:\s*,\s*\[[^\[\]]*\])*\])"
_SCALED_BEFORE = re.compile(rf"\s*{_SCALAR}\s*(?:[*×·]|\\times|\\cdot)?\s*{_MATRIX}\s*")
_SCALED_AFTER = re.compile(rf"\s*\(?\s*{_MATRIX}\s*\)?\s*/\s*{_SCALAR}\s*")


def scaled_matrix(s: str) -> str:
    """`1/13[[2,-5],[3,-1]]` -> `[[(2)*(1/13),(-5)*(1/13)],[...]]`; anything else unchanged."""
    m = _SCALED_BEFORE.fullmatch(s)
    if m is not None:
        factor, matrix = f"({m[1]})", m[2]
    elif (m := _SCALED_AFTER.fullmatch(s)) is not None:
        factor, matrix = f"(1/({m[2]}))", m[1]
    else:
        return s
    rows = re.findall(r"\[([^\[\]]*)\]", matrix[1:-1])
    cells = [[f"({c.strip()})*{factor}" for c in r.split(",")] for r in rows]
    return "[" + ",".join("[" + ",".join(r) + "]" for r in cells) + "]"
