"""fresh29_b, continued (part 3 of 3): more cases of the sources that
bench/equiv_fresh29_b.py names (repository, path @ commit, licence and what was left out are in its
docstring). Do not tune the judge on these cases.
"""

from __future__ import annotations

from bench.equiv_fresh29_b import _BOX_SPAM, R9, R9_AT
from bench.equiv_rl_suites import collected_case as _c

CASES = [
    _c(
        R9,
        R9_AT,
        gold=r"72",
        pred=r"12 or 72",
        wrap=True,
        expected=False,
        why="test_is_equivalent ambiguous prediction",
    ),
    _c(
        R9,
        R9_AT,
        gold=r"12345678901234567890",
        pred=r"12345678901234567891",
        wrap=True,
        expected=False,
        why="test_is_equivalent exact comparison (equal as floats)",
    ),
    # --- selma0817/grpo-dapo: compute_reward(completion, gold) ---------------------------------
    _c(
        R9,
        R9_AT,
        gold=r"72",
        pred=r"... \boxed{72}",
        wrap=False,
        expected=True,
        why="test_compute_reward correct answer",
    ),
    _c(
        R9,
        R9_AT,
        gold=r"72",
        pred=r"... \boxed{70}",
        wrap=False,
        expected=False,
        why="test_compute_reward wrong answer",
    ),
    _c(
        R9,
        R9_AT,
        gold=r"1000",
        pred=r"... \boxed{1,000}",
        wrap=False,
        expected=True,
        why="test_compute_reward comma formatting",
    ),
    _c(
        R9,
        R9_AT,
        gold=r"18",
        pred=r"... \boxed{\$18.00}",
        wrap=False,
        expected=True,
        why="test_compute_reward currency and decimal formatting",
    ),
    _c(
        R9,
        R9_AT,
        gold=r"1,000",
        pred=r"... \boxed{1000}",
        wrap=False,
        expected=True,
        why="test_compute_reward comma in the gold",
    ),
    _c(
        R9,
        R9_AT,
        gold=r"72",
        pred=r"\boxed{70} wait, recheck: \boxed{72}",
        wrap=False,
        expected=True,
        why="test_compute_reward self-correction to the right answer",
    ),
    _c(
        R9,
        R9_AT,
        gold=r"72",
        pred=r"\boxed{72} actually \boxed{70}",
        wrap=False,
        expected=False,
        why="test_compute_reward self-correction to a wrong answer",
    ),
    _c(
        R9,
        R9_AT,
        gold=r"72",
        pred=_BOX_SPAM,
        wrap=False,
        expected=False,
        why="test_compute_reward BOX_SPAM (last box is 100)",
    ),
    _c(
        R9,
        R9_AT,
        gold=r"72",
        pred=r"\boxed{12 or 72}",
        wrap=False,
        expected=False,
        why="test_compute_reward ambiguous boxed answer",
    ),
    _c(
        R9,
        R9_AT,
        gold=r"-3",
        pred=r"\boxed{-3}",
        wrap=False,
        expected=True,
        why="test_compute_reward negative answer",
    ),
]
