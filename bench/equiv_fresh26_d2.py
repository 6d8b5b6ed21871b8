"""fresh26_d, continued (part 2 of 2): more cases of the sources that bench/equiv_fresh26_d.py
names (repository, path @ commit, licence and what was left out are in its docstring).
Do not tune the judge on these cases.
"""

from __future__ import annotations

from bench.equiv_fresh26_d import R3, R3_FRAC, R3_NUM, R4, R4_AT, R5, R5_AT
from bench.equiv_rl_suites import collected_case as _c

CASES = [
    _c(
        R3,
        R3_NUM,
        gold=r"1.234",
        pred=r"1.235",
        wrap=True,
        expected=False,
        why="near answer detection (given; no tolerance)",
    ),
    _c(
        R3,
        R3_NUM,
        gold=r"1.234",
        pred=r"1.233",
        wrap=True,
        expected=False,
        why="near answer detection (given1; no tolerance)",
    ),
    _c(
        R3,
        R3_NUM,
        gold=r"1.234",
        pred=r"1.236",
        wrap=True,
        expected=False,
        why="near answer detection (given2)",
    ),
    # PiChecker FractionChecker('').check(expected, given)
    _c(R3, R3_FRAC, gold=r"2/3", pred=r"2/3", wrap=True, expected=True, why="detect exact value"),
    _c(
        R3,
        R3_FRAC,
        gold=r"2/3",
        pred=r"4/6",
        wrap=True,
        expected=True,
        why="similar fraction, not reduced (config '')",
    ),
    # lo-blocks: compareWithTolerance(student, instructor, tol) / numericalMatch(input, answer)
    _c(
        R4,
        R4_AT,
        gold=r"5",
        pred=r"5",
        wrap=True,
        expected=True,
        why="parses complex numbers and compares: compareWithTolerance('5', '5', 0)",
    ),
    _c(
        R4,
        R4_AT,
        gold=r"5",
        pred=r"5",
        wrap=True,
        expected=True,
        why="numericalMatch matches exact values: numericalMatch('5', '5') (tolerance 0)",
    ),
    _c(
        R4,
        R4_AT,
        gold=r"6",
        pred=r"5",
        wrap=True,
        expected=False,
        why="numericalMatch matches exact values: numericalMatch('5', '6') (tolerance 0)",
    ),
    _c(
        R4,
        R4_AT,
        gold=r"5",
        pred=r"5.5",
        wrap=True,
        expected=False,
        why="numericalMatch matches with tolerance: tolerance '0.1' absolute",
    ),
    # ASVAB-PREP: isAnswerCorrect(expected, actual), 2% relative or equal after rounding
    _c(R5, R5_AT, gold=r"5", pred=r"5", wrap=True, expected=True, why="'5 vs 5' (Numeric exact)"),
    _c(
        R5,
        R5_AT,
        gold=r"5",
        pred=r"4.99",
        wrap=True,
        expected=True,
        why="'5 vs 4.99' (Numeric float tolerance: max(2% of 5, 0.02))",
    ),
    _c(
        R5,
        R5_AT,
        gold=r"25",
        pred=r"twenty five",
        wrap=True,
        expected=True,
        why="'twenty five -> 25' (Word-number parsing)",
    ),
    _c(
        R5,
        R5_AT,
        gold=r"123",
        pred=r"one hundred twenty three",
        wrap=True,
        expected=True,
        why="'one hundred twenty three -> 123' (Word-number parsing)",
    ),
    _c(
        R5,
        R5_AT,
        gold=r"2000",
        pred=r"two thousand",
        wrap=True,
        expected=True,
        why="'two thousand -> 2000' (Word-number parsing)",
    ),
    _c(
        R5,
        R5_AT,
        gold=r"105",
        pred=r"one hundred and five",
        wrap=True,
        expected=True,
        why="'one hundred and five -> 105' (Word-number parsing)",
    ),
]
