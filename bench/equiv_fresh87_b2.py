r"""fresh87_b, continued (part 2 of 2): more cases of the sources that bench/equiv_fresh87_b.py
names (socratic, qammunity, the uonbi brainly copy, gradesaver, mathleaks, sunburntmirth,
physicsforums, mathhelpforum), transcribed under the same rules; see that module's docstring for
the sources, conventions and what was left out. Do not tune the judge on these cases."""

from __future__ import annotations

from bench.equiv_fresh87_b import (
    GS,
    GS_B9,
    MHF,
    MHF_142519,
    ML,
    ML_5SF,
    PF,
    PF_29334,
    QAM,
    QAM_5732018,
    QAM_11405544,
    QAM_13444676,
    QAM_21521767,
    SOC,
    SOC_RECIP,
    SOC_SQRT,
    SOC_VF1,
    SOC_VF2,
    SUN,
    SUN_2ANS,
    UON,
    UON_25308,
)
from bench.equiv_rl_suites import collected_case as _c

CASES = [
    # socratic: domain and range of F(x) = sqrt(x - 3) (two answers)
    _c(
        SOC,
        SOC_SQRT,
        gold=r"x \ge 3",
        pred=r"\left[3 , \infty\right)",
        wrap=True,
        expected=True,
        why="answer 1: '$x \\ge 3$ or in interval notation $\\left[3 , \\infty\\right)$'",
    ),
    _c(
        SOC,
        SOC_SQRT,
        gold=r"x \ge 3",
        pred=r"x \in \left[3 , + \infty\right)",
        wrap=True,
        expected=True,
        why=(
            "answer 2: 'The domain is $x \\in \\left[3 , + \\infty\\right)$' (same domain as "
            "answer 1)"
        ),
    ),
    # socratic: domain and range of y = 1/(x - 2)
    _c(
        SOC,
        SOC_RECIP,
        gold=r"\left(- \infty , 2\right) U \left(2 , \infty\right)",
        pred=r"all x except x=2",
        wrap=True,
        expected=True,
        why=(
            "'Domain $\\left(- \\infty , 2\\right) U \\left(2 , \\infty\\right)$' ... 'Domain "
            "is all x except x=2.'"
        ),
    ),
    # socratic: vertex form to standard form (two questions)
    _c(
        SOC,
        SOC_VF1,
        gold=r"y = 2 {x}^{2} + 12 x + 19",
        pred=r"y = 2 {\left(x + 3\right)}^{2} + 1",
        wrap=True,
        expected=True,
        why=(
            "'$y = 2 {\\left(x + 3\\right)}^{2} + 1$ in standard form is ... y = 2 {x}^{2} "
            "+ 12 x + 19'"
        ),
    ),
    _c(
        SOC,
        SOC_VF2,
        gold=r"y = 3 {x}^{2} - 12 x + 13",
        pred=r"y = 3(x-2)^2 + 1",
        wrap=True,
        expected=True,
        why=(
            "'How do you write y = 3(x-2)^2 + 1 in standard form?' answer '$y = 3 "
            "{x}^{2} - 12 x + 13$'"
        ),
    ),
    # qammunity 13444676: y = 2x^2 + 12x + 3 in vertex form
    _c(
        QAM,
        QAM_13444676,
        gold=r"y = 2(x + 3)^2 - 15",
        pred=r"y = 2x^2 + 12x + 3",
        wrap=True,
        expected=True,
        why=(
            "'y = 2x^2+12x+3 = 2(x + 3)^2 - 15' ... red and blue graphs 'have the same "
            "critical point which means they are equivalent'"
        ),
    ),
    # qammunity 11405544: domain of f(x) = (x+3)/(x^2-1)
    _c(
        QAM,
        QAM_11405544,
        gold=r"(-infinity,-1) U (-1,1) U (1,infinity)",
        pred=r"x<-1 or -1<x<1 or x>1",
        wrap=True,
        expected=True,
        why=(
            "'In interval notation: (-infinity,-1) U (-1,1) U (1,infinity) In inequality "
            "notation: x<-1 or -1<x<1 or x>1'"
        ),
    ),
    _c(
        QAM,
        QAM_11405544,
        gold=r"(-infinity,-1) U (-1,1) U (1,infinity)",
        pred=r"all real numbers except x=-1,x=1",
        wrap=True,
        expected=True,
        why=(
            "'So the domain is all real numbers except x=-1,x=1. The domain is: In "
            "interval notation: ...'"
        ),
    ),
    # qammunity 5732018: range of f(x) = -(x + 5)(x + 1), vertex (-3, 4)
    _c(
        QAM,
        QAM_5732018,
        gold=r"f(x) ≤ 4",
        pred=r"(-∞, 4]",
        wrap=True,
        expected=True,
        why=("'All real numbers less than or equal to 4. f(x) ≤ 4 Interval notation: (-∞, 4]'"),
    ),
    _c(
        QAM,
        QAM_5732018,
        gold=r"f(x) ≤ 4",
        pred=r"All real numbers less than or equal to 4",
        wrap=True,
        expected=True,
        why=(
            "'Answer: All real numbers less than or equal to 4. f(x) ≤ 4 Interval "
            "notation: (-∞, 4]'"
        ),
    ),
    # qammunity 21521767: domain and range read from a graph
    _c(
        QAM,
        QAM_21521767,
        gold=r"x ≥ -1",
        pred=r"[-1, ∞)",
        wrap=True,
        expected=True,
        why="'Domain: x ≥ -1 or [-1, ∞)'",
    ),
    _c(
        QAM,
        QAM_21521767,
        gold=r"y ≤ 5",
        pred=r"(-∞, 5]",
        wrap=True,
        expected=True,
        why="'Range: y ≤ 5 or (-∞, 5]'",
    ),
    # indextestingapp.uonbi.ac.ke preguntia 25308357 (brainly copy): domain and range of a parabola
    _c(
        UON,
        UON_25308,
        gold=r"(-\infty, \infty)",
        pred=r"-\infty < x < \infty",
        wrap=True,
        expected=True,
        why=(
            "domain '(-\\infty, \\infty)' 'This is the same as writing the compound "
            "inequality -\\infty < x < \\infty'"
        ),
    ),
    _c(
        UON,
        UON_25308,
        gold=r"[3 ,\infty)",
        pred=r"y \ge 3",
        wrap=True,
        expected=True,
        why=(
            "'y = 3 or larger, which we can write y \\ge 3 ... The interval notation for "
            "the range is therefore [3 ,\\infty)'"
        ),
    ),
    _c(
        UON,
        UON_25308,
        gold=r"[3 ,\infty)",
        pred=r"3 \le y < \infty",
        wrap=True,
        expected=True,
        why=(
            "'y \\ge 3 and that flips to 3 \\le y and further expands into 3 \\le y < "
            "\\infty'; range '[3 ,\\infty)'"
        ),
    ),
    # gradesaver Blitzer Precalculus 6e, chapter 2 mid-chapter check point 9: f(x) = 5 - (x + 2)^2
    _c(
        GS,
        GS_B9,
        gold=r"\left( -\infty ,5 \right]",
        pred=r"f\left( x \right)\le 5",
        wrap=True,
        expected=True,
        why=(
            "'f\\left( x \\right)\\le 5 \\Rightarrow f\\left( x \\right)\\in \\left( -\\infty ,5 "
            "\\right]' (range)"
        ),
    ),
    # mathleaks Pearson Algebra 1 (2015) 5 standard form: an x-intercept as a number and as a point
    _c(
        ML,
        ML_5SF,
        gold=r"3",
        pred=r"( 3,0)",
        wrap=True,
        expected=True,
        why=(
            "'An x-intercept of 3 means that the graph passes through the x-axis at the "
            "point ( 3,0).'"
        ),
    ),
    # sunburntmirth blog: a quiz-bowl y-intercept challenge
    _c(
        SUN,
        SUN_2ANS,
        gold=r"-15",
        pred=r"(0, -15)",
        wrap=True,
        expected=True,
        why=(
            "moderator's 'negative 15'; team won the challenge: '(0, -15)' and 'the "
            "y-intercept is -15' is the same thing"
        ),
    ),
    # physicsforums thread 29334: f(x) = x^3 + 1, f^-1(4)
    _c(
        PF,
        PF_29334,
        gold=r"1.44",
        pred=r"0.02",
        wrap=True,
        expected=False,
        why=(
            "'I got an answer of 0.02 but the book says it is 1.44' - 'You're mistaking "
            "the inverse with the reciprocal.'"
        ),
    ),
    # mathhelpforum 142519: inverse of y = 7 - 3x
    _c(
        MHF,
        MHF_142519,
        gold=r"\frac{-x }{3}+\frac{ 7}{3}",
        pred=r"\frac{x - 7}{-3}",
        wrap=True,
        expected=True,
        why="helper's working: 'y=\\frac{x - 7}{-3}' then 'y=\\frac{-x }{3}+\\frac{ 7}{3}'",
    ),
    _c(
        MHF,
        MHF_142519,
        gold=r"\frac{-x }{3}+\frac{ 7}{3}",
        pred=r"-x-7/3",
        wrap=True,
        expected=False,
        why=(
            "asker's '-x-7/3 = y' answered 'You need to divide through by -3' and the "
            "correct inverse worked out"
        ),
    ),
]
