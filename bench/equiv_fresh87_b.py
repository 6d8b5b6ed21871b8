r"""An eighty-seventh fresh set of answer-equivalence cases (evaluation only; helper "b": functions
and graphs in precalculus -- inverse functions, transformations written as equations (vertex
form against the expanded form), asymptotes given as equations, intercepts as points or as
numbers, domains and ranges as inequalities, intervals, sets or words -- where a mark scheme, an
examiners' report, a worked answer that states two forms as the same, or a Q&A thread settles
which forms are the same answer and which are not).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/, and checked against /work/wt/fresh*_claims/claims.txt; each page was
claimed in /work/wt/fresh87_claims/claims.txt before use). Each case gives the reference answer
(``gold``), the prediction (``pred``: another form the page gives as the same answer, or a form
the page refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and
the verdict (``expected``) settled on the page, with no one on the page contradicting it. ``repo``
is the domain of the stored copy (for the proxied scribd copy, the proxy's domain) and ``where``
its full URL. There is no commit; every source is a web page with no licence file. Only the text
the search tool returned for a page (its excerpt) was read. Do not tune the judge on these cases.
Continued in bench/equiv_fresh87_b2.py (same rules; its sources are listed below too).

Transcription: strings are copied as the stored page shows them: LaTeX kept as LaTeX (socratic's
``\left[3 , \infty\right)``, iitianacademy's doubled braces ``\frac{{x + 2}}{3}``), unicode kept
(the scribd copy's math-italic ``𝑓(𝑥) ≤ −1``, ``−`` and ``–`` minus signs, ``∞``), ASCII kept
(qammunity's ``(-infinity,-1) U (-1,1) U (1,infinity)``). Dropped only: inline-math delimiters
``\( \)``, ``$ $`` and ``[tex] [/tex]`` around a form; a left side ``f^{-1}(x) =``, ``q =`` or
``y =`` where the answer asked for is the right side (an inverse's expression, a parameter, an
intercept); a sentence-final full stop; and, in socratic 56d5b2c0, the colour markup
``\textcolor{p u r p \le}{...}`` wrapped round the standard form. A left side is kept where the
answer is itself an equation or inequality (an asymptote ``y = 7``, a standard form ``y = 2 {x}^{2}
+ 12 x + 19``, a range ``f(x) ≤ 4``). Where a page restates one answer in several forms, the first
symbolic form is the gold and each further form a True case (the scribd markscheme's "Correct
alternative notations include ..."; qammunity 21521767's "x ≥ -1 or [-1, ∞)"); in qammunity
5732018 the inequality ``f(x) ≤ 4`` is the gold and its words and interval forms the preds.
Refusals are taken where the page names the refused form: an asymptote given as a bare number or
as a parameter value ("must be an equation", "do not accept p = 7", the examiners' "just wrote
the number"), a wrong value an examiners' report or a reply names (q = - 3; 0.02 for f^-1(4); the
asker's -x-7/3), a point the markscheme rejects ((1,1)).

Sources (domain, URL, what is settled; all "web page, no licence file"):

- ptop.only.wip.la proxy copy of scribd 593284940 "AAHL-MS-worksheet On Transformation of
  Functions 1" (IB AA HL markscheme: 1b "range is 𝑓(𝑥) ≤ −1 ... Note: Correct alternative
  notations include ]−∞, −1], (−∞, −1] or 𝑦 ≤ −1"; 1d the intersection "(−2, −2)", with a
  reason required "for rejecting (1,1)"). 4 cases (1 False).
- www.iitianacademy.com "ib-math-analysis-approaches-questionbank-topic-sl-2-8-the-reciprocal-and-
  rational-function-sl-paper-1" (the correct interval "eg |m| > 1, m < –1 or m > 1"). 1 case.
- www.iitianacademy.com "ib-dp-maths-topic-2-2-the-graph-of-yf−1x-as-the-reflection-in-the-line-
  yx-..." ("f^{-1}(x) = \frac{x+2}{3} (accept y = \frac{x+2}{3}, \frac{x+2}{3})"; the
  y-intercept "y = \frac{5}{2} (accept (0, 2.5))"). 2 cases.
- library.tis.today IB questionbank 40-dp-mathematics-sl question 69554 (14N.1.sl.TZ0.5,
  f(x) = p + 9/(x - q): "y = 7 (must be an equation, do not accept p = 7"; examiners' report:
  "Some candidates incorrectly answered q = - 3, rather than q = 3", "many candidates did not
  write the equation of the asymptote, but just wrote the number"). 2 cases (2 False).
- repo.pirateib.xyz IB questionbank 41-dp-mathematical-studies question 8334 (08M.1.sl.TZ1.11:
  "Range={2, 9, 14} ... Note: Brackets not required."). 1 case.

Sources of bench/equiv_fresh87_b2.py:

- socratic.org "what-is-the-domain-and-range-of-f-x-sqrt-x-3" (answer 1 "x \ge 3 or in interval
  notation \left[3 , \infty\right)"; answer 2 "The domain is x \in \left[3 , + \infty\right)").
  2 cases.
- socratic.org "what-is-the-domain-and-range-of-y-1-x-2-1" ("Domain \left(- \infty , 2\right) U
  \left(2 , \infty\right)" ... "Domain is all x except x=2."). 1 case.
- socratic.org questions 56d5b2c011ef6b6e1018d3bc ("y = 2 {\left(x + 3\right)}^{2} + 1 in
  standard form is ... y = 2 {x}^{2} + 12 x + 19") and "how-do-you-write-y-3-x-2-2-1-in-standard-
  form" (answer "y = 3 {x}^{2} - 12 x + 13"). 2 cases.
- qammunity.org 13444676 ("y = 2x^2+12x+3 = 2(x + 3)^2 - 15 ... they are equivalent"), 11405544
  (domain "In interval notation: (-infinity,-1) U (-1,1) U (1,infinity) In inequality notation:
  x<-1 or -1<x<1 or x>1", "all real numbers except x=-1,x=1"), 5732018 ("All real numbers less
  than or equal to 4. f(x) ≤ 4 Interval notation: (-∞, 4]") and 21521767 ("Domain: x ≥ -1 or
  [-1, ∞)", "Range: y ≤ 5 or (-∞, 5]"). 7 cases.
- indextestingapp.uonbi.ac.ke preguntia 25308357 (a copy of a brainly answer: domain
  "(-\infty, \infty)" "the same as writing the compound inequality -\infty < x < \infty"; range
  "y \ge 3 ... 3 \le y < \infty ... The interval notation for the range is therefore
  [3 ,\infty)"). 3 cases.
- www.gradesaver.com Precalculus (6th Edition) Blitzer, chapter 2 mid-chapter check point 9
  ("f\left( x \right)\le 5 \Rightarrow f\left( x \right)\in \left( -\infty ,5 \right]"). 1 case.
- mathleaks.com "study/pearson-algebra-1-common-core-2015/5-standard-form" ("An x-intercept of 3
  means that the graph passes through the x-axis at the point ( 3,0)."). 1 case.
- sunburntmirth.wordpress.com 2008/04/12 "that's two answers" (a quiz-bowl team's "(0, -15)" for
  the y-intercept, first ruled wrong against the guide's "negative 15", then accepted: "(0, -15)"
  and "the y-intercept is -15" is the same thing). 1 case.
- www.physicsforums.com thread 29334 "Inverse function of x^3 + 1" ("I got an answer of 0.02 but
  the book says it is 1.44" -- "You're mistaking the inverse with the reciprocal."). 1 case
  (1 False).
- mathhelpforum.com pre-calculus 142519 "find inverse" (the asker's "-x-7/3 = y" for y = 7-3x;
  reply "You need to divide through by -3" ... "y=\frac{x - 7}{-3}", "y=\frac{-x }{3}+\frac{ 7}
  {3}"). 2 cases (1 False).

31 cases in all (5 False): 10 here (3 False), 21 in bench/equiv_fresh87_b2.py (2 False).

Left out, by rule: usage-only refusals when the value is the same (the scribd markscheme's "Do not
accept use of the 'move' for a translation"; four asymptotes answered as a bare number where the
markscheme says "must be an equation": iitianacademy 2.8's 2 and 7/2, questionbank 69554's 7 and
265259's -4, left out by the lead before any run, as earlier sets leave out notation-only
refusals); forms whose powers or fractions the stored text
flattened (the scribd 593284940 inverse "(𝑥 + 1)2 − 3 (𝑓 −1 (𝑥) = 𝑥 2 + 2𝑥 − 2)", virtualnerd's
"y = 2(x + 3)2 - 22" and "2x2+12x-4", library.tis.today 396272's "x=−32or4", id.scribd 411197528's
"–5 Y f(x) Y 4", documents.pub's "y [−2, 2]∈"); single-form answers (iitianacademy "f(2) = 3"
and "{f^{ - 1}}( - 1) = 0", wyzant 69139, socratic's ranges); approximate equalities
(physicsforums 29334's "3 ^ (1/3) ~ 1.44"); a page whose worked answer is wrong (socratic
"how-do-you-write-y-2x-2-8x-13-into-vertex-form",
"y = 2 {\left(x - 2\right)}^{2} + 21") and a reply left open ("if your teacher
prefers ... it all depends", qamnty 21667643).

Examined and not used: pages an earlier set used or claimed (thestudentroom t=1418908,
de.scribd 438092714, iitianacademy topic 2.1 and 2.4 pages, ib.mycosmic.dev q/674, q/1342, q/515,
library.tis.today 219087 and its twin 219089 and 799165 (the same question as mycosmic q/674),
grupopedia 20108042, www2.dbl.id 17175354 and 26549617, qammunity 603344, the webwork interval-
notation help pages, sourceforge openwebwork message 24825456, vdocuments physicsandmathstutor
C3, anonyproxies scribd 623144373); ib.mycosmic.dev and library.tis.today v5 pages whose
MathJax was stripped from the stored text (q/29, q/1631, q/1688, 396269, 464442, 708917);
a.simonm.io, algebra.com and jiskha.com pages (sites to skip); machine-written or AI answer
pages (edu.com, vaia, questionai, gauthmath, mathix, smartsolve, askanewquestion, mis.kyeop.go.ke,
devyy, doubts.ai, kramizo, atlas.org, aimnova, revisesmarter, userz.net, danemathics, qammunity
"Final answer:" replies); iitianacademy "Exam Style Questions- New Syllabus" pages (written
solutions, no markscheme notes); thestudentroom t=107212 and t=4215832 (no verdict on a stated
form); brightstorm qna 3609, 5443 and 11476 (one form each); web2.0calc answers page 8051 (the
reply's claim about x = y^2 is not settled there).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

PTOP = "ptop.only.wip.la"
PTOP_593 = "https://ptop.only.wip.la:443/https/www.scribd.com/document/593284940/AAHL-MS-worksheet-on-transformation-of-functions-1"
IIT = "www.iitianacademy.com"
IIT_28P1 = "https://www.iitianacademy.com/ib-math-analysis-approaches-questionbank-topic-sl-2-8-the-reciprocal-and-rational-function-sl-paper-1/"
IIT_22 = "https://www.iitianacademy.com/ib-dp-maths-topic-2-2-the-graph-of-yf%E2%88%921x-as-the-reflection-in-the-line-yx-of-the-graph-of-yfx-sl-paper-1/"
TIS = "library.tis.today"
TIS_69554 = "https://library.tis.today/QuestionBanks/v4/questionbank.ibo.org/en/teachers/00000/questionbanks/40-dp-mathematics-sl/questions/69554.html"
TIS_265259 = "https://library.tis.today/QuestionBanks/v4/questionbank.ibo.org/en/teachers/00000/questionbanks/40-dp-mathematics-sl/questions/265259.html"
PIB = "repo.pirateib.xyz"
PIB_8334 = "https://repo.pirateib.xyz/IB%20QUESTIONBANKS/4.%20Fourth%20Edition%20-%20TOPIC/questionbank.ibo.org/en/teachers/00000/questionbanks/41-dp-mathematical-studies/questions/8334.html"
# sources of bench/equiv_fresh87_b2.py
SOC = "socratic.org"
SOC_SQRT = "https://socratic.org/questions/what-is-the-domain-and-range-of-f-x-sqrt-x-3"
SOC_RECIP = "https://socratic.org/questions/what-is-the-domain-and-range-of-y-1-x-2-1"
SOC_VF1 = "https://socratic.org/questions/56d5b2c011ef6b6e1018d3bc"
SOC_VF2 = "https://socratic.org/questions/how-do-you-write-y-3-x-2-2-1-in-standard-form"
QAM = "qammunity.org"
QAM_13444676 = "https://qammunity.org/13444676"
QAM_11405544 = "https://qammunity.org/11405544"
QAM_5732018 = "https://qammunity.org/5732018/?show=5732020"
QAM_21521767 = "https://qammunity.org/21521767"
UON = "indextestingapp.uonbi.ac.ke"
UON_25308 = "https://indextestingapp.uonbi.ac.ke/preguntia/25308357"
GS = "www.gradesaver.com"
GS_B9 = "https://www.gradesaver.com/textbooks/math/precalculus/precalculus-6th-edition-blitzer/chapter-2-mid-chapter-check-point-page-381/9"
ML = "mathleaks.com"
ML_5SF = "https://mathleaks.com/study/pearson-algebra-1-common-core-2015/5-standard-form"
SUN = "sunburntmirth.wordpress.com"
SUN_2ANS = "http://sunburntmirth.wordpress.com/2008/04/12/thats-two-answers/"
PF = "www.physicsforums.com"
PF_29334 = "https://www.physicsforums.com/threads/inverse-function-of-x-3-1.29334/"
MHF = "mathhelpforum.com"
MHF_142519 = "http://mathhelpforum.com/pre-calculus/142519-find-inverse.html"

CASES = [
    # scribd 593284940 (ptop.only.wip.la copy), IB AAHL transformations worksheet markscheme
    _c(
        PTOP,
        PTOP_593,
        gold=r"𝑓(𝑥) ≤ −1",
        pred=r"]−∞, −1]",
        wrap=True,
        expected=True,
        why=(
            "1b 'range is 𝑓(𝑥) ≤ −1 ... Note: Correct alternative notations include ]−∞, "
            "−1], (−∞, −1] or 𝑦 ≤ −1'"
        ),
    ),
    _c(
        PTOP,
        PTOP_593,
        gold=r"𝑓(𝑥) ≤ −1",
        pred=r"(−∞, −1]",
        wrap=True,
        expected=True,
        why="1b 'Correct alternative notations include ]−∞, −1], (−∞, −1] or 𝑦 ≤ −1'",
    ),
    _c(
        PTOP,
        PTOP_593,
        gold=r"𝑓(𝑥) ≤ −1",
        pred=r"𝑦 ≤ −1",
        wrap=True,
        expected=True,
        why="1b 'Correct alternative notations include ]−∞, −1], (−∞, −1] or 𝑦 ≤ −1'",
    ),
    _c(
        PTOP,
        PTOP_593,
        gold=r"(−2, −2)",
        pred=r"(1,1)",
        wrap=True,
        expected=False,
        why=(
            "1d 'as 𝑥 ≤ −1, the only solution is 𝑥 = −2 ... (−2, −2)'; note: 'a valid "
            "reason ... for rejecting (1,1)'"
        ),
    ),
    # iitianacademy SL 2.8 (reciprocal and rational function) Paper 1 questionbank markschemes
    _c(
        IIT,
        IIT_28P1,
        gold=r"\left| m \right| > 1",
        pred=r"m <  – 1 or m > 1",
        wrap=True,
        expected=True,
        why=(
            "'correct interval A1 N4 eg |m| > 1, m < –1 or m > 1' (both given as correct intervals)"
        ),
    ),
    # iitianacademy topic 2.2 (graph of the inverse as a reflection) SL Paper 1 markschemes
    _c(
        IIT,
        IIT_22,
        gold=r"\frac{{x + 2}}{3}",
        pred=r"y = \frac{{x + 2}}{3}",
        wrap=True,
        expected=True,
        why="'f^{-1}(x) = (x+2)/3 (accept y = (x+2)/3, (x+2)/3) A1 N2'",
    ),
    _c(
        IIT,
        IIT_22,
        gold=r"\frac{5}{2}",
        pred=r"(0, 2.5)",
        wrap=True,
        expected=True,
        why="y-intercept of h: 'y = \\frac{5}{2} (accept (0, 2.5)) A1 N2'",
    ),
    # library.tis.today IB questionbank 69554 (14N.1.sl.TZ0.5): f(x) = p + 9/(x - q)
    _c(
        TIS,
        TIS_69554,
        gold=r"y = 7",
        pred=r"p = 7",
        wrap=True,
        expected=False,
        why="horizontal asymptote: 'y = 7 (must be an equation, do not accept p = 7'",
    ),
    _c(
        TIS,
        TIS_69554,
        gold=r"3",
        pred=r"- 3",
        wrap=True,
        expected=False,
        why=("q = 3; report: 'Some candidates incorrectly answered q = - 3, rather than q = 3'"),
    ),
    # repo.pirateib.xyz IB questionbank 8334 (08M.1.sl.TZ1.11): range of f on {-2, 2, 3}
    _c(
        PIB,
        PIB_8334,
        gold=r"{2, 9, 14}",
        pred=r"2, 9, 14",
        wrap=True,
        expected=True,
        why="'Range={2, 9, 14} (A1)(ft) (C1) Note: Brackets not required.'",
    ),
]
