r"""A tenth fresh set of answer-equivalence cases (evaluation only; helper "b", first part: the
rest is in equiv_fresh10_b2.py). Focus: graders written in languages other than Python.

Cases are transcribed from the test suites of answer checkers of tutoring / homework systems that
no earlier set used (see bench/data/README.md, bench/equiv_issues_*.py, the fresh3..fresh9 modules
and /work/wt/fresh10_claims). Each case gives the reference answer (``gold``), the prediction
(``pred``: a bare answer to be put in ``\boxed{}``; ``wrap`` is True for every case here) and the
verdict the test asserts (``expected``). ``where`` is ``path@commit`` in ``repo`` on github.com.
Do not tune the judge on these cases.

Sources (repo, path @ commit, license of the stored copy):

- Doenet/math-expressions (JavaScript/TypeScript CAS behind the DoenetML answer checker)
  ``packages/math-expressions-js-compat/spec/slow_math-expressions.spec.ts``
  @ 2fb64028713c7a0f141f5e7e165d7b5e499c728d, GPL-3.0 or Apache-2.0 (LICENSE.md). The lists
  ``equivalences`` (``expect(fromText(lhs).equals(fromText(rhs))).toBeTruthy()``) and
  ``nonequivalences`` (``...toBeFalsy()``) are transcribed in file order, ``gold`` = the first
  (lhs), ``pred`` = the second (rhs) string; ``equals`` is symmetric. The strings are
  math-expressions' plain-text syntax (``sin^2 x``, ``cos^(-1)(x)``, ``e^(10x)``), as written. The
  file header says some pairs were adopted from STACK's answer-test cases (maths/moodle-qtype_stack,
  claimed by another collector): a few pairs may coincide with that source.
- jmvedrine/moodle-qtype_algebra (PHP, Moodle algebra question type; compares by evaluation at
  random points) ``tests/question_test.php`` @ 02c059c2a9ae1d2b89f55f20d9712560c2f0b4f0 (golds from
  ``tests/helper.php``: ``simplemath`` = ``7*x``, ``derive`` = ``2*x``), GPL-3.0-or-later; in
  equiv_fresh10_b2.py.
- numbas/Numbas (JavaScript e-assessment) ``tests/parts/part-tests.mjs`` and
  ``tests/parts/part_unit_tests.mjs`` @ 8f449f52f2686bf24c85ddd66e0a668ea52500c3, Apache-2.0, and
  FormulasQuestion/moodle-qtype_formulas (PHP, numbers with SI units)
  ``tests/unit_conversion_test.php`` @ a2b7d9260e612b1333efbe89456bc49af5e6b5dd, GPL-3.0-or-later:
  in equiv_fresh10_b2.py (with what was left out of them).

Left out, by rule (math-expressions): pairs whose notation is specific to math-expressions' text
parser rather than a math answer: angles (``∠ABC``), ``linesegment(A,B)``, currency ``$5``,
percent ``50%``/``x%`` (also the percent policy), ``180 deg``, integrals written ``∫_a^b xdx``,
set relations (``∈ ∋ ⊂ ⊆ ...``), ``elementof``, ``vec(x)``, charges ``5C^(4+)``, the
blank-operand parses ``2+`` and ``/4``, ``oo``, prime derivatives ``f'(x)`` vs ``f(x)'``, stacked
unary signs (``++2``, ``x+-y``, ``x--y``, ``x(+y)``), applied function differences
(``(f(a)-f(b))(x)``) and ``f^2(x)`` vs ``f(x)^2``; exact duplicate pairs within one list (kept
once); the ``equalsViaSyntax`` lists (a syntactic-form policy, not equivalence); the
``allow_blanks``, ``coerce_tuples_arrays`` / ``coerce_vectors`` and integer-assumption tests
(option- or assumption-dependent verdicts); commented-out pairs. qtype_algebra: the answer ``x`` of
``derive`` earns partial credit (0.2): kept as not equal to ``2*x`` (it did not get full marks).

Searched without usable, nameable equivalence tests: TypeScript/JavaScript tutoring graders found
only through unnamed ``find_string`` hits (not used: repository unknown); Rust/Go/Julia searches
returned no LLM math-answer grader tests.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

MEX = "Doenet/math-expressions"
MEX_AT = (
    "packages/math-expressions-js-compat/spec/slow_math-expressions.spec.ts"
    "@2fb64028713c7a0f141f5e7e165d7b5e499c728d"
)

# equivalences: (lhs, rhs), expect(lhs.equals(rhs)).toBeTruthy() -- first 190 kept pairs
MEX_EQUIV_1: list[tuple[str, str]] = [
    ("3+2", "5"),
    ("-2 sin(t^2)/t", "-2 t sin(t^2)/t^2"),
    ("-2t sin(t^2)/t^2 + 3t^2 sin(t^3)/t^3", "-2 sin(t^2)/t + 3 sin(t^3)/t"),
    ("sin(t^2)*t/t", "sin(t^2)"),
    ("(1/3)g^3", "(g^3)/(3)"),
    ("x*log(3)", "log(3^x)"),
    ("e^(e^x+x/x)", "e^(e^x+1)"),
    ("exp(exp(exp(x)))", "exp(exp(exp(x)))"),
    (
        "(x^5 + 5*x^4 + 20*x^3 + 60*x^2 + 120*x + 120)/120",
        "1/120*x^5 + 1/24*x^4 + 1/6*x^3 + 1/2*x^2 + x + 1",
    ),
    (
        "(x^9 - 72*x^7 + 3024*x^5 - 60480*x^3 + 362880*x)/362880",
        "1/362880*x^9 - 1/5040*x^7 + 1/120*x^5 - 1/6*x^3 + x",
    ),
    ("e^(e^x)", "e^(e^x)"),
    (
        "1 + x + x^2/2+ x^3/3! + x^4/4!+ x^5/5! + x^6/6!+x^7/7!",
        "1 + x + x^2/2+ x^3/6 + x^4/24 + x^5/120 + x^6/720 +x^7/5040",
    ),
    ("1/sqrt(4)", "1/2"),
    ("4^(-1/2)", "1/2"),
    ("0.5", "1/2"),
    ("x^(1/2)", "sqrt(x)"),
    ("1/sqrt(x)", "sqrt(1/x)"),
    ("x-1", "(x^2-1)/(x+1)"),
    ("a^b * a^c", "a^(b+c)"),
    ("2+2*sqrt(3+x)", "2+sqrt(12+4*x)"),
    ("cbrt(x)", "x^(1/3)"),
    ("nthroot(x, n)", "x^(1/n)"),
    ("nthroot(x, 3)", "cbrt(x)"),
    ("nthroot(x,2)", "sqrt(x)"),
    ("nthroot(x)", "sqrt(x)"),
    ("1/n-1/(n+1)", "1/(n*(n+1))"),
    ("0.5*x^2+3*x-1", "x^2/2+3*x-1"),
    ("cos(x)", "cos(-x)"),
    ("cos(x)^2+sin(x)^2", "1"),
    ("2*cos(x)^2-1", "cos(2*x)"),
    ("2*cos(2*x)+x+1", "-sin(x)^2+3*cos(x)^2+x"),
    (
        "(2*sec(2*t)^2-2)/2",
        "-(sin(4*t)^2-2*sin(4*t)+cos(4*t)^2-1)*(sin(4*t)^2+2*sin(4*t)+cos(4*t)^2-1)/(sin(4*t)^2+cos(4*t)^2+2*cos(4*t)+1)^2",
    ),
    ("-4*sec(4*z)^2*sin(6*z)-6*tan(4*z)*cos(6*z)", "-4*sec(4*z)^2*sin(6*z)-6*tan(4*z)*cos(6*z)"),
    ("log(a^2*b)", "2*log(a)+log(b)"),
    ("sqrt(12)", "2*sqrt(3)"),
    ("sqrt(11+6*sqrt(2))", "3+sqrt(2)"),
    ("sqrt(2*log(26)+4-2*log(2))", "sqrt(2*log(13)+4)"),
    ("1+2*x", "x*2+1"),
    ("(x+y)+z", "z+x+y"),
    ("(x+5)*x", "x*(5+x)"),
    ("x*x", "x^2"),
    ("(1-x)^2", "(x-1)^2"),
    ("x*(x+5)", "5*x+x^2"),
    ("1+x+x", "2*x+1"),
    ("2^2", "4"),
    ("a^2/b^3", "a^2*b^(-3)"),
    ("x+x", "2*x"),
    ("x+x^2", "x^2+x"),
    ("(x-1)^2", "x^2-2*x+1"),
    ("(x-1)^(-2)", "1/(x^2-2*x+1)"),
    ("cos^2 x+sin^2 x", "1"),
    ("tan^2 x", "(tan x)(tan(x))"),
    ("(1/2)/(3/4)", "2/3"),
    ("1/n", "1/n"),
    ("a+1/2", "(2*a+1)/2"),
    ("1/n +2/(n+1)", "(3*n+1)/(n*(n+1))"),
    ("2*(1/n)", "2/n"),
    ("2/n", "2/n"),
    ("(x-1)/(x^2-1)", "1/(x+1)"),
    ("(x-2)/4/(2/x^2)", "(x-2)*x^2/8"),
    ("1/(1-1/x)", "x/(x-1)"),
    ("(sqrt(108)+10)^(1/3)-(sqrt(108)-10)^(1/3)", "2"),
    ("(sqrt(2+sqrt(2))+sqrt(2-sqrt(2)))/(2*sqrt(2))", "sqrt(sqrt(2)+2)/2"),
    ("x^2+1", "x^2+1"),
    ("(-1)^n*cos(x)^n", "(-cos(x))^n"),
    ("log(abs((x^2-9)))", "log(abs(x-3))+log(abs(x+3))"),
    ("log(exp(x))", "x"),
    ("exp(log(x))", "x"),
    ("(x-1)*(x^2+x+1)", "x^3-1"),
    ("2/4", "1/2"),
    ("2^3", "8"),
    ("3^2", "9"),
    ("sqrt(3)", "3^(1/2)"),
    ("2*sqrt(2)", "sqrt(8)"),
    ("2*2^(1/2)", "sqrt(8)"),
    ("4^(1/2)", "2"),
    ("sqrt(3)/3", "(1/3)^(1/2)"),
    ("sqrt(2)/4", "1/sqrt(8)"),
    ("1/3^(1/2)", "(1/3)^(1/2)"),
    ("1/sqrt(2)", "2^(1/2)/2"),
    ("-1+2", "2-1"),
    ("-1*2+3*4", "3*4-1*2"),
    ("(-1*2)+3*4", "10"),
    ("x*(-y)", "-x*y"),
    ("x*(-y)", "-(x*y)"),
    ("(-x)*(-x)", "x*x"),
    ("(-x)*(-x)", "x^2"),
    ("1/2", "3/6"),
    ("1/(1+2*x)", "1/(2*x+1)"),
    ("2/(4+2*x)", "1/(x+2)"),
    ("(a*b)/c", "a*(b/c)"),
    ("(-x)/y", "-(x/y)"),
    ("x/(-y)", "-(x/y)"),
    ("-1/(1-x)", "1/(x-1)"),
    ("1/2*1/x", "1/(2*x)"),
    ("2", "2"),
    ("1/3", "1/3"),
    ("3*x^2", "3*x^2"),
    ("4*x^2", "4*x^2"),
    ("2*(x-1)", "2*x-2"),
    ("2*x-2", "2*x-2"),
    ("2*(x+1)", "2*x+2"),
    ("2*(x+0.5)", "2*x+1"),
    ("t*(2*x+1)", "t*(2*x+1)"),
    ("t*x+t", "t*(x+1)"),
    ("2*x*(x-3)", "2*x^2-6*x"),
    ("2*(x^2-3*x)", "2*x*(x-3)"),
    ("x*(2*x-6)", "2*x*(x-3)"),
    ("(x+2)*(x+3)", "(x+2)*(x+3)"),
    ("(x+2)*(2*x+6)", "2*(x+2)*(x+3)"),
    ("(z*x+z)*(2*x+6)", "2*z*(x+1)*(x+3)"),
    ("(x+t)*(x-t)", "x^2-t^2"),
    ("t^2-1", "(t-1)*(t+1)"),
    ("(2-x)*(3-x)", "(x-2)*(x-3)"),
    ("-(1-x)^2", "-(x-1)^2"),
    ("4*(1-x/2)^2", "(x-2)^2"),
    ("x^3-x+1", "x^3-x+1"),
    ("7*x^3-7*x+7", "7*(x^3-x+1)"),
    ("(1-x)*(2-x)*(3-x)", "-x^3+6*x^2-11*x+6"),
    ("(2-x)*(2-x)*(3-x)", "-x^3+7*x^2-16*x+12"),
    ("(2-x)^2*(3-x)", "-x^3+7*x^2-16*x+12"),
    ("(x^2-4*x+4)*(3-x)", "-x^3+7*x^2-16*x+12"),
    ("(x^2-3*x+2)*(3-x)", "-x^3+6*x^2-11*x+6"),
    ("3*y^3-6*y^2-24*y", "3*(y-4)*y*(y+2)"),
    ("3*(y^3-2*y^2-8*y)", "3*(y-4)*y*(y+2)"),
    ("3*y*(y^2-2*y-8)", "3*(y-4)*y*(y+2)"),
    ("3*(y^2-4*y)*(y+2)", "3*(y-4)*y*(y+2)"),
    ("(y-4)*y*(3*y+6)", "3*(y-4)*y*(y+2)"),
    ("24*(x-1/4)", "24*x-6"),
    ("(x-sqrt(2))*(x+sqrt(2))", "x^2-2"),
    ("1/(n+1)-1/n", "1/(n+1)-1/n"),
    ("1/(n+1)+1/(1-n)", "1/(n+1)-1/(n-1)"),
    ("1/(2*(n-1))-1/(2*(n+1))", "1/((n-1)*(n+1))"),
    ("1/(x-1)-(x+1)/(x^2+1)", "2/((x-1)*(x^2+1))"),
    ("1/(2*x-2)-(x+1)/(2*(x^2+1))", "1/((x-1)*(x^2+1))"),
    ("3/(x+1) + 3/(x+2)", "3*(2*x+3)/((x+1)*(x+2))"),
    ("3*(1/(x+1) + 1/(x+2))", "3*(2*x+3)/((x+1)*(x+2))"),
    ("3*x*(1/(x+1) + 2/(x+2))", "-12/(x+2)-3/(x+1)+9"),
    ("2*x+1/(x+1)+1/(x-1)", "2*x^3/(x^2-1)"),
    ("(2*x+1)/(x^2+1)-2/(x-1)", "(2*x+1)/(x^2+1)-2/(x-1)"),
    ("-1/((s+1)^2) - 2/(s+2) + 2/(s+1)", "s/((s+1)^2*(s+2))"),
    ("(-5/(x+3))+(16/(x+3)^2)-(2/(x+2))+4", "(-5/(x+3))+(16/(x+3)^2)-(2/(x+2))+4"),
    ("-5/(16*x)+53/(16*(x-4))+43/(4*(x-4)^2)", "(3*x^2-5)/((x-4)^2*x)"),
    ("-1/(16*(x+5))+19/(4*(x+5)^2)+1/(16*(x+1))", "(5*x+6)/((x+1)*(x+5)^2)"),
    ("-5/(16*x)+1/(2*(x-1))-1/(8*(x-1)^2)", "(3*x^2-5)/((4*x-4)^2*x)"),
    ("(3*x^2-5)/((x-4)^2*x)", "(3*x^2-5)/((x-4)^2*x)"),
    ("125/(34*(5*x-2))+5/(51*(x+3))-5/(6*x)", "5/(x*(x+3)*(5*x-2))"),
    ("10/(x+3) - 2/(x+2) + x -2", "(x^3 + 3*x^2 + 4*x +2)/((x+2)*(x+3))"),
    ("(cos(t)-sqrt(2))^2", "cos(t)^2-2*sqrt(2)*cos(t)+2"),
    ("(n+1)*n!", "(n+1)!"),
    ("n/n!", "1/(n-1)!"),
    ("(n!)^2", "n! * n!"),
    ("abs((-x)^(1/3))", "(abs(-x))^(1/3)"),
    ("arcsin(x)", "arcsin(x)"),
    ("arccos(x)", "arccos(x)"),
    ("arctan(x)", "arctan(x)"),
    ("arcsec(x)", "arcsec(x)"),
    ("arccsc(x)", "arccsc(x)"),
    ("arccot(x)", "arccot(x)"),
    ("arcsinh(x)", "arcsinh(x)"),
    ("arccosh(x)", "arccosh(x)"),
    ("arctanh(x)", "arctanh(x)"),
    ("arcsech(x)", "arcsech(x)"),
    ("arccsch(x)", "arccsch(x)"),
    ("arccoth(x)", "arccoth(x)"),
    ("cos^(-1)(x)", "acos(x)"),
    ("cos^(-1)(x)", "arccos(x)"),
    ("acos(x)", "arccos(x)"),
    ("cot^(-1)(x)", "acot(x)"),
    ("cot^(-1)(x)", "arccot(x)"),
    ("acot(x)", "arccot(x)"),
    ("csc^(-1)(x)", "acsc(x)"),
    ("csc^(-1)(x)", "arccsc(x)"),
    ("acsc(x)", "arccsc(x)"),
    ("sec^(-1)(x)", "asec(x)"),
    ("sec^(-1)(x)", "arcsec(x)"),
    ("asec(x)", "arcsec(x)"),
    ("sin^(-1)(x)", "asin(x)"),
    ("sin^(-1)(x)", "arcsin(x)"),
    ("asin(x)", "arcsin(x)"),
    ("tan^(-1)(x)", "atan(x)"),
    ("tan^(-1)(x)", "arctan(x)"),
    ("atan(x)", "arctan(x)"),
    ("cosh^(-1)(x)", "acosh(x)"),
    ("cosh^(-1)(x)", "arccosh(x)"),
    ("acosh(x)", "arccosh(x)"),
    ("coth^(-1)(x)", "acoth(x)"),
    ("coth^(-1)(x)", "arccoth(x)"),
    ("acoth(x)", "arccoth(x)"),
    ("csch^(-1)(x)", "acsch(x)"),
]

CASES: list[dict] = [
    _c(MEX, MEX_AT, gold, pred, True, True, "math-expressions equals() truthy")
    for gold, pred in MEX_EQUIV_1
]
