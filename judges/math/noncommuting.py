"""Products of matrices, which do not commute: `A^{-1}B^{-1}` is not `B^{-1}A^{-1}`, while
`(AB)^{-1}` is `B^{-1}A^{-1}` and `(BA)^T` is `A^TB^T`.

Read only when both answers are products of capital letters, each maybe inverted (`^{-1}`) or
transposed (`^T`, `^{T}`, `^\\top`; a prime is a complement in `logic`), and brackets around such
products, and when an inverse
or a transpose is written somewhere (a plain `AB` may be a product of lengths, which commute).
A bracket inverted or transposed is its factors in the reverse order, each inverted or
transposed; a factor beside its own inverse cancels. Two answers are equal when the factors
that remain stand in the same order; an answer that cancels to nothing is left to the other
rules (the identity has several names).
"""

from __future__ import annotations

import re

Decision = tuple[bool | None, str]

_TOKEN = re.compile(r"\s*(?:([A-Z])|(\()|(\)))\s*(\^\s*\{?\s*(?:-1|T|\\top)\s*\}?)?\s*")
_MARKED = re.compile(r"\^\s*\{?\s*(?:-1|T|\\top)")
_MAX_FACTORS = 24

Factor = tuple[str, bool, bool]  # letter, inverted, transposed


def _suffix(mark: str | None) -> tuple[bool, bool]:
    if not mark:
        return False, False
    return ("-1" in mark), ("-1" not in mark)


def _apply(factors: list[Factor], inverse: bool, transpose: bool) -> list[Factor]:
    """A product inverted or transposed: its factors reversed, each inverted or transposed."""
    if not (inverse or transpose):
        return factors
    return [(x, inv != inverse, tr != transpose) for x, inv, tr in reversed(factors)]


def _factors(s: str) -> list[Factor] | None:
    """The factors of a product of capital letters and brackets, or None when `s` is not one."""
    stack: list[list[Factor]] = [[]]
    pos = 0
    while pos < len(s):
        m = _TOKEN.match(s, pos)
        if m is None or m.end() == pos:
            return None
        pos = m.end()
        inverse, transpose = _suffix(m.group(4))
        if m.group(1):
            stack[-1].extend(_apply([(m.group(1), False, False)], inverse, transpose))
        elif m.group(2):
            if m.group(4):
                return None
            stack.append([])
        else:
            if len(stack) < 2:
                return None
            inner = stack.pop()
            stack[-1].extend(_apply(inner, inverse, transpose))
        if len(stack[-1]) > _MAX_FACTORS:
            return None
    return _cancelled(stack[0]) if len(stack) == 1 else None


def _cancelled(factors: list[Factor]) -> list[Factor]:
    """`A A^{-1}` and `A^{-1} A` (with the same transposition) cancel."""
    out: list[Factor] = []
    for f in factors:
        if out and out[-1][0] == f[0] and out[-1][2] == f[2] and out[-1][1] != f[1]:
            out.pop()
        else:
            out.append(f)
    return out


def matrix_products(pred: str, ref: str) -> Decision | None:
    """The decision for two products of matrices (the module docstring), or None."""
    if not (_MARKED.search(pred) or _MARKED.search(ref)):
        return None
    a, b = _factors(pred), _factors(ref)
    if a is None or b is None or not a or not b:
        return None
    if len(a) + len(b) < 3:
        return None  # `A^{-1}` against `B`: one matrix each, nothing about order
    return (True, "equivalent") if a == b else (False, "not_equivalent")
