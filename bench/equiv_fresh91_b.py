r"""A ninety-first fresh set of answer-equivalence cases (evaluation only; helper "b": trigonometric
and calculus identities -- a student's or a helper's answer against the book's, the answer key's or
a program's (Wolfram|Alpha, Maple, an online calculator): sin^2 / 1 - cos^2 and double-angle
rewritings, tan/sec and csc/cot forms, antiderivatives that differ by a constant, derivatives
simplified differently, arcsin/arccos and arctan forms, and log rules (ln(x^2) vs 2 ln|x|), where a
Q&A thread, a tutor's worked answer or an answer key settles which forms are the same answer and
which are not).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/, and checked against /work/wt/fresh*_claims/claims.txt; each page was claimed
in /work/wt/fresh91_claims/claims.txt before use). Each case gives the reference answer (``gold``),
the prediction (``pred``: another form the page gives as the same answer, or a form the page
refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and the
verdict (``expected``) settled on the page, with no one on the page contradicting it. ``repo`` is
the domain of the stored copy (for mirrors of Mathematics Stack Exchange, socratic or reddit, the
mirror's domain) and ``where`` its full URL. There is no commit; every source is a web page with
no licence file. Only the text the search tool returned for a page (its excerpt) was read. Do not
tune the judge on these cases. Continued in bench/equiv_fresh91_b2.py and
bench/equiv_fresh91_b3.py (same rules; their sources are listed below too).

Transcription: strings are copied as the stored page shows them, LaTeX kept as LaTeX (``\frac12a``,
``{x\over a}``, ``\text{x+c}``), plain-text math kept as typed (``(1/2)(x - sin(x)cos(x)) + C``,
``1/4cos2x``, ``Constant`` for the constant), unicode kept (``½``, the en dash in imathworks'
``\tan x – x + C``). Only delimiters are dropped: ``$``/``$$``/``\[ \]``/``\( \)`` around LaTeX,
socratic's ``#...#`` around its AsciiMath, a leading ``=`` or ``dy/dx=`` of a chain, and a trailing
full stop (clay6's options). For antiderivatives the ``+ C`` is kept wherever the page has it;
pairs of antiderivatives that differ by a constant are True only where the page says both are
right. One repair, noted in ``why``: wyzant 1549's chain ends ``= (1/(1+x^2)`` with a stray opening
parenthesis, taken as ``1/(1+x^2)``. Where a page writes a chain "A = B = C", the form the page
ends on (or calls the answer) is the gold and earlier links are True preds. Multiple-choice options
other than the worked answer (clay6) are False preds.

Sources (domain, page, what is settled; all "web page, no licence file"):

- mathforum.org Dr. Math 53483 (the asker's antiderivative (-(cos X)^3)/(3sin x) of (cos X)^2
  refused; the doctor's 1/4 sin(2x) + 1/2 x + C). 1 case (1 False).
- mathhelpforum.com 11764 "help-integrate-cosine" (two helpers' chains for the integral of
  1 - cos^2 x). 3 cases.
- www.physicsforums.com 672023 "the-natural-log-function" (a mentor: ln(x^2) = 2 ln(|x|); 2 ln(x)
  has another domain). 2 cases (1 False).
- math.techqa.club 3158538 (2ln|x| as ln x^2; (1/2)ln|x| as ln sqrt|x|, not ln sqrt x). 3 cases
  (1 False).
- questioncove.com 51b50fe4 (a sin(x/2)cos(x/2) = (a/2) sin x; "not sin2(x/2)"; not
  (a/2)sin2x). 3 cases (2 False).

Sources of bench/equiv_fresh91_b2.py:

- askanewquestion.com 1166050 (derivative of tan-1(2x/(1-x^2)) by the chain rule = 2/(1+x^2))
  and 345027 (csc x - cot x = (1 - cos x)/sin x). 2 cases.
- drift.fundegar.com "what-is-the-derivative-of-sec-2x" (a Mathematics Stack Exchange copy: the
  asker's quotient-rule result equals 2 sec^2 x tan x). 2 cases.
- socratic.org "how-do-you-calculate-this" (-1/4cos2x+C and 1/2sin^2x+C), "how-do-you-prove-cos-2-x-
  1-sin-x-1-sin-x" and answer 210151 (d/dx sin^2(x) = 2sin(x)cos(x) or sin(2x)). 3 cases.
- questioncove.com 5459aa0a (d/d theta cos(5-theta): sin(theta-5) refused) and 51323e2b
  (cos^2 (x) and (cosx)^2 "are equivalent"). 3 cases (1 False).
- vachmi.com "Find-the-derivative-of-sinx-cosx" (product rule chain to cos2x). 2 cases.
- mytutor.co.uk 41971 (d/dx ln(1/cos(x) + tan(x)) simplified to sec(x)). 2 cases.
- mathhelpforum.com 115220 (cos^2(x) = 1 - sin^2(x)) and 86086 (sin^2x - 1 = -cos^2x). 2 cases.
- qammunity.org 10994591 ((cos x)(sec x) - sin^2 x: 1 - sin^2 x = cos^2 x). 1 case.
- api-project-1022638073839.appspot.com (socratic copy) "how-do-you-find-the-derivative-of-y-ln-
  secx" (ln(secx) = -ln(cosx); the derivative -1/cosx(-sinx) = sinx/cosx = tanx). 3 cases.
- kiwix.lukehooper.xyz Mathematics Stack Exchange 1188542 (arcsin(x/a)+c and -arccos(x/a)+c "the
  same, up to the constant difference"). 1 case.
- questioncove.com 523e4a66 (integral of arccos(x/2): a helper's slip
  x cos^-1(x/2) - sqrt(1-x^2/4) + 2C corrected to ... - 2 sqrt(1-x^2/4) + C). 1 case (1 False).
- www.physicsforums.com 561063 (textbook exercise: ln|sec x + tan x| + C and -ln|sec x - tan x| + C
  are equivalent). 1 case.
- math.techqa.club 3648726 (-tan^-1(1/e^x)+c vs tan^-1(e^x)+c: "you didn't screw up"). 1 case.

Sources of bench/equiv_fresh91_b3.py:

- redlib.hbubli.cc (r/learnmath d8ck2l: cos(2x) and its antiderivative ½sin(2x) "not remotely
  equal"). 1 case (1 False).
- mathhelpforum.com 13311 (a helper's ln|sec(2x) + tan(2x)| + 3/2*ln|cos(2x)| + C brought to
  ln|1 + sin(2x)| + 1/2*ln|cos(2x)| + C, the book's form). 1 case.
- questioncove.com 540e045a (-1/4 ln|cos2x| + C written as ln|sec 2x| + C, the 1/4 dropped and
  owned up to). 1 case (1 False).
- socratic.org "how-do-you-simplify-the-expression-sec-2x-1", "what-is-difference-between-2cosx-
  and-cos2x" (the asker's cos3x = cos2x*cosx "not correct"), answers 503407 (quotient rule chain
  to 2x) and 568315, "how-do-you-prove-tan-1-2theta-csctheta-cottheta". 6 cases (1 False).
- imathworks.com "integrate-inttan2xdx" (the asker's 2(1/(x + 1/2 sin2x)) + C vs the answer
  tan x - x + C). 1 case (1 False).
- science-mathematics.com 201204/29565 (ln(cscx-cotx) + ln(secx) + C). 1 case.
- www.wyzant.com 1549 (d/dx tan^-1(x) = 1/sec^2(tan^-1(x)) = 1/(1+x^2)). 1 case.
- clay6.com 1287 (integral of (1-cos x)/(1+cos x) = 2tan(x/2) - x + c; three other options).
  4 cases (3 False).
- vidyadip.com 2425510 (integral of (1+cos x)/(1-cos x) = -2cot(x/2) - x + c). 1 case.
- openstudy.com 5118a31f (1/cosx - cosx = tanxsinx, via (1-cos^2x)/cosx). 1 case.
- api-project-1022638073839.appspot.com "how-do-you-simplify-sec-2x-tan-2x" (= 1). 1 case.
- www.gradesaver.com Anton Calculus 10th ed. 2.5 exercise 4 (4sinxcosx). 1 case.
- vespr.org (socratic copy) "how-do-you-find-the-antiderivative-of-e-x-1-e-2x" (arctan(e^x) + C
  and tan^-1(e^x)+C from two answers). 1 case.
- library.thinkquest.org 20991 formula 214 (csc(x)-cot(x) = tan(x/2)). 1 case.
- ca.answers.yahoo.com 20210128162626AA11sEn (antiderivative of sin^2 x, two forms). 1 case.

59 cases in all (14 False): 12 here (5 False), 24 in bench/equiv_fresh91_b2.py (2 False), 23 in
bench/equiv_fresh91_b3.py (7 False).

Left out, by rule: forms whose superscripts or fractions the text conversion lost (physicsforums
8572 "sin3(x)" for sin^3 x; byjus, solve.club and calculator pages with "sin2x" for sin^2 x;
physicscatalyst "1/1+cos x" with \csx typos; mathhelpforum threads whose LaTeX images are gone:
161260, 140544, 213069, 8636, 140519, 47176, 190639, 231193; web2.0calc page 9124; freemathhelp
136754); pairs that differ by a constant written without ``+ C`` (drift.fundegar.com arccos(x)
vs -arcsin(x)); pages whose own statement is wrong or disputed (questioncove 4d910ec1
"-log(cos(u)) = -ln|sec(u)|"; openstudy 55ec7c52, which simplified sin^2x - 1 as 1 - sin^2 x;
cdquestions 691039, whose key contradicts its solution; cash.smbbmcl and math.techqa.club 2938049
on arccot conventions); a machine-written thread
summary (physicsforums 187237); a student's forms whose verdict the page leaves open or that are
cut off (mathhelpforum 143379 "right??"; physicsforums 558508 "(1/2)tan^(-1)(tanh..."; the
student room 1154671 "-0.5 * cot(x)" vs "-0.5 * csc(x)"; physicsforums 1018645 and 518101,
whose Wolfram forms are not stored; studydaddy's 1/(1 + cot x) form without its ``+ C``);
AI-generated pages (gauthmath, smartsolve, edu.com, questionai, math-gpt, corca.app,
explanation.fun, studyraid, trendsmask, vocabdictionary, use.as); algebra.com and jiskha.com.

Examined and not used: pages used by earlier sets (reddit 1mmcb3z and 1mbos0l and their mirrors;
math.techqa.club 1189818, 1446707, 2193306, 3301854, 4464999, 1045178, 2795770, 1428387;
cs.rit.edu ARQMath 95518_2012; kiwix 171176; mathhelpforum 172239, 83764, 193605, 125467;
physicsforums 568761, 149016; mathforum.org 53424; straightdope 462869; collegemathteaching;
socratic/vespr "integral of sin x cos x" pages; numerade's four methods; math.answers.com cos^2;
questioncove 5159cd75; ellenow; cartage.org.lb; wyzant 267285 and 390447; askanewquestion 959867;
scholarspapers); pages with a single form and no second one to compare (math.techqa.club 1073001,
1686670, 2436442, 1274356; gradesaver Anton 4.2/64; eduzip; vidyadip 2417594; imathworks
e^x/(1+e^2x); questioncove 4f39b894; physicsforums 215419, 110838, 15749); mathway and emathhelp
calculator step pages (no stored forms); proofwiki, mathdoubts and specialfunctionswiki
reference pages on the arccot derivative (no second form).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

DRM = "mathforum.org"
DRM_53483 = "http://mathforum.org/library/drmath/view/53483.html"
MHF = "mathhelpforum.com"
MHF_11764 = "http://mathhelpforum.com/calculus/11764-help-integrate-cosine.html"
PF = "www.physicsforums.com"
PF_672023 = "https://www.physicsforums.com/threads/the-natural-log-function.672023/"
TQ = "math.techqa.club"
TQ_3158538 = (
    "https://math.techqa.club/"
    "natural-logarithm-with-absolute-value-can-i-cancel-the-absolute-value-3158538"
)
QC = "questioncove.com"
QC_51B50 = "https://questioncove.com/updates/51b50fe4e4b06ee3ee285882"
# sources of bench/equiv_fresh91_b2.py
ANQ = "askanewquestion.com"
ANQ_1166050 = "https://askanewquestion.com/questions/differentiate-tan-1-2x-1-x-2/1166050"
ANQ_345027 = "https://askanewquestion.com/questions/345027"
DFG = "drift.fundegar.com"
DFG_SEC2 = "https://drift.fundegar.com/what-is-the-derivative-of-sec-2x.html"
SOC = "socratic.org"
SOC_CALC = "https://socratic.org/questions/how-do-you-calculate-this"
QC_5459 = "https://questioncove.com/updates/5459aa0ae4b04ccc259220fd"
VACH = "vachmi.com"
VACH_SC = "https://vachmi.com/question_answer/Find-the-derivative-of-sinx-cosx.html"
MYT = "mytutor.co.uk"
MYT_41971 = "https://mytutor.co.uk/answers/41971/A-Level/Maths/Solve-D-dx-ln-1-cos-x-tan-x"
QC_51323 = "https://questioncove.com/updates/51323e2be4b093a1d9489a95"
MHF_115220 = "http://mathhelpforum.com/trigonometry/115220-solved-trig-identities.html"
MHF_86086 = "http://mathhelpforum.com/calculus/86086-factoring-identities.html"
QAM = "qammunity.org"
QAM_10994591 = "https://qammunity.org/10994591"
SOC_COS2 = "https://socratic.org/questions/how-do-you-prove-cos-2-x-1-sin-x-1-sin-x"
APP = "api-project-1022638073839.appspot.com"
APP_LNSEC = (
    "https://api-project-1022638073839.appspot.com/questions/"
    "how-do-you-find-the-derivative-of-y-ln-secx"
)
KIW = "kiwix.lukehooper.xyz"
KIW_1188542 = (
    "https://kiwix.lukehooper.xyz/content/math.stackexchange.com_en_all_2024-10/"
    "questions/1188542/how-is-that-possible-arcsin-x-c-arccos-x-c"
)
QC_523E = "https://questioncove.com/updates/523e4a66e4b0900154172ca0"
PF_561063 = (
    "https://www.physicsforums.com/threads/"
    "first-year-calculus-proving-two-formulas-are-equivalent-with-natural-"
    "logs.561063/post-3674236"
)
TQ_3648726 = "https://math.techqa.club/finding-the-integral-int-frac-e-x-e-2x-1-dx-3648726"
SOC_210151 = "https://socratic.org/answers/210151"
# sources of bench/equiv_fresh91_b3.py
RLB = "redlib.hbubli.cc"
RLB_D8CK2L = "https://redlib.hbubli.cc/r/learnmath/comments/d8ck2l/trig_identity_question"
MHF_13311 = "http://mathhelpforum.com/calculus/13311-need-help-evaluating-integral-s.html"
QC_540E = "https://questioncove.com/updates/540e045ae4b0d8ead1beeadf"
SOC_SEC2 = "https://socratic.org/questions/how-do-you-simplify-the-expression-sec-2x-1"
SOC_2COS = "https://socratic.org/questions/what-is-difference-between-2cosx-and-cos2x"
IMW = "imathworks.com"
IMW_TAN2 = "https://imathworks.com/math/integrate-inttan2xdx"
SCM = "science-mathematics.com"
SCM_29565 = "http://science-mathematics.com/Mathematics/201204/29565.htm"
WYZ = "www.wyzant.com"
WYZ_1549 = (
    "https://www.wyzant.com/resources/answers/1549/"
    "how_is_the_derivative_of_the_inverse_tan_function_1_sec2_tan_1"
)
CLAY = "clay6.com"
CLAY_1287 = "http://clay6.com/qa/1287/find-the-integrals-of-the-functions"
VID = "vidyadip.com"
VID_2425510 = "https://vidyadip.com/ask/question/int-div-1cosx1-cosxdx_2425510"
SOC_503407 = "https://socratic.org/answers/503407"
OS = "openstudy.com"
OS_5118 = "http://openstudy.com/updates/5118a31fe4b09e16c5c9021c"
SOC_568315 = "https://socratic.org/answers/568315"
APP_SEC2TAN2 = (
    "https://api-project-1022638073839.appspot.com/questions/how-do-you-simplify-sec-2x-tan-2x"
)
GS = "www.gradesaver.com"
GS_ANTON_2_5_4 = (
    "http://www.gradesaver.com/textbooks/math/calculus/calculus-10th-edition-anton/"
    "chapter-2-the-derivative-2-5-derivatives-of-trigonometric-functions-exercises-"
    "set-2-5-page-151/4"
)
VES = "vespr.org"
VES_EX = "https://vespr.org/questions/how-do-you-find-the-antiderivative-of-e-x-1-e-2x"
TQO = "library.thinkquest.org"
TQO_214 = "http://library.thinkquest.org/20991/gather/formula/data/214.html"
SOC_TANHALF = "https://socratic.org/questions/how-do-you-prove-tan-1-2theta-csctheta-cottheta"
YAH = "ca.answers.yahoo.com"
YAH_SIN2 = "https://ca.answers.yahoo.com/question/index?qid=20210128162626AA11sEn"

CASES = [
    # Dr. Math 53483: antiderivative of (cos X)^2; the asker's try refused
    _c(
        DRM,
        DRM_53483,
        gold=r"1/4 sin(2x) + 1/2 x + C",
        pred=r"(-(cos X)^3)/(3sin x)",
        wrap=True,
        expected=False,
        why=r"Doctor Charles: 'so I am afraid that your solution doesn't work' ... 'intgl((cos(x))^2) = 1/4 sin(2x) + 1/2 x + C'",
    ),
    # mathhelpforum 11764: integral of (1-cos^2 x); two helpers' chains of equal forms
    _c(
        MHF,
        MHF_11764,
        gold=r"(1/2)(x - sin(x)cos(x)) + C",
        pred=r"x/2 - (1/2)sin(x)cos(x) + C",
        wrap=True,
        expected=True,
        why=r"helper's chain '= x/2 - (1/2)sin(x)cos(x) + C = (1/2)(x - sin(x)cos(x)) + C'",
    ),
    _c(
        MHF,
        MHF_11764,
        gold=r"(1/2)(x - sin(x)cos(x)) + C",
        pred=r"x - x/2 -(1/4)sin(2x) + C",
        wrap=True,
        expected=True,
        why=r"helper's chain '= x - x/2 -(1/4)sin(2x) + C = x/2 - (1/2)sin(x)cos(x) + C = (1/2)(x - sin(x)cos(x)) + C'",
    ),
    _c(
        MHF,
        MHF_11764,
        gold=r"(1/2)(x - sin(x)cos(x)) + C",
        pred=r"(1/2)x - 1/4 sin 2x + Constant",
        wrap=True,
        expected=True,
        why=r"second helper ends '= (1/2)x - 1/4 sin 2x + Constant' for the same integral",
    ),
    # physicsforums 672023: rewriting ln(x^2); the mentor's verdicts
    _c(
        PF,
        PF_672023,
        gold=r"ln(x^2)",
        pred=r"2 ln(|x|)",
        wrap=True,
        expected=True,
        why=r"Mentor: 'ln(x^2) = 2 ln(|x|) As sqrt(x^2)=|x|'",
    ),
    _c(
        PF,
        PF_672023,
        gold=r"ln(x^2)",
        pred=r"2 ln(x)",
        wrap=True,
        expected=False,
        why=r"Mentor: 'ln(x2) is defined for all real x ≠ 0. 2 ln(x) is defined only for x > 0' (different domains)",
    ),
    # math.techqa.club 3158538: cancelling the modulus in 2ln|x| and (1/2)ln|x|
    _c(
        TQ,
        TQ_3158538,
        gold=r"2\ln|x|",
        pred=r"\ln{x^2}",
        wrap=True,
        expected=True,
        why=r"asker: 'I can re-write it down like that: ln{x^2} and thus cancel the modulus' (not disputed)",
    ),
    _c(
        TQ,
        TQ_3158538,
        gold=r"\frac{1}{2}\ln|x|",
        pred=r"\ln\sqrt{\lvert x\rvert}",
        wrap=True,
        expected=True,
        why=r"answer: 'As $\ln\sqrt{\lvert x\rvert}$'",
    ),
    _c(
        TQ,
        TQ_3158538,
        gold=r"\frac{1}{2}\ln|x|",
        pred=r"\ln{\sqrt{x}}",
        wrap=True,
        expected=False,
        why=r"answer: 'As ln sqrt|x|. Otherwise, think about what would happen if x was equal to, say, -1'",
    ),
    # questioncove 51b50fe4: simplify a sin(x/2)cos(x/2); the asker's guesses
    _c(
        QC,
        QC_51B50,
        gold=r"\frac{a}2\sin x",
        pred=r"sin2(x/2)",
        wrap=True,
        expected=False,
        why=r"'is the answer sin2(x/2) ?' ... '=\frac{a}2\sin x' ... 'so... not sin2(x/2)'",
    ),
    _c(
        QC,
        QC_51B50,
        gold=r"\frac{a}2\sin x",
        pred=r"(a/2)sin2x",
        wrap=True,
        expected=False,
        why=r"'why is it (a/2)sinx rather than (a/2)sin2x' answered with the recap '=\frac12a\sin x'",
    ),
    _c(
        QC,
        QC_51B50,
        gold=r"\frac{a}2\sin x",
        pred=r"(a/2)sinx",
        wrap=True,
        expected=True,
        why=r"asker's '(a/2)sinx' confirmed by the recap 'a\left(\frac12\sin x\right)=\frac12a\sin x'",
    ),
]
