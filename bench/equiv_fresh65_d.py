r"""A sixty-fifth fresh set of answer-equivalence cases (evaluation only; helper "d": trigonometric
equations and identities -- general solutions written as different periodic families (``(2n+1)\pi
\pm \pi/3`` against ``2n\pi \pm 2\pi/3``, ``n\pi + (-1)^n`` forms, a renamed or negated integer
parameter, set-builder and union notation, ``n \in \mathbb Z``), degrees against radians, solutions
restricted to an interval, extraneous roots brought in by squaring, and the principal value of an
inverse sine -- where a person on a Q&A page, a tutor, or an answer key settles whether a form
that differs from the book's, the checker's or another answerer's is the same answer or not).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/, and checked against /work/wt/fresh*_claims/claims.txt; each page was claimed
in /work/wt/fresh65_claims/claims.txt before use). Each case gives the reference answer (``gold``),
the prediction (``pred``: another form the page gives as the same answer, or a form the page
refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and the
verdict (``expected``) settled on the page, with no one on the page contradicting it. ``repo`` is
the domain of the stored copy and ``where`` its full URL. There is no commit; every source is a web
page with no licence file. Only the text the search tool returned for a page (its excerpt) was
read. Do not tune the judge on these cases. Continued in bench/equiv_fresh65_d2.py (same rules;
its sources are listed below too).

Transcription: strings are copied as the stored page shows them (LaTeX as typed by the poster,
including odd forms such as ``sin^-^1(a)``, ``\mathbb{ Z}``, ``\frac \pi 3`` and tinkutara's
``{x}=\frac{{n}\pi}{\mathrm{8}}``; plain text with ``pi``, ``pie``, ``Pi``, ``π``, ``°``, ``·``,
``+-`` and ``^circ``; Socratic's AsciiMath without its ``#`` markers; a Brainly copy's option
spelled out in words, "pi divided by six."). Inline-math delimiters (``$``, ``$$``, eNotes'
backticks) are dropped and the text inside kept. A left side ``x =`` or ``θ=`` is dropped when the
answer is a single right side; it is kept where the answer is itself a list or disjunction of
equations (``x = π/2 and x = π``, ``x=... \vee{x}=...``). Where a page displays one family per line,
the lines are joined with "; " (math.techqa.club 2658354, conceivablytech); rmanhart's ``&&``
alignment markers of an ``align*`` row are each replaced by a space. Readings, each noted in
``why``: the newbetuts angles are in degrees, as the asker's Mathematica output is; the two wyzant
refusals are candidate lists the tutor writes down after squaring and then checks.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- math.techqa.club 2816199 "Are these two solutions of a trigonometric equation both correct?"
  (2 sin^2 x + 3 cos x = 0: the asker's x=(2n+1)\pi \pm \pi/3 and x=2n\pi \pm 2\pi/3; "Obviously,
  your two solutions are equivalent", after a typo fix "both solutions are correct"; a second
  answer's chain of sets ends "The two expressions are exactly the same."). 3 cases.
- news.conceivablytech.com "sin(2x - 60°) = 0.5 for x in [0°, 360°]" (a copy of a Math
  StackExchange thread: the asker's 45°, 135°, 225°, 315°, "some of these may be wrong"; both
  answers give 45°, 105°, 225°, 285°). 1 case (False).
- kiwix.lukehooper.xyz math.stackexchange 2172859 "Why raising both sides of this equation yields
  incorrect results" (√2 sin x - √2 cos x = √3: the squared route's (-1)^{n+1}π/12 + πn/2 is "the
  incorrect solution" with "extra solutions", the correct one ±5π/6 - π/4 + 2πn). 1 case (False).
- newbetuts.com 2024367 "Why squaring the trigonometric equation changes the solution?" (sin α -
  cos α = 1/2: Mathematica's 65.70 and -155.705 against the asker's 24.3; the answer: "Your
  solution 24.3° is to discard"). 1 case (False).
- www.wyzant.com 873634 "Solve sin x - cos x = 1 if 0 ≤ x < 2π" (after squaring, the candidates
  x = 0, π, 2π and x = π/2, 3π/2 are checked; 0, 2π and 3π/2 are "NOT true"; "the answer turns out
  to be x = π/2 and x = π"). 2 cases (False).
- libreddit.marty.tf r/learnmath 1lm0v1f "Need help with solving a trig equation" (tan 3θ =
  cot(-θ): the asker's θ= π/2 n -π/4 against the solution's θ= π/2 n + π/4; "Their n is not the
  same as your n"; "they are the same thing since n takes all integer values"). 2 cases.
- qammunity.org 11253596 (sin(x-3)°/cos(2x+6)° = 1: "x = -99 -n·360 ... Since n can be any
  integer, this can also be written as ... x = 261 + n·360"; the answer 29° + n·120° or 261° +
  n·360° restated as {29, 149, 261, 269} +n·360). 2 cases.
- socratic.org "How do you solve the inverse trig function arcsin (sin 5pi/6)?" (arcsin(sin
  (5pi)/6) = pi/6; "The value (5pi)/6 does not fall into this range."). 1 case (False).
- admin.japansake.or.jp tareasenos/14318289 (a copy of a Brainly thread: cos x = sin 2x on
  [0, 2π), four options written out in words; the answer x = π/6, π/2, 5π/6, 3π/2 picks the
  option "pi divided by six., pi divided by two., five pi divided by six., three pi divided by
  two."). 4 cases (3 False).
- math.techqa.club 2658354 "Solve the trigonometric equation cos(3x) - sin(x) = √3(cos(x) -
  sin(3x))" (the asker's π/12 + πk, π/8 + πk/2 against Wolfram Alpha's three families; the answer:
  π/12 + πk = πn - 11π/12 "⟺ k=n-1" and "there must be mistake in the W.A."). 2 cases (1 False).
- math.techqa.club 1892339 "Show that two sets of solutions are actually identical" (sin x =
  cos 2x: π/6 + 2πn/3 or -π/2 - 2πn against π/6 + 2πn, 5π/6 + 2πn, 3π/2 + 2πn, as the textbook
  asks; the asker's worked answer: "Indeed, both sets are identical."). 1 case.
- www.physicsforums.com thread 616471 "Derivation of formula for general formula of sine
  equations" (the book's x=2nπ + sin^-1(a) and x=(2n+1)π - sin^-1(a), "Alternatively"
  x=nπ + (-1)^n sin^-1(a); micromass: take n even and odd). 1 case.
- www.enotes.com homework-help 292989 (√3 sin x + cos x = 1: "x=0+-2pi,(2pi)/3+-2pi or
  x=0+-360^circ,x=120^circ+-360^circ"). 1 case.
- boredofstudies.org thread 8487 "simple one i cant figure out" (√3 cos x - sin x = 1: the
  auxiliary-angle method's x = 2n(Pi) + Pi/6 OR 2n(Pi) - Pi/2, and after the squaring method the
  same poster's {x| x=-Pi/2 + 2n(Pi) } U {x| x= Pi/6 + 2n(Pi)}). 1 case.
Sources of bench/equiv_fresh65_d2.py:

- glow.fundegar.com "Find, in radians the general solution of cos 3x = sin 5x" (a Math
  StackExchange copy: the asker's π/4(1 - 4n) against the book's π/4(4n + 1), "Is the book
  wrong?"; answers: "writing -kπ or kπ does not change the solution set", π(1-4m)/4 = π(1+4n)/4
  "⟺ m=-n", "No, the two are equivalent."). 3 cases.
- tinkutara.com 2024/05/17 question 207518 (cos x cos 3x = cos 5x cos 7x: the answerer's
  x=(2n+1)π/8 ∨ x=2nπ/8, combined as x=nπ/8). 1 case.
- openstudy.com updates 500fc031 (tan 2x = -cot(x + π/3): a helper's first x = nπ + π/3, "my books
  says it as x = n pie + 5pie/6", "Wait something got wrong", corrected to x = nπ + 5π/6). 2 cases
  (1 False).
- wiki.rmanhart.org math.stackexchange 4294096 "Solve sin 3x = cos 2x" (two answerers, no one
  disputing either: x=(4n+1)π/10 or x=(4n+1)π/2, and x=π/10 + 2kπ/5 OR x=π/2 + 2kπ). 1 case.

30 cases in all (11 False): 23 here (10 False), 7 in bench/equiv_fresh65_d2.py (1 False).

Left out, by rule: candidate values a worker lists and then checks, where the page gives them only
one at a time (boredofstudies 8487's "x=... -Pi/6 , Pi/6, 13Pi/6, 23Pi/6 ..."; enotes 292989's
"x=(2pi)/3 or x=(4pi)/3"); angles given only approximately against an exact form (newbetuts
2024367's "α=2arctan(√7−2)≈65.7°", and its "-155.7° or ≈204.3° if you want a value between 0 and
360", which differ as numbers); the asker's set-builder form in math.techqa.club 3514886 (used
before, and refused only as notation); the sum (π/2)(1 - 4m) = (π/2)(4n + 1) in glow.fundegar's
third answer (a typo for π/4); a third reddit comment on 1lm0v1f (through rl.huuu.biz) that works
tan 3x = cot x, not the asked equation; the helper's intermediate equations in openstudy 500fc031
and tinkutara 207518 (steps, not answers).

Examined and not used: algebra.com, jiskha.com and its mirror askanewquestion.com, and
a.simonm.io (excluded by the brief); science-mathematics.com 201111/19607, imathworks "Solve sin
5x = sin x" and "cos(x)-cos(2x)+cos(3x)=0", web2.0calc "trigonometry-help-please_3",
math.techqa.club 3514886, drift.fundegar.com "Solve tan x = sqrt 3", qammunity 12424002,
chat.pavlok.com 10694823, thestudentroom 1425082, physicsforums 730963, 730974, 466282 and 430602,
mathhelpforum 89670 and 94542, themathdoctors "When your answer doesn't match the book's" (used or
examined by earlier sets); mathskey.com (every formula an empty image); teachoo, byjus, proofwiki,
goprep, philoid, astarmathsandphysics and notes pages (reference statements, one form each);
mathhelpforum 197584 and 207368, thestudentroom 3984117, ib.mycosmic.dev 729 (formulas or
fractions lost in the stored text); thestudentroom 106964 (the thread doubts its mark scheme
without settling it); physicsforums 636640 and 710700 (no full solution set stated), 703025 (the
book's answer not in the stored text), 791150 (general advice on ranges), 408445 (unsettled);
math.stackexchange 2611136 (the teacher's full list is not written out); kiwix 3900295 and
newbetuts 201399 (answers cut off in the stored excerpt); mathematicalcrap.com MitPY 13 (the forms
are in an attached PDF); socratic tan^-1(-1) and arcsin(cos 5pi/6), socratic.com sin^-1(sin 5pi/6)
(answers on the page, or on its sibling page, contradict each other); shaalaa tan^-1(-1) (misprinted
"pi/4"); mathhelpforum 93313 and socratic "tan2x=cotx" (the key and a reply disagree on x = π/2 +
kπ); meritnation 1142305 (answers disagree); vespr "solve-the-equation" (an interval answer
outside its interval); goteaching 24348328 and wyzant 934407 (wrong periods or values); enotes
230701 (two answers never compared); mathdb.org "About General Solutions of Trigonometry" (no reply
stored); wyzant 237477, 772932, mytutor.co.uk and socratic single-form answers; smartsolve,
gauthmath, corca.app, solveeit, doubts.ai, edu.com, atlas.org, studyquestionhub, mathix,
questionai, studdyai, collegedunia, vidyadip, ohhaskme, istopdeath and mathway pages (machine-
written or generated answers); brainly.in 32332 (a Brainly answer of unclear authorship, one form).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

TQ = "math.techqa.club"
TQ_2816 = (
    "https://math.techqa.club/are-these-two-solutions-of-a-trigonometric-equation-both-correct"
    "-2816199"
)
TQ_2658 = (
    "https://math.techqa.club/solve-the-trigonometric-equation-cos-3x-sin-x-sqrt-3-cos-x-sin-3x"
    "-2658354"
)
TQ_1892 = "https://math.techqa.club/show-that-two-sets-of-solutions-are-actually-identical-1892339"
CT = "news.conceivablytech.com"
CT_SIN = "https://news.conceivablytech.com/sin-2x-60-circ-0-5-for-x-in-0-circ-360-circ.html"
KIW = "kiwix.lukehooper.xyz"
KIW_2172 = (
    "https://kiwix.lukehooper.xyz/content/math.stackexchange.com_en_all_2024-10/questions/2172859/"
    "why-raising-both-sides-of-this-equation-yields-incorrect-results"
)
NB = "newbetuts.com"
NB_2024 = (
    "https://newbetuts.com/2024367-why-squaring-the-trigonometric-equation-changes-the-solution"
)
WYZ = "www.wyzant.com"
WYZ_873 = "https://www.wyzant.com/resources/answers/873634/solve-sin-x-cos-x-1-if-0-x-2"
RED = "libreddit.marty.tf"
RED_1LM = (
    "https://libreddit.marty.tf/r/learnmath/comments/1lm0v1f/"
    "need_help_with_solving_a_trig_equation/"
)
QAM = "qammunity.org"
QAM_112 = "https://qammunity.org/11253596"
SOC = "socratic.org"
SOC_ASIN = (
    "https://socratic.org/questions/how-do-you-solve-the-inverse-trig-function-arcsin-sin-5pi-6"
)
JAP = "admin.japansake.or.jp"
JAP_143 = "https://admin.japansake.or.jp/tareasenos/14318289"
PF = "www.physicsforums.com"
PF_616 = (
    "https://www.physicsforums.com/threads/derivation-of-formula-for-general-formula-of-sine-"
    "equations.616471/"
)
EN = "www.enotes.com"
EN_292 = "https://www.enotes.com/homework-help/3-sin-x-cosx-1-292989"
BOS = "boredofstudies.org"
BOS_8487 = "https://boredofstudies.org/threads/simple-one-i-cant-figure-out.8487"
GF = "glow.fundegar.com"
GF_C3S5 = "https://glow.fundegar.com/find-in-radians-the-general-solution-of-cos-3x-sin-5x.html"
TK = "tinkutara.com"
TK_207 = "https://tinkutara.com/2024/05/17/cosx-cos3x-cos5x-cos7x-x"
OS = "openstudy.com"
OS_500 = "http://openstudy.com/updates/500fc031e4b009397c67bc7f"
RM = "wiki.rmanhart.org"
RM_4294 = (
    "https://wiki.rmanhart.org/math.stackexchange.com_en_all_2024-05/questions/4294096/"
    "solve-sin-3x-cos-2x"
)

CASES = [
    # math.techqa.club 2816199: 2 sin^2 x + 3 cos x = 0, two general solutions both correct
    _c(
        TQ,
        TQ_2816,
        gold=r"(2n+1)\pi \pm \pi/3",
        pred=r"2n\pi \pm 2\pi/3",
        wrap=True,
        expected=True,
        why="'Obviously, your two solutions are equivalent' ... 'both solutions are correct'",
    ),
    _c(
        TQ,
        TQ_2816,
        gold=r"\{(2n+1)\pi \pm \frac \pi 3|n\in \mathbb Z\}",
        pred=r"\{2n\pi \pm \frac {2\pi}3|n \in \mathbb Z\}",
        wrap=True,
        expected=True,
        why="second answer's chain of sets: 'The two expressions are exactly the same.'",
    ),
    _c(
        TQ,
        TQ_2816,
        gold=r"\{(2n+1)\pi \pm \frac \pi 3|n\in \mathbb Z\}",
        pred=r"\{2n\pi + \frac {2\pi}3; (2n+1)\pi + \frac \pi 3| n \in \mathbb Z\}",
        wrap=True,
        expected=True,
        why="first '=' step of the second answer's chain of equal sets",
    ),
    # news.conceivablytech.com: sin(2x - 60°) = 0.5 on [0°, 360°]
    _c(
        CT,
        CT_SIN,
        gold=r"45°,225°; 105°,285°",
        pred=r"45^\circ, 135^\circ, 225^\circ, 315^\circ",
        wrap=True,
        expected=False,
        why="asker: 'some of these may be wrong'; both answers find x = 45°, 105°, 225°, 285°",
    ),
    # kiwix math.stackexchange 2172859: squaring brings in extra solutions
    _c(
        KIW,
        KIW_2172,
        gold=r"\pm\frac{5\pi}{6} - \frac{\pi}{4} + 2\pi n, where n \in\mathbb {Z}",
        pred=r"(-1)^{n+1}\frac{\pi}{12}+\frac{\pi n}{2}, where n \in\mathbb {Z}",
        wrap=True,
        expected=False,
        why="'Here's the incorrect solution' (squared; 'extra solutions for x appeared') vs "
        "'Here's the correct solution'",
    ),
    # newbetuts 2024367: sin α - cos α = 1/2 (angles in degrees)
    _c(
        NB,
        NB_2024,
        gold=r"65.70 and -155.705",
        pred=r"24.3",
        wrap=True,
        expected=False,
        why="Mathematica: α = 65.70 and α = -155.705; answer: 'Your solution 24.3° is to discard'",
    ),
    # wyzant 873634: sin x - cos x = 1 on [0, 2π), candidates after squaring
    _c(
        WYZ,
        WYZ_873,
        gold=r"x = π/2 and x = π",
        pred=r"x = 0, π, and 2π",
        wrap=True,
        expected=False,
        why="'For x = 0 ... NOT true', 'For x = 2π ... NOT true'; 'the answer turns out to be "
        "x = π/2 and x = π'",
    ),
    _c(
        WYZ,
        WYZ_873,
        gold=r"x = π/2 and x = π",
        pred=r"x = π/2 and 3π/2",
        wrap=True,
        expected=False,
        why="'For x = 3π/2: ... is NOT true'; 'the answer turns out to be x = π/2 and x = π'",
    ),
    # libreddit r/learnmath 1lm0v1f: tan 3θ = cot(-θ), renamed integer
    _c(
        RED,
        RED_1LM,
        gold=r"π/2 n + π/4",
        pred=r"π/2 n -π/4",
        wrap=True,
        expected=True,
        why="peterwhy: 'Their n is not the same as your n ... let n = m + 1' gives π / 2 m + π / 4",
    ),
    _c(
        RED,
        RED_1LM,
        gold=r"nπ/2+π/4",
        pred=r"nπ/2-π/4",
        wrap=True,
        expected=True,
        why="rhodiumtoad: 'they are the same thing since n takes all integer values'",
    ),
    # qammunity 11253596: sin(x-3)° = cos(2x+6)°, degrees with n·360
    _c(
        QAM,
        QAM_112,
        gold=r"261 + n·360",
        pred=r"-99 -n·360",
        wrap=True,
        expected=True,
        why="'Since n can be any integer, this can also be written as ... x = 261 + n·360'",
    ),
    _c(
        QAM,
        QAM_112,
        gold=r"29° + n·120° . . . or . . . 261° +n·360°",
        pred=r"{29, 149, 261, 269} +n·360",
        wrap=True,
        expected=True,
        why="'Possible values of x include {29, 149, 261, 269} +n·360 for any integer n.'",
    ),
    # socratic: arcsin(sin(5pi/6)), principal value
    _c(
        SOC,
        SOC_ASIN,
        gold=r"pi/6",
        pred=r"(5pi)/6",
        wrap=True,
        expected=False,
        why="'The value (5pi)/6 does not fall into this range.' ... 'arcsin(sin((5pi)/6)) = pi/6'",
    ),
    # admin.japansake.or.jp 14318289 (Brainly copy): cos x = sin 2x on [0, 2π), options in words
    _c(
        JAP,
        JAP_143,
        gold=r"x = π/6, π/2, 5π/6, 3π/2",
        pred=r"pi divided by six., pi divided by two., five pi divided by six., three pi "
        r"divided by two.",
        wrap=True,
        expected=True,
        why="answer 'x = π/6, π/2, 5π/6, 3π/2' is this option, written out in words",
    ),
    _c(
        JAP,
        JAP_143,
        gold=r"x = π/6, π/2, 5π/6, 3π/2",
        pred=r"pi divided by two., three pi divided by two.",
        wrap=True,
        expected=False,
        why="option lacking the 1 - 2 sin x = 0 roots; 'The total solution is: x = π/6, π/2, "
        "5π/6, 3π/2'",
    ),
    _c(
        JAP,
        JAP_143,
        gold=r"x = π/6, π/2, 5π/6, 3π/2",
        pred=r"0, π",
        wrap=True,
        expected=False,
        why="option not among 'The total solution is: x = π/6, π/2, 5π/6, 3π/2'",
    ),
    _c(
        JAP,
        JAP_143,
        gold=r"x = π/6, π/2, 5π/6, 3π/2",
        pred=r"0, pi divided by six, five pi divided by six., π",
        wrap=True,
        expected=False,
        why="option with 0 and π, not in 'The total solution is: x = π/6, π/2, 5π/6, 3π/2'",
    ),
    # math.techqa.club 2658354: the asker's families against Wolfram Alpha's
    _c(
        TQ,
        TQ_2658,
        gold=r"\dfrac\pi{12}+\pi k",
        pred=r"\pi n-\dfrac{11\pi}{12}",
        wrap=True,
        expected=True,
        why="answer: '\\dfrac\\pi{12}+\\pi k=\\pi n-\\dfrac{11\\pi}{12} \\iff k=n-1'",
    ),
    _c(
        TQ,
        TQ_2658,
        gold=r"x=\frac {\pi}{12}+\pi k, k\in\mathbb{Z}; x=\frac {\pi}{8}+\frac {\pi k}{2}, "
        r"k\in\mathbb{Z}",
        pred=r"x = \pi n - \frac {11 \pi}{12}, n \in \mathbb{ Z}; x = \pi n - \frac {7 \pi}{12}, "
        r"n \in \mathbb{ Z}; x = \pi n - \frac {3 \pi}{12}, n \in \mathbb{ Z}",
        wrap=True,
        expected=False,
        why="W.A.'s three families against the asker's: 'So, there must be mistake in the W.A. "
        "unless there is some typo in your input'",
    ),
    # math.techqa.club 1892339: sin x = cos 2x, two solution sets shown identical
    _c(
        TQ,
        TQ_1892,
        gold=r"x = \pi/6 + 2\pi n or x = 5\pi/6 + 2\pi n or x = 3\pi/2 + 2\pi n",
        pred=r"x = \pi/6 + 2\pi n/3 or x = -\pi/2 - 2\pi n",
        wrap=True,
        expected=True,
        why="textbook: 'Show that these two sets of solutions are actually identical'; "
        "'Indeed, both sets are identical.'",
    ),
    # physicsforums 616471: the book's two sine families and the (-1)^n form
    _c(
        PF,
        PF_616,
        gold=r"n\pi + (-1)^nsin^-^1(a)",
        pred=r"x=2n\pi + sin^-^1(a) and x=(2n+1)\pi - sin^-^1(a)",
        wrap=True,
        expected=True,
        why="book gives the two families, 'Alternatively x=n\\pi + (-1)^nsin^-^1(a)'; "
        "micromass: take n even and odd",
    ),
    # enotes 292989: √3 sin x + cos x = 1, radians and degrees
    _c(
        EN,
        EN_292,
        gold=r"x=0+-2pi,(2pi)/3+-2pi",
        pred=r"x=0+-360^circ,x=120^circ+-360^circ",
        wrap=True,
        expected=True,
        why="'So the solutions are given by x=0+-2pi,(2pi)/3+-2pi or x=0+-360^circ,"
        "x=120^circ+-360^circ'",
    ),
    # boredofstudies 8487: √3 cos x - sin x = 1 by two methods
    _c(
        BOS,
        BOS_8487,
        gold=r"x = 2n(Pi) + Pi/6 OR 2n(Pi) - Pi/2",
        pred=r"{x| x=-Pi/2 + 2n(Pi) } U {x| x= Pi/6 + 2n(Pi)}",
        wrap=True,
        expected=True,
        why="same poster: 'The good method' gives the first; after the squaring method and "
        "checking, 'the solutions are' the union",
    ),
]
