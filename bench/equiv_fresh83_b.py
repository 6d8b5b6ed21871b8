r"""An eighty-third fresh set of answer-equivalence cases (evaluation only; helper "b": sequences,
series and patterns -- nth-term formulas written as a + (n - 1)d and simplified, explicit against
recursive definitions, closed forms of finite sums, geometric series and repeating decimals summed
in different forms, the "next term" after 2n - 1 -- where a Q&A thread, a tutor's worked answer, a
textbook solution, a teacher's misconception page or an IB markscheme settles which forms are the
same answer and which are not).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/, and checked against /work/wt/fresh*_claims/claims.txt; each page was
claimed in /work/wt/fresh83_claims/claims.txt before use). Each case gives the reference answer
(``gold``), the prediction (``pred``: another form the page gives as the same answer, or a form
the page refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and
the verdict (``expected``) settled on the page, with no one on the page contradicting it. ``repo``
is the domain of the stored copy and ``where`` its full URL. There is no commit; every source is a
web page with no licence file. Only the text the search tool returned for a page (its excerpt) was
read. Do not tune the judge on these cases. Continued in bench/equiv_fresh83_b2.py (same rules;
its sources are listed below too).

Transcription: strings are copied as the stored page shows them: LaTeX kept as LaTeX with its
``$``/``$$`` delimiters and brainly's ``[tex]`` markers dropped; plain text kept with its own
spacing and symbols ("2 +(n-1)2", "1/2[n(n+1)(2n+1)/6+n(n+1)/2]", mathwords' en dashes and middle
dot in "3 + (n – 1)·4", the IB markscheme's doubled braces in "\frac{{0.64({{2.5}^6} - 1)}}{{2.5 -
1}}"). A left side such as "a_n =", "an =", "un =", "t_{n} =", "S_n =", "Sn=", "S=" or "原式=" is
dropped and the right side kept; jsfiddle's "\bf\displaystyle S=" and "\displaystyle S=" are
dropped with it. Where a chain "A = B = C" ends at the answer the page gives, that answer is the
gold and each earlier link a True case. Where explicit and recursive definitions are compared, both
keep their "a_n =" (the recursive one is a system): two displayed equations of one definition are
joined with ", " (math.techqa.club 2547448's "$$a_1=1$$ $$a_n=a_{n-1}+(2n-1)$$"; laminart's
"a_{n+1}=a_n+2n" with the "a_1=1" given in the same answer). Readings, each noted in ``why``: in
math.techqa.club 713721 the professor's verdict is reported by the asker and the answer shows the
two formulas equal; in math.techqa.club 994533 the asker's "Something $$2^k - 1$$" is a guess the
answer's derivation replaces; in the fundegar copy of the 1 + 3 + ... + (2n - 1) thread the gold
"2n+1" is the term after 2n - 1, which the asker wrote as 2n; the IB markscheme's "S_6 = 103.74
(exact), 104" accepts the 3 s.f. value beside the exact one.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- math.techqa.club "why-is-my-series-wrong-713721" (1/3 + 2/9 + 1/27 + 2/81 + ...: the asker's
  an_me against the professor's \frac{3-(-1)^{n+1}}{2\cdot 3^n}; answer: "So the two expressions
  are always equal"). 2 cases.
- math.techqa.club "are-these-three-expressions-equivalent-2740612" (Khan Academy geometric
  sequence: 2.2 \cdot -5^{n-1} and 2.2 \cdot -5^{(n-1)} "failed", 2.2 \cdot (-5)^{n-1} "worked";
  answer: "No, they are not equivalent"). 2 cases (2 False).
- math.techqa.club "geometric-series-of-a-2-r-2-994533" (2^k + ... + 2: the asker's guess 2^k - 1;
  answer "= 2\cdot \left(\dfrac{2^k - 1}{2-1}\right) = 2^{k+1} - 2"). 2 cases (1 False).
- math.techqa.club "the-sequence-1-4-9-16-2547448" (a_n=n^2; "a_1=1, a_n=a_{n-1}+(2n-1) is a
  recursive way of representing the sequence of squares"). 1 case.
- math.techqa.club "the-general-term-of-...-2785983" (numerators 2, 5, 8, 11: "2+3(n-1)=3n-1";
  exponents 2, 7, 12, 17: "2+5(n-1)=5n-3"). 2 cases.
- www.wyzant.com resources/answers/240771 "explicit_formula_for_2_4_6_8" ("an = 2 +(n-1)2 / an =
  2 + 2n - 2 / an = 2n"). 2 cases.
- www.physicsforums.com threads "easy-series.559527" (1 + 2 + ... + n: "S_{n}=\frac{n}{2}(1+n)",
  "S_{n}=\frac{n+n^{2}}{2}"; reply "Correct."). 1 case.
- m.79432.com wenda 8668ca48f929c8c3 (sum of a_n = n(n+1)/2: "=1/2[n(n+1)(2n+1)/6+n(n+1)/2]
  =n(n+1)[(2n+1)/6+1/2]/2=n(n+1)(n+2)/6"). 2 cases.
- g230.com index.php/481311961 (1*2 + 2*3 + ... + n(n+1): "=n(n+1)(2n+1)/6+n(n+1)/2
  =n(n+1)(n+2)/3"). 1 case.
- ja3.jsfiddle.net parte/48851491 (a copied homework-help answer, not marked AI: 0.666... as
  "\sum\limits_{n=1}^{\infty}0.6(0.1)^{n-1}", "S=\frac{0.6}{1-0.1}", "S=\frac{0.6}{0.9}",
  "S=\frac{2}{3}"). 4 cases.
- mathsguide.uk "misconception/nth-term-wrong-difference" (3, 7, 11, 15, ...: "Wrong: nth term =
  $3n + 4$", the fix "nth term = $4n - 1$"). 1 case (1 False).

Sources of bench/equiv_fresh83_b2.py:

- www.mathwords.com "a/arithmetic_sequence.htm" ("a_{n} = 3 + (n – 1)·4 = 4n – 1"; "a_{n} = 3 +
  (n – 1)(–5) = 8 – 5n"). 2 cases.
- qammunity.org 13725562 (1, 5, 9, 13, 17: "un = 1 + 4(n - 1) / un = 1 + 4n - 4 / un = 4n - 3").
  2 cases.
- tune.fundegar.com copy of a math.stackexchange thread "find-a-formula-for-1-3-5-2n-1-..." (sum:
  "=2\frac{n(n+1)}{2} - n =n^2+n-n =n^2"; the asker's next term 2n: "next term after $2n-1$ is
  $2n+1$ is not $2n$ as you mean"; "2(n+1)-1=2n+1"). 4 cases (1 False).
- www.gradesaver.com Algebra 1: Common Core (15th Edition) chapter 5 "get ready" page 291 exercise
  12 ("$t_{n} =3(n-1) + 2$ $t_{n} =3n - 3+ 2$ $t_{n} =3n -1$"). 2 cases.
- www.gradesaver.com Algebra and Trigonometry 10th Edition 11.2 exercises page 786 exercise 21
  ("$a_n=1+(n-1)3=1+3n-3=3n-2$"). 2 cases.
- indextestingapp.uonbi.ac.ke preguntia/16699344 (a copied homework-help answer, not marked AI: the
  recursive rule "\begin{cases}a_1=1\\a_n=a_{n-1}+3&\text{for }n>1\end{cases}" written out to
  "a_n=1+3(n-1)=3n-2"). 2 cases.
- freemathhelp.com forum threads "geometric-series-repeating-decimals.83618" ("0.272727... = ... =
  0.27 / (1-.01) = 0.27 / 0.99 = 27/99 = 3/11"). 4 cases.
- archive.laminart.com dudas/16624793 (a copied homework-help answer, not marked AI: 1, 3, 7, 13,
  21 with "a_{n+1}=a_n+2n", "a_n=(n-1)^2+(n-1)+1\implies\boxed{a_n=n^2-n+1}"). 2 cases.
- library.tis.today copy of the IB questionbank, maths SL question 73384 (15N.2.sl.TZ0.4
  markscheme: "r = 2.5 ( = \frac{5}{2})"; "\frac{{0.64({{2.5}^6} - 1)}}{{2.5 - 1}}" as the correct
  substitution, "S_6 = 103.74 (exact), 104"). 3 cases.

43 cases in all (5 False): 20 here (4 False), 23 in bench/equiv_fresh83_b2.py (1 False).

Left out, by rule: recursive formulas whose subscripts the plain text lost ("an = an-1 + 2" in
wyzant 240771; homeworksource.com 1023531's "an+1=an+3, a1=7" against "an=4+3n", so that page
gives nothing); ambiguous plain-text forms (symoe.com 1040515's chain ending "n(n+1)(1/3n+7/6)";
askanewquestion.com 1883668, a jiskha copy, whose "Your answer is correct" is for "an=4(1/2)^n-1"
without brackets); pages whose own arithmetic is wrong (idnstudy.com 21736: "\frac{27}{99} =
\frac{7}{11}"); forms whose fraction or power the text conversion lost (IB questionbank copies
library.tis.today 159713, 5702 and 7957, dl.ibdocs.re 462115 and ib.mycosmic.dev q/407, 935 and
1495, e.g. "=13 (0.333, 0.333333…)", "r=0.95=1920"; matthematics.com "answer-key-1"; ltcconline
practice midterm III key; answer.ya.guru 3192856; studentforums.biz 7086 "3 + n2 - n";
mathcentral hepzibah1; thestudentroom 1594509; atarnotes 146856; mathhelpforum 146137, 34165,
20091 and 143798); verdicts the page leaves open (mathhelpforum 211129 "It depends whether or not
the first term is considered to be term zero or term one"; apolyton.net 176484, whose stored text
has no reply to "both our formulas ... must mean they're equivalent"; marksmath.org's Calc II
discourse archive "homework-15-problem-3-part-1", "This does not seem to work for the answer
either"; physicsforums 264428 and the math.answers.com sequence pages); a partial-credit note
about the form of an answer (IB 17M.1.sl.TZ1.10 "Award (A1)(A0) for u6=2"); equalities that hold
only under a substitution (discuss.educative.io 14369, "2^(k+1)-1 = 2n-1" with n = 2^k); algebra.com
and a.simonm.io pages (by rule).

Examined and not used: pages used or examined by earlier sets (physicsforums 515653 and
mathhelpforum 195579, 97954 and 209904; classes.areteem.org d=504; imathworks
"rewriting-the-sum-of-a-geometric-series-as-a-function"; math.techqa.club 3543762; physicsforums
639713; mymathforum 47615; library.tis.today 5907; qammunity 13001629; the scribd 791313790
number-sequences mark scheme); generated or AI pages (gauthmath, questionai, studyx, math-gpt.org,
math.bot, edu.com, doubts.ai, gradora.ai, gcse-maths-foundation.co.uk misconception pages,
jeemathslab common mistakes, openknowledgegraph, bowtieteacher, senseofstudy, vaia, the
askanewquestion.com GPT answers); examplayground's multiple-choice item (left out as multiple
choice by bench/equiv_fresh60_b.py too); pages with one form only (socratic's -1, 2, -3, ...,
mathleaks' Pearson Algebra 2 solutions, mytutor 37589, iitianacademy, gradesaver's Calculus 8th
edition 11.1 exercise 16 and Intermediate Algebra 7th edition 11.1 exercise 82, kiwix
math.stackexchange 1540603 whose two answers give the same formula); copies of a source used here
(ayotzinapasomostodos.com's copy of the mathwords page; archive.laminart.com 9828118, the chain of
the gradesaver page-786 exercise; math.techqa.club 1214193, the chain of freemathhelp 83618);
web2.0calc "problem_48" (a rounded decimal only); wyzant 737471 (the asker's form left unchecked);
ja3.jsfiddle.net 10478755 (a repeating decimal with no series); science-mathematics.com
201201/24108 (three different formulas for 2, 3, 6, not equal ones); the mathhelpforum
"discrete-math/118255" and rantingmath pages (no second form settled). The search budget of the
session ran out before more pages could be looked up.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

TQ = "math.techqa.club"
TQ_713 = "https://math.techqa.club/why-is-my-series-wrong-713721"
TQ_2740 = "https://math.techqa.club/are-these-three-expressions-equivalent-2740612"
TQ_994 = "https://math.techqa.club/geometric-series-of-a-2-r-2-994533"
TQ_2547 = "https://math.techqa.club/the-sequence-1-4-9-16-2547448"
TQ_2785 = (
    "https://math.techqa.club/"
    "the-general-term-of-frac-2-2-5-frac-5-7-6-frac-8-12-7-frac-11-17-8-cdots-2785983"
)
WYZ = "www.wyzant.com"
WYZ_240 = "https://www.wyzant.com/resources/answers/240771/explicit_formula_for_2_4_6_8"
PF = "www.physicsforums.com"
PF_559 = "https://www.physicsforums.com/threads/easy-series.559527/"
W79 = "m.79432.com"
W79_8668 = "http://m.79432.com/wenda/8668ca48f929c8c3.html"
G230 = "g230.com"
G230_481 = "https://g230.com/index.php/481311961.html"
JSF = "ja3.jsfiddle.net"
JSF_488 = "https://ja3.jsfiddle.net/parte/48851491"
MGU = "mathsguide.uk"
MGU_ND = "https://mathsguide.uk/misconception/nth-term-wrong-difference"
# sources of bench/equiv_fresh83_b2.py
MW = "www.mathwords.com"
MW_AS = "http://www.mathwords.com/a/arithmetic_sequence.htm"
QAM = "qammunity.org"
QAM_137 = "https://qammunity.org/13725562"
FUN = "tune.fundegar.com"
FUN_135 = (
    "https://tune.fundegar.com/"
    "find-a-formula-for-1-3-5-2n-1-for-n-ge-1-and-prove-that-your-formula-i.html"
)
GS = "www.gradesaver.com"
GS_291 = (
    "https://www.gradesaver.com/textbooks/math/algebra/algebra-1-common-core-15th-edition/"
    "chapter-5-linear-functions-get-ready-page-291/12"
)
GS_786 = (
    "https://www.gradesaver.com/textbooks/math/algebra/algebra-and-trigonometry-10th-edition/"
    "chapter-11-11-2-arithmetic-sequences-and-partial-sums-11-2-exercises-page-786/21"
)
ITA = "indextestingapp.uonbi.ac.ke"
ITA_166 = "https://indextestingapp.uonbi.ac.ke/preguntia/16699344"
FMH = "freemathhelp.com"
FMH_836 = "https://freemathhelp.com/forum/threads/geometric-series-repeating-decimals.83618"
LAM = "archive.laminart.com"
LAM_166 = "https://archive.laminart.com/dudas/16624793"
TIS = "library.tis.today"
TIS_733 = (
    "https://library.tis.today/QuestionBanks/v4/questionbank.ibo.org/en/teachers/00000/"
    "questionbanks/40-dp-mathematics-sl/questions/73384.html"
)

CASES = [
    # math.techqa.club 713721: the asker's general term against the professor's
    _c(
        TQ,
        TQ_713,
        gold=r"\frac{3-(-1)^{n+1}}{2\cdot 3^n}",
        pred=r"\frac{3^{1+(-1)^n} - \frac{7}{2}[1+(-1)^n]}{3^n}",
        wrap=True,
        expected=True,
        why="an_me against an_prof: even and odd cases match, 'So the two expressions are always equal.'",
    ),
    _c(
        TQ,
        TQ_713,
        gold=r"\frac{3-(-1)^{n+1}}{2\cdot 3^n}",
        pred=r"\frac{2\cdot 3^{1+(-1)^n} - 7[1+(-1)^n]}{2\cdot 3^n}",
        wrap=True,
        expected=True,
        why="an_me with matched denominators, then 'So the two expressions are always equal.'",
    ),
    # math.techqa.club 2740612: Khan Academy geometric sequence, the bracket round -5
    _c(
        TQ,
        TQ_2740,
        gold=r"2.2 \cdot (-5)^{n-1}",
        pred=r"2.2 \cdot -5^{n-1}",
        wrap=True,
        expected=False,
        why="'No, they are not equivalent. 2.2 \\cdot -5^{n-1} = 2.2 \\cdot -1 \\cdot 5^{n-1}'",
    ),
    _c(
        TQ,
        TQ_2740,
        gold=r"2.2 \cdot (-5)^{n-1}",
        pred=r"2.2 \cdot -5^{(n-1)}",
        wrap=True,
        expected=False,
        why="'Both failed' on Khan; answers: 'they are not equivalent', g(1)(-5)^{(n-1)} \\neq g(1).-5^{n-1}",
    ),
    # math.techqa.club 994533: 2^k + 2^{k-1} + ... + 2
    _c(
        TQ,
        TQ_994,
        gold=r"2^{k+1} - 2",
        pred=r"2\cdot \left(\dfrac{2^k - 1}{2-1}\right)",
        wrap=True,
        expected=True,
        why="answer: '= 2\\cdot \\left(\\dfrac{2^k - 1}{2-1}\\right) = 2^{k+1} - 2'",
    ),
    _c(
        TQ,
        TQ_994,
        gold=r"2^{k+1} - 2",
        pred=r"2^k - 1",
        wrap=True,
        expected=False,
        why="the asker's guess 'Something $$2^k - 1$$'; the answer derives the sum as 2^{k+1} - 2",
    ),
    # math.techqa.club 2547448: 1, 4, 9, 16, ... explicit and recursive
    _c(
        TQ,
        TQ_2547,
        gold=r"a_n=n^2",
        pred=r"a_1=1, a_n=a_{n-1}+(2n-1)",
        wrap=True,
        expected=True,
        why="'$$a_1=1$$ $$a_n=a_{n-1}+(2n-1)$$ is a recursive way of representing the sequence of squares'",
    ),
    # math.techqa.club 2785983: numerators and exponents of a general term
    _c(
        TQ,
        TQ_2785,
        gold=r"3n-1",
        pred=r"2+3(n-1)",
        wrap=True,
        expected=True,
        why="numerators 2, 5, 8, 11: 'This is basically an AP, $2+3(n-1)=3n-1$.'",
    ),
    _c(
        TQ,
        TQ_2785,
        gold=r"5n-3",
        pred=r"2+5(n-1)",
        wrap=True,
        expected=True,
        why="exponents 2, 7, 12, 17: 'This is basically another AP, $2+5(n-1)=5n-3$.'",
    ),
    # wyzant 240771: explicit formula for 2, 4, 6, 8
    _c(
        WYZ,
        WYZ_240,
        gold=r"2n",
        pred=r"2 +(n-1)2",
        wrap=True,
        expected=True,
        why="'an = 2 +(n-1)2 / an = 2 + 2n - 2 / an = 2n'",
    ),
    _c(
        WYZ,
        WYZ_240,
        gold=r"2n",
        pred=r"2 + 2n - 2",
        wrap=True,
        expected=True,
        why="'an = 2 +(n-1)2 / an = 2 + 2n - 2 / an = 2n'",
    ),
    # physicsforums 559527: 1 + 2 + ... + n
    _c(
        PF,
        PF_559,
        gold=r"\frac{n+n^{2}}{2}",
        pred=r"\frac{n}{2}(1+n)",
        wrap=True,
        expected=True,
        why="'S_{n}=\\frac{n}{2}(1+n)' then 'S_{n}=\\frac{n+n^{2}}{2}'; reply: 'Correct.'",
    ),
    # m.79432.com: sum of the triangular numbers n(n+1)/2
    _c(
        W79,
        W79_8668,
        gold=r"n(n+1)(n+2)/6",
        pred=r"1/2[n(n+1)(2n+1)/6+n(n+1)/2]",
        wrap=True,
        expected=True,
        why="'Sn=...=1/2[n(n+1)(2n+1)/6+n(n+1)/2]=n(n+1)[(2n+1)/6+1/2]/2=n(n+1)(n+2)/6'",
    ),
    _c(
        W79,
        W79_8668,
        gold=r"n(n+1)(n+2)/6",
        pred=r"n(n+1)[(2n+1)/6+1/2]/2",
        wrap=True,
        expected=True,
        why="'...=n(n+1)[(2n+1)/6+1/2]/2=n(n+1)(n+2)/6'",
    ),
    # g230.com: 1*2 + 2*3 + ... + n(n+1)
    _c(
        G230,
        G230_481,
        gold=r"n(n+1)(n+2)/3",
        pred=r"n(n+1)(2n+1)/6+n(n+1)/2",
        wrap=True,
        expected=True,
        why="'原式=(1²+2²+……+n²)+(1+2+……+n)=n(n+1)(2n+1)/6+n(n+1)/2=n(n+1)(n+2)/3'",
    ),
    # ja3.jsfiddle.net 48851491: 0.666... as a geometric series
    _c(
        JSF,
        JSF_488,
        gold=r"\frac{2}{3}",
        pred=r"\frac{0.6}{1-0.1}",
        wrap=True,
        expected=True,
        why="'S=\\frac{0.6}{1-0.1}', 'S=\\frac{0.6}{0.9}', 'S=\\frac{2}{3}'",
    ),
    _c(
        JSF,
        JSF_488,
        gold=r"\frac{2}{3}",
        pred=r"\frac{0.6}{0.9}",
        wrap=True,
        expected=True,
        why="'S=\\frac{0.6}{0.9}', then 'S=\\frac{2}{3}'",
    ),
    _c(
        JSF,
        JSF_488,
        gold=r"\frac{2}{3}",
        pred=r"\sum\limits_{n=1}^{\infty}0.6(0.1)^{n-1}",
        wrap=True,
        expected=True,
        why="0.666... written as '\\boxed{\\sum\\limits_{n=1}^{\\infty}0.6(0.1)^{n-1}}', whose sum is 2/3",
    ),
    _c(
        JSF,
        JSF_488,
        gold=r"\frac{2}{3}",
        pred=r"0.666...",
        wrap=True,
        expected=True,
        why="'0.666...=0.6+0.06+0.006+...' summed to 'S=\\frac{2}{3}'",
    ),
    # mathsguide.uk misconception: first term used as the coefficient of n
    _c(
        MGU,
        MGU_ND,
        gold=r"4n - 1",
        pred=r"3n + 4",
        wrap=True,
        expected=False,
        why="3, 7, 11, 15, ...: 'Wrong: nth term = $3n + 4$'; the fix: 'nth term = $4n - 1$'",
    ),
]
