r"""A sixty-eighth fresh set of answer-equivalence cases (evaluation only; helper "b":
antiderivatives and differential equations whose answers differ by a constant or by an identity --
sin^2 x/2 against -cos^2 x/2, ln|sec x| against -ln|cos x|, 1/2 ln(2x) against 1/2 ln x, expanded
against factored polynomials, logarithms combined or split, exponential against hyperbolic forms --
general solutions of separable equations in logarithmic, exponential and constant-times forms, and
a few definite integrals, where a tutor, a book, a worked solution or a forum thread settles that a
student's form is or is not the same answer).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/, and checked against /work/wt/fresh*_claims/claims.txt; each page was
claimed in /work/wt/fresh68_claims/claims.txt before use). Each case gives the reference answer
(``gold``), the prediction (``pred``: another form the page gives as the same answer, or a form
the page refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and
the verdict (``expected``) settled on the page, with no one on the page contradicting it. ``repo``
is the domain of the stored copy and ``where`` its full URL. There is no commit; every source is a
web page with no licence file. Only the text the search tool returned for a page (its excerpt) was
read. Do not tune the judge on these cases. Continued in bench/equiv_fresh68_b2.py (same rules;
its sources are listed below too).

Transcription: strings are copied as the stored page shows them, LaTeX kept as LaTeX (with the
page's own spacing, e.g. "- \frac {1}{4x^2+4x+1}", "\ln | y | = \ln | x | + \ln A"), plain text
kept as typed ("lnsqrt(x^2+1)+C", "ln | (cos(x))^-1 | + c", "y = xexp(c)", "2*ln(8)"). Only the
math delimiters ($...$, $$...$$, \[...\], socratic's #...#, gradetoppers' ##...##) and lead-ins
("=", ":.", "=>", "⇒", "int x/(x^2+1) dx =", "I =", "Integral (ln x) dx =", "the answer is") are
dropped. assignmentexpert stores its LaTeX as quoted JavaScript strings ("\\ln|y|=2x+\\ln C",
with the quotes); the quotes and the doubled backslashes are undone ("\ln|y|=2x+\ln C"). Answers
to differential equations are equations and are kept whole ("y=Ce^{2x}", "\ln|y|=2x+\ln C").
Kept as printed: gradetoppers' en dash in "1/2 (x – sin x cos x) + C"; proofwiki's own macros
\size and \map; edspi31415's "÷" and doubled spaces; the DEC note's constants "C0" and "C1";
"+ c", "+ C", "+ k" or no constant at all, whichever the page wrote (properhoc gives the integral
"... + C" and says "This is also called the arsinh(x)"; both are kept so). Where a page gives a
chain of equal forms, its final (or stated) answer is the gold and each earlier form a True case.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- mathhelpforum.com calculus/84375 "Why am I wrong?!" (int 4/(1+2x)^3: a student's
  "-\frac {2}{(1+2x)^2}" / "- \frac {2}{4x^2+4x+1}" against the model answer "- \frac
  {1}{4x^2+4x+1}"; "you forgot the factor of 1/a"). 2 cases (2 False).
- questioncove.com updates/4e907aab0b8bfb9f23e12fb1 (1/2 sin^2 x against "the answer is -1/2
  cos^2 x": "As long as they only differ by a constant is's ok"). 3 cases.
- vespr.org questions/how-do-you-find-the-integral-of-sin-x-cos-x (May 2016 answers, 1/2 sin^2x
  + C and -1/2 cos^2x + C). 1 case.
- assignmentexpert.com question-223116 (dy/dx = 2y and dy/dx = (y+1)/(x+2): "\ln|y|=2x+\ln C",
  "y=Ce^{2x}"; "\ln|y+1|=\ln|x+2|+\ln C", "y+1=C(x+2)", "y=Cx+2C-1"). 3 cases.
- socratic.org "how-do-you-find-all-solutions-to-the-equation-y-2x-dy-dx..." ("ln|y| = x^2+C",
  "y = e^(x^2+C)", "y = Ce^(x^2)": "Adding an arbitrary constant, C, in the exponent, is the same
  as multiplying by some arbitrary constant"). 2 cases.
- math.techqa.club 2037504 (int 1/(2x): "\frac{1}{2}\ln(2x) + k" against "\frac{1}{2}\ln(x) +
  k": "the integration is totally correct"). 1 case.
- math.techqa.club 1146099 ("can't it also be \frac{\ln(2x)}{2} or \frac{\ln(3x)}{2}?" --
  "Differentiate the following identity \ln(Ax)=\ln(A)+\ln(x)"). 2 cases.
- gradetoppers.com 2023/02/03 "what-is-the-antiderivative-of-sinx2" ("1/2 (x -1/2 sin 2x) + C"
  flipped to "1/2 (x – sin x cos x) + C"). 1 case.
- vespr.org questions/58d916b2b72cff689b41b237 (int sin^2x: "Rewrite to taste. You may like =
  1/2x-1/4sin(2x)+C or = 1/4(2x-sin(2x))+C"). 2 cases.
- www.ellenow.com p/283641216949 (int tan(x): "-ln | cos(x) | + c", "ln | (cos(x))^-1 | + c",
  "ln | 1/cos(x) | + c", "ln | sec(x) | + c"). 3 cases.
- vespr.org "what-is-the-antiderivative-of-x-x-2-1-1" ("1/2ln(x^2+1)+C, or, ln
  (x^2+1)^(1/2)+C, or, lnsqrt(x^2+1)+C"). 2 cases.
- vespr.org "how-do-you-find-the-indefinite-integral-of-int-x-x-2-1" ("1/2ln|x^2+1| + C",
  "1/2ln(x^2+1) + C (As x^2+1>0)", "lnsqrt(x^2+1) + C"). 2 cases.
- math.techqa.club 1700704 (y' = xy/(1+x^2), y(0) = 3: "y = \sqrt{1+x^2} + 2" against the book's
  "y = 3\sqrt{1+x^2}", "Where did I go wrong?"). 1 case (1 False).
- socratic.org "what-is-a-solution-to-the-differential-equation-xy-y#608014" ("\ln | y | = \ln |
  x | + \ln A", "\ln | y | = \ln A | x |", "\therefore y = A x"). 2 cases.

Sources of bench/equiv_fresh68_b2.py:

- www.imathist.com "dy-dx-y-x-solve-the-differential-equation" ("ln|y| = ln|x| + ln|k|",
  "ln|y| = ln|kx| by the logarithm rules", "y=kx"). 2 cases.
- www.urbandictionary.com define.php?term=Foode (a worked dy/dx = y/x: "lny = lnx + c ... y =
  xexp(c) ... Noting exp(c) is itself an arbitrary constant, you may simplify to y = kx"). 2 cases.
- www.gradesaver.com Calculus 10th edition, 6.3 exercise 8 ("\ln{|y|}= \ln{|x|} +C", "y=
  e^{ln|x| +C}", "Simplify y=Cx"). 2 cases.
- mathhelpforum.com calculus/130447 (int_1^9 1/(2x): "I got 2*ln(8) and the answer is ln(3)").
  1 case (1 False).
- proofwiki.org "Primitive_of_Secant_of_a_x" (tangent form and secant-plus-tangent form). 1 case.
- nas.kiwix.willjohnsmith.com proofwiki_en_all_maxi_2025-07 "Primitive_of_Secant_Function/Also
  _presented_as" (\ln \size {\sec x + \tan x} + C and \ln \size {\map \tan {\frac x 2 + \frac \pi
  4} } + C). 1 case.
- astarmathsandphysics.com ib-maths-notes 4999 "how can an integration result in different
  expressions" (x^3/3 - x^2 + x + c against (x-1)^3/3 + c). 2 cases.
- socratic.org "how-do-you-evaluate-the-integral-int-1-x-2-dx" (two methods; "{x}^{3} / 3 +
  {x}^{2} + x + C, where C is again a constant"). 3 cases.
- edspi31415.blogspot.com 2021/12 "12 days of Christmas integrals" day 5 ((x^2 + 1)^3 ÷ 3 + C
  against x^6 ÷ 3 + x^4 + x^2 + C: "Why are the two methods acceptable?"). 2 cases.
- www.wyzant.com resources/answers/25581 (int_0^1 x(x^2+2)^2 dx = 19/6 by two tutors, with two
  antiderivatives). 3 cases.
- www.thestudentroom.co.uk showthread.php?t=5222768 ("3 - 2ln2 + 2ln5 - 2ln4 into 3 - 2 ln
  (8/5)"). 1 case.
- socratic.com "how-do-you-integrate-1-1-e-x-using-partial-fractions" ("ln|e^x+1-1|-ln|e^x+1|
  +C", "ln(e^x)-ln(e^x+1)+C", "x-ln(e^x+1)+C", and by a second method "x-ln(1+e^x)+C"). 3 cases.
- www.shonky.systems Decnotes conf=1269 (the DEC "Mathematics at DEC" notes file, topic 456:
  "1/2 ln |x| + C0 = 1/2 ln |2x| + C1 ... You had the same answer both times"). 1 case.
- www.cs.rit.edu ARQMath-backup Collection_By_Year/1_2010.zip (a math.SE thread: 200t + t^2
  against (100 + t)^2, "Both your solutions are correct"). 1 case.
- math.techqa.club 2990131 ("\frac{\tan^2 x}{2}+C" and "\frac{1}{2\cos^2 x}+C": "They are not the
  same constant"). 1 case.
- math.techqa.club 4316840 and 3756087 (c_1 e^{...} + c_2 e^{-...} against C cosh + D sinh).
  1 case each.
- properhoc.com "the-integral-of-one-over-sqrtx21-dx" ("\ln ( x + \sqrt{x^2+1} ) + C ... This is
  also called the arsinh(x)"). 1 case.
- www.physicsforums.com showthread.php?t=392361 ("-cos(2x) +C, which isn't the correct
  answer...I should have gotten -1/2(cos(2x)) +C"). 1 case (1 False).
- reddit.targetnode.de r/IntegrationTechniques 1571d09 (sin(2x)^2: "x/4-sin(4x)/8. This differs
  from the correct answer of x/2-sin(4x)/8"; the reply's "1/4(2x-1/2sin(4x)) + C =
  x/2-sin(4x)/8+C"). 2 cases (1 False).
- mathforum.org library/drmath/view/55535 ("(ln x)e^(ln x) - e^(ln x) + c = x(ln x) - x + c").
  1 case.

60 cases in all (6 False): 27 here (3 False), 33 in bench/equiv_fresh68_b2.py (3 False).

Left out, by rule: vespr's sin x cos x page's Solution 3 "1/4 cos(2x) +C" (a dropped minus sign,
though the page says "All three answers are correct"); properhoc's "sinh-1(x)", wyzant 390447's
"ln |x|2" and "ln x2", and wyzant 828391's "sin3(x)" (superscripts lost by the text conversion;
828391's "-sin(x) - sin3(x)/3 + C" for int cos^3 x is also a slip); the DEC note's stacked "1 /
---- ln | x | + C. / 2" (the reply's inline forms are used); IB and Edexcel mark schemes on
scribd proxies (rainy.clevelandohioweatherforecast.com, fanyv88.com, 2.zoppoz.workers.dev, id.scribd.com:
fractions stacked); a.simonm.io, jiskha 956244 and its askanewquestion.com copy (excluded
sites); pages whose verdict is not stated in the excerpt (math.techqa.club 1154828, 1762873,
1922285, 3359004 -- 39,57 against 40 from a rounded k -- and 4316512; mathhelpforum 98675 and
140544; physicsforums 582580 and 596658; socratic's "ln(x^2 +1)+1/x^2 +1 +C?", unbracketed);
answer.ya.guru (a textbook's 90,43 against 6π, left open); generated or AI pages (ibacana.com.br,
scholarspapers.com, gradora.ai, westonci.ca, questions.collegedunia.com, mathix.co, math-gpt.org,
mathgpt.today, solvely.ai, edu.com, questionai, gauthmath, studdy, api-app.explanation.fun,
math.bot, openknowledgegraph.com, edu.smbbmcl.edu.pk).

Examined and not used (used or examined by earlier sets): mathhelpforum 172239 and 49535;
thestudentroom 1275372 and 1154670; mathforum drmath 53424; cs.rit.edu 95518_2012, 16020_2011
and 2078966_2017; vespr "how-do-you-find-the-integral-of-sinx-cosx-dx" (2015); math.techqa.club
3301854, 3525213, 2625547, 2875468, 2425127, 3344083 (and its drift.fundegar.com copy), 1055797,
2084893; wyzant 267285 and 902815; undergroundmathematics.org "which-substitution"; cartage.org.lb
and proofwiki "Primitive of Tangent Function"; collegeconfidential 1397681; freemathhelp 122980;
gradesaver Thomas 8.5 exercise 9 (claimed by round 59); eduzip 582288; scribd 789288911 and
789288909; library.tis.today question 871076; ib.mycosmic.dev; collegemathteaching.wordpress.com
"Stupid Integral Tricks" (claimed here, then found examined by bench/equiv_fresh45_c.py, so not
used); blog.hawkeslearning.com (the accepted forms are images).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

MHF = "mathhelpforum.com"
MHF_84375 = "http://mathhelpforum.com/calculus/84375-why-am-i-wrong-print.html"
QC = "questioncove.com"
QC_SINCOS = "https://questioncove.com/updates/4e907aab0b8bfb9f23e12fb1"
VES = "vespr.org"
VES_SINCOS = "https://vespr.org/questions/how-do-you-find-the-integral-of-sin-x-cos-x"
VES_1B237 = "https://vespr.org/questions/58d916b2b72cff689b41b237"
VES_X2P1A = "https://vespr.org/questions/what-is-the-antiderivative-of-x-x-2-1-1"
VES_X2P1B = "https://vespr.org/questions/how-do-you-find-the-indefinite-integral-of-int-x-x-2-1"
AE = "assignmentexpert.com"
AE_223116 = "http://assignmentexpert.com/homework-answers/mathematics/differential-equations/question-223116"
SOC = "socratic.org"
SOC_Y2X = "https://socratic.org/questions/how-do-you-find-all-solutions-to-the-equation-y-2x-dy-dx-where-y-is-a-function-o"
SOC_XYP = (
    "https://socratic.org/questions/what-is-a-solution-to-the-differential-equation-xy-y#608014"
)
TQ = "math.techqa.club"
TQ_2037504 = "https://math.techqa.club/what-s-wrong-with-my-approach-reciprocal-integral-2037504"
TQ_1146099 = "https://math.techqa.club/integral-of-frac-1-2x-1146099"
TQ_1700704 = "https://math.techqa.club/finding-function-based-on-slope-and-point-1700704"
GT = "gradetoppers.com"
GT_SIN2 = "https://gradetoppers.com/2023/02/03/what-is-the-antiderivative-of-sinx2/"
ELL = "www.ellenow.com"
ELL_TAN = "https://www.ellenow.com/p/283641216949"
# sources of bench/equiv_fresh68_b2.py only
MHF_130447 = "http://mathhelpforum.com/calculus/130447-integral-help.html"
SOC_1PX2 = "https://socratic.org/questions/how-do-you-evaluate-the-integral-int-1-x-2-dx"
TQ_2990131 = "https://math.techqa.club/the-role-of-constant-of-integration-2990131"
TQ_4316840 = "https://math.techqa.club/cosh-and-sinh-in-the-wave-equation-4316840"
TQ_3756087 = "https://math.techqa.club/general-solution-to-eigenvalue-problem-when-lambda-is-negative-3756087"
IMA = "www.imathist.com"
IMA_YX = "https://www.imathist.com/dy-dx-y-x-solve-the-differential-equation/"
URB = "www.urbandictionary.com"
URB_FOODE = "https://www.urbandictionary.com/define.php?term=Foode"
GS = "www.gradesaver.com"
GS_C10_638 = "https://www.gradesaver.com/textbooks/math/calculus/calculus-10th-edition/chapter-6-differential-equations-6-3-exercises-page-421/8"
PW = "proofwiki.org"
PW_SECAX = "https://proofwiki.org/wiki/Primitive_of_Secant_of_a_x"
KWX = "nas.kiwix.willjohnsmith.com"
KWX_SEC = "https://nas.kiwix.willjohnsmith.com/content/proofwiki_en_all_maxi_2025-07/Primitive_of_Secant_Function/Also_presented_as"
AST = "astarmathsandphysics.com"
AST_4999 = "https://astarmathsandphysics.com/ib-maths-notes/calculus/4999-how-can-an-integration-result-in-different-expressions.html"
EDS = "edspi31415.blogspot.com"
EDS_XMAS5 = "https://edspi31415.blogspot.com/2021/12/12-days-of-christmas-integrals-2-x-x2.html"
WYZ = "www.wyzant.com"
WYZ_25581 = "https://www.wyzant.com/resources/answers/25581/find_the_integral"
TSR = "www.thestudentroom.co.uk"
TSR_5222768 = "https://www.thestudentroom.co.uk/showthread.php?t=5222768"
SOCC = "socratic.com"
SOCC_1PEX = "https://socratic.com/questions/how-do-you-integrate-1-1-e-x-using-partial-fractions"
DEC = "www.shonky.systems"
DEC_456 = "https://www.shonky.systems/Decnotes/showtopic.php?conf=1269&topic=1073743948&userno=435"
ARQ = "www.cs.rit.edu"
ARQ_2010 = "https://www.cs.rit.edu/~dprl/ARQMath-backup/Collection/Thread%20Files%20(supplementary)/Collection_By_Year/1_2010.zip"
PH = "properhoc.com"
PH_ASINH = (
    "https://properhoc.com/maths-and-logic/calculus/integrals/the-integral-of-one-over-sqrtx21-dx/"
)
PF = "www.physicsforums.com"
PF_392361 = "http://www.physicsforums.com/showthread.php?t=392361"
RED = "reddit.targetnode.de"
RED_1571D09 = (
    "https://reddit.targetnode.de/r/IntegrationTechniques/comments/1571d09/help_integrating_sin2x2"
)
DRM = "mathforum.org"
DRM_55535 = "http://mathforum.org/library/drmath/view/55535.html"

CASES = [
    # mathhelpforum 84375 'Why am I wrong?!': the model answer against a student's missing 1/a
    _c(
        MHF,
        MHF_84375,
        gold=r"- \frac {1}{4x^2+4x+1}",
        pred=r"-\frac {2}{(1+2x)^2}",
        wrap=True,
        expected=False,
        why="model answer '=- \\frac {1}{4x^2+4x+1}'; reply: 'So you forgot the factor of \\frac{1}{a}'",
    ),
    _c(
        MHF,
        MHF_84375,
        gold=r"- \frac {1}{4x^2+4x+1}",
        pred=r"- \frac {2}{4x^2+4x+1}",
        wrap=True,
        expected=False,
        why="student's '=- \\frac {2}{4x^2+4x+1}' against the model answer; 'you forgot the factor of \\frac{1}{a}'",
    ),
    # questioncove 4e907aab...: 1/2 sin^2 x against the answer -1/2 cos^2 x
    _c(
        QC,
        QC_SINCOS,
        gold=r"-1/2 cos^2 x",
        pred=r"1/2 sin^2 x",
        wrap=True,
        expected=True,
        why="'the answer is -1/2 cos^2 x' ... 'As long as they only differ by a constant is's ok'",
    ),
    _c(
        QC,
        QC_SINCOS,
        gold=r"(-\cos^2x)/2+C",
        pred=r"(\sin^2x)/2+C",
        wrap=True,
        expected=True,
        why="'u=sinx ... =(\\sin^2x)/2+C ... or ... =(-\\cos^2x)/2+C'; 'they only differ by a constant'",
    ),
    _c(
        QC,
        QC_SINCOS,
        gold=r"-0.5cos^2 x",
        pred=r"0.5sin^2 x",
        wrap=True,
        expected=True,
        why="'can i use the 0.5sin^2 x? ... everyone uses the -0.5cos^2 x' -- 'I don't see why not'",
    ),
    # vespr (socratic copy) 'integral of sin(x)cos(x)', May 2016 answers
    _c(
        VES,
        VES_SINCOS,
        gold=r"1/2 sin^2(x) + C",
        pred=r"-1/2 cos^2x +C",
        wrap=True,
        expected=True,
        why="Solution 1 'I = 1/2 sin^2x +C', Solution 2 'I = -1/2 cos^2x +C'; 'All three answers are correct.'",
    ),
    # assignmentexpert 223116: general solutions of two separable equations, log form and explicit form
    _c(
        AE,
        AE_223116,
        gold=r"y=Ce^{2x}",
        pred=r"\ln|y|=2x+\ln C",
        wrap=True,
        expected=True,
        why="1) dy/dx = 2y: '\\ln|y|=2x+\\ln C' then 'y=Ce^{2x}'",
    ),
    _c(
        AE,
        AE_223116,
        gold=r"y=Cx+2C-1",
        pred=r"y+1=C(x+2)",
        wrap=True,
        expected=True,
        why="2) '\\ln|y+1|=\\ln|x+2|+\\ln C', 'y+1=C(x+2)', 'y=Cx+2C-1'",
    ),
    _c(
        AE,
        AE_223116,
        gold=r"y=Cx+2C-1",
        pred=r"\ln|y+1|=\ln|x+2|+\ln C",
        wrap=True,
        expected=True,
        why="2) '\\ln|y+1|=\\ln|x+2|+\\ln C' ... 'y=Cx+2C-1'",
    ),
    # socratic 'solutions to y(2x)=dy/dx': constant in the exponent against a factor
    _c(
        SOC,
        SOC_Y2X,
        gold=r"y = Ce^(x^2)",
        pred=r"y = e^(x^2+C)",
        wrap=True,
        expected=True,
        why="'Adding an arbitrary constant, C, in the exponent, is the same as multiplying by some arbitrary constant, C: y = Ce^(x^2)'",
    ),
    _c(
        SOC,
        SOC_Y2X,
        gold=r"y = Ce^(x^2)",
        pred=r"ln|y| = x^2+C",
        wrap=True,
        expected=True,
        why="'ln|y| = x^2+C' ... 'y = e^(x^2+C)' ... 'y = Ce^(x^2)'",
    ),
    # math.techqa.club 2037504 (math.SE copy): 1/2 ln(2x) + k against 1/2 ln(x) + k
    _c(
        TQ,
        TQ_2037504,
        gold=r"\frac{1}{2}\ln(x) + k",
        pred=r"\frac{1}{2}\ln(2x) + k",
        wrap=True,
        expected=True,
        why="'My answer \\frac{1}{2}\\ln(2x) + k ... The correct answer \\frac{1}{2}\\ln(x) + k'; answer: 'the integration is totally correct'",
    ),
    # math.techqa.club 1146099: ln(2x)/2 and ln(3x)/2 as integrals of 1/(2x)
    _c(
        TQ,
        TQ_1146099,
        gold=r"\frac{\ln(x)}{2}",
        pred=r"\frac{\ln(2x)}{2}",
        wrap=True,
        expected=True,
        why="'can't it also be \\frac{\\ln(2x)}{2} ...?' best answer: 'Differentiate the following identity \\ln(Ax)=\\ln(A)+\\ln(x)'",
    ),
    _c(
        TQ,
        TQ_1146099,
        gold=r"\frac{\ln(x)}{2}",
        pred=r"\frac{\ln(3x)}{2}",
        wrap=True,
        expected=True,
        why="'... or \\frac{\\ln(3x)}{2}?' best answer: 'Differentiate the following identity \\ln(Ax)=\\ln(A)+\\ln(x)'",
    ),
    # gradetoppers 'antiderivative of (sin(x))^2'
    _c(
        GT,
        GT_SIN2,
        gold=r"1/2 (x -1/2 sin 2x) + C",
        pred=r"1/2 (x – sin x cos x) + C",
        wrap=True,
        expected=True,
        why="'= 1/2 (x -1/2 sin 2x) + C' 'which you can flip using ... sin 2A = 2 sin A cos A: = 1/2 (x – sin x cos x) + C'",
    ),
    # vespr question 1b237, int sin^2x dx: 'Rewrite to taste.'
    _c(
        VES,
        VES_1B237,
        gold=r"1/2(x-1/2sin(2x))+C",
        pred=r"1/2x-1/4sin(2x)+C",
        wrap=True,
        expected=True,
        why="'= 1/2(x-1/2sin(2x))+C  Rewrite to taste. You may like = 1/2x-1/4sin(2x)+C'",
    ),
    _c(
        VES,
        VES_1B237,
        gold=r"1/2(x-1/2sin(2x))+C",
        pred=r"1/4(2x-sin(2x))+C",
        wrap=True,
        expected=True,
        why="'Rewrite to taste. You may like ... or = 1/4(2x-sin(2x))+C'",
    ),
    # ellenow 283641216949: integral of tan(x) written four ways
    _c(
        ELL,
        ELL_TAN,
        gold=r"ln | sec(x) | + c",
        pred=r"-ln | cos(x) | + c",
        wrap=True,
        expected=True,
        why="'= -ln | cos(x) | + c = ln | (cos(x))^-1 | + c ... = ln | sec(x) | + c'",
    ),
    _c(
        ELL,
        ELL_TAN,
        gold=r"ln | sec(x) | + c",
        pred=r"ln | (cos(x))^-1 | + c",
        wrap=True,
        expected=True,
        why="'= ln | (cos(x))^-1 | + c ... or ... ln | 1/cos(x) | + c = ln | sec(x) | + c'",
    ),
    _c(
        ELL,
        ELL_TAN,
        gold=r"ln | sec(x) | + c",
        pred=r"ln | 1/cos(x) | + c",
        wrap=True,
        expected=True,
        why="'... or ... ln | 1/cos(x) | + c = ln | sec(x) | + c'",
    ),
    # vespr 'antiderivative of x/(x^2+1)' (Sep 2016): three forms joined by 'or'
    _c(
        VES,
        VES_X2P1A,
        gold=r"1/2ln(x^2+1)+C",
        pred=r"ln (x^2+1)^(1/2)+C",
        wrap=True,
        expected=True,
        why="'1/2ln(x^2+1)+C, or, ln (x^2+1)^(1/2)+C, or, lnsqrt(x^2+1)+C'",
    ),
    _c(
        VES,
        VES_X2P1A,
        gold=r"1/2ln(x^2+1)+C",
        pred=r"lnsqrt(x^2+1)+C",
        wrap=True,
        expected=True,
        why="'1/2ln(x^2+1)+C, or, ln (x^2+1)^(1/2)+C, or, lnsqrt(x^2+1)+C'",
    ),
    # vespr 'indefinite integral of int x/(x^2+1)' (Dec 2016)
    _c(
        VES,
        VES_X2P1B,
        gold=r"lnsqrt(x^2+1) + C",
        pred=r"1/2ln|x^2+1| + C",
        wrap=True,
        expected=True,
        why="':. int x/(x^2+1) dx = 1/2ln|x^2+1| + C :. ... = 1/2ln(x^2+1) + C (As x^2+1>0) :. ... = lnsqrt(x^2+1) + C'",
    ),
    _c(
        VES,
        VES_X2P1B,
        gold=r"lnsqrt(x^2+1) + C",
        pred=r"1/2ln(x^2+1) + C",
        wrap=True,
        expected=True,
        why="'= 1/2ln(x^2+1) + C (As x^2+1>0) :. int x/(x^2+1) dx = lnsqrt(x^2+1) + C'",
    ),
    # math.techqa.club 1700704: constant added instead of multiplied in y' = xy/(1+x^2), y(0)=3
    _c(
        TQ,
        TQ_1700704,
        gold=r"y = 3\sqrt{1+x^2}",
        pred=r"y = \sqrt{1+x^2} + 2",
        wrap=True,
        expected=False,
        why="'y = \\sqrt{1+x^2} + 2 / Answer in the book is y = 3\\sqrt{1+x^2} / Where did I go wrong?'; reply gets C=3 as a factor",
    ),
    # socratic 'solution to xy' = y' (May 2018)
    _c(
        SOC,
        SOC_XYP,
        gold=r"y = A x",
        pred=r"\ln | y | = \ln | x | + \ln A",
        wrap=True,
        expected=True,
        why="'\\ln | y | = \\ln | x | + \\ln A ... \\therefore y = A x'",
    ),
    _c(
        SOC,
        SOC_XYP,
        gold=r"y = A x",
        pred=r"\ln | y | = \ln A | x |",
        wrap=True,
        expected=True,
        why="'So that: \\ln | y | = \\ln A | x | \\therefore y = A x'",
    ),
]
