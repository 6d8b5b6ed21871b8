r"""fresh107_b, continued (part 2 of 2): more cases of the sources that bench/equiv_fresh107_b.py
names (Mastering's numeric-entry help, three WebAssign instructor-guide pages, allthetimeworld,
everything2, math-physics-calc, wyzant 5537, bartleby b472a8c6), transcribed under the same
rules; see that module's docstring for the sources, conventions and what was left out. Do not
tune the judge on these cases."""

from __future__ import annotations

from bench.equiv_fresh107_b import (
    ATW,
    ATW_SN,
    BAR,
    BAR_EN,
    E2,
    E2_SN,
    MPC,
    MPC_SN,
    WA,
    WA_NUM,
    WYZ,
    WYZ_5537,
)
from bench.equiv_rl_suites import collected_case as _c

CASES = [
    # help.pearsoncmg.com Mastering 'Enter numeric value answers': e notation refused
    # webassign.net 'Check Significant Figures in Numerical Questions': default tolerance of +-1 in the last digit
    # webassign.net 'Significant Figure Checking for Assignments': last significant digit within +-2
    # webassign.net 'Create Numerical Questions': 2% tolerance and precision not checked by default
    _c(
        WA,
        WA_NUM,
        gold=r"3",
        pred=r"3.0",
        wrap=True,
        expected=True,
        why="'the numerical precision of your students' answers is not considered. For example, if the answer is 3, then 3.0 is also accepted'",
    ),
    # allthetimeworld.com computer concepts: three ways to write 234,000
    _c(
        ATW,
        ATW_SN,
        gold=r"234,000",
        pred=r"2.34 * 100,000",
        wrap=True,
        expected=True,
        why="'234,000 could be written in scientific notation as 2.34 * 100,000, or 2.34 * 10^5, or 2.34e+5'",
    ),
    _c(
        ATW,
        ATW_SN,
        gold=r"234,000",
        pred=r"2.34 * 10^5",
        wrap=True,
        expected=True,
        why="'234,000 could be written in scientific notation as 2.34 * 100,000, or 2.34 * 10^5, or 2.34e+5'",
    ),
    _c(
        ATW,
        ATW_SN,
        gold=r"234,000",
        pred=r"2.34e+5",
        wrap=True,
        expected=True,
        why="'234,000 could be written in scientific notation as 2.34 * 100,000, or 2.34 * 10^5, or 2.34e+5'",
    ),
    # everything2.com 'scientific notation': Avogadro-sized example and its E form
    _c(
        E2,
        E2_SN,
        gold=r"6.02 x 10^{23}",
        pred=r"602000000000000000000000",
        wrap=True,
        expected=True,
        why="'6.02 x 10^{23} is a short way of writing 602000000000000000000000.'",
    ),
    _c(
        E2,
        E2_SN,
        gold=r"6.02 x 10^{23}",
        pred=r"6.02E23",
        wrap=True,
        expected=True,
        why="'a shorthand e notation ... so 6.02E23 for the number above'",
    ),
    # math-physics-calc.com e-notation to decimal: worked examples 'MEp = ... = decimal'
    _c(
        MPC,
        MPC_SN,
        gold=r"14000000",
        pred=r"14e+6",
        wrap=True,
        expected=True,
        why="'14e+6 = ... 1000000 = 14000000' (the dot and the superscript 10^6 are garbled on the stored page)",
    ),
    _c(
        MPC,
        MPC_SN,
        gold=r"0.0016",
        pred=r"16e-4",
        wrap=True,
        expected=True,
        why="'16e-4 = ... 0.0001 = 0.0016' (the dot and the superscript 10^-4 are garbled on the stored page)",
    ),
    _c(
        MPC,
        MPC_SN,
        gold=r"3960",
        pred=r"3.96e+3",
        wrap=True,
        expected=True,
        why="'3.96e+3 = ... 1000 = 3960' (the dot and the superscript 10^3 are garbled on the stored page)",
    ),
    _c(
        MPC,
        MPC_SN,
        gold=r"0.0017356",
        pred=r"17.356e-4",
        wrap=True,
        expected=True,
        why="'17.356e-4 = ... 0.0001 = 0.0017356' (the dot and the superscript are garbled on the stored page)",
    ),
    _c(
        MPC,
        MPC_SN,
        gold=r"23000",
        pred=r"0.23e+5",
        wrap=True,
        expected=True,
        why="'0.23e+5 = ... 100000 = 23000' (the dot and the superscript 10^5 are garbled on the stored page)",
    ),
    # wyzant answers 5537: a tutor's worked examples of scientific to standard notation
    _c(
        WYZ,
        WYZ_5537,
        gold=r"4200",
        pred=r"4.2 x 10^3",
        wrap=True,
        expected=True,
        why="'For example 4.2 x 10^3 = 4200 (decimal shifted 3 units)'",
    ),
    _c(
        WYZ,
        WYZ_5537,
        gold=r".0052",
        pred=r"5.2 x 10^-3",
        wrap=True,
        expected=True,
        why="'5.2 x 10^-3 = .0052 (decimal shifted -3 units)'",
    ),
    # bartleby question b472a8c6 (a worksheet on E notation): engineering form of 2.5E4
    _c(
        BAR,
        BAR_EN,
        gold=r"2.5E4",
        pred=r"25E3",
        wrap=True,
        expected=True,
        why="worksheet text: '25,000 2.5x104 2.5E4 = 25E3' (only the last '=' survives the conversion)",
    ),
]
