r"""An eleventh fresh set of answer-equivalence cases (evaluation only; helper "b", second part:
the step-by-step algebra engine of a tutoring app; the first part is equiv_fresh11_b.py).

Source: google/mathsteps (formerly socraticorg/mathsteps, the JavaScript step-by-step math solver
behind Socratic's homework-help app) @ 9d370c30f2d9c2b3650883e942f97c8abe6805f8, Apache-2.0:
``test/simplifyExpression/simplify.test.js`` (``testSimplify(input, output)``: the printed result
of ``simplify(math.parse(input))``) and ``test/factor/factorQuadratic.test.js``
(``testFactorQuadratic(input, output)``). A simplifier or factoriser mapping one expression onto
another is read as an equivalence, as in equiv_fresh3_a.py: ``gold`` is the engine's output (the
reference form), ``pred`` the input expression, ``wrap`` True, ``expected`` True. Expressions
are kept in mathjs syntax (``nthRoot(x, 2)``, ``abs(-5)``, implicit products such as ``2x``).
Do not tune the judge on these cases.

Left out, by rule: outputs printed in mathsteps' coefficient-fraction notation, ``a/b x`` for
(a/b)*x (``2x/4/3`` -> ``1/6 x``, ``(12*z^(2))/27`` -> ``4/9 z^2``, ``5x + (1/2)x``,
``x + x/2``, ``x/(2/3) + 5``, ``5x + (1/abs(-2))x``): outside mathsteps the string reads as
1/(6x); rows whose output is the input itself (the "no change" rows of factorQuadratic, the
paren-printing row of simplify); a commented-out row; rows repeated in the file (kept once).
The sub-step lists (``testSubsteps``), ``factor.test.js`` (its factorisations repeat
factorQuadratic's rows) and the equation-solver tests (a solved equation is not one answer) were
not used.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

MATHSTEPS = "google/mathsteps"
_C = "9d370c30f2d9c2b3650883e942f97c8abe6805f8"
SIMPLIFY = f"test/simplifyExpression/simplify.test.js@{_C}"
FACTOR = f"test/factor/factorQuadratic.test.js@{_C}"

# simplify(input) prints output: (describe block, input = pred, output = gold)
_SIMPLIFY_ROWS = [
    ("simplify (arithmetic)", "(2+2)*5", "20"),
    ("simplify (arithmetic)", "(8+(-4))*5", "20"),
    ("simplify (arithmetic)", "5*(2+2)*10", "200"),
    ("simplify (arithmetic)", "(2+(2)+7)", "11"),
    ("simplify (arithmetic)", "(8-2) * 2^2 * (1+1) / (4 /2) / 5", "24/5"),
    ("collects and combines like terms", "x^2 + 3x*(-4x) + 5x^3 + 3x^2 + 6", "5x^3 - 8x^2 + 6"),
    ("collects and combines like terms", "2x^2 * y * x * y^3", "2x^3 * y^4"),
    ("collects and combines like terms", "4y*3*5", "60y"),
    ("collects and combines like terms", "(2x^2 - 4) + (4x^2 + 3)", "6x^2 - 1"),
    ("collects and combines like terms", "(2x^1 + 4) + (4x^2 + 3)", "4x^2 + 2x + 7"),
    ("collects and combines like terms", "y * 2x * 10", "20x * y"),
    ("collects and combines like terms", "x^y * x^z", "x^(y + z)"),
    ("collects and combines like terms", "x^(3+y) + x^(3+y)+ 4", "2x^(3 + y) + 4"),
    ("can simplify with division", "2 * 4 / 5 * 10 + 3", "19"),
    ("can simplify with division", "2x * 5x / 2", "5x^2"),
    ("can simplify with division", "2x * 4x / 5 * 10 + 3", "16x^2 + 3"),
    ("can simplify with division", "2x * 4x / 2 / 4", "x^2"),
    ("can simplify with division", "2x * y / z * 10", "(20x * y) / z"),
    ("can simplify with division", "2x/x", "2"),
    ("can simplify with division", "((2+x)(3+x))/(2+x)", "3 + x"),
    ("can simplify with division", "(20 * x) / (5 * (40 * y))", "x / (10y)"),
    ("can simplify with division", "400 * z / ((20 * x) / (5 * (40 * y)))", "(4000y * z) / x"),
    ("can simplify with division", "20x / (40y)", "x / (2y)"),
    ("can simplify with division", "60x / (40y)", "3x / (2y)"),
    ("can simplify with division", "4x / (2y)", "2x / y"),
    ("subtraction support", "-(-(2+3))", "5"),
    ("subtraction support", "-(-5)", "5"),
    ("subtraction support", "-(-(2+x))", "2 + x"),
    ("subtraction support", "-------5", "-5"),
    ("subtraction support", "--(-----5) + 6", "1"),
    ("subtraction support", "x^2 + 3 - x*x", "3"),
    ("subtraction support", "-(2*x) * -(2 + 2)", "8x"),
    ("subtraction support", "(x-4)-5", "x - 9"),
    ("subtraction support", "5-x-4", "-x + 1"),
    ("support for more * and ( that come from latex conversion", "(3*x)*(4*x)", "12x^2"),
    (
        "support for more * and ( that come from latex conversion",
        "x^2 - 12x^2 + 5x^2 - 7",
        "-6x^2 - 7",
    ),
    ("support for more * and ( that come from latex conversion", "-(12 x ^ 2)", "-12x^2"),
    ("distribution", "(3+x)*(4+x)*(x+5)", "x^3 + 12x^2 + 47x + 60"),
    ("distribution", "-2x^2 * (3x - 4)", "-6x^3 + 8x^2"),
    ("distribution", "x^2 - x^2*(12 + 5x) - 7", "-5x^3 - 11x^2 - 7"),
    ("distribution", "(5+x)*(x+3)", "x^2 + 8x + 15"),
    ("distribution", "(x-2)(x-4)", "x^2 - 6x + 8"),
    ("distribution", "(nthRoot(x, 2))^2", "x"),
    ("distribution", "(nthRoot(x, 2))^4", "x^2"),
    ("distribution", "3 * (nthRoot(x, 2))^2", "3x"),
    ("distribution", "(nthRoot(x, 2))^6 * (nthRoot(x, 3))^3", "x^4"),
    ("distribution", "(x - 2)^2", "x^2 - 4x + 4"),
    ("distribution", "(3x + 5)^2", "9x^2 + 30x + 25"),
    ("distribution", "(2x + 3)^2", "4x^2 + 12x + 9"),
    ("distribution", "(x + 3 + 4)^2", "x^2 + 14x + 49"),
    ("distribution", "(nthRoot(x, 2) * nthRoot(x, 2))^2", "x^2"),
    ("distribution", "(nthRoot(x, 2))^3", "nthRoot(x ^ 3, 2)"),
    ("distribution", "3 * nthRoot(x, 2) * (nthRoot(x, 2))^2", "3 * nthRoot(x ^ 3, 2)"),
    ("fractions", "1 + 1/2", "3/2"),
    ("fractions", "2 + 5/2 + 3", "15/2"),
    ("fractions", "9/18-5/18", "2/9"),
    ("fractions", "2(x+3)/3", "2x / 3 + 2"),
    ("fractions", "(2 / x) * x", "2"),
    ("fractions", "5/18 - 9/18", "-2/9"),
    ("fractions", "9/18", "1/2"),
    ("fractions", "(2+x)/6", "1/3 + x / 6"),
    ("floating point", "1.983*10", "19.83"),
    ("cancelling out", "(x^3*y)/x^2 + 5", "x * y + 5"),
    ("cancelling out", "(x^(2)+y^(2))/(5x-6x) + 5", "-x - y^2 / x + 5"),
    ("cancelling out", "( p ^ ( 2) + 1)/( p ^ ( 2) + 1)", "1"),
    ("cancelling out", "(-x)/(x)", "-1"),
    ("cancelling out", "(x)/(-x)", "-1"),
    ("cancelling out", "((2x^3 y^2)/(-x^2 y^5))^(-2)", "(-2x * y^-3)^-2"),
    ("cancelling out", "(1+2a)/a", "1 / a + 2"),
    ("cancelling out", "(x ^ 4 * y + -(x ^ 2 * y ^ 2)) / (-x ^ 2 * y)", "-x^2 + y"),
    ("cancelling out", "6 / (2x^2)", "3 / (x^2)"),
    ("absolute value support", "(x^3*y)/x^2 + abs(-5)", "x * y + 5"),
    ("absolute value support", "-6 + -5 - abs(-4) + -10 - 3 abs(-4)", "-37"),
    ("absolute value support", "5*abs((2+2))*10", "200"),
    ("absolute value support", "abs(5/18-abs(9/-18))", "2/9"),
    ("absolute value support", "( abs( -3) )/(3)", "1"),
    ("absolute value support", "- abs( -40)", "-40"),
    ("nthRoot support", "nthRoot(4x, 2)", "2 * nthRoot(x, 2)"),
    ("nthRoot support", "2 * nthRoot(4x, 2)", "4 * nthRoot(x, 2)"),
    ("nthRoot support", "(x^3*y)/x^2 + nthRoot(4x, 2)", "x * y + 2 * nthRoot(x, 2)"),
    ("nthRoot support", "2 + nthRoot(4)", "4"),
    ("nthRoot support", "x * nthRoot(x^4, 2)", "x^3"),
    ("nthRoot support", "x * nthRoot(2 + 2, 3)", "x * nthRoot(4, 3)"),
    ("nthRoot support", "x * nthRoot((2 + 2) * 2, 3)", "2x"),
    ("nthRoot support", "nthRoot(x * (2 + 3) * x, 2)", "x * nthRoot(5, 2)"),
    ("handles unnecessary parens at root level", "(x+(y))", "x + y"),
    ("handles unnecessary parens at root level", "((x+y) + ((z^3)))", "x + y + z^3"),
]

# factorQuadratic(input) gives output: (input = pred, output = gold)
_FACTOR_ROWS = [
    ("x^2 + 2x", "x * (x + 2)"),
    ("-x^2 - 2x", "-x * (x + 2)"),
    ("x^2 - 3x", "x * (x - 3)"),
    ("2x^2 + 4x", "2x * (x + 2)"),
    ("x^2 - 4", "(x + 2) * (x - 2)"),
    ("-x^2 + 1", "-(x + 1) * (x - 1)"),
    ("4x^2 - 9", "(2x + 3) * (2x - 3)"),
    ("4x^2 - 16", "4 * (x + 2) * (x - 2)"),
    ("-4x^2 + 16", "-4 * (x + 2) * (x - 2)"),
    ("x^2 + 2x + 1", "(x + 1)^2"),
    ("x^2 - 2x + 1", "(x - 1)^2"),
    ("-x^2 - 2x - 1", "-(x + 1)^2"),
    ("4x^2 + 4x + 1", "(2x + 1)^2"),
    ("12x^2 + 12x + 3", "3 * (2x + 1)^2"),
    ("x^2 + 3x + 2", "(x + 1) * (x + 2)"),
    ("x^2 - 3x + 2", "(x - 1) * (x - 2)"),
    ("x^2 + x - 2", "(x - 1) * (x + 2)"),
    ("-x^2 - 3x - 2", "-(x + 1) * (x + 2)"),
    ("2x^2 + 5x + 3", "(x + 1) * (2x + 3)"),
    ("2x^2 - 5x - 3", "(2x + 1) * (x - 3)"),
    ("2x^2 - 5x + 3", "(x - 1) * (2x - 3)"),
]

CASES: list[dict[str, object]] = [
    _c(MATHSTEPS, SIMPLIFY, gold, pred, True, True, f"simplify, {block}: output of the input")
    for block, pred, gold in _SIMPLIFY_ROWS
] + [
    _c(MATHSTEPS, FACTOR, gold, pred, True, True, "factorQuadratic: factored form of the input")
    for pred, gold in _FACTOR_ROWS
]
