r"""An eighth fresh set of answer-equivalence cases (evaluation only; helper "d", second part: the
first part, with the conventions, is bench/equiv_fresh8_d.py).

Cases are transcribed from graders' test suites that no earlier set used (see
bench/data/README.md, bench/equiv_issues_*.py, the fresh3..fresh7 modules and
/work/wt/fresh8_claims) and from one issue thread. ``gold`` is the reference answer, ``pred`` the
learner's / model's answer (a bare answer: ``wrap`` True), ``expected`` the verdict the test
asserts. ``where`` is ``path@commit`` in ``repo`` on github.com, or ``issues/N``. Do not tune the
judge on these cases.

Sources (repo, path @ commit, license of the stored copy):

- oppia/oppia (the Oppia learning platform's math answer checking; TypeScript specs)
  ``extensions/interactions/AlgebraicExpressionInput/directives/algebraic-expression-input-rules.service.spec.ts``
  @ 76f9a25e0d5ffc6f22237162cc8798b810e787e2,
  ``extensions/interactions/NumericExpressionInput/directives/numeric-expression-input-rules.service.spec.ts``
  and ``extensions/interactions/MathEquationInput/directives/math-equation-input-rules.service.spec.ts``
  @ 1e042a80db9b38bf2ede32b177af88c75e9a333c, Apache-2.0 (file headers).
  ``rulesService.IsEquivalentTo(answer, {x: ruleInput})`` asserted ``toBeTrue()`` /
  ``toBeFalse()``: the learner's ``answer`` is stored as ``pred``, the lesson creator's rule input
  ``x`` as ``gold``. Inputs are Oppia's plain-text syntax (``^`` powers, ``*`` or implicit
  products such as ``3x`` and ``3*x(3*x-2)``, ``sqrt(...)``). For equations, IsEquivalentTo means
  the same solution set (``x=3`` is not equivalent to ``(2*x+1)*(x-3)=0``).
- oppia/oppia issues/2775 (a ``MathExpressionInput`` answer ``K.(q/r)`` did not match the rule
  ``Kq/r`` while ``(Kq)/r`` did; the maintainer traced it to a math-expressions bug, later fixed;
  ``.`` is the learner's multiplication dot).
- numbas/Numbas issues/1012 (a Mathematical-expression part rejected the correct answer
  ``(-6)^n`` typed exactly as given; the maintainer confirmed and fixed a bug in raising a decimal
  to a non-integer power) and issues/1139 (with the correct answer ``(alpha(x+y))^(2)`` and
  unknown function names off, so ``alpha(x+y)`` = alpha*(x+y), Numbas accepted ``alpha(x+y)^(2)``
  and rejected ``(alpha(x+y))^(2)``; open, settled by the plain fact that
  (alpha*(x+y))^2 != alpha*(x+y)^2).
- ajtgjmdjp/jfinqa (Japanese financial numerical-reasoning QA benchmark) ``tests/test_metrics.py``
  @ 6a7e49d685bc66f7a637322e23cdd20dffd505c1, Apache-2.0 (README badge).
  ``exact_match(predicted, gold)`` and ``numerical_match(predicted, gold)`` (default 1% relative
  tolerance; every kept pair is exactly equal or clearly different). ``△`` / ``▲`` is the
  Japanese accounting minus sign.

Left out, by rule: Oppia's ``MatchesExactlyWith`` and ``MatchesUpToTrivialManipulations`` rules
(form policies that reject equal values written differently, e.g. ``10`` vs ``6-(-4)``), and the
equation rules' ``positionOfTerms`` variants (lhs / rhs / both / irrelevant); jfinqa's
``normalize_answer`` / ``extract_number`` unit tests (no answer pair), the explicit
``rel_tolerance`` tests (``42.5`` vs ``42.0`` at 2%, ``40.0`` at 1%), the unit-label convention
``24956百万円`` vs ``24956`` (百万円, "millions of yen", is read as a reporting unit, not a
multiplier) and the non-numeric ``consistent`` / ``inconsistent`` strings; the repeat of
``△1,000`` vs ``-1000`` under ``numerical_match``. Issue threads without a concrete pair or a
settled verdict were skipped (Khan/khan-exercises "marked wrong" reports: answer timelines
without the expected answer or a maintainer verdict; numbas/Numbas #288, #301, #788: links or
screenshots only); RLHFlow/Online-DPO-R1 #11 repeats ToRA / Qwen2.5-Math ``_test_math_equal``
pairs already used; openai/prm800k pull #19 (``\frac{0.5a}{b}/0.5`` vs ``2\frac{a}{2b}``) is
unmerged and ``2\frac{a}{2b}`` can be read as a mixed number.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

OPPIA = "oppia/oppia"
_OD = "extensions/interactions/{0}/directives/{1}-rules.service.spec.ts@{2}"
OPPIA_ALG = _OD.format(
    "AlgebraicExpressionInput",
    "algebraic-expression-input",
    "76f9a25e0d5ffc6f22237162cc8798b810e787e2",
)
OPPIA_NUM = _OD.format(
    "NumericExpressionInput",
    "numeric-expression-input",
    "1e042a80db9b38bf2ede32b177af88c75e9a333c",
)
OPPIA_EQ = _OD.format(
    "MathEquationInput", "math-equation-input", "1e042a80db9b38bf2ede32b177af88c75e9a333c"
)
JFIN = "ajtgjmdjp/jfinqa"
JFIN_AT = "tests/test_metrics.py@6a7e49d685bc66f7a637322e23cdd20dffd505c1"

# Oppia IsEquivalentTo: (gold = rule input x, [(pred = answer, expected), ...])
_G1 = "((x)^(2)-x)/(z)-4*y"
_G2 = "(a)^(2)+(b)^(2)+(c)^(2)+2*a*b+2*b*c+2*a*c"
_G3 = "x^(2*t+3)+x^4"
_G4 = "9*(x)^(2)-6*x+1"
_OPPIA_ALG: list[tuple[str, list[tuple[str, bool]]]] = [
    (
        _G1,
        [
            ("((x)^(2)-x)/(z)-4*y", True),
            ("-4*y+((x)^(2)-x)/(z)", True),
            ("((x)^(2)-x)*z^(-1)-4*y", True),
            ("(x*(x-1))/(z)-4*y", True),
            ("((x)^(2))/(z)-x/(z)-4*y", True),
            ("((x)^(2))/(z)-(x/(z)+4*y)", True),
            ("((x)^(2)-x)/(z)-40*y", False),
            ("((x)^(2)+x)/(z)-4*y", False),
            ("(x^(2.00000000000001)+x)/(z)+4*y", False),
        ],
    ),
    (
        _G2,
        [
            (_G2, True),
            ("2*a*b+2*b*c+2*a*c+(a)^(2)+(b)^(2)+(c)^(2)", True),
            ("a*a+b*b+(c^3)/c+2*a*b+2*b*c+2*c*a", True),
            ("(a)^(2)+(b)^(2)+(c)^(2)+2*(a*b+b*c+a*c)", True),
            ("(a+b)^2+c^2+2*b*c+2*a*c", True),
            ("(a+b+c)^2", True),
            ("(((a+b+c))^3)/(a+b+c)", True),
            ("(a)^(2)+(b)^(2)+(c)^(2)+2*a*b+2*b*c", False),
            ("(a+b-c)^2", False),
        ],
    ),
    (
        _G3,
        [
            ("x^(2*t+3)+x^4", True),
            ("x^(2*t)*x^3+((x)^(2))^2", True),
            ("(x^(2*t))/(x^(-3))+(x^8)/(x^4)", True),
            ("(x^(2*t+5))/((x)^(2))-(-x^4)", True),
            ("x^3*(x^(2*t)+x)", True),
            ("x^4*(x^(2*t-1)+1)", True),
            ("(x^(2*t+4)+x^5)/x", True),
            ("x^(2*t+3)+x^3+x", False),
            ("x^(2*t+3)-x^4", False),
        ],
    ),
    (
        _G4,
        [
            ("9*(x)^(2)-6*x+1", True),
            ("3*(3*(x)^(2)-2*x)+1", True),
            ("(3*x)^2-6*x+1", True),
            ("((3*x-1))^2", True),
            ("3*x(3*x-2)+1", True),
            ("(1-3x)^2", True),
            ("sqrt((3x-1)^2)", False),
            ("9*(x)^(2)-6*x-1", False),
            ("((3*x-1))^4", False),
        ],
    ),
    ("6-(-4)", [("10", True)]),
]

_OPPIA_NUM: list[tuple[str, list[tuple[str, bool]]]] = [
    (
        "6-(-4)",
        [
            ("6-(-4)", True),
            ("10", True),
            ("6+2^2", True),
            ("100/10", True),
            ("3*2 - (-4)", True),
            ("6-4", False),
            ("6+(-4)", False),
            ("100", False),
        ],
    ),
    (
        "3*10^(-5)",
        [
            ("3*10^(-5)", True),
            ("0.00003", True),
            ("3*10^(-1)*10^(-4)", True),
            ("3*10^5", False),
            ("2*10^(-5)", False),
            ("5*10^(-3)", False),
        ],
    ),
    (
        "1000 + 200 + 30 + 4 + 0.5 + 0.06",
        [
            ("1000 + 200 + 30 + 4 + 0.5 + 0.06", True),
            ("1234.56", True),
            ("123456/100", True),
            ("61728/50", True),
            ("1234 + 56/100", True),
            ("1230 + 4.56", True),
            ("123456", False),
            ("1000 + 200 + 30", False),
        ],
    ),
    (
        "2*2*3*3",
        [
            ("2*2*3*3*1", True),
            ("2*2*9", True),
            ("4*9", True),
            ("4*3^2", True),
            ("8/2 * 3*3", True),
            ("36", True),
            ("2*2*3", False),
            ("2*3*3*3", False),
        ],
    ),
]

_OPPIA_EQ: list[tuple[str, list[tuple[str, bool]]]] = [
    (
        "(2*x+1)*(x-3)=0",
        [
            ("0=(2*x+1)*(x-3)", True),
            ("2*x^2-6*x+x-3=0", True),
            ("2*x^2-6*x=3-x", True),
            ("-2*x^2+5*x+3=0", True),
            ("(2*x+1)*(-x+3)=0", True),
            ("x-y=x-y", False),
            ("x=3", False),
            ("2*x+1=0", False),
            ("x-3=0", False),
            ("x=-1/2", False),
        ],
    ),
    (
        "13 + 2*w = 34",
        [
            ("13 + 2*w = 34", True),
            ("26 + 4*w = 68", True),
            ("6.5 + w = 17", True),
            ("13 + 2*w - 34 = 0", True),
            ("2*w = 21", True),
            ("21 = 2*w", True),
            ("(13 + 2*w)/34 = 1", True),
            ("13 + 2*w = 0", False),
            ("13 - 2*w = 34", False),
            ("(13 + 2*w)^2 = 1156", False),
        ],
    ),
]


def _oppia(where: str, kind: str, groups: list[tuple[str, list[tuple[str, bool]]]]) -> list[dict]:
    return [
        _c(OPPIA, where, gold, pred, True, ok, f"{kind} IsEquivalentTo(answer, rule x) is {ok}")
        for gold, rows in groups
        for pred, ok in rows
    ]


# jfinqa: (pred, gold, expected, why)
_JFIN_ROWS: list[tuple[str, str, bool, str]] = [
    ("42.5%", "42.5%", True, "exact_match: same answer"),
    ("42.5%", " 42.5% ", True, "exact_match: surrounding whitespace"),
    ("△1,000", "-1000", True, "exact_match: △ is the Japanese accounting minus; 1,000 = 1000"),
    ("42.5%", "43.0%", False, "exact_match: different values"),
    ("42.5%", "42.50%", True, "numerical_match: trailing zero"),
    ("25.0%", "25%", True, "numerical_match (test_japanese_formats)"),
    ("0", "0", True, "numerical_match (test_zero_gold)"),
    ("1", "0", False, "numerical_match (test_zero_gold)"),
]

CASES: list[dict] = [
    # --- oppia/oppia: IsEquivalentTo rules ------------------------------------------------------
    *_oppia(OPPIA_ALG, "AlgebraicExpressionInput", _OPPIA_ALG),
    *_oppia(OPPIA_NUM, "NumericExpressionInput", _OPPIA_NUM),
    *_oppia(OPPIA_EQ, "MathEquationInput (same solution set)", _OPPIA_EQ),
    _c(
        OPPIA,
        "issues/2775",
        "Kq/r",
        "K.(q/r)",
        True,
        True,
        "reported as wrongly unmatched (a math-expressions bug, fixed upstream); K·(q/r) = Kq/r",
    ),
    # --- numbas/Numbas issue threads ------------------------------------------------------------
    _c(
        "numbas/Numbas",
        "issues/1012",
        "(-6)^n",
        "(-6)^n",
        True,
        True,
        "the correct answer typed as given was rejected: a confirmed, fixed bug",
    ),
    _c(
        "numbas/Numbas",
        "issues/1139",
        "(alpha(x+y))^(2)",
        "(alpha(x+y))^(2)",
        True,
        True,
        "the correct answer typed as given was rejected (reported bug)",
    ),
    _c(
        "numbas/Numbas",
        "issues/1139",
        "(alpha(x+y))^(2)",
        "alpha(x+y)^(2)",
        True,
        False,
        "wrongly accepted: alpha*(x+y)^2 != (alpha*(x+y))^2",
    ),
    # --- ajtgjmdjp/jfinqa ------------------------------------------------------------------------
    *[_c(JFIN, JFIN_AT, g, p, True, ok, w) for p, g, ok, w in _JFIN_ROWS],
]
