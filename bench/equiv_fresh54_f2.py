r"""A fifty-fourth fresh set of answer-equivalence cases, part 2 of 2 (evaluation only; helper "f":
ratios in simplest form, three-part ratios, unit rates and speeds in several units, aspect ratios
and chances written several ways, settled by a person on a public web page). Part 1, with the
rules for what was left out and the pages examined and not used, is bench/equiv_fresh54_f.py.

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool); none was
used by an earlier set (checked as in part 1; each page claimed in /work/wt/fresh54_claims). Each
case gives the reference answer (``gold``), the prediction (``pred``: the other form a person on
the page equates with it; a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and
the verdict (``expected``). ``repo`` is the domain of the stored copy and ``where`` its full URL;
there is no commit, and every source is a web page with no licence file. Only the search tool's
excerpt of each page was read. Do not tune the judge on these cases.

Transcription: strings as the stored page shows them ("7/8ths", "(90×1000)/3600", "\tt" dropped
from the Brainly copy's ``\tt1:2``, which is a font command in front of the ratio). In a chain
``A = B = C`` the last form is the gold and each earlier form a prediction.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- www.texas-holdempoker-gambling.net "odds and probabilities" ("7/8ths is the same as "7 in 8"",
  ""1 in 2" would be a 50% chance", "the same as a 20% chance or a "1 in 5" chance", "A 4% chance
  ... is the same as a "1 in 25" chance", "a 25% chance is the same as a probability of .25, and
  100% is a probability of 1.0"). 6 cases; its odds-equals-probability lines are left out (part 1).
- testinar.com "Simplifying ratios" course (a publisher's worked answers: "12:18 = 2:3", ...,
  "0.4:1.2 = 4:12 ... 1:3", "2.5:7.5 = 25:75 ... 1:3", "84:126 = 2:3"; the excerpt stops at
  problem 13). 13 cases.
- gotraining.tech 12885356 (a copy of a Brainly answer: "10:20 ... \frac{10}{20} \div
  \frac{10}{10} = \frac{1}{2} \\ 1:2" and four more). 10 cases.
- mammothmemory.net "3 part ratios - simplifying integers" ("2:6:4 ... 2/2:6/2:4/2 ... 1:3:2",
  "6:15:21 ... 2:5:7", "12:6:48 ... 6:3:24 ... 2:1:8"). 9 cases.
- byjus.com question-answer ("2 \dfrac{1}{3} : 3 \dfrac{1}{2} : 1 \dfrac{1}{4} ... \dfrac{7}{3} :
  \dfrac{7}{2} : \dfrac{5}{4} ... = 28 : 42 : 15"). 3 cases.
- www.tutorpace.com "Rate problems 1" ("40 dollars/ 2 hours = 40/2 dollars per hour = 20 dollars
  per hour"; "20 miles/ 5 hours = 4 miles / 1 hour ... 4 miles per hour"). 4 cases.
- www.tutoringservicesseattle.com "Rates" ("4.5 miles per hour ... the unit rate of 4.5 mph").
  1 case.
- www.vedantu.com 5f8b2e06b39c3957d6363576 (72 km/h in m/s: "72km/h=72\times \dfrac{1000}{3600}
  ... 72km/h=20m/s", "\dfrac{1000}{3600} can be simplified into \dfrac{5}{18}"). 4 cases.
- www.xceleratemaths.com "Speed" ("10 m/s = ... = 36 km/h"; "114 km/h = ... = 31.7 m/s"). 2 cases.
- brainly.in 246245 ("40/60 hour = 2/3 hour", "60/(2/3) = (60×3)/2 = 90 km/hour", "90 km/hour =
  (90×1000)/3600 = 25 m/s", "12 km/hour or, speed = 16000/4800 = 3.33 m/s", ...). 11 cases.
- answer-ya.com 100412 (a copy of a Brainly answer on a 4" : 1/8" scale: "12" : 3/8" = 1 foot :
  3/8 in", "1/32 ft = (1/32)(12 in) = 12/32 in = 3/8 in"). 3 cases.
- mathleaks.com McGraw-Hill Integrated II 2012, p.602 ex.3 ("model length/actual
  length=6in./50ft ... The scale of the model is 6in.:50ft."). 1 case.
- freeartdictionary.com "aspect ratio" ("4:3 or 1.33:1", "16:9 or 1.78:1"). 2 cases.
- etsumcom.zendesk.com 225671848 ("4:3 is the same as 1.33:1 and 16:9 is the same as 1.77:1";
  16/9 is 1.777..., so the page truncates rather than rounds). 2 cases.
- experts123.com "What is aspect ratio?" ("4:3 (also known as 1.33:1)", "16:9 (also known as
  1.78:1)", "16:10.7 (also known as 1.5:1)"). 3 cases.
- experts123.com "difference between the 4:3 and 16:9 aspect ratio" ("4:3, or 1.33:1"; its
  "about 1.78:1" is left out). 1 case.
- tasteofcinema.com tag page ("16:9, which means that the proportion between width and height
  will always be 1.78 to 1"). 1 case.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c


def _rows(repo: str, where: str, rows: list[tuple[str, str, bool, str]]) -> list[dict[str, object]]:
    """Bare-answer cases (gold, pred, expected, why) from one page."""
    return [_c(repo, where, gold=g, pred=p, wrap=True, expected=ok, why=w) for g, p, ok, w in rows]


TXH = "www.texas-holdempoker-gambling.net"
TXH_AT = "https://www.texas-holdempoker-gambling.net/odds-and-probabilities.html"

TST = "testinar.com"
TST_AT = "https://testinar.com/article/proportions_and_ratios__simplifying_ratios_course"

GOT = "gotraining.tech"
GOT_AT = "https://gotraining.tech/goquestion/12885356"

MAM = "mammothmemory.net"
MAM_AT = "https://mammothmemory.net/maths/algebra/ratios/3-part-ratios-simplifying-integers.html"

BYJ = "byjus.com"
BYJ_AT = (
    "https://byjus.com/question-answer/"
    "express-each-of-the-following-ratios-in-its-simplest-form-2-dfrac-1-3-3/"
)

TPC = "www.tutorpace.com"
TPC_AT = "http://www.tutorpace.com/common-core/rate-problems-1-online-tutoring"

TSS = "www.tutoringservicesseattle.com"
TSS_AT = "https://www.tutoringservicesseattle.com/rates/"

VED = "www.vedantu.com"
VED_AT = (
    "https://www.vedantu.com/question-answer/"
    "the-speed-of-a-moving-car-is-72-kmh-calculate-class-10-physics-cbse-5f8b2e06b39c3957d6363576"
)

XCM = "www.xceleratemaths.com"
XCM_AT = "https://www.xceleratemaths.com/number/speed"

BRI = "brainly.in"
BRI_AT = "https://brainly.in/question/246245"

AYA = "answer-ya.com"
AYA_AT = (
    "https://answer-ya.com/questions/"
    "100412-consider-the-experiment-of-tossing-a-coin-three-times-a-describe.html"
)

MLK = "mathleaks.com"
MLK_AT = (
    "https://mathleaks.com/study/mcgraw-hill-integrated-ii-2012/9-scale-drawings-and-models/602-3"
)

FAD = "freeartdictionary.com"
FAD_AT = "https://freeartdictionary.com/definition/aspect-ratio/"

ETS = "etsumcom.zendesk.com"
ETS_AT = "https://etsumcom.zendesk.com/hc/en-us/articles/225671848-Aspect-Ratio"

E123 = "experts123.com"
E123_A = "https://experts123.com/q/what-is-aspect-ratio.html?ap_paged=2"
E123_B = "https://experts123.com/q/what-is-the-difference-between-the-43-and-169-aspect-ratio.html"

TOC = "tasteofcinema.com"
TOC_AT = "http://tasteofcinema.com/tag/movies-with-unusual-aspect-ratio"

CASES = [
    # texas-holdempoker: chances as fractions, "1 in N" and percents (odds lines left out).
    *_rows(
        TXH,
        TXH_AT,
        [
            (r"7 in 8", r"7/8ths", True, "7/8ths is the same as '7 in 8'"),
            (r"50%", r"1 in 2", True, "'1 in 2' would be a 50% chance"),
            (r"1 in 5", r"20%", True, "the same as a 20% chance or a '1 in 5' chance"),
            (r"1 in 25", r"4%", True, "a 4% chance of winning is the same as a '1 in 25' chance"),
            (r".25", r"25%", True, "a 25% chance is the same as a probability of .25"),
            (r"1.0", r"100%", True, "100% is a probability of 1.0"),
        ],
    ),
    # testinar: simplifying ratios, worked answers.
    *_rows(
        TST,
        TST_AT,
        [
            (r"2:3", r"12:18", True, "1) 12:18 = 2:3"),
            (r"3:7", r"15:35", True, "2) 15:35 = 3:7"),
            (r"3:4", r"24:32", True, "3) 24:32 = 3:4"),
            (r"3:4", r"45:60", True, "4) 45:60 = 3:4"),
            (r"4:7", r"28:49", True, "5) 28:49 = 4:7"),
            (r"2:3", r"64:96", True, "6) 64:96 = 2:3"),
            (r"1:3", r"0.4:1.2", True, "8) 0.4:1.2 = 4:12 ... the ratio is 1:3"),
            (r"1:3", r"4:12", True, "8) 4:12 divided by 4 is 1:3"),
            (r"2:3", r"6:9", True, "9) the ratio is 6:9, which simplifies by 3 to 2:3"),
            (r"1:1", r"36:36", True, "10) 36:36 divided by 36 is 1:1"),
            (r"1:3", r"2.5:7.5", True, "11) 2.5:7.5 = 25:75 ... 1:3"),
            (r"1:3", r"25:75", True, "11) 25:75 divided by 25 is 1:3"),
            (r"2:3", r"84:126", True, "12) 84:126 = 2:3"),
        ],
    ),
    # gotraining.tech (Brainly copy): ratios in lowest terms, as a fraction and with a colon.
    *_rows(
        GOT,
        GOT_AT,
        [
            (r"1:2", r"10:20", True, "1) 10:20 in lowest terms: 1:2"),
            (r"1:2", r"\frac{1}{2}", True, "1) \\frac{10}{20} ... = \\frac{1}{2}, written 1:2"),
            (r"1:3", r"6:18", True, "2) 6:18 in lowest terms: 1:3"),
            (r"1:3", r"\frac{1}{3}", True, "2) \\frac{6}{18} ... = \\frac{1}{3}, written 1:3"),
            (r"2:1", r"10:5", True, "3) 10:5 in lowest terms: 2:1"),
            (r"2:1", r"\frac{2}{1}", True, "3) \\frac{10}{5} ... = \\frac{2}{1}, written 2:1"),
            (r"2:3", r"12:18", True, "4) 12:18 in lowest terms: 2:3"),
            (r"2:3", r"\frac{2}{3}", True, "4) \\frac{12}{18} ... = \\frac{2}{3}, written 2:3"),
            (r"1:5", r"5:25", True, "5) 5:25 in lowest terms: 1:5"),
            (r"1:5", r"\frac{1}{5}", True, "5) \\frac{5}{25} ... = \\frac{1}{5}, written 1:5"),
        ],
    ),
    # mammothmemory: three-part ratios.
    *_rows(
        MAM,
        MAM_AT,
        [
            (r"1:3:2", r"2:6:4", True, "Example 1: simplify 2:6:4 ... 1:3:2 is the answer"),
            (r"1:3:2", r"2/2:6/2:4/2", True, "Example 1: 2/2:6/2:4/2 which becomes 1:3:2"),
            (r"2:5:7", r"6:15:21", True, "Example 2: simplify 6:15:21 ... 2:5:7 is the answer"),
            (r"2:5:7", r"6/3:15/3:21/3", True, "Example 2: 6/3:15/3:21/3 which becomes 2:5:7"),
            (r"2:1:8", r"12:6:48", True, "Example 3: simplify 12:6:48 ... 2:1:8 is the answer"),
            (r"6:3:24", r"12:6:48", True, "Example 3: 12:6:48 divided by 2 becomes 6:3:24"),
            (r"6:3:24", r"12/2:6/2:48/2", True, "Example 3: 12/2:6/2:48/2 which becomes 6:3:24"),
            (r"2:1:8", r"6:3:24", True, "Example 3: 6:3:24 divided by 3 is 2:1:8"),
            (r"2:1:8", r"6/3:3/3:24/3", True, "Example 3: 6/3:3/3:24/3 ... 2:1:8"),
        ],
    ),
    # byjus: a three-part ratio of mixed numbers.
    *_rows(
        BYJ,
        BYJ_AT,
        [
            (
                r"28 : 42 : 15",
                r"2 \dfrac{1}{3} : 3 \dfrac{1}{2} : 1 \dfrac{1}{4}",
                True,
                "the simplest form of 2 1/3 : 3 1/2 : 1 1/4 is 28 : 42 : 15",
            ),
            (
                r"28 : 42 : 15",
                r"\dfrac{7}{3} : \dfrac{7}{2} : \dfrac{5}{4}",
                True,
                "written as 7/3 : 7/2 : 5/4, times the LCM 12 = 28 : 42 : 15",
            ),
            (
                r"28 : 42 : 15",
                r"\dfrac{7}{3} \times 12 : \dfrac{7}{2} \times 12 : \dfrac{5}{4} \times 12",
                True,
                "7/3 x 12 : 7/2 x 12 : 5/4 x 12 = 28 : 42 : 15",
            ),
        ],
    ),
    # tutorpace: unit rates.
    *_rows(
        TPC,
        TPC_AT,
        [
            (
                r"20 dollars per hour",
                r"40 dollars/ 2 hours",
                True,
                "Unit rate = 40 dollars/ 2 hours = ... = 20 dollars per hour",
            ),
            (
                r"20 dollars per hour",
                r"40/2 dollars per hour",
                True,
                "= 40/2 dollars per hour = 20 dollars per hour",
            ),
            (
                r"4 miles per hour",
                r"20 miles/ 5 hours",
                True,
                "20 miles/ 5 hours = 4 miles / 1 hour; unit rate = 4 miles per hour",
            ),
            (
                r"4 miles per hour",
                r"4 miles / 1 hour",
                True,
                "4 miles / 1 hour; hence unit rate = 4 miles per hour",
            ),
        ],
    ),
    # tutoringservicesseattle.
    *_rows(
        TSS,
        TSS_AT,
        [
            (
                r"4.5 miles per hour",
                r"4.5 mph",
                True,
                "2.25 mi in half an hour gives 4.5 miles per hour ... the unit rate of 4.5 mph",
            ),
        ],
    ),
    # vedantu: 72 km/h in m/s.
    *_rows(
        VED,
        VED_AT,
        [
            (r"20m/s", r"72km/h", True, "72km/h=20m/s"),
            (
                r"20",
                r"72\times \dfrac{1000}{3600}",
                True,
                "72km/h=72\\times \\dfrac{1000}{3600} => 20m/s; the speed in m/s is 20",
            ),
            (
                r"20",
                r"72\times \dfrac{5}{18}",
                True,
                "72km/h=72\\times \\dfrac{5}{18} => 72km/h=20m/s",
            ),
            (
                r"\dfrac{5}{18}",
                r"\dfrac{1000}{3600}",
                True,
                "\\dfrac{1000}{3600} can be simplified into \\dfrac{5}{18}",
            ),
        ],
    ),
    # xceleratemaths: converting between km/h and m/s.
    *_rows(
        XCM,
        XCM_AT,
        [
            (r"36 km/h", r"10 m/s", True, "Example Five: change 10 m/s into km/h ... = 36 km/h"),
            (r"31.7 m/s", r"114 km/h", True, "Example Four: 114 km/h = ... = 31.7 m/s (rounded)"),
        ],
    ),
    # brainly.in 246245: speeds.
    *_rows(
        BRI,
        BRI_AT,
        [
            (r"2/3", r"40/60", True, "time = 40 min = 40/60 hour = 2/3 hour"),
            (r"90", r"60/(2/3)", True, "speed = 60/(2/3) = (60×3)/2 = 90 km/hour"),
            (r"90", r"(60×3)/2", True, "(60×3)/2 = 90 km/hour"),
            (
                r"25 m/s",
                r"90 km/hour",
                True,
                "to change into m/s: 90 km/hour = (90×1000)/3600 = 25 m/s",
            ),
            (r"25", r"(90×1000)/3600", True, "(90×1000)/3600 = 25 m/s"),
            (r"0.8 km", r"800 m", True, "distance = 800 m = 0.8 km"),
            (r"0.5", r"30/60", True, "time = 30 min = 30/60 = 0.5 hour"),
            (r"1.6", r"0.8/0.5", True, "speed = 0.8/0.5 = 1.6 km/hour"),
            (r"4800", r"(4/3)×3600", True, "time = 4/3 hour = (4/3)×3600 = 4800 sec"),
            (
                r"12 km/hour",
                r"3.33 m/s",
                True,
                "speed = 16/(4/3) = 12 km/hour or, speed = 16000/4800 = 3.33 m/s (rounded)",
            ),
            (r"35", r"(50/60)×42", True, "distance = (50/60)×42 = 35 km"),
        ],
    ),
    # answer-ya (Brainly copy): a 4" : 1/8" scale per foot.
    *_rows(
        AYA,
        AYA_AT,
        [
            (
                r"1 foot : 3/8 in",
                r'12" : 3/8"',
                True,
                'actual : scale = 12" : 3/8" = 1 foot : 3/8 in',
            ),
            (r"3/8 in", r"1/32 ft", True, "1/32 ft = (1/32)(12 in) = 12/32 in = 3/8 in"),
            (r"3/8 in", r"12/32 in", True, "12/32 in = 3/8 in"),
        ],
    ),
    # mathleaks (McGraw-Hill Integrated II 2012, p.602 ex.3): a model's scale.
    *_rows(
        MLK,
        MLK_AT,
        [
            (
                r"6in.:50ft",
                r"6in./50ft",
                True,
                "model length/actual length=6in./50ft; the scale of the model is 6in.:50ft",
            ),
        ],
    ),
    # aspect ratios.
    *_rows(
        FAD,
        FAD_AT,
        [
            (r"4:3", r"1.33:1", True, "standard TV and older movies 4:3 or 1.33:1"),
            (r"16:9", r"1.78:1", True, "US digital TV (HDTV) 16:9 or 1.78:1"),
        ],
    ),
    *_rows(
        ETS,
        ETS_AT,
        [
            (r"4:3", r"1.33:1", True, "4:3 is the same as 1.33:1"),
            (
                r"16:9",
                r"1.77:1",
                True,
                "16:9 is the same as 1.77:1 (truncated, as the page writes it)",
            ),
        ],
    ),
    *_rows(
        E123,
        E123_A,
        [
            (r"4:3", r"1.33:1", True, "4:3 (also known as 1.33:1)"),
            (r"16:9", r"1.78:1", True, "16:9 (also known as 1.78:1)"),
            (r"16:10.7", r"1.5:1", True, "16:10.7 (also known as 1.5:1)"),
        ],
    ),
    *_rows(
        E123,
        E123_B,
        [
            (
                r"4:3",
                r"1.33:1",
                True,
                "the aspect ratio of a traditional television screen is 4:3, or 1.33:1",
            ),
        ],
    ),
    *_rows(
        TOC,
        TOC_AT,
        [
            (
                r"16:9",
                r"1.78 to 1",
                True,
                "16:9, which means that the proportion between width and height will always be 1.78 to 1",
            ),
        ],
    ),
]
