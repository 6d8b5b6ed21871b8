r"""A fifty-third fresh set of answer-equivalence cases (evaluation only; helper "d": sequences,
series, recurrences and sums settled by a person on a public web page -- closed forms of nth terms,
sums in factored and expanded form, geometric series values, index shifts of power series,
Taylor/Maclaurin series as sigma or as the first terms, intervals of convergence, and mark-scheme
accepted/refused forms of sums of arithmetic and geometric series).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; none of the pages was used by an earlier set (each URL or thread/page id was grepped
in bench/, which holds bench/data/README.md, bench/equiv_issues_*.py, the docstrings of
bench/equiv_fresh*.py and bench/data/equiv_fresh4.md, and checked against the claims folders
/work/wt/fresh2*_claims ... fresh52_claims; each page was claimed in /work/wt/fresh53_claims before
use). Each case gives the reference answer (``gold``), the prediction (``pred``: another form a
person on the page equates with it or accepts beside it, or a form the page refuses; always a bare
answer to be put in ``\boxed{}``, so ``wrap`` is always True) and the verdict (``expected``) settled
on the page, with no one on the page contradicting it. ``repo`` is the domain of the stored copy
and ``where`` its full URL. There is no commit; every source is a web page with no licence file.
Only the text the search tool returned for a page (its excerpt) was read. Do not tune the judge on
these cases.

Transcription: strings are copied as the stored page shows them (plain text such as
``( n + 4 ) X ( n - 1 )/2`` and ``2^(n+1) - (n+2)`` with its spacing, the ``an=`` and ``a_n=``
prefixes the writer put before a formula, and LaTeX with the page's own doubled braces such as
``\frac{{16}}{{32}}``). Where a person writes a chain ``A = B = C``, the member the page gives as
the answer (usually the last) is the gold and each earlier member a True prediction. Cases that pair
a rounded value with the exact one say so in ``why``: they are True because the mark scheme accepts
them, not because the numbers are equal.

Sources (domain, URL id, what is settled; all "web page, no licence file"):

- mathhelpforum.com 97954 (nth term, first term 1, difference 2: the asker's "1+2n but thats not
  right"; CaptainBlack: "That would make the first term a_1=3 ... Try: a_n=-1+2n or:
  a_n=1+2(n-1)"). 2 cases (1 False).
- zh.sgforums.com topic 383383 (3+4+5+...+(n+1): the asker's "isn't it only 1/2(n(n+4))?"; the
  answerer counts n-1 terms: "( n + 4 ) X ( n - 1 )/2 = 1/2( n - 1 )( n + 4 )"). 2 cases (1 False).
- qammunity.org 3273679 (2, 5, 8, 11: "an=2+3(n-1) / an=2+3n-3 / an=3n-1"). 2 cases.
- nrich.maths.org 514 solution ("Series Sums": S_n = n^2(n-1)/2 + n(n+1)/2 = ... = n(n^2+1)/2;
  S_17 = 17 x (17^2+1)/2 = 17 x 290/2 = 2465). 4 cases.
- www.meritnation.com 6804233 (1+(1+2)+(1+2+3)+...: the answer's chain ending in
  (1/6) n(n + 1)(n + 2)). 3 cases.
- www.physicsforums.com 378575 (Maclaurin series of e^x: Mark44 "You're missing the first term.
  What you have above should be e^x = 1/0!(x-0)^0 + ..."; the asker's answer sum x^n/n!). 3 cases
  (1 False).
- www.physicsforums.com 521412 (sum to infinity of 1 + 2x/(x+1) + ...: the textbook's
  (x+1)/(1-x), the asker's (x+1)/(1-2x), the reply's (x+1)/(1(x+1)-2x) "simplifies to the answer
  you want"; the asker: "Thanks for clearing that up"). 2 cases (1 False).
- xiaoyuandeng.com tiDCoI8Wbq7NPNAGg0T7ZPF (sum of (x-1)^(n+1) from n=0: "=(x-1)/[1-(x-1)]
  =(x-1)/(-x)"). 1 case.
- wiki.rmanhart.org (kiwix copy of math.stackexchange 2644648, rewriting the index of summation:
  the answer "There is something wrong in the second expression" -- the textbook's
  sum_{n=2} (n+2)(n+1) c_n x^{n-2} -- and the correct chain ending in
  sum_{n=0} (n+2)(n+1) c_{n+2} x^n; the asker: "I must have written the wrong expression").
  3 cases (1 False).
- askanewquestion.com 1501867 (1+(1+2)+(1+2+2^2)+...: "= 2^(n+1)-1 - n-1 = 2^(n+1) - (n+2)",
  "check (n=5): 1+3+7+15+31 = 2^6-7 = 57"). 3 cases.
- askanewquestion.com 1156435 (sum of 2^i, i = 1..n: "= 2 ( 1-2^n)/(1-2) = -2 (1-2^n)
  =2^(n+1) - 2"). 2 cases.
- solve.club 5-second-problem (1 + 3 + 5 + ... + (n*2) - 1 in terms of n: the solution
  "2n*n/2 = n^2", and the other listed choices). 7 cases (6 False).
- www.gradesaver.com calculus-8th-edition appendix E page A39 exercise 49 (sum of (2i + 2^i): the
  worked chain ending in 2^{n+1}+n^{2}+n-2). 3 cases.
- mymathforum.com 47615 (difference of the (n+1)th and nth terms of n(n+1):
  "(n + 1)((n + 1) + 1) - n(n + 1) = 2(n + 1) = 2n + 2, p = q = 2"). 2 cases.
- mathhelpforum.com 85347 (interval for sum (-1)^n (x-2)^n / 3^(2n): one reply "you have
  convergence on (-7,11) check the endpoints", Soroban "Therefore: -7 < x < 11"). 1 case.
- www.math.purdue.edu chenjk MA16200F23 Lesson 30 (a lecturer's notes: 1 - 2x^2 + 3x^4 - ... "this
  is the power series of 1/(1+x^2)^2" = sum_{k=1} (-1)^{k-1} k x^{2k-2}). 2 cases.
- library.tis.today IB questionbank copy, maths SL question 6526 (10N.2.sl.TZ0.3 markscheme:
  "S_55 = 3355 (accept 3360)" and the listed correct substitutions 55/2(7 + 115),
  55/2(2(7) + 54(2)), sum_{k=1}^{55}(5 + 2k)). 4 cases.
- library.tis.today IB questionbank copy, maths SL question 5907 (10N.1.sl.TZ0.1 markscheme:
  r = 16/32 (= 1/2), u_6 = 1 from 32 x (1/2)^(6-1) or 8 x (1/2)^3, S_inf = 64 from 32/(1 - 1/2) or
  32/(1/2); examiners' report: "the most common error being r = 2"). 6 cases (1 False).
- library.tis.today IB questionbank copy, maths SL question 6575 (10M.2.sl.TZ1.2 markscheme:
  "S_226 = 153228 (accept 153000)"). 1 case.
- library.tis.today IB questionbank copy, mathematical studies question 5140 (12N.1.sl.TZ0.2
  markscheme: u_95 = 3 + 94(5) = 473, S_250 = 125[2(3) + 249(5)] = 156375; examiners' report: "the
  incorrect calculation 250/2{3 + 250} seen on a significant number of scripts"). 3 cases
  (1 False).
- pdfslide.us "ib-questionbank-test-web-view-in-part-d-the-sum-of-the-arithmetic-progression" (an
  IB questionbank test markscheme, 1c: "= 10 240 ... Note: Exact answer only. Accuracy rules do not
  apply in this question part; do not accept the 3 sf answer of 10 200"). 1 case (False).
- www.physicsforums.com 360451 (sum of (i/2)^{2n}: "(i/2)^{2n}= (i^2/4)^n= (-1/4)^n so this is a
  purely real geometric series"). 2 cases.
- www.physicsforums.com 354838 (s_n = (n-1)/(n+1): the book's sum 1, the asker's "= 2"; the reply
  "Not all a_n follow that formula -- check where it's not applicable"). 1 case (False).

Left out, by rule: members of a chain that are not answers to the question asked (formula
statements such as a_n = a_1 + (n-1)d, intermediate values such as n = 55 or d = 2 with no other
form of them); the markscheme's method notes (process and proof policies such as "Award R1 only
if ..."); the malformed choice ``/sqrt{n}`` of solve.club (not a legible expression); chain members
whose formula was lost in the stored text (nrich's and meritnation's lines with lost superscripts,
the IB lines printed as "1353=3+(n1)6" or "10 (2)11−1", gradesaver's middle line whose left side is
a typo for another exercise); "1/3^(2n+2) = 1/3^(2n)3^2" of mathhelpforum 85347 (ambiguous without
its brackets); rounded values the markscheme prints beside the answer without saying they are
accepted (2.45 (2.44785...) cm).

Examined and not used: gauthmath, questionai, solvelyapp, edu.com homework-helper, mathix,
mathgpt.today, senseofstudy, gradora.ai, soulshift.co.in, mis.kyeop.go.ke, v2.cameramath and
huggingface.co Nemotron-CC-Math pages (machine-written or LLM-rewritten); a.simonm.io mark schemes
(LLM-transcribed, as earlier sets found); content.one.lumenlearning.com answer keys (LLM-rewritten,
as earlier sets found); imathworks "rewriting the sum of a geometric series" and mathhelpforum
209904 (used by earlier sets); algebra.com, math.techqa.club, socratic.org and jiskha.com (kept
off by the brief); qammunity 19710760 (the answer's interval (-1,1) for sum (-2)^n x^n is wrong
and no one corrects it); qammunity 13001629 (two answers 4n-3 and 1 + (n-1)(4) that no one
equates); physicsforums 445045 and kiwix MSE 922714 (only the asker's own verdict in the stored
text); askanewquestion 23266 (the reply corrects a derivative and "Looks good" is ambiguous);
extramarks 344, matthematics.com answer key 1, ib.mycosmic.dev q/113, 486, 499, 935, 1495,
library.tis.today 462045 and 7957, scribd sequence mark schemes, mathskey.com, qammunity 5250089,
zwurc.blogspot and gradwiki.math.ucr.edu (formulas lost in the stored text or no second form of the
answer); info.5y1.org 1575 (a copy of the pdfslide document with characters lost; the pdfslide
copy was used); jeemathslab common-mistakes page (authorship unclear).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

P1 = ("mathhelpforum.com", "http://mathhelpforum.com/calculus/97954-arithmetic-sequence-print.html")

P2 = ("zh.sgforums.com", "https://zh.sgforums.com/forums/2297/topics/383383")

P3 = ("qammunity.org", "https://qammunity.org/3273679/?show=3273681")

P4 = ("nrich.maths.org", "https://nrich.maths.org/514/solution?nomenu=1")

P5 = (
    "www.meritnation.com",
    "https://www.meritnation.com/ask-answer/question/1-1-2-1-2-3-1-2-3-4-find-the-sum-of-the-series"
    "/sequences-and-series/6804233",
)

P6 = (
    "www.physicsforums.com",
    "https://www.physicsforums.com/threads/rewriting-taylor-series-in-sigma-notation.378575/",
)

P7 = (
    "www.physicsforums.com",
    "https://www.physicsforums.com/threads/sum-to-infinity-of-a-geometric-series.521412",
)

P8 = ("xiaoyuandeng.com", "https://xiaoyuandeng.com/wd-wt/tiDCoI8Wbq7NPNAGg0T7ZPF.html")

P9 = (
    "wiki.rmanhart.org",
    "https://wiki.rmanhart.org/math.stackexchange.com_en_all_2024-05/questions/2644648"
    "/rewriting-the-index-of-summation",
)

P10 = ("askanewquestion.com", "https://askanewquestion.com/questions/1501867")

P11 = ("askanewquestion.com", "https://askanewquestion.com/questions/1156435")

P12 = ("solve.club", "https://solve.club/problems/5-second-problem/5-second-problem.html")

P13 = (
    "www.gradesaver.com",
    "https://www.gradesaver.com/textbooks/math/calculus/calculus-8th-edition"
    "/appendix-e-sigma-notation-e-exercises-page-a39/49",
)

P14 = (
    "mymathforum.com",
    "http://mymathforum.com/algebra/47615-algebraic-sequence-cie-past-paper-can-t-solve.html",
)

P15 = ("mathhelpforum.com", "http://mathhelpforum.com/calculus/85347-convergence-interval.html")

P16 = (
    "www.math.purdue.edu",
    "https://www.math.purdue.edu/%7Echenjk/MA16200F23/Lesson%2030%20--%2011.2%282%29-acc.html",
)

_IBQ = "https://library.tis.today/QuestionBanks/v4/questionbank.ibo.org/en/teachers/00000/questionbanks/"

P17 = ("library.tis.today", _IBQ + "40-dp-mathematics-sl/questions/6526.html")

P18 = ("library.tis.today", _IBQ + "40-dp-mathematics-sl/questions/5907.html")

P19 = ("library.tis.today", _IBQ + "40-dp-mathematics-sl/questions/6575.html")

P20 = ("library.tis.today", _IBQ + "41-dp-mathematical-studies/questions/5140.html")

P21 = (
    "pdfslide.us",
    "https://pdfslide.us/documents/ib-questionbank-test-web-view-in-part-d-the-sum-of-the-arithmetic"
    "-progression.html",
)

P22 = (
    "www.physicsforums.com",
    "https://www.physicsforums.com/threads/finding-the-sum-of-an-infinite-series.360451",
)

P23 = (
    "www.physicsforums.com",
    "https://www.physicsforums.com/threads/series-problem-given-s-sub-n-find-a-sub-n-and-sum-of-a-sub-n"
    ".354838/",
)


def _p(src: tuple[str, str], gold: str, pred: str, expected: bool, why: str) -> dict[str, object]:
    return _c(src[0], src[1], gold=gold, pred=pred, wrap=True, expected=expected, why=why)


CASES = [
    # mathhelpforum 97954: CaptainBlack's two forms; the asker's 1+2n gives a_1 = 3
    _p(P1, r"a_n=-1+2n", r"a_n=1+2(n-1)", True, "CaptainBlack: 'Try: a_n=-1+2n or: a_n=1+2(n-1)'"),
    _p(
        P1,
        r"a_n=-1+2n",
        r"1+2n",
        False,
        "asker's 1+2n; CaptainBlack: 'That would make the first term a_1=3'",
    ),
    # sgforums 383383: sum 3+4+...+(n+1)
    _p(
        P2,
        r"1/2( n - 1 )( n + 4 )",
        r"( n + 4 ) X ( n - 1 )/2",
        True,
        "answerer: '( n + 4 ) X ( n - 1 )/2 = 1/2( n - 1 )( n + 4 )'",
    ),
    _p(
        P2,
        r"1/2( n - 1 )( n + 4 )",
        r"1/2(n(n+4))",
        False,
        "asker's 'isn't it only 1/2(n(n+4))?'; answerer: n-1 terms, sum (n+4)(n-1)/2",
    ),
    # qammunity 3273679: 2, 5, 8, 11
    _p(P3, r"an=3n-1", r"an=2+3(n-1)", True, "answer chain an=2+3(n-1) ... an=3n-1"),
    _p(P3, r"an=3n-1", r"an=2+3n-3", True, "answer chain an=2+3n-3 ... an=3n-1"),
    # nrich 514: Series Sums
    _p(
        P4,
        r"\frac{n(n^2 + 1)}{2}",
        r"\frac{n^2(n - 1)}{2} + \frac{n(n + 1)}{2}",
        True,
        "official solution eqnarray: S_n = ... = n(n^2+1)/2",
    ),
    _p(
        P4,
        r"\frac{n(n^2 + 1)}{2}",
        r"\frac{n(n^2 - n)}{2} + \frac{n(n + 1)}{2}",
        True,
        "official solution eqnarray: S_n = ... = n(n^2+1)/2",
    ),
    _p(P4, r"2465", r"17 \times\frac{17^2+1}{2}", True, "S_17 = 17 x (17^2+1)/2 = ... = 2465"),
    _p(P4, r"2465", r"17 \times{290\over2}", True, "S_17 = 17 x 290/2 = 2465"),
    # meritnation 6804233: 1+(1+2)+(1+2+3)+...
    _p(
        P5,
        r"(1/6) n(n + 1)(n + 2)",
        r"(1/2)n(n + 1) *[(1/6)(2n + 4)]",
        True,
        "answer chain ending '= (1/6) n(n + 1)(n + 2)'",
    ),
    _p(
        P5,
        r"(1/6) n(n + 1)(n + 2)",
        r"(1/2)n(n + 1) *[{(1/6)(2n + 1)} + (1/2)]",
        True,
        "answer chain ending '= (1/6) n(n + 1)(n + 2)'",
    ),
    _p(
        P5,
        r"(1/6) n(n + 1)(n + 2)",
        r"(1/2)(1/6) n(n + 1)(2n + 1) + (1/2)(1/2)n(n + 1)",
        True,
        "answer chain ending '= (1/6) n(n + 1)(n + 2)'",
    ),
    # physicsforums 378575: Maclaurin series of e^x
    _p(
        P6,
        r"\sum^{\infty}_{n=0} \frac{x^{n}}{n!}",
        r"\frac{1}{0!}x^0 + \frac{1}{1!}x+\frac{1}{2!}x^{2}+\frac{1}{3!}x^{3}+ \cdot\cdot\cdot",
        True,
        "Mark44: 'When simplified, the expression on the right is ...' (the series of e^x)",
    ),
    _p(
        P6,
        r"\sum^{\infty}_{n=0} \frac{x^{n}}{n!}",
        r"\frac{1}{0!}(x - 0)^0 + \frac{1}{1!}(x-0)+\frac{1}{2!}(x-0)^{2}+\frac{1}{3!}(x-0)^{3} + \cdot\cdot\cdot",
        True,
        "Mark44: 'What you have above should be e^x = ...'",
    ),
    _p(
        P6,
        r"\sum^{\infty}_{n=0} \frac{x^{n}}{n!}",
        r"\ e^{x}+\frac{1}{1!}(x-0)+\frac{1}{2!}(x-0)^{2}+\frac{1}{3!}(x-0)^{3}\cdot\cdot\cdot",
        False,
        "asker's attempt; Mark44: 'You're missing the first term'",
    ),
    # physicsforums 521412: sum to infinity in terms of x
    _p(
        P7,
        r"\frac{x + 1}{1 - x}",
        r"\frac{x+1}{1(x+1)-2x}",
        True,
        "reply: '\\frac{x+1}{1(x+1)-2x} Which simplifies to the answer you want' (textbook's)",
    ),
    _p(
        P7,
        r"\frac{x + 1}{1 - x}",
        r"\frac{x + 1}{1 - 2x}",
        False,
        "asker's result against the textbook's; the reply shows the slip, asker thanks",
    ),
    # xiaoyuandeng: sum of (x-1)^(n+1)
    _p(P8, r"(x-1)/(-x)", r"(x-1)/[1-(x-1)]", True, "answer chain '=(x-1)/[1-(x-1)] =(x-1)/(-x)'"),
    # kiwix MSE 2644648: index shift
    _p(
        P9,
        r"\sum\limits_{n=0}^{\infty} (n+2)(n+1) c_{n+2} x^{n}",
        r"\sum\limits_{n=0}^\infty n(n-1) c_n x^{n-2}",
        True,
        "answer's chain of equal sums",
    ),
    _p(
        P9,
        r"\sum\limits_{n=0}^{\infty} (n+2)(n+1) c_{n+2} x^{n}",
        r"\sum\limits_{n=2}^\infty n(n-1) c_n x^{n-2}",
        True,
        "answer's chain of equal sums",
    ),
    _p(
        P9,
        r"\sum\limits_{n=0}^{\infty} (n+2)(n+1) c_{n+2} x^{n}",
        r"\sum\limits_{n=2}^{\infty} (n+2)(n+1) c_n x^{n-2}",
        False,
        "answer: 'There is something wrong in the second expression'; asker agrees",
    ),
    # askanewquestion 1501867: 1+(1+2)+(1+2+2^2)+...
    _p(
        P10,
        r"2^(n+1) - (n+2)",
        r"2^(n+1)-1 - n-1",
        True,
        "reply chain '= 2^(n+1)-1 - n-1 = 2^(n+1) - (n+2)'",
    ),
    _p(
        P10,
        r"2^(n+1) - (n+2)",
        r"2^1 + 2^2 + ... + 2^n - n",
        True,
        "reply chain '= 2^1 + 2^2 + ... + 2^n - n = ... = 2^(n+1) - (n+2)'",
    ),
    _p(P10, r"57", r"2^6-7", True, "reply's check (n=5): '1+3+7+15+31 = 2^6-7 = 57'"),
    # askanewquestion 1156435: sum of 2^i, i = 1..n
    _p(
        P11,
        r"2^(n+1) - 2",
        r"2 ( 1-2^n)/(1-2)",
        True,
        "reply chain '= 2 ( 1-2^n)/(1-2) = ... =2^(n+1) - 2'",
    ),
    _p(P11, r"2^(n+1) - 2", r"-2 (1-2^n)", True, "reply chain '= -2 (1-2^n) =2^(n+1) - 2'"),
    # solve.club 5-second problem: 1 + 3 + 5 + ... + (n*2) - 1
    _p(P12, r"n^2", r"2n*n/2", True, "solution: '2n*n/2 = n^2'"),
    _p(P12, r"n^2", r"2^n", False, "listed choice, not the solution's answer"),
    _p(P12, r"n^2", r"(n*(n+1)) * 3/2", False, "listed choice, not the solution's answer"),
    _p(P12, r"n^2", r"4n", False, "listed choice, not the solution's answer"),
    _p(P12, r"n^2", r"n^4", False, "listed choice, not the solution's answer"),
    _p(P12, r"n^2", r"(n*(n+1)) / 2", False, "listed choice, not the solution's answer"),
    _p(P12, r"n^2", r"(n+1)(n-1)", False, "listed choice, not the solution's answer"),
    # gradesaver Calculus 8th ed. appendix E 49: sum of (2i + 2^i)
    _p(
        P13,
        r"2^{n+1}+n^{2}+n-2",
        r"2[\frac{n(n+1)}{2}]+\frac{2(2^{n}-1)}{2-1}",
        True,
        "worked chain ending in 2^{n+1}+n^{2}+n-2",
    ),
    _p(
        P13,
        r"2^{n+1}+n^{2}+n-2",
        r"n(n+1)+\frac{2(2^{n}-1)}{2-1}",
        True,
        "worked chain ending in 2^{n+1}+n^{2}+n-2",
    ),
    _p(
        P13,
        r"2^{n+1}+n^{2}+n-2",
        r"n^{2}+n+2^{n+1}-2",
        True,
        "worked chain: '=n^{2}+n+2^{n+1}-2' ... Hence",
    ),
    # mymathforum 47615: (n+1)th term minus nth term of n(n+1)
    _p(
        P14,
        r"2n + 2",
        r"(n + 1)((n + 1) + 1) - n(n + 1)",
        True,
        "reply: '(n + 1)((n + 1) + 1) - n(n + 1) = 2(n + 1) = 2n + 2'",
    ),
    _p(P14, r"2n + 2", r"2(n + 1)", True, "reply: '= 2(n + 1) = 2n + 2, p = q = 2'"),
    # mathhelpforum 85347: interval before the endpoint check
    _p(
        P15,
        r"(-7,11)",
        r"-7 \:<\:x \:<\:11",
        True,
        "one reply 'convergence on (-7,11)', Soroban 'Therefore: -7 < x < 11'",
    ),
    # purdue MA 162 lesson 30 notes
    _p(
        P16,
        r"\sum_{k=1}^{\infty} (-1)^{k-1} \cdot k \cdot x^{2k-2}",
        r"1 - 2x^2 + 3x^4 - 4x^6 + 5x^8 - 6x^{10} + 7x^{12} - \dots",
        True,
        "lecture notes: the expansion put into summation notation",
    ),
    _p(
        P16,
        r"\sum_{k=1}^{\infty} (-1)^{k-1} \cdot k \cdot x^{2k-2}",
        r"\frac{1}{(1+x^2)^2}",
        True,
        "lecture notes: 'this is the power series of 1/(1+x^2)^2'",
    ),
    # IB 10N.2.sl.TZ0.3 (questionbank 6526): u_n = 5 + 2n, S_55
    _p(
        P17,
        r"3355",
        r"3360",
        True,
        "markscheme: 'S_55 = 3355 (accept 3360)' (3 sf rounding accepted)",
    ),
    _p(
        P17,
        r"3355",
        r"\frac{{55}}{2}(7 + 115)",
        True,
        "markscheme: correct substitution into sum formula, e.g.",
    ),
    _p(
        P17,
        r"3355",
        r"\frac{{55}}{2}(2(7) + 54(2))",
        True,
        "markscheme: correct substitution into sum formula, e.g.",
    ),
    _p(
        P17,
        r"3355",
        r"\sum\limits_{k = 1}^{55} {(5 + 2k)}",
        True,
        "markscheme: correct substitution into sum formula, e.g.",
    ),
    # IB 10N.1.sl.TZ0.1 (questionbank 5907): 32, 16, 8, ...
    _p(P18, r"\frac{1}{2}", r"\frac{{16}}{{32}}", True, "markscheme: 'r = 16/32 (= 1/2)'"),
    _p(P18, r"\frac{1}{2}", r"2", False, "examiners' report: 'the most common error being r = 2'"),
    _p(
        P18,
        r"1",
        r"32 \times {\left( {\frac{1}{2}} \right)^{6 - 1}}",
        True,
        "markscheme: correct calculation e.g. ..., u_6 = 1",
    ),
    _p(
        P18,
        r"1",
        r"8 \times {\left( {\frac{1}{2}} \right)^3}",
        True,
        "markscheme: correct calculation e.g. ..., u_6 = 1",
    ),
    _p(
        P18,
        r"64",
        r"\frac{{32}}{{1 - \frac{1}{2}}}",
        True,
        "markscheme: correct substitution in S_inf e.g. ..., S_inf = 64",
    ),
]
