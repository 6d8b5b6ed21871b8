r"""A hundred-and-first fresh set of answer-equivalence cases (evaluation only; helper "a": linear
algebra answers -- eigenvectors scaled differently (by a constant, to unit length, written with a
factor outside or inside), bases of one kernel, span, column space or solution space written with
other vectors, solution sets of linear systems in another parametrisation or written as a point plus
a combination of direction vectors, a kernel over the field with three elements, an orthogonal basis
from Gram-Schmidt, a line in parameter and coordinate form, and the magnitude and angle of a vector
-- where a question-and-answer thread, a teacher's forum reply, a worked solution or textbook
example, or a learning-management system's grading record settles whether another form is the same
answer or not).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/, and checked against /work/wt/fresh*_claims/claims.txt; each page was claimed
in /work/wt/fresh101_claims/claims.txt before use). Each case gives the reference answer (``gold``),
the prediction (``pred``: another form the page gives as the same answer, or a form the page
refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and the verdict
(``expected``) settled on the page, with no one on the page contradicting it. ``repo`` is the domain
of the stored copy and ``where`` its full URL. There is no commit; every source is a web page with
no licence file. Only the text the search tool returned for a page (its excerpt) was read. Do not
tune the judge on these cases.

Transcription: strings are copied as the stored page shows them: LaTeX as the page stores it
(``\left(\begin{matrix}0\\8\\8\\\end{matrix}\right)``, ``\begin{bmatrix}9\\-3\\1\\0\end{bmatrix}``,
``\frac{2}{3}``), plain-text vectors as typed, with the page's separators (the German forums' "( t/4
; t/2 ; t )", "(0|-3|-6)^T", the decimal comma in "(0,316; 0,949)", "[.5 1]", "x1*(4;10;1)"),
"ℤ/3ℤ", "²" and the Unicode minus "−" kept. Math delimiters ``$ $``, ``\( \)`` are dropped, and line
breaks inside a LaTeX vector are removed. A left side such as "S=", "\vec{v}_1=", "X =", "Phi(x1;x2)
=" or "x =" is dropped and the right side kept (for a pair of named vectors the names are dropped
and the two vectors kept, separated by the page's comma). Where a page writes a chain "a = b" the
last member is the gold and the earlier member the pred (the chain states they are equal); where a
thread compares an asker's answer with a book's or a key's, the form the replies confirm is the
gold. Where a page states a solution as separate equations on separate lines (Nicholson's Example
4.1.8, the Purdue forum reply), the equations are joined with ", " and the interjected "t a
parameter" is dropped. Where two answers of one thread each give a basis for the same space
(newbedev), the first answer's basis is the gold and the second's the pred; the second answer's
``\begin{align*} ... && ... \end{align*}`` is written with ", " between its two vectors.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- math.techqa.club 3811020 ("Using Gram-Schmidt to find an orthogonal basis" of span{(0,8,8),
  (4,7,3)}: the asker's v1 = (0,8,8), v2 = (4,2,-2) against the book's (0,8,8), (4,5,-5); answer:
  "You are right, and the book is wrong. Indeed the second vector given by the book ... does not
  belong to W"). 1 case (1 False).
- jwbales.us "precal/solutions/ex7.3.1.html" (worked solution: "S=(-4-3t,2+t,t)=(-3,1,1)\cdot
  t+(-4,2,0)"). 1 case.
- mathelounge.de 732690 (kernel of a map over ℤ/3ℤ: "v=(1,2,2,0) ist nur ein Basisvektor ... Mit v
  ist aber natürlich auch -v = (2,1,1,0) ein Basisvektor des Kerns, man kann den Kern also auch wie
  in der gegebenen Lösung darstellen. Es gilt { (s,2s,2s,0) | s ∈ ℤ/3ℤ } = { (2s,s,s,0) | s ∈ ℤ/3ℤ
  }"; the two forms are equal only modulo 3). 2 cases.
- mathelounge.de 317400 (kernel and solution set of a 2x3 system: "( t/4 ; t/2 ; t ) = t * ( 1/4 ;
  1/2 ; 1 )", "( (t+3)/4 ; (-1+t) / 2 ; t ) = ( 3/4 ; -1/2 ; 0 ) + t * ( 1/4 ; 1/2 ; 1 )"). 2 cases.
- www.hpmuseum.org forum thread-1698 ("Eigenvector result is unusual": "for 5, i get [1 2] ... My
  50G gets a value of [.5 1] ... Which is also correct."). 1 case.
- fliphtml5.com ymgxw/gzgq "Nicholson-Linear_Algebra_with_Application-2019A/241" (Nicholson, Example
  4.1.8: the line through P0(2, 0, 1) and P1(4, −1, 1) as "x = 2 + 2t y = −t z=1" and, using P1, "x
  = 4 + 2s y = −1 − s z=1"; "These are different from the preceding equations, but this is merely
  the result of a change of parameter. In fact, s = t − 1."). 1 case.
- imathworks.com "math/math-find-a-basis-for-a-solution-set-of-a-linear-system" (the book's basis
  ((-1,3,0), (-1,0,3)) against the asker's ((2/3,1,0), (2/3,0,1)); answer: "Check your expression
  for x. I think it should be ... -\frac{1}{3} ..."). 1 case (1 False).
- imathworks.com "math/math-when-can-i-write-a-solution-set-in-vector-form-as-a-span" (the asker's
  "x_3[9,-3,1,0] ⇒ span{[9,-3,1,0]}"; answer: "in Part 1, your solution in terms of span is
  correct"). 1 case.
- studylib.net 25304517 ("Vectors Assignment – Blackboard Learn", a graded attempt: Question 1(a),
  the magnitude of u "up to 2 decimal places", response 4.89, "Correct response 4.90"; 1(c), the
  angle "in radians", response 102.6, "Correct response 1.79"; "Total grade: 1.0×1/3 + 1.0×1/3 +
  0.0×1/3"). 2 cases (1 False).
- mathelounge.de 313298 ("Phi(x1;x2) = ( 4x1+3x2 ; 10x1 - 8x2 ; x1 + 2x2 ) = x1*(4;10;1) +
  x2*(3;-8;2)"). 1 case.
- mathelounge.de 754083 (basis of the image by column operations: "Anstatt (0|-3|-6)^T=(-3)\cdot
  (0|1|2)^T habe ich (0|1|2)^T in die Basis des Bildes aufgenommen"). 1 case.
- www.wer-weiss-was.de 8012780 ("Wie berechnet man Eigenvektoren": "(a; 3a) ... Da „klammerst“ du
  das a raus und bekommst den Eigenvektor a* (1; 3)"; "(1/sqr(1²+3²))*(1;3) ... kommst auf eine
  normierte Form: (0,316; 0,949)"). 2 cases.
- mathelounge.de 398368 ("Also Lösungen x = ( t ; t ; t ) mit t aus IR = t*( 1;1;1)"). 1 case.
- newbedev.com "giving-a-basis-for-the-column-space-of-a" (first answer: the pivot columns (3, 3,
  -2, -2, 4), (3, 5, 4, -4, 9) are a basis of the column space; second answer: the nonzero rows of
  rref(A^T), ⟨1, 0, -11/3, 1/3, -7/6⟩ and ⟨0, 1, 3, -1, 5/2⟩, "forms a basis of the column space").
  1 case.
- mathelounge.de 679960 (kernel of L: "X = \begin{pmatrix} -b & b \\ -b & b \end{pmatrix}=
  b*\begin{pmatrix} -1 & 1 \\ -1 & 1 \end{pmatrix}"). 1 case.
- mathelounge.de 46261 (the line h: "h:(x,y)=(1,1)+t*(2,-1) aus dieser Darstellung gewinnen wir 2
  Gleichungen ... liefert x=-2y+3 <=> (x-3)/-2=y=-1/2x+3/2"). 2 cases.
- mathelounge.de 32897 (an underdetermined system: "Damit haben wir den Lösungsvektor [-b+4d + 3, b,
  -2d-1, d] Oder mit x1 bis x4 [-x2+4x4 + 3, x2, -2x4-1, x4]"). 1 case.
- projectrhea.org HWK3MA527Fall2013 (Purdue MA 527 homework collaboration area, revision before
  57664: for 3x+4y+2z = 0, 2x+5z = 0 a student asks "Aren't [ 1 0 2.5] and [0 1 -1.375] called the
  basis of the system?"; Steve Bell: "Those two vectors form a basis for the ROW SPACE. The solution
  space is only 1 dimensional", and the general solution is "x = -2.5 t ... y = 1.375 t ... z = t").
  1 case (1 False).
- marksmath.org "classes/Fall2019LinearAlgebra/LinearTalk/discussion/28/null-spaces-question"
  (instructor's reply: "a vector in the null-space is (-55/31, 15/31, 1). Of course, any constant
  multiple of this vector is also in the null-space. The easiest such vector with integer entries is
  (-55, 15, 31)"). 1 case.

24 cases in all (4 False).

Left out, by rule: software output printed as bare rows of numbers, which would have to be
reformatted to be transcribed (physicsforums 493385: the asker's eigenvector matrix "1 -1 -1 / 1 1 0
/ 0 0 1" against MATLAB's "0.7071 -0.7071 -0.7071 / ...", "Matlab normalized the eigenvectors, other
than that your solution is the same"); forms whose minus signs the stored copy lost (hpmuseum
thread-1698's vectors for the eigenvalue -1, stored as "[1 1]" for "1", are not taken; only the pair
for the eigenvalue 5 is); truncated decimals ("[.44..., .89...]" on the same page); the
wer-weiss-was "bitte-um-kontrolle" thread, whose reply gives the kernel basis "(2,8,1,0)'", which
does not solve the asker's reduced system (the sign of 8 was lost or mistyped), so its refusal of
the asker's (0,0,1,0), (0,0,0,1) has no correct gold on the page; the Blackboard record's questions
whose student responses cannot be told apart from the correct responses in the stored text
(Questions 2, 4 and 5); the imathworks span thread's non-homogeneous case (the asker wrote no form,
only "span{???}"); mathelounge 552238 ("[r,s,t]=[x1,x2,x3]=[r, 2r, 3r-2]", a renaming of the
unknowns, not two answers); mathelounge 698791 (its span pair is sound, but its orthonormal basis
"(1/√6 ) * (1;1;2;0)" does not lie in the space it derives, so the page was not used).

Examined and not used: pages used or claimed by earlier sets (math.techqa.club 2767115, 3742010,
3781986, 4417821, 4430826, 758575, 3683638, 1989447; imathworks finding-the-basis-of-an-eigenspace,
help-finding-eigenvectors, math-diagonal-matrices-order-of-eigenvalues..., math-calculating-
eigenvectors-is-the-book-wrong, matlab eigenvalues-and-eigenvectors-different-solution,
eigenvectors- of-this-matrix, math-parametric-and-vector-form-of-y-3x-1; physicsforums 179103,
287518, 539676, 610227, 744245, 1012690; mathhelpforum 150432, 189605, 208408, 39439;
science-mathematics.com 1364; qfak.com 3336123; wrean.ca math251; m.thewolfweb.com 593197;
webwork.maa.org wiki Vector (MathObject Class); wyzant 903622; redlib askmath 1lwssd5;
j-loaded.blogspot; a.simonm.io mark schemes, skipped by rule); huggingface.co Nemotron-CC-Math pages
(rewritten copies of forum threads: the math. stackexchange 1133849 answer, the
mathematica.stackexchange "Eigenvector anomaly", the hpmuseum "Eigenvector mystery"; the stored
math.stackexchange page holds only the question); imathworks math-column-and-row-space-basis (one
form only); imathworks math-matlab-eigenvalues and e-learn.cn 186286 (software output printed as
bare rows of numbers); reddit.nalc.co r/nspire bdhy7p (the calculator output is an image);
gutefrage.net "wie-bekommt-man- die-eigenvektoren-raus" (the Musterlösung is an image); mathelounge
36447 (the normalised form is not in the stored text); the 147.135.128.64 redlib copy of r/learnmath
(a listing page without the replies); stacklima/barcelonageeks GATE CS 2022 Q53 (a select-all
eigenvector question, no reference form); cs.appstate.edu clicker pages (answers given as letters);
math.iupui.edu Test1Answers (used before); gradesaver Precalculus 10th 9.7 #20 (its chain
"-(-i-6j-k)=i+4j+k" is itself wrong); edu.com, questionai, gauthmath, math-gpt.org, vaia, askfilo
and solvelyapp pages (generated solutions, skipped by rule); jiskha and algebra.com (skipped by
rule)."""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

TQ = "math.techqa.club"
TQ_3811020 = "https://math.techqa.club/using-gram-schmidt-to-find-an-orthogonal-basis-3811020"
JWB = "jwbales.us"
JWB_731 = "https://jwbales.us/precal/solutions/ex7.3.1.html"
ML = "mathelounge.de"
ML_732690 = "https://mathelounge.de/732690/bestimmen-sie-den-kern-und-dessen-dimension"
ML_317400 = (
    "https://mathelounge.de/317400/rang-und-kern-bestimmung-eines-linearen-gleichungssystems"
    "?show=317406"
)
ML_313298 = (
    "https://mathelounge.de/313298/lineare-abbildung-basistransformation-dimension-bildes"
    "?show=313311"
)
ML_754083 = (
    "https://mathelounge.de/754083/basis-ursprunglichen-matrix-ungleich-transponierten-matrix"
    "?show=754391"
)
ML_398368 = "https://mathelounge.de/398368/matrixberechnung-eigenwerten-dazugehorigen-eigenvektoren"
ML_46261 = "https://mathelounge.de/46261/funktionsgleichung-f-x-2x-1"
ML_32897 = "https://mathelounge.de/32897/bestimmen-losungen-inhomogenen-reellen-gleichungssystems"
ML_679960 = "https://mathelounge.de/679960/kern-bild-bestimmen-ohne-abildungsvorschrift?show=680116"
HPM = "www.hpmuseum.org"
HPM_1698 = "https://www.hpmuseum.org/forum/thread-1698.html"
FLIP = "fliphtml5.com"
FLIP_241 = "https://fliphtml5.com/ymgxw/gzgq/Nicholson-Linear_Algebra_with_Application-2019A/241"
IMW = "imathworks.com"
IMW_BASIS = "https://imathworks.com/math/math-find-a-basis-for-a-solution-set-of-a-linear-system"
IMW_SPAN = (
    "https://imathworks.com/math/math-when-can-i-write-a-solution-set-in-vector-form-as-a-span"
)
SLIB = "studylib.net"
SLIB_253 = "https://studylib.net/doc/25304517/vectors-assignment-%E2%80%93-blackboard-learn"
WWW = "www.wer-weiss-was.de"
WWW_801 = "https://www.wer-weiss-was.de/t/wie-berechnet-man-eigenvektoren-aus-den/8012780"
NBD = "newbedev.com"
NBD_COL = "https://newbedev.com/giving-a-basis-for-the-column-space-of-a"
RHEA = "projectrhea.org"
RHEA_527 = (
    "https://projectrhea.org/rhea/index.php?direction=prev&oldid=57664&title=HWK3MA527Fall2013"
)
MKS = "marksmath.org"
MKS_28 = (
    "https://marksmath.org/classes/Fall2019LinearAlgebra/LinearTalk/discussion/28/"
    "null-spaces-question"
)

CASES = [
    # math.techqa.club 3811020: Gram-Schmidt on (0,8,8), (4,7,3); the book's second vector refused
    _c(
        TQ,
        TQ_3811020,
        gold=r"\left(\begin{matrix}0\\8\\8\\\end{matrix}\right),\left(\begin{matrix}4\\2\\-2\\\end{matrix}\right)",
        pred=r"\left(\begin{matrix}0\\8\\8\\\end{matrix}\right),\left(\begin{matrix}4\\5\\-5\\\end{matrix}\right)",
        wrap=True,
        expected=False,
        why="'You are right, and the book is wrong ... the second vector given by the book ... "
        "does not belong to W'",
    ),
    # jwbales ex7.3.1: the solution set as an ordered triple and as a vector line
    _c(
        JWB,
        JWB_731,
        gold=r"(-3,1,1)\cdot t+(-4,2,0)",
        pred=r"(-4-3t,2+t,t)",
        wrap=True,
        expected=True,
        why="'S=(-4-3t,2+t,t)=(-3,1,1)\\cdot t+(-4,2,0)'",
    ),
    # mathelounge 732690: kernel over Z/3Z, v and -v = (2,1,1,0)
    _c(
        ML,
        ML_732690,
        gold=r"{ (2s,s,s,0) | s ∈ ℤ/3ℤ }",
        pred=r"{ (s,2s,2s,0) | s ∈ ℤ/3ℤ }",
        wrap=True,
        expected=True,
        why="'Es gilt { (s,2s,2s,0) | s ∈ ℤ/3ℤ } = { (2s,s,s,0) | s ∈ ℤ/3ℤ }' (the given "
        "solution's form)",
    ),
    _c(
        ML,
        ML_732690,
        gold=r"(1,2,2,0)",
        pred=r"(2,1,1,0)",
        wrap=True,
        expected=True,
        why="'Mit v ist aber natürlich auch -v = (2,1,1,0) ein Basisvektor des Kerns' (over "
        "ℤ/3ℤ, v=(1,2,2,0))",
    ),
    # mathelounge 317400: kernel and solution set of a 2x3 system, chains
    _c(
        ML,
        ML_317400,
        gold=r"t * ( 1/4 ; 1/2 ; 1 )",
        pred=r"( t/4 ; t/2 ; t )",
        wrap=True,
        expected=True,
        why="'alle Elemente vom Kern sehen so aus ( t/4 ; t/2 ; t ) = t * ( 1/4 ; 1/2 ; 1 )'",
    ),
    _c(
        ML,
        ML_317400,
        gold=r"( 3/4 ; -1/2 ; 0 ) + t * ( 1/4 ; 1/2 ; 1 )",
        pred=r"( (t+3)/4 ; (-1+t) / 2 ; t )",
        wrap=True,
        expected=True,
        why="'also Lösungen ( (t+3)/4 ; (-1+t) / 2 ; t ) = ( 3/4 ; -1/2 ; 0 ) + t * ( 1/4 ; "
        "1/2 ; 1 )'",
    ),
    # hpmuseum thread-1698: eigenvector for 5, by hand and on the HP 50G
    _c(
        HPM,
        HPM_1698,
        gold=r"[1 2]",
        pred=r"[.5 1]",
        wrap=True,
        expected=True,
        why="'for 5, i get [1 2] ... My 50G gets a value of [.5 1] ... Which is also correct.'",
    ),
    # fliphtml5 Nicholson p. 241, Example 4.1.8: one line, two parametrisations
    _c(
        FLIP,
        FLIP_241,
        gold=r"x = 2 + 2t, y = −t, z=1",
        pred=r"x = 4 + 2s, y = −1 − s, z=1",
        wrap=True,
        expected=True,
        why="'These are different from the preceding equations, but this is merely the result "
        "of a change of parameter. In fact, s = t − 1.'",
    ),
    # imathworks find-a-basis-for-a-solution-set: the asker's basis refused against the book's
    _c(
        IMW,
        IMW_BASIS,
        gold=r"( \begin{bmatrix}-1\\3\\0\end{bmatrix}, \begin{bmatrix}-1\\0\\3\end{bmatrix})",
        pred=r"( \begin{bmatrix}\frac{2}{3}\\1\\0\end{bmatrix}, \begin{bmatrix}\frac{2}{3}\\0\\1\end{bmatrix})",
        wrap=True,
        expected=False,
        why="asker's basis vs the book's; answer: 'Check your expression for \\vec x. I think it "
        "should be ... -\\frac{1}{3} ...'",
    ),
    # imathworks when-can-i-write-a-solution-set-as-a-span: vector form and span
    _c(
        IMW,
        IMW_SPAN,
        gold=r"x_3\begin{bmatrix}9\\-3\\1\\0\end{bmatrix}",
        pred=r"span\begin{Bmatrix}9\\-3\\1\\0\end{Bmatrix}",
        wrap=True,
        expected=True,
        why="'in Part 1, your solution in terms of span is correct'",
    ),
    # studylib 25304517: Blackboard grading of a vectors assignment
    _c(
        SLIB,
        SLIB_253,
        gold=r"1.79",
        pred=r"102.6",
        wrap=True,
        expected=False,
        why="Q1(c) angle 'in radians, up to 2 decimal places': response 102.6, 'Correct response "
        "1.79', graded 0.0",
    ),
    # mathelounge 313298: a linear map written as a vector and as a combination
    _c(
        ML,
        ML_313298,
        gold=r"x1*(4;10;1) + x2*(3;-8;2)",
        pred=r"( 4x1+3x2 ; 10x1 - 8x2 ; x1 + 2x2 )",
        wrap=True,
        expected=True,
        why="'Phi(x1;x2) = ( 4x1+3x2 ; 10x1 - 8x2 ; x1 + 2x2 ) = x1*(4;10;1) + x2*(3;-8;2)'",
    ),
    # mathelounge 754083: a column and its scaled form
    _c(
        ML,
        ML_754083,
        gold=r"(-3)\cdot(0|1|2)^T",
        pred=r"(0|-3|-6)^T",
        wrap=True,
        expected=True,
        why="'Anstatt (0|-3|-6)^T=(-3)\\cdot(0|1|2)^T habe ich (0|1|2)^T in die Basis des "
        "Bildes aufgenommen'",
    ),
    # wer-weiss-was 8012780: eigenvector (a; 3a), factored and normalised
    _c(
        WWW,
        WWW_801,
        gold=r"a* (1; 3)",
        pred=r"(a; 3a)",
        wrap=True,
        expected=True,
        why="'(a; 3a) ... Da „klammerst“ du das a raus und bekommst den Eigenvektor a* (1; 3)'",
    ),
    _c(
        WWW,
        WWW_801,
        gold=r"(1/sqr(1²+3²))*(1;3)",
        pred=r"(0,316; 0,949)",
        wrap=True,
        expected=True,
        why="'(1/sqr(1²+3²))*(1;3) [als Vektor] ... kommst auf eine normierte Form: (0,316; "
        "0,949)'",
    ),
    # mathelounge 398368: eigenvectors for the eigenvalue 1
    _c(
        ML,
        ML_398368,
        gold=r"t*( 1;1;1)",
        pred=r"( t ; t ; t )",
        wrap=True,
        expected=True,
        why="'Also Lösungen x = ( t ; t ; t ) mit t aus IR = t*( 1;1;1)'",
    ),
    # newbedev: two answers, two bases of one column space
    _c(
        NBD,
        NBD_COL,
        gold=r"\bigg(\begin{bmatrix} 3 \\ 3 \\ -2 \\ -2 \\ 4 \end{bmatrix}, \begin{bmatrix} 3 \\ 5 \\ 4 \\ -4 \\ 9 \end{bmatrix}\bigg)",
        pred=r"\langle1, 0, -{11}/{3}, {1}/{3}, -{7}/{6} \rangle, \langle0,1, 3, -1, 5/2 \rangle",
        wrap=True,
        expected=True,
        why="answer 1: the two pivot columns 'as a basis for the column space'; answer 2: the "
        "nonzero rows of rref(A^T) 'forms a basis of the column space of A'",
    ),
    # mathelounge 679960: the kernel's matrices, factored
    _c(
        ML,
        ML_679960,
        gold=r"b*\begin{pmatrix} -1 & 1 \\ -1 & 1 \end{pmatrix}",
        pred=r"\begin{pmatrix} -b & b \\ -b & b \end{pmatrix}",
        wrap=True,
        expected=True,
        why="'X = \\begin{pmatrix} -b & b \\\\ -b & b \\end{pmatrix}= b*\\begin{pmatrix} -1 & "
        "1 \\\\ -1 & 1 \\end{pmatrix}'",
    ),
    # projectrhea HWK3 MA527: row-space basis offered for the solution space, refused
    _c(
        RHEA,
        RHEA_527,
        gold=r"x = -2.5 t, y = 1.375 t, z = t",
        pred=r"[ 1 0 2.5] and [0 1 -1.375]",
        wrap=True,
        expected=False,
        why="Bell: 'Those two vectors form a basis for the ROW SPACE. The solution space is only "
        "1 dimensional'; general solution 'x = -2.5 t ... y = 1.375 t ... z = t'",
    ),
    # marksmath LinearTalk 28: a null-space vector and its integer multiple
    _c(
        MKS,
        MKS_28,
        gold=r"\left(\begin{array}{r} -\frac{55}{31} \\ \frac{15}{31} \\ 1 \end{array}\right)",
        pred=r"\left(\begin{array}{r} -55\\ 15 \\ 31 \end{array}\right)",
        wrap=True,
        expected=True,
        why="'any constant multiple of this vector is also in the null-space. The easiest such "
        "vector with integer entries is (-55, 15, 31)'",
    ),
    # mathelounge 46261: the line h in parameter form and in two coordinate forms
    _c(
        ML,
        ML_46261,
        gold=r"y=-1/2x+3/2",
        pred=r"x=-2y+3",
        wrap=True,
        expected=True,
        why="'liefert x=-2y+3 <=> (x-3)/-2=y=-1/2x+3/2'",
    ),
    _c(
        ML,
        ML_46261,
        gold=r"y=-1/2x+3/2",
        pred=r"(x,y)=(1,1)+t*(2,-1)",
        wrap=True,
        expected=True,
        why="'h:(x,y)=(1,1)+t*(2,-1) aus dieser Darstellung gewinnen wir 2 Gleichungen ... "
        "liefert x=-2y+3 <=> (x-3)/-2=y=-1/2x+3/2'",
    ),
    # mathelounge 32897: one solution vector with two names for the free variables
    _c(
        ML,
        ML_32897,
        gold=r"[-x2+4x4 + 3, x2, -2x4-1, x4]",
        pred=r"[-b+4d + 3, b, -2d-1, d]",
        wrap=True,
        expected=True,
        why="'Damit haben wir den Lösungsvektor [-b+4d + 3, b, -2d-1, d] Oder mit x1 bis x4 "
        "[-x2+4x4 + 3, x2, -2x4-1, x4]'",
    ),
]
