r"""A tenth fresh set of answer-equivalence cases, helper "b", second part (sources, commits,
licenses and what was left out: see the docstring of equiv_fresh10_b.py). Evaluation only; do not
tune the judge on these cases.

- Doenet/math-expressions ``packages/math-expressions-js-compat/spec/slow_math-expressions.spec.ts``
  @ 2fb64028713c7a0f141f5e7e165d7b5e499c728d: the rest of ``equivalences`` and all kept
  ``nonequivalences`` (gold = lhs, pred = rhs).
- jmvedrine/moodle-qtype_algebra ``tests/question_test.php``
  @ 02c059c2a9ae1d2b89f55f20d9712560c2f0b4f0 (``grade_response`` / ``classify_response``; golds
  from ``tests/helper.php``).
- numbas/Numbas (JavaScript e-assessment system) @ 8f449f52f2686bf24c85ddd66e0a668ea52500c3,
  Apache-2.0: ``tests/parts/part-tests.mjs`` (``mark_part(p, answer)`` credit 1 / 0 for
  ``numberentry`` parts with ``minValue`` = ``maxValue`` and for ``jme`` mathematical-expression
  parts) and ``tests/parts/part_unit_tests.mjs`` (the ``unitTests`` of the ``jme`` parts: the
  part's ``answer`` is the gold, the unit test's answer the prediction, the ``mark`` note's credit
  1 / 0 the verdict). Left out: precision / significant-figure / notation-style policies (strict
  precision, ``mustBeReduced``, scientific-only ``123`` marked wrong, fractions not allowed),
  partial credits (0.5 pattern penalties such as ``x+x`` for ``2x``), string restrictions
  (``musthave`` / ``notallowed``), the case-insensitive ``x=(y-b)/a`` test (run only when JME is
  not case-sensitive), golds given as template expressions (``{siground(...)}``,
  ``precround(4^7.9,1)``), matrix, choice and pattern-match parts, invalid inputs, a repeated
  ``x+2`` gap.
- FormulasQuestion/moodle-qtype_formulas (PHP, Moodle "Formulas" question type: numbers with
  units) ``tests/unit_conversion_test.php`` @ a2b7d9260e612b1333efbe89456bc49af5e6b5dd,
  GPL-3.0-or-later: ``test_common_si_units`` asserts each input (number and unit) converts to the
  expected value and unit (delta 1e-8): gold = expected, pred = input, expected True. Left out:
  the ``energy J/eV`` row (it relies on the suite's eV conversion constant, an approximation).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

MEX = "Doenet/math-expressions"
MEX_AT = (
    "packages/math-expressions-js-compat/spec/slow_math-expressions.spec.ts"
    "@2fb64028713c7a0f141f5e7e165d7b5e499c728d"
)
ALG = "jmvedrine/moodle-qtype_algebra"
ALG_AT = "tests/question_test.php@02c059c2a9ae1d2b89f55f20d9712560c2f0b4f0"

# equivalences, continued: expect(lhs.equals(rhs)).toBeTruthy()
MEX_EQUIV_2: list[tuple[str, str]] = [
    ("csch^(-1)(x)", "arccsch(x)"),
    ("acsch(x)", "arccsch(x)"),
    ("sech^(-1)(x)", "asech(x)"),
    ("sech^(-1)(x)", "arcsech(x)"),
    ("asech(x)", "arcsech(x)"),
    ("sinh^(-1)(x)", "asinh(x)"),
    ("sinh^(-1)(x)", "arcsinh(x)"),
    ("asinh(x)", "arcsinh(x)"),
    ("tanh^(-1)(x)", "atanh(x)"),
    ("tanh^(-1)(x)", "arctanh(x)"),
    ("atanh(x)", "arctanh(x)"),
    ("sin^2(x)", "sin(x)^2"),
    ("sin^2 x ", "sin(x)^2"),
    ("sin^n(x)", "sin(x)^n"),
    ("sin^n x ", "sin(x)^n"),
    ("sinh^2(x)", "sinh(x)^2"),
    ("sinh^2 x ", "sinh(x)^2"),
    ("sinh^n(x)", "sinh(x)^n"),
    ("sinh^n x ", "sinh(x)^n"),
    ("cos^2(x)", "cos(x)^2"),
    ("cos^2 x ", "cos(x)^2"),
    ("cos^n(x)", "cos(x)^n"),
    ("cos^n x ", "cos(x)^n"),
    ("cosh^2(x)", "cosh(x)^2"),
    ("cosh^2 x ", "cosh(x)^2"),
    ("cosh^n(x)", "cosh(x)^n"),
    ("cosh^n x ", "cosh(x)^n"),
    ("tan^2(x)", "tan(x)^2"),
    ("tan^2 x ", "tan(x)^2"),
    ("tan^n(x)", "tan(x)^n"),
    ("tan^n x ", "tan(x)^n"),
    ("tanh^2(x)", "tanh(x)^2"),
    ("tanh^2 x ", "tanh(x)^2"),
    ("tanh^n(x)", "tanh(x)^n"),
    ("tanh^n x ", "tanh(x)^n"),
    ("sec^2(x)", "sec(x)^2"),
    ("sec^2 x ", "sec(x)^2"),
    ("sec^n(x)", "sec(x)^n"),
    ("sec^n x ", "sec(x)^n"),
    ("sech^2(x)", "sech(x)^2"),
    ("sech^2 x ", "sech(x)^2"),
    ("sech^n(x)", "sech(x)^n"),
    ("sech^n x ", "sech(x)^n"),
    ("csc^2(x)", "csc(x)^2"),
    ("csc^2 x ", "csc(x)^2"),
    ("csc^n(x)", "csc(x)^n"),
    ("csc^n x ", "csc(x)^n"),
    ("csch^2(x)", "csch(x)^2"),
    ("csch^2 x ", "csch(x)^2"),
    ("csch^n(x)", "csch(x)^n"),
    ("csch^n x ", "csch(x)^n"),
    ("cot^2(x)", "cot(x)^2"),
    ("cot^2 x ", "cot(x)^2"),
    ("cot^n(x)", "cot(x)^n"),
    ("cot^n x ", "cot(x)^n"),
    ("coth^2(x)", "coth(x)^2"),
    ("coth^2 x ", "coth(x)^2"),
    ("coth^n(x)", "coth(x)^n"),
    ("coth^n x ", "coth(x)^n"),
    ("log(x^2*y/z)", "log(x^2*y) - log(z)"),
    ("log(x^2*y/z)", "log(x^2) + log(y) - log(z)"),
    ("log(x^2*y/z)", "2*log(x) + log(y) - log(z)"),
    ("log(x^2*y/exp(1))", "2*log(x) + log(y) - 1"),
    ("log(sqrt(x^2 + 9) + x) - log(3)", "(asinh(x/3))"),
    ("sin(x + y)", "sin(x)*cos(y) + cos(x)*sin(y)"),
    ("cos(x + y)", "cos(x)*cos(y) - sin(x)*sin(y)"),
    ("log(x)/8", "0.125*log(x)"),
    ("log(x)/8", "(1/8)*log(x)"),
    ("(1/8)*log(x)", "0.125*log(x)"),
    ("1", "1"),
    ("sqrt(10000 - x)", "sqrt(10000 - x)"),
    ("x*log(y)", "log(y^x)"),
    ("exp(x^y)", "exp(x^y)"),
    ("(exp(x))^y", "exp(x*y)"),
    ("0*x", "0*y"),
    ("-2 cos(t)^2 sin(t)", "-cos t sin(2 t)"),
    ("e^(-10x)+1", "e^(-10x)+sin^2(x)+cos^2(x)"),
    ("e^(10x)+1", "e^(10x)+sin^2(x)+cos^2(x)"),
    ("(2x,y^2)", "(x+x, y*y)"),
    ("(2x,y^2]", "(x+x,y*y]"),
    ("[2x,y^2)", "[x+x,y*y)"),
    ("[2x,y^2]", "[x+x,y*y]"),
    ("arcsin(1/2)", "pi/6"),
    ("sqrt(e)", "e^(1/2)"),
    ("sin(pi)", "0"),
    ("cos(pi)", "-1"),
    ("sin(pi/2)", "1"),
    ("cos(pi/2)", "0"),
    ("atan2(sqrt(3),1)", "pi/3"),
    ("atan2(-sqrt(3),-1)", "-2*pi/3"),
    ("5x + 2y = 3", "6-4y = 10x"),
    ("5x + 2y = 3", "-(6-4y) = -10x"),
    ("5q-9z < 2u+9z", "27z -5q > -4u + 5q-9z"),
    ("5q-9z > 2u+9z", "27z -5q < -4u + 5q-9z"),
    ("5q-9z <= 2u+9z", "27z -5q >= -4u + 5q-9z"),
    ("5q-9z >= 2u+9z", "27z -5q <= -4u + 5q-9z"),
    ("(k+1)y_t", "k*y_t + y_t"),
    ("re(3-5i)", "3"),
    ("im(3-5i)", "-5"),
    ("arg(1+4i)", "arg(5+20i)"),
    ("arg(x)", "arg(5x)"),
    ("log_10(100000)", "5"),
    ("log_2(8)", "3"),
    ("log_a(b)", "log(b)/log(a)"),
    ("nCr(8,3)", "56"),
    ("nPr(8,3)", "336"),
    ("binom(8,3)", "56"),
    ("binom(n,m)", "nCr(n,m)"),
    ("floor(17.8)", "17"),
    ("floor(-17.3)", "-18"),
    ("ceil(17.3)", "18"),
    ("ceil(-17.8)", "-17"),
    ("round(17.3)", "17"),
    ("round(-17.3)", "-17"),
    ("round(17.8)", "18"),
    ("round(-17.8)", "-18"),
    ("-12.566370614359172 y^2 + 3.141592653589793 (-y)^2", "-9.42477796076938 y^2"),
]

# nonequivalences: expect(lhs.equals(rhs)).toBeFalsy()
MEX_NONEQUIV: list[tuple[str, str]] = [
    ("0.33", "1/3"),
    ("-cos(t)+3t", "-cos(t)"),
    ("(19601-13861*sqrt(2))^(7/4)", "(5*sqrt(2)-7)^7"),
    ("1+x", "2*x+1"),
    ("1/m", "1/n"),
    ("2/(n+1)", "1/(n+1)"),
    ("(2*n+1)/(n+2)", "1/n"),
    ("(2*n)/(n*(n+2))", "(2*n)/(n*(n+3))"),
    ("(2*log(2*x)+x)/(2*x)", "(log(2*x)+2)/(2*sqrt(x))"),
    ("2/(x+1)-1/(x+2)", "s/((s+1)*(s+2))"),
    ("1/(n-1)-1/n^2", "1/((n+1)*n)"),
    ("1/(n-1)-1/n", "1/(n-1)+1/n"),
    ("1/(x+1) + 1/(x+2)", "1/(x+1) + 2/(x+2)"),
    ("1/(x+1) + 1/(x+2)", "1/(x+3) + 1/(x+2)"),
    ("1/(x+1)-1/x", "1/(x-1)+1/x"),
    ("2*x+2", "2*x-2"),
    ("2*(x+1)", "2*x-2"),
    ("1", "(x-1)^2+1"),
    ("(t-1)^2+1", "(x-1)^2+1"),
    ("X^2+1", "x^2+1"),
    ("X", "x"),
    ("n!*n!", "(2n)!"),
    ("sin(2*pi*x)", "0"),
    ("cos((pi*x))", "(-1)^(x)"),
    ("sin(x)", "x - x^3/6 + x^5/120"),
    ("exp(x^2)", "exp(x^2 + 1)"),
    ("1000*exp(x/log(2))", "1000*exp(x/log(3))"),
    ("x", "y"),
    ("x + 2*y", "y + 2*x"),
    ("abs(x)", "x"),
    ("1E-50*sin(x)", "1E-50*cos(x)"),
    ("1-abs(x)", "1+abs(x)"),
    ("1-sqrt(x)", "1+sqrt(x)"),
    ("abs(x+1)-1", "abs(x+2)-2"),
    ("abs(x+10)-10", "abs(x+11)-11"),
    ("abs(x+100)-100", "abs(x+101)-101"),
    ("abs(x+1000)-1000", "abs(x+1001)-1001"),
    ("1/8 e^(2x) + 2e^(-2x)", "1/8 e^(2x) - 2e^(-2x)"),
    ("1/8 e^(2x) + 2e^(-2x)", "1/8 e^(2x) + 1000e^(-3x)"),
    ("1/8 e^(2x) + 2e^(-2x)", "1/8 e^(2x)"),
    ("1/8 e^(2x) + 2e^(-2x)", "1/8 e^(2x) + .00001"),
    ("1/64 e^(4x) - 1/2 + 4 e^(-4x)", "1/64 e^(4x) + 1/2 + 4 e^(-4x)"),
    ("1/64 e^(4x) - 1/2 + 4 e^(-4x)", "1/64 e^(4x) - 1/2 + 4 e^(-4x) + 1000"),
    ("1/64 e^(4x) - 1/2 + 4 e^(-4x)", "1/64 e^(4x) + 4 e^(-4x)"),
    ("e^(-10x)", "e^(-10x)+C"),
    ("e^(10x)", "e^(10x)+C"),
    ("e^(-10x)", "exp(-10x)+C"),
    ("e^(10x)", "exp(10x)+C"),
    ("e^(10x_1)", "e^(10x_1)+C"),
    ("e^(10x_1)+abs(x)", "e^(10x_1)+abs(x)+C"),
    ("e^(10x_1)+x^k", "e^(10x_1)+x^k+C"),
    ("e^(-10x)", "e^(-10x)+sin^2(x)+cos^2(x)"),
    ("e^(10x)", "e^(10x)+sin^2(x)+cos^2(x)"),
    ("e^(-10x)", "e^(-10x)+0.0000001"),
    ("e^(10x)", "e^(10x)+0.0000001"),
    ("e^(-10x^2)", "e^(-10x^2)+C"),
    ("e^(10x^2)", "e^(10x^2)+C"),
    ("sin(10x)", "sin(10x)+C"),
    ("cos(10x)", "cos(10x)+C"),
    ("e^(10x)+sin(10x)", "e^(10x)+sin(10x)+0.0000001"),
    ("e^(10x)+cos(10x)", "e^(10x)+cos(10x)+0.0000001"),
    ("e^(10x)+tan(10x)", "e^(10x)+tan(10x)+0.0000001"),
    ("e^(10x)+csc(10x)", "e^(10x)+csc(10x)+0.0000001"),
    ("e^(10x)+sec(10x)", "e^(10x)+sec(10x)+0.0000001"),
    ("e^(10x)+cot(10x)", "e^(10x)+cot(10x)+0.0000001"),
    ("e^(10x)=0", "e^(10x)+C=0"),
    ("e^(10x)=0", "e^(10x)+0.0000001=0"),
    ("cos(10x) < 0", "cos(10x)+C < 0"),
    ("cos(10x) < 0", "cos(10x)+0.0000001 < 0"),
    ("(e^(10x),5)", "(e^(10x)+C,5)"),
    ("(e^(10x^2),5)", "(e^(10x^2)+0.0000001,5)"),
    ("x > 1000", "x > 1001"),
    ("x + 1E-8", "x + 2E-8"),
    ("x + 1E9", "2x + 1E9"),
    ("(8-r sin(theta))r", "(8-r^2 sin(theta))"),
    ("xy^2/2 + e^y", "x + e^y"),
    ("x^(sin(x))", "x^(cos(x))"),
    ("(1,2]", "[1,2)"),
    ("sign(1)", "sign(-1)"),
    ("5q < 9z", "5q > 9z"),
    ("5q < 9z", "-5q < -9z"),
    ("5q > 9z", "-5q > -9z"),
    ("5q <= 9z", "5q >= 9z"),
    ("5q <= 9z", "-5q <= -9z"),
    ("5q >= 9z", "-5q >= -9z"),
    ("10^(-30)", "2*10^(-30)"),
    ("0", "t=4"),
    ("arg(1+4i)", "arg(5+19i)"),
    ("arg(x)", "arg(xy)"),
    ("arg(x)", "5*arg(x)"),
]

# qtype_algebra (compareby eval): (gold, response, graded right)
ALG_ROWS: list[tuple[str, str, bool, str]] = [
    ("7*x", "x", False, "simplemath: graded wrong (0)"),
    ("7*x", "0", False, "simplemath: graded wrong (0)"),
    ("7*x", "5*x", False, "simplemath: graded wrong (0)"),
    ("7*x", "7*x", True, "simplemath: graded right (1)"),
    ("2*x", "x", False, "derive: matches the partial answer x (0.2), not 2*x"),
    ("2*x", "0", False, "derive: graded wrong (0)"),
    ("2*x", "2*x", True, "derive: graded right (1)"),
    ("2*x", "x+x", True, "derive: x+x graded right (1)"),
    ("2*x", "5*x", False, "derive: classify_response fraction 0"),
]

NUMBAS = "numbas/Numbas"
NUMBAS_PT = "tests/parts/part-tests.mjs@8f449f52f2686bf24c85ddd66e0a668ea52500c3"
NUMBAS_UT = "tests/parts/part_unit_tests.mjs@8f449f52f2686bf24c85ddd66e0a668ea52500c3"

# (where, gold, answer, credit 1?, why)
NUMBAS_ROWS: list[tuple[str, str, str, bool, str]] = [
    (NUMBAS_PT, "1", "1", True, "numberentry min=max=1: credit 1"),
    (NUMBAS_PT, "1", "0", False, "numberentry min=max=1: credit 0"),
    (NUMBAS_PT, "1/3", "1/3", True, "numberentry 1/3, fractions allowed: credit 1"),
    (NUMBAS_PT, "123", "1.23e2", True, "numberentry 123 (scientific notation): credit 1"),
    (NUMBAS_PT, "123", "1.23e+2", True, "numberentry 123 (scientific notation): credit 1"),
    (NUMBAS_PT, "123", "1.23 e 2", True, "numberentry 123 (scientific notation): credit 1"),
    (NUMBAS_PT, "1", "infinity", False, "numberentry 1: infinity marked incorrect"),
    (NUMBAS_PT, "x+2", "x+2", True, "jme answer x+2: credit 1"),
    (NUMBAS_PT, "x+2", "2+x", True, "jme answer x+2: 2+x credit 1"),
    (NUMBAS_PT, "x+2", "2", False, "jme answer x+2: 2 credit 0"),
    (NUMBAS_PT, "2a", "2a", True, "jme answer 2a: score 1"),
    (
        NUMBAS_PT,
        "y = (x+1/3)^3",
        "y = x^3 + x^2 + x/3 + 1/27",
        True,
        "jme equation, = compared as approximate equality: credit 1",
    ),
    (NUMBAS_PT, "t/T", "t/t", False, "jme, caseSensitive: t/t credit 0"),
    (NUMBAS_PT, "t/T", "t/T", True, "jme, caseSensitive: t/T credit 1"),
    (NUMBAS_PT, "-t - 1/4", "-t - 1/4", True, "jme reldiff: credit 1"),
    (NUMBAS_UT, "x", "x", True, "jme unit test: credit 1"),
    (NUMBAS_UT, "x", "y", False, "jme unit test: credit 0"),
    (NUMBAS_UT, "x", "x+0", True, "jme unit test: credit 1"),
    (NUMBAS_UT, "x", "x+0y", True, "jme unit test x+0*y: credit 1"),
    (NUMBAS_UT, "2x", "2x", True, "jme unit test: credit 1"),
    (NUMBAS_UT, "2x", "3x", False, "jme unit test: credit 0"),
    (NUMBAS_UT, "2x", "x+x+x", False, "jme unit test: credit 0"),
    (NUMBAS_UT, "x<y", "x<y", True, "jme inequality unit test: credit 1"),
    (NUMBAS_UT, "x<y", "x-y<0", True, "jme inequality unit test: credit 1"),
    (NUMBAS_UT, "x<y", "x=y", False, "jme inequality unit test: credit 0"),
    (NUMBAS_UT, "x<y", "y>x", True, "jme inequality unit test: credit 1"),
    (NUMBAS_UT, "y=x^2+2", "y=x^2+2", True, "jme equation unit test: credit 1"),
]

FQ = "FormulasQuestion/moodle-qtype_formulas"
FQ_AT = "tests/unit_conversion_test.php@a2b7d9260e612b1333efbe89456bc49af5e6b5dd"

# provide_numbers_and_units: (row name, expected, inputs all convertible to expected)
FQ_ROWS: list[tuple[str, str, list[str]]] = [
    ("length 1", "100 m", ["0.1 km", "10000 cm", "1000 dm", "100000 mm"]),
    ("length 2", "1 mm", ["1000 um", "1000000 nm", "0.001 m", "0.1 cm"]),
    ("length 3", "1 nm", ["1000 pm", "1000000 fm"]),
    ("area", "1 m^2", ["1e-6 km^2", "100 dm^2", "10000 cm^2"]),
    ("volume", "1 dm^3", ["0.001 m^3", "1000 cm^3"]),
    ("time 1", "1 ms", ["1000 us", "0.001 s"]),
    ("time 2", "1 ns", ["1000 ps", "0.001 us", "1000000 fs"]),
    ("time squared", "1 s^2", ["1000000 ms^2"]),
    ("weigth 1", "1 g", ["1000 mg", "0.001 kg", "1000000 ug"]),
    ("weigth 2", "1 ug", ["0.001 mg", "0.000001 g", "1000 ng", "1000000 pg", "1000000000 fg"]),
    ("amount of substance 1", "1000 mmol", ["1 mol", "1000000 umol"]),
    ("amount of substance 2", "1 mol", ["1000 mmol", "1000000 umol"]),
    (
        "amount of substance 3",
        "1 mmol",
        ["0.001 mol", "1000 umol", "1000000 nmol", "1000000000 pmol"],
    ),
    ("force 1", "1 N", ["0.001 kN", "1000 mN", "1000000 uN", "0.000001 MN"]),
    ("force 2", "1 uN", ["0.001 mN", "0.000001 N", "1000 nN", "1000000 pN", "1000000000 fN"]),
    ("force 3", "1 kN", ["0.001 MN", "1000 N"]),
    ("force 4", "1 MN", ["1000 kN", "1000000 N"]),
    ("current 1", "1 A", ["1000 mA", "1000000 uA", "1000000000 nA"]),
    ("current 2", "1 uA", ["0.001 mA", "0.000001 A", "1000 nA", "1000000 pA"]),
    ("energy 1", "1 kJ", ["1000 J", "0.001 MJ", "0.000001 GJ"]),
    ("energy 2", "1 GJ", ["1000 MJ", "0.001 TJ", "1000000 kJ", "1000000000 J"]),
    ("energy 3", "1 J", ["1000 mJ", "1000000 uJ", "1000000000 nJ"]),
    ("power 1", "1 kW", ["1000 W", "0.001 MW", "0.000001 GW"]),
    ("power 2", "1 GW", ["1000 MW", "0.001 TW", "1000000 kW", "1000000000 W"]),
    ("power 3", "1 W", ["1000 mW", "1000000 uW", "1000000000 nW"]),
    ("pressure", "1 MPa", ["1000 kPa", "1000000 Pa", "0.001 GPa", "0.000001 TPa"]),
    ("frequency", "1 GHz", ["1000 MHz", "1000000 kHz", "0.001 THz", "0.000001 PHz"]),
    ("charge", "1 C", ["1000 mC", "1000000 uC", "1e9 nC", "0.001 kC"]),
    ("voltage", "1000 V", ["1 kV", "1000000 mV", "1e9 uV", "0.001 MV"]),
    ("resistance 1", "1000 ohm", ["1 kohm", "1000000 mohm", "0.001 Mohm"]),
    ("resistance 2", "1e9 ohm", ["1 Gohm", "0.001 Tohm"]),
    ("capacitance", "1 uF", ["0.001 mF", "0.000001 F", "1000 nF"]),
    ("flux density", "1 uT", ["0.001 mT", "0.000001 T", "1000 nT"]),
    ("inductance", "1 uH", ["0.001 mH", "0.000001 H", "1000 nH"]),
    ("speed", "1 m/ms", ["1 km/s"]),
    ("combination 1", "1 m g/us", ["1000 mm kg ms^-1"]),
    ("combination 2", "1 kPa s^-2", ["1e-3 Pa ms^-2"]),
    ("combination 3", "1 m kg s^-2", ["1 m kg / s^2", "1 km g / s^2", "1 km g s^-2"]),
]

CASES: list[dict] = [
    *(
        _c(MEX, MEX_AT, gold, pred, True, True, "math-expressions equals() truthy")
        for gold, pred in MEX_EQUIV_2
    ),
    *(
        _c(MEX, MEX_AT, gold, pred, True, False, "math-expressions equals() falsy")
        for gold, pred in MEX_NONEQUIV
    ),
    *(_c(ALG, ALG_AT, gold, pred, True, ok, why) for gold, pred, ok, why in ALG_ROWS),
    *(_c(NUMBAS, at, gold, pred, True, ok, why) for at, gold, pred, ok, why in NUMBAS_ROWS),
    *(
        _c(FQ, FQ_AT, gold, pred, True, True, f"common SI units, {name}: converts to gold")
        for name, gold, preds in FQ_ROWS
        for pred in preds
    ),
]
