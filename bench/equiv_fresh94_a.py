r"""A ninety-fourth fresh set of answer-equivalence cases (evaluation only; helper "a": geometry
answers in terms of π and as decimals -- areas, circumferences, arc lengths, sector areas, volumes
and surface areas of cylinders, cones and spheres; an exact multiple of π against its decimal, its
3.14 value or its rounding; radians against degrees for angles; unit-less and wrongly worked forms
a mark scheme or teacher refuses -- where an IB markscheme, a textbook or teacher's worked
solution, a tutor's reply, a homework helper's answer or a teacher's help page settles which forms
are the same answer and which are not).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/ and checked against /work/wt/fresh*_claims/claims.txt; each page was claimed
in /work/wt/fresh94_claims/claims.txt before use). Each case gives the reference answer
(``gold``), the prediction (``pred``: another form the page gives as the same answer, or a form
the page refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and
the verdict (``expected``) settled on the page, with no one on the page contradicting it.
``repo`` is the domain of the stored copy (for the proxied scribd copy, the proxy's domain) and
``where`` its full URL. There is no commit; every source is a web page with no licence file. Only
the text the search tool returned for a page (its excerpt) was read. Do not tune the judge on
these cases. Continued in bench/equiv_fresh94_a2.py (same rules; its sources are listed below
too).

Transcription: strings are copied as the stored page shows them. LaTeX is kept as LaTeX with the
inline delimiters ($, \( \)) dropped; the pages' ascii forms ("2000Pi", "600pi square meters",
"pisqrt2 units", "1/2xx2xxpixxsqrt2", "sqrt2 *pi/3"), their "π", "×" and "x" signs and their
units ("cm3", "cm2", "cubic ft", "square centimeters", "in^3") are kept as written. A left side
such as "V =", "A =", "s =", "Area =", "length of arc=" or "Arc Length s = r * theta =" is dropped.
In socratic's #...# ascii-math the colour wrapper and the quotes around the unit text are dropped
("3.77 units"), and the ascii-math space of appspot's '1.48096" "units' is written as a space. In
IB markschemes a bracketed unit ("94.2 (cm2)") is dropped, and a form in brackets after the answer
("905 cm3 (288π cm3, 904.778 cm3)", "(accept 30π or 94.3 (cm2))", "6.71 cm (6.71213)") is read as
the same answer; where the markscheme says "units are required", the number without its unit is
a False case (as bench/equiv_fresh89_a.py read the same note). Readings, each noted in ``why``:
where a page gives an exact form and then its decimal or rounded value as the answer to the same
question ("= 9π/5 ≈ 5.65 cm", "196π ⇔ 615.7521601", "exactly ... APPROXIMATE solution", "Part 1
... in terms of π ... Part 2 ... rounded"), the exact form is the gold and the decimal a True case
(as bench/equiv_fresh58_a.py read such keys); where a page writes a chain "a = b = c" while
simplifying one answer, each earlier link is a True case for the final form; an angle the page
converts ("π/9 radians ... = 20°", "100° ... = 5π/9 radians") is a True case for the converted
answer. tutorful's "Exact Answer ✅ 25π / Approximate Answer ❌ 78.54" is the one place where a
page refuses a decimal against its exact form, and it is kept as the False case the page makes it.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- tutorful.co.uk "hub/gcse/maths/learn/exact-calculations-with-fractions-and-pi" (a GCSE lesson:
  "Exact Answer ✅ 25π  Approximate Answer ❌ 78.54"; semicircle "\frac{36\pi}{2} = 18\pi.
  Answer: 18\pi \text{ cm}^2"). 2 cases (1 False).
- www.greatmathsteachingideas.com 2014/03/18 "leave it all in terms of pi until the last minute"
  (a teacher's post: cylinder of radius 10cm, height 20cm, "2000Pi = 6283.2 cm^2"). 1 case.
- library.tis.today IB questionbank copy, mathematical studies question 129976 (16N.1.sl.TZ0.7
  markscheme: "Units are required in parts (a) and (b)", "=905 cm3 (288π cm3, 904.778 cm3)";
  "(r=) 6.71 cm (6.71213)"). 4 cases (1 False).
- library.tis.today IB questionbank copy, mathematical studies question 5550 (12M.2.sl.TZ1.3
  markscheme: "= 50.3 (16\pi) cm2"; "= 302 cm2 (96π cm2) ... The answer is 302 cm2, the units
  are required"). 3 cases (1 False).
- library.tis.today IB questionbank copy (v5), analysis and approaches question 460112
  (18N.1.SL.TZ0.T_9 markscheme: hemisphere on a cuboid, "units are required in part (a)(ii)", "=
  165 cm3 ... The answer is 165 cm3; the units are required"). 1 case (False).
- arietiform.com proxy copy of scribd 629314165 "Arc Length - Sector Area Exam Question Solutions"
  (IB-style markscheme, 8(d): "= 94.2 (cm2) (accept 30π or 94.3 (cm2))"). 2 cases.
- www.gradesaver.com Basic College Mathematics (9th Edition) 8.7 p. 588 ex. 22 (cone: "V=\frac{4\pi}
  {3}", "V\approx 4.186\approx 4.2~in^3"). 2 cases.
- edms.ncdmb.gov.ng "light/29296266" (copy of a Q&A answer, oblique cone: "Part 1. The volume of
  the cone in terms of π is 25π cubic ft. Part 2. The volume rounded to the nearest cubic foot is
  about 79 cubic ft."). 1 case.
- www.khanacademy.org 7th grade "v/area-of-a-circle" transcript (wafer of diameter 16 mm: "this is
  the answer, 64 pi millimeters squared" ... "64 times 3.14 ... gives us 200.96"). 1 case.
- en.khanacademy.org basic geometry "v/volume-of-a-sphere" (conversation under the video: "he uses
  his calculator to find an APPROXIMATE solution of V=(4/3)π(7)^3=1436.8. Had the problem specified
  to find the EXACT volume ... V=(4/3)π(343)=(1372/3)π"). 2 cases.
- mathforum.org Ask Dr. Math "library/drmath/view/69766.html" ("Leaving Answers in Terms of Pi":
  a homeschooler's cylinder "1884 square meters, not 600pi square meters"; "She says that it is ok
  to write it as 600pi square meters"; Doctor Peterson: the answer in terms of pi "is exact"). 1
  case.
- howtopasstheged.com 2014/01/10 "sphere" (ball of radius 7 cm: "196π square centimeters", "in
  decimal form ... 615.7521601 square centimeters", "196π ⇔ 615.7521601", "to the nearest tenth
  ... 615.8 square centimeters"). 2 cases.
- documen.tv 20710780 (copy of a Q&A answer: "Rajesh is working out the area of a circle with
  radius 10. He writes: Area = 3.142 x 20" ... "The correct work would be Area = 3.142 x 10² so…
  Area = 3.142 x 100 not 3.142 x 20."). 2 cases (1 False).

Sources of bench/equiv_fresh94_a2.py:

- api-project-1022638073839.appspot.com, a copy of socratic question "a circle's center is at (2
  ,5 ) and it passes through (1 ,4 ) ... arc covering ( pi ) /3 radians" ("length of
  arc=(sqrt2*pi)/3=1.48096" "units", "s=r*theta=sqrt2 *pi/3"). 2 cases.
- api-project-1022638073839.appspot.com, socratic question "a circle has a center at (1 ,3 ) and
  passes through (2 ,4 ) ... arc covering pi radians" ("4.44 units", "=1/2xx2xxpixxsqrt2 =pisqrt2
  units =4.44 units."). 2 cases.
- socratic.com question "a circle's center is at (8 ,1 ) and it passes through (2 ,5 ) ... arc
  covering ( pi ) /6 radians" ("Arc Length s = r * theta = 7.2 * (pi/6) = 1.2 pi = 3.77 units").
  2 cases.
- socratic.org question "a circle has a center at (7 ,6 ) and passes through (2 ,1 ) ... arc
  covering pi radians" ("length of arc= 5 \pi \sqrt{2}", "s = \left(5 \sqrt{2}\right) \cdot \pi",
  "s = 5 \cdot \pi \cdot \sqrt{2}"). 2 cases.
- en.m.wikibooks.org "Intuitive Trigonometry/Appendix 1: Solutions to Problems" (1. "\ell
  ={\frac {4\pi }{36}} ... further simplifies to \ell ={\frac {\pi }{9}} which is our solution";
  4. "{\frac {1800}{8\pi }}^{\circ }={\frac {225}{\pi }}^{\circ }=\theta , which is our
  solution"). 2 cases.
- tomcuchta.com MATH 1540 Fall 2017 homework 1 solutions (a lecturer's: 7.1 #24 "s = (4.5)\dfrac{2
  \pi}{5} = \dfrac{9\pi}{5} \approx 5.65 \mathrm{cm}"; #27 "\dfrac{\pi}{9} \hspace{2pt}
  \mathrm{radians} ... = \left( \dfrac{180}{9} \right)^{\circ} = 20^{\circ}"; #34 "100^{\circ}
  ... = \left( \dfrac{100 \pi}{180} \right) \mathrm{radians} = \dfrac{5\pi}{9}
  \mathrm{radians}"). 6 cases.

36 cases in all (1 False): 20 here (1 False), 16 in bench/equiv_fresh94_a2.py (none False). The
lead removed four refusals of the form alone before the run, as the README's convention asks:
three bare numbers where the markscheme requires units (905, 302, 165) and 78.54 against 25π
where the page wants the exact form.

Left out, by rule: IB unrounded values written with trailing dots ("(50.2654...)", "(301.592...)",
"(164.548…)", "(421.244…(g))"), as bench/equiv_fresh89_a.py left them out; the show-that answer
of question 5550 ("= 402.123... = 402 (cm3) (AG)"); the unit-less 50.3 of question 5550, since
the same answer's bracketed form "16\pi" is printed before the unit too; question 129976's
"Answers derived from the use of approximations of π (3.14; 22/7) are awarded (A0)", whose
refused values are not written; the forms of scribd 629314165 whose radical or fraction the text
lost ("12.3 cm2 (or 18 3 – 6)", "= 1.481 radians", "π(2)2 = π") and its rounding-only
acceptances with no π ("(accept 55.2 cm2)", "(accept 40.9 cm2)"); howtopasstheged's second
sphere ("\frac{841\pi }{4} = 660.5198554 after toggle = 615.8 after rounding" contradicts its own
answer "660.5 square centimeters"); tutorful's single forms ("\frac{10}{3}\pi \text{ mm}",
"\frac{\pi}{4} \text{ m}^2"); intermediate links that are not the question's answer
(greatmathsteachingideas "100Pi", Dr. Math's "SA = 2(144pi) + [(24pi)13]"); the Khan Academy
transcript's "more exact answer", cut off in the excerpt; single-form socratic answers and ones
whose fractions the copy lost (appspot "(13pi)/8" arc "=16.14", "4π3", "26(π3)5.34"; socratic.org
"s = \frac{\sqrt{2} \pi}{4}").

Examined and not used: scribd 703618006, 590585364, 725230868 and 717389114 and fdocument.org's
IGCSE "3-D Shapes and Volume" mark scheme (used by bench/equiv_fresh54_a.py and later sets);
library.tis.today questions 5474 and 5146 and ib.mycosmic.dev q/264 (used by
bench/equiv_fresh89_a.py; question 5473 is the same 08M.2.sl.TZ1.3 markscheme as 5474), 129534
(its "θ=2π5" lost the fraction) and 4400/4402 (no π form); it.scribd.com 449670187 (used by
bench/equiv_fresh61_b.py; claimed, then withdrawn); arietiform.com copy of scribd 668799637 (used
by bench/equiv_fresh55_a.py); channel4.com netnotes sectionid100665148 (every π lost, examined by
bench/equiv_fresh89_a.py); webwork.maa.org forum d=2895 (used by bench/equiv_fresh63_c.py);
petfoodhonesty.com 17192109 (its summary calls the circumference 28pi the "Exact arc length" of
an arc it found to be 10.5pi); algebra-class-ecourse.com 8268198 (its two answers disagree whether
226.08 is the "exact" length); moomoomath.com sector video (16π worked out as "50.4"); Pearson
Mastering help "radians_degrees" (the π of "10*cos(/6)" was lost); people.uncw.edu tompkinsj and
issuhub.com 29784 (π printed as "p" or lost); mathleaks Pearson Geometry 740-66 (only the rounded
"19in.^3" is an answer; the exact form is a working line); Dr. Math 58307 (no pair of answers);
redlib r/HomeworkHelp 1bz5o8h (no answer pair in the excerpt); the huggingface Nemotron-CC-Math
pages (LLM-rewritten forum threads); idnlearn.com and chat.pavlok.com (used before); algebra.com
and jiskha.com (excluded by the brief); AI-written or generated pages (askanewquestion, gauthmath,
questionai, mathix, edu.com, quizgecko, go-math-science.com, gcsemathsai.co.uk,
studyledge.pages.dev, hscscience.com.au, kramizo.com, tuitiongowhere.com, gaviki.com, summyt.app,
learnlyai, iitianacademy's exam-style pages, dsaproblem.com, shrutam.com, mcqacademy.com).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

TUT = "tutorful.co.uk"
TUT_PI = "https://tutorful.co.uk/hub/gcse/maths/learn/exact-calculations-with-fractions-and-pi"
GMT = "www.greatmathsteachingideas.com"
GMT_PI = (
    "http://www.greatmathsteachingideas.com/2014/03/18/"
    "leave-it-all-in-terms-of-pi-until-the-last-minute/"
)
LIB = "library.tis.today"
LIB_MS = (
    "https://library.tis.today/QuestionBanks/v4/questionbank.ibo.org/en/teachers/00000/"
    "questionbanks/41-dp-mathematical-studies/questions/"
)
LIB_129976 = LIB_MS + "129976.html"
LIB_5550 = LIB_MS + "5550.html"
LIB_460112 = (
    "https://library.tis.today/QuestionBanks/v5/questionbank.ibo.org/en/teachers/00000/"
    "questionbanks/50-dp-mathematics-analysis-and-approaches/questions/460112.html"
)
ARI = "arietiform.com"
ARI_629 = (
    "https://arietiform.com/application/nph-tsq.cgi/en/20/https/www.scribd.com/document/"
    "629314165/Arc-Length-Sector-Area-Exam-Question-Solutions"
)
GS = "www.gradesaver.com"
GS_BCM = (
    "https://www.gradesaver.com/textbooks/math/other-math/basic-college-mathematics-9th-edition/"
    "chapter-8-geometry-8-7-volume-8-7-exercises-page-588/22"
)
EDMS = "edms.ncdmb.gov.ng"
EDMS_AT = "https://edms.ncdmb.gov.ng/light/29296266"
KA = "www.khanacademy.org"
KA_CIRCLE = (
    "https://www.khanacademy.org/math/cc-seventh-grade-math/cc-7th-geometry/"
    "cc-7th-area-circumference/v/area-of-a-circle"
)
KAE = "en.khanacademy.org"
KAE_SPHERE = (
    "https://en.khanacademy.org/math/basic-geo/x7fa91416:circles-cylinders-cones-and-spheres/"
    "x7fa91416:volume-of-cylinders-spheres-and-cones/v/volume-of-a-sphere"
)
DRM = "mathforum.org"
DRM_69766 = "http://mathforum.org/library/drmath/view/69766.html"
GED = "howtopasstheged.com"
GED_SPH = "https://howtopasstheged.com/2014/01/10/sphere/"
DOC = "documen.tv"
DOC_AT = (
    "https://documen.tv/177-25-marks-rajesh-is-working-out-the-area-of-a-circle-with-radius-10-"
    "he-writes-area-3-142-20-e-20710780-9/"
)
# sources of bench/equiv_fresh94_a2.py
APP = "api-project-1022638073839.appspot.com"
APP_Q = "https://api-project-1022638073839.appspot.com/questions/"
APP_25 = APP_Q + "a-circle-s-center-is-at-2-5-and-it-passes-through-1-4-what-is-the-length-of-an-a"
APP_13 = APP_Q + "a-circle-has-a-center-at-1-3-and-passes-through-2-4-what-is-the-length-of-an-arc"
SOCC = "socratic.com"
SOCC_81 = (
    "https://socratic.com/questions/"
    "a-circle-s-center-is-at-8-1-and-it-passes-through-2-5-what-is-the-length-of-an-a"
)
SOC = "socratic.org"
SOC_76 = (
    "https://socratic.org/questions/"
    "a-circle-has-a-center-at-7-6-and-passes-through-2-1-what-is-the-length-of-an-arc-2"
)
WB = "en.m.wikibooks.org"
WB_IT = "https://en.m.wikibooks.org/wiki/Intuitive_Trigonometry/Appendix_1:_Solutions_to_Problems"
TC = "tomcuchta.com"
TC_HW1 = (
    "https://tomcuchta.com/teach/classes/2017/MATH-1540-Fall-2017-FairmontState/homework/hw1.php"
)

CASES = [
    # tutorful: an exact answer keeps π; the decimal is marked ❌ as an exact answer
    _c(
        TUT,
        TUT_PI,
        gold=r"18\pi \text{ cm}^2",
        pred=r"\frac{36\pi}{2}",
        wrap=True,
        expected=True,
        why="Example 4 (semicircle, radius 6 cm): 'Halve the result: \\frac{36\\pi}{2} = 18\\pi. "
        "Answer: 18\\pi \\text{ cm}^2'",
    ),
    # greatmathsteachingideas: cylinder volume kept in terms of Pi until the last step
    _c(
        GMT,
        GMT_PI,
        gold=r"6283.2 cm^2",
        pred=r"2000Pi",
        wrap=True,
        expected=True,
        why="radius 10cm, height 20cm: '100Pi X 20 = 2000Pi  2000Pi = 6283.2 cm^2' (the page's unit)",
    ),
    # library.tis.today IB question 129976 (16N.1.sl.TZ0.7): balloon sphere of radius 6 cm
    _c(
        LIB,
        LIB_129976,
        gold=r"905 cm3",
        pred=r"288π cm3",
        wrap=True,
        expected=True,
        why="(a) '=905 cm3 (288π cm3, 904.778 cm3) (A1) (C2)'",
    ),
    _c(
        LIB,
        LIB_129976,
        gold=r"905 cm3",
        pred=r"904.778 cm3",
        wrap=True,
        expected=True,
        why="(a) '=905 cm3 (288π cm3, 904.778 cm3) (A1) (C2)'",
    ),
    _c(
        LIB,
        LIB_129976,
        gold=r"6.71 cm",
        pred=r"6.71213",
        wrap=True,
        expected=True,
        why="(b) radius after a 40% increase: '(r=) 6.71 cm (6.71213) (A1)(ft) (C4)'",
    ),
    # library.tis.today IB question 5550 (12M.2.sl.TZ1.3): solid cylinder, radius 4 cm, height 8 cm
    _c(
        LIB,
        LIB_5550,
        gold=r"50.3 cm2",
        pred=r"16\pi",
        wrap=True,
        expected=True,
        why="area of the base: '= 50.3 (16\\(\\pi\\)) cm2 ... The answer is 50.3 cm2'",
    ),
    _c(
        LIB,
        LIB_5550,
        gold=r"302 cm2",
        pred=r"96π cm2",
        wrap=True,
        expected=True,
        why="total surface area: '= 302 cm2 (96π cm2) (301.592...) (A1)(ft)(G2)'",
    ),
    # library.tis.today IB question 460112 (18N.1.SL.TZ0.T_9): hemisphere on a cuboid
    # arietiform copy of scribd 629314165: IB-style sector markscheme, question 8(d)
    _c(
        ARI,
        ARI_629,
        gold=r"94.2",
        pred=r"30π",
        wrap=True,
        expected=True,
        why="8(d) area of sector: '= 94.2 (cm2) (accept 30π or 94.3 (cm2))'",
    ),
    _c(
        ARI,
        ARI_629,
        gold=r"94.2",
        pred=r"94.3",
        wrap=True,
        expected=True,
        why="8(d) area of sector: '= 94.2 (cm2) (accept 30π or 94.3 (cm2))'",
    ),
    # gradesaver Basic College Mathematics 8.7 ex. 22: cone of diameter 2 in, height 4 in
    _c(
        GS,
        GS_BCM,
        gold=r"\frac{4\pi}{3}",
        pred=r"4.186",
        wrap=True,
        expected=True,
        why="'V=\\frac{4\\pi}{3}  V\\approx 4.186\\approx 4.2~in^3' (exact form, then its decimal)",
    ),
    _c(
        GS,
        GS_BCM,
        gold=r"\frac{4\pi}{3}",
        pred=r"4.2~in^3",
        wrap=True,
        expected=True,
        why="'V=\\frac{4\\pi}{3}  V\\approx 4.186\\approx 4.2~in^3' (the answer line)",
    ),
    # edms.ncdmb.gov.ng 29296266: oblique cone, diameter 10 ft, height 3 ft
    _c(
        EDMS,
        EDMS_AT,
        gold=r"25π cubic ft",
        pred=r"79 cubic ft",
        wrap=True,
        expected=True,
        why="'Part 1. The volume of the cone in terms of π is 25π cubic ft. Part 2. The volume "
        "rounded to the nearest cubic foot is about 79 cubic ft.'",
    ),
    # khanacademy.org 7th grade, area of a circle (wafer of diameter 16 mm)
    _c(
        KA,
        KA_CIRCLE,
        gold=r"64 pi millimeters squared",
        pred=r"200.96",
        wrap=True,
        expected=True,
        why="'Now this is the answer, 64 pi millimeters squared ... pi, a very rough approximation, "
        "is equal to 3.14 ... this is going to be equal to 64 times 3.14 millimeters squared ... "
        "gives us 200.96'",
    ),
    # en.khanacademy.org, volume of a sphere of diameter 14 cm (conversation under the video)
    _c(
        KAE,
        KAE_SPHERE,
        gold=r"(1372/3)π",
        pred=r"(4/3)π(343)",
        wrap=True,
        expected=True,
        why="'find the EXACT volume ... V=(4/3)π(7)^3 and simplify to V=(4/3)π(343)=(1372/3)π'",
    ),
    _c(
        KAE,
        KAE_SPHERE,
        gold=r"(1372/3)π",
        pred=r"1436.8",
        wrap=True,
        expected=True,
        why="'he uses his calculator to find an APPROXIMATE solution of V=(4/3)π(7)^3=1436.8' "
        "(exact form, then its decimal)",
    ),
    # mathforum Dr. Math 69766: cylinder surface area left in terms of pi
    _c(
        DRM,
        DRM_69766,
        gold=r"1884 square meters",
        pred=r"600pi square meters",
        wrap=True,
        expected=True,
        why="'She says that it is ok to write it as 600pi square meters'; Doctor Peterson: 'a "
        "teacher likes you to leave the answer in terms of pi ... the answer in terms of pi is "
        "nicer, because it is exact'",
    ),
    # howtopasstheged sphere: surface area of a ball of radius 7 cm
    _c(
        GED,
        GED_SPH,
        gold=r"196π square centimeters",
        pred=r"615.7521601 square centimeters",
        wrap=True,
        expected=True,
        why="'what is the surface area of the ball in decimal form? ... 615.7521601 square "
        "centimeters ... 196π ⇔ 615.7521601'",
    ),
    _c(
        GED,
        GED_SPH,
        gold=r"196π square centimeters",
        pred=r"615.8 square centimeters",
        wrap=True,
        expected=True,
        why="'what is the area of the sphere to the nearest tenth? Answer 615.8 square "
        "centimeters' (the same ball's 196π, rounded)",
    ),
    # documen.tv 20710780: Rajesh's area of a circle of radius 10 with π = 3.142
    _c(
        DOC,
        DOC_AT,
        gold=r"3.142 x 10²",
        pred=r"3.142 x 100",
        wrap=True,
        expected=True,
        why="'The correct work would be Area = 3.142 x 10² so… Area = 3.142 x 100'",
    ),
    _c(
        DOC,
        DOC_AT,
        gold=r"3.142 x 10²",
        pred=r"3.142 x 20",
        wrap=True,
        expected=False,
        why="'Rajesh did πr2 (π × r × 2) instead of πr² ... Area = 3.142 x 100 not 3.142 x 20.'",
    ),
]
