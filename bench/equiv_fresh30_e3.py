"""fresh30_e2, continued (part 2 of 2): more cases of the sources that
bench/equiv_fresh30_e2.py names (repository, path @ commit, licence and what was left out are in its
docstring). Do not tune the judge on these cases.
"""

from __future__ import annotations

from bench.equiv_fresh30_e import R2, R2_AT
from bench.equiv_rl_suites import collected_case as _c

CASES = [
    _c(
        R2,
        R2_AT,
        gold="41",
        pred="The answer is 41 apples, not 42.",
        wrap=False,
        expected=True,
        why="TestHedges.test_one_value_repeated_or_respelled_is_not_a_hedge",
    ),
    _c(
        R2,
        R2_AT,
        gold="42",
        pred="The answer is 41 apples, not 42.",
        wrap=False,
        expected=False,
        why="TestHedges.test_one_value_repeated_or_respelled_is_not_a_hedge",
    ),
    _c(
        R2,
        R2_AT,
        gold="42",
        pred="The answer is 42 apples, not 41.",
        wrap=False,
        expected=True,
        why="TestHedges.test_one_value_repeated_or_respelled_is_not_a_hedge",
    ),
    _c(
        R2,
        R2_AT,
        gold="42",
        pred="The answer is 42. 41 was my first guess.",
        wrap=False,
        expected=True,
        why="TestHedges.test_one_value_repeated_or_respelled_is_not_a_hedge",
    ),
    _c(
        R2,
        R2_AT,
        gold="(3, 4)",
        pred="The answer is (3, 4).",
        wrap=False,
        expected=True,
        why="TestHedges.test_one_value_repeated_or_respelled_is_not_a_hedge",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"\left( 3, \frac{\pi}{2} \right)",
        pred=r"The answer is \left(3, \frac{\pi}{2}\right).",
        wrap=False,
        expected=True,
        why="TestHedges.test_one_value_repeated_or_respelled_is_not_a_hedge",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"\frac{14}{3}",
        pred=r"The answer is \frac{14}{3}.",
        wrap=False,
        expected=True,
        why="TestHedges.test_one_value_repeated_or_respelled_is_not_a_hedge",
    ),
    _c(
        R2,
        R2_AT,
        gold="3",
        pred=r"The answer is \frac{14}{3}.",
        wrap=False,
        expected=False,
        why="TestHedges.test_one_value_repeated_or_respelled_is_not_a_hedge",
    ),
    _c(
        R2,
        R2_AT,
        gold="10",
        pred="The answer is 2^{10}.",
        wrap=False,
        expected=False,
        why="TestHedges.test_one_value_repeated_or_respelled_is_not_a_hedge",
    ),
    _c(
        R2,
        R2_AT,
        gold="2",
        pred="The answer is 2x.",
        wrap=False,
        expected=False,
        why="TestHedges.test_one_value_repeated_or_respelled_is_not_a_hedge",
    ),
    _c(
        R2,
        R2_AT,
        gold="42",
        pred="41 or 42",
        wrap=False,
        expected=True,
        why="TestHedges.test_one_value_repeated_or_respelled_is_not_a_hedge",
    ),
    _c(
        R2,
        R2_AT,
        gold="42",
        pred=r"\boxed{42}. The answer is 41 or 42.",
        wrap=False,
        expected=True,
        why="TestHedges.test_one_value_repeated_or_respelled_is_not_a_hedge",
    ),
    _c(
        R2,
        R2_AT,
        gold="42",
        pred="#### 41 or 42",
        wrap=False,
        expected=False,
        why="TestHedges.test_one_value_repeated_or_respelled_is_not_a_hedge",
    ),
]
