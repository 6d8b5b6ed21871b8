"""fresh53_c, continued (part 3 of 3): more cases of the sources that
bench/equiv_fresh53_c.py names (repository, path @ commit, licence and what was left out are in its
docstring). Do not tune the judge on these cases.
"""

from __future__ import annotations

from bench.equiv_fresh53_c import S20, S20_AT, S21, S21_AT, S22, S22_AT
from bench.equiv_rl_suites import collected_case as _c

CASES = [
    _c(
        S20,
        S20_AT,
        gold=r"0,8",
        pred=r"4\5",
        wrap=True,
        expected=True,
        why="4\\5=(4*2)\\(5*2)=8\\10=0,8",
    ),
    _c(
        S20,
        S20_AT,
        gold=r"0,8",
        pred=r"8\10",
        wrap=True,
        expected=True,
        why="4\\5=(4*2)\\(5*2)=8\\10=0,8",
    ),
    _c(
        S20,
        S20_AT,
        gold=r"0,6",
        pred=r"3\5",
        wrap=True,
        expected=True,
        why="3\\5=(3*2)\\(5*2)=6\\10=0,6",
    ),
    _c(
        S20,
        S20_AT,
        gold=r"0,6",
        pred=r"6\10",
        wrap=True,
        expected=True,
        why="3\\5=(3*2)\\(5*2)=6\\10=0,6",
    ),
    # dzen: a mixed number with a vulgar-fraction character
    _c(
        S21, S21_AT, gold=r"13/5", pred=r"2⅗", wrap=True, expected=True, why="2⅗ = (2×5+3)/5 = 13/5"
    ),
    _c(
        S21,
        S21_AT,
        gold=r"13/5",
        pred=r"(2×5+3)/5",
        wrap=True,
        expected=True,
        why="2⅗ = (2×5+3)/5 = 13/5",
    ),
    # znanija.site 34770098: units in Russian
    _c(
        S22,
        S22_AT,
        gold=r"1,5 ч",
        pred=r"1 ч 30 мин",
        wrap=True,
        expected=True,
        why="t2 = 1 ч 30 мин = 1,5 ч",
    ),
    _c(
        S22,
        S22_AT,
        gold=r"30 км/ч",
        pred=r"Ответ: V = 30 км/ч",
        wrap=True,
        expected=True,
        why="V = L/t2 = 45/1,5 = 30 км/ч; the answer line as written",
    ),
]
