r"""A forty-eighth fresh set of answer-equivalence cases (evaluation only; helper "f": answer
keys of proof-free mathematics competitions and quiz games that list a second accepted form of an
answer -- Science Bowl and college-bowl answer lines, a math-bowl rules table of acceptable
forms, a math-bowl's published solutions, an AIME answer-key correction, an online mental-math
test's grading rules and a teacher's fraction quiz-game key).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; none of the pages was used by an earlier set (checked against bench/data/README.md,
bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py, bench/data/equiv_fresh4.md and
the claims folders /work/wt/fresh2*_claims ... fresh48_claims; no earlier set cites the 2024 AIME
I answer-key page, jeopardylabs.com, math.unl.edu, the NAU college-bowl transcript, pdfcoffee.com,
quizwizapp.com, quetab.com, paperzz.com or rfqjobs.com). Each case gives the reference answer
(``gold``: the key's first or official answer), the prediction (``pred``: the other form, a bare
answer to be put in ``\boxed{}``, so ``wrap`` is always True) and the verdict (``expected``) that
the page states. ``repo`` is the domain the stored copy came from and ``where`` is the full URL.
There is no commit; every source is a web page with no licence file. Do not tune the judge on
these cases.

Transcription: only what the stored copy shows (the page's opening text as the search tool
returns it), character for character, except that an answer line's surrounding brackets and
its ``ANSWER:`` / ``ACCEPT:`` labels are dropped. Where two pages copy the same answer line (the
DOE Science Bowl practice set is copied by both quizwizapp.com and quetab.com) the pair is kept
once, under the page read first.

Sources (domain, URL, what is settled, licence):

- artofproblemsolving.com,
  https://artofproblemsolving.com/wiki/index.php?title=2024_AIME_I_Answer_Key&diff=prev&oldid=214482
  (2024 AIME I answer key, problem 12: the key's 384 struck out for 385; Steven Chen's reply on
  the page: "The number of intersecting points is 385, not 384"). 1 case. Web page, no licence
  file.
- jeopardylabs.com, https://jeopardylabs.com/print/fractions-jeopardy-780 (a teacher's fraction
  quiz game with its key: the "Improper to Mixed" and "Mixed to Improper" columns give the other
  form of the clue's number, and some keys list two accepted forms -- "8/8 or 1 whole",
  "6 2/4 or 6 1/2", "4 21/25" with "11/5 X 11/5 = 121/25", "Answer not simplified =6/20 /
  Answer simplified =3/10" (simplifying earns a bonus, the unsimplified answer still scores),
  "Answer 240/400 simplified= 3/5"). 15 cases. Not a contest page; web page, no licence file.
- www.math.unl.edu, https://www.math.unl.edu/node/4755 (University of Nebraska math bowl rules,
  "Examples" table: for (1/2) / (1/3) the acceptable answers are "3/2, 1 1/2, 1.5"; for sqrt(20)
  "2sqrt(5), 2*5^{.5}"; for 2/6 "1/3, ".33 repeating""; for 1/sqrt(8) "1/(2sqrt(2)),
  sqrt(2)/4"). 5 cases (the first listed acceptable form is the gold). Web page, no licence file.
- studylib.net, https://studylib.net/doc/15272886/college-bowl-questions (Northern Arizona
  University 2010 Math High School Day College Bowl, question 28: "[√24 or 2√6]"). 1 case. The
  same transcript is on slideplayer.com/slide/3306515 and studyslide.com/doc/402518 (not used
  again). Web page, no licence file.
- pdfcoffee.com, https://pdfcoffee.com/middle-school-maths-1-pdf-free.html (DOE National
  Science Bowl middle-school math set 1: "ANSWER: 0.3333 (ACCEPT: .3333)", "ANSWER: 60 (ACCEPT:
  60, 60, 60)"). 2 cases. Web page, no licence file.
- quizwizapp.com, https://quizwizapp.com/fr/study/science-bowl-math (flash cards copying the DOE
  "Science Bowl Practice Questions - Math": "1/25 or .04", "(0,0) or x = 0, y = 0", "(3, -2)
  (accept x = 3 and y = -2 but not x = -2, y = 3)", "- 2/3 or -0.667"). 5 cases. Web page, no
  licence file.
- quetab.com,
  https://quetab.com/collection/u/math-questions-and-answers/science-bowl-practice-questions-math-62761154431a9
  (the same DOE practice set, Math - 3, question 21: "Y = -(1/2)x + 2.5 or y - 2 = (-1/2)(x -
  1)"). 1 case (its "1/25 or .04" is the quizwizapp pair, kept once). Web page, no licence file.
- paperzz.com, https://paperzz.com/doc/8793162/2011-invit.--answers-w-questions- (Indiana
  Academic M.A.T.H. Bowl, 2011 Invitational, round 1, the published answer slides: "12 × ¼ = 12/4
  or 3", "12 ÷ ¼ = 12(4) or 48", "2/6 = 33 1/3%", "2/5 ÷ 4/45 = 2/5 * 45/4 = 90/20 or 4.5" for the
  answer "4 ½ strips", "5/50 = 1/10"). 6 cases: the slide's final value or chosen answer is the
  gold, each other form the slide equates with it is a prediction. Web page, no licence file.
- rfqjobs.com, https://rfqjobs.com/practice/math/ (an online mental-math test's answer rules: "an
  answer like 0.25 (instead of 1/4) is fine. 0.3333333 (instead of 1/3) is not"). 2 cases. Web
  page, no licence file.

Left out, by rule: refusals of a form whose value equals the key's (format policies, not about
the answer's value): math.unl.edu's unacceptable column (2x-x + 14–5, 15^2, (1/2) / (1/3),
sqrt(20), 2/6, 1/sqrt(8), "2x + 9 times x - 4" against their simplified forms), rfqjobs' "2/6 will
not be accepted" for 1/3, the M.A.T.H. Bowl's distractor 1¼ for the improper fraction 5/4;
multiple-choice letters (the M.A.T.H. Bowl's A-D, the Science Bowl's W-Z); answers in words
(RADIUS / RADII, NEWTON, BASE 3); the quiz game's arithmetic clues (a sum or product is not an
answer form; two of its keys are wrong: 3/10 + 2/6 given as 18/60, 2 4/9 x 5/9 as 4 2/9);
working that restates the question (125% = 125/100, "2/5 * 45/4"); the answers with a single
form (the NAU key's other 30 lines, the Science Bowl's single answers). Lost formulas (never reconstructed): the
Science Bowl "4 p R2 or 12.566 x R2", "(1/3)pr2h", "10 MILLION or 107", the circle equations
"(x - 8)2 + (y)2 = 82 or (x + 8)2 + (y)2 = 82"; the pdfcoffee fraction answers of questions 8 and
12; math.unl.edu's factorization "2x2x3x3 and 22 32"; the 2024 AIME I answer key's "025"
(leading zeros, no verdict stated).

Examined and not used: www.quetab.com/collection/u/math-questions-and-answers (its only legible
pair, "(0,0) or x = 0, y = 0", is the quizwizapp pair); mathcountscentral.com forms page and the
BIG Mathapalooza rules (losaltoshighschool.net) (only refusals of equal values: 7:2 and 3.5 for
7/2; unreduced fractions and mixed numbers); HMMT November 2023 guts solutions on scribd (the
answers carry no second form); studyres.com MATHCOUNTS handbook errata and the SMO 2011 errata
on scribd (corrected answers without the printed ones, or formulas lost); CEMC CTMC HTML
solutions (fractions lost); mathscore.com number-line samples (mixed numbers run together);
jeopardylabs polynomials-2377 (exponents lost); old.mathleague.com newsletters, home.avvanta.com
and home.blarg.net answer sheets (claimed by earlier rounds); mandelbrot.org (used in fresh44).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

R_AOPS = "artofproblemsolving.com"
R_AOPS_AT = (
    "https://artofproblemsolving.com/wiki/index.php?title=2024_AIME_I_Answer_Key"
    "&diff=prev&oldid=214482"
)
R_JL = "jeopardylabs.com"
R_JL_AT = "https://jeopardylabs.com/print/fractions-jeopardy-780"
R_UNL = "www.math.unl.edu"
R_UNL_AT = "https://www.math.unl.edu/node/4755"
R_NAU = "studylib.net"
R_NAU_AT = "https://studylib.net/doc/15272886/college-bowl-questions"
R_PDFC = "pdfcoffee.com"
R_PDFC_AT = "https://pdfcoffee.com/middle-school-maths-1-pdf-free.html"
R_QW = "quizwizapp.com"
R_QW_AT = "https://quizwizapp.com/fr/study/science-bowl-math"
R_QT = "quetab.com"
R_QT_AT = (
    "https://quetab.com/collection/u/math-questions-and-answers/"
    "science-bowl-practice-questions-math-62761154431a9"
)
R_PZ = "paperzz.com"
R_PZ_AT = "https://paperzz.com/doc/8793162/2011-invit.--answers-w-questions-"
R_RFQ = "rfqjobs.com"
R_RFQ_AT = "https://rfqjobs.com/practice/math/"

CASES = [
    # 2024 AIME I answer key, problem 12: 384 struck out, 385 is correct.
    _c(
        R_AOPS,
        R_AOPS_AT,
        gold=r"385",
        pred=r"384",
        wrap=True,
        expected=False,
        why="problem 12: '384 385 (See below)'; '385, not 384'",
    ),
    # jeopardylabs fractions game: conversion columns (clue -> key answer).
    _c(
        R_JL,
        R_JL_AT,
        gold=r"9",
        pred=r"18/2",
        wrap=True,
        expected=True,
        why="Improper to Mixed 100: 18/2 -> 9",
    ),
    _c(
        R_JL,
        R_JL_AT,
        gold=r"17/3",
        pred=r"5 2/3",
        wrap=True,
        expected=True,
        why="Mixed to Improper 100: 5 2/3 -> 17/3",
    ),
    _c(
        R_JL,
        R_JL_AT,
        gold=r"6 2/4",
        pred=r"26/4",
        wrap=True,
        expected=True,
        why="Improper to Mixed 200: 26/4 -> 6 2/4 or 6 1/2",
    ),
    _c(
        R_JL,
        R_JL_AT,
        gold=r"11/4",
        pred=r"2 3/4",
        wrap=True,
        expected=True,
        why="Mixed to Improper 200: 2 3/4 -> 11/4",
    ),
    _c(
        R_JL,
        R_JL_AT,
        gold=r"1 2/10",
        pred=r"12/10",
        wrap=True,
        expected=True,
        why="Improper to Mixed 300: 12/10 -> 1 2/10",
    ),
    _c(
        R_JL,
        R_JL_AT,
        gold=r"38/7",
        pred=r"5 3/7",
        wrap=True,
        expected=True,
        why="Mixed to Improper 300: 5 3/7 -> 38/7",
    ),
    _c(
        R_JL,
        R_JL_AT,
        gold=r"12 1/9",
        pred=r"109/9",
        wrap=True,
        expected=True,
        why="Improper to Mixed 400: 109/9? -> 12 1/9",
    ),
    _c(
        R_JL,
        R_JL_AT,
        gold=r"55/8",
        pred=r"6 7/8",
        wrap=True,
        expected=True,
        why="Mixed to Improper 400: 6 7/8 -> 55/8",
    ),
    _c(
        R_JL,
        R_JL_AT,
        gold=r"5 1/5",
        pred=r"26/5",
        wrap=True,
        expected=True,
        why="Improper to Mixed 500: 26/5? -> 5 1/5",
    ),
    _c(
        R_JL,
        R_JL_AT,
        gold=r"27/5",
        pred=r"5 2/5",
        wrap=True,
        expected=True,
        why="Mixed to Improper 500: 5 2/5? -> 27/5",
    ),
    # jeopardylabs: keys that list a second accepted form.
    _c(
        R_JL,
        R_JL_AT,
        gold=r"8/8",
        pred=r"1 whole",
        wrap=True,
        expected=True,
        why="Adding Fractions 100: '8/8 or 1 whole'",
    ),
    _c(
        R_JL,
        R_JL_AT,
        gold=r"6 2/4",
        pred=r"6 1/2",
        wrap=True,
        expected=True,
        why="Improper to Mixed 200: '6 2/4 or 6 1/2'",
    ),
    _c(
        R_JL,
        R_JL_AT,
        gold=r"4 21/25",
        pred=r"121/25",
        wrap=True,
        expected=True,
        why="Multiply 200: '4 21/25' with '11/5 X 11/5 = 121/25'",
    ),
    _c(
        R_JL,
        R_JL_AT,
        gold=r"3/10",
        pred=r"6/20",
        wrap=True,
        expected=True,
        why="Multiplying 300: 'Answer not simplified =6/20 Answer simplified =3/10' (bonus)",
    ),
    _c(
        R_JL,
        R_JL_AT,
        gold=r"3/5",
        pred=r"240/400",
        wrap=True,
        expected=True,
        why="Multiply 400: 'Answer 240/400 simplified= 3/5' (bonus)",
    ),
    # math.unl.edu math bowl rules, Examples table, Acceptable column.
    _c(
        R_UNL,
        R_UNL_AT,
        gold=r"3/2",
        pred=r"1 1/2",
        wrap=True,
        expected=True,
        why="(1/2) / (1/3): acceptable '3/2, 1 1/2, 1.5'",
    ),
    _c(
        R_UNL,
        R_UNL_AT,
        gold=r"3/2",
        pred=r"1.5",
        wrap=True,
        expected=True,
        why="(1/2) / (1/3): acceptable '3/2, 1 1/2, 1.5'",
    ),
    _c(
        R_UNL,
        R_UNL_AT,
        gold=r"2sqrt(5)",
        pred=r"2*5^{.5}",
        wrap=True,
        expected=True,
        why="sqrt(20): acceptable '2sqrt(5), 2*5^{.5}'",
    ),
    _c(
        R_UNL,
        R_UNL_AT,
        gold=r"1/3",
        pred=r".33 repeating",
        wrap=True,
        expected=True,
        why="2/6: acceptable '1/3, \".33 repeating\"'",
    ),
    _c(
        R_UNL,
        R_UNL_AT,
        gold=r"1/(2sqrt(2))",
        pred=r"sqrt(2)/4",
        wrap=True,
        expected=True,
        why="1/sqrt(8): acceptable '1/(2sqrt(2)), sqrt(2)/4'",
    ),
    # NAU 2010 College Bowl, question 28.
    _c(
        R_NAU,
        R_NAU_AT,
        gold=r"√24",
        pred=r"2√6",
        wrap=True,
        expected=True,
        why="q28 side h of the right triangle: '[√24 or 2√6]'",
    ),
    # DOE Science Bowl middle-school math set 1 (pdfcoffee copy).
    _c(
        R_PDFC,
        R_PDFC_AT,
        gold=r"0.3333",
        pred=r".3333",
        wrap=True,
        expected=True,
        why="q6 1/3 to the nearest ten-thousandth: '0.3333 (ACCEPT: .3333)'",
    ),
    _c(
        R_PDFC,
        R_PDFC_AT,
        gold=r"60",
        pred=r"60, 60, 60",
        wrap=True,
        expected=True,
        why="q11 each angle of an equilateral triangle: '60 (ACCEPT: 60, 60, 60)'",
    ),
    # DOE Science Bowl practice questions, math (quizwizapp copy).
    _c(
        R_QW,
        R_QW_AT,
        gold=r"1/25",
        pred=r".04",
        wrap=True,
        expected=True,
        why="log[base 5](x) = -2: '1/25 or .04'",
    ),
    _c(
        R_QW,
        R_QW_AT,
        gold=r"(0,0)",
        pred=r"x = 0, y = 0",
        wrap=True,
        expected=True,
        why="vertex of x2 = 6y: '(0,0) or x = 0, y = 0'",
    ),
    _c(
        R_QW,
        R_QW_AT,
        gold=r"(3, -2)",
        pred=r"x = 3 and y = -2",
        wrap=True,
        expected=True,
        why="intersection of x - y = 5, x + y = 1: 'accept x = 3 and y = -2'",
    ),
    _c(
        R_QW,
        R_QW_AT,
        gold=r"(3, -2)",
        pred=r"x = -2, y = 3",
        wrap=True,
        expected=False,
        why="intersection of x - y = 5, x + y = 1: 'but not x = -2, y = 3'",
    ),
    _c(
        R_QW,
        R_QW_AT,
        gold=r"- 2/3",
        pred=r"-0.667",
        wrap=True,
        expected=True,
        why="slope of 2x + 3y = 7: '- 2/3 or -0.667'",
    ),
    # DOE Science Bowl practice questions, Math - 3 (quetab copy).
    _c(
        R_QT,
        R_QT_AT,
        gold=r"Y = -(1/2)x + 2.5",
        pred=r"y - 2 = (-1/2)(x - 1)",
        wrap=True,
        expected=True,
        why="q21 line through (1,2) perpendicular to y = 2x + 1",
    ),
    # Indiana Academic M.A.T.H. Bowl 2011 Invitational, round 1 answer slides.
    _c(
        R_PZ,
        R_PZ_AT,
        gold=r"3",
        pred=r"12/4",
        wrap=True,
        expected=True,
        why="R1 N1: '12 × ¼ = 12/4 or 3'",
    ),
    _c(
        R_PZ,
        R_PZ_AT,
        gold=r"48",
        pred=r"12(4)",
        wrap=True,
        expected=True,
        why="R1 N1: '12 ÷ ¼ = 12(4) or 48'",
    ),
    _c(
        R_PZ,
        R_PZ_AT,
        gold=r"33 1/3%",
        pred=r"2/6",
        wrap=True,
        expected=True,
        why="R1 N3 chance of a composite: '2/6 = 33 1/3%'",
    ),
    _c(
        R_PZ,
        R_PZ_AT,
        gold=r"4 ½",
        pred=r"90/20",
        wrap=True,
        expected=True,
        why="R1 N4 strips: answer '4 ½ strips', '90/20 or 4.5'",
    ),
    _c(
        R_PZ,
        R_PZ_AT,
        gold=r"4 ½",
        pred=r"4.5",
        wrap=True,
        expected=True,
        why="R1 N4 strips: answer '4 ½ strips', '90/20 or 4.5'",
    ),
    _c(
        R_PZ,
        R_PZ_AT,
        gold=r"1/10",
        pred=r"5/50",
        wrap=True,
        expected=True,
        why="R1 N5 raffle: '5/50 = 1/10'",
    ),
    # rfqjobs mental-math test rules.
    _c(
        R_RFQ,
        R_RFQ_AT,
        gold=r"1/4",
        pred=r"0.25",
        wrap=True,
        expected=True,
        why="rules: 'answer like 0.25 (instead of 1/4) is fine'",
    ),
    _c(
        R_RFQ,
        R_RFQ_AT,
        gold=r"1/3",
        pred=r"0.3333333",
        wrap=True,
        expected=False,
        why="rules: '0.3333333 (instead of 1/3) is not'",
    ),
]
