r"""A twelfth fresh set of answer-equivalence cases (evaluation only; helper "b": answer checkers
of e-learning / homework systems and graders written outside the usual Python RL stack).

Each case gives the reference answer (``gold``), the prediction (``pred``: a bare answer to be put
in ``\boxed{}`` when ``wrap`` is True) and the verdict the test asserts (``expected``). ``where`` is
``path@commit`` in ``repo`` on github.com. Strings are the values the test passes (plain-text
calculator syntax as a learner types it, e.g. ``x^2``, ``1.6*10^-5``, ``1+j``). Do not tune the
judge on these cases.

Sources (repo, path @ commit, license):

- openedx/edx-platform (the Open edX LMS; its "capa" problem types grade learners' numerical and
  formula answers), AGPL-3.0: ``xmodule/capa/tests/test_responsetypes.py``
  @ 0f31fd1fc899468896bc2ef6531caf65c8eac208: ``FormulaResponseTest`` (``answer`` vs the learner's
  formula, checked by sampling the variables; ``self.assert_grade(problem, input,
  "correct"/"incorrect")``), ``SymbolicResponseTest`` (``expect`` vs input),
  ``NumericalResponseTest`` (``answer`` vs responses graded correct / incorrect, default tolerance
  0.001 % relative); and ``xmodule/capa/tests/test_util.py``
  @ 07ac8cb4abecca02adf14ce4f4dba7e11d43aed1 (``compare_with_tolerance(student, instructor)`` with
  the default tolerance).
- Zahara-Nour/ubumaths-old (a French school-maths exercise site, JavaScript; ``assessItem`` grades
  a learner's answer against the value of a generated question's expression)
  ``test/correction.test.js`` @ b050f5c78cdea833807373ab1280fc3a76df238e (vitest ``test.each``
  specs: ``expressions`` (the gold, an expression whose value is the answer) and ``answers`` with
  ``STATUS_CORRECT`` (True) or ``STATUS_INCORRECT`` (False)); no license file in the stored copy,
  short test strings quoted as test data with attribution. Its notation is French school notation,
  kept as written: decimal comma (``2,3`` is 2.3), ``:`` for division, ``{...}`` as grouping
  braces, implicit products (``cd``, ``bac``), spaces grouping digits (``1 234``), units (``5 cm``).
- moodle/moodle (the Moodle LMS, PHP; core question type "numerical", a number with an optional
  unit) ``question/type/numerical/tests/question_test.php``
  @ 1093256560a5ff75d260cd4d884dc37af85b4e00 (``grade_response`` gradedright (True) / gradedwrong
  (False); ``classify_response`` onto a 0-credit answer read as False), with the questions of
  ``question/type/numerical/tests/helper.php`` @ 29765e6e3b9e210de89a0a03d4929ef2a5a0ef7a: "pi to
  two d.p." (answer 3.14, tolerance 0; the unit tests add units m = 1, cm = 100, so its gold is
  then stored as ``3.14 m``), "What is 1 m + 25 cm?" (``1.25 m``), "What is $666 + $666?"
  (``$1332``), GPL-3.0-or-later.

Left out of edx-platform, by rule: empty responses (``""``); multiple-choice / checkbox / option /
string / image responses; ranges given as the answer (``[5, 7)``: any number inside is accepted, a
policy, not an equivalence); verdicts under an explicit tolerance (``tolerance=0.1``, ``"10%"``,
``1e-3``) and the approximations the default 0.001 % tolerance accepts (``4.00004`` for 4,
``0.123456`` for 0.1234567, ``3141592653589793115.`` for ``3141592653589793238.``; the rejections
just outside it are kept, being mathematically right too); partial-credit verdicts; hints;
verdicts forced by a mocked evaluator (``test_grade_infinity`` of NumericalResponse);
``x + 0*1e999`` graded incorrect against ``x`` only because the float overflows to NaN
(mathematically it equals ``x``). Answers a script computes are stored as the computed value
(``why`` says so). A (gold, pred, verdict) that two tests repeat is kept once (its first test).

Left out of ubumaths-old, by rule: ``STATUS_BAD_FORM`` and ``STATUS_UNOPTIMAL_FORM`` verdicts (form
policies: extra brackets, signs, zeros, factor one, unreduced fractions, permutations, explicit
products, spaces, a unit other than the one asked for); ``STATUS_EMPTY``; multiple-choice
questions; an answer without its unit (``5`` for ``2 cm + 3 cm``: a unit policy); ``1 2 3 4`` for
1234 (accepted only because the option waives digit grouping). Each remaining (gold, pred, verdict)
is kept once, although several option blocks repeat it.

Left out of moodle, by rule: partial-credit verdicts (an answer without its unit, a wrong unit);
unknown or misplaced units accepted or rejected by the unit policy (``3.14 frogs``, ``1332 $``,
``1332 frogs``); the tolerance-band answers; the walkthrough tests (they repeat ``$1332`` and
``1.25 m``).

Searched without finding usable assertions: TypeScript / Java / Go / Rust graders through code
search (the TypeScript checker tests found, e.g. ``checkMathEquivalence`` /
``areExpressionsEquivalent``, came without a nameable repository and were not used),
CAHLR/OATutor and XimeraProject/server (no answer-checking tests stored).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

EDX = "openedx/edx-platform"
EDX_RT = "xmodule/capa/tests/test_responsetypes.py@0f31fd1fc899468896bc2ef6531caf65c8eac208"
EDX_UT = "xmodule/capa/tests/test_util.py@07ac8cb4abecca02adf14ce4f4dba7e11d43aed1"

# (gold, pred, expected, why) rows of FormulaResponseTest / SymbolicResponseTest.
_EDX_FORMULA = [
    ("x+2*y", "2*x - x + y + y", True, "FormulaResponse test_grade: sampled x, y in [-10, 10]"),
    ("x+2*y", "x + y", False, "FormulaResponse test_grade: x + y != x + 2y"),
    ("x+x", "2*x", True, "FormulaResponse test_script: answer computed by script as 'x+x'"),
    ("x+x", "3*x", False, "FormulaResponse test_script: answer computed by script as 'x+x'"),
    ("x", "x*1e999", False, "FormulaResponse test_grade_infinity: huge multiple of x"),
    ("x", "-x*1e999", False, "FormulaResponse test_grade_infinity: huge negative multiple"),
    ("x", "10*x + 0*1e999", False, "FormulaResponse test_grade_nan: 10x != x"),
    ("2*x+3*y", "0", False, "SymbolicResponse test_grade_single_input_incorrect"),
    ("2*x+3*y", "4x+3y", False, "SymbolicResponse test_grade_single_input_incorrect"),
    (
        "[[cos(theta),i*sin(theta)],[i*sin(theta),cos(theta)]]",
        "2",
        False,
        "SymbolicResponse test_complex_number_grade_incorrect: matrix vs a number",
    ),
]

# NumericalResponseTest: (gold, [correct responses], [incorrect responses], test name).
_EDX_NUMERICAL = [
    ("4", ["4", "4.0", "4.00"], ["3.9", "4.1", "0"], "test_grade_exact"),
    ("1", ["1"], ["1.1"], "test_floats"),
    ("2.0", ["2.0"], ["1.0"], "test_floats"),
    ("4", ["4.0"], ["4.00005"], "test_floats (4.00005 just outside 0.001 %)"),
    ("0.00016", ["1.6*10^-4"], [], "test_floats"),
    ("0.000016", ["1.6*10^-5"], ["0.000165"], "test_floats"),
    ("1.9e24", ["1.9*10^24"], ["1.9001*10^24"], "test_floats (1.9001e24 outside 0.001 %)"),
    ("2e-15", ["2*10^-15"], [], "test_floats"),
    ("0.1234567", [], ["0.123451"], "test_floats (0.123451 outside 0.001 %)"),
    ("1e-5", ["1e-5", "1.0e-5"], ["-1e-5", "2*1e-5"], "test_floats"),
    ("1%", ["1%", "1.0%", "1.00%", "0.01"], [], "test_percentage"),
    ("2.0%", ["2%", "2.0%", "2.00%", "0.02"], [], "test_percentage"),
    ("4.00%", ["4%", "4.0%", "4.00%", "0.04"], [], "test_percentage"),
    (
        "2.0",
        ["2", "2.0"],
        ["2.01", "1.99", "0"],
        "test_grade_with_script (answer = math.sqrt(4) computed by the script)",
    ),
    ("1/3", ["1/3"], [], "test_staff_inputs_expressions (staff answer is an expression)"),
    ("1+1j", ["1+j"], [], "test_staff_inputs_expressions_legacy (complex, j = imaginary unit)"),
]


def _edx_cases() -> list[dict[str, object]]:
    out = [_c(EDX, EDX_RT, g, p, True, ok, why) for g, p, ok, why in _EDX_FORMULA]
    for gold, good, bad, why in _EDX_NUMERICAL:
        for p in good:
            out.append(_c(EDX, EDX_RT, gold, p, True, True, f"NumericalResponse {why}"))
        for p in bad:
            out.append(_c(EDX, EDX_RT, gold, p, True, False, f"NumericalResponse {why}"))
    why = "compare_with_tolerance(student, instructor), default tolerance 0.001 %"
    out.append(_c(EDX, EDX_UT, "100.0", "100.0", True, True, why))
    out.append(_c(EDX, EDX_UT, "100.0", "101.0", True, False, why))
    seen: set[tuple[object, object, object]] = set()
    kept = []
    for case in out:
        key = (case["gold"], case["pred"], case["expected"])
        if key not in seen:
            seen.add(key)
            kept.append(case)
    return kept


UBU = "Zahara-Nour/ubumaths-old"
UBU_AT = "test/correction.test.js@b050f5c78cdea833807373ab1280fc3a76df238e"

# (gold expression, learner's answer, expected, describe block) of correction.test.js.
_UBU_BASIC = [
    ("2+3", "5", True, "correct answer (no unit)"),
    ("2,3", "2,3", True, "correct answer (no unit), result-type decimal: decimal comma"),
    ("1,2", "6/5", True, "correct answer (no unit): decimal comma 1,2 = 6/5"),
    ("2 cm + 3 cm", "5 cm", True, "correct answer (with same unit)"),
    ("2 m + 3 m", "500 cm", True, "correct answer (with different unit)"),
    ("3+4", "6", False, "incorrect answer"),
    ("2 cm + 3 cm", "6 cm", False, "incorrect answer (with unit)"),
    ("2 cm + 3 cm", "5 m", False, "incorrect answer (incorrect unit)"),
    ("2 m + 3 m", "5m", True, "correct answer with specified unit m"),
    ("2 m + 3 m", "6m", False, "incorrect answer with specified unit m"),
    ("2 m + 3 m", "5 cm", False, "incorrect answer with specified unit m"),
    ("2+3", "5,0", True, "no-penalty-for-extraneous-zeros"),
    ("2+3", "05", True, "no-penalty-for-extraneous-zeros"),
    ("1234", "1 234", True, "require-correct-spaces: digits grouped by a space"),
    ("1234567890", "1 234 567 890", True, "require-correct-spaces"),
    ("1,2345", "1,234 5", True, "require-correct-spaces, decimal comma"),
    ("1234", "1234", True, "no-penalty-for-incorrect-spaces"),
    ("1,2345", "1,2345", True, "no-penalty-for-incorrect-spaces, decimal comma"),
    ("2*a", "2a", True, "implicit product"),
    ("(3+a)*b", "(3+a)b", True, "implicit product"),
    ("2*a", "2*a", True, "no-penalty-for-explicit-products"),
    ("(3+a)*b", "(3+a)*b", True, "no-penalty-for-explicit-products"),
    ("a+b", "b+a", True, "permuted terms"),
    ("a+b+c", "b+a+c", True, "permuted terms"),
    ("a*b", "ba", True, "permuted factors"),
    ("a*b*c", "bac", True, "permuted factors"),
    ("2", "4/2", True, "no-penalty-for-non-reduced-fractions"),
    ("1/2", "2/4", True, "no-penalty-for-non-reduced-fractions"),
    ("a+1/2", "a+2/4", True, "no-penalty-for-non-reduced-fractions"),
]

# (gold, answer) pairs graded STATUS_CORRECT under a no-penalty option, by option.
_UBU_NO_PENALTY = {
    "extraneous-brackets": [
        ("2+3", "(5)"),
        ("-2+a", "(-2)+a"),
        ("a-(c+d)", "a-((c+d))"),
        ("a+c+d", "a+(c+d)"),
        ("a+c+d", "(a+c)+d"),
        ("a+c-d", "a+(c-d)"),
        ("a-c+d", "(a-c)+d"),
        ("a+c*d", "a+(cd)"),
        ("c*d+a", "(cd)+a"),
        ("a+c:d", "a+(c:d)"),
        ("c:d+a", "(c:d)+a"),
        ("a+c/d", "a+(c/d)"),
        ("c/d+a", "(c/d)+a"),
        ("a+c^d", "a+(c^d)"),
        ("c^d+a", "(c^d)+a"),
        ("a+c-d", "(a+c)-d"),
        ("a-c-d", "(a-c)-d"),
        ("a-c*d", "a-(cd)"),
        ("c*d-a", "(cd)-a"),
        ("a-c:d", "a-(c:d)"),
        ("c:d-a", "(c:d)-a"),
        ("a-c/d", "a-(c/d)"),
        ("c/d-a", "(c/d)-a"),
        ("a-c^d", "a-(c^d)"),
        ("c^d-a", "(c^d)-a"),
        ("a*c*d", "a(cd)"),
        ("c*d*a", "(cd)a"),
        ("a*c:d", "a(c:d)"),
        ("a*c/d", "a(c/d)"),
        ("c/d*a", "(c/d)a"),
        ("a*c^d", "a(c^d)"),
        ("c^d*a", "(c^d)a"),
        ("c*d:a", "(cd):a"),
        ("c:d:a", "(c:d):a"),
        ("c/d:a", "(c/d):a"),
        ("a:c^d", "a:(c^d)"),
        ("c^d:a", "(c^d):a"),
        ("c*d/a", "(cd)/a"),
        ("c:d/a", "(c:d)/a"),
        ("c/d/a", "(c/d)/a"),
        ("a/c^d", "a/(c^d)"),
        ("c^d/a", "(c^d)/a"),
        ("a/b", "(a)/b"),
        ("a/b", "a/(b)"),
        ("a/b", "(a)/(b)"),
        ("{a+b}/b", "(a+b)/b"),
        ("a/{a+b}", "a/(a+b)"),
        ("{a+b}/{a+b}", "(a+b)/(a+b)"),
        ("a^b", "a^(b)"),
        ("a^b", "(a)^b"),
        ("a^b", "(a)^(b)"),
        ("a^{a+b}", "a^(a+b)"),
    ],
    "extraneous-signs": [
        ("1", "+1"),
        ("1", "-(-1)"),
        ("-1", "-(+1)"),
        ("1", "+(+1)"),
        ("-1", "+(-1)"),
        ("a*b", "(-a)(-b)"),
        ("-a*b", "(-a)b"),
        ("-a*b", "a(-b)"),
        ("a:b", "(-a):(-b)"),
        ("-a:b", "(-a):b"),
        ("-a:b", "a:(-b)"),
        ("a/b", "{-a}/{-b}"),
        ("-a/b", "{-a}/b"),
        ("-a/b", "a/{-b}"),
    ],
    "factor-one": [("1", "1*1"), ("a", "1a"), ("a", "a*1"), ("a*b", "a*1b")],
    "factor-zero": [("0", "0*0"), ("0", "0a"), ("0", "a*0"), ("0", "a*0b")],
    "null-terms": [("0", "0+0"), ("a", "0+a"), ("a", "a+0"), ("a+b", "a+0+b")],
}


def _ubu_cases() -> list[dict[str, object]]:
    out = [_c(UBU, UBU_AT, g, p, True, ok, why) for g, p, ok, why in _UBU_BASIC]
    for option, rows in _UBU_NO_PENALTY.items():
        why = f"STATUS_CORRECT under no-penalty-for-{option}"
        out.extend(_c(UBU, UBU_AT, g, p, True, True, why) for g, p in rows)
    return out


MOODLE = "moodle/moodle"
MOODLE_AT = (
    "question/type/numerical/tests/question_test.php@1093256560a5ff75d260cd4d884dc37af85b4e00"
)

_MOODLE = [
    ("3.14", "3.14", True, "test_grading: pi to two d.p."),
    ("3.14", "1.0", False, "test_grading: pi to two d.p."),
    ("3.14", "3.1", False, "test_classify_response: matched the 0-credit answer 3.1"),
    ("3.14", "42", False, "test_classify_response: matched the 0-credit answer *"),
    ("3.14 m", "3.14 m", True, "test_grading_with_units: units m = 1, cm = 100"),
    ("3.14 m", "314cm", True, "test_grading_with_units: units m = 1, cm = 100"),
    ("3.14 m", "314000000x10^-8m", True, "test_grading_with_units: x10^ exponent notation"),
    ("3.14 m", "314 m", False, "test_grading_with_units_graded: gradedwrong"),
    ("1.25 m", "2 m", False, "test_grading_unit: What is 1 m + 25 cm?"),
    ("1.25 m", "2 cm", False, "test_grading_unit: What is 1 m + 25 cm?"),
    ("1.25 m", "2", False, "test_grading_unit: What is 1 m + 25 cm? (no unit chosen)"),
    ("1.25 m", "1.25 m", True, "test_grading_unit: What is 1 m + 25 cm?"),
    ("1.25 m", "125 cm", True, "test_grading_unit: What is 1 m + 25 cm?"),
    ("1.25 m", "3.0 m", False, "test_classify_response_unit: matched the 0-credit answer *"),
    ("$1332", "$1332", True, "test_grading_currency: What is $666 + $666?"),
    ("$1332", "$ 1332", True, "test_grading_currency: What is $666 + $666?"),
    ("$1332", "$1", False, "test_grading_currency: What is $666 + $666?"),
]


CASES: list[dict[str, object]] = [
    *_edx_cases(),
    *_ubu_cases(),
    *(_c(MOODLE, MOODLE_AT, g, p, True, ok, why) for g, p, ok, why in _MOODLE),
]
