r"""A sixty-fifth fresh set of answer-equivalence cases (evaluation only; helper "b": calculus
Q&A threads and worked solutions where a student's form of an answer is set against the book's,
the answer key's or the mark scheme's -- antiderivatives that differ by a constant or by a log or
trig identity, ln|sec x| against -ln|cos x|, factorised and expanded derivatives, definite
integrals and series sums written in two ways -- and the thread or the solution settles whether
the two are the same answer).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/, and checked against /work/wt/fresh*_claims/claims.txt; each page was
claimed in /work/wt/fresh65_claims/claims.txt before use). Each case gives the reference answer
(``gold``: the book's, answer key's or mark scheme's form, or, where the page has none, the form
the helper or the solution ends on), the prediction (``pred``: the student's or the other form the
page shows equal, or a form the page refuses; always a bare answer to be put in ``\boxed{}``, so
``wrap`` is always True) and the verdict (``expected``) settled on the page, with no one on the
page contradicting it. ``repo`` is the domain of the stored copy and ``where`` its full URL. There
is no commit; every source is a web page with no licence file. Only the text the search tool
returned for a page (its excerpt) was read. Do not tune the judge on these cases. Continued in
bench/equiv_fresh65_b2.py (same rules; its sources are listed below too).

Transcription: strings are copied as the stored page shows them, the constant of integration
kept as the page writes it (+C, + c, + K, + D), plain-text forms kept plain ("(X^2)(lnx)/2 -
1/4(x^2)", "lnroot 3", "2/3sqrt(x+1)(x-2)+C", "x- ln abs(2x+3)+C"), unicode kept ("−" in "ln 4 −
1/2ln 2", "–" in "0.25 – 0.25\cos 2x + c", "²" and "∑", "∞" as printed). Math delimiters are
dropped and the text inside kept: [itex] [/itex] (physicsforums), $ $ and $$ $$ (techqa,
socratic, openstudy, physicsforums 467449, where "(2x-3)$$^{3}$$" becomes "(2x-3)^{3}"), the
socratic #...# markers; openstudy's size commands "\ \Huge" and a closing "." are dropped. A left side such as
"y=", "f(x) =", "\int ... dx =" or a leading "=" is dropped. Readings, each noted in ``why``:
for vespr's x/sqrt(x+1) the two answers on the page, both by u = x+1, are set against each other;
thestudentroom 305648's first form is counted refused because the poster replaced it with the
second, which a reply confirmed ("yes."); physicsforums 414959's index shift is the poster's own,
confirmed by the reply; the two edshare pages are exam solutions whose chains of equalities give
the second forms.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- math.techqa.club "why-ln-cos-x-ln-sec-x-2917582" (a solution's "-\ln|\cos x| +C=\ln|\cos
  x|^{-1}+C= \ln|\sec x|+C", explained by the answers). 2 cases.
- www.physicsforums.com showpost p=3684380 (integral of (sin x/2 - cos x/2)^2: "x-2\sin^2(x/2)+C
  =x+\cos(x)-1+C ... -1+C is just a constant"). 1 case.
- imathworks.com "why-are-we-forced-to-use-the-double-angle-formula..." (MSE copy: -cos 2x/4 + c
  against 0.25 – 0.25 cos 2x + c, "Both answers are correct."). 1 case.
- plainmath.net 91956 (integral of x/(x+1) by a table: "1+x-ln|1+x|+C", "Simplify", "x-ln|x+1|
  +C"). 1 case.
- www.eduzip.com 582288 (integral of 1/(e^x+1): "-\ln|e^{-x}+1|+c ... =x-\ln(1+e^{x})+c").
  2 cases.
- www.thestudentroom.co.uk 305648 (integrating x log x: "(X^2)(lnx)/2 - (x^3)/6 Is this
  correct?" ... "Actually is the answer this: (X^2)(lnx)/2 - 1/4(x^2)" "yes."). 1 case (1 False).
- vespr.org (socratic copies) "how-do-you-integrate-int-x-sqrt-x-1-using-substitution" (two
  answers, (2(x+1)^(3/2))/3-2sqrt(x+1)+c and 2/3sqrt(x+1)(x-2)+C) and "...-int-x-1-sqrt-x-1-..."
  ("2/3 (x-1)^(3/2) +4 sqrt(x-1) + C ... = 2/3 ( x + 5) sqrt(x-1) + C"). 3 cases.
- socratic.org "how-do-you-integrate-int-x-x-1-sqrt-x-1-dx" ("Since 1 is a constant, we can add it
  to C"), "how-do-you-integrate-x-2-ln-x-x" (x^2 ln x/2 - x^2/4 + C = x^2(2 ln x - 1)/4 + C).
  3 cases.
- mytutor.co.uk answers 8483 (integrate x ln x: "[(x^2)/2]lnx - 1/2 * (x^2)/2 +C ... (simple
  manipulation) [(x^2)(2lnx -1)]/4 +C"). 1 case.
- openstudy.com 50941d8be4b00ef4cca0f8ac (derivative of x/(x^2+1): "(-x^2+1)/(x^2+1)^2 cannot be
  simplified further. you cannot cancel like that", "your final answer will be (1-x^2)/(x^2+1)^2").
  2 cases (1 False).
- www.physicsforums.com threads 153205 (integral of 1/(2x) from 1 to 9: "ln|9|/2 = ln 3", book
  ln3). 1 case.
- socratic.org "what-is-the-integration-of-2x-1-2x-3" ("(2x+3)/2 - ln abs(2x+3)+C and as we can
  absorb the constant in C: x- ln abs(2x+3)+C"). 1 case.

Sources of bench/equiv_fresh65_b2.py:

- imathworks.com "math-find-the-sum-for-the-power-series" (MSE copy: "The answer should be
  (x-1)/(x^2-2x+2)", best answer "(x-1)\frac1{1+(x-1)^2}=..."). 1 case.
- www.physicsforums.com threads 414959 (power series of the integral of arctan t, index shifted;
  "Your work looks okay to me, and your answer matches what Mathematica spits out"). 1 case.
- questioncove.com 5159cd75e4b07077e0c0eb8c (integral of tan x = ln|sec x| + C; "i thought it was
  ln (cos x) + C ?" ... "whoops forgot the negative"; "-ln(cos(x))+C" and the log laws).
  2 cases (1 False).
- www.thestudentroom.co.uk 4169945 ("ln 4 − 1/2ln 2 Mark scheme says 3/2ln 2" - "ln4 = 2ln2"),
  2308970 (C4 definite integral: "2ln3 - 2 ln 4 + 2 ln 2 Is this correct ?" "Yes"; "2ln 3 - 2ln4
  + 2ln0.5" corrected to 2ln2), 5040940 (integral of 2/x, mark scheme ln3; "lnroot 3" refused,
  "ln6-ln2=ln3 as requested"), 1497467 (OCR C3 specimen: 1/8(4x+1)^1/2 against the scheme's
  1/2(4x+1)^1/2, "Ohh yh I know what i did"). 6 cases (3 False).
- www.physicsforums.com threads 467449 (derivative of (x+1)(2x-3)^4: the student's
  8(x+1)(2x-3)^3 + (2x-3)^4 and the booklet's 5(2x+1)(2x-3)^3 "were both equal"). 1 case.
- edshare.soton.ac.uk documents 4265 and 4264 (Southampton exam solutions: volumes and a surface
  area of revolution, "=\frac{\pi}{6}(5^{3/2}+5)=\frac{5\pi}{6}(\sqrt{5}+1)", "2\pi(2e-3)+2\pi(e-1)
  =2\pi(3e-4)"). 5 cases.
- math.techqa.club "the-integral-of-hyperbolic-tan-2211724" (ln|cosh x| + K and ln|e^x+e^-x| + c
  "are equivalent as they only differ by the arbritary constant"). 1 case.
- www.wyzant.com answers 902815 (integral of arctanh x by parts two ways, "(x/2)ln((1+x)/(1-x)) +
  (1/2) ln(1-x²) + C = x arctanh(x) + (1/2) ln(1-x²) + C"). 1 case.
- socratic.org "what-is-the-derivative-of-sqrt-x-2-1-3" ("or = x[x^2+1]^{-1/2} or = x/sqrt(x^2+1)").
  1 case.

38 cases in all (6 False): 19 here (2 False), 19 in bench/equiv_fresh65_b2.py (4 False).

Left out, by rule: forms whose superscripts or radicals the text conversion lost ("(1 + x2)3/2" on
a reddit askmath copy, "1/2(x + 1)2" on wyzant 736978, "ln (ex + e-x)" on math2.org); threads
whose verdict the stored excerpt does not reach (physicsforums 409781, where the student's
3/2x + 9/4 - 9/4 ln(4x+6) and the book's 3/2x - 9/4 ln(2x+3) differ only by a constant but no
reply is stored; physicsforums 778194 and 582580; mathhelpforum 199938 and 133658; freemathhelp
108821; techqa 4817800); forms on a page that the page gets wrong (vespr's and socratic's three
answers to the integral of sin x cos x call "1/4 cos(2x) + C" correct; edshare 4262 prints
\frac{\pi}{2}[12e+e^2-11] for \pi[6e-e^2/2-6+1/2]); decimal approximations set against exact forms
(edshare's "26.106 (3 d.p.)"); equalities that hold only on a curve or for a sign choice
(WeBWorK's -1/y^3 against (-x^2-y^2)/y^3; techqa 1647549's ± forms); thestudentroom 214943
(ln4 - 0.5 ln2 = 1.5 ln2 with no reference answer); jiskha copies on askanewquestion (958664,
1624876, 94946) and the rule's AI or generated solution sites (mathix, edu.com, questionai,
gauthmath, smartsolve, math-gpt, studdy, edubrain, scholarspapers' spun copy of a socratic answer).

Examined and not used (used or claimed by earlier sets): mathhelpforum 172239, 49535, 84375;
thestudentroom 1275372, 1275998, 6724464; techqa 3126227, 2550685, 2849758, 3344083 (and its
drift.fundegar copy), 3527515, 2646100; physicsforums 124731, 332897, 568761, 500623, 279851;
mathforum drmath 53424; wyzant 267285; wiki.rmanhart 4773856; imathworks "where-does-this-
trigonometric-substitution-go-wrong" and "getting-different-answers-when-integrating" (MSE 3453558,
claimed in fresh59); the ARQMath 95518_2012 thread files; zhaokaifeng 8710; blog.csdn 122633330;
xiaoyuandeng; ans.fyi 20131106000015KK03208; socratic "how-do-you-integrate-sin-x-cos-x";
efficientlessons; allaboutcircuits 135926; freemathhelp 122980; redlib r/calculus 1jqlzn4.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

TQC = "math.techqa.club"
TQC_2917582 = "https://math.techqa.club/why-ln-cos-x-ln-sec-x-2917582"
PF = "www.physicsforums.com"
PF_3684380 = "http://www.physicsforums.com/showpost.php?p=3684380&postcount=9"
IMW = "imathworks.com"
IMW_FORCED = "https://imathworks.com/math/why-are-we-forced-to-use-the-double-angle-formula-to-integrate-int-2sin-x-cos-x-mathrmdx"
PLM = "plainmath.net"
PLM_91956 = "https://plainmath.net/91956/use-a-table-of-integrals-to-evaluate-the"
EDZ = "www.eduzip.com"
EDZ_582288 = "https://www.eduzip.com/ask/question/int-frac-1-e-x-1-dx-nbsp-582288"
TSR = "www.thestudentroom.co.uk"
TSR_305648 = "https://www.thestudentroom.co.uk/showthread.php?t=305648"
VES = "vespr.org"
VES_XSQRT = "https://vespr.org/questions/how-do-you-integrate-int-x-sqrt-x-1-using-substitution"
VES_X1SQRT = "https://vespr.org/questions/how-do-you-integrate-int-x-1-sqrt-x-1-using-substitution"
SOC = "socratic.org"
SOC_XSQRT = "https://socratic.org/questions/how-do-you-integrate-int-x-x-1-sqrt-x-1-dx"
SOC_X2LN = "https://socratic.org/questions/how-do-you-integrate-x-2-ln-x-x"
MYT = "mytutor.co.uk"
MYT_8483 = "https://mytutor.co.uk/answers/8483/A-Level/Maths/Integrate-x-ln-x"
OPS = "openstudy.com"
OPS_50941 = "http://openstudy.com/updates/50941d8be4b00ef4cca0f8ac"
PF_153205 = "https://www.physicsforums.com/threads/evaluate-the-integral.153205/"
SOC_2X1 = "https://socratic.org/questions/what-is-the-integration-of-2x-1-2x-3"
IMW_PSUM = "https://imathworks.com/math/math-find-the-sum-for-the-power-series"
PF_414959 = "https://www.physicsforums.com/threads/power-series-representation.414959/"
QCV = "questioncove.com"
QCV_5159 = "https://questioncove.com/updates/5159cd75e4b07077e0c0eb8c"
TSR_4169945 = "https://www.thestudentroom.co.uk/showthread.php?t=4169945"
TSR_2308970 = "https://www.thestudentroom.co.uk/showthread.php?t=2308970"
TSR_5040940 = "https://www.thestudentroom.co.uk/showthread.php?t=5040940"
PF_467449 = (
    "https://www.physicsforums.com/threads/differentiation-product-rule.467449/#post-3106961"
)
EDS = "edshare.soton.ac.uk"
EDS_4265 = "http://edshare.soton.ac.uk/id/document/4265"
EDS_4264 = "http://edshare.soton.ac.uk/id/document/4264"
TQC_2211724 = "https://math.techqa.club/the-integral-of-hyperbolic-tan-2211724"
WYZ = "www.wyzant.com"
WYZ_902815 = "https://www.wyzant.com/resources/answers/902815/evaluate-the-integral-tanh-1-x-dx-a-by-using-the-identity-tan-1-x-1-2-ln-1-"
SOC_SQRT = "https://socratic.org/questions/what-is-the-derivative-of-sqrt-x-2-1-3"
TSR_1497467 = "https://www.thestudentroom.co.uk/showthread.php?t=1497467"

CASES = [
    # techqa 2917582: a solution's -ln|cos x| + C rewritten as ln|sec x| + C
    _c(
        TQC,
        TQC_2917582,
        gold=r"\ln|\sec x|+C",
        pred=r"-\ln|\cos x| +C",
        wrap=True,
        expected=True,
        why="solution: '-\\ln|\\cos x| +C=\\ln|\\cos x|^{-1}+C= \\ln|\\sec x|+C'; answer: '\\log|\\sec x|=-\\log|\\cos x|'",
    ),
    _c(
        TQC,
        TQC_2917582,
        gold=r"\ln|\sec x|+C",
        pred=r"\ln|\cos x|^{-1}+C",
        wrap=True,
        expected=True,
        why="same chain; best answer: 'You should read \\ln |\\cos x|^{-1} as \\ln(|\\cos x|^{-1})'",
    ),
    # physicsforums showpost 3684380: integral of (sin x/2 - cos x/2)^2, two forms of the corrected answer
    _c(
        PF,
        PF_3684380,
        gold=r"\displaystyle x-2\sin^2\left(\frac{x}{2}\right)+C",
        pred=r"x+\cos(x)-1+C",
        wrap=True,
        expected=True,
        why="'the final answer should be x-2sin^2(x/2)+C' ... 'Therefore, x-2\\sin^2(x/2)+C=x+\\cos(x)-1+C'",
    ),
    # imathworks (MSE copy): integral of 2 sin x cos x by the double-angle formula and by u = sin x
    _c(
        IMW,
        IMW_FORCED,
        gold=r"\frac{-\cos 2x}{4} +c",
        pred=r"0.25 – 0.25\cos 2x + c",
        wrap=True,
        expected=True,
        why="'Is the second answer deemed to be wrong?' ... Best Answer: 'Both answers are correct.'",
    ),
    # plainmath 91956: integral of x/(x+1) from a table formula, then simplified
    _c(
        PLM,
        PLM_91956,
        gold=r"x-\mathrm{ln}|x+1|+C",
        pred=r"1+x-\mathrm{ln}|1+x|+C",
        wrap=True,
        expected=True,
        why="'=1+x-ln|1+x|+C' then 'Simplify' '=x-ln|x+1|+C' 'Result: x-ln|x+1|+C'",
    ),
    # eduzip 582288: integral of 1/(e^x+1), solution chain
    _c(
        EDZ,
        EDZ_582288,
        gold=r"x-\ln{\left(1+{e}^{x}\right)}+c",
        pred=r"-\ln{\left|{e}^{-x}+1\right|}+c",
        wrap=True,
        expected=True,
        why="solution chain '=-\\ln|e^{-x}+1|+c ... =x-\\ln(1+e^{x})+c'",
    ),
    _c(
        EDZ,
        EDZ_582288,
        gold=r"x-\ln{\left(1+{e}^{x}\right)}+c",
        pred=r"-\left(\ln{\left|\dfrac{1+{e}^{x}}{{e}^{x}}\right|}\right)+c",
        wrap=True,
        expected=True,
        why="same chain: '=-(\\ln|(1+e^{x})/e^{x}|)+c ... =x-\\ln(1+e^{x})+c'",
    ),
    # thestudentroom 305648: integrating x log(x) by parts
    _c(
        TSR,
        TSR_305648,
        gold=r"(X^2)(lnx)/2 - 1/4(x^2)",
        pred=r"(X^2)(lnx)/2 - (x^3)/6",
        wrap=True,
        expected=False,
        why="'(X^2)(lnx)/2 - (x^3)/6 Is this correct?' then 'Actually is the answer this: (X^2)(lnx)/2 - 1/4(x^2)' 'yes.'",
    ),
    # vespr (socratic copy): integral of x/sqrt(x+1), two answers by u = x+1
    _c(
        VES,
        VES_XSQRT,
        gold=r"(2(x+1)^(3/2))/3-2sqrt(x+1)+c",
        pred=r"2/3sqrt(x+1)(x-2)+C",
        wrap=True,
        expected=True,
        why="answer 1: 'y=(2(x+1)^(3/2))/3-2sqrt(x+1)+c'; answer 2 from the same u^(3/2)/(3/2)-u^(1/2)/(1/2): '=2/3sqrt(x+1)(x-2)+C'",
    ),
    # vespr (socratic copy): integral of (x+1)/sqrt(x-1), tidied up
    _c(
        VES,
        VES_X1SQRT,
        gold=r"2/3 ( x + 5) sqrt(x-1) + C",
        pred=r"2/3 (x-1)^(3/2) +4 sqrt(x-1) + C",
        wrap=True,
        expected=True,
        why="'= 2/3 (x-1)^(3/2) +4 sqrt(x-1) + C which we can tidy up a bit ... = 2/3 ( x + 5) sqrt(x-1) + C'",
    ),
    _c(
        VES,
        VES_X1SQRT,
        gold=r"2/3 ( x + 5) sqrt(x-1) + C",
        pred=r"(2/3 x + 10/3) sqrt(x-1) + C",
        wrap=True,
        expected=True,
        why="'= (2/3 x + 10/3) sqrt(x-1) + C = 2/3 ( x + 5) sqrt(x-1) + C'",
    ),
    # socratic: integral of -x/((x+1)-sqrt(x+1)), constant absorbed into C
    _c(
        SOC,
        SOC_XSQRT,
        gold=r"-x-2sqrt(x+1)+C",
        pred=r"-x-1-2sqrt(x+1)+C",
        wrap=True,
        expected=True,
        why="'-x-1-2sqrt(x+1)+C Since 1 is a constant, we can add it to C, leaving the answer as: -x-2sqrt(x+1)+C'",
    ),
    _c(
        SOC,
        SOC_XSQRT,
        gold=r"-x-2sqrt(x+1)+C",
        pred=r"-(x+1)-2(sqrt(x+1))+C",
        wrap=True,
        expected=True,
        why="'-(x+1)-2(sqrt(x+1))+C=-x-1-2sqrt(x+1)+C' ... 'leaving the answer as: -x-2sqrt(x+1)+C'",
    ),
    # socratic: integral of (x^2 ln x)/x
    _c(
        SOC,
        SOC_X2LN,
        gold=r"\frac{{x}^{2} \left(2 \ln x - 1\right)}{4} + C",
        pred=r"\frac{{x}^{2} \ln x}{2} - {x}^{2} / 4 + C",
        wrap=True,
        expected=True,
        why="answer '(x^2(2 ln x - 1))/4 + C'; last lines '= x^2 ln x/2 - x^2/4 + C = x^2(2 ln x - 1)/4 + C'",
    ),
    # mytutor 8483: integrate x ln x, final simple manipulation
    _c(
        MYT,
        MYT_8483,
        gold=r"[(x^2)(2lnx -1)]/4 +C",
        pred=r"[(x^2)/2]lnx - 1/2 * (x^2)/2 +C",
        wrap=True,
        expected=True,
        why="'= [(x^2)/2]lnx - 1/2 * (x^2)/2 +C ... = (simple manipulation) [(x^2)(2lnx -1)]/4 +C'",
    ),
    # openstudy 50941d8b: derivative of x/(x^2+1), a wrong cancellation refused
    _c(
        OPS,
        OPS_50941,
        gold=r"\frac{1-x^2}{(x^2+1)^2}",
        pred=r"\frac{-1}{x^2+1}",
        wrap=True,
        expected=False,
        why="'= (-x^2+1)/(x^2+1)^2 cannot be simplified further. you cannot cancel like that' ... 'your final answer will be (1-x^2)/(x^2+1)^2'",
    ),
    _c(
        OPS,
        OPS_50941,
        gold=r"\frac{1-x^2}{(x^2+1)^2}",
        pred=r"\frac{-x^2+1}{(x^2+1)^2}",
        wrap=True,
        expected=True,
        why="hartnn: '(-x^2+1)/(x^2+1)^2 cannot be simplified further' ... 'your final answer will be (1-x^2)/(x^2+1)^2'",
    ),
    # physicsforums 153205: integral of 1/(2x) from 1 to 9, book ln 3
    _c(
        PF,
        PF_153205,
        gold=r"\ln 3",
        pred=r"\frac{{\ln \left| 9 \right|}}{2}",
        wrap=True,
        expected=True,
        why="'The answer ln3 came from the back of the book. ... ln9 / 2 = ln3'; Dick: 'ln(9)=ln(3^2)=2*ln(3)'",
    ),
    # socratic: integral of (2x+1)/(2x+3), constant absorbed
    _c(
        SOC,
        SOC_2X1,
        gold=r"x- ln abs(2x+3)+C",
        pred=r"(2x+3)/2 - ln abs(2x+3)+C",
        wrap=True,
        expected=True,
        why="'= (2x+3)/2 - ln abs(2x+3)+C and as we can absorb the constant in C: = x- ln abs(2x+3)+C'",
    ),
]
