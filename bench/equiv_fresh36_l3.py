"""fresh36_l2, continued (part 2 of 2): more cases of the sources that
bench/equiv_fresh36_l2.py names (repository, path @ commit, licence and what was left out are in its
docstring). Do not tune the judge on these cases.
"""

from __future__ import annotations

from bench.equiv_fresh36_l2 import R8, R8_AT
from bench.equiv_rl_suites import collected_case as _c

CASES = [
    _c(
        R8,
        R8_AT,
        gold=r"4",
        pred=r"So the answer is 4.",
        wrap=False,
        expected=True,
        why=r"test_small_int_needs_answer_context",
    ),
    _c(
        R8,
        R8_AT,
        gold=r"4",
        pred=r"x = 4",
        wrap=False,
        expected=True,
        why=r"test_small_int_needs_answer_context",
    ),
    _c(
        R8,
        R8_AT,
        gold=r"10",
        pred=r"That gives 10.",
        wrap=False,
        expected=True,
        why=r"test_small_int_needs_answer_context",
    ),
    _c(
        R8,
        R8_AT,
        gold=r"4",
        pred=r"\boxed{4}",
        wrap=False,
        expected=True,
        why=r"test_small_int_needs_answer_context",
    ),
    _c(
        R8,
        R8_AT,
        gold=r"4",
        pred=r"4",
        wrap=False,
        expected=True,
        why=r"test_small_int_needs_answer_context (bare value as the whole message)",
    ),
    _c(
        R8,
        R8_AT,
        gold=r"120",
        pred=r"I got 1200 somehow",
        wrap=False,
        expected=False,
        why=r"test_digit_boundaries_and_symbolic",
    ),
    _c(
        R8,
        R8_AT,
        gold=r"120",
        pred=r"the result equals 120",
        wrap=False,
        expected=True,
        why=r"test_digit_boundaries_and_symbolic",
    ),
    _c(
        R8,
        R8_AT,
        gold=r"3/4",
        pred=r"so it's 3/4 of the total",
        wrap=False,
        expected=True,
        why=r"test_digit_boundaries_and_symbolic",
    ),
    _c(
        R8,
        R8_AT,
        gold=r"-\frac{4\sqrt{2}}{9}",
        pred=r"So I get \(\frac{-4\sqrt{2}}{9}\).",
        wrap=False,
        expected=True,
        why=r"test_bare_latex_gold_dollar_wrap",
    ),
    _c(
        R8,
        R8_AT,
        gold=r"\frac{27a^2\sqrt{3}}{8}",
        pred=r"the area is $\frac{54\sqrt{3} a^2}{16}$",
        wrap=False,
        expected=True,
        why=r"test_bare_latex_gold_dollar_wrap (equivalent unsimplified form)",
    ),
    _c(
        R8,
        R8_AT,
        gold=r"9a",
        pred=r"so the answer is $9a$",
        wrap=False,
        expected=True,
        why=r"test_bare_latex_gold_dollar_wrap",
    ),
]
