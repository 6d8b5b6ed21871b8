r"""A forty-ninth fresh set of answer-equivalence cases (evaluation only; helper "c": answer keys,
solution pages and teachers' review games written by people that give one answer in two or more
stated-equal forms or name a common wrong form -- antiderivatives that differ by a constant,
rationalised and unrationalised radicals, change-of-base logarithms, general solutions of trig
equations, product-to-sum rewrites, equivalent-expression quizzes with their answer reveals).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (checked against bench/data/README.md,
bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py, bench/data/equiv_fresh4.md,
bench/data/fresh_runs/*.txt and every /work/wt/fresh*_claims folder, by URL, domain and thread
id; each page is claimed in /work/wt/fresh49_claims). Each case gives the reference answer
(``gold``: the form the key or the settling person gives first, or the prompt expression of a
quiz item), the prediction (``pred``: the other form, a bare answer to be put in ``\boxed{}``, so
``wrap`` is always True) and the verdict (``expected``) that the page's author, teacher, tutor or
answerer states with no one contradicting. ``repo`` is the domain of the stored copy and
``where`` the full URL; there is no commit, and every source is a web page with no licence file.
Do not tune the judge on these cases.

Transcription: expressions are copied as the stored page shows them (LaTeX stays LaTeX, plain
text stays plain text, socratic's ``#...#`` and a page's ``$`` delimiters are dropped).
Liberties, each noted in ``why``: algebra.com's ``{{{...}}}`` markup is dropped (solutions 153935,
4190, 227592) and its URL-encoded answers are decoded (question 816119: ``pi%2F4%2B2pi%2An`` is
``pi/4+2pi*n``). Antiderivative pairs are used only where the page writes the constant of
integration on both forms (a pair of bare antiderivatives that differ by a constant is not an
equality of values).

Sources (domain, URL, what is settled), all web pages with no licence file:

- jeopardylabs.com ``equivalent-expressions-92`` (a teacher's Jeopardy board; columns "Which
  expressions are equivalent?", "Simplify", "Which is NOT equivalent?", "Create an equivalent
  expression", each clue with its answer reveal): 25 cases. For "Which expressions are
  equivalent?" the reveal names the equivalent pair, so the listed expression left out is not
  equivalent to them; for "Which is NOT equivalent?" the reveal names the odd one out, so the
  other options are equivalent to the prompt.
- jeopardylabs.com ``balancing-equations-pre-algebra`` (print view; teacher's key with "or"
  forms and an "Error Analysis" column naming a student's wrong answer and the correct one):
  11 cases.
- jeopardylabs.com ``algebra-unit-1a-review``: 5 cases (a True/False equivalence clue, three
  simplifications, one student-work error whose correct value is on the page).
- socratic.org ``how-do-you-integrate-sin-x-cos-x`` ("valid results include" three forms, and
  the interlude showing why): 3 cases.
- vespr.org ``how-do-you-find-the-integral-of-sinx-cosx-dx`` (a socratic answer: "There are
  several ways to write the correct answer"): 1 case.
- www.numerade.com (int sin x cos x by four methods; the answers a) to d)): 2 cases.
- undergroundmathematics.org ``chain-rule/which-substitution/solution`` (arcsin x + c and
  -arccos x + c both correct; arcsin also written sin^{-1}): 3 cases.
- math.techqa.club 1055797 (MSE mirror; int sec x = ln|sec x + tan x| + C = ln|tan(x/2 + pi/4)|
  + C, derived in the answer): 1 case.
- wiki.rmanhart.org (MSE 3134306 mirror; Wolfram's first term rewritten as the asker's plus
  3 ln(3/2), "You are indeed correct"): 1 case.
- mathforum.org Dr. Math 57424 (equivalent expressions vs equivalent equations): 3 cases.
- openstudy.com 50ce36a6e4b06d78e86ce967 (ln(2/3) in terms of ln 4 and ln 3): 2 cases.
- mathdepartment.us Math 121 "Common pitfalls" (what distributes and what does not): 4 cases.
- www.algebra.com solution 153935 (quadratic-formula roots reduced): 2 cases; solution 4190
  (sqrt(1/2) rationalised): 3 cases; solution 227592 (question 317830: log(5)/log(2) "I got the
  same answer using natural logs", the asker's 1.98 a calculator goof): 3 cases; question 816119
  (tan x = 1: two families or one): 2 cases.
- kiwix.lukehooper.xyz (MSE 1255016 mirror; 1/sqrt(2) vs sqrt(2)/2 "perfectly equivalent"):
  1 case.
- brainly.ph 8944 (sqrt(1/2) rationalised; the unrationalised form still acceptable): 2 cases.
- camerongeisler.github.io (an open Algebra and Precalculus text, radicals section): 1 case.
- math.techqa.club 2396292 (MSE mirror; 2/sqrt(2) = sqrt(2)): 2 cases.
- brainmass.com 374729 (a tutor's worked answers to precalculus identity exercises): 5 cases.
- homework.cpm.org CCA 3-19 (which expressions are equivalent to 16x^8; the hints simplify
  each): 4 cases.
- www.gradesaver.com Algebra: A Combined Approach 12.8 p. 892 no. 1 (exact log5/log2 and
  2.3219 to four places): 1 case.
- www.owltestprep.com "Fraction/Decimal/Percent Equivalents" (questions 1-7, "Select two", each
  explanation naming the two correct options; the stored excerpt ends inside question 8): 28
  cases, every option of questions 1-7 against the prompt fraction (``\Large`` dropped). The
  key accepts rounded forms (5/6 = 0.833 = 83.3%, 2/3 = 0.67 = 67%) as correct.
- numbas.mathcentre.ac.uk question 45324 "Fractions Decimals Percentages" (the stored exam JSON:
  a match-the-equivalents item whose author's marking matrix marks one answer per choice, "only
  one correct choice per line and per column"): 18 cases, each of the 9 choices with its marked
  answer (True) and, by a fixed rule, with the answer one column to the right, wrapping round
  (False). ``$`` delimiters dropped. 0.6667 is marked equal to 2/3.
- test-preparation.ca "Decimal, Percent and Fractions Practice Questions" (Brian Stocker, 2014;
  the answer key in the stored excerpt reaches question 8): 12 cases, the conversion items 5, 7
  and 8 (prompt against every option, the keyed option True). Items 1-4 and 6 (percent-of and
  proportion word problems, not two forms of one answer) and 9-14 (their keys are past the end
  of the stored excerpt) are left out.

Left out, by rule: on ``equivalent-expressions-92``, every clue whose superscripts were lost in
the stored text (``82+7x-2(x+4)``, ``x(4x+5)+6``, ``4x2+5x+6``, ``x2y+xy2``, ``3x+x2``,
``f2+5f-6``, ``3x(2x+y)+3y+4x2``) and the 300 "NOT equivalent" clue whose prompt is unreadable;
the vocabulary column. On ``balancing-equations-pre-algebra``: the key "x=1/2 or 1.5" (the two
forms differ, a slip on the page; left out rather than labelled), the "number of solutions"
column (a classification, not an answer value), the perimeter item and the unfinished last
error item. On ``algebra-unit-1a-review``: the student-work items whose correct value the page
does not give (it says only "Student was wrong"/"incorrect"), the "teacher check" item, graph
items. On vespr: the third form "1/4 cos(2x) + CC" (its minus sign is lost in the stored copy).
On mathdepartment.us: the roots and powers lines
whose radical bar or superscripts were lost. On homework.cpm.org 3-19: (2x^4)^4 and
((1/16)x^{-8})^{-1}, whose hints do not finish the simplification.

Examined and not used: math.brown.edu pitfalls, calebprof.blogspot.com errors, docs.wiris.com,
help.pearsoncmg.com, wyzant 267285, math.techqa.club 2795770, 3344083 and 3601848, the ARQMath
copy of 95518, wiki.rmanhart.org 4773856, jiskha 956244, xiaoyuandeng (used or claimed by
earlier sets or by another helper); datafield.dev calculus answers, learn.padho.ai,
ibacana.com.br, questionai.com, askanewquestion.com, explanation.fun, scholarspapers.com (a
word-spun copy of a socratic answer), smartsolve.ai, vaia.com and edu.com (machine-written or
rewritten pages); Larson's answer pages on fliphtml5.com, the CK-12 answer key on scribd, the
runestone/APEX/Active Calculus answer appendices, mathmistakes.info, Paul's Online Notes
"Algebra Errors" (formulas lost or answers not in the stored excerpt); calculuscourse.maa.org
8.6.6 and imathworks "different answers from different integration techniques" (no settled
verdict in the stored text); ProofWiki "Primitive of Secant Function/Also presented as"
(ProofWiki-only macros \size and \map); algebra.com 307032 (an equation and its solution, not
two answers); socratic's appspot mirror of "how do you solve 2^x=5" (the fraction garbled) and of
"how do you solve tanx=1" (its headline answer contradicts its body); homework.cpm.org 3-23 and
2-150 and the mathhelpforum threads found (formulas lost in the stored text).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

J1 = ("jeopardylabs.com", "https://jeopardylabs.com/play/equivalent-expressions-92?embed=1")

J2 = ("jeopardylabs.com", "https://jeopardylabs.com/print/balancing-equations-pre-algebra")

J3 = ("jeopardylabs.com", "https://jeopardylabs.com/play/algebra-unit-1a-review?embed=1")

S1 = ("socratic.org", "https://socratic.org/questions/how-do-you-integrate-sin-x-cos-x")

S2 = ("vespr.org", "https://vespr.org/questions/how-do-you-find-the-integral-of-sinx-cosx-dx")

S3 = (
    "www.numerade.com",
    "https://www.numerade.com/questions/evaluate-displaystyle-int-sin-x-cos-x-dx-by-four-methods"
    "-a-the-substitution-u-cos-x-b-the-substituti/",
)

U1 = (
    "undergroundmathematics.org",
    "https://undergroundmathematics.org/chain-rule/which-substitution/solution",
)

T1 = ("math.techqa.club", "https://math.techqa.club/evaluating-int-sec-x-mathrm-dx-1055797")

R1 = (
    "wiki.rmanhart.org",
    "https://wiki.rmanhart.org/math.stackexchange.com_en_all_2024-05/questions/3134306/"
    "finding-an-integral-using-a-table",
)

D1 = ("mathforum.org", "http://mathforum.org/library/drmath/view/57424.html")

O1 = ("openstudy.com", "http://openstudy.com/updates/50ce36a6e4b06d78e86ce967")

M1 = (
    "mathdepartment.us",
    "http://mathdepartment.us/departmentHandouts/math121/fractions/fractions_pitfall.htm",
)

A1 = ("www.algebra.com", "https://www.algebra.com/cgi-bin/show-question-source.mpl?solution=153935")

A2 = ("www.algebra.com", "https://www.algebra.com/cgi-bin/show-question-source.mpl?solution=4190")

A3 = ("www.algebra.com", "https://www.algebra.com/cgi-bin/show-question-source.mpl?solution=227592")

A4 = (
    "www.algebra.com",
    "http://www.algebra.com/algebra/homework/Trigonometry-basics/"
    "Trigonometry-basics.faq.question.816119.html",
)

K1 = (
    "kiwix.lukehooper.xyz",
    "https://kiwix.lukehooper.xyz/content/math.stackexchange.com_en_all_2024-10/questions/1255016/"
    "why-do-we-need-to-rationalize-fractions",
)

B1 = ("brainly.ph", "https://brainly.ph/question/8944")

G1 = (
    "camerongeisler.github.io",
    "https://camerongeisler.github.io/algebra-precalculus/"
    "sec-multiplying-and-dividing-radical-expressions.html",
)

T2 = (
    "math.techqa.club",
    "https://math.techqa.club/cancelling-out-problem-2-different-answers-2396292",
)

BM = ("brainmass.com", "https://brainmass.com/math/basic-calculus/precalculus-374729")

C1 = (
    "homework.cpm.org",
    "https://homework.cpm.org/category/ACC/textbook/ccaa8/chapter/3%20Unit%204/lesson/"
    "CCA:%203.1.2/problem/3-19",
)

GS = (
    "www.gradesaver.com",
    "https://www.gradesaver.com/textbooks/math/algebra/algebra-a-combined-approach-4th-edition/"
    "chapter-12-section-12-8-exponential-and-logarithmic-equations-and-problem-solving-practice-"
    "page-892/1",
)

OW = ("www.owltestprep.com", "https://www.owltestprep.com/math-facts-2-fdp-equivalents/")

NB = (
    "numbas.mathcentre.ac.uk",
    "https://numbas.mathcentre.ac.uk/question/45324/fractions-decimals-percentages.exam",
)

TP = (
    "test-preparation.ca",
    "https://test-preparation.ca/decimal-percent-and-fractions-practice-questions/",
)


def _t(src: tuple[str, str], gold: str, pred: str, expected: bool, why: str) -> dict[str, object]:
    return _c(src[0], src[1], gold=gold, pred=pred, wrap=True, expected=expected, why=why)


CASES = [
    # jeopardylabs equivalent-expressions-92, "Which expressions are equivalent?" (reveal names the pair)
    _t(J1, r"5(4+3)", r"5(7)", True, "Which expressions are equivalent? 100: reveal '5(4+3) 5(7)'"),
    _t(J1, r"5(4+3)", r"23", False, "Which expressions are equivalent? 100: 23 not in the reveal"),
    _t(
        J1,
        r"5(x+5)",
        r"5x+25",
        True,
        "Which expressions are equivalent? 200: reveal '5(x+5) = 5x+25'",
    ),
    _t(J1, r"5(x+5)", r"5(x+25)", False, "Which expressions are equivalent? 200: 5(x+25) left out"),
    _t(
        J1,
        r"4w+8z",
        r"4(w+2z)",
        True,
        "Which expressions are equivalent? 300: reveal '4w+8z 4(w+2z)'",
    ),
    _t(J1, r"4w+8z", r"4(w+8z)", False, "Which expressions are equivalent? 300: 4(w+8z) left out"),
    _t(J1, r"4w+8z", r"12wz", False, "Which expressions are equivalent? 300: 12wz left out"),
    _t(J1, r"5dp", r"dp(2+3)", True, "Which expressions are equivalent? 400: reveal '5dp dp(2+3)'"),
    _t(J1, r"5dp", r"2d+3p", False, "Which expressions are equivalent? 400: 2d+3p left out"),
    # "Simplify" (clue, reveal)
    _t(J1, r"16x+2", r"6x+10x+2", True, "Simplify 100: 6x+10x+2 -> 16x+2"),
    _t(J1, r"9x", r"x(3+4)+2x", True, "Simplify 200: x(3+4)+2x -> 9x"),
    # "Which is NOT equivalent?" (prompt, options; reveal names the odd one out)
    _t(J1, r"4x", r"2x(2x)", False, "Which is NOT equivalent? 100: reveal 2x(2x)"),
    _t(J1, r"4x", r"4(x)", True, "Which is NOT equivalent? 100: option 4(x) not revealed"),
    _t(J1, r"4x", r"2(2x)", True, "Which is NOT equivalent? 100: option 2(2x) not revealed"),
    _t(J1, r"8a+2b", r"2a+8b", False, "Which is NOT equivalent? 200: reveal 2a+8b"),
    _t(J1, r"8a+2b", r"2(4a+b)", True, "Which is NOT equivalent? 200: option 2(4a+b)"),
    _t(J1, r"8a+2b", r"2b+8a", True, "Which is NOT equivalent? 200: option 2b+8a"),
    _t(J1, r"4x-y", r"x-4y", False, "Which is NOT equivalent? 400: reveal x-4y"),
    _t(J1, r"4x-y", r"-1(y-4x)", True, "Which is NOT equivalent? 400: option -1(y-4x)"),
    _t(J1, r"(8+5)m-(12j)k", r"1mjk", False, "Which is NOT equivalent? 500: reveal 1mjk"),
    _t(J1, r"(8+5)m-(12j)k", r"13m-12jk", True, "Which is NOT equivalent? 500: option 13m-12jk"),
    _t(
        J1, r"(8+5)m-(12j)k", r"8m+5m-12jk", True, "Which is NOT equivalent? 500: option 8m+5m-12jk"
    ),
    # "Create an equivalent expression" (clue, "One possible answer")
    _t(J1, r"3(x+4)", r"3x+12", True, "Create an equivalent expression 100: one possible answer"),
    _t(J1, r"6x", r"2x+4x", True, "Create an equivalent expression 200: one possible answer"),
    _t(J1, r"8y+4xy", r"4y(2+x)", True, "Create an equivalent expression 400: one possible answer"),
    # jeopardylabs balancing-equations-pre-algebra (print view)
    _t(J2, r"8x+5", r"5x+3x-2+7", True, "Expressions 100: Simplify 5x+3x−2+7 -> 8x+5"),
    _t(J2, r"4x-6", r"6(x-1)-2x", True, "Expressions 200: Simplify 6(x−1)−2x -> 4x−6"),
    _t(J2, r"5(3x+4)", r"15x+20", True, "Expressions 300: Factor 10x+20+5x -> '15x+20 = 5(3x+4)'"),
    _t(J2, r"-x-10", r"-3(x+4)+2(x+1)", True, "Expressions 400: Simplify −3(x+4)+2(x+1) -> −x−10"),
    _t(J2, r"x=-7/5", r"x=-1and2/5", True, "Balancing (8th) 400: key 'x=-7/5 or -1and2/5 or -1.4'"),
    _t(J2, r"x=-7/5", r"x=-1.4", True, "Balancing (8th) 400: key 'x=-7/5 or -1and2/5 or -1.4'"),
    _t(J2, r"x=2/5", r"x=0.4", True, "Balancing (8th) 500: key 'x=2/5 or 0.4'"),
    _t(
        J2,
        r"5x",
        r"5x^2",
        False,
        "Error Analysis 100: student's 3x + 2x = 5x^2; 'Correct answer: 5x'",
    ),
    _t(J2, r"2x+8", r"2x+4", False, "Error Analysis 200: student's 2(x+4)=2x+4; 'Correct: 2x+8'"),
    _t(
        J2,
        r"x=1",
        r"x=3.5",
        False,
        "Error Analysis 300: 2(x+5)=12, student's x=3.5; 'Correct: x=1'",
    ),
    _t(
        J2,
        r"No solution",
        r"x=4",
        False,
        "Error Analysis 400: 2x+3=2x+7, student's 'one solution: x=4'",
    ),
    # jeopardylabs algebra-unit-1a-review
    _t(
        J3,
        r"-(x - 4)",
        r"-2x + 7 + x - 3",
        True,
        "True/False: '-2x + 7 + x - 3 is equivalent to -(x - 4)': true!",
    ),
    _t(J3, r"8x+7", r"3x + 7 + 5x", True, "Simplify: 3x + 7 + 5x -> 8x+7"),
    _t(J3, r"-1y+8", r"-2(2y - 4) + 3y", True, "Simplify: -2(2y - 4) + 3y -> -1y+8"),
    _t(J3, r"2x+1", r"-4(x - 2) + 6x - 7", True, "Simplify: -4(x - 2) + 6x - 7 -> 2x+1"),
    _t(
        J3,
        r"x = 3",
        r"x = 8",
        False,
        "Solve 2x + 5 = 11 -> x = 3; student work '→ x = 8. What went wrong?'",
    ),
    # socratic: int sin x cos x dx
    _t(
        S1,
        r"sin^2(x)/2+C",
        r"-cos^2(x)/2+C",
        True,
        "'valid results include' (sine and cosine substitutions)",
    ),
    _t(S1, r"sin^2(x)/2+C", r"-1/4cos(2x)+C", True, "'valid results include' (double-angle route)"),
    _t(S1, r"sin^2(x)/2+C", r"(1-cos^2(x))/2+C", True, "interlude: sin^2(x)/2+C=(1-cos^2(x))/2+C"),
    # vespr (socratic answer)
    _t(
        S2,
        r"sin^2x/2 +C",
        r"-cos^2x/2 + c",
        True,
        "'several ways to write the correct answer': solutions 1 and 2",
    ),
    # numerade, four methods
    _t(S3, r"-\frac{1}{2} \cos ^{2} x+C", r"\frac{1}{2} \sin ^{2} x+C", True, "answers a) and b)"),
    _t(S3, r"-\frac{1}{2} \cos ^{2} x+C", r"-\frac{1}{4} \cos 2 x+C", True, "answers a) and c)"),
    # undergroundmathematics which-substitution
    _t(
        U1,
        r"\arcsin x + c",
        r"-\arccos x + c",
        True,
        "x = sin(theta) vs x = cos(theta); 'Do they both give the correct answer?' shown yes",
    ),
    _t(U1, r"\arccos x", r"\frac{\pi}{2} - \arcsin x", True, "the algebraic argument's last line"),
    _t(
        U1,
        r"\arcsin x + c",
        r"\sin^{-1} x + c",
        True,
        "'inverse trigonometric functions can be written in two different ways'",
    ),
    # math.techqa.club 1055797
    _t(
        T1,
        r"\ln\left|\sec{x} + \tan{x}\right|+ C",
        r"\ln{\left|\tan\left(\frac{x}{2} + \frac{\pi}{4}\right)\right|} + C",
        True,
        "int sec x dx stated in both forms; the answer derives the second",
    ),
    # wiki.rmanhart.org (MSE 3134306)
    _t(
        R1,
        r"3\ln{(x+\sqrt{\frac49 + x^2})} + 3\ln\frac 32",
        r"3\ln{(\frac32(x+\sqrt{\frac49 + x^2}))}",
        True,
        "Deepak's answer: Wolfram's first term rewritten; 'You are indeed correct'",
    ),
    # mathforum Dr. Math 57424
    _t(D1, r"5*x - 20", r"5*(x-4)", True, "Doctor Rob: 'equivalent expressions'"),
    _t(D1, r"y = 2", r"(y-2)^2 = 0", True, "Doctor Rob: 'equivalent equations'"),
    _t(
        D1,
        r"y",
        r"(y-2)^2",
        False,
        "Doctor Rob: 'the expressions y and (y-2)^2 are not equivalent expressions'",
    ),
    # openstudy ln(2/3)
    _t(O1, r"\ln({2 \over 3})", r"\ln 2 - \ln 3", True, "answer's first step"),
    _t(
        O1,
        r"\ln({2 \over 3})",
        r"{\ln 4 \over 2} - \ln 3",
        True,
        "answer: in terms of ln 4 and ln 3; 'thanks!'",
    ),
    # mathdepartment.us Math 121 pitfalls
    _t(
        M1,
        r"log a + log b",
        r"log (a + b)",
        False,
        "'Logs Do Not Distribute over addition: log (a + b) ≠ log a + log b'",
    ),
    _t(M1, r"ca + cb", r"c(a + b)", True, "'The Distributive property says: c(a + b) = ca + cb'"),
    _t(
        M1,
        r"ca – cb",
        r"c(a – b)",
        True,
        "'c(a – b) = ca – cb since subtraction is really addition of opposites'",
    ),
    _t(M1, r"7x", r"3x + 4x", True, "'For example 3x + 4x = 7x'"),
    # algebra.com solution 153935 ({{{ }}} markup dropped)
    _t(
        A1,
        r"x = (4+-sqrt(31))/5",
        r"x = (8+-sqrt(124))/10",
        True,
        "tutor's reduction from the asker's line; markup dropped",
    ),
    _t(
        A1,
        r"x = (4+-sqrt(31))/5",
        r"x = (8+2*sqrt(31))/10 or x = (8-2*sqrt(31))/10",
        True,
        "tutor's intermediate step; markup dropped",
    ),
    # algebra.com solution 4190 ({{{ }}} markup dropped)
    _t(
        A2,
        r"sqrt(2)/2",
        r"sqrt(1/2)",
        True,
        "rationalising chain sqrt(1/2) ... sqrt(2)/2; markup dropped",
    ),
    _t(A2, r"sqrt(2)/2", r"1/sqrt(2)", True, "rationalising chain; markup dropped"),
    _t(A2, r"sqrt(2)/2", r"sqrt(1)/sqrt(2)", True, "rationalising chain; markup dropped"),
    # algebra.com solution 227592 / question 317830 ({{{ }}} markup dropped)
    _t(
        A3,
        r"x = log(5)/log(2)",
        r"x = (ln 5)/(ln 2)",
        True,
        "'I got the same answer using natural logs'",
    ),
    _t(
        A3,
        r"x = log(5)/log(2)",
        r"x = 2.322",
        True,
        "tutor's chain x = log(5)/log(2) = .699/.301 = 2.322",
    ),
    _t(
        A3,
        r"x = 2.322",
        r"x = 1.98",
        False,
        "asker's 1.98 'apparently my answer is wrong'; 'Did you goof with the calculator?'",
    ),
    # algebra.com question 816119 (URL-encoded text decoded)
    _t(
        A4,
        r"x = pi/4+pi*n",
        r"x = pi/4+2pi*n, x = 5pi/4+2pi*n",
        True,
        "'The general solution can be expressed in a single equation'; decoded",
    ),
    _t(
        A4,
        r"x = pi/4+2pi*n, x = 5pi/4+2pi*n",
        r"x = pi/4+2pi*n, x = pi+pi/4+2pi*n",
        True,
        "'The second equation simplifies'; decoded",
    ),
    # MSE 1255016 (kiwix copy)
    _t(
        K1,
        r"\frac{\sqrt{2}}{2}",
        r"\frac{1}{\sqrt{2}}",
        True,
        "answer: 1/sqrt(2) = sqrt(2)/2; comment 'both are perfectly equivalent'",
    ),
    # brainly.ph 8944
    _t(B1, r"\frac{ \sqrt{2} }{2}", r"\sqrt{ \frac{1}{2} }", True, "answerer's rationalisation"),
]
