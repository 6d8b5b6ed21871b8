r"""A fifty-fourth fresh set of answer-equivalence cases (evaluation only; helper "f": ratios,
proportions, odds and scale factors -- 3:4 against 3/4 or "3 to 4", ratios against their simplest
form, odds written several ways, map scales turned into lengths -- settled by a person on a public
web page). Part 1 of 2; part 2 is bench/equiv_fresh54_f2.py.

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; none of the pages was used by an earlier set (checked against bench/data/README.md,
bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py, bench/data/equiv_fresh4.md,
the claims folders of earlier rounds and /work/wt/fresh54_claims; each page was claimed in
/work/wt/fresh54_claims before use). Each case gives the reference answer (``gold``), the
prediction (``pred``: the other form a person on the page equates with it, or sets against it;
always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and the verdict
(``expected``) settled on the page, with no one on the page contradicting it. ``repo`` is the
domain of the stored copy and ``where`` its full URL. There is no commit; every source is a web
page with no licence file. Only the text the search tool returned for a page (its excerpt) was
read. Do not tune the judge on these cases.

Transcription: strings are copied as the stored page shows them ("3-to-2", "40 percent",
"1000 000 cm", "25000x10cm", ``\frac43:2:\frac23``). Where a page writes a chain ``A = B = C``,
the simplest (last) form is the gold and each earlier form a prediction; where it writes "A, or B"
the first-named form is the gold.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- mathebook.net ``dict/edict/eratio.htm`` (a maths dictionary: "8:20 and 6:15 are equivalent
  ... reduces them both to 2:5"). 3 cases.
- www.kwiznet.com quiz 10138 (worked example: "21/35 ... The simplest form of this is 3/5.
  Answer: 3:5"). 2 cases.
- www.kwiznet.com quiz 781 (worked examples: the same 21/35 example, "9/15 = 3/5 ... The ratio
  of goldfish to fish is 3 to 5", "2 feet/ 18 inches = 24 inches / 18 inches = 4/3 ... Written
  in simplest form the ratio is 4 to 3"). 7 cases.
- api-project-1022638073839.appspot.com (a copy of a Socratic answer, 57f4309911ef6b603c773fe5:
  "2 1/2 : 1 ... can also be written as 2.5 : 1", "can be written as 5/2 : 1"). 2 cases.
- mathleaks.com Pearson Geometry 2011, chapter 7 review (teachers to students, 16 to 1856:
  "1:116 or 1/116"). 2 cases.
- mathhelpforum.com algebra/130863 (Grandad: "4/3:2:2/3 ... =4:6:2 ... =2:3:1"). 3 cases.
- www.cardplayer.com "Chances Are: Part III" (M. Wiesenberg: "4 out of 10, or 2 out of 5. As a
  fraction, it becomes a 2/5 chance; as a decimal, a 0.4 chance; as a percent, a 40 percent
  chance"; "60-to-40 against ... more simply as 6-to-4, or odds of 3-to-2 against"). 5 cases.
- quesba.com 695544 (a textbook exercise: "odds of 1/3 : 2/3 are generally written as 1 : 2";
  "p:(1−p)" as shorthand for "p to (1− p)", "sometimes also written as the ratio p/(1− p)").
  3 cases.
- www.robertedunn.com "probability vs odds" ("a probability of 0.003 (.3%)"). 1 case.
- mathcentral.uregina.ca QQ.09.09 kevin1 (Penny: "3/28 = 0.107 miles per minute"). 1 case.
- www.codeproject.com article 1188980 (a reprinted test-prep explanation: "65 × 5,280 = 343,200",
  65 miles per hour is 343,200 feet per hour, "5,720 feet per minute"; "60 mph ... a mile a
  minute"). 3 cases.
- mathforum.org Dr. Math 58037 (Doctor Rick: 11/32 written as 11:32, and "11 out of 32 is the
  same ratio as 34.375 out of 100", "= 34.375/100 = 34.375%"). 3 cases.
- www.expertsmind.com ratio-918441 ("700/600 ... 7/6 or ... 7:6"; "1/3 or ... 1:3"). 3 cases.
- web.mnstate.edu ``peil/MDEV102/U3/S19/S198.html`` ("40:50 simplifies to 4:5", "The ratio of
  cows to chickens is 4 to 5"; the part-to-whole ratio 4 : 9 and the whole-to-part ratio 9 : 4
  named as two different ratios). 3 cases (one False).
- mathspace.co Subtopic-279746 ("2:3 = \dfrac{2}{3}" for a part-to-whole ratio). 1 case.
- mathhelpforum.com algebra/222027 (map scale 1:25 000; chiro: "1/(1/25000) = 25000. So
  25000x10cm = 250000cm = 2500m = 2.5km"; ibdutt: "250000 cm = 250000/100000= 2.5 km",
  "25000 cm = 25000/100000= 0.25 km", "100000/25000 cm = 4 cm", "15*4 = 60 cm"). 8 cases.
- www.mathsmutt.co.uk "Map Scales" ("1000 000 cm, or 10 km", "50 000 cm, or 0.5 km", "250 000
  cm, or 2.5 km", "10 x 1000 000 = 10,000 000 cm", "10,000 000 cm = 100 000 m = 100 km").
  6 cases.

Left out, by rule (both parts): approximations the page marks as such (robertedunn's "997 to
three, or approximately 332 to one"; experts123's "16:9, or about 1.78:1"; tutoringservicesseattle's
"4.44 hrs"); odds set equal to a probability (texas-holdempoker's ""4 to 1" would be the same as a
20% chance", "24 to 1" for a 4% chance, "1 to 1" for "1 in 2"): odds and probability are different
quantities, as an earlier set also ruled; pages' lines whose formulas were lost in conversion
(mnstate's "4:5 or ." and "four-ninths", math-prof.com's reduced ratios, icoachmath's "= 1512 =
54 = 1.25", xceleratemaths' flattened fractions "114 km / 1 h"); the appspot copy's final
``5 \text{ ":" } 2`` and ``25 \text{ ":" " 10" }`` (a rendering artefact, not a legible ratio);
kwiznet 10138's "1 : 24" (the same string twice); expertsmind's "1 yd./ 3 ft." (a unit
conversion read as a ratio); mathleaks 602-3's pairing of "6in.:50ft" with the unitless scale
factor "1/100" (the page asks for them as two different answers); testinar's problems 7 and 9,
whose given ratios are not written on the page (only their terms); codeproject's "65 miles per
hour" against "5,720 feet per minute" (the question's datum against its answer).

Examined and not used: istart1.tripod.com odds page ("1/3 or "1 to"3", quotes garbled in the
stored text); nissispage.com, reko.study, pengi.ai, mrbartonmaths.com probing questions,
leodadorg.pages.dev, hscscience.com.au, kitchencuisinart.com, learnai.pythiaaicoin.com,
codesignal.com, volumecalculator.co and cal53.calculator.city (machine-written or
generated-looking pages); curioustab.com, mathix.co, gauthmath.com, edu.com, expertminds.ai,
tuitiongowhere.com, questionai.com (LLM or machine answers); socratic.org 59c486c07c01492408a49590
and 575f42217c01497e52fbc229, jiskha.com and algebra.com threads (sites this round avoids);
perlmonks 466496, analystforum 93054, studyblog.blogspot.com, mathhelpforum 161464 (used by
set 49); forum.wikijob.co.uk 22004 (the reply does not settle whether "1 to 1.18" is right);
cheztacular.wordpress.com and mrdeansmath.wordpress.com (the author's odds are wrong and nobody
on the page says so); taylorfrancis.com (letters spaced apart in the stored text); esaral /
philoid (odds against probabilities, different quantities); numerade (generated-looking);
symoe.com (machine-translated and garbled); christianperspective.net errata (not ratios).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c


def _rows(repo: str, where: str, rows: list[tuple[str, str, bool, str]]) -> list[dict[str, object]]:
    """Bare-answer cases (gold, pred, expected, why) from one page."""
    return [_c(repo, where, gold=g, pred=p, wrap=True, expected=ok, why=w) for g, p, ok, w in rows]


MEB = "mathebook.net"
MEB_AT = "http://mathebook.net/dict/edict/eratio.htm"

KWZ = "www.kwiznet.com"
KWZ_10138 = "http://www.kwiznet.com/p/takeQuiz.php?ChapterID=10138&CurriculumID=25&Num=2.1"
KWZ_781 = "http://www.kwiznet.com/p/takeQuiz.php?ChapterID=781&CurriculumID=5&Num=9.1"

APS = "api-project-1022638073839.appspot.com"
APS_AT = "https://api-project-1022638073839.appspot.com/questions/57f4309911ef6b603c773fe5"

MLK = "mathleaks.com"
MLK_AT = "https://mathleaks.com/study/pearson-geometry-common-core-2011/7-chapter-review"

MHF = "mathhelpforum.com"
MHF_130863 = "http://mathhelpforum.com/algebra/130863-please-explain-step.html"
MHF_222027 = "http://mathhelpforum.com/algebra/222027-simple-question-print.html"

CPL = "www.cardplayer.com"
CPL_AT = (
    "https://www.cardplayer.com/cardplayer-poker-magazines/65898-bertrand-grospellier-24-15/"
    "articles/19677-chances-are-part-iii"
)

QSB = "quesba.com"
QSB_AT = (
    "https://quesba.com/questions/odds-event-occurs-probability-p-odds-favor-event-occurring-695544"
)

RED = "www.robertedunn.com"
RED_AT = "https://www.robertedunn.com/blog/probability-vs-odds"

MCU = "mathcentral.uregina.ca"
MCU_AT = "http://mathcentral.uregina.ca/QQ/database/QQ.09.09/h/kevin1.html"

CPJ = "www.codeproject.com"
CPJ_AT = (
    "https://www.codeproject.com:443/Articles/1188980/Introduction-to-Machine-Learning-2"
    "?msg=5400988&PageFlow=FixedWidth"
)

DRM = "mathforum.org"
DRM_AT = "http://mathforum.org/library/drmath/view/58037.html"

EXM = "www.expertsmind.com"
EXM_AT = "http://www.expertsmind.com/topic/percentages/ratio-918441.aspx"

MNS = "web.mnstate.edu"
MNS_AT = "https://web.mnstate.edu/peil/MDEV102/U3/S19/S198.html"

MSP = "mathspace.co"
MSP_AT = (
    "https://mathspace.co/textbooks/syllabuses/Syllabus-1155/topics/Topic-21889/"
    "subtopics/Subtopic-279746"
)

MMT = "www.mathsmutt.co.uk"
MMT_AT = "http://www.mathsmutt.co.uk/files/Map%20Scales.htm"

CASES = [
    # mathebook.net: "8:20 and 6:15 are equivalent ... reduces them both to 2:5".
    *_rows(
        MEB,
        MEB_AT,
        [
            (r"2:5", r"8:20", True, "8:20 reduces to 2:5"),
            (r"2:5", r"6:15", True, "6:15 reduces to 2:5"),
            (r"6:15", r"8:20", True, "8:20 and 6:15 are equivalent"),
        ],
    ),
    # kwiznet 10138: "21/35 ... The simplest form of this is 3/5. Answer: 3:5".
    *_rows(
        KWZ,
        KWZ_10138,
        [
            (r"3:5", r"3/5", True, "ratio of 21 and 35: simplest form 3/5, Answer: 3:5"),
            (r"3:5", r"21/35", True, "ratio of 21 and 35 written as 21/35, Answer: 3:5"),
        ],
    ),
    # kwiznet 781: the same example and two more.
    *_rows(
        KWZ,
        KWZ_781,
        [
            (r"3:5", r"3/5", True, "ratio of 21 and 35: simplest form 3/5, Answer: 3:5"),
            (r"3/5", r"21/35", True, "21/35 in simplest form is 3/5"),
            (r"3/5", r"9/15", True, "9 goldfish out of 15: 9/15 = 3/5"),
            (r"3/5", r"3 to 5", True, "9/15 = 3/5; the ratio of goldfish to fish is 3 to 5"),
            (
                r"4/3",
                r"24 inches / 18 inches",
                True,
                "2 feet to 18 inches: = 24 inches / 18 inches = 4/3",
            ),
            (
                r"4/3",
                r"2 feet/ 18 inches",
                True,
                "2 feet/ 18 inches = 24 inches / 18 inches = 4/3 (unit conversion)",
            ),
            (r"4 to 3", r"4/3", True, "= 4/3; written in simplest form the ratio is 4 to 3"),
        ],
    ),
    # appspot copy of a Socratic answer: 2 1/2 : 1 also written as 2.5 : 1 and 5/2 : 1.
    *_rows(
        APS,
        APS_AT,
        [
            (
                r"2 \frac{1}{2} : 1",
                r"2.5 : 1",
                True,
                "the ratio 2 1/2 : 1 'can also be written as 2.5 : 1' (both said to be the same as 5:2)",
            ),
            (
                r"2 \frac{1}{2} : 1",
                r"\frac{5}{2} : 1",
                True,
                "2 1/2 : 1 'can be written as 5/2 : 1'",
            ),
        ],
    ),
    # mathleaks (Pearson Geometry 2011, ch. 7 review): 16 teachers to 1856 students.
    *_rows(
        MLK,
        MLK_AT,
        [
            (r"1:116", r"1/116", True, "answer given as '1:116 or 1/116'"),
            (r"1:116", r"16/1856", True, "16/1856 written in simplest form: 1:116"),
        ],
    ),
    # mathhelpforum 130863 (Grandad): 4/3:2:2/3 = 4:6:2 = 2:3:1.
    *_rows(
        MHF,
        MHF_130863,
        [
            (r"2:3:1", r"4/3:2:2/3", True, "asker's step 1) 4/3:2:2/3 to 2) = 2:3:1, explained"),
            (r"2:3:1", r"4:6:2", True, "=4:6:2 =2:3:1 (divide every term by 2)"),
            (r"4:6:2", r"\frac43:2:\frac23", True, "\\frac43:2:\\frac23 times 3 = 4:6:2"),
        ],
    ),
    # cardplayer (Wiesenberg): chance and odds written several ways.
    *_rows(
        CPL,
        CPL_AT,
        [
            (r"2/5", r"0.4", True, "as a fraction, a 2/5 chance; as a decimal, a 0.4 chance"),
            (
                r"2/5",
                r"40 percent",
                True,
                "as a fraction, a 2/5 chance; as a percent, a 40 percent chance",
            ),
            (
                r"2 out of 5",
                r"4 out of 10",
                True,
                "usually expressed as 4 out of 10, or 2 out of 5",
            ),
            (r"3-to-2", r"60-to-40", True, "60-to-40 against ... odds of 3-to-2 against"),
            (r"3-to-2", r"6-to-4", True, "more simply as 6-to-4, or odds of 3-to-2 against"),
        ],
    ),
    # quesba 695544 (textbook exercise text).
    *_rows(
        QSB,
        QSB_AT,
        [
            (r"1 : 2", r"1/3 : 2/3", True, "odds of 1/3 : 2/3 are generally written as 1 : 2"),
            (r"p:(1−p)", r"p to (1− p)", True, "p:(1−p) is shorthand for p to (1− p)"),
            (
                r"p:(1−p)",
                r"p/(1− p)",
                True,
                "the odds are sometimes also written as the ratio p/(1− p)",
            ),
        ],
    ),
    # robertedunn: "a probability of 0.003 (.3%)".
    *_rows(
        RED,
        RED_AT,
        [
            (r"0.003", r".3%", True, "an event has a probability of 0.003 (.3%)"),
        ],
    ),
    # mathcentral kevin1 (Penny): 3 miles in 28 minutes.
    *_rows(
        MCU,
        MCU_AT,
        [
            (
                r"0.107",
                r"3/28",
                True,
                "speed in miles per minute: 3/28 = 0.107 (rounded, written '=')",
            ),
        ],
    ),
    # codeproject 1188980: 65 miles per hour in feet per minute.
    *_rows(
        CPJ,
        CPJ_AT,
        [
            (r"343,200", r"65 × 5,280", True, "65 × 5,280 = 343,200 feet per hour"),
            (
                r"5,720 feet per minute",
                r"343,200 feet per hour",
                True,
                "divide the total feet per hour by 60: 5,720 feet per minute",
            ),
            (
                r"60 mph",
                r"a mile a minute",
                True,
                "at a steady 60 mph ... 60 miles every 60 minutes, or a mile a minute",
            ),
        ],
    ),
    # Dr. Math 58037 (Doctor Rick): three ways to write 11 out of 32.
    *_rows(
        DRM,
        DRM_AT,
        [
            (r"11/32", r"11:32", True, "one way is 11/32; using a colon, 11:32"),
            (
                r"11/32",
                r"34.375%",
                True,
                "11 out of 32 is the same ratio as 34.375 out of 100 = 34.375%",
            ),
            (r"34.375%", r"34.375/100", True, "11 * 3.125 / 32 * 3.125 = 34.375/100 = 34.375%"),
        ],
    ),
    # expertsmind ratio-918441.
    *_rows(
        EXM,
        EXM_AT,
        [
            (r"7:6", r"7/6", True, "Eric's price/Scott's price = 7/6 or ... 7:6"),
            (r"7/6", r"700/600", True, "700/600, both divided by 100: 7/6"),
            (r"1:3", r"1/3", True, "yards/feet = 1/3 or yards : feet = 1:3"),
        ],
    ),
    # mnstate (Peil): cows and chickens.
    *_rows(
        MNS,
        MNS_AT,
        [
            (r"4:5", r"40:50", True, "the ratio of 40:50 simplifies to 4:5"),
            (
                r"4:5",
                r"4 to 5",
                True,
                "40:50 simplifies to 4:5; the ratio of cows to chickens is 4 to 5",
            ),
            (
                r"4 : 9",
                r"9 : 4",
                False,
                "part-to-whole ratio 4 : 9 (cows to animals), whole-to-part ratio 9 : 4: "
                "two different ratios",
            ),
        ],
    ),
    # mathspace: a part-to-whole ratio rewritten as a fraction.
    *_rows(
        MSP,
        MSP_AT,
        [
            (r"2:3", r"\dfrac{2}{3}", True, "\\displaystyle 2:3 = \\dfrac{2}{3} (part to whole)"),
        ],
    ),
    # mathhelpforum 222027: map scale 1:25 000, 10 cm on the map.
    *_rows(
        MHF,
        MHF_222027,
        [
            (r"25000", r"1/(1/25000)", True, "chiro: the inverse ratio 1/(1/25000) = 25000"),
            (r"250000cm", r"25000x10cm", True, "chiro: 25000x10cm = 250000cm"),
            (r"2.5km", r"250000cm", True, "chiro: 250000cm = 2500m = 2.5km"),
            (r"2.5km", r"2500m", True, "chiro: 2500m = 2.5km"),
            (r"2.5 km", r"250000/100000", True, "ibdutt: 250000 cm = 250000/100000= 2.5 km"),
            (r"0.25 km", r"25000 cm", True, "ibdutt: 25000 cm = 25000/100000= 0.25 km"),
            (
                r"4 cm",
                r"100000/25000 cm",
                True,
                "ibdutt: 1 km on ground = 100000/25000 cm = 4 cm on map",
            ),
            (r"60 cm", r"15*4", True, "ibdutt: 15 km on ground = 15*4 = 60 cm on map"),
        ],
    ),
    # mathsmutt "Map Scales".
    *_rows(
        MMT,
        MMT_AT,
        [
            (r"10 km", r"1000 000 cm", True, "1:1 000 000: 1 cm is 1000 000 cm, or 10 km"),
            (r"0.5 km", r"50 000 cm", True, "1:50 000: 1 cm is 50 000 cm, or 0.5 km"),
            (r"2.5 km", r"250 000 cm", True, "1:250 000: 1 cm is 250 000 cm, or 2.5 km"),
            (
                r"10,000 000 cm",
                r"10 x 1000 000",
                True,
                "in real life, this is 10 x 1000 000 = 10,000 000 cm",
            ),
            (r"100 km", r"10,000 000 cm", True, "10,000 000 cm = 100 000 m = 100 km"),
            (r"100 km", r"100 000 m", True, "100 000 m = 100 km"),
        ],
    ),
]
