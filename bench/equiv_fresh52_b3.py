"""fresh52_b2, continued (part 2 of 2): more cases of the sources that
bench/equiv_fresh52_b2.py names (repository, path @ commit, licence and what was left out are in its
docstring). Do not tune the judge on these cases.
"""

from __future__ import annotations

from bench.equiv_fresh52_b2 import R_AL, R_IN, R_QA, W_AL2, W_AL3, W_AL4, W_AL5, W_IN, W_QA
from bench.equiv_rl_suites import collected_case as _c

CASES = [
    # algebra.com 155794: unit vector along (3,1,2)
    _c(
        R_AL,
        W_AL2,
        gold=r"(3*sqrt(14)/14,sqrt(14)/14,(sqrt(14)/7))",
        pred=r"(3/sqrt(14),1/sqrt(14),2/sqrt(14))",
        wrap=True,
        expected=True,
        why="divide by the magnitude, then rationalise: 'your answer will either be ... or ...'",
    ),
    # algebra.com 130146: A^-1 = adjA/detA
    _c(
        R_AL,
        W_AL3,
        gold=r"(matrix(2,2,2/5,1/5,-3/10,1/10))",
        pred=r"(matrix(2,2,4,2,-3,1))/10",
        wrap=True,
        expected=True,
        why="A^-1 = (matrix(2,2,4,2,-3,1))/10 = (matrix(...2/5...))",
    ),
    _c(
        R_AL,
        W_AL3,
        gold=r"10",
        pred=r"1(4)-2(-3)",
        wrap=True,
        expected=True,
        why="detA=1(4)-2(-3)=10",
    ),
    # algebra.com 131666: Cramer's rule chains
    _c(
        R_AL,
        W_AL4,
        gold=r"26",
        pred=r"7(5)-3(3)",
        wrap=True,
        expected=True,
        why="det A (1st column replaced) = 7(5)-3(3)= 35-9=26",
    ),
    _c(
        R_AL,
        W_AL4,
        gold=r"26",
        pred=r"35-9",
        wrap=True,
        expected=True,
        why="det A (1st column replaced) chain, second member",
    ),
    _c(R_AL, W_AL4, gold=r"13", pred=r"25-12", wrap=True, expected=True, why="det A = 25-12 = 13"),
    _c(
        R_AL,
        W_AL4,
        gold=r"2",
        pred=r"26/13",
        wrap=True,
        expected=True,
        why="x = 26/13 = highlight(2)",
    ),
    _c(
        R_AL,
        W_AL4,
        gold=r"-13",
        pred=r"5(3)-7(4)",
        wrap=True,
        expected=True,
        why="det A (2nd column replaced) = 5(3)-7(4)=15-28=-13",
    ),
    _c(
        R_AL,
        W_AL4,
        gold=r"-13",
        pred=r"15-28",
        wrap=True,
        expected=True,
        why="det A (2nd column replaced) chain, second member",
    ),
    _c(
        R_AL,
        W_AL4,
        gold=r"-1",
        pred=r"-13/13",
        wrap=True,
        expected=True,
        why="y = -13/13 = highlight(-1)",
    ),
    # algebra.com question 647382: Cramer's rule
    _c(R_AL, W_AL5, gold=r"15", pred=r"15/1", wrap=True, expected=True, why="x = Dx/D = 15/1 = 15"),
    _c(R_AL, W_AL5, gold=r"26", pred=r"26/1", wrap=True, expected=True, why="y = Dy/D = 26/1 = 26"),
    # qammunity 8737662
    _c(
        R_QA,
        W_QA,
        gold=r"{x,y,z} = {5,-3,3}",
        pred=r"{x,y,z}={5,−3,3}",
        wrap=True,
        expected=True,
        why="the answer line (U+2212 minus) against the closing 'Solution :' line",
    ),
    _c(R_QA, W_QA, gold=r"5", pred=r"(5/3)(3)", wrap=True, expected=True, why="x = (5/3)(3) = 5"),
    _c(
        R_QA,
        W_QA,
        gold=r"-3",
        pred=r"-(5)+(3)-1",
        wrap=True,
        expected=True,
        why="y = -(5)+(3)-1 = -3",
    ),
    # intmath: Cramer's rule
    _c(
        R_IN,
        W_IN,
        gold=r"3",
        pred=r"|(6,-3),(3,3)|/|(1,-3),(2,3)|",
        wrap=True,
        expected=True,
        why="x = |(6,-3),(3,3)|/|(1,-3),(2,3)| = (18+9)/(3+6) = 3",
    ),
    _c(
        R_IN,
        W_IN,
        gold=r"3",
        pred=r"(18+9)/(3+6)",
        wrap=True,
        expected=True,
        why="x chain, second member",
    ),
    _c(
        R_IN,
        W_IN,
        gold=r"-1",
        pred=r"|(1,6),(2,3)|/|(1,-3),(2,3)|",
        wrap=True,
        expected=True,
        why="y = |(1,6),(2,3)|/|(1,-3),(2,3)| = (3-12)/(3+6) = (-9)/9 = -1",
    ),
    _c(
        R_IN,
        W_IN,
        gold=r"-1",
        pred=r"(3-12)/(3+6)",
        wrap=True,
        expected=True,
        why="y chain, second member",
    ),
    _c(
        R_IN,
        W_IN,
        gold=r"-1",
        pred=r"(-9)/9",
        wrap=True,
        expected=True,
        why="y chain, third member",
    ),
]
