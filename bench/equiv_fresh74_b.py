r"""A seventy-fourth fresh set of answer-equivalence cases (evaluation only; helper "b": matrices
and linear systems -- inverses written with the scalar 1/det outside the matrix or multiplied in,
row-reduced forms, determinants in factored and expanded form, eigenvalues as lists and sets,
eigenvectors in other scalings (fractions, integers, unit length, sign flipped), solution sets of
linear systems as parametric vectors and as set-builder or component forms, null spaces and
bases -- where a question-and-answer thread, a course marking scheme, a solutions manual, a
worked solution or a homework-system help line settles which forms are the same answer and
which are not).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/, and checked against /work/wt/fresh*_claims/claims.txt; each page was
claimed in /work/wt/fresh74_claims/claims.txt before use). Each case gives the reference answer
(``gold``), the prediction (``pred``: another form the page gives as the same answer, or a form
the page refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and
the verdict (``expected``) settled on the page, with no one on the page contradicting it.
``repo`` is the domain of the stored copy and ``where`` its full URL. There is no commit; every
source is a web page with no licence file. Only the text the search tool returned for a page (its
excerpt) was read. Do not tune the judge on these cases. Continued in bench/equiv_fresh74_b2.py
(same rules; its sources are listed below too).

Transcription: strings are copied as the stored page shows them: LaTeX as the page stores it
(``\pmatrix{-5\\1}``, ``\frac 12``, ``\left(\begin{array}{ccc}...``), plain-text matrices as
typed ("[[2,-5],[3,-1]]", "1/2 (5 -3, 4 -2)" with a comma between rows, "[-.707 , .707]"), and
the en dash that fliphtml5's copy of a solutions manual uses as a minus sign ("–1/2"). Math
delimiters ``$ $`` are dropped. A left side such as "A^-1 =", "X =", "r(t)=", "S=" or "\boldx="
is dropped and the right side kept. Where a page writes a chain "a = b = c" the last member is
the gold and an earlier member the pred (the chain states they are equal); where a thread
compares a student's or calculator's answer with the book's, the book's (or the answer the
replies confirm) is the gold. A refused form is a False case only where the page says it is
wrong (a reply showing the error, a key marking it wrong, a multiple-choice solution naming
another option).

Sources (domain, URL, what is settled; all "web page, no licence file"):

- www.physicsforums.com "threads/what-am-i-doing-wrong-on-this-linear-question.275136" (book
  eigenvectors [2/(5^.5),1/(5^.5)] and [1/(5^.5),-2/(5^.5)], the asker's [2,1] and [-.5,1] where
  the book has [.5,-1]; reply: "You and they are both correct ... That scalar multiple can be
  -1."). 3 cases.
- libreddit.swurl.xyz r/HomeworkHelp 1cd07nj (the asker's (3/4, 1) and (2/3,1) against the
  correct (3,4) and (2,3); reply: "Any scaled multiple of the vector is correct: (3/4, 1) * 4 =
  (3, 4)"). 2 cases.
- m.thewolfweb.com message topic 593197 (TI eigVc output thought to have wrong signs; reply: "All
  of the eigenvectors you are getting are correct. They're just normalized ... [-.707 , .707] =
  -[.707 , -.707] ... you'll get integers in the entries: [-1,1] and [-1,2]"). 2 cases.
- www.physicsforums.com "threads/free-choice-of-variables.682198" (Ray Vickson: "For ANY value
  c≠0 the vector ... c(-5,1) is an eigenvector. So, If I want, I can choose (5000,-1000) or
  (-1/3, 1/15)"). 2 cases.
- imathworks.com "math/eigenvectors-of-this-matrix" (eigenvalue "λ_1 = e^{iπ/3} = 1/2 + i√3/2"
  and "1/(1 - λ_1) = 1/(1/2 - i√3/2) = ... = λ_1"; "They are the same though."). 2 cases.
- math.techqa.club 3119841 (number of distinct eigenvalues of an upper triangular matrix with
  diagonal 2, 1, 3, 2: the key's 3, the asker's 2 refused; "{2,1,3,2}={1,2,3}"). 2 cases (1
  False).
- www.math.uwaterloo.ca ~hwolkowi Math 235 marking schemes f02 "probs34scheme01.txt" ("2 marks
  for eigenvaluess 1, -1, -3 (quite a few got this wrong - they got 1, 1, -3)") and f01
  "prob2scheme01.txt" ("getting the eigenvalues 1,1,7 ... For some reason 1,3,5 was a common
  answer for the eigenvalues"). 2 cases (2 False).
- www.shaalaa.com question 10942 (MCQ "The inverse of the matrix [[-1,5],[-3,2]] is": solution
  "(A) 1/13[[2,-5],[3,-1]] ... A^-1 = ("adj" A)/|A| = ([[2,-5],[3,-1]])/13"; the other three
  options are not the answer). 4 cases (3 False).
- science-mathematics.com Mathematics/201105/4143 (inverse of ( -2 3 , -4 5): "The determinant is
  not -22, it's 2." ... "Thus the inverse is 1/2 (5 -3, 4 -2) or (5/2 -3/2, 2 -1)"). 2 cases (1
  False).
- atozmath.com "CONM/GaussEli.aspx?SM=IM1" (worked inverse: "A^(-1) = 1/| A | × Adj(A)=1/-5 ×
  [[1,7,-3],[0,-5,0],[-2,1,1]]=[[-1/5,-7/5,3/5],[0,1,0],[2/5,-1/5,-1/5]]"). 1 case.
- newbetuts.com 688339 (copy of a math.stackexchange thread: (AB)^{-1} from given A^{-1} and
  B^{-1}; the asker's product A^{-1}B^{-1} against the book's matrix; "the inverse if AB is
  indeed B^{-1}A^{-1}, and NOT A^{-1}B^{-1}"). 2 cases (2 False).
- www.esaral.com "q/solve-this-following-95176" (MCQ "(A B)^{-1}=?" with solution "(A B)^{-1}=B^{-1}
  A^{-1}"; options A B^{-1}, A^{-1} B, A^{-1} B^{-1} refused). 3 cases (3 False).

Sources of bench/equiv_fresh74_b2.py:

- imathworks.com "math/math-reducing-the-matrix-to-reduced-row-echelon-form" (the asker's RREF,
  the identity matrix, against the best answer's [[1,0,-3],[0,1,3],[0,0,0]]). 1 case (1 False).
- mathelounge.de 623270 and 1093454 (German forum; solution sets "X = [6 - 2·z, 4 - z, z] = [6,
  4, 0] + z·[-2, -1, 1]" and "[x, y, z] = [3 - z, 2z - 1, z] = [3, -1, 0] + z·[-1, 2, 1]"). 2
  cases.
- imathworks.com "math/math-how-to-use-parametric-equations-to-define-the-solution-of-a-linear-
  system-in-3-variables" ("r(t)=t(1,1,-1)+(1-t)(2,0,1)=(2-t,t,1-2t)"). 1 case.
- agreicius.github.io "euc-vec-spaces/s_solving.html" (one solution set as parametric equations,
  in set-builder notation and as a vector parametrization, with the steps between). 3 cases.
- fliphtml5.com bkkmx/grot "Elementary_linear_algebra/159" (solutions manual, Exercise Set 5.5:
  "{(1, 1, –4, –3), (0, 1, –5, –2), (0, 0, 1, –1/2)} is one basis. Another basis is {(1, 0, 0,
  –1/2), (0, 1, 0, –9/2), (0, 0, 1, –1/2)}"). 1 case.
- imathworks.com "math/determining-the-null-space-of-the-matrix" (the asker's "(1,0,0)^T and
  (0,0,1)^T" for the null space of a 3x2 matrix of rank 2; answer: "Null(A)={0}"). 1 case (1
  False).
- newbetuts.com 702665 (basis of the null space of [[1,0,0],[1,0,1]]: the asker's zero vector
  against the book's (0,1,0); "This is a very common mistake ... which has a basis {(0,1,0)} as
  claimed"). 1 case (1 False).
- mrbrightmath.com "Systems/matrixsystem.html" (help line: "Final x and y values may be input as
  either improper fractions (like 5/3) or decimals rounded to three decimal places where
  necessary (like 1.667)"). 1 case.
- math.techqa.club 1058825 (det(A^{-1}) for a 2x2 A: "= (ad-bc)/(ad-bc)^2 = 1/(ad-bc)"; the
  asker's (ad-bc)/(ad-bc) refused). 2 cases (1 False).
- math.techqa.club 494270 (det [[1,a,a^3],[1,b,b^3],[1,c,c^3]]: the asker's (b-a)(c-a)(c^2 - b^2)
  against the book's (a+b+c)(a-b)(b-c)(c-a); reply points to the wrong factorization of x^3-y^3).
  1 case (1 False).
- math.techqa.club 2179649 (Vandermonde determinant: official "(c-b)(c-a)(b-a)", answer's chain
  "(b-a)·(c-a)·(c+a-b-a)=(b-a)·(c-a)·(c-b)"). 1 case.
- math.techqa.club 353446 (determinant in linear factor form: "(b - a)(c^2 - a^2) - (c-a)(b^2 -
  a^2) = ... = (b-a)(c-a)(c-b)"). 1 case.

43 cases in all (17 False): 27 here (12 False), 16 in bench/equiv_fresh74_b2.py (5 False).

Left out, by rule: answers only in images (physicsforums 1012690's replies are not in the stored
excerpt, so whether (1,3) or the book's (3,1) is right is not settled on the page; math.techqa.club
3781986's OCW answer); pairs that differ only by a convention the page calls immaterial but that
are not equal as written (math.techqa.club 2533185, the characteristic polynomial λ^3 - 6λ^2 +
11λ - 6 against -λ^3 + 6λ^2 - 11λ + 6: "it's immaterial which one to use" for the roots, but the
polynomials differ); two different row echelon forms of one matrix (news.conceivablytech.com,
"Different echelon forms" of [[1,2],[3,4]]: both valid, but not the same matrix, and whether a
key would take either depends on the book's definition of echelon form, which differs between
the page's answers); thewolfweb's unit eigenvectors read off the columns of a matrix printout
(only the vectors the reply writes out are taken); the asker's own second equality on
math.techqa.club 2179649 (c(b(c-b)-a(c-a)+ab(b-a)), not addressed by the answer); fliphtml5's
copy of Nicholson's Example 1.1.2 (the two parametric forms, whose fraction "1/3" was split over
lines by the conversion).

Examined and not used: pages used or claimed by earlier sets (mathhelpforum 150432, 68289,
138571, 39439, 189605; physicsforums 287518, 539676, 610227; math.techqa.club 2767115, 3456797,
3781986, 1468813, 1761279; imathworks matlab-eigenvalues-and-eigenvectors-different-solution,
math-is-there-more-than-one-possible-reduced-row-echelon-form (and its tune.fundegar copy),
math-find-the-eigenvalues-of-a-and-a-basis-for-each-eigenspace, math-finding-the-basis-of-an-
eigenspace; freemathhelp 107573; j-loaded.blogspot solutions; gradesaver Algebra 2 1st edition);
mathhelpforum 70388, 84176, 63752, 61429 and forums.anandtech.com 267778 (no reply, or the reply
in an image, in the stored copy); thetfp.com 1707550 (no reply stored); math.techqa.club 791185
(the reply only hints); askanewquestion.com 943797 and algebra.com inverse solutions (matrices
flattened over lines; algebra.com skipped by rule); math.techqa.club 1989447 (one form only);
redlib askmath 1lwssd5 (the book's coordinate formulas refused, but the corrected formulas are
only described in words); imathworks finding-eigenvectors-with-complex-eigenvalue (one form only);
mull-overthing.com and mcqoptions.com 584340 (generated page; a mis-keyed MCQ); huggingface.co
Nemotron-CC-Math pages (rewritten copies of forum threads); wiki.ubc.ca Math Exam Resources,
web1.eng.famu.fsu.edu dommelen notes, glynholton.com and value-at-risk.net (formulas lost in the
stored copy); AI or generated solution pages (questionai, gauthmath, math-gpt.org, edu.com,
solvely.ai, askfilo, vaia, qammunity, mathskey.com, corca.app) skipped by rule.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

PF = "www.physicsforums.com"
PF_275 = (
    "https://www.physicsforums.com/threads/what-am-i-doing-wrong-on-this-linear-question.275136"
)
PF_682 = "https://www.physicsforums.com/threads/free-choice-of-variables.682198/"
LIB = "libreddit.swurl.xyz"
LIB_1CD = (
    "https://libreddit.swurl.xyz/r/HomeworkHelp/comments/1cd07nj/"
    "college_level_eigenvectors_cant_find_the_correct/"
)
WOLF = "m.thewolfweb.com"
WOLF_593 = "https://m.thewolfweb.com/message_topic.aspx?topic=593197"
IMW = "imathworks.com"
IMW_EIG = "https://imathworks.com/math/eigenvectors-of-this-matrix"
TQ = "math.techqa.club"
TQ_3119 = "https://math.techqa.club/distinct-eigenvalues-of-a-matrix-3119841"
UW = "www.math.uwaterloo.ca"
UW_F02 = "https://www.math.uwaterloo.ca/~hwolkowi/henry/teaching/f02/235.f02/probs34scheme01.txt"
UW_F01 = "http://www.math.uwaterloo.ca:80/~hwolkowi/henry/teaching/f01/235.f01/prob2scheme01.txt"
SHA = "www.shaalaa.com"
SHA_109 = (
    "https://www.shaalaa.com/question-bank-solutions/"
    "the-inverse-of-the-matrix-1-5-3-2-is-matrices-inverse-of-a-matrix-existance_10942"
)
SCI = "science-mathematics.com"
SCI_4143 = "http://science-mathematics.com/Mathematics/201105/4143.htm"
ATOZ = "atozmath.com"
ATOZ_GE = "http://atozmath.com/CONM/GaussEli.aspx?SM=IM1&mnu=ma"
NBT = "newbetuts.com"
NBT_688 = "https://newbetuts.com/688339-product-of-inverse-matrices-ab-1"
ESA = "www.esaral.com"
ESA_951 = "https://www.esaral.com/q/solve-this-following-95176/"
# sources of bench/equiv_fresh74_b2.py
IMW_RREF = "https://imathworks.com/math/math-reducing-the-matrix-to-reduced-row-echelon-form"
IMW_PAR = (
    "https://imathworks.com/math/"
    "math-how-to-use-parametric-equations-to-define-the-solution-of-a-linear-system-in-3-variables"
)
IMW_NUL = "https://imathworks.com/math/determining-the-null-space-of-the-matrix"
MEL = "mathelounge.de"
MEL_623 = (
    "https://mathelounge.de/623270/fur-welche-ist-folgendes-lgs-losbar-sieht-dann-losungsmenge"
)
MEL_109 = "https://mathelounge.de/1093454/kann-folgendes-gleichungssystem-mittels-verfahren-losen?show=1093455"
AGR = "agreicius.github.io"
AGR_SOL = "https://agreicius.github.io/euc-vec-spaces/s_solving.html"
FLIP = "fliphtml5.com"
FLIP_159 = "https://fliphtml5.com/bkkmx/grot/Elementary_linear_algebra/159/"
NBT_702 = (
    "https://newbetuts.com/702665-what-to-do-with-an-empty-column-in-the-basis-of-the-null-space"
)
MRB = "mrbrightmath.com"
MRB_SYS = "https://mrbrightmath.com/Systems/matrixsystem.html"
TQ_1058 = "https://math.techqa.club/what-is-the-correct-det-a-1-1058825"
TQ_494 = "https://math.techqa.club/factorising-a-3-x-3-determinant-what-am-i-doing-wrong-494270"
TQ_2179 = (
    "https://math.techqa.club/why-is-there-another-transformation-matrix-for-the-bases-of-the-"
    "image-and-of-the-preimage-of-this-mapping-2179649"
)
TQ_353 = "https://math.techqa.club/factoring-into-linear-factors-353446"

CASES = [
    # physicsforums 275136: book eigenvectors (unit length) against the asker's; both correct
    _c(
        PF,
        PF_275,
        gold=r"[.5,-1]",
        pred=r"[-.5,1]",
        wrap=True,
        expected=True,
        why="'[-.5,1]. when it should be [.5,-1] according to the book' -> 'You and they are both "
        "correct ... That scalar multiple can be -1.'",
    ),
    _c(
        PF,
        PF_275,
        gold=r"[1/(5^.5),-2/(5^.5)]",
        pred=r"[-.5,1]",
        wrap=True,
        expected=True,
        why="book [1/(5^.5),-2/(5^.5)]; asker's [-.5,1] 'which you normalize' but signs reversed -> "
        "'You and they are both correct'",
    ),
    _c(
        PF,
        PF_275,
        gold=r"[2/(5^.5),1/(5^.5)]",
        pred=r"[2,1]",
        wrap=True,
        expected=True,
        why="book [2/(5^.5),1/(5^.5)]; asker 'I can get ... the first vector' [2,1] 'which you "
        "normalize to get the above answers'; reply 'both correct'",
    ),
    # libreddit r/HomeworkHelp 1cd07nj: eigenvectors with a fraction against integer ones
    _c(
        LIB,
        LIB_1CD,
        gold=r"(3,4)",
        pred=r"(3/4, 1)",
        wrap=True,
        expected=True,
        why="'The correct eigenvectors are (3,4) and (2,3)' -> 'Any scaled multiple of the vector is "
        "correct: (3/4, 1) * 4 = (3, 4)'",
    ),
    _c(
        LIB,
        LIB_1CD,
        gold=r"(2,3)",
        pred=r"(2/3,1)",
        wrap=True,
        expected=True,
        why="'Any scaled multiple of the vector is correct: ... (2/3, 1) * 3 = (2, 3)'",
    ),
    # thewolfweb 593197: normalized calculator eigenvectors of [1,-1;2,4]
    _c(
        WOLF,
        WOLF_593,
        gold=r"[-1,1]",
        pred=r"[-.707 , .707]",
        wrap=True,
        expected=True,
        why="'All of the eigenvectors you are getting are correct. They're just normalized ... you'll "
        "get integers in the entries:[-1,1] and [-1,2]'",
    ),
    _c(
        WOLF,
        WOLF_593,
        gold=r"[-1,1]",
        pred=r"[.707 , -.707]",
        wrap=True,
        expected=True,
        why="'[-.707 , .707] = -[.707 , -.707]are just scalar multiples of each other by -1' (both "
        "outputs correct)",
    ),
    # physicsforums 682198: any nonzero multiple of an eigenvector
    _c(
        PF,
        PF_682,
        gold=r"\pmatrix{-5\\1}",
        pred=r"\pmatrix{5000\\-1000}",
        wrap=True,
        expected=True,
        why="'For ANY value c≠0 the vector ... = c \\pmatrix{-5\\\\1} is an eigenvector. So, If I want, "
        "I can choose \\pmatrix{5000\\\\-1000}'",
    ),
    _c(
        PF,
        PF_682,
        gold=r"\pmatrix{-5\\1}",
        pred=r"\pmatrix{-1/3 \\1/15}",
        wrap=True,
        expected=True,
        why="'I can choose \\pmatrix{5000\\\\-1000}\\text{ or } \\pmatrix{-1/3 \\\\1/15}'",
    ),
    # imathworks eigenvectors-of-this-matrix: one complex eigenvalue in three forms
    _c(
        IMW,
        IMW_EIG,
        gold=r"e^{i\frac \pi 3}",
        pred=r"\frac 12 + i\frac {\sqrt{3}}{2}",
        wrap=True,
        expected=True,
        why="'Since \\lambda_1 = e^{i\\frac \\pi 3} = \\frac 12 + i\\frac {\\sqrt{3}}{2}'",
    ),
    _c(
        IMW,
        IMW_EIG,
        gold=r"e^{i\frac \pi 3}",
        pred=r"\frac 1{\frac 12 - i\frac {\sqrt{3}}{2}}",
        wrap=True,
        expected=True,
        why="'They are the same though.' \\frac 1{1 - \\lambda_1} = \\frac 1{\\frac 12 - i\\frac "
        "{\\sqrt{3}}{2}} = ... = \\lambda_1",
    ),
    # math.techqa.club 3119841: distinct eigenvalues of a triangular matrix with diagonal 2,1,3,2
    _c(
        TQ,
        TQ_3119,
        gold=r"3",
        pred=r"2",
        wrap=True,
        expected=False,
        why="asker 'answered 2'; key 'the answer is 3'; reply: 'the number of distinct eigenvalues of "
        "A is 3'",
    ),
    _c(
        TQ,
        TQ_3119,
        gold=r"\{1,2,3\}",
        pred=r"\{2,1,3,2\}",
        wrap=True,
        expected=True,
        why="reply: 'the number of elements in the sets ... \\{2,1,3,2\\}=\\{1,2,3\\}'",
    ),
    # uwaterloo Math 235 marking schemes: eigenvalue lists marked wrong
    _c(
        UW,
        UW_F02,
        gold=r"1, -1, -3",
        pred=r"1, 1, -3",
        wrap=True,
        expected=False,
        why="'2 marks for eigenvaluess 1, -1, -3 (quite a few got this wrong - they got 1, 1, -3)'",
    ),
    _c(
        UW,
        UW_F01,
        gold=r"1,1,7",
        pred=r"1,3,5",
        wrap=True,
        expected=False,
        why="'1 mark: getting the eigenvalues 1,1,7' ... 'Some people failed to get the eigenvalues "
        "correctly. For some reason 1,3,5 was a common answer'",
    ),
    # shaalaa 10942: MCQ inverse of [[-1,5],[-3,2]]; the solution writes 1/13 outside or as /13
    _c(
        SHA,
        SHA_109,
        gold=r"1/13[[2,-5],[3,-1]]",
        pred=r"([[2,-5],[3,-1]])/13",
        wrap=True,
        expected=True,
        why="'A^-1 = (\"adj\" A)/|A| = ([[2,-5],[3,-1]])/13' then 'A^-1=1/13[[2,-5],[3,-1]]'",
    ),
    _c(
        SHA,
        SHA_109,
        gold=r"1/13[[2,-5],[3,-1]]",
        pred=r"1/13 [[-1,5],[-3,2]]",
        wrap=True,
        expected=False,
        why="option 2 of the MCQ; 'Solution (A) 1/13[[2,-5],[3,-1]]'",
    ),
    _c(
        SHA,
        SHA_109,
        gold=r"1/13[[2,-5],[3,-1]]",
        pred=r"1/13 [[-1,-3],[5,2]]",
        wrap=True,
        expected=False,
        why="option 3 of the MCQ; 'Solution (A) 1/13[[2,-5],[3,-1]]'",
    ),
    _c(
        SHA,
        SHA_109,
        gold=r"1/13[[2,-5],[3,-1]]",
        pred=r"1/13 [[1,5],[3,-2]]",
        wrap=True,
        expected=False,
        why="option 4 of the MCQ; 'Solution (A) 1/13[[2,-5],[3,-1]]'",
    ),
    # science-mathematics 201105/4143: inverse of ( -2 3 , -4 5), rows separated by a comma
    _c(
        SCI,
        SCI_4143,
        gold=r"1/2 (5 -3, 4 -2)",
        pred=r"(5/2 -3/2, 2 -1)",
        wrap=True,
        expected=True,
        why="'Thus the inverse is 1/2 (5 -3, 4 -2) or (5/2 -3/2, 2 -1)'",
    ),
    _c(
        SCI,
        SCI_4143,
        gold=r"2",
        pred=r"-22",
        wrap=True,
        expected=False,
        why="asker 'found the determinant to be -22'; replies: 'The determinant is not -22, it's 2.'",
    ),
    # atozmath GaussEli: worked inverse, 1/det outside and multiplied in
    _c(
        ATOZ,
        ATOZ_GE,
        gold=r"[[-1/5,-7/5,3/5],[0,1,0],[2/5,-1/5,-1/5]]",
        pred=r"1/-5 × [[1,7,-3],[0,-5,0],[-2,1,1]]",
        wrap=True,
        expected=True,
        why="'A^(-1) = 1/| A | × Adj(A)=1/-5 × [[1,7,-3],[0,-5,0],[-2,1,1]]=[[-1/5,-7/5,3/5],[0,1,0],"
        "[2/5,-1/5,-1/5]]'",
    ),
    # newbetuts 688339: (AB)^{-1} from A^{-1} and B^{-1}; the asker's A^{-1}B^{-1} refused
    _c(
        NBT,
        NBT_688,
        gold=r"\left(\begin{array}{ccc} 3 &7 &2 \\ 4& 4 &-4\\ 0 & 7 & 6 \end{array}\right)",
        pred=r"\left(\begin{array}{ccc}11 &-7 &14\\ 7& -4 &7\\ -1& 1 & 6\end{array}\right)",
        wrap=True,
        expected=False,
        why="asker's product A^{-1}B^{-1} 'yet the answer is' the gold; 'the inverse if AB is indeed "
        "B^{-1}A^{-1}, and NOT A^{-1}B^{-1}'",
    ),
    _c(
        NBT,
        NBT_688,
        gold=r"B^{-1}A^{-1}",
        pred=r"A^{-1}B^{-1}",
        wrap=True,
        expected=False,
        why="'So, the inverse if AB is indeed B^{-1}A^{-1}, and NOT A^{-1}B^{-1}.'",
    ),
    # esaral 95176: MCQ (AB)^{-1}
    _c(
        ESA,
        ESA_951,
        gold=r"B^{-1} A^{-1}",
        pred=r"A B^{-1}",
        wrap=True,
        expected=False,
        why="option A; 'Solution: (A B)^{-1}=B^{-1} A^{-1}' (option D)",
    ),
    _c(
        ESA,
        ESA_951,
        gold=r"B^{-1} A^{-1}",
        pred=r"A^{-1} B",
        wrap=True,
        expected=False,
        why="option B; 'Solution: (A B)^{-1}=B^{-1} A^{-1}' (option D)",
    ),
    _c(
        ESA,
        ESA_951,
        gold=r"B^{-1} A^{-1}",
        pred=r"\mathrm{A}^{-1} \mathrm{~B}^{-1}",
        wrap=True,
        expected=False,
        why="option C; 'Solution: (A B)^{-1}=B^{-1} A^{-1}' (option D)",
    ),
]
