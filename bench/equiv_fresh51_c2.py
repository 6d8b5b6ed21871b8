r"""A fifty-first fresh set of answer-equivalence cases, continued (evaluation only; helper "c":
trigonometry answers settled by a person on a public web page -- exact values of trigonometric and
inverse trigonometric functions, identities simplified to different forms, degrees against
radians, and angles in degrees-minutes-seconds).

This continues bench/equiv_fresh51_c.py, whose docstring gives the common rules (public web pages
of the search tool's ``pages`` corpus, none used by an earlier set, each claimed in
/work/wt/fresh51_claims; ``gold`` is the reference answer, ``pred`` the other form a person on the
page equates with it or sets against it, always a bare answer so ``wrap`` is True; ``repo`` is the
domain and ``where`` the full URL; every source is a web page with no licence file; only the text
the search tool returned for a page was read; chains ``A = B = C`` give C as gold and earlier
members as predictions; algebra.com's ``{{{...}}}`` markup is dropped). Do not tune the judge on
these cases. The set continues in bench/equiv_fresh51_c3.py.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- homeworksource.com 1001686 (cot x/(sin x - csc x) = cos x/(sin^2 x - 1) = cos x/- cos^2 x =
  -1/cos x = -sec x). 3 cases.
- homeworksource.com 1044578 (cos(-x) + sin(-x)/cot(-x) = cos x + sin x·tan x = (cos^2 x + sin^2
  x)/cos x = 1/cos x = sec x). 3 cases.
- web2.0calc.com "what is the exact value of tan 75" ([1 + √3]/[√3 - 1] rationalized to [4 +
  2√3]/2 = 2 + √3 "and this is the exact value"; 2 + √3 = 3.7320508076). 3 cases.
- askanewquestion.com 1884769 (a human thread: tan 75° = (1 + 1/√3)/(1 - 1/√3) = ... = (3 + 2√3 +
  1)/2 = 2 + √3; "You should get 2+√3"). 2 cases.
- www.algebra.com solution 68205 (angles of the 12-10-8 triangle "in minutes": 82.81924422 degrees
  = 82 degree, 49.15 minutes; 55.77113367 = 55 degrees, 46.28 minutes; 41.40962211 = 41 degrees,
  24.58 minutes; cos A = 20/160 = .125). 4 cases.
- tinkutara.com question 20198 (cos(tan^-1(1/2)): the answer tan^-1(1/2) = cos^-1(2/√5); the asker
  thanks). 1 case.
- socratic.org "How do you evaluate cos(Arctan 2)?" (arctan 2 = arccos(1/√5)). 1 case.
- www.algebra.com solution 794239 (cos(2 tan^-1(2)) = -1 + 2(5/25) = -1 + 2/5 = -3/5 = -0.6).
  3 cases.
- www.gradesaver.com Trigonometry 7e section 3.2 problem 14 (135° = 3/4 π radians; reference angle
  45° = π/4). 2 cases.
- socratic.org answers 150817 (arctan(1/2) + arctan(1/3): 26.57 deg + 18.43 deg = 45 deg = pi/4).
  1 case.
- socratic.org "How do you find the exact value of arc tan(1/2) + arc tan(1/3)?" (alpha = 45° +
  k180°, "or, in radians", alpha = pi/4 + k pi). 1 case.
- vespr.org "Find in radian measure of arctan(1/2)+arctan(1/3)" (= arc tan((5/6)/(5/6)) = arc tan
  1 = pi/4). 2 cases.
- vespr.org "How do you find the exact value of arctan(1/2)+arctan(1/3)?" (numerator 5/sqrt(50) =
  1/sqrt(2)). 1 case.
- socratic.org answers 305575 (sec^2 x - tan^2 x = 1/cos^2 x - sin^2 x/cos^2 x = (1 - sin^2
  x)/cos^2 x = cos^2 x/cos^2 x = 1). 3 cases.
- www.jiskha.com 1306891219 (sec x(sec x - cos x) = tan^2 x: Reiny's chain (1/cosx)(1/cosx - cosx)
  = 1/cos^2x - 1 = sec^2 - 1 = tan^2x; the other reply's sin^2(x)/cos^2(x) = tan^2(x)). 3 cases.
- qammunity.org 13835758 ((sec x - 1)(sec x + 1) = (tan x)^2, with (sin(x)/cos(x))^2 =
  (sin(x)^2)/(cos(x)^2)). 1 case.
- bymath.com study guide, trigonometry section 2 (1 rad ≈ 57°.296 = 57°17'45"; 1.4 rad ≈
  80°12'51" to 1'; 12°30' ≈ 0.2181 rad to four decimal places). 3 cases.
- socratic.org "How do you find the exact value of cos^-1(-sqrt2/2)?" (135° and 225° on [0, 360°);
  "For people who prefer their angles in radians that is" 3π/4 or 5π/4; -√2/2 = -1/√2). 3 cases.
- qammunity.org 15512460 (answer: 3π/4 or 5π/4 radians, "In degrees, it is 135° or 225°"). 1 case.
- www.jiskha.com questions/202419 (cos 15 = √[(√3/2 + 1)/2], "or an easier way" (√6 + √2)/4
  "which yields the same result as above"). 1 case.
- www.algebra.com solution 446676 (cos 15° = (sqrt(2)/2)(sqrt(3)/2) + (sqrt(2)/2)(1/2) =
  sqrt(6)/4 + sqrt(2)/4 = (sqrt(6)+sqrt(2))/4). 2 cases.
- socratic.org 58a079ba11ef6b77f718b831 (cos(45 - 30) = 1/4 √2(√3 + 1) = 1/4(√6 + √2)). 1 case.
- admin.japansake.or.jp tareasenos/15516996 (a copy of a Brainly answer: cos 15° = sqrt((1 +
  √3/2)/2) = sqrt((2 + √3)/4) = sqrt(2 + √3)/sqrt(4) = sqrt(2 + √3)/2). 3 cases.
- www.wyzant.com 384437 (sin 3θ = -1 on [0, 2π): θ = π/2 + 2π/3 = 7π/6, θ = π/2 + 4π/3 = 11π/6).
  2 cases.

Left out, by rule: the web2.0calc line ([1 + √3)] / [2 √2]) with a misplaced bracket, the
Socratic line with ``\frac{\sqrt{2}}{2.}`` debris, and the Anonymous jiskha line
``1-cos^2(x)/cos^2(x)`` (written without the brackets its value needs); the bymath conversions are
approximations the page states to a given accuracy (each says so in ``why``).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

T1 = "homeworksource.com"

T1_AT = (
    "https://homeworksource.com/p/1001686/write-in-trig-expressions-in-terms-of-sine-cosine-and-"
    "then-s-1001686"
)

T2 = "homeworksource.com"

T2_AT = (
    "https://homeworksource.com/p/1044578/simplify-to-an-expression-involving-a-single-"
    "trigonometric-f-1044578"
)

T3 = "web2.0calc.com"

T3_AT = "https://web2.0calc.com/questions/what-is-the-exact-value-of-tan-75"

T4 = "askanewquestion.com"

T4_AT = (
    "https://askanewquestion.com/questions/use-the-sum-difference-double-or-half-angle-formulas-"
    "to-find-the/1884769"
)

T5 = "www.algebra.com"

T5_AT = "https://www.algebra.com/cgi-bin/show-question-source.mpl?solution=68205"

T6 = "tinkutara.com"

T6_AT = "https://tinkutara.com/2023/06/04/find-exact-form-of-cos-tan-1-1-2"

T7 = "socratic.org"

T7_AT = "https://socratic.org/questions/how-do-you-evaluate-cos-arctan-2"

T8 = "www.algebra.com"

T8_AT = "https://www.algebra.com/cgi-bin/show-question-source.mpl?solution=794239"

T9 = "www.gradesaver.com"

T9_AT = (
    "https://www.gradesaver.com/textbooks/math/trigonometry/trigonometry-7th-edition/"
    "chapter-3-section-3-2-radians-and-degrees-3-2-problem-set-page-131/14"
)

T10 = "socratic.org"

T10_AT = "https://socratic.org/answers/150817"

T11 = "socratic.org"

T11_AT = "https://socratic.org/questions/how-do-you-find-the-exact-value-of-arc-tan-1-2-arc-tan-1-3"

T12 = "vespr.org"

T12_AT = "https://vespr.org/questions/find-in-radian-measure-of-arctan-1-2-arctan-1-3"

T13 = "vespr.org"

T13_AT = "https://vespr.org/questions/how-do-you-find-the-exact-value-of-arctan-1-2-arctan-1-3"

T14 = "socratic.org"

T14_AT = "https://socratic.org/answers/305575"

T15 = "www.jiskha.com"

T15_AT = "http://www.jiskha.com/display.cgi?id=1306891219"

T16 = "qammunity.org"

T16_AT = "https://qammunity.org/13835758/?show=13835759"

T17 = "bymath.com"

T17_AT = "https://bymath.com/studyguide/tri/sec/tri2.php"

T18 = "socratic.org"

T18_AT = "https://socratic.org/questions/how-do-you-find-the-exact-value-of-cos-1-sqrt2-2"

T19 = "qammunity.org"

T19_AT = "https://qammunity.org/15512460"

T20 = "www.jiskha.com"

T20_AT = "https://www.jiskha.com/questions/202419/How-do-you-find-cos15"

T21 = "www.algebra.com"

T21_AT = "https://www.algebra.com/cgi-bin/show-question-source.mpl?solution=446676"

T22 = "socratic.org"

T22_AT = "https://socratic.org/questions/58a079ba11ef6b77f718b831"

T23 = "admin.japansake.or.jp"

T23_AT = "https://admin.japansake.or.jp/tareasenos/15516996"

T24 = "www.wyzant.com"

T24_AT = (
    "https://www.wyzant.com/resources/answers/384437/what_are_the_solutions_to_sine_left_"
    "parenthesis_3_theta_right_parenthesis_equals_negative_1_in_the_interval_0_less_than_or_"
    "equals_theta_less_than_2_pi"
)

CASES = [
    # homeworksource 1001686: cot/(sin - csc) in sines and cosines
    _c(
        T1,
        T1_AT,
        gold=r"-secx",
        pred=r"-1/cosx",
        wrap=True,
        expected=True,
        why="chain ... = -1/cosx = -secx",
    ),
    _c(
        T1,
        T1_AT,
        gold=r"-secx",
        pred=r"cosx/(sin^2x - 1)",
        wrap=True,
        expected=True,
        why="a member of the chain",
    ),
    _c(
        T1,
        T1_AT,
        gold=r"-secx",
        pred=r"cosx/- cos^2x",
        wrap=True,
        expected=True,
        why="a member of the chain",
    ),
    # homeworksource 1044578: cos(-x) + sin(-x)/cot(-x)
    _c(
        T2,
        T2_AT,
        gold=r"secx",
        pred=r"1/cosx",
        wrap=True,
        expected=True,
        why="chain ... = 1/cosx = secx",
    ),
    _c(
        T2,
        T2_AT,
        gold=r"secx",
        pred=r"(cos^2x +sin^2x)/cosx",
        wrap=True,
        expected=True,
        why="a member of the chain",
    ),
    _c(
        T2,
        T2_AT,
        gold=r"secx",
        pred=r"cosx + sinx*tanx",
        wrap=True,
        expected=True,
        why="a member of the chain",
    ),
    # web2.0calc tan 75
    _c(
        T3,
        T3_AT,
        gold=r"2 + √3",
        pred=r"[ 1 + √3] / [√3 - 1]",
        wrap=True,
        expected=True,
        why="answer: [1 + √3]/[√3 - 1], rationalizing the denominator, ... = 2 + √3 'and this is "
        "the exact value'",
    ),
    _c(
        T3,
        T3_AT,
        gold=r"2 + √3",
        pred=r"[4 + 2√3 ] / 2",
        wrap=True,
        expected=True,
        why="a member of the chain",
    ),
    _c(
        T3,
        T3_AT,
        gold=r"2 + \sqrt{3}",
        pred=r"3.7320508076",
        wrap=True,
        expected=True,
        why="second answer: tan(75°) = 2 + √3 = 3.7320508076 (a ten-digit decimal the page "
        "equates with the exact value)",
    ),
    # askanewquestion 1884769 (human replies)
    _c(
        T4,
        T4_AT,
        gold=r"2+√3",
        pred=r"(1 + 1/√3) / (1 - 1/√3)",
        wrap=True,
        expected=True,
        why="reply: tan(75) = tan(45 + 30) = (1 + 1/√3)/(1 - 1/√3) ... = 2 + √3",
    ),
    _c(
        T4,
        T4_AT,
        gold=r"2+√3",
        pred=r"(3 + 2√3 + 1)/2",
        wrap=True,
        expected=True,
        why="a member of the reply's chain",
    ),
    # algebra.com 68205: angles to the minute
    _c(
        T5,
        T5_AT,
        gold=r"82 degree, 49.15 minutes",
        pred=r"82.81924422 degrees",
        wrap=True,
        expected=True,
        why="tutor: A = 82.81924422 degrees = 82 degree, 49.15 minutes (minutes "
        "rounded to two decimals)",
    ),
    _c(
        T5,
        T5_AT,
        gold=r"55 degrees, 46.28 minutes",
        pred=r"55.77113367 degrees",
        wrap=True,
        expected=True,
        why="tutor: B = 55.77113367 degrees = 55 degrees, 46.28 minutes (rounded)",
    ),
    _c(
        T5,
        T5_AT,
        gold=r"41 degrees, 24.58 minutes",
        pred=r"41.40962211",
        wrap=True,
        expected=True,
        why="tutor: 180 - 82.81924422 - 55.77113367 = 41.40962211, which is C = 41 degrees, 24.58 "
        "minutes (rounded)",
    ),
    _c(
        T5,
        T5_AT,
        gold=r".125",
        pred=r"20/160",
        wrap=True,
        expected=True,
        why="tutor: Cos(A) = 20/160 = .125",
    ),
    # tinkutara 20198
    _c(
        T6,
        T6_AT,
        gold=r"\mathrm{cos}^{−\mathrm{1}} \left(\frac{\mathrm{2}}{\:\sqrt{\mathrm{5}}}\right)",
        pred=r"\mathrm{tan}^{−\mathrm{1}} \left(\frac{\mathrm{1}}{\mathrm{2}}\right)",
        wrap=True,
        expected=True,
        why="answer: tan^-1(1/2) = cos^-1(2/√5); the asker thanks",
    ),
    # socratic cos(arctan 2)
    _c(
        T7,
        T7_AT,
        gold=r"\arccos \left(\frac{1}{\sqrt{5}}\right)",
        pred=r"\arctan 2",
        wrap=True,
        expected=True,
        why="answer: 'But x = arctan 2 hence arctan 2 = arccos(1/√5)'",
    ),
    # algebra.com 794239: cos(2 tan^-1 2)
    _c(
        T8,
        T8_AT,
        gold=r"-3/5",
        pred=r"-0.6",
        wrap=True,
        expected=True,
        why="tutor: cos(2tan^-1(2/1)) = -3/5 = -0.6",
    ),
    _c(
        T8,
        T8_AT,
        gold=r"-3/5",
        pred=r"-1+2/5",
        wrap=True,
        expected=True,
        why="a member of the tutor's chain",
    ),
    _c(
        T8,
        T8_AT,
        gold=r"-3/5",
        pred=r"-1+2(5/25)",
        wrap=True,
        expected=True,
        why="a member of the tutor's chain",
    ),
    # gradesaver Trigonometry 7e 3.2 #14
    _c(
        T9,
        T9_AT,
        gold=r"$\dfrac{3}{4}\pi$",
        pred=r"$135^o$",
        wrap=True,
        expected=True,
        why="(b): 135^o · π/180^o = 3/4 π radians",
    ),
    _c(
        T9,
        T9_AT,
        gold=r"\dfrac{\pi}{4}",
        pred=r"45^o",
        wrap=True,
        expected=True,
        why="(c): reference angle = 45^o = π/4 radians",
    ),
    # socratic answers 150817
    _c(
        T10,
        T10_AT,
        gold=r"pi/4",
        pred=r"45 deg",
        wrap=True,
        expected=True,
        why="answer: (x + y) = 45 deg = pi/4",
    ),
    # socratic arc tan(1/2) + arc tan(1/3)
    _c(
        T11,
        T11_AT,
        gold=r"\alpha = \frac{\pi}{4} + k \pi",
        pred=r"alpha=45°+k180°",
        wrap=True,
        expected=True,
        why="answer: alpha = 45° + k180°, or, in radians: alpha = pi/4 + k pi",
    ),
    # vespr: radian measure of arctan(1/2) + arctan(1/3)
    _c(
        T12,
        T12_AT,
        gold=r"pi/4",
        pred=r"arc tan 1",
        wrap=True,
        expected=True,
        why="answer: = arc tan 1 = pi/4, 'is the desired value'",
    ),
    _c(
        T12,
        T12_AT,
        gold=r"pi/4",
        pred=r"arc tan ((5/6)/(5/6))",
        wrap=True,
        expected=True,
        why="a member of the answer's chain",
    ),
    # vespr: exact value of arctan(1/2) + arctan(1/3), an intermediate value
    _c(
        T13,
        T13_AT,
        gold=r"1/sqrt(2)",
        pred=r"5/sqrt(50)",
        wrap=True,
        expected=True,
        why="answer: the numerator = 5/sqrt(50) = 1/sqrt(2)",
    ),
    # socratic answers 305575: sec^2 x - tan^2 x
    _c(
        T14,
        T14_AT,
        gold=r"1",
        pred=r"1/cos^2 x - sin^2 x/cos^2 x",
        wrap=True,
        expected=True,
        why="chain ending in 1",
    ),
    _c(
        T14,
        T14_AT,
        gold=r"1",
        pred=r"(1 - sin^2 x)/cos^2 x",
        wrap=True,
        expected=True,
        why="a member of the chain",
    ),
    _c(
        T14,
        T14_AT,
        gold=r"1",
        pred=r"cos^2 x/cos^2 x",
        wrap=True,
        expected=True,
        why="a member of the chain",
    ),
    # jiskha 1306891219: sec x (sec x - cos x)
    _c(
        T15,
        T15_AT,
        gold=r"tan^2x",
        pred=r"(1/cosx)(1/cosx - cosx)",
        wrap=True,
        expected=True,
        why="Reiny's chain LS = (1/cosx)(1/cosx - cosx) = ... = tan^2x = RS",
    ),
    _c(
        T15,
        T15_AT,
        gold=r"tan^2x",
        pred=r"1/cos^2x - 1",
        wrap=True,
        expected=True,
        why="a member of Reiny's chain",
    ),
]
