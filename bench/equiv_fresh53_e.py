r"""A fifty-third fresh set of answer-equivalence cases (evaluation only; helper "e":
domains, ranges and solution sets of inequalities written as inequalities, interval notation,
set-builder notation, words, unions and intersections of intervals, "all real numbers" / R,
"no solution" / the empty set, excluded points, where a teacher, tutor, answerer, answer key,
online-homework help page or mark scheme settles whether two forms are the same set).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; none of the pages was used by an earlier set (each URL or page id was grepped in
bench/, which holds bench/data/README.md, bench/equiv_issues_*.py, the docstrings of
bench/equiv_fresh*.py and bench/data/equiv_fresh4.md, and checked against the claims folders
/work/wt/fresh2*_claims ... fresh52_claims; each page was claimed in /work/wt/fresh53_claims before
use). Each case gives the reference answer (``gold``), the prediction (``pred``: another form the
page equates with it, or a form the page refuses; always a bare answer to be put in ``\boxed{}``,
so ``wrap`` is always True) and the verdict (``expected``) settled on the page, with no one on the
page contradicting it. ``repo`` is the domain of the stored copy and ``where`` its full URL. There
is no commit; every source is a web page with no licence file. Only the text the search tool
returned for a page (its excerpt) was read. Do not tune the judge on these cases.
Continued in bench/equiv_fresh53_e2.py (same rules; its sources are listed below too).

Transcription: strings are copied as the stored excerpt shows them, with the page's own symbols
(U+2212 minus signs, en dashes in the mark schemes, ``⋃`` for union, ``Inf`` / ``infinity`` /
``inf`` / ``oo``-free spellings of infinity, LaTeX such as ``\left( { - \infty ,3} \right)``, and
``{ }`` used as grouping brackets on laurashears.info). Where a page converts a given form (the
exercise's inequality, phrase or set expression) into its answer, the answer is the gold and the
given form the prediction. A mark scheme's partial-credit forms (``B1 for ...`` of two marks, or a
special case) are False cases against the full-mark answer.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- www.chilimath.com "interval notation practice problems with answers" (20 exercises and their
  answers: inequality -> interval, phrase -> interval, e.g. ``x \ne 0`` -> the union of two open
  rays, "all real numbers that are less than 3 units from 0" -> (-3, 3)). 20 cases. (The same text
  is copied without attribution on en.moicapnhap.com and dodgerocksgasmonkey.com; the original was
  used.)
- www.laurashears.info math121 "Simplifying Interval Notation" problem sheet (a teacher's 12
  unions / intersections of intervals and their simplified solutions, e.g. ``(3, 5)∩(5, 7]`` = Ø,
  ``{(4, 7]∪(3, 6)}∩[7, 8)`` = {7}). 11 cases.
- webwork.math.ucdavis.edu WeBWorK help file "Using Interval Notation" (R is equivalent to
  (-Inf, Inf); R-{3} and (-Inf, 3)U(3,Inf) "are the same"; [1,10)-{3,4} "is the same as"
  [1,3)U(3,4)U(4,10)). 3 cases.
- wwrenderer.libretexts.org render of ASU-topics setIntroduction_to_WeBWorK ``mat106prob3.pg``
  (the order of a union does not matter; the order of a list does not matter and "2 ^ 2, 1 ^ 2,
  3 ^ 2" may be entered; "the real numbers greater than 3" are entered as (3, infinity)). 4 cases.
- askanewquestion.com 232433 (the answerer: write (-infinity,3) U (3, infinity), "saying that x < 3
  or x > 3"; closing the brackets at 3 would include 3). 2 cases (1 False).
- mathhelpforum.com 12760 (domain "all real x where x not=3 or {all x| x not=3} or
  (-infinity,3)U(3,infinity)"). 2 cases.
- indextestingapp.uonbi.ac.ke preguntia 29115555 ("Domain:x<3,x>3", interval notation
  ``(-\infty,3)\cup(3,\infty)``, "the domain is (-∞,3) U (3, ∞)"). 2 cases.
- qammunity.org 21192513 (the three pieces of a domain "in inequality and interval forms":
  -∞ < x < 0 (-∞, 0), 0 < x < 3 (0, 3), 3 < x < ∞ (3, ∞)). 3 cases.
- qammunity.org 11638035 (x ≠ 0 "in interval notation (-∞, 0)⋃(0, ∞)", "Inequality notation: x < 0
  or x > 0"; the same for x ≠ 3). 4 cases.
- answer.ya.guru 9166669 ("x ≠ 3" ... "The domain is all real numbers except x=3"). 1 case.
- www.wyzant.com 883596 (a tutor: "Domain: (−∞,∞),{x|x∈R}", "Range: (−∞,∞),{y|y∈R}"). 2 cases.
- qammunity.org 10341412 (|x-3| < 5: "Solution: -2<x<8, Interval Notation: (-2, 8)"; "x>-2 and
  x<8", "Merging overlapping intervals -2<x<8"). 2 cases.
- scribd.com 685337240 (PhysicsAndMathsTutor "Edexcel Maths GCSE - Solving Inequalities (FH)" mark
  scheme: "B2 for –3, –2, –1, 0, 1 (B1 for –2, –1, 0, 1 or –2, –1, 0, 1, 2)"; "B2 for –1 < x ≤ 3
  (B1 for –1 ≤ x ≤ 3 or –1 < x < 3"; "A1 for x < 2 ... SC: B1 for x = 2 with no working. But 2 on
  the answer line with no working gets no marks"). 6 cases (all False).
- scribd.com 731580736 (PhysicsAndMathsTutor "Solving Inequalities (H)" mark scheme: "A1 t < 5.5
  oe (B1 for t = 5.5 or t > 5.5 or 5.5 or t ≤ 5.5 or t ≥ 5.5 on the answer line)"). 5 cases (all
  False).

Sources of bench/equiv_fresh53_e2.py:

- anonyproxies.com copy of scribd.com document 623144373 "CRW 1 Functions markScheme" (Q4 range
  "f>9 B1 Allow y but not x"). 2 cases (1 False).
- vdocuments.site PhysicsAndMathsTutor C3 (6665) January 2011 mark scheme (Q6(b) "Range of g is
  -9≤ g(x)≤ 4 or -9≤ y ≤ 4 Correct Range B1"). 1 case.
- www.enotes.com 244971 (x^2 - x - 6 > 0: "x = ( 3, inf ) n (-2, inf) = (3,inf)", "x = ( -inf, 3) n
  ( -inf , -2) = ( -inf, -2)"). 2 cases.
- petfoodhonesty.com responto 8707174 (a Brainly mirror: "Domain: Set of all real numbers", in
  set-builder notation ``\left\{x|x\in\mathbb{R}\right\}``, in interval notation
  ``\left(-\infty, \infty\right)``). 2 cases.
- www.gradesaver.com Intermediate Algebra for College Students 7e, 1.4 concept check p.50 #7
  ("The solution set can be expressed as $\emptyset$ or $\left\{\right\}$"). 1 case.
- www.gradesaver.com Elementary and Intermediate Algebra 6e, 7.2 p.458 #31 ("Domain =
  $\{x\in \mathbb{R}\ |\ x\geq 0\}$, or $[0,\infty)$", the same for the range). 2 cases.
- math.hlasnet.com math109 handout "Interval notations" ("Each row of the table has equivalent
  expressions": -1 ≤ x < 10, { x | -1 ≤ x < 10}, [-1, 10)). 2 cases.
- app.mathacademy.us topic 458 "unions of intervals" (worked examples: x < 4 or x \ge 10 as
  (-\infty, 4) \:{\cup}\: [10, \infty); \left(-\infty, -1 \right) \cup [2, \infty) as
  x < -1 \text{ or } x \geq 2). 2 cases.
- qammunity.org 18332638 ("x < -3 which converts to (-∞, -3)", "x ≥ 1 which converts to [1, ∞)",
  "Think of x ≥ 1 as 1 ≤ x"). 3 cases.
- vvhen.is transcript f8TtXICERQ8 (a teacher's video on identities: "all real solutions all real
  numbers infinitely many solutions however you want to say it that would be the answer", "you
  could say infinitely many you could say ... infinite number of solutions any one of those would
  work"). 3 cases.
- mathproofaday.blogspot.com 2009/03 "equations of null and infinite" ("the equation resolves to
  the empty set and that there is no solution"; "the set of all reals, often notated as R").
  2 cases.
- moodlehub.ca page 64947 ("Compare your answers": the domain and range of two graphs in
  interval notation and in words, e.g. "Range: (−3,+∞)" and "The set of all y such that y is greater
  than −3, and y is a Real Number"; "Range: y > − 3"). 5 cases.
- slideplayer.com 9666278 (teacher slides: the same graphs' domain and range as "D: -5 ≤ x ≤ 3
  R: -3 ≤ y ≤ 4" and "D: [-5, 3] R: [-3, 4]"; "D: -8 ≤ x R: y ≤ 4" and "D: [-8, ∞) R: (- ∞ , 4]").
  4 cases.
- qammunity.org 9532540 ("(-∞ , -1) ∪ [ 2 , +∞)": "interval notation for all numbers except those
  that are at least -1 and less than 2"; the pieces "-∞ < x < -1" and "2 ≤ x < +∞"). 3 cases.
- web2.0calc.com "write the interval of points that are less than -4" (an answerer: "x < -4",
  "x ∈ (−∞, −4)", "Answer: 1. (−∞, −4) 2. [−5, −1) ∪ (−1, 2)"). 3 cases.
- openstudy.com 4f18c3eee4b04992dd21c4ca ("x<-2 or x≥5", an answerer: "$(-\infty,-2)U[5,\infty)$
  ... U means union. U also means OR"). 1 case.

Left out, by rule: form policies that are not about the set (the WeBWorK help file's "[2,4]U[3,5]"
not taken as [2,5] because answers must be in simplest form; WeBWorK's "{ }" for the empty set,
named but given in one form only); marking leniency that accepts a different set (scribd.com
589685785's "x < –1 and x > 4 ... allow ≤ and /or ≥, 4 < x < –1 ok"); partial credit with no
binary verdict on a form (scribd 685337240's "B1 for 4 correct"); problem statements that are
conditions rather than a second form of the answer (laurashears.info part B); "identity" in the
vvhen.is transcript (a name for the equation, not its solution set); the web2.0calc "from -5 to 2
but excluding -1 and 2" prompt (a description, not an answer form); pages where an answer is
printed once only (qammunity 1852268, gradesaver Precalculus 6e p.149 #21, byjus x^2 - x - 6 > 0,
invlad.ru 26909943).

Errors on the page, skipped: laurashears.info A.8 ("(4, 7)∪{[7, 8)∩(3, 6)}" answered "(4, 7]",
but [7, 8)∩(3, 6) is empty); math.hlasnet.com row #2 ("x ≤ 5 or x > 1" beside
"(-∞, -5] ∪ (1, ∞)"); askanewquestion 2748368 (the matching key 1. a ... is wrong and the answer
is not stored); wyzant 597314 (D ∩ E = {3, 4, 5}); socratic's (-∞, -3) U (-3, ∞) "x < - 3 AND
x > - 3" (and socratic is a site to avoid).

Lost formulas, skipped and never rebuilt: qammunity 13040299 (the three set notations are blank),
qammunity 21192513's final union (its answer line is blank), the glk12.org Moodle book (symbols
turned to "?"), sowiso (``\ivoo`` macros), IB questionbank mark schemes on library.tis.today and
info.5y1.org, CIE functions mark schemes on id.scribd.com 411197528 ("–5 Y f(x) Y 4"),
mathhelpforum 73794 and 177280, the mat106prob3 interval "[ log(100), 2**2 + 1)" (its target
interval is lost), freemathhelp 43964 (a piecewise form of |x - 2| in doubled MathJax text).

Examined and not used: a.simonm.io mark schemes (LLM-transcribed, as earlier sets found);
smartsolve, gauthmath, questionai, math.bot, mysovi, edu.com, vaia, pearson channels "Verified
step by step guidance", guidefoot, qeeebo, heatherhuttca, loctronix, monithon, sorumatik,
senseofstudy and gradora pages (machine-written); huggingface.co Nemotron-CC-Math pages (rewritten
dataset pages); physicsforums 418188 (its stored text is a machine summary) and 510926 (hints, no
answers); mcqmojo and senore quizzes (no key); algebra.com, jiskha, socratic and math.techqa.club
pages (sites to avoid); jwbales.us precal exercise 1.4.1 (claimed; "x cannot equal 3" is prose,
not a second form of the answer); help.varsitylearning.com (an earlier set's source).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c


def _w(repo: str, where: str, gold: str, pred: str, ok: bool, why: str) -> dict[str, object]:
    return _c(repo, where, gold=gold, pred=pred, wrap=True, expected=ok, why=why)


CM = "www.chilimath.com"
CM_URL = (
    "https://www.chilimath.com/lessons/intermediate-algebra/"
    "interval-notation-practice-problems-with-answers/"
)
LS = "www.laurashears.info"
LS_URL = "http://www.laurashears.info/math121/problem_sheets/unit2/IntNot_SmpIneqltys.htm"
WW = "webwork.math.ucdavis.edu"
WW_URL = "http://webwork.math.ucdavis.edu/webwork2_files/helpFiles/IntervalNotation.html"
WR = "wwrenderer.libretexts.org"
WR_URL = (
    "https://wwrenderer.libretexts.org/render-api?sourceFilePath=Library/ASU-topics/"
    "setIntroduction_to_WeBWorK/mat106prob3.pg&problemSeed=1234567&courseID=anonymous"
    "&userID=anonymous&course_password=anonymous&answersSubmitted=0&showSummary=1"
    "&displayMode=MathJax&language=en&outputFormat=nosubmit"
)
AQ = "askanewquestion.com"
AQ_URL = (
    "https://askanewquestion.com/questions/"
    "i-know-what-the-answer-is-just-not-how-to-exopress-it-can-someone/232433"
)
MHF = "mathhelpforum.com"
MHF_URL = "http://mathhelpforum.com/pre-calculus/12760-domain-function.html"
IT = "indextestingapp.uonbi.ac.ke"
IT_URL = "https://indextestingapp.uonbi.ac.ke/preguntia/29115555"
QA = "qammunity.org"
QA_21192513 = "https://qammunity.org/21192513"
QA_11638035 = "https://qammunity.org/11638035"
QA_10341412 = "https://qammunity.org/10341412"
YG = "answer.ya.guru"
YG_URL = "https://answer.ya.guru/questions/9166669-if-the-composition-of-two-functions-is.html"
WY = "www.wyzant.com"
WY_URL = (
    "https://www.wyzant.com/resources/answers/883596/"
    "provide-a-suitable-domain-and-range-to-complete-the-definition-of-each-func"
)
SC = "scribd.com"
SC_FH = "https://scribd.com/document/685337240/Solving-Inequalities-FH"
SC_H = "https://scribd.com/document/731580736/Solving-Inequalities-H-unlocked"

_CHILI = [
    # Part 1: write each inequality as an interval notation (gold = the answer).
    (r"\left( { - \infty ,3} \right)", r"x < 3", "part 1 #1"),
    (r"\left[ { - 7,\infty } \right)", r"x \ge - 7", "part 1 #2"),
    (r"\left( { - 1,5} \right]", r"- 1 < x \le 5", "part 1 #3"),
    (r"\left( { - \infty ,0} \right)", r"x < 0", "part 1 #4"),
    (r"\left[ {2,6} \right]", r"2 \le x \le 6", "part 1 #5"),
    (r"\left[ {1,\infty } \right)", r"x \ge 1", "part 1 #6"),
    (r"\left( { - 10,0} \right)", r"- 10 < x < 0", "part 1 #7"),
    (r"\left( {{1 \over 2},\infty } \right)", r"\large{x > {1 \over 2}}", "part 1 #8"),
    (r"\left( { - 4,4} \right)", r"\left| x \right| < 4", "part 1 #9"),
    (
        r"\left( { - \infty ,0} \right) \cup \left( {0,\infty } \right)",
        r"x \ne 0",
        "part 1 #10",
    ),
    # Part 2: express each phrase as an interval notation.
    (r"\left( {17,\infty } \right)", r"all real numbers greater than 17", "part 2 #1"),
    (
        r"\left( { - \infty , - 2} \right]",
        r"all real numbers less than or equal to -2",
        "part 2 #2",
    ),
    (
        r"\left[ { - 3,2} \right)",
        r"all real numbers between -3 and 2, including -3 but not including 2",
        "part 2 #3",
    ),
    (r"\left( {0,\infty } \right)", r"all real numbers greater than 0", "part 2 #4"),
    (
        r"\left[ {13,\infty } \right)",
        r"all real numbers greater than or equal to 13",
        "part 2 #5",
    ),
    (
        r"\left[ { - 1,1} \right]",
        r"all real numbers between -1 and 1, including -1 and 1",
        "part 2 #6",
    ),
    (r"\left( { - \infty ,5} \right)", r"all real numbers less than 5", "part 2 #7"),
    (
        r"\left( {0,100} \right]",
        r"all real numbers between 0 and 100, not including 0 but including 100",
        "part 2 #8",
    ),
    (
        r"\left( { - 3,3} \right)",
        r"all real numbers that are less than 3 units from 0",
        "part 2 #9",
    ),
    (
        r"\left( { - \infty , - 1} \right) \cup \left( { - 1,\infty } \right)",
        r"all real numbers not equal to -1",
        "part 2 #10",
    ),
]

_SHEARS = [
    # Part A "Simplify each of the following" and the sheet's solutions (A.8 left out).
    ("(-∞, 5]", "(-∞, 4)∪(2, 5]", "A.1"),
    ("Ø", "(3, 5)∩(5, 7]", "A.2"),
    ("(6, 7)", "(4, 7)∩(6, 9)", "A.3"),
    ("(3, 6)∪{7}", "{(4, 7]∩[7, 8)}∪(3, 6)", "A.4"),
    ("(4, 6)∪{7}", "(4, 7]∩{[7, 8)∪(3, 6)}", "A.5"),
    ("(3, 8)", "(4, 7]∪[7, 8)∪(3, 6)", "A.6"),
    ("(4, 6)", "{(4, 7]∪[7, 8)}∩(3, 6)", "A.7"),
    ("(4, 6)∪[7, 8)", "{(4, 7]∩(3, 6)}∪[7, 8)", "A.9"),
    ("{7}", "{(4, 7]∪(3, 6)}∩[7, 8)", "A.10"),
    ("(4, 6)∪{7}", "(4, 7]∩{(3, 6)∪[7, 8)}", "A.11"),
    ("(4, 7]", "(4, 7]∪{(3, 6)∩[7, 8)}", "A.12"),
]

CASES: list[dict[str, object]] = [
    *[_w(CM, CM_URL, g, p, True, f"chilimath practice {n}") for g, p, n in _CHILI],
    *[
        _w(LS, LS_URL, g, p, True, f"problem sheet {n}: the teacher's solution")
        for g, p, n in _SHEARS
    ],
    # WeBWorK help file "Using Interval Notation".
    _w(WW, WW_URL, r"(-Inf, Inf)", r"R", True, "R 'is equivalent to entering (-Inf, Inf)'"),
    _w(WW, WW_URL, r"(-Inf, 3)U(3,Inf)", r"R-{3}", True, "all reals except 3: 'they are the same'"),
    _w(WW, WW_URL, r"[1,3)U(3,4)U(4,10)", r"[1,10)-{3,4}", True, "set difference 'is the same as'"),
    # WeBWorK orientation problem mat106prob3.
    _w(
        WR,
        WR_URL,
        r"(-infinity, -5] U [5, infinity)",
        r"[5, infinity) U (-infinity, -5]",
        True,
        "order of the smaller intervals of a union does not matter",
    ),
    _w(
        WR, WR_URL, r"1, 4, 9", r"4, 1, 9", True, "list: 'The order of the numbers does not matter'"
    ),
    _w(WR, WR_URL, r"1, 4, 9", r"2 ^ 2, 1 ^ 2, 3 ^ 2", True, "list: WeBWorK evaluates expressions"),
    _w(
        WR,
        WR_URL,
        r"(3, infinity)",
        r"the real numbers greater than 3",
        True,
        "'such as the real numbers greater than 3 ... So, enter (3, infinity)'",
    ),
    # askanewquestion 232433: domain of (2+x)/(3-x).
    _w(
        AQ,
        AQ_URL,
        r"(-infinity,3) U (3, infinity)",
        r"x < 3 or x > 3",
        True,
        "answerer: 'The above interval notation is saying that x < 3 or x > 3'",
    ),
    _w(
        AQ,
        AQ_URL,
        r"(-infinity,3) U (3, infinity)",
        r"(-infinity,3] U [3, infinity)",
        False,
        "answerer: 'If you close at 3, then you are including 3'",
    ),
    # mathhelpforum 12760: three ways to write the domain.
    _w(
        MHF,
        MHF_URL,
        r"(-infinity,3)U(3,infinity)",
        r"all real x where x not=3",
        True,
        "dom(f) = all real x where x not=3 or ... or (-infinity,3)U(3,infinity)",
    ),
    _w(
        MHF,
        MHF_URL,
        r"(-infinity,3)U(3,infinity)",
        r"{all x| x not=3}",
        True,
        "dom(f) = {all x| x not=3} or (-infinity,3)U(3,infinity)",
    ),
    # indextestingapp preguntia 29115555.
    _w(
        IT,
        IT_URL,
        r"(-\infty,3)\cup(3,\infty)",
        r"x<3,x>3",
        True,
        "'Domain:x<3,x>3 Interval-notation (-\\infty,3)\\cup(3,\\infty)'",
    ),
    _w(
        IT,
        IT_URL,
        r"(-\infty,3)\cup(3,\infty)",
        r"(-∞,3) U (3, ∞)",
        True,
        "the same answer restated: 'Hence, the domain is (-∞,3) U (3, ∞)'",
    ),
    # qammunity 21192513: the three parts of a domain in inequality and interval forms.
    _w(QA, QA_21192513, r"(-∞, 0)", r"-∞ < x < 0", True, "part 1 of the domain"),
    _w(QA, QA_21192513, r"(0, 3)", r"0 < x < 3", True, "part 2 of the domain"),
    _w(QA, QA_21192513, r"(3, ∞)", r"3 < x < ∞", True, "part 3 of the domain"),
    # qammunity 11638035: domains of (x + 5)/x and 1/(x - 3).
    _w(QA, QA_11638035, r"x ≠ 0", r"(-∞, 0)⋃(0, ∞)", True, "A) 'in interval notation'"),
    _w(QA, QA_11638035, r"x ≠ 0", r"x < 0 or x > 0", True, "A) 'Inequality notation'"),
    _w(QA, QA_11638035, r"x ≠ 3", r"(-∞, 3)⋃(3, ∞)", True, "B) interval form"),
    _w(QA, QA_11638035, r"x ≠ 3", r"x < 3 or x > 3", True, "B) inequality form"),
    # answer.ya.guru 9166669.
    _w(
        YG,
        YG_URL,
        r"x ≠ 3",
        r"all real numbers except x=3",
        True,
        "'Answer: x ≠ 3' ... 'The domain is all real numbers except x=3'",
    ),
    # wyzant 883596.
    _w(WY, WY_URL, r"(−∞,∞)", r"{x|x∈R}", True, "tutor: 'Domain: (−∞,∞),{x|x∈R}'"),
    _w(WY, WY_URL, r"(−∞,∞)", r"{y|y∈R}", True, "tutor: 'Range: (−∞,∞),{y|y∈R}'"),
    # qammunity 10341412: |x-3| < 5.
    _w(
        QA,
        QA_10341412,
        r"\left(-2,\:8\right)",
        r"-2<x<8",
        True,
        "'Solution: -2<x<8, Interval Notation: (-2, 8)'",
    ),
    _w(
        QA,
        QA_10341412,
        r"-2<x<8",
        r"x>-2\quad \mathrm{and}\quad \:x<8",
        True,
        "'Merging overlapping intervals -2<x<8'",
    ),
    # PMT Edexcel GCSE Solving Inequalities (FH) mark scheme: partial-credit forms.
    _w(SC, SC_FH, r"–3, –2, –1, 0, 1", r"–2, –1, 0, 1", False, "M1(a): B1 only (of B2)"),
    _w(SC, SC_FH, r"–3, –2, –1, 0, 1", r"–2, –1, 0, 1, 2", False, "M1(a): B1 only (of B2)"),
    _w(SC, SC_FH, r"–1 < x ≤ 3", r"–1 ≤ x ≤ 3", False, "M1(b): B1 only (of B2)"),
    _w(SC, SC_FH, r"–1 < x ≤ 3", r"–1 < x < 3", False, "M1(b): B1 only (of B2)"),
    _w(SC, SC_FH, r"x < 2", r"x = 2", False, "M3(b): SC B1 for x = 2 with no working"),
    _w(SC, SC_FH, r"x < 2", r"2", False, "M3(b): '2 on the answer line ... gets no marks'"),
    # PMT Solving Inequalities (H) mark scheme, M2(a): B1 (of 2) forms on the answer line.
    *[
        _w(SC, SC_H, r"t < 5.5", p, False, "M2(a): 'B1 for ... on the answer line' (A1 t < 5.5 oe)")
        for p in [r"t = 5.5", r"t > 5.5", r"5.5", r"t ≤ 5.5", r"t ≥ 5.5"]
    ],
]
