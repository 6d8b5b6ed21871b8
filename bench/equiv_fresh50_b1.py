"""fresh50_b, continued (part 2 of 3): more cases of the sources that bench/equiv_fresh50_b.py names (pages, URLs and what was left out are in its docstring)."""

from __future__ import annotations

from bench.equiv_fresh50_b import (
    BLUF,
    BLUF_AT,
    GS,
    GS_UC76,
    IDN,
    IDN_AT,
    PLINK,
    PLINK_AT,
    RICH,
    RICH_AT,
    WYZ,
    WYZ_938337,
)
from bench.equiv_rl_suites import collected_case as _c

CASES = [
    # richland.edu: an instructor's corrections to the book's answers
    _c(
        RICH,
        RICH_AT,
        gold=r"14,976 √17",
        pred=r"61,748",
        wrap=True,
        expected=True,
        why="6.8.13 'should be 14,976 √17 lbs, which is approximately 61,748 lbs' (rounded value)",
    ),
    _c(
        RICH,
        RICH_AT,
        gold=r"6(t - 1)",
        pred=r"6t - 6",
        wrap=True,
        expected=True,
        why="4.8.13 'a(t) = 6t - 6 = 6(t - 1)'",
    ),
    _c(
        RICH,
        RICH_AT,
        gold=r"58",
        pred=r"| -4 - 0 | + | 50 - (-4) |",
        wrap=True,
        expected=True,
        why="4.8.13 total distance chain '... = 4 + 54 = 58 ft'",
    ),
    _c(RICH, RICH_AT, gold=r"58", pred=r"4 + 54", wrap=True, expected=True, why="same chain"),
    # gradesaver University Calculus 4.5 #76
    _c(
        GS,
        GS_UC76,
        gold=r"2",
        pred=r"1",
        wrap=True,
        expected=False,
        why="'The limit provided in part(a) is not correct. ... part(b) is correct' (= 2)",
    ),
    _c(
        GS,
        GS_UC76,
        gold=r"2",
        pred=r"\dfrac{2(0)-2}{2(0)-\cos 0}",
        wrap=True,
        expected=True,
        why="part (b) chain '=\\dfrac{2(0)-2}{2(0)-\\cos 0}=2'",
    ),
    # bluffton derivative checker: d/dx sqrt(x^2)
    _c(
        BLUF,
        BLUF_AT,
        gold=r"abs(x)/x",
        pred=r"x/sqrt(x^2)",
        wrap=True,
        expected=True,
        why="'If you enter the derivative as abs(x)/x, or as x/sqrt(x^2), it will be counted as correct'",
    ),
    _c(
        BLUF,
        BLUF_AT,
        gold=r"abs(x)/x",
        pred=r"1",
        wrap=True,
        expected=False,
        why="'enter the derivative as 1, it would (most of the time) be ruled incorrect ... because sqrt(x2) = |x|'",
    ),
    # wyzant 938337: conical tank
    _c(
        WYZ,
        WYZ_938337,
        gold=r"-845π/81",
        pred=r"676π/81 (-5/4)",
        wrap=True,
        expected=True,
        why="tutor: 'dV/dt = 676π/81 (-5/4). dV/dt = -845π/81'",
    ),
    _c(
        WYZ,
        WYZ_938337,
        gold=r"-845π/81",
        pred=r"-32.7734",
        wrap=True,
        expected=True,
        why="tutor: 'dV/dt is approximately -32.7734' (rounded value)",
    ),
    # policylink (copied answer): sphere diameter rate
    _c(
        PLINK,
        PLINK_AT,
        gold=r"0.7471",
        pred=r"4.6 / ( π 1.4² )",
        wrap=True,
        expected=True,
        why="'dD / dt = 4.6 / ( π 1.4² ) ft/min = 0.7471 ft/min' (rounded value)",
    ),
    # idnlearn 25381167: implicit second derivative
    _c(
        IDN,
        IDN_AT,
        gold=r"(10y² + 50y - 30xy + 10x² - 60x + 58) / (2y - 3x + 5)³",
        pred=r"((5y + 8) (2y - 3x + 5) + (3 - 5x) (6 - 2x + 3y)) / (2y - 3x + 5)³",
        wrap=True,
        expected=True,
        why="answer's chain for d²y/dx², last two lines",
    ),
]
