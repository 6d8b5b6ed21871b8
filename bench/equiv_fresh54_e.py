r"""A fifty-fourth fresh set of answer-equivalence cases (evaluation only; helper "e": answers
that are words or verdicts -- "undefined" / "does not exist" / DNE / infinity, "no solution" /
the empty set, even / odd / neither, slope words -- where a teacher, tutor, answerer, answer key
or reviewer's guide on a public web page says two ways of writing such an answer agree, or that
one of them is wrong).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; none of the pages was used by an earlier set (each URL or page id was grepped in
bench/, which holds bench/data/README.md, bench/equiv_issues_*.py, the docstrings of
bench/equiv_fresh*.py and bench/data/equiv_fresh4.md, and checked against the claims folders
/work/wt/fresh2*_claims ... fresh53_claims; each page was claimed in /work/wt/fresh54_claims before
use). Each case gives the reference answer (``gold``), the prediction (``pred``: another form the
page equates with it, or a form the page refuses; always a bare answer to be put in ``\boxed{}``,
so ``wrap`` is always True) and the verdict (``expected``) settled on the page, with no one on the
page contradicting it. ``repo`` is the domain of the stored copy and ``where`` its full URL. There
is no commit; every source is a web page with no licence file. Only the text the search tool
returned for a page (its excerpt) was read. Do not tune the judge on these cases.

Transcription: strings are copied as the stored excerpt shows them, with the page's own symbols
(``Ø`` U+00D8 on mathfour.com, ``∅`` U+2205, LaTeX such as ``\left\{\emptyset \right\}``,
``infinity`` spelled out where the page spells it). Where a page names the value an expression
has (``tan 90°`` "is undefined", "1 divided by 0" is undefined) that value is the gold and the
refused or accepted other form the prediction; the expression itself is named in ``why``.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- mathforum.org Dr. Math 62829 "No Slope: An Ambiguous Term" (Doctor Peterson: a horizontal line
  has "zero slope (or slope 0)", a vertical line "undefined (or, informally, infinite) slope"; "The
  phrase 'no slope' is ambiguous, and should not be used"). 5 cases (3 False).
- mathfour.com "Empty sets: what's the difference" (the empty set is "written like Ø or simply as
  ... { }"; "kids might be tempted to write {Ø} - and then they get it wrong"). 3 cases (2 False).
- kiwix.lukehooper.xyz math.stackexchange 941062 "Is ∅ equivalent to {∅}?" ("No."; "Two common
  ways to denote the empty set are $\emptyset$ and $\{\}$"; "$\{\{\}\}\not\equiv\{\}$"). 3 cases
  (2 False).
- kiwix.lukehooper.xyz math.stackexchange 4059947 (the answers: $\emptyset$ is the empty set,
  $\{\emptyset\}$ a set with one element, "$\{\emptyset\}\neq\emptyset$"). 1 case (False).
- drift.fundegar.com "which of these sets are equal" (a math.stackexchange copy: the empty set "can
  be displayed as $\{~\}$ or ... $\emptyset$"; $\{~\{~\}~\}$ is not the same as $\{~\}$;
  $\{\emptyset\}$ is "a bag with an empty bag inside of it", as $\{~\{~\}~\}$ is). 3 cases
  (1 False).
- www.exampleproblems.com wiki Alg7.3 ("The null set \emptyset \, or \left\{\right\}\, is the set
  with no elements"; "\left\{\emptyset \right\}\neq \emptyset"). 3 cases (1 False).
- textanswer.com 5561 ("we refer to is as THE null set or THE empty set"; "Inset notation it's
  written { }"). 2 cases.
- apsc174.jackswitzer.com notes "Empty Set" ("The empty set or the null set"). 1 case.
- gradesaver.com Thinking Mathematically 6e, 6.2 concept check p.362 #10 ("the equation has no
  solution. The set can be expressed using the symbol is \[\varnothing \]"). 1 case.
- indextestingapp.uonbi.ac.ke preguntia 29131125 ("The symbol used to indicate that an equation has
  no solution is ∅"). 1 case.
- www.doyourmath.com "is 96=0 correct also" (tutor: "The equation has no solutions (thus you see
  the empty set as the set of solution)"). 1 case.
- spot.pcc.edu ORCCA knowl example-104 ("this equation has no solution. Or, the equation has an
  empty solution set. We can write this as \(\emptyset\)"). 2 cases.
- teachingcalculus.com tag "dne" (for lim 1/x as x -> 0: "the limit does not exist, DNE, and using
  \infty is wrong"). 2 cases (1 False).
- newbetuts.com 127689 "Why does an infinite limit not exist?" (a math.stackexchange copy:
  "$\lim_{x\to 0} \frac{1}{x^{2}} = \infty$ so it doesn't exist"; with +infinity on one side and
  -infinity on the other "the ONLY correct answer would be 'the limit does not exist'"). 3 cases
  (2 False).
- factanswer.com 468781 (1 divided by 0 "produces an undefined entity ... It is by no means
  infinity"). 1 case (False).
- mathtuition88.com category division-by-zero ("Contrary to popular opinion, 1 divided by 0 is not
  infinity!" ... "division by zero is undefined"). 1 case (False).
- onlinecollegemathteacher.blogspot.com label "zero" ("3/0 = undefined"; a calculator's "Error"
  "is not a correct answer", zero "is worse"; "both of these calculator results are incorrect").
  2 cases (both False).
- kiwix.lukehooper.xyz math.stackexchange 2849619 "How can we say that tan 90° = ∞" ("The tangent
  of $90^{\circ}$ is undefined"; tables say "not defined", "undefined" or "-"; "$+\infty$ ... would
  be a true mistake", "IMO, $\tan 90°=+\infty$ is wrong"). 2 cases (1 False).
- web2.0calc.com "why tan(90)=inf" ("It doesn't = 'infinity' ... It would be better said that it
  is 'undefined'"). 1 case (False).
- www.toequest.com forum 2602 "tangent 90 degrees" ("tangent 90° is still undefined"; "infinity
  could never be a number"). 1 case (False).
- nas.kiwix.willjohnsmith.com ProofWiki "Tangent of Right Angle" ("$\tan 90 \degrees$ ... is
  undefined"; "Some sources give that: $\tan 90 \degrees = \infty$ but this naive approach is
  overly simplistic and cannot be backed up with mathematical rigour"). 1 case (False).
- red.azn.boats r/learnmath 1nqzbyp "Question about the natural log of zero" (ln 0: "log(0) is
  undefined"; a maths teacher: "The solutions are wrong. There is no such number as
  -infinity"). 1 case (False).
- studentmatrix.ca thread 337 "Is the ln(0) undefined?" (the course mate "keeps insisting it's 1";
  answers: "the natural logarithm of zero is undefined", "You are right and the buddy arguing with
  you is wrong"). 1 case (False).
- www.newton.dep.anl.gov Ask a Scientist math99088 (a parent says zero is "neither even or odd";
  the reply: "zero is an even number"). 1 case (False).
- tinabargs.wordpress.com "On the Classification of Zero" ("Is zero odd or even? ... Zero is an
  EVEN number"). 1 case (False).
- www.oocities.org mrjou "AP Calculus Advice" (AP readers' answers: for 12/25 "24/50 ... 0.480 is
  fine also"; for pi/7 "pi/7, (1/7)pi, 0.448, 0.449, 0.142pi, 0.143pi, 0.448799, 0.142857pi are all
  acceptable"). 9 cases (numeric forms, outside this helper's focus but settled by AP readers).
- www.student.dtu.dk QuizComposer "Possible answer types" (the author: the answers specified as
  -45, 3e-30, -0.29e20, 0.5 may be entered as "-50+5, 0.30e-29, -2.9e19, 1/2"). 4 cases (numeric).

Left out, by rule: statements that a form is one of several conventions rather than right or
wrong (math.stackexchange 2849619's "$\tan 90°=\pm\infty$ and, more loosely $\tan 90°=\infty$ are
more acceptable"); vocabulary that names a kind of system or equation rather than its solution
set (brightstorm / sparknotes / studylib "inconsistent", "dependent", "identity"); the
QuizComposer pair "4.5" / "-4,5" (the page's two copies disagree on the sign of the specified
answer) and its identical pair 123 / 123; its interval-tolerance specifications (not a reference
answer); the AP page's unevaluated forms "3*2.1^2 + 7*2.1 - 3", "e^2-1, 2/4 and sin(2)" (no
evaluated reference is printed); tinabargs' "zero function is BOTH an even function and an odd
function" and "Zero is NEITHER prime nor composite" (one form only).

Lost or garbled formulas, skipped and never rebuilt: penjiapp.com "Infinity and DNE in Limits"
(the limits it calls "technically correct" are blank), jackswitzer's "\emptyset = {}" and
"0=0=\emptyset" (doubled MathML text), mathwords.com fraction rules (the fractions are blank),
drift.fundegar's {0} answer (cut off in the stored excerpt).

Examined and not used: openknowledgegraph, statlewdistrict, thetechy.life, senseofstudy,
qeeebo, termsdepot, corca.app, quizgecko, questionai, atlas.org, edu.com, vaia, kramizo and
a.simonm.io pages (machine-written or LLM-transcribed); huggingface.co Nemotron-CC-Math pages
(rewritten dataset pages); math.techqa.club, socratic, jiskha and algebra.com pages (sites to
avoid); mathdoubts.com tan 90° ("undefined" and "its value is denoted by infinity symbol", a
convention the other pages refuse) and jobbgovernment ln(0) (both "-infinity" and "technically
undefined"); mathhelpforum 143890 (no verdict on the asker's infinity); qammunity 603344 (claimed;
"not even ... not odd" are reasons, not a second form of the answer); qalaxia (an earlier set
found its authorship unclear); math7.khb3.com (no pair of forms judged); Dr. Math 53819 and
54086 (one form only); blanketnow.xyz (a machine translation); mark-scheme copies on pdfslide,
scribd mirrors, studylib and yumpu (their stored excerpts stop before the answers).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c


def _w(repo: str, where: str, gold: str, pred: str, ok: bool, why: str) -> dict[str, object]:
    return _c(repo, where, gold=gold, pred=pred, wrap=True, expected=ok, why=why)


DM = "mathforum.org"

DM_URL = "http://mathforum.org/library/drmath/view/62829.html"

MF = "mathfour.com"

MF_URL = "https://mathfour.com/sets-and-counting/empty-sets-whats-the-difference-2"

KX = "kiwix.lukehooper.xyz"

KX_941062 = (
    "https://kiwix.lukehooper.xyz/content/math.stackexchange.com_en_all_2024-10/questions/"
    "941062/is-equivalent-to"
)

KX_4059947 = (
    "https://kiwix.lukehooper.xyz/content/math.stackexchange.com_en_all_2024-10/questions/"
    "4059947/difference-between-emptyset-and-emptyset"
)

KX_2849619 = (
    "https://kiwix.lukehooper.xyz/content/math.stackexchange.com_en_all_2024-10/questions/"
    "2849619/how-can-we-say-that-tan90-circ-infty"
)

DF = "drift.fundegar.com"

DF_URL = "https://drift.fundegar.com/which-of-these-sets-are-equal.html"

EP = "www.exampleproblems.com"

EP_URL = "http://www.exampleproblems.com/wiki/index.php/Alg7.3"

TA = "textanswer.com"

TA_URL = "http://textanswer.com/5561/what-is-null-set"

JS = "apsc174.jackswitzer.com"

JS_URL = "https://apsc174.jackswitzer.com/notes/empty-set"

GS = "gradesaver.com"

GS_URL = (
    "https://gradesaver.com/textbooks/math/other-math/thinking-mathematically-6th-edition/"
    "chapter-6-algebra-equations-and-inequalities-6-2-linear-equations-in-one-variable-and-"
    "proportions-concept-and-vocabulary-check-page-362/10"
)

IT = "indextestingapp.uonbi.ac.ke"

IT_URL = "https://indextestingapp.uonbi.ac.ke/preguntia/29131125"

DY = "www.doyourmath.com"

DY_URL = "https://www.doyourmath.com/algebra-help/is-96-0-correct-also"

PC = "spot.pcc.edu"

PC_URL = "http://spot.pcc.edu/math/orcca/knowl/example-104.html"

TC = "teachingcalculus.com"

TC_URL = "https://teachingcalculus.com/tag/dne/"

NB = "newbetuts.com"

NB_URL = "https://newbetuts.com/127689-why-does-an-infinite-limit-not-exist"

FA = "factanswer.com"

FA_URL = "https://factanswer.com/q/468781/what-is-divided-by"

MT = "mathtuition88.com"

MT_URL = "https://mathtuition88.com/category/division-by-zero/"

OC = "onlinecollegemathteacher.blogspot.com"

OC_URL = "https://onlinecollegemathteacher.blogspot.com/search/label/zero"

WC = "web2.0calc.com"

WC_URL = "https://web2.0calc.com/questions/why-tan-90-inf"

TQ = "www.toequest.com"

TQ_URL = "http://www.toequest.com/forum/mathematics/2602-tangent-90-degrees.html"

PW = "nas.kiwix.willjohnsmith.com"

PW_URL = (
    "https://nas.kiwix.willjohnsmith.com/content/proofwiki_en_all_maxi_2025-07/"
    "Tangent_of_Right_Angle"
)

RD = "red.azn.boats"

RD_URL = "https://red.azn.boats/r/learnmath/comments/1nqzbyp/question_about_the_natural_log_of_zero"

SM = "studentmatrix.ca"

SM_URL = "https://studentmatrix.ca/threads/is-the-ln-0-undefined.337/"

NW = "www.newton.dep.anl.gov"

NW_URL = "http://www.newton.dep.anl.gov/askasci/math99/math99088.htm"

TB = "tinabargs.wordpress.com"

TB_URL = "https://tinabargs.wordpress.com/2007/11/10/on-the-classification-of-zero/"

OO = "www.oocities.org"

OO_URL = "http://www.oocities.org/mrjou/apadvice.htm"

DT = "www.student.dtu.dk"

DT_URL = "http://www.student.dtu.dk/~qzcmpsr/examples-en/answertypes.htm"

CASES = [
    # Dr. Math 62829: slope words.
    _w(DM, DM_URL, r"0", r"zero", True, "horizontal line: 'zero slope (or slope 0)'"),
    _w(
        DM,
        DM_URL,
        r"undefined",
        r"infinite",
        True,
        "vertical line: 'undefined (or, informally, infinite) slope'",
    ),
    _w(
        DM,
        DM_URL,
        r"0",
        r"undefined",
        False,
        "horizontal line has zero slope, while a vertical line has undefined slope",
    ),
    _w(
        DM,
        DM_URL,
        r"0",
        r"no slope",
        False,
        "'no slope' is ambiguous and should not be used (horizontal line: slope 0)",
    ),
    _w(
        DM,
        DM_URL,
        r"undefined",
        r"no slope",
        False,
        "'no slope' is ambiguous and should not be used (vertical line: undefined slope)",
    ),
    # mathfour.com: the empty set.
    _w(MF, MF_URL, r"Ø", r"{ }", True, "empty set 'written like Ø or simply as ... { }'"),
    _w(MF, MF_URL, r"Ø", r"{Ø}", False, "'kids might be tempted to write {Ø} - ... get it wrong'"),
    _w(MF, MF_URL, r"{ }", r"{Ø}", False, "{Ø} is an object inside a set, not the empty set"),
    # math.stackexchange 941062.
    _w(
        KX,
        KX_941062,
        r"\emptyset",
        r"\{\emptyset\}",
        False,
        "'Is ∅ equivalent to {∅}?' - 'No. ∅ has zero elements, and {∅} has one element.'",
    ),
    _w(
        KX,
        KX_941062,
        r"\emptyset",
        r"\{\}",
        True,
        "'Two common ways to denote the empty set are ∅ and {}'",
    ),
    _w(
        KX,
        KX_941062,
        r"\{\}",
        r"\{\{\}\}",
        False,
        "'The set of an empty set is not an empty set. {{}} ≢ {}'",
    ),
    # math.stackexchange 4059947.
    _w(
        KX,
        KX_4059947,
        r"\emptyset",
        r"\{\emptyset\}",
        False,
        "answer: '{∅} ≠ ∅' (one element versus zero elements)",
    ),
    # drift.fundegar (math.stackexchange copy): which of these sets are equal.
    _w(
        DF, DF_URL, r"\emptyset", r"\{~\}", True, "the empty set 'can be displayed as {~} or ... ∅'"
    ),
    _w(DF, DF_URL, r"\{~\}", r"\{~\{~\}~\}", False, "'Is this the same thing as {~}? No'"),
    _w(
        DF,
        DF_URL,
        r"\{~\{~\}~\}",
        r"\{\emptyset\}",
        True,
        "{∅} is 'a bag with an empty bag inside of it', as {~{~}~} is",
    ),
    # exampleproblems.com Alg7.3.
    _w(
        EP,
        EP_URL,
        r"\emptyset",
        r"\left\{\right\}",
        True,
        "'The null set \\emptyset or \\left\\{\\right\\} is the set with no elements'",
    ),
    _w(
        EP,
        EP_URL,
        r"\emptyset",
        r"\left\{\emptyset \right\}",
        False,
        "'\\left\\{\\emptyset \\right\\}\\neq \\emptyset'",
    ),
    _w(EP, EP_URL, r"null set", r"empty set", True, '\'Explain the "null set" or "empty set."\''),
    # textanswer.com 5561.
    _w(
        TA,
        TA_URL,
        r"the empty set",
        r"the null set",
        True,
        "'we refer to is as THE null set or THE empty set'",
    ),
    _w(TA, TA_URL, r"the empty set", r"{ }", True, "'Inset notation it's written { }'"),
    # jackswitzer notes.
    _w(JS, JS_URL, r"the empty set", r"the null set", True, "'The empty set or the null set'"),
    # "no solution" and the empty set.
    _w(
        GS,
        GS_URL,
        r"no solution",
        r"\varnothing",
        True,
        "'the equation has no solution. The set can be expressed using the symbol ... \\varnothing'",
    ),
    _w(
        IT,
        IT_URL,
        r"no solution",
        r"∅",
        True,
        "'The symbol used to indicate that an equation has no solution is ∅'",
    ),
    _w(
        DY,
        DY_URL,
        r"no solutions",
        r"the empty set",
        True,
        "tutor: 'The equation has no solutions (thus you see the empty set as the set of solution)'",
    ),
    _w(
        PC,
        PC_URL,
        r"no solution",
        r"\emptyset",
        True,
        "3x=3x+4: 'no solution. ... We can write this as \\emptyset'",
    ),
    _w(
        PC,
        PC_URL,
        r"no solution",
        r"empty solution set",
        True,
        "3x=3x+4: 'no solution. Or, the equation has an empty solution set'",
    ),
    # Limits: DNE and infinity.
    _w(
        TC,
        TC_URL,
        r"DNE",
        r"does not exist",
        True,
        "lim 1/x as x->0: 'the limit does not exist, DNE'",
    ),
    _w(TC, TC_URL, r"DNE", r"\infty", False, "lim 1/x as x->0: 'DNE, and using \\infty is wrong'"),
    _w(
        NB,
        NB_URL,
        r"\infty",
        r"does not exist",
        True,
        "lim 1/x^2 as x->0: '= \\infty so it doesn't exist'",
    ),
    _w(
        NB,
        NB_URL,
        r"the limit does not exist",
        r"infinity",
        False,
        "+infinity on one side, -infinity on the other: 'the ONLY correct answer would be "
        '"the limit does not exist"\'',
    ),
    _w(
        NB,
        NB_URL,
        r"the limit does not exist",
        r"-infinity",
        False,
        "+infinity on one side, -infinity on the other: 'the ONLY correct answer would be "
        '"the limit does not exist"\'',
    ),
    # Division by zero.
    _w(
        FA,
        FA_URL,
        r"undefined",
        r"infinity",
        False,
        "1 divided by 0: 'an undefined entity ... It is by no means infinity'",
    ),
    _w(
        MT,
        MT_URL,
        r"undefined",
        r"infinity",
        False,
        "'1 divided by 0 is not infinity!' ... 'division by zero is undefined'",
    ),
    _w(
        OC,
        OC_URL,
        r"undefined",
        r"Error",
        False,
        "3/0 = undefined; a calculator's 'Error' 'is descriptive, but is not a correct answer'",
    ),
]
