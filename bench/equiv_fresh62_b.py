r"""A sixty-second fresh set of answer-equivalence cases (evaluation only; helper "b": rates,
speed-distance-time and unit-rate answers -- speeds in mph, miles per hour, miles per minute,
km/h, m/s and feet per second, money per unit time, durations in hours and minutes against
decimal or fractional hours -- where a worked solution, a conversion lesson or chart, an answer
key, a mark scheme with its examiners' comments, or a tutor's reply settles which forms are the
same answer and which are not).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/ and checked against /work/wt/fresh57_claims/claims.txt to
/work/wt/fresh61_claims/claims.txt; each page was claimed in /work/wt/fresh62_claims/claims.txt
before use). Each case gives the reference answer (``gold``), the prediction (``pred``: another
form the page gives as the same answer, or a form the page refuses; always a bare answer to be put
in ``\boxed{}``, so ``wrap`` is always True) and the verdict (``expected``) settled on the page,
with no one on the page contradicting it. ``repo`` is the domain of the stored copy and ``where``
its full URL. There is no commit; every source is a web page with no licence file. Only the text
the search tool returned for a page (its excerpt) was read. Do not tune the judge on these cases.
Continued in bench/equiv_fresh62_b2.py (same rules; its sources are listed below too).

Transcription: strings are copied as the stored page shows them ("1 hours and 36 minutes" as
printed, "6 hrs. 48 min." with its full stops, "½" kept, "km•h^{-1}" with the page's bullet and
its superscript written ^{-1}). Where a conversion states "given = answer" (intellectualmath,
workybooks, buildingclub, numberdojo, sciencing, gradesaver, storyboardthat), the gold is the
form the exercise or example asks for and the pred the given quantity, which the page states is
equal; a fill-in example "30 miles/hour = ___ feet/second" with the answer 44 gives the gold "44
feet/second" (the answer with the blank's unit). In onemathematicalcat's LaTeX the math delimiters
``$``, ``\displaystyle`` and the thin spaces ``\,`` are dropped and the rest kept; gradesaver's
"$15$ min = $0.25$ hrs" loses only its ``$`` delimiters. Where a mark scheme brackets an optional
unit ("51 (minutes)"), the gold is written without the brackets and the bare number is a True
case. Where a page lists equal names of one rate joined by "=" (onemathematicalcat, 800score), the
first is the gold and each further name a True case.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- www.intellectualmath.com "converting-hours-into-decimals.html" (a worked lesson: "1 minute =
  1/60 hour", "10 minutes = ... = 1/6 hour", "So, 3 hours and 30 minutes = 3 + 0.5 = 3.5 hours"
  ... Problem 14 "2 hours and 27 minutes = 2 + 0.45 = 2.45 hours"). 13 cases.
- www.workybooks.com "math-vocabulary/kilometer-hour-to-meter-second" (km/h to m/s lesson: "So 72
  kilometers per hour equals 20 meters per second", "1 km/h = 5/18 m/s", and its chart "18 km/h |
  5 m/s" ... "108 km/h | 30 m/s"). 8 cases.
- buildingclub.info "calculator/km-h-v-m-s/" (worked conversion "Answer: 72 km•h^{-1}= 20
  m•s^{-1}"). 1 case.
- www.800score.com GRE prep guide "distance-rate-time" ("The rates 1 mile per minute and 60 miles
  per hour are the same", "1 mile/1 minute × 60 minutes/1 hour = 60 miles/1 hour"). 2 cases.
- mathforum.org Dr. Math 62390 "Unit Conversions: mph to fps" (Doctor Jeremiah: "60 miles per
  hour is the same as 88 feet per second"). 1 case.

Sources of bench/equiv_fresh62_b2.py:

- www.onemathematicalcat.com algebra book "online_problems/rates.htm" (Dr. Carol Fisher's lesson:
  "\frac{\$5}{\text{hr}}, also commonly seen as \$5/\text{hr}, and read as “five dollars per
  hour”", the same rate renamed "= \frac{\$10}{2\text{ hr}} = \frac{\$2.50}{30\text{ min}} =
  \frac{50\text{ cents}}{6\text{ min}}", and the readings "forty miles per three days", "ten
  kilograms per cubic inch"). 7 cases.
- www.storyboardthat.com "storyboards/pie123321/unknown-story" (a student's storyboard: the
  officer's "60 mph=88 ft per sec and 15 mph=22 ft per sec", worked as "60 mi/1 hr= 88 ft/1 sec").
  3 cases.
- www.numberdojo.com "number-sensei/convspeed" (Number Sense lesson 71: "1 mph = 22/15 fps",
  "15 mph = 22 fps", and the worked examples 30 miles/hour = 44 feet/second, 88 feet/second = 60
  miles/hour, 7.5 miles/hour = 11 feet/second, 900 mph = 1320 feet/second). 7 cases.
- jeopardylabs.com "play/fractions-11025" (the round-trip walk clue answered "What is 5 2/5 hours
  or 5 hours and 24 minutes"). 1 case.
- slideplayer.com slide 235612 (rate-time-distance worked problems: "t = 6.8 hours Train A = 6 hrs.
  48 min.", "t = 0.5 It will be ½ hour until they meet."). 2 cases.
- slideplayer.com slide 1699080 (a GCSE train-timetable question with its mark scheme, "(b) ... 51
  (minutes) A1", and the examiners' comment "Thinking there were 100 minutes in an hour lead to the
  common wrong answer of 91 minutes"). 2 cases (1 False).
- sciencing.com "calculate-time-decimals-5962681" ("30 minutes equal 0.5 hour and 45 seconds equal
  0.75 minute"). 2 cases.
- www.gradesaver.com College Algebra (11th Edition) 1.2 exercise 1, page 92 ("we must convert the
  time to hours. $15$ min = $0.25$ hrs"). 1 case.

50 cases in all (1 False): 25 here (0 False), 25 in bench/equiv_fresh62_b2.py (1 False).

Left out, by rule: rounded values a page writes with "=" (intellectualmath's Problems 11-13,
"5.33 hours", "7.667 hours", "8.1667 hours", and its "1/6 hour = 0.16 hours", a truncation the page
gets wrong; workybooks' "≈ 0.27778 m/s"; sciencing's "5.4656 hours" for 5 h 27 min 56 s);
buildingclub's "36 km/h = 10 m/s" and "54 km/h = 15 m/s" (the very strings of two workybooks chart
rows); buildingclub's lists of unit spellings with no value ("km/h = km h ^{-1} = ... = kph");
numberdojo's single-form answers ("6" hours, "57" mph); slideplayer 235612's "Train B = 2 hrs. 48
min." and "405 mph" (one form only); slideplayer 1699080's part (a) "(£) 19 £ (p) Condone 19.0"
(money, and the row ran together) and its one-form answers "2 (hours)", "4 (hours)", "120";
onemathematicalcat's proportion step "x = 420/24 = 17.5" (arithmetic, not a second form of a rate).

Examined and not used: scribd 704723106 "Ch-1" (its "ACCEPT: 9/15 = 0.6 km/minute, 9/0.25 = 36
km/hour, 9000/15 = 600 m/min" for 10 m/s, used by bench/equiv_fresh53_a.py), scribd 392639594
and 525382297 physics mark schemes, xceleratemaths.com "number/speed", brainly.in 246245,
tutorpace.com "rate-problems-1", tutoringservicesseattle.com "rates", codeproject.com 1188980,
krizteotuition.wordpress.com and courses.washington.edu WebAssign units pages (used or examined by
earlier sets); pedagonet.com "mathgenius/answer67" (Dudeney's "twelve miles an hour, not twelve and
a half", already taken by bench/equiv_fresh46_d.py from another copy); jiskha.com, algebra.com and
a.simonm.io (excluded by the brief); cdquestions.com (treated as generated by earlier sets);
learnlyai, edu.com, askai.glarity, anabel.icu, winenfood.com, vegandivasnyc.com, cozylivingtips,
calculator and snowdaycalculator pages, umatechnology.org and starpower.co.in (generated or
scraped text); mathcentral.uregina.ca QQ.09.09 ron1 (its "120 in 60 minutes" never writes the
rate as an answer); mathrec.org word4m / word4s (cut off, or an approximation "≈ 1.08 mi");
socratic.org grapes, bananas and painting pages (rounded, or the formulas were stripped);
slideserve "unit-rates-and-proportional-reasoning" and slideplayer 1635786 (rounded unit prices);
transtutors fin474, math.net "unit-price", homework.cpm.org 9-150, mathleaks unit-rate pages,
piqosity and mmerevise (one form per answer); home.avvanta.com y2l23p (stacked fractions lost);
learntocalculate.com (its "20 x 5/8 = 5.56m/s" misprints the factor); qammunity.org (answers in
image alt text, rounded). The search budget ran out before pages with refused rate forms
(examiners' reports, Q&A threads) could be looked for further, so refusals are few.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

IM = "www.intellectualmath.com"
IM_HD = "https://www.intellectualmath.com/converting-hours-into-decimals.html"
WB = "www.workybooks.com"
WB_KMH = "https://www.workybooks.com/resources/math-vocabulary/kilometer-hour-to-meter-second"
BC = "buildingclub.info"
BC_KMH = "https://buildingclub.info/calculator/km-h-v-m-s/"
S8 = "www.800score.com"
S8_DRT = "http://www.800score.com/gre-prep/prep-guide/distance-rate-time/"
DRM = "mathforum.org"
DRM_62390 = "http://mathforum.org/library/drmath/view/62390.html"
# sources of bench/equiv_fresh62_b2.py
OMC = "www.onemathematicalcat.com"
OMC_RATES = "http://www.onemathematicalcat.com/algebra_book/online_problems/rates.htm"
SB = "www.storyboardthat.com"
SB_PIE = "https://www.storyboardthat.com/storyboards/pie123321/unknown-story"
ND = "www.numberdojo.com"
ND_CONV = "http://www.numberdojo.com/number-sensei/convspeed"
JL = "jeopardylabs.com"
JL_FR = "https://jeopardylabs.com/play/fractions-11025"
SP = "slideplayer.com"
SP_235612 = "http://slideplayer.com/slide/235612/"
SP_1699080 = "http://slideplayer.com/slide/1699080/"
SCI = "sciencing.com"
SCI_TD = "https://sciencing.com/calculate-time-decimals-5962681.html"
GS = "www.gradesaver.com"
GS_CA92 = (
    "https://www.gradesaver.com/textbooks/math/algebra/college-algebra-11th-edition/"
    "chapter-1-section-1-2-applications-and-modeling-with-linear-equations-1-2-exercises-page-92/1"
)

CASES = [
    # intellectualmath: hours and minutes converted to decimal and fractional hours
    _c(
        IM,
        IM_HD,
        gold=r"1/60 hour",
        pred=r"1 minute",
        wrap=True,
        expected=True,
        why="'60 minute = 1 hour ... Dividing by 60 on both sides 1 minute = 1/60 hour'",
    ),
    _c(
        IM,
        IM_HD,
        gold=r"1/6 hour",
        pred=r"10 minutes",
        wrap=True,
        expected=True,
        why="'to find 10 minutes 10 minutes = 10 x (1/60) = 1/6 hour'",
    ),
    _c(
        IM,
        IM_HD,
        gold=r"3.5 hours",
        pred=r"3 hours and 30 minutes",
        wrap=True,
        expected=True,
        why="Problem 1: 'So, 3 hours and 30 minutes = 3 + 0.5 = 3.5 hours'",
    ),
    _c(
        IM,
        IM_HD,
        gold=r"2.75 hours",
        pred=r"2 hours and 45 minutes",
        wrap=True,
        expected=True,
        why="Problem 2: 'So, 2 hours and 45 minutes = 2 + 0.75 = 2.75 hours'",
    ),
    _c(
        IM,
        IM_HD,
        gold=r"5.2 hours",
        pred=r"5 hours and 12 minutes",
        wrap=True,
        expected=True,
        why="Problem 3: 'So, 5 hours and 12 minutes = 5 + 0.2 = 5.2 hours'",
    ),
    _c(
        IM,
        IM_HD,
        gold=r"1.6 hours",
        pred=r"1 hours and 36 minutes",
        wrap=True,
        expected=True,
        why="Problem 4: 'So, 1 hours and 36 minutes = 1 + 0.6 = 1.6 hours'",
    ),
    _c(
        IM,
        IM_HD,
        gold=r"7.25 hours",
        pred=r"7 hours and 15 minutes",
        wrap=True,
        expected=True,
        why="Problem 5: 'So, 7 hours and 15 minutes = 7 + 0.25 = 7.25 hours'",
    ),
    _c(
        IM,
        IM_HD,
        gold=r"4.3 hours",
        pred=r"4 hours and 18 minutes",
        wrap=True,
        expected=True,
        why="Problem 6: 'So, 4 hours and 18 minutes = 4 + 0.3 = 4.3 hours'",
    ),
    _c(
        IM,
        IM_HD,
        gold=r"9.7 hours",
        pred=r"9 hours and 42 minutes",
        wrap=True,
        expected=True,
        why="Problem 7: 'So, 9 hours and 42 minutes = 9 + 0.7 = 9.7 hours'",
    ),
    _c(
        IM,
        IM_HD,
        gold=r"8.4 hours",
        pred=r"8 hours and 24 minutes",
        wrap=True,
        expected=True,
        why="Problem 8: 'So, 8 hours and 24 minutes = 8 + 0.4 = 8.4 hours'",
    ),
    _c(
        IM,
        IM_HD,
        gold=r"6.8 hours",
        pred=r"6 hours and 48 minutes",
        wrap=True,
        expected=True,
        why="Problem 9: 'So, 6 hours and 48 minutes = 6 + 0.8 = 6.8 hours'",
    ),
    _c(
        IM,
        IM_HD,
        gold=r"4.9 hours",
        pred=r"4 hours and 54 minutes",
        wrap=True,
        expected=True,
        why="Problem 10: 'So, 4 hours and 54 minutes = 4 + 0.9 = 4.9 hours'",
    ),
    _c(
        IM,
        IM_HD,
        gold=r"2.45 hours",
        pred=r"2 hours and 27 minutes",
        wrap=True,
        expected=True,
        why="Problem 14: 'So, 2 hours and 27 minutes = 2 + 0.45 = 2.45 hours'",
    ),
    # workybooks: km/h to m/s lesson and chart
    _c(
        WB,
        WB_KMH,
        gold=r"20 meters per second",
        pred=r"72 kilometers per hour",
        wrap=True,
        expected=True,
        why="'So 72 kilometers per hour equals 20 meters per second.'",
    ),
    _c(
        WB,
        WB_KMH,
        gold=r"5/18 m/s",
        pred=r"1 km/h",
        wrap=True,
        expected=True,
        why="Key Concept: '1 km/h = 5/18 m/s ≈ 0.27778 m/s'",
    ),
    _c(
        WB,
        WB_KMH,
        gold=r"5 m/s",
        pred=r"18 km/h",
        wrap=True,
        expected=True,
        why="Common Speed Conversion Chart row '18 km/h | 5 m/s'",
    ),
    _c(
        WB,
        WB_KMH,
        gold=r"10 m/s",
        pred=r"36 km/h",
        wrap=True,
        expected=True,
        why="Common Speed Conversion Chart row '36 km/h | 10 m/s'",
    ),
    _c(
        WB,
        WB_KMH,
        gold=r"15 m/s",
        pred=r"54 km/h",
        wrap=True,
        expected=True,
        why="Common Speed Conversion Chart row '54 km/h | 15 m/s'",
    ),
    _c(
        WB,
        WB_KMH,
        gold=r"20 m/s",
        pred=r"72 km/h",
        wrap=True,
        expected=True,
        why="Common Speed Conversion Chart row '72 km/h | 20 m/s'",
    ),
    _c(
        WB,
        WB_KMH,
        gold=r"25 m/s",
        pred=r"90 km/h",
        wrap=True,
        expected=True,
        why="Common Speed Conversion Chart row '90 km/h | 25 m/s'",
    ),
    _c(
        WB,
        WB_KMH,
        gold=r"30 m/s",
        pred=r"108 km/h",
        wrap=True,
        expected=True,
        why="Common Speed Conversion Chart row '108 km/h | 30 m/s'",
    ),
    # buildingclub: km•h^{-1} to m•s^{-1}
    _c(
        BC,
        BC_KMH,
        gold=r"20 m•s^{-1}",
        pred=r"72 km•h^{-1}",
        wrap=True,
        expected=True,
        why="'Convert speed 72 km•h^{-1} to m•s^{-1}. ... Answer: 72 km•h^{-1}= 20 m•s^{-1}'",
    ),
    # 800score: equal rates
    _c(
        S8,
        S8_DRT,
        gold=r"60 miles per hour",
        pred=r"1 mile per minute",
        wrap=True,
        expected=True,
        why="'The rates 1 mile per minute and 60 miles per hour are the same.'",
    ),
    _c(
        S8,
        S8_DRT,
        gold=r"60 miles/1 hour",
        pred=r"1 mile/1 minute",
        wrap=True,
        expected=True,
        why="'1 mile/1 minute × 60 minutes/1 hour = 60 miles/1 hour'",
    ),
    # Dr. Math: mph against feet per second
    _c(
        DRM,
        DRM_62390,
        gold=r"88 feet per second",
        pred=r"60 miles per hour",
        wrap=True,
        expected=True,
        why="Doctor Jeremiah: 'you can use the fact that 60 miles per hour is the same as 88 feet per second'",
    ),
]
