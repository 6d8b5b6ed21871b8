"""Shapes of structured answers that the fast path reads without a CAS: the two values of one
`\\pm` (`two_signs`, `both_signs`), an estimate with its margin as the interval it names
(`417.39 \\pm 125.72` for `(291.67, 543.11)`, as statistics writes a confidence interval), two
ratios in one proportion (`4:6` and `2:3`), a ratio's quotient against a number (`5/4:3/2` for
`5/6`), and the cells of a plain matrix (a matrix of one row or column as a vector). Bounded
string and fraction work.
"""

from __future__ import annotations

import re
from fractions import Fraction
from typing import Any


def two_signs(item: str) -> tuple[str, str] | None:
    """The two values of an answer with one `\\pm` (or `\\mp`: the same two), else None."""
    one = item.replace("\\mp", "\\pm")
    if one.count("\\pm") != 1:
        return None
    return one.replace("\\pm", "+"), one.replace("\\pm", "-")


def both_signs(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Unordered items of different counts with an item that holds one `\\pm` (`2, 3,
    \\frac{3 \\pm i\\sqrt{3}}{2}`): that item as its two values, on both sides."""
    if len(a) == len(b) or not any("\\pm" in i or "\\mp" in i for i in (*a, *b)):
        return a, b

    def split(items: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(v for i in items for v in (two_signs(i) or (i,)))

    return split(a), split(b)


# an estimate and its margin, decimals as statistics writes them (`417.39 \\pm 125.72`)
_ESTIMATE = re.compile(r"\s*(-?\d*\.?\d+)\s*\\pm\s*(\d*\.?\d+)\s*")


def estimate_margin(one: str, bracket: Any) -> tuple[str, str] | None:
    """`(a - b, a + b)` for an estimate `a \\pm b` of decimal numbers against a bracket of two
    items (a confidence interval); else None. Exact forms (`3 \\pm \\sqrt{5}`, `\\pm 2`) are
    roots, which an interval is not."""
    m = _ESTIMATE.fullmatch(one)
    if m is None or len(bracket.items) != 2 or "." not in one:
        return None
    return f"{m[1]}-{m[2]}", f"{m[1]}+{m[2]}"


_CLOCK = re.compile(r"(?:[01]?\d|2[0-4]):[0-5]\d(?::[0-5]\d)?")  # a time of day (not `39:13`)


def proportional(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """`4:6` and `2:3`, `10:20` and `1:2`, `4:6:2` and `2:3:1`: two ratios of as many nonzero
    numbers in the same proportion; never two times of day (`1:15` is no `2:30`), though a
    ratio that reads as a time against one that does not is a ratio (`10:20` for `1:2`)."""
    if len(a) != len(b) or all(_CLOCK.fullmatch(":".join(x)) for x in (a, b)):
        return False
    try:
        p, r = [Fraction(x) for x in a], [Fraction(x) for x in b]
    except (ValueError, ZeroDivisionError):
        return False
    if 0 in p or 0 in r:
        return False
    return all(x * r[0] == y * p[0] for x, y in zip(p, r, strict=True))


def ratio_quotient(items: tuple[str, ...]) -> str | None:
    """The value of a ratio of two exact numbers against a number: `5/4:3/2` -> `5/6`, as `:`
    divides; None for more terms, a zero second term or inexact parts."""
    if len(items) != 2:
        return None
    try:
        a, b = Fraction(items[0]), Fraction(items[1])
    except (ValueError, ZeroDivisionError):
        return None
    return None if b == 0 else str(a / b)


_MATRIX = re.compile(
    r"\\begin\{([pbvBV]?matrix|array)\}(?:\{[lcr|\s]*\})?(.*)\\end\{\1\}", re.S
)  # `array` with or without its column spec


def matrix_cells(s: str) -> list[list[str]] | None:
    """The rows of cells of a matrix (not nested, every row as long), else None."""
    m = _MATRIX.fullmatch(s.strip())
    if m is None or "\\begin" in m.group(2):
        return None
    rows = [r for r in m.group(2).split("\\\\") if r.strip()]
    cells = [[c.strip() for c in r.split("&")] for r in rows]
    if not cells or any(len(r) != len(cells[0]) for r in cells):
        return None
    return cells


def matrix_vector(s: str) -> tuple[str, ...] | None:
    """The entries of a matrix with one row or one column, else None."""
    cells = matrix_cells(s)
    if cells is None:
        return None
    if len(cells) == 1:
        return tuple(cells[0])
    if all(len(r) == 1 for r in cells):
        return tuple(r[0] for r in cells)
    return None
