r"""A fifty-eighth fresh set of answer-equivalence cases (evaluation only; helper "a": geometry
answers -- areas, volumes and circumferences in terms of π and as decimals, surds simplified or not,
rationalised or not, Pythagoras lengths, a similarity scale factor and an area formula -- where an
answer key, a worked solution, a tutor's reply or a teacher's misconception page settles which forms
are the same answer and which are not).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/, and checked against /work/wt/fresh57_claims/claims.txt; each page was
claimed in /work/wt/fresh58_claims/claims.txt before use). Each case gives the reference answer
(``gold``), the prediction (``pred``: another form the page gives as the same answer, or a form the
page refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and the
verdict (``expected``) settled on the page, with no one on the page contradicting it. ``repo`` is
the domain of the stored copy and ``where`` its full URL. There is no commit; every source is a web
page with no licence file. Only the text the search tool returned for a page (its excerpt) was
read. Do not tune the judge on these cases.

Transcription: strings are copied as the stored page shows them (LaTeX kept as LaTeX with the
``$`` delimiters dropped; ``√``, ``π``, ``⋅``, ``*`` and the pages' units "cm sq", "ft^2", "mi.^{3}",
"\text{ cubic inches}" kept as written; ximpledu's bracketed fractions ``[√3/2]⋅8`` kept). A left
side such as ``A =``, ``V =``, ``x =`` or ``C =`` is dropped. Readings, each noted in ``why``: where
a key gives an exact form and then its approximation as the answer to the same question ("Exact:
... Approximation: ...", "exactly ... or approximately ...", "Exact answer ... Approximate answer
...", "49π ≈ 153.94", "6.2π ... ≈ 19.5"), the exact form is the gold and the approximation (rounded
as the page rounds it, with π = 3.14 where the page uses 3.14) a True case; where a page writes a
chain "a = b = c" while simplifying one answer, each earlier link is a True case for the final form;
the wrong working a page marks "Wrong" (mathsguide.uk) or a student's result the page says "is not
right" (techqa) is a False case.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- www.gradesaver.com Geometry: Common Core (15th Edition) 7-2 p. 445 ex. 25 ("The scale factor is
  $\frac{5}{3}$ or $5:3$."). 1 case.
- w6.fakespot.com pregunas 23879273 (copy of a Q&A answer: short leg of a 30-60-90 triangle with
  long leg 10, "Answer: \frac{10}{\sqrt{3}} This is equivalent to \frac{10\sqrt{3}}{3}"). 1 case.
- www.gradesaver.com Thinking Mathematically (6th Edition) ch. 10 review p. 682 ex. 53 (cone, "$V =
  \frac{44800}{3}\pi \approx 46891 \text{ cubic inches}$"). 1 case.
- www.basic-mathematics.com "hypotenuse-word-problem" (legs of an isosceles right triangle with
  hypotenuse 4 m, "in simplified radical form, or as a decimal rounded to four places": "x = √(8)
  ... x = 2 × √(2) or ... x = 2.8284"). 2 cases.
- mathleaks.com McGraw Hill Glencoe Geometry 2012, 11-2 p. 796 ex. 54 (circle of diameter 6.2 cm:
  "C=6.2π C=19.477874... C ≈ 19.5", "Circumference: 19.5cm"). 1 case.
- math.techqa.club 2825951 (distance from (0,0) to (5,-5): the asker's "answer of $0$ which is not
  right"; the answer "=\sqrt{50}"). 1 case (False).
- esaral.com q 91274 (distance between (0, 5) and (-5, 0): "(b) 5√2", "$=\sqrt{25+25}=\sqrt{50}=5
  \sqrt{2}$"). 1 case.
- www.gradesaver.com Prealgebra (7th Edition) 9-3 practice p. 628 ex. 4 ("Exact: $A=49\pi$ cm sq
  Approximation: $A=153.86$ cm sq"). 1 case.
- gradesaver.com Geometry: Common Core (15th Edition) 1-8 got it p. 62 ex. 5 ("a) $49\pi\ ft^2$ b)
  $153.86\ ft^2$", "$A=49\pi=49(3.14)=153.86$"). 1 case.
- archive.laminart.com dudas 28969971 (copy of a Q&A answer, d = 14 ft, "Give both exact values and
  approximations to the nearest hundredth": "Exact solution: 14\pi ft. Approximation: 43.98 ft.",
  "Exact solution: 49\pi ft^2. Approximation: 153.94ft^2."). 2 cases.
- ximpledu.com "en/equilateral-triangle-height" (height of an equilateral triangle of side 8: "x =
  [√3/2]⋅8 ... So x = 4√3"; side from height 12: "x = 12⋅[2/√3] ... x = 24√3/3 ... So x = 8√3").
  3 cases.
- szaloneliczby.pl "pole-trojkata-rownobocznego-o-wysokosci-3-jest-rowne" (Polish: area of an
  equilateral triangle with height 3; side "\frac{6}{\sqrt{3}}=...=\frac{6\sqrt{3}}{3}=2\sqrt{3}",
  area "P=\frac{4\cdot3\cdot\sqrt{3}}{4} P=3\sqrt{3}"). 3 cases.
- ja3.jsfiddle.net parte 16781841 (copy of a Q&A answer: side of a tilted square, "Exact answer:
  \sqrt{29} Approximate answer: 5.385"). 1 case.
- www.mathsguide.uk "misconception/diameter-radius-error" (circle of diameter 10cm: "Wrong: $A =
  \pi r^2 = \pi \times 10^2 = 100\pi = 314.16\text{cm}^2$", the fix "$$A = \pi r^2 = \pi \times 5^2 =
  25\pi = 78.54\text{cm}^2$$", "The wrong answer (100ฯ) is 4 times too big!", its π shown as "ฯ"
  in the stored text). 3 cases (2 False).
- alumnos.planeaciondidactica.cucea.udg.mx expertos 28061504 (copy of a Q&A answer deriving the area
  of an equilateral triangle: "A = \frac{a^2*\sqrt{3}}{4} This is the formula ... but it is also
  often written as: A=\frac{\sqrt{3}}{4}a^2"). 1 case.
- www.gradesaver.com Intermediate Algebra (6th Edition) appendix A.3 p. 676 ex. 2 (sphere of radius
  3 mi with π = 22/7: "$V$ = $\frac{792}{7}$ or $113\frac{1}{7}$ mi.$^{3}$", "Volume of the sphere
  is exactly $36π$ mi.$^{3}$ or approximately $113\frac{1}{7}$ mi.$^{3}$", "Surface area of the
  sphere is exactly $36π$ mi.$^{2}$ or approximately $113\frac{1}{7}$ mi.$^{2}$"). 3 cases.

26 cases in all (3 False).

Left out, by rule: single printed forms (wtmaths "answers_pi" examples, gradesaver Elementary
Geometry 5-4 ex. 11c "(5, 12, 13) are a Pythagorean Triple", corbettmaths sphere answers, the
web2.0calc hypotenuse "561"); multiple-choice distractors the stored text does not refuse in words
(esaral 91274 options (a) 5, (c) 2√5, (d) 10); intermediate values that the pages only compute on
the way (mathleaks 796-54 "A=30.190705..."); answers with two solutions rather than two forms of
one (mathleaks Core Connections II 671-62 "C(6,6sqrt(3)) or C(6,- 6sqrt(3))"); spoken-math
renderings of a page's formulas (daft.us copy of Prentice Hall Algebra 2 p. 827, "fraction 5 over
square root of 2 end fraction"); answer keys whose radicals or fractions the text conversion lost
or stacked (fanyv88 proxy of scribd 500142634 CK-12 Chapter 08 key, "90 2 or 127.3’", "15√2 ... 2
𝑜𝑟 7.5√2"; tutorvista q18019 "Scale factor = 65 or 6 : 5"; flipbuilder ABCTE study guide p. 259).

Examined and not used: go-math-science.com, wtmaths, hscscience.com.au, scribd 725230868,
703618006 and 590585364, homework.cpm.org 12-25 and slideplayer 6028161 (used or examined by
bench/equiv_fresh54_a.py and bench/equiv_fresh50_a.py); algebra.com and jiskha.com pages (left out
by the brief, among them algebra.com 571188, a Khan Academy "2*sqrt(24)" refused for
"2*sqrt(14)"); a.simonm.io mark schemes (left out by the brief); askanewquestion.com,
gauthmath.com, questionai.com, mathix.co, mysovi.ai, edu.com, curioustab.com, quizgecko.com,
learnlyai.co.uk, learnexams.com, gaviki.com, openknowledgegraph.com, nursespath.com, math.bot,
answerspace.ai, solvelyapp.com, learningcorner.co and the mis.kyeop.go.ke copies (machine-written
or AI answers); KS3 mark-scheme booklets on sats-papers.co.uk, yumpu, vdocument.in, fdocuments.in,
pdfslide.net and studylib (only the general introduction was stored); CK-12 Geometry Second
Edition answer keys on docslib, vdocuments.mx, studyres and de.scribd (only the front matter was
stored); the Khan exercises report on github (an issue, not a page of the corpus).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

GS = "www.gradesaver.com"
GS_SIM = "https://www.gradesaver.com/textbooks/math/geometry/geometry-common-core-15th-edition/chapter-7-similarity-7-2-similar-polygons-practice-and-problem-solving-exercises-page-445/25"
FAKE = "w6.fakespot.com"
FAKE_238 = "https://w6.fakespot.com/pregunas/23879273"
GS_TM = "https://www.gradesaver.com/textbooks/math/other-math/thinking-mathematically-6th-edition/chapter-10-geometry-chapter-summary-review-and-test-review-exercises-page-682/53"
BM = "www.basic-mathematics.com"
BM_HYP = "https://www.basic-mathematics.com/hypotenuse-word-problem.html"
ML = "mathleaks.com"
ML_796 = "https://mathleaks.com/study/mcgraw-hill-glencoe-geometry-2012/11-areas-of-trapezoids-rhombi-and-kites/796-54"
TQ = "math.techqa.club"
TQ_282 = "https://math.techqa.club/distance-formula-with-00-2825951"
ES = "esaral.com"
ES_912 = "https://esaral.com/q/the-distance-between-the-points-0-5-91274"
GS_PA = "https://www.gradesaver.com/textbooks/math/prealgebra/prealgebra-7th-edition/chapter-9-section-9-3-area-volume-and-surface-area-practice-page-628/4"
GS2 = "gradesaver.com"
GS_CC62 = "https://gradesaver.com/textbooks/math/geometry/geometry-common-core-15th-edition/chapter-1-tools-of-geometry-1-8-perimeter-circumference-and-area-got-it-page-62/5"
LAM = "archive.laminart.com"
LAM_289 = "https://archive.laminart.com/dudas/28969971"
XIM = "ximpledu.com"
XIM_EQ = "https://ximpledu.com/en/equilateral-triangle-height/"
SZ = "szaloneliczby.pl"
SZ_EQ = "https://szaloneliczby.pl/pole-trojkata-rownobocznego-o-wysokosci-3-jest-rowne/"
JSF = "ja3.jsfiddle.net"
JSF_167 = "https://ja3.jsfiddle.net/parte/16781841"
MG = "www.mathsguide.uk"
MG_DR = "https://www.mathsguide.uk/misconception/diameter-radius-error"
PD = "alumnos.planeaciondidactica.cucea.udg.mx"
PD_280 = "https://alumnos.planeaciondidactica.cucea.udg.mx/expertos/28061504"
GS_IA = "http://www.gradesaver.com/textbooks/math/algebra/intermediate-algebra-6th-edition/appendix-a-a-3-exercise-set-page-676/2"

CASES = [
    # gradesaver Geometry Common Core p. 445 ex. 25: a scale factor as a fraction and as a ratio
    _c(
        GS,
        GS_SIM,
        gold=r"\frac{5}{3}",
        pred=r"5:3",
        wrap=True,
        expected=True,
        why="'The scale factor is $\\frac{5}{3}$ or $5:3$.'",
    ),
    # fakespot 23879273: unrationalised and rationalised short leg
    _c(
        FAKE,
        FAKE_238,
        gold=r"\frac{10}{\sqrt{3}}",
        pred=r"\frac{10\sqrt{3}}{3}",
        wrap=True,
        expected=True,
        why="'Answer: \\frac{10}{\\sqrt{3}} This is equivalent to \\frac{10\\sqrt{3}}{3}'",
    ),
    # gradesaver Thinking Mathematically p. 682 ex. 53: cone volume exact and approximate
    _c(
        GS,
        GS_TM,
        gold=r"\frac{44800}{3}\pi",
        pred=r"46891 \text{ cubic inches}",
        wrap=True,
        expected=True,
        why="answer '$V = \\frac{44800}{3}\\pi \\approx 46891 \\text{ cubic inches}$'",
    ),
    # basic-mathematics hypotenuse word problem: leg in radical form or to four places
    _c(
        BM,
        BM_HYP,
        gold=r"2 × √(2)",
        pred=r"2.8284",
        wrap=True,
        expected=True,
        why="'simplified radical form, or as a decimal rounded to four places': 'x = 2 × √(2) or ... x = 2.8284'",
    ),
    _c(
        BM,
        BM_HYP,
        gold=r"2 × √(2)",
        pred=r"√(8)",
        wrap=True,
        expected=True,
        why="'x = √(8) x = √(4 × 2) x = √(4) × √(2) x = 2 × √(2)'",
    ),
    # mathleaks Glencoe Geometry p. 796 ex. 54: circumference 6.2π and its rounding
    _c(
        ML,
        ML_796,
        gold=r"19.5cm",
        pred=r"6.2π",
        wrap=True,
        expected=True,
        why="'C=6.2π C=19.477874... C ≈ 19.5', answer 'Circumference: 19.5cm'",
    ),
    # techqa 2825951: a distance computed as 0 is not right
    _c(
        TQ,
        TQ_282,
        gold=r"\sqrt{50}",
        pred=r"0",
        wrap=True,
        expected=False,
        why="asker: 'give's me an answer of $0$ which is not right'; answer '=\\sqrt{25+25}=\\sqrt{50}'",
    ),
    # esaral 91274: distance as √50 and as 5√2
    _c(
        ES,
        ES_912,
        gold=r"5√2",
        pred=r"\sqrt{50}",
        wrap=True,
        expected=True,
        why="option '(b) 5√2'; solution '$=\\sqrt{25+25}=\\sqrt{50}=5 \\sqrt{2}$'",
    ),
    # gradesaver Prealgebra p. 628 ex. 4: exact and approximate area
    _c(
        GS,
        GS_PA,
        gold=r"49\pi cm sq",
        pred=r"153.86 cm sq",
        wrap=True,
        expected=True,
        why="'Exact: $A=49\\pi$ cm sq Approximation: $A=153.86$ cm sq' (π = 3.14)",
    ),
    # gradesaver Geometry Common Core p. 62 ex. 5: a) exact area, b) with π = 3.14
    _c(
        GS2,
        GS_CC62,
        gold=r"49\pi\ ft^2",
        pred=r"153.86\ ft^2",
        wrap=True,
        expected=True,
        why="'a) $49\\pi\\ ft^2$ b) $153.86\\ ft^2$', '$A=49\\pi=49(3.14)=153.86$'",
    ),
    # laminart 28969971: exact values and approximations to the nearest hundredth
    _c(
        LAM,
        LAM_289,
        gold=r"14\pi ft.",
        pred=r"43.98\text{ ft.}",
        wrap=True,
        expected=True,
        why="'(a) Exact solution: 14\\pi ft. Approximation: 43.98\\text{ ft.}'",
    ),
    _c(
        LAM,
        LAM_289,
        gold=r"49\pi ft^2",
        pred=r"153.94ft^2",
        wrap=True,
        expected=True,
        why="'(b) Exact solution: 49\\pi ft^2. Approximation: 153.94ft^2.'",
    ),
    # ximpledu equilateral triangle height: unsimplified and simplified radicals
    _c(
        XIM,
        XIM_EQ,
        gold=r"4√3",
        pred=r"[√3/2]⋅8",
        wrap=True,
        expected=True,
        why="'Then x = [√3/2]⋅8. ... So x = 4√3.'",
    ),
    _c(
        XIM,
        XIM_EQ,
        gold=r"8√3",
        pred=r"12⋅[2/√3]",
        wrap=True,
        expected=True,
        why="'Then x = 12⋅[2/√3]. ... So x = 8√3.'",
    ),
    _c(
        XIM,
        XIM_EQ,
        gold=r"8√3",
        pred=r"24√3/3",
        wrap=True,
        expected=True,
        why="'Then x = 24√3/3. Cancel the denominator 3 ... So x = 8√3.'",
    ),
    # szaloneliczby: side and area of an equilateral triangle with height 3
    _c(
        SZ,
        SZ_EQ,
        gold=r"2\sqrt{3}",
        pred=r"\frac{6}{\sqrt{3}}",
        wrap=True,
        expected=True,
        why="'a=\\frac{6}{\\sqrt{3}}', '\\frac{6}{\\sqrt{3}}=...=\\frac{6\\sqrt{3}}{3}=2\\sqrt{3}'",
    ),
    _c(
        SZ,
        SZ_EQ,
        gold=r"2\sqrt{3}",
        pred=r"\frac{6\sqrt{3}}{3}",
        wrap=True,
        expected=True,
        why="'\\frac{6\\sqrt{3}}{3}=2\\sqrt{3}'",
    ),
    _c(
        SZ,
        SZ_EQ,
        gold=r"3\sqrt{3}",
        pred=r"\frac{4\cdot3\cdot\sqrt{3}}{4}",
        wrap=True,
        expected=True,
        why="'P=\\frac{4\\cdot3\\cdot\\sqrt{3}}{4} P=3\\sqrt{3}'",
    ),
    # jsfiddle 16781841: side of a square, exact and approximate
    _c(
        JSF,
        JSF_167,
        gold=r"\sqrt{29}",
        pred=r"5.385",
        wrap=True,
        expected=True,
        why="'Exact answer: \\sqrt{29} Approximate answer: 5.385'",
    ),
    # mathsguide.uk diameter-radius error: the fix and the refused working
    _c(
        MG,
        MG_DR,
        gold=r"25\pi",
        pred=r"78.54\text{cm}^2",
        wrap=True,
        expected=True,
        why="the fix: '$$A = \\pi r^2 = \\pi \\times 5^2 = 25\\pi = 78.54\\text{cm}^2$$'",
    ),
    _c(
        MG,
        MG_DR,
        gold=r"25\pi",
        pred=r"100\pi",
        wrap=True,
        expected=False,
        why="'Wrong: ... = 100\\pi', 'The wrong answer (100ฯ) is 4 times too big!'",
    ),
    _c(
        MG,
        MG_DR,
        gold=r"78.54\text{cm}^2",
        pred=r"314.16\text{cm}^2",
        wrap=True,
        expected=False,
        why="'Wrong: $A = \\pi r^2 = \\pi \\times 10^2 = 100\\pi = 314.16\\text{cm}^2$'",
    ),
    # planeaciondidactica 28061504: two ways of writing the equilateral-triangle area
    _c(
        PD,
        PD_280,
        gold=r"\frac{\sqrt{3}}{4}a^2",
        pred=r"\frac{a^2*\sqrt{3}}{4}",
        wrap=True,
        expected=True,
        why="'A = \\frac{a^2*\\sqrt{3}}{4} This is the formula ... but it is also often written as: A=\\frac{\\sqrt{3}}{4}a^2'",
    ),
    # gradesaver Intermediate Algebra p. 676 ex. 2: sphere with π = 22/7
    _c(
        GS,
        GS_IA,
        gold=r"\frac{792}{7}",
        pred=r"113\frac{1}{7}",
        wrap=True,
        expected=True,
        why="'$V$ = $\\frac{792}{7}$ or $113\\frac{1}{7}$ mi.$^{3}$'",
    ),
    _c(
        GS,
        GS_IA,
        gold=r"36π mi.^{3}",
        pred=r"113\frac{1}{7} mi.^{3}",
        wrap=True,
        expected=True,
        why="'Volume of the sphere is exactly $36π$ mi.$^{3}$ or approximately $113\\frac{1}{7}$ mi.$^{3}$'",
    ),
    _c(
        GS,
        GS_IA,
        gold=r"36π mi.^{2}",
        pred=r"113\frac{1}{7} mi.^{2}",
        wrap=True,
        expected=True,
        why="'Surface area of the sphere is exactly $36π$ mi.$^{2}$ or approximately $113\\frac{1}{7}$ mi.$^{2}$'",
    ),
]
