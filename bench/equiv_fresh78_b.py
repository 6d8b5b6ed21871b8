r"""A seventy-eighth fresh set of answer-equivalence cases (evaluation only; helper "b": conic
sections and polar coordinates -- ellipses, hyperbolas and parabolas in standard, vertex and
expanded (general) form, asymptotes, directrices, foci and vertices as points, polar equations of
conics and lines, polar and rectangular coordinates of points with more than one polar name,
parametric curves put in Cartesian form, and a vector equation of a line -- where a textbook's
worked answer, a tutor, a forum answerer or an answer key settles which forms are the same answer
and which are not).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/, and checked against every /work/wt/fresh*_claims/claims.txt; each page was
claimed in /work/wt/fresh78_claims/claims.txt before use). Each case gives the reference answer
(``gold``), the prediction (``pred``: another form the page gives as the same answer, or a form the
page refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and the
verdict (``expected``) settled on the page, with no one on the page contradicting it. ``repo`` is
the domain of the stored copy and ``where`` its full URL. There is no commit; every source is a web
page with no licence file. Only the text the search tool returned for a page (its excerpt) was read.
Do not tune the judge on these cases. Continued in bench/equiv_fresh78_b2.py (same rules; its
sources are listed below too).

Transcription: strings are copied as the stored page shows them: LaTeX kept as LaTeX (``$`` and
``$$`` delimiters, Brainly's ``[tex]``/``[/tex]`` and Socratic's ``#`` markers dropped, the LaTeX
inside kept, spacing commands such as ``\ `` and ``\:`` kept), plain text kept as typed (``x²``,
``π``, ``°``, ``±``, unicode minus ``−`` and en dash ``–`` where the page has them, ``sec theta``
spelt out). Where a person writes a chain ``A = B = C`` or a derivation of one equation, the last
form (the one the page gives as the answer) is the gold and earlier forms are predictions, each
taken whole. A left side ``r =`` or ``x =`` is dropped only where the page's answer is the right
side alone (gradesaver p1022 #97, techqa 1912407); equations stay equations. A trailing ``\\`` line
break inside one ``[tex]`` block (idstudying) is dropped. Polar points are kept in the units the
page uses (degrees with or without ``°``, radians with ``π``); the openstudy asker's words "2 square
root of 2" are kept as typed.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- www.gradesaver.com Blitzer Precalculus 6th ed., 6.3, p743 #90 ("consider a point (2, π/3). Its two
  additional sets ... are, (2, 7π/3) from Step I and (-2, 4π/3) from Step II"). 2 cases.
- openstudy.com 55f1f9c4 (two polar pairs for (2, -2) with 0° ≤ θ < 360°: the asker's "(2 square
  root of 2, 135°), (-2 square root of 2, 315°)?" against the answerer's (2√2,315) and "the other
  pair (-2√2,135)"). 3 cases (2 False).
- www2.studychannel-prd.pearsonprd.tech trigonometry asset 3d5ccf9d ("the point (−7, 320°) is
  equivalent to (7, 140°)"). 1 case.
- cash.smbbmcl.edu.pk "ellipse-to-standard-form" (a copy of a Mathematics Stack Exchange question:
  the asker's choice and three other options for the standard form of 9x^2+4y^2-72x+40y+208 = 0;
  answers: "its 2nd option", "The following is correct", and a completing-the-square hint). 6 cases
  (3 False).
- socratic.org standard form of 9x^2-16y^2-90x+32y+65=0 (a hyperbola; "the given equation becomes
  9(x-5)^2 - 16(y-1)^2 = 144 Divide by 144"). 2 cases.
- ja3.jsfiddle.net parte 11303618 (a Brainly copy: 9(x+3)^2 + 4(y+1)^2 = 144 ... "which is the
  standard form"). 3 cases.
- idstudying.com 24335269 (a Brainly copy: "Convert 9x2 + 4y2 – 54x – 8y – 59 = 0 into standard
  form", answer (x-3)^2/4^2 + (y-1)^2/6^2 = 1 and its steps). 6 cases.
- socratic.org standard form given 4x^2+9y^2-8x+54y+49=0 (answer (2x-2)^2 + (3y+9)^2 = 36; the
  answer's middle steps contain slips and were not used). 1 case.
- vespr.org answers 626460 (a Socratic copy: 4x^2 + 20y^2 = 80 as "x^2/20+y^2/4=1 Standard form of
  the ellipse"). 1 case.
- math.techqa.club 206364 (a Mathematics Stack Exchange mirror: focus of 4x^2 + 24y^2 = 65; the
  asker's 14.83 against the answerer's "To two decimal places, I get 3.68"). 1 case (False).

Sources of bench/equiv_fresh78_b2.py:

- web2.0calc.com "parabolas-pt2" (CPhill: "(y - 6)^2 = 4(1) ( x - 1) ( y - 6)^2 = 4 ( x - 1)" and
  the vertex "( [ 0 + 2]/2 , 6) = (1, 6)"). 2 cases.
- math.techqa.club 2280460 (an asker's focus-directrix equation of a parabola against the answer
  key's (axis)^2 = -20(tangent at the vertex): "they are identical"). 1 case.
- mathhelpforum.com 176948 (y = (1/4)(x^2 - 2x + 5) put in vertex form by the reply; the asker's y-3
  = (1/4)(x-1)^2 and vertex (1, 3) refused: "You can't 'put aside' the 1/4", "The book's answer is
  (1,1)"). 8 cases (2 False).
- www.gradesaver.com Blitzer Precalculus 6th ed., 9.5, p1022 #97 (4/(2 + cos θ) = 2/(1 + cos θ/2)).
  1 case.
- science-mathematics.com 201110/16915 (r = 2/(1 - sec θ) in rectangular form: "x² (x² + y²) = (2x +
  x² + y²)² You can expand that and simplify it some. 4 x^3+x² y²+4 x²+4 x y²+y^4 = 0"). 1 case.
- www.gradesaver.com Calculus 8th ed., 10.6, p728 #1 (r = (1/2)(4)/(1 + (1/2)cos θ) = 2/(1 + 0.5 cos
  θ) = 4/(2 + cos θ)). 2 cases.
- www.gradesaver.com Calculus: Early Transcendentals 8th ed., 10.6, p688 #8 (r = (2)(2)/(1 - (2)cos
  θ), "Hence, r= 4/(1 - 2 cos θ)"). 1 case.
- mathhelpforum.com 68709 (the asker's (1/25)(x - 2)^2 + (1/4)(y + 3)^2 = 1, restated by the
  answerer as (x-2)^2/25 + (y+3)^2/4 = 1). 1 case.
- www.wyzant.com 785761 (Raymond B.: 16(x^2 + 10x + 25) + 9(y^2 -14y + 49) = 400 + 441 -697 ...
  (x+5)^2/(12/4)^2 + (y-7)^2/(12/3)^2 = 1, "simplify" (x+5)^2/3^2 + (y-7)^2/4^2 = 1). 2 cases.
- mathhelpforum.com 180709 ((-3, 4) in polar coordinates: "I get (5, -4.140), but it's wrong. The
  solution is supposed to be (5, 2.21) or (-5, 5.36)", and the reply shows both name the point). 2
  cases (1 False).
- www.wyzant.com 929063 ("(r, θ) = (4, 5π/6) = (-4, -π/6)"). 1 case.
- www.gradesaver.com and gradesaver.com trigonometry text CLONE-68cac39a, 8.5, p394 #32 and #35
  ("two pairs of polar coordinates for this point: (1, 210°) (-1, 30°)"; "(3, 240°) (-3, 60°)"). 2
  cases.
- www.gradesaver.com Algebra and Trigonometry 10th ed., 4.4, p349 #67 ("Foci: (h ± c , k)=(2 +5 ,
  -1), (2 -5 , -1)=(-3,-1) , (7,-1)"). 1 case.
- mat.geogebra.org BCUev2WQ ("the foci are (1,-2+√10) and (1,-2-√10) Or approximately (1,1.16) and
  (1,-5.16)"). 1 case.
- www.gradesaver.com Blitzer Precalculus 6th ed., 6.3, p743 #70 (r = -4 sin θ: x^2+y^2=-4y ...
  x^2+(y+2)^2=4). 2 cases.
- www.gradesaver.com Blitzer Precalculus 6th ed., 6.3, p743 #53 (x^2+y^2=9: "r^2=9 r=3"). 1 case.
- web2.0calc.com members/CPhill answerpage 2908 (focus (3, 5), directrix y = 7: 4(1)(y - 6) = -(x -
  3)^2 ... y = -(1/4)(x - 3)^2 + 6). 3 cases.
- math.techqa.club 4743584 (Loney's "y^2 = 4x + 4y \implies (y – 2)^2 = 4(x + 1)"). 1 case.
- mathhelpforum.com 7896 (the asker's (x/3)^2 +(y/4)^2=1 and x^2/9 + y^2/16=1; the answer
  "x^2/3^2+y^2/4^2=1"). 2 cases.
- ja3.jsfiddle.net parte 27267888 (a Brainly copy: x = -3 sin t, y = 3 cos t gives "(x/3)^2 +
  (y/3)^2 = 1 or x² +y²= 9", with the optional steps). 3 cases.
- plainmath.net 22410 (x = 2 cos t, y = 3 sin t: "(y/3)^2 + (x/2)^2 = 1", "y^2/9 + x^2/4 = 1"). 1
  case.
- www2.dbl.id lock-code 17024280 (a Brainly copy: hyperbola with vertices (0,±8); asymptotes y =
  ±(8/6)x = ±(4/3)x, directrices y = ±64/10 = ±6.4, "There is no focus at (0,12)"). 3 cases (1
  False).
- math.techqa.club 1355684 (the asker's 9(x+3)^2/25 - (y-5)^2/25 = -1 from 9x^2 + 54x - y^2 + 10y +
  81 = 0, rewritten by the hint as (x+3)^2/(25/9) - (y-5)^2/25 = -1). 2 cases.
- socratic.org "how do you convert x=3 into a polar equation" ("r cos theta = 3 or r = 3 sec
  theta"). 1 case.
- socratic.org "how do you convert 5x=5y to polar form" ("θ = π/4 ... cos θ = sin θ or tan θ = 1").
  2 cases.
- social.tvp-ot.gfolkdev.net respuestas 3571536 (a Brainly copy: which polar pair is (2,-2√3); "so B
  is incorrect", "the only two answers with magnitude four: A and B", "the answer is A"). 3 cases (3
  False).
- indextestingapp.uonbi.ac.ke preguntia 12731484 (a Brainly copy: "(3 , -π/3) , (3 , 5π/3) , (-3 ,
  2π/3) , (-3 , -4π/3)" and "(5 , π/3) = (5 , −5π/3) = (−5 , 4π/3) =(−5 , −2π/3)"). 6 cases.
- math.techqa.club 1912407 (line through A=(3,1) and B=(1,2): the asker's X = B + tA against the
  answer's direction OB-OA = [-2,1], "x=[1,2]+t[-2,1]"). 1 case (False).

83 cases in all (14 False): 26 here (6 False), 57 in bench/equiv_fresh78_b2.py (8 False).

Left out, by rule: forms whose exponents, fractions or radicals the text conversion lost or stacked
(wyzant 145807 "x2 + y2", homeworksource 1123206 and 1123230, mathcentral rebecca3, the
math.ucla.edu actuarial review Prob10 options "(x+2)2/9+(y-1)2/25=1", assignmentexpert 57276,
sonoma.edu P9, wyzant 727773's stacked fractions, ximpledu "hyperbola-asymptote" whose y = ±[3/1]x
is a converted stacked fraction, and the dbl.id options behind "y = ±x are not asymptotes");
single-form answers (gradesaver p1020 #52, p967 #75, qammunity and brightstorm parabola answers);
pages whose own statements clash (socratic answers 224922, whose two answers read x = 3 differently;
socratic "y=x in polar form", whose answer line says θ = pi/2 and body θ = pi/4; socratic r = 4 sin
θ, whose answer line drops the 4; the socratic 9x^2+4y^2-72x+40y+208 page, whose answer line is
garbled; wyzant 485317 with mixed-up centre and c; socratic 177727's quadrant slip); the vespr
626460 focus line "+-2sqrt5xx2/sqrt5,0" (an AsciiMath residue) and its slipped step
x^2/(1/4)+y^2/(1/20)=80; the science-mathematics radical form x √(x² + y²) - x² - y² = 2x (squaring
it adds points, so its equality to the squared form is not settled); conversions between a polar and
a rectangular equation of one curve (kept only within one coordinate system); jiskha, algebra.com
and a.simonm.io pages and jiskha mirrors (askanewquestion.com, questions.llc); AI-written pages
(gauthmath, questionai, mysovi, answerspace, smartsolve, solveeit, math-gpt, vaia "expert verified",
edu.com, devyy, vocabdictionary, openknowledgegraph, the kyeop.go.ke x = 3 answer).

Examined and not used: imathworks "parametric and vector form of y = 3x – 1" and thestudentroom
2030784 (used by bench/equiv_fresh52_b2.py and bench/equiv_fresh65_c.py); cs.rit.edu ARQMath
95518_2012 (used before; the parabola thread has no reply in the excerpt); pwntestprep's parabola
question (the excerpt stops before the verdict); math.techqa.club 1297547 (the reply's "x=a-h or
x=a+h" slips, and the vertices are not written); openstudy 55d29eb9 (the corrected pair is not
written out); webwork.maa.org forum 4515 (the accepted 6y=7x comes from a random seed whose gold is
not shown); indextestingapp.uonbi.ac.ke 10328658 (claimed, but its question is not in the excerpt);
answer.ya.guru 4123000 (a parabola answer stored under an unrelated question); archive.laminart.com
14529250 (its second polar pair is wrong and unrefuted).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

GS = "www.gradesaver.com"
GS_743_90 = (
    "https://www.gradesaver.com/textbooks/math/precalculus/precalculus-6th-edition-blitzer/"
    "chapter-6-section-6-3-polar-coordinates-exercise-set-page-743/90"
)
GS_743_70 = (
    "https://www.gradesaver.com/textbooks/math/precalculus/precalculus-6th-edition-blitzer/"
    "chapter-6-section-6-3-polar-coordinates-exercise-set-page-743/70"
)
GS_743_53 = (
    "https://www.gradesaver.com/textbooks/math/precalculus/precalculus-6th-edition-blitzer/"
    "chapter-6-section-6-3-polar-coordinates-exercise-set-page-743/53"
)
GS_1022_97 = (
    "https://www.gradesaver.com/textbooks/math/precalculus/precalculus-6th-edition-blitzer/"
    "chapter-9-section-9-5-parametric-equations-exercise-set-page-1022/97"
)
GS_728_1 = (
    "https://www.gradesaver.com/textbooks/math/calculus/calculus-8th-edition/"
    "chapter-10-parametric-equations-and-polar-coordinates-10-6-conic-sections-in-polar-"
    "coordinates-10-6-exercise-page-728/1"
)
GS_688_8 = (
    "https://www.gradesaver.com/textbooks/math/calculus/calculus-early-transcendentals-8th-"
    "edition/chapter-10-section-10-6-conic-sections-in-polar-coordinates-10-6-exercises-"
    "page-688/8"
)
GS_394_32 = (
    "https://www.gradesaver.com/textbooks/math/trigonometry/"
    "CLONE-68cac39a-c5ec-4c26-8565-a44738e90952/chapter-8-complex-numbers-polar-equations-and-"
    "parametric-equations-section-8-5-polar-equations-and-graphs-8-5-exercises-page-394/32"
)
GS_349_67 = (
    "https://www.gradesaver.com/textbooks/math/algebra/algebra-and-trigonometry-10th-edition/"
    "chapter-4-4-4-translations-of-conics-4-4-exercises-page-349/67"
)
GSN = "gradesaver.com"
GSN_394_35 = (
    "https://gradesaver.com/textbooks/math/trigonometry/"
    "CLONE-68cac39a-c5ec-4c26-8565-a44738e90952/chapter-8-complex-numbers-polar-equations-and-"
    "parametric-equations-section-8-5-polar-equations-and-graphs-8-5-exercises-page-394/35"
)
OS = "openstudy.com"
OS_55F1 = "http://openstudy.com/updates/55f1f9c4e4b0dedaa9ee7150"
PEA = "www2.studychannel-prd.pearsonprd.tech"
PEA_3D5 = (
    "https://www2.studychannel-prd.pearsonprd.tech/channels/trigonometry/asset/3d5ccf9d/"
    "in-exercises-27-32-select-the-representations-that-do-not-change-the-location-of"
)
CASH = "cash.smbbmcl.edu.pk"
CASH_ELL = "https://cash.smbbmcl.edu.pk/ellipse-to-standard-form.html"
SOC = "socratic.org"
SOC_HYP = (
    "https://socratic.org/questions/how-do-you-find-the-standard-form-of-9x-2-16y-2-90x-32y-65-0"
)
SOC_ELL = (
    "https://socratic.org/questions/how-do-you-find-the-standard-form-given-4x-2-9y-2-8x-54y-49-0"
)
SOC_X3 = "https://socratic.org/questions/how-do-you-convert-x-3-into-a-polar-equation"
SOC_5X = "https://socratic.org/questions/how-do-you-convert-5x-5y-to-polar-form"
JSF = "ja3.jsfiddle.net"
JSF_113 = "https://ja3.jsfiddle.net/parte/11303618"
JSF_272 = "https://ja3.jsfiddle.net/parte/27267888"
IDS = "idstudying.com"
IDS_243 = "https://idstudying.com/idquestion/24335269"
VES = "vespr.org"
VES_626 = "https://vespr.org/answers/626460"
TQ = "math.techqa.club"
TQ_206 = "https://math.techqa.club/find-the-eclipse-focal-point-206364"
TQ_2280 = "https://math.techqa.club/different-forms-of-equation-of-a-parabola-2280460"
TQ_4743 = "https://math.techqa.club/understanding-the-parabola-x-2-2y-8x-7-4743584"
TQ_1355 = "https://math.techqa.club/how-to-get-the-foci-focus-hyperbola-1355684"
TQ_1912 = "https://math.techqa.club/parametric-equation-of-line-1912407"
W2C = "web2.0calc.com"
W2C_PT2 = "https://web2.0calc.com/questions/parabolas-pt2"
W2C_CPH = "https://web2.0calc.com/members/CPhill/?answerpage=2908"
MHF = "mathhelpforum.com"
MHF_176948 = "http://mathhelpforum.com/pre-calculus/176948-conics-parabola.html"
MHF_68709 = "http://mathhelpforum.com/algebra/68709-foci-ellipse-urgent-help-needed.html"
MHF_180709 = "http://mathhelpforum.com/trigonometry/180709-getting-wrong-theta-tan-theta-4-3-a.html"
MHF_7896 = "http://mathhelpforum.com/pre-calculus/7896-ellipse-help-print.html"
SCI = "science-mathematics.com"
SCI_16915 = "http://science-mathematics.com/Mathematics/201110/16915.htm"
WYZ = "www.wyzant.com"
WYZ_785761 = "https://www.wyzant.com/resources/answers/785761/precalculus-question"
WYZ_929063 = (
    "https://www.wyzant.com/resources/answers/929063/determine-the-polar-coordinates-of-a-point-"
    "c-whose-rectangular-coordinates-"
)
GGB = "mat.geogebra.org"
GGB_BCU = "https://mat.geogebra.org/m/BCUev2WQ"
PM = "plainmath.net"
PM_22410 = (
    "https://plainmath.net/22410/a-pair-of-parametric-equations-is-given-find-a-rectangular-"
    "coordinate"
)
DBL = "www2.dbl.id"
DBL_170 = "https://www2.dbl.id/lock-code/17024280"
GFD = "social.tvp-ot.gfolkdev.net"
GFD_357 = "https://social.tvp-ot.gfolkdev.net/respuestas/3571536"
UON = "indextestingapp.uonbi.ac.ke"
UON_127 = "https://indextestingapp.uonbi.ac.ke/preguntia/12731484"


def _w(repo: str, where: str, gold: str, pred: str, ok: bool, why: str) -> dict[str, object]:
    return _c(repo, where, gold=gold, pred=pred, wrap=True, expected=ok, why=why)


def _chain(repo: str, where: str, gold: str, preds: list[str], why: str) -> list[dict[str, object]]:
    """Every earlier form of one written chain against its last form (all True)."""
    return [
        _w(repo, where, gold, p, True, f"{why}; step {i + 1} of the chain")
        for i, p in enumerate(preds)
    ]


CASES = [
    # gradesaver Blitzer 6.3 p743 #90: two more polar pairs for the point (2, π/3)
    _w(
        GS,
        GS_743_90,
        r"\left( 2,\frac{\pi }{3} \right)",
        r"\left( 2,\frac{7\pi }{3} \right)",
        True,
        "'consider a point (2, π/3). Its two additional sets ... are, (2, 7π/3) from Step I and "
        "(-2, 4π/3) from Step II'",
    ),
    _w(
        GS,
        GS_743_90,
        r"\left( 2,\frac{\pi }{3} \right)",
        r"\left( -2,\frac{4\pi }{3} \right)",
        True,
        "'Step II: Add π to the angle and replace r with -r' gives (-2, 4π/3) for (2, π/3)",
    ),
    # openstudy 55f1f9c4: two polar pairs for (2, -2); the asker's pairs have the angles swapped
    _w(
        OS,
        OS_55F1,
        r"(2\sqrt{2},315)",
        r"(-2\sqrt{2},135)",
        True,
        "answerer: '(2√2,315) the other pair of polar coordinate with negative radius ... so the "
        "other pair (-2√2,135)'",
    ),
    _w(
        OS,
        OS_55F1,
        r"(2\sqrt{2},315)",
        r"(2 square root of 2, 135°)",
        False,
        "asker: 'would it be (2 square root of 2, 135°), (-2 square root of 2, 315°)?'; answerer "
        "works out θ = 315 for r = 2√2",
    ),
    _w(
        OS,
        OS_55F1,
        r"(-2\sqrt{2},135)",
        r"(-2 square root of 2, 315°)",
        False,
        "asker's negative-radius pair against the answerer's 'the other pair (-2√2,135)'",
    ),
    # pearson study channel 3d5ccf9d: a negative radius and the opposite angle
    _w(
        PEA,
        PEA_3D5,
        r"(7, 140°)",
        r"(−7, 320°)",
        True,
        "'the point (−7, 320°) is equivalent to (7, 140°) because moving 7 units in the direction "
        "opposite to 320° leads to the same location'",
    ),
    # cash.smbbmcl (MSE copy): standard form of 9x^2+4y^2-72x+40y+208 = 0, four offered options
    _w(
        CASH,
        CASH_ELL,
        r"\frac{(x-4)^2}{4} + \frac{(y+5)^2}{9} = 1",
        r"\frac{(x-4)^2}{9} + \frac{(y+5)^2}{4} = 1",
        False,
        "asker: 'Could this be the answer?'; answers: 'its 2nd option', 'The following is "
        "correct. (x-4)^2/4 + (y+5)^2/9= 1'",
    ),
    _w(
        CASH,
        CASH_ELL,
        r"\frac{(x-4)^2}{4} + \frac{(y+5)^2}{9} = 1",
        r"\frac{(x-4)^2}{4} + \frac{(y-5)^2}{9} = 1",
        False,
        "one of 'The other options'; the answers pick only the '2nd option' (y+5)",
    ),
    _w(
        CASH,
        CASH_ELL,
        r"\frac{(x-4)^2}{4} + \frac{(y+5)^2}{9} = 1",
        r"(x-4)^2 + (y+5)^2 = 36",
        False,
        "one of 'The other options'; the answers pick only the '2nd option'",
    ),
    _w(
        CASH,
        CASH_ELL,
        r"\frac{(x-4)^2}{4} + \frac{(y+5)^2}{9} = 1",
        r"9x^2+4y^2-72x+40y+208 = 0",
        True,
        "'This is the equation to the ellipse ... and I need it in standard form'; the third "
        "answer converts this 'general form' to the 'standard form'",
    ),
    *_chain(
        CASH,
        CASH_ELL,
        r"\frac{(x-4)^2}{4} + \frac{(y+5)^2}{9} = 1",
        [
            r"9 (x^2 \ -\ 8x) \ + \ 4( y^2 \ + \ 10y) \ = \ -208",
            r"9 (x^2 \ -\ 8x \ + \ 16) \ + \ 4( y^2 \ + \ 10y \ + 25 ) \ = \ -208 \ + \ 9 \cdot 16"
            r" \ + \ 4 \cdot 25",
        ],
        "third answer's completing of the squares toward the chosen standard form",
    ),
    # socratic: standard form of 9x^2-16y^2-90x+32y+65=0 (a hyperbola)
    _w(
        SOC,
        SOC_HYP,
        r"{\left(x - 5\right)}^{2} / {4}^{2} - {\left(y - 1\right)}^{2} / {3}^{2} = 1",
        r"9 {\left(x - 5\right)}^{2} - 16 {\left(y - 1\right)}^{2} = 144",
        True,
        "'the given equation becomes 9(x-5)^2 - 16(y-1)^2 = 144 Divide by 144.'",
    ),
    _w(
        SOC,
        SOC_HYP,
        r"{\left(x - 5\right)}^{2} / {4}^{2} - {\left(y - 1\right)}^{2} / {3}^{2} = 1",
        r"9x^2-16y^2-90x+32y+65=0",
        True,
        "question 'How do you find the standard form of 9x^2-16y^2-90x+32y+65=0?', answered by "
        "the gold",
    ),
    # ja3.jsfiddle 11303618 (Brainly copy): completing the square to the standard form
    *_chain(
        JSF,
        JSF_113,
        r"\dfrac{(x+3)^2}{16}+ \dfrac{(y+1)^2}{36} = 1",
        [
            r"9(x+3)^2-81 + 4(y+1)^2-4 - 59=0",
            r"9(x+3)^2+ 4(y+1)^2-81-4-59=0",
            r"9(x+3)^2+ 4(y+1)^2 = 144",
        ],
        "'So, the equation becomes ... \\iff ... Divide both sides by 144 to get ... which is "
        "the standard form'",
    ),
    # idstudying 24335269 (Brainly copy): 9x^2 + 4y^2 – 54x – 8y – 59 = 0 into standard form
    *_chain(
        IDS,
        IDS_243,
        r"\frac{(x-3)^2}{4^2} +\frac{(y-1)^2}{6^2} =1",
        [
            r"9x^{2}+4y^{2} -54x-8y-59=0",
            r"9x^{2}-54x+4y^{2} -8y=59",
            r"9(x^2-6x)+4(y^2-2y)=59",
            r"9(x-3)^2+4(y-1)^2=59+81+4",
            r"9(x-3)^2+4(y-1)^2=144",
            r"\frac{(x-3)^2}{16} +\frac{(y-1)^2}{36} =1",
        ],
        "'Convert 9x2 + 4y2 – 54x – 8y – 59 = 0 into standard form.' Answer: (x-3)^2/4^2 + "
        "(y-1)^2/6^2 = 1, with its step-by-step explanation",
    ),
    # socratic: standard form given 4x^2+9y^2-8x+54y+49=0
    _w(
        SOC,
        SOC_ELL,
        r"{\left(2 x - 2\right)}^{2} + {\left(3 y + 9\right)}^{2} = 36",
        r"4 {x}^{2} + 9 {y}^{2} - 8 x + 54 y + 49 = 0",
        True,
        "'How do you find the standard form given 4x^2+9y^2-8x+54y+49=0?' Answer: (2x-2)^2 + "
        "(3y+9)^2 = 36",
    ),
    # vespr 626460 (socratic copy): 4x^2 + 20y^2 = 80 put in standard form
    _w(
        VES,
        VES_626,
        r"x^2/20+y^2/4=1",
        r"4x^2+20y^2=80",
        True,
        "'How do you find the foci for 4x^2 + 20y^2 = 80?' ... 'x^2/20+y^2/4=1 Standard form of "
        "the ellipse'",
    ),
    # techqa 206364 (MSE mirror): focus of 4x^2 + 24y^2 = 65, the asker's value refused
    _w(
        TQ,
        TQ_206,
        r"3.68",
        r"14.83",
        False,
        "asker: 'I got the answer as 14.83, seems a bit too big is that right?'; answer: 'Your "
        "intuition is right ... To two decimal places, I get 3.68.'",
    ),
]
