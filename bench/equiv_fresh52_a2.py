r"""fresh52_a, continued (part 2 of 2): grade-school and middle-school word-problem answers (time,
measures, fractions of quantities, percents) settled on public web pages (the ``pages`` corpus of
the search tool). The sources, what each page settles, the transcription rules, what was left out
and by which rule are listed in the docstring of bench/equiv_fresh52_a.py (section "Sources of
bench/equiv_fresh52_a2.py"). Every source is a web page with no licence file; ``repo`` is its domain
and ``where`` its full URL; ``wrap`` is always True (bare answers) and ``expected`` is the verdict a
person on the page gives, with no one on the page contradicting it. Where a person writes a chain
``A = B = C`` ending in the answer, the last form is the gold and each earlier form a True case.
Socratic's ASCII math is kept as the mirror stores it. Do not tune the judge on these cases.
"""

from __future__ import annotations

from bench.equiv_fresh52_a import _w


def _chain(repo: str, where: str, gold: str, preds: list[str], why: str) -> list[dict[str, object]]:
    """Every earlier form of one written chain against its last form (all True)."""
    return [
        _w(repo, where, gold, p, True, f"{why}; step {i + 1} of the chain")
        for i, p in enumerate(preds)
    ]


PT = "members.policetrainingscotland.co.uk"
PT_Q16 = (
    "http://members.policetrainingscotland.co.uk/numbers/numbers-detailed-preparation-question-16/"
)
KT = "krizteotuition.wordpress.com"
KT_CM = "https://krizteotuition.wordpress.com/category/maths-common-mistakes"
SG = "www.singaporemathguru.com"
SG_30 = (
    "https://www.singaporemathguru.com/blog/30-to-40-of-students-get-this-type-of-question-wrong/"
)
NG = "www.nagwa.com"
NG_VID = "https://www.nagwa.com/en/videos/290140868405/"
SO = "www.sophia.org"
SO_TD = "https://www.sophia.org/tutorials/converting-time-to-decimals"
ED = "www.edplace.com"
ED_TP2 = (
    "https://www.edplace.com/worksheet_info/maths/keystage2/year4/topic/966/4340/time-problems-2"
)
VE = "vespr.org"
VE_16 = "https://vespr.org/questions/what-is-16-2-3-as-a-fraction"
JI = "www.jiskha.com"
JI_CUPS = "https://www.jiskha.com/display.cgi?id=1281997405"
QA = "qammunity.org"
QA_GAL = "https://qammunity.org/7721948"
QA_CUPS = "https://qammunity.org/10596319/?show=10596320"

CASES: list[dict[str, object]] = [
    # policetrainingscotland, specimen paper and practice paper 7 question 16.
    _w(
        PT,
        PT_Q16,
        r"6.50 am",
        r"0650",
        True,
        "specimen: 'Answer = 6.50 am', '(equivalent time in 24 hour clock = 0650)'",
    ),
    _w(
        PT,
        PT_Q16,
        r"6.50 am",
        r"6.50",
        False,
        "'Remember for 12 hour time, you need to include am or pm in the answer to get the mark' "
        "(the question asks for 12 hour time)",
    ),
    _w(PT, PT_Q16, r"9.35 am", r"0935 hours", True, "practice Q16 a): '0935 hours = 9.35 am'"),
    _w(PT, PT_Q16, r"6.20 pm", r"1820 hours", True, "practice Q16 b): '1820 hours = 6.20 pm'"),
    _w(
        PT,
        PT_Q16,
        r"8 hours 45 mins",
        r"25 mins + 8 hours 20 mins",
        True,
        "practice Q16 c): '0935 to 1820 = 25 mins + 8 hours 20 mins = 8 hours 45 mins', 'Answer = "
        "8 hours 45 mins'",
    ),
    # the page's 12 hour / 24 hour table (rows not already a worked answer)
    _w(PT, PT_Q16, r"12.00 am", r"0000 hours", True, "table row '12.00 am 0000 hours'"),
    _w(PT, PT_Q16, r"8.30 am", r"0830 hours", True, "table row '8.30 am 0830 hours'"),
    _w(PT, PT_Q16, r"12 pm", r"1200 hours", True, "table row '12 pm 1200 hours'"),
    _w(PT, PT_Q16, r"5.15 pm", r"1715 hours", True, "table row '5.15 pm 1715 hours'"),
    _w(PT, PT_Q16, r"9.20 pm", r"2120 hours", True, "table row '9.20 pm 2120 hours'"),
    _w(PT, PT_Q16, r"11:59 pm", r"2359 hours", True, "table row '11:59 pm 2359 hours'"),
    # krizteotuition, Time: common mistakes 1-4.
    _w(KT, KT_CM, r"18min", r"0.30hr", True, "mistake 1: '0.30hr is ... Equal to 18min'"),
    _w(KT, KT_CM, r"18min", r"30min", False, "mistake 1: '0.30hr is NOT equal to 30min'"),
    _w(
        KT,
        KT_CM,
        r"5hr 30min",
        r"5.50hr",
        True,
        "mistake 1: '5.50hr is ... Equal to 5hr 30min'",
    ),
    _w(
        KT,
        KT_CM,
        r"5hr 30min",
        r"5hr 50min",
        False,
        "mistake 1: '5.50hr is NOT equal to 5hr 50min but Equal to 5hr 30min'",
    ),
    _w(KT, KT_CM, r"24sec", r"0.40min", True, "mistake 2: '0.40min is ... Equal to 24sec'"),
    _w(
        KT,
        KT_CM,
        r"24sec",
        r"40sec",
        False,
        "mistake 2: '0.40min is NOT equal to 40sec but Equal to 24sec'",
    ),
    _w(
        KT,
        KT_CM,
        r"0.75hour",
        r"45min",
        True,
        "mistake 3: 'Convert 45min to hour', 'Correct Working: 45/60 = 0.75hour'",
    ),
    _w(
        KT,
        KT_CM,
        r"0.75hour",
        r"0.45hour",
        False,
        "mistake 3: 'Common Mistake: Students will derive the answer as 0.45hour'",
    ),
    _w(
        KT,
        KT_CM,
        r"0.2min",
        r"12sec",
        True,
        "mistake 4: 'Convert 12sec to min', 'Correct Working: 12/60 = 0.2min'",
    ),
    _w(
        KT,
        KT_CM,
        r"0.2min",
        r"0.12min",
        False,
        "mistake 4: 'Common Mistake: Students will derive the answer as 0.12min'",
    ),
    # singaporemathguru: what fraction of 5 km is 8000 m? what percentage of 2 litres is 3000 ml?
    *_chain(
        SG,
        SG_30,
        r"1 3/5",
        [r"8000/5000", r"8/5"],
        "'Therefore, the fraction must be: 8000/5000 = 8/5 = 1 3/5 (1 and 3-fifth)'",
    ),
    _w(
        SG,
        SG_30,
        r"1 3/5",
        r"5/8",
        False,
        "'Some students will give their answers as 5/8 or even 5/8000 which is wrong'",
    ),
    _w(
        SG,
        SG_30,
        r"1 3/5",
        r"5/8000",
        False,
        "'Some students will give their answers as 5/8 or even 5/8000 which is wrong'",
    ),
    _w(
        SG,
        SG_30,
        r"150%",
        r"3000/2000 x 100%",
        True,
        "'3000/2000 x 100% = 150%'",
    ),
    # nagwa: what is three-quarters of six hours? (tick the correct box)
    _w(
        NG,
        NG_VID,
        r"four hours and 30 minutes",
        r"4.5 hours",
        True,
        "'4.5 hours is equal to four hours and 30 minutes', 'The correct answer three-quarters of "
        "six hours was four hours and 30 minutes'",
    ),
    _w(
        NG,
        NG_VID,
        r"four hours and 30 minutes",
        r"four and a half hours",
        True,
        "'we get an answer of 4.5 hours or four and a half hours'",
    ),
    _w(
        NG,
        NG_VID,
        r"four hours and 30 minutes",
        r"four hours, 50 minutes",
        False,
        "'So the bottom answer four hours, 50 minutes is incorrect'",
    ),
    _w(
        NG,
        NG_VID,
        r"four hours and 30 minutes",
        r"430 minutes",
        False,
        "'the middle two answers of 430 minutes and 450 minutes would both be over seven hours, "
        "so are also incorrect'",
    ),
    _w(
        NG,
        NG_VID,
        r"four hours and 30 minutes",
        r"450 minutes",
        False,
        "'the middle two answers of 430 minutes and 450 minutes would both be over seven hours, "
        "so are also incorrect'",
    ),
    # sophia: what is the decimal for 45 minutes?
    _w(SO, SO_TD, r"0.75", r"45/60", True, "'45 / 60 = 0.75', 'The answer should be 0.75'"),
    _w(
        SO,
        SO_TD,
        r"0.75",
        r"3/4",
        True,
        "'Since 45 minutes is like the 3/4 clock, 45 minutes = 0.75'",
    ),
    _w(
        SO,
        SO_TD,
        r"0.75",
        r"0.45",
        False,
        "'What is the decimal for 45 minutes? (Please don't say 0.45!!!)'",
    ),
    # edplace time problems 2: the listed equivalences and two worked examples.
    _w(ED, ED_TP2, r"30 seconds", r"½ minute", True, "'30 seconds in ½ minute'"),
    _w(ED, ED_TP2, r"15 seconds", r"¼ minute", True, "'15 seconds in ¼ minute'"),
    _w(ED, ED_TP2, r"45 seconds", r"¾ minute", True, "'45 seconds in ¾ minute'"),
    _w(ED, ED_TP2, r"30 minutes", r"½ hour", True, "'30 minutes in ½ hour'"),
    _w(ED, ED_TP2, r"15 minutes", r"¼ hour", True, "'15 minutes in ¼ hour'"),
    _w(ED, ED_TP2, r"45 minutes", r"¾ hour", True, "'45 minutes in ¾ hour'"),
    *_chain(
        ED,
        ED_TP2,
        r"315 seconds",
        [r"5¼ minutes", r"5 × 60 + 15", r"300 + 15"],
        "example 1: '5¼ minutes = 5 × 60 + 15 = 300 + 15 = 315 seconds'",
    ),
    *_chain(
        ED,
        ED_TP2,
        r"450 minutes",
        [r"7½ hours", r"7 × 60 + 30", r"420 + 30"],
        "example 2: '7½ hours = 7 × 60 + 30 = 420 + 30 = 450 minutes'",
    ),
    # vespr (Socratic mirror): what is 16 2/3% as a fraction? (first answer, Nov 5, 2015)
    *_chain(
        VE,
        VE_16,
        r"1/6",
        [
            r"16 2/3%",
            r"16/100 +(2/3)/100",
            r"16/100 + 2/300",
            r"48/300 + 2/300",
            r"50 /300",
            r"5/30",
        ],
        "first answer: '16/100 +(2/3)/100' ... '=48/300 + 2/300 = 50 /300' ... '=5/30' ... '= 1/6'",
    ),
    # jiskha 1281997405: what is half of one and a half cups?
    _w(JI, JI_CUPS, r"3/4", r"1/2 * 3/2", True, "'1 1/2 = 3/2', '1/2 * 3/2 = 3/4'"),
    # qammunity 7721948: 3 gallons and another 1/2 gallon.
    _w(QA, QA_GAL, r"3 1/2 gallons", r"56 cups", True, "'Answer: 3 1/2 gallons or 56 cups'"),
    _w(QA, QA_GAL, r"3 1/2 gallons", r"3 + 1/2", True, "'3 + 1/2 = 3 1/2 gallons'"),
    # qammunity 10596319: cups to fill the container.
    _w(
        QA,
        QA_CUPS,
        r"2.25 Cups",
        r"2 1/4",
        True,
        "'2.25 Cups.' ... 'Which is 2.25. Or.. 2 1/4.'",
    ),
]
