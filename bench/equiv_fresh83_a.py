r"""An eighty-third fresh set of answer-equivalence cases (evaluation only; helper "a":
inequality and interval answers -- an inequality against its interval and set-builder forms
(``x > 3``, ``(3, ∞)``, ``{x | x > 3}``), the variable written on the right (``3 < x``),
compound and double inequalities, unions of intervals and "all real numbers except 2", typed
homework-system forms (``(-inf,inf)``, ``R``, ``(-oo,-2)uu(2,oo)``), verbal descriptions of a set
on the number line, and refused forms: a reversed or miscomputed inequality, an interval written
backwards, and multiple-choice inequalities that do not describe the same set -- where a lesson, a
homework system's help file, a teacher's game or a Q&A thread settles which forms are the same
answer and which are not).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/ and in the claims files /work/wt/fresh*_claims/claims.txt; each page was
claimed in /work/wt/fresh83_claims/claims.txt before use). Each case gives the reference answer
(``gold``), the prediction (``pred``: another form the page gives as the same answer, or a form
the page refuses) and the verdict (``expected``) settled on the page, with no one on the page
contradicting it. ``wrap`` is True for bare answers (put in ``\boxed{}``); it is False once, for
the mathhelpforum asker's own sentence "x can be all numbers except x=2". ``repo`` is the domain
of the stored copy (for the proxied GitHub file, the proxy's domain) and ``where`` its full URL.
There is no commit; every source is a web page with no licence file. Only the text the search tool
returned for a page (its excerpt) was read. Do not tune the judge on these cases. Continued in
bench/equiv_fresh83_a2.py and bench/equiv_fresh83_a3.py (same rules; their sources are listed
below too).

Transcription: strings are copied as the stored page shows them -- unicode kept ("−∞" with the
minus sign U+2212 on practicealgebra, "≤", "∞"), typed forms kept as typed ("<=", "inf",
"infinity", "U", socratic's AsciiMath "uu", "vv", "oo"), LaTeX kept as LaTeX (``\lt``, ``\le``,
``\lbrace``, ``\mathbf{R} \backslash``). Math delimiters are dropped: ``$ $`` and ``$$ $$``
(gradesaver, physicsforums, minireference, imathworks, techqa), socratic's ``# #``, the
``[tex] [/tex]`` tags of the Brainly copy on indextestingapp, and on mathhelpforum the
``$\displaystyle \displaystyle \begin{align*} ... \end{align*}$`` wrapper around each form (the
LaTeX inside kept); a trailing comma or full stop after a displayed formula is dropped. Readings,
each noted in ``why``: mammothmemory writes AsciiMath source with an escape, ``5<\x``, read as
"5<x"; physicsforums' third line misprints "(a, b)" for the half-open interval whose set it writes
as {x| a< x≤ b}, and the poster's own closing line "HOI certainly means (a,b]" supplies the gold;
where a multiple-choice thread (beatthegmat) gives one answer, the answer is the gold and each
other choice the thread eliminates, or that its key ("Answer: B") excludes, a False case.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- mathhelpforum.com 213284 ("X can be all numbers, except 2": the asker's "x can be all numbers
  except x=2", and the answer "I agree with yours. Other ways to write it include x ∈ R\{2} or
  x ∈ (-∞,2)∪(2,∞)"). 2 cases.
- gradesaver.com Blitzer Precalculus 6e, 2.7 p415 no. 107 ("the solutions are all real numbers
  except $x=2$, or in interval notation, $(-\infty,2)\cup(2,\infty)$"). 1 case.
- mammothmemory.net "inequalities-where-x-is-on-the-right" ("5<x ... Is the same as x>5"). 1 case.
- www.physicsforums.com showthread p=4604131 (a helper on interval notation: "(a, b) ... can also
  be written as {x| a< x< b}", likewise [a, b), (a,b] and [a, b]). 4 cases.
- www.mathwords.com "s/set_builder_notation.htm" ("{x: x ≠ 3} the set of all real numbers except
  3", "{x | x < 5} the set of all real numbers less than 5", {x : x > 0} read "exactly the same
  way" as {x | x > 0}). 4 cases.
- www.gradesaver.com College Algebra 10e, 1.5 p127 no. 10 ("$(2,5]$ is an interval,
  $2 \lt x \leq 5$"). 1 case.
- practicealgebra.net "about/interval.html" (a table "If you mean: | Then write:" from
  "3 < x < 5 | (3, 5)" to "x ≤ 5 | (−∞, 5]"). 8 cases.

Sources of bench/equiv_fresh83_a2.py:

- mukagile.store, a proxied copy of GitHub drjt/webwork2 htdocs/helpFiles/Entering-Inequalities.html
  (WeBWorK's help: "R is the same as -inf < x < inf or (-inf,inf)", "NONE or a pair of curly
  braces {} means the empty set", table rows "x<2 | (-infinity,2)", "x>2 | (2,infinity)"). 5 cases.
- minireference.com "math/inequalities" ("The answer is the interval
  $[1,5] \equiv \{ x\in \mathbb{R}\ | \ 1 \leq x \leq 5 \}$"). 1 case.
- imathworks.com "math-notation-for-domain-with-discontinuities" (a Math StackExchange copy: the
  teacher's domain as a union of four open intervals; the answer's "{x∈R | x∉{-3,-1,2}}, which
  is exactly what you were trying to express" and "x∈R∖{-3,-1,2}"). 2 cases.
- indextestingapp.uonbi.ac.ke preguntia 10888601 (a Brainly copy: "the set of points from -6 to 3
  but excluding -2 and 3 as a union of intervals ... [-6,-2)U(-2,3)"). 1 case.
- math.techqa.club 990985 (a Math StackExchange copy: $\mathbb{R} \setminus\{3\}$ and
  $\mathbb{R}\setminus\{2\}$ are "Every real number except $3$, every real number except $2$").
  2 cases.
- mathforum.org drmath 53050 (Doctor Mark: "If a < x <= b, you write (a, b]" and the other three
  bounded cases). 4 cases.
- www.forclassmates.com topic 72 text page 495 ("the interval (1,5) is written correctly, but the
  interval (5,1) is wrong"). 1 case (False).
- socratic.org "how do solve x^2>4 and write the answer as a inequality and interval notation"
  (two answers: "x<-2 or x>2", "(-oo,-2)uu(2,oo)", "x < -2 vv x > 2", "x in (-oo, -2) uu (2, oo)").
  3 cases.
- math.techqa.club 1651833 (|x^2| < 9: the asker's "x ∈ (-3,3) ... It means -3 < x < 3"; the
  answer "What you did is correct"). 1 case.
- www.shmoop.com equations-inequalities "equal-inequalities-examples" ("x ≥ 3 and 3 ≤ x are
  equivalent"). 1 case.
- www.gradesaver.com Elementary and Intermediate Algebra 6e, p201 no. 76 ("$3 \le x$ ... Thus,
  $x\ge 3$ is equivalent to $3 \le x$"). 1 case.

Sources of bench/equiv_fresh83_a3.py:

- jeopardylabs.com "play/linear-inequalities-125" (a teacher's game: "Find the Mistake" cards
  "x+3<10 x<7 Final answer: x>7" -> "Final inequality sign is reversed incorrectly" and
  "3x−6≤9 3x≤3 x≤1" -> "Computation error: x≤5"; "All numbers between 2 and 6, including 2 but not
  6" -> "2≤x<6"). 3 cases (2 False).
- www.cpalms.org formative assessment 69343 ("5 > x ... rewrite the inequality in an equivalent
  form (e.g., as x < 5)"). 1 case.
- answer.ya.guru 1660902 (a tutor's examples: "6 <= x <= 10 Interval: [6, 10]", "5 <= x < 20
  Interval: [5, 20)", "x >= 7 Interval: [7, ∞)", "all real numbers ... (-∞, ∞)"). 5 cases.
- quizlet.com 6361512 (flash cards: "[a,∞) consists of all real numbers x for which x≥a", and
  (a,∞), (-∞,a], (-∞,a)). 4 cases.
- www.studypool.com discuss 1162262 ("Solutions are -1<x and x<3 joining gives -1 <x<3"). 1 case.
- www.eductify.com math-tests 49 inequalities p-aa21 ("[2, ∞) is the interval of real numbers
  greater or equal to 2"). 1 case.
- www.beatthegmat.com t=278250 ("Which of the following inequalities is equivalent to - 2 < x < 4
  ?": Brent's "(A) |x − 2| < 4 ... -2 < x < 6 Doesn't match. ELIMINATE A", "(B) |x − 1| < 3 ...
  Perfect match! Answer: B"). 5 cases (4 False).
- www.beatthegmat.com t273432 ("If |2x - 3| < 11, which of the following expresses all possible
  values of x? A: -7 < x < 4 B: -4 < x < 7 ... Eliminate A. The correct answer is B."). 1 case
  (False).
- www.beatthegmat.com t101477 (x between -1 and 5: choices A to D each eliminated by a test
  value, "The correct answer is E", |x - 2| < 3). 4 cases (4 False).

68 cases in all (12 False): 21 here (none False), 22 in bench/equiv_fresh83_a2.py (1 False), 25
in bench/equiv_fresh83_a3.py (11 False).

Left out, by rule: refusals that are only about notation or wording when the value is the same
(mathhelpforum 213284's teacher sentence "x can be all numbers except x≠2", faulted only as
ungrammatical; imathworks' "{x∈R, x≠[-3,-1,2]}", refused because x cannot equal a list, the
precedent of the earlier sets for "x = {1,2}"); forms a page misprints or its own answers
contradict (answer.ya.guru 1660902's "x < - 5 Interval: (-∞, 5)"; wyzant 856025's "x < -5 or x > 9"
written "(-inf, -5] U [9, inf)"; qammunity 2289107 and its uonbi copy 24263498, whose boxed
"(-\infty,2)\cup[3,\infty)" drops the sign of -2; socratic's "(-∞, -3) U (-3, ∞)" rewritten "x < -3
AND x > -3 or -3 < x < -3"; the Romanian wixlearning "x ≠ 2 sau x ≠ -2"); problem statements that
are conditions rather than a second form of the answer (beatthegmat t273432's |2x - 3| < 11 against
its answer B); jeopardylabs cards whose correct answer the card does not write ("−2x>8 x>−4 Forgot
to flip", "−x<−3 x<3 Did not flip") and its integer-value card, whose text is garbled; solving
steps that pair a problem with its answer rather than two forms of one answer (jeopardylabs' "−2x>6
x<−3", mathskey and vaia step lists); mathrec.org's typed-entry instruction, whose "(infinity,2]"
lost its minus sign; forclassmates' "(−2; 3>" style notation, which it gives no second form of.

Examined and not used: a.simonm.io mark schemes and algebra.com and jiskha.com answers (excluded by
the brief); WeBWorK's IntervalNotation help in all its copies (webwork.math.ucdavis.edu help file
and wiki, webwork.maa.org viewvc and wiki), wwrenderer.libretexts.org mat106prob3,
help.varsitylearning.com intervals, imathas.libretexts.org embedq2 53, sourceforge openwebwork
24825456, socratic 474857, math.techqa.club 897686, qammunity 9532540, 2545547, grupopedia
20108042, ja3.jsfiddle 11740699, scribd 685337240, gmatclub 224406 and the cs.rit.edu
ARQMath 95518_2012 file (used or claimed by earlier sets); content.one.lumenlearning.com,
pengi.ai, senseofstudy, we-jia.com, vaia, studyquestionhub, studysmarter, questionai, gauthmath,
smartsolve, mathix, corca, askanewquestion, sorumatik, learnexams, pearson channels, tutorela,
mysovi, studyx, calculator.city, winenfood, ibacana, htuse, crescendo-venture, flyriver and
hotelsabruzzo/ptcouncil content-farm copies (machine-written or AI answers); hardycalculus.com
IE_interval (the same four bounded-interval pairs as drmath 53050, not repeated); mathskey.com,
coolmath set-builder and libretexts "Interval Notation and Infinity" (symbols lost in the stored
text); quizizz, regentsprep, mcqmojo and senore quizzes (no key in the stored text); wyzant 470547
and reddit askmath 1ioi0ky (no answer form settled in the excerpt); gradesaver Elementary Algebra
concept quiz 4.4 no. 7 ("False" to a statement the page does not show); eductify's other copy of
the same note; vividmath compound inequalities (rewrites an empty "and" as "3 < x ≤ 1");
archive.laminart 860020 (its two answers disagree); beatthegmat t273432's D and E choices (the
question stem for them is not in the excerpt).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

MHF = "mathhelpforum.com"
MHF_213 = "http://mathhelpforum.com/algebra/213284-how-would-you-write.html"
GSV = "gradesaver.com"
GSV_BL107 = (
    "https://gradesaver.com/textbooks/math/precalculus/precalculus-6th-edition-"
    "blitzer/chapter-2-section-2-7-polynomial-and-rational-inequalities-exercise-set-"
    "page-415/107"
)
MAM = "mammothmemory.net"
MAM_XR = (
    "https://mammothmemory.net/maths/algebra/inequalities/inequalities-where-x-is-on-the-right.html"
)
PF = "www.physicsforums.com"
PF_4604 = "http://www.physicsforums.com/showthread.php?s=5add8a1cdb63e417e61690475a249f34&p=4604131"
MWD = "www.mathwords.com"
MWD_SB = "http://www.mathwords.com/s/set_builder_notation.htm"
GSVW = "www.gradesaver.com"
GSVW_CA10 = (
    "https://www.gradesaver.com/textbooks/math/algebra/college-algebra-10th-edition/"
    "chapter-1-section-1-5-solving-inequalities-1-5-assess-your-understanding-page-"
    "127/10"
)
GSVW_EI76 = (
    "https://www.gradesaver.com/textbooks/math/algebra/elementary-and-intermediate-"
    "algebra-concepts-and-applications-6th-edition/chapter-3-introduction-to-"
    "graphing-3-5-slope-3-5-exercise-set-page-201/76"
)
PAL = "practicealgebra.net"
PAL_INT = "http://practicealgebra.net/about/interval.html"
MUK = "mukagile.store"
MUK_EI = (
    "https://mukagile.store/mastah-kampret/2ETbvNmLiVHa0l2Z6MHc0/drjt/webwork2/blob/"
    "master/htdocs/helpFiles/Entering-Inequalities.html"
)
MRF = "minireference.com"
MRF_INEQ = "https://minireference.com/math/inequalities"
IMW = "imathworks.com"
IMW_DOM = "https://imathworks.com/math/math-notation-for-domain-with-discontinuities"
ITA = "indextestingapp.uonbi.ac.ke"
ITA_108 = "https://indextestingapp.uonbi.ac.ke/preguntia/10888601"
TQA = "math.techqa.club"
TQA_990 = (
    "https://math.techqa.club/clarification-of-the-notation-f-mathbb-r-setminus-3-to-"
    "mathbb-r-setminus-2-990985"
)
TQA_165 = "https://math.techqa.club/basic-question-x-2-9-1651833"
DRM = "mathforum.org"
DRM_530 = "http://mathforum.org/library/drmath/view/53050.html"
FCM = "www.forclassmates.com"
FCM_495 = "https://www.forclassmates.com/es/content/topics/72/browse/text-pages/495"
SOC = "socratic.org"
SOC_X24 = (
    "https://socratic.org/questions/how-do-solve-x-2-4-and-write-the-answer-as-a-"
    "inequality-and-interval-notation"
)
SHM = "www.shmoop.com"
SHM_EQ = "http://www.shmoop.com/equations-inequalities/equal-inequalities-examples.html"
JLB = "jeopardylabs.com"
JLB_125 = "https://jeopardylabs.com/play/linear-inequalities-125"
CPA = "www.cpalms.org"
CPA_693 = "https://www.cpalms.org/Public/PreviewResourceAssessment/Preview/69343"
AYG = "answer.ya.guru"
AYG_166 = "https://answer.ya.guru/questions/1660902-what-is-the-slope-of-the-line.html"
QZL = "quizlet.com"
QZL_636 = "http://quizlet.com/6361512/chapter-21-flash-cards/"
STP = "www.studypool.com"
STP_116 = "https://www.studypool.com/discuss/1162262/how-can-you-solve-a-compound-inequality?free"
EDU = "www.eductify.com"
EDU_49 = (
    "https://www.eductify.com/en/math-tests/49/inequalities/p-aa21/choose-the-"
    "correct-interval-that-best-describes-graph"
)
BTG = "www.beatthegmat.com"
BTG_278 = "https://www.beatthegmat.com/viewtopic.php?t=278250&view=next"
BTG_273 = "https://www.beatthegmat.com/bodmas-t273432.html?view=previous"
BTG_101 = "https://www.beatthegmat.com/inequality-values-t101477.html"

CASES = [
    # mathhelpforum 213284: ways to write 'x can be all numbers, except 2'
    _c(
        MHF,
        MHF_213,
        gold=r"x \in \mathbf{R} \backslash \{ 2 \}",
        pred=r"x \in (-\infty, 2) \cup (2, \infty)",
        wrap=True,
        expected=True,
        why="'Other ways to write it include x ∈ R\\{2} or x ∈ (-∞,2)∪(2,∞)'",
    ),
    _c(
        MHF,
        MHF_213,
        gold=r"x \in \mathbf{R} \backslash \{ 2 \}",
        pred=r"x can be all numbers except x=2",
        wrap=False,
        expected=True,
        why=(
            "asker: 'I would write: x can be all numbers except x=2'; answer: 'I "
            "agree with yours. Other ways...'"
        ),
    ),
    # gradesaver Blitzer Precalculus 6e, 2.7 p415 no. 107: all reals except 2
    _c(
        GSV,
        GSV_BL107,
        gold=r"(-\infty,2)\cup(2,\infty)",
        pred=r"all real numbers except x=2",
        wrap=True,
        expected=True,
        why=(
            "'the solutions are all real numbers except $x=2$, or in interval "
            "notation, $(-\\infty,2)\\cup(2,\\infty)$'"
        ),
    ),
    # mammothmemory: x on the right of the inequality
    _c(
        MAM,
        MAM_XR,
        gold=r"x>5",
        pred=r"5<x",
        wrap=True,
        expected=True,
        why=("'Therefore 5<x Is the same as x>5' (AsciiMath source `5<\\x`, read as 5<x)"),
    ),
    # physicsforums p=4604131: interval notation and set-builder notation
    _c(
        PF,
        PF_4604,
        gold=r"(a, b)",
        pred=r"\{x| a< x< b\}",
        wrap=True,
        expected=True,
        why="'(a, b) means ... It can also be written as {x| a< x< b}'",
    ),
    _c(
        PF,
        PF_4604,
        gold=r"[a, b)",
        pred=r"\{x| a\le x< b\}",
        wrap=True,
        expected=True,
        why="'[a, b) means ... It can also be written as {x| a≤ x< b}'",
    ),
    _c(
        PF,
        PF_4604,
        gold=r"(a,b]",
        pred=r"\{ x| a< x\le b\}",
        wrap=True,
        expected=True,
        why=(
            "third line misprints '(a, b) means ... and the number b ... {x| a< x≤ "
            "b}'; the poster: 'HOI certainly means (a,b]'"
        ),
    ),
    _c(
        PF,
        PF_4604,
        gold=r"[a, b]",
        pred=r"\{x| a\le x\le b\}",
        wrap=True,
        expected=True,
        why="'[a, b] means ... It can also be written as {x| a≤ x≤ b}'",
    ),
    # mathwords set-builder notation
    _c(
        MWD,
        MWD_SB,
        gold=r"{x: x ≠ 3}",
        pred=r"the set of all real numbers except 3",
        wrap=True,
        expected=True,
        why="Examples: '{x: x ≠ 3} the set of all real numbers except 3'",
    ),
    _c(
        MWD,
        MWD_SB,
        gold=r"{x | x < 5}",
        pred=r"the set of all real numbers less than 5",
        wrap=True,
        expected=True,
        why="Examples: '{x | x < 5} the set of all real numbers less than 5'",
    ),
    _c(
        MWD,
        MWD_SB,
        gold=r"{x : x > 0}",
        pred=r"{x | x > 0}",
        wrap=True,
        expected=True,
        why=(
            "'read aloud exactly the same way when the colon : is replaced by the "
            "vertical line | as in {x | x > 0}'"
        ),
    ),
    _c(
        MWD,
        MWD_SB,
        gold=r"{x : x > 0}",
        pred=r"the set of all x such that x is greater than 0",
        wrap=True,
        expected=True,
        why=(
            "'The set {x : x > 0} is read aloud, \"the set of all x such that x is "
            "greater than 0.\"'"
        ),
    ),
    # gradesaver College Algebra 10e, 1.5 p127 no. 10: a half-open interval
    _c(
        GSVW,
        GSVW_CA10,
        gold=r"(2,5]",
        pred=r"2 \lt x \leq 5",
        wrap=True,
        expected=True,
        why="'For example, $(2,5]$ is an interval, $2 \\lt x \\leq 5$'",
    ),
    # practicealgebra.net interval: 'If you mean' / 'Then write' table
    _c(
        PAL,
        PAL_INT,
        gold=r"(3, 5)",
        pred=r"3 < x < 5",
        wrap=True,
        expected=True,
        why="table: '3 < x < 5 | (3, 5)'",
    ),
    _c(
        PAL,
        PAL_INT,
        gold=r"[3, 5)",
        pred=r"3 ≤ x < 5",
        wrap=True,
        expected=True,
        why="table: '3 ≤ x < 5 | [3, 5)'",
    ),
    _c(
        PAL,
        PAL_INT,
        gold=r"(3, 5]",
        pred=r"3 < x ≤ 5",
        wrap=True,
        expected=True,
        why="table: '3 < x ≤ 5 | (3, 5]'",
    ),
    _c(
        PAL,
        PAL_INT,
        gold=r"[3, 5]",
        pred=r"3 ≤ x ≤ 5",
        wrap=True,
        expected=True,
        why="table: '3 ≤ x ≤ 5 | [3, 5]'",
    ),
    _c(
        PAL,
        PAL_INT,
        gold=r"(3, ∞)",
        pred=r"3 < x",
        wrap=True,
        expected=True,
        why="table: '3 < x | (3, ∞)'",
    ),
    _c(
        PAL,
        PAL_INT,
        gold=r"[3, ∞)",
        pred=r"3 ≤ x",
        wrap=True,
        expected=True,
        why="table: '3 ≤ x | [3, ∞)'",
    ),
    _c(
        PAL,
        PAL_INT,
        gold=r"(−∞, 5)",
        pred=r"x < 5",
        wrap=True,
        expected=True,
        why="table: 'x < 5 | (−∞, 5)'",
    ),
    _c(
        PAL,
        PAL_INT,
        gold=r"(−∞, 5]",
        pred=r"x ≤ 5",
        wrap=True,
        expected=True,
        why="table: 'x ≤ 5 | (−∞, 5]'",
    ),
]
