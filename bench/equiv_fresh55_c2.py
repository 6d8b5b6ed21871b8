r"""A fifty-fifth fresh set of answer-equivalence cases, continued (evaluation only; helper "c":
angle measures settled by a person on a public web page: surveying answers converting reduced
(quadrantal) bearings to whole circle bearings in degrees and minutes (``S 43° 15′ E`` and
``136° 45′``, ``N 39o 52′ W`` and ``320o 08′``), radians against degrees (``2pi/3`` and ``120
degrees``, ``-.394 rad`` and ``-22.6o``, ``0.44𝛑 radians`` and ``80 degrees``) and decimal
degrees against degrees-minutes-seconds (``51.50184`` and ``51° 30' 06.624"``)). The bearings
and vector directions of the same helper are in bench/equiv_fresh55_c.py.

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; none of the pages was used by an earlier set (checked against bench/data/README.md,
bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py, bench/data/equiv_fresh4.md and
every /work/wt/fresh*_claims folder, by URL, domain and thread or question id; each page is
claimed in /work/wt/fresh55_claims). Each case gives the reference answer (``gold``: the form the
answerer or the key ends on, or names as the answer), the prediction (``pred``: another form the
same person equates with it, in a chain of equalities or as "the same as", or an option the key
refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and the
verdict (``expected``) settled on the page with no one on the page contradicting it. ``repo`` is
the domain of the stored copy and ``where`` its full URL. There is no commit; every source is a
web page with no licence file. Only the text the search tool returned for a page (its excerpt,
which starts at the top of the page) was read. Do not tune the judge on these cases.

Transcription: strings are copied as the stored excerpt shows them: the prime ``′`` (U+2032) of
the expertsmind pages, their letter ``o`` for the degree sign (``68o 32′``, ``180o - 37o16′``
with its missing space), the mathematical italic pi ``𝛑`` (U+1D6D1) of humlearn.org, ``Pi`` and
``*`` of the blurtit answer, the odd spacing of ``(π) / 3`` and of ``1 deg =0.01745329252 rad``.

Sources (domain, URL id, what is settled; all "web page, no licence file"):

- www.expertsmind.com questions 30119786 ("Convert the following reduced bearings into whole
  circle bearings", each line ending "Ans.": theta = 180° - 43° 15′ = 136° 45′ ...). 7 cases.
- expertsmind.com topic 915911 (the same task: "WCB = 180o - 37o16′ = 142o 44′" ...). 7 cases.
- www.sarthaks.com 2830769 (WCB 150°; "Correct Answer - Option 4 : S 30° E"; options S, W and
  S 60° E refused). 4 cases (3 False).
- www.engineeringspine.com difference between WCB and RB ("S43°E ... 180°-43°=137°(WCB)" ...).
  7 cases.
- qammunity.org 2976264 ("the answer part 1 is 120 degrees or 2pi/3", "60 degrees or pi/3",
  "90 degrees or pi/2", "180-60=120 degrees"). 4 cases.
- education.blurtit.com 3942162 ("90 degrees = 90* (Pi/180) = Pi/2 radians", "270 degrees =
  270* (Pi/180) = (3*Pi)/2 radians"). 4 cases.
- www.ac.wwu.edu ~vawter PhysicsNet Degrees and Radians (a teacher's page: "-22.6o" and "-.394
  rad" are "the same angle (to 3 SF)"). 1 case.
- www.humlearn.org geometry/radians (80 degrees = "1.4 radians or 0.44𝛑 radians", 0.3𝛑 radians =
  54 degrees). 3 cases.
- www.crunchgrade.com hotmath-help radian-to-degree (1.0471975511965977461542144610932 radians =
  60°, (60° * π) / 180 = (π) / 3). 2 cases.
- www.calcunation.com degrees-to-radians ("π rad=180 deg", "1 deg =0.01745329252 rad"). 2 cases.
- motorhomecraic.com topic t=12597 (a forum post: "So 51.50184 is the same as 51° 30'
  06.624""). 1 case.
- academic.brooklyn.cuny.edu Leveson decimalconvert (40.6530190° N, "So the final answer for the
  latitude is 40° 39' 11" N", rounded to the second). 1 case.

Left out, by rule: the expertsmind and engineeringspine question lines themselves (only the
worked conversions are used); calcunation's "180/π , which is approximately 57.29578 deg" (a
conversion factor, not an angle with a second form); Leveson's longitude, whose stored text
gives the value two ways (73.9659271° and 73.96599271°); motorhomecraic's intermediate lines
("The whole number, 30, is the seconds", a slip for minutes); blurtit's "2/3 rad = (2/3)(180/) =
120o" (its pi signs were lost).

Examined and not used: mathcentral.uregina.ca (Penny's "0.2 degrees 17 minutes 27 seconds" for
the asker's 02 degrees, false as printed); wodebaobaowang.com (a machine translation of a Chinese
page); homeworksource.com 1099388 (escaped quotes in its degrees-minutes-seconds); nagwa media
subtitle 587120390890 (used by an earlier set); clickcalculators.com (a calculator's generated
output); popai.pro, gaviki.com, studyquestionhub.com, mis.kyeop.go.ke and api17195.sec3.dev
(generated answers); the socratic.org copies (a site to avoid in this round).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

S1 = "www.expertsmind.com"

S1_AT = (
    "http://www.expertsmind.com/questions/"
    "convert-reduced-bearings-into-whole-circle-bearings-30119786.aspx"
)

S2 = "expertsmind.com"

S2_AT = (
    "https://expertsmind.com/topic/error-prevention/"
    "convert-the-following-reduced-bearings-915911.aspx"
)

S3 = "www.sarthaks.com"

S3_AT = (
    "https://www.sarthaks.com/2830769/"
    "if-the-whole-circle-bearing-of-a-line-is-150-its-reduced-bearing-will-be"
)

S4 = "www.engineeringspine.com"

S4_AT = (
    "http://www.engineeringspine.com/civil-engineering/surveying/"
    "difference-between-whole-circle-bearingwcb-and-reducedquadrantal-bearing-systemrbs/"
)

R1 = "qammunity.org"

R1_AT = "https://qammunity.org/2976264"

R2 = "education.blurtit.com"

R2_AT = (
    "https://education.blurtit.com/3942162/"
    "can-someone-explain-converting-radians-to-degrees-and-vice-versa-for-me-please"
)

R3 = "www.ac.wwu.edu"

R3_AT = "http://www.ac.wwu.edu/~vawter/PhysicsNet/Topics/Vectors/DegRads.html"

R4 = "www.humlearn.org"

R4_AT = "https://www.humlearn.org/math/geometry/radians"

R5 = "www.crunchgrade.com"

R5_AT = "https://www.crunchgrade.com/hotmath-help/radian-to-degree/"

R6 = "www.calcunation.com"

R6_AT = "https://www.calcunation.com/calculator/degrees-to-radians.php"

D1 = "motorhomecraic.com"

D1_AT = "https://motorhomecraic.com/topic.php?t=12597"

D2 = "academic.brooklyn.cuny.edu"

D2_AT = "http://academic.brooklyn.cuny.edu/geology/leveson/core/linksa/decimalconvert.html"

CASES = [
    # expertsmind 30119786 (surveying): reduced bearings converted to whole circle bearings, 'Ans.'
    _c(
        S1,
        S1_AT,
        gold=r"65°",
        pred=r"N 65° E",
        wrap=True,
        expected=True,
        why="(i) theta = alpha = 65° Ans.",
    ),
    _c(
        S1,
        S1_AT,
        gold=r"136° 45′",
        pred=r"S 43° 15′ E",
        wrap=True,
        expected=True,
        why="(ii) theta = 180° - 43° 15′ = 136° 45′ Ans.",
    ),
    _c(
        S1,
        S1_AT,
        gold=r"136° 45′",
        pred=r"180° - 43° 15′",
        wrap=True,
        expected=True,
        why="(ii) theta = 180° - 43° 15′ = 136° 45′ Ans.",
    ),
    _c(
        S1,
        S1_AT,
        gold=r"232° 30′",
        pred=r"S 52° 30′ W",
        wrap=True,
        expected=True,
        why="(iii) theta = 180° + 52° 30′ = 232° 30′ Ans.",
    ),
    _c(
        S1,
        S1_AT,
        gold=r"232° 30′",
        pred=r"180° + 52° 30′",
        wrap=True,
        expected=True,
        why="(iii) theta = 180° + 52° 30′ = 232° 30′ Ans.",
    ),
    _c(
        S1,
        S1_AT,
        gold=r"327° 18′",
        pred=r"N 32° 42′ W",
        wrap=True,
        expected=True,
        why="(iv) theta = 360° - 32° 42′ = 327° 18′ Ans.",
    ),
    _c(
        S1,
        S1_AT,
        gold=r"327° 18′",
        pred=r"360° - 32° 42′",
        wrap=True,
        expected=True,
        why="(iv) theta = 360° - 32° 42′ = 327° 18′ Ans.",
    ),
    # expertsmind 915911: RB to WCB, the page's 'o' for the degree sign
    _c(
        S2,
        S2_AT,
        gold=r"68o 32′",
        pred=r"N 68o 32′ E",
        wrap=True,
        expected=True,
        why="(a) First Quadrant WCB = RB = 68o 32′",
    ),
    _c(
        S2,
        S2_AT,
        gold=r"142o 44′",
        pred=r"S 37o 16′ E",
        wrap=True,
        expected=True,
        why="(b) WCB = 180o - 37o16′ = 142o 44′",
    ),
    _c(
        S2,
        S2_AT,
        gold=r"142o 44′",
        pred=r"180o - 37o16′",
        wrap=True,
        expected=True,
        why="(b) WCB = 180o - 37o16′ = 142o 44′",
    ),
    _c(
        S2,
        S2_AT,
        gold=r"234o 32′",
        pred=r"S 54o 32′ W",
        wrap=True,
        expected=True,
        why="(c) WCB = 180o + 54o 32′ = 234o 32′",
    ),
    _c(
        S2,
        S2_AT,
        gold=r"234o 32′",
        pred=r"180o + 54o 32′",
        wrap=True,
        expected=True,
        why="(c) WCB = 180o + 54o 32′ = 234o 32′",
    ),
    _c(
        S2,
        S2_AT,
        gold=r"320o 08′",
        pred=r"N 39o 52′ W",
        wrap=True,
        expected=True,
        why="(d) WCB = 360o - 39o 52′ = 320o 08′",
    ),
    _c(
        S2,
        S2_AT,
        gold=r"320o 08′",
        pred=r"360o - 39o 52′",
        wrap=True,
        expected=True,
        why="(d) WCB = 360o - 39o 52′ = 320o 08′",
    ),
    # sarthaks 2830769: WCB 150°, 'Correct Answer - Option 4 : S 30° E'
    _c(
        S3,
        S3_AT,
        gold=r"S 30° E",
        pred=r"150°",
        wrap=True,
        expected=True,
        why="key: the reduced bearing of the WCB 150° line is S 30° E",
    ),
    _c(
        S3,
        S3_AT,
        gold=r"S 30° E",
        pred=r"S 60° E",
        wrap=True,
        expected=False,
        why="key: option refused (option 4 is correct)",
    ),
    _c(
        S3,
        S3_AT,
        gold=r"S 30° E",
        pred=r"S",
        wrap=True,
        expected=False,
        why="key: option refused (option 4 is correct)",
    ),
    _c(
        S3,
        S3_AT,
        gold=r"S 30° E",
        pred=r"W",
        wrap=True,
        expected=False,
        why="key: option refused (option 4 is correct)",
    ),
    # engineeringspine: 'How to convert reduced bearing system to whole circle bearing?'
    _c(
        S4,
        S4_AT,
        gold=r"43°",
        pred=r"N43°E",
        wrap=True,
        expected=True,
        why="N43°E ... i.e. 43°(WCB)",
    ),
    _c(
        S4,
        S4_AT,
        gold=r"137°",
        pred=r"S43°E",
        wrap=True,
        expected=True,
        why="S43°E ... 180°-43°=137°(WCB)",
    ),
    _c(
        S4,
        S4_AT,
        gold=r"137°",
        pred=r"180°-43°",
        wrap=True,
        expected=True,
        why="S43°E ... 180°-43°=137°(WCB)",
    ),
    _c(
        S4,
        S4_AT,
        gold=r"223°",
        pred=r"S43°W",
        wrap=True,
        expected=True,
        why="S43°W ... 180°+43°=223°(WCB)",
    ),
    _c(
        S4,
        S4_AT,
        gold=r"223°",
        pred=r"180°+43°",
        wrap=True,
        expected=True,
        why="S43°W ... 180°+43°=223°(WCB)",
    ),
    _c(
        S4,
        S4_AT,
        gold=r"317°",
        pred=r"N43°W",
        wrap=True,
        expected=True,
        why="N43°W ... 360°-43°=317°(WCB)",
    ),
    _c(
        S4,
        S4_AT,
        gold=r"317°",
        pred=r"360°-43°",
        wrap=True,
        expected=True,
        why="N43°W ... 360°-43°=317°(WCB)",
    ),
    # qammunity 2976264: 'the answer part 1 is 120 degrees or 2pi/3', '60 degrees or pi/3', ...
    _c(
        R1,
        R1_AT,
        gold=r"120 degrees",
        pred=r"2pi/3",
        wrap=True,
        expected=True,
        why="part 1: 120 degrees or 2pi/3",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"120 degrees",
        pred=r"180-60",
        wrap=True,
        expected=True,
        why="part 1: the angle theta is equal to 180-60=120 degrees",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"60 degrees",
        pred=r"pi/3",
        wrap=True,
        expected=True,
        why="part 2: 60 degrees or pi/3",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"90 degrees",
        pred=r"pi/2",
        wrap=True,
        expected=True,
        why="part 3: 90 degrees or pi/2",
    ),
    # blurtit 3942162: '90 degrees = 90* (Pi/180) = Pi/2 radians', '270 degrees = ... = (3*Pi)/2 radians'
    _c(
        R2,
        R2_AT,
        gold=r"90 degrees",
        pred=r"90* (Pi/180)",
        wrap=True,
        expected=True,
        why="answer's chain for 90 degrees",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"90 degrees",
        pred=r"Pi/2 radians",
        wrap=True,
        expected=True,
        why="answer's chain for 90 degrees",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"270 degrees",
        pred=r"270* (Pi/180)",
        wrap=True,
        expected=True,
        why="answer's chain for 270 degrees",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"270 degrees",
        pred=r"(3*Pi)/2 radians",
        wrap=True,
        expected=True,
        why="answer's chain for 270 degrees",
    ),
    # ac.wwu.edu (Vawter, PhysicsNet 'Degrees and Radians'): '-22.6o' and '-.394 rad' are 'the same
    # angle (to 3 SF)'
    _c(
        R3,
        R3_AT,
        gold=r"-22.6o",
        pred=r"-.394 rad",
        wrap=True,
        expected=True,
        why="the same angle (to 3 SF)",
    ),
    # humlearn Radians: 80 degrees = 1.4 radians or 0.44𝛑 radians; 0.3𝛑 radians = 54 degrees
    _c(
        R4,
        R4_AT,
        gold=r"80 degrees",
        pred=r"1.4 radians",
        wrap=True,
        expected=True,
        why="80 degrees * 2𝛑 radians / 360 degrees = 1.4 radians or 0.44𝛑 radians",
    ),
    _c(
        R4,
        R4_AT,
        gold=r"80 degrees",
        pred=r"0.44𝛑 radians",
        wrap=True,
        expected=True,
        why="80 degrees * 2𝛑 radians / 360 degrees = 1.4 radians or 0.44𝛑 radians",
    ),
]
