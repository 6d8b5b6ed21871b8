r"""A fifty-first fresh set of answer-equivalence cases (evaluation only; helper "a": algebra
answers settled by a person -- simplified rational, radical and exponential expressions, factored
versus expanded polynomials, solutions of equations written as sets, lists or "x = ... or x = ...",
inequalities as intervals, rationalised denominators, negative exponents).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; none of the pages was used by an earlier set (each URL or thread id was grepped in
bench/, which holds bench/data/README.md, bench/equiv_issues_*.py, the docstrings of
bench/equiv_fresh*.py and bench/data/equiv_fresh4.md, and checked against the claims folders
/work/wt/fresh2*_claims ... fresh50_claims; each page was claimed in /work/wt/fresh51_claims
before use). Each case gives the reference answer (``gold``), the prediction (``pred``: another
form a person on the page equates with it, or the form the page sets against it; always a bare
answer to be put in ``\boxed{}``, so ``wrap`` is always True) and the verdict (``expected``)
settled on the page, with no one on the page contradicting it. ``repo`` is the domain of the stored
copy and ``where`` its full URL. There is no commit; every source is a web page with no licence
file. Only the text the search tool returned for a page (its excerpt) was read. Do not tune the
judge on these cases. Continued in bench/equiv_fresh51_a2.py (same rules; its sources are listed
below too).

Transcription: strings are copied as the stored page shows them. Where a person writes a chain
``A = B = C`` (or a derivation, one form a line) ending in the answer, the last form is the gold and
every earlier form of the chain a prediction (True), taken whole; lines that the page's own
conversion broke are skipped, never mended (see "Left out"). algebra.com's ``{{{...}}}`` display
markers are dropped and its notation is kept (``root(4, x)``, ``abs(x)``, ``x^3/8y^6`` which the
site draws as a stacked fraction; ``+-`` for ±). Where algebra.com stores a formula URL-encoded
(``%28x%5E2-x-6%29%2F...``) it is written decoded (``(x^2-x-6)/...``; ``+`` read as a space), as
bench/equiv_fresh45_b.py did, and ``why`` says so. Socratic's LaTeX is kept as its converter wrote
it (``{x}^{2}``, ``\left(...\right)``, ``\textcolor``); Socratic's ASCII ``#...#`` math is kept
without the ``#`` marks.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- www.algebra.com solution 271697 (question 383778, 4th root of 243x^8y^10: "your Math book is
  correct", the tutor's chain ending "3*x^2*y^2*root(4, 3y^2) which is the answer in your book").
  5 cases.
- www.algebra.com question 190020 (orca: (x^2-x-6)/(x^2-2x-3) = (x+2)/(x+1), with the two
  factorisations). 3 cases.
- www.algebra.com question 153113 (jim_thompson5910: "So (x-2)/(x)-x/(x+3)=(x-6)/(x^2+3x)", every
  step). 8 cases.
- www.algebra.com embed-solution 68358 (question 93847: "x^-2" ... "becomes 1/x^2", "(-3x)^-2
  becomes 1/(-3x)^2"). 2 cases.
- socratic.org "how do you multiply 3 / (2 sqrt2)" (3/(2√2)·√2/√2 = 3√2/4). 1 case.
- socratic.org "how do you rationalize the denominator and simplify 3/(2-sqrt2)" (-1) (chain ending
  3 + 3/2 √2). 5 cases.
- api-project-1022638073839.appspot.com (Socratic's mirror) "how do you rationalize the
  denominator 3/(2-sqrt2)" (another answer's chain ending "=3+3/2sqrt(2)"). 6 cases.
- socratic.org "how do you simplify x^-2 and write it using only positive exponents" ("Thus
  x^-2=1/x^2"). 1 case.
- socratic.org "how do you simplify 1/x^-2" (1/x^-2 = 1/(1/x^2) = x^2). 2 cases.
- vespr.org (Socratic's mirror) "how do you simplify (x-3)/(x+2)" ("(x-3)/(x+2) = ((x+2)-5)/(x+2) =
  1-5/(x+2)"). 2 cases.
- mathleaks.com McGraw Hill Glencoe Geometry 2012, p.12 ex.69 (3/sqrt(18) rationalised; "The
  simplest form of the expression is" sqrt(2)/2). 5 cases.
- mathleaks.com McGraw Hill Integrated II 2012, p.267 ex.19 (3/(1-sqrt 2) rationalised to
  -3-3 sqrt(2)). 2 cases.
- gradesaver.com Trigonometry, appendix A p.420 #31 ("Answer {2,3}", "x=2 or x=3", "the solution
  set is {2,3}"). 1 case.
- qammunity.org 2998338 (-3x ≥ 9: "Solution : x ≤ (-3)", "Interval Notation : (-infinity, -3]").
  2 cases.
- socratic.org "how do you factor f(x)= x^4 - 9x^2" (x^4 - 9x^2 = x^2(x^2-9) = x^2(x-3)(x+3)).
  2 cases.
- www.algebra.com solutions 811966 and 811999 (question 1182006: x^4-8x^2-9 = (x^2-9)(x^2+1) =
  (x-3)(x+3)(x^2+1); Keller's (x + 1)(x - 1)(x + 3)(x - 3) refused: "x + 1 and x - 1 are NOT
  factors of x^2 + 1"). 3 cases (1 False).
- www.algebra.com question 970385 (jim_thompson5910: "(x^2-9)^2 + 8x (x^2-9) factors to
  (x-3)(x+3)(x+9)(x-1)", every step but the Q-substitution lines). 4 cases.
- www.algebra.com solution 344021 (question 515472, Edwin: "x = (7 +- sqrt(57 ))/4", "Two
  solutions: (7 + sqrt(57 ))/4, (7 - sqrt(57 ))/4"). 3 cases.
- answer.ya.guru 5920244 (a copy of a Brainly answer: x = [-7 ± sqrt(57) ] / ( -4 ) ... "The answers
  are 7/4 + sqrt(57)/4 and 7/4 - sqrt(57)/4"). 4 cases.
- socratic.org "how do you solve 2t^2 – 6t + 1 = 0 using the quadratic formula" (chain ending
  (3 ± √7)/2). 3 cases.
- www.algebra.com solution 9307 (question 19278: x = [3 +/- sqrt(9 - 8)]/4 ... "x = 1 or x = 1/2").
  6 cases.
- socratic.org "how do you simplify (-2x^2)^3(4x^3)^-1" (steps ending -2x^3). 6 cases.
- www.algebra.com solution 53025 (question 74022: "(x/2y^2)^3" ... "x^3/8y^6"; "x^3/-8y^6 or
  -x^3/8y^6"). 3 cases.

Sources of bench/equiv_fresh51_a2.py:

- www.jiskha.com 1315110458 (the first responder's "x > 12 / - 2", "x > - 6" and "x > 2 / -2",
  "x > -1"). 2 cases.
- www.gradesaver.com Algebra 1, 8-8 Standardized Test Prep p.521 #50 ("2/-2 > -2x/-2", "-1 > x").
  1 case.
- www.gradesaver.com Elementary and Intermediate Algebra 6e, 10.3 p.647 #3 (sqrt(x^2-9) = x-3 is
  "FALSE"). 1 case (False).
- mathhelpforum.com 103593 ("Can sqrt(9-x^2) be simplified to 3-x? No", "sqrt(9-x^2)=
  sqrt((3-x)(3+x))"). 2 cases (1 False).
- forums.gregmat.com 33100 (sqrt(x^4+6x^2+9) = ... = (x^2+3); "sqrt(x^4 + 6x^2 + 9) is not
  x^2 + 6x + 3"). 6 cases (1 False).
- www.algebra.com solution 366423 (question 567036, Edwin: sqrt(9-(3sin(x))^2) ... "Answer
  3abs(cos(x))"). 7 cases.
- www.wyzant.com 30459 (Kevin C., tutor: "(x+y)^-2 is 1/(x+y)^2", "1/(x^2 + 2xy + y^2) does not
  equal (1/x^2) + y^2", which "becomes (1/x^2) + (x^2 y^2)/x^2, or (1 + x^2y^2)/x^2"). 6 cases
  (1 False).
- www.prepswift.com "Common Exponent Mistakes" (six "≠" statements, with the right form given for
  two). 8 cases (6 False).
- math.techqa.club 2569903 (mirror of a Mathematics Stack Exchange question: (a^-1+b^-1)^-1 =
  1/(1/a+1/b) = 1/((a+b)/ab) = ab/(a+b), two answers agreeing). 3 cases.
- talk.qa.collegeconfidential.com 1842364 (a reply: "sqrt(x^2) = |x|", "x^2 = 100 is not
  equivalent to x = 10 ... Rather it is actually equivalent to |x| = 10"). 3 cases (1 False).
- socratic.org "how do you multiply (x + 3)^2" ("= x^2 + 6x + 9", "(x+3)^2 ≠ x^2 + 9"). 3 cases
  (1 False).
- www.thestudentroom.co.uk 1161753 (the test's answer x^2 - 6x + 9 for (x – 3)^2 against the
  asker's x^2 - 9; reply: "you know you must be wrong"). 3 cases (1 False).
- www.gradesaver.com Intermediate Algebra 6e, 5.4 p.290 #98 ("(3x+2)^2 does not equal 9x^2+4",
  "(3x+2)^2 =(3x)^2+2(3x)(2)+2^2 =9x^2+12x+4"). 3 cases (1 False).

Left out, by rule: lines the page's conversion broke (mathleaks' flattened fractions such as
"3*sqrt(18)/sqrt(18)*sqrt(18)", "3+3 sqrt(2)/-1" and "sqrt(2)2"; Socratic's "{x}^{-} 2" and
"{\left(4 {x}^{3}\right)}^{-} 1"; the "\cancel{2}/\cancel{4}" step; algebra.com 190020's
"((x-3)(x+2)/(x-3)(x+1))" whose grouping is lost in plain text); steps with a typo or an error on
the page (algebra.com 53025's "1/(2x(-1)y^2)^3" and its #38 start, whose plain-text grouping
differs from the drawn fraction; gregmat's "(x^4+3x^2+3x^2+9x)^{1/2}"); lines in another variable
(algebra.com 970385's Q-substitution); the asker's own forms no answerer settles (algebra.com
68358's "9x^-2", which the tutor answers with another form but does not call wrong; jiskha
1315110458's unflipped inequalities, stated only by a later, machine-like reply); coloured working
lines of Socratic answers whose colour commands split a term; forms that hold only under an
assumption the page states (mathhelpforum 174522's sqrt(9x^2+x)/x = sqrt(9+1/x) "assuming x ≥
0"); inequalities that are steps, not answers (gradesaver College Algebra 10e 4.5 #1's "-3x<9").

Lost formulas, skipped and never rebuilt: algebra.com FAQ pages whose formulas are blank in the
stored text (218289, 153878, 168732, 620925, 151066, 146781, 195716, 325873, 200226), mathskey.com
work pages, mathhelpforum 197965 / 204119 / 50292 / 174691, cnx.org m18271 (superscripts
flattened: "x2+9x2+9"), r/askmath 1rezw5e mirrors ("x2 + 6x + 9"), science-mathematics 201105/6868
(signs lost), qammunity 11209125 / 3187611 / 1762172, gradesaver pages whose interval is only in
an image (Algebra 1 3-6 #23, Intermediate Algebra 6e ch.2 review 28a), scribd and pdfslide mark
schemes (formulas gone).

Examined and not used: algebra.com 854061 and 595543, socratic.org/answers/403628 (the
socratic.com copy of that question) and mathhelpforum 172268 (used by earlier sets); vespr.org
"simplify [x^-1+y^-1]/[x^-2-y^-2]" (its answer x-y is wrong) and socratic "(- 2x^-3 y^2)^3"
(writes -2^3 => -8^3); mis.kyeop.go.ke 316776 (sign error in the quadratic formula); qeeebo,
mathspin.ai, sensei-ai, math.bot, mathix, mysovi, smartsolve, edu.com, questionai, askfilo,
askanewquestion, studyquestionhub, x-mathai, corca, jasonbradley.me, maslinandco, math-gpt,
supersolver, senseofstudy, h2gm-winchester, ifyoufeedme, codingace and zollege pages
(machine-written solutions or calculators); a.simonm.io mark schemes (LLM-transcribed, as earlier
sets found); qammunity 6812471 / 21078250 / 2072467 and mcqacademy (one form of each answer only);
qalaxia (unclear authorship); shmoop's rational-expression exercises (formulas lost).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c


def _w(repo: str, where: str, gold: str, pred: str, ok: bool, why: str) -> dict[str, object]:
    return _c(repo, where, gold=gold, pred=pred, wrap=True, expected=ok, why=why)


def _chain(repo: str, where: str, gold: str, preds: list[str], why: str) -> list[dict[str, object]]:
    """Every earlier form of one written chain against its last form (all True)."""
    return [
        _w(repo, where, gold, p, True, f"{why}; step {i + 1} of the chain")
        for i, p in enumerate(preds)
    ]


ALG = "www.algebra.com"

ALG_271697 = "https://www.algebra.com/cgi-bin/show-question-source.mpl?solution=271697"

ALG_190020 = "https://www.algebra.com/algebra/homework/Exponents/Exponents.faq.question.190020.html"

ALG_153113 = (
    "https://www.algebra.com/algebra/homework/NumericFractions/"
    "Numeric_Fractions.faq.question.153113.html"
)

ALG_68358 = "http://www.algebra.com/cgi-bin/embed-solution.mpl?solution=68358"

SOC = "socratic.org"

SOC_MUL = "https://socratic.org/questions/how-do-you-multiply-3-2-sqrt2"

SOC_RAT = (
    "https://socratic.org/questions/how-do-you-rationalize-the-denominator-and-simplify-3-2-sqrt2-1"
)

SOC_NEG = "https://socratic.org/questions/how-do-you-simplify-x-2-and-write-it-using-only-positive-exponents"

SOC_REC = "https://socratic.org/questions/how-do-you-simplify-1-x-2"

APP = "api-project-1022638073839.appspot.com"

APP_RAT = (
    "https://api-project-1022638073839.appspot.com/questions/"
    "how-do-you-rationalize-the-denominator-3-2-sqrt2"
)

VES = "vespr.org"

VES_SEP = "https://vespr.org/questions/how-do-you-simplify-x-3-x-2-3"

ML = "mathleaks.com"

ML_GEO = (
    "https://mathleaks.com/study/mcgraw-hill-glencoe-geometry-2012/1-points-lines-and-planes/12-69"
)

ML_INT = "https://mathleaks.com/study/mcgraw-hill-integrated-ii-2012/4-practice-test/267-19"

# ---- batch 2
GS = "gradesaver.com"

GS_TRIG31 = (
    "https://gradesaver.com/textbooks/math/trigonometry/CLONE-68cac39a-c5ec-4c26-8565-a44738e90952/"
    "appendix-a-equations-and-inequalities-page-420/31"
)

QAM = "qammunity.org"

QAM_2998338 = "https://qammunity.org/2998338/?show=2998339"

SOC_FAC = "https://socratic.org/questions/how-do-you-factor-f-x-x-4-9x-2"

ALG_811966 = "https://www.algebra.com/cgi-bin/show-question-source.mpl?solution=811966"

ALG_811999 = "https://www.algebra.com/cgi-bin/show-question-source.mpl?solution=811999"

ALG_970385 = (
    "https://www.algebra.com/cgi-bin/jump-to-question.mpl?question=970385"
    "&source=amp_page_question_715717"
)

# ---- batch 3
ALG_344021 = "https://www.algebra.com/cgi-bin/show-question-source.mpl?solution=344021"

ALG_9307 = "https://www.algebra.com/cgi-bin/show-question-source.mpl?solution=9307"

YAG = "answer.ya.guru"

YAG_5920244 = (
    "https://answer.ya.guru/questions/5920244-solve-the-equation-for-x-where-x-is-a-real-number-"
    "5-points-br.html"
)

SOC_QF = "https://socratic.org/questions/how-do-you-solve-2t-2-6t-1-0-using-the-quadratic-formula"

# ---- batch 4
SOC_EXP = "https://socratic.org/questions/how-do-you-simplify-2x-2-3-4x-3-1"

ALG_53025 = "https://www.algebra.com/cgi-bin/show-question-source.mpl?solution=53025"

CASES = [
    # algebra.com 271697 (question 383778): "which is the answer in your book"; every form of
    # the tutor's chain from the given 4th root to the book's answer.
    *_chain(
        ALG,
        ALG_271697,
        r"3*x^2*y^2*root(4, 3y^2)",
        [
            r"root(4, 243x^8y^10)",
            r"root(4, 3^4*3*x^4*x^4*y^4*y^4*y^2)",
            r"root(4, 3^4*x^4*x^4*y^4*y^4*3*y^2)",
            r"root(4, 3^4)*root(4, x^4)*root(4, x^4)*root(4, y^4)*root(4, y^4)*root(4, 3*y^2)",
            r"3*x*x*y*y*root(4, 3y^2)",
        ],
        "tutor: 'your Math book is correct' ... 'which is the answer in your book'",
    ),
    # algebra.com 190020 (orca): factor and cancel (forms decoded from the page's URL-encoding).
    _w(
        ALG,
        ALG_190020,
        r"(x+2)/(x+1)",
        r"(x^2-x-6)/(x^2-2x-3)",
        True,
        "orca: the given fraction '= (x+2)/(x+1)' after cancelling (x-3); decoded from URL-encoding",
    ),
    _w(
        ALG,
        ALG_190020,
        r"(x-3)(x+2)",
        r"x^2-x-6",
        True,
        "orca: 'x^2-x-6 =(x-3)(x+2)'; decoded from URL-encoding",
    ),
    _w(
        ALG,
        ALG_190020,
        r"(x-3)(x+1)",
        r"x^2-2x-3",
        True,
        "orca: 'x^2-2x-3 =(x-3)(x+1)'; decoded from URL-encoding",
    ),
    # algebra.com 153113 (jim_thompson5910): "So (x-2)/(x)-x/(x+3)=(x-6)/(x^2+3x)", every step.
    *_chain(
        ALG,
        ALG_153113,
        r"(x-6)/(x^2+3x)",
        [
            r"(x-2)/(x)-x/(x+3)",
            r"((x+3)/(x+3))((x-2)/(x))-x/(x+3)",
            r"((x-2)(x+3))/(x(x+3))-x/(x+3)",
            r"(x^2+x-6)/(x(x+3))-x/(x+3)",
            r"(x^2+x-6)/(x(x+3))-(x/x)(x/(x+3))",
            r"(x^2+x-6)/(x(x+3))-(x^2)/(x(x+3))",
            r"(x^2+x-6-x^2)/(x(x+3))",
            r"(x-6)/(x(x+3))",
        ],
        "jim_thompson5910's steps ending 'So (x-2)/(x)-x/(x+3)=(x-6)/(x^2+3x)'; decoded from "
        "URL-encoding",
    ),
    # algebra.com 68358 (jim_thompson5910): negative exponent rule and its use.
    _w(
        ALG,
        ALG_68358,
        r"1/x^2",
        r"x^-2",
        True,
        "tutor: 'x^-2' ... 'becomes 1/x^2'; decoded from URL-encoding",
    ),
    _w(
        ALG,
        ALG_68358,
        r"1/(-3x)^2",
        r"(-3x)^-2",
        True,
        "tutor: '(-3x)^-2 becomes 1/(-3x)^2'; decoded from URL-encoding",
    ),
    # socratic: 3/(2 sqrt2) times sqrt2/sqrt2 ("a ratio that equals 1").
    _w(
        SOC,
        SOC_MUL,
        r"\frac{3 \sqrt{2}}{4}",
        r"\frac{3}{2 \sqrt{2}} \cdot \frac{\sqrt{2}}{\sqrt{2}}",
        True,
        "answer's one-line chain '... = 3sqrt2/4' (the page colours the result blue; the "
        "\\textcolor wrapper is dropped)",
    ),
    # socratic: rationalise 3/(2-sqrt2), LaTeX answer, chain ends 3 + 3/2 sqrt2.
    *_chain(
        SOC,
        SOC_RAT,
        r"3 + \frac{3}{2} \sqrt{2}",
        [
            r"\frac{3}{2 - \sqrt{2}}",
            r"\frac{3 \times \left(2 + \sqrt{2}\right)}{\left(2 + \sqrt{2}\right) \times \left(2 - \sqrt{2}\right)}",
            r"\frac{6 + 3 \sqrt{2}}{{2}^{2} - 2}",
            r"\frac{6 + 3 \sqrt{2}}{4 - 2}",
            r"\frac{6 + 3 \sqrt{2}}{2}",
        ],
        "answer's chain (Jun 23, 2016) ending '= 3 + 3/2 sqrt2'",
    ),
    # socratic mirror (appspot): the same problem, another answer in ASCII math.
    *_chain(
        APP,
        APP_RAT,
        r"3+3/2sqrt(2)",
        [
            r"3/(2-sqrt(2))",
            r"3/(2-sqrt(2))*(2+sqrt(2))/(2+sqrt(2))",
            r"(3(2+sqrt(2)))/((2-sqrt(2))(2+sqrt(2)))",
            r"(3(2+sqrt(2)))/(2^2-sqrt(2)^2)",
            r"(6+3sqrt(2))/(4-2)",
            r"(6+3sqrt(2))/2",
        ],
        "answer's chain (Jun 2, 2015) ending '=3+3/2sqrt(2)' (socratic's ASCII math: 3 + (3/2)sqrt 2)",
    ),
    # socratic: negative exponent, the '#...#' ASCII form of the first answer.
    _w(SOC, SOC_NEG, r"1/x^2", r"x^-2", True, "answer: 'Thus x^-2=1/x^2'"),
    # socratic: 1/x^-2 = 1/(1/x^2) = x^2.
    *_chain(
        SOC,
        SOC_REC,
        r"{x}^{2}",
        [r"\frac{1}{{x}^{- 2}}", r"\frac{1}{\frac{1}{{x}^{2}}}"],
        "answer's chain '1/x^-2 = 1/(1/x^2) = x^2'",
    ),
    # vespr.org (socratic mirror): (x-3)/(x+2) 'is already in simplest form' and its split.
    *_chain(
        VES,
        VES_SEP,
        r"1-5/(x+2)",
        [r"(x-3)/(x+2)", r"((x+2)-5)/(x+2)"],
        "answer: '(x-3)/(x+2) = ((x+2)-5)/(x+2) = 1-5/(x+2)'",
    ),
    # mathleaks (Glencoe Geometry 2012, p.12 ex.69): 3/sqrt(18) rationalised; only the lines whose
    # fraction bars survived as plain '/' are taken (see docstring).
    *_chain(
        ML,
        ML_GEO,
        r"sqrt(2)/2",
        [
            r"3*sqrt(18)/18",
            r"3*sqrt(9* 2)/18",
            r"3*sqrt(9)*sqrt(2)/18",
            r"3* 3*sqrt(2)/18",
            r"9sqrt(2)/18",
        ],
        "publisher-style solution: 'The simplest form of the expression is' sqrt(2)/2 (answer line)",
    ),
    # mathleaks (McGraw Hill Integrated II 2012, p.267 ex.19): 3/(1-sqrt 2) rationalised.
    *_chain(
        ML,
        ML_INT,
        r"-3-3 sqrt(2)",
        [r"-(3+3 sqrt(2))/1", r"-(3+3 sqrt(2))"],
        "worked solution's last steps; answer line '-3-3 sqrt(2)'",
    ),
    # gradesaver (Trigonometry, appendix A p.420 #31): "Answer {2,3}" ... "x=2 or x=3" ...
    # "the solution set is {2,3}".
    _w(
        GS,
        GS_TRIG31,
        r"\{2,3\}",
        r"x=2 or x=3",
        True,
        "answer '{2,3}' and the work's 'x=2 or x=3', 'Both values check and the solution set is {2,3}'",
    ),
    # qammunity 2998338: -3x >= 9; "Solution : x ≤ (-3)", "Interval Notation : (-infinity, -3]".
    _w(
        QAM,
        QAM_2998338,
        r"(-infinity, -3]",
        r"x ≤ (-3)",
        True,
        "answer: 'Solution : x ≤ (-3)' and 'Interval Notation : (-infinity, -3]'",
    ),
    _w(
        QAM,
        QAM_2998338,
        r"(-infinity, -3]",
        r"x\leq(-3)",
        True,
        "answer's last worked line (image alt text) 'x\\leq(-3)' and its interval notation",
    ),
    # socratic: factor x^4 - 9x^2.
    *_chain(
        SOC,
        SOC_FAC,
        r"{x}^{2} \cdot \left(x - 3\right) \left(x + 3\right)",
        [
            r"{x}^{4} - 9 {x}^{2}",
            r"\textcolor{red}{{x}^{2}} \cdot \left({x}^{2} - 9\right)",
        ],
        "answer: x^4 - 9x^2, 'take x^2 as a common factor', '= x^2 (x-3)(x+3)'",
    ),
    # algebra.com question 1182006: Keller's factorisation of x^4 - 8x^2 - 9.
    _w(
        ALG,
        ALG_811966,
        r"(x-3)(x+3)(x^2+1)",
        r"x^4-8x^2-9",
        True,
        "solution 811966: {{{x^4-8x^2-9}}} ... {{{(x-3)(x+3)(x^2+1)}}}",
    ),
    _w(
        ALG,
        ALG_811966,
        r"(x-3)(x+3)(x^2+1)",
        r"(x^2-9)(x^2+1)",
        True,
        "solution 811966: {{{(x^2-9)(x^2+1)}}} then the difference of squares",
    ),
    _w(
        ALG,
        ALG_811999,
        r"(x-3)(x+3)(x^2+1)",
        r"(x + 1)(x  -  1)(x + 3)(x  -  3)",
        False,
        "solution 811999 on Keller's work: 'x + 1 and x - 1 are NOT factors of x^2 + 1'; gold is "
        "the factorisation of solution 811966 to the same question",
    ),
    # algebra.com 970385 (jim_thompson5910): "So in the end, (x^2-9)^2 + 8x (x^2-9) factors to
    # (x-3)(x+3)(x+9)(x-1)"; the Q-substitution lines are left out (another variable).
    *_chain(
        ALG,
        ALG_970385,
        r"(x-3)(x+3)(x+9)(x-1)",
        [
            r"(x^2-9)^2 + 8x (x^2-9)",
            r"(x^2-9)*((x^2-9) + 8x)",
            r"(x^2-9)*(x^2 + 8x-9)",
            r"(x-3)(x+3)*(x^2 + 8x - 9)",
        ],
        "jim_thompson5910's steps ending 'factors to (x-3)(x+3)(x+9)(x-1)'; decoded from "
        "URL-encoding ('+' as space)",
    ),
]
