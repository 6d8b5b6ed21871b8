r"""A forty-sixth fresh set of answer-equivalence cases (evaluation only; helper "c": pages in
languages other than English -- Japanese and Chinese question-and-answer threads and blogs where
an answerer settles whether a student's result equals the book's, French teacher corrections that
refuse students' developments, and two French help pages of exercise systems that list accepted
entries). The French, German, Spanish, Russian and Portuguese homework-help pages continue in
bench/equiv_fresh46_c2.py.

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; none of the pages was used by an earlier set (checked against bench/data/README.md,
bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py, bench/data/equiv_fresh4.md,
/work/wt/fresh44_claims, /work/wt/fresh45_claims and /work/wt/fresh46_claims; no earlier set
cites melusine.eu.org, okwave, manabitimes, zhaokaifeng.com, blog.csdn.net or wimsedu.info).
Each case gives the reference answer (``gold``: the book's, the corrector's or the answerer's
final form), the prediction (``pred``: the other form, a bare answer to be put in ``\boxed{}``,
so ``wrap`` is always True) and the verdict (``expected``) that the page states. ``repo`` is the
domain the stored copy came from and ``where`` is the full URL. There is no commit; every source
is a web page with no licence file. Do not tune the judge on these cases.

Transcription: expressions are copied as the stored page shows them, in the page's own notation:
Japanese pages use the katakana prolonged-sound mark ``ー`` as a minus sign in places, ``・`` and
``×`` for multiplication and lenticular brackets 【】 for grouping; the LaTeX of the French
exercise files and of the Chinese blogs stays LaTeX. A leading ``A=`` of a French correction line
is dropped (gold and pred are the right-hand sides). Where a KaTeX page shows a formula twice
(once flattened, once as LaTeX source) the LaTeX source is taken, since the flattened copy lost
its minus signs and exponents. Nothing beyond the stored text is reconstructed.

Sources (domain, URL, what is settled, licence):

- melusine.eu.org (Syracuse exercise base, 4e, calcul littéral, exo4)
  https://melusine.eu.org/syracuse/B/BaseCollege/Quatrieme/litteral/pb/exo4.tex (two pupils
  developed A=5x(2-x)-3x^2: Brigitte's 2x^2+10x and Alain's 6x-6x^2 are refused by the
  correction -- "Je conseille à Brigitte de recommencer son calcul", "Il faut qu'Alain
  recommence le développement" -- and the correction's chain gives A=10x-5x^2-3x^2=10x-8x^2).
  3 cases. Web page, no licence file.
- melusine.eu.org (same base, exo32)
  https://melusine.eu.org/syracuse/B/BaseCollege/Quatrieme/litteral/pb/exo32.tex (the
  correction reduces three expressions to x-2, x^2-4 and x^2-x-2, states "Les trois expressions
  restantes sont toutes différentes", and that the first expression x^2-2(2-2x)-3x is equal to
  none of the other three). 9 cases. Web page, no licence file.
- zhaokaifeng.com post 8710 https://zhaokaifeng.com/8710 (two computations of the integral of
  y+1 look different; the author concludes they differ only in the arbitrary constant,
  C_2 = C_1 + 1/2). 2 cases. Web page, no licence file.
- blog.csdn.net https://blog.csdn.net/weixin_46585199/article/details/122633330 (the blogger's
  antiderivative with ln[(x+sqrt(x^2+a^2))/2] against the integral table's ln(x+sqrt(x^2+a^2)):
  ln ax = ln a + ln x differs from ln x by a constant, so both are right). 1 case. Web page, no
  licence file.
- okwave.jp Q&A q2923061 https://okwave.jp/qa/q2923061.html (best answer by kkkk2222: 12/18 is
  2/3; (3√2-3)/3 = 【3(√2ー1)】/3 gives √2ー1; (3X+6)/3 = X+2). 4 cases. Web page, no licence
  file.
- okwave.jp Q&A q6960969 http://okwave.jp/qa/q6960969.html (best answer by sanori: rationalising
  1/√2 gives √2/2; answer No.3 by alice_44: (3 + √18)/(5 + √50) = 3/5). 2 cases. Web page, no
  licence file.
- d3vj4k4n1zwj.cloudfront.net (a copy of OKWAVE) q9551246
  https://d3vj4k4n1zwj.cloudfront.net/qa/q9551246.html ("どっちの答えが正解?": 1/15+1/35+1/63 gave
  2/9 by telescoping and 1/9 by a common denominator; best-rated answerer 178-tall: 1/9 is right,
  3675/33075 = 1/9, and the telescoped sum is twice the original). 5 cases. Web page, no licence
  file.
- d3vj4k4n1zwj.cloudfront.net (a copy of OKWAVE) q10135627
  https://d3vj4k4n1zwj.cloudfront.net/qa/q10135627.html (answerer chie65536: -(y-3)(2y-1) =
  (-1)×(y-3)×(2y-1) = (y-3)×(-2y+1); the asker's idea of changing the sign of both factors
  fails, shown with (2+6)-(2-1)(3-2) = 7 against (2+6)+(ー2+1)(ー3+2) = 9; the check at y=4
  gives -7=-7). 4 cases. Web page, no licence file.
- manabitimes.jp Q&A 8038 https://manabitimes.jp/qa/8038 (second answer: the numerator
  c(2b^2-(a^2+b^2-c^2)) becomes c(b^2+c^2-a^2), the denominator 2bc^2-b(c^2+a^2-b^2) becomes
  b(b^2+c^2-a^2); no answer disputes it). 2 cases. Web page, no licence file.
- wimsedu.info (WIMS source browser, French help of the answer type "Expression mathématique")
  https://wimsedu.info/websvn/filedetails.php?path=%2Ftrunk%2Fwims%2Fpublic_html%2Fscripts%2Fhelp%2Fanstype.fr%2Fexp.phtml&repname=wimsdev
  ("x-y*y et -y^2+x sont considérés comme les mêmes" for algexp; "2x et 2*x sont identifiés"
  for litexp). 2 cases. Web page, no licence file.
- forge.apps.education.fr (MathALÉA wiki, "Choisir sa fonction de comparaison dans
  handleAnwsers()", marked as a draft by its authors)
  https://forge.apps.education.fr/coopmaths/mathalea/-/wikis/2.-Documentation-Technique/2.3-Interactivit%C3%A9/2.3.1-Bases-de-l'Interactivit%C3%A9/Choisir-sa-fonction-de-comparaison-dans-handleAnwsers()
  (if 8 is expected, 8, 4*2, 5+2+1 and 16/2 are all accepted). 3 cases. Web page, no licence
  file.

Left out, by rule: form policies that refuse an equal value -- WIMS algexp refusing (x+1)(x-1)
for x^2-1 and sin(x)^2+cos(x)^2 for 1, WIMS litexp refusing y+x for x+y and 6/4 for 3/2, the
MathALÉA option that refuses 3+2 for 5, and the Japanese centre-examination rule (weblio.jp) that
marks -4a/6 wrong for -2a/3; trivial identities (8 against 8); the okwave q2923061 asker's own
candidate answers (ambiguous as written); worked numbers that are not an answer (E(0) = −4 style
evaluations).

Examined and not used: goesnet.org (answer about arccos(1/x) relies on formulas lost from the
page); blog.etrapez.pl (Spanish, formulas lost); geisya.or.jp (fractions garbled in the stored
copy); qa.studwork.ru (the answer reads as machine-written); sensei-ai.app, gauthmath,
westonci.ca and mathway pages (machine-written solutions); whosebug.com (machine translation of
a Stack Overflow post); brainly.lat 377751 (the answer's own algebra is wrong, so it settles
nothing); sinagong.co.kr (flowchart, not a value); Polish CKE and Portuguese IAVE marking schemes
(only the general part of each stored copy was reachable within the look-up budget).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

ML = "melusine.eu.org"
ML_4 = "https://melusine.eu.org/syracuse/B/BaseCollege/Quatrieme/litteral/pb/exo4.tex"
ML_32 = "https://melusine.eu.org/syracuse/B/BaseCollege/Quatrieme/litteral/pb/exo32.tex"
ZK = "zhaokaifeng.com"
ZK_AT = "https://zhaokaifeng.com/8710"
CS = "blog.csdn.net"
CS_AT = "https://blog.csdn.net/weixin_46585199/article/details/122633330"
OK = "okwave.jp"
OK_1 = "https://okwave.jp/qa/q2923061.html"
OK_2 = "http://okwave.jp/qa/q6960969.html"
CF = "d3vj4k4n1zwj.cloudfront.net"
CF_1 = "https://d3vj4k4n1zwj.cloudfront.net/qa/q9551246.html"
CF_2 = "https://d3vj4k4n1zwj.cloudfront.net/qa/q10135627.html"
MT = "manabitimes.jp"
MT_AT = "https://manabitimes.jp/qa/8038"
WI = "wimsedu.info"
WI_AT = (
    "https://wimsedu.info/websvn/filedetails.php?path=%2Ftrunk%2Fwims%2Fpublic_html%2Fscripts"
    "%2Fhelp%2Fanstype.fr%2Fexp.phtml&repname=wimsdev"
)
MA = "forge.apps.education.fr"
MA_AT = (
    "https://forge.apps.education.fr/coopmaths/mathalea/-/wikis/2.-Documentation-Technique/"
    "2.3-Interactivit%C3%A9/2.3.1-Bases-de-l'Interactivit%C3%A9/"
    "Choisir-sa-fonction-de-comparaison-dans-handleAnwsers()"
)

CASES = [
    # melusine exo4: A=5x(2-x)-3x^2 developed and reduced; the correction ends at 10x-8x^2.
    _c(
        ML,
        ML_4,
        gold=r"10x-8x^2",
        pred=r"2x^2+10x",
        wrap=True,
        expected=False,
        why="Brigitte a répondu A=2x^2+10x; 'Je conseille à Brigitte de recommencer son calcul'",
    ),
    _c(
        ML,
        ML_4,
        gold=r"10x-8x^2",
        pred=r"6x-6x^2",
        wrap=True,
        expected=False,
        why="Alain a répondu A=6x-6x^2; 'Il faut qu'Alain recommence le développement'",
    ),
    _c(
        ML,
        ML_4,
        gold=r"10x-8x^2",
        pred=r"10x-5x^2-3x^2",
        wrap=True,
        expected=True,
        why="correction chain A=10x-5x^2-3x^2 then A=10x-8x^2 (same value, not yet reduced)",
    ),
    # melusine exo32: the correction reduces (b), (c), (d) and says all three differ; (a) equals
    # none of them.
    _c(
        ML,
        ML_32,
        gold=r"x-2",
        pred=r"2x^2-(3x^2-3x)+(x^2-2x)-2",
        wrap=True,
        expected=True,
        why="question 3: expression (b) reduces to x-2",
    ),
    _c(
        ML,
        ML_32,
        gold=r"x^2-4",
        pred=r"x^2-(3x+2)+(3x-2)",
        wrap=True,
        expected=True,
        why="question 3: expression (c) reduces to x^2-4",
    ),
    _c(
        ML,
        ML_32,
        gold=r"x^2-x-2",
        pred=r"x^2+(3x-4)-(4x-2)",
        wrap=True,
        expected=True,
        why="question 3: expression (d) reduces to x^2-x-2",
    ),
    _c(
        ML,
        ML_32,
        gold=r"x-2",
        pred=r"x^2-4",
        wrap=True,
        expected=False,
        why="'Les trois expressions restantes sont toutes différentes' ((b) against (c))",
    ),
    _c(
        ML,
        ML_32,
        gold=r"x-2",
        pred=r"x^2-x-2",
        wrap=True,
        expected=False,
        why="'Les trois expressions restantes sont toutes différentes' ((b) against (d))",
    ),
    _c(
        ML,
        ML_32,
        gold=r"x^2-4",
        pred=r"x^2-x-2",
        wrap=True,
        expected=False,
        why="'Les trois expressions restantes sont toutes différentes' ((c) against (d))",
    ),
    _c(
        ML,
        ML_32,
        gold=r"2x^2-(3x^2-3x)+(x^2-2x)-2",
        pred=r"x^2-2(2-2x)-3x",
        wrap=True,
        expected=False,
        why="question 2: the first expression is not equal to the three others",
    ),
    _c(
        ML,
        ML_32,
        gold=r"x^2-(3x+2)+(3x-2)",
        pred=r"x^2-2(2-2x)-3x",
        wrap=True,
        expected=False,
        why="question 2: the first expression is not equal to the three others",
    ),
    _c(
        ML,
        ML_32,
        gold=r"x^2+(3x-4)-(4x-2)",
        pred=r"x^2-2(2-2x)-3x",
        wrap=True,
        expected=False,
        why="question 2: the first expression is not equal to the three others",
    ),
    # zhaokaifeng.com 8710: two results for the integral of (y+1); they differ in the constant.
    _c(
        ZK,
        ZK_AT,
        gold=r"\frac{1}{2} y^{2} + y + C_{2}",
        pred=r"\frac{1}{2} (y^{2} + 2y) + \frac{1}{2} + C_{1}",
        wrap=True,
        expected=True,
        why="① and ② both right: 'C_{2} = C_{1} + \\frac{1}{2}', only the arbitrary constant differs",
    ),
    _c(
        ZK,
        ZK_AT,
        gold=r"\frac{1}{2} (y^{2} + 2y) + \frac{1}{2} + C_{1}",
        pred=r"\frac{1}{2} (y+1)^{2} + C_{1}",
        wrap=True,
        expected=True,
        why="计算方式一 chain: \\frac{1}{2} (y+1)^{2} + C_{1} expanded to ①",
    ),
    # blog.csdn.net: the blogger's antiderivative against the integral table's.
    _c(
        CS,
        CS_AT,
        gold=r"\frac{x}{2}\sqrt{x^2+a^2}+\frac{a^2}{2}\ln\left(x+\sqrt{x^2+a^2}\right)+C",
        pred=r"\frac{x}{2}\sqrt{x^2+a^2}+\frac{a^2}{2}\ln\left[\frac{1}{2}\left(x+\sqrt{x^2+a^2}"
        r"\right)\right]+C",
        wrap=True,
        expected=True,
        why="lnax 与 lnx 相差一个常数 C: the two antiderivatives are the same family",
    ),
    # okwave q2923061 (best answer): cancelling a common factor.
    _c(
        OK,
        OK_1,
        gold=r"2/3",
        pred=r"12/18",
        wrap=True,
        expected=True,
        why="best answer #1: 12/18 これは自然に 2/3とでます",
    ),
    _c(
        OK,
        OK_1,
        gold=r"√2ー1",
        pred=r"(3√2-3)/3",
        wrap=True,
        expected=True,
        why="best answer #3: (3√2-3)/3 ... √2ー1が解になります",
    ),
    _c(
        OK,
        OK_1,
        gold=r"√2ー1",
        pred=r"【3(√2ー1)】/3",
        wrap=True,
        expected=True,
        why="best answer #3: 【3(√2ー1)】/3 ならば 3と3が消しあって √2ー1",
    ),
    _c(
        OK,
        OK_1,
        gold=r"X+2",
        pred=r"(3X+6)/3",
        wrap=True,
        expected=True,
        why="best answer #3: (3X+6)/3=【3(X+2)】/3=X+2",
    ),
    # okwave q6960969: rationalising denominators.
    _c(
        OK,
        OK_2,
        gold=r"√2/2",
        pred=r"1/√2",
        wrap=True,
        expected=True,
        why="best answer (sanori): 1/√2 の分母を有理化すると √2/2 になります",
    ),
    _c(
        OK,
        OK_2,
        gold=r"3/5",
        pred=r"(3 + √18)/(5 + √50)",
        wrap=True,
        expected=True,
        why="answer No.3 (alice_44): 例: (3 + √18)/(5 + √50) = 3/5",
    ),
    # cloudfront copy of okwave q9551246: 1/15+1/35+1/63.
    _c(
        CF,
        CF_1,
        gold=r"1/9",
        pred=r"2/9",
        wrap=True,
        expected=False,
        why="178-tall: 1/9以外の答えが出たら、どこかがおかしい; 2/9 is twice the value",
    ),
    _c(
        CF,
        CF_1,
        gold=r"1/9",
        pred=r"3675/33075",
        wrap=True,
        expected=True,
        why="178-tall: 3675/33075=3675/(3675×9)=1/9となり正しい",
    ),
    _c(
        CF,
        CF_1,
        gold=r"1/9",
        pred=r"2205/33075+945/33075+525/33075",
        wrap=True,
        expected=True,
        why="the common-denominator computation is the right one (= 1/9)",
    ),
    _c(
        CF,
        CF_1,
        gold=r"1/9",
        pred=r"1/3-1/5+1/5-1/7+1/7-1/9",
        wrap=True,
        expected=False,
        why="178-tall: the telescoped sum is twice 1/15+1/35+1/63",
    ),
    _c(
        CF,
        CF_1,
        gold=r"(1/15+1/35+1/63)×2",
        pred=r"(1/3-1/5)+(1/5-1/7)+(1/7-1/9)",
        wrap=True,
        expected=True,
        why="178-tall: (1/3-1/5)+(1/5-1/7)+(1/7-1/9)=...=(1/15+1/35+1/63)×2",
    ),
    # cloudfront copy of okwave q10135627: the sign in front of a product of two brackets.
    _c(
        CF,
        CF_2,
        gold=r"-(y-3)(2y-1)",
        pred=r"(y-3)×(-2y+1)",
        wrap=True,
        expected=True,
        why="chie65536: -(y-3)(2y-1)=(y-3)×(-2y+1) なのです",
    ),
    _c(
        CF,
        CF_2,
        gold=r"-(y-3)(2y-1)",
        pred=r"(-1)×(y-3)×(2y-1)",
        wrap=True,
        expected=True,
        why="chie65536: -(y-3)(2y-1) の式は、実は (-1)×(y-3)×(2y-1) なのです",
    ),
    _c(
        CF,
        CF_2,
        gold=r"(2+6)-(2-1)(3-2)",
        pred=r"(2+6)+(ー2+1)(ー3+2)",
        wrap=True,
        expected=False,
        why="chie65536: 答えが7と9で違いますよ (the asker's sign change is wrong)",
    ),
    _c(
        CF,
        CF_2,
        gold=r"(4-3)×(-2・4+1)",
        pred=r"-(4-3)(2・4-1)",
        wrap=True,
        expected=True,
        why="chie65536: check at y=4, -(1)(7)=(1)×(-7), -7=-7",
    ),
    # manabitimes qa 8038: numerator and denominator factorised (LaTeX copy of the answer).
    _c(
        MT,
        MT_AT,
        gold=r"c(b^2+c^2-a^2)",
        pred=r"c(2b^2-(a^2+b^2-c^2))",
        wrap=True,
        expected=True,
        why="answer 2: cでくくって ... 順番を変えると c(b^2+c^2-a^2)",
    ),
    _c(
        MT,
        MT_AT,
        gold=r"b(b^2+c^2-a^2)",
        pred=r"2bc^2-b(c^2+a^2-b^2)",
        wrap=True,
        expected=True,
        why="answer 2: 分母もほぼ同じ操作 ... =b(b^2+c^2-a^2)",
    ),
    # WIMS help (French): identifications the answer types make.
    _c(
        WI,
        WI_AT,
        gold=r"-y^2+x",
        pred=r"x-y*y",
        wrap=True,
        expected=True,
        why="algexp: 'x-y*y et -y^2+x sont considérés comme les mêmes'",
    ),
    _c(
        WI,
        WI_AT,
        gold=r"2*x",
        pred=r"2x",
        wrap=True,
        expected=True,
        why="litexp: 'Mais 2x et 2*x sont identifiés'",
    ),
    # MathALÉA wiki: numeric comparison, expected answer 8.
    _c(
        MA,
        MA_AT,
        gold=r"8",
        pred=r"4*2",
        wrap=True,
        expected=True,
        why="si la réponse 8 est attendue ... réponse considérée correcte: 4*2",
    ),
    _c(
        MA,
        MA_AT,
        gold=r"8",
        pred=r"5+2+1",
        wrap=True,
        expected=True,
        why="si la réponse 8 est attendue ... réponse considérée correcte: 5+2+1",
    ),
    _c(
        MA,
        MA_AT,
        gold=r"8",
        pred=r"16/2",
        wrap=True,
        expected=True,
        why="si la réponse 8 est attendue ... réponse considérée correcte: 16/2",
    ),
]
