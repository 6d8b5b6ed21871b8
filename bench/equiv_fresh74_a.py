r"""A seventy-fourth fresh set of answer-equivalence cases (evaluation only; helper "a": limits,
series and convergence answers -- limits that are infinite or do not exist ("DNE", "does not
exist", "undefined", "∞", "+∞", "oo", "INF"), one-sided and oscillating limits, sums of series in
closed form (e, ln 2, π²/6, 1/e), radius and interval of convergence in interval, inequality and
homework-system notation -- where an answer key, a homework system's help text, a textbook page or
a Q&A thread settles which forms are the same answer and which are not).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/, and checked against the claims files of every round; each page was claimed
in /work/wt/fresh74_claims/claims.txt before use). Each case gives the reference answer
(``gold``), the prediction (``pred``: another form the page gives as the same answer, or a form the
page refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and the
verdict (``expected``) settled on the page, with no one on the page contradicting it. ``repo`` is
the domain of the stored copy and ``where`` its full URL. There is no commit; every source is a web
page with no licence file. Only the text the search tool returned for a page (its excerpt) was
read. Do not tune the judge on these cases. Continued in bench/equiv_fresh74_a2.py (same
rules; its sources are listed below too).

Transcription: strings are copied as the stored page shows them: LaTeX kept as LaTeX (techqa, the
kiwix copy of math.stackexchange, ecb5, math4u, the wikipedia copy), plain text and ASCII math
kept as typed (collegeconfidential "ln(1/2)" and "- ln(2)", socratic "+infty" and "(-oo, oo)",
OEIS "Pi^2/6" and "zeta(2)", WeBWorK "(-Inf, Inf)", "R-{3}"), unicode kept ("−∞", "≤"). A left
side such as "lim ... =" or "R =" is dropped. Where a help text says "enter X for Y" (zweigmedia,
the WeBWorK and IMathAS problems) the gold is the quantity Y as the page writes it and the pred
the entry X. Where a page gives a refused answer in words (techqa 2510648 "positive infinity",
Khan's "infinity") the words are kept. Where a page lists two forms joined by "or" or "is the same
as", the first is the gold.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- www.zweigmedia.com "modules/alglimitatinfinityV2.php" (an online limits exercise: "For an
  infinite limit, enter -inf for −∞, and +inf for +∞. Otherwise, if a limit does not exist, enter
  dne."). 3 cases.
- webwork.libretexts.org rendering of Library/OSU/high_school_apcalc/dchmwk2/prob11.pg (a
  one-sided limit problem: "Use INF to denote $\infty$ and MINF to denote $-\infty$."). 2 cases.
- imathas.libretexts.org "embedq2.php?id=00005841" (a sequence problem: "If it diverges to
  infinity, state your answer as "oo" ... to negative infinity, state your answer as "-oo""). 2
  cases.
- pdfedu.com "webwork-answer-format-xw2pekdg87r5" (Queen's University "Webwork Help Entering
  Intervals": "You can use R as a shorthand for all real numbers. So, it is equivalent to entering
  (-Inf, Inf)", "R-{3} or (-Inf, 3)U(3,Inf) since they are the same", "[1,10)-{3,4} is the same as
  [1,3)U(3,4)U(4,10)", "{3} or as a closed interval such as [3,3]"). 4 cases.
- math.techqa.club 3626662 ("Shouldn't it then be $1 + e$, not just $e$?"; the answer shows the
  series $\sum_{k=0}^\infty k/k!$ is $e$). 1 case (False).
- math.techqa.club 1496905 ("the right hand side should be $2\ln 2-1$, not $\ln2 -1$"). 1 case
  (False).
- talk.qa.collegeconfidential.com 180894 (AP BC thread: "The solution said ln(1/2)." answered "The
  solution said ln(1/2). = - ln(2)"). 1 case.
- www.physicsforums.com 847575 (interval of convergence of ∑(x-2)^n/3^n: the student's "-5 ≤ x ≤
  5"; the book's "-1 ≤ x ≤ 5" was a misreading, "You're right, it does say -1 < x < 5", since the
  endpoints give ∑1^n and ∑(-1)^n). 2 cases (2 False).
- oeis.org A013661 ("Decimal expansion of Pi^2/6 = zeta(2) = Sum_{m>=1} 1/m^2"). 1 case.
- imathworks.com "Why lim (1+1/n)^n Doesn't Evaluate to 1" (a math.stackexchange copy: the limit
  is $e$, the asker's 1 is the flawed reasoning). 1 case (False).

Sources of bench/equiv_fresh74_a2.py:

- math4u.vsb.cz node 43647 (David concluded $\lim_{x \rightarrow 0} \ln x = -\infty$; the key:
  "No. The limit of the function $y = \ln x$ at the point $x = 0$ does not exist."; the options "1"
  and "$+\infty$" are also wrong). 3 cases (3 False).
- ecb5.github.io DiffCalc squeeze-theorem section ("$\limit{x}{\infty}{\sin(x)}$ does not exist
  ... It’s not even “approaching” $+\infty$ or $-\infty$"). 2 cases (2 False).
- www.khanacademy.org video "limit-at-infinity-involving-trig-undefined" ((x^2+1)/sin x as x
  approaches infinity: "maybe the whole thing goes to infinity. But we have to be careful ... So,
  this limit does not exist."). 1 case (False).
- math.techqa.club 2510648 (the asker: "I know that the answer is positive infinity"; the answer:
  "the "right limit" ... diverges to positive infinity while the "left limit" ... diverges to
  negative infinity. It should make sense then that $\left(\lim_{x\to0}\frac1x\right)$ is
  undefined"). 1 case (False).
- math.techqa.club 988092 (radius of convergence of $1+3x+\frac{3^2x^2}{2!}+\cdots$: "The answer is
  given to be $\frac{1}{3}$"; the answer: "You're right ... So it's convergent everywhere. There's
  something wrong with answer $\frac{1}{3}$."). 1 case (False).
- ryan-b-w.github.io notes copy of Wikipedia "Extended real number line" ("When the meaning is
  clear from context, the symbol $+ \infty$ is often written simply as $\infty$."). 1 case.
- socratic.org "calculus/limits/determining-one-sided-limits" ("A one sided limit does not exist
  when: 1. there is a vertical asymptote. ex.) #lim_{x to 0^+} 1/x =1/{0^+}=+infty# So, the limit
  does not exist."). 1 case.
- www.coursehero.com 186440 "1.2 The Concept of a Limit" (course notes: "If the outputs of f
  aren’t getting close to any number then we say that this limit does not exist or is undefined";
  "then again the limit is formally undefined but we say that it is ‘equal to’ -∞ in order to
  describe why it is undefined"). 2 cases.
- kiwix.lukehooper.xyz copy of math.stackexchange 2673595 (the answer: "$\sum_{k=0}^{\infty}
  \frac{(-1)^{k} }{k!}=e^{-1}=\frac1e$"). 1 case.
- socratic.org "what-is-the-interval-of-convergence-of-sum-x-n-n" (first answer "#(-oo, oo)#",
  second answer "the interval of convergence is # −∞ < x < +∞#"). 1 case.
- science-mathematics.com 201204/28660 (an archived Yahoo Answers thread on 2/(3-x): the asker's
  "(-3,3]"; the answer: both endpoints diverge, "So clearly in this case, interval if convergence
  is open interval (−3, 3)", seconded "Exactly."). 1 case (False).

33 cases in all (14 False): 18 here (5 False), 15 in bench/equiv_fresh74_a2.py (9 False).

Left out, by rule: refusals that are only about a homework system's notation when the set is the
same (pdfedu's "WeBWorK will not interpret [2,4]U[3,5] as equivalent to [2,5]"); the "diverges
without being infinity" entry "DNE" of IMathAS 5841, which names a category, not a value; OEIS
A013661's decimal digits (a list "1, 6, 4, 4, 9, ..." whose decimal point a transcription would
have to place) and its "Also dilogarithm(1)" (a phrase, not a form); coursehero 186440's "+∞" line,
whose ∞ sign the text conversion lost ("‘equal to’ + ."); the second half of kiwix 2673595 (the
asker's wrong steps "1+e" and "\frac{1}{1+e}" are intermediate, and the thread does not correct
them one by one); socratic's "for any x in (-oo,oo)" (a phrase inside a proof).

Examined and not used: openknowledgegraph.com infinite-limits and radius quizzes, calculusconcepts
.com common-limit-mistakes, smartasking.org, monithon.org, askvity.info, examzify quizzes (likely
machine-written); questionai, gauthmath, edu.com, math-gpt, mathix, smartsolve, solvelyapp,
tutor.hix, studdyapp, askfilo, we-jia.com and senseofstudy pages (AI-written solutions);
penjiapp.com and teachingcalculus.com/tag/dne (used by earlier sets); kiwix math.stackexchange
4185126 and physicsforums 354838 (used by earlier sets); ARQMath 95518_2012 and its kiwix copy
160511 (used by an earlier set); gradwiki/wiki.math.ucr.edu, mathskey.com, homework.cpm.org,
varsitytutors, wiki.ubc.ca, xronos/ximera mooculus and fliphtml5 AP scoring guides (formulas lost
in the stored text); library.tis.today and iitianacademy IB markschemes (one form of each answer
only); zanotowane, studylib, documents.pub and sciencedocbox IB calculus markschemes (only the
general instructions were stored); a.simonm.io (excluded by the brief); maths.kisogo.com
"Infinity" (its rule that "lim = ∞" is "wrong" for +∞ is the wiki's own convention, against the
usual reading); the redlib reddit copy on 1+2+3+... = -1/12 (disputed on the page); Grandi's
series pages (thatsmaths, aamt, jonathansengineering, math.stackexchange 129479: no verdict
between two written answers in the excerpt); calculator-online.org e^(-n) (CAS output, not a
person); physicsforums 731606 (superscripts flattened: "3n+1/2 -2n+1 + 1/2"); Khan Academy's
unbounded-limits comments (hedged: "We can (and often do) say that, but ..."); mathwarehouse
infinite limits, vitutor division by zero, Paul's online notes and socratic e^x series pages (one
form of each answer only).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

ZW = "www.zweigmedia.com"
ZW_LIM = "http://www.zweigmedia.com/modules/alglimitatinfinityV2.php?lang=en"
WWL = "webwork.libretexts.org"
WWL_OSU = (
    "https://webwork.libretexts.org/webwork2/html2xml?answersSubmitted=0&sourceFilePath=Library/"
    "OSU/high_school_apcalc/dchmwk2/prob11.pg&problemSeed=1234567&courseID=anonymous&userID="
    "anonymous&course_password=anonymous&showSummary=1&displayMode=MathJax&"
    "problemIdentifierPrefix=102&language=en&outputformat=libretexts"
)
IMA = "imathas.libretexts.org"
IMA_5841 = "https://imathas.libretexts.org/imathas/embedq2.php?id=00005841"
PDE = "pdfedu.com"
PDE_WW = "https://pdfedu.com/webwork-answer-format-xw2pekdg87r5.html"
TQA = "math.techqa.club"
TQA_3626662 = "https://math.techqa.club/series-equal-to-e-3626662"
TQA_1496905 = "https://math.techqa.club/prove-frac-1-1-cdot2-frac-1-2-cdot3-frac-1-3-cdot4-cdots-ln-2-1-1496905"
TQA_2510648 = "https://math.techqa.club/the-limit-of-1-x-as-x-to-0-2510648"
TQA_988092 = "https://math.techqa.club/radius-of-convergence-of-1-3x-frac-3-2x-2-2-cdots-988092"
CC = "talk.qa.collegeconfidential.com"
CC_180894 = (
    "https://talk.qa.collegeconfidential.com/t/bc-calculus-question-problem-on-series/180894"
)
PF = "www.physicsforums.com"
PF_847575 = "https://www.physicsforums.com/threads/find-the-interval-of-convergence.847575"
OEIS = "oeis.org"
OEIS_A013661 = "https://oeis.org/A013661"
IMW = "imathworks.com"
IMW_E = (
    "https://imathworks.com/math/math-why-limlimits_nto-inftyleft1frac1nrightn-doesnt-evaluate-to-1"
)
M4U = "math4u.vsb.cz"
M4U_43647 = "https://math4u.vsb.cz/node/43647"
ECB = "ecb5.github.io"
ECB_SQZ = "https://ecb5.github.io/DiffCalc/SECTIONsqueeze-theorem-informal.html"
KHAN = "www.khanacademy.org"
KHAN_TRIG = (
    "https://www.khanacademy.org/math/differential-calculus/dc-limits/dc-limits-at-infinity/v/"
    "limit-at-infinity-involving-trig-undefined"
)
RBW = "ryan-b-w.github.io"
RBW_ERL = (
    "https://ryan-b-w.github.io/personal-notes-public/public/"
    "en_wikipedia_org_extended_real_number_line_wikipedia.html"
)
SOC = "socratic.org"
SOC_OSL = "https://socratic.org/calculus/limits/determining-one-sided-limits"
SOC_EXP = "https://socratic.org/questions/what-is-the-interval-of-convergence-of-sum-x-n-n"
CH = "www.coursehero.com"
CH_186440 = "https://www.coursehero.com/file/186440/12-limits-intuitive/"
KIW = "kiwix.lukehooper.xyz"
KIW_2673595 = (
    "https://kiwix.lukehooper.xyz/content/math.stackexchange.com_en_all_2024-10/questions/2673595/"
    "trying-to-solve-a-demonstration-with-the-constant-of-euler"
)
SCM = "science-mathematics.com"
SCM_28660 = "http://science-mathematics.com/Mathematics/201204/28660.htm"

CASES = [
    # zweigmedia limits exercise: entry conventions for infinite limits and DNE
    _c(
        ZW,
        ZW_LIM,
        gold=r"−∞",
        pred=r"-inf",
        wrap=True,
        expected=True,
        why="'For an infinite limit, enter -inf for −∞, and +inf for +∞.'",
    ),
    _c(
        ZW,
        ZW_LIM,
        gold=r"+∞",
        pred=r"+inf",
        wrap=True,
        expected=True,
        why="'For an infinite limit, enter -inf for −∞, and +inf for +∞.'",
    ),
    _c(
        ZW,
        ZW_LIM,
        gold=r"does not exist",
        pred=r"dne",
        wrap=True,
        expected=True,
        why="'Otherwise, if a limit does not exist, enter dne.'",
    ),
    # WeBWorK OSU dchmwk2/prob11: INF and MINF
    _c(
        WWL,
        WWL_OSU,
        gold=r"\infty",
        pred=r"INF",
        wrap=True,
        expected=True,
        why=r"'Use INF to denote $\infty$ and MINF to denote $-\infty$.'",
    ),
    _c(
        WWL,
        WWL_OSU,
        gold=r"-\infty",
        pred=r"MINF",
        wrap=True,
        expected=True,
        why=r"'Use INF to denote $\infty$ and MINF to denote $-\infty$.'",
    ),
    # IMathAS 5841: oo and -oo for sequences diverging to plus or minus infinity
    _c(
        IMA,
        IMA_5841,
        gold=r"infinity",
        pred=r"oo",
        wrap=True,
        expected=True,
        why="'If it diverges to infinity, state your answer as \"oo\"'",
    ),
    _c(
        IMA,
        IMA_5841,
        gold=r"negative infinity",
        pred=r"-oo",
        wrap=True,
        expected=True,
        why="'If it diverges to negative infinity, state your answer as \"-oo\".'",
    ),
    # pdfedu WeBWorK help on intervals: forms it calls the same
    _c(
        PDE,
        PDE_WW,
        gold=r"(-Inf, Inf)",
        pred=r"R",
        wrap=True,
        expected=True,
        why="'You can use R as a shorthand for all real numbers. So, it is equivalent to "
        "entering (-Inf, Inf).'",
    ),
    _c(
        PDE,
        PDE_WW,
        gold=r"R-{3}",
        pred=r"(-Inf, 3)U(3,Inf)",
        wrap=True,
        expected=True,
        why="'you can use R-{3} or (-Inf, 3)U(3,Inf) since they are the same'",
    ),
    _c(
        PDE,
        PDE_WW,
        gold=r"[1,10)-{3,4}",
        pred=r"[1,3)U(3,4)U(4,10)",
        wrap=True,
        expected=True,
        why="'Similarly, [1,10)-{3,4} is the same as [1,3)U(3,4)U(4,10).'",
    ),
    _c(
        PDE,
        PDE_WW,
        gold=r"{3}",
        pred=r"[3,3]",
        wrap=True,
        expected=True,
        why="'enter it as a one point set such as {3} or as a closed interval such as [3,3]'",
    ),
    # techqa 3626662 and 1496905: sums of series, the asker's form refused
    _c(
        TQA,
        TQA_3626662,
        gold=r"e",
        pred=r"1 + e",
        wrap=True,
        expected=False,
        why="asker: 'Shouldn't it then be $1 + e$, not just $e$?'; answer shows the sum '=e'",
    ),
    _c(
        TQA,
        TQA_1496905,
        gold=r"2\ln 2-1",
        pred=r"\ln2 -1",
        wrap=True,
        expected=False,
        why=r"'as stated, the right hand side should be $2\ln 2-1$, not $\ln2 -1$'",
    ),
    # collegeconfidential 180894: ln(1/2) = -ln(2)
    _c(
        CC,
        CC_180894,
        gold=r"ln(1/2)",
        pred=r"- ln(2)",
        wrap=True,
        expected=True,
        why="'The solution said ln(1/2). = - ln(2)'",
    ),
    # physicsforums 847575: interval of convergence -1 < x < 5
    _c(
        PF,
        PF_847575,
        gold=r"-1 < x < 5",
        pred=r"-5 ≤ x ≤ 5",
        wrap=True,
        expected=False,
        why="student's '-5 ≤ x ≤ 5' (radius mixed up with interval); book: '-1 < x < 5'",
    ),
    _c(
        PF,
        PF_847575,
        gold=r"-1 < x < 5",
        pred=r"-1 ≤ x ≤ 5",
        wrap=True,
        expected=False,
        why="'the endpoints are generally not included ... Are you sure the book did not say "
        "##-1 < x < 5##?' 'You're right, it does say -1 < x < 5.'",
    ),
    # OEIS A013661: Pi^2/6 = zeta(2)
    _c(
        OEIS,
        OEIS_A013661,
        gold=r"Pi^2/6",
        pred=r"zeta(2)",
        wrap=True,
        expected=True,
        why="'Decimal expansion of Pi^2/6 = zeta(2) = Sum_{m>=1} 1/m^2.'",
    ),
    # imathworks: lim (1+1/n)^n is e, not 1
    _c(
        IMW,
        IMW_E,
        gold=r"e",
        pred=r"1",
        wrap=True,
        expected=False,
        why="title 'Why lim (1+1/n)^n Doesn't Evaluate to 1'; the limit '={e}'",
    ),
]
