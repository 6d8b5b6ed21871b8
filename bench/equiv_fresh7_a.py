r"""A seventh fresh set of answer-equivalence cases (evaluation only; helper "a").

Cases are transcribed from the test suites of graders that no earlier set used (see
bench/data/README.md, bench/equiv_issues_*.py, the fresh3..fresh6 modules and
/work/wt/fresh7_claims). Each case gives the reference answer (``gold``), the prediction (``pred``:
a bare answer to be put in ``\boxed{}`` when ``wrap`` is True) and the verdict the test asserts
(``expected``). ``where`` is ``path@commit`` in ``repo`` on github.com. Strings are the values
Python reads from the test. Do not tune the judge on these cases.

Sources (repo, path @ commit, license of the stored copy):

- lambda-feedback/compareExpressions ``app/tests/symbolic_evaluation_test.py``
  @ 1bdaefc14b404bc820f5d933acc81cc0f5ff5c8e (``evaluation_function(response, answer, params)``,
  asserting ``result["is_correct"]``; ``response`` is stored as ``pred``, ``answer`` as ``gold``).
  The inputs are the grader's plain-text (SymPy-like) syntax: ``**`` or ``^`` for powers,
  ``Abs``/``|x|``, ``summation(...)``, ``int(...)``, ``factorial(...)``, implicit products such as
  ``Bsin(pi)`` = ``B*sin(pi)``. No license file was found in the stored copy; the short test
  strings are quoted as test data, with attribution.
- the same repository's ``app/tests/example_test.py`` @ 0bf556e660543945b395d184aa13260ae5e0c5c6
  (the newest fetched snapshot; same call and reading):
  ``test_equalities_in_the_answer_and_response`` and
  ``test_incorrect_response_with_custom_feedback`` (its feedback text sets no verdict). Its
  other tests use units, tolerances, criteria, conventions, symbol aliases or assumptions and
  are left out by the rule below.

Kept: assertions run with default settings or with only the parser-leniency switches
``strict_syntax`` (False: implicit multiplication allowed) and ``elementary_functions`` (True:
function-name aliases), plus ``atol=0``/``rtol=0``/``physical_quantity=False`` (exact comparison);
``why`` names the test. For ``generate_input_variations`` tests (which also try the pair with
``**`` → ``^`` and ``*`` → space / nothing) only the base pair is stored; for the
elementary-function table only the base pair, not the generated alias substitutions.

Left out, by rule: every assertion whose verdict depends on a non-default setting: symbol
assumptions (``positive`` for the sqrt / fractional-power tests), declared ``symbols`` /
``input_symbols`` aliases, ``complexNumbers``, ``specialFunctions``, tolerances (``atol``/``rtol``
> 0, ``sig_figs``, ``dp``, their tolerance variants), ``criteria`` (custom, ``where``, order,
``contains``, syntactical ``written as``), ``multiple_answers_criteria``, ``convention``,
``disabled_evaluation_nodes``; the grader-specific ``plus_minus`` / ``minus_plus`` tokens;
parse-error and exception tests (decimal comma ``0,5``, ``x.y``, unbalanced ``|``, empty inputs,
reserved keywords); tag-only and ``response_simplified`` checks; verdicts that rest on this
parser's tokenising of run-together letters rather than on the mathematics (PHYS40002 2.6a
``-90xsin(5x+1)`` read as a symbol ``xsin``, ``momega^3 l^2/2(...)``, ``Δx/Δt`` vs
``Delta*x/Delta*t``); the 48 bare Greek-letter aliases (``α`` vs ``alpha``: symbol naming, not an
answer). The commented-out tanh case is not a test.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

LF = "lambda-feedback/compareExpressions"
LF_AT = "app/tests/symbolic_evaluation_test.py@1bdaefc14b404bc820f5d933acc81cc0f5ff5c8e"
LF_EX = "app/tests/example_test.py@0bf556e660543945b395d184aa13260ae5e0c5c6"

# (gold = answer, pred = response, expected, test name)
_LF_ROWS: list[tuple[str, str, bool, str]] = [
    ("2+3+x+2*x + x*x*3", "3*x**2 + 3*x +  5", True, "test_simple_polynomial_correct"),
    ("2+3+x+2*x + x*x*3 - x", "3*x**2 + 3*x +  5", False, "test_simple_polynomial_incorrect"),
    ("y + 1", "cos(x)**2 + sin(x)**2 + y", True, "test_simple_trig_correct"),
    ("sec(x)**2 + y", "1+tan(x)**2 + y", True, "test_recp_trig_correct"),
    ("0.5*x", "x/2", True, "test_decimals_correct"),
    ("Abs(x)+y", "|x|+y", True, "test_absolute_correct"),
    ("a*Abs(x)+Abs(y)", "a|x|+|y|", True, "test_absolute_ambiguity (implicit product)"),
    ("a*Abs(x)+Abs(y)", "|x|a+|y|", True, "test_absolute_ambiguity (implicit product)"),
    ("a*Abs(x+b*Abs(y))", "a|x+b|y||", True, "test_nested_absolute_response"),
    ("Abs(x)+Abs(y)", "|x|+|y|", True, "test_many_absolute_response (default params)"),
    (
        "E+S+Q+O+N+I+zeta+gamma+beta",
        "beta+gamma+zeta+I+N+O+Q+S+E",
        True,
        "test_clashing_symbols (default params)",
    ),
    ("2*asin(1)", "pi", True, "test_special_constants"),
    ("x**2-5*y**2-7=0", "2*x**2 = 10*y**2+14", True, "test_equality_sign_..._correct"),
    ("x**2-5*y**2-7=0", "2*x**2 = 10*y**2+20", False, "test_equality_sign_..._incorrect"),
    ("x**2-5*y**2-7=0", "2*x**2-10*y**2-14", False, "test_equality_sign_in_answer_not_response"),
    ("x**2-5*y**2-7", "2*x**2 = 10*y**2+14", False, "test_equality_sign_in_response_not_answer"),
    ("factorial(2**4)", "2^4!", False, "test_warning_inappropriate_symbol (strict_syntax)"),
    ("2^4!", "2^4!!!", False, "test_warning_for_triple_factorial"),
    ("2 pi e^(-a|omega|)", "2 pi e^{-a |omega|}", True, "test_curly_braces_used_for_grouping"),
    ("-inf", "-∞", True, "test_infinity_unicode_symbol (strict_syntax)"),
    ("infinity", "2.694", False, "test_infinity_alias"),
    ("int(3*x*y, (x, 0, 2))", "6y", True, "test_integral"),
    ("int(g(x)+f(x), (x, a, b))", "int(f(x)+g(x), (x, a, b))", True, "test_abstract_integral"),
]

# test_PHYS40002_2_2_b: answer fixed, every response False. The test's list lacks a comma
# after its first item, so Python joins the first two strings; stored as Python reads it.
_PHYS_22B = "-(y*sin(x*y) + e^(y)) / (x*(e^(y) + sin(x*y)))"
for _r in [
    "-(sin(xy)y+(e^y))/(x(e^y+sin(xy)x))sin(xy)y",
    "sin(xy)x",
    "x(e^y+sin(xy)x)",
    "e^y+sin(xy)x",
]:
    _LF_ROWS.append((_PHYS_22B, _r, False, "test_PHYS40002_2_2_b (implicit products)"))

# test_PHYS40002_2_6_a (the "-90xsin(5x+1)" rows are left out, see the docstring).
_PHYS_26A = "6*cos(5*x+1)-90*x*sin(5*x+1)-225*x**2*cos(5*x+1)+125*x**3*sin(5*x+1)"
_LF_ROWS += [
    (_PHYS_26A, _PHYS_26A, True, "test_PHYS40002_2_6_a (identical)"),
    (
        _PHYS_26A,
        "6cos(5x+1)-90x*sin(5x+1)-225x^2cos(5x+1)+125x^3sin(5x+1)",
        True,
        "test_PHYS40002_2_6_a (implicit products)",
    ),
    (
        _PHYS_26A,
        "(125x^3)*(cos(5x+1))-(225x^2)*(cos(5x+1))-(90x)*(sin(5x+1))+6cos(5x+1)",
        False,
        "test_PHYS40002_2_6_a (cos for sin in the x^3 term)",
    ),
]

# test_trig_expt_correct: (response, answer), all True.
_TRIG_EXPT = [
    ("sec(x)^4", "sec(x)**4"),
    ("sec**12(x)", "sec(x)**12"),
    ("sec^3(x)", "sec(x)**3"),
    ("sec**2(x)", "sec(x)^2"),
    ("sec^2(x)", "sec(x)^2"),
    ("sin**235(x)", "sin(x)**235"),
    ("cos**123(x)", "cos(x)**123"),
    ("tan**54(x)", "tan(x)**54"),
    ("sinc**2(x)", "sinc(x)**2"),
    ("csc**3(x)", "csc(x)**3"),
    ("sec**6(x)", "sec(x)**6"),
    ("cot**5(x)", "cot(x)**5"),
    ("asin**75(x)", "asin(x)**75"),
    ("acos**3(x)", "acos(x)**3"),
    ("atan**2(x)", "atan(x)**2"),
    ("acsc**9(x)", "acsc(x)**9"),
    ("asec**7(x)", "asec(x)**7"),
    ("acot**9(x)", "acot(x)**9"),
    ("atan2**2(x,y)", "atan2(x,y)**2"),
    ("sinh**4(x)", "sinh(x)**4"),
    ("cosh**11(x)", "cosh(x)**11"),
    ("tanh**8(x)", "tanh(x)**8"),
    ("csch**5(x)", "csch(x)**5"),
    ("sech**6(x)", "sech(x)**6"),
    ("asinh**13(x)", "asinh(x)**13"),
    ("acosh**4(x)", "acosh(x)**4"),
    ("atanh**9(x)", "atanh(x)**9"),
    ("acsch**7(x)", "acsch(x)**7"),
    ("asech**5(x)", "asech(x)**5"),
]
_LF_ROWS += [(a, r, True, "test_trig_expt_correct") for r, a in _TRIG_EXPT]
_LF_ROWS += [
    ("2*sec(x)**2", "2sec**2(x)", True, "test_trig_expt_with_adjacent_implicit_multiplication"),
    ("B*sec(x)**2", "Bsec**2(x)", True, "test_trig_expt_with_adjacent_implicit_multiplication"),
]

# elementary_function_test_cases: (name, response, answer), all True (base pairs only).
_ELEMENTARY = [
    ("sin", "Bsin(pi)", "0"),
    ("sinc", "Bsinc(0)", "B"),
    ("csc", "Bcsc(pi/2)", "B"),
    ("cos", "Bcos(pi/2)", "0"),
    ("sec", "Bsec(0)", "B"),
    ("tan", "Btan(pi/4)", "B"),
    ("cot", "Bcot(pi/4)", "B"),
    ("asin", "Basin(1)", "B*pi/2"),
    ("acsc", "Bacsc(1)", "B*pi/2"),
    ("acos", "Bacos(1)", "0"),
    ("asec", "Basec(1)", "0"),
    ("atan", "Batan(1)", "B*pi/4"),
    ("acot", "Bacot(1)", "B*pi/4"),
    ("atan2", "Batan2(1,1)", "B*pi/4"),
    ("sinh", "Bsinh(x)+Bcosh(x)", "B*exp(x)"),
    ("cosh", "Bcosh(1)", "B*cosh(-1)"),
    ("csch", "Bcsch(x)", "B/sinh(x)"),
    ("sech", "Bsech(x)", "B/cosh(x)"),
    ("asinh", "Basinh(sinh(1))", "B"),
    ("acosh", "Bacosh(cosh(1))", "B"),
    ("atanh", "Batanh(tanh(1))", "B"),
    ("asech", "Bsech(asech(1))", "B"),
    ("exp", "Bexp(x)exp(x)", "B*exp(2*x)"),
    ("exp2", "a+b*E^2", "a+b*exp(2)"),
    ("exp3", "a+b*e^2", "a+b*exp(2)"),
    ("ln", "Bexp(ln(10))", "10B"),
    ("log10", "B*10^(log(10,10))", "10B"),
    ("logb", "B*b^(log(a,b))", "aB"),
    ("sqrt", "Bsqrt(4)", "2B"),
    ("sign", "Bsign(1)", "B"),
    ("abs", "BAbs(-2)", "2B"),
    ("Max", "BMax(0,1)", "B"),
    ("Min", "BMin(1,2)", "B"),
    ("arg", "Barg(1)", "0"),
    ("ceiling", "Bceiling(0.6)", "B"),
    ("floor", "Bfloor(0.6)", "0"),
    ("MECH50001_7.2", "fs/(1-Mcos(theta))", "fs/(1-M*cos(theta))"),
]
_LF_ROWS += [(a, r, True, f"test_elementary_functions ({n})") for n, r, a in _ELEMENTARY]

# test_sum_in_answer: (response, answer, value).
_SUMS = [
    ("summation(2*k - 1, (k, 1, n))", "summation(2*k - 1, (k, 1, n))", True),
    ("sum(2*k - 1, (k, 1, n))", "summation(2*k - 1, (k, 1, n))", True),
    ("summation(2*i - 1, (i, 1, n))", "summation(2*k - 1, (k, 1, n))", True),
    ("summation(2*k + 1, (k, 1, n))", "summation(2*k - 1, (k, 1, n))", False),
    ("1 + summation(2*k + 1, (k, 1, n-1))", "summation(2*k - 1, (k, 1, n))", True),
    ("1 + sum(2*k + 1, (k, 1, n-1))", "summation(2*k - 1, (k, 1, n))", True),
    ("1 + summation(2*m + 1, (m, 1, n-1))", "summation(2*k - 1, (k, 1, n))", True),
    ("1 + summation(2*i + 1, (i, 1, n-1))", "summation(2*k - 1, (k, 1, n))", True),
    ("summation(2*(k + 1) - 3, (k, 1, n))", "summation(2*k - 1, (k, 1, n))", True),
    ("summation(2*(k + 1) - 1, (k, 0, n-1))", "summation(2*k - 1, (k, 1, n))", True),
    ("summation(2*k + 199, (k, -99, n-100))", "summation(2*k - 1, (k, 1, n))", True),
    ("1/(1 + summation(2*k + 1, (k, 1, oo)))", "1/summation(2*k - 1, (k, 1, oo))", True),
]
_LF_ROWS += [(a, r, ok, "test_sum_in_answer") for r, a, ok in _SUMS]

# test_exclamation_mark_for_factorial / test_double_exclamation_mark_for_factorial.
_FACT = [
    ("3!", "factorial(3)", True),
    ("(n+1)!", "factorial(n+1)", True),
    ("n!", "factorial(n)", True),
    ("a!=b", "factorial(3)", False),
    ("2*n!", "2*factorial(n)", True),
    ("3!", "3!", True),
    ("3*sin(n)!", "3*factorial(sin(n))", True),
]
_FACT2 = [
    ("3!!", "factorial2(3)", True),
    ("(n+1)!!", "factorial2(n+1)", True),
    ("n!!", "factorial2(n)", True),
    ("a!=b", "factorial2(3)", False),
    ("2*n!!", "2*factorial2(n)", True),
    ("3!!", "3!!", True),
]
_LF_ROWS += [(a, r, ok, "test_exclamation_mark_for_factorial") for r, a, ok in _FACT]
_LF_ROWS += [(a, r, ok, "test_double_exclamation_mark_for_factorial") for r, a, ok in _FACT2]

# test_greek_letters_in_expressions: (unicode response, spelled-out answer), all True
# ("Δx/Δt" vs "Delta*x/Delta*t" left out, see the docstring).
_GREEK = [
    ("α + β", "alpha + beta"),
    ("2μ + 3", "2*mu + 3"),
    ("π*r^2", "pi*r^2"),
    ("θ/2", "theta/2"),
    ("σ^2", "sigma^2"),
    ("χ + x", "chi + x"),
    ("Χ + X", "Chi + X"),
    ("χ*x", "chi*x"),
    ("x^2 + χ", "x^2 + chi"),
    ("χ^2 + x^2", "chi^2 + x^2"),
    ("ξ + x", "xi + x"),
    ("Ξ*X", "Xi*X"),
    ("ρ + p", "rho + p"),
    ("Ρ*P", "Rho*P"),
    ("ν + v", "nu + v"),
    ("Ν*V", "Nu*V"),
    ("ο + o", "omicron + o"),
    ("Ο*O", "Omicron*O"),
    ("α*x + β*y", "alpha*x + beta*y"),
    ("μ*σ^2 + ν", "mu*sigma^2 + nu"),
    ("γ*t + δ*s", "gamma*t + delta*s"),
    ("Λ*x + μ*y + ν*z", "Lambda*x + mu*y + nu*z"),
    ("λ*x + μ*y + ν*z", "lambda*x + mu*y + nu*z"),
    ("sin(θ) + cos(φ)", "sin(theta) + cos(phi)"),
    ("e^(iπ)", "e^(i*pi)"),
    ("ω*t + φ", "omega*t + phi"),
    ("Ψ(x) + ψ(y)", "Psi(x) + psi(y)"),
    ("ε_0*μ_0", "epsilon_0*mu_0"),
]
_LF_ROWS += [(a, r, True, "test_greek_letters_in_expressions") for r, a in _GREEK]

CASES: list[dict] = [_c(LF, LF_AT, g, p, True, ok, why) for g, p, ok, why in _LF_ROWS]

# app/tests/example_test.py: (gold = answer, pred = response, expected, test name).
_EX_ROWS = [
    ("x**2-5*y**2-7=0", "x**2-5*y**2-7=0", True, "test_equalities_in_the_answer_and_response"),
    ("x**2-5*y**2-7=0", "x^2 = 5y^2+7", True, "test_equalities_in_the_answer_and_response"),
    ("x**2-5*y**2-7=0", "2x^2 = 10y^2+14", True, "test_equalities_in_the_answer_and_response"),
    ("x+2", "x+1", False, "test_incorrect_response_with_custom_feedback"),
]
CASES += [_c(LF, LF_EX, g, p, True, ok, why) for g, p, ok, why in _EX_ROWS]
