r"""A fifty-fifth fresh set of answer-equivalence cases (evaluation only; helper "f": answers
that are functions -- inverse functions in two forms, compositions fg(x) / (f o g)(x) against
their expansions, function notation against equations (f^{-1}(x) = ... vs y = ...), a domain
in words, inequality and interval form, a translated graph's equation -- settled by a person on
a public web page).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; none of the pages was used by an earlier set (checked against bench/data/README.md,
bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py, bench/data/equiv_fresh4.md,
the claims folders of earlier rounds and /work/wt/fresh55_claims; each page was claimed in
/work/wt/fresh55_claims before use). Each case gives the reference answer (``gold``), the
prediction (``pred``: the other form a person on the page equates with it, or sets against it;
always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and the verdict
(``expected``) settled on the page, with no one on the page contradicting it. ``repo`` is the
domain of the stored copy and ``where`` its full URL. There is no commit; every source is a web
page with no licence file. Only the text the search tool returned for a page (its excerpt) was
read. Do not tune the judge on these cases.

Transcription: strings are copied as the stored page shows them ("f^-1(x)", "f^( -1 )( x )",
"1 and 1/6", en dashes used as minus signs, "[ 120]/ 9", ``\dfrac{x-3}2``), except that
ximpledu's italic markers (``*x*``, the converter's rendering of italic letters) are dropped.
Where a page writes a chain ``A = B = C`` (a worked solution's steps), the last form, the page's
answer, is the gold and each earlier self-contained form a prediction; forms that still name an
unevaluated function (``f(2x - 1)``, ``3g(x)+2``, ``g(6)``) are not used, nor are intermediate
values that are not the question's answer (knowt's f(4) = 7 on the way to gf(4) = 18). Where a
page writes "A, or B" / "A also = B" the first-named form is the gold. Where a page solves
``y = ...`` and then renames it ``f^{-1}(x) = ...``, the function-notation form is the gold and
the ``y =`` form the prediction.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- petfoodhonesty.com responto 24633937 (a Brainly mirror; a person's LaTeX answer:
  ``f^{-1}(x) = \dfrac{x-3}2 = \boxed{\dfrac12x-\dfrac32}``). 1 case.
- www.thestudentroom.co.uk 5391234 (a reply: ``y = \frac{1}{2x}-\frac{1}{2}``, then
  ``g^{-1}(x) = \frac{1}{2x}-\frac{1}{2}``; a second reply: "they will allow equivalent forms").
  1 case.
- www2.dbl.id lock-code 26549617 (a Brainly mirror: "f^-1(x) = (x +5)/3 also = 1/3 x + 5/3",
  "y = (-x - 5)/-3", "y = (x + 5)/3 OR y = (1/3)x + 5/3", "f^-1(x) = 1/3 x + 5/3"). 4 cases.
- jrblindonesia.dbl.id lock-code 1616577 (a Brainly mirror: f(x)=3x-1/2, "(x+1/2)/3=y",
  "f⁻¹(x)=(x+1/2)/3", "f⁻¹(3)=(3+1/2)/3", "=(3.5)/3", "=1 and 1/6"). 3 cases.
- www.wyzant.com 220887 (tutor Mark O.: "y = x/5 + 1/15 / Now, call y f-1(x)"; "5(x/5 + 1/15) -
  1/3 = x + 1/3 - 1/3 = x"). 3 cases.
- www.wyzant.com 271365 (tutor Andrew M.: "-x+2 = y / y = 2 - x"). 1 case.
- astarmathsandphysics.com GCSE note 4523 ("3(x^2+x)+2=3x^2+3x+2", "3(1^2+1)+2=8"). 2 cases.
- www.dummies.com article 168080 ("3(2x – 1) – 10 ... simplifies even further to 6x – 13").
  1 case.
- www.gradesaver.com College Algebra 6th ed., 2.7 exercise 15 (``y = \frac{x-3}{2}``,
  ``f^{-1}(x) = \frac{x-3}{2}``, and the checks f(f^{-1}(x)) = x and f^{-1}(f(x)) = x written
  as chains). 7 cases.
- www.ximpledu.com composite-functions (Examples 2 and 3: (g o f)(x) = (2x)^{2} - (2x) + 1 =
  4x^{2} - 2x + 1, (f o g)(x) = 2(x^{2} - x + 1) = 2x^{2} - 2x + 2; "You can see that (g o f)(x)
  and (f o g)(x) are different"). 3 cases (one False).
- qammunity.org 12178643 (domain of (f o g)(x) = 2√x: "All Real x larger or equal zero / or in
  inequality form: x\geq 0 / or in interval notation: [0,\infty)"). 2 cases.
- www.wyzant.com 853722 (tutor Liz Z.: "f(√(x-2))=2(x-2)-1. 2(x-2)-1=2x-4-1=2x-5."). 2 cases.
- indextestingapp.uonbi.ac.ke preguntia 11813147 (a Brainly mirror: two answerers give 2^x moved
  3 right and 2 down as ``g(x)=2^{x-3}-2`` and "g(x) = 2^(x - 3) - 2"). 1 case.
- www.africaexams.com WAEC Further Mathematics 2014, question 15 (worked explanation:
  ``h(x) = \frac{2(2x-3)-1}{2x-3} = \frac{4x-7}{2x-3}`` for h : x -> 2 - 1/(2x-3), then
  ``y = \frac{3x-7}{2x-4}``, ``h^{-1}(x) = \frac{3x-7}{2x-4}``). 3 cases.
- www.thestudentroom.co.uk 22897 (f = 2x + 1, g = x^2, h = 1/x; the asker's "gf(x) = 4x^2 + 4x
  + 2" corrected by the reply to "gf(x) = 4x^2 + 4x + 1"; "gh(x) = (1/x)^2 = 1/x * 1/x = 1/x^2 =
  hg(x)"). 3 cases (one False).
- knowt.com note 838986a3 (a student's revision note on functions: "fg(x) = (2x+1)^2 + 4 / fg(x)
  = 4x^2 +4x + 5", "= 3(2x+3) -1 = 6x +9 - 1 = 6x + 8", "y = (x-8) / 6 ... h^-1 (x) = (x-8)/6",
  gf(4) = "2(7) +4 = 14+4 = 18", f(g(3)) = "2(4) + 5 = 13", g(f(3)) = "6^2+1 = 36+1 = 37").
  9 cases.
- web2.0calc.com answers page 8051 (Melody: swapping the letters of y=x^2 gives x=y^2, which "is
  not the inverse function of y=x^2 because it is NOT a function at all"; "The inverse of y=x^2
  is y=\sqrt{x} x\ge 0"). 1 case (False).
- web2.0calc.com answers page 5448 ("f-1(20) = [5 (20 + 4)] / 9 = [ 120]/ 9", "h-1(4) = 1/(4)^2
  = 1/16"). 2 cases.
- answer.ya.guru 623726 ("y = -3x + 3 / STEP 4: Stick in the inverse notation ... f^( -1 )( x ) =
  -3x + 3"). 1 case.
- www.enotes.com homework-help 457275 (two educators: "f^-1(x) = 3 - 2x"; "y=3-2x", "f^(-1) (x)
  = 3- 2x is the inverse"). 1 case.
- questioncove.com 51a54803e4b00f621d7a1210 (``\[2(x-3)=y\]\[f^{-1}(x)=2(x-3)\]``). 1 case.
- send.suryamkt.com.br espacio 2437136 (a Brainly mirror: two answerers give y = x^2 moved 3 up
  and 2 right as "y=(x-2)^2+3" and "y = ( x - 2 )² + 3"). 1 case.

Left out, by rule: the multiple-choice letters (send.suryamkt's "The answer is C"); a truncated
decimal offered as an alternative ("1 and 1/6 or 1.1666666", jrblindonesia); equations that are
steps of a solution rather than answers ("x = 2y + 3", "3x - 3 = -y", "1/x = 2y + 1"); forms that
still name an unevaluated function (ywlcsmath11's ``f(2x - 1)``, goteaching's ``f(x - 2) + 3``,
astar's ``3g(x)+2``, ximpledu's ``g(6)``); intermediate values that are not the answer; lines whose
superscripts were lost in conversion ("3(1 - 20x )2", "5x2", "(3x2 – 10)2", "(x-2)2 +3",
"2(√(x-2))2-1", "g(28) = 3(28)2 – 10"); web2.0calc 5448's "[5 (x + 4)] / 9 = f-1(x)" against
"[5 (x + 4)] / 9 = y" (written with the function on the right); the thestudentroom 22897 answer
"x = 0, -2" (one form only).

Examined and not used: tutorsglobe.com 5264229 (claimed; every formula lost its superscripts);
a.simonm.io mark schemes (LLM-transcribed pages, as earlier sets found); mathskey.com,
mathway.com, mathix.co, askanewquestion.com, mysovi.ai, questionai.com, gauthmath.com,
edu.com, math-gpt.org, vaia.com, qeeebo.com, topmygrade.aartiq.com, maths-help.co.uk,
codingace.net, bettingsidernorge.com, mis.kyeop.go.ke and homemirresistivel.com (machine-written
or LLM answers, or formulas stripped); huggingface.co Nemotron-CC-Math (LLM-rewritten pages);
indextestingapp 29158078 (the answerer calls (-x-2)^2+3 "Same thing" as (x-2)^2+3, which is
wrong); schooltrainer.com (the page's "y = 3 – x" for 3x + 5y = 15 is wrong); qammunity 2993587
(gives ±√(x+1) as an inverse function); mathhelpforum 61897 (the book's form is not shown),
112415 (one form only) and 85979, 117151, 181305 (formulas lost); physicsforums 163691 and
796775 (no second form settled); personal.psu.edu dxm7, homepage.mac.com shelleywalsh,
www.wyzant.com 690860, freemathhelp 43964, jtaylor1142001.net (superscripts or formulas lost);
wyzant 810019 (unbalanced brackets in the check); dsemth.com (examined by an earlier set);
algebra.com, socratic.org and jiskha.com pages (sites this round avoids); atarnotes 19542
(students guessing at marks, no settled verdict); waeconline.org.ng examiner report (formulas
lost); code.policylink.org and mammothmemory.net (used by earlier sets).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c


def _rows(repo: str, where: str, rows: list[tuple[str, str, bool, str]]) -> list[dict[str, object]]:
    """Bare-answer cases (gold, pred, expected, why) from one page."""
    return [_c(repo, where, gold=g, pred=p, wrap=True, expected=ok, why=w) for g, p, ok, w in rows]


PFH = "petfoodhonesty.com"
PFH_AT = "https://petfoodhonesty.com/responto/24633937"

TSR = "www.thestudentroom.co.uk"
TSR_5391234 = "https://www.thestudentroom.co.uk/showthread.php?t=5391234"
TSR_22897 = "https://www.thestudentroom.co.uk/showthread.php?t=22897"

DBL = "www2.dbl.id"
DBL_AT = "https://www2.dbl.id/lock-code/26549617"

JRB = "jrblindonesia.dbl.id"
JRB_AT = "https://jrblindonesia.dbl.id/lock-code/1616577"

WYZ = "www.wyzant.com"
WYZ_220887 = "https://www.wyzant.com/resources/answers/220887/find_the_inverse"
WYZ_271365 = "https://www.wyzant.com/resources/answers/271365/inverse_function"
WYZ_853722 = (
    "https://www.wyzant.com/resources/answers/853722/"
    "hello-i-m-new-to-wyzant-please-help-me-with-my-algebra-homework-as-soon-as-"
)

AST = "astarmathsandphysics.com"
AST_AT = "https://astarmathsandphysics.com/gcse-maths-notes/4523-composing-functions.html"

DUM = "www.dummies.com"
DUM_AT = (
    "https://www.dummies.com/article/academics-the-arts/math/pre-calculus/"
    "how-to-break-down-a-composition-of-functions-168080/"
)

GRS = "www.gradesaver.com"
GRS_AT = (
    "https://www.gradesaver.com/textbooks/math/algebra/college-algebra-6th-edition/"
    "chapter-2-functions-and-graphs-exercise-set-2-7-page-309/15"
)

XIM = "www.ximpledu.com"
XIM_AT = "https://www.ximpledu.com/composite-functions/"

QAM = "qammunity.org"
QAM_AT = "https://qammunity.org/12178643"

ITA = "indextestingapp.uonbi.ac.ke"
ITA_AT = "https://indextestingapp.uonbi.ac.ke/preguntia/11813147"

AFX = "www.africaexams.com"
AFX_AT = "https://www.africaexams.com/test/waec-further-mathematics-2014-paper/15"

KNT = "knowt.com"
KNT_AT = "https://knowt.com/note/838986a3-61b6-4e9e-9e76-ce6e93d14b60/functions"

W2C = "web2.0calc.com"
W2C_8051 = "https://web2.0calc.com/answers/page/8051"
W2C_5448 = "https://web2.0calc.com/answers/page/5448"

YAG = "answer.ya.guru"
YAG_AT = (
    "https://answer.ya.guru/questions/623726-determine-the-inverse-of-the-function-show-work-"
    "please.html"
)

ENO = "www.enotes.com"
ENO_AT = "https://www.enotes.com/homework-help/what-inverse-f-x-3-x-2-457275"

QCV = "questioncove.com"
QCV_AT = "https://questioncove.com/updates/51a54803e4b00f621d7a1210"

SUR = "send.suryamkt.com.br"
SUR_AT = "https://send.suryamkt.com.br/espacio/2437136"

CASES = [
    # petfoodhonesty: f^{-1}(x) = (x-3)/2 = \boxed{x/2 - 3/2} (inverse of 2x + 3).
    *_rows(
        PFH,
        PFH_AT,
        [
            (r"\dfrac12x-\dfrac32", r"\dfrac{x-3}2", True, "f^{-1}(x) = (x-3)/2 = x/2 - 3/2"),
        ],
    ),
    # thestudentroom 5391234: g = 1/(2x+1); y = 1/(2x) - 1/2, i.e. g^{-1}(x) = 1/(2x) - 1/2.
    *_rows(
        TSR,
        TSR_5391234,
        [
            (
                r"g^{-1}(x) = \frac{1}{2x}-\frac{1}{2}",
                r"y = \frac{1}{2x}-\frac{1}{2}",
                True,
                "reply: y = 1/(2x) - 1/2, then g^{-1}(x) = 1/(2x) - 1/2",
            ),
        ],
    ),
    # www2.dbl.id: inverse of 3x - 5.
    *_rows(
        DBL,
        DBL_AT,
        [
            (r"(x +5)/3", r"1/3 x + 5/3", True, "f^-1(x) = (x +5)/3 also = 1/3 x + 5/3"),
            (r"(x + 5)/3", r"(-x - 5)/-3", True, "y = (-x - 5)/-3, y = (x + 5)/3"),
            (r"(x + 5)/3", r"(1/3)x + 5/3", True, "y = (x + 5)/3 OR y = (1/3)x + 5/3"),
            (
                r"f^-1(x) = 1/3 x + 5/3",
                r"y = (1/3)x + 5/3",
                True,
                "y = (1/3)x + 5/3, final f^-1(x) = 1/3 x + 5/3",
            ),
        ],
    ),
    # jrblindonesia: f(x) = 3x - 1/2, its inverse and f^{-1}(3).
    *_rows(
        JRB,
        JRB_AT,
        [
            (r"f⁻¹(x)=(x+1/2)/3", r"(x+1/2)/3=y", True, "(x+1/2)/3=y, replace: f⁻¹(x)=(x+1/2)/3"),
            (r"1 and 1/6", r"(3+1/2)/3", True, "f⁻¹(3)=(3+1/2)/3=(3.5)/3=1 and 1/6"),
            (r"1 and 1/6", r"(3.5)/3", True, "f⁻¹(3)=(3.5)/3=1 and 1/6"),
        ],
    ),
    # wyzant 220887: inverse of 5x - 1/3 and the check f(f^{-1}(x)) = x.
    *_rows(
        WYZ,
        WYZ_220887,
        [
            (r"f-1(x) = x/5 + 1/15", r"y = x/5 + 1/15", True, "y = x/5 + 1/15; call y f-1(x)"),
            (r"x", r"5(x/5 + 1/15) - 1/3", True, "f(f-1(x)) = 5(x/5 + 1/15) - 1/3 = ... = x"),
            (r"x", r"x + 1/3 - 1/3", True, "f(f-1(x)) = x + 1/3 - 1/3 = x"),
        ],
    ),
    # wyzant 271365: inverse of 2 - x is itself.
    *_rows(
        WYZ,
        WYZ_271365,
        [
            (r"2 - x", r"-x+2", True, "-x+2 = y, y = 2 - x, f^{-1}(x) = 2-x"),
        ],
    ),
    # astarmathsandphysics: f(x) = 3x+2, g(x) = x^2+x.
    *_rows(
        AST,
        AST_AT,
        [
            (r"3x^2+3x+2", r"3(x^2+x)+2", True, "f(g(x))=3(x^2+x)+2=3x^2+3x+2"),
            (r"8", r"3(1^2+1)+2", True, "f(g(1))=3(1^2+1)+2=8"),
        ],
    ),
    # dummies: a composition that "simplifies even further to 6x – 13".
    *_rows(
        DUM,
        DUM_AT,
        [
            (r"6x – 13", r"3(2x – 1) – 10", True, "3(2x – 1) – 10 simplifies to 6x – 13"),
        ],
    ),
    # gradesaver: f(x) = 2x + 3, its inverse, and the two checks.
    *_rows(
        GRS,
        GRS_AT,
        [
            (
                r"f^{-1}(x) = \frac{x-3}{2}",
                r"y = \frac{x-3}{2}",
                True,
                "y = (x-3)/2, f^{-1}(x) = (x-3)/2",
            ),
            (r"x", r"2(\frac{x-3}{2}) + 3", True, "f(f^{-1}(x)) = 2((x-3)/2) + 3 = ... = x"),
            (r"x", r"\frac{2(x-3)}{2} + 3", True, "f(f^{-1}(x)) = 2(x-3)/2 + 3 = ... = x"),
            (r"x", r"x - 3 + 3", True, "f(f^{-1}(x)) = x - 3 + 3 = x"),
            (r"x", r"\frac{(2x+3) -3}{2}", True, "f^{-1}(f(x)) = ((2x+3) - 3)/2 = ... = x"),
            (r"x", r"\frac{2x + 3 - 3}{2}", True, "f^{-1}(f(x)) = (2x + 3 - 3)/2 = ... = x"),
            (r"x", r"\frac{2x}{2}", True, "f^{-1}(f(x)) = 2x/2 = x"),
        ],
    ),
    # ximpledu: f(x) = 2x, g(x) = x^2 - x + 1; (g o f)(x) and (f o g)(x) "are different".
    *_rows(
        XIM,
        XIM_AT,
        [
            (r"4x^{2} - 2x + 1", r"(2x)^{2} - (2x) + 1", True, "Example 2: (g o f)(x)"),
            (r"2x^{2} - 2x + 2", r"2(x^{2} - x + 1)", True, "Example 3: (f o g)(x)"),
            (
                r"4x^{2} - 2x + 1",
                r"2x^{2} - 2x + 2",
                False,
                "(g o f)(x) and (f o g)(x) are different",
            ),
        ],
    ),
    # qammunity 12178643: the domain of (f o g)(x) = 2 sqrt(x) in three forms.
    *_rows(
        QAM,
        QAM_AT,
        [
            (r"[0,\infty)", r"x\geq 0", True, "inequality form x >= 0, or interval [0, inf)"),
            (
                r"[0,\infty)",
                r"All Real x larger or equal zero",
                True,
                "All Real x larger or equal zero, or in interval notation [0, inf)",
            ),
        ],
    ),
    # wyzant 853722: f(x) = 2x^2 - 1, g(x) = sqrt(x - 2), f(g(x)).
    *_rows(
        WYZ,
        WYZ_853722,
        [
            (r"2x-5", r"2(x-2)-1", True, "f(g(x)) = 2(x-2)-1 = 2x-4-1 = 2x-5"),
            (r"2x-5", r"2x-4-1", True, "2x-4-1 = 2x-5"),
        ],
    ),
    # indextestingapp 11813147: 2^x translated 3 right and 2 down, by two answerers.
    *_rows(
        ITA,
        ITA_AT,
        [
            (
                r"g(x)=2^{x-3}-2",
                r"g(x) = 2^(x - 3) - 2",
                True,
                "first answer g(x)=2^{x-3}-2; second answer g(x) = 2^(x - 3) - 2",
            ),
        ],
    ),
    # africaexams WAEC 2014 Further Mathematics Q15: h : x -> 2 - 1/(2x-3) and its inverse.
    *_rows(
        AFX,
        AFX_AT,
        [
            (r"\frac{4x-7}{2x-3}", r"2 - \frac{1}{2x-3}", True, "2 - 1/(2x-3) = (4x-7)/(2x-3)"),
            (
                r"\frac{4x-7}{2x-3}",
                r"\frac{2(2x-3)-1}{2x-3}",
                True,
                "h(x) = (2(2x-3)-1)/(2x-3) = (4x-7)/(2x-3)",
            ),
            (
                r"h^{-1}(x) = \frac{3x-7}{2x-4}",
                r"y = \frac{3x-7}{2x-4}",
                True,
                "y = (3x-7)/(2x-4), h^{-1}(x) = (3x-7)/(2x-4)",
            ),
        ],
    ),
    # thestudentroom 22897: f = 2x + 1, g = x^2, h = 1/x.
    *_rows(
        TSR,
        TSR_22897,
        [
            (
                r"4x^2 + 4x + 1",
                r"4x^2 + 4x + 2",
                False,
                "asker's gf(x) = 4x^2 + 4x + 2; reply: gf(x) = 4x^2 + 4x + 1",
            ),
            (r"1/x^2", r"(1/x)^2", True, "gh(x) = (1/x)^2 = 1/x * 1/x = 1/x^2 = hg(x)"),
            (r"1/x^2", r"1/x * 1/x", True, "gh(x) = 1/x * 1/x = 1/x^2"),
        ],
    ),
    # knowt 838986a3: a student's note on composite and inverse functions.
    *_rows(
        KNT,
        KNT_AT,
        [
            (r"4x^2 +4x + 5", r"(2x+1)^2 + 4", True, "fg(x) = (2x+1)^2 + 4, fg(x) = 4x^2 +4x + 5"),
            (r"6x + 8", r"3(2x+3) -1", True, "g(f(x)) = 3(2x+3) -1 = 6x +9 - 1 = 6x + 8"),
            (r"6x + 8", r"6x +9 - 1", True, "g(f(x)) = 6x +9 - 1 = 6x + 8"),
            (r"h^-1 (x) = (x-8)/6", r"y = (x-8) / 6", True, "y = (x-8) / 6, h^-1 (x) = (x-8)/6"),
            (r"18", r"2(7) +4", True, "gf(4): g(7) = 2(7) +4 = 14+4 = 18"),
            (r"18", r"14+4", True, "gf(4): g(7) = 14+4 = 18"),
            (r"13", r"2(4) + 5", True, "f(g(3)): f(4) = 2(4) + 5 = 13"),
            (r"37", r"6^2+1", True, "g(f(3)): g(6) = 6^2+1 = 36+1 = 37"),
            (r"37", r"36+1", True, "g(f(3)): g(6) = 36+1 = 37"),
        ],
    ),
    # web2.0calc 8051 (Melody): x=y^2 is not the inverse function of y=x^2.
    *_rows(
        W2C,
        W2C_8051,
        [
            (
                r"y=\sqrt{x}",
                r"x=y^2",
                False,
                "swapping gives x=y^2, not the inverse function; the inverse is y=sqrt(x), x>=0",
            ),
        ],
    ),
    # web2.0calc 5448: f(x) = (9/5)x - 4 and h(x) = 1/sqrt(x), inverse values.
    *_rows(
        W2C,
        W2C_5448,
        [
            (r"[ 120]/ 9", r"[5 (20 + 4)] / 9", True, "f-1(20) = [5 (20 + 4)] / 9 = [ 120]/ 9"),
            (r"1/16", r"1/(4)^2", True, "h-1(4) = 1/(4)^2 = 1/16"),
        ],
    ),
    # answer.ya.guru 623726: inverse of -(1/3)x + 1.
    *_rows(
        YAG,
        YAG_AT,
        [
            (
                r"f^( -1 )( x ) = -3x + 3",
                r"y = -3x + 3",
                True,
                "y = -3x + 3; stick in the inverse notation: f^( -1 )( x ) = -3x + 3",
            ),
        ],
    ),
    # enotes 457275: inverse of (3 - x)/2, by two educators.
    *_rows(
        ENO,
        ENO_AT,
        [
            (r"f^-1(x) = 3 - 2x", r"y=3-2x", True, "justaguide: f^-1(x) = 3 - 2x; second: y=3-2x"),
        ],
    ),
    # questioncove: inverse of x/2 + 3.
    *_rows(
        QCV,
        QCV_AT,
        [
            (r"f^{-1}(x)=2(x-3)", r"2(x-3)=y", True, "swap x and y: 2(x-3)=y, f^{-1}(x)=2(x-3)"),
        ],
    ),
    # send.suryamkt: y = x^2 shifted 3 up and 2 right, by two answerers.
    *_rows(
        SUR,
        SUR_AT,
        [
            (
                r"y=(x-2)^2+3",
                r"y = ( x - 2 )² + 3",
                True,
                "first answer: C, y=(x-2)^2+3; second: y = ( x - 2 )² + 3",
            ),
        ],
    ),
]
