r"""A ninety-third fresh set of answer-equivalence cases (evaluation only; helper "b": counting and
probability answers -- binomial coefficients written C(10,3), \binom{n}{k}, {n \choose k}, 11C2 or
c(4,2) against their values and against permutations, factorials against their products and values,
probabilities as fractions, unreduced fractions, decimals, percentages and odds, expected values,
and answers left as unsimplified sums or products -- where an answer key, a teacher's given
solution or grading note, a worked solution or a Q&A thread settles which forms are the same answer
and which are not).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/ and checked against /work/wt/fresh*_claims/claims.txt; each page was claimed
in /work/wt/fresh93_claims/claims.txt before use). Each case gives the reference answer (``gold``),
the prediction (``pred``: another form the page gives as the same answer, or a form the page
refuses) and the verdict (``expected``) settled on the page, with no one on the page contradicting
it. ``repo`` is the domain of the stored copy and ``where`` its full URL. There is no commit; every
source is a web page with no licence file. Only the text the search tool returned for a page (its
excerpts) was read. Do not tune the judge on these cases. Continued in bench/equiv_fresh93_b2.py
(same rules; its sources are listed below too).

Transcription: strings are copied as the stored page shows them. Math delimiters are dropped and
what is inside kept: ``$...$`` and ``\(...\)`` (LaTeX kept as LaTeX, with the page's spacing and
braces, e.g. "\frac{{19}}{6}", "\frac 34", "{n \choose 3} +{n \choose 2}"), and socratic's AsciiMath
``#...#`` (kept as AsciiMath, e.g. "(10!)/((3!)(7!))", "5/6 * 2/3"). Lead-ins such as "P =",
"C(10,3) =", "E(X) =" or "\text{ } =" are dropped. Where a page evaluates a chain "A = B = C", the
value it ends on (or the one the question asks for) is the gold and an earlier member the pred; where
a key joins forms with "or", the first is the gold. Unicode is kept ("¼", "×"), and so are the
thousands commas of "5,040" and "3,628,800". Every pred is a bare answer (``wrap`` True) except one
student sentence in part 2, which is read as written (``wrap`` False).

Sources (domain, URL, what is settled; all "web page, no licence file"):

- answer.ya.guru 270696 ("Which of the following is equal to C(10,3)? a. C(3,10) b. C(10,7) c.
  P(10,3)"; a worked answer: "C(10,3)=120", "Hence, C(10,7) is equal to C(10,3)", "P(10,3)=720 ...
  option c is incorrect", C(3,10) needs a factorial of a negative number, "option a is incorrect").
  4 cases (2 False).
- socratic.org "your dog has 10 puppies and you are going to keep 3" (answer 120;
  "C_(10,3)=(10!)/((3)!(10-3)!)=(10!)/((3!)(7!))"). 2 cases.
- library.tis.today IB question bank, DP Mathematics HL 128213 (Nov 2016 paper 1 Q2, die numbered
  1, 2, 2, 4, 4, 6: "E(X) = 1 \times \frac{1}{6} + 2 \times \frac{1}{3} + 4 \times \frac{1}{3} + 6
  \times \frac{1}{6}" (M1), "= \frac{{19}}{6} (= 3\frac{1}{6})" A1). 2 cases.
- glow.fundegar.com "probability of getting at least 2 heads" (a copy of a question-and-answer
  thread: the asker's "\frac 38 +\frac 38 =\frac 68 = \frac 34" against the textbook's 1/2; replies:
  "\dfrac38+\dfrac18=\dfrac12", "\dfrac48=\dfrac12", "\binom{3}{2}\frac{1}{2^3} +
  \binom{3}{3}\frac{1}{2^3} = \frac{1}{2}", "You misread the question"). 4 cases (1 False).
- math.techqa.club 1516800 (write {n \choose 3} +{n \choose 2}+{n \choose 1} without factorials; the
  asker's "n^4 - \frac {3n}{6} + n^2 - \frac n2 + \frac n1"; reply derives "\frac{1}{6}n^3 +
  \frac{5}{6}n" and says "I believe the answer you gave was incorrect"). 3 cases (1 False).
- ask.manytutors.com 117856 (3 books from 12, one computer book: "Required probability = 55/220 =
  ¼", "1/12 × 3 = ¼", "11C2 / 12C3 = 55/220 = ¼"). 3 cases.
- thinkingemporium.com 2017/03/05 "The difference between probability and odds" ("the probability of
  rolling a 3 on a single die is 1/6 or 16.67%. The odds are 1:5"; probability and odds
  "mathematically speaking, they are different"). 2 cases (1 False).
- www.math.fsu.edu ~wooland "Part 1 Module 5: factorials, permutations and combinations" (a course
  module: "0! = 1", "5! = (5)(4)(3)(2)(1) = 120", "7! = ... = 5,040", "10! = (10)(9)...(1) =
  3,628,800", "(4)(3)(2)(1) = 24 ... 4! = 24"). 5 cases.
- www.ics.uci.edu ~stasio fall07 6D hmw6-add (an instructor's grading note: 4-digit pins containing
  a 7 may be answered "10^4 - 9^4" or "4*9^3 + 6*9^2 + 4*9 + 1"; "If you give *either* of the above
  answers ... you are going to get full credit"). 1 case.
- homework.cpm.org CC1 (MN) 7-66 (probability of not drawing a club: "\frac{39}{52} or \frac{3}{4}").
  1 case.

Sources of bench/equiv_fresh93_b2.py:

- imathworks.com "rolling three dice: am I doing this correctly" (the asker's "3 \cdot \left(1
  \cdot\frac{1}{6} \cdot \frac{5}{6}\right)=\frac{5}{12}"; the reply checks it: "\frac{90}{216}=
  \frac{5}{12}"). 2 cases.
- imathworks.com "various probabilities given three dice with different colors" (1, 3 and 5 in any
  colours: the asker's "P=(1/6)^9 but its not the correct answer ... the right answer is
  P=6(1/216)=1/36"). 2 cases (1 False).
- imathworks.com "a red die, a blue die and a yellow die are rolled" (P(B < Y < R): the asker's
  "\frac{5}{9} \cdot \frac{1}{6} = \frac{5}{54}", the reply's "\frac{\binom{6}{3}}{6^3} =
  \frac{20}{216} = \frac{5}{54}"). 3 cases.
- socratic.org "three dice ... a different number on all dice" (answer 5/9; "5/6 * 2/3 = 10/18 =
  5/9", "120/216 = ... = 5/9"). 2 cases.
- socratic.org "a fair die is rolled 3 times ... probability of 2 successes" (answer \frac{5}{72};
  "3 \cdot \frac{5}{6} \frac{1}{6} \frac{1}{6}", "\frac{15}{216}"). 2 cases.
- vhcc2.vhcc.edu, D. Smith's Mth 152 (liberal arts mathematics) query and assignment submissions, each
  with the course's given solution after the student's own answer; nine pages: 10-04-2009
  Assignment_7 (two dice, total greater than 4: "30 / 36 = 5/6 or .833... or 83.33... %"; odds "30
  to 6, which reduces to 5 to 1. These odds can also be expressed as 30 : 6 or 5 : 1"), 10-04-2009
  Assignment_8 (Jack or Queen of Diamonds given a red face card: "2 / 6 = 1/3", "6 / 52 = 3/26",
  "1/26 / ( 3/26) = 1/26 * 26/3 = 1/3"), 06-26-2007 Week_4 (the same question; the student's "1 /
  3", then "Ok."), 07-24-2014 Query_9 (two heads in three flips: "C(3,2) / 2^3 = 3/8"), 07-21-2013
  MTH152-QA9 ("1/6 * 1/6 = 1/36"; "3 * 5/216 = 15/216 = 5/72"), 09-22-2010 Assignment_2 and
  06-10-2009 (query 11.2.12 "find 10! / [ 4! (10-4)! ] without calculator", given solution "5 * 3 *
  2 * 7 = 210"; one student's "3628800/17280 = 210", another's "4940/24 / 25 R4"), 11-06-2013 121
  (exactly two 5's in a hand: the student's "I believe you would multiply 4C2 and 48C3 ...", given
  "C(4,2) * C(48, 3)") and 10-19-2013 Open_QA_6 (two 5's and two 9's: the student's
  "c(4,2)*C(4,2)*44", given "C(4, 2) * C(4, 2) * 44"). 18 cases (1 False).

56 cases in all (7 False): 27 here (5 False), 29 in bench/equiv_fresh93_b2.py (2 False).

Left out, by rule: forms whose fraction or binomial the text conversion flattened (IB question bank
461356 "196 (=316)", 460322 "( 8 4 )", 4783 "(152)×(103)" and "9.49×1018"; the Cambridge 9709
mark scheme copies on fanyv88.com and codestin.com, whose fractions are lost; the
"Probability Key"/"Probability ms" scribd copies, which keep only "oe" and mark columns); chains
where the page's own arithmetic is wrong (nku.edu "P(not ace) = 1- P(ace) = 4/52 = 1/13", used
before anyway; the vhcc2 given solution's "4! * 6! = 24 * 720 = 16480", which is not a case;
socratic's full-house "C_(52,5) =2,598,560"); angermanagement-worksheets.com's flattened key
("10P 6: 10! 6! = 5040"); a teacher's list of wrong permutation solutions on scribd 450382517,
whose questions and correct answers are not stored; students' responses with no single final answer
(vhcc2 10-12-2006 q_a 7-8, "odd number 3/6=0.5 <5 4/6=0.67"); the vhcc2 12.2.15 given solution,
cut off before its value; imathworks' colored-dice part F ("35/36 ... not the correct answer"),
whose correct value is not stored; odds-to-probability statements that are disputed or wrong on
their own page (taylorfrancis "the chance is 1 in 6 or the odds are 6 to 1"; mrdeansmath "1 in 6
means one success for every 6 failures"; studyblog "a 25 percent probability is the same as 3 to 1
odds").

Examined and not used: mathcelebrity 10C3, collegeconfidential 182683 and nku.edu a12 (used by
earlier sets); the mhansen a-priori rubric on 108.181.175.164 (used by bench/equiv_fresh63_a.py);
the cs.rit.edu ARQMath copy of math.stackexchange 2143420 ("\binom{n}{2}=\frac{n(n-1)}{2}", used by
bench/equiv_fresh71_b.py); jeopardylabs g7-chapter-9-mathardy (used before); ams.sunysb.edu
~tucker ams301-2soln (claimed; its note "The right answer for arrangements with at least one LP ...
is 9!/2!2! - 8!/2!2!" corrects only part of a test answer, so the whole answer's gold is not settled;
its other keys differ between Test A and Test B versions); physicsforums 869344 (the asker's 0.210
against "the correct answer is 0.197", no reply stored); gre.myprepclub p29925 ("4C2 is 6. How come
it is 12?", no reply stored); math.techqa.club 722749 and 3576330 (no settled verdict stored);
quesba 1168232 ("one in six" against "odds ... 1 : 6", only the question stored); tutorioo,
mat144.com, clacs-now and winnerswire (generated study or calculator pages); curioustab, vaia,
gauthmath, questionai, smartsolve, solvely, edu.com, mis.kyeop.go.ke, partnerperformance.uonbi and
similar generated or mirrored answer pages; algebra.com and jiskha (excluded by the brief).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

YAG = "answer.ya.guru"
YAG_270696 = (
    "https://answer.ya.guru/questions/270696-which-of-the-following-is-equal-c-103-brbra-c-310"
    "-brbrb-c-107.html"
)
SOC = "socratic.org"
SOC_PUPPIES = (
    "https://socratic.org/questions/your-dog-has-10-puppies-and-you-are-going-to-keep-3-of-them"
    "-how-many-different-g"
)
TIS = "library.tis.today"
TIS_128213 = (
    "https://library.tis.today/QuestionBanks/v4/questionbank.ibo.org/en/teachers/00000/"
    "questionbanks/7-dp-mathematics-hl/questions/128213.html"
)
FUN = "glow.fundegar.com"
FUN_HEADS = "https://glow.fundegar.com/probability-of-getting-at-least-2-heads.html"
TQA = "math.techqa.club"
TQA_1516800 = (
    "https://math.techqa.club/combinatorics-question-id-like-a-thorough-explanation-especially"
    "-the-part-about-multiplying-or-dividing-each-side-and-when-its-ok-to-do-so-1516800"
)
MNT = "ask.manytutors.com"
MNT_117856 = "https://ask.manytutors.com/questions/117856"
TEM = "thinkingemporium.com"
TEM_ODDS = "https://thinkingemporium.com/2017/03/05/the-difference-between-probability-and-odds/"
FSU = "www.math.fsu.edu"
FSU_MOD5 = "https://www.math.fsu.edu/~wooland/hm2ed/Part1Module5/Part1Module5.html"
UCI = "www.ics.uci.edu"
UCI_HMW6 = "http://www.ics.uci.edu/~stasio/fall07/6D/hmw6-add.htm"
CPM = "homework.cpm.org"
CPM_766 = "https://homework.cpm.org/category/MN/textbook/cc1mn/chapter/7/lesson/7.1.6/problem/7-66"
# sources of bench/equiv_fresh93_b2.py
IMW = "imathworks.com"
IMW_3DICE = "https://imathworks.com/math/math-rolling-three-dice-am-i-doing-this-correctly"
IMW_COLORS = (
    "https://imathworks.com/math/math-various-probabilities-given-three-dice-with-different-colors"
)
IMW_RBY = (
    "https://imathworks.com/math/math-probabilities-a-red-die-a-blue-die-and-a-yellow-die-all"
    "-six-sided-are-rolled"
)
SOC_DIFF = (
    "https://socratic.org/questions/you-have-three-dice-one-red-r-one-green-g-and-one-blue-b"
    "-when-all-three-dice-are-6"
)
SOC_2SUCC = (
    "https://socratic.org/questions/a-fair-die-is-rolled-3-times-a-4-is-considered-success"
    "-while-all-other-outcomes-"
)
VHCC = "vhcc2.vhcc.edu"
_VH = "https://vhcc2.vhcc.edu/dsmith/genInfo/labrynth_created_fall_05/"
_VHL = "https://vhcc2.vhcc.edu/dsmith/geninfo/labrynth_created_fall_05/"
VHCC_A7 = _VH + "levl1_08/levl2_17/10-04-2009_____Assignment_7.htm"
VHCC_A8 = _VH + "levl1_08/levl2_17/10-04-2009_____Assignment_8.htm"
VHCC_W4 = _VH + "levl1_08/levl2_83/06-26-2007_____Week_4.htm"
VHCC_Q9 = _VH + "levl1_08/levl2_38/07-24-2014_____Query_9.htm"
VHCC_QA9 = _VH + "levl1_15/levl2_20/07-21-2013_____MTH152-QA9.htm"
VHCC_A2 = _VH + "levl1_14/levl2_26/09-22-2010_____Assignment_2.htm"
VHCC_0610 = _VHL + "levl1_12/levl2_58/06-10-2009_____.htm"
VHCC_121 = _VHL + "levl1_11/levl2_89/11-06-2013_____121.htm"
VHCC_OQA6 = _VH + "levl1_04/levl2_21/10-19-2013_____Open_QA_6.htm"

CASES = [
    # answer.ya.guru 270696: which is equal to C(10,3)? C(10,7) yes; P(10,3) and C(3,10) no
    _c(
        YAG,
        YAG_270696,
        gold=r"C(10,3)",
        pred=r"C(10,7)",
        wrap=True,
        expected=True,
        why="'C(10,7)=120' ... 'Hence, C(10,7) is equal to C(10,3). Hence, option b is correct.'",
    ),
    _c(
        YAG,
        YAG_270696,
        gold=r"C(10,3)",
        pred=r"P(10,3)",
        wrap=True,
        expected=False,
        why="'P(10,3)=720' against 'C(10,3)=120': 'Hence, option c is incorrect.'",
    ),
    _c(
        YAG,
        YAG_270696,
        gold=r"C(10,3)",
        pred=r"C(3,10)",
        wrap=True,
        expected=False,
        why="C(3,10) needs (-7)!: 'factorial of negative number does not exist ... option a is "
        "incorrect.'",
    ),
    _c(
        YAG,
        YAG_270696,
        gold=r"120",
        pred=r"C(10,3)",
        wrap=True,
        expected=True,
        why="'C(10,3)=\\dfrac{10!}{3!\\times (10-3)!} ... C(10,3)=120'",
    ),
    # socratic: keep 3 of 10 puppies, 120 groups
    _c(
        SOC,
        SOC_PUPPIES,
        gold=r"120",
        pred=r"C_(10,3)",
        wrap=True,
        expected=True,
        why="answer '120'; 'C_(10,3)=(10!)/((3)!(10-3)!) ... =5xx3xx8=120'",
    ),
    _c(
        SOC,
        SOC_PUPPIES,
        gold=r"120",
        pred=r"(10!)/((3!)(7!))",
        wrap=True,
        expected=True,
        why="'C_(10,3)=(10!)/((3)!(10-3)!)=(10!)/((3!)(7!))=> ... =120'",
    ),
    # IB HL 128213: expected score of a die numbered 1, 2, 2, 4, 4, 6
    _c(
        TIS,
        TIS_128213,
        gold=r"\frac{{19}}{6}",
        pred=r"3\frac{1}{6}",
        wrap=True,
        expected=True,
        why="markscheme: '= \\frac{{19}}{6}{\\text{ }}\\left( { = 3\\frac{1}{6}} \\right)' A1",
    ),
    _c(
        TIS,
        TIS_128213,
        gold=r"\frac{{19}}{6}",
        pred=r"1 \times \frac{1}{6} + 2 \times \frac{1}{3} + 4 \times \frac{1}{3} + 6 \times "
        r"\frac{1}{6}",
        wrap=True,
        expected=True,
        why="markscheme: 'E(X) = 1 \\times \\frac{1}{6} + ... + 6 \\times \\frac{1}{6}' (M1) "
        "'= \\frac{{19}}{6}' A1",
    ),
    # glow.fundegar: at least two heads in three tosses is 1/2, not the asker's 3/4
    _c(
        FUN,
        FUN_HEADS,
        gold=r"\dfrac12",
        pred=r"\frac 34",
        wrap=True,
        expected=False,
        why="asker's '\\frac 38 +\\frac 38 =\\frac 68 = \\frac 34', book gives 1/2; reply: 'You "
        "misread the question' ... '=\\dfrac12'",
    ),
    _c(
        FUN,
        FUN_HEADS,
        gold=r"\dfrac12",
        pred=r"\dfrac38+\dfrac18",
        wrap=True,
        expected=True,
        why="Option #1: 'the probability of getting at least 2 heads is "
        "$\\dfrac38+\\dfrac18=\\dfrac12$'",
    ),
    _c(
        FUN,
        FUN_HEADS,
        gold=r"\dfrac12",
        pred=r"\dfrac48",
        wrap=True,
        expected=True,
        why="Option #2: 'Hence the probability of getting at least 2 heads is "
        "$\\dfrac48=\\dfrac12$'",
    ),
    _c(
        FUN,
        FUN_HEADS,
        gold=r"\dfrac12",
        pred=r"\binom{3}{2}\frac{1}{2^3} + \binom{3}{3}\frac{1}{2^3}",
        wrap=True,
        expected=True,
        why="'P(X\\ge 2) = ... = \\binom{3}{2}\\frac{1}{2^3} + \\binom{3}{3}\\frac{1}{2^3} = "
        "\\frac{1}{2}'",
    ),
    # math.techqa.club 1516800: nC3 + nC2 + nC1 without factorials
    _c(
        TQA,
        TQA_1516800,
        gold=r"\frac{1}{6}n^3 + \frac{5}{6}n",
        pred=r"n^4 - \frac {3n}{6} + n^2 - \frac n2 + \frac n1",
        wrap=True,
        expected=False,
        why="asker's answer; reply derives '\\frac{1}{6}n^3 + \\frac{5}{6}n': 'I believe the "
        "answer you gave was incorrect.'",
    ),
    _c(
        TQA,
        TQA_1516800,
        gold=r"\frac{1}{6}n^3 + \frac{5}{6}n",
        pred=r"{n \choose 3} +{n \choose 2}+{n \choose 1}",
        wrap=True,
        expected=True,
        why="the posed expression; reply: '\\binom{n}{3} + \\binom{n}{2} + \\binom{n}{1} = ... = "
        "\\frac{1}{6}n^3 + \\frac{5}{6}n'",
    ),
    _c(
        TQA,
        TQA_1516800,
        gold=r"\frac{1}{6}n^3 + \frac{5}{6}n",
        pred=r"\frac{1}{6}n(n-1)(n-2) + \frac{1}{2}n(n-1) + n",
        wrap=True,
        expected=True,
        why="reply's chain: '&= \\frac{1}{6}n(n-1)(n-2) + \\frac{1}{2}n(n-1) + n ... &= "
        "\\frac{1}{6}n^3 + \\frac{5}{6}n'",
    ),
    # ask.manytutors 117856: the computer book among 3 of 12
    _c(
        MNT,
        MNT_117856,
        gold=r"¼",
        pred=r"55/220",
        wrap=True,
        expected=True,
        why="'Required probability = 55/220 = ¼'",
    ),
    _c(
        MNT,
        MNT_117856,
        gold=r"¼",
        pred=r"11C2 / 12C3",
        wrap=True,
        expected=True,
        why="'11C2 / 12C3 = 55/220 = ¼'",
    ),
    _c(
        MNT,
        MNT_117856,
        gold=r"¼",
        pred=r"1/12 × 3",
        wrap=True,
        expected=True,
        why="one book at a time: 'This can be summarised as : 1/12 × 3 = ¼'",
    ),
    # thinkingemporium: P(3 on a die) is 1/6 or 16.67%; the odds 1:5 are a different thing
    _c(
        TEM,
        TEM_ODDS,
        gold=r"1/6",
        pred=r"16.67%",
        wrap=True,
        expected=True,
        why="'the probability of rolling a 3 on a single die is 1/6 or 16.67%'",
    ),
    _c(
        TEM,
        TEM_ODDS,
        gold=r"1/6",
        pred=r"1:5",
        wrap=True,
        expected=False,
        why="'The odds are 1:5', not the probability 1/6: probability and odds 'mathematically "
        "speaking, they are different'",
    ),
    # math.fsu.edu Part 1 Module 5: factorial values
    _c(
        FSU,
        FSU_MOD5,
        gold=r"1",
        pred=r"0!",
        wrap=True,
        expected=True,
        why="'Also, 0! = 1' (table: '0! = 1')",
    ),
    _c(
        FSU,
        FSU_MOD5,
        gold=r"120",
        pred=r"5!",
        wrap=True,
        expected=True,
        why="'5! = (5)(4)(3)(2)(1) = 120'",
    ),
    _c(
        FSU,
        FSU_MOD5,
        gold=r"5,040",
        pred=r"7!",
        wrap=True,
        expected=True,
        why="'7! = (7)(6)(5)(4)(3)(2)(1) = 5,040'",
    ),
    _c(
        FSU,
        FSU_MOD5,
        gold=r"3,628,800",
        pred=r"(10)(9)(8)(7)(6)(5)(4)(3)(2)(1)",
        wrap=True,
        expected=True,
        why="'10! = (10)(9)(8)(7)(6)(5)(4)(3)(2)(1) = 3,628,800'",
    ),
    _c(
        FSU,
        FSU_MOD5,
        gold=r"24",
        pred=r"4!",
        wrap=True,
        expected=True,
        why="Example 1.5.1: '(4)(3)(2)(1) = 24' ... 'the number of ways to arrange 4 things is "
        "4! 4! = 24'",
    ),
    # ics.uci.edu hmw6-add: two abstract forms both get full credit
    _c(
        UCI,
        UCI_HMW6,
        gold=r"10^4 - 9^4",
        pred=r"4*9^3 + 6*9^2 + 4*9 + 1",
        wrap=True,
        expected=True,
        why="4-digit pins containing a 7: 'If you give *either* of the above answers ... you are "
        "going to get full credit.'",
    ),
    # homework.cpm.org 7-66: probability of not drawing a club
    _c(
        CPM,
        CPM_766,
        gold=r"\frac{39}{52}",
        pred=r"\frac{3}{4}",
        wrap=True,
        expected=True,
        why="'What is the probability that she will not draw a club?' ... '$\\frac{39}{52}$ or "
        "$\\frac{3}{4}$'",
    ),
]
