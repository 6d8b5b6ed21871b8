"""A matrix that is no matrix: some models write a whole answer one token per row of a
`\\begin{matrix}` (`\\frac{ \\\\ 4 \\\\ \\pi \\\\ }{ \\\\ 3 \\\\ }`), as MathArena's hand-read answers
show. A real matrix's cells are each a whole expression: a cell whose braces or `\\left` /
`\\right` do not balance, or that is a bare operator, cannot be one. Such an environment is read
as its cells written one after another. Linear time: one pass per environment."""

from __future__ import annotations

import re

_ENV = re.compile(r"\\begin\{([pbvBV]?matrix)\}((?:(?!\\begin\{).)*?)\\end\{\1\}", re.S)
_OPERATOR = re.compile(r"[-+=/,]|\\(?:times|cdot|div|pm)")


def _token(cell: str) -> bool:
    """A cell no matrix has: unbalanced braces or delimiters, or an operator alone."""
    c = cell.replace("\\{", "").replace("\\}", "")
    return (
        c.count("{") != c.count("}")
        or c.count("\\left") != c.count("\\right")
        or _OPERATOR.fullmatch(cell.strip()) is not None
    )


def _unsplit(m: re.Match[str]) -> str:
    cells = [c.strip() for row in m.group(2).split("\\\\") for c in row.split("&")]
    if not any(_token(c) for c in cells if c):
        return m.group(0)
    return " ".join(c for c in cells if c)


def token_matrix(s: str) -> str:
    """`\\begin{matrix} 1 \\\\ - \\\\ \\dfrac{ \\\\ 2 \\\\ }{ \\\\ \\pi \\\\ } \\end{matrix}` ->
    `1 - \\dfrac{ 2 }{ \\pi }`; a real matrix unchanged."""
    return _ENV.sub(_unsplit, s)
