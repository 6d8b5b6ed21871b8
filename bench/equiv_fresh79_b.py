r"""A seventy-ninth fresh set of answer-equivalence cases (evaluation only; helper "b": derivatives,
indefinite and definite integrals -- a derivative left unsimplified, multiplied out or factored, an
antiderivative written with a different trig identity or log law, with or without "+ C", ln against
log, a book's or CAS's form against a student's -- where a forum thread, a Q&A answer, a worked
solution or a mark scheme settles whether a differently written result equals the reference one,
or refuses it).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/, and checked against /work/wt/fresh*_claims/claims.txt; each page was claimed
in /work/wt/fresh79_claims/claims.txt before use). Each case gives the reference answer (``gold``),
the prediction (``pred``: another form the page gives as the same answer, or a form the page
refuses) and the verdict (``expected``) settled on the page, with no one on the page contradicting
it. ``repo`` is the domain of the stored copy and ``where`` its full URL. There is no commit; every
source is a web page with no licence file. Only the text the search tool returned for a page (its
excerpt) was read. Do not tune the judge on these cases. Continued in bench/equiv_fresh79_b2.py
(same rules; its sources are listed below too).

Transcription: strings are copied as the stored page shows them: plain-text forms as typed
("1/4 * sin(2*x) - 1/2 * x + C", "x*(ln(x)-1) +C", "2x * e^(2x-1) *e", "e^2x", "arctg", the
middle dots of "3·x^2 - 2·x + 3"), LaTeX kept as LaTeX with its spacing commands ("\,", "\cdot",
"\bigl(", "\tfrac", "\mathrm{e}"). Math delimiters ($, $$, \( \), \[ \], [tex] [/tex], [imath]) are
dropped and the LaTeX inside kept; a leading "=" or "y' =" of a chain is dropped; a trailing
"\,\textrm{.}" (sentence punctuation) is dropped. Where a page writes a chain "A = B" as one
author's rewriting (gutefrage, vespr, math.answers.com, yale, mathelounge 1058060, the Brückenkurs
solutions, freemathhelp, qammunity), the last member is the gold and an earlier member the pred.
Where a page compares a book's, teacher's or CAS's answer with an asker's, the former is the gold.
Every pred is a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True. The issuu mark
scheme refuses "29 + C" for the definite integral 29; the refused derivatives and integrals of
math.techqa 1965610 and 124214, questioncove, physicsforums 149016 and 160802, youmath and openstudy
are the askers' own results that the thread shows to differ from the reference.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- issuu.com. copy of the Edexcel C2 June 2009 mark scheme (de Ferrers Academy upload; Q1 "= 29
  ... (29 + C scores A0)"). 1 case (1 False).
- www.studienservice.de FernUni Hagen forum 52835 (sin x cos x: "\frac{1}{2} * sin^2(x)" and
  "-\frac12\cos^2x": "Das ist dasselbe ... unterscheiden sich nur um eine Konstante"). 1 case.
- www.gutefrage.net "aufleitung-von-sin2" and gutefrage.net "aufleitung-fuer-lnx" (one answerer's
  chains "1/4 * sin(2*x) - 1/2 * x + C= 1/2 * (1/2 * sin(2*x) - x) + C" and
  "x*ln(x)-x+C=x*(ln(x)-1) +C"). 2 cases.
- math.techqa.club (copies of Math Stack Exchange questions) 4144627 (teacher's tan^2 form against
  the asker's sec^2 form: "the same thing"), 4464999 ("\frac {\tan^2 \theta} 2 + C is not
  incorrect!"), 1965610 (Khan's "-\ln |2x-1|" "rather than -2\ln|2x+1|"), 2742919 (e^{x^x}: "the
  same result as before, just factored differently"), 124214 ("3+\frac{5}{2}\log(5)" against
  Mathematica's "\frac{3}{2}+\frac{5}{8}\log(5)"). 6 cases (2 False).
- www.cs.rit.edu ARQMath copy of Math Stack Exchange 2118826 (the book's "2(x+1)^3(x+5)(3x+11)"
  reached from the asker's product-rule form). 2 cases.
- questioncove.com 546e3268e4b0db932297eacc ("I got 2x^2+12x+9 but its wrong"; the answer
  "2(x^{2}+5x+2)(2x+5)"). 1 case (1 False).
- mathhelpforum.com 114475 (a textbook's product-rule step and its factored form). 1 case.
- www.physicsforums.com 551862 (the book's "5(x-7)^2(2x-5)(2x+1)"), 709256 (arcsec against
  Wolfram's arctan form, "equivalent for restricted x values"), 149016 ("sin(x)cos(x)" where "the
  answer i am supposed to get is 2tan(x)"), 160802 ("the derivative of e^2x doesn't equal e^2x").
  4 cases (2 False).

Sources of bench/equiv_fresh79_b2.py:

- www.freemathhelp.com 133108 (x^x: "\ln and \log are the same function in the above"). 2 cases.
- www.youmath.it 3518 (a calculator's "1/6 arctg(3x/2) + C" against the asker's "1/2 arctg
  (3x/2)"; the formula needs a monic polynomial). 1 case (1 False).
- mathelounge.de 683991 (the lecturer's simplified derivative and the asker's) and 1058060 (two
  product-rule derivatives multiplied out). 3 cases.
- math.answers.com "Integral_of_cosine_squared_x" (two methods, each chained to "x/2 + (1/4)sin 2x +
  C"). 2 cases.
- campuspress.yale.edu calctutorials "integration-by-substitution-problems-1" (tan x: "often listed
  as -ln [ cos(x) ] + c = ln [ 1 / cos(x) ] + c = ln [ sec(x) ] + c"). 2 cases.
- vespr.org "what-is-the-derivative-of-ln-sec-2-x" ("-2(-sinx)/cosx = (2sinx)/cosx = 2tanx").
  2 cases.
- openstudy.com 4f78b987e4b0ddcbb89e6468 (e^(2x): the asker's "2x * e^(2x-1) *e", "Which is not the
  answer"; reply "2e^(2x)"). 1 case (1 False).
- qammunity.org 13813185 ("e^(2x)*2 This can also be written as 2e^(2x)") and 2913027 ("12x^(-5)"
  ... "the derivative f'(x) is 12/x^5"). 2 cases.
- wiki.math.se and wiki.sommarmatte.se Online Mathematik Brückenkurs 2 (TU Berlin) "Lösung 2.3:1d"
  and "Lösung 2.1:5b" (worked solutions whose last two lines rewrite the antiderivative). 2 cases.

35 cases in all (8 False): 18 here (6 False), 17 in bench/equiv_fresh79_b2.py (2 False).

Left out, by rule: forms whose exponents, fractions or radicals the text conversion lost or stacked
(mathelounge 80503 and 500439 "(5 - 3x)3", "(x-1)2"; the red.azn.boats r/HomeworkHelp copy
"x1/2(x3+1)"; askanewquestion 959867 "a2sin-1(x/a)"; matematykaszkolna 362677 "lnIx−\n12I"; the
scribd, 2.zoppoz and id.scribd integration mark schemes, whose accepted forms are stacked; the IB
questionbank and ib.mycosmic pages, whose math is lost; mathskey and kanazawa-it pages, whose
formulas are images); answers shown only as images (math.techqa 1686367 "Teacher's
Simplification", physicsforums 568761 Wolfram images, math.techqa 1428387); the other answer of
gutefrage "aufleitung-von-sin2" ("-x/2 + sin(2x)/4 + C", never compared there) and of
gutefrage "aufleitung-fuer-lnx"; the asker's own e^{x^x} result on math.techqa 2742919 (never
judged in the stored text); okwave q7996933 (the best answer's verdict is cut off); socratic
594526 and physicsforums 1026251 (whether (x-1)ln(x-1)+(x+1)ln(x+1)-2x+C equals x ln(x^2-1)-...
is disputed across the two pages on domain grounds); math.techqa 1189818 (a second answer says
Wolfram's form "should also include the absolute values") and 3601848 (settled only by "plot the
two"); thestudentroom 4180780 (the first answer is not in the stored text); reshimvse 55377 (its
worked solution integrates x^2 to x^2/2); AI or generated pages (edu.com, mathix, smartsolve,
math-gpt, studdy, numerade, openknowledgegraph, examzify, methodmath, edubrain, gauthmath,
questionai, sensei-ai) and machine-translated copies (symoe.com, dieklugeeule.com); a.simonm.io,
algebra.com and jiskha.com (excluded by the brief).

Examined and not used: pages used or examined by earlier sets: mathforum drmath 53424;
mathhelpforum 172239, 49535, 131062, 127205, 83764, 174932, 140519, 84375; the reddit 1mmcb3z
copies; ARQMath 2100513 and the 95518_2012 zip; math.techqa 3301854, 946439, 2037504, 2625547,
3344083 (and its drift.fundegar copy), 4859789, 2795770; imathworks trigonometric-substitution
page; ray.fundegar tan/sec page; wyzant 267285; vespr 1b237 and socratic
"how-do-you-integrate-sin-x-cos-x"; questioncove 4e907aab0b8bfb9f23e12fb1; thestudentroom 1275998,
6724464, 1602058; physicsforums 124731 and 624336; oshiete 3714291; atarnotes 141933; etrapez;
calculuscourse.maa.org; collegemathteaching "student-answers"; collegeconfidential 1397681;
livephysics answer keys; mindview.pages.dev; derivativecalculus.com; shmoop's fundamental-theorem
example; oocities "AP Calculus Advice", apcentral 8861 and studylib 7978949; the webwork.maa.org
forum d=4561; docs.stack-assessment.org; numbas 43499, 43702 and 45557 (templated or placeholder
answers); youmath's other pages; socratic "what-is-the-derivative-of-sqrt-x-2-1-3"; pages with no
stated reference or verdict (physicsforums 407559 and 425527; mathhelpforum 8636 and 190639;
basilmarket e^-3 thread; cpm homework 5-74; thestudentroom 1275372, formulas lost).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

ISSUU = "issuu.com."
ISSUU_C2 = "https://issuu.com./deferrers-academy/docs/c2-ms-jun-2009"
STUD = "www.studienservice.de"
STUD_52835 = "https://www.studienservice.de/fernuni-hagen/uebungsaufgabe-2-1-4-1-ke-1.52835/"
GF = "www.gutefrage.net"
GF_SIN2 = "https://www.gutefrage.net/frage/aufleitung-von-sin2"
GF2 = "gutefrage.net"
GF_LNX = "https://gutefrage.net/frage/aufleitung-fuer-lnx"
TQ = "math.techqa.club"
TQ_4144627 = "https://math.techqa.club/checking-solution-for-int-tan-3-x-dx-4144627"
TQ_4464999 = (
    "https://math.techqa.club/using-integration-by-parts-for-int-sec-2-x-tan-x-mathrm-dx-4464999"
)
TQ_1965610 = "https://math.techqa.club/confused-about-a-certain-an-integral-1965610"
TQ_2742919 = "https://math.techqa.club/find-the-derivative-of-exp-x-x-2742919"
TQ_124214 = "https://math.techqa.club/can-t-figure-out-what-i-been-doing-wrong-on-simple-integration-question-124214"
ARQ = "www.cs.rit.edu"
ARQ_2118826 = "https://www.cs.rit.edu/~dprl/ARQMath-backup/Collection/Thread%20Files%20(supplementary)/Collection_By_Year/Older%20version/V.0.2/2078966_2017.zip:/tmp/tarfile_extract_u0zgv7hg/2078966_2017/2078966_01/2118826.html"
QC = "questioncove.com"
QC_546E = "https://questioncove.com/updates/546e3268e4b0db932297eacc"
MHF = "mathhelpforum.com"
MHF_114475 = "http://mathhelpforum.com/calculus/114475-product-rule.html"
PF = "www.physicsforums.com"
PF_551862 = "https://www.physicsforums.com/threads/factored-form-of-a-derivative.551862/"
PF_709256 = (
    "https://www.physicsforums.com/threads/inverse-trig-function-equivalence-in-integral.709256"
)
PF_149016 = "https://www.physicsforums.com/threads/derivative-of-the-natural-log.149016/"
PF_160802 = "https://www.physicsforums.com/threads/derivative-of-e-x-e-x-the-derivative-of-e-2x-doesnt-equal-e-2x.160802/"
# sources of bench/equiv_fresh79_b2.py
FMH = "www.freemathhelp.com"
FMH_133108 = "https://www.freemathhelp.com/forum/threads/derivative.133108/latest"
YM = "www.youmath.it"
YM_3518 = (
    "https://www.youmath.it/domande-a-risposte/view/3518-formula-dellintegrale-indefinito.html"
)
ML = "mathelounge.de"
ML_683991 = (
    "https://mathelounge.de/683991/ableitung-funktion-vereinfachung-ergebnisses-bruchaddition"
)
ML_1058060 = "https://mathelounge.de/1058060/wie-fasse-ich-bei-der-produktregel-den-term-zusammen?show=1058064"
ANS = "math.answers.com"
ANS_COS2 = "https://math.answers.com/calculus/Integral_of_cosine_squared_x"
YALE = "campuspress.yale.edu"
YALE_SUB1 = "https://campuspress.yale.edu/calctutorials/integration-by-substitution-problems-1"
VES = "vespr.org"
VES_LNSEC2 = "https://vespr.org/questions/what-is-the-derivative-of-ln-sec-2-x"
OS = "openstudy.com"
OS_4F78 = "http://openstudy.com/updates/4f78b987e4b0ddcbb89e6468"
QAM = "qammunity.org"
QAM_13813185 = "https://qammunity.org/13813185"
QAM_2913027 = "https://qammunity.org/2913027/?show=2913028"
WMS = "wiki.math.se"
WMS_231D = "http://wiki.math.se/wikis/2009/bridgecourse2-TU-Berlin/index.php/L%C3%B6sung_2.3:1d"
SMS = "wiki.sommarmatte.se"
SMS_215B = (
    "http://wiki.sommarmatte.se/wikis/2009/bridgecourse2-TU-Berlin/index.php/L%C3%B6sung_2.1:5b"
)

CASES = [
    # issuu copy of the Edexcel C2 June 2009 mark scheme, Q1: a definite integral with + C
    _c(
        ISSUU,
        ISSUU_C2,
        gold=r"29",
        pred=r"29 + C",
        wrap=True,
        expected=False,
        why="Q1: '= 29 ... (29 + C scores A0)'",
    ),
    # studienservice.de FernUni Hagen forum: the antiderivative of sin x cos x in two forms
    _c(
        STUD,
        STUD_52835,
        gold=r"-\frac12\cos^2x",
        pred=r"\frac{1}{2} * sin^2(x)",
        wrap=True,
        expected=True,
        why="'Das ist dasselbe: ... -\\frac12\\cos^2x = ... = \\frac12\\sin^2x-\\frac12, d.h. die Ergebnisse unterscheiden sich nur um eine Konstante und sind daher beides Stammfunktionen'",
    ),
    # gutefrage.net: antiderivatives of -sin^2 x and of ln x, each answer written two ways
    _c(
        GF,
        GF_SIN2,
        gold=r"1/4 * sin(2*x) - 1/2 * x + C",
        pred=r"1/2 * (1/2 * sin(2*x) - x) + C",
        wrap=True,
        expected=True,
        why="'Int (-1 *sin^2(x))= 1/4 * sin(2*x) - 1/2 * x + C= 1/2 * (1/2 * sin(2*x) - x) + C'",
    ),
    _c(
        GF2,
        GF_LNX,
        gold=r"x*ln(x)-x+C",
        pred=r"x*(ln(x)-1) +C",
        wrap=True,
        expected=True,
        why="'Integral (ln(x)*dx)=x*ln(x)-x+C=x*(ln(x)-1) +C'",
    ),
    # math.techqa.club (Math Stack Exchange copies): antiderivatives that differ by a constant
    _c(
        TQ,
        TQ_4144627,
        gold=r"\frac{\tan^2(x)}{2} -\ln(\sec(x))",
        pred=r"\frac{\sec^2(x)}{2} - \ln(\sec(x))",
        wrap=True,
        expected=True,
        why="teacher's answer vs the asker's: '(tan^2 x/2 + constant) is the same thing as (sec^2 x/2 + a different constant)'",
    ),
    _c(
        TQ,
        TQ_4464999,
        gold=r"\frac {\sec^2 \theta} 2 + C'",
        pred=r"\frac {\tan^2 \theta} 2 + C",
        wrap=True,
        expected=True,
        why="'\\frac {\\tan^2 \\theta} 2 + C is not incorrect! ... =\\frac {\\tan^2 \\theta} 2 + C = \\frac {\\sec^2 \\theta} 2 + C''",
    ),
    _c(
        TQ,
        TQ_1965610,
        gold=r"-\ln |2x-1|",
        pred=r"-2\ln|2x+1|",
        wrap=True,
        expected=False,
        why="Khan's '\\int\\frac{-2}{2x-1}\\,dx = -\\ln |2x-1|' 'rather than -2\\ln|2x+1|'; answers derive C-\\ln|u| (the -2 cancels)",
    ),
    _c(
        TQ,
        TQ_2742919,
        gold=r"e^{x^x}\,x^x\,(1 + \ln(x))",
        pred=r"e^{x^x} (x\cdot x^{x - 1} + \ln(x)x^x)",
        wrap=True,
        expected=True,
        why="'This is the same result as before, just factored differently.'",
    ),
    _c(
        TQ,
        TQ_2742919,
        gold=r"e^{x^x}\,x^x\,(1 + \ln(x))",
        pred=r"e^{x^x} (x^x + \ln(x)x^x)",
        wrap=True,
        expected=True,
        why="'That gives e^{x^x} (x^x + \\ln(x)x^x). Then you can factor out x^x ... and get the original result'",
    ),
    _c(
        TQ,
        TQ_124214,
        gold=r"\frac{3}{2}+\frac{5}{8}\log(5)",
        pred=r"3+\frac{5}{2}\log(5)",
        wrap=True,
        expected=False,
        why="'I can only find 3+\\frac{5}{2}\\log(5) but answers that I get from Mathematica is \\frac{3}{2}+\\frac{5}{8}\\log(5)'; the answer derives the latter",
    ),
    # ARQMath copy of Math Stack Exchange 2118826: the book's factored derivative
    _c(
        ARQ,
        ARQ_2118826,
        gold=r"2(x+1)^3(x+5)(3x+11)",
        pred=r"(x+1)^4 \cdot 2(x+5) + (x+5)^2 \cdot 4(x+1)^3",
        wrap=True,
        expected=True,
        why="'How do they arrive at the answer 2(x+1)^3(x+5)(3x+11)?'; the answer factors the asker's form to it",
    ),
    _c(
        ARQ,
        ARQ_2118826,
        gold=r"2(x+1)^3(x+5)(3x+11)",
        pred=r"(x+1)^3(x+5)\cdot(6x+22)",
        wrap=True,
        expected=True,
        why="chain '... &=(x+1)^3(x+5)\\cdot(6x+22)\\\\ &=(x+1)^3(x+5)\\cdot 2(3x+11)'",
    ),
    # questioncove.com: derivative of (x^2+5x+2)^2
    _c(
        QC,
        QC_546E,
        gold=r"2(x^{2}+5x+2)(2x+5)",
        pred=r"2x^2+12x+9",
        wrap=True,
        expected=False,
        why="'I got 2x^2+12x+9 but its wrong'; reply: 'giving an answer of: 2(x^{2}+5x+2)(2x+5)'",
    ),
    # mathhelpforum.com 114475: the textbook's product-rule step
    _c(
        MHF,
        MHF_114475,
        gold=r"(2x-5)(x+1)^2(3(2x-5)+4(x+1))",
        pred=r"((2x-5)^2)(3(x+1)^2) + ((x+1)^3)(2(2)(2x-5))",
        wrap=True,
        expected=True,
        why="the book goes 'from this: ((2x-5)^2)(3(x+1)^2) + ... To this: (2x-5)(x+1)^2(3(2x-5)+4(x+1))' by 'taking out a factor'",
    ),
    # physicsforums.com threads: a factored book answer, Wolfram's arctan form, two refused derivatives
    _c(
        PF,
        PF_551862,
        gold=r"5(x-7)^2(2x-5)(2x+1)",
        pred=r"4(2x+1)(x-7)^3+3(2x+1)^2(x-7)^2",
        wrap=True,
        expected=True,
        why="'5(x-7)^2(2x-5)(2x+1) That's the final answer from the book'; Mentor: 'Look for factors that are common to both terms.'",
    ),
    _c(
        PF,
        PF_709256,
        gold=r"(x^2-4)^(1/2) + 2arctan(2/(x^2-4)^(1/2)) + C",
        pred=r"(x^2-4)^(1/2) - 2arcsec(x/2) + C",
        wrap=True,
        expected=True,
        why="x > 2: Wolfram 'says \"which is equivalent for restricted x values to:\"'; the thread explains the two differ by a constant",
    ),
    _c(
        PF,
        PF_149016,
        gold=r"2tan(x)",
        pred=r"sin(x)cos(x)",
        wrap=True,
        expected=False,
        why="y=ln(sec^(2)x): 'came out with sin(x)cos(x) the answer i am supposed to get is 2tan(x). where did i go wrong?'",
    ),
    _c(
        PF,
        PF_160802,
        gold=r"(2)(e^2x)",
        pred=r"e^2x",
        wrap=True,
        expected=False,
        why="thread title: 'the derivative of e^2x doesn't equal e^2x'; reply: 'derivative of e^2x = (2)(e^2x)'",
    ),
]
