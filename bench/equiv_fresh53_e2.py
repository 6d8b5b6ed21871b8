r"""A fifty-third fresh set of answer-equivalence cases, continued (evaluation only; helper "e":
domains, ranges and solution sets written as inequalities, intervals, set-builder notation, words,
"all real numbers" / R and "no solution" / the empty set, settled by a person on a public web page).

Same rules as bench/equiv_fresh53_e.py, whose docstring lists these sources with the rest: cases
are transcribed from the excerpts the search tool's ``pages`` corpus returned for pages that no
earlier set used (each URL or page id grepped in bench/ and checked against the claims folders
/work/wt/fresh2*_claims ... fresh52_claims, then claimed in /work/wt/fresh53_claims). ``repo`` is
the domain of the stored copy and ``where`` its full URL; there is no commit and every source is
a web page with no licence file. ``pred`` is always a bare answer (``wrap`` True); ``expected`` is
the verdict settled on the page, with no one on the page contradicting it. Strings are copied as
stored (U+2212 minus signs, ``inf``, ``U`` for union, ``n`` for intersection, LaTeX). Where a
page converts a given form into its answer, the answer is the gold. Do not tune the judge on these
cases.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- anonyproxies.com copy of scribd.com document 623144373 "CRW 1 Functions markScheme" (Q4 range:
  "f>9 B1 Allow y but not x"). 2 cases (1 False).
- vdocuments.site PhysicsAndMathsTutor C3 (6665) January 2011 mark scheme (Q6(b) "Range of g is
  -9≤ g(x)≤ 4 or -9≤ y ≤ 4 Correct Range B1"). 1 case.
- www.enotes.com 244971 (x^2 - x - 6 > 0, the second answerer's intersections). 2 cases.
- petfoodhonesty.com responto 8707174 (Brainly mirror; the domain as "Set of all real numbers",
  in set-builder and in interval notation). 2 cases.
- www.gradesaver.com Intermediate Algebra for College Students 7e, 1.4 p.50 #7 (the empty set as
  $\emptyset$ or $\left\{\right\}$). 1 case.
- www.gradesaver.com Elementary and Intermediate Algebra 6e, 7.2 p.458 #31 (domain and range in
  set-builder notation "or" interval notation). 2 cases.
- math.hlasnet.com math109 handout "Interval notations" (row #1 of a table whose rows hold
  "equivalent expressions"). 2 cases.
- app.mathacademy.us topic 458 "unions of intervals" (two worked examples). 2 cases.
- qammunity.org 18332638 (pieces of a union converted to intervals; x ≥ 1 as 1 ≤ x). 3 cases.
- vvhen.is transcript f8TtXICERQ8 (a teacher: "all real solutions all real numbers infinitely many
  solutions however you want to say it"). 3 cases.
- mathproofaday.blogspot.com 2009/03 "equations of null and infinite" (empty set / no solution;
  the set of all reals / R). 2 cases.
- moodlehub.ca page 64947 ("Compare your answers": interval notation and words). 5 cases.
- slideplayer.com 9666278 (inequality notation and interval notation for the same graphs).
  4 cases.
- qammunity.org 9532540 ("(-∞ , -1) ∪ [ 2 , +∞)" in words and its two pieces). 3 cases.
- web2.0calc.com "write the interval of points that are less than -4". 3 cases.
- openstudy.com 4f18c3eee4b04992dd21c4ca (x<-2 or x≥5 as $(-\infty,-2)U[5,\infty)$). 1 case.

What was left out, and why, is written in bench/equiv_fresh53_e.py.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c


def _w(repo: str, where: str, gold: str, pred: str, ok: bool, why: str) -> dict[str, object]:
    return _c(repo, where, gold=gold, pred=pred, wrap=True, expected=ok, why=why)


AP = "anonyproxies.com"
AP_URL = (
    "https://anonyproxies.com/a2/index.php?q=https%3A%2F%2Fwww.scribd.com%2Fdocument"
    "%2F623144373%2FCRW-1-Functions-markScheme"
)
VD = "vdocuments.site"
VD_URL = (
    "https://vdocuments.site/"
    "questionhomeworkm34mathscomfilesdocuments79af0c10-c40b-472e-901b-76e36d-l.html"
)
EN = "www.enotes.com"
EN_URL = "https://www.enotes.com/homework-help/what-solution-inequation-x-2-x-6-gt-0-244971"
PF = "petfoodhonesty.com"
PF_URL = "https://petfoodhonesty.com/responto/8707174"
GS = "www.gradesaver.com"
GS_IA7 = (
    "https://www.gradesaver.com/textbooks/math/algebra/"
    "intermediate-algebra-for-college-students-7th-edition/"
    "chapter-1-section-1-4-solving-linear-equations-concept-and-vocabulary-check-page-50/7"
)
GS_EIA6 = (
    "https://www.gradesaver.com/textbooks/math/algebra/"
    "elementary-and-intermediate-algebra-concepts-and-applications-6th-edition/"
    "chapter-7-functions-and-graphs-7-2-domain-and-range-7-2-exercise-set-page-458/31"
)
HL = "math.hlasnet.com"
HL_URL = "https://math.hlasnet.com/math109/handouts/interval-notation.html"
MA = "app.mathacademy.us"
MA_URL = "https://app.mathacademy.us/topics/unions-of-intervals-458"
QA = "qammunity.org"
QA_18332638 = "https://qammunity.org/18332638"
QA_9532540 = "https://qammunity.org/9532540"
VV = "vvhen.is"
VV_URL = "https://vvhen.is/when-is-it/no-solution/f8TtXICERQ8"
MP = "mathproofaday.blogspot.com"
MP_URL = "http://mathproofaday.blogspot.com/2009/03/equations-of-null-and-infinite.html"
MH = "moodlehub.ca"
MH_URL = "https://moodlehub.ca/mod/page/view.php?id=64947"
SP = "slideplayer.com"
SP_URL = "https://slideplayer.com/slide/9666278/"
WC = "web2.0calc.com"
WC_URL = "https://web2.0calc.com/questions/write-the-interval-of-points-that-are-less-than-4"
OS = "openstudy.com"
OS_URL = "http://openstudy.com/updates/4f18c3eee4b04992dd21c4ca"

CASES: list[dict[str, object]] = [
    # CRW 1 Functions mark scheme, Q4 (range): "f>9 B1 Allow y but not x".
    _w(AP, AP_URL, r"f>9", r"y>9", True, "Q4: 'Allow y'"),
    _w(AP, AP_URL, r"f>9", r"x>9", False, "Q4: '... but not x'"),
    # C3 January 2011 mark scheme, Q6(b).
    _w(VD, VD_URL, r"-9≤ g(x)≤ 4", r"-9≤ y ≤ 4", True, "Q6(b): 'or -9≤ y ≤ 4 Correct Range B1'"),
    # enotes 244971, the second answerer's working for x^2 - x - 6 > 0.
    _w(
        EN,
        EN_URL,
        r"(3,inf)",
        r"( 3, inf ) n (-2, inf)",
        True,
        "'x = ( 3, inf ) n (-2, inf) = (3,inf)'",
    ),
    _w(
        EN,
        EN_URL,
        r"( -inf, -2)",
        r"( -inf, 3) n ( -inf , -2)",
        True,
        "'x = ( -inf, 3) n ( -inf , -2) = ( -inf, -2)'",
    ),
    # petfoodhonesty 8707174 (Brainly mirror).
    _w(
        PF,
        PF_URL,
        r"Set of all real numbers",
        r"\left\{x|x\in\mathbb{R}\right\}",
        True,
        "'in set-builder notation ... x is any real number'",
    ),
    _w(
        PF,
        PF_URL,
        r"Set of all real numbers",
        r"\left(-\infty, \infty\right)",
        True,
        "'in interval notation ... the entire real number line'",
    ),
    # gradesaver.
    _w(
        GS,
        GS_IA7,
        r"\emptyset",
        r"\left\{\right\}",
        True,
        "'The solution set can be expressed as $\\emptyset$ or $\\left\\{\\right\\}$'",
    ),
    _w(GS, GS_EIA6, r"[0,\infty)", r"\{x\in \mathbb{R}\ |\ x\geq 0\}", True, "#31 domain, 'or'"),
    _w(GS, GS_EIA6, r"[0,\infty)", r"\{y\in \mathbb{R}\ |\ y\geq 0\}", True, "#31 range, 'or'"),
    # hlasnet handout, row #1 ("Each row of the table has equivalent expressions").
    _w(HL, HL_URL, r"[-1, 10)", r"-1 ≤ x < 10", True, "row #1, inequality notation"),
    _w(HL, HL_URL, r"[-1, 10)", r"{ x | -1 ≤ x < 10}", True, "row #1, set notation"),
    # Math Academy topic 458, worked examples.
    _w(
        MA,
        MA_URL,
        r"(-\infty, 4) \:{\cup}\: [10, \infty)",
        r"x < 4 or x \ge 10",
        True,
        "'Express the compound inequality x < 4 or x \\ge 10 using interval notation'",
    ),
    _w(
        MA,
        MA_URL,
        r"x < -1 \text{ or } x \geq 2",
        r"\left(-\infty, -1 \right) \cup [2, \infty)",
        True,
        "'Express \\left(-\\infty, -1 \\right) \\cup [2, \\infty) as an inequality'",
    ),
    # qammunity 18332638.
    _w(QA, QA_18332638, r"(-∞, -3)", r"x < -3", True, "'x < -3 which converts to (-∞, -3)'"),
    _w(QA, QA_18332638, r"[1, ∞)", r"x ≥ 1", True, "'x ≥ 1 which converts to [1, ∞)'"),
    _w(QA, QA_18332638, r"x ≥ 1", r"1 ≤ x", True, "'Think of x ≥ 1 as 1 ≤ x'"),
    # vvhen.is transcript: equations that are identities.
    *[
        _w(
            VV,
            VV_URL,
            r"infinitely many solutions",
            p,
            True,
            "teacher: 'however you want to say it that would be the answer'",
        )
        for p in [r"all real numbers", r"all real solutions", r"infinite number of solutions"]
    ],
    # mathproofaday.
    _w(
        MP,
        MP_URL,
        r"no solution",
        r"the empty set",
        True,
        "'the equation resolves to the empty set and that there is no solution'",
    ),
    _w(
        MP,
        MP_URL,
        r"R",
        r"the set of all reals",
        True,
        "'the set of all reals, often notated as R'",
    ),
    # moodlehub 64947 "Compare your answers".
    _w(MH, MH_URL, r"(−3,+∞)", r"y > − 3", True, "graph 1 range: number line and interval"),
    _w(
        MH,
        MH_URL,
        r"(−∞,3)",
        r"The set of all x such that x is less than 3, and x is a Real Number",
        True,
        "graph 1 domain: interval and words",
    ),
    _w(
        MH,
        MH_URL,
        r"(−3,+∞)",
        r"The set of all y such that y is greater than −3, and y is a Real Number",
        True,
        "graph 1 range: interval and words",
    ),
    _w(
        MH,
        MH_URL,
        r"[−2,3)",
        r"The set of all x such that x is greater than or equal to −2 and less than 3, and x is a "
        r"Real Number.",
        True,
        "graph 2 domain: interval and words",
    ),
    _w(
        MH,
        MH_URL,
        r"[−1,3)",
        r"The set of all y such that y is greater than or equal to −1 and less than 3, and y is a "
        r"Real Number.",
        True,
        "graph 2 range: interval and words",
    ),
    # slideplayer 9666278: the same graphs in inequality (set) notation and interval notation.
    _w(SP, SP_URL, r"[-5, 3]", r"-5 ≤ x ≤ 3", True, "first graph, domain"),
    _w(SP, SP_URL, r"[-3, 4]", r"-3 ≤ y ≤ 4", True, "first graph, range"),
    _w(SP, SP_URL, r"[-8, ∞)", r"-8 ≤ x", True, "second graph, domain ('Right side blank')"),
    _w(SP, SP_URL, r"(- ∞ , 4]", r"y ≤ 4", True, "second graph, range ('Left side blank')"),
    # qammunity 9532540.
    _w(
        QA,
        QA_9532540,
        r"(-∞ , -1) ∪ [ 2 , +∞)",
        r"all numbers except those that are at least -1 and less than 2",
        True,
        "'interval notation for all numbers except those that are at least -1 and less than 2'",
    ),
    _w(QA, QA_9532540, r"(-∞ , -1)", r"-∞ < x < -1", True, "left interval"),
    _w(QA, QA_9532540, r"[ 2 , +∞)", r"2 ≤ x < +∞", True, "right interval"),
    # web2.0calc: an answerer's working and answer line.
    _w(WC, WC_URL, r"(−∞, −4)", r"x < -4", True, "1: 'x such that x < -4'"),
    _w(
        WC,
        WC_URL,
        r"(−∞, −4)",
        r"x ∈ (−∞, −4)",
        True,
        "1: working 'x ∈ (−∞, −4)', answer '(−∞, −4)'",
    ),
    _w(
        WC,
        WC_URL,
        r"[−5, −1) ∪ (−1, 2)",
        r"x ∈ [−5, −1) ∪ (−1, 2)",
        True,
        "2: working and answer line",
    ),
    # openstudy 4f18c3ee.
    _w(
        OS,
        OS_URL,
        r"(-\infty,-2)U[5,\infty)",
        r"x<-2 or x≥5",
        True,
        "answerer: 'U means union. U also means OR'",
    ),
]
