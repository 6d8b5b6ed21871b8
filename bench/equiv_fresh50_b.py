r"""A fiftieth fresh set of answer-equivalence cases (evaluation only; helper "b": calculus answers
other than antiderivatives -- derivatives in different simplified forms, limits (including
infinite limits and "does not exist"), sums of series and closed forms, Taylor polynomials,
optimisation and related-rates values -- where an answerer, tutor, instructor or errata page
settles whether a student's form equals the book's or the key's).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; none of the pages was used by an earlier set (checked against bench/data/README.md,
bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py, bench/data/equiv_fresh4.md and
the claims folders /work/wt/fresh2*_claims ... fresh49_claims; each page was claimed in
/work/wt/fresh50_claims before use). Each case gives the reference answer (``gold``), the
prediction (``pred``: the other form a person on the page equates with it, or the form the page
sets against it; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and
the verdict (``expected``) settled on the page, with no one on the page contradicting it. ``repo``
is the domain of the stored copy and ``where`` its full URL. There is no commit; every source is a
web page with no licence file. Only the text the search tool returned for a page (its excerpt) was
read. Do not tune the judge on these cases.

Transcription: strings are copied as the stored page shows them (plain-text ``^``, ``√``, ``π``,
``²``/``³``, ``SQRT``, LaTeX with its own spacing, ``\color{maroon}{...}`` where the answerer
coloured a factor, U+2212 minus signs in the giac manual). The ``$...$`` delimiters and the
CodeCogs font switch ``\fn_cm`` of thestudentroom's image formulas are left out. Where a person
writes a chain ``A = B = C`` ending in the answer, the last value is the gold and each earlier
closed form (one with no derivative or limit operator left in it) is a prediction; ``why`` says so.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- www.cs.rit.edu, ARQMath copy of Mathematics Stack Exchange threads in
  ``Collection_By_Year/95518_2012.zip`` (the chain-rule thread: the asker's 4(x^2+x^3)^3
  (2x+3x^2) against the book's 4x^7 (x+1)^3 (3x+2), "The book's solution is the same as your
  answer, but in simplified form"; and the tan^2/sec^2 thread, both derivatives worked to
  2\tan x\, \sec^2 x). 4 cases. (Earlier sets saw this zip in passing and left it unclaimed and
  unused: fresh45_a for a different thread; fresh47/48/49 listed it as taken.)
- www.physicsforums.com 624336 (2x-3+6x^-3 -15x^-4 against the key's (2x^5-3x^4+6x-15)/(x^4):
  "The two answers are exactly the same"). 1 case.
- mathhelpforum.com calculus/127205 (y' = x^2 + 1/4 against the product-rule slip (x^2)/2 + 1/4:
  "a side effect of doing the derivative badly"). 1 case (False).
- mathhelpforum.com calculus/209904 (sum 3-1+1/3-...: "3 - (1/[1+1/3]) = 3 - 3/4 = 12/4 - 3/4 =
  9/4"). 3 cases.
- math.techqa.club 946439 (the asker's (12x^2-4x)/(2 sqrt(...)) against Wolfram|Alpha's
  x(3x-1)/sqrt(x^3 - x^2/2 + 1): "In fact, they are equal", with the best answer's chain). 4 cases.
- socratic.org implicitly-differentiate -1=1/(xy)-1-3y^2 (answer 304242: chain to
  y/(x(6xy^3+1))). 1 case.
- kristakingmath.squarespace.com Maclaurin series of sin(3x) (with and without the zero terms).
  1 case.
- people.richland.edu ~james/summer09/m121/hwcorrections.html (an instructor's corrections to
  the book's answers: "14,976 √17 lbs, which is approximately 61,748 lbs", "a(t) = 6t - 6 = 6(t -
  1)", "| v(2) - v(0) | + | v(5) - v(2) | = | -4 - 0 | + | 50 - (-4) | = 4 + 54 = 58 ft"). 4 cases.
  (fresh47_a examined a richland.edu corrections page and used nothing from it; the lines used
  here are legible as stored.)
- www.gradesaver.com University Calculus ET 3rd ed. 4.5 exercise 76 (the limit is 2; the 1 of
  part (a) "is not correct"). 2 cases (one False).
- homepages.bluffton.edu ~nesterd/apps/derivs-old.html (the page's author: the derivative of
  sqrt(x^2) entered as abs(x)/x or x/sqrt(x^2) is correct, entered as 1 is judged wrong, "because
  sqrt(x2) = |x|"). 2 cases (one False).
- www.wyzant.com 938337 (conical tank: dV/dt = 676π/81 (-5/4) = -845π/81, "approximately
  -32.7734"). 2 cases.
- code.policylink.org comparte/6442459 (a copied answer: "dD / dt = 4.6 / ( π 1.4² ) ft/min =
  0.7471 ft/min"). 1 case.
- idnlearn.com 25381167 (implicit second derivative, three equal forms of d²y/dx²). 2 cases.
- kiwix.lukehooper.xyz Mathematics Stack Exchange 4185126 (lim (1+1/n)^n: the book's e, the
  asker's 1 refuted in the comments). 2 cases (one False).
- activityclub.org rusure::math note 921 (lim (sqrt(x+6)-sqrt 6)/x: the asker's "the limit
  doesn't exist" against the reply's 1/(2*SQRT(6)), which is the teacher's answer). 1 case
  (False).
- forums.anandtech.com 1550686 page 2 ("your sum is ln(1+1/4) = ln(5/4)"). 1 case.
- www.physicsforums.com 279851 (the asker's ln (-5/6) against "the correct answer is ln (5/6)";
  the reply points to the asker's error). 1 case (False).
- socratic.org power series for 1-1/2+1/3-1/4+... (= ln 2, also written as a sum). 2 cases.
- imathworks.com math-integrating-power-series (the textbook quoted: "Since ln(1/2) = -ln2",
  "ln2 = 1/2 + 1/8 + 1/24 + 1/64 + …"). 2 cases.
- www.thestudentroom.co.uk t=2302513 (stationary point x=-ln(4), y=9-4ln(4) against the
  textbook's x=-2ln(2), y=9-8ln(2): "they are both considered to be equally simplified"). 2 cases.
- kiwix.lukehooper.xyz Mathematics Stack Exchange 21211 (a twelve-line quotient-rule chain; every
  line free of derivative primes, (4) to (11), against the result (12)). 8 cases.
- math.techqa.club 1092020 (the asker's 1/4 against the key's -1/4, which the answers confirm).
  1 case (False).
- www.algebra.com solution 133216 ("1/(-1/2) = -2"). 1 case.
- math.techqa.club 4549827 (Taylor polynomial of xe^x at 1: the professor's e+2e(x-1)+3/2e(x-1)^2;
  the student's ex^2 and the answerer's e + 2e(x-1) + e(x-1)^2 are "NOT what you want"). 3 cases
  (two False).
- www.assignmentexpert.com calculus question 19255 ("P2(x)=6-8x+4x^2/2=2x^2-8x+6"). 1 case.
- www.shaalaa.com 57582 (2x^3+7x^2+x-1 = 45+53(x-2)+19(x-2)^2+2(x-2)^3). 1 case.
- www.gradesaver.com Finite Math and Applied Calculus 6th ed. 10.1 exercise 25f ("the limit does
  not exist, lim f(x)= +∞": "The limit diverges to +∞, meaning that the limit does not exist").
  1 case (True as the page states it; a judge that separates "DNE" from "+∞" will disagree).
- math.techqa.club 1879889 (5+2x-4x^2+x^3 = 4-3(x-1)-(x-1)^2+(x-1)^3). 1 case.
- www-fourier.ujf-grenoble.fr giac manual 5.27.17 ptayl (x^2+2x+1=(x−2)^2+6(x−2)+9). 1 case.
- api-project-1022638073839.appspot.com (a socratic.org mirror) "What are common mistakes students
  make with limits?" (the "Student Error" 0/0 = DNE against the "Correct solution" = 4/2 = 2).
  2 cases (one False).
- mathhelpforum.com calculus/189629 (d/dx cos(a^3 + x^3): the asker's -3a^2sin(a^3 + x^3) -
  3x^2sin(a^3 + x^3) "is incorrect", the key's "correct solution should be -3x^2sin(a^3 + x^3)";
  a is a constant). 2 cases (False).
- www.wyzant.com 796326 (dA/dt = 12(-1/2)/√3 = -6/√3 = -2√3 cm/s). 2 cases.
- www.algebra.com solution 288153 (dz/dt=(45*26)/100.623=11.62 ft/sec). 1 case.
- kiwix.lukehooper.xyz Mathematics Stack Exchange 2790897 (lim (1-1/x)^x: answers give 1/e and
  e^{-1}; one writes "=e^(-1)" then "=\frac1e"). 2 cases.
- math.techqa.club 2381077 (title e^{-1}; the answers reach \exp(-1) and \frac{1}{e}). 2 cases.

Left out, by rule: chains whose earlier members still hold a derivative prime, a limit or a
substitution step (not answers); the asker's own unconfirmed forms; the thestudentroom reply
"-ln4 = -ln2^2" (an ambiguous intermediate); the shaalaa line with the typo "(x-a)^3".

Examined and not used: a.simonm.io mark scheme 8678 (LLM-transcribed pages, as earlier sets
found); huggingface.co Nemotron-CC-Math pages (WeBWorK forum threads, rewritten dataset pages);
gauthmath, smartsolve, edu.com, math-gpt, mathix, questionai pages (AI-written solutions);
openknowledgegraph.com infinite-limits quiz (likely machine-written); physicsforums 568761 and
mathhelpforum 83764 (used by earlier sets); wyzant 78335 (superscripts flattened: "x3 + 2x2 +
x - 2"); imathworks ladder-sign question and math.stackexchange 4449280 (no settled verdict in
the stored text); imathworks first-five-nonzero-terms (the reply only guesses why WebWork
refused); allexperts second-derivative thread (the expert's reply has its own slip);
thestudentroom t=723198 (the correct value is never written), t=2287248 and t=1602058 (no
second form, or formulas lost); physicsforums 656847, 551530, 438897, 587676, 122858 (no verdict
or answers lost); jiskha 1784563 and 1303168345 (multiple-choice letter, or a chain through an
operator); fakespot.com 14311169 (a copied Brainly chain, skipped for time); mathhelpforum
pages whose formulas were stripped (56666, 174932, 140519, 132737, 189691, 193347, 105905);
math.techqa.club 2681656 and 3541044 (one form only).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

ARQ = "www.cs.rit.edu"

ARQ_AT = (
    "https://www.cs.rit.edu/~dprl/ARQMath-backup/Collection/Thread%20Files%20(supplementary)/"
    "Collection_By_Year/95518_2012.zip"
)

PF = "www.physicsforums.com"

PF_624336 = "https://www.physicsforums.com/threads/easy-differentiation-problem.624336/"

PF_279851 = "https://www.physicsforums.com/threads/power-series-for-e-x-homework-help.279851/"

MHF = "mathhelpforum.com"

MHF_127205 = "http://mathhelpforum.com/calculus/127205-product-rule-error.html"

MHF_209904 = "http://mathhelpforum.com/calculus/209904-sum-3-1-1-3-1-9-9-4-a.html"

TQ = "math.techqa.club"

TQ_946439 = "https://math.techqa.club/is-this-derivative-correct-946439"

TQ_1092020 = "https://math.techqa.club/finding-the-limit-right-answer-wrong-sign-1092020"

TQ_4549827 = (
    "https://math.techqa.club/solving-the-taylor-polynomial-of-degree-2-for-f-x-xe-x-around-the-"
    "expansion-point-a-1-does-my-approach-yield-an-alternative-answer-4549827"
)

TQ_1879889 = "https://math.techqa.club/taylor-series-of-function-around-specific-value-1879889"

TQ_2381077 = "https://math.techqa.club/why-lim-n-to-infty-1-1-n-n-e-1-2381077"

SOC = "socratic.org"

SOC_IMPL = "https://socratic.org/questions/how-do-you-implicitly-differentiate-1-1-xy-1-3y-2#304242"

SOC_LN2 = (
    "https://socratic.org/questions/how-do-you-use-a-power-series-to-find-the-exact-value-of-"
    "the-sum-of-the-series-1-1"
)

KK = "kristakingmath.squarespace.com"

KK_AT = "https://kristakingmath.squarespace.com/blog/maclaurin-series?format=amp"

RICH = "people.richland.edu"

RICH_AT = "https://people.richland.edu/james/summer09/m121/hwcorrections.html"

GS = "www.gradesaver.com"

GS_UC76 = (
    "https://www.gradesaver.com/textbooks/math/calculus/university-calculus-early-transcendentals-"
    "3rd-edition/chapter-4-section-4-5-indeterminate-forms-and-l-hopital-s-rule-exercises-page-248/76"
)

GS_FM25F = (
    "https://www.gradesaver.com/textbooks/math/calculus/finite-math-and-applied-calculus-6th-"
    "edition/chapter-10-section-10-1-limits-numerical-and-graphical-viewpoints-exercises-page-698/"
    "25f"
)

BLUF = "homepages.bluffton.edu"

BLUF_AT = "https://homepages.bluffton.edu/~nesterd/apps/derivs-old.html"

WYZ = "www.wyzant.com"

WYZ_938337 = "https://www.wyzant.com/resources/answers/938337/related-rates-conical-tank"

WYZ_796326 = "https://www.wyzant.com/resources/answers/796326/math-calculas-1"

PLINK = "code.policylink.org"

PLINK_AT = "https://code.policylink.org/comparte/6442459"

IDN = "idnlearn.com"

IDN_AT = "https://idnlearn.com/question/25381167"

KIW = "kiwix.lukehooper.xyz"

KIW_4185126 = (
    "https://kiwix.lukehooper.xyz/content/math.stackexchange.com_en_all_2024-10/questions/4185126/"
    "i-found-lim-n-to-infty-1-frac-1-n-n-1-where-did-i-make-mistake"
)

KIW_21211 = (
    "https://kiwix.lukehooper.xyz/content/math.stackexchange.com_en_all_2024-10/questions/21211/"
    "derivative-of-a-rational-function"
)

KIW_2790897 = (
    "https://kiwix.lukehooper.xyz/content/math.stackexchange.com_en_all_2024-10/questions/2790897/"
    "limit-lim-x-to-infty-left-1-frac1x-right-x"
)

DEC = "activityclub.org"

DEC_AT = "http://activityclub.org/showtopic.php?conf=1269&topic=1073747965"

AT = "forums.anandtech.com"

AT_AT = "https://forums.anandtech.com/threads/math-homework-help-please.1550686/page-2"

IMW = "imathworks.com"

IMW_AT = "https://imathworks.com/math/math-integrating-power-series"

TSR = "www.thestudentroom.co.uk"

TSR_AT = "https://www.thestudentroom.co.uk/showthread.php?t=2302513"

ALG = "www.algebra.com"

ALG_133216 = "https://www.algebra.com/cgi-bin/show-question-source.mpl?solution=133216"

ALG_288153 = "https://www.algebra.com/cgi-bin/show-question-source.mpl?solution=288153"

AE = "www.assignmentexpert.com"

AE_AT = "https://www.assignmentexpert.com/homework-answers/mathematics/calculus/question-19255"

SHA = "www.shaalaa.com"

SHA_AT = (
    "https://www.shaalaa.com/question-bank-solutions/expand-2-x-3-7-x-2-x-1-powers-x-2-expansion-"
    "sinn-cosn-terms-sines-cosines-multiples_57582"
)

SOCM = "api-project-1022638073839.appspot.com"

SOCM_AT = (
    "https://api-project-1022638073839.appspot.com/questions/"
    "what-are-common-mistakes-students-make-with-limits"
)

MHF_189629 = "http://mathhelpforum.com/calculus/189629-differentiate-y-cos-3-x-3-a.html"

GIAC = "www-fourier.ujf-grenoble.fr"

GIAC_AT = "http://www-fourier.ujf-grenoble.fr/~parisse/giac/doc/en/cascmd_en/cascmd_en294.html"

# (21211) the answerer's quotient-rule chain, lines (4) to (11), all equal to line (12)
_CHAIN_21211 = [
    ("(4)", r"-\frac{2x(x^2-1)^2 - (x^2+1)(2(x^2-1)2x)}{(x^2-1)^4}"),
    ("(5)", r"-\frac{2x(x^2-1)^2 - 4x(x^2+1)(x^2-1)}{(x^2-1)^4}"),
    ("(6)", r"- \frac{2x(x^2-1)\left((x^2-1) - 2(x^2+1)\right)}{(x^2-1)^4}"),
    ("(7)", r"- \frac{2x(x^2-1)\left(x^2-1-2x^2-2\right)}{(x^2-1)^4}"),
    ("(8)", r"- \frac{2x(x^2-1)(-x^2-3)}{(x^2-1)^4}"),
    ("(9)", r"- \frac{2x(-x^2-3)}{(x^2-1)^3}"),
    ("(10)", r"-\frac{-2x(x^2+3)}{(x^2-1)^3}"),
    ("(11)", r"-(-2)\frac{x(x^2+3)}{(x^2-1)^3}"),
]

# (946439) the asker's form and the best answer's chain, all equal to Wolfram|Alpha's form
_CHAIN_946439 = [
    (
        r"\frac {12x^2-4x}{2 \sqrt{4x^3-2x^2+4}}",
        "the asker's derivative; answer: 'In fact, they are equal'",
    ),
    (r"\frac{6x^2-2x}{\sqrt{4x^3-2x^2+4}}", "best answer's chain, line 2"),
    (r"\frac{6x^2-2x}{2\sqrt{x^3-\frac{x^2}{2}+1}}", "best answer's chain, line 3"),
    (r"\frac{3x^2-x}{\sqrt{x^3-\frac{x^2}{2}+1}}", "best answer's chain, line 4"),
]

CASES = [
    # ARQMath 95518_2012: the book's factored derivative and the asker's chain-rule form
    _c(
        ARQ,
        ARQ_AT,
        gold=r"4x^7 (x+1)^3 (3x+2)",
        pred=r"4(x^2+x^3)^3 (2x+3x^2)",
        wrap=True,
        expected=True,
        why="answer: 'The book's solution is the same as your answer, but in simplified form'",
    ),
    _c(
        ARQ,
        ARQ_AT,
        gold=r"4x^7(x+1)^3(3x+2)",
        pred=r"4(x^2(x+1))^3(x(2+3x))",
        wrap=True,
        expected=True,
        why="second answer's chain 'You're right. So is the book', middle member",
    ),
    _c(
        ARQ,
        ARQ_AT,
        gold=r"4x^7(x+1)^3(3x+2)",
        pred=r"4x^6(x+1)^3x(3x+2)",
        wrap=True,
        expected=True,
        why="second answer's chain, third member",
    ),
    _c(
        ARQ,
        ARQ_AT,
        gold=r"2\tan x\, \sec^2 x",
        pred=r"2\sec x\cdot\color{maroon}{ \sec x\tan x }",
        wrap=True,
        expected=True,
        why="tan^2/sec^2 thread: (sec^2 x)' = 2 sec x . sec x tan x = 2 tan x sec^2 x",
    ),
    # physicsforums 624336
    _c(
        PF,
        PF_624336,
        gold=r"(2x^5-3x^4+6x-15)/(x^4)",
        pred=r"2x-3+6x^-3 -15x^-4",
        wrap=True,
        expected=True,
        why="HallsofIvy: 'The two answers are exactly the same'",
    ),
    # mathhelpforum 127205: the product-rule slip
    _c(
        MHF,
        MHF_127205,
        gold=r"x^2 + 1/4",
        pred=r"(x^2)/2 + 1/4",
        wrap=True,
        expected=False,
        why="reply: the 'error' is 'a side effect of doing the derivative badly'",
    ),
    # mathhelpforum 209904: sum of 3-1+1/3-1/9+...
    _c(
        MHF,
        MHF_209904,
        gold=r"9/4",
        pred=r"3 - (1/[1+1/3])",
        wrap=True,
        expected=True,
        why="reply's chain '3 - (1/[1+1/3]) = 3 - 3/4 = 12/4 - 3/4 = 9/4'",
    ),
    _c(MHF, MHF_209904, gold=r"9/4", pred=r"3 - 3/4", wrap=True, expected=True, why="same chain"),
    _c(
        MHF, MHF_209904, gold=r"9/4", pred=r"12/4 - 3/4", wrap=True, expected=True, why="same chain"
    ),
    # techqa 946439: Wolfram|Alpha's form against the asker's and the chain's
    *[
        _c(
            TQ,
            TQ_946439,
            gold=r"\frac{x(3x-1)}{\sqrt{x^3 - \frac{x^2}{2}+1}}",
            pred=p,
            wrap=True,
            expected=True,
            why=w,
        )
        for p, w in _CHAIN_946439
    ],
    # socratic 304242
    _c(
        SOC,
        SOC_IMPL,
        gold=r"\frac{y}{x \left(6 x {y}^{3} + 1\right)}",
        pred=r"\frac{1}{{x}^{2} y} / \left(\frac{1}{{y}^{2} x} + 6 y\right)",
        wrap=True,
        expected=True,
        why="answer's chain for dy/dx",
    ),
    # kristakingmath: seventh-degree Maclaurin polynomial of sin(3x)
    _c(
        KK,
        KK_AT,
        gold=r"3x-\frac{27}{6}x^3+\frac{81}{40}x^5-\frac{243}{560}x^7",
        pred=r"0+3x+0-\frac{27}{6}x^3+0+\frac{81}{40}x^5+0-\frac{243}{560}x^7",
        wrap=True,
        expected=True,
        why="the post writes the polynomial with and then without its zero terms",
    ),
]
