r"""A sixty-fifth fresh set of answer-equivalence cases (evaluation only; helper "c": linear algebra
answers in different forms -- parametric descriptions of one solution set, bases of one span,
column space, row space, kernel or eigenspace, eigenvectors scaled differently, reduced row
echelon forms, inverses, determinants and cofactors, projections, coordinate vectors and vector
equations of lines and planes -- where a person on a question-and-answer page, a teacher's key or
an answer sheet settles whether another form, a student's or another book's, is also correct).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/, which holds bench/data/README.md, bench/equiv_issues_*.py, the docstrings
of bench/equiv_fresh*.py and bench/data/equiv_fresh4.md, and checked against every
/work/wt/fresh*_claims/claims.txt; each page was claimed in /work/wt/fresh65_claims/claims.txt
before use). Each case gives the reference answer (``gold``: the book's, key's, checker's or
answerer's form), the prediction (``pred``: another form the page calls equal or also correct, or
a form the page refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always
True) and the verdict (``expected``) settled on the page, with no one on the page contradicting
it. ``repo`` is the domain of the stored copy (for the proxied scribd copy, the proxy's domain)
and ``where`` its full URL. There is no commit; every source is a web page with no licence file.
Only the text the search tool returned for a page (its excerpt) was read. Do not tune the judge
on these cases. Continued in bench/equiv_fresh65_c2.py (same rules; its sources are listed below
too).

Transcription: strings are copied as the stored page shows them (the pages' LaTeX with its own
spacing and macros -- ``\pmatrix{...}``, ``\:`` inside a pmatrix, ``\qquad`` between two vectors,
a trailing ``\\`` before ``\end{bmatrix}`` --, plain-text vectors and sets as typed, "lander" and
"lamda" as a student on thestudentroom spells lambda, U+2212 minus signs where the page has them,
and the slip "[0,3,0,1]. [0,0,3,1]" in qfak's copy of a textbook basis). Liberties, each noted in
``why``: a left side such as "B =", "v_1 =", "Ker(T) =" or "x =" is dropped; where a page lists the
vectors of one basis (or the cofactors of one row) as "u and v" or "u, v, and w", or on separate
lines, they are joined with ", " in the page's order; a matrix the page writes over several lines
is written on one line. Where a key lists options of a "which of these is also correct" question,
each option's value is a prediction, True for the options the key picks and False for the others
(the option letters are not transcribed).

Verdict conventions: a basis (of a column space, row space, kernel, eigenspace or solution space)
that a person on the page says spans the same space as the key's, or calls "right" or "also
correct", is True, as is an eigenvector the page calls a non-zero multiple of the key's, and a
second parametrization of the same line or plane; a form that differs in value from the settled
answer (a wrong inverse, determinant, cofactor, projection, coordinate vector or scalar equation,
a second "reduced row echelon form" of the same matrix, which the page says is unique, or a basis
with too few vectors) is False. Each settled value was checked by hand or with sympy (the reduced
row echelon form, the 3x3 inverse and the two 4x4 determinants); no verdict depends on that check.

Sources of this file (domain, URL, what is settled; all "web page, no licence file"):

- math.techqa.club 4430826 "Equivalent parametric solution sets" (the set [1;0;0] + t[1;0;-1] +
  s[0;1;-1]; "Which of the following is also a description of this solution set? ... The answer
  key in my book says that the answer is A) and D)"; the answer gives the test, normals equal up
  to scaling and N.V equal). 5 cases (3 False).
- imathworks.com "Is there more than one possible reduced row echelon form of a matrix" (the
  asker's RREF against the Linear Algebra Toolkit's; best answer: "The reduced row echelon form
  is unique"). 1 case (False).
- math.techqa.club 3742010 (basis for the column space: the textbook's <1,5,7>, <0,1,1> against
  the asker's pivot columns and the further-reduced <1,0,2>, <0,1,1>: "Both of these solutions
  give rise to the same basis ... span{v1, v2} = span{v1, v3} ... = span{v3, v4}"). 2 cases.
- science-mathematics.com 201104/1364 (a Yahoo Answers copy: the book's column-space basis
  {[1;0;-2/5], [0,1,3/5]} against the asker's columns; answer: "(4,6,2) = 4(1,0,-2/5) +
  6(0,1,3/5) ... so the two bases span the same space"). 1 case.
- math.techqa.club 2680719 (orthogonal projection of (2,4,1) onto the orthogonal complement of
  [(1,1,-1)]; the asker's (5/3, 5/3, -5/3) and the options; answer: "the correct answer is B)").
  5 cases (5 False).
- mathhelpforum.com 190258 (cofactors of a 3x3 matrix: "I keep getting -10 ... but it is actually
  5", "I get -4, 2, and 5 for the cofactors on the 3rd row. But the correct ones are 2, 1, -5";
  the helper recomputes them: "so i get what you say you're 'supposed to get'"). 2 cases (2 False).
- www.thestudentroom.co.uk 2030784 (vector equation of line AB, MEI C4 June 2009 Q7: the asker's
  (1,2,2) + lander(-1,-2,0) against the key's (0,0,2) + lander(1,2,0); replies "its the same thing"
  and "(1,2,2) + lamda(-1,-2,0) = (1,2,2) - lamda(1,2,0) ... you could use any scalar multiple of
  (1,2,0) and the answer would still be correct"). 2 cases.
- redlib.astronima.party (a reddit r/learnmath copy, 1s742hs, kernel of T: R4 -> R3: the asker's
  [(1, 1, -2, 0)] against the answer sheet's [(-1, -1, 2, 0)]; "you're both right, as those two
  spans are equal", "span{(1, 1, -2, 0)}=span{(-1, -1, 2, 0)}"). 2 cases.
- www.physicsforums.com 1033642 (Cooperstein, Advanced Linear Algebra, Section 1.2 Exercise 12, in
  F_5^2: the asker's (4, 2) against the book's hint (3, 4); "It looks as though the error is
  Cooperstein's, not yours."). 1 case (False).
Sources of bench/equiv_fresh65_c2.py:

- www.qfak.com 3336123 (a Yahoo Answers copy: basis of a row space, the asker's echelon rows
  against the textbook's { [6,0,0,5], [0,3,0,1]. [0,0,3,1] }; answer: "Your answer is right, of
  course ... If you now scale the rows ... you get their answer"). 1 case.
- imathworks.com "Basis of Complex Eigenspace" (the book's [1-3i; 2] against the asker's
  [(1-3i)/2; 1]: "your result and the book's result are equivalent and both are correct"). 1 case.
- www.wyzant.com 903622 (a tutor's vector projection: "( a ⋅b)/|a|2 a = -20/33 <2,2,-5> =
  <-40/33,-40/33,100/33>"). 1 case.
- imathworks.com "Find the eigenvalues of A and a basis for each eigenspace of A" (eigenspace of
  0: the solution's two vectors, the asker's single vector, and the answer's basis "obtained by
  first choosing x_2=1 and x_3=0, then x_2=0 and x_3=1"). 2 cases (1 False).
- imathworks.com "Finding the inverse of a 3 by 3 matrix" (the asker's first inverse against the
  one the asker, after the group's comments, calls correct: "I believe the correct answer is
  ..."; "Here is my updated answer which is still wrong"). 1 case (False).
- math.techqa.club 1480629 (matrix of L(x) = -x in the basis u1 = (1,1), u2 = (-1,1): "However, B
  is wrong. The answer is: B = \pmatrix{-1 & 0 \\ 0 & -1}"; comment: "If A=-I ... B=P^{-1}AP").
  1 case (False).
- math.techqa.club 4427507 (change of coordinates: the asker's vector of fractions against the
  answer (14, -12, 6); best answer: "P v = [14; -12; 6]"). 1 case (False).
- imathworks.com "Finding coordinate vector for a polynomial in P3 relative to a given ordered
  basis" (the asker's (-4, -2, 1, 5/2) against the textbook's (-4, -2, 1, 5): "You are right.").
  1 case (False).
- imathworks.com "How to find the coordinate vector of [x; y] with respect to some non-standard
  basis B" (the asker's [-x+2y; 2x-3y] against [3x+2y; 2x+y]; the question itself states
  [x; y] = (3x+2y)v1 + (2x+y)v2 and the answer gives [3x+2y; 2x+y]_B for the coordinates relative
  to B). 1 case (False).
- mathhelpforum.com 19471 (4x4 determinant: "Book's answer: 20 (How?) My answer: -23"; the reply
  expands it to "-9 + 10 + 19 = 20"). 1 case (False).
- math.techqa.club 2981600 (4x4 determinant: "the result should be 17", the asker's 10; the answer
  redoes the row operations and gets 17). 1 case (False).
- math.techqa.club 4393886 (scalar equation of span{[1,1,1],[2,-1,1],[5,-7,1]}: the asker's
  "2x+3y+6z = 0 (wrong)" against the teacher's 2x+y-3z=0; answer: "v_1 x v_2=(2,1,-3) ==>
  2x+y-3z=0"). 1 case (False).
- studylib.net 10408833 (Dmitri Zaitsev's Course 2E1, Hilary Term 2007, sheet 16 solution: the plane
  spanned by (1,-1,1) and (-1,0,1): "solvable ... precisely when −2y − x = z or x + 2y + z = 0,
  which is the desired equation"). 1 case.
- math.iupui.edu ~ccowen Test 1 answers (Problem 4(a): "(0, 2, -2, 2, 2, 0) and (4, 1, -2, 1, 0,
  0) work also (0, -3, 3, -3, -3, 0) and (-8, -2, 4, -2, 0, 0) work, and many other solutions are
  possible"). 1 case.
- rt.http3.lol proxy copy of scribd 722675391 "reviewsolutions" (Math 241 Exam 1 review: the line
  through u and v, "{αu + βv | α, β ∈ R, α + β = 1} This can also be presented in several other
  forms, such as {αu + (1 − α)v | α ∈ R} , or {v + α(u − v) | α ∈ R}"). 2 cases.

38 cases in all (21 False): 21 here (12 False), 17 in bench/equiv_fresh65_c2.py (9 False).

Left out, by rule: option letters of multiple-choice keys (the values are used); intermediate
results that are not answers (the asker's inverse of (u1, u2) on 1480629, the normal vectors and dot
products on 4430826 and 4393886, row-reduction tableaux); on the redlib copy the answer "the kernel
is the span of {(1, 1, -2, 0)}" (it repeats a transcribed pair); on the scribd review the third form
"or by interchanging the roles of u, v" (described in words); on thestudentroom the pair (0,0,2) +
lander(1,2,0) against (1,2,2) - lamda(1,2,0) (two spellings of the parameter in one pair); the iupui
key's particular solutions of (N) (different solutions, not forms of one answer) and its version W
(cut off in the stored copy); on qfak the answerer's intermediate rows "row 2, 0, 0, 5/3, row 0, 1,
0, 1/3" (written in words).

Examined and not used: pages used or claimed by earlier sets (mathhelpforum 150432, 138571,
189605, 68289; imathworks math-finding-the-basis-of-an-eigenspace, the MATLAB "different solution
between matlab and book" copy, math-calculating-eigenvectors-is-the-book-wrong,
math-parametric-and-vector-form-of-y-3x-1, help-finding-eigenvectors; math.techqa.club 2767115,
1761279; physicsforums 287518, 539676, 610227, 179103; the ARQMath copies of 16020_2011 and
95518; wrean.ca math251 corrections; redlib askmath 1dog1vt; mathhelpforum 191502;
xtykutl.blogspot.com); tune.fundegar.com and spark.fundegar.com (copies of the imathworks RREF
thread used here); pages with no settling reply in the stored text (math.techqa.club 3683638 and
4417821, freemathhelp.com 107573, mathhelpforum 154551, 208408, 203717, 10095, questioncove
53d80c13); math.stackexchange.com 758575 (the first answer is retracted by its writer); pages
whose formulas the conversion lost or garbled (lutz-heilmann.info least squares, where
"\begin" became "egin"; nagwa.com 385135435739, whose italic letters are mojibake;
ib.mycosmic.dev mark schemes; askanewquestion.com 943797 and 104433, whose matrices lost their
layout); edshare.soton.ac.uk 2268/12 (its parametric line does not lie in the given planes) and
7810 (its orthonormal basis is misprinted); imathworks math-diagonal-matrices-order-of-eigenvalues
(the two diagonal matrices D differ; the answer calls the asker's "fine too" only together with
the matching P); imathworks math-solve-the-system-x1-x2-x3 and
math-how-to-use-parametric-equations (one form only); mathhelpboards 3594 and physicsforums
250313 (no second form, or the normalized vector given in words); physicsforums 744245 (the
checker refused the asker's vectors for their dimension; no second form is settled);
kurser.math.su.se errata (single entries of matrices, not answers); huggingface.co
Nemotron-CC-Math pages (rewritten dataset copies); a.simonm.io, algebra.com and jiskha.com (per
the brief); AI-written solution sites (questionai, edu.com, math-gpt.org, smartsolve.ai, solvely,
math.bot, mathskey, studdy).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

MTQ = "math.techqa.club"
MTQ_EPS = "https://math.techqa.club/equivalent-parametric-solution-sets-4430826"
MTQ_COL = (
    "https://math.techqa.club/find-the-basis-for-column-space-a-left-begin-smallmatrix-1-1-3-cr-"
    "5-4-4-cr-7-6-2-end-smallmatrix-right-3742010"
)
MTQ_PROJ = "https://math.techqa.club/orthogonal-projection-over-a-subspace-2680719"
IMW = "imathworks.com"
IMW_RREF = (
    "https://imathworks.com/math/math-is-there-more-than-one-possible-reduced-row-echelon-form-"
    "of-a-matrix"
)
IMW_CEIG = "https://imathworks.com/math/basis-of-complex-eigenspace"
SCM = "science-mathematics.com"
SCM_1364 = "http://science-mathematics.com/Mathematics/201104/1364.htm"
MHF = "mathhelpforum.com"
MHF_COF = (
    "http://mathhelpforum.com/advanced-algebra/190258-cant-seem-calculate-right-cofactors-matrix-"
    "print.html"
)
TSR = "www.thestudentroom.co.uk"
TSR_LINE = "http://www.thestudentroom.co.uk/showthread.php?t=2030784"
RED = "redlib.astronima.party"
RED_KER = (
    "https://redlib.astronima.party/r/learnmath/comments/1s742hs/"
    "basic_linear_algebra_finding_the_kernel_of_a"
)
PF = "www.physicsforums.com"
PF_COOP = (
    "https://www.physicsforums.com/threads/vector-spaces-the-space-f-n-cooperstein-exercise-12-"
    "page-10.1033642"
)
QFAK = "www.qfak.com"
QFAK_ROW = "https://www.qfak.com/education_reference/science_mathematics/?id=3336123"
WYZ = "www.wyzant.com"
WYZ_PROJ = "https://www.wyzant.com/resources/answers/903622/scalar-and-projection"
# sources of bench/equiv_fresh65_c2.py
IMW_EIGSP = (
    "https://imathworks.com/math/math-find-the-eigenvalues-of-a-and-a-basis-for-each-eigenspace-"
    "of-a"
)
IMW_INV = "https://imathworks.com/math/finding-the-inverse-of-a-3-by-3-matrix"
IMW_P3 = (
    "https://imathworks.com/math/finding-coordinate-vector-for-a-polynomial-in-p3-relative-to-a-"
    "given-ordered-basis"
)
IMW_COORD = (
    "https://imathworks.com/math/math-how-to-find-the-coordinate-vector-of-"
    "leftbeginarrayrxyendarrayright-with-respect-to-some-non-standard-basis-mathcalb"
)
MTQ_LMAT = (
    "https://math.techqa.club/find-matrix-a-representing-l-and-matrix-b-representing-l-1480629"
)
MTQ_COB = (
    "https://math.techqa.club/verifying-change-of-basis-calculation-by-example-my-lack-of-"
    "understanding-mistake-or-author-s-4427507"
)
MTQ_DET = "https://math.techqa.club/determinant-4x4-2981600"
MTQ_SPAN = (
    "https://math.techqa.club/converting-span-111-2-11-5-71-in-r3-into-a-scalar-equation-my-"
    "answer-different-than-the-teacher-s-not-sure-where-i-went-wrong-4393886"
)
MHF_DET = "http://mathhelpforum.com/advanced-algebra/19471-linear-algebra-determinants.html"
SLIB = "studylib.net"
SLIB_2E1 = (
    "https://studylib.net/doc/10408833/february-21--2007-lecturer-dmitri-zaitsev-hilary-term-2007"
)
IUPUI = "math.iupui.edu"
IUPUI_T1 = "https://math.iupui.edu/~ccowen/OldCoursePages/Test1Answers.html"
H3 = "rt.http3.lol"
H3_722 = (
    "https://rt.http3.lol/index.php?q=aHR0cHM6Ly93d3cuc2NyaWJkLmNvbS9kb2N1bWVudC83MjI2NzUzOTEvcmV2"
    "aWV3c29sdXRpb25z"
)

_EPS_GOLD = (
    r"\begin{bmatrix} 1 \\ 0 \\ 0 \end{bmatrix} + t\begin{bmatrix} 1 \\ 0 \\ -1 \end{bmatrix}"
    r" + s\begin{bmatrix} 0 \\ 1 \\ -1 \end{bmatrix}"
)

CASES = [
    # math.techqa.club 4430826: "which of the following is also a description"; key: A) and D)
    _c(
        MTQ,
        MTQ_EPS,
        gold=_EPS_GOLD,
        pred=r"\begin{bmatrix} 0 \\ 0 \\ 1 \end{bmatrix} + t\begin{bmatrix} 1 \\ -1 \\ 0 \end{bmatrix}"
        r" + s\begin{bmatrix} 0 \\ -2 \\ 2 \end{bmatrix}",
        wrap=True,
        expected=True,
        why="option A; 'The answer key in my book says that the answer is A) and D)'",
    ),
    _c(
        MTQ,
        MTQ_EPS,
        gold=_EPS_GOLD,
        pred=r"\begin{bmatrix} -1 \\ 2 \\ 0 \end{bmatrix} + t\begin{bmatrix} 1 \\ 0 \\ -1 \end{bmatrix}"
        r" + s\begin{bmatrix} 3 \\ -3 \\ 0 \end{bmatrix}",
        wrap=True,
        expected=True,
        why="option D; 'The answer key in my book says that the answer is A) and D)'",
    ),
    _c(
        MTQ,
        MTQ_EPS,
        gold=_EPS_GOLD,
        pred=r"\begin{bmatrix} 1 \\ 0 \\ 0 \end{bmatrix} + t\begin{bmatrix} 1 \\ -1 \\ 0 \end{bmatrix}"
        r" + s\begin{bmatrix} 2 \\ -2 \\ 0 \end{bmatrix}",
        wrap=True,
        expected=False,
        why="option B, not picked: 'the answer is A) and D)' (its two directions are parallel)",
    ),
    _c(
        MTQ,
        MTQ_EPS,
        gold=_EPS_GOLD,
        pred=r"\begin{bmatrix} 1 \\ -1 \\ 0 \end{bmatrix} + t\begin{bmatrix} 1 \\ 0 \\ 0 \end{bmatrix}"
        r" + s\begin{bmatrix} 1 \\ 0 \\ -1 \end{bmatrix}",
        wrap=True,
        expected=False,
        why="option C, not picked: 'The answer key in my book says that the answer is A) and D)'",
    ),
    _c(
        MTQ,
        MTQ_EPS,
        gold=_EPS_GOLD,
        pred=r"\begin{bmatrix} 2 \\ 0 \\ 0 \end{bmatrix} + t\begin{bmatrix} 1 \\ -1 \\ 0 \end{bmatrix}"
        r" + s\begin{bmatrix} 0 \\ 1 \\ -1 \end{bmatrix}",
        wrap=True,
        expected=False,
        why="option E, not picked: 'The answer key in my book says that the answer is A) and D)'",
    ),
    # imathworks RREF thread: the asker's second "RREF" refused -- the RREF is unique
    _c(
        IMW,
        IMW_RREF,
        gold=r"\begin{bmatrix}1&0&0&-3&3\\0&1&0&2&1\\0&0&1&0&1\end{bmatrix}",
        pred=r"\begin{bmatrix}1&0&0&-17&13\\0&1&0&8&-6\\0&0&1&-6&8\end{bmatrix}",
        wrap=True,
        expected=False,
        why="Toolkit's RREF vs the asker's; best answer: 'The reduced row echelon form is unique.'",
    ),
    # math.techqa.club 3742010: three bases of one column space
    _c(
        MTQ,
        MTQ_COL,
        gold=r"\langle 1,5,7 \rangle, \langle 0,1,1 \rangle",
        pred=r"\langle 1,0,2 \rangle, \langle 0,1,1 \rangle",
        wrap=True,
        expected=True,
        why="book's 'and' joined with ', '; 'v_4 = v_1 - 5 v_3 = (1, 0, 2) so that span{v1, v3} = "
        "span{v3, v4}'",
    ),
    _c(
        MTQ,
        MTQ_COL,
        gold=r"\langle 1,5,7 \rangle, \langle 0,1,1 \rangle",
        pred=r"\begin{bmatrix}1 & 5 & 7\end{bmatrix}, \begin{bmatrix}-1 & -4 & -6 \end{bmatrix}",
        wrap=True,
        expected=True,
        why="'and' joined with ', '; 'Both of these solutions give rise to the same basis ... "
        "span{v1, v2} = span{v1, v3}'",
    ),
    # science-mathematics.com 201104/1364: two bases of one column space
    _c(
        SCM,
        SCM_1364,
        gold=r"{[1;0;-2/5], [0,1,3/5]}",
        pred=r"(4,6,2), (20,-5,-11)",
        wrap=True,
        expected=True,
        why="book's basis vs the answerer's (4,6,2) and (20,-5,-11), joined with ', ': 'so the two "
        "bases span the same space'",
    ),
    # math.techqa.club 2680719: projection onto the orthogonal complement; "the correct answer is B)"
    _c(
        MTQ,
        MTQ_PROJ,
        gold=r"(1/3, 7/3, 8/3)",
        pred=r"(5/3, 5/3, -5/3)",
        wrap=True,
        expected=False,
        why="asker's projection onto [(1,1,-1)] itself; answer: 'you should orthogonal projection on "
        "...^perp ... the correct answer is B)'",
    ),
    _c(
        MTQ,
        MTQ_PROJ,
        gold=r"(1/3, 7/3, 8/3)",
        pred=r"(1,2,3)",
        wrap=True,
        expected=False,
        why="option A, refused: 'By the way, the correct answer is B)' (B is (1/3, 7/3, 8/3))",
    ),
    _c(
        MTQ,
        MTQ_PROJ,
        gold=r"(1/3, 7/3, 8/3)",
        pred=r"(1/3, 2/3, 8/3)",
        wrap=True,
        expected=False,
        why="option C, refused: 'By the way, the correct answer is B)' (B is (1/3, 7/3, 8/3))",
    ),
    _c(
        MTQ,
        MTQ_PROJ,
        gold=r"(1/3, 7/3, 8/3)",
        pred=r"(0, 0, 0)",
        wrap=True,
        expected=False,
        why="option D, refused: 'By the way, the correct answer is B)' (B is (1/3, 7/3, 8/3))",
    ),
    _c(
        MTQ,
        MTQ_PROJ,
        gold=r"(1/3, 7/3, 8/3)",
        pred=r"(1, 1, 1)",
        wrap=True,
        expected=False,
        why="option E, refused: 'By the way, the correct answer is B)' (B is (1/3, 7/3, 8/3))",
    ),
    # mathhelpforum 190258: wrong cofactors, the helper confirms the key's
    _c(
        MHF,
        MHF_COF,
        gold=r"5",
        pred=r"-10",
        wrap=True,
        expected=False,
        why="'I keep getting -10 for the cofactor for the entry in the 2nd row 1st column, but it is "
        "actually 5'; helper: '... so we get 5'",
    ),
    _c(
        MHF,
        MHF_COF,
        gold=r"2, 1, -5",
        pred=r"-4, 2, 5",
        wrap=True,
        expected=False,
        why="3rd-row cofactors ('-4, 2, and 5', 'and' dropped) vs 'the correct ones are 2, 1, -5'; "
        "helper: 'so i get what you say you're supposed to get'",
    ),
    # thestudentroom 2030784: vector equation of line AB
    _c(
        TSR,
        TSR_LINE,
        gold=r"(0,0,2) + lander(1,2,0)",
        pred=r"(1,2,2) + lander(-1,-2,0)",
        wrap=True,
        expected=True,
        why="key's answer vs the asker's; replies: 'its the same thing' ... 'DavidMRoper is right'",
    ),
    _c(
        TSR,
        TSR_LINE,
        gold=r"(1,2,2) + lamda(-1,-2,0)",
        pred=r"(1,2,2) - lamda(1,2,0)",
        wrap=True,
        expected=True,
        why="reply: '(1,2,2) + lamda(-1,-2,0) = (1,2,2) - lamda(1,2,0)'",
    ),
    # redlib copy of r/learnmath 1s742hs: kernel as the span of a vector or of its negative
    _c(
        RED,
        RED_KER,
        gold=r"[(-1, -1, 2, 0)]",
        pred=r"[(1, 1, -2, 0)]",
        wrap=True,
        expected=True,
        why="'Ker(T) =' dropped; 'If by [(1,1,-2,0)] you mean span{(1,1,-2,0)}, then you're both "
        "right'; 'Both are correct'",
    ),
    _c(
        RED,
        RED_KER,
        gold=r"span{(-1, -1, 2, 0)}",
        pred=r"span{(1, 1, -2, 0)}",
        wrap=True,
        expected=True,
        why="'the bit you're missing is that span{(1, 1, -2, 0)}=span{(-1, -1, 2, 0)}'",
    ),
    # physicsforums 1033642: Cooperstein's hint is wrong (vector over F_5)
    _c(
        PF,
        PF_COOP,
        gold=r"\begin{pmatrix} 4 \\ 2 \end{pmatrix}",
        pred=r"\begin{pmatrix} 3 \\ 4 \end{pmatrix}",
        wrap=True,
        expected=False,
        why="the asker's v (mod 5) vs the book's hint; reply: 'It looks as though the error is "
        "Cooperstein's, not yours.'",
    ),
]
