r"""A hundred-and-eleventh fresh set of answer-equivalence cases (evaluation only; helper "a": answers
in calculator, CAS and programming syntax against textbook forms -- Wolfram|Alpha, Mathematica,
Maple, MATLAB, Sage, SymPy and Python, numpy, Emacs Calc, TI calculators, Desmos and WeBWorK input
syntax (x**2, sqrt(2*sqrt(2) + 3), ArcTan[-2, 1], -1/3*pi, ln(e*2), log10(x), 3 ln(10),
5404319552844595\times2^{-54}, (0.5000000000000001+0.8660254037844386j), 2cis(π/3)) -- where a
person, a help page, a manual or a thread settles that the program's form is the same as the book's
or the key's answer, or that it is different: a log base mix-up, a principal value or another
branch, degree against radian mode, integer division, a float that is not the decimal, a rounding
that is wrong).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/ and checked against the claims files of the other rounds; each page was
claimed in /work/wt/fresh111_claims/claims.txt before use). Each case gives the reference answer
(``gold``), the prediction (``pred``: another form the page gives as the same answer, or a form the
page refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and the
verdict (``expected``) settled on the page, with no one on the page contradicting it. ``repo`` is
the domain of the stored copy and ``where`` its full URL. There is no commit; every source is a web
page with no licence file. Only the text the search tool returned for a page (its excerpt) was
read. Do not tune the judge on these cases. Continued in bench/equiv_fresh111_a2.py and
bench/equiv_fresh111_a3.py (same rules; their sources are listed below too).

Transcription: strings are copied as the stored page shows them: program output as printed (SymPy's
"x**2", "sqrt(2) + 1", Sage's "-1/3*pi", Mathematica's "ArcTan[-2, 1]", MATLAB's "(x^2)^(1/2)" and
"1 + 1i", Python's "(0.5000000000000001+0.8660254037844386j)", the TI knowledge base's "x1 = -2, x2
= NONREAL, and x3 = NONREAL"), LaTeX kept as LaTeX with its inline dollar signs dropped
(math.techqa's "\ln(W(e^2))", "30^\circ or 120^\circ" from "$x = 30^\circ$ or $120^\circ$",
web2.0calc's "{\mathtt{161.565\: \!051\: \!177\: \!078}}" with its spacing commands), Unicode kept
("2cis(π/3)", "1 + i√3", "-51.34°", "2 + ½ + 1/10", chemteam's "2.45 x 10¯^{8}"), spacing kept
(mapleprimes' "x=1/2  or  x=1/4"). A lead-in such as "x =" or "ans =" is dropped where the rest is
the answer. Where a page states "A = B", "A or B" or "A transforms to B" for one answer, the
textbook or simplified form is the gold and the program's form the pred. Readings, each noted in
``why``: where a page names a root in words (wccnet: "the square root of 5") the gold is written
"\sqrt{5}"; where a help page names a function without its argument (utoledo: "exp( ) The same
function as e^x") the argument x is written in; where a page's equality holds under its stated
assumption (x or A real or positive: gnu calc, imc.tue.nl, mathworks 461913, math.stackexchange
3154817) the case is True under it; for a log base mix-up (imathworks, arduino, codewithsundeep,
stackoverflow 33754670) the value the asker wanted, the common log, is the gold; imc.tue.nl's prose
"sqrt(x 2)", whose caret the text conversion lost, is read as the "sqrt(x^2)" of its input summary.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- math.techqa.club 25528 "cubic root of negative numbers" ("the cube root of this is 2cis(π/3),
  which is 1 + i√3 (an alternate form on Wolfram)"). 1 case.
- imathworks.com "MATLAB: Is the log() function faulty" (6.4232 in MATLAB against 2.789580712 on a
  calculator; "in MATLAB log calculates the natural logarithm, and log10 the base ten logarithm").
  1 case (1 False).
- forum.arduino.cc 339211 "Maths help: log()" ("log(100) according to Google is 2. log(100)
  according to Arduino is 4.61"; "the log() function is the natural log, not log base 10"). 1 case
  (1 False).
- exchangetuts.com "wrong value for cube root in python" ((0.5000000000000001+0.8660254037844386j)
  "when it should simply be -1"; the answer: the main branch "yields a complex value"). 1 case (1
  False).
- www.jiskha.com 1352868859 (arctan(-5/4) "appr -51.34°" = "308.66°" as a positive rotation; for
  (-4,5) "-51.34° , but it would not be correct ... 128.66°"). 2 cases (1 False).
- web2.0calc.com "how-to-input-tan-theta" (the helper marks 198.434... and 378.434... "WRONG" and
  gives 161.565... and 341.565...). 2 cases (2 False).
- nbviewer.jupyter.org ethanwhite/progbio "integer-division.ipynb" ("9 / 2 is equal to 4.5, but ...
  Python 2 returns 4"). 1 case (1 False).
- stackoverflow.com 1954799 "Basics of SymPy" (the SymPy FAQ: "SymPy evaluates both x+x and -(-2*x)
  to 2*x, and x*x to x**2", "clearly a(1+b) = a+ab", "Why does SymPy say that two equal expressions
  are unequal?"). 7 cases.

Sources of bench/equiv_fresh111_a2.py:

- coderapp.vercel.app 67215611 (SymPy: "the numbers are actually equal"; safe_nsimplify returns "1
  + sqrt(2)" and "sqrt(1 - 2*sqrt(5)/5)" only where "x.equals(ns)"). 3 cases.
- math.utoledo.edu "~pkarupp2/availableFunctions.html", WeBWorK functions ("ln(e*2) is 1 + ln(2)",
  "cos(pi) is -1", "exp( ) The same function as e^x", "asin( ) Another name for arcsin"). 5 cases.
- courses.wccnet.edu "~palay/math169/tech3102.htm" ("1.414213562 is only an approximation to the
  square root of 2"; "2.236067977, is not the square root of 5"; "the square root of 4 is merely
  another name for the rational number 2"). 3 cases (2 False).
- ask.sagemath.org 8484 (arctan(tan(2*pi/3)) returns "arctan(-sqrt(3))", .simplify() gives
  "-1/3*pi"; 2/3*pi only through arctan2, "other branches"). 2 cases (1 False).
- mukagile.store, a proxied copy of GitHub drjt/webwork2 htdocs/helpFiles/Entering-Logarithms.html
  ("ln(x) and log(x) are both the natural log function"; "log10(x) and logten(x) are both the base
  10 logarithm"; "ln(2x+8) and ln2x+8 = ln(2)*x+8 are very different"). 5 cases (1 False).
- codewithsundeep.com 46406091 (np.log(0.25) "-1.38629436112" against Excel's "-0.602059991327962";
  "Use np.log10(0.25) and you'll get the value you want"). 1 case (1 False).
- codewithsundeep.com 35163710 ("20*log(0.1) = -20" on a calculator, "-46.0517018599" in Python;
  "math.log is actually ln"). 2 cases (2 False).
- stackoverflow.com 33754670 ("log base 10 (1.5) in python = 0.405465108108 while the real answer =
  0.176091259"). 1 case (1 False).
- haroldpboas.gitlab.io "maple-misunderstandings" ("10e10 + 1 - 10e10 ... the wrong answer 0
  instead of the right answer 1"). 1 case (1 False).
- www.mapleprimes.com, Kitonum's questions ("Maple returns only one solution x=1/2, although this
  equation has 2 solutions x=1/2 or x=1/4"; "binomial(2*n, n)/2 = binomial(2*n-1, n-1)"). 2 cases
  (1 False).
- forums.wolfram.com MathGroup 2006/Mar msg00105 ("One can't simply say theta = ArcTan[1/-2]";
  "theta = ArcTan[-2, 1]. Or we can say theta = 2 ArcTan[1/(Sqrt[5]-2)]"). 2 cases (1 False).
- math.techqa.club 1847834 ("$-3^2 = -9$"; "My scientific calculator tells me it is 9"; "it means
  the negative of $3^2$"). 1 case (1 False).
- www.gnu.org Emacs Calc manual "Algebra-Answer-1" ("sqrt(x)^2 is simplified back to x ... but
  sqrt(x^2) is not"; "If x is real, this formula could be simplified to abs(x)"). 3 cases (1
  False).
- math.techqa.club 2783129 (a solution's "30^\circ or 120^\circ"; "the true answer here is actually
  30 degrees and 150 degrees"; "$\pi/6$ and $5\pi/6$ (or 30 and 150)"). 3 cases (2 False).
- forums.wolfram.com MathGroup 2005/Dec msg00037 ("LN(1/e^2) equals what? My answer is -1/2.";
  "Log[1/E^2] Out[1]= -2"). 1 case (1 False).
- www.manualshelf.com TI-89 / TI-92 Plus manual, page 78 ("ln(1000) transforms to 3 ln(10)"; "0.25
  transforms to 1/4"). 2 cases.
- red.azn.boats, a copy of r/nspire 11ko4jw ("x = a-(a-b)*u That is correct however every textbook
  will simplify this as x=a+(b-a)*u"). 1 case.
- engineering.desmos.com "intuitive-calculator-arithmetic" (0.3 becomes
  "$5404319552844595\times2^{-54}$, which is very close to $0.3$, but in fact equals (exactly)
  0.2999..."; "$3/8$ can be represented exactly (as $3 \times 2^{-3}$)"). 4 cases (2 False).

Sources of bench/equiv_fresh111_a3.py:

- www.physicsforums.com 802603 (a TI-89 gives ".540302" for cos(-1); "$arccos(-1) = \pi$", "You
  should be using cos-1"). 1 case (1 False).
- socratic.org "how-do-you-evaluate-arccos-1-2-1" ("arccos $x = \frac{\pi}{3}$ or 60 deg"). 1 case.
- scanskill.com "learn-references/round" ("round(2.675, 2) 2.67 # this is not correct in proper
  arithmetic"). 1 case (1 False).
- newbe.dev "why-is-python-s-round-so-strange" ("1.55" from format against Decimal's "1.56"; 2.675
  stored as "2.67499999999999982236431605997495353221893310546875"). 2 cases (2 False).
- www.imc.tue.nl "imc-main-node268" Answer 3.13 ("sqrt(x^2) ans = (x^2)^(1/2)"; "equals abs(x) and
  not just x"). 3 cases (1 False).
- www.mathworks.com MATLAB Answers 461913 ("(A ^2)^{1/2} Should not return A"; "sqrt((-1-i)^2) ans
  = 1 + 1i"; "simplify(sqrt(Areal^2)) ans = abs(Areal)"). 4 cases (2 False).
- vdocuments.site, Pearson "Wolfram|Alpha Activity ... Intermediate Algebra Activities --
  Solutions" ("Exact result = 13/5. The Egyptian fraction is 2 + ½ + 1/10"; "3/50 is exactly equal
  to 0.06"; "MDCCLXXVI = 1776"; "5/16 = 0.3125 = 31.25%"). 8 cases (1 False).
- devhide.com 41324497 ("SymPy just returns sqrt(-24-70*I) while Mathematica or Maple will answer
  with the equivalent of 5-7*I"). 1 case.
- mathforum.org Ask Dr. Math 77091 ("the sin of 30 degrees is .5. But with the calculator set to
  radians, sin(30) is now -0.988031624"). 1 case (1 False).
- math.com "tables/algebra/functions/trig/units.htm" ("sin(90°) = 1, while sin(90)=0.89399...";
  "sin(90°) = sin(90(PI/180)) = sin(PI/2)"). 2 cases (1 False).
- math.techqa.club 4026393 (a hand answer $\ln(W(e^2))$ against Wolfram's $2-W(e^2)$: "So, both are
  equal."). 1 case.
- math.techqa.club 818737 ($\ln(W(e^k))$ against WolframAlpha's $x=k-W(e^k)$; "$$k - W(e^k) =
  \log(W(e^k))$$"). 1 case.
- math.stackexchange.com 3154817 (MATLAB's "- A*wrightOmega(- log(-A) - 1/A) - 1" rewritten, for
  $A>0$, as "$-A W_{-1}\left(\frac{-e^{-1/A}}{A}\right)-1$ or -A*lambertw(-1,-exp(-1/A)/A)-1 in
  Matlab"). 2 cases.
- www.experts123.com "why-does-the-square-root-of-negative-9-give-an-answer" ("POLYROOT([1,4,5])
  gives [(-2,1),(-2,-1)]"; "Don't use them – just write No real solution"). 1 case (1 False).
- education.ti.com knowledge base 10215 ("The answer should be -2, 1, 1. The ... App displays an
  answer of x1 = -2, x2 = NONREAL, and x3 = NONREAL"). 1 case (1 False).
- www.chemteam.info "AcidBase/Calculator-Warning.html" ("2.45 x 10 x 10¯^{9}. This equals 2.45 x
  10¯^{8}"; "2.45 x 10¯^{8} and 2.45¯^{8} are different numbers!!"). 2 cases (2 False).
- forum.allaboutcircuits.com 1370 ("10^-4 means .0001"; "10^-6 means - - - .000001"). 2 cases.
- blog.ifem.co.uk "a-strange-step-by-step-solution" ("8/3 rounds to 2.666666666666665. To me this
  indicates poor use of floating poor arithmetic"). 1 case (1 False).

93 cases in all (40 False): 16 here (7 False), 42 in bench/equiv_fresh111_a2.py (18 False), 35 in
bench/equiv_fresh111_a3.py (15 False).

Left out, by rule: values the page gives only as approximations or within a tolerance (web2.0calc's
"162^0 or 342^0" to the nearest degree; imathworks' "log10(616) ans = 2.7896"; the Wolfram|Alpha
activity's "1.583333 (decimal approximation to six places)" for 19/12; math.techqa 25528's
"1+(1.7320508075688772935274463415058723669...)i"; Dr. Math's "1718.87 degrees"; the TI-89 manual's
"x ≈ 0.641186"; the TI knowledge base's "x2=1+0.0000002574...i"; algebra.com 836462's "2.094395102
radians" against "120 degrees"; the 0.1 + 0.2 = 0.30000000000000004 pages (ily.tech.blog, pydis,
sopython), which call it "not necessarily wrong, just not precise" or compare with math.isclose);
forms the text conversion garbled (the TI-89 manual's "12 transforms to 2 3" with its radicals
lost; math.com's "2p rad" and education.ti.com 26790's "= p/4" with pi lost; thedatadungeon's ACOS
"2p/3"; straightdope's "e[sup]x[/sup]"); form requirements ("the required answer may be ln(6) +
ln(x) or ln(6x)" on the WeBWorK logarithm page); answers a page leaves open or disputed
(math.techqa 25528 on whether 1 + i√3 or -2 is "the" cube root of -8, where one answer calls
Wolfram's output a bug and another the principal root; haroldpboas' "(-8.0)^(1/3) ... did not give
the 'correct' answer of -2, but it did give a valid complex cube root" and its limit with "the
'correct' value -8" in quotes; math.techqa 115968 on log against ln, a convention that depends on
the field; utoledo's "log( ) The logarithm with base 10" against the WeBWorK help page's
natural-log default, a server setting); pages that give only one form (socratic's arctan(sqrt(3)) =
pi/3, proofwiki's arctan, interactiveprimer's 30 and 150 degrees, uvic's general solution with a
typo).

Examined and not used: pages used by earlier sets (math.stackexchange 1306447 as the kiwix copy,
math.techqa 3601848, physicsforums 124731, math.techqa 1010959, tutoringsanjose.net ?p=446,
studylib 8240114, algebra.com 35060, mathhelpforum 182972; the two claims made for 124731 and
1010959 before the check were withdrawn); machine-written or generated pages (huggingface.co
Nemotron-CC-Math rewrites, the calculator.city and snowdaycalculatornow pages, errorhandle.ai,
aeanet.org, causal.app, which even calls Excel's LOG the natural logarithm, vaia's "Expert
verified" answers, math-gpt.org, math.bot, edu.com, westonci, solveeit, mathix.co, mathway.com and
symbolab api pages, chungcutuhiepplaza, the 12000.org CAS integration reports, which are
script-graded output as an earlier set found); pages whose forms are only in images or whose reply
was not stored (ti-cas.org "racineus", docsbay's Casio fx-115ES guide, education.vic.gov.au CAS
modes, learn1.open.ac.uk 7.3, mathhelpforum 177357, 172239, 172268 and 123317, the linuxquestions
and debian-user mathomatic thread, geek-answers 841884, adras.com's HP 50g thread,
blog.wolframalpha.com ?p=21437 with its garbled "about 1 + 0.723i", analemma.wikispaces); pages
with no second form or off the topic (math.techqa 2909316, a paper's Lambert W formula; math.techqa
3472769; mathworks 413347, the same points as 461913; gnumeric, gobe and excelabcd function
examples; thearchivebase's 1/2 against 0.5 as SymPy types; indextestingapp preguntia 10694768 and
the appspot socratic copy on arcsin(-1/2), which give 330 and 210 degrees as arcsin values); copies
of threads used here (gamingcommission.club and example-a.com copies of the codewithsundeep
threads, ansaurus and exchangetuts copies of stackoverflow 1954799).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

TQ = "math.techqa.club"
TQ_25528 = "https://math.techqa.club/cubic-root-of-negative-numbers-25528"
IMW = "imathworks.com"
IMW_LOG = "https://imathworks.com/matlab/matlab-is-the-log-function-faulty"
ARD = "forum.arduino.cc"
ARD_339 = "https://forum.arduino.cc/t/maths-help-log/339211"
EXT = "exchangetuts.com"
EXT_CBRT = "https://exchangetuts.com/index.php/wrong-value-for-cube-root-in-python-1763132412583606"
JIS = "www.jiskha.com"
JIS_1352 = "http://www.jiskha.com/display.cgi?id=1352868859"
W2C = "web2.0calc.com"
W2C_TAN = "https://web2.0calc.com/questions/how-to-input-tan-theta"
NBV = "nbviewer.jupyter.org"
NBV_DIV = (
    "https://nbviewer.jupyter.org/github/ethanwhite/progbio/blob/master/ipynbs/integer-"
    "division.ipynb"
)
SO = "stackoverflow.com"
SO_1954799 = "http://stackoverflow.com/questions/1954799/basics-of-sympy"
CRA = "coderapp.vercel.app"
CRA_672 = "https://coderapp.vercel.app/answer/67215611"
UTO = "math.utoledo.edu"
UTO_FN = "http://math.utoledo.edu/~pkarupp2/availableFunctions.html"
WCC = "courses.wccnet.edu"
WCC_3102 = "https://courses.wccnet.edu/~palay/math169/tech3102.htm"
SAGE = "ask.sagemath.org"
SAGE_8484 = "http://ask.sagemath.org/question/8484/arctantan2pi3/?answer=12910"
MUK = "mukagile.store"
MUK_LOG = (
    "https://mukagile.store/mastah-kampret/2ETbvNmLiVHa0l2Z6MHc0/drjt/webwork2/blob/master/"
    "htdocs/helpFiles/Entering-Logarithms.html"
)
CWS = "codewithsundeep.com"
CWS_46406091 = "https://codewithsundeep.com/discussion/solution/46406091"
CWS_35163710 = "https://codewithsundeep.com/discussion/solution/35163710"
SO_33754670 = "https://stackoverflow.com/questions/33754670/calculate-logarithm-in-python"
HPB = "haroldpboas.gitlab.io"
HPB_MAPLE = "https://haroldpboas.gitlab.io/courses/math696/maple-misunderstandings.html"
MPR = "www.mapleprimes.com"
MPR_KIT = "https://www.mapleprimes.com/users/Kitonum/questions"
WMG = "forums.wolfram.com"
WMG_0603 = "http://forums.wolfram.com/mathgroup/archive/2006/Mar/msg00105.html"
TQ_1847834 = "https://math.techqa.club/is-a-negative-number-squared-negative-1847834"
GNU = "www.gnu.org"
GNU_CALC = "https://www.gnu.org/software/emacs/manual/html_node/calc/Algebra-Answer-1.html"
TQ_2783129 = "https://math.techqa.club/find-the-values-of-2-sin-x-1-cos-x-1-0-2783129"
WMG_0512 = "http://forums.wolfram.com/mathgroup/archive/2005/Dec/msg00037.html"
MSH = "www.manualshelf.com"
MSH_TI89 = (
    "https://www.manualshelf.com/manual/texas-instruments/plus-ti-89/calculator-user-manual/"
    "page-78.html"
)
RAB = "red.azn.boats"
RAB_NSP = "https://red.azn.boats/r/nspire/comments/11ko4jw/why_does_the_tinspire_simplify_so_weird"
DES = "engineering.desmos.com"
DES_ARITH = "https://engineering.desmos.com/articles/intuitive-calculator-arithmetic/"
PF = "www.physicsforums.com"
PF_802603 = "https://www.physicsforums.com/threads/t-89-not-giving-pi-back-as-cos-1.802603/"
SOC = "socratic.org"
SOC_ACOS = "https://socratic.org/questions/how-do-you-evaluate-arccos-1-2-1"
SCS = "scanskill.com"
SCS_ROUND = "https://scanskill.com/learn-references/round"
NBD = "newbe.dev"
NBD_ROUND = "https://newbe.dev/why-is-python-s-round-so-strange"
TUE = "www.imc.tue.nl"
TUE_313 = "http://www.imc.tue.nl/imc-main/imc-main-node268.html"
MWK = "www.mathworks.com"
MWK_461913 = (
    "https://www.mathworks.com/matlabcentral/answers/461913-simplify-symbolic-expression-with-"
    "complex-square-sqrt-assume-commutation-in-matlab?s_tid=prof_contriblnk"
)
VDO = "vdocuments.site"
VDO_WA = (
    "https://vdocuments.site/wolframalpha-activity-topic-intermediate-algebra-activities-"
    "solutions.html"
)
DVH = "devhide.com"
DVH_SQRT = "https://devhide.com/sympy-and-square-roots-of-complex-numbers-41324497"
MFD = "mathforum.org"
MFD_77091 = "http://mathforum.org/library/drmath/view/77091.html"
MCOM = "math.com"
MCOM_UNITS = "http://math.com/tables/algebra/functions/trig/units.htm"
TQ_4026393 = (
    "https://math.techqa.club/in-the-solution-of-x-e-x-2-how-does-ln-w-e-2-become-2-w-e-2-4026393"
)
TQ_818737 = "https://math.techqa.club/solutions-to-x-e-x-k-818737"
MSE = "math.stackexchange.com"
MSE_3154817 = (
    "https://math.stackexchange.com/questions/3154817/what-is-the-relation-between-wright-"
    "omega-function-and-lambert-w-function/3155462"
)
E123 = "www.experts123.com"
E123_POLY = (
    "https://www.experts123.com/q/why-does-the-square-root-of-negative-9-give-an-answer-"
    "instead-of-an-error.html"
)
TIE = "education.ti.com"
TIE_10215 = (
    "https://education.ti.com/en/customer-support/Knowledge-base/Other-Graphing/Product-usage/10215"
)
CHT = "www.chemteam.info"
CHT_WARN = "http://www.chemteam.info/AcidBase/Calculator-Warning.html"
AAC = "forum.allaboutcircuits.com"
AAC_1370 = (
    "https://forum.allaboutcircuits.com/threads/i-need-help-on-scientific-calculator-press.1370/"
)
IFEM = "blog.ifem.co.uk"
IFEM_STEP = "http://blog.ifem.co.uk/blog/2015/10/09/a-strange-step-by-step-solution/"

CASES = [
    # techqa 25528: Wolfram|Alpha's principal cube root of -8 in polar and in rectangular form
    _c(
        TQ,
        TQ_25528,
        gold=r"2cis(π/3)",
        pred=r"1 + i√3",
        wrap=True,
        expected=True,
        why="'Wolfram is using the polar complex form of -8 = 8cis(π) Then the cube root of this is 2cis(π/3), which is 1 + i√3 (an alternate form on Wolfram)'",
    ),
    # imathworks: MATLAB's log is the natural log; the calculator's answer was the common log
    _c(
        IMW,
        IMW_LOG,
        gold=r"2.789580712",
        pred=r"6.4232",
        wrap=True,
        expected=False,
        why="'log (x) to log the value 616, I am getting the answer 6.4232. However, when I calculate it on windows excel or my calculator I get 2.789580712'; 'in MATLAB log calculates the natural logarithm, and log10 the base ten logarithm' (reading: the common log of 616 was wanted)",
    ),
    # arduino 339211: log(100) on the Arduino is the natural log
    _c(
        ARD,
        ARD_339,
        gold=r"2",
        pred=r"4.61",
        wrap=True,
        expected=False,
        why="'log(100) according to Google is 2. log(100) according to Arduino is 4.61'; 'On the Arduino the log() function is the natural log, not log base 10 ... So you need to use log10()'",
    ),
    # exchangetuts: Python's (-1)**(1/3) is the principal complex root, not the real cube root
    _c(
        EXT,
        EXT_CBRT,
        gold=r"-1",
        pred=r"(0.5000000000000001+0.8660254037844386j)",
        wrap=True,
        expected=False,
        why="'I get the complex number (0.5000000000000001+0.8660254037844386j) as the answer when it should simply be -1'; answer: 'Python doesn't know that you are taking a cube root ! ... (main branch) ... which yields a complex value'",
    ),
    # jiskha 1352868859: a calculator's arctan gives the angle nearest zero; the quadrant decides
    _c(
        JIS,
        JIS_1352,
        gold=r"-51.34°",
        pred=r"308.66°",
        wrap=True,
        expected=True,
        why="'arctan (-5/4) = appr -51.34° which would be a \"clockwise\" rotation ... and stating it as a positive rotation would be 308.66°'; 'In this case you answer is correct'",
    ),
    _c(
        JIS,
        JIS_1352,
        gold=r"128.66°",
        pred=r"-51.34°",
        wrap=True,
        expected=False,
        why="'suppose your point had been (-4,5) ... arctan (5/-4) would give us the same -51.34° , but it would not be correct'; '... the actual angle is 180-51.34 or 128.66°'",
    ),
    # web2.0calc: tan theta = -1/3; the helper corrects two of its own calculator lines
    _c(
        W2C,
        W2C_TAN,
        gold=r"{\mathtt{161.565\: \!051\: \!177\: \!078}}",
        pred=r"{\mathtt{198.434\: \!948\: \!822\: \!922}}",
        wrap=True,
        expected=False,
        why="'2nd quad would be 180-18.43....= ... 198.434 948 822 922 WRONG this is wrong - see my later post should be ... 161.565 051 177 078'",
    ),
    _c(
        W2C,
        W2C_TAN,
        gold=r"{\mathtt{341.565\: \!051\: \!177\: \!078}}",
        pred=r"{\mathtt{378.434\: \!948\: \!822\: \!922}}",
        wrap=True,
        expected=False,
        why="'4th quadrant (also) ... 378.434 948 822 922 WRONG - should be ... 341.565 051 177 078'",
    ),
    # nbviewer progbio: Python 2 integer division
    _c(
        NBV,
        NBV_DIV,
        gold=r"4.5",
        pred=r"4",
        wrap=True,
        expected=False,
        why="'we all know that 9 / 2 is equal to 4.5, but ... since 9 and 2 are both integers Python 2 returns 4 (i.e., it gets rid of the remainder of the division)'",
    ),
    # stackoverflow 1954799: the SymPy FAQ on equal expressions that == calls unequal
    _c(
        SO,
        SO_1954799,
        gold=r"2*x",
        pred=r"x+x",
        wrap=True,
        expected=True,
        why="FAQ: 'SymPy evaluates both x+x and -(-2*x) to 2*x, and x*x to x**2'",
    ),
    _c(
        SO,
        SO_1954799,
        gold=r"2*x",
        pred=r"-(-2*x)",
        wrap=True,
        expected=True,
        why="FAQ: 'SymPy evaluates both x+x and -(-2*x) to 2*x'",
    ),
    _c(
        SO,
        SO_1954799,
        gold=r"x**2",
        pred=r"x*x",
        wrap=True,
        expected=True,
        why="FAQ: '... and x*x to x**2'",
    ),
    _c(
        SO,
        SO_1954799,
        gold=r"a + a*b",
        pred=r"a*(1+b)",
        wrap=True,
        expected=True,
        why="FAQ: 'Although clearly a(1+b) = a+ab mathematically'; 'A, B = a*(1+b), a + a*b ... bool(A.expand() == B.expand()) True'",
    ),
    _c(
        SO,
        SO_1954799,
        gold=r"1",
        pred=r"cos(x)**2 + sin(x)**2",
        wrap=True,
        expected=True,
        why="FAQ: '>>> trigsimp(cos(x)**2 + sin(x)**2) == 1 True'",
    ),
    _c(
        SO,
        SO_1954799,
        gold=r"s.exp(-s.pi/2)",
        pred=r"s.I**s.I",
        wrap=True,
        expected=True,
        why="question: 's.I**s.I == s.exp(-s.pi/2) False ... Why are these returning False'; answer quotes the FAQ 'Why does SymPy say that two equal expressions are unequal?' (i^i = e^(-pi/2), principal value)",
    ),
    _c(
        SO,
        SO_1954799,
        gold=r"s.E**(-1* s.pi)",
        pred=r"(-1)**s.I",
        wrap=True,
        expected=True,
        why="question: '(-1)**s.I == s.E**(-1* s.pi) False'; answer: 'Why does SymPy say that two equal expressions are unequal? The equality operator (==) tests whether expressions have identical form' ((-1)^i = e^(-pi), principal value)",
    ),
]
