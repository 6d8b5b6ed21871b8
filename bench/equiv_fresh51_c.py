r"""A fifty-first fresh set of answer-equivalence cases (evaluation only; helper "c": trigonometry
answers settled by a person on a public web page -- general solutions of trigonometric equations
written as different periodic families, solutions restricted to an interval, degrees against
radians, exact values of trigonometric and inverse trigonometric functions, identities simplified to
different forms, and angles in degrees-minutes-seconds).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; none of the pages was used by an earlier set (checked against bench/data/README.md,
bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py, bench/data/equiv_fresh4.md and
the claims folders /work/wt/fresh2*_claims ... fresh50_claims; each page was claimed in
/work/wt/fresh51_claims before use). Each case gives the reference answer (``gold``), the
prediction (``pred``: the other form a person on the page equates with it, accepts beside it, or
sets against it; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and the
verdict (``expected``) settled on the page, with no one on the page contradicting it. ``repo`` is
the domain of the stored copy and ``where`` its full URL. There is no commit; every source is a web
page with no licence file. Only the text the search tool returned for a page (its excerpt) was
read. Do not tune the judge on these cases. The set continues in bench/equiv_fresh51_c2.py and
bench/equiv_fresh51_c3.py.

Transcription: strings are copied as the stored page shows them (Socratic's ``#...#`` AsciiMath
with ``^@`` and ``^o`` for degrees, LaTeX with ``\dfrac`` and ``$``, plain text with ``pi``,
``π``, ``°``, ``º``, ``’`` and ``”``). algebra.com's ``{{{...}}}`` formula markup is dropped and
the text inside it kept. Where a worker writes a chain ``A = B = C``, the last member (or the
member the page gives as the answer) is the gold and an earlier member a prediction. Cases that pair
a rounded angle with the value it was rounded from (degrees-minutes-seconds to a stated accuracy)
say so in ``why``: they are True because the page accepts them, not because the numbers are equal.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- www.algebra.com solution 741365 (angles in [-16pi/6, 13pi/6] with sine 1/2; the tutor: "-16pi / 6
  is the same angle as -8pi / 3", pi/6 radians "becomes 30 degrees", 5pi/6 "equivalent to ... 150
  degrees", pi/6 + 12pi/6 = 13pi/6, 5pi/6 - 12pi/6 = -7pi/6). 5 cases.
- api-project-1022638073839.appspot.com (a copy of a Socratic answer, "How do you solve 2 sin x + 1
  = 0": 210°/180°·pi = 7pi/6, 330° = 11pi/6, "(11pi)/6 = 2pi - pi/6"). 3 cases.
- vespr.org (a copy of a Socratic answer, general solutions of sin x = -1/2: x = -pi/6 + 2kpi, x =
  -5pi/6 + 2kpi, "You may express the answers by the 2 arcs that have the same terminal" 7pi/6 +
  2kpi, 11pi/6 + 2kpi). 1 case.
- science-mathematics.com 201111/19607 (cos(2x - pi/3) = -sqrt3/2; the asker's book answer 7pi/12,
  19pi/12, 3pi/4, 7pi/4; the answerer gets the same four, restates them as 105°, 135°, 285°, 315°,
  and writes 9π/6 + 2nπ = 3π/2 + 2nπ). 3 cases.
- math.techqa.club 3514886 (solutions pi/6 + 2pi n, 5pi/6 + 2pi n, -pi/2 + 2pi n: the best answer
  rejects the asker's set-builder form "you are asserting that your set of solutions is a subset of
  Z" and gives a union of sets; another reply offers (4n+1)pi/6, a third writes congruences mod
  2pi). 4 cases (1 False).
- www.jiskha.com 1365346738 (2 cos(theta) = -1 on [0, 2pi): the tutor's 120° or 240°, "Ø = 2π/3 or
  Ø = 4π/3"). 2 cases.
- mathhelpforum.com 160150 ("arcsin(-1/2) = -pi/6, not arcsin(-1/2) = sin(-pi/6)"). 1 case
  (False).
- www.gradesaver.com Trigonometry 10e section 1.1 exercises 48, 67 and 68 (degrees-minutes-seconds
  worked by the site's contributors: 89°59'60" - 36°18'47" = 53°41'13", 31°25.776' = 31°25'46.56",
  59°5.124' = 59°5'7.44"). 3 cases.
- qammunity.org 16646527 (42.54° = 42° 32' 24"). 1 case.
- www.edplace.com worksheet 2724 (42º 14' 32" = 42.24222222º... = 42.24º to 2 decimal places).
  1 case.
- socratic.org "How do you convert 2.5° to D°M'S'' form?" (2.5^@ = 2^@ + (0.5 * 60)' = 2^@30').
  2 cases.
- imathworks.com "Solve for sin^2(x) = 3cos^2(x)" (the textbook's pi/3 and 2pi/3 against the asker's
  pi/3 and 5pi/3; the best answer: "You are correct until the square root", cos x = ±1/2). 1 case
  (False).
- imathworks.com "Trigonometry equation cos(x)-cos(2x)+cos(3x)=0" (the book's ±60°+360°k,
  45°+90°k; the best answer derives x = (2k+1)pi/4 = 90°k + 45° and x = 2kpi ± pi/3 = 360°k ± 60°,
  against the asker's x = ±1/2 + 360°k). 3 cases (1 False).
- drift.fundegar.com "Solve tan x = sqrt 3" (answers: 7pi/6 "does not solve", the second solution
  in [0, 2pi] is 4pi/3 = pi/3 + 1·pi). 2 cases (1 False).
- www.algebra.com solution 847206 (sin x + cos x = 1: after squaring, x = n·(pi/2); "only x with n =
  4k and n = 4k+1 satisfy the original equation", answer x = 2k·pi and x = pi/2 + 2k·pi). 1 case
  (False).
- www.emmcq.com question 290002188 (general solution of sin x + cos x = 1; the key gives x = nπ +
  (-1)^n π/4 - π/4 and refuses x = 2nπ and x = 2nπ + π/2 offered alone). 2 cases (False).
- plainmath.net 44992 (sin x + cos x = 1: two answerers, S = {2kπ, π/2 + 2kπ} and x = 2πn, π/2 +
  2πn). 1 case.
- www.algebra.com solution 594060 (cos 2x = .5: 30, 150, 210, 330 degrees "equal to" pi/6, 5pi/6,
  7pi/6, 11pi/6). 4 cases.
- www.gradesaver.com Precalculus: Concepts Through Functions 3e, chapter 5 review exercise 48
  (32°20'35'' ≈ 32.34°; 63.18° = 63° + 10.8' = 63° + 10' + 48''). 3 cases.
- socratic.org "How do you convert -3.58° to D°M'S'' form?" (3.58^o = 3^o 34' 48''). 1 case.
- media.nagwa.com video 587120390890 subtitles (52.113611 degrees is 52 degrees, six minutes, and
  49 seconds, to the nearest second). 1 case.
- askanewquestion.com 1702606 (a human thread: cot x sin x - cos x + cos x = cos x·(sin x/sin x)
  + 0 = cos x). 2 cases.

Left out, by rule: a step that restates the problem rather than an answer; lines whose fraction is
drawn over two text lines (qammunity 17423561: cos(x) over sin(x) = cot(x)), Socratic's
``\mathmr`` and ``\setminus`` rendering debris, and intermediate lines that contain a typo the
worker then drops; multiple-choice letters (only the option values are compared); and a
restriction to an interval that the stored text does not state.

Examined and not used: themathdoctors.org "When your answer doesn't match the book's" and
imathworks "Solve sin 5x = sin x" (used by earlier sets); a.simonm.io mark schemes (judged
LLM-transcribed by earlier sets); mis.kyeop.go.ke, popai.pro, mathix.co, answerspace.ai,
corca.app, gauthmath, studdy, solveeit.ai, studyquestionhub, vaia and the huggingface.co
Nemotron-CC-Math pages (machine-written or LLM-rewritten); algebra.com 448016 ("360° ± k·120°"
includes angles that are not solutions), enotes 191233 and qammunity 21408528 (tan 75° worked to a
wrong value), wyzant 428325 (11pi/18 + 2pi/3 written as 22pi/18), socratic.com cot^-1(-1/sqrt3)
(answer in the wrong quadrant), studypool 314274 and s5g.ru (cos 75° wrong), api-project "sin 2x =
cos x from [-2pi, pi/2]" (answers outside the interval) -- all wrong on their face;
web2.0calc "trigonometry-help-please_3", mathhelpforum 198692, 207368, 110121, 89670, 94542 and
187592, physicsforums 427325 (no settled verdict or formulas lost in the stored text); physicsforums
890975 (cot(-pi/4) against cot(3pi/4): equal values, the dispute is about the required form);
socratic answers 634060 (two answers that contradict each other); forums.overclockers.co.uk
17940755 (a later post disputes the pairing); algebra.com 632281 (the tutor does not comment on
the asker's form); mathoverflow 222003 and mizar (statements, not verdicts on an answer).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

S1 = "www.algebra.com"

S1_AT = "https://www.algebra.com/cgi-bin/show-question-source.mpl?solution=741365"

S2 = "api-project-1022638073839.appspot.com"

S2_AT = "https://api-project-1022638073839.appspot.com/questions/how-do-you-solve-2-sin-x-1-0"

S3 = "vespr.org"

S3_AT = "https://vespr.org/questions/how-do-you-find-the-general-solutions-for-sin-x-1-2"

S4 = "science-mathematics.com"

S4_AT = "http://science-mathematics.com/Mathematics/201111/19607.htm"

S5 = "math.techqa.club"

S5_AT = (
    "https://math.techqa.club/is-it-valid-to-write-the-solution-to-an-equation-like-that-3514886"
)

S6 = "www.jiskha.com"

S6_AT = "https://www.jiskha.com/display.cgi?id=1365346738"

S7 = "mathhelpforum.com"

S7_AT = "http://mathhelpforum.com/trigonometry/160150-algebraically-find-arcsine.html"

S8 = "www.gradesaver.com"

_GS_TRIG10 = (
    "http://www.gradesaver.com/textbooks/math/trigonometry/trigonometry-10th-edition/"
    "chapter-1-trigonometric-functions-section-1-1-angles-1-1-exercises-page-8/"
)

S8_AT48 = _GS_TRIG10 + "48"

S8_AT67 = _GS_TRIG10 + "67"

S8_AT68 = _GS_TRIG10 + "68"

S9 = "qammunity.org"

S9_AT = "https://qammunity.org/16646527/?show=16646529"

S10 = "www.edplace.com"

S10_AT = (
    "https://www.edplace.com/worksheet_info/maths/keystage2/year6/topic/269/2724/"
    "convert-degrees-minutes-and-seconds-to-decimals"
)

S11 = "socratic.org"

S11_AT = "https://socratic.org/questions/how-do-you-convert-2-5-circ-to-d-circm-s-form"

S12 = "imathworks.com"

S12_AT = "https://imathworks.com/math/math-solve-for-sin2x-3cos2x"

S13 = "imathworks.com"

S13_AT = "https://imathworks.com/math/math-trigonometry-equation-cosx-cos2xcos3x0"

S14 = "drift.fundegar.com"

S14_AT = "https://drift.fundegar.com/solve-tan-x-sqrt-3-finding-all-solutions.html"

S15 = "www.algebra.com"

S15_AT = "https://www.algebra.com/cgi-bin/show-question-source.mpl?solution=847206"

S16 = "www.emmcq.com"

S16_AT = (
    "https://www.emmcq.com:443/the-general-solution-of-the-trigonometric-equation-sin-x-cos-x-1-"
    "is-given-by-290002188"
)

S17 = "plainmath.net"

S17_AT = "https://plainmath.net/44992/solve-sin-x-plus-cos-x-equal-1"

S18 = "www.algebra.com"

S18_AT = "https://www.algebra.com/cgi-bin/show-question-source.mpl?solution=594060"

S19 = "www.gradesaver.com"

S19_AT = (
    "https://www.gradesaver.com/textbooks/math/precalculus/precalculus-concepts-through-functions-"
    "a-unit-circle-approach-to-trigonometry-3rd-edition/chapter-5-trigonometric-functions-chapter-"
    "review-review-exercises-page-459/48"
)

S20 = "socratic.org"

S20_AT = "https://socratic.org/questions/how-do-you-convert-3-58-circ-to-d-circm-s-form"

S21 = "media.nagwa.com"

S21_AT = "https://media.nagwa.com/587120390890/en/subtitle_en.vtt"

S22 = "askanewquestion.com"

S22_AT = (
    "https://askanewquestion.com/questions/cotxsinx-cosx-cosx-does-this-equal-cos-x-cos-sin-sin-"
    "cosx/1702606"
)

_DQ = '"'

CASES = [
    # algebra.com 741365: the tutor's equalities while listing the angles with sine 1/2
    _c(
        S1,
        S1_AT,
        gold=r"-8pi / 3",
        pred=r"-16pi / 6",
        wrap=True,
        expected=True,
        why="tutor: '-16pi / 6 is the same angle as -8pi / 3'",
    ),
    _c(
        S1,
        S1_AT,
        gold=r"pi/6",
        pred=r"30 degrees",
        wrap=True,
        expected=True,
        why="tutor: sin^-1(1/2) = pi/6 radians; multiply by 180 / pi and it becomes 30 degrees",
    ),
    _c(
        S1,
        S1_AT,
        gold=r"5pi/6",
        pred=r"150 degrees",
        wrap=True,
        expected=True,
        why="tutor: 5pi/6 radians is equivalent to 180 - 30 = 150 degrees",
    ),
    _c(
        S1,
        S1_AT,
        gold=r"13pi / 6",
        pred=r"pi / 6 + 12pi / 6",
        wrap=True,
        expected=True,
        why="tutor: pi / 6 + 12pi / 6 = 13pi / 6",
    ),
    _c(
        S1,
        S1_AT,
        gold=r"-7pi / 6",
        pred=r"5pi / 6 - 12pi / 6",
        wrap=True,
        expected=True,
        why="tutor: 5pi / 6 - 12pi / 6 = -7pi / 6",
    ),
    # appspot copy of a Socratic answer: 2 sin x + 1 = 0
    _c(
        S2,
        S2_AT,
        gold=r"(7pi)/6",
        pred=r"210^o",
        wrap=True,
        expected=True,
        why="answer: 210^o/180^o*pi = (7pi)/6",
    ),
    _c(
        S2,
        S2_AT,
        gold=r"(11pi)/6",
        pred=r"330^o",
        wrap=True,
        expected=True,
        why="answer: 330^o/180^o*pi = (11pi)/6",
    ),
    _c(
        S2,
        S2_AT,
        gold=r"(11pi)/6",
        pred=r"2pi - pi/6",
        wrap=True,
        expected=True,
        why="answer: 'Notice how (11pi)/6 = 2pi - pi/6'",
    ),
    # vespr copy of a Socratic answer: general solutions of sin x = -1/2
    _c(
        S3,
        S3_AT,
        gold=r"x = - pi/6 + 2kpi, x = - ((5pi)/6) + 2kpi",
        pred=r"x = ((7pi)/6) + 2kpi, x = ((11pi)/6) + 2kpi",
        wrap=True,
        expected=True,
        why="answer: 'You may express the answers by the 2 arcs that have the same terminal'",
    ),
    # science-mathematics 19607: cos(2x - pi/3) = -sqrt3/2 on [0, 2pi)
    _c(
        S4,
        S4_AT,
        gold=r"7pi/12, 19pi/12, 3pi/4, and 7pi/4",
        pred=r"x = 7π/12, 3π/4, 19π/12, 7π/4",
        wrap=True,
        expected=True,
        why="the asker's book answer; the answerer's solutions are the same four angles",
    ),
    _c(
        S4,
        S4_AT,
        gold=r"7pi/12, 19pi/12, 3pi/4, and 7pi/4",
        pred=r"x = 105°, 135°, 285°, 315°",
        wrap=True,
        expected=True,
        why="the answerer restates the four solutions in degrees",
    ),
    _c(
        S4,
        S4_AT,
        gold=r"7π/6 + 2nπ, 3π/2 + 2nπ",
        pred=r"7π/6 + 2nπ, 9π/6 + 2nπ",
        wrap=True,
        expected=True,
        why="answerer: 2x = 7π/6 + 2nπ, 9π/6 + 2nπ = 7π/6 + 2nπ, 3π/2 + 2nπ",
    ),
    # math.techqa.club 3514886: how to write the solution set
    _c(
        S5,
        S5_AT,
        gold=r"x=\frac{\pi}{6}+2\pi n, x=\frac{5\pi}{6}+2\pi n, x=-\frac{\pi}{2}+2\pi n",
        pred=r"\left\{\frac\pi6+2\pi n\,\middle|\,n\in\mathbb Z\right\}\cup\left\{\frac{5\pi}6+2\pi"
        r" n\,\middle|\,n\in\mathbb Z\right\}\cup\left\{-\frac\pi2+2\pi n\,\middle|\,n\in\mathbb"
        r" Z\right\}",
        wrap=True,
        expected=True,
        why="best answer: 'You can write your set as' this union",
    ),
    _c(
        S5,
        S5_AT,
        gold=r"x=\frac{\pi}{6}+2\pi n, x=\frac{5\pi}{6}+2\pi n, x=-\frac{\pi}{2}+2\pi n",
        pred=r"\frac{4n+1}6\pi",
        wrap=True,
        expected=True,
        why="a reply: 'But what about (4n+1)pi/6 ?' (n = 0, 1, 2 give pi/6, 5pi/6, 3pi/2); "
        "no one contradicts",
    ),
    _c(
        S5,
        S5_AT,
        gold=r"x=\frac{\pi}{6}+2\pi n, x=\frac{5\pi}{6}+2\pi n, x=-\frac{\pi}{2}+2\pi n",
        pred=r"x\equiv \frac\pi 6,\:\frac{5\pi}6,\:-\frac\pi 2\pmod{2\pi}",
        wrap=True,
        expected=True,
        why="a reply: 'Personally, I would use congruences'",
    ),
    _c(
        S5,
        S5_AT,
        gold=r"x=\frac{\pi}{6}+2\pi n, x=\frac{5\pi}{6}+2\pi n, x=-\frac{\pi}{2}+2\pi n",
        pred=r"x \in \{ n\in \mathbb{Z} \ | \ (x=\frac{\pi}{6}+2\pi n \ \cup x=\frac{5\pi}{6}+2\pi"
        r" n \ \cup x=-\frac{\pi}{2}+2\pi n)\}",
        wrap=True,
        expected=False,
        why="best answer: 'No. ... you are asserting that your set of solutions is a subset of Z'",
    ),
    # jiskha 1365346738: 2 cos(theta) = -1 on [0, 2pi), exact values asked
    _c(
        S6,
        S6_AT,
        gold=r"Ø = 2π/3",
        pred=r"120°",
        wrap=True,
        expected=True,
        why="tutor: Ø = 180-60 = 120° ... Ø = 2π/3",
    ),
    _c(
        S6,
        S6_AT,
        gold=r"Ø = 4π/3",
        pred=r"240°",
        wrap=True,
        expected=True,
        why="tutor: Ø = 180+60 = 240° ... Ø = 4π/3",
    ),
    # mathhelpforum 160150
    _c(
        S7,
        S7_AT,
        gold=r"-pi/6",
        pred=r"sin(-pi/6)",
        wrap=True,
        expected=False,
        why="reply: 'arcsin(-1/2) = -pi/6, not arcsin(-1/2) = sin(-pi/6)'",
    ),
    # gradesaver Trigonometry 10e 1.1: degrees-minutes-seconds
    _c(
        S8,
        S8_AT48,
        gold=r"""$53^{\circ}41'13"$""",
        pred=r"""$89^{\circ}59'60" - 36^{\circ}18'47"$""",
        wrap=True,
        expected=True,
        why="exercise 48: subtract separately, answer 53°41'13\"",
    ),
    _c(
        S8,
        S8_AT67,
        gold=r"31$^{\circ}$25'46.56" + _DQ,
        pred=r"31$^{\circ}$25.776'",
        wrap=True,
        expected=True,
        why="exercise 67: 31° + 0.4296(60') = 31°25.776' = 31°25'46.56\"",
    ),
    _c(
        S8,
        S8_AT68,
        gold=r"59$^{\circ}$5' 7.44" + _DQ,
        pred=r"59$^{\circ}$5.124'",
        wrap=True,
        expected=True,
        why="exercise 68: 59° + 0.0854(60') = 59°5.124' = 59°5'7.44\"",
    ),
    # qammunity 16646527
    _c(
        S9,
        S9_AT,
        gold=r"""42° 32' 24" """.strip(),
        pred=r"42.54°",
        wrap=True,
        expected=True,
        why="answer: 'Hence, 42.54°=42° 32' 24\"'",
    ),
    # edplace worksheet: to 2 decimal places
    _c(
        S10,
        S10_AT,
        gold=r"42.24º",
        pred=r"""42º 14' 32" """.strip(),
        wrap=True,
        expected=True,
        why="worked example: 42º 14' 32\" = 42.24222222º... = 42.24º (to 2 dp); True by the "
        "rounding the worksheet asks for",
    ),
    # socratic 2.5 degrees in D M S
    _c(
        S11,
        S11_AT,
        gold=r"2^@30'",
        pred=r"2.5^@",
        wrap=True,
        expected=True,
        why="answer: 2.5^@ = 2^@ + (0.5 * 60)' = 2^@30'",
    ),
    _c(
        S11,
        S11_AT,
        gold=r"2^@30'",
        pred=r"2^@ + (0.5 * 60)'",
        wrap=True,
        expected=True,
        why="answer: the middle member of the chain",
    ),
    # imathworks sin^2 x = 3 cos^2 x
    _c(
        S12,
        S12_AT,
        gold=r"$\pi/3$ and $2\pi/3$",
        pred=r"$\pi/3$ and $5\pi/3$",
        wrap=True,
        expected=False,
        why="textbook answer against the asker's; best answer: 'You are correct until the square "
        "root: This leads to cos x = ±1/2'",
    ),
    # imathworks cos(x) - cos(2x) + cos(3x) = 0
    _c(
        S13,
        S13_AT,
        gold=r"$\pm60^\circ+360^\circ k$ , $45^\circ+90^\circ k$",
        pred=r"\color{red}{x=90^\circ k+45^\circ}, \color{red}{x=360^\circ k\pm 60^\circ}",
        wrap=True,
        expected=True,
        why="best answer's results, in red, match the book's answer",
    ),
]
