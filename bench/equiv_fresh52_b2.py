r"""A fifty-second fresh set of answer-equivalence cases, second file of helper "b" (evaluation
only; linear algebra and vector answers settled by a person: inverses with a scalar factored out
or not, determinants and Cramer's rule, solutions of linear systems as tuples, general solutions as
combinations of vectors, parametric and vector forms of lines, i-j-k against bracket notation,
cross products, unit vectors and projections).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; none of the pages was used by an earlier set (checked against bench/data/README.md,
bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py, bench/data/equiv_fresh4.md and
the claims folders /work/wt/fresh2*_claims ... fresh51_claims; each page was claimed in
/work/wt/fresh52_claims before use). Each case gives the reference answer (``gold``), the
prediction (``pred``: the other form a person on the page equates with it, or a form the page
refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and the
verdict (``expected``) settled on the page, with no one on the page contradicting it. ``repo`` is
the domain of the stored copy and ``where`` its full URL. There is no commit; every source is a
web page with no licence file. Only the text the search tool returned for a page (its excerpt) was
read. Do not tune the judge on these cases. Transcription conventions are those of
bench/equiv_fresh52_b.py (chains give the last member as gold; algebra.com's ``{{{...}}}`` and
``highlight(...)`` markup dropped, its ``(matrix(...))`` kept; ``$`` delimiters dropped; edshare's
line breaks inside a formula written as single spaces; lines of a multi-line result joined with
", ", said in ``why``).

Sources of this file (domain, URL, what is settled; all "web page, no licence file"):

- www.gradesaver.com, College Algebra (6th ed.) ch. 6 test p. 658 #5 and review p. 657 #40 (the
  inverse as (1/D)[..] and with the fractions inside, and the determinant chains D = 1(3)-2(-1) = 5,
  D = 0(3)-5(1) = -5); Thomas' Calculus 13th ed. 12.4 #1 (u x v = (2-0)i-(-2+1)j+(0+2)k = 2i+j+2k
  = 3(2/3 i + 1/3 j + 2/3 k)); Precalculus: Concepts Through Functions 3rd ed. 8.7 #25 (the
  determinant expansion = 9i+7j+3k); Precalculus 10th ed. 9.7 #16 (w x v = -(i+5j-7k) =
  -i-5j+7k). 2 + 2 + 2 + 1 + 1 cases.
- math.techqa.club 1468813 (find A from (2A)^T = [[1,-1],[2,3]]^-1: the asker's [[3,-2],[1,1]]
  "is completely wrong and the answer is 1/10 [[3,-2],[1,1]]"; both answers explain the 1/10).
  1 case (False).
- imathworks.com parametric-and-vector-form-of-y-3x-1 (the best answer: "Both your equations and
  the book's describe the same line ... I would certainly call your solution correct"). 2 cases.
- mathhelpforum.com 52682 (which of five forms does not describe the line through (1,2) and (3,4):
  "Any point on the line plus a multiple of that vector [<2, 2>] is a valid representation ...
  iii) is equivalent to i) ... the 'wrong' answer is iv)"; option i, the form the reply's point
  (1,2) and direction <2,2> give, is the gold). 4 cases (1 False).
- mathhelpforum.com 12273 (the helper writes i + j - k and i - j + k as <1, 1, -1> and
  <1, -1, 1>; the helper's product <0, -2, 0> is wrong, the true value being <0, -2, -2>, and is
  left out). 2 cases.
- edshare.soton.ac.uk 7961 (a worked answer: the line through (0,1,0) parallel to i + j - k in
  vector parametric form, "so that x=t, y=1+t, z=-t", scalar form (x,y,z)=(t,1+t,-t), standard
  form x=y-1=-z; part (b)'s direction (3,-1,3)-(1,2,2) = (2,-3,1)) and 4964 (AB = (1,2,3) -
  (1,0,-1) = (0,2,4); r = (1,0,-1) + lambda(0,2,4) = (1, 2 lambda, -1 + 4 lambda)). 4 + 2 cases.
- www.jiskha.com 1425950651 (a tutor's r(t) = (-2-t)i + (4+2t)j ... r(t) = -2i+4j + t(-i+2j); the
  machine-written second answer below it is left out) and 1342652 ("(-5+12)/√(1^2+4^2) = 7/√17 or
  7√17/17"). 1 + 2 cases.
- homeworksource.com 1114579 (<2,1,3> + t <1,2,0> = <2+t , 1+2t , 3>) and 1082145 (general
  solutions "(x1,x2,x3)=(2x2-3x3,x2,x3)=x2(2,1,0)+x3(-3,0,1)" and the same in R^4). 1 + 2 cases.
- www.algebra.com solutions 677086 (Edwin: "(x, y, z) = (2-2y, y, 1) ... Some books will put a k
  for the y, like this: (x, y, z) = (2-2k, k, 1)"), 155794 (the unit vector along (3,1,2):
  (3/sqrt(14),1/sqrt(14),2/sqrt(14)) rationalised, "your answer will either be ... or
  (3*sqrt(14)/14, sqrt(14)/14, (sqrt(14)/7))"), 130146 (A^-1 = adjA/detA = (matrix(2,2,4,2,-3,1))/10
  = (matrix(2,2,2/5,1/5,-3/10,1/10)), detA = 1(4)-2(-3) = 10), 131666 (Cramer's rule: 7(5)-3(3) =
  35-9 = 26, 25-12 = 13, x = 26/13 = 2, 5(3)-7(4) = 15-28 = -13, y = -13/13 = -1) and question
  647382 (Cramer's rule: x = Dx/D = 15/1 = 15, y = Dy/D = 26/1 = 26). 2 + 1 + 2 + 7 + 2 cases.
- qammunity.org 8737662 (the answer "{x,y,z}={5,−3,3}" and its closing "Solution : {x,y,z} =
  {5,-3,3}", with x = (5/3)(3) = 5 and y = -(5)+(3)-1 = -3). 3 cases.
- www.intmath.com matrices-determinants ans-1 (Cramer's rule: x = |(6,-3),(3,3)|/|(1,-3),(2,3)| =
  (18+9)/(3+6) = 3, y = |(1,6),(2,3)|/|(1,-3),(2,3)| = (3-12)/(3+6) = (-9)/9 = -1). 5 cases.

Left out, by rule: algebra.com 155794's first rationalised triple, whose stored markup has an
unbalanced parenthesis ("2*sqrt(14)/14)"), and its "opposite direction" vector (another
question); homeworksource 1082145 part e (its chain has "+" where "=" is meant); homeworksource
1114579 part a (the two lines are a restatement, not a stated equality); edshare 4964's Cartesian
equations x = 1, z - 2y + 1 = 0 (a different kind of answer); gradesaver 9.7 #16's determinant
expansion (unbalanced parentheses in the stored text); the imathworks asker's direction-vector
working; mathhelpforum 52682's option numbers (the forms are used, not the numerals).

Examined and not used: gradesaver Precalculus 10th ed. 9.7 #20 (its cross product -i-6j-k is
wrong, the true value being -i+6j-k, and no one says so); gradesaver Algebra and Trigonometry
10th ed. 8.4 #5 and 10.3 #4 and Blitzer 8.4 #61 (formulas only, no answer); algebra.com solutions
77548, 180007, 253592, 521806 and 247564 (one form only, a truncated excerpt, or a formula);
wyzant.com 741346 and 772641 (one form only); git.hrhr.dev school21 hw7.tex (a student's own
homework, no one settling it); opentext.uleth.ca and gvsuoer.github.io answer pages (preambles
only in the stored text); digilib O'Neil answers p. 844 and studylib ch1 (formulas lost);
thestudentroom 2003781 (the poster is unsure of the numbers); iitianacademy.com and the scribd IB
mark schemes (the vectors are stacked over lines in the stored text, or the accepted notations are
given only as a rule); ib.mycosmic.dev (formulas lost); skeptic78240.wordpress.com (one form);
j-loaded.blogspot.com (one form, and a garbled line).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

R_GS = "www.gradesaver.com"

_GS = "https://www.gradesaver.com/textbooks/math/"

W_GS1 = (
    _GS + "algebra/college-algebra-6th-edition/chapter-6-matrices-and-determinants-test-page-658/5"
)

W_GS2 = (
    _GS + "algebra/college-algebra-6th-edition/"
    "chapter-6-summary-review-and-test-review-exercises-page-657/40"
)

W_GS3 = (
    _GS + "calculus/thomas-calculus-13th-edition/chapter-12-vectors-and-the-geometry-of-space-"
    "section-12-4-the-cross-product-exercises-12-4-page-718/1"
)

W_GS4 = (
    _GS + "precalculus/precalculus-concepts-through-functions-a-unit-circle-approach-to-"
    "trigonometry-3rd-edition/chapter-8-polar-coordinates-vectors-section-8-7-the-cross-product-"
    "8-7-assess-your-understanding-page-652/25"
)

W_GS5 = (
    _GS + "precalculus/precalculus-10th-edition/chapter-9-polar-coordinates-vectors-"
    "9-7-the-cross-product-9-7-assess-your-understanding-page-631/16"
)

R_TQ = "math.techqa.club"

W_TQ = "https://math.techqa.club/find-a-of-the-matrix-1468813"

R_IM = "imathworks.com"

W_IM = "https://imathworks.com/math/math-parametric-and-vector-form-of-y-3x-1"

R_MHF = "mathhelpforum.com"

W_MHF1 = "http://mathhelpforum.com/advanced-algebra/52682-linear-algebra-two-point-form.html"

W_MHF2 = "http://mathhelpforum.com/calculus/12273-cross-products.html"

R_ED = "edshare.soton.ac.uk"

W_ED1 = "http://edshare.soton.ac.uk/id/document/7961"

W_ED2 = "http://edshare.soton.ac.uk/id/document/4964"

R_JI = "www.jiskha.com"

W_JI1 = "https://www.jiskha.com/display.cgi?id=1425950651"

W_JI2 = "https://www.jiskha.com/questions/1342652/Find-the-projection-of-u-onto-v"

R_HS = "homeworksource.com"

W_HS1 = "https://homeworksource.com/p/1114579/find-the-parametric-representation-of-straight-line-y-4x-1"

W_HS2 = (
    "https://homeworksource.com/p/1082145/"
    "3-find-the-general-solution-of-each-of-the-following-equatio-1082145"
)

R_AL = "www.algebra.com"

_AL = "https://www.algebra.com/cgi-bin/show-question-source.mpl?solution="

W_AL1 = _AL + "677086"

W_AL2 = _AL + "155794"

W_AL3 = _AL + "130146"

W_AL4 = _AL + "131666"

W_AL5 = (
    "http://www.algebra.com/algebra/homework/Matrices-and-determiminant/"
    "Matrices-and-determiminant.faq.question.647382.amp"
)

R_QA = "qammunity.org"

W_QA = "https://qammunity.org/8737662"

R_IN = "www.intmath.com"

W_IN = "https://www.intmath.com/matrices-determinants/ans-1.php?a=0"

_MAT_A = r"\begin{bmatrix}\frac{3}{5}&-\frac{2}{5}\\\frac{1}{5}&\frac{1}{5}\end{bmatrix}"

_MAT_B = r"\begin{bmatrix}-\frac{3}{5}&\frac{1}{5}\\1&0\end{bmatrix}"

_GS3_GOLD = r"2{\bf i}+{\bf j}+2{\bf k}"

_CUBE = r"\left( \begin{array}{r} 2\\ -3\\ 1 \end{array} \right)"

_LINE = "(x,y)=(1,2)+t(2,2)"

CASES = [
    # gradesaver: inverse with 1/D outside and with the fractions inside; determinant chains
    _c(
        R_GS,
        W_GS1,
        gold=_MAT_A,
        pred=r"\dfrac{1}{5}\begin{bmatrix}3&-2\\1&1\end{bmatrix}",
        wrap=True,
        expected=True,
        why="A^-1 = (1/5)[3 -2; 1 1] = [3/5 -2/5; 1/5 1/5] (test #5)",
    ),
    _c(
        R_GS,
        W_GS1,
        gold=r"5",
        pred=r"1(3)-2(-1)",
        wrap=True,
        expected=True,
        why="D=1(3)-2(-1)=5 (test #5)",
    ),
    _c(
        R_GS,
        W_GS2,
        gold=_MAT_B,
        pred=r"\dfrac{1}{-5}\begin{bmatrix}3&-1\\-5&0\end{bmatrix}",
        wrap=True,
        expected=True,
        why="A^-1 = (1/-5)[3 -1; -5 0] = [-3/5 1/5; 1 0] (review #40)",
    ),
    _c(
        R_GS,
        W_GS2,
        gold=r"-5",
        pred=r"0(3)-5(1)",
        wrap=True,
        expected=True,
        why="D=0(3)-5(1)=-5 (review #40)",
    ),
    _c(
        R_GS,
        W_GS3,
        gold=_GS3_GOLD,
        pred=r"(2-0){\bf i}-(-2+1){\bf j}+(0+2){\bf k}",
        wrap=True,
        expected=True,
        why="w = u x v = (2-0)i-(-2+1)j+(0+2)k = 2i+j+2k",
    ),
    _c(
        R_GS,
        W_GS3,
        gold=_GS3_GOLD,
        pred=r"3(\displaystyle \frac{2}{3}{\bf i}+\frac{1}{3}{\bf j}+\frac{2}{3}{\bf k})",
        wrap=True,
        expected=True,
        why="w = 3(2/3 i + 1/3 j + 2/3 k), length times direction",
    ),
    _c(
        R_GS,
        W_GS4,
        gold=r"9i+7j+3k",
        pred=r"[(3)(1)-(2)(-3)] i -j [(-3)(1) - (2)(2)]+k [(-3)(-3) -(3) (2)]",
        wrap=True,
        expected=True,
        why="determinant expansion = 9i+7j+3k",
    ),
    _c(
        R_GS,
        W_GS5,
        gold=r"-i-5j+7k",
        pred=r"-(i+5j-7k)",
        wrap=True,
        expected=True,
        why="w x v = -v x w = -(i+5j-7k) = -i-5j+7k",
    ),
    # math.techqa.club 1468813: the asker's A is refused, the answer is 1/10 [..]
    _c(
        R_TQ,
        W_TQ,
        gold=r"\frac{1}{10}\left[\begin{array}{cc}3&-2\\1&1\end{array}\right]",
        pred=r"\left[\begin{array}{cc}3&-2\\1&1\end{array}\right]",
        wrap=True,
        expected=False,
        why="asker's A 'is completely wrong'; both answers explain the missing 1/10",
    ),
    # imathworks: the asker's line and the book's line are the same line
    _c(
        R_IM,
        W_IM,
        gold=r"[x y] = [ 0 -1 ] + t [ 1 3]",
        pred=r"[x y] = [ 1 2 ] + t [ -1 -3]",
        wrap=True,
        expected=True,
        why="vector form: asker's against the book's (best answer)",
    ),
    _c(
        R_IM,
        W_IM,
        gold=r"x = t, y = -1 + 3t",
        pred=r"x = 1 – t, y = 2 – 3t",
        wrap=True,
        expected=True,
        why="parametric equations, two lines each joined with ', '",
    ),
    # mathhelpforum 52682: forms of the line through (1,2) and (3,4)
    _c(
        R_MHF,
        W_MHF1,
        gold=_LINE,
        pred=r"(x,y)=(3,4)+t(2,2)",
        wrap=True,
        expected=True,
        why="option ii: any point on the line plus a multiple of <2,2>",
    ),
    _c(
        R_MHF,
        W_MHF1,
        gold=_LINE,
        pred=r"(x,y)=(1-t)(1,2)+t(3,4)",
        wrap=True,
        expected=True,
        why="option iii 'is equivalent to i) after simplifying'",
    ),
    _c(
        R_MHF,
        W_MHF1,
        gold=_LINE,
        pred=r"(x,y)=(1,2)+t(3,4)",
        wrap=True,
        expected=False,
        why="option iv, 'the wrong answer': <3,4> is not a multiple of <2,2>",
    ),
    _c(
        R_MHF,
        W_MHF1,
        gold=_LINE,
        pred=r"(x,y)=(1,2)+t(1,1)",
        wrap=True,
        expected=True,
        why="option v: a point plus a multiple of <2,2>",
    ),
    # mathhelpforum 12273: i-j-k vectors written in brackets
    _c(
        R_MHF,
        W_MHF2,
        gold=r"<1, 1, -1>",
        pred=r"i + j - k",
        wrap=True,
        expected=True,
        why="'Let a = <1, 1, -1>' for i + j - k",
    ),
    _c(
        R_MHF,
        W_MHF2,
        gold=r"<1, -1, 1>",
        pred=r"i - j + k",
        wrap=True,
        expected=True,
        why="'b = <1, -1, 1>' for i - j + k",
    ),
    # edshare 7961: one line in three forms; part (b)'s direction vector
    _c(
        R_ED,
        W_ED1,
        gold=r"(x,y,z)=(t,1+t,-t)",
        pred=r"x=t,\ y=1+t,\ z=-t",
        wrap=True,
        expected=True,
        why="'so that x=t, y=1+t, z=-t and ... scalar parametric form is'",
    ),
    _c(
        R_ED,
        W_ED1,
        gold=r"(t,1+t,-t)",
        pred=r"\left( \begin{array}{r} 0\\ 1\\ 0 \end{array} \right)+t\left( \begin{array}{r} 1\\ 1\\ -1 \end{array} \right)",
        wrap=True,
        expected=True,
        why="vector parametric form (right side) against scalar form",
    ),
    _c(
        R_ED,
        W_ED1,
        gold=r"(x,y,z)=(t,1+t,-t)",
        pred=r"x=y-1=-z",
        wrap=True,
        expected=True,
        why="'So the equation in standard form is: x=y-1=-z' for the same line",
    ),
    _c(
        R_ED,
        W_ED1,
        gold=_CUBE,
        pred=r"\left( \begin{array}{r} 3\\ -1\\ 3 \end{array} \right)-\left( \begin{array}{r} 1\\ 2\\ 2 \end{array} \right)",
        wrap=True,
        expected=True,
        why="part (b): direction (3,-1,3) - (1,2,2) = (2,-3,1)",
    ),
    # edshare 4964
    _c(
        R_ED,
        W_ED2,
        gold=r"(0,2,4)",
        pred=r"(1,2,3) - (1,0,-1)",
        wrap=True,
        expected=True,
        why="AB = OB - OA = (1,2,3) - (1,0,-1) = (0,2,4)",
    ),
    _c(
        R_ED,
        W_ED2,
        gold=r"(1, 2\lambda, -1+ 4 \lambda)",
        pred=r"(1,0,-1) + \lambda(0,2,4)",
        wrap=True,
        expected=True,
        why="r = (1,0,-1) + lambda(0,2,4) = (1, 2 lambda, -1+4 lambda)",
    ),
    # jiskha
    _c(
        R_JI,
        W_JI1,
        gold=r"r(t) = -2i+4j + t(-i+2j)",
        pred=r"r(t) = (-2-t)i + (4+2t)j",
        wrap=True,
        expected=True,
        why="tutor: r(t) = (-2-t)i + (4+2t)j ... = -2i+4j + t(-i+2j)",
    ),
    _c(
        R_JI,
        W_JI2,
        gold=r"7√17/17",
        pred=r"7/√17",
        wrap=True,
        expected=True,
        why="'= 7/√17 or 7√17/17'",
    ),
    _c(
        R_JI,
        W_JI2,
        gold=r"7√17/17",
        pred=r"(-5+12)/√(1^2+4^2)",
        wrap=True,
        expected=True,
        why="chain: (-5+12)/√(1^2+4^2) = 7/√17 or 7√17/17",
    ),
    # homeworksource
    _c(
        R_HS,
        W_HS1,
        gold=r"<2+t , 1+2t , 3>",
        pred=r"<2,1,3> + t <1,2,0>",
        wrap=True,
        expected=True,
        why="part b: eqn of line = <2,1,3> + t <1,2,0> = <2+t , 1+2t , 3>",
    ),
    _c(
        R_HS,
        W_HS2,
        gold=r"x2(2,1,0)+x3(-3,0,1)",
        pred=r"(2x2-3x3,x2,x3)",
        wrap=True,
        expected=True,
        why="part a: (x1,x2,x3)=(2x2-3x3,x2,x3)=x2(2,1,0)+x3(-3,0,1)",
    ),
    _c(
        R_HS,
        W_HS2,
        gold=r"x2(2,1,0,0)+x3(-3,0,1,0)+x4(0,0,0,1)",
        pred=r"(2x2-3x3,x2,x3,x4)",
        wrap=True,
        expected=True,
        why="part d: the same equation in R^4",
    ),
    # algebra.com 677086 (Edwin)
    _c(
        R_AL,
        W_AL1,
        gold=r"(x, y, z) = (2-2y, y, 1)",
        pred=r"(x, y, z) = (2-2k, k, 1)",
        wrap=True,
        expected=True,
        why="'Some books will put a k for the y, like this'",
    ),
    _c(
        R_AL,
        W_AL1,
        gold=r"(x, y, z) = (2-2y, y, 1)",
        pred=r"x = 2-2y, y = y, z = 1",
        wrap=True,
        expected=True,
        why="'the general solution is x = 2-2y / y = y / z = 1 or (x, y, z) = ...'"
        " (three lines joined with ', ')",
    ),
]
