r"""A fifty-seventh fresh set of answer-equivalence cases (evaluation only; helper "d": grade-school
and middle-school answers about measurement, time and money -- clock times in digits and in words,
durations in hours and minutes or in decimal hours, mixed measures (yd ft in, years months),
metric lengths, coins in cents, dollars and words -- where an answer key, a mark scheme, a
teacher's lesson or worked conversion, or a parent's thread settles which forms are the same
answer and which are not).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/, and checked against /work/wt/fresh57_claims/claims.txt; each page was
claimed there before use). Each case gives the reference answer (``gold``), the prediction
(``pred``: another form the page gives as the same answer, or a form the page refuses; always a
bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and the verdict (``expected``)
settled on the page, with no one on the page contradicting it. ``repo`` is the domain of the
stored copy (for the proxied scribd copy, the proxy's domain) and ``where`` its full URL. There is
no commit; every source is a web page with no licence file. Only the text the search tool returned
for a page (its excerpt) was read. Do not tune the judge on these cases. Continued in
bench/equiv_fresh57_d2.py (same rules; its sources are listed below too).

Transcription: strings are copied as the stored page shows them (capitals as printed, "6½cm"
without a space, "6ft 3in", "1mi 325 yd", "¢" kept). A lead-in such as "It's" (eslcafe) is
dropped; the time or phrase itself is kept. Where a key lists forms joined by "or" or ";" the first
is the gold and each further form a True case. Where a conversion exercise states "given = answer"
(dositey, llodo, themathsguide), the gold is the answer the exercise asks for and the pred the
given quantity, which the page states is equal. In llodo's "45 minutes = \(\frac{3}{4}\) hours =
0.75 hours" the inline-math delimiters \( \) are dropped and the LaTeX inside kept. Readings, each
noted in ``why``: eslcafe writes alternatives with slashes ("It's 15 minutes before /until / 'til /
to / of 3."), and one wording of each slash group is taken (the first, or for 7:45 the "to"
wording, "a quarter to eight").

Sources (domain, URL, what is settled; all "web page, no licence file"):

- www.eslcafe.com "grammar/telling_time03.html" (Dennis Oliver's "Telling Time #3": 2:15 is "a
  quarter after 2", "a quarter past 2", "15 minutes past 2" ...; 2:30 is "half past two"; 2:45 is
  "a quarter before / until / 'til / to / of 3"; "right: 5:30 = half past five or five-thirty",
  "wrong: 5:30 = *half six"; "right: 7:45 = seven forty-five or a quarter ... to ... eight").
  18 cases (1 False).
- www.math-only-math.com "quarter-past-an-hour.html" (answer key "(ii) 7:15; Quarter Past Seven"
  ... "(ix) 1:15; Quarter Past One"). 8 cases.
- themathsguide.ie junior cert course section 5/28 (a teacher's "Converting Between Decimal Hours
  and Hours plus minutes": "12 Hours and 57 Minutes ... = 12.95 hours", "23.7 Hours ... = 23 Hours
  and 42 minutes", "1.02 Hours ... = 1 Hour and 4.2 Minutes ... = 1 hour and 4 minutes and 12
  seconds"). 5 cases.
- www.sats-papers.co.uk Year 3 optional 2003 paper B mark scheme (Q7 "6½cm OR 6.5cm OR
  equivalent. Accept equivalent measurements, eg 65mm"). 2 cases.
- dailyinfluences.blogspot.com 2008/05 "Are you smarter than a 5th grader?" (a mother's post: she
  was gone "an hour and 45 minutes" and multiplied by 1.45; her son: "the hours aren't in 100's";
  she: "45 minutes is 3/4 of an hour so I need to use 1.75 instead of 1.45"). 3 cases (1 False).
- www.nagwa.com video 563101521241 ("Two and a half hours in minutes is 150 minutes."). 1 case.

Sources of bench/equiv_fresh57_d2.py:

- ptop.only.wip.la proxy copy of scribd 421840501 "M Stage 8 p110 Ms Afp" (Cambridge progression
  test, Stage 8 mark scheme, general guidelines: for money, "Any unambiguous indication of the
  correct amount, e.g. 30 cents; 30 c $0.30; $0.30 c; $0.30 cents" against "Incorrect or ambiguous
  answers, e.g. $0-30; $0=30; $00:30 $0.3; $30; $30 cents; 0.30 cents"; for time, 16:42 with
  "Accept correct conversion to 12-hour clock, e.g. 4.42 p.m." and refused "4.42 am; 0442; 4.42").
  8 cases (5 False).
- www.dositey.com "worksheet/length/length_1s.htm" (answers to a US-units mixed-measures worksheet:
  "1 yd 2 ft = 60 in", "2 yd 3 in= 6ft 3in", "6790 ft= 1 mi 503 yd 1 ft" ...). 10 cases.
- www.mathatube.com "money-writing-money" ("1 Penny = one cent or $0.01 or 1¢" ... "1 Dollar = one
  hundred cents or $1.00 or 100¢"). 11 cases.
- llodo.com "grade-5-math/practice-on-measuring-time.html" (solution guide to a grade 5 textbook
  exercise, in English translation: "2 years 6 months = 30 months", "144 minutes = 2 hours 24
  minutes", "45 minutes = \(\frac{3}{4}\) hours = 0.75 hours", "90 minutes = 1.5 hours" ...).
  17 cases.

83 cases in all (7 False): 37 here (2 False), 46 in bench/equiv_fresh57_d2.py (5 False).

Left out, by rule: refusals that are only about usage or notation when the value is the same
(eslcafe's "*thirty before six", "*half before six", "*eight less 15", "*eight minus 15" for 5:30
and 7:45; the scribd 421840501 money refusals "$0-30", "$0=30", "$00:30", "$0.3", and its "4.42"
for 16:42, refused as ambiguous); forms the conversion of a table lost or scattered (scribd
421840501: the golds 07:30 and 19:00 of its time table are not in the stored text, and the accept
and refuse columns of those two rows run together; its duration row, whose answers "02:30:00
02:30 ... 5.24" cannot be told apart); mathatube's misprinted "10$" for a dime and its "25/100"
descriptions of coins as parts of a dollar; ranges for a measured length (Year 3 paper B Q7
"Accept an answer in the range 6.3cm–6.7cm"); single-form answers (dositey "Answer: 40 in",
"Answer: 540 yd"; math-only-math's lesson lines "We write 4:15", which repeat the key's pairs);
the pairs the same Cambridge guideline table gave bench/equiv_fresh45_d.py ($0.30 / 30 cents,
30 c; 1.85 m and its conversions) are not repeated.

Examined and not used: paperzz.com 7017001 and docest.com 224805 (KS2 money and 1MA1 time mark
schemes, used by bench/equiv_fresh52_a.py); sats-papers.co.uk Year 4 optional 2003 paper A (its
Q10 "£2.40 Accept £2.40p OR £2 40 Do not accept £240 OR £240p OR £2.4" repeats, word for word, a
question bench/equiv_fresh52_a.py took from paperzz 7017001); pdfcoffee.com Cambridge Primary
Progression Stage 4 mark scheme (the same general tables as bench/equiv_fresh45_d.py's Checkpoint
page); zanotowane.pl 1130/4556 (a sibling of 1144/3400, which bench/equiv_fresh52_a.py examined);
KS2 mark-scheme booklets on studylib, scribd, pdfcoffee and sats-papers.co.uk (only the general
guidance was stored); studylib 25783485 Checkpoint 2014 specimen (its "80 minutes or equivalent
Accept a..." is cut off); codinginacoffeeshop.com (used before; generated worksheets); kwiznet,
prepdog, studyzone, mytestbook (multiple-choice quizzes whose keys are not stored); krizteotuition
(used by bench/equiv_fresh52_a2.py); gradesaver Basic College Mathematics (used before); generated
or AI pages on unit conversion (betsofa.com, eatsip365.com, visualfoodie.com, jasoncote.co,
namegenerator.biz, anabel.icu, learnlyai, sorumatik, solveeit.ai, askai.glarity, gaviki.com,
oxcalculator.com, harvardreferencinggenerator.com and the like) and vedantu question pages.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

ESL = "www.eslcafe.com"
ESL_T3 = "http://www.eslcafe.com/grammar/telling_time03.html"
MOM = "www.math-only-math.com"
MOM_QP = "https://www.math-only-math.com/quarter-past-an-hour.html"
TMG = "themathsguide.ie"
TMG_28 = "https://themathsguide.ie/coursecontentsections/juniorcert/5/28"
SATS = "www.sats-papers.co.uk"
SATS_Y3B = (
    "http://www.sats-papers.co.uk/download/year-3-optional-2003-mathematics-paper-b-marking-scheme"
)
DI = "dailyinfluences.blogspot.com"
DI_5TH = "http://dailyinfluences.blogspot.com/2008/05/are-you-smarter-than-5th-grader_4284.html"
NAG = "www.nagwa.com"
NAG_563 = "https://www.nagwa.com/en/videos/563101521241/"
# sources of bench/equiv_fresh57_d2.py
PTOP = "ptop.only.wip.la"
PTOP_421 = (
    "https://ptop.only.wip.la:443/https/www.scribd.com/document/421840501/m-stage-8-p110-ms-afp-pdf"
)
DOS = "www.dositey.com"
DOS_L1 = "http://www.dositey.com/worksheet/length/length_1s.htm"
MAT = "www.mathatube.com"
MAT_WM = "https://www.mathatube.com/money-writing-money"
LLO = "llodo.com"
LLO_G5 = "https://llodo.com/grade-5-math/practice-on-measuring-time.html"

CASES = [
    # eslcafe telling_time03: equal ways to say a clock time; one form marked wrong
    _c(
        ESL,
        ESL_T3,
        gold=r"2:15",
        pred=r"a quarter after 2",
        wrap=True,
        expected=True,
        why="'It's 2:15.' ... 'It's a quarter after 2.' (one of seven equal sayings)",
    ),
    _c(
        ESL,
        ESL_T3,
        gold=r"2:15",
        pred=r"a quarter past 2",
        wrap=True,
        expected=True,
        why="'It's 2:15.' ... 'It's a quarter past 2.' (one of seven equal sayings)",
    ),
    _c(
        ESL,
        ESL_T3,
        gold=r"2:15",
        pred=r"15 minutes past 2",
        wrap=True,
        expected=True,
        why="'It's 2:15.' ... 'It's 15 minutes past 2.' (one of seven equal sayings)",
    ),
    _c(
        ESL,
        ESL_T3,
        gold=r"2:15",
        pred=r"15 past 2",
        wrap=True,
        expected=True,
        why="'It's 2:15.' ... 'It's 15 past 2.' (one of seven equal sayings)",
    ),
    _c(
        ESL,
        ESL_T3,
        gold=r"2:15",
        pred=r"15 minutes after 2",
        wrap=True,
        expected=True,
        why="'It's 2:15.' ... 'It's 15 minutes after 2.' (one of seven equal sayings)",
    ),
    _c(
        ESL,
        ESL_T3,
        gold=r"2:15",
        pred=r"15 after 2",
        wrap=True,
        expected=True,
        why="'It's 2:15.' ... 'It's 15 after 2.' (one of seven equal sayings)",
    ),
    _c(
        ESL,
        ESL_T3,
        gold=r"2:30",
        pred=r"half past two",
        wrap=True,
        expected=True,
        why="'It's 2:30 It's half past two.'",
    ),
    _c(
        ESL,
        ESL_T3,
        gold=r"2:45",
        pred=r"a quarter before 3",
        wrap=True,
        expected=True,
        why="'It's 2:45 It's a quarter before 3. / It's a quarter until 3. / ...'",
    ),
    _c(
        ESL,
        ESL_T3,
        gold=r"2:45",
        pred=r"a quarter until 3",
        wrap=True,
        expected=True,
        why="'It's 2:45 It's a quarter before 3. / It's a quarter until 3. / ...'",
    ),
    _c(
        ESL,
        ESL_T3,
        gold=r"2:45",
        pred=r"a quarter 'til 3",
        wrap=True,
        expected=True,
        why="'It's 2:45 It's a quarter before 3. / It's a quarter 'til 3. / ...'",
    ),
    _c(
        ESL,
        ESL_T3,
        gold=r"2:45",
        pred=r"a quarter to 3",
        wrap=True,
        expected=True,
        why="'It's 2:45 It's a quarter before 3. / It's a quarter to 3. / ...'",
    ),
    _c(
        ESL,
        ESL_T3,
        gold=r"2:45",
        pred=r"a quarter of 3",
        wrap=True,
        expected=True,
        why="'It's 2:45 It's a quarter before 3. / It's a quarter of 3. / ...'",
    ),
    _c(
        ESL,
        ESL_T3,
        gold=r"2:45",
        pred=r"15 minutes before 3",
        wrap=True,
        expected=True,
        why="2:45: 'It's 15 minutes before /until / 'til / to / of 3.' (first wording)",
    ),
    _c(
        ESL,
        ESL_T3,
        gold=r"5:30",
        pred=r"half past five",
        wrap=True,
        expected=True,
        why="notes: 'right: 5:30 = half past five or five-thirty'",
    ),
    _c(
        ESL,
        ESL_T3,
        gold=r"5:30",
        pred=r"five-thirty",
        wrap=True,
        expected=True,
        why="notes: 'right: 5:30 = half past five or five-thirty'",
    ),
    _c(
        ESL,
        ESL_T3,
        gold=r"5:30",
        pred=r"half six",
        wrap=True,
        expected=False,
        why="notes: 'wrong: 5:30 = *half six' (not half + the next hour)",
    ),
    _c(
        ESL,
        ESL_T3,
        gold=r"7:45",
        pred=r"seven forty-five",
        wrap=True,
        expected=True,
        why="notes: 'right: 7:45 = seven forty-five or a quarter / fifteen (minutes) ... to / of eight'",
    ),
    _c(
        ESL,
        ESL_T3,
        gold=r"7:45",
        pred=r"a quarter to eight",
        wrap=True,
        expected=True,
        why="notes: 'right: 7:45 = ... or a quarter / fifteen (minutes) ... to / of eight'",
    ),
    # math-only-math quarter past an hour: answer key, each answer in digits and in words
    _c(
        MOM,
        MOM_QP,
        gold=r"7:15",
        pred=r"Quarter Past Seven",
        wrap=True,
        expected=True,
        why="Answer: '7:15; Quarter Past Seven'",
    ),
    _c(
        MOM,
        MOM_QP,
        gold=r"11:15",
        pred=r"Quarter Past Eleven",
        wrap=True,
        expected=True,
        why="Answer: '11:15; Quarter Past Eleven'",
    ),
    _c(
        MOM,
        MOM_QP,
        gold=r"8:15",
        pred=r"Quarter Past Eight",
        wrap=True,
        expected=True,
        why="Answer: '8:15; Quarter Past Eight'",
    ),
    _c(
        MOM,
        MOM_QP,
        gold=r"5:15",
        pred=r"Quarter Past Five",
        wrap=True,
        expected=True,
        why="Answer: '5:15; Quarter Past Five'",
    ),
    _c(
        MOM,
        MOM_QP,
        gold=r"2:15",
        pred=r"Quarter Past Two",
        wrap=True,
        expected=True,
        why="Answer: '2:15; Quarter Past Two'",
    ),
    _c(
        MOM,
        MOM_QP,
        gold=r"12:15",
        pred=r"Quarter Past Twelve",
        wrap=True,
        expected=True,
        why="Answer: '12:15; Quarter Past Twelve'",
    ),
    _c(
        MOM,
        MOM_QP,
        gold=r"3:15",
        pred=r"Quarter Past Three",
        wrap=True,
        expected=True,
        why="Answer: '3:15; Quarter Past Three'",
    ),
    _c(
        MOM,
        MOM_QP,
        gold=r"1:15",
        pred=r"Quarter Past One",
        wrap=True,
        expected=True,
        why="Answer: '1:15; Quarter Past One'",
    ),
    # themathsguide.ie junior cert, converting between decimal hours and hours plus minutes
    _c(
        TMG,
        TMG_28,
        gold=r"12.95 hours",
        pred=r"12 Hours and 57 Minutes",
        wrap=True,
        expected=True,
        why="'e.g. 12 Hours and 57 Minutes ... = 12 hours and 0.95 hours ... = 12.95 hours'",
    ),
    _c(
        TMG,
        TMG_28,
        gold=r"23 Hours and 42 minutes",
        pred=r"23.7 Hours",
        wrap=True,
        expected=True,
        why="'e.g. 23.7 Hours. ... = 23 Hours and 42 minutes'",
    ),
    _c(
        TMG,
        TMG_28,
        gold=r"1 Hour and 4.2 Minutes",
        pred=r"1.02 Hours",
        wrap=True,
        expected=True,
        why="'e.g. 1.02 Hours ... = 1 Hour and 4.2 Minutes'",
    ),
    _c(
        TMG,
        TMG_28,
        gold=r"1 hour and 4 minutes and 12 seconds",
        pred=r"1.02 Hours",
        wrap=True,
        expected=True,
        why="1.02 Hours: '= 1 hour and 4 minutes and 12 seconds' (the note continuing to seconds)",
    ),
    _c(
        TMG,
        TMG_28,
        gold=r"1 hour and 4 minutes and 12 seconds",
        pred=r"1 Hour and 4.2 Minutes",
        wrap=True,
        expected=True,
        why="'1 Hour and 4.2 Minutes' carried on: '= 1 hour and 4 minutes and 12 seconds'",
    ),
    # sats-papers.co.uk Year 3 optional 2003 paper B mark scheme, Q7
    _c(
        SATS,
        SATS_Y3B,
        gold=r"6½cm",
        pred=r"6.5cm",
        wrap=True,
        expected=True,
        why="Q7: '6½cm OR 6.5cm OR equivalent.'",
    ),
    _c(
        SATS,
        SATS_Y3B,
        gold=r"6½cm",
        pred=r"65mm",
        wrap=True,
        expected=True,
        why="Q7: '6½cm OR 6.5cm OR equivalent. Accept equivalent measurements, eg 65mm'",
    ),
    # dailyinfluences blog: a 5th grader corrects his mother's decimal hours
    _c(
        DI,
        DI_5TH,
        gold=r"45 minutes",
        pred=r"3/4 of an hour",
        wrap=True,
        expected=True,
        why="'45 minutes is 3/4 of an hour so I need to use 1.75 instead of 1.45'",
    ),
    _c(
        DI,
        DI_5TH,
        gold=r"an hour and 45 minutes",
        pred=r"1.75",
        wrap=True,
        expected=True,
        why="gone 'an hour and 45 minutes': 'I need to use 1.75 instead of 1.45'",
    ),
    _c(
        DI,
        DI_5TH,
        gold=r"an hour and 45 minutes",
        pred=r"1.45",
        wrap=True,
        expected=False,
        why="her 1.45: 'the hours aren't in 100's' ... 'use 1.75 instead of 1.45'",
    ),
    # nagwa video 563101521241: two and a half hours in minutes
    _c(
        NAG,
        NAG_563,
        gold=r"150 minutes",
        pred=r"two and a half hours",
        wrap=True,
        expected=True,
        why="'Two and a half hours in minutes is 150 minutes.'",
    ),
]
