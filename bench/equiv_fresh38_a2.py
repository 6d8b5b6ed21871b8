"""fresh38_a, continued (part 2 of 2): more cases of the sources that
bench/equiv_fresh38_a.py names (repository, path @ commit, licence and what was left out are in its
docstring). Do not tune the judge on these cases.
"""

from __future__ import annotations

from bench.equiv_fresh38_a import R6, R6_AT
from bench.equiv_rl_suites import collected_case as _c

CASES = [
    _c(
        R6,
        R6_AT,
        gold=r"0.1234568",
        pred=r"0.1234567",
        wrap=True,
        expected=True,
        why="isCorrect: accepts decimals within 1e-6",
    ),
    _c(
        R6,
        R6_AT,
        gold=r"1",
        pred=r"1.0",
        wrap=True,
        expected=True,
        why="isCorrect: accepts decimals within 1e-6",
    ),
    _c(
        R6,
        R6_AT,
        gold=r"1.0",
        pred=r"1",
        wrap=True,
        expected=True,
        why="isCorrect: accepts decimals within 1e-6",
    ),
    _c(
        R6,
        R6_AT,
        gold=r"0.2",
        pred=r"0.1",
        wrap=True,
        expected=False,
        why="isCorrect: rejects decimals beyond tolerance",
    ),
    _c(
        R6,
        R6_AT,
        gold=r"1.000002",
        pred=r"1.000001",
        wrap=True,
        expected=False,
        why="isCorrect: rejects decimals beyond tolerance",
    ),
    _c(
        R6,
        R6_AT,
        gold=r"5",
        pred=r"",
        wrap=True,
        expected=False,
        why="isCorrect: empty vs non-empty is false",
    ),
    _c(
        R6,
        R6_AT,
        gold=r"1/2",
        pred=r"0.5",
        wrap=True,
        expected=True,
        why="isCorrect: numeric vs fraction: 0.5 and 1/2",
    ),
    _c(
        R6,
        R6_AT,
        gold=r"42",
        pred=r"42",
        wrap=True,
        expected=True,
        why="isCorrect: integer string matches same integer",
    ),
    _c(
        R6,
        R6_AT,
        gold=r"43",
        pred=r"42",
        wrap=True,
        expected=False,
        why="isCorrect: integer string matches same integer (42 vs 43)",
    ),
]
