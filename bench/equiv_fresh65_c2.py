r"""fresh65_c, continued (part 2 of 2): more cases of the sources that bench/equiv_fresh65_c.py
names (qfak 3336123, wyzant 903622, the imathworks complex-eigenspace, eigenspace, inverse and
coordinate-vector threads, math.techqa.club 1480629, 4427507, 2981600 and 4393886, mathhelpforum
19471, studylib 10408833, the iupui Test 1 answers and the proxied scribd review 722675391),
transcribed under the same rules; see that module's docstring for the sources, conventions and
what was left out. Do not tune the judge on these cases."""

from __future__ import annotations

from bench.equiv_fresh65_c import (
    H3,
    H3_722,
    IMW,
    IMW_CEIG,
    IMW_COORD,
    IMW_EIGSP,
    IMW_INV,
    IMW_P3,
    IUPUI,
    IUPUI_T1,
    MHF,
    MHF_DET,
    MTQ,
    MTQ_COB,
    MTQ_DET,
    MTQ_LMAT,
    MTQ_SPAN,
    QFAK,
    QFAK_ROW,
    SLIB,
    SLIB_2E1,
    WYZ,
    WYZ_PROJ,
)
from bench.equiv_rl_suites import collected_case as _c

_EIG0 = (
    r"\begin{bmatrix} 0 \\ 0 \\ 1 \\ \end{bmatrix}, \begin{bmatrix} -1 \\ 1 \\ 0 \\ \end{bmatrix}"
)

CASES = [
    # qfak 3336123: two bases of one row space
    _c(
        QFAK,
        QFAK_ROW,
        gold=r"{ [6,0,0,5], [0,3,0,1]. [0,0,3,1] }",
        pred=r"{ [2,1,0,2], [0,1,2,1], [0,0,3,1] }",
        wrap=True,
        expected=True,
        why="textbook's basis (its '.' as stored) vs the asker's; answer: 'Your answer is right, of "
        "course ... you get their answer'",
    ),
    # imathworks "Basis of Complex Eigenspace": eigenvector and twice it
    _c(
        IMW,
        IMW_CEIG,
        gold=r"\begin{bmatrix}{1-3i}\\2\end{bmatrix}",
        pred=r"\begin{bmatrix}\frac{1-3i}{2}\\1\end{bmatrix}",
        wrap=True,
        expected=True,
        why="'your result and the book's result are equivalent and both are correct'",
    ),
    # wyzant 903622: a tutor's vector projection chain
    _c(
        WYZ,
        WYZ_PROJ,
        gold=r"<-40/33,-40/33,100/33>",
        pred=r"-20/33 <2,2,-5>",
        wrap=True,
        expected=True,
        why="'( a ⋅b)/|a|2 a = -20/33 <2,2,-5> = <-40/33,-40/33,100/33>'",
    ),
    # imathworks "Find the eigenvalues of A and a basis for each eigenspace of A": eigenvalue 0
    _c(
        IMW,
        IMW_EIGSP,
        gold=_EIG0,
        pred=r"\begin{bmatrix} -1 \\ 1 \\ 0 \end{bmatrix}, \qquad \begin{bmatrix} 0 \\ 0 \\ 1 \end{bmatrix}",
        wrap=True,
        expected=True,
        why="solution's two vectors ('and' joined with ', ') vs the answer's: 'a basis of the "
        "eigenspace is obtained by first choosing x_2=1 and x_3=0, then x_2=0 and x_3=1'",
    ),
    _c(
        IMW,
        IMW_EIGSP,
        gold=_EIG0,
        pred=r"\begin{bmatrix} -1 \\ 1 \\ 0 \\ \end{bmatrix}",
        wrap=True,
        expected=False,
        why="asker's one vector for 0; answer: 'This shows there are two free variables' and gives "
        "a basis of two vectors",
    ),
    # imathworks "Finding the inverse of a 3 by 3 matrix": the asker's first inverse is wrong
    _c(
        IMW,
        IMW_INV,
        gold=r"\begin{bmatrix} -40 & 16 & 9 \\ 13 & -5 & -3 \\ 5 & -2 & -1 \\ \end{bmatrix}",
        pred=r"\begin{bmatrix} -40 & 19 & 9 \\ 13 & -5 & -3 \\ 5 & -3 & -1 \\ \end{bmatrix}",
        wrap=True,
        expected=False,
        why="matrices on one line; 'Hence the answer is: [pred] I believe the correct answer is: "
        "[gold]'; after comments: 'my updated answer which is still wrong'",
    ),
    # math.techqa.club 1480629: matrix of L(x) = -x in another basis
    _c(
        MTQ,
        MTQ_LMAT,
        gold=r"\pmatrix{-1 & 0 \\ 0 & -1}",
        pred=r"\pmatrix{1 & 0 \\ 0 & 1}",
        wrap=True,
        expected=False,
        why="'B =' dropped; 'However, B is wrong. The answer is: B = [gold]'; comment: 'If A=-I ... "
        "do we really need to find P to figure out B?'",
    ),
    # math.techqa.club 4427507: coordinates after a change of basis
    _c(
        MTQ,
        MTQ_COB,
        gold=r"\begin{pmatrix}14\\ \:-12\\ \:6\end{pmatrix}",
        pred=r"\begin{pmatrix}\frac{22}{17}\\ -\frac{23}{34}\\ \frac{115}{102}\end{pmatrix}",
        wrap=True,
        expected=False,
        why="'according to the answer [gold], mine is incorrect'; best answer: 'P v = [14; -12; 6]'",
    ),
    # imathworks P3 coordinate vector: the textbook is wrong
    _c(
        IMW,
        IMW_P3,
        gold=r"(-4, -2, 1, 5/2)",
        pred=r"(-4, -2, 1, 5)",
        wrap=True,
        expected=False,
        why="asker's vs textbook's; answer: '-4x -2(x^2-1) + x^3 +5(2x^2) = x^3 + 8x^2 -4x +2' ... "
        "'You are right.'",
    ),
    # imathworks coordinate vector relative to a non-standard basis
    _c(
        IMW,
        IMW_COORD,
        gold=r"\left[\begin{array}{r}3x+2y\\2x+y\end{array}\right]",
        pred=r"\left[\begin{array}{r}-x+2y\\2x-3y\end{array}\right]",
        wrap=True,
        expected=False,
        why="question: '[x; y]=(3x+2y)v1+(2x+y)v2. What are the coordinates ... relative to B?'; "
        "answer: '[x; y] = [3x+2y; 2x + y]_B'",
    ),
    # mathhelpforum 19471: 4x4 determinant
    _c(
        MHF,
        MHF_DET,
        gold=r"20",
        pred=r"-23",
        wrap=True,
        expected=False,
        why="'Book's answer: 20 (How?) My answer: -23'; reply's expansion: '-9 + 10 + 19 = 20'",
    ),
    # math.techqa.club 2981600: 4x4 determinant
    _c(
        MTQ,
        MTQ_DET,
        gold=r"17",
        pred=r"10",
        wrap=True,
        expected=False,
        why="'the result should be 17' ... '= 10 not 17'; answer: '0.5 x (1 x 2 - 2 x (-16)) = 17'",
    ),
    # math.techqa.club 4393886: scalar equation of a span
    _c(
        MTQ,
        MTQ_SPAN,
        gold=r"2x+y-3z=0",
        pred=r"2x+3y+6z = 0",
        wrap=True,
        expected=False,
        why="'Here is my answer: 2x+3y+6z = 0 (wrong)'; answer: 'v_1 x v_2=(2,1,-3) => 2x+y-3z=0'",
    ),
    # studylib 10408833: two equations of one plane
    _c(
        SLIB,
        SLIB_2E1,
        gold=r"x + 2y + z = 0",
        pred=r"−2y − x = z",
        wrap=True,
        expected=True,
        why="'solvable in (k1, k2) precisely when −2y − x = z or x + 2y + z = 0, which is the "
        "desired equation'",
    ),
    # iupui Test 1 answers, Problem 4(a): two accepted pairs of independent solutions
    _c(
        IUPUI,
        IUPUI_T1,
        gold=r"(0, 2, -2, 2, 2, 0), (4, 1, -2, 1, 0, 0)",
        pred=r"(0, -3, 3, -3, -3, 0), (-8, -2, 4, -2, 0, 0)",
        wrap=True,
        expected=True,
        why="'and' joined with ', '; '(0, 2, -2, 2, 2, 0) and (4, 1, -2, 1, 0, 0) work also (0, -3, "
        "3, -3, -3, 0) and (-8, -2, 4, -2, 0, 0) work'",
    ),
    # scribd 722675391 (rt.http3.lol copy), Math 241 review: forms of the line through u and v
    _c(
        H3,
        H3_722,
        gold=r"{αu + βv | α, β ∈ R, α + β = 1}",
        pred=r"{αu + (1 − α)v | α ∈ R}",
        wrap=True,
        expected=True,
        why="'This can also be presented in several other forms, such as {αu + (1 − α)v | α ∈ R}'",
    ),
    _c(
        H3,
        H3_722,
        gold=r"{αu + βv | α, β ∈ R, α + β = 1}",
        pred=r"{v + α(u − v) | α ∈ R}",
        wrap=True,
        expected=True,
        why="'several other forms, such as {αu + (1 − α)v | α ∈ R} , or {v + α(u − v) | α ∈ R}'",
    ),
]
