"""fresh105_a, continued (part 2 of 2): more cases of the sources that
bench/equiv_fresh105_a.py names (the extraneous-root answers of socratic.org, vespr.org and the
appspot socratic copy, the krisvanassche.com triple, the Larson exercise on fliphtml5.com and the
studyquestionhub.com parametric lines), transcribed by the same rules from the excerpts of public
web pages that the search tool returned; see that module's docstring for the conventions, the
sources and the totals. Do not tune the judge on these cases."""

from __future__ import annotations

from bench.equiv_fresh105_a import (
    APP,
    APP_SQ7,
    FLP,
    FLP_LAR,
    KRV,
    KRV_159,
    SOC,
    SOC_SQ3,
    SQH,
    SQH_108,
    VSP,
    VSP_SQ7,
)
from bench.equiv_rl_suites import collected_case as _c

CASES = [
    # socratic: x - sqrt(3x + 7) = 7, the extraneous root 3
    _c(
        SOC,
        SOC_SQ3,
        gold=r"14",
        pred=r"x = 14 , \mathmr{and} , x = 3",
        wrap=True,
        expected=False,
        why="'$\\Rightarrow x = 14 , \\mathmr{and} , x = 3$' then 'Thus, the soln. is $x = 14$, "
        "and, $x = 3$ is extraneous.'",
    ),
    _c(
        SOC,
        SOC_SQ3,
        gold=r"14",
        pred=r"3",
        wrap=True,
        expected=False,
        why="'$x = 3$ does not satisfy the original eqn., &, hence is an extraneous soln.'; 'The "
        "soln. is $x = 14$'",
    ),
    # vespr (socratic copy): sqrt(x + 7) = x - 5, the extraneous root 2
    _c(
        VSP,
        VSP_SQ7,
        gold=r"9",
        pred=r"x=2 and x=9",
        wrap=True,
        expected=False,
        why="answer 'x=9'; 'the solutions of this derived quadratic equation are x=2 and x=9' ... "
        "'So x=2 is not a solution of the original equation.'",
    ),
    # appspot socratic copy: sqrt(x+7) = x + 1, the formula's ± pair holds the extraneous -3
    _c(
        APP,
        APP_SQ7,
        gold=r"2",
        pred=r"(-1 +- 5)/2",
        wrap=True,
        expected=False,
        why="'x_(1,2) = (-1 +- 5)/2 = {(x_1 = (-1 -5)/2 = -3), (x_2 = (-1 + 5)/2 = 2) :}'; "
        "'x=-3 will be an extraneous solution. Therefore, the solution to this equation is x=2'",
    ),
    # krisvanassche (brainly copy): a 3x3 system's triple and its sign-flipped options
    _c(
        KRV,
        KRV_159,
        gold=r"(-2, 3, 5)",
        pred=r"(−2, 3, 5)",
        wrap=True,
        expected=True,
        why="options '(2, 3, 5) (−2, 3, 5) (2, −3, 5) (2, 3, −5)'; worked answer 'solution = "
        "(-2, 3, 5)'",
    ),
    _c(
        KRV,
        KRV_159,
        gold=r"(-2, 3, 5)",
        pred=r"(2, 3, 5)",
        wrap=True,
        expected=False,
        why="option '(2, 3, 5)' not chosen: 'From (1), x = 2 - 3(3) + 5 = 2 - 9 + 5 = -2. "
        "Therefoe, solution = (-2, 3, 5)'",
    ),
    _c(
        KRV,
        KRV_159,
        gold=r"(-2, 3, 5)",
        pred=r"(2, −3, 5)",
        wrap=True,
        expected=False,
        why="option '(2, −3, 5)' not chosen: 'y = 18/6 = 3' ... 'solution = (-2, 3, 5)'",
    ),
    _c(
        KRV,
        KRV_159,
        gold=r"(-2, 3, 5)",
        pred=r"(2, 3, −5)",
        wrap=True,
        expected=False,
        why="option '(2, 3, −5)' not chosen: 'z = 20/4 = 5' ... 'solution = (-2, 3, 5)'",
    ),
    # Larson, Elementary Linear Algebra 8e, exercise 72: one solution set, two parameterisations
    _c(
        FLP,
        FLP_LAR,
        gold=r"x1 = t, x2 = s, and x3 = 3 + s − t",
        pred=r"x1 = 3 + s − t, x2 = s, and x3 = t",
        wrap=True,
        expected=True,
        why="'the solution set given by the parametric representation x1 = t, x2 = s, and x3 = 3 "
        "+ s − t ... show that the solutions to the system can also be written as x1 = 3 + s − t, "
        "x2 = s, and x3 = t'",
    ),
    # studyquestionhub problem 37: same line in two parameterisations; two lines not the same
    _c(
        SQH,
        SQH_108,
        gold=r"x=1-t, \quad y=3 t, \quad z=-6+5 t",
        pred=r"x=-1+2 t, \quad y=6-6 t, \quad z=4-10 t",
        wrap=True,
        expected=True,
        why="'Same Line: Different Parametric Equations ... Line 1 ... Line 2 ... show that these "
        "points also lie on Line 2'",
    ),
    _c(
        SQH,
        SQH_108,
        gold=r"x=4 t, \quad y=3-6 t, \quad z=-5+2 t",
        pred=r"x=8-2 t, \quad y=-9+3 t, \quad z=6-t",
        wrap=True,
        expected=False,
        why="'(b) Show that the following two lines are not the same by finding a point on Line 3 "
        "and then showing that it does not lie on Line 4'",
    ),
]
