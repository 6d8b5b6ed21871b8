r"""An eighty-seventh fresh set of answer-equivalence cases (evaluation only; helper "a": answers to
word problems from grade school to early high school as a person writes them -- a closing sentence
("There are 360 pumpkin seeds left."), a number with its unit or label ("42.5 small dogs", "14.6
busses", "$11,250"), a duration in hours and minutes, a clock time with a.m./p.m., a quotient
with a remainder ("14 R 18", "3 r 11") -- where an answer key, a worked key, a teacher's page, a
homework system's help page or a forum thread settles whether that form matches the key).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/, and checked against /work/wt/fresh*_claims/claims.txt; each page was
claimed in /work/wt/fresh87_claims/claims.txt before use). Each case gives the reference answer
(``gold``), the prediction (``pred``: another form the page gives as the same answer, or a form
the page refuses) and the verdict (``expected``) settled on the page, with no one on the page
contradicting it. ``repo`` is the domain of the stored copy and ``where`` its full URL. There is
no commit; every source is a web page with no licence file. Only the text the search tool returned
for a page (its excerpt) was read. No case was picked by how a judge handles it. Do not tune the
judge on these cases. Continued in bench/equiv_fresh87_a2.py (same rules; its sources are listed
below too).

Transcription: strings are copied as the stored page shows them (the en dash of "(54 – 15 =
39)", the curly apostrophes of "Max’s" and "she’d", the straight one of "Isn't", "$2,250 × 5",
"£1.68", "6 minutes/ window" with its space, "busses" as spelled). ``wrap`` is False where the
pred is a whole sentence or a person's written line (a key's closing sentence, a forum reply's
sentence, a commenter's "49-36=13. Isn't it 13?"), and True where it is a bare answer. Where a
key gives an "Answer:" line and then a worked solution that ends in a sentence (the Mathnasium
pages, helpingwithmath, ck12, turtlediary, math-only-math), the gold is the answer line (or the
value the working reaches) and the pred the closing sentence, copied whole. Where a key writes
"A or B" (cimt's "The cost is 168p or £1.68."), the first form is the gold. gamatrain writes
its values in inline math ("$3.8$ hours $=$ $3$ hours $48$ minutes"); the $ delimiters are
dropped and the text kept. Readings, each noted in ``why``: considerable.com's gold is the
"42.5" of the district's "The answer would be 42.5" (the page calls 42.5 "mathematically
correct" though "physically impossible"); freerepublic's reply gives "S = 49 - 6.5 = 42.5" and
checks it ("It’s correct."), then adds that for dogs the answer "should be in whole numbers or
the original proposal would be invalid" -- a remark on the problem, not on 42.5 as its answer;
math-only-math's refused "5:30 a.m." is a listed choice that the key's "Answer: 5:30 p.m." leaves
out; webassign's pairs are its example of a key (1 mile) and responses it calls correct or
dimensionally or numerically incorrect.

Sources (domain, URL, what is settled, cases; all "web page, no licence file"):

- www.considerable.com "life/education/second-grade-math-problem-divided-internet/" (the
  2nd-grade dog-show problem, 49 dogs with 36 more small than large: "49-36=13. Isn't it 13?" It
  is not; "the answer was simply 36 small dogs" from misreading; "you get 42.5 small dogs"; a
  commenter's "49-36=13. 13/2=6.5. 36+6.5=42.5."). 4 cases (2 False).
- freerepublic.com "focus/f-chat/3628005/replies?c=40" (a reply solving the same problem: "The
  number of small dogs would be 42.5."). 1 case.
- dmcpress.org "cmdb75/bus/busproblem_t.html" (a teacher's page on 438 people in 30-seat buses:
  "sense making is not taken into consideration when students answer 14 R 18 or 14.6 busses",
  "why 15 busses (not 14.6) are needed"). 2 cases (2 False).
- www.ck12.org "measurement/Elapsed-Time/lesson/Elapsed-Time-MSM6/" ("1 : 30 / Soccer practice
  lasts for 1 hour 30 minutes."). 1 case.
- www.ck12.org "book/CK-12-Concept-Middle-School-Math---Grade-6/r2/section/6.15/" ("2:40 The dance
  performance lasts for 2 hours 40 minutes."). 2 cases.
- www.kwiznet.com "p/takeQuiz.php?ChapterID=177&...&Num=7.5&Type=D" (Grade 3 Elapsed Time worked
  example: "1 hour 25 minutes Answer: 1:25"). 1 case.
- www.turtlediary.com "grade-4-lesson/math-lesson/time-word-problem.html" ("6 hours plus 45
  minutes / Answer: 6 hours, 45 minutes."; "Answer: 8:20 PM" and the check sentence). 2 cases.
- www.math-only-math.com "elapsed-time.html" ("So, the school bus takes 30 minutes to reach the
  school."; multiple choice "Answer: 5:30 p.m." against "5:30 a.m."). 2 cases (1 False).
- gamatrain.com "tutorial/1466/Time" (a Time exercise with shown answers: "Tom says that each child
  can have 1 hour and 25 minutes ... Tom is wrong", "0.25 hour = 15 minutes, not 25 minutes. So
  each child gets 1 hour 15 minutes"; decimal hours against hours and minutes). 6 cases (2 False).
- www.cimt.org.uk "projects/mepres/book8/bk8i13/bk8_13i1.htm" (MEP Book 8 money example: "The cost
  is 168p or £1.68."). 1 case.
- cardifftutorcompany.co.uk "online-tests/1-numbers/4-long-division" (Q3(b) 77 ÷ 22 as a decimal:
  "ANSWER: 3.5 WORKING: 3 r 11 is the same as 3.5."). 1 case.
- webassign.net "manual/instructor_guide/webassign/t_i_setting_until_partial_credit_for_classes.htm"
  ("when the key is 1 mile, the following responses are all considered correct: 1760 yd, 5280 ft,
  1.609 km. But 640 acres and 1 mi2 are both dimensionally incorrect"; "numerically incorrect, for
  example, 1 km or 0.622 mi instead of 1 mi"). 6 cases (3 False).

Sources of bench/equiv_fresh87_a2.py:

- helpingwithmath.com "4md2time-problems01/" (Time Intervals word problems, "Remember to write you
  answer in a full sentence": worked values and the key's sentences). 6 cases.
- www.mathnasium.com Livermore "Math Problem Monday" pages of June 13th 2022, June 27th 2022,
  October 26th 2020 and December 19th 2022 ("Answer:" lines and the solutions' closing sentences;
  "3 cups = 1 1/2 pints"). 3 + 4 + 2 + 3 = 12 cases.
- www.mathnasium.com Middletown KY "news/problem-of-the-week-04-18-2017" ("Answer:  48 minutes",
  "So, Stacy has 18 + 30 = 48 minutes until the concert starts."; "$2.50"). 2 cases.
- www.mathnasium.com Lake Boone "news/answers-to-problems-of-the-week-june-21-to-june-27"
  ("Answer: 2 miles east"; "Answer: 104 square centimeters" and their closing sentences). 2 cases.
- matters.mathnasium.com "2018/08/03/problems-of-the-week-august-8-to-august-12-2/print/"
  ("Answer: 10 hours and 25 minutes", "625 minutes in total ... we divide 625 by 60 and get 10
  hours and 25 minutes"). 2 cases.

53 cases in all (10 False): 29 here (10 False), 24 in bench/equiv_fresh87_a2.py (0 False).

Left out, by rule: webassign's "1 mi2" (the superscript of mi² is lost in the stored text); the
Mathnasium Matters page's "71/2 hours" and "21/2 hours" (mixed numbers run together); ck12's "You
might think that the elapsed time is 5 hours, which would be incorrect" (the page's own answer for
8:00 a.m. to 3:00 p.m. is not in the stored text, and its next lines, "12 : 00 + 1 : 40 = 13 :
40", are garbled); ck12's spaced "1 : 30" as a bare form (kept only as the working before the
sentence); turtlediary's bare "It is 8:20." against "Answer: 8:20 PM" (the page asks to "include
AM/PM" but never calls 8:20 wrong); math-only-math's other multiple-choice distractors (no a.m./p.m.
pair beside the key); helpingwithmath's Q1 sentence "Jackson has 1 hour until his show starts."
(no separate value to pair it with); Mathnasium answers whose solution was cut off in the excerpt
("8 square inches", "One apple is $1.05 and one banana is 70¢", "40°"); two Mathnasium Livermore
pages (June 20th 2022, February 22nd 2021) and jeopardylabs "fractions-11025" (used by earlier
sets).

Examined and not used: popsugar's 42-against-22 worksheet and pagalguy's "Yes, 75 is a reasonable
answer because 103 - 28 = 75" (the authors dispute the marking); jukebox.esc13.net's "The school
should order 7 r55 buses" and cctt.org's "31 reminder 12" (the right number of buses is not
stated); studyzone, nagwa and Khan Academy remainder pages and mathscore (keys not stored, or used
before); seesaw az60oa, krizteotuition, docest 224805, paperzz 7017001, cmath2 NAEP pages and the
KS2/Cambridge mark-scheme booklets (used by earlier sets, or only their general guidance stored);
baamboozle 550009, homecampus, bedtimemath, open.edu Everyday maths and mathsmadeeasy (one form per
answer, nothing to pair); asvab-prep ("23/4" for 2 3/4 garbled); a shreevatsa.wordpress.com archive
page whose stored text is an unrelated multiple-choice bank; mathexpressionsanswerkey,
gomathanswerkey and mathinfocusanswerkey keys (answers with errors of their own, or the student's
work only in an image); qammunity, edu.com, brainly, learnlyai, openknowledgegraph, anabel.icu,
gaviki and similar generated or AI pages; jiskha and algebra.com (excluded by the brief).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

CONS = "www.considerable.com"
CONS_DOG = "https://www.considerable.com/life/education/second-grade-math-problem-divided-internet/"
FR = "freerepublic.com"
FR_3628005 = "https://freerepublic.com/focus/f-chat/3628005/replies?c=40"
DMC = "dmcpress.org"
DMC_BUS = "http://dmcpress.org/cmdb75/bus/busproblem_t.html"
CK = "www.ck12.org"
CK_MSM6 = "http://www.ck12.org/measurement/Elapsed-Time/lesson/Elapsed-Time-MSM6/"
CK_615 = "http://www.ck12.org/book/CK-12-Concept-Middle-School-Math---Grade-6/r2/section/6.15/"
KWZ = "www.kwiznet.com"
KWZ_75 = (
    "http://www.kwiznet.com/p/takeQuiz.php?ChapterID=177&CurriculumID=3&Method=Worksheet&NQ=8"
    "&Num=7.5&Type=D"
)
TD = "www.turtlediary.com"
TD_TWP = "http://www.turtlediary.com/grade-4-lesson/math-lesson/time-word-problem.html"
MOM = "www.math-only-math.com"
MOM_ET = "https://www.math-only-math.com/elapsed-time.html"
GAMA = "gamatrain.com"
GAMA_1466 = "https://gamatrain.com/tutorial/1466/Time"
CIMT = "www.cimt.org.uk"
CIMT_B8 = "http://www.cimt.org.uk/projects/mepres/book8/bk8i13/bk8_13i1.htm"
CTC = "cardifftutorcompany.co.uk"
CTC_LD = "https://cardifftutorcompany.co.uk/online-tests/1-numbers/4-long-division"
WA = "webassign.net"
WA_UPC = (
    "https://webassign.net/manual/instructor_guide/webassign/"
    "t_i_setting_until_partial_credit_for_classes.htm"
)
# sources of bench/equiv_fresh87_a2.py
HWM = "helpingwithmath.com"
HWM_4MD = "https://helpingwithmath.com/4md2time-problems01/"
MN = "www.mathnasium.com"
MN_0613 = (
    "https://www.mathnasium.com/math-centers/livermore/news/"
    "math-problem-monday-june-13th-2022-mathnasium-livermore-ca"
)
MN_0627 = (
    "https://www.mathnasium.com/math-centers/livermore/news/"
    "math-problem-monday-june-27th-2022-mathnasium-livermore-ca"
)
MN_1026 = (
    "https://www.mathnasium.com/math-centers/livermore/news/"
    "math-problem-monday-october-26th-2020-mathnasium-livermore-ca"
)
MN_1219 = (
    "https://www.mathnasium.com/math-centers/livermore/news/"
    "math-problem-monday-december-19th-2022-mathnasium-livermore-ca"
)
MNM_0418 = "https://www.mathnasium.com/middletownky/news/problem-of-the-week-04-18-2017"
MNL_0621 = (
    "https://www.mathnasium.com/math-centers/lakeboone/news/"
    "answers-to-problems-of-the-week-june-21-to-june-27"
)
MNX = "matters.mathnasium.com"
MNX_0803 = (
    "https://matters.mathnasium.com/2018/08/03/problems-of-the-week-august-8-to-august-12-2/print/"
)

CASES = [
    # considerable.com: the 2nd-grade dog-show problem (49 dogs, 36 more small than large)
    _c(
        CONS,
        CONS_DOG,
        gold=r"42.5",
        pred=r"42.5 small dogs",
        wrap=True,
        expected=True,
        why="'you get 42.5 small dogs and 6.5 large dogs'; the district: 'The answer would be 42.5'",
    ),
    _c(
        CONS,
        CONS_DOG,
        gold=r"42.5",
        pred=r"49-36=13. Isn't it 13?",
        wrap=False,
        expected=False,
        why="'(wrong) answers ... came up with an answer like this: \"49-36=13. Isn't it 13?\" It is not.'",
    ),
    _c(
        CONS,
        CONS_DOG,
        gold=r"42.5",
        pred=r"36 small dogs",
        wrap=True,
        expected=False,
        why="'Others misread the problem ... the answer was simply 36 small dogs. Read the question again.'",
    ),
    _c(
        CONS,
        CONS_DOG,
        gold=r"42.5",
        pred=r"49-36=13. 13/2=6.5. 36+6.5=42.5.",
        wrap=False,
        expected=True,
        why="a woman's method '49-36=13. 13/2=6.5. 36+6.5=42.5.'; 'The answer 42.5 is mathematically correct'",
    ),
    # freerepublic.com 3628005: a reply working the same dog-show problem
    _c(
        FR,
        FR_3628005,
        gold=r"42.5",
        pred=r"The number of small dogs would be 42.5.",
        wrap=False,
        expected=True,
        why="'S = 49 - 6.5 = 42.5 / The number of small dogs would be 42.5.' ... '42.5 - 6.5 = 36 / It’s correct.'",
    ),
    # dmcpress.org School Trip (Bus) Problem, teacher's page: 438 people, 30 per bus
    _c(
        DMC,
        DMC_BUS,
        gold=r"15 busses",
        pred=r"14 R 18",
        wrap=True,
        expected=False,
        why="'sense making is not taken into consideration when students answer 14 R 18 or 14.6 busses'; 'why 15 busses (not 14.6) are needed'",
    ),
    _c(
        DMC,
        DMC_BUS,
        gold=r"15 busses",
        pred=r"14.6 busses",
        wrap=True,
        expected=False,
        why="'sense making is not taken into consideration when students answer 14 R 18 or 14.6 busses'; 'why 15 busses (not 14.6) are needed'",
    ),
    # ck12 Elapsed Time (MSM6 lesson and the Grade 6 book, section 6.15): subtraction result and sentence
    _c(
        CK,
        CK_MSM6,
        gold=r"1 hour 30 minutes",
        pred=r"Soccer practice lasts for 1 hour 30 minutes.",
        wrap=False,
        expected=True,
        why="3:15 p.m. to 4:45 p.m.: '1 : 30 ... Soccer practice lasts for 1 hour 30 minutes.'",
    ),
    _c(
        CK,
        CK_615,
        gold=r"2:40",
        pred=r"The dance performance lasts for 2 hours 40 minutes.",
        wrap=False,
        expected=True,
        why="'9 : 70 - 7 : 30 ... 2:40 The dance performance lasts for 2 hours 40 minutes.'",
    ),
    _c(
        CK,
        CK_615,
        gold=r"2 hours 40 minutes",
        pred=r"2:40",
        wrap=True,
        expected=True,
        why="'9 : 70 - 7 : 30 ... 2:40 The dance performance lasts for 2 hours 40 minutes.'",
    ),
    # kwiznet Grade 3, 7.5 Elapsed Time: worked example
    _c(
        KWZ,
        KWZ_75,
        gold=r"1:25",
        pred=r"1 hour 25 minutes",
        wrap=True,
        expected=True,
        why="'The show started at 2.20 pm and ended at 3.45 pm ... 1 hour 25 minutes Answer: 1:25'",
    ),
    # turtlediary grade 4 Time Word Problem: worked examples
    _c(
        TD,
        TD_TWP,
        gold=r"6 hours, 45 minutes",
        pred=r"6 hours plus 45 minutes",
        wrap=True,
        expected=True,
        why="'So, 9 -3 makes 6 hours / 6 hours plus 45 minutes / Answer: 6 hours, 45 minutes.'",
    ),
    _c(
        TD,
        TD_TWP,
        gold=r"8:20 PM",
        pred=r"Yes, if she starts at 7:50 PM and practices for 30 minutes, it makes sense that she’d finish her practice at 8:20 PM.",
        wrap=False,
        expected=True,
        why="'Answer: 8:20 PM / Does this answer make sense? / Yes, if she starts at 7:50 PM ... at 8:20 PM.'",
    ),
    # math-only-math elapsed-time: a worked example and a multiple-choice key
    _c(
        MOM,
        MOM_ET,
        gold=r"30 minutes",
        pred=r"So, the school bus takes 30 minutes to reach the school.",
        wrap=False,
        expected=True,
        why="'the time taken by the bus to reach school is 09:00 – 09:30 which is equal to 30 minutes. So, the school bus takes 30 minutes to reach the school.'",
    ),
    _c(
        MOM,
        MOM_ET,
        gold=r"5:30 p.m.",
        pred=r"5:30 a.m.",
        wrap=True,
        expected=False,
        why="'If it's 5:00 p.m. now, what time will it be in 30 minutes? 6:30 p.m. 5:30 a.m. 5:30 p.m. 7:30 p.m. Answer: 5:30 p.m.'",
    ),
    # gamatrain tutorial 1466 'Time' (exercise with shown answers; $ delimiters dropped)
    _c(
        GAMA,
        GAMA_1466,
        gold=r"1 hour 15 minutes",
        pred=r"1 hour and 25 minutes",
        wrap=True,
        expected=False,
        why="'Tom says that each child can have $1$ hour and $25$ minutes on the console. Tom is wrong.'; '... So each child gets $1$ hour $15$ minutes.'",
    ),
    _c(
        GAMA,
        GAMA_1466,
        gold=r"0.25 hour",
        pred=r"25 minutes",
        wrap=True,
        expected=False,
        why="'b. $0.25$ hour $=$ $15$ minutes, not $25$ minutes.'",
    ),
    _c(
        GAMA,
        GAMA_1466,
        gold=r"0 hours 18 minutes",
        pred=r"0.3 hours",
        wrap=True,
        expected=True,
        why="table answer '$0.3$ hours $=$ $0$ hours $18$ minutes'",
    ),
    _c(
        GAMA,
        GAMA_1466,
        gold=r"2 hours 12 minutes",
        pred=r"2.2 hours",
        wrap=True,
        expected=True,
        why="table answer '$2.2$ hours $=$ $2$ hours $12$ minutes'",
    ),
    _c(
        GAMA,
        GAMA_1466,
        gold=r"3 hours 48 minutes",
        pred=r"3.8 hours",
        wrap=True,
        expected=True,
        why="table answer '$3.8$ hours $=$ $3$ hours $48$ minutes'",
    ),
    _c(
        GAMA,
        GAMA_1466,
        gold=r"4 hours 54 minutes",
        pred=r"4.9 hours",
        wrap=True,
        expected=True,
        why="table answer '$4.9$ hours $=$ $4$ hours $54$ minutes'",
    ),
    # CIMT MEP Book 8, unit 13 (money): worked example
    _c(
        CIMT,
        CIMT_B8,
        gold=r"168p",
        pred=r"£1.68",
        wrap=True,
        expected=True,
        why="7 packets of crisps at 24p: 'The cost is 168p or £1.68.'",
    ),
    # cardifftutorcompany online test 1-numbers/4-long-division, Q3(b) 77 ÷ 22 as a decimal
    _c(
        CTC,
        CTC_LD,
        gold=r"3.5",
        pred=r"3 r 11",
        wrap=True,
        expected=True,
        why="'ANSWER: 3.5 WORKING: 3 r 11 is the same as 3.5.'",
    ),
    # webassign instructor guide, units partial credit for classes: key 1 mile
    _c(
        WA,
        WA_UPC,
        gold=r"1 mile",
        pred=r"1760 yd",
        wrap=True,
        expected=True,
        why="'when the key is 1 mile, the following responses are all considered correct: 1760 yd, 5280 ft, 1.609 km.'",
    ),
    _c(
        WA,
        WA_UPC,
        gold=r"1 mile",
        pred=r"5280 ft",
        wrap=True,
        expected=True,
        why="'when the key is 1 mile, the following responses are all considered correct: 1760 yd, 5280 ft, 1.609 km.'",
    ),
    _c(
        WA,
        WA_UPC,
        gold=r"1 mile",
        pred=r"1.609 km",
        wrap=True,
        expected=True,
        why="'when the key is 1 mile, the following responses are all considered correct: 1760 yd, 5280 ft, 1.609 km.'",
    ),
    _c(
        WA,
        WA_UPC,
        gold=r"1 mile",
        pred=r"640 acres",
        wrap=True,
        expected=False,
        why="'But 640 acres and 1 mi2 are both dimensionally incorrect.'",
    ),
    _c(
        WA,
        WA_UPC,
        gold=r"1 mile",
        pred=r"1 km",
        wrap=True,
        expected=False,
        why="'numerically incorrect, for example, 1 km or 0.622 mi instead of 1 mi.'",
    ),
    _c(
        WA,
        WA_UPC,
        gold=r"1 mile",
        pred=r"0.622 mi",
        wrap=True,
        expected=False,
        why="'numerically incorrect, for example, 1 km or 0.622 mi instead of 1 mi.'",
    ),
]
