r"""fresh74_b, continued (part 2 of 2): more cases of the sources that bench/equiv_fresh74_b.py
names (imathworks, mathelounge, agreicius, fliphtml5, newbetuts, mrbrightmath and math.techqa.club
threads on row-reduced forms, solution sets of linear systems, null spaces, bases and
determinants), transcribed under the same rules; see that module's docstring for the sources,
conventions and what was left out. Do not tune the judge on these cases."""

from __future__ import annotations

from bench.equiv_fresh74_b import (
    AGR,
    AGR_SOL,
    FLIP,
    FLIP_159,
    IMW,
    IMW_NUL,
    IMW_PAR,
    IMW_RREF,
    MEL,
    MEL_109,
    MEL_623,
    MRB,
    MRB_SYS,
    NBT,
    NBT_702,
    TQ,
    TQ_353,
    TQ_494,
    TQ_1058,
    TQ_2179,
)
from bench.equiv_rl_suites import collected_case as _c

CASES = [
    # imathworks math-reducing-the-matrix-to-reduced-row-echelon-form: the asker's RREF refused
    _c(
        IMW,
        IMW_RREF,
        gold=r"\left[\begin{matrix}1 & 0 & -3 \\ 0 & 1 & 3 \\ 0 & 0 & 0\end{matrix}\right]",
        pred=r"\begin{bmatrix}1&0&0\\0&1&0\\0&0&1\end{bmatrix}",
        wrap=True,
        expected=False,
        why="'How is my answer incorrect?' (identity); best answer: 'All of the steps with R_3 are "
        "unnecessary since R_3 is all zeroes' ... ends at the gold",
    ),
    # mathelounge 623270 and 1093454: solution sets in component and in vector form
    _c(
        MEL,
        MEL_623,
        gold=r"[6, 4, 0] + z·[-2, -1, 1]",
        pred=r"[6 - 2·z, 4 - z, z]",
        wrap=True,
        expected=True,
        why="'X = [6 - 2·z, 4 - z, z] = [6, 4, 0] + z·[-2, -1, 1]'",
    ),
    _c(
        MEL,
        MEL_109,
        gold=r"[3, -1, 0] + z·[-1, 2, 1]",
        pred=r"[3 - z, 2z - 1, z]",
        wrap=True,
        expected=True,
        why="'[x, y, z] = [3 - z, 2z - 1, z] = [3, -1, 0] + z·[-1, 2, 1]'",
    ),
    # imathworks parametric equations: the line of solutions through (1,1,-1) and (2,0,1)
    _c(
        IMW,
        IMW_PAR,
        gold=r"(2-t,t,1-2t)",
        pred=r"t(1,1,-1)+(1-t)(2,0,1)",
        wrap=True,
        expected=True,
        why="best answer: 'r(t)=t(1,1,-1)+(1-t)(2,0,1)=(2-t,t,1-2t)'",
    ),
    # agreicius euc-vec-spaces s_solving: one solution set described three ways
    _c(
        AGR,
        AGR_SOL,
        gold=r"(7,0,1,0,2)+s(-2,1,0,0,0)+t(-3,0,0,1,0), \ s,t\in \R",
        pred=r"x_1=7-2s-3t, x_2=s, x_3=1, x_4=t, x_5=2, \ s,t \in\R",
        wrap=True,
        expected=True,
        why="'the solution set ... we described using parametric equations as' the pred; 'we can give "
        "yet another description of the general solution' (the gold)",
    ),
    _c(
        AGR,
        AGR_SOL,
        gold=r"(7,0,1,0,2)+s(-2,1,0,0,0)+t(-3,0,0,1,0), \ s,t\in \R",
        pred=r"\left\{(7-2s-3t, s, 1, t, 2)\colon s, t\in\R\right\}",
        wrap=True,
        expected=True,
        why="'and using set building notation as S=\\left\\{(7-2s-3t, s, 1, t, 2)\\colon s, t\\in\\R"
        "\\right\\}' ... 'yet another description'",
    ),
    _c(
        AGR,
        AGR_SOL,
        gold=r"(7,0,1,0,2)+s(-2,1,0,0,0)+t(-3,0,0,1,0), \ s,t\in \R",
        pred=r"(7,0,1,0,2)+(-2s,s,0,0,0)+(-3t,0,0,t,0)",
        wrap=True,
        expected=True,
        why="align chain: '(7,0,1,0,2)+(-2s,s,0,0,0)+(-3t,0,0,t,0) = (7,0,1,0,2)+s(-2,1,0,0,0)+"
        "t(-3,0,0,1,0)'",
    ),
    # fliphtml5 solutions manual, Exercise Set 5.5: two bases of one row space
    _c(
        FLIP,
        FLIP_159,
        gold=r"{(1, 1, –4, –3), (0, 1, –5, –2), (0, 0, 1, –1/2)}",
        pred=r"{(1, 0, 0, –1/2), (0, 1, 0, –9/2), (0, 0, 1, –1/2)}",
        wrap=True,
        expected=True,
        why="'Thus {(1, 1, –4, –3), (0, 1, –5, –2), (0, 0, 1, –1/2)} is one basis. Another basis is "
        "{(1, 0, 0, –1/2), (0, 1, 0, –9/2), (0, 0, 1, –1/2)}.'",
    ),
    # imathworks determining-the-null-space-of-the-matrix: only the zero vector
    _c(
        IMW,
        IMW_NUL,
        gold=r"\{\vec 0\}",
        pred=r"(1,0,0)^T and (0,0,1)^T",
        wrap=True,
        expected=False,
        why="asker: '(1,0,0)^T and (0,0,1)^T is the null space. Is this correct?'; answer: 'we have "
        "ony the trivial solution ... then Null(A)=\\{\\vec 0\\}'",
    ),
    # newbetuts 702665: null space of [[1,0,0],[1,0,1]]; the asker's zero vector refused
    _c(
        NBT,
        NBT_702,
        gold=r"\left\{\pmatrix{0\cr1\cr0\cr}\right\}",
        pred=r"\begin{bmatrix}0\\0\\0\end{bmatrix}",
        wrap=True,
        expected=False,
        why="asker got the zero vector, book (0,1,0); 'This is a very common mistake ... which has a "
        "basis \\left\\{\\pmatrix{0\\cr1\\cr0\\cr}\\right\\} as claimed'",
    ),
    # mrbrightmath matrix systems: fractions or three-decimal values accepted
    _c(
        MRB,
        MRB_SYS,
        gold=r"5/3",
        pred=r"1.667",
        wrap=True,
        expected=True,
        why="'Final x and y values may be input as either improper fractions (like 5/3) or decimals "
        "rounded to three decimal places where necessary (like 1.667).'",
    ),
    # math.techqa.club 1058825: det(A^{-1}) of a 2x2 matrix
    _c(
        TQ,
        TQ_1058,
        gold=r"\frac{1}{ad-bc}",
        pred=r"\frac{ad-bc}{(ad-bc)^{2}}",
        wrap=True,
        expected=True,
        why="'=\\left ( \\frac{1}{(ad-bc)^{2}} \\right )(ad-bc)=\\frac{ad-bc}{(ad-bc)^{2}}=\\frac{1}"
        "{ad-bc}'",
    ),
    _c(
        TQ,
        TQ_1058,
        gold=r"\frac{1}{ad-bc}",
        pred=r"\frac{ad-bc}{ad-bc}",
        wrap=True,
        expected=False,
        why="asker: 'I think I know why this is incorrect ... \\neq \\frac{ad-bc}{ad-bc}'; answer: "
        "det(cA) = c^n det(A) with c = 1/(ad-bc), n = 2, giving 1/(ad-bc)",
    ),
    # math.techqa.club 494270: det [[1,a,a^3],[1,b,b^3],[1,c,c^3]]; the asker's factoring refused
    _c(
        TQ,
        TQ_494,
        gold=r"(a+b+c)(a-b)(b-c)(c-a)",
        pred=r"(b-a)(c-a)(c^2 - b^2)",
        wrap=True,
        expected=False,
        why="'yet the answer in the book gives (a+b+c)(a-b)(b-c)(c-a)'; reply: 'x^3-y^3=(x-y)(x^2+xy+"
        "y^2) and not ... (x-y)(x^2+y^2)'",
    ),
    # math.techqa.club 2179649 and 353446: Vandermonde determinant in factored form
    _c(
        TQ,
        TQ_2179,
        gold=r"(c-b)(c-a)(b-a)",
        pred=r"(b-a)\cdot (c-a)\cdot (c+a-b-a)",
        wrap=True,
        expected=True,
        why="official '= (c-b)(c-a)(b-a)'; answer: '=(b-a)\\cdot (c-a)\\cdot (c+a-b-a)=(b-a)\\cdot "
        "(c-a)\\cdot(c-b)'",
    ),
    _c(
        TQ,
        TQ_353,
        gold=r"(b - a)(c - a)(c - b)",
        pred=r"(b - a)(c^2 - a^2) - (c-a)(b^2 - a^2)",
        wrap=True,
        expected=True,
        why="'(b - a)(c^2 - a^2) - (c-a)(b^2 - a^2) = ... = (b-a)(c-a)(c-b)' (a determinant in "
        "linear factor form)",
    ),
]
