r"""A hundred-and-first fresh set of answer-equivalence cases (evaluation only; helper "b":
antiderivatives and solutions of differential equations -- a textbook's, a CAS's or a key's
antiderivative against another form (a different constant, a log with or without absolute value, a
log of a scaled argument, a trig or inverse-trig identity, an expanded or factored form) and general
or particular solutions of ODEs written with constants renamed, signs moved or hyperbolic functions,
where a Q&A thread ("my answer differs from the book's, is it wrong?"), a calculator maker's help
page, a homework system's help page or a test key settles whether the other form is the same
answer).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool; one GitHub
issue thread came from the ``docs`` corpus), not from repositories; no earlier set used them (each
URL or page id, and domain plus distinctive path part, was grepped in bench/ and checked against
/work/wt/fresh*_claims/claims.txt; each page was claimed in /work/wt/fresh101_claims/claims.txt
before use). Each case gives the reference answer (``gold``), the prediction (``pred``: another
form the page gives as the same answer, or a form the page refuses; always a bare answer to be put
in ``\boxed{}``, so ``wrap`` is always True) and the verdict (``expected``) settled on the page,
with no one on the page contradicting it. ``repo`` is the domain of the stored copy and ``where``
its full URL. There is no commit; every source is a web page with no licence file. Only the text
the search tool returned for a page (its excerpt) was read. Do not tune the judge on these cases.
Continued in bench/equiv_fresh101_b2.py (same rules; its sources are listed below too).

Transcription: strings are copied as the stored page shows them: LaTeX kept as LaTeX (the page's
``$...$`` delimiters dropped), plain-text forms kept as typed ("(-1/3) ln|4 -3(x)| + k",
"2*log(x+2)+C", "-(1/2)*(cot(x))^2"), ProofWiki's own macros (``\map``, ``\dfrac``) kept, a
constant of integration kept or left out as the page writes it. A left side ``y =`` or
``\omega (x) =`` is kept where the page's answer is written as an equation for ``y`` and dropped
where only the right side is compared; implicit solutions (``... = C``) are kept whole. Where the
reference is a book's, a teacher's, a key's or a CAS's answer, it is the gold; where two forms are
a poster's two methods with neither a key, the first form the verdict names is the gold. Readings,
each noted in ``why``: a refused form is taken only where the page says it is wrong or not the
answer, or where the key gives a different answer and a reply shows the poster's error.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- wiki.rmanhart.org copy of math.stackexchange 259692 ("simple integration question": u = sin x
  gives \sin^2(x) / 2 + c, u = cos x gives -\cos^2(x) / 2 + c; answer: "any two functions in this
  set may differ by a constant ... \sin^2(x)/2 -(-\cos^2(x)/2)=1/2"). 1 case.
- education.ti.com knowledge base 17109 (TI-89 returns -1/(2*(sin(x))^2), a third-party CAS
  -(1/2)*(cot(x))^2: "The result is the same with a difference of 1/2. Each answer is a valid
  antiderivative"). 1 case.
- www.thestudentroom.co.uk showthread 5247700 ("functions whose integrals are logarithmic":
  (-1/3) ln|4 -3(x)| + k rewritten (1/3) ln A/ |4-3(x)|; "It's just an arbitrary constant"; "(1/3)
  ln [1/(A|4-3(x)|)] instead of (1/3) ln [A/ |4-3(x)|]": "It's perfectly fine in this context").
  2 cases.
- math.techqa.club 2420217 (why the integral of 1/x is \ln|x| + C: "the answer could never be
  \ln x+C, since this is definid on (0,+\infty) only"). 1 case (1 False).
- mathhelpforum.com calculus/72855 (integral of 1/(2t): "(1/2) ln(t) ... may be different than
  ln(t/2) ... (1/2)*ln(t) = ln((1/2)*t) is NOT always true"; "\frac{1}{2} \ln 2t + C = \frac{1}{2}
  \ln t + K ... two legit antiderivatives"; the asker's "2 * ln2t"). 3 cases (2 False).
- www.freemathhelp.com thread 60070 (xy' + y = y^2, y(1) = -1: "The answer is y = 1/(1-2x) but I
  get y^2 - y = 2 - x"; the reply corrects the integral of 1/(y^2 - y)). 1 case (1 False).
- math.techqa.club 2269906 ((x+y) dx - (x-y) dy = 0: the book's \arctan(\frac{y}{x}) - \frac{1}{2}
  \ln(x^2 + y^2) = C against the asker's form with the sides swapped; "Both solutions are
  correct"). 1 case.
- cash.smbbmcl.edu.pk copy of the question "General solution of y''+y'=0" (Wolfram Alpha's
  y(x) = c_2-c_1 e^{-x} against the book's y=c_2+c_1 e^{-x}: "Both are correct. The only difference
  is the sign of the constant"). 1 case.
- math.techqa.club 1946125 (a professor's C\cosh(x\sqrt{-\lambda}) + D\sinh(x\sqrt{-\lambda})
  from Ae^{x\sqrt{-\lambda}} + Be^{-x\sqrt{-\lambda}}; the student's 2E\cosh(x\sqrt{-\lambda}) is
  refused: "how can you make \cosh suddenly appear? There is nothing in the preceding line that
  allows you to do that"). 2 cases (1 False).
- wiki.rmanhart.org copy of math.stackexchange 413668 (integral of \sec^2 x \tan x:
  "\frac{\tan^2x}{2}+c_1=\frac {\sec^2x}{2}+c_2 which implies c_1 -c_2 =\frac {1}{2}"; another
  answer turns \frac{\tan^2(x)}{2}+c into \frac{\sec^2(x)}{2}+c). 2 cases.
- math.techqa.club 2185413 (why Wolfram gives "extra" constants: the asker's
  \frac{7x}{2}-\frac{7}{4}\ln(|2x+1|)+C against Wolfram's \frac{7}{4} (2 x - \ln(2 x + 1) +1)+ C;
  the answer's (1/2)(x^2-2x)+C against (1/2)(x^2-2x+1)+C for the integral of (x-1)). 2 cases.
- math.techqa.club 3606469 (y''+xy'+y=0, y(0)=1, y'(0)=0: the asker's y=\frac{1}{1+x^2} and
  y(0.1) = 0.99 against the teacher's exp(-1/200); the answer derives y=\exp{(-x^2/2)} and
  y(0.1)=\exp{(-0.005)}). 3 cases (2 False).

Sources of bench/equiv_fresh101_b2.py:

- math.techqa.club 3474064 (y' = x/y, y(2) = 10, find y(1): the asker's 9; "the answer is actually
  y(1) = \sqrt{97}"). 1 case (1 False).
- math.techqa.club 1359926 (x'=\frac{1}{2}x+1: the asker's 2*log(\frac{x+2}{2})+C against Wolfram
  Alpha's 2*log(x+2)+C; "Both solutions are correct"). 1 case.
- math.techqa.club 421402 (antiderivative of e^{x/2}/(e^x+2e^{x/2}+5): the book's
  \tan^{-1}\frac{1}{2}(e^{\frac{x}{2}}+1)+C against Wolfram's
  -\tan^{-1}(\frac{2}{e^{\frac{x}{2}}+1})+C; the answer points to "the known relation
  \arctan(x)+\arctan(1/x)=\pi/2 for x>0"). 1 case.
- openwebwork.github.io pg-docs sample problem IntegralCalc/IndefiniteIntegrals (WeBWorK: "Specific
  antiderivative: Marks correct e^x, e^x + pi, etc"; "General antiderivative: Marks correct e^x + C,
  e^x + C - 3, e^x + K, etc."; for the general one "an arbitrary additive constant must be included
  in the answer"). 4 cases (1 False).
- github.com mathmagician8191/calculus-questions issue 23 (``docs`` corpus: "tan(x)^2+c is valid if
  1/cos(x)^2+c is the correct answer because tan(x)^2+1 = 1/cos(x)^2 and the constant can account
  for the difference"). 1 case.
- webwork.maa.org forum discuss.php?d=378 ("Constants and General Solutions to ODEs": "if the
  correct answer is: -1/(4/5 x^5 +C) Webwork will indicate the following correct answer as
  incorrect: -5/(4x^5 +C) Of course, Webwork will accept -5/(4x^5 +5C) as cor[rect]"). 2 cases.
- cuetmock.com N8HHPUUR3U (CUET mock item with key: the general solution of dy/dx = 2x e^{x^2 - y}
  is "Option (3) -> e^y = e^{x^2} + C"; the other options refused). 3 cases (3 False).
- reddit.jaspervandalum.nl copy of r/mathematics 1aosym0 (integral of dt/(200+2t): "1/2
  ln|200+2t| + C" and "1/2 ln |100+t| + C": "You didn't get two different answers. You got two
  versions of the same answer"). 1 case.
- www.thestudentroom.co.uk showthread 3673583 ("Natural Log integrals": \frac{1}{4}\ln (1+x) and
  \frac{1}{4}ln(4+4x): "the second is only different from the first by a constant and so it is still
  correct"). 1 case.
- www.physicsforums.com threads 1029174 (MHB: the integral of dy/(y(1+\ln(y^2))): the poster's
  \ln\left({y\left(1+ln\left(y^2\right)\right)}\right) + C against the TI-Nspire's
  \frac{\ln\left({\ln\left({y^{2}}\right)}+1\right)}{2} +C; the reply derives \frac{1}{2}\ln|u|+C,
  the poster: "yes, great help"). 1 case (1 False).
- www.proofwiki.org Primitive_of_Arccotangent_Function/Also_presented_as ("This result can also be
  presented as: x \arccot x + \ln \sqrt {x^2 + 1} + C"). 1 case.

37 cases in all (13 False): 20 here (7 False), 17 in bench/equiv_fresh101_b2.py (6
False).

Left out, by rule: forms whose superscripts, subscripts, radicals or fractions the text conversion
lost or stacked (physicsforums 430494, a Bernoulli answer "y = 5/(5c1 - x5)" against Wolfram's, and
796449, "7tet + 8e8t- 6et"; tutorsglobe 5414399, "-(1/2) cos2(x) + c2"; the physicsforums thread on
the integral of arcsin x, "1-x2" without its root; reddit.tnl.social r/askmath, "(1 + x2)3/2";
physicscatalyst's integral of 1/(1+cos x), "\csx x" and "\tan {x}{2}"; the scribd Edexcel IAL P4
differential-equation mark scheme, "Be aware that A = ... is also correct" with its fractions
stacked; mcqseries, mcqoptions and scribd MCQ unit pages); pages whose verdict the excerpt does not
state (education/edresources.ti.com 11804, which explains why the TI-89 returns -(cos(x))^2/2
instead of 1/2sin^2(x) but does not say the two are the same -- claimed, not used; physicsforums
214151, 329296, 65231 and archive t-153845, whose correct answers are not stored; anandtech
1543590; kiwix.boehm.app 907630 with no answer stored; math.techqa.club 653126, 2140135 and
4856836, where only the asker calls the forms equal; mathhelpforum 176153, 166622 and 167273,
formulas stored as images); boards.straightdope.com integration-problem/100071 (its CRC form is
stored with [sup] markup and its other form lacks the +C that the thread says costs a mark);
socratic's "ln(x^2 +1)+1/x^2 +1 +C?" (unbracketed); unchallenged rewrites made only by an asker
(math.techqa.club 2269906's intermediate form); generated or AI pages (questionai, gauthmath,
edu.com, mathix.co, math-gpt.org, mysovi.ai, edubrain.ai, ibacana.com.br, vaia.com "expert
verified" steps, gradora.ai, solvely.ai, smartsolve.ai, scilift.blog, alexacabs.in,
wildvisualizer.com, acemy.app, qammunity.org, questions.collegedunia.com and cdquestions.com keys);
a.simonm.io mark schemes, jiskha 956244 and 1313306074 and their askanewquestion.com copies
(excluded sites).

Examined and not used (used or claimed by earlier sets): the r/learnmath thread 1mmcb3z
(rl.huuu.biz, reddit.craftcat.dev); math.techqa.club 2347507, 747002, 2625547, 2550685, 2849758,
2425127, 2875468, 4859789, 3344083 (and its drift.fundegar.com copy), 4773856, 2795770, 3601848,
3301854, 1010959, 3158538, 1700704, 3525213, 4316840, 3756087, 1055797, 1146099 and 2037504;
thestudentroom 4180780, 1275372 and 1275998; astarmathsandphysics 4999; collegemathteaching
student-answers; gradesaver Thomas 8.5 exercise 9; mytutor 1018 and cartage.org.lb integral of tan;
ellenow 283641216949; collegeconfidential 1397681; mathforum drmath 53537 and 53424; cs.rit.edu
ARQMath 95518_2012, 16020_2011, 1_2010 and 2078966_2017; physicsforums 392361, 124731 and 332897;
reddit.targetnode.de 1571d09; edspi31415 2021/12; ProofWiki's secant "Also presented as";
undergroundmathematics which-substitution; file-hippo and imathworks copies of math.stackexchange
3453558; wyzant 267285; mathhelpforum 172239 and 49535; blog.etrapez.pl; hawkeslearning's
answer-equivalence blog; numerade and socratic sin x cos x pages; scholarspapers.com.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

RMH = "wiki.rmanhart.org"
RMH_259692 = "https://wiki.rmanhart.org/math.stackexchange.com_en_all_2024-05/questions/259692/simple-integration-question"
RMH_413668 = "https://wiki.rmanhart.org/math.stackexchange.com_en_all_2024-05/questions/413668/integrating-secant-squared-times-tangent"
TI = "education.ti.com"
TI_17109 = "https://education.ti.com/en/customer-support/knowledge-base/ti-nspire-family/troubleshooting-messages-unexpected-results/17109"
TSR = "www.thestudentroom.co.uk"
TSR_5247700 = "https://www.thestudentroom.co.uk/showthread.php?t=5247700"
TQ = "math.techqa.club"
TQ_2420217 = "https://math.techqa.club/why-int-frac-1-x-is-ln-x-c-not-ln-x-c-2420217"
TQ_2269906 = "https://math.techqa.club/a-differential-equation-with-homogeneous-coefficients-x-y-dx-x-y-dy-0-2269906"
TQ_1946125 = (
    "https://math.techqa.club/hyperbolic-functions-possible-mistake-in-professors-lecture-1946125"
)
TQ_2185413 = "https://math.techqa.club/why-does-wolfram-often-produces-extra-constant-terms-when-integrating-2185413"
TQ_3606469 = "https://math.techqa.club/find-y-0-1-given-diffrential-equation-y-xy-y-0-with-initial-conditions-y-0-1-y-0-0-3606469"
MHF = "mathhelpforum.com"
MHF_72855 = "http://mathhelpforum.com/calculus/72855-simple-intergration-help.html"
FMH = "www.freemathhelp.com"
FMH_60070 = "https://www.freemathhelp.com/forum/threads/differential-equation-problem-xy-y-y-2-y-1-1.60070/latest"
SMB = "cash.smbbmcl.edu.pk"
SMB_YPP = "https://cash.smbbmcl.edu.pk/general-solution-of-y-039-039-y-039-0.html"
# sources of bench/equiv_fresh101_b2.py
TQ_3474064 = "https://math.techqa.club/how-to-solve-the-initial-value-problem-left-y-frac-x-y-y-2-10-right-3474064"
TQ_1359926 = "https://math.techqa.club/differential-equations-logarithmus-rule-question-1359926"
TQ_421402 = "https://math.techqa.club/can-you-explain-me-this-antiderivative-421402"
WWD = "openwebwork.github.io"
WWD_II = (
    "https://openwebwork.github.io/pg-docs/sample-problems/IntegralCalc/IndefiniteIntegrals.html"
)
GH = "github.com"
GH_CQ23 = "https://github.com/mathmagician8191/calculus-questions/issues/23"
WWF = "webwork.maa.org"
WWF_378 = "https://webwork.maa.org/moodle/mod/forum/discuss.php?d=378"
CUET = "cuetmock.com"
CUET_N8H = "https://cuetmock.com/questions/N8HHPUUR3U"
RJV = "reddit.jaspervandalum.nl"
RJV_1AOSYM0 = "https://reddit.jaspervandalum.nl/r/mathematics/comments/1aosym0/integration_through_different_methods_yielding"
TSR_3673583 = "https://www.thestudentroom.co.uk/showthread.php?t=3673583"
PF = "www.physicsforums.com"
PF_1029174 = "https://www.physicsforums.com/threads/what-is-the-mystery-behind-the-extra-1-2-in-this-integration.1029174"
PW = "www.proofwiki.org"
PW_ACOT = "https://www.proofwiki.org/wiki/Primitive_of_Arccotangent_Function/Also_presented_as"

CASES = [
    # rmanhart copy of MSE 259692: u = cos x and u = sin x give answers differing by 1/2
    _c(
        RMH,
        RMH_259692,
        gold=r"\sin^2(x) / 2 + c",
        pred=r"-\cos^2(x) / 2 + c",
        wrap=True,
        expected=True,
        why="answer: 'any two functions in this set may differ by a constant ... \\sin^2(x)/2 -(-\\cos^2(x)/2)=1/2'",
    ),
    # education.ti.com 17109: TI-89 result against a third-party CAS result
    _c(
        TI,
        TI_17109,
        gold=r"-1/(2*(sin(x))^2)",
        pred=r"-(1/2)*(cot(x))^2",
        wrap=True,
        expected=True,
        why="'The result is the same with a difference of 1/2. Each answer is a valid antiderivative'",
    ),
    # thestudentroom 5247700: the constant folded into the log
    _c(
        TSR,
        TSR_5247700,
        gold=r"(-1/3) ln|4 -3(x)| + k",
        pred=r"(1/3) ln A/ |4-3(x)|",
        wrap=True,
        expected=True,
        why="chain '(-1/3) ln|4 -3(x)| + k => ... = (1/3) ln A/ |4-3(x)|'; reply: 'It's just an arbitrary constant'",
    ),
    _c(
        TSR,
        TSR_5247700,
        gold=r"(1/3) ln [A/ |4-3(x)|]",
        pred=r"(1/3) ln [1/(A|4-3(x)|)]",
        wrap=True,
        expected=True,
        why="'(1/3) ln [1/(A|4-3(x)|)] instead of (1/3) ln [A/ |4-3(x)|]': 'It's perfectly fine in this context'",
    ),
    # techqa 2420217: the absolute value cannot be dropped
    _c(
        TQ,
        TQ_2420217,
        gold=r"\ln|x| + C",
        pred=r"\ln x+C",
        wrap=True,
        expected=False,
        why="answer: 'the answer could never be \\ln x+C, since this is definid on (0,+\\infty) only'",
    ),
    # mathhelpforum 72855: integral of 1/(2t)
    _c(
        MHF,
        MHF_72855,
        gold=r"\frac{1}{2} \ln 2t + C",
        pred=r"\frac{1}{2} \ln t + K",
        wrap=True,
        expected=True,
        why="'\\frac{1}{2} \\ln 2t + C = \\frac{1}{2} \\ln t + K ... two legit antiderivatives of \\tfrac{1}{2t}'",
    ),
    _c(
        MHF,
        MHF_72855,
        gold=r"(1/2) ln(t)",
        pred=r"ln(t/2)",
        wrap=True,
        expected=False,
        why="'(1/2) ln(t). AND THAT'S IT. Which may be different than ln(t/2) ... (1/2)*ln(t) = ln((1/2)*t) is NOT always true'",
    ),
    _c(
        MHF,
        MHF_72855,
        gold=r"(1/2) ln(t)",
        pred=r"2 * ln2t",
        wrap=True,
        expected=False,
        why="asker: '2 * ln2t is this correct?'; reply: 'the answer of your questions is: ... =(1/2) ln(t)'",
    ),
    # freemathhelp 60070: xy' + y = y^2, y(1) = -1
    _c(
        FMH,
        FMH_60070,
        gold=r"y = 1/(1-2x)",
        pred=r"y^2 - y = 2 - x",
        wrap=True,
        expected=False,
        why="'The answer is y = 1/(1-2x) but I get y^2 - y = 2 - x ... what I'm doing wrong?'; reply corrects the integral",
    ),
    # techqa 2269906: homogeneous ODE, book's implicit solution against the asker's
    _c(
        TQ,
        TQ_2269906,
        gold=r"\arctan(\frac{y}{x}) - \frac{1}{2} \ln(x^2 + y^2) = C",
        pred=r"\frac{1}{2} \ln( x^{2} + y^{2}) - \arctan(\frac{y}{x}) = C",
        wrap=True,
        expected=True,
        why="answer: 'Both solutions are correct. Note that C is an arbitrary constant ... define C=-k'",
    ),
    # smbbmcl copy of 'General solution of y''+y'=0': Wolfram Alpha against the book
    _c(
        SMB,
        SMB_YPP,
        gold=r"y=c_2+c_1 e^{-x}",
        pred=r"y(x) = c_2-c_1 e^{-x}",
        wrap=True,
        expected=True,
        why="'Both are correct. The only difference is the sign of the constant c_1'",
    ),
    # techqa 1946125: exponential and hyperbolic forms; the student's single cosh refused
    _c(
        TQ,
        TQ_1946125,
        gold=r"C\cosh(x\sqrt{-\lambda}) + D\sinh(x\sqrt{-\lambda})",
        pred=r"Ae^{x\sqrt{-\lambda}} + Be^{-x\sqrt{-\lambda}}",
        wrap=True,
        expected=True,
        why="professor: '\\omega (x) = Ae^{...} + Be^{...} ... Rewriting \\omega (x)' as C\\cosh + D\\sinh; hint: 'Write e^t=\\cosh t+\\sinh t'",
    ),
    _c(
        TQ,
        TQ_1946125,
        gold=r"C\cosh(x\sqrt{-\lambda}) + D\sinh(x\sqrt{-\lambda})",
        pred=r"2E\cosh(x\sqrt{-\lambda})",
        wrap=True,
        expected=False,
        why="answer: 'how can you make \\cosh suddenly appear? There is nothing in the preceding line that allows you to do that'",
    ),
    # rmanhart copy of MSE 413668: integral of sec^2 x tan x
    _c(
        RMH,
        RMH_413668,
        gold=r"\frac{\tan^2x}{2}+c_1",
        pred=r"\frac {\sec^2x}{2}+c_2",
        wrap=True,
        expected=True,
        why="'\\frac{\\tan^2x}{2}+c_1=\\frac {\\sec^2x}{2}+c_2 which implies c_1 -c_2 =\\frac {1}{2}'",
    ),
    _c(
        RMH,
        RMH_413668,
        gold=r"\frac{\tan^2(x)}{2}+c",
        pred=r"\frac{\sec^2(x)}{2}+c",
        wrap=True,
        expected=True,
        why="answer: '... \\frac{\\tan^2(x)}{2}+c ... use \\sec^2(x)=1+\\tan^2(x) and finally ... =\\frac{\\sec^2(x)}{2}+c'",
    ),
    # techqa 2185413: Wolfram's extra constants
    _c(
        TQ,
        TQ_2185413,
        gold=r"\frac{7}{4} (2 x - \ln(2 x + 1) +1)+ C",
        pred=r"\frac{7x}{2}-\frac{7}{4}\ln(|2x+1|)+C",
        wrap=True,
        expected=True,
        why="question: Wolfram's answer has 'extra' terms 'hidden' in the arbitrary constant; answer: 'It depends on the point of view'",
    ),
    _c(
        TQ,
        TQ_2185413,
        gold=r"(1/2)(x^2-2x)+C",
        pred=r"(1/2)(x^2-2x+1)+C",
        wrap=True,
        expected=True,
        why="answer: integrating (x-1)dx 'you could get (1/2)(x^2-2x)+C ... or ... (1/2)(x^2-2x+1)+C'",
    ),
    # techqa 3606469: y''+xy'+y=0, y(0)=1, y'(0)=0, find y(0.1)
    _c(
        TQ,
        TQ_3606469,
        gold=r"y=\exp{(-x^2/2)}",
        pred=r"y=\frac{1}{1+x^2}",
        wrap=True,
        expected=False,
        why="asker's y=\\frac{1}{1+x^2} against the teacher's exp(-1/200); answer: 'Given the initial conditions we get y=\\exp{(-x^2/2)}'",
    ),
    _c(
        TQ,
        TQ_3606469,
        gold=r"exp(-1/200)",
        pred=r"0.99",
        wrap=True,
        expected=False,
        why="'y(0.1)=\\frac{1}{1+0.1^2}=0.99 But my teacher suggests the correct answer: exp(-1/200)'",
    ),
    _c(
        TQ,
        TQ_3606469,
        gold=r"exp(-1/200)",
        pred=r"\exp{(-0.005)}",
        wrap=True,
        expected=True,
        why="teacher's 'exp(-1/200)'; answer: 'hence y(0.1)=\\exp{(-0.005)}'",
    ),
]
