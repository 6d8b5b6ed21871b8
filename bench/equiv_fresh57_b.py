r"""A fifty-seventh fresh set of answer-equivalence cases (evaluation only; helper "b": statistics
and data answers settled on public web pages -- confidence intervals written as (a, b) or
estimate ± margin, z-scores and the raw scores they give, P-values a scoring guideline accepts,
standard errors and margins of error against the expressions that give them, regression
coefficients, percents against decimals -- in instructors' answer keys, an AP Statistics scoring
guideline, an OpenStax practice-test key, textbook solution pages and a Q&A answer).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id was grepped in bench/, and checked
against /work/wt/fresh57_claims/claims.txt; each page was claimed there before use). Each case
gives the reference answer (``gold``), the prediction (``pred``: a form the page lists as the
same answer or accepts in its place; always a bare answer to be put in ``\boxed{}``, so ``wrap``
is always True) and the verdict (``expected``) settled on the page, with no one on the page
contradicting it. ``repo`` is the domain of the stored copy and ``where`` its full URL. There is
no commit; every source is a web page with no licence file. Only the text the search tool
returned for a page (its excerpt) was read. Do not tune the judge on these cases.

Transcription: strings are copied as the stored page shows them (LaTeX kept as LaTeX in the
starmast, jobilize and gradesaver pages, ``±`` and ``%`` as written, leading dots kept as in
``.453`` and ``(.3602,.4198)``, ``*`` for a product where the page writes it). Left sides such as
``z =``, ``x =``, ``EBM =``, ``p′ =``, ``a =`` are dropped. Conventions: in a key line "A or B"
the first listed form is the gold and the other a positive; in a chain "A = B" whose last member
is the number the key reports, that number is the gold and each earlier form a positive, including
chains the key itself rounds (noted in ``why``: starmast's 0.145 g "to 3dp", jobilize's 0.192 and
0.0222, coursehero 5876862's 19.89 and 11.72). Four cases pair two different values that a key
accepts as the same answer: the AP guideline's calculator P-values .4527 and .4529 beside its
.453, and two keys' "1.65 (or z = 1.64 would also be an acceptable choice)" / "1.64 (or you can
use 1.65)" for a table z-value. All 29 cases are True: none of the usable pages refuses a form in
legible text.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- starmast.org https://starmast.org/answers/as-confidenceintervals (answers to "Introduction to
  confidence intervals": "\(95\%\) or \(0.95\)", "\(90\%\) or \(0.90\)", "\(93\%\) or \(0.93\)";
  margin of error "(2.576·0.75 g/√178) = 0.145 g to 3dp"). 4 cases.
- www.jobilize.com OpenStax "Practice tests (1-4) and final exams", page 21 (solutions 13-17:
  "98.4 ± 0.14 = (98.26, 98.54)", "98.4 ± 0.19 = (98.21, 98.59)", "98.4 ± 0.11 = (98.29, 98.51)",
  "0.56 ± 0.0435 = (0.5165, 0.6035)", each with "The calculator function ... answer is" the same
  interval; EBM "(2.861)(0.3/√20) = 0.192"; "p′ = 280/500 = 0.56", "q′ = 1 – 0.56 = 0.44",
  "s = √(0.56(0.44)/500) = 0.0222"). 8 cases.
- www.coursehero.com file 8162637 (AP Statistics 2002 Scoring Guidelines, Form B; two stored
  pages: Q4 ".39 ± .0298 = (.3602,.4198)"; Q6 "P-value = .453 ... OR Calculator using sample
  statistics: t = .7515, P-value = .4527 ... Calculator using raw data t = .7512, P-value =
  .4529"). 3 cases.
- www.stat.ucla.edu ``~rgould/11s03/skillcheck4soln`` (an instructor's Skill Check 4 solutions:
  "z = (68 - 50)/10 = 1.8", "x = -2.5*10 + 50 = 25", "z = 1.65 (or z = 1.64 would also be an
  acceptable choice). So x = 1.65*10 + 50 = 66.5"). 4 cases.
- www.coursehero.com file 5876862 "Answers for exercises on Z scores" (an answer sheet: "begins at
  1.64 (or you can use 1.65)", "(1.64) (2.8) + 15.3 = 19.89", "(-1.28) (2.8) + 15.3 = 11.72",
  "x = 2.4(20) + 300 = 348", "x = 1.5(20) +300 = 330"). 5 cases.
- socratic.org answer 437794 (percentile for z = 2: ".9772 or about 97.72%";
  "z=(87-78)/(4.5)", "z=2"; the same answer is stored at socratic.com/answers/437794). 2 cases.
- www.gradesaver.com Introductory Statistics 9th ed., chapter 3 self-review test 21 ("Interval =
  [91.8-2(16.2), 91.8+2.5(16.2)] =[59.4, 132.3]"). 1 case.
- www.gradesaver.com The Basic Practice of Statistics 7th ed., 7.38c ("b = (-0.98)(7.0/14.0) =
  -0.49", "a = 27.2 - (-0.49) (1992) = 1003.28"). 2 cases.

29 cases in all (0 False).

Left out, by rule: jobilize item 18's "0.56 ± 0.03 = (0.5236, 0.5964)" (the stated margin does
not give the stated interval) and its two intervals (0.5236, 0.5964) / (0.5235, 0.5965) (z = 1.64
by hand against 1.645 by calculator: two answers, not one answer in two forms); the AP
guideline's "P-value > .20" (a bound from tables, not a value), its pooled "p=.452" and its
"t = .7515" against "t = -.751" (another procedure, and the sign is the order of subtraction);
coursehero 5876862's "Z = 740 500 / 100 = 2.4" and "g) -4.5: x = -4.5(20) + 300 + 210" (minus
signs and an equals sign lost by the conversion) and "z = 340-300/20 = 2" (written without the
brackets it needs); gradesaver 3-21's "91.8±k(16.2) = [59.4,124.2]" (an unknown k); ucla's
"100-96.41 = 3.59%" (a number set equal to a percent); starmast's Q3.2 interval (the key calls
the 99% interval a "90%" one).

Examined and not used: the y.org copy of Brainly 11570611, analystforum 11447, justaaa 431525 and
brainmass 30811 (used by bench/equiv_fresh49_a.py); webwork.maa.org forum d=4060 (quartile
answers 2, 3, 4 accepted by OneOf: a grading policy for different methods, not one value);
qammunity 18303795 (the teacher's 0.855 against the table's 0.85083: "some rounding error", no
verdict); wyzant 718379 and wyzant 821552 (no alternative form or no settled question);
issuhub 30670 (a review book; "H 0 : p = 0.7 rather than H 0 : p ≤ 0.7. Either is correct" has its
subscripts flattened by the conversion); mindview.pages.dev, ottolearn.org and
samples.thecoursemaker.com (generated practice pages); 1library, studyres, scribd, dokumen.tips
and vdocument copies of AP Statistics scoring guidelines (the excerpts stop before any answer);
a.simonm.io, algebra.com and jiskha.com (excluded by the brief); smartsolve, solvely, questionai,
answerspace and mysovi pages (machine-written solutions).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

SM = "starmast.org"
SM_CI = "https://starmast.org/answers/as-confidenceintervals"
JB = "www.jobilize.com"
JB_21 = (
    "https://www.jobilize.com/online/course/0-2-practice-tests-1-4-and-final-exams-by-openstax"
    "?qcr=www.quizover.com&page=21"
)
CH = "www.coursehero.com"
CH_Q4 = (
    "https://www.coursehero.com/file/8162637/"
    "1-Minimal-Response-Part-a-is-partially-correct-and-part/"
)
CH_Q6 = (
    "https://www.coursehero.com/file/8162637/"
    "-Part-3-Correct-mechanics-including-the-value-of-the-test/"
)
CH_Z = "https://www.coursehero.com/file/5876862/Answers-for-exercises-on-Z-scores/"
UC = "www.stat.ucla.edu"
UC_SC4 = "http://www.stat.ucla.edu/~rgould/11s03/skillcheck4soln"
SO = "socratic.org"
SO_437 = "https://socratic.org/answers/437794"
GS = "www.gradesaver.com"
GS_321 = (
    "https://www.gradesaver.com/textbooks/math/statistics-probability/"
    "introductory-statistics-9th-edition/chapter-3-self-review-test-page-123/21"
)
GS_738 = (
    "https://www.gradesaver.com/textbooks/math/statistics-probability/"
    "the-basic-practice-of-statistics-7th-edition/"
    "chapter-7-exploring-data-part-i-review-test-yourself-page-194/7-38c"
)

CASES = [
    # starmast.org answers to 'Introduction to confidence intervals': 'A or B' lines and a chain
    _c(
        SM,
        SM_CI,
        gold=r"95\%",
        pred=r"0.95",
        wrap=True,
        expected=True,
        why="answers Q1 1.1: '\\(95\\%\\) or \\(0.95\\)'",
    ),
    _c(
        SM,
        SM_CI,
        gold=r"90\%",
        pred=r"0.90",
        wrap=True,
        expected=True,
        why="answers Q1 1.2: '\\(90\\%\\) or \\(0.90\\)'",
    ),
    _c(
        SM,
        SM_CI,
        gold=r"93\%",
        pred=r"0.93",
        wrap=True,
        expected=True,
        why="answers Q1 1.3: '\\(93\\%\\) or \\(0.93\\)'",
    ),
    _c(
        SM,
        SM_CI,
        gold=r"0.145\,\textrm{g}",
        pred=r"\left(\frac{2.576\cdot 0.75\,\textrm{g}}{\sqrt{178}}\right)",
        wrap=True,
        expected=True,
        why="Q3.2 margin of error: '(2.576*0.75 g/sqrt(178)) = 0.145 g to 3dp' (the key's own rounding)",
    ),
    # jobilize OpenStax practice-test solutions, 8.2-8.3: 'estimate ± margin = (a, b)' chains
    _c(
        JB,
        JB_21,
        gold=r"(98.26, 98.54)",
        pred=r"98.4 ± 0.14",
        wrap=True,
        expected=True,
        why="8.2 item 13: '98.4 ± 0.14 = (98.26, 98.54). The calculator function Tinterval answer is (98.26, 98.54).'",
    ),
    _c(
        JB,
        JB_21,
        gold=r"0.192",
        pred=r"\left(2.861\right)\left(\frac{0.3}{\sqrt{20}}\right)",
        wrap=True,
        expected=True,
        why="item 14: 'EBM = t(s/sqrt(n)) = (2.861)(0.3/sqrt(20)) = 0.192' (the key's rounding)",
    ),
    _c(
        JB,
        JB_21,
        gold=r"(98.21, 98.59)",
        pred=r"98.4 ± 0.19",
        wrap=True,
        expected=True,
        why="item 14: '98.4 ± 0.19 = (98.21, 98.59). The calculator function Tinterval answer is (98.21, 98.59).'",
    ),
    _c(
        JB,
        JB_21,
        gold=r"(98.29, 98.51)",
        pred=r"98.4 ± 0.11",
        wrap=True,
        expected=True,
        why="item 15: '98.4 ± 0.11 = (98.29, 98.51). The calculator function Tinterval answer is (98.29, 98.51).'",
    ),
    _c(
        JB,
        JB_21,
        gold=r"0.56",
        pred=r"\frac{280}{500}",
        wrap=True,
        expected=True,
        why="8.3 item 16: 'p′ = 280/500 = 0.56'",
    ),
    _c(
        JB,
        JB_21,
        gold=r"0.44",
        pred=r"1-0.56",
        wrap=True,
        expected=True,
        why="item 16: 'q′ = 1 − p′ = 1 − 0.56 = 0.44'",
    ),
    _c(
        JB,
        JB_21,
        gold=r"0.0222",
        pred=r"\sqrt{\frac{0.56\left(0.44\right)}{500}}",
        wrap=True,
        expected=True,
        why="item 16: 's = sqrt(0.56(0.44)/500) = 0.0222' (the key's rounding)",
    ),
    _c(
        JB,
        JB_21,
        gold=r"(0.5165, 0.6035)",
        pred=r"0.56 ± 0.0435",
        wrap=True,
        expected=True,
        why="item 17: '0.56 ± 0.0435 = (0.5165, 0.6035). The calculator function 1-PropZint answer is (0.5165, 0.6035).'",
    ),
    # coursehero 8162637 (AP Statistics 2002 scoring guidelines Form B): Q4 interval chain
    _c(
        CH,
        CH_Q4,
        gold=r"(.3602,.4198)",
        pred=r".39 ± .0298",
        wrap=True,
        expected=True,
        why="2002 Form B Q4 solution part (a): '= .39 ± .0298 = (.3602,.4198)'",
    ),
    # coursehero 8162637: Q6 P-values the guideline accepts beside .453
    _c(
        CH,
        CH_Q6,
        gold=r".453",
        pred=r".4527",
        wrap=True,
        expected=True,
        why="2002 Form B Q6 part 3 mechanics: 'P-value = .453 ... OR Calculator using sample statistics: t = .7515, P-value = .4527'",
    ),
    _c(
        CH,
        CH_Q6,
        gold=r".453",
        pred=r".4529",
        wrap=True,
        expected=True,
        why="2002 Form B Q6 part 3 mechanics: 'P-value = .453 ... Calculator using raw data t = .7512, P-value = .4529'",
    ),
    # stat.ucla.edu Skill Check 4 solutions (an instructor's key)
    _c(
        UC,
        UC_SC4,
        gold=r"1.65",
        pred=r"1.64",
        wrap=True,
        expected=True,
        why="top 5%: 'your standard score must be z = 1.65 (or z = 1.64 would also be an acceptable choice)'",
    ),
    _c(
        UC,
        UC_SC4,
        gold=r"66.5",
        pred=r"1.65*10 + 50",
        wrap=True,
        expected=True,
        why="'So x = 1.65*10 + 50 = 66.5.'",
    ),
    _c(
        UC,
        UC_SC4,
        gold=r"1.8",
        pred=r"(68 - 50)/10",
        wrap=True,
        expected=True,
        why="'x = 68. z = (68 - 50)/10 = 1.8'",
    ),
    _c(
        UC,
        UC_SC4,
        gold=r"25",
        pred=r"-2.5*10 + 50",
        wrap=True,
        expected=True,
        why="'z = -2.5 x = -2.5*10 + 50 = 25'",
    ),
    # coursehero 5876862 'Answers for exercises on Z scores'
    _c(
        CH,
        CH_Z,
        gold=r"1.64",
        pred=r"1.65",
        wrap=True,
        expected=True,
        why="1. a) 'top 5% (45% between mean and Z score) begins at 1.64 (or you can use 1.65)'",
    ),
    _c(
        CH,
        CH_Z,
        gold=r"19.89",
        pred=r"(1.64) (2.8) + 15.3",
        wrap=True,
        expected=True,
        why="1. a) 'X = (Z) (SD) + M = (1.64) (2.8) + 15.3 = 19.89' (19.892 rounded by the key)",
    ),
    _c(
        CH,
        CH_Z,
        gold=r"11.72",
        pred=r"(-1.28) (2.8) + 15.3",
        wrap=True,
        expected=True,
        why="1. b) 'the corresponding raw score is (-1.28) (2.8) + 15.3 = 11.72' (11.716 rounded by the key)",
    ),
    _c(
        CH,
        CH_Z,
        gold=r"348",
        pred=r"2.4(20) + 300",
        wrap=True,
        expected=True,
        why="4. d) '2.4: x = 2.4(20) + 300 = 348'",
    ),
    _c(
        CH,
        CH_Z,
        gold=r"330",
        pred=r"1.5(20) +300",
        wrap=True,
        expected=True,
        why="4. e) '1.5: x = 1.5(20) +300 = 330'",
    ),
    # socratic.org answer 437794 (percentile from z = 2)
    _c(
        SO,
        SO_437,
        gold=r".9772",
        pred=r"97.72%",
        wrap=True,
        expected=True,
        why="answer to Dwayne's percentile (z = 2): '.9772 or about 97.72%'",
    ),
    _c(
        SO,
        SO_437,
        gold=r"2",
        pred=r"(87-78)/(4.5)",
        wrap=True,
        expected=True,
        why="explanation: 'z=(87-78)/(4.5)' then 'z=2'",
    ),
    # gradesaver Introductory Statistics 9th ed., chapter 3 self-review test 21
    _c(
        GS,
        GS_321,
        gold=r"[59.4, 132.3]",
        pred=r"[91.8-2(16.2), 91.8+2.5(16.2)]",
        wrap=True,
        expected=True,
        why="self-review test 21 b.: 'Interval = [91.8-2(16.2), 91.8+2.5(16.2)] =[59.4, 132.3]'",
    ),
    # gradesaver The Basic Practice of Statistics 7th ed., 7.38c (regression coefficients)
    _c(
        GS,
        GS_738,
        gold=r"-0.49",
        pred=r"(-0.98)\frac{7.0}{14.0}",
        wrap=True,
        expected=True,
        why="7.38c: 'b = r s_y/s_x = (-0.98)\\frac{7.0}{14.0} = -0.49'",
    ),
    _c(
        GS,
        GS_738,
        gold=r"1003.28",
        pred=r"27.2 - (-0.49) (1992)",
        wrap=True,
        expected=True,
        why="7.38c: 'a = ȳ - bx̄ = 27.2 - (-0.49) (1992) = 1003.28'",
    ),
]
