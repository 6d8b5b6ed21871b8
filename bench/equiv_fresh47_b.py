r"""A forty-seventh fresh set of answer-equivalence cases (evaluation only; helper "b": grade-school
arithmetic and word-problem answers, money with $ and cents, times and durations, quantities with
units, fractions, mixed numbers and rounded answers, where an answer key, a tutor or a parent on a
public web page settles whether two forms of an answer are the same).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; none of the pages was used by an earlier set (checked against bench/data/README.md,
bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py, bench/data/equiv_fresh4.md,
/work/wt/fresh44_claims, fresh45_claims and fresh46_claims; each page was claimed in
/work/wt/fresh47_claims before use). Each case gives the reference answer (``gold``: the key's
answer), the prediction (``pred``: the other form the key or a person on the page equates with it,
or the wrong answer the page sets against it; always a bare answer to be put in ``\boxed{}``, so
``wrap`` is always True) and the verdict (``expected``) settled on the page, with no one on the
page contradicting it. ``repo`` is the domain of the stored copy and ``where`` its full URL. There
is no commit; every source is a web page with no licence file. Do not tune the judge on these
cases.

Transcription: strings are copied as the stored page shows them, units and currency signs kept
(``50¢``, ``$0.50``, ``1 hour and 38 minutes``, ``6 ft 8 in``), LaTeX without its ``$``
delimiters (gradesaver writes ``$1 \frac{7}{8}$ cups``; stored as ``1 \frac{7}{8} cups``). Two
liberties, noted in ``why``: a backslash the stored copy puts before ``$`` (a markdown escape,
``\$1.27``) is dropped, and where the key states a value and then the same value in another form
inside one worked line (``$\frac{15}{8}$ = $1 \frac{7}{8}$ cups``) the two sides are taken as the
pair.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- blog.mathnasium.com ``word-problem-wednesday-not-your-typical-neighbors/3/`` (Mathnasium's
  answer key: "Answer: 98 minutes or 1 hour and 38 minutes"). 1 case.
- blog.mathnasium.com ``word-problem-wednesday-exercise-your-math-muscle-regularly`` (the question
  asks for hours; the solution: "240 minutes is the same as 4 hours"). 1 case.
- www.mathnasium.com Livermore "Math Problem Monday" pages of March 9th 2020 ("Answer: 50¢";
  "$6.00 –$4.00 – $1.50 = $0.50 = 50¢"), Feb 22th 2021 ("For the problem 2 + 3 × 5^{2}, Jordan got
  the answer 125 ... Jordan did not follow the order of operations, correct answer is 77"), June
  20th 2022 ("we have 9 hours and 75 minutes. However, there are 60 minutes in an hour. So, Reid
  slept for 10 hours and 15 minutes"; Answer: 10 hours and 15 minutes) and November 14th 2022
  (grade point average: "20 ÷ 6 = 3 1/3 = 3.33"; Answer: 3.33). 4 cases.
- www.mathnasium.com North Alpharetta "Problems of the Week: September 28 - October 2" (Ellie's
  coins: "= 127¢ ... that means Ellie has $1 and 27¢, or $1.27"). 2 cases.
- themathdoctors.org ``algebra-word-problems-learning-from-mistakes`` (Doctor Peterson: the
  student's 83.6 drops the wrong grade; dropping 64 "will give you the expected answer", 84.6).
  1 case.
- ru.scribd.com document 316590354 "4th Grade Competition1" (a school competition's rules:
  "Cents can be written as $0.25 or 25 or 25 cents", "Dollars can be written as $10 or $10.00 or
  10 dollars"). 3 cases.
- vdocuments.site, Math Mammoth End-of-the-Year Test Grade 5 answer key ("80 million or
  80,000,000"; "The remaining piece is 80 inches, or 6 ft 8 in."). 2 cases.
- vdocuments.site, Math Mammoth End-of-the-Year Test Grade 6 answer key (items 7a, 8, 9 and 16:
  "$50 − 2m or $50 − m · 2"; "z + z + 8 + x + x + x = 2z + 3x + 8 or 3x + 2z + 8 or 2z + 8 + 3x";
  "6(s + 6) or (s + 6 + ... + s + 6). It simplifies to 6s + 36."; "0.25 · x = 16.75 OR
  25x = 1675"). 7 cases.
- www.gradesaver.com, Basic College Mathematics (10th Edition) 2.8 exercises page 177 nos. 33, 34
  and 36 (recipe scaling; the answer's exact amounts with the worked improper fractions
  ``\frac{15}{8} = 1 \frac{7}{8}`` cups and the like), chapter 5 test page 375 no. 4 (ratio of
  3 hours to 40 minutes: ``\frac{180}{40}`` = answer ``\frac{9}{2}``), chapter 4 test page 325
  no. 2 (0.075 = ``\frac{75}{1000}`` = answer ``\frac{3}{40}``), and Algebra: A Combined Approach
  (4th Edition) chapter 5 cumulative review page 410 no. 4 ("(b) $\frac{29}{12}$ or
  $2\frac{5}{12}$"). 10 cases.
- www.dailymathproblem.com ``2013/03/answers-to-billys-quiz-of-3-13-2013.html`` (bus trip from 9:15
  to 4:25: "Add 6 hours 70 minutes or 7 hours 10 minutes"). 1 case.
- maplecanopy.wordpress.com ``2013/04/23/five-tenths-is-the-same-as-one-half/`` (a second grader's
  1/2 was marked wrong because the key wanted 5/10; the parent: "5/10 is the same as 1/2", the
  commenters agree and explain the marking as a rule about the given formula). 1 case.

Left out, by rule: intermediate quantities inside a worked solution that are not the question's
answer (Mathnasium's "2 hours is the same as 120 minutes", "90¢ ... $0.90", "The quarters have a
total value of $1"; Math Mammoth's "1/3 of $36, or $12" on the way to $84; the quiz's "6 pints or
3 quarts"), the worked equalities of Math Mammoth's expand-and-factor items 12 and 13 (exercise
statements, not alternative forms of one answer), answers with no second form, estimates
("estimate 40 × 40 = 1,600 or 30 × 40 = 1,200"), and identical pairs.

Lost formulas, skipped and never rebuilt: Mathnasium's "1^{1}⁄_{3}%" and matters.mathnasium.com's
"11/2 hours", "71/2 hours", "21/2 hours" (mixed numbers run together); the competition page's
"25" between "$0.25" and "25 cents" (a ¢ sign lost); Math Mammoth grade 5 items 3 and 5 and grade 6
items 2, 5 and 28 (multiplication, division and exponent signs lost); varsitytutors'
"^{5}/_{4} or 1 ^{1}/_{4} c".

Examined and not used: p12.nysed.gov Grade 4 Mathematics 2004 Q&A ("can we accept .5 or 50% as
probability? Yes." but the item's keyed answer is not on the page); home.avvanta.com WSMC errata
(claimed by another helper first) and the WSMC/MESA answer pages claimed in fresh45; the scribd
Grade 4 Math Mammoth answer key (no alternative forms in the stored part); KS2/KS1 mark-scheme
booklets and NAPLAN guides (stored copies stop before the questions); popsugar, puppylinux forum
and notesfromthebackseat posts (contested estimation or multiple-choice disputes, no settled pair);
LLM-written or generated pages (openknowledgegraph, curioustab, codinginacoffeeshop, questionai,
askanewquestion, cronistas, betsofa).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

R_MN_BLOG = "blog.mathnasium.com"
R_MN_NEIGH = "https://blog.mathnasium.com/word-problem-wednesday-not-your-typical-neighbors/3/"
R_MN_MUSCLE = (
    "https://blog.mathnasium.com/word-problem-wednesday-exercise-your-math-muscle-regularly"
)
R_MN = "www.mathnasium.com"
R_MN_LV = "https://www.mathnasium.com/math-centers/livermore/news/"
R_MN_2020_03 = R_MN_LV + "math-problem-monday-march-9th-2020-mathnasium-livermore-ca"
R_MN_2021_02 = R_MN_LV + "math-problem-monday-feb-22th-2021-mathnasium-livermore-ca"
R_MN_2022_06 = R_MN_LV + "math-problem-monday-june-20th-2022-mathnasium-livermore-ca"
R_MN_2022_11 = R_MN_LV + "math-problem-monday-november-14th-2022-mathnasium-livermore-ca"
R_MN_NA = (
    "https://www.mathnasium.com/northalpharetta/news/problems-of-the-week-september-28-october-2"
)
R_TMD = "themathdoctors.org"
R_TMD_AT = "https://themathdoctors.org/algebra-word-problems-learning-from-mistakes"
R_SCR = "ru.scribd.com"
R_SCR_AT = "https://ru.scribd.com/document/316590354/4th-Grade-Competition1"
R_VD = "vdocuments.site"
R_VD_G5 = (
    "https://vdocuments.site/"
    "math-mammoth-end-of-the-year-test-grade-5-answer-mammoth-end-of-the-year-test.html"
)
R_VD_G6 = (
    "https://vdocuments.site/"
    "math-mammoth-end-of-the-year-test-grade-6-answer-mammoth-end-of-the-year-test.html"
)
R_GS = "www.gradesaver.com"
R_GS_BCM = (
    "https://www.gradesaver.com/textbooks/math/other-math/"
    "CLONE-547b8018-14a8-4d02-afd6-6bc35a0864ed/"
)
R_GS_177 = (
    R_GS_BCM + "chapter-2-multiplying-and-dividing-fractions-2-8-multiplying-and-dividing-mixed-"
    "numbers-2-8-exercises-page-177/"
)
R_GS_33 = R_GS_177 + "33"
R_GS_34 = R_GS_177 + "34"
R_GS_36 = R_GS_177 + "36"
R_GS_375 = R_GS_BCM + "chapter-5-ratio-and-proportion-test-page-375/4"
R_GS_325 = R_GS_BCM + "chapter-4-decimals-test-page-325/2"
R_GS_ALG = (
    "http://www.gradesaver.com/textbooks/math/algebra/algebra-a-combined-approach-4th-edition/"
    "chapter-5-cumulative-review-page-410/4"
)
R_DMP = "www.dailymathproblem.com"
R_DMP_AT = "http://www.dailymathproblem.com/2013/03/answers-to-billys-quiz-of-3-13-2013.html"
R_MC = "maplecanopy.wordpress.com"
R_MC_AT = "https://maplecanopy.wordpress.com/2013/04/23/five-tenths-is-the-same-as-one-half/"

CASES = [
    # Mathnasium answer keys: a duration, an amount of money, a rounded average.
    _c(
        R_MN_BLOG,
        R_MN_NEIGH,
        gold=r"98 minutes",
        pred=r"1 hour and 38 minutes",
        wrap=True,
        expected=True,
        why="Lower Elementary: 'Answer: 98 minutes or 1 hour and 38 minutes'",
    ),
    _c(
        R_MN_BLOG,
        R_MN_MUSCLE,
        gold=r"4 hours",
        pred=r"240 minutes",
        wrap=True,
        expected=True,
        why="piano lessons, asked in hours: '240 minutes is the same as 4 hours'",
    ),
    _c(
        R_MN,
        R_MN_2020_03,
        gold=r"50¢",
        pred=r"$0.50",
        wrap=True,
        expected=True,
        why="Lower Elementary cookie: Answer 50¢; '$6.00 –$4.00 – $1.50 = $0.50 = 50¢'",
    ),
    _c(
        R_MN,
        R_MN_2021_02,
        gold=r"77",
        pred=r"125",
        wrap=True,
        expected=False,
        why="Middle School 2 + 3 × 5^{2}: Jordan's 125 did not follow the order of operations, "
        "correct answer is 77",
    ),
    _c(
        R_MN,
        R_MN_2022_06,
        gold=r"10 hours and 15 minutes",
        pred=r"9 hours and 75 minutes",
        wrap=True,
        expected=True,
        why="Lower Elementary sleep: '9 hours and 75 minutes ... So, Reid slept for 10 hours and "
        "15 minutes'",
    ),
    _c(
        R_MN,
        R_MN_2022_11,
        gold=r"3.33",
        pred=r"3 1/3",
        wrap=True,
        expected=True,
        why="Middle School GPA: Answer 3.33; '20 ÷ 6 = 3 1/3 = 3.33' (the key's rounded form)",
    ),
    _c(
        R_MN,
        R_MN_NA,
        gold=r"$1.27",
        pred=r"127¢",
        wrap=True,
        expected=True,
        why="Lower Elementary piggy bank: '= 127¢ ... Ellie has $1 and 27¢, or $1.27' (page "
        "escapes $ as \\$)",
    ),
    _c(
        R_MN,
        R_MN_NA,
        gold=r"$1.27",
        pred=r"$1 and 27¢",
        wrap=True,
        expected=True,
        why="Lower Elementary piggy bank: '$1 and 27¢, or $1.27' (page escapes $ as \\$)",
    ),
    # The Math Doctors: the student's average drops the wrong grade.
    _c(
        R_TMD,
        R_TMD_AT,
        gold=r"84.6",
        pred=r"83.6",
        wrap=True,
        expected=False,
        why="1: Averages; the asker's 83.6 against the book's 84.6, Doctor Peterson: drop 64, "
        "not 71",
    ),
    # A school competition's rules for money answers.
    _c(
        R_SCR,
        R_SCR_AT,
        gold=r"$0.25",
        pred=r"25 cents",
        wrap=True,
        expected=True,
        why="'Cents can be written as $0.25 or 25 or 25 cents' (page escapes $ as \\$)",
    ),
    _c(
        R_SCR,
        R_SCR_AT,
        gold=r"$10",
        pred=r"$10.00",
        wrap=True,
        expected=True,
        why="'Dollars can be written as $10 or $10.00 or 10 dollars' (page escapes $ as \\$)",
    ),
    _c(
        R_SCR,
        R_SCR_AT,
        gold=r"$10",
        pred=r"10 dollars",
        wrap=True,
        expected=True,
        why="'Dollars can be written as $10 or $10.00 or 10 dollars' (page escapes $ as \\$)",
    ),
    # Math Mammoth grade 5 answer key.
    _c(
        R_VD,
        R_VD_G5,
        gold=r"80 million",
        pred=r"80,000,000",
        wrap=True,
        expected=True,
        why="item 10: '80 million or 80,000,000'",
    ),
    _c(
        R_VD,
        R_VD_G5,
        gold=r"80 inches",
        pred=r"6 ft 8 in",
        wrap=True,
        expected=True,
        why="item 12: 'The remaining piece is 80 inches, or 6 ft 8 in.'",
    ),
    # Math Mammoth grade 6 answer key: expressions and equations listed as alternatives.
    _c(
        R_VD,
        R_VD_G6,
        gold=r"$50 − 2m",
        pred=r"$50 − m · 2",
        wrap=True,
        expected=True,
        why="item 7a: '$50 − 2m or $50 − m · 2'",
    ),
    _c(
        R_VD,
        R_VD_G6,
        gold=r"2z + 3x + 8",
        pred=r"3x + 2z + 8",
        wrap=True,
        expected=True,
        why="item 8: '= 2z + 3x + 8 or 3x + 2z + 8 or 2z + 8 + 3x'",
    ),
    _c(
        R_VD,
        R_VD_G6,
        gold=r"2z + 3x + 8",
        pred=r"2z + 8 + 3x",
        wrap=True,
        expected=True,
        why="item 8: '= 2z + 3x + 8 or 3x + 2z + 8 or 2z + 8 + 3x'",
    ),
    _c(
        R_VD,
        R_VD_G6,
        gold=r"2z + 3x + 8",
        pred=r"z + z + 8 + x + x + x",
        wrap=True,
        expected=True,
        why="item 8: 'z + z + 8 + x + x + x = 2z + 3x + 8'",
    ),
    _c(
        R_VD,
        R_VD_G6,
        gold=r"6(s + 6)",
        pred=r"(s + 6 + s + 6 + s + 6 + s + 6 + s + 6 + s + 6)",
        wrap=True,
        expected=True,
        why="item 9: '6(s + 6) or (s + 6 + s + 6 + ... + s + 6)'",
    ),
    _c(
        R_VD,
        R_VD_G6,
        gold=r"6(s + 6)",
        pred=r"6s + 36",
        wrap=True,
        expected=True,
        why="item 9: '6(s + 6) or (...). It simplifies to 6s + 36.'",
    ),
    _c(
        R_VD,
        R_VD_G6,
        gold=r"0.25 · x = 16.75",
        pred=r"25x = 1675",
        wrap=True,
        expected=True,
        why="item 16: '0.25 · x = 16.75 OR 25x = 1675'",
    ),
    # gradesaver worked solutions: improper fraction and mixed number of one amount.
    _c(
        R_GS,
        R_GS_33,
        gold=r"1 \frac{7}{8} cups",
        pred=r"\frac{15}{8}",
        wrap=True,
        expected=True,
        why="33(a): Exact 1 7/8 cups; '$\\frac{15}{8}$ = $1 \\frac{7}{8}$ cups'",
    ),
    _c(
        R_GS,
        R_GS_33,
        gold=r"1 \frac{1}{4} tsp",
        pred=r"\frac{5}{4}",
        wrap=True,
        expected=True,
        why="33(b): Exact 1 1/4 tsp; '$\\frac{5}{4}$ = $1 \\frac{1}{4}$ tsp'",
    ),
    _c(
        R_GS,
        R_GS_33,
        gold=r"4 \frac{3}{8} cups",
        pred=r"\frac{35}{8}",
        wrap=True,
        expected=True,
        why="33(c): Exact 4 3/8 cups; '$\\frac{35}{8}$ = $4 \\frac{3}{8}$ cups'",
    ),
    _c(
        R_GS,
        R_GS_34,
        gold=r"2 \frac{5}{8} cups",
        pred=r"\frac{21}{8}",
        wrap=True,
        expected=True,
        why="34(a): Exact 2 5/8 cups; '$\\frac{21}{8}$ = $2 \\frac{5}{8}$ cups'",
    ),
    _c(
        R_GS,
        R_GS_34,
        gold=r"1 \frac{1}{8} cups",
        pred=r"\frac{9}{8}",
        wrap=True,
        expected=True,
        why="34(b): Exact 1 1/8 cups; '$\\frac{9}{8}$ = $1 \\frac{1}{8}$ cups'",
    ),
    _c(
        R_GS,
        R_GS_34,
        gold=r"\frac{1}{2} cup",
        pred=r"\frac{3}{6}",
        wrap=True,
        expected=True,
        why="34(c): Exact 1/2 cup; '$\\frac{3}{6}$ = $\\frac{1}{2}$ cup'",
    ),
    _c(
        R_GS,
        R_GS_36,
        gold=r"\frac{1}{4} tsp",
        pred=r"\frac{3}{12}",
        wrap=True,
        expected=True,
        why="36(c): Exact 1/4 tsp; '$\\frac{3}{12}$ = $\\frac{1}{4}$ tsp'",
    ),
    _c(
        R_GS,
        R_GS_375,
        gold=r"\frac{9}{2}",
        pred=r"\frac{180}{40}",
        wrap=True,
        expected=True,
        why="ratio of 3 hours to 40 minutes: Ans = 9/2; '= $\\frac{180}{40}$ (Common units)' "
        "reduced by 20",
    ),
    _c(
        R_GS,
        R_GS_325,
        gold=r"\frac{3}{40}",
        pred=r"\frac{75}{1000}",
        wrap=True,
        expected=True,
        why="0.075 as a fraction: answer 3/40; '0.075 = $\\frac{75}{1000}$' reduced by 25",
    ),
    _c(
        R_GS,
        R_GS_ALG,
        gold=r"\frac{29}{12}",
        pred=r"2\frac{5}{12}",
        wrap=True,
        expected=True,
        why="(b) 1/2 x 4 5/6: answer '$\\frac{29}{12}$ or $2\\frac{5}{12}$'",
    ),
    # Daily Math Problem quiz answers.
    _c(
        R_DMP,
        R_DMP_AT,
        gold=r"7 hours 10 minutes",
        pred=r"6 hours 70 minutes",
        wrap=True,
        expected=True,
        why="Problem 1, bus trip 9:15 to 4:25: 'Add 6 hours 70 minutes or 7 hours 10 minutes'",
    ),
    # A parent's blog post on a marked-wrong fraction.
    _c(
        R_MC,
        R_MC_AT,
        gold=r"5/10",
        pred=r"1/2",
        wrap=True,
        expected=True,
        why="five of ten shaded; the key wanted 5/10, the child's 1/2 was marked wrong; the parent: "
        "'5/10 is the same as 1/2' (commenters agree; the marking was a form rule)",
    ),
]
