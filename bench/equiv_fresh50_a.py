r"""A fiftieth fresh set of answer-equivalence cases (evaluation only; helper "a": analytic
geometry and geometry answers -- equations of lines, circles, parabolas, hyperbolas and planes in
different forms (slope-intercept, standard, point-slope with either point, expanded versus
completed-square), coordinates of midpoints and centres, normal vectors, radii and distances with
radicals, areas and volumes with π or as decimals, angles in degrees and radians -- where a tutor,
a textbook's or publisher's worked answer, or a forum answerer writes that two forms are the same).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; none of the pages was used by an earlier set (checked against bench/data/README.md,
bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py, bench/data/equiv_fresh4.md and
the claims folders /work/wt/fresh2*_claims ... fresh49_claims; each page was claimed in
/work/wt/fresh50_claims before use). Each case gives the reference answer (``gold``), the
prediction (``pred``: another form a person on the page equates with it, or the form the page
sets against it; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and
the verdict (``expected``) settled on the page, with no one on the page contradicting it. ``repo``
is the domain of the stored copy and ``where`` its full URL. There is no commit; every source is a
web page with no licence file. Only the text the search tool returned for a page (its excerpt) was
read. Do not tune the judge on these cases. Continued in bench/equiv_fresh50_a2.py (same rules;
its sources are listed below too).

Transcription: strings are copied as the stored page shows them. Where a person writes a chain
``A = B = C`` or a derivation ``A -> B -> C`` of one equation, the last form of the chain (the one
the page gives as the answer) is the gold and every earlier form a prediction, taken whole (no
step skipped). algebra.com's ``{{{...}}}`` display markers are dropped and adjacent blocks joined
as the page renders them (``{{{y-5=-2/3}}}{{{(x-3)}}}`` is ``y-5=-2/3(x-3)``; the page draws -2/3
as a stacked fraction in front of the bracket or the x). Socratic and Brainly copies keep their
LaTeX (``\left(...\right)``, ``[tex]`` stripped only where it wraps a whole formula). Units are
kept where the page writes them next to the value (``94.2 \text{ un}^3``).

Sources (domain, URL, what is settled; all "web page, no licence file"):

- www.algebra.com solution 782290 (question 1159296; tutor: "Answer: y = x + 1", "You can think of
  y = x+1 as y = 1x + 1", the point-slope steps, and "If you wish to have the equation in standard
  form ... -x+y = 1 .... technically this is in standard form ... x-y = -1"). 5 cases.
- www.algebra.com question 1159379 (jim_thompson5910: "There are two answers y - 7 = 2(x - 6) or
  y - 3 = 2(x - 4)", "Solving either ... leads to y = 2x-5"; slope m = (3 - 7)/(4 - 6) =
  (-4)/(-2) = 2). 5 cases.
- www.slideshare.net "equation-plane" 109718734 (El Paso Community College Math Center handout: u =
  <0-(-2), 2-1, 3-1> = <2, 1, 2>, normal "0i + 10j – 5k or <0, 10, -5>", plane 0(x-0) + 10(y-2) -
  5(z-3) = 0 ... 2y - z - 1 = 0). 7 cases.
- socratic.org "how do you graph x^2 + y^2 - 4x + 6y - 12 = 0?" (answerer's completed square,
  ending in (x - 2)^2 + (y - (-3))^2 = 5^2, "the standard form of the equation of a circle").
  3 cases.
- homework.cpm.org CPM Geometry Connections 12-25 (publisher's hint: V = 1/3 (π)(3^2)(10) = 30π =
  94.2 un^3; the last step is the page's rounding to tenths). 2 cases.
- slideplayer.com 6028161 (McDougal Littell Geometry slides, cone example: "= 144π Simplify. =
  452.389 Evaluate using a calculator"). 1 case.
- www.algebra.com solution 390638 (question 621067: "(-2)/3=-2/3=2/(-3)=(-1)*(2/3)" and the line
  y-5=-2/3(x-3) --> ... --> y=-2/3x+7). 6 cases.
- math.techqa.club 3849964 (mirror of a Mathematics Stack Exchange question; the best answer's
  chain (x+6)^2-3(y-3)^2 = -12 => ... => (x+6)^2/(√12)^2 - (y-3)^2/2^2 = -1). 3 cases.
- www.algebra.com solution 635289 (question 1019381: the asker's Y=-2x+3 for the line through (1,5)
  and (2,3); "The teacher told me that the correct answer was y=-2x+7", and the tutor's solver
  finds the same slope -2). 1 case (False).
- www.algebra.com question 174603 (nerdybill: y= (x-2)^2 -1 FOILed step by step to
  y= x^2 - 4x + 3, "standard form of a parabola"). 4 cases.
- qammunity.org 4785854 (answer "vertex form : y=(x-2)^2+9" for y=x^2-4x+13 by completing the
  square). 2 cases.
- code.policylink.org 12539215 (a copy of a Brainly answer: (x+3)^2+(y-4)^2=2^2 expanded to "The
  general form is; x^2+y^2+6x-8y+21=0"). 4 cases.
- www.algebra.com solution 21571 (question 35464: (x-4)^2 + (y+3)^2= 25 expanded to "standard
  form" x^2 + y^2 - 8x + 6y = 0). 2 cases.
- www.algebra.com solution 517197 (question 858395, Mrs. Figgy: (x+3)^2+(y+4)^2=52 to "The
  equation in general form is x^2+y^2+6x+8y-27=0"). 4 cases.
- www.gradesaver.com Algebra 1, 6-4 Standardized Test Prep, page 388, 31 (answer y=2x-5 from
  "y-1=2(x-3) y-1=2x-6 (Distribute) y=2x-5"; slope (3-1)/(4-3) = 2). 3 cases.
- qammunity.org 12317419 (y - 3 = 2 ( x - 2 ) to "The equation of the line is 2 x - y = 1").
  3 cases.
- partnerperformance.uonbi.ac.ke preguntia 10488983 (a copy of a Brainly answer: m = (11-5)/(3-1) =
  6/2 = 3; y - 5 = 3(x - 1) ... 3x - y = -2, "This is standard form of a line"). 6 cases.
- web2.0calc.com "write the equation for a line that intersects points (1,3) and (2,5)" (slope
  [5-3] / [2 - 1] = 2/1 = 2; y = 2(x - 1) + 3, y = 2x - 2 + 3, y = 2x + 1). 4 cases.
- www.wyzant.com 789826 (William W., tutor: slope (2 - 6)/(-1 - 3) = -4/-4 = 1, midpoint (3 +
  -1)/2 = 1 and (6 + 2)/2 = 4; "(y - 4) = -1(x - 1) ... y = -x + 5"). 5 cases.

Sources of bench/equiv_fresh50_a2.py:

- www.wyzant.com 848351 (Samantha U., tutor: m = (7- -1) / (2-6) = 8/-4 = -2; perpendicular
  bisector Y-3 =1/2(x-4), "Y= 1/2X+1", "-1/2x+y=1", "X-2y=-2"; the page types X and Y in capitals
  in some steps, kept as written). 5 cases.
- web2.0calc.ru members/cphill answerpage 2687 (CPhill: midpoint [ ( 1 + 7)/ 2, (2 + 4) / 2 ] =
  [ 8/2, 6/2 ] = ( 4, 3), slope [ 4 - 2 ] / [ 7 - 1 ] = 2 / 6 = 1 / 3, y = - 3 ( x - 4) + 3 ...
  y = -3x + 15). 6 cases.
- www.algebra.com solution 25551 (question 40114: centre ((-2 + 6)/2,(1 - 5)/2) ... (2,-2), radius
  d = sqrt((2 + 2)^2 + (-2 - 1)^2) ... d = 5). 6 cases.
- answer.ya.guru 2542873 (a copy of a Brainly answer: distance squared (5 - - 1)^2 + (2 - 3)^2 =
  ( 6)^2 + (-1 )^2 = 37; (x - - 1 )^2 + (y - 3)^2 = 37 written as (x + 1)^2 + (y - 3)^2 = 37).
  3 cases.
- www.algebra.com solution 392420 (question 623929, Mrs. Figgy: centre ((-9+1)/2 , (-2+1)/2) =
  (-4,-1/2), (x-(-4))^2 + (y-(-1/2))^2 = r^2 simplified, r^2 = 109/4, "sqrt(109/4)=(sqrt(109))/2=
  (1/2)*(sqrt(109))"). 7 cases.
- mathelounge.de 474895 (answer: "A = pi * 6^2 = 36*pi", "A120 = pi * 6^2 * 120/360 = 12*pi",
  "U = 2 * pi * 6 = 12*pi", "U120 = 2 * pi * 6 * 120/360 = 4*pi"). 4 cases.
- archive.laminart.com 29003212 (a copy of a Brainly answer: sector area "\frac{1}{6}\cdot\pi\cdot9^2
  =\frac{27}{2}\pi"). 1 case.
- www.gradesaver.com Algebra 2 (1st ed.) 13-2 exercises, page 863, 38 ("40° = (40°) × (π
  radians/180°) = 2π/9 radians"). 1 case.
- www.wyzant.com 774818 (Nevin H., tutor: y - 5 = 3(x - 2), y - 5 = 3x - 6, "y = 3x - 1", checked
  by a second method). 2 cases.
- mathleaks.com Big Ideas Math Integrated Mathematics 1 (2016) 4, 167-5 ("y= 3x+( -2) ⇒ y=3x-2").
  1 case.
- www.algebra.com solution 315405 (question 459899, Edwin: y = 3x² - 6x + 5 completed step by step
  to y = 3(x - 1)² + 2). 7 cases.
- qammunity.org 21239141 ("Answer: y = 2(x + 2)² - 5" for y = 2x² + 8x + 3, every step). 4 cases.
- indextestingapp.uonbi.ac.ke preguntia 14563426 (a copy of a Brainly answer: "g(x) = 2(x-2)^2-5 is
  equivalent to 2x^2-8x+3", with the steps). 4 cases.
- api-project-1022638073839.appspot.com (socratic's mirror) "what is the equation of the circle
  with a center at (2, -3) and a radius of 5?" ("(x-2)^2+(y-(-3))^2=5^2 This simplifies to be
  (x-2)^2+(y+3)^2=25"). 1 case.
- www.maths.com geometry/coordinate-geometry/equation-of-a-circle ((x + 2)^2 + (y - 3)^2 = 5^2
  rewritten as [x + 2]^2 + [y - 3]^2 = 5^2 and [x - (-2)]^2 + [y - (3)]^2 = (5)^2). 2 cases.
- socratic.org "how do you find the midpoint of (-2,-1); (5,4)?" ("(3/2, 3/2) or (1.5, 1.5)").
  2 cases.
- socratic.org 580776e011ef6b51cf323976 (midpoint coordinates 1/2(-1 + 1) = 0 and 1/2(2 - 3) =
  -1/2). 2 cases.
- www.algebra.com solution 43084 (question 62326: sphere volume with π = 3.14, "V = (4/3)(3.14)
  (3^3)", ..., "V = 113.04"). 3 cases.

Left out, by rule: forms the page marks as approximations ("about 452 cubic feet", "V ≈ 4.2",
mathelounge's "36*pi = 113.1 cm²" and the other rounded lengths and areas, laminart's 42.4115
computed with π = 3.1416, algebra.com 4839's "some books want you to substitute 3.14"); pairs
whose stated value is arithmetically wrong on the page (algebra.com 315405's first chain, which
factors -2x² + 8x + 3 as -2(x² + 4x) + 3, so every later form of that chain differs from the
given parabola; urbandictionary's "y-2=3(x)+3(1)"); steps that carry a word or a unit inside the
formula (gradesaver 13-2's "(40°) × (π radians/180°)", mathelounge's "rG = ... = 2 cm"); the
askers' own working that no answerer checks (techqa 3849964's completing of the square); format
policies that are not about the value (wyzant 848351's "Standard cannot have fractions nor
negative A": -1/2x+y=1 and X-2y=-2 are kept as the same line, with no False case for the form);
Mrs. Figgy's "16+36 = r^2" (the next line says "Substitute 36 for r^2" yet writes 52).

Lost formulas, skipped and never rebuilt: algebra.com's URL-encoded solver pages (embed-solution
61308, 63667, 591674; Mathtut's answer to 174603), mathskey.com work pages (every formula empty),
web2.0calc's "x2+y2-8x-4y+11=0" (exponents flattened), socratic answers whose formulas lost their
text (the "x^2 + y^2 - 4x + 6y - 12 = 0" radius question, the appspot "(2,9) and (1,3)" page),
ya.guru 7070188 and qammunity 13235967 / 2505906 / 1240296 (fractions split into single
characters or dropped), the Army quartermaster course QM0115 solutions (two answer columns run
together line by line, so which value goes with which sum would have to be rebuilt), intmath,
mymathforum 37840 and mathhelpforum 194707 (formulas gone or no reply in the stored text).

Examined and not used: the ARQMath copy of MSE 95518 and math.techqa.club 1855178 (used by earlier
sets), geneseo 222Err and chalkdust (used by earlier sets), openstudy 560f8cfae4b0fa7de699add8
(the helper answers "No" to y=3x-5 for the line through (2,1) and (3,4), which is that line, then
accepts y−1=3(x−2): the page contradicts itself), scienceaq 81 (the vertex it states is wrong),
algebra.com 239135 (the asker's wrong line is not written out), askanewquestion, gauthmath, vaia,
studyquestionhub, mathix, mysovi, smartsolve, solvelyapp, gaviki, nursespath, practicetestvault,
openknowledgegraph, academia-aeternum, edu.com, tooldone and eokultv pages (machine-written
solutions), a.simonm.io mark schemes (LLM-transcribed, as earlier sets found), pressbooks and
OpenStax chapters (the excerpt stops before any worked example).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c


def _w(repo: str, where: str, gold: str, pred: str, ok: bool, why: str) -> dict[str, object]:
    return _c(repo, where, gold=gold, pred=pred, wrap=True, expected=ok, why=why)


def _chain(repo: str, where: str, gold: str, preds: list[str], why: str) -> list[dict[str, object]]:
    """Every earlier form of one written chain against its last form (all True)."""
    return [
        _w(repo, where, gold, p, True, f"{why}; step {i + 1} of the chain")
        for i, p in enumerate(preds)
    ]


ALG = "www.algebra.com"

ALG_SRC = "https://www.algebra.com/cgi-bin/show-question-source.mpl?solution="

ALG_782290 = ALG_SRC + "782290"

ALG_1159379 = (
    "https://www.algebra.com/algebra/homework/Linear-equations/"
    "Linear-equations.faq.question.1159379.html"
)

ALG_390638 = ALG_SRC + "390638"

ALG_635289 = "http://www.algebra.com/cgi-bin/embed-solution.mpl?solution=635289"

ALG_174603 = (
    "https://www.algebra.com/algebra/homework/quadratic/lessons/quadform/"
    "Quadratic_Equations.faq.question.174603.html"
)

ALG_21571 = ALG_SRC + "21571"

ALG_517197 = ALG_SRC + "517197"

SS = "www.slideshare.net"

SS_AT = "https://www.slideshare.net/slideshow/equation-plane/109718734"

SOC = "socratic.org"

SOC_GRAPH = "https://socratic.org/questions/how-do-you-graph-x-2-y-2-4x-6y-12-0"

CPM = "homework.cpm.org"

CPM_AT = (
    "https://homework.cpm.org/category/CON_FOUND/textbook/gc/chapter/12/lesson/12.1.3/problem/12-25"
)

SP = "slideplayer.com"

SP_AT = "https://slideplayer.com/slide/6028161/"

TQ = "math.techqa.club"

TQ_AT = (
    "https://math.techqa.club/how-does-a-hyperbola-go-from-x-h-y-k-n-to-x-h-a-2-y-k-b-2-1-3849964"
)

QAM = "qammunity.org"

QAM_4785854 = "https://qammunity.org/4785854"

QAM_12317419 = "https://qammunity.org/12317419"

PL = "code.policylink.org"

PL_AT = "https://code.policylink.org/comparte/12539215"

GS = "www.gradesaver.com"

GS_A1 = (
    "https://www.gradesaver.com/textbooks/math/algebra/algebra-1/chapter-6-systems-of-equations-"
    "and-inequalities-6-4-application-of-linear-systems-standardized-test-prep-page-388/31"
)

UON = "partnerperformance.uonbi.ac.ke"

UON_AT = "https://partnerperformance.uonbi.ac.ke/preguntia/10488983"

W2C = "web2.0calc.com"

W2C_AT = (
    "https://web2.0calc.com/questions/write-the-equation-for-a-line-that-intersects-points-1-3-"
    "and-2-5"
)

WYZ = "www.wyzant.com"

WYZ_789826 = (
    "https://www.wyzant.com/resources/answers/789826/how-do-i-determine-an-equation-for-the-"
    "perpendicular-bisector-of-the-line-s"
)

CASES = [
    # algebra.com 782290: one line in slope-intercept, point-slope and standard forms.
    _w(
        ALG,
        ALG_782290,
        r"y = x + 1",
        r"y = 1x + 1",
        True,
        "'You can think of y = x+1 as y = 1x + 1'",
    ),
    _w(
        ALG,
        ALG_782290,
        r"y = x + 1",
        r"y - (-1) = 1(x - (-2))",
        True,
        "point-slope substitution solved for y = x + 1",
    ),
    _w(
        ALG,
        ALG_782290,
        r"y = x + 1",
        r"y + 1 = 1(x + 2)",
        True,
        "'subtracting a negative is the same as adding', solved for y = x + 1",
    ),
    _w(
        ALG,
        ALG_782290,
        r"y = x + 1",
        r"-x+y = 1",
        True,
        "'-x+y = 1 .... technically this is in standard form'",
    ),
    _w(
        ALG,
        ALG_782290,
        r"y = x + 1",
        r"x-y = -1",
        True,
        "'If you wish to have the equation in standard form ... x-y = -1'",
    ),
    # algebra.com 1159379: point-slope with either point, and the one slope-intercept form.
    _w(
        ALG,
        ALG_1159379,
        r"y - 7 = 2(x - 6)",
        r"y - 3 = 2(x - 4)",
        True,
        "'There are two answers y - 7 = 2(x - 6) or y - 3 = 2(x - 4)'",
    ),
    _w(
        ALG,
        ALG_1159379,
        r"y = 2x-5",
        r"y - 7 = 2(x - 6)",
        True,
        "'Solving either ... for y leads to y = 2x-5'",
    ),
    _w(
        ALG,
        ALG_1159379,
        r"y = 2x-5",
        r"y - 3 = 2(x - 4)",
        True,
        "'Solving either ... for y leads to y = 2x-5'",
    ),
    *_chain(
        ALG,
        ALG_1159379,
        r"2",
        [r"(3 - 7)/(4 - 6)", r"(-4)/(-2)"],
        "slope: m = (3 - 7)/(4 - 6) = (-4)/(-2) = 2",
    ),
    # EPCC Math Center handout: plane through three points.
    _w(
        SS,
        SS_AT,
        r"<2, 1, 2>",
        r"<0-(-2), 2-1, 3-1>",
        True,
        "P1P2 = u = <0-(-2), 2-1, 3-1> = <2, 1, 2>",
    ),
    _w(
        SS,
        SS_AT,
        r"<3, -1, -2>",
        r"<1-(-2), 0-1, -1-1>",
        True,
        "P1P3 = v = <1-(-2), 0-1, -1-1> = <3, -1, -2>",
    ),
    _w(
        SS,
        SS_AT,
        r"0i + 10j - 5k",
        r"i(-2+2) - j(-10) + k(-5)",
        True,
        "cross product: = i(-2+2) - j(-10) + k(-5) = 0i + 10j - 5k",
    ),
    _w(
        SS,
        SS_AT,
        r"<0, 10, -5>",
        r"0i + 10j – 5k",
        True,
        "'the normal vector is 0i + 10j – 5k or <0, 10, -5>'",
    ),
    *_chain(
        SS,
        SS_AT,
        r"2y - z - 1 = 0",
        [r"0(x-0) + 10(y-2) - 5(z-3) = 0", r"10y - 20 - 5z + 15 = 0", r"10y - 5z - 5 = 0"],
        "point-normal form simplified to the plane 2y - z - 1 = 0",
    ),
    # socratic: x^2 + y^2 - 4x + 6y - 12 = 0 in the standard form of a circle.
    _w(
        SOC,
        SOC_GRAPH,
        r"{\left(x - 2\right)}^{2} + {\left(y - \left(- 3\right)\right)}^{2} = {5}^{2}",
        r"x^2 + y^2 - 4x + 6y - 12 = 0",
        True,
        "the question's equation 'rearranged into the standard form' with centre (2, -3), radius 5",
    ),
    *_chain(
        SOC,
        SOC_GRAPH,
        r"{\left(x - 2\right)}^{2} + {\left(y + 3\right)}^{2} - {5}^{2}",
        [
            r"{x}^{2} + {y}^{2} - 4 x + 6 y - 12",
            r"\left({x}^{2} - 4 x + 4\right) + \left({y}^{2} + 6 y + 9\right) - 25",
        ],
        "0 = x^2+y^2-4x+6y-12 = (x^2-4x+4)+(y^2+6y+9)-25 = (x-2)^2+(y+3)^2-5^2",
    ),
    # CPM 12-25 and McDougal Littell slides: cone volumes, exact and by calculator.
    _w(
        CPM,
        CPM_AT,
        r"30 \pi",
        r"\frac{ 1 }{3 }(\pi)(3^2)(10)",
        True,
        "V = 1/3 (pi)(3^2)(10) = 30 pi",
    ),
    _w(
        CPM,
        CPM_AT,
        r"30 \pi",
        r"94.2 \text{ un}^3",
        True,
        "'= 30 pi = 94.2 un^3' (the page's '=' to tenths)",
    ),
    _w(
        SP,
        SP_AT,
        r"144π",
        r"452.389",
        True,
        "'= 144π Simplify. = 452.389 Evaluate using a calculator' (144π = 452.3893...)",
    ),
    # algebra.com 390638: forms of -2/3 and one line solved for y.
    *_chain(
        ALG,
        ALG_390638,
        r"-2/3",
        [r"(-2)/3", r"2/(-3)", r"(-1)*(2/3)"],
        "'(-2)/3=-2/3=2/(-3)=(-1)*(2/3)', 'It's like half a dozen and six'",
    ),
    *_chain(
        ALG,
        ALG_390638,
        r"y=-2/3x+7",
        [r"y-5=-2/3(x-3)", r"y-5=-2/3x+2", r"y=-2/3x+2+5"],
        "point-slope form 'transformed into the slope-intercept form'",
    ),
    # techqa 3849964 (MSE mirror): a hyperbola put in standard form by the best answer.
    *_chain(
        TQ,
        TQ_AT,
        r"\frac{(x+6)^2}{(√12)^2}-\frac{(y-3)^2}{2^2}=-1",
        [
            r"(x+6)^2-3(y-3)^2 = -12",
            r"\frac{(x+6)^2-3(y-3)^2}{12}=-1",
            r"\frac{(x+6)^2}{12}-\frac{3(y-3)^2}{12}=-1",
        ],
        "best answer's chain, 'h=-6, k=3, a=√12, b=2'",
    ),
    # algebra.com 635289: the asker's line against the teacher's.
    _w(
        ALG,
        ALG_635289,
        r"y=-2x+7",
        r"Y=-2x+3",
        False,
        "asker's 5=-2+b, 5-2=b, 3=b; 'The teacher told me that the correct answer was y=-2x+7'",
    ),
    # algebra.com 174603: vertex form of a parabola FOILed to standard form.
    *_chain(
        ALG,
        ALG_174603,
        r"y= x^2 - 4x + 3",
        [r"y= (x-2)^2 -1", r"y= (x-2)(x-2) -1", r"y= (x^2-4x+4) -1", r"y= x^2-4x+4 -1"],
        "nerdybill: 'FOIL the right term' to the standard form of the parabola",
    ),
    # qammunity 4785854: standard form to vertex form.
    *_chain(
        QAM,
        QAM_4785854,
        r"y=(x-2)^2+9",
        [r"y=x^2-4x+13", r"y= x^2-4x+4 + 9"],
        "'To convert a parabola from standard form y=x^2-4x+13 to vertex form, we complete "
        "the square'",
    ),
    # policylink (Brainly copy): circle of centre (-3,4), radius 2, in general form.
    *_chain(
        PL,
        PL_AT,
        r"x^2+y^2+6x-8y+21=0",
        [
            r"(x+3)^2+(y-4)^2=2^2",
            r"(x+3)^2+(y-4)^2=4",
            r"x^2+6x+9+y^2-8y+16=4",
            r"x^2+y^2+6x-8y+16+9-4=0",
        ],
        "'The general form is; x^2+y^2+6x-8y+21=0'",
    ),
    # algebra.com 21571 and 517197: circles expanded to general form.
    *_chain(
        ALG,
        ALG_21571,
        r"x^2 + y^2 - 8x + 6y = 0",
        [r"(x-4)^2 + (y+3)^2= 25", r"x^2 -8x + 16 + y^2 + 6y + 9 = 25"],
        "'Expanding ... Write it in standard form'",
    ),
]
