r"""A ninth fresh set of answer-equivalence cases (evaluation only; helper "e", first part:
physics answer checkers; the chemistry and Moodle numeric checkers are in equiv_fresh9_e2.py).

Cases are transcribed from the tests of physics homework / tutoring answer checkers that no
earlier set used (see bench/data/README.md, bench/equiv_issues_*.py, the fresh3 to fresh8 modules
and /work/wt/fresh9_claims). Each case gives the reference answer (``gold``), the prediction
(``pred``: a bare answer to be put in ``\boxed{}``; every case here has ``wrap`` True) and the
verdict the test asserts (``expected``). ``where`` is ``path@commit`` in ``repo`` on github.com.
Strings are the values the test's language reads (a Java ``"m\\,s^{-1}"`` is stored as
``r"m\,s^{-1}"``). The inputs are the checkers' plain-text syntax (``**`` or ``^`` powers, ``==``
for an equation, implicit products such as ``xyz`` or ``(x + 1)(x + 2)``). Do not tune the judge
on these cases.

Source: isaacphysics/equality-checker (the SymPy-based symbolic checker behind the Isaac Physics
online physics / maths questions) @ 44f76824a1772b2e113ce456633bda5f8e34d9be (newest stored
snapshot, 2025-04-24), Apache-2.0 (LICENSE.md):

- ``checker/tests/test_maths.py``: ``api.check(test_str, target_str)`` asserting
  ``response["equal"]`` ("true" / "false"); ``target_str`` is stored as ``gold``, ``test_str`` as
  ``pred``; ``why`` names the test (and the ``check_symbols`` / ``SIMPLIFY_DERIVATIVES`` setting
  where the test sets one).
- ``utils/test_cases.json`` (read by ``utils/test_cases.py``: every ``shouldMatch`` string must
  check as equal to its target): a sample by a fixed rule, the first ``shouldMatch`` entry of
  each of the first 60 ``"maths"`` targets in file order, less the 10 of those rows whose
  equality holds only because the checker treats every symbol as positive (targets 3, 4, 25, 26,
  27, 32, 41, 53, 55, 56: ``((1/a)(1/b^3))^(1/2)`` vs ``a^(-1/2) b^(-3/2)``, ``abs(R) <=`` vs
  ``R <=``, ``c sqrt(V/c)`` vs ``sqrt(Vc)``, ``-ln(Q/Q_0)`` vs ``ln(Q_0/Q)``, ``sqrt(2ga)/g`` vs
  ``sqrt(2a/g)``, ``1/sqrt(GM/r^3)`` vs ``sqrt(r^3/(GM))``, ``r^2/sqrt(rk)`` vs ``sqrt(r^3/k)``):
  50 rows, all expected equal.

Left out of equality-checker, by rule: ``sqrt(x**2)`` vs ``x`` (true only under the checker's
positive-symbol assumption); ``test_disallowed_extra_variables`` (``check_symbols=True``
rejects a response with a symbol the target lacks: a symbol policy; the same pair with
``check_symbols=False`` is kept); ``test_derivatives_not_simplifed`` (``Derivative(cos(x)**2, x)``
graded unequal to ``-2 sin(x)cos(x)`` by default: a strict-form policy against mathematical
equality; the same pair with ``SIMPLIFY_DERIVATIVES`` on is kept); ``test_custom_symbols_accepted``
(declared multi-letter symbols ``abcd``, ``abc``); ``test_keywords_not_special``
(``2as + 4for + is + print``: the tokenising of keyword-like letter runs); the commented-out
``x*(1/y)`` test; syntax-error, blank, unsafe-input, range-error, factorial-limit and
invalid-``±`` tests (no verdict); ``TestSubroutines`` (``numeric_equality`` on SymPy objects,
not strings); the three ``"logic"`` targets of test_cases.json (Boolean logic, not answers).

Source: isaacphysics/isaac-api (the Isaac Physics server) @
38db9a549e69abe316673a76386ee13ed0c7aa84 (newest stored snapshot, 2026-08-21), Apache-2.0
(LICENSE): ``src/test/java/uk/ac/cam/cl/dtg/isaac/quiz/IsaacNumericValidatorTest.java``:
``ValidationUtils.numericValuesMatch(numberToMatch, numberToTest, sigFigs)`` (standard-form and
power-of-ten notations of 42 and 10000) and ``IsaacNumericValidator.validateQuestionResponse`` on a
numeric question whose correct ``Quantity(value, units)`` is the gold. A quantity with units is
stored as ``value + " " + units`` (units in the test's LaTeX). Kept: verdicts on the value or the
units (``CheckCorrectIntegerAnswer``, ``42`` vs ``42``, repeats a pair above and is dropped).
Left out, by rule: significant-figure policies (a value right to other significant figures
graded wrong: ``42.000`` for 42, ``4.81`` for 4.8, ``1.6875`` and ``2`` for 1.6875 at 2-3 s.f.,
``31`` and ``31.40`` for 31.4 at 3 s.f., ``13.000`` for 13 with sig figs enforced); a missing or
required-unit policy (``42`` for 42 m/s, a gold choice missing its units, fake display units);
answers graded against a known-incorrect choice only (``0``, ``1.000001``), questions with no
correct choice or an unanswerable significant-figure range; format errors (``NOT_A_NUMBER``,
``4.2x10-3``); the significant-figure configuration tests that resubmit the correct choice
itself (``2.1``, ``2.12345``); the significant-figure counting and rounding helpers (not answer
comparisons).

Source: lambda-feedback/comparePhysicalQuantities (the physical-quantity evaluation function of
Imperial College's Lambda Feedback platform; the predecessor of lambda-feedback/compareExpressions,
whose symbolic tests fresh7 used and whose unit tests it left out) @
7e7b002f0fdbcafafb4d9817452af4bd660a8ac5 (newest stored snapshot, 2024-06-27), no license file in
the stored copy (the short test strings are quoted as test data, with attribution):
``app/evaluation_tests.py``: ``evaluation_function(response, answer, params)["is_correct"]``
(``answer`` stored as ``gold``, ``response`` as ``pred``), kept where ``params`` sets only
``strict_syntax=False`` (implicit products allowed), ``comparison="expression"``, ``is_latex`` /
``elementary_functions`` (parser switches) or unused symbol aliases; for
``assertEqual_input_variations`` only the base pair is stored. Left out, by rule: every test whose
verdict depends on ``substitutions``, ``quantities``, ``input_symbols`` that define the answer's
symbols, tolerances (``rtol`` / ``atol``), ``comparison="dimensions"`` or ``"buckinghamPi"``
(dimension-only and Buckingham-Pi set checks are not equality); ``k*kat*m*s/mol`` = 1 (reads ``m``
as the milli prefix); ``50 kilometres per hour ampere`` (an ambiguous reading of "per");
the elementary-function table (the same pairs as compareExpressions', already used in fresh7);
parse-error, empty-input and exception tests.

Searched without a usable test: zai-org/GLM-V's ``PhysicsVerifier`` tests (already claimed),
phybench-official repositories and llm-in-sandbox physics (LLM-judge only, no tests).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

EC = "isaacphysics/equality-checker"
EC_AT = "checker/tests/test_maths.py@44f76824a1772b2e113ce456633bda5f8e34d9be"
EC_JSON = "utils/test_cases.json@44f76824a1772b2e113ce456633bda5f8e34d9be"
IA = "isaacphysics/isaac-api"
IA_AT = (
    "src/test/java/uk/ac/cam/cl/dtg/isaac/quiz/IsaacNumericValidatorTest.java"
    "@38db9a549e69abe316673a76386ee13ed0c7aa84"
)
LF = "lambda-feedback/comparePhysicalQuantities"
LF_AT = "app/evaluation_tests.py@7e7b002f0fdbcafafb4d9817452af4bd660a8ac5"

# (gold = target_str, pred = test_str, expected, test name)
_EC_TESTS: list[tuple[str, str, bool, str]] = [
    ("1", "1", True, "test_integers_equal"),
    ("0.765625059", " .765625059", True, "test_floats_equal"),
    ("1", "5", False, "test_integers_unequal"),
    ("x", "x", True, "test_single_variables_equal"),
    ("x + 1", "1 + x", True, "test_addition_order_exact_match"),
    ("y", "x", False, "test_single_variables_unequal (check_symbols=False)"),
    ("x", "((x))", True, "test_simple_brackets_ignored_exact"),
    ("z * x * y", "x * y * z", True, "test_variable_ordering_ignored_exact"),
    ("(x + 2)(x + 1)", "(x + 1)(x + 2)", True, "test_bracket_ordering_ignored_exact"),
    ("log(x, 10)", "log(x) / log(10)", True, "test_log_matching_not_exact (equal, not exact)"),
    ("cos(-x)", "cos(x)", True, "test_cos_minus_x_not_exact (equal, not exact)"),
    ("x * y * z", "xyz", True, "test_implicit_multiplication"),
    ("-2*x + 1", "1 - 2*x", True, "test_unary_minus_as_subtraction"),
    ("-(xyz)", "-xyz", True, "test_lone_unary_minus"),
    ("x/y", "(2*x*y*x)/(2*x*y*y)", True, "test_simplify_fractions_symbolic"),
    ("x**2 + 2*x + 1", "(x + 1)(x + 1)", True, "test_brackets_expand_symbolic"),
    (
        "(x+1)(x+2)(x+3)(x+4)(x+5)(x+6)",
        "720 + 1764 x + 1624 x^2 + 735 x^3 + 175 x^4 + 21 x^5 + x^6",
        True,
        "test_large_bracket_expression",
    ),
    (
        "1 + tan(x) + arcsin(x) + arccos(x) + arctan(x)",
        "arcsin(x) + arccos(x) + arctan(x) + sin(x)**2 + cos(x)**2 + tan(x)",
        True,
        "test_main_trig_functions_symbolic",
    ),
    (
        "1 + tan(x) + arcsin(x) + arccos(x) + arctan(x)",
        "ArcSin(x) + ArcCos(x) + ArcTan(x) + Sin(x)**2 + Cos(x)**2 + Tan(x)",
        True,
        "test_main_trig_functions_capitalised_symbolic",
    ),
    ("log(x,10)*x + ln(6)", "x*log(x)/log(10) + ln(3) + ln(2)", True, "test_logarithms"),
    ("x/y", "-(x/-y)", True, "test_unary_minus_precedence"),
    ("x/y", "-x/-y", True, "test_unary_minus_fraction"),
    (
        "1",
        "sin(exp(sqrt(2*x)))**2 + cos(exp(sqrt(x))**sqrt(2))**2",
        True,
        "test_extra_test_variables (check_symbols=False)",
    ),
    ("x + 1 + x**2 == 0", "x**2 + x + 1 == 0", True, "test_equations"),
    ("0 < x + 1 + x**2", "x**2 + x + 1 > 0", True, "test_inequalities"),
    ("x + 1 + x**2 >= 0", "x**2 + x + 1 > 0", False, "test_strict_inequalities"),
    ("Derivative(y, x)", "2 * Derivative(y, x) / 2", True, "test_derivatives"),
    ("Derivative(y, x)", "0", False, "test_derivatives_not_removed (check_symbols=False)"),
    (
        "Derivative(y, x, x) == Derivative(sin(x) * y, x)",
        "Derivative(Derivative(y, x), x) == y*cos(x) + sin(x)*Derivative(y, x)",
        True,
        "test_differential_equations",
    ),
    (
        "-2 sin(x)cos(x)",
        "Derivative(cos(x)**2, x)",
        True,
        "test_derivatives_can_be_simplified (SIMPLIFY_DERIVATIVES = True)",
    ),
    (
        "v_zmf * v_zmf == v_x * v_x + v_y * v_y",
        "v_zmf**(2) == v_x**2 + v_y**2",
        True,
        "test_compound_symbols_accepted",
    ),
    ("a ± b", "a ± b", True, "test_plus_or_minus"),
    ("1/(n + 1)", "factorial(n)/factorial(n + 1)", True, "test_factorials_simplify"),
    ("A + B", "A ± B", False, "test_missing_plus_minus"),
]

# (target, first shouldMatch entry); the comment gives the target's place among the "maths" ones
_EC_SAMPLE: list[tuple[str, str]] = [
    (
        "2*A*cos(2*pi*f*t - (2*pi*x)/(lambda)) * cos(phi)",
        "2*A*cos(2*f*pi*t - ((2*pi)/(lambda)) * x) * cos(phi)",
    ),  # target 1
    (
        "((2*d*tan(theta)*sin(theta))/(n))",
        "(2*d*(1 - cos(theta)**(2)) * sec(theta))/(n)",
    ),  # target 2
    ("((2*V)/(E*d))*(h - ((E*d**(2))/(4*V)))", "(2*h*V - (1)/(2) * d**(2)*E)/(dE)"),  # target 5
    (
        "L == ((2*V)/(E*d))*(h - ((E*d**(2))/(4*V)))",
        "L == (2*(h - ((E*d**(2))/(4*V))) * V)/(E*d)",
    ),  # target 6
    (
        "2*pi*v*sqrt(((x*(m_1+m_2))/(m_1*g)))",
        "2*pi*(sqrt(((m_1 + m_2) * x)/(m_1*g))) * v",
    ),  # target 7
    (
        "d == 2*pi*v*sqrt(((x*(m_1+m_2))/(m_1*g)))",
        "d == 2*pi*sqrt(((m_1 + m_2) * x)/(m_1*g)) * v",
    ),  # target 8
    (
        "- ((x)/(sigma**(2)))*e**( - ((x**(2))/(2*sigma**(2))))",
        "- (1)/(sigma**(2)) * e**( - (x**(2))/(2*sigma**(2)))*x",
    ),  # target 9
    ("((a_1)/(u_1**(2)+2*d*a_1))", "(1)/(2) * ((1)/(d + ((u_1**(2))/(2*a_1))))"),  # target 10
    ("k==((a_1)/(u_1**(2)+2*d*a_1))", "k == (1)/(2*(d + ((u_1**(2))/(2*a_1))))"),  # target 11
    (
        "T==(T_0+(T_1-T_0)*(e**(-(k*t)/C)))",
        "T_0 + ((T_1 - T_0) * (e**( - k*(t)/(C)))) == T",
    ),  # target 12
    (
        "sqrt(((mu**(2)+1)/(mu**(2)-1)))((m*g)/(2))",
        "((1)/(2)) * m*g*sqrt((mu**(2) + 1)/(mu**(2) - 1))",
    ),  # target 13
    (
        "((V)/(R_1 +((1)/(((1)/(R_2)) +((1)/(R_3)) +((1)/(R_4))))))",
        "((R_2*R_3 + R_2*R_4 + R_3*R_4) * V)/(R_1*(R_3*R_2 + R_2*R_4 + R_3*R_4) + R_4*R_3*R_2)",
    ),  # target 14
    (
        "I == ((V)/(R_1 +((1)/(((1)/(R_2)) +((1)/(R_3)) +((1)/(R_4))))))",
        "I == (V)/(((1)/(((1)/(R_2) + (1)/(R_3) + (1)/(R_4)))) + R_1)",
    ),  # target 15
    (
        "((a*x**(a-1)-a*x**(-a-1))/(x**(a)+x**(-a)))",
        "(1)/(x**(a) + x**( - a)) * (a*x**( - 1 + a) - a*x**( - a - 1))",
    ),  # target 16
    ("(((u+v)/(2))) t", "((1)/(2) * u + (1)/(2) * v) * t"),  # target 17
    ("s == (((u+v)/(2))) t", "s == ((1)/(2)) * t*(u + v)"),  # target 18
    ("s == u*t+((1)/(2))*a*t**(2)", "(2*t*u + (t**(2)) * a)/(2) == s"),  # target 19
    ("s == v*t-((1)/(2))*a*t**(2)", "((2*v - a*t)/(2)) * t == s"),  # target 20
    (
        "v == ((((k)/(m))) (x_0**(2) -x**(2)) )**(((1)/(2)))",
        "sqrt((k)/(m) * (x_0**(2) - x**(2))) == v",
    ),  # target 21
    (
        "v**2 == ((((k)/(m))) (x_0**(2) -x**(2)) )",
        "(k)/(m) * (x_0**(2) - x**(2)) == v**(2)",
    ),  # target 22
    ("A == b*sqrt((p**(2))/(4) - p*b)", "A=b(p^2/4-pb)^(1/2)"),  # target 23
    ("sqrt(V/c)", "(1)/(sqrt((V)/(c))) * (V)/(c)"),  # target 24
    ("A == 2*((V)/(c) + (V)/(a) + a*c)", "2*(a*c + (V)/(a) + (V)/(c)) == A"),  # target 28
    ("y == 2*(e + e**(-1)) x - 2*e**(-1)", "(2*e + (2)/(e)) * x - (2)/(e) == y"),  # target 29
    ("(((1)/(R_1))+((1)/(R_2))) ((Q_0)/(C))", "(((1)/(R_1) + (1)/(R_2)) * (Q_0)/(C))"),  # target 30
    (
        "(((Q_0**(2) - Q**(2)) R_1 )/(2*C*(R_1 + R_2)))",
        "(1)/(2*C) * (Q_0**(2) - Q**(2)) * ((1)/((1)/(R_1) + (1)/(R_2)))/(R_2)",
    ),  # target 31
    (
        "t==((R_1*R_2)/(R_1 + R_2))*C*ln(((Q_0)/(Q)))",
        "(C) * ln((Q_0)/(Q)) * ((1)/((1)/(R_1) + (1)/(R_2))) == t",
    ),  # target 33
    ("((1)/(2))*(T_2 + T_1) (l_2 - l_1)", "(1)/(2) * (l_2 - l_1) * (T_1 + T_2)"),  # target 34
    ("N*B*A*omega*sin(omega*t)", "A*N*B*omega*sin(omega*t)"),  # target 35
    ("e == N*B*A*omega*sin(omega*t)", "e == B*A*N*omega*sin(omega*t)"),  # target 36
    (
        "((M)/(2) + (m*x)/(L)) * g*tan(theta)",
        "((1)/(2)) * g*M*tan(theta) + ((x)/(L)) * g*m*tan(theta)",
    ),  # target 37
    (
        "2*a*((1)/(sqrt(10)) + (1)/(sqrt(2)))",
        "((10**((1)/(2)) + 5*(2**((1)/(2))))/(5)) * a",
    ),  # target 38
    ("(12*k*M*g*U)/(5)", "((12)/(5)) * k*M*g*U"),  # target 39
    ("P == (12*k*M*g*U)/(5)", "P == (12)/(5) * g*M*k*U"),  # target 40
    (
        "T == (5)/(2) * (2 + sqrt(2)) * sqrt((a)/(g))",
        "T == ((10 + 5*(2)**((1)/(2)))/(2)) * ((a)/(g))**((1)/(2))",
    ),  # target 42
    ("(a*b**(2)*g*sigma)/(2)", "((1)/(2)) * a*(b**(2)) * g*(sigma)"),  # target 43
    (
        "(V_1 - V_0)/((V_0)/(R_0) - (V_1)/(R_1))",
        "(R_0*R_1*V_0 - R_0*R_1*V_1)/(V_1*R_0 - V_0*R_1)",
    ),  # target 44
    (
        "r == (V_1 - V_0)/((V_0)/(R_0) - (V_1)/(R_1))",
        "(R_0*R_1*(V_0 - V_1))/((R_0*V_1) - (V_0*R_1)) == r",
    ),  # target 45
    (
        "x*tan(theta) - (g*x**(2)*sec(theta)**(2))/(2*u**(2))",
        "tan(theta) * x - (1)/(2) * g*(x**(2))/(u**(2)*cos(theta)**(2))",
    ),  # target 46
    (
        "y == x*tan(theta) - (g*x**(2)*sec(theta)**(2))/(2*u**(2))",
        "y == ( - g*x**(2))/(2*u**(2)*cos(theta)**(2)) + x*tan(theta)",
    ),  # target 47
    ("u*sin(theta) * t - (1)/(2) * g*t**(2)", "sin(theta) * u*t - (1)/(2) * g*t**(2)"),  # target 48
    (
        "y == u*sin(theta) * t - (1)/(2) * g*t**(2)",
        "y ==  - (g)/(2) * t**(2) + t*u*sin(theta)",
    ),  # target 49
    ("a == ((v**(2)-u**(2))/(2*s))", "((1)/(2) * (v**(2) - u**(2)))/(s) == a"),  # target 50
    ("v == sqrt(((2*E)/(m)))", "((2*E)/(m))**((1)/(2)) == v"),  # target 51
    ("t == sqrt((2*s)/(a))", "((2*s)/(a))**((1)/(2)) == t"),  # target 52
    ("F_D == (5)/(4) * F_f", "(10)/(8) * F_f == F_D"),  # target 54
    ("(1)/(2) * m*v**(2)", "((1)/(2) * m*v**(2))"),  # target 57
    ("E == (1)/(2) * m*v**(2)", "((1)/(2)) * m*v**(2) == E"),  # target 58
    ("W == (6)/(5)*l + (11)/(5)*p", "((1200)/(1000)) * l + ((2200)/(1000)) * p == W"),  # target 59
    ("((a*v)/(sqrt(a**(2)+b**(2))))", "(a)/((a**(2) + b**(2))**((1)/(2))) * v"),  # target 60
]

_IA_NUMBERS: list[tuple[str, str]] = [
    # numericValuesMatch("42", x, 2 s.f.) is true
    ("42", "42"),
    ("42", "4.2e1"),
    ("42", "4.2E1"),
    ("42", "4.2x10^1"),
    ("42", "4.2*10**1"),
    ("42", "4.2×10^(1)"),
    ("42", r"4.2 \times 10^{1}"),
    # numericValuesMatch("10000", x, 1 s.f.) is true
    ("10000", "10000"),
    ("10000", "1x10^4"),
    ("10000", "1e4"),
    ("10000", "1E4"),
    ("10000", "1 x 10**4"),
    ("10000", "10^4"),
    ("10000", "10**(4)"),
    ("10000", "10^{4}"),
    ("10000", "100x10^2"),
]

# (gold, pred, expected, test name): validateQuestionResponse(question, Quantity(pred))
_IA_VALIDATOR: list[tuple[str, str, bool, str]] = [
    ("4.8e22", "4.8e22", True, "CheckCorrectAnswerWithExponent (no units required)"),
    (r"42 m\,s^{-1}", r"42 m\,s^{-1}", True, "CheckCorrectAnswerWithCorrectUnits"),
    (r"42 m\,s^{-1}", r"43 m\,s^{-1}", False, "CheckCorrectAnswerWithIncorrectValue"),
    (r"42 m\,s^{-1}", r"4 m\,s^{-1}", False, "IncorrectSigFigsCorrectUnit: value 4 wrong"),
    (r"42 m\,s^{-1}", r"42 m\,h^{-1}", False, "CheckCorrectAnswerWithIncorrectUnits"),
    ("1.6875", "1.66", False, "TestQuestionWithSigFigRange_IncorrectAnswers (2-3 s.f.)"),
    ("1.6875", "2.0", False, "TestQuestionWithSigFigRange_IncorrectAnswers (2-3 s.f.)"),
    ("1.6875", "2.7986", False, "TestQuestionWithSigFigRange_SigFigResponses: wrong value"),
    ("1.6875", "5", False, "TestQuestionWithSigFigRange_SigFigResponses: 5 (too few s.f.)"),
    ("10", "10", True, "DefaultFeedbackAndCorrectNoExplanation"),
    ("31.4 m", "20 m", False, "CheckCorrectUnitsIncorrectChoiceMatch (2-3 s.f.)"),
    ("13", "13.000", True, "DisregardSigFigsEnabledAndExactAnswerProvided"),
    ("2.1", "2.11", False, "DisregardSigFigsEnabledAndAnswerIncorrectAt3SF"),
]

# (gold = answer, pred = response, expected, test name)
_LF_TESTS: list[tuple[str, str, bool, str]] = [
    ("1", "1", True, "test_dimensionless_quantities"),
    ("1", "s*Hz", True, "test_dimensionless_quantities: second times hertz"),
    ("1", "m", False, "test_wrong_dimensions"),
    ("1", "s", False, "test_wrong_dimensions"),
    ("1", "s*m", False, "test_wrong_dimensions"),
    ("0 m/s", "0 s", False, 'test_PHYS40003_1_1_b (comparison "expression")'),
    ("0 m/s", "0 m/s", True, 'test_PHYS40003_1_1_b (comparison "expression")'),
    ("10*gamma km/s", "10*gamma km/s", True, "test_empty_input_symbols_codes_and_alternatives"),
    (
        "50*kilometre/hour",
        "50 kilometres per hour",
        True,
        "test_per: correct response with per (aliases of alpha, beta, gamma only)",
    ),
    (
        "sin(x)+x**7+x+x",
        r"\sin x + x^{7} + \mathrm{x} + \text { x }",
        True,
        "test_eval_function_can_handle_latex_input (is_latex)",
    ),
]

CASES: list[dict] = [
    *(_c(EC, EC_AT, g, p, True, ok, f"api.check: {why}") for g, p, ok, why in _EC_TESTS),
    *(_c(EC, EC_JSON, g, p, True, True, "shouldMatch entry of its target") for g, p in _EC_SAMPLE),
    *(_c(IA, IA_AT, g, p, True, True, "CheckParsingAsNumberWorks") for g, p in _IA_NUMBERS),
    *(_c(IA, IA_AT, g, p, True, ok, why) for g, p, ok, why in _IA_VALIDATOR),
    *(_c(LF, LF_AT, g, p, True, ok, f"is_correct: {why}") for g, p, ok, why in _LF_TESTS),
]
