"""fresh50_d, continued (part 2 of 2): more cases of the sources that
bench/equiv_fresh50_d.py names (repository, path @ commit, licence and what was left out are in its
docstring). Do not tune the judge on these cases.
"""

from __future__ import annotations

from bench.equiv_fresh50_d import (
    JISKHA,
    JISKHA_1324419110,
    SCIMATH,
    SCIMATH_37656,
    WEEGY,
    WEEGY_P8057POR,
)
from bench.equiv_rl_suites import collected_case as _c

CASES = [
    # weegy P8057POR (expert answers to multiple-choice items; only the chosen forms are used).
    _c(
        WEEGY,
        WEEGY_P8057POR,
        gold=r"(p - 3)(q + r)",
        pred=r"pq - 3r + pr - 3q",
        wrap=True,
        expected=True,
        why="P8057POR: 'pq - 3r + pr - 3q = (p - 3)(q + r)'",
    ),
    _c(
        WEEGY,
        WEEGY_P8057POR,
        gold=r"(x - 1)(x - 4) = 0",
        pred=r"x^2 - 5x + 4 = 0",
        wrap=True,
        expected=True,
        why="P8057POR: the equation set to zero, then factored",
    ),
    # science-mathematics.com 37656 (Yahoo Answers copy): "your answer is completely correct".
    _c(
        SCIMATH,
        SCIMATH_37656,
        gold=r"1/x + 2/x^2 + 1 + 1/x^5 + x",
        pred=r"x^-2(x+2+x^2+x^-3+x^3)",
        wrap=True,
        expected=True,
        why="37656: the asker's distribution, 'your answer is completely correct'",
    ),
    _c(
        SCIMATH,
        SCIMATH_37656,
        gold=r"1/x",
        pred=r"x^2x^(-3)",
        wrap=True,
        expected=True,
        why="37656 answer: x^2x^(-3) = x^(2 + (-3)) = x^(-1) = 1/x",
    ),
    _c(
        SCIMATH,
        SCIMATH_37656,
        gold=r"1/x",
        pred=r"x^(-1)",
        wrap=True,
        expected=True,
        why="37656 answer: same chain",
    ),
    # jiskha 1324419110: "Write 2x to the power of -2 without negative indices."
    _c(
        JISKHA,
        JISKHA_1324419110,
        gold=r"1/x^2",
        pred=r"x^-2",
        wrap=True,
        expected=True,
        why="1324419110: x^-2 = 1/x^2",
    ),
    _c(
        JISKHA,
        JISKHA_1324419110,
        gold=r"2/x^2",
        pred=r"2x^-2",
        wrap=True,
        expected=True,
        why="1324419110: 2x^-2 = 2/x^2",
    ),
    _c(
        JISKHA,
        JISKHA_1324419110,
        gold=r"y^3/x^2",
        pred=r"x^-2/y^-3",
        wrap=True,
        expected=True,
        why="1324419110: x^-2/y^-3 = y^3/x^2",
    ),
]
