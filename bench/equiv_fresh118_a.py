r"""A hundred-and-eighteenth fresh set of answer-equivalence cases (evaluation only; helper "a":
optimisation and operations-research answers -- linear-programming optima given as a value and a
point ("25 at (5,0)" against "z(5,0)=25"), optimal points as "x=1, y=4" against "(1,4)", multiple-
choice optima ("x_{1}=2, x_{2}=6, z=36"), an integer-programming optimum against the rounded or
relaxed LP point, a transportation cost, values of games and mixed strategies written as
combinations of pure strategies ("1/4c1+3/4c4") against probability vectors ("[1/4,0,0,3/4,0]"),
mixed Nash equilibria, a monopolist's profit-maximising output, equilibrium prices and points
("N4" against "32/8", "(q, p) = (10, 35)") -- where a key, a worked solution, a tutor or a grader
settles that another form is the same answer or that a form is wrong).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/ and checked against the claims files of the other rounds; each page was
claimed in /work/wt/fresh118_claims/claims.txt before use). Each case gives the reference answer
(``gold``), the prediction (``pred``: another form the page gives as the same answer, or a form
the page refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and
the verdict (``expected``) settled on the page, with no one on the page contradicting it. ``repo``
is the domain of the stored copy and ``where`` its full URL. There is no commit; every source is a
web page with no licence file. Only the text the search tool returned for a page (its excerpt) was
read. Do not tune the judge on these cases. Continued in bench/equiv_fresh118_a2.py (same rules;
its sources are listed below too).

Transcription: strings are copied as the stored page shows them, LaTeX kept as LaTeX (vidyadip's
"x_{1}=2, x_{2}=6, z=36", techqa's "\frac13"), plain-text forms kept plain ("x=1, y=4",
"1/4c1+3/4c4", "(0, 1/2 , 1/2 ,0,0)^T" with its own spacing, "N4", "Rs. 7", "₹ 94"); inline dollar
signs that only delimit math are dropped (gradesaver's "$z(5,0)=25$", cuetmock's "Max $Z = 15$ at
$(3, 3)$"), and so is the space gradesaver leaves inside "$ 25$". A lead-in such as "Maximum",
"c. maximum", "Max Z =" or "Answer:" is dropped; "x = 3, y = 0" and "q = 10" keep their variable
names, since the answer names two unknowns. Where a page states "A = B" or "A, which occurs at
B" for one answer, the form the page gives as its answer (or the first form) is the gold and each
other form a True case. Where a multiple-choice key names one choice correct, each other choice it
shows is a False case against that gold. Readings, each noted in ``why``: for the corner-point
tables (jsfiddle 6871945, qammunity 3466082) the page's optimum is the gold and a corner it
evaluates to a smaller objective value a False case; for egtry the integer optimum is the gold and
the rounded point, the nearby point and the LP-relaxation optimum it rejects are False cases; for
the Penn State answers (math.psu.edu, studylib 17904075) the combination of pure strategies is the
gold where it comes first and the vector the True case, and the student's corrected vectors are
the gold where the student and the grader replace a shorter vector.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- www.gradesaver.com Precalculus 6th ed. (Blitzer) 7.6 exercises 5, 10, 11 and 14, page 872
  ("c. Maximum $ 16$, at $(0,8)$" ... "the maximum value of the objective function as
  $z(0,8)= 16$, which occurs at $(0,8)$"; "maximum $ 25$ at $(5,0)$" ... "is $z(5,0)=25$, which
  occurs at $(5,0)$"; likewise "16 at (4,0)" / "z(4,0)=16" and "60 at (0,10)" / "z(0,10)=60").
  4 cases, one per page.
- qammunity.org 15700111 ("Answer: x=1, y=4 P=6" ... "Hence, maximum value of P is 6 at (1,4).
  x=1 and y=4"). 2 cases.
- ja3.jsfiddle.net parte 6871945 (a mirrored homework answer: "Answer: x = 3, y = 0"; table
  "(0,1) | -4", "(1.5, 1.5) | 1.5", "(3, 0) | 15"; "Then, the maximum is x = 3, y = 0"). 3 cases
  (2 False).
- qammunity.org 3466082 ("This occurs at x = 3, y = 0"; "(0, 3) 5(0) + 2(3) = 6", "(2, 2) 5(2) +
  2(2) = 14", "(3, 0) 5(3) + 2(0) = 15 (Maximum value)"). 3 cases (2 False).
- vidyadip.com ask 3768427 (MCQ, maximize Z=3x1+5x2: choices "x_{1}=2, x_{2}=0, z=6",
  "x_{1}=2, x_{2}=6, z=36", "x_{1}=4, x_{2}=3, z=27", "x_{1}=4, x_{2}=6, z=42"; "Correct option:
  B."; "If we take the maximum value of Z as 42, x_{1}=4, x_{2}=6 ... which is not true").
  3 cases (3 False).
- cuetmock.com questions PSC4ASC4P7 (choices "Max $Z = 13$ at $(2, 3)$", "Max $Z = 15$ at $(3,
  3)$", "Max $Z = 18$ at $(0, 6)$", "Max $Z = 12$ at $(6, 0)$"; "The correct answer is Option (2)
  → Max $Z = 15$ at $(3, 3)$"). 3 cases (3 False).
- cuetmock.com questions 3944KW2W4U (minimum of Z = 3x - 4y over given corners; choices "(0, 0)
  (5, 0) (0, 8) (4, 10)"; "The correct answer is Option (3) → (0, 8)"). 3 cases (3 False).
- cuetmock.com questions 3GFGW4F3JQ (minimize Z=60x+30y; choices "360 150 60 No Minimum value of
  Z"; "The correct answer is Option (3) → 60"). 3 cases (3 False).
- www.egtry.com "integer-programming-branch-and-bound/rounding-is-not-enough/" ("Rounding the LP
  point gives (1, 2), but x plus three y equals 7 and the limit is 6"; "The feasible point (1, 1)
  has z=3"; "The true integer optimum is (0, 2) with z=4"; LP optimum "(6/5, 8/5)", "optimal
  z=22/5"). 4 cases (4 False).

Sources of bench/equiv_fresh118_a2.py:

- cuetmock.com questions MTXVGWF33Z (choices 24, 30, 36, 28; "Option (1) → 24"), 8F2WSCMETP
  (choices 0, 7, 8, 10; "Option (3) → 8"), U9AMJAQCB6 (choices 3, 14, 8, 10; "Option (4) → 10"),
  VSUMUMPR7T (choices 12, 10, 8, 4; "Option (2) → 10"), FEJN5PG5ZS (choices 0, 31, 36, 40;
  "Option (2) → 31"). 15 cases (15 False), 3 a page.
- www.math.psu.edu "vstein/F7.m32a.html" (an answer key: "r=1/4c1+3/4c4=[1/4,0,0,3/4,0]",
  "p=(10r1+2r3)/12=[10,0,2]^T/12", "q=(7c2+5c3)/12=[0,7,5,0]/12", "x=-29/5=-5.8",
  "y=28/5=5.6"). 5 cases.
- studylib.net doc 17904075 (a student's answers with the grader's notes, same course: "Row
  player's mixed strategy: (2R2+7R3)/9" ... "Optimal strategy for row player: (0, 2/9, 7/9)^T";
  "Column player's mixed strategy: (5C2+4C4)/9" ... "(0, 5/9, 0, 4/9)"; for #2 the reduced answers
  "(0,1/2 ,1/2, 0)^T" and "(0,0,1,0)", the grader's "[ In the terms of the original problem ...
  Optimal Strategy for Column Player: (0,0,0,0,1,0,0)" and the student's "slight change": "An
  optimal strategy for row player is: (0, 1/2 , 1/2 ,0,0)^T ... In my previous answer I did not
  include enough zeros"). 4 cases (2 False).
- math.techqa.club 2097746 (asker: "i know that the answer is p = 1/3 and q = 2/3"; answer:
  "$3q=2\Rightarrow q=\frac23$", "$3p=1\Rightarrow p=\frac13$"). 2 cases.
- justaaa.com economics 396604 (monopolist, P=40-Q, MC=4+Q; choices "a. 8 b. 9 c. 10 d. 11
  e. 12"; "Q = 36/3 = 12", "The profit maximizing level of output is 12 units. Hence, the correct
  answer is the option (e)."). 6 cases (4 False).
- erudites.ng "determine-the-equilibrium-price" (choices "A. N4 B. N8 C. N2 D. N10"; "Correct
  Answer: Option A"; "Equilibrium price = 32/8= 4", "Equilibrium price = N4"). 5 cases (3 False).
- byjus.com question-answer "suppose-the-demand-and-supply-equations-are-given-by-qd-110-10p-and-
  qs-100" ("⇒p=7 Hence equilibrium price = Rs. 7"). 1 case.
- www.algebra.com solution 852212 (question 1167294: "giving q = -20 or q = 10. Eliminate q = -20
  since it is negative. Therefore, q = 10"; "the market equilibrium point is (q, p) = (10, 35),
  which means that the market is in equilibrium when 10 units are sold at a price of $35").
  3 cases (2 False).
- www.shaalaa.com question-bank-solutions 241693 (North West corner rule: "Total cost = (7 × 1) +
  (3 × 0) + (9 × 4) + (1 × 1) + (10 × 5) = 7 + 0 + 36 + 1 + 50 = ₹ 94"). 1 case.

70 cases in all (46 False): 28 here (20 False), 42 in bench/equiv_fresh118_a2.py (26 False).

Removed by the project before the run (9 cases, 4 of them False): the four cases of the egtry
integer-programming lesson, a page this helper flagged as possibly machine-written; and five
mixed strategies written as combinations of named rows and columns (`1/4c1+3/4c4` for
`[1/4,0,0,3/4,0]`), which read as vectors only with the page's names (all five in
``equiv_fresh118_a2``). The counts below are those before the removal.

Left out, by rule: approximations (gradesaver 7.6-14's "\frac{110}{3}\approx36.7", the corner
"(2.3,0)" of qammunity 15700111, "(2.33,0)" of jsfiddle 13841397, the key's "Mean=40/13=3.07692"
at math.psu.edu); a form the text conversion garbled (math.psu.edu's "[1/4,0,0,03/4]^T", the
grader's "(0,1/2,1/2,0.0)^T" typo at studylib 17904075, fliphtml5's Applied Finite Mathematics
19.4, whose stacked matrices ".7 .3" and ". .4" ran together, coursehero's s155 and ps10sol
previews); pairs that need the question to decide (cuetmock MTXVGWF33Z's "Maximum value = 24 at
$(0,6)$" against the asked-for value 24; cuetmock PSC4ASC4P7's "15 at $D(3, 3)$", a mislabelled
corner); the studylib student's answer 4 (a solution valid only for t not ¼, outside the topic);
trivial identities ("P=6" against "6", testbook's "QD = 24" against 24); gradesaver 7.6-8 ("maximum
$z(2,6)= 38$, occurs at $(2,6)$", one form only, though claimed).

Examined and not used: machine-written or generated-looking pages (math-gpt.org, questionai,
gauthmath, smartsolve.ai, edu.com homework-helper, askai.glarity, math-master.org, atlas.org,
openknowledgegraph.com, hacksat.net, dylancodedev flashcards, jiskha's bot answers 2098226,
2451566, 2451567 and 2487202 and askanewquestion 2098226, Brainly-style "Final answer" pages
qammunity 19729024, 20942825, 19812770 and qamnty 21573425, 21648310, 20825662, the a.simonm.io
difficulty blurbs); pages with one form only (brainmass 17356, the professor's "Row Player Value =
4/3 ... (2/3,1/3)"; qammunity 11644715, 18086167, 10570656, 1836630; ja3.jsfiddle 13841397;
askfilo NCERT 12.1; cdquestions; tardigrade; wizedu 367203; sarthaks 202650; jiskha 1373990380;
studylib 9490630; techwhiff 167556; enotes 384649; afternotes.info; mockers.in test-44980;
math.techqa.club 1609111 and 3971377; the Edexcel D2 mark schemes at a.simonm.io 23125, 23137 and
23314); multiple-choice pages whose choices or key were not stored (adda247's North-West corner
question, gateoverflow ugcnet-dec2015-iii-54, testbook 6925b8ff, brainmass 81172, the gtu-mcq and
slidepub theory quizzes, rasmusen.org's self-test with interval choices); pages whose answer is
in doubt (homeworksource 1146153 solves "-x1 + 3x2 <= 18" for a question with 8; petfoodhonesty
14748234's "Equilibrium quantity: 40 units" where its own line gives 60 - 40 = 20); student work
with no checker (scribd 613671988, "p 0.4" and "40% of the time"; wepapers' best responses);
Lagrange-multiplier pages (lamar, ucla ronmiech, ubc wiki, ximera, gkerns, assignmentexpert
201301, mathskey), whose formulas the text conversion lost, and chiefdelphi's thread (no
second form); university Cournot and monopoly problem pages (tutorsglobe, brainmass, solutioninn,
mywordsolution), which store only the questions.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

GS = "www.gradesaver.com"
_GS_BLITZER = (
    "textbooks/math/precalculus/precalculus-6th-edition-blitzer/"
    "chapter-7-section-7-6-linear-programming-exercise-set-page-872/"
)
GS_872_5 = "https://gradesaver.com/" + _GS_BLITZER + "5"
GS_872_10 = "https://www.gradesaver.com/" + _GS_BLITZER + "10"
GS_872_11 = "https://gradesaver.com/" + _GS_BLITZER + "11"
GS_872_14 = "https://gradesaver.com/" + _GS_BLITZER + "14"
QAM = "qammunity.org"
QAM_157 = "https://qammunity.org/15700111"
QAM_346 = "https://qammunity.org/3466082/?show=3466083"
JSF = "ja3.jsfiddle.net"
JSF_687 = "https://ja3.jsfiddle.net/parte/6871945"
VD = "vidyadip.com"
VD_376 = (
    "https://vidyadip.com/ask/question/the-solution-of-linear-programming-problem-maximize-"
    "z3-x15-x2-subject-to-3-x1-2-x2-leq-18-_3768427"
)
CUET = "cuetmock.com"
CUET_PSC = "https://cuetmock.com/questions/PSC4ASC4P7"
CUET_394 = "https://cuetmock.com/questions/3944KW2W4U"
CUET_3GF = "https://cuetmock.com/questions/3GFGW4F3JQ"
EGT = "www.egtry.com"
EGT_RND = "https://www.egtry.com/integer-programming-branch-and-bound/rounding-is-not-enough/"
# sources of bench/equiv_fresh118_a2.py
CUET_MTX = "https://cuetmock.com/questions/MTXVGWF33Z"
CUET_8F2 = "https://cuetmock.com/questions/8F2WSCMETP"
CUET_U9A = "https://cuetmock.com/questions/U9AMJAQCB6"
CUET_VSU = "https://cuetmock.com/questions/VSUMUMPR7T"
CUET_FEJ = "https://cuetmock.com/questions/FEJN5PG5ZS"
PSU = "www.math.psu.edu"
PSU_F7 = "http://www.math.psu.edu/vstein/F7.m32a.html"
SL = "studylib.net"
SL_179 = "https://studylib.net/doc/17904075/kelsey-mckee-1.-1%E2%80%99-2"
TQ = "math.techqa.club"
TQ_209 = "https://math.techqa.club/min-max-game-theory-solution-what-am-i-doing-wrong-2097746"
JA = "justaaa.com"
JA_396 = "https://justaaa.com/economics/396604-a-monopolist-faces-a-demand-curve-given-by-p40-q"
ERU = "erudites.ng"
ERU_EQ = "https://erudites.ng/determine-the-equilibrium-price"
BYJ = "byjus.com"
BYJ_QD = (
    "https://byjus.com/question-answer/suppose-the-demand-and-supply-equations-are-given-by-"
    "qd-110-10p-and-qs-100"
)
ALG = "www.algebra.com"
ALG_852 = "https://www.algebra.com/cgi-bin/show-question-source.mpl?solution=852212"
SHA = "www.shaalaa.com"
SHA_241 = (
    "https://www.shaalaa.com/question-bank-solutions/find-the-initial-basic-feasible-solution-"
    "of-the-following-transportation-problem-i-ii-iii-demand-a-1-2-6-7-b-0-4-2-12-c-3-1-5-11-"
    "supply-10-10-10-using-north-wst-corner-rule-transportation-problem_241693"
)

CASES = [
    # gradesaver Blitzer 7.6: the maximum with its point against z(point)=value
    _c(
        GS,
        GS_872_5,
        gold=r"16, at (0,8)",
        pred=r"z(0,8)= 16",
        wrap=True,
        expected=True,
        why="'c. Maximum $ 16$, at $(0,8)$' ... 'as $z(0,8)= 16$, which occurs at $(0,8)$'",
    ),
    _c(
        GS,
        GS_872_10,
        gold=r"25 at (5,0)",
        pred=r"z(5,0)=25",
        wrap=True,
        expected=True,
        why="'c. maximum $ 25$ at $(5,0)$' ... 'is $z(5,0)=25$, which occurs at $(5,0)$'",
    ),
    _c(
        GS,
        GS_872_11,
        gold=r"16 at (4,0)",
        pred=r"z(4,0)=16",
        wrap=True,
        expected=True,
        why="'c. maximum $ 16$ at $(4,0)$' ... 'is $z(4,0)=16$, which occurs at $(4,0)$'",
    ),
    _c(
        GS,
        GS_872_14,
        gold=r"60 at (0,10)",
        pred=r"z(0,10)=60",
        wrap=True,
        expected=True,
        why="'c. maximum $ 60$ at $(0,10)$' ... 'is $z(0,10)=60$, which occurs at $(0,10)$'",
    ),
    # qammunity 15700111: x=1, y=4 against (1,4)
    _c(
        QAM,
        QAM_157,
        gold=r"x=1, y=4",
        pred=r"(1,4)",
        wrap=True,
        expected=True,
        why="'Answer: x=1, y=4' ... 'Hence, maximum value of P is 6 at (1,4).'",
    ),
    _c(
        QAM,
        QAM_157,
        gold=r"x=1, y=4",
        pred=r"x=1 and y=4",
        wrap=True,
        expected=True,
        why="'Answer: x=1, y=4' ... closing line 'x=1 and y=4'",
    ),
    # jsfiddle 6871945: optimum x = 3, y = 0; other corners give less
    _c(
        JSF,
        JSF_687,
        gold=r"x = 3, y = 0",
        pred=r"(3, 0)",
        wrap=True,
        expected=True,
        why="'(3, 0) | 15' ... 'Then, the maximum is x = 3, y = 0'",
    ),
    _c(
        JSF,
        JSF_687,
        gold=r"x = 3, y = 0",
        pred=r"(1.5, 1.5)",
        wrap=True,
        expected=False,
        why="reading: a corner the table rates lower: '(1.5, 1.5) | 1.5' against '(3, 0) | 15'",
    ),
    _c(
        JSF,
        JSF_687,
        gold=r"x = 3, y = 0",
        pred=r"(0,1)",
        wrap=True,
        expected=False,
        why="reading: a corner the table rates lower: '(0,1) | -4' against '(3, 0) | 15'",
    ),
    # qammunity 3466082: optimum x = 3, y = 0
    _c(
        QAM,
        QAM_346,
        gold=r"x = 3, y = 0",
        pred=r"(3, 0)",
        wrap=True,
        expected=True,
        why="'This occurs at x = 3, y = 0' ... '(3, 0) 5(3) + 2(0) = 15 (Maximum value)'",
    ),
    _c(
        QAM,
        QAM_346,
        gold=r"x = 3, y = 0",
        pred=r"(2, 2)",
        wrap=True,
        expected=False,
        why="reading: a corner rated lower: '(2, 2) 5(2) + 2(2) = 14' against 15 at (3, 0)",
    ),
    _c(
        QAM,
        QAM_346,
        gold=r"x = 3, y = 0",
        pred=r"(0, 3)",
        wrap=True,
        expected=False,
        why="reading: a corner rated lower: '(0, 3) 5(0) + 2(3) = 6' against 15 at (3, 0)",
    ),
    # vidyadip 3768427: multiple choice, B correct
    _c(
        VD,
        VD_376,
        gold=r"x_{1}=2, x_{2}=6, z=36",
        pred=r"x_{1}=2, x_{2}=0, z=6",
        wrap=True,
        expected=False,
        why="choice A; 'Correct option: B. $x_{1}=2, x_{2}=6, z=36$'",
    ),
    _c(
        VD,
        VD_376,
        gold=r"x_{1}=2, x_{2}=6, z=36",
        pred=r"x_{1}=4, x_{2}=3, z=27",
        wrap=True,
        expected=False,
        why="choice C; 'Correct option: B.'; 'Maximum value of $\\mathrm{Z}$ is $36 .$'",
    ),
    _c(
        VD,
        VD_376,
        gold=r"x_{1}=2, x_{2}=6, z=36",
        pred=r"x_{1}=4, x_{2}=6, z=42",
        wrap=True,
        expected=False,
        why="choice D; 'If we take the maximum value of Z as 42, x_{1}=4, x_{2}=6 ... 3 x_{1}+2 "
        "x_{2}=24 \\leq 18 which is not true'",
    ),
    # cuetmock PSC4ASC4P7: "Max Z = 15 at (3, 3)" is option (2)
    _c(
        CUET,
        CUET_PSC,
        gold=r"15 at (3, 3)",
        pred=r"13 at (2, 3)",
        wrap=True,
        expected=False,
        why="choice 'Max $Z = 13$ at $(2, 3)$'; 'The correct answer is Option (2) → Max $Z = 15$ "
        "at $(3, 3)$'",
    ),
    _c(
        CUET,
        CUET_PSC,
        gold=r"15 at (3, 3)",
        pred=r"18 at (0, 6)",
        wrap=True,
        expected=False,
        why="choice 'Max $Z = 18$ at $(0, 6)$'; correct is Option (2), 'Max $Z = 15$ at $(3, 3)$'",
    ),
    _c(
        CUET,
        CUET_PSC,
        gold=r"15 at (3, 3)",
        pred=r"12 at (6, 0)",
        wrap=True,
        expected=False,
        why="choice 'Max $Z = 12$ at $(6, 0)$'; correct is Option (2), 'Max $Z = 15$ at $(3, 3)$'",
    ),
    # cuetmock 3944KW2W4U: the minimum of Z = 3x - 4y occurs at (0, 8)
    _c(
        CUET,
        CUET_394,
        gold=r"(0, 8)",
        pred=r"(0, 0)",
        wrap=True,
        expected=False,
        why="choice '(0, 0)'; 'The correct answer is Option (3) → (0, 8)'",
    ),
    _c(
        CUET,
        CUET_394,
        gold=r"(0, 8)",
        pred=r"(5, 0)",
        wrap=True,
        expected=False,
        why="choice '(5, 0)' ($Z(5, 0) = 15$); 'Minimum value of Z = -32 at (0, 8)'",
    ),
    _c(
        CUET,
        CUET_394,
        gold=r"(0, 8)",
        pred=r"(4, 10)",
        wrap=True,
        expected=False,
        why="choice '(4, 10)' ($Z(4, 10) = ... = -28$); 'Minimum value of Z = -32 at (0, 8)'",
    ),
    # cuetmock 3GFGW4F3JQ: minimum of Z = 60x + 30y is 60
    _c(
        CUET,
        CUET_3GF,
        gold=r"60",
        pred=r"360",
        wrap=True,
        expected=False,
        why="choice '360' ($Z(6,0)$); 'The correct answer is Option (3) → 60'",
    ),
    _c(
        CUET,
        CUET_3GF,
        gold=r"60",
        pred=r"150",
        wrap=True,
        expected=False,
        why="choice '150' ($Z(0,5)$); 'Minimum value is $Z=60$ at $(1,0)$'",
    ),
    _c(
        CUET,
        CUET_3GF,
        gold=r"60",
        pred=r"No Minimum value of Z",
        wrap=True,
        expected=False,
        why="choice 'No Minimum value of Z'; 'The correct answer is Option (3) → 60'",
    ),
]
