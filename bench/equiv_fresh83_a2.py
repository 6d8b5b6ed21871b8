r"""fresh83_a, continued (part 2 of 3): more cases of the sources that bench/equiv_fresh83_a.py
names (the WeBWorK "Entering inequalities" help file, minireference, imathworks, indextestingapp
10888601, math.techqa.club 990985 and 1651833, drmath 53050, forclassmates, socratic, shmoop,
gradesaver p201 no. 76), transcribed under the same rules; see that module's docstring for the
sources, conventions and what was left out. Do not tune the judge on these cases.
"""

from __future__ import annotations

from bench.equiv_fresh83_a import (
    DRM,
    DRM_530,
    FCM,
    FCM_495,
    GSVW,
    GSVW_EI76,
    IMW,
    IMW_DOM,
    ITA,
    ITA_108,
    MRF,
    MRF_INEQ,
    MUK,
    MUK_EI,
    SHM,
    SHM_EQ,
    SOC,
    SOC_X24,
    TQA,
    TQA_165,
    TQA_990,
)
from bench.equiv_rl_suites import collected_case as _c

CASES = [
    # WeBWorK 'Entering inequalities' help file (webwork2 fork, proxied GitHub copy)
    _c(
        MUK,
        MUK_EI,
        gold=r"(-inf,inf)",
        pred=r"R",
        wrap=True,
        expected=True,
        why="'R is the same as -inf < x < inf or (-inf,inf)'",
    ),
    _c(
        MUK,
        MUK_EI,
        gold=r"(-inf,inf)",
        pred=r"-inf < x < inf",
        wrap=True,
        expected=True,
        why="'R is the same as -inf < x < inf or (-inf,inf)'",
    ),
    _c(
        MUK,
        MUK_EI,
        gold=r"{}",
        pred=r"NONE",
        wrap=True,
        expected=True,
        why="'NONE or a pair of curly braces {} means the empty set'",
    ),
    _c(
        MUK,
        MUK_EI,
        gold=r"(-infinity,2)",
        pred=r"x<2",
        wrap=True,
        expected=True,
        why="table row: inequality 'x<2', interval '(-infinity,2)'",
    ),
    _c(
        MUK,
        MUK_EI,
        gold=r"(2,infinity)",
        pred=r"x>2",
        wrap=True,
        expected=True,
        why="table row: inequality 'x>2', interval '(2,infinity)'",
    ),
    # minireference inequalities: the answer to (x-3)^2 <= 4
    _c(
        MRF,
        MRF_INEQ,
        gold=r"[1,5]",
        pred=r"\{ x\in \mathbb{R}\ | \ 1 \leq x \leq 5 \}",
        wrap=True,
        expected=True,
        why=(
            "'The answer is the interval $[1,5] \\equiv \\{ x\\in \\mathbb{R}\\ | \\ 1 "
            "\\leq x \\leq 5 \\}$'"
        ),
    ),
    # imathworks (Math StackExchange copy): domain with three excluded points
    _c(
        IMW,
        IMW_DOM,
        gold=(
            r"\left(-\infty,-3\right)\cup\left(-3,-1\right)\cup\left(-1,2\right)\cup\l"
            r"eft(2,\infty\right)"
        ),
        pred=r"\lbrace x\in \mathbb{R} \mid x\not\in \lbrace -3, -1, 2 \rbrace\rbrace",
        wrap=True,
        expected=True,
        why=(
            "teacher's domain; answer: 'an alternative would be {x∈R | x∉{-3,-1,2}}, "
            "which is exactly what you were trying to express'"
        ),
    ),
    _c(
        IMW,
        IMW_DOM,
        gold=(
            r"\left(-\infty,-3\right)\cup\left(-3,-1\right)\cup\left(-1,2\right)\cup\l"
            r"eft(2,\infty\right)"
        ),
        pred=r"x\in \mathbb{R}\setminus \lbrace -3, -1, 2\rbrace",
        wrap=True,
        expected=True,
        why=(
            "answer: 'Another way you could write it is x∈R∖{-3,-1,2}, which means "
            "all of R without the set {-3,-1,2}'"
        ),
    ),
    # indextestingapp.uonbi.ac.ke preguntia 10888601: a union of intervals
    _c(
        ITA,
        ITA_108,
        gold=r"[-6,-2)U(-2,3)",
        pred=r"the set of points from -6 to 3 but excluding -2 and 3",
        wrap=True,
        expected=True,
        why=(
            "'write the set of points from -6 to 3 but excluding -2 and 3 as a union "
            "of intervals ... [-6,-2)U(-2,3)'"
        ),
    ),
    # math.techqa.club 990985: R minus a point
    _c(
        TQA,
        TQA_990,
        gold=r"\mathbb{R} \setminus\{3\}",
        pred=r"every real number except 3",
        wrap=True,
        expected=True,
        why=(
            "answer to '$\\mathbb{R} \\setminus\\{3\\}$': 'Every real number except $3$, "
            "every real number except $2$?'"
        ),
    ),
    _c(
        TQA,
        TQA_990,
        gold=r"\mathbb{R}\setminus\{2\}",
        pred=r"every real number except 2",
        wrap=True,
        expected=True,
        why=(
            "answer to '$\\mathbb{R}\\setminus\\{2\\}$': 'Every real number except $3$, "
            "every real number except $2$?'"
        ),
    ),
    # mathforum drmath 53050: rules for writing answers in interval notation
    _c(
        DRM,
        DRM_530,
        gold=r"(a, b]",
        pred=r"a < x <= b",
        wrap=True,
        expected=True,
        why="'If a < x <= b, you write (a, b]'",
    ),
    _c(
        DRM,
        DRM_530,
        gold=r"[a, b]",
        pred=r"a <= x <= b",
        wrap=True,
        expected=True,
        why="'If a <= x <= b, you write [a, b]'",
    ),
    _c(
        DRM,
        DRM_530,
        gold=r"[a, b)",
        pred=r"a <= x < b",
        wrap=True,
        expected=True,
        why="'If a <= x < b, you write [a, b)'",
    ),
    _c(
        DRM,
        DRM_530,
        gold=r"(a, b)",
        pred=r"a < x < b",
        wrap=True,
        expected=True,
        why="'If a < x < b, you write (a, b)'",
    ),
    # forclassmates.com intervals: the left endpoint must be the smaller
    _c(
        FCM,
        FCM_495,
        gold=r"(1,5)",
        pred=r"(5,1)",
        wrap=True,
        expected=False,
        why=("'the interval (1,5) is written correctly, but the interval (5,1) is wrong'"),
    ),
    # socratic: x^2 > 4 as inequalities and in interval notation
    _c(
        SOC,
        SOC_X24,
        gold=r"(-oo,-2)uu(2,oo)",
        pred=r"x<-2 or x>2",
        wrap=True,
        expected=True,
        why="first answer: 'x<-2 or x>2 Interval notation: (-oo,-2)uu(2,oo)'",
    ),
    _c(
        SOC,
        SOC_X24,
        gold=r"(-oo,-2)uu(2,oo)",
        pred=r"x < -2 vv x > 2",
        wrap=True,
        expected=True,
        why="second answer: 'x < -2 vv x > 2' ... 'x in (-oo, -2) uu (2, oo)'",
    ),
    _c(
        SOC,
        SOC_X24,
        gold=r"(-oo,-2)uu(2,oo)",
        pred=r"x in (-oo, -2) uu (2, oo)",
        wrap=True,
        expected=True,
        why="second answer: 'In interval notation: x in (-oo, -2) uu (2, oo)'",
    ),
    # math.techqa.club 1651833: |x^2| < 9
    _c(
        TQA,
        TQA_165,
        gold=r"x \in (-3,3)",
        pred=r"-3 < x < 3",
        wrap=True,
        expected=True,
        why=("asker: 'x ∈ (-3,3) ... It means -3 < x < 3'; answer: 'What you did is correct'"),
    ),
    # shmoop: inequalities that allow equality
    _c(
        SHM,
        SHM_EQ,
        gold=r"x ≥ 3",
        pred=r"3 ≤ x",
        wrap=True,
        expected=True,
        why=("'x ≥ 3 and 3 ≤ x are equivalent. They both say that x must be at least 3.'"),
    ),
    # gradesaver Elementary and Intermediate Algebra 6e, p201 no. 76
    _c(
        GSVW,
        GSVW_EI76,
        gold=r"3 \le x",
        pred=r"x\ge 3",
        wrap=True,
        expected=True,
        why="answer '$3 \\le x$'; 'Thus, $x\\ge 3$ is equivalent to $3 \\le x$'",
    ),
]
