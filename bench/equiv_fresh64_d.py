r"""A sixty-fourth fresh set of answer-equivalence cases (evaluation only; helper "d": precalculus
and algebra answers about functions -- domains and ranges as inequalities, intervals, set-builder
notation or words, inverse functions f^{-1}(x) = ..., asymptotes written as equations, intercepts
and turning points as points or as x = ..., y = ..., vertex, factored and standard forms of a
quadratic -- where a mark scheme, an examiners' report, a test's feedback, a textbook answer key
or a Q&A thread settles which forms are the same answer and which are refused).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/, and checked against /work/wt/fresh*_claims/claims.txt; each page was
claimed in /work/wt/fresh64_claims/claims.txt before use). Each case gives the reference answer
(``gold``), the prediction (``pred``: another form the page gives as the same answer, or a form the
page refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and the
verdict (``expected``) settled on the page, with no one on the page contradicting it. ``repo`` is
the domain of the stored copy and ``where`` its full URL. There is no commit; every source is a
web page with no licence file. Only the text the search tool returned for a page (its excerpt)
was read. Do not tune the judge on these cases. Continued in bench/equiv_fresh64_d2.py (same
rules; its sources are listed below too).

Transcription: strings are copied as the stored excerpt shows them: the IB pages' LaTeX
(``{\text{ }}``, ``\leqslant``, ``{{\rm{e}}^{\frac{3}{2}}}``), U+2212 minus signs (mycosmic
q/1342, qammunity 21473258), en dashes as minus signs (iitianacademy), ``²``, ``√``, ``∞``, ``≥``
and "infinity" spelled out. Inline-math delimiters (``\( \)``, ``$ $``) and Brainly's ``[tex]``
wrappers are dropped, the math inside kept; runs of spaces in the stored text are written as one
space. A left side such as ``f(x) =``, ``g(x) =``, ``f^{-1}(x) =`` or a point's label (``P``,
``Q``) is dropped when the answer is the right side; an answer that is itself an equation (an
asymptote, an axis of symmetry, a line, a vertex form ``y = ...``) is kept whole. Where a mark
scheme writes ``(x =) 1.5`` the gold is the number and ``x = 1.5`` a True case. A mark scheme's
"(accept ...)" / "or" forms are True cases; forms it awards at most partial marks, "do not
accept"s, and wrong forms an examiners' report names are False cases. Where a page converts one
form into another (an inequality into an interval, standard form into vertex form) the page's
final or requested form is the gold.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- ib.mycosmic.dev q/1342 (IB 18M.1.SL.TZ2.T_11: vertical asymptote "x = 0 ... Award (A0)(A0) for
  an answer of “0”"; horizontal asymptote "f(x) = −2 (y = −2) ... Award (A0)(A0) for an answer
  of “−2”"). 3 cases (2 False).
- ib.mycosmic.dev q/515 (IB 17M.2.SL.TZ2.S_3: range "correct interval eg ..., [0, 6], from 0 to
  6"; domain "[1, 3], from 1 to 3"). 2 cases.
- library.tis.today IB questionbank 40-dp-mathematics-sl 219087 (17N.1.sl.TZ0.3: "correct range
  (do not accept 0 ≤ x ≤ 7) eg [0, 7], 0 ≤ y ≤ 7"). 2 cases (1 False).
- library.tis.today 41-dp-mathematical-studies 6865 (09M.1.sl.TZ2.7: intercepts "P(0, 6) (accept
  x = 0, y = 6)", "Q(12, 0) (accept x = 12, y = 0)", "Award (A0)(A1)(ft) for P(0, 12) and Q(6,
  0)", "(6, 3) (accept x = 6, y = 3)"). 5 cases (2 False).
- library.tis.today 41-dp-mathematical-studies 70520 (15M.1.sl.TZ2.3: "(x=) 1.5 ... If answer
  given as coordinates (1.5, 0) award at most (M1)(A0)"). 2 cases (1 False).
- library.tis.today 41-dp-mathematical-studies 159803 (17M.1.sl.TZ2.4: gradient "−3 ... Award
  (A1)(A0) for either 3x or −3x"; "y = −3x + 12 ... award (A1)(A0) for y = −3x. Award (A1)(A0)
  for −3x + 12"; "(x =) 4"). 5 cases (4 False).
- library.tis.today 40-dp-mathematics-sl 122426 (16M.2.sl.TZ2.3: x-intercept "1.38629 ... x =
  2 ln 2 (exact), 1.39"; asymptote "y = −2 (must be equation)"; report: "Some candidates gave
  the answer for the horizontal asymptote as y ≠ −2"). 4 cases (2 False).
- www.iitianacademy.com IB topic 2.4 "the form x ↦ a(x − h)^2 + k" SL paper 2 (f(x) = 2x^2 + 4x −
  6: "f(x) = 2(x + 1)^2 − 8 A2" and "f(x) = 2(x − 1)(x + 3) A1A1"; "x = −1 (equation must be
  seen)"; "g(x) = 3(x − 1)^2 − 2 (accept p = 1, q = −2)"). 3 cases (1 False).
- www.iitianacademy.com IB topic 2.1 "domain, range, image (value)" SL paper 1 (f(x) = e^{x+3}:
  "x = e^{3/2} (= √(e^3))"; domain of f^{-1} "x > 0", report: "very few could write down the
  correct domain of the inverse, often giving x ≥ 0, x > 3 and “all real numbers”"). 4 cases
  (3 False). (The same e^{x+3} question is on the iitianacademy "identity function, inverse
  function" page, of which bench/equiv_fresh55_a.py took only another question.)

Sources of bench/equiv_fresh64_d2.py:

- de.scribd.com 438092714 "Lines & Quadratics Review - Markscheme" (IB: "-intercept is 11
  (accept (0, 11) )", "-intercept is 8 (accept (0, 8) )"). 2 cases.
- www.scribd.com 617009375 "markScheme-1" (2(b): "(2, ±16) seen M1 ... (2,16) A1 (2, 16) or x = 2
  and y = 16 only"). 2 cases (1 False).
- www.thestudentroom.co.uk showthread 1418908 (inverse of 2 − 1/x: the book's "1 / 2-x", written
  "1/ (2-x)" in post #5; "-1/(x-2) which can be simplified to the answer given"; the poster's
  "2+x", "The book's right in this case"). 2 cases (1 False).
- www.physicsforums.com threads 161278 ("The answer said y = (1 − 2x)/(1 − x) which i just
  realised is exactly the same thing" as (2x − 1)/(x − 1)). 1 case.
- www.wyzant.com 782889 ("y = (1-2x)/(1-x) = (2x-1)/(x-1) ===> f-1(x) = (2x-1)/(x-1)"). 1 case.
- libreddit.marty.tf copy of r/HomeworkHelp 1jdmnaz (a student's inverse-function answers
  checked: "(x-2)/x is decidedly not the inverse function of 2-x", "g(2)=g(f(5))=5, not 2").
  2 cases (2 False).
- radicallearningnj.com "math error of the week" (f(x) = x^2: inverse √x, reciprocal 1/x^2,
  "f^{-1}(x) ≠ 1/f(x)"). 1 case (False).
- math.techqa.club 2844901 ({x | x ≠ 3}: the authors' "(−∞; 3) or (3; ∞)" against the asker's
  "and", which "means that x must belong to both intervals, and there is no number that belongs
  to both"). 1 case (False).
- qammunity.org 2545547 ("The domain is x ≥ 0. In interval notation, it is written [0, ∞)"; the
  same for the range). 2 cases.
- grupopedia.com encuentra 20108042 (a Brainly copy: "Domain: x ≥ 0 ... [0, infinity)", "Range:
  y ≥ 2 ... [2, infinity)"). 2 cases.
- www2.dbl.id lock-code 17175354 (a Brainly copy: "[-4, ∞) This is the same as saying y ≥ -4").
  1 case.
- ja3.jsfiddle.net parte 11740699 (a Brainly copy: x ≤ 4 "in interval notation ... (−∞, 4]"; y ≥
  0 "... [0, ∞)"). 2 cases.
- www.wyzant.com 5181 ("(x+1)(x-3) (-x - 9) ... you can also write the answer as -
  (x+1)(x-3)(x+9)"). 1 case.
- www.gradesaver.com Algebra 1, 8-6 p.510 #51 (answer "(x+2)(x+3)", work "... = (x+3)(x+2)").
  1 case.
- questioncove.com 534be8e8e4b01a3618788d69 (y = −x^2 + 4x − 1 = ... = −(x − 2)^2 + 3). 1 case.
- qammunity.org 21473258 (vertex form "y = 3 (x − 2)² − 8", checked by distributing to the given
  "y = 3x² − 12x + 4"). 1 case.
- mis.kyeop.go.ke shelf 353982 (a Brainly copy: "y = 4(x-1)^2 + 1 or y - 1 = 4(x-1)^2 is now in
  vertex form"). 1 case.
- socratic.org "how do you write y = -2x^2+4x+5 into vertex form" ("y - 7 = -2(x-1)^2", then "y =
  -2(x-1)^2 + 7 is the Vertex Form"). 1 case.
- brainly.ph 65075 ("(x - 2)² = -y + 3 ... factor -1 from the right side: (x - 2)² = -(y - 3)").
  1 case.
- ontrack-media.net Algebra II test a2m3l10 (the vertex of x − 2 = −3(y + 1)^2: "(-2,1)
  Incorrect", "(-2,-1) Incorrect", "(-1,2) Incorrect", "(2,-1) Correct!"). 3 cases (3 False).

59 cases in all (25 False): 30 here (16 False), 29 in bench/equiv_fresh64_d2.py (9 False).

Left out, by rule: refusals only about notation when the value is the same (library.tis.today
6865 "Missing coordinate brackets receive (A0) the first time this occurs"); forms the text
conversion lost (mycosmic q/515's first examples "0 y 6", "1 x 3", whose inequality signs are
gone; mycosmic q/674 = library.tis.today 799164, 21N.1.SL.TZ0.3, whose x-intercept "-2,0 (accept
x=-2)" lost its brackets and whose y-intercept "0,43 (accept y=43 and f0=43)" lost its fraction;
de.scribd 438092714's x-intercepts "(accept or (2.5, 0))" and "(accept (−1, 0), (5, 0))", whose
golds are not in the stored text; mycosmic q/1688, q/29, q/526, q/1631 and dl.ibdocs.re 460539,
whose inverses and ranges lost fractions, operators or inequality signs); the thestudentroom
book's bracketless "1 / 2-x" (the gold is the bracketed "1/ (2-x)" of post #5); steps that are
not answers (iitianacademy's "ln x = 0.5y"); marks for a method only, except where the final
answer is stated "only" (scribd 617009375); a given expression offered as a factored answer
(gradesaver's "x^2+5x+6").

Examined and not used: a.simonm.io and algebra.com (excluded by the brief); bot or generated
answers (edu.com, questionai, gauthmath, smartsolve, mathix, studdyai, solveeit, atlas.org,
askanewquestion, go-math-science.com, pengi.ai, openknowledgegraph.com, tuitiongowhere,
senseofstudy.com, mis.kyeop.go.ke 51342681); wyzant 882176 (used by bench/equiv_fresh47_a.py);
math.techqa.club 3554451 (the textbook's inverse is itself wrong); mathforum drmath 54432 and
web2.0calc (one form only); forums.overclockers 18005632 (a bracketless "x+3 / x-2"); reddit
1l6p010 (no key); socratic "-y=x^2+4x+5" (wrong answer); the WeBWorK interval-notation help pages,
wwrenderer mat106prob3 and the anonyproxies copy of scribd 623144373 (used by
bench/equiv_fresh53_e*.py); iitianacademy's SL 2.6 quadratic pages (bench/equiv_fresh55_a.py's
a = 4/16 = 1/4 question); library.tis.today 5665, 5115, 702433 (no named alternative, or forms
lost); gradesaver Intermediate Algebra 1.2 #29 (no verdict on "2" against "(0,2)"); an appspot
copy of socratic "domain and range of e^x" (misprinted set-builder range); qammunity 591664,
2599607, 1851254 (inequalities lost); math4u.vsb.cz and helpteaching lists (no key stored).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

COS = "ib.mycosmic.dev"
COS_1342 = "https://ib.mycosmic.dev/q/1342/"
COS_515 = "https://ib.mycosmic.dev/q/515/"
TIS = "library.tis.today"
TIS_SL = "https://library.tis.today/QuestionBanks/v4/questionbank.ibo.org/en/teachers/00000/questionbanks/40-dp-mathematics-sl/questions/"
TIS_MS = "https://library.tis.today/QuestionBanks/v4/questionbank.ibo.org/en/teachers/00000/questionbanks/41-dp-mathematical-studies/questions/"
TIS_219087 = TIS_SL + "219087.html"
TIS_122426 = TIS_SL + "122426.html"
TIS_6865 = TIS_MS + "6865.html"
TIS_70520 = TIS_MS + "70520.html"
TIS_159803 = TIS_MS + "159803.html"
IIT = "www.iitianacademy.com"
IIT_VERTEX = "https://www.iitianacademy.com/ib-dp-maths-topic-2-4-the-form-x%E2%86%A6ax%E2%88%92h2k-vertex-hk-sl-paper-2/"
IIT_DOMAIN = (
    "https://www.iitianacademy.com/ib-dp-maths-topic-2-1-domain-range-image-value-sl-paper-1/"
)
# sources of bench/equiv_fresh64_d2.py
DESCRIBD = "de.scribd.com"
DESCRIBD_438 = "https://de.scribd.com/document/438092714/Lines-Quadratics-Review-Markscheme"
SCRIBD = "www.scribd.com"
SCRIBD_617 = "https://www.scribd.com/document/617009375/markScheme-1"
TSR = "www.thestudentroom.co.uk"
TSR_1418908 = "https://www.thestudentroom.co.uk/showthread.php?t=1418908"
PF = "www.physicsforums.com"
PF_161278 = "https://www.physicsforums.com/threads/inverse-of-a-function.161278/"
WYZ = "www.wyzant.com"
WYZ_782889 = "https://www.wyzant.com/resources/answers/782889/what-is-the-inverse-of-the-function-f-x-x-1-x-2"
WYZ_5181 = "https://www.wyzant.com/resources/answers/5181/i_can_not_figure_out_how_to_factor_2_x_1_x_3_2_3_x_1_2_x_3_can_you_please_help_me"
MARTY = "libreddit.marty.tf"
MARTY_1JDMNAZ = (
    "https://libreddit.marty.tf/r/HomeworkHelp/comments/1jdmnaz/college_algebra_inverse_functions"
)
RAD = "radicallearningnj.com"
RAD_ERR = "https://radicallearningnj.com/math-error-of-the-week/"
TQA = "math.techqa.club"
TQA_2844901 = "https://math.techqa.club/using-interval-notation-for-sets-2844901"
QAM = "qammunity.org"
QAM_2545547 = "https://qammunity.org/2545547/?show=2545548"
QAM_21473258 = "https://qammunity.org/21473258"
GRU = "grupopedia.com"
GRU_20108042 = "https://grupopedia.com/encuentra/20108042"
DBL = "www2.dbl.id"
DBL_17175354 = "https://www2.dbl.id/lock-code/17175354"
JSF = "ja3.jsfiddle.net"
JSF_11740699 = "https://ja3.jsfiddle.net/parte/11740699"
GS = "www.gradesaver.com"
GS_ALG1_51 = "https://www.gradesaver.com/textbooks/math/algebra/algebra-1/chapter-8-polynomials-and-factoring-8-6-factoring-ax-squared-bx-c-practice-and-problem-solving-exercises-page-510/51"
QC = "questioncove.com"
QC_534BE8 = "https://questioncove.com/updates/534be8e8e4b01a3618788d69"
KYE = "mis.kyeop.go.ke"
KYE_353982 = "https://mis.kyeop.go.ke/shelf/353982"
SOC = "socratic.org"
SOC_VERTEX = "https://socratic.org/questions/how-do-you-write-y-2x-2-4x-5-into-vertex-form"
BPH = "brainly.ph"
BPH_65075 = "https://brainly.ph/question/65075"
ONT = "ontrack-media.net"
ONT_A2M3L10 = "https://ontrack-media.net/algebra2/Algebra%20II%20Tests/a2m3l10test.html"

CASES = [
    # ib.mycosmic.dev q/1342 (18M.1.SL.TZ2.T_11): asymptotes must be written as equations
    _c(
        COS,
        COS_1342,
        gold="x = 0",
        pred="0",
        wrap=True,
        expected=False,
        why="(a) 'x = 0 (A1)(A1) (C2) ... Award (A0)(A0) for an answer of “0”.'",
    ),
    _c(
        COS,
        COS_1342,
        gold="f(x) = −2",
        pred="y = −2",
        wrap=True,
        expected=True,
        why="(b) 'f(x) = −2   (y = −2)   (A1)(A1) (C2)'",
    ),
    _c(
        COS,
        COS_1342,
        gold="f(x) = −2",
        pred="−2",
        wrap=True,
        expected=False,
        why="(b) '... Award (A0)(A0) for an answer of “−2”.'",
    ),
    # ib.mycosmic.dev q/515 (17M.2.SL.TZ2.S_3): a range and a domain as intervals or in words
    _c(
        COS,
        COS_515,
        gold="[ 0 , 6 ]",
        pred="from 0 to 6",
        wrap=True,
        expected=True,
        why="(a) range: 'correct interval A2 N2 eg 0 y 6, [ 0, 6 ], from 0 to 6'",
    ),
    _c(
        COS,
        COS_515,
        gold="[ 1 , 3 ]",
        pred="from 1 to 3",
        wrap=True,
        expected=True,
        why="(c) domain of g: 'correct interval A2 N2 eg 1 x 3, [ 1, 3 ], from 1 to 3'",
    ),
    # library.tis.today 219087 (17N.1.sl.TZ0.3): the range must be in y, not x
    _c(
        TIS,
        TIS_219087,
        gold=r"[0,{\text{ }}7]",
        pred=r"0 \leqslant y \leqslant 7",
        wrap=True,
        expected=True,
        why="(a) 'correct range (do not accept 0 <= x <= 7) A1 N1 eg [0, 7], 0 <= y <= 7'",
    ),
    _c(
        TIS,
        TIS_219087,
        gold=r"[0,{\text{ }}7]",
        pred=r"0 \leqslant x \leqslant 7",
        wrap=True,
        expected=False,
        why=r"(a) 'correct range (do not accept 0 \leqslant x \leqslant 7)'",
    ),
    # library.tis.today 6865 (09M.1.sl.TZ2.7): intercepts of x + 2y = 12 as points or as x =, y =
    _c(
        TIS,
        TIS_6865,
        gold="(0, 6)",
        pred="x = 0, y = 6",
        wrap=True,
        expected=True,
        why="(a) 'P(0, 6) (accept x = 0, y = 6) (A1)'",
    ),
    _c(
        TIS,
        TIS_6865,
        gold="(12, 0)",
        pred="x = 12, y = 0",
        wrap=True,
        expected=True,
        why="(a) 'Q(12, 0) (accept x = 12, y = 0) (A1) (C3)'",
    ),
    _c(
        TIS,
        TIS_6865,
        gold="(0, 6)",
        pred="(0, 12)",
        wrap=True,
        expected=False,
        why="(a) note: 'Award (A0)(A1)(ft) for P(0, 12) and Q(6, 0).'",
    ),
    _c(
        TIS,
        TIS_6865,
        gold="(12, 0)",
        pred="(6, 0)",
        wrap=True,
        expected=False,
        why="(a) note: 'Award (A0)(A1)(ft) for P(0, 12) and Q(6, 0).'",
    ),
    _c(
        TIS,
        TIS_6865,
        gold="(6, 3)",
        pred="x = 6, y = 3",
        wrap=True,
        expected=True,
        why="(b) '(6, 3) (accept x = 6, y = 3) (A1)(A1) (C3)'",
    ),
    # library.tis.today 70520 (15M.1.sl.TZ2.3): an x-coordinate, not a point
    _c(
        TIS,
        TIS_70520,
        gold="1.5",
        pred="x = 1.5",
        wrap=True,
        expected=True,
        why="(c) '(x=) 1.5 (A1)(ft) (C2)' ('x =' optional)",
    ),
    _c(
        TIS,
        TIS_70520,
        gold="1.5",
        pred="(1.5, 0)",
        wrap=True,
        expected=False,
        why="(c) 'If answer given as coordinates (1.5, 0) award at most (M1)(A0) ... or (A1)(A0)'",
    ),
    # library.tis.today 159803 (17M.1.sl.TZ2.4): a gradient, an equation of a line and an x-coordinate
    _c(
        TIS,
        TIS_159803,
        gold="- 3",
        pred="- 3x",
        wrap=True,
        expected=False,
        why="(a) '-3 (A1)(A1) (C2) ... Award (A1)(A0) for either 3x or -3x.'",
    ),
    _c(
        TIS,
        TIS_159803,
        gold="- 3",
        pred="3x",
        wrap=True,
        expected=False,
        why="(a) '... Award (A1)(A0) for either 3x or -3x.'",
    ),
    _c(
        TIS,
        TIS_159803,
        gold="y = - 3x + 12",
        pred="- 3x + 12",
        wrap=True,
        expected=False,
        why="(b) 'y = -3x + 12 (A1)(ft) (C2) ... Award (A1)(A0) for -3x + 12.'",
    ),
    _c(
        TIS,
        TIS_159803,
        gold="y = - 3x + 12",
        pred="y = - 3x",
        wrap=True,
        expected=False,
        why="(b) 'If no method seen, award (A1)(A0) for y = -3x.'",
    ),
    _c(
        TIS,
        TIS_159803,
        gold="4",
        pred="x = 4",
        wrap=True,
        expected=True,
        why="(c) '(x = ) 4 (A1)(ft) (C2)' ('x =' optional)",
    ),
    # library.tis.today 122426 (16M.2.sl.TZ2.3): an x-intercept and a horizontal asymptote of e^{0.5x} - 2
    _c(
        TIS,
        TIS_122426,
        gold=r"2\ln 2",
        pred="1.39",
        wrap=True,
        expected=True,
        why="(a)(ii) '1.38629 A1 N2 x = 2 ln 2 (exact), 1.39'",
    ),
    _c(
        TIS,
        TIS_122426,
        gold=r"2\ln 2",
        pred="1.38629",
        wrap=True,
        expected=True,
        why="(a)(ii) '1.38629 A1 N2 x = 2 ln 2 (exact), 1.39'",
    ),
    _c(
        TIS,
        TIS_122426,
        gold="y = - 2",
        pred="- 2",
        wrap=True,
        expected=False,
        why="(a)(iii) 'y = -2 (must be equation) A1 N1'",
    ),
    _c(
        TIS,
        TIS_122426,
        gold="y = - 2",
        pred=r"y \ne - 2",
        wrap=True,
        expected=False,
        why=r"report: 'many failed to write the horizontal asymptote as an equation. Some candidates gave the answer for the horizontal asymptote as y \ne -2.'",
    ),
    # iitianacademy topic 2.4 (SL paper 2 markschemes): vertex form, factored form, axis of symmetry
    _c(
        IIT,
        IIT_VERTEX,
        gold="2{(x + 1)^2} – 8",
        pred="2(x – 1)(x + 3)",
        wrap=True,
        expected=True,
        why="f(x) = 2x^2 + 4x - 6: 'f(x) = 2(x + 1)^2 - 8 A2 N3' and 'f(x) = 2(x - 1)(x + 3) A1A1 N2'",
    ),
    _c(
        IIT,
        IIT_VERTEX,
        gold="x = – 1",
        pred="– 1",
        wrap=True,
        expected=False,
        why="axis of symmetry: 'x = -1 (equation must be seen) A1 N1'",
    ),
    _c(
        IIT,
        IIT_VERTEX,
        gold="3{(x – 1)^2} – 2",
        pred="p = 1 , q = – 2",
        wrap=True,
        expected=True,
        why="'g(x) = 3(x - 1)^2 - 2 (accept p = 1, q = -2) A1A1 N2'",
    ),
    # iitianacademy topic 2.1 domain/range (SL paper 1): f(x) = e^{x+3}, the inverse's domain and an exact root
    _c(
        IIT,
        IIT_DOMAIN,
        gold=r"{{\rm{e}}^{\frac{3}{2}}}",
        pred=r"\sqrt {{{\rm{e}}^3}}",
        wrap=True,
        expected=True,
        why="(b) 'x = e^{3/2} (= sqrt(e^3)) A1 N2'",
    ),
    _c(
        IIT,
        IIT_DOMAIN,
        gold="x > 0",
        pred=r"x \ge 0",
        wrap=True,
        expected=False,
        why=r"(a)(ii) 'x > 0 A1 N1'; report: 'very few could write down the correct domain of the inverse, often giving x \ge 0, x > 3 and “all real numbers”'",
    ),
    _c(
        IIT,
        IIT_DOMAIN,
        gold="x > 0",
        pred="x > 3",
        wrap=True,
        expected=False,
        why=r"(a)(ii) 'x > 0 A1 N1'; report: '... often giving x \ge 0, x > 3 and “all real numbers”'",
    ),
    _c(
        IIT,
        IIT_DOMAIN,
        gold="x > 0",
        pred="all real numbers",
        wrap=True,
        expected=False,
        why=r"(a)(ii) 'x > 0 A1 N1'; report: '... often giving x \ge 0, x > 3 and “all real numbers”'",
    ),
]
