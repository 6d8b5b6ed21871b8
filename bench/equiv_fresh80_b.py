r"""An eightieth fresh set of answer-equivalence cases (evaluation only; helper "b": grade 3-8
answers with units, money, time and remainders -- masses in kg and g with and without their units,
a clock time in digits, in words and as a refused duration, money in dollars, cents, pennies and
pounds written in figures and in words, percentages written as decimals, durations in hours and
minutes or in fractions of an hour, and a quotient with a remainder against the whole-number answer
a word problem needs -- where a mark scheme, a teacher's or tutor's page or a usage thread settles
which forms are the same answer and which are refused).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/ and checked against /work/wt/fresh*_claims/claims.txt; each page was claimed
in /work/wt/fresh80_claims/claims.txt before use). Each case gives the reference answer (``gold``),
the prediction (``pred``: another form the page gives as the same answer, or a form the page
refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and the
verdict (``expected``) settled on the page, with no one on the page contradicting it. ``repo`` is
the domain of the stored copy and ``where`` its full URL. There is no commit; every source is a web
page with no licence file. Only the text the search tool returned for a page (its excerpt) was
read. Do not tune the judge on these cases. Continued in bench/equiv_fresh80_b2.py and
bench/equiv_fresh80_b3.py (same rules; their sources are listed below too).

Transcription: strings are copied as the stored page shows them -- "2.03 am" with a point, "8 210 g"
with a space, "$ 0.83" with the space after the dollar sign (thinkquest), "$.02" without a leading
zero, "2-cents" with its hyphen, "1½ hours" with the vulgar-fraction sign, curly apostrophes
("Seven o’clock"). Quotation marks around a spoken form, a lead-in ("It's", "You say ... like
this:") and a sentence's closing full stop are dropped. Where a key lists forms joined by "or" or by
";", the first is the gold and each further form a True case. Readings, each noted in ``why``: the
Cambridge Checkpoint mark schemes are read with their own columns ("Accept:" forms are True, "Do not
accept:" forms False; for the April 2022 mass question the forms its mark scheme gives only B1 of 2
marks -- "answers given without units e.g. 8 kg 210 or 8.21", "incorrect final units e.g. 8210 kg" --
are False, since the answer must "have the correct units"); the October 2017 scheme's "5 (crates)"
is read with the Cambridge convention that a bracketed word is not required (gold "5"); lms101edu's
"fifteen dollars (and) sixty-four cents" is taken with the optional "and" written out, and its
"four pounds ninety-nine p"* / (pence)" as the two forms "... p" and "... pence"; wordreference's
gold is the asker's "3 hours and 23 minutes", each reply's short form a True case.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- studylib.net 8735985 "Cambridge Primary Checkpoint Maths P1 Specimen Mark Scheme" (Q8(a) "2:03
  or 14:03 or three minutes past two ... Accept: 02:03 2.03 am 2.03 pm Do not accept: 2:3 2 hours 3
  minutes"). 7 cases (2 False).
- studylib.net 27016742 Cambridge Primary Checkpoint 0845/01 April 2022 mark scheme (mass "8 kg 210
  g or 8 210 g or 8.21 kg ... Answer must have the correct units", B1 only "For answers given
  without units e.g. 8 kg 210 or 8.21 or ... incorrect final units e.g. 8210 kg"; ordering "3600 g,
  1.2 kg, 900 g, 0.6 kg ... Accept converted units e.g. 3.6 kg, 1.2 kg, 0.9 kg, 0.6 kg ... Allow if
  the numbers or their conversions are ordered correctly with no units shown e.g. 3600 1.2 900 0.6
  / 3600 1200 900 600 / 3600 1200 0.9 0.6"). 9 cases (3 False).
- pdfcoffee.com Cambridge Primary Checkpoint 0845/01 October 2017 paper 1 mark scheme ("5 (crates)
  ... Do not accept 4 remainder 6"). 1 case (1 False).
- punctualityrules.com 2007/10/25 "My Two Cents" (".25 is the same as 25%", "never write .25%
  unless you actually mean to describe .0025", "$25.95. That’s twenty-five dollars and ninety-five
  cents", "you can either give your $.02, or your 2-cents, but if you ever actually write $.02-cents,
  you’re actually describing .0002 dollars", "$9.95 is nine dollars and ninety-five cents"). 7 cases
  (2 False).
- any-place-education.com "MATH2a/MON11/p01.html" ("Instead of 100¢, you write $1.00", "You say
  $2.31 like this: Two dollars and thirty-one cents"). 2 cases.
- library.thinkquest.org "06aug/01676/tech_moneyhint.htm" (a quarter, dime, nickel "equals 25 / 10
  / 5 pennies" with values "$ 0.25 $ 0.10 $ 0.05"; "= 83 pennies = $ 0.83"). 4 cases.
- tiejasing.blogspot.com 2012/11 "introduction-of-division-2" ("23 ÷ 4 = 5 r 3 ... a calculator ...
  5.75. The 0.75 on the calculator represents remainder 3"). 1 case.
- matters.mathnasium.com 2018/07/20 Problems of the Week July 16 to July 27 (upper elementary
  "Answer: 90 minutes ... 1½ hours is 60 × 1½ = 90 minutes"). 1 case.

Sources of bench/equiv_fresh80_b2.py:

- lms101edu.blogspot.com 2024/04 "Money" ("$720 = seven hundred and twenty dollars", "74¢ =
  seventy-four cents", "25p = twenty-five p (or twenty-five pence)", "$15.64 = fifteen dollars (and)
  sixty-four cents or fifteen dollars sixty-four or fifteen sixty-four (informal)", "£4.99 = four
  pounds ninety-nine p / (pence) or four pounds ninety-nine or four ninety-nine (informal)").
  13 cases.
- forum.wordreference.com thread 2668792 "Time lengths in hours and minutes" (for "3 hours and 23
  minutes": "3 hours, 23 minutes", "3h 23' or 3h 23m", "3 hrs 23 mins"). 4 cases.
- winjeel.com "blog/2016/10/" (a teacher's post: "“It’s eleven fifteen” (11.15am) ... “It’s a
  quarter past eleven”", "11.30am is “It’s half past eleven”", "11.45am is “It’s a quarter to
  twelve”", "twenty past three this afternoon” (3.20pm)", "ten past eight this evening” (8.10pm)").
  6 cases.

Sources of bench/equiv_fresh80_b3.py:

- englishforyourself.com "vocabulary/telling-the-time/" (a table of each time from 7:00 to 8:00 in
  the "past / to" wording and the digital wording, "7:05 Five past seven Seven oh five" ... "7:45 A
  quarter to eight Seven forty-five"; "1:25 – Twenty-five past one", "1:15 – A quarter past one",
  "1:30 – Half past one"). 27 cases.

82 cases in all (8 False): 32 here (8 False), 23 in bench/equiv_fresh80_b2.py (0 False), 27 in
bench/equiv_fresh80_b3.py (0 False).

Left out, by rule: ranges and tolerances for measured answers (the specimen scheme's "Accept any
number between 65 and 75 inclusive", "73 (mm) Accept answers in the range ..."); answers printed in
one form only ("9:21 pm", "10.29", "2.25 (metres) Correct answer only", the October 2017 scheme's
"28 (children)", "16 (cm)", "2390 (people)"); the April 2022 scheme's "Do not accept other
equivalent fractions" and "Two correct mixed numbers", whose fractions the text conversion stacked
or lost; punctualityrules' claims about reading "two thousand, seven hundred and thirty seven" as
2700.37 and "One hundred ninety-nine and 99 cents" as $.19999 (usage rules, the second
arithmetically wrong) and its "$.02-cents" as ".0002 dollars" (kept only as a refusal of "$.02");
wordreference's "3:23" (one reply would "not understand the figures that way", another does "not
consider it incorrect") and its "2 hours 43 minutes / 2 h 43 min" (for the asker's 2 hours 47
minutes, a slip); englishforyourself's "1:35 – Twenty-five to one" (a misprint for "to two");
winjeel's "five minutes to” (11.55am)", which names no hour.

Examined and not used: the Cambridge Primary and Lower Secondary general tables (1.85 m, $0.30,
16:42, 2 hours and 30 minutes) on scribd 740277620, 571766703, 471557365, 520523294, 488381914,
studylib 26099437 / 26099438 / 27019339, pdfcoffee's April 2020 paper 1 and Stage 4 copies
(the same tables earlier sets took; the stored openings stop before the questions); scribd 665847893
and info.5y1.org's October 2018 Checkpoint paper 1 ("Do not accept 6–", "Do not accept 2E": signs
and grid labels, not answers' values); spotidoc 672184 (2014 specimen: bracketed nouns only);
emsc32.nysed.gov and p12.nysed.gov scoring Q&A pages and the NYSED 2005 scoring guides (the
answers the questions refer to are not in the stored text); paperzz 9439899 (Ohio released-items
scoring guidance: rules without answers); cpalms 15361, jukebox.esc13.net, matchfishtank and
illustrativemathematics.blog remainder pages (used before, or the word problem's answer is not
printed); thoughtsonteachingmath.blogspot.com 2017/02 (its 13/5 example is misprinted as "5.3
rather than 5.6"); open.edu Everyday maths 2 (single answers; its "£31 remainder £1" is called
unsuitable, not wrong); test-paper.info forum (a poster disputes the school's answer keys);
mathnasium lakeboone (its "Answer: 12" contradicts its own "12 1/2 hours"); mathnasium Livermore,
North Alpharetta, dailymathproblem, jeopardylabs fractions-11025, quizlet 16680544, app.seesaw.me
and cmath2 NAEP pages (used by earlier sets); jsfiddle-mirrored finance-course instructions (not a
grade-school key, odd mirror); newbetuts 107236 ("a $3.50 discount": its answers disagree);
englishpost.org telling-time table (misprints such as "8:15 It’s quarter past seven");
militarytimeschart, interactiveprimer and generated or AI pages (eatsip365, visualfoodie,
howtosayguide, askvity, calculator.city, betsofa, anabel.icu, gauthmath, questionai, quizgecko,
tutorialhaven, gomathanswerkey, ccssmathanswers, mathexpressionsanswerkey and the like).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

SL = "studylib.net"
SL_SPEC = (
    "https://studylib.net/doc/8735985/cambridge-primary-checkpoint-maths-p1-specimen-mark-scheme"
)
SL_A22 = "https://studylib.net/doc/27016742/05-0845-01-ms-4rp-afp-tcm142-654607-compress"
PDC = "pdfcoffee.com"
PDC_O17 = (
    "https://pdfcoffee.com/download/"
    "primary-checkpoint-mathematics-0845-april-2017-paper-1-question-paper-1-mark-scheme-pdf-pdf-free.html"
)
PR = "punctualityrules.com"
PR_2C = "http://punctualityrules.com/2007/10/25/"
APE = "any-place-education.com"
APE_MON = "http://any-place-education.com/MATH2a/MON11/p01.html"
TQ = "library.thinkquest.org"
TQ_MONEY = "http://library.thinkquest.org/06aug/01676/tech_moneyhint.htm"
TJ = "tiejasing.blogspot.com"
TJ_DIV = "http://tiejasing.blogspot.com/2012/11/introduction-of-division-2.html"
MM = "matters.mathnasium.com"
MM_0720 = "https://matters.mathnasium.com/2018/07/20/problems-of-the-week-july-16-to-july-27/"
# sources of bench/equiv_fresh80_b2.py
LMS = "lms101edu.blogspot.com"
LMS_MONEY = "https://lms101edu.blogspot.com/2024/04/money.html"
WR = "forum.wordreference.com"
WR_TIME = "https://forum.wordreference.com/threads/time-lengths-in-hours-and-minutes.2668792/"
WJ = "winjeel.com"
WJ_TIME = "https://winjeel.com/blog/2016/10/"
# source of bench/equiv_fresh80_b3.py
EFY = "englishforyourself.com"
EFY_TIME = "https://englishforyourself.com/vocabulary/telling-the-time/"

CASES = [
    # studylib 8735985, Checkpoint specimen paper 1 mark scheme, Q8(a): a clock time
    _c(
        SL,
        SL_SPEC,
        gold=r"2:03",
        pred=r"14:03",
        wrap=True,
        expected=True,
        why="Q8(a): '2:03 or 14:03 or three minutes past two'",
    ),
    _c(
        SL,
        SL_SPEC,
        gold=r"2:03",
        pred=r"three minutes past two",
        wrap=True,
        expected=True,
        why="Q8(a): '2:03 or 14:03 or three minutes past two'",
    ),
    _c(
        SL,
        SL_SPEC,
        gold=r"2:03",
        pred=r"02:03",
        wrap=True,
        expected=True,
        why="Q8(a): 'Accept any correct indication. Accept: 02:03 2.03 am 2.03 pm'",
    ),
    _c(
        SL,
        SL_SPEC,
        gold=r"2:03",
        pred=r"2.03 am",
        wrap=True,
        expected=True,
        why="Q8(a): 'Accept: 02:03 2.03 am 2.03 pm'",
    ),
    _c(
        SL,
        SL_SPEC,
        gold=r"2:03",
        pred=r"2.03 pm",
        wrap=True,
        expected=True,
        why="Q8(a): 'Accept: 02:03 2.03 am 2.03 pm'",
    ),
    _c(
        SL,
        SL_SPEC,
        gold=r"2:03",
        pred=r"2:3",
        wrap=True,
        expected=False,
        why="Q8(a): 'Do not accept: 2:3 2 hours 3 minutes'",
    ),
    _c(
        SL,
        SL_SPEC,
        gold=r"2:03",
        pred=r"2 hours 3 minutes",
        wrap=True,
        expected=False,
        why="Q8(a): 'Do not accept: 2:3 2 hours 3 minutes' (a duration, not the clock time)",
    ),
    # studylib 27016742, Checkpoint 0845/01 April 2022 mark scheme: a mass, and masses in order
    _c(
        SL,
        SL_A22,
        gold=r"8 kg 210 g",
        pred=r"8 210 g",
        wrap=True,
        expected=True,
        why="'8 kg 210 g or 8 210 g or 8.21 kg' (2 marks) 'Answer must have the correct units.'",
    ),
    _c(
        SL,
        SL_A22,
        gold=r"8 kg 210 g",
        pred=r"8.21 kg",
        wrap=True,
        expected=True,
        why="'8 kg 210 g or 8 210 g or 8.21 kg' (2 marks)",
    ),
    _c(
        SL,
        SL_A22,
        gold=r"8 kg 210 g",
        pred=r"8 kg 210",
        wrap=True,
        expected=False,
        why="B1 only 'For answers given without units e.g. 8 kg 210 or 8.21'; "
        "'Answer must have the correct units.'",
    ),
    _c(
        SL,
        SL_A22,
        gold=r"8 kg 210 g",
        pred=r"8.21",
        wrap=True,
        expected=False,
        why="B1 only 'For answers given without units e.g. 8 kg 210 or 8.21'",
    ),
    _c(
        SL,
        SL_A22,
        gold=r"8 kg 210 g",
        pred=r"8210 kg",
        wrap=True,
        expected=False,
        why="B1 only 'For answer calculated correctly but given with incorrect final units "
        "e.g. 8210 kg'",
    ),
    _c(
        SL,
        SL_A22,
        gold=r"3600 g, 1.2 kg, 900 g, 0.6 kg",
        pred=r"3.6 kg, 1.2 kg, 0.9 kg, 0.6 kg",
        wrap=True,
        expected=True,
        why="'Any units used must be correct ... Accept converted units e.g. 3.6 kg, 1.2 kg, "
        "0.9 kg, 0.6 kg'",
    ),
    _c(
        SL,
        SL_A22,
        gold=r"3600 g, 1.2 kg, 900 g, 0.6 kg",
        pred=r"3600 1.2 900 0.6",
        wrap=True,
        expected=True,
        why="'Allow if the numbers or their conversions are ordered correctly with no units "
        "shown e.g. 3600 1.2 900 0.6'",
    ),
    _c(
        SL,
        SL_A22,
        gold=r"3600 g, 1.2 kg, 900 g, 0.6 kg",
        pred=r"3600 1200 900 600",
        wrap=True,
        expected=True,
        why="'Allow if ... ordered correctly with no units shown e.g. ... 3600 1200 900 600'",
    ),
    _c(
        SL,
        SL_A22,
        gold=r"3600 g, 1.2 kg, 900 g, 0.6 kg",
        pred=r"3600 1200 0.9 0.6",
        wrap=True,
        expected=True,
        why="'Allow if ... ordered correctly with no units shown e.g. ... 3600 1200 0.9 0.6'",
    ),
    # pdfcoffee, Checkpoint 0845/01 October 2017 mark scheme: crates needed, not a remainder
    _c(
        PDC,
        PDC_O17,
        gold=r"5",
        pred=r"4 remainder 6",
        wrap=True,
        expected=False,
        why="'5 (crates) ... Do not accept 4 remainder 6'",
    ),
    # punctualityrules.com "My Two Cents": percentages and money written out
    _c(
        PR,
        PR_2C,
        gold=r"25%",
        pred=r".25",
        wrap=True,
        expected=True,
        why="'A percentage is written in hundredths. That is, .25 is the same as 25%.'",
    ),
    _c(
        PR,
        PR_2C,
        gold=r"25%",
        pred=r".25%",
        wrap=True,
        expected=False,
        why="'you should never write .25% unless you actually mean to describe .0025'",
    ),
    _c(
        PR,
        PR_2C,
        gold=r".0025",
        pred=r".25%",
        wrap=True,
        expected=True,
        why="'never write .25% unless you actually mean to describe .0025'",
    ),
    _c(
        PR,
        PR_2C,
        gold=r"$25.95",
        pred=r"twenty-five dollars and ninety-five cents",
        wrap=True,
        expected=True,
        why="'$25.95. That’s twenty-five dollars and ninety-five cents.'",
    ),
    _c(
        PR,
        PR_2C,
        gold=r"$.02",
        pred=r"2-cents",
        wrap=True,
        expected=True,
        why="'you can either give your $.02, or your 2-cents'",
    ),
    _c(
        PR,
        PR_2C,
        gold=r"$.02",
        pred=r"$.02-cents",
        wrap=True,
        expected=False,
        why="'if you ever actually write $.02-cents, you’re actually describing .0002 dollars'",
    ),
    _c(
        PR,
        PR_2C,
        gold=r"$9.95",
        pred=r"nine dollars and ninety-five cents",
        wrap=True,
        expected=True,
        why="'$9.95 is nine dollars and ninety-five cents.'",
    ),
    # any-place-education.com, money lesson: cents and dollars
    _c(
        APE,
        APE_MON,
        gold=r"$1.00",
        pred=r"100¢",
        wrap=True,
        expected=True,
        why="'When you are dealing with 100 or more cents ... Instead of 100¢, you write $1.00.'",
    ),
    _c(
        APE,
        APE_MON,
        gold=r"$2.31",
        pred=r"Two dollars and thirty-one cents",
        wrap=True,
        expected=True,
        why="'You say $2.31 like this: \"Two dollars and thirty-one cents.\"'",
    ),
    # thinkquest MMB Techno Math money hint: coins as pennies and dollars
    _c(
        TQ,
        TQ_MONEY,
        gold=r"$ 0.83",
        pred=r"83 pennies",
        wrap=True,
        expected=True,
        why="'2 quarters + 1 dime + 4 nickels + 3 pennies = ... pennies = 83 pennies = $ 0.83'",
    ),
    _c(
        TQ,
        TQ_MONEY,
        gold=r"$ 0.25",
        pred=r"25 pennies",
        wrap=True,
        expected=True,
        why="'A quarter equals 25 pennies'; value table 'quarter ... $ 0.25'",
    ),
    _c(
        TQ,
        TQ_MONEY,
        gold=r"$ 0.10",
        pred=r"10 pennies",
        wrap=True,
        expected=True,
        why="'a dime equals 10 pennies'; value table 'dime ... $ 0.10'",
    ),
    _c(
        TQ,
        TQ_MONEY,
        gold=r"$ 0.05",
        pred=r"5 pennies",
        wrap=True,
        expected=True,
        why="'a nickel equals 5 pennies'; value table 'nickel ... $ 0.05'",
    ),
    # tiejasing.blogspot.com: a remainder and the calculator's decimal
    _c(
        TJ,
        TJ_DIV,
        gold=r"5 r 3",
        pred=r"5.75",
        wrap=True,
        expected=True,
        why="'23 ÷ 4 = 5 r 3 ... you’d get the number 5.75. The 0.75 on the calculator "
        "represents remainder 3.'",
    ),
    # matters.mathnasium.com, Problems of the Week July 16-27 2018, upper elementary
    _c(
        MM,
        MM_0720,
        gold=r"90 minutes",
        pred=r"1½ hours",
        wrap=True,
        expected=True,
        why="'Answer: 90 minutes ... it takes Peter and Ray 1½ hours ... 1½ hours is 60 × 1½ = "
        "90 minutes.'",
    ),
]
