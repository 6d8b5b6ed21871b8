r"""fresh50_a, continued (part 2 of 2): analytic geometry and geometry answers settled on public web
pages (the ``pages`` corpus of the search tool). The sources, what each page settles, the
transcription rules, what was left out and by which rule are listed in the docstring of
bench/equiv_fresh50_a.py (section "Sources of bench/equiv_fresh50_a2.py"). Every source is a web
page with no licence file; ``repo`` is its domain and ``where`` its full URL; ``wrap`` is always
True (bare answers) and ``expected`` is the verdict a person on the page gives, with no one on the
page contradicting it. Do not tune the judge on these cases.
"""

from __future__ import annotations

from bench.equiv_fresh50_a import ALG, ALG_SRC, QAM, SOC, WYZ, _chain, _w

WYZ_848351 = (
    "https://www.wyzant.com/resources/answers/848351/find-an-equation-of-the-line-described-leave-"
    "the-solution-in-the-form-ax-by"
)
WYZ_774818 = (
    "https://www.wyzant.com/resources/answers/774818/i-ve-tried-this-and-i-m-really-confused-and-"
    "i-wanted-to-see-if-i-got-the-ri"
)
CPH = "web2.0calc.ru"
CPH_AT = "https://web2.0calc.ru/members/cphill/?answerpage=2687"
ALG_25551 = ALG_SRC + "25551"
ALG_392420 = ALG_SRC + "392420"
ALG_315405 = ALG_SRC + "315405"
ALG_43084 = ALG_SRC + "43084"
YAG = "answer.ya.guru"
YAG_AT = (
    "https://answer.ya.guru/questions/2542873-if-the-coordinates-of-the-endpoints-of-a-diameter-"
    "of-the-circle.html"
)
ML = "mathelounge.de"
ML_AT = "https://mathelounge.de/474895/berechnung-von-oberflache-kegel"
LAM = "archive.laminart.com"
LAM_AT = "https://archive.laminart.com/dudas/29003212"
GS = "www.gradesaver.com"
GS_A2 = (
    "https://www.gradesaver.com/textbooks/math/algebra/algebra-2-1st-edition/chapter-13-"
    "trigonometric-ratios-and-functions-13-2-define-general-angles-and-use-radian-measure-13-2-"
    "exercises-skill-practice-page-863/38"
)
MLK = "mathleaks.com"
MLK_AT = (
    "https://mathleaks.com/study/big-ideas-math-integrated-mathematics-1-2016/4-writing-equations-"
    "in-slope-intercept-form/167-5"
)
QAM_21239141 = "https://qammunity.org/21239141"
UON2 = "indextestingapp.uonbi.ac.ke"
UON2_AT = "https://indextestingapp.uonbi.ac.ke/preguntia/14563426"
APP = "api-project-1022638073839.appspot.com"
APP_AT = (
    "https://api-project-1022638073839.appspot.com/questions/what-is-the-equation-of-the-circle-"
    "with-a-center-at-2-3-and-a-radius-of-5"
)
MC = "www.maths.com"
MC_AT = "http://www.maths.com/geometry/coordinate-geometry/equation-of-a-circle/index.htm"
SOC_MID = "https://socratic.org/questions/how-do-you-find-the-midpoint-of-2-1-5-4"
SOC_580 = "https://socratic.org/questions/580776e011ef6b51cf323976"

CASES = [
    # wyzant 848351: perpendicular bisector of (2,7)-(6,-1), asked in the form Ax + By = C.
    *_chain(
        WYZ, WYZ_848351, r"-2", [r"(7- -1) / (2-6)", r"8/-4"], "'m = (7- -1) / (2-6) = 8/-4 = -2'"
    ),
    *_chain(
        WYZ,
        WYZ_848351,
        r"X-2y=-2",
        [r"Y-3 =1/2(x-4)", r"Y= 1/2X+1", r"-1/2x+y=1"],
        "point-slope, 'Rearrange to slope intercept', 'Rearrange to standard', 'Multiply all "
        "terms by -2. X-2y=-2' (capital X and Y are the page's x and y)",
    ),
    # CPhill on web2.0calc.ru: perpendicular bisector of (1,2)-(7,4).
    *_chain(
        CPH,
        CPH_AT,
        r"( 4, 3)",
        [r"[ ( 1 + 7)/ 2, (2 + 4) / 2 ]", r"[ 8/2, 6/2 ]"],
        "'The midpoint is [ ( 1 + 7)/ 2, (2 + 4) / 2 ] = [ 8/2, 6/2 ] = ( 4, 3)'",
    ),
    *_chain(
        CPH,
        CPH_AT,
        r"1 / 3",
        [r"[ 4 - 2 ] / [ 7 - 1 ]", r"2 / 6"],
        "'[ 4 - 2 ] / [ 7 - 1 ] = 2 / 6 = 1 / 3'",
    ),
    *_chain(
        CPH,
        CPH_AT,
        r"y = -3x + 15",
        [r"y = - 3 ( x - 4) + 3", r"y = -3x + 12 + 3"],
        "'the equation of the perpendicular bisector is y = - 3 ( x - 4) + 3 ... y = -3x + 15'",
    ),
    # algebra.com 25551: circle with diameter (-2,1)-(6,-5).
    *_chain(
        ALG,
        ALG_25551,
        r"(2,-2)",
        [r"((-2 + 6)/2,(1 - 5)/2)", r"((4)/2,(-4)/2)"],
        "'The midpoint of the diameter is the centre'",
    ),
    *_chain(
        ALG,
        ALG_25551,
        r"d = 5",
        [
            r"d = sqrt((2 + 2)^2 + (-2 - 1)^2)",
            r"d = sqrt((4)^2 + (-3)^2)",
            r"d = sqrt(16 + 9)",
            r"d = sqrt(25)",
        ],
        "'The distance from this point to a another point on the circle is the radius'",
    ),
    # ya.guru copy of a Brainly answer: circle with diameter (5,2)-(-7,4).
    *_chain(
        YAG,
        YAG_AT,
        r"37",
        [r"(5 - - 1)^2 + (2 - 3)^2", r"( 6)^2 + (-1 )^2"],
        "'Distance squared = (5 - - 1)^2 + (2 - 3)^2 = ( 6)^2 + (-1 )^2 = 37'",
    ),
    _w(
        YAG,
        YAG_AT,
        r"(x + 1)^2 + (y - 3)^2 = 37",
        r"(x - - 1 )^2 + (y - 3)^2 = 37",
        True,
        "'State the circle's formula (x - - 1 )^2 + (y - 3)^2 = 37 (x + 1)^2 + (y - 3)^2 = 37'",
    ),
    # algebra.com 392420: circle with diameter (-9,-2)-(1,1).
    _w(
        ALG,
        ALG_392420,
        r"(-4,-1/2)",
        r"((-9+1)/2 , (-2+1)/2)",
        True,
        "'C(h,k) = ((-9+1)/2 , (-2+1)/2) Simplifying, we get, C(h,k) = (-4,-1/2)'",
    ),
    _w(
        ALG,
        ALG_392420,
        r"(x+4)^2 + (y+1/2)^2 = r^2",
        r"(x-(-4))^2 + (y-(-1/2))^2 = r^2",
        True,
        "'Simplify.'",
    ),
    *_chain(
        ALG,
        ALG_392420,
        r"109/4",
        [r"((1)+4)^2 + ((1)+1/2)^2", r"(5)^2 + (3/2)^2", r"25+9/4"],
        "r^2 from the point (1,1): 'Simplify and solve for r^2'",
    ),
    *_chain(
        ALG,
        ALG_392420,
        r"(1/2)*(sqrt(109))",
        [r"sqrt(109/4)", r"(sqrt(109))/2"],
        "'sqrt(109/4)=(sqrt(109))/2=(1/2)*(sqrt(109))', 'the radius of the circle is r = "
        "(1/2)*sqrt(109)'",
    ),
    # mathelounge 474895: circle area and circumference, full and a 120° sector, exact.
    _w(ML, ML_AT, r"36*pi", r"pi * 6^2", True, "'A = pi * 6^2 = 36*pi'"),
    _w(ML, ML_AT, r"12*pi", r"pi * 6^2 * 120/360", True, "'A120 = pi * 6^2 * 120/360 = 12*pi'"),
    _w(ML, ML_AT, r"12*pi", r"2 * pi * 6", True, "'U = 2 * pi * 6 = 12*pi'"),
    _w(ML, ML_AT, r"4*pi", r"2 * pi * 6 * 120/360", True, "'U120 = 2 * pi * 6 * 120/360 = 4*pi'"),
    # laminart copy of a Brainly answer: 60° sector of a circle of radius 9, exact.
    _w(
        LAM,
        LAM_AT,
        r"\frac{27}{2}\pi",
        r"\frac{1}{6}\cdot\pi\cdot9^2",
        True,
        "'We will write the area in terms of pi and fractions as follow: ... So, the answer will "
        "be: 27/2 pi'",
    ),
    # gradesaver Algebra 2 13-2 #38: an angle in degrees and in radians.
    _w(
        GS,
        GS_A2,
        r"\dfrac{2 \pi}{9} radians",
        r"40^{\circ}",
        True,
        "'40° = (40°) × (π radians/180°) = 2π/9 radians'",
    ),
    # wyzant 774818 and mathleaks: lines in slope-intercept form.
    *_chain(
        WYZ,
        WYZ_774818,
        r"y = 3x - 1",
        [r"y - 5 = 3(x - 2)", r"y - 5 = 3x - 6"],
        "point-slope form solved for y, checked with y = mx + b ('Another way to do it')",
    ),
    _w(MLK, MLK_AT, r"y=3x-2", r"y= 3x+( -2)", True, "'y= 3x+( -2) ⇒ y=3x-2'"),
    # algebra.com 315405 (Edwin), second chain: y = 3x² - 6x + 5 in vertex form.
    *_chain(
        ALG,
        ALG_315405,
        r"y = 3(x - 1)² + 2",
        [
            r"y = 3x² - 6x + 5",
            r"y = 3(x² - 2x) + 5",
            r"y = 3(x² - 2x + 1 - 1) + 5",
            r"y = 3[(x² - 2x + 1) - 1] + 5",
            r"y = 3[(x - 1)(x - 1) - 1] + 5",
            r"y = 3[(x - 1)² - 1] + 5",
            r"y = 3(x - 1)² - 3 + 5",
        ],
        "completing the square, 'That's it. Compare to y = a(x - h)² + k'",
    ),
    # qammunity 21239141: y = 2x² + 8x + 3 in vertex form.
    *_chain(
        QAM,
        QAM_21239141,
        r"y = 2(x + 2)² - 5",
        [
            r"y = 2x² + 8x + 3",
            r"y = 2(x² + 4x) + 3",
            r"y = 2(x² + 4x + 4 - 4) + 3",
            r"y = 2(x² + 4x + 4) - 5",
        ],
        "'Answer: y = 2(x + 2)² - 5', completing the square from standard form",
    ),
    # uonbi copy of a Brainly answer: 2x^2-8x+3 and its vertex form.
    *_chain(
        UON2,
        UON2_AT,
        r"2x^2-8x+3",
        [
            r"2(x-2)^2-5",
            r"2\left(x^2-4x+\frac{3}{2}\right)",
            r"2(x^2-4x +4 -\frac{5}{2})",
            r"2((x-2)^2-\frac{5}{2})",
        ],
        "'g(x) = 2(x-2)^2-5 is equivalent to 2x^2-8x+3' and the steps between",
    ),
    # socratic (appspot mirror) and maths.com: a circle's equation with and without the squares
    # worked out.
    _w(
        APP,
        APP_AT,
        r"(x-2)^2+(y+3)^2=25",
        r"(x-2)^2+(y-(-3))^2=5^2",
        True,
        "'(x-2)^2+(y-(-3))^2=5^2 This simplifies to be (x-2)^2+(y+3)^2=25'",
    ),
    *_chain(
        MC,
        MC_AT,
        r"(x + 2)^{2} + (y - 3)^{2} = 5^{2}",
        [r"[x + 2]^{2} + [y - 3]^{2} = 5^{2}", r"[x - (-2)]^{2} + [y - (3)]^{2} = (5)^{2}"],
        "the page rewrites its example in a 'format ... very useful' for reading centre "
        "(-2, 3) and radius 5",
    ),
    # socratic: midpoints.
    _w(
        SOC,
        SOC_MID,
        r"\left(\frac{3}{2} , \frac{3}{2}\right)",
        r"\left(1.5 , 1.5\right)",
        True,
        "'The midpoint is at (3/2, 3/2) or (1.5, 1.5)'",
    ),
    _w(
        SOC,
        SOC_MID,
        r"\left(\frac{3}{2} , \frac{3}{2}\right)",
        r"\left(\frac{- 2 + 5}{2} , \frac{- 1 + 4}{2}\right)",
        True,
        "'((-2 + 5)/2, (-1 + 4)/2) = (3/2, 3/2)'",
    ),
    _w(SOC, SOC_580, r"0", r"\frac{1}{2} \left(- 1 + 1\right)", True, "'x_m = 1/2(-1 + 1) = 0'"),
    _w(
        SOC,
        SOC_580,
        r"- \frac{1}{2}",
        r"\frac{1}{2} \left(2 - 3\right)",
        True,
        "'y_m = 1/2(2 - 3) = -1/2'",
    ),
    # algebra.com 43084: volume of a sphere of radius 3 with pi = 3.14.
    *_chain(
        ALG,
        ALG_43084,
        r"V = 113.04",
        [r"V = (4/3)(3.14)(3^3)", r"V = (4/3)(3.14)(27)", r"V = (3.14)(36)"],
        "'Substitute r = 3 and (pi) = 3.14 Approx.' then '= 113.04 Cubic miles'",
    ),
]
