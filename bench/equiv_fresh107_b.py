r"""A hundred-and-seventh fresh set of answer-equivalence cases (evaluation only; helper "b":
scientific notation, standard form, significant figures and calculator E notation in math (not
chemistry) answer keys, homework-system help pages and Q&A threads -- "give your answer to 3
significant figures", "2.5E4 vs 2.5 x 10^4", "0.00250 vs 2.50 x 10^-3" -- where a key, a
multiple-choice answer, a help page of an online homework system or a helper in a thread settles
which forms of a number are the same answer, which are accepted, and which are refused).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path
part, was grepped in bench/ and checked against the claims files of every round; each page was
claimed in /work/wt/fresh107_claims/claims.txt before use). Each case gives the reference answer
(``gold``), the prediction (``pred``: another form the page gives as the same number or accepts,
or a form the page refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always
True) and the verdict (``expected``) settled on the page, with no one on the page contradicting
it. ``repo`` is the domain of the stored copy and ``where`` its full URL. There is no commit;
every source is a web page with no licence file. Only the text the search tool returned for a
page (its excerpt) was read. Do not tune the judge on these cases. Continued in
bench/equiv_fresh107_b2.py (same rules; its sources are listed below too).

Transcription: strings are copied as the stored page shows them: LaTeX where the page has it
("7.42 \times 10^5", "6.8 \times 10^{-2}"), the page's own "x", "X" or "*" for the times sign,
"^{4}" and "^5" as the text conversion left the exponents, E forms as printed ("1.E+02",
"3.24e+03", "8.10000007371e-9"), thousands commas and a bare leading point (".0052") kept. Which
side is the gold: a key's marked answer, or the number the question asks to be written (a
multiple-choice ANSWER, the scientific-notation form a helper says is the only correct one, the
answer key of a homework system's example); where a page only states "E form = number" or
"x 10^n form = number", the plain or x 10^n form is the gold and the calculator or program form
the pred. Refusals are of two kinds and both are False: a different number (a wrong power of
ten, "(2.3)^{4}" for "2.3 x 10^{4}"), and the same number in a form the question or the system
refuses (a first factor outside 1 to 10 when standard form is asked, "0.10" when one significant
figure is asked, Mastering's refusal of "1.23e+5"); each ``why`` quotes the line that settles
it. Readings, each noted in ``why``: for cardifftutorcompany's multiple-choice questions the
other options of a question are the refused preds; the webassign tolerance tables list answers
"counted as correct" for an answer key, which are True preds although they are not equal
numbers (the page's setting of +-1 or +-2 in the last significant digit, or 2%); in the
math-physics-calc examples the multiplication dot and the superscripts are garbled on the stored
page, so only the two ends of each chain ("14e+6 = ... = 14000000") are used; in bartleby's
worksheet text the superscripts and all but one "=" were lost, so only "2.5E4 = 25E3" is used.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- cardifftutorcompany.co.uk "online-tests/1-numbers/15-standard-form" (multiple choice: 742000 in
  standard form "ANSWER: B: 7.42 \times 10^5" against 0.742 \times 10^6, 7.42 \times 10^6, 74.2
  \times 10^4; 0.068 "ANSWER: D: 6.8 \times 10^{-2}"; (6 \times 10^3) \times (9 \times 10^4)
  "ANSWER: B: 5.4 \times 10^{8}"). 8 cases (8 False).
- tutoringsanjose.net "?p=446" (calculator EE key: "(2.3)^{4} ... is not the same number as 2.3 x
  10^{4}"; "0.00000571 ... the number is 5.71 x 10^{-6}"). 2 cases (1 False).
- www.freemathhelp.com thread 111188 ("Is '5.42 X 10^5' equal to 542000. X 10^1 or 542000. X
  10^0"; HallsofIvy: "542000 ... the same as 542000\times 10^0"). 3 cases (1 False).
- mathforum.org Dr. Math 70646 ("Correct 0.099 to 1 significant figure ... 0.1 or 0.10?"; "0.10
  has 2 significant figures ... contrary to the instructions, and the correct answer is 0.1").
  1 case (1 False).
- mathforum.org Dr. Math 59177 (125678.098 as 12567.8098 * 10 ... 1.25678098 * 10^5: "All these
  represent the same number, but only the last is in correct scientific notation"). 4 cases
  (4 False).
- mathforum.org Dr. Math 57140 ("Calculators and e+": "1.524157875019e+16 =
  15,241,578,750,190,000", "8.10000007371e-9 = 0.00000000810000007371"). 2 cases.
- answers.yahoo.com question 20190817113729AAAKSJf (best answer on E notation: "1.E+02 ... 1E2 as
  meaning the same thing: 1 times 10 to the 2nd power, or 100"). 2 cases.
- community.deeplearning.ai topic 251526 ("So 5e4 means 5x10^4", "3.24e+03 is equal to 3240").
  2 cases.

Sources of bench/equiv_fresh107_b2.py:

- help.pearsoncmg.com Mastering student help "mplus/TopicsStudent/entering_math.htm" ("enter
  1.23*10^5 instead of 1.23e+5 or 1.23E+5"; e is read as 2.718...). 2 cases (2 False).
- www.webassign.net instructor guide "t_i_checking_significant_figures_numerical_questions" ("if
  the answer is 330 to 2 significant digits, the responses 320, 330, and 340 would all be
  accepted"). 2 cases.
- www.webassign.net instructor guide "t_i_setting_significant_figure_checking_options_for_
  assignments" (with the last significant digit within +-2: key 4100 counts "3900, 4.0e3, 4100,
  4200, 4300"; key 12.28 counts "12.26, 12.27, 12.28, 12.29, 12.30"). 8 cases.
- www.webassign.net instructor guide "c_i_creating_questions_numerical_answer_dependant" (answer
  3: "2.94, 3.06, and any value in between are all accepted"; "3.0 is also accepted"). 3 cases.
- allthetimeworld.com "computer-concepts/numbers/scientific.php" ("234,000 could be written ...
  as 2.34 * 100,000, or 2.34 * 10^5, or 2.34e+5"). 3 cases.
- everything2.com "title/scientific+notation" ("6.02 x 10^{23} is a short way of writing
  602000000000000000000000", "so 6.02E23 for the number above"). 2 cases.
- math-physics-calc.com "scientific-notation-to-decimal-conversion-calculator" ("14e+6 = ... =
  14000000", "16e-4 ... = 0.0016", "3.96e+3 ... = 3960", "17.356e-4 ... = 0.0017356", "0.23e+5 ...
  = 23000"). 5 cases.
- www.wyzant.com answers 5537 (a tutor's examples "4.2 x 10^3 = 4200", "5.2 x 10^-3 = .0052").
  2 cases.
- www.bartleby.com question b472a8c6 (worksheet on E notation: "2.5E4 = 25E3"). 1 case.

52 cases in all (17 False): 24 here (15 False), 28 in bench/equiv_fresh107_b2.py (2 False).

Left out, by rule: conversions where the question itself asks for the form, so that the given
number would be a refused answer although the page equates it (cardifftutorcompany's "Write 1.24
\times 10^6 as an ordinary number. ANSWER: 1240000" and its other ordinary-number parts; wyzant
5537's own question "3.2 x 10^-4 = 0.00032", written in standard notation); cardifftutorcompany
Q2(c)'s option "54 \times 10^{7}", refused as an option but written "= 5.4 \times 10^8" in the
page's own working; forms the text conversion lost or flattened (bartleby's "2.5x104",
"0.0034 3.4x103", "10E2 1E3 1000"; the superscript-less "6.02 x 1023" of m.everything2; the
"#10^4" of examtrainer's IGCSE question; edplace's "1.29 x 1011 not 1.2911" and its
multiple-choice options); the rest of Dr. Math 70646 (Peter's "0.0150" for 0.01499, whose reply
is cut off); physicsforums 148424 (book 4.02x10^{25} against a student's 4.01x10^{25}: one reply
agrees with the student, others say significant figures have no single right answer) and the
math-teach nabble thread on 255,000 (the key's 2.55 x 10^5 is itself disputed), as disputed.

Examined and not used: library.tis.today IB question 159792 (17M.1.sl.TZ2.1, the question
bench/equiv_fresh55_e.py used as 463308 and 159794); lampz.tugraz.at E-notation page,
web.pa.msu.edu capahelp, courses.washington.edu phys121z, sewanee SigFigsWebAssign,
elearn.southampton Blackboard notes, studylib 8240114 WebAssign rules, scribd 579418714 and
449670187, cardifftutorcompany's other tests, onlinetuition.com.my, socratic 57d6433b,
physicsforums 564843, thestudentroom 5225298 and gcse.com accuracy answers (all used or claimed
before); Mastering's grading-tolerance pages (claimed before); chemlabs.uoregon.edu E-notation table
(a chemistry page); kullabs significant-figure answers and homeworksource (answers with
errors); socratic "Is 12.38 X 10^2 in scientific notation" (its two answers disagree on the
form); keys that give one form only (slideserve WJEC rounding, pt3mathematics, livephysics,
tutorvista, madras.fife); AI-written or generated pages (questionai, gauthmath, edu.com, mathix,
quizgecko, curioustab, simplestudy, aimnova, topmygrade, kramizo, preppacademy, reko.study,
mathsfor.fun, calculator.city pages, askanewquestion, sorumatik and the like); Canvas and
Numbas help pages (no concrete pairs, or display examples whose values are wrong); the
Nemotron-CC-Math dataset pages (rewritten copies).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

CTC = "cardifftutorcompany.co.uk"
CTC_SF = "https://cardifftutorcompany.co.uk/online-tests/1-numbers/15-standard-form"
TSJ = "tutoringsanjose.net"
TSJ_446 = "http://tutoringsanjose.net/?p=446"
FMH = "www.freemathhelp.com"
FMH_542 = (
    "https://www.freemathhelp.com/forum/threads/"
    "which-one-is-valid-below-is-5-42-x-10-5-equal-to-542000-x-10-1-or-542000-x-10-0.111188/"
)
DRM = "mathforum.org"
DRM_70646 = "http://mathforum.org/library/drmath/view/70646.html"
DRM_59177 = "http://mathforum.org/library/drmath/view/59177.html"
DRM_57140 = "http://mathforum.org/library/drmath/view/57140.html"
YAH = "answers.yahoo.com"
YAH_E = "https://answers.yahoo.com/question/index?qid=20190817113729AAAKSJf"
DLA = "community.deeplearning.ai"
DLA_E = "https://community.deeplearning.ai/t/e-notation-e-g-1e-3/251526"
# sources of bench/equiv_fresh107_b2.py
MAS = "help.pearsoncmg.com"
MAS_EM = "https://help.pearsoncmg.com/mastering/student/mplus/TopicsStudent/entering_math.htm"
WA = "www.webassign.net"
WA_SFQ = (
    "https://www.webassign.net/manual/instructor_guide/webassign/"
    "t_i_checking_significant_figures_numerical_questions.htm"
)
WA_SFA = (
    "http://www.webassign.net/manual/instructor_guide/"
    "t_i_setting_significant_figure_checking_options_for_assignments.htm"
)
WA_NUM = (
    "http://www.webassign.net/manual/instructor_guide/"
    "c_i_creating_questions_numerical_answer_dependant.htm"
)
ATW = "allthetimeworld.com"
ATW_SN = "https://allthetimeworld.com/computer-concepts/numbers/scientific.php"
E2 = "everything2.com"
E2_SN = "https://everything2.com/title/scientific+notation"
MPC = "math-physics-calc.com"
MPC_SN = "https://math-physics-calc.com/scientific-notation-to-decimal-conversion-calculator"
WYZ = "www.wyzant.com"
WYZ_5537 = "https://www.wyzant.com/resources/answers/5537/3_2_x_10_4"
BAR = "www.bartleby.com"
BAR_EN = (
    "https://www.bartleby.com/questions-and-answers/"
    "math-practice-when-we-deal-with-really-big-numbers-we-often-use-scientific-or-engineering-"
    "notation.-/b472a8c6-fe0a-40f4-a356-010f4499ac23"
)

CASES = [
    # cardifftutorcompany.co.uk standard form test: multiple choice, the marked ANSWER is the gold
    # and the other options are refused (wrong power of ten, or a first factor outside 1 to 10)
    _c(
        CTC,
        CTC_SF,
        gold=r"7.42 \times 10^5",
        pred=r"7.42 \times 10^6",
        wrap=True,
        expected=False,
        why="Q1(b) 742000 in standard form: 'ANSWER: B: 7.42 \\times 10^5'; option C refused",
    ),
    _c(
        CTC,
        CTC_SF,
        gold=r"6.8 \times 10^{-2}",
        pred=r"6.8 \times 10^{-1}",
        wrap=True,
        expected=False,
        why="Q2(b) 0.068 in standard form: 'ANSWER: D: 6.8 \\times 10^{-2}'; option A refused",
    ),
    _c(
        CTC,
        CTC_SF,
        gold=r"6.8 \times 10^{-2}",
        pred=r"6.8 \times 10^{-3}",
        wrap=True,
        expected=False,
        why="Q2(b) 0.068 in standard form: 'ANSWER: D: 6.8 \\times 10^{-2}'; option B refused",
    ),
    _c(
        CTC,
        CTC_SF,
        gold=r"5.4 \times 10^{8}",
        pred=r"5.4 \times 10^{7}",
        wrap=True,
        expected=False,
        why="Q2(c) (6 \\times 10^3) \\times (9 \\times 10^4) in standard form: 'ANSWER: B: 5.4 \\times 10^{8}'; option C refused",
    ),
    # tutoringsanjose.net ?p=446: a power of 2.3 is not 2.3 times a power of ten; a conversion
    _c(
        TSJ,
        TSJ_446,
        gold=r"2.3 x 10^{4}",
        pred=r"(2.3)^{4}",
        wrap=True,
        expected=False,
        why="'Note that a number like (2.3)^{4} is not in scientific notation! It is not the same number as 2.3 x 10^{4}.'",
    ),
    _c(
        TSJ,
        TSJ_446,
        gold=r"5.71 x 10^{-6}",
        pred=r"0.00000571",
        wrap=True,
        expected=True,
        why="'an answer like 0.00000571 ... the calculator tells you the number is 5.71 x 10^{-6}'",
    ),
    # freemathhelp thread 111188: which rewriting of 5.42 X 10^5 is right (HallsofIvy's reply)
    _c(
        FMH,
        FMH_542,
        gold=r"5.42 X 10^5",
        pred=r"542000. X 10^0",
        wrap=True,
        expected=True,
        why="HallsofIvy: '... 542000. That is the same as 542000\\times 1= 542000\\times 10^0' (option 2)",
    ),
    _c(
        FMH,
        FMH_542,
        gold=r"5.42 X 10^5",
        pred=r"542000. X 10^1",
        wrap=True,
        expected=False,
        why="asked 'Please tell me which one is correct 1. 542000. X 10^1 2. 542000. X 10^0'; the reply picks 542000\\times 10^0",
    ),
    _c(
        FMH,
        FMH_542,
        gold=r"5.42 X 10^5",
        pred=r"542000",
        wrap=True,
        expected=True,
        why="HallsofIvy: '5.42\\times 10^5= 5.42\\times 100000 ... three more places is 542000'",
    ),
    # mathforum Dr. Math 70646: 0.099 correct to 1 significant figure
    # mathforum Dr. Math 59177: 125678.098 in scientific notation; the shifted forms are refused
    # mathforum Dr. Math 57140: what 'e+' on a calculator means
    _c(
        DRM,
        DRM_57140,
        gold=r"15,241,578,750,190,000",
        pred=r"1.524157875019e+16",
        wrap=True,
        expected=True,
        why="Doctor Peterson: '1.524157875019e+16 = 15,241,578,750,190,000'",
    ),
    _c(
        DRM,
        DRM_57140,
        gold=r"0.00000000810000007371",
        pred=r"8.10000007371e-9",
        wrap=True,
        expected=True,
        why="Doctor Peterson: '8.10000007371e-9 = 0.00000000810000007371'",
    ),
    # answers.yahoo.com 20190817113729AAAKSJf: the printed E form of 100
    _c(
        YAH,
        YAH_E,
        gold=r"100",
        pred=r"1.E+02",
        wrap=True,
        expected=True,
        why="best answer: 'that's where the + and 0 come from 1.E+02 ... 1E2 as meaning the same thing: 1 times 10 to the 2nd power, or 100'",
    ),
    _c(
        YAH,
        YAH_E,
        gold=r"100",
        pred=r"1E2",
        wrap=True,
        expected=True,
        why="best answer: 'would accept 1E2 as meaning the same thing: 1 times 10 to the 2nd power, or 100'",
    ),
    # community.deeplearning.ai 251526: e notation in program output
    _c(
        DLA,
        DLA_E,
        gold=r"5x10^4",
        pred=r"5e4",
        wrap=True,
        expected=True,
        why="'The e is actually scientific notation for 10^n. So 5e4 means 5x10^4.'",
    ),
    _c(
        DLA,
        DLA_E,
        gold=r"3240",
        pred=r"3.24e+03",
        wrap=True,
        expected=True,
        why="'For example, `3.24e+03` is equal to `3240`'",
    ),
]
