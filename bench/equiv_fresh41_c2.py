"""fresh41_c, continued (part 2 of 2): more cases of the sources that
bench/equiv_fresh41_c.py names (repository, path @ commit, licence and what was left out are in its
docstring). Do not tune the judge on these cases.
"""

from __future__ import annotations

from bench.equiv_fresh41_c import R5, R5_AT
from bench.equiv_rl_suites import collected_case as _c

CASES = [
    _c(
        R5,
        R5_AT,
        gold=r"2^2*7",
        pred=r"2^2*5",
        wrap=True,
        expected=False,
        why="a right value marks right however it is written",
    ),
    _c(
        R5,
        R5_AT,
        gold=r"1/2",
        pred=r"2/4",
        wrap=True,
        expected=True,
        why="a right value marks right however it is written (unreduced fraction)",
    ),
    _c(
        R5,
        R5_AT,
        gold=r"1/2",
        pred=r"0.5",
        wrap=True,
        expected=True,
        why="a right value marks right however it is written (decimal)",
    ),
    _c(
        R5,
        R5_AT,
        gold=r"3",
        pred=r"6/2",
        wrap=True,
        expected=True,
        why="a right value marks right however it is written",
    ),
    _c(
        R5,
        R5_AT,
        gold=r"1/2",
        pred=r"1/3",
        wrap=True,
        expected=False,
        why="a right value marks right however it is written",
    ),
    _c(
        R5,
        R5_AT,
        gold=r"1/2",
        pred=r"0.51",
        wrap=True,
        expected=False,
        why="a right value marks right however it is written",
    ),
    _c(
        R5,
        R5_AT,
        gold=r"-1/2",
        pred=r"1/2",
        wrap=True,
        expected=False,
        why="a right value marks right however it is written (sign)",
    ),
]
