r"""A seventy-eighth fresh set of answer-equivalence cases (evaluation only; helper "a": equations of
lines, planes and circles in alternative forms -- slope-intercept, point-slope, standard/general
and intercept form of a line, a plane's point-normal, dot-product, parametric and scalar forms
and their nonzero multiples, a circle's general (expanded) and centre-radius (completed-square)
form -- where a page says two forms are the same line, plane or circle, or that two equations are
different ones (parallel or intersecting, not coincident)).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/, and checked against /work/wt/fresh*_claims/claims.txt; each page was
claimed in /work/wt/fresh78_claims/claims.txt before use). Each case gives the reference answer
(``gold``), the prediction (``pred``: another form the page gives as the same line, plane or
circle, or an equation the page says is a different one) and the verdict (``expected``) settled on
the page, with no one on the page contradicting it. Every pred is a bare equation or expression to
be put in ``\boxed{}``, so ``wrap`` is always True. ``repo`` is the domain of the stored copy and
``where`` its full URL. There is no commit; every source is a web page with no licence file. Only
the text the search tool returned for a page (its excerpt) was read. Do not tune the judge on
these cases. Continued in bench/equiv_fresh78_a2.py (same rules; its sources are listed below too).

Transcription: strings are copied as the stored page shows them, spacing included ("x + 2y - 4
=0", "3 x+15 y+21 z=9", "Y-19= 11(x-3)" with the tutor's capital Y), with "²", "−" (U+2212) and
LaTeX kept as stored (a line break inside a stored formula is read as a space). Dropped only:
math delimiters ($ ... $, \( ... \)) and labels such as "P_1 :" or "P_{1}=" in front of an
equation (numerade, esaral); socratic markup on the api-project appspot copies ("#", "rArr" and
the "larrcolor(red)..." captions); the "\begin{align}" wrapper and the "\qquad (1)" tags around
the parametric planes of math.techqa.club 4598609. Where a page converts
one form into another, the gold is the form the question asks for (or the page's first answer) and
each other form the page writes for it is a True case. Where a page classifies two equations by
the ratios of their coefficients, the gold is the given (or first) equation and the pred the other:
coincident lines or identical planes are True; parallel (distinct) or intersecting ones are False,
since they are not the same line or plane.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- webwork.maa.org forum discuss.php?d=3007 (Carl Yao: "if the answer I want is y-1=2(x-3),
  students can enter y=2x-5 and it's counted right"; "They can enter 2x-6 and it would still be
  counted right"). 2 cases.
- cl.desmos.com t/checking-correctness-of-an-equation/2116 (a teacher wants "y = 30x-6 as well as
  equivalent forms of slope such as y = 60/2 x -6" marked correct). 1 case.
- www.wyzant.com 709556 (point-slope "y-3 = 2(x-1)", slope-intercept "y = 2x+1", standard form
  "-2x + y = 1"), 774955 ("y - 1 = 1(x - 2)" ... "1 = x - y" "x - y = 1"), 425321 ("y = x -1" ...
  "-x + y = -1 or x - y = 1"), 735938 ("Y-19= 11(x-3)" simplified to "Y=11x-14"). 8 cases.
- petfoodhonesty.com responto/6151992 (a Q&A copy: "y - 3 = 2(x - 4). An alternative form of this
  equation would be y = 3 + 2x - 8, or y = 2x - 5"). 2 cases.
- math.techqa.club 1885503 ("y - 3 = 1(x - 2)" and "y = 1(x) + 1": "They are essentially the
  same."). 1 case.
- api-project-1022638073839.appspot.com (socratic copy) line through (5,-1) and (8,-3)
  ("y=-2/3x+7/3" in slope-intercept form, "3y=-2x+7", "2x+3y=7" in standard form). 2 cases.
- jwbales.us precal solutions ex2.1.5 (intercept form x/3 + y/2 = 1 in \dfrac, "the slope-intercept
  version" y=-\frac{2}{3}x+2). 1 case.
- ximpledu.com en-us/intercept-form (example 1: "x/(-3) + y/2 = 1" changed to slope-intercept form,
  "So y = (2/3)x + 2 is the answer."). 1 case.
- www.shaalaa.com 62650 ("9x + 3y + 12 = 0, 18x + 6y + 24 = 0" coincide). 1 case.
- www.askiitians.com forums 443049 ("6x - 3y + 10 = 0" and "2x - y + 9 = 0" are parallel).
  1 case (1 False).
- byjus.com given-the-linear-equation-2x-3y-8-0 ... -1 (lines to go with 2x + 3y - 8 = 0:
  intersecting "x + 2y - 4 =0", parallel "4x + 6y - 12 = 0", coincident "4x + 6y - 16 = 0").
  3 cases (2 False).
- philoid.com 89052 (coincident 3x + 2y − 4 = 0 and 6x + 4y − 8 = 0; parallel x − y = 0 and
  3x − 3y + 5 = 0; intersecting 2x + y − 1 = 0 and 3x + 2y + 5 = 0). 3 cases (2 False).

Sources of bench/equiv_fresh78_a2.py:

- www.thestudentroom.co.uk showthread.php?t=106760 ("x² + y² - 6x + 4y -12 = 0" completed to
  "(x - 3)² - 9 + (y + 2)² - 4 -12 = 0" and "(x - 3)² + (y + 2)² = 25"). 2 cases.
- homeworksource.com 1006161 ("x^2 + y^2 +4x -6y -12 =0" completed to "(x +2)^2 + ( y -3)^2 = 25")
  and 1078605 ("-(x-1)+2y-6(z-1)=0" and "-x+2y-6z=-7"). 3 cases.
- api-project-1022638073839.appspot.com (socratic copy) circle with centre (-4,-3)
  ("(x+4)^2+(y+3)^2=37" expanded to the general equation "x^2+y^2+8x+6y-12=0"). 2 cases.
- qammunity.org 10853150 ("(x+2)² + (y-1)² = 2²", "= 4", expanded "x² + y² + 4x - 2y + 1 = 0").
  2 cases.
- edshare.soton.ac.uk id/document/7186 (plane (i): the dot-product form, "2(x - 5) + 2(y - 7) -
  7(z + 6) = 0" and "2x + 2y - 7z = 66"). 2 cases.
- people.tamu.edu ~fulling/hwk/311s99/nguyenM/1_2_8 ("12x-4y-8z=4 And simplified further ...
  3x-y-2z=1"). 1 case.
- www.math.ucla.edu ~ronmiech 717_53 ("1 (x + 1 ) - 2 ( y - 2 ) + 4 ( z - 1 ) = 0" and
  "x - 2y + 4z = -1"). 1 case.
- math.techqa.club 2449533 (the asker's "2x-y+2z-6=0 which can be transformed to
  z=-x+\frac12y+3"; the answer faults only the cross product) and 4598609 (two parametric planes,
  both giving 20x_1-4x_2+5x_3=21, "describe the same plane"; answer: "Indeed they are."). 4 cases.
- www.numerade.com which-of-the-following-four-planes-are-parallel ... ("P_2 and P_3 are parallel,
  P_1 and P_4 are identical"; "P one and P two are not identical"). 3 cases (2 False).
- esaral.com q/consider-the-three-planes-32782 (P1 "3 x+15 y+21 z=9" = "x+5 y+7 z=3", P3 "2 x+10
  y+14 z=5" = "x+5 y+7 z=5 / 2", P1 parallel to P3). 3 cases (1 False).
- sites.google.com view/simsys/2-planes ("z = 3x + 2y - 3 can be rewritten as 3x + 2y - z = 3",
  "could be represented as 6x + 4y - 2z = 6"; "z = 3x + 2y + 4" is parallel, never meets it).
  3 cases (1 False).
- mathwords.com //p/parallel_planes.htm ("2x + 3y − z = 5 and 4x + 6y − 2z = 18" parallel and
  distinct; dividing the second by 2 gives "2x + 3y − z = 9"). 2 cases (1 False).

54 cases in all (10 False): 26 here (5 False), 28 in bench/equiv_fresh78_a2.py (5 False).

Left out, by rule: forms whose text the stored copy cut or garbled (wyzant 709556's standard form
after "multiply everything by -1", cut off; edshare 7186's planes (ii), (iii) and its verdict on
which planes are equal, cut off; the appspot circle's "(x-(-4)^2+(y-(-3)^2=(sqrt37)^2" with
unbalanced brackets; ximpledu's example 2, whose given equation is not in the stored text);
statements the page only implies (esaral's P1 and P2, not parallel only because one option is
right; homeworksource 1006161's two circles (x + 2)^2 + (y - 3)^2 = 9 and radius 5, never
compared; math.techqa.club 2449533's correct plane, never written as an equation); lone forms with
no second form (the desmos thread's "y=-x+2" and "2x+3y=-3"); centres and radii read off a
circle, which are not equations of it.

Examined and not used: pages earlier sets used -- math.techqa.club 1855178 (the plane
"-x+4y+z=-10" refused for "-14"), slideshare 109718734, web2.0calc's line through (1,3) and
(2,5), wyzant 774818, edshare 7961, learnatnoon 15562, and the cs.rit.edu ARQMath zip
95518_2012 (a book's "y= \frac{3}{10}x + \frac{47}{10}" against the asker's line); the
jtaylor1142001.net plane page (domain examined by an earlier set); pages whose own statements are
wrong or disputed (mathemerizecom.web.app gives "4x + 3y – 16 = 0" as coincident with 2x + 3y – 8
= 0; partnerperformance.uonbi.ac.ke 3459722, two answers disagreeing on the centre; askanewquestion
3158166, a bot naming C while "-2x + y = 11" among the options is the same line; askanewquestion
1985717, a bot and a reader disagreeing; answer.ya.guru 3780784, whose "3x-2y=2" does not follow
from its "1=3x-2y"); pages whose formulas the text conversion lost (CPM 9-79, mathleaks Ron-Jon,
byjus intercept-form, wyzant 23949, achieve.org 630, mathskey pages, brainly.ph 293709); other
copies of exercises already taken (vidyadip, eduprobe, primerankers, sarthaks 2202 and
sarl-renoleau.fr for the 2x + 3y - 8 = 0 exercise; gradesaver Calculus 8th 12.5 #67 for the
four-plane exercise); mark schemes that list no second form (mathsvault.uk single-topic answers,
"Accept algebraically equivalent correct forms" only); webwork forum d=374 and d=4515 (checker
set-up, no pair of forms settled); openstudy 4df2a837 (only "parallel" in a
parallel/perpendicular/neither question); algebra.com, jiskha.com (and its askanewquestion
946071 copy) and a.simonm.io by rule; AI-generated or generated pages (gauthmath, questionai,
mysovi, guidefoot, edu.com, smartsolve, math-gpt.org, studdy.ai, gradora.ai "machine-verified",
testprepmagic, tooldone.com, anabel.icu, soulshift.co.in, texascbe, and the mis.kyeop.go.ke,
parkcity and lets-diy copies of the Trish/Demetri question).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

WW = "webwork.maa.org"
WW_3007 = "https://webwork.maa.org/moodle/mod/forum/discuss.php?d=3007"
DES = "cl.desmos.com"
DES_2116 = "https://cl.desmos.com/t/checking-correctness-of-an-equation/2116"
WYZ = "www.wyzant.com"
WYZ_709556 = "https://www.wyzant.com/resources/answers/709556/write-the-equation-of-a-line-passing-through-points-1-3-and-2-5-in-point-sl"
WYZ_774955 = "https://www.wyzant.com/resources/answers/774955/write-the-equation-of-the-line-that-contains-the-indicated-pair-of-points-e"
WYZ_425321 = "https://www.wyzant.com/resources/answers/425321/write_the_equation_of_the_line_that_contains_the_indicated_pair_of_points_express_the_final_equation_in_standard_form_2_1_6_5"
WYZ_735938 = "https://www.wyzant.com/resources/answers/735938/help-with-calculus-please"
PFH = "petfoodhonesty.com"
PFH_6151992 = "https://petfoodhonesty.com/responto/6151992"
TQ = "math.techqa.club"
TQ_1885503 = "https://math.techqa.club/what-s-the-difference-between-using-these-two-formulas-to-find-the-equation-of-a-line-1885503"
APP = "api-project-1022638073839.appspot.com"
APP_LINE = "https://api-project-1022638073839.appspot.com/questions/how-do-you-write-the-equations-of-a-line-passing-through-5-1-and-8-3-in-standard"
JWB = "jwbales.us"
JWB_215 = "https://jwbales.us/precal/solutions/ex2.1.5.html"
XIM = "ximpledu.com"
XIM_INT = "https://ximpledu.com/en-us/intercept-form/"
SHA = "www.shaalaa.com"
SHA_62650 = "https://www.shaalaa.com/question-bank-solutions/on-comparing-ratios-1-2-b-1-b-2-c-1-c-2-without-drawing-them-find-out-whether-lines-representing-following-pair-linear-equations-intersect-linear-equations-in-two-variables_62650"
ASK = "www.askiitians.com"
ASK_443049 = "https://www.askiitians.com/forums/10-grade-maths/on-comparing-the-ratios-a1-a2-b1-b2-and-c1-c2-and_443049.htm"
BYJ = "byjus.com"
BYJ_2X3Y = "https://byjus.com/question-answer/given-the-linear-equation-2x-3y-8-0-write-another-linear-equation-in-two-variables-1"
PHI = "philoid.com"
PHI_89052 = "https://philoid.com/question/89052-classify-the-following-pairs-of-lines-as-coincident-parallel-or-intersecting-i-2x-y-1-0-and-3x-2y-5-0-ii-x-y-0-a"
# sources of bench/equiv_fresh78_a2.py
TSR = "www.thestudentroom.co.uk"
TSR_106760 = "https://www.thestudentroom.co.uk/showthread.php?t=106760"
HWS = "homeworksource.com"
HWS_1006161 = "https://homeworksource.com/p/1006161/show-all-work-for-full-credit-exam-is-worth-120-points-but"
HWS_1078605 = "https://homeworksource.com/p/1078605/find-the-normal-vector-and-the-plane-passing-through-the-lin"
APP_CIRC = "https://api-project-1022638073839.appspot.com/questions/what-is-the-general-form-of-the-equation-of-a-circle-whose-center-is-4-3-and-con"
QAM = "qammunity.org"
QAM_10853150 = "https://qammunity.org/10853150/?show=10853152"
EDS = "edshare.soton.ac.uk"
EDS_7186 = "http://edshare.soton.ac.uk/id/document/7186"
TAMU = "people.tamu.edu"
TAMU_128 = "https://people.tamu.edu/~fulling/hwk/311s99/nguyenM/1_2_8.html"
UCLA = "www.math.ucla.edu"
UCLA_717 = (
    "http://www.math.ucla.edu/~ronmiech/Calculus_Problems/32A/chap11/section5/717d53/717_53.html"
)
TQ_2449533 = "https://math.techqa.club/equation-of-a-plane-by-given-3-points-2449533"
TQ_4598609 = "https://math.techqa.club/verifying-that-these-2-parametric-equations-describe-the-same-plane-4598609"
NUM = "www.numerade.com"
NUM_4PL = "https://www.numerade.com/questions/which-of-the-following-four-planes-are-parallel-are-any-of-them-identical-p_1-3x-6y-3z-6-p_2-4x-12y-/"
ESA = "esaral.com"
ESA_32782 = "https://esaral.com/q/consider-the-three-planes-32782"
SIM = "sites.google.com"
SIM_PL = "https://sites.google.com/view/simsys/2-planes"
MWD = "mathwords.com"
MWD_PAR = "http://mathwords.com//p/parallel_planes.htm"

CASES = [
    # webwork.maa.org forum d=3007: ImplicitPlane counts other forms of the point-slope line right
    _c(
        WW,
        WW_3007,
        gold=r"y-1=2(x-3)",
        pred=r"y=2x-5",
        wrap=True,
        expected=True,
        why="'if the answer I want is y-1=2(x-3), students can enter y=2x-5 and it's counted right'",
    ),
    _c(
        WW,
        WW_3007,
        gold=r"2(x-3)",
        pred=r"2x-6",
        wrap=True,
        expected=True,
        why="'I cannot force students to enter 2(x-3). They can enter 2x-6 and it would still be counted right.'",
    ),
    # cl.desmos.com 2116: a teacher's equivalent form of the slope
    _c(
        DES,
        DES_2116,
        gold=r"y = 30x-6",
        pred=r"y = 60/2 x -6",
        wrap=True,
        expected=True,
        why="'marked correct when they type ... y = 30x-6 as well as equivalent forms of slope such as y = 60/2 x -6'",
    ),
    # wyzant 709556: point-slope, slope-intercept and standard form of the line through (1,3), (2,5)
    _c(
        WYZ,
        WYZ_709556,
        gold=r"y-3 = 2(x-1)",
        pred=r"y = 2x+1",
        wrap=True,
        expected=True,
        why="'y-3 = 2(x-1) --> This is technically point-slope form' ... 'Let's go from y-3 = 2(x-1) --> y = mx + b' ... 'y = 2x+1'",
    ),
    _c(
        WYZ,
        WYZ_709556,
        gold=r"y-3 = 2(x-1)",
        pred=r"-2x + y = 1",
        wrap=True,
        expected=True,
        why="'format it into the other two forms' ... standard form from 'y = 2x+1': '-2x -2x *Move it on over' '-2x + y = 1'",
    ),
    # wyzant 774955: the line through (2,1), (5,4) in standard form
    _c(
        WYZ,
        WYZ_774955,
        gold=r"x - y = 1",
        pred=r"y - 1 = 1(x - 2)",
        wrap=True,
        expected=True,
        why="'y - 1 = 1(x - 2) now, multiply this out and put it in standard form' ... 'x - y = 1'",
    ),
    _c(
        WYZ,
        WYZ_774955,
        gold=r"x - y = 1",
        pred=r"1 = x - y",
        wrap=True,
        expected=True,
        why="last two lines of the working: '1 = x - y' 'x - y = 1'",
    ),
    # wyzant 425321: the line through (2,1), (6,5), standard form given two ways
    _c(
        WYZ,
        WYZ_425321,
        gold=r"x - y = 1",
        pred=r"-x + y = -1",
        wrap=True,
        expected=True,
        why="'Standard form is ax + by = c ... -x + y = -1 or x - y = 1'",
    ),
    _c(
        WYZ,
        WYZ_425321,
        gold=r"x - y = 1",
        pred=r"y = x -1",
        wrap=True,
        expected=True,
        why="'the equation is: y = x -1' ... 'subtract x from both sides -x + y = -1 or x - y = 1'",
    ),
    # wyzant 735938: tangent line in point-slope form, then simplified (capital Y as written)
    _c(
        WYZ,
        WYZ_735938,
        gold=r"Y=11x-14",
        pred=r"Y-19= 11(x-3)",
        wrap=True,
        expected=True,
        why="'So the equation is: Y-19= 11(x-3) Simplify: Y-19=11x-33 Y=11x-14'",
    ),
    _c(
        WYZ,
        WYZ_735938,
        gold=r"Y=11x-14",
        pred=r"Y-19=11x-33",
        wrap=True,
        expected=True,
        why="'Simplify: Y-19=11x-33 Y=11x-14'",
    ),
    # petfoodhonesty.com copy of a Q&A answer: tangent line and 'an alternative form'
    _c(
        PFH,
        PFH_6151992,
        gold=r"y - 3 = 2(x - 4)",
        pred=r"y = 3 + 2x - 8",
        wrap=True,
        expected=True,
        why="'y - 3 = 2(x - 4). An alternative form of this equation would be y = 3 + 2x - 8, or y = 2x - 5'",
    ),
    _c(
        PFH,
        PFH_6151992,
        gold=r"y - 3 = 2(x - 4)",
        pred=r"y = 2x - 5",
        wrap=True,
        expected=True,
        why="'An alternative form of this equation would be y = 3 + 2x - 8, or y = 2x - 5'",
    ),
    # math.techqa.club 1885503: y = mx + c and y - y1 = m(x - x1) give the same line
    _c(
        TQ,
        TQ_1885503,
        gold=r"y = 1(x) + 1",
        pred=r"y - 3 = 1(x - 2)",
        wrap=True,
        expected=True,
        why="'y - 3 = 1(x - 2) y = 1(x) + 1 Both of them produce the same results'; best answer: 'They are essentially the same.'",
    ),
    # api-project appspot (socratic copy): line through (5,-1), (8,-3); socratic markup dropped
    _c(
        APP,
        APP_LINE,
        gold=r"2x+3y=7",
        pred=r"y=-2/3x+7/3",
        wrap=True,
        expected=True,
        why="'y=-2/3x+7/3 ... in slope-intercept form' 'multiply all terms by 3' ... '2x+3y=7 ... in standard form'",
    ),
    _c(
        APP,
        APP_LINE,
        gold=r"2x+3y=7",
        pred=r"3y=-2x+7",
        wrap=True,
        expected=True,
        why="'multiply all terms by 3' '3y=-2x+7' '2x+3y=7 ... in standard form'",
    ),
    # jwbales.us precal exercise 2.1.5: intercept form and slope-intercept form
    _c(
        JWB,
        JWB_215,
        gold=r"\dfrac{x}{3}+\dfrac{y}{2}=1",
        pred=r"y=-\frac{2}{3}x+2",
        wrap=True,
        expected=True,
        why="'gives the result x/3+y/2=1. If we solve for y we get the slope-intercept version y=-2/3x+2'",
    ),
    # ximpledu.com intercept form, example 1
    _c(
        XIM,
        XIM_INT,
        gold=r"y = (2/3)x + 2",
        pred=r"x/(-3) + y/2 = 1",
        wrap=True,
        expected=True,
        why="'the linear equation in intercept form is x/(-3) + y/2 = 1. Change ... to slope-intercept form' ... 'So y = (2/3)x + 2 is the answer.'",
    ),
    # www.shaalaa.com 62650: a pair of lines that coincide
    _c(
        SHA,
        SHA_62650,
        gold=r"9x + 3y + 12 = 0",
        pred=r"18x + 6y + 24 = 0",
        wrap=True,
        expected=True,
        why="'9x + 3y + 12 = 0, 18x + 6y + 24 = 0' ... 'Thus, the lines representing the pair of linear equation coincide.'",
    ),
    # www.askiitians.com 443049: a pair of parallel (distinct) lines
    _c(
        ASK,
        ASK_443049,
        gold=r"6x - 3y + 10 = 0",
        pred=r"2x - y + 9 = 0",
        wrap=True,
        expected=False,
        why="'C1/C2 = 10/9, which is not equal' ... 'the ratio of the constants is not, the lines are parallel.'",
    ),
    # byjus.com: lines written to intersect, be parallel to, or coincide with 2x + 3y - 8 = 0
    _c(
        BYJ,
        BYJ_2X3Y,
        gold=r"2x + 3y - 8 = 0",
        pred=r"4x + 6y - 16 = 0",
        wrap=True,
        expected=True,
        why="'(iii) coincident lines' answer '(iii) 4x + 6y - 16 = 0'",
    ),
    _c(
        BYJ,
        BYJ_2X3Y,
        gold=r"2x + 3y - 8 = 0",
        pred=r"4x + 6y - 12 = 0",
        wrap=True,
        expected=False,
        why="'(ii) parallel lines' answer '(ii) 4x + 6y - 12 = 0'",
    ),
    _c(
        BYJ,
        BYJ_2X3Y,
        gold=r"2x + 3y - 8 = 0",
        pred=r"x + 2y - 4 =0",
        wrap=True,
        expected=False,
        why="'(i) intersecting lines' answer '(i) x + 2y - 4 =0'",
    ),
    # philoid.com 89052: pairs classified as coincident, parallel or intersecting
    _c(
        PHI,
        PHI_89052,
        gold=r"3x + 2y − 4 = 0",
        pred=r"6x + 4y − 8 = 0",
        wrap=True,
        expected=True,
        why="'Therefore, the lines 3x + 2y − 4 = 0 and 6x + 4y − 8 = 0 are coincident.'",
    ),
    _c(
        PHI,
        PHI_89052,
        gold=r"x − y = 0",
        pred=r"3x − 3y + 5 = 0",
        wrap=True,
        expected=False,
        why="'Therefore, the lines x − y = 0 and 3x − 3y + 5 = 0 are parallel.'",
    ),
    _c(
        PHI,
        PHI_89052,
        gold=r"2x + y − 1 = 0",
        pred=r"3x + 2y + 5 = 0",
        wrap=True,
        expected=False,
        why="'Therefore, the lines 2x + y − 1 = 0 and 3x + 2y + 5 = 0 intersect.'",
    ),
]
