r"""A sixteenth fresh set of answer-equivalence cases (evaluation only; helper "f", second part:
Math.NET Symbolics, algebra-latex, evaluatex, Coffeequate, Yacas). See equiv_fresh16_f.py for the
conventions.

Source: mathnet/mathnet-symbolics @ 49bc5d4390cf554c5711c8bee6f5db72bde25f91 (MIT, LICENSE.md), the
F# computer-algebra library of Math.NET. Its NUnit tests state ``expr ==> "text"``: the
auto-simplified (or expanded / contracted / parsed) expression prints, in the library's infix
syntax, as ``text``; ``LaTeX.format expr --> "latex"`` states its LaTeX form. Each such line says
the written input and the printed output are the same expression. The input is F# code over symbols
(``x + 2*x``, ``(a+b)**2``, ``3Q/2``); it is stored here as the infix string it trivially reads as
(``**`` written ``^``, rational literals ``3Q/2`` as ``3/2``, ``sin x`` as ``sin(x)``); inputs of
``Infix.parseOrThrow`` / ``parseOrUndefined`` are stored exactly. ``gold`` is the printed form,
``pred`` the input; all are positive (``expected`` True).

- ``src/Symbolics.Tests/Tests.fs``: auto-simplification (``Expressions are always in
  auto-simplified form``), ``Algebraic Expansion``, ``Algebraic.expand``, ``Exponential.expand`` /
  ``contract``, ``Trigonometric.expand`` / ``contract`` / ``simplify`` / ``substitute``.
- ``src/Symbolics.Tests/Visual/Infix.fs``: ``Infix.parseOrThrow`` / ``parseOrUndefined`` pairs.
- ``src/Symbolics.Tests/Visual/LaTeX.fs``: ``LaTeX.format`` pairs (gold is the LaTeX).

Left out, by rule: pairs that print the input back unchanged up to spacing (``x + y``, ``sin(x)``,
``  y  *  x  ``); infinity / undefined / complex-infinity arithmetic (``infinity - infinity`` =
``Undefined``: not answer forms); parse failures (``x-`` -> ``Undefined``) and ``sin -x``;
``I`` printed as ``j``; ``Quotations.parse`` of F# lambdas; structural operators (``substitute``,
``map``, ``collect*``, ``factors``, ``summands``: not equalities); ``Polynomial.*`` queries,
derivatives, Taylor polynomials, tangent / normal lines and ``solve`` (computations whose result
is not the same expression as the input); ``Algebraic.expand`` cases that leave the input as is;
logarithm expansions that need positivity (``ln((c*x)^a)`` = ``a*ln(c) + a*ln(x)``), ``lg`` and
``log`` with a base (the library's own argument order ``log(base, x)``); the long
``Trigonometric.expand`` outputs of ``sin(2*x + 3*y)``, ``sin(2*(x+y))`` and the hyperbolic powers
above the square (kept: the double / triple angle and sum forms); LaTeX of custom symbols
(``\mathrm{def}``, ``TESTING_UNDER``), of floats, of ``atan2`` and the ``CompactPowersOfFunctions``
style option; four pairs already taken from mathjs in equiv_fresh16_f.py (``x^2*x`` = ``x^3``,
``x*x`` = ``x^2``, ``(x^2)^3`` = ``x^6``, ``-(-x)`` = ``x``).

Source: viktorstrate/algebra-latex @ 02afc254e84aa81e8663a9b0d532306182f5cb21 (MIT, LICENSE), an
npm module that converts LaTeX to calculator ("ascii math") strings and to algebra.js / Algebrite /
coffeequate objects: ``test/api.js``, each ``assert.equal(converted, expected)`` whose two sides
differ beyond spacing (``pred`` is the LaTeX, ``gold`` the other form; for ``parseMath('1/sqrt(2)')
.toLatex()`` the math input is the gold). Left out: the empty-input test, ``solveFor`` results,
algebra.js' ``1/3x`` (its own ambiguous print of x/3), coffeequate's rewriting of an equation into
``8 - 10/-3 + x``, the AST-built formatter and parser tests.

Source: arthanzel/evaluatex @ 864b765f1e7acada6b3c053ef45ac835890f5a98 (MIT, LICENSE), an ASCII /
LaTeX calculator-input evaluator: ``test/evaluatex.spec.js`` ``test(expression, value)``
(``assert.closeTo(..., 1E-6)``); ``pred`` is the expression, ``gold`` the value as the test writes
it (``16 / 9`` as ``16/9``, ``1 / Math.sin(1)`` as ``1/sin(1)``). The LaTeX-mode inputs follow TeX's
one-token argument rule (``2^24`` is 2^2 4 = 16, ``\sqrt 45`` is sqrt(4)*5); ``why`` says so.
Left out: tests that bind constants or variables, custom and JavaScript functions (``hypot``,
``min``, ``PI``, ``logn``, ``rootn``), paren-less function calls, the non-integer factorial rounding
(``3.9!`` = 24), the generated ``\times`` / ``\cdot`` loops, error tests and the bare ``2``.

Source: MatthewJA/Coffeequate @ 9c96e9eb99c97784f63529d17064204fbd5b9a81 (MIT, LICENSE), a
CoffeeScript CAS: ``tests/expression.js``, ``CQ(input).toString()`` / ``toLaTeX()`` (gold is the
printed form). Left out: ``solve`` results, MathML, API presence checks.

Source: grzegorzmazur/yacas @ 7df0c6751901960482d638173745ccaae2778a1e (LGPL-2.1, COPYING), the
Yacas computer-algebra system: ``tests/simplify.yts`` (``TestYacas(Simplify(A), B)``,
``FactorialSimplify``, ``ExpandFrac``, ``ExpandBrackets``), ``tests/radsimp.yts``
(``TestYacas(RadSimp(A), B)``: nested radicals), ``tests/arithmetic.yts`` and ``tests/regress.yts``
(``Verify(A, B)``; ``Verify(A = B, False)`` is a negative case; ``IsZero(Simplify(A - B))`` is a
positive one). The simplifying command is dropped (``pred`` is its argument, ``gold`` the expected
result) and Yacas' capitalised names are written in the usual lower case (``Sqrt`` as ``sqrt``,
``Pi`` as ``pi``, ``I`` as ``i``); nothing else is changed (``2001.`` keeps its trailing point).
Left out: derivatives, integrals, sums, solve, list / predicate / base-conversion / Gcd / Mod
tests, ``Simplify`` of an expression that stays unchanged, the custom ``II`` symbol, ``Local``
assignments, commented-out (failing) tests, ``Verify(1 = 2, 0 = -1)`` (both sides are False).
The tiny-number tests of regress.yts run after ``Builtin'Precision'Set(30)``; ``why`` says so.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

MN = "mathnet/mathnet-symbolics"
_MN_COMMIT = "49bc5d4390cf554c5711c8bee6f5db72bde25f91"
MN_TESTS = f"src/Symbolics.Tests/Tests.fs@{_MN_COMMIT}"
MN_INFIX = f"src/Symbolics.Tests/Visual/Infix.fs@{_MN_COMMIT}"
MN_LATEX = f"src/Symbolics.Tests/Visual/LaTeX.fs@{_MN_COMMIT}"

# Tests.fs: (input = pred, printed form = gold, why).
_MN_TESTS: list[tuple[str, str, str]] = [
    ("x + 2*x", "3*x", "auto-simplified"),
    ("x + 2.2*x", "3.2*x", "auto-simplified (float coefficient)"),
    ("y + x", "x + y", "auto-simplified"),
    ("x + x", "2*x", "auto-simplified"),
    ("x + x*2", "3*x", "auto-simplified"),
    ("2*x + 3*x", "5*x", "auto-simplified"),
    ("a*x + 2*x", "2*x + a*x", "auto-simplified"),
    ("b*x + x*a", "a*x + b*x", "auto-simplified"),
    ("x + y + 1", "1 + x + y", "auto-simplified"),
    ("y*x", "x*y", "auto-simplified"),
    ("x*y*x^2", "x^3*y", "auto-simplified"),
    ("y*x*y^2", "x*y^3", "auto-simplified"),
    ("x*y*2", "2*x*y", "auto-simplified"),
    ("a*b + b*a", "2*a*b", "auto-simplified"),
    ("c*b + c*a + b*a + c + b + a", "a + b + a*b + c + a*c + b*c", "auto-simplified"),
    ("b^2 + a^2", "a^2 + b^2", "auto-simplified"),
    ("a^3 + a^2", "a^2 + a^3", "auto-simplified"),
    ("b^2 * a^2", "a^2*b^2", "auto-simplified"),
    ("(a+c)^2 + (a+b)^2", "(a + b)^2 + (a + c)^2", "auto-simplified"),
    ("(a+c) * (a+b)", "(a + b)*(a + c)", "auto-simplified"),
    ("(1+y)^2 + (1+x)^2 + (1+x)^3", "(1 + x)^2 + (1 + x)^3 + (1 + y)^2", "auto-simplified"),
    ("(a+b)*y*x", "(a + b)*x*y", "auto-simplified"),
    ("x*x^2*x^3", "x^6", "auto-simplified"),
    ("2*x*y*z*z^2", "2*x*y*z^3", "auto-simplified"),
    ("1*x*y*z^2", "x*y*z^2", "auto-simplified"),
    ("(-2) + (-3)*x + 5*y", "-2 - 3*x + 5*y", "auto-simplified"),
    ("(1*x)/(3*y)", "x/(3*y)", "auto-simplified"),
    ("(2*x)/(1*y)", "(2*x)/y", "auto-simplified"),
    ("(2*a*x)/(3)", "2/3*a*x", "auto-simplified"),
    ("(1*a*x)/(3)", "1/3*a*x", "auto-simplified"),
    ("(-2*x)/(3*y)", "-(2*x)/(3*y)", "auto-simplified"),
    ("(-1*x)/(3*y)", "-x/(3*y)", "auto-simplified"),
    ("(-2*a*x)/(3)", "-2/3*a*x", "auto-simplified"),
    ("2 + 1/x - 1", "1 + 1/x", "auto-simplified"),
    ("1 / (1 / x)", "x", "auto-simplified"),
    ("2*x*3", "6*x", "auto-simplified"),
    ("-x*y/3", "-1/3*x*y", "auto-simplified"),
    ("((x*y)^(1/2)*z^2)^2", "x*y*z^4", "auto-simplified"),
    ("(a/b/(c*a))*(c*d/a)/d", "1/(a*b)", "auto-simplified"),
    ("a^(3/2)*a^(1/2)", "a^2", "auto-simplified"),
    ("x + abs(-x)", "x + |x|", "auto-simplified"),
    ("abs(-3)", "3", "auto-simplified"),
    ("exp(0)", "1", "auto-simplified"),
    ("2*(a+b)-(a+b)", "a + b", "Algebraic Expansion: auto-simplified"),
    ("(a*b)/(b*a)", "1", "Algebraic Expansion: auto-simplified"),
    ("(a*b)^2/(b*a)", "a*b", "Algebraic Expansion: auto-simplified"),
    ("(a*b)/(b*a)^2", "1/(a*b)", "Algebraic Expansion: auto-simplified"),
    ("(a+b)/(b+a)", "1", "Algebraic Expansion: auto-simplified"),
    ("(a+b)^2/(b+a)", "a + b", "Algebraic Expansion: auto-simplified"),
    ("(a+b)/(b+a)^2", "1/(a + b)", "Algebraic Expansion: auto-simplified"),
    ("(a+b)-(a+b)", "0", "Algebraic.expand"),
    ("(a+b)-2*(a+b)", "-a - b", "Algebraic.expand"),
    (
        "(x*(y+1)^(3/2)+1)*(x*(y+1)^(3/2)-1)",
        "-1 + x^2 + 3*x^2*y + 3*x^2*y^2 + x^2*y^3",
        "Algebraic.expand twice",
    ),
    ("(x+1)*(x+3)", "3 + 4*x + x^2", "Algebraic.expand"),
    ("(a+b)^2", "a^2 + 2*a*b + b^2", "Algebraic.expand"),
    ("(a+b)^3", "a^3 + 3*a^2*b + 3*a*b^2 + b^3", "Algebraic.expand"),
    ("(a+b)^4", "a^4 + 4*a^3*b + 6*a^2*b^2 + 4*a*b^3 + b^4", "Algebraic.expand"),
    ("(a+b+c)^2", "a^2 + 2*a*b + b^2 + 2*a*c + 2*b*c + c^2", "Algebraic.expand"),
    ("x*(2+(1+x)^2)", "2*x + x*(1 + x)^2", "Algebraic.expandMain"),
    (
        "(a*x^2 + b*x + c)/(d*x + e)",
        "c/(e + d*x) + (b*x)/(e + d*x) + (a*x^2)/(e + d*x)",
        "Algebraic.expand",
    ),
    ("exp(2*x+y)", "(exp(x))^2*exp(y)", "Exponential.expand"),
    ("exp((x+y)*(x-y))", "exp(x^2)/exp(y^2)", "Exponential.expand"),
    ("exp(x)*exp(y)", "exp(x + y)", "Exponential.contract"),
    ("exp(x)*(exp(x) + exp(y))", "exp(2*x) + exp(x + y)", "Exponential.contract"),
    ("sin(2*x)", "2*sin(x)*cos(x)", "Trigonometric.expand"),
    ("sin(3*x)", "-(sin(x))^3 + 3*sin(x)*(cos(x))^2", "Trigonometric.expand"),
    ("sin(a+x)", "sin(x)*cos(a) + sin(a)*cos(x)", "Trigonometric.expand"),
    (
        "cos(5*x)",
        "5*(sin(x))^4*cos(x) - 10*(sin(x))^2*(cos(x))^3 + (cos(x))^5",
        "Trigonometric.expand",
    ),
    ("sin(a)*sin(b)", "-cos(a + b)/2 + cos(a - b)/2", "Trigonometric.contract"),
    ("sin(a)*cos(b)", "sin(a + b)/2 + sin(a - b)/2", "Trigonometric.contract"),
    ("cos(a)*cos(b)", "cos(a + b)/2 + cos(a - b)/2", "Trigonometric.contract"),
    ("sin(x)^2 + cos(x)^2", "1", "Trigonometric.contract: Pythagorean identity"),
    ("sec(x)^2 - tan(x)^2 - 1", "0", "Trigonometric.simplify"),
    ("csc(x)^2 - cot(x)^2 - 1", "0", "Trigonometric.simplify"),
    ("sin(x)^2*cos(x)^2", "1/8 - cos(4*x)/8", "Trigonometric.contract"),
    ("cos(x)^4", "3/8 + cos(2*x)/2 + cos(4*x)/8", "Trigonometric.contract"),
    ("sin(x/2)^2", "1/2 - cos(x)/2", "Trigonometric.contract"),
    ("cos(x/2)^2", "1/2 + cos(x)/2", "Trigonometric.contract"),
    ("tan(x)", "sin(x)/cos(x)", "Trigonometric.substitute"),
    ("cot(x)", "cos(x)/sin(x)", "Trigonometric.substitute"),
    ("sec(x)", "1/cos(x)", "Trigonometric.substitute"),
    ("sinh(2*x)", "2*sinh(x)*cosh(x)", "Trigonometric.expand"),
    ("cosh(2*x)", "(sinh(x))^2 + (cosh(x))^2", "Trigonometric.expand"),
    ("cosh(x)^2 - sinh(x)^2", "1", "Trigonometric.contract"),
    ("sinh(x)^2", "-1/2 + cosh(2*x)/2", "Trigonometric.contract"),
    ("cosh(x)^2", "1/2 + cosh(2*x)/2", "Trigonometric.contract"),
    ("tanh(x)", "sinh(x)/cosh(x)", "Trigonometric.substitute"),
]

# Visual/Infix.fs: Infix.parseOrThrow / parseOrUndefined input (pred) printed as (gold).
_MN_INFIX: list[tuple[str, str]] = [
    (" sin ( - x ) ", "-sin(x)"),
    ("exp(a)^exp(b)", "(exp(a))^(exp(b))"),
    ("a^b^c", "a^(b^c)"),
    ("|a-2|-1", "-1 + |-2 + a|"),
    ("(y-1)*10 + 2", "2 + 10*(-1 + y)"),
    ("2*x^(2*y) + e^(3*y)", "e^(3*y) + 2*x^(2*y)"),
    ("0.0250", "0.025"),
    ("2.250", "2.25"),
    ("2.00", "2.0"),
    (".001", "0.001"),
    ("1.", "1.0"),
    ("pow(x,3)", "x^3"),
    ("pow(3*x,10*sin(x))", "(3*x)^(10*sin(x))"),
    ("sqrt(pow(x,1/2))", "sqrt(sqrt(x))"),
    ("sin^2(x)", "(sin(x))^2"),
    ("1.5e7", "15000000.0"),
    ("-.5e7", "-5000000.0"),
    ("58E-3", "0.058"),
]

# Visual/LaTeX.fs: LaTeX.format of the input (pred, written in infix) is the LaTeX (gold).
_MN_LATEX: list[tuple[str, str]] = [
    ("1/(a*b)", r"\frac{1}{ab}"),
    ("a^b", r"{a}^{b}"),
    ("a^(b+c)", r"{a}^{b + c}"),
    ("(a+b)^c", r"{\left(a + b\right)}^{c}"),
    ("a^(b^c)", r"{a}^{{b}^{c}}"),
    ("(a^b)^c", r"{\left({a}^{b}\right)}^{c}"),
    ("a*b*d", r"abd"),
    ("3*2^x", r"3 \cdot {2}^{x}"),
    ("5*x", r"5x"),
    ("pi*10", r"10\pi"),
    ("e*2^(4*x)", r"e \cdot {2}^{4x}"),
    ("4*e^x", r"4{e}^{x}"),
    ("arctan(x)", r"\arctan{x}"),
    ("sin(x+y)", r"\sin\left(x + y\right)"),
    ("sin((x+y)^2)", r"\sin{{\left(x + y\right)}^{2}}"),
    ("(sin(x+y))^2", r"\sin^{2}\left(x + y\right)"),
    ("sin(x)*cos(x)+tan(x)", r"\sin{x}\cos{x} + \tan{x}"),
    ("x^(1/2)", r"\sqrt{x}"),
    ("x^(1/3)", r"\sqrt[3]{x}"),
    ("sin(x)*sin(x)", r"\sin^{2}{x}"),
]

AL = "viktorstrate/algebra-latex"
AL_API = "test/api.js@02afc254e84aa81e8663a9b0d532306182f5cb21"

# test/api.js: (LaTeX = pred, converted form = gold, why).
_AL_API: list[tuple[str, str, str]] = [
    (r"x\cdot\frac{3}{9}", "x*3/9", "parseLatex().toMath()"),
    (r"x+\frac{2}{3}-4=8", "x+2/3-4=8", "parseLatex().toMath() of an equation"),
    (r"\frac{1}{\sqrt{2}}", "1/sqrt(2)", "parseMath('1/sqrt(2)').toLatex()"),
    (r"\alpha + \alpha - \Delta", r"2\alpha - \Delta", "toAlgebra(algebra.js).toTex()"),
    (r"x\cdot\frac{3}{9}", "1/3*x", "toAlgebrite().toString()"),
    (r"\alpha + \alpha - \Delta", "-Delta+2*alpha", "toAlgebrite(): Greek letters spelled out"),
    (r"x\cdot\frac{3}{9}", "x/3", "toCoffeequate().toString()"),
    ("3^{3}+4^2", "43", "toCoffeequate().toString()"),
]

EV = "arthanzel/evaluatex"
EV_SPEC = "test/evaluatex.spec.js@864b765f1e7acada6b3c053ef45ac835890f5a98"

# test/evaluatex.spec.js: (expression = pred, value = gold, why).
_EV_SPEC: list[tuple[str, str, str]] = [
    ("-5 - -4", "-1", "simple formulae"),
    ("(1 + 2 / 3 * 4 - 5)^2", "16/9", "simple formulae"),
    ("sqrt(4)", "2", "Math functions"),
    ("|5|", "5", "absolute values"),
    ("|-5|", "5", "absolute values"),
    ("|5 - 10|^2", "25", "absolute values"),
    ("2 * -|2 - 4|", "-4", "absolute values"),
    ("4!", "24", "factorials"),
    ("(4 + 1)!", "120", "factorials"),
    ("4 + 1!", "5", "factorials"),
    ("csc(1)", "1/sin(1)", "convenience functions"),
    ("sec(1)", "1/cos(1)", "convenience functions"),
    ("cot(1)", "1/tan(1)", "convenience functions"),
    ("(2)(3)", "6", "implicit multiplication of brackets"),
    ("2(3)", "6", "implicit multiplication of brackets"),
    ("(2)3", "6", "implicit multiplication of brackets"),
    ("{1 + [2 - {3 + 4}]}", "-4", "brace and bracket parentheses"),
    (r"{1 + \left[2 - \left(3 + 4\right)\right]}", "-4", "LaTeX \\left / \\right parentheses"),
    ("2^24", "16", "LaTeX mode: ^ takes one token (2^2 4)"),
    ("2^{12}", "4096", "LaTeX mode"),
    (r"\frac 4 2", "2", "LaTeX mode: brace-less \\frac"),
    (r"\frac 4 2 ^ 3", "8", "LaTeX mode: (4/2)^3"),
    (r"\frac {4 ^ 2} 3", "16/3", "LaTeX mode: brace-less \\frac"),
    (r"\frac {(4 ^ 2)} {3}", "16/3", "LaTeX mode"),
    (r"\frac {4 ^ 2} 32", "32/3", "LaTeX mode: \\frac{4^2}{3} 2"),
    (r"\frac 1{20}3", "3/20", "LaTeX mode: \\frac{1}{20} 3"),
    (r"\sqrt 45", "10", "LaTeX mode: \\sqrt{4} 5"),
]

CQ = "MatthewJA/Coffeequate"
CQ_EXPR = "tests/expression.js@9c96e9eb99c97784f63529d17064204fbd5b9a81"

# tests/expression.js: (input = pred, printed form = gold, why).
_CQ: list[tuple[str, str, str]] = [
    ("a + b * c ** d / e - f", "a - f + (b*c**d)/e", "toString()"),
    ("a + b * c ** d / e - f", r"a-f+\frac{b \cdot c^{d}}{e}", "toLaTeX()"),
    ("-x", r"-\left(x\right)", "toLaTeX() (issue 122)"),
]

YA = "grzegorzmazur/yacas"
_YA_COMMIT = "7df0c6751901960482d638173745ccaae2778a1e"
YA_SIMP = f"tests/simplify.yts@{_YA_COMMIT}"
YA_RAD = f"tests/radsimp.yts@{_YA_COMMIT}"
YA_ARITH = f"tests/arithmetic.yts@{_YA_COMMIT}"
YA_REG = f"tests/regress.yts@{_YA_COMMIT}"
_TINY = "Verify(A = 0, False) at Builtin'Precision'Set(30): a tiny nonzero number is not 0"

# (where, pred, gold, expected, why).
_YACAS: list[tuple[str, str, str, bool, str]] = [
    (YA_SIMP, "(x+y)*(x-y)-(x+y)^2", "-2*y^2-2*x*y", True, "Simplify"),
    (YA_SIMP, "1+x+x+3*y-4*(x+y+2)", "-2*x-y-7", True, "Simplify"),
    (YA_SIMP, "(1+i)^4", "-4", True, "Simplify"),
    (YA_SIMP, "(x-y)/(x*y)", "1/y-1/x", True, "Simplify"),
    (YA_SIMP, "1/(1/x+1)", "x/(x+1)", True, "Simplify"),
    (YA_SIMP, "1/(1/(1/x+1)+1)", "(x+1)/(2*x+1)", True, "Simplify"),
    (YA_SIMP, "1/(1/(1/(1/x+1)+1)+1)", "(2*x+1)/(3*x+2)", True, "Simplify"),
    (YA_SIMP, "1/(1/(1/(1/(1/x+1)+1)+1)+1)", "(3*x+2)/(5*x+3)", True, "Simplify"),
    (YA_SIMP, "1/(1/(1/(1/(1/(1/x+1)+1)+1)+1)+1)", "(5*x+3)/(8*x+5)", True, "Simplify"),
    (YA_SIMP, "x^2*(1/x)^2+1", "2", True, "Simplify"),
    (YA_SIMP, "(x^2-y^2)/(x+y)", "x-y", True, "Simplify"),
    (YA_SIMP, "(6*pi)/(4*pi)", "3/2", True, "Simplify"),
    (YA_SIMP, "x+y/x+1/3", "(x^2+y+x/3)/x", True, "ExpandFrac"),
    (YA_SIMP, "x*(a+b)*y*z", "x*a*y*z+x*b*y*z", True, "ExpandBrackets"),
    (YA_SIMP, "(x+1)/(x-1)+1/x", "(x^2+2*x-1)/(x^2-x)", True, "ExpandBrackets(ExpandFrac())"),
    (YA_SIMP, "(n+1)! / n!", "n+1", True, "FactorialSimplify"),
    (YA_SIMP, "(n-k+2)! / (n-k)!", "(n-k+2)*(n-k+1)", True, "FactorialSimplify"),
    (YA_SIMP, "2^(n+2)/2^n", "4", True, "FactorialSimplify"),
    (YA_SIMP, "(-1)^(n+1)/(-1)^n", "-1", True, "FactorialSimplify"),
    (
        YA_SIMP,
        "(n+1)! / n! + (n-k+2)! / (n-k)!",
        "n+1 + (n-k+2)*(n-k+1)",
        True,
        "FactorialSimplify",
    ),
    (YA_SIMP, "(n+1)! / n! + (-1)^(n+1)/(-1)^n", "n", True, "FactorialSimplify"),
    (
        YA_SIMP,
        "((n+1)! / (2*k! *(n+1-k)!) - n! / (k! * (n-k)!) + n! / (2*k! * (n-k)!)"
        " - n! / (2*(k-1)! * (n-k+1)!))*(k! *(n+1-k)!)/(n!)",
        "0",
        True,
        "FactorialSimplify: the example from the book A=B",
    ),
    (YA_RAD, "sqrt(9+4*sqrt(2))", "1+sqrt(8)", True, "RadSimp: nested radical"),
    (YA_RAD, "sqrt(5+2*sqrt(6))+sqrt(5-2*sqrt(6))", "sqrt(12)", True, "RadSimp: nested radicals"),
    (
        YA_RAD,
        "sqrt(14+3*sqrt(3+2*sqrt(5-12*sqrt(3-2*sqrt(2)))))",
        "3+sqrt(2)",
        True,
        "RadSimp: nested radicals",
    ),
    (YA_RAD, "sqrt(3+2*sqrt(2))", "1+sqrt(2)", True, "RadSimp: nested radical"),
    (YA_RAD, "sqrt(5+2*sqrt(6))", "sqrt(2)+sqrt(3)", True, "RadSimp: nested radical"),
    (YA_ARITH, "3e-3", "3", False, "Verify(3 = 3e-3, False)"),
    (YA_ARITH, "4.0e-3 - 1.0e-3", "3e-3", True, "Verify"),
    (YA_ARITH, "a-1+1", "a", True, "Verify"),
    (YA_ARITH, "a-1+b+1", "a+b", True, "Verify"),
    (YA_ARITH, "a-1+b-1", "a+b-2", True, "Verify"),
    (YA_ARITH, "a/3+2*a/3", "a", True, "Verify"),
    (YA_ARITH, "a/2+3*a/2", "2*a", True, "Verify"),
    (YA_ARITH, "1/(2*a)+3/(2*a)", "2/a", True, "Verify"),
    (YA_ARITH, "a/(2*b)+3*a/(2*b)", "(2*a)/b", True, "Verify"),
    (YA_ARITH, "-2.01+3.01", "1.", True, "Verify"),
    (YA_ARITH, "2e3+1", "2001.", True, "Verify"),
    (YA_ARITH, "1+2.0000e3", "2001.", True, "Verify"),
    (YA_ARITH, "(10e3*1.2e-4)-1.2", "0", True, "Verify"),
    (YA_ARITH, "-sqrt(8)/2", "-sqrt(2)", True, "Verify"),
    (YA_ARITH, "sqrt(8)/2", "sqrt(2)", True, "Verify"),
    (YA_REG, "0.00000000000000000005421010862", "0", False, _TINY + " (2^(-64))"),
    (YA_REG, "0.00000000000000000005421010862 / 1", "0", False, _TINY),
    (YA_REG, "0.00000000000000000005421010862 / 2", "0", False, _TINY),
    (YA_REG, "0.00000000000000000001", "0", False, _TINY),
    (YA_REG, "0.00000000000000000001 / 2", "0", False, _TINY),
    (YA_REG, "0.00000000000000000000000000001", "0", False, _TINY),
    (YA_REG, "0.000000000000000000000000000001", "0", False, _TINY),
    (YA_REG, "0.0000000000000000000000000000000000000001", "0", False, _TINY),
    (YA_REG, "0.0000000000000000000000000000000000000000000000001", "0", False, _TINY),
    (
        YA_REG,
        "((4*x)-2.25)/2",
        "2*x-2.25/2",
        True,
        "IsZero(Simplify(A - B)) (bug report by Michael Borcherds)",
    ),
]

CASES: list[dict[str, object]] = [
    *(
        _c(MN, MN_TESTS, gold, pred, True, True, f"Math.NET Symbolics: {why}")
        for pred, gold, why in _MN_TESTS
    ),
    *(
        _c(MN, MN_INFIX, gold, pred, True, True, "Math.NET Symbolics: Infix.parse")
        for pred, gold in _MN_INFIX
    ),
    *(
        _c(MN, MN_LATEX, gold, pred, True, True, "Math.NET Symbolics: LaTeX.format")
        for pred, gold in _MN_LATEX
    ),
    *(
        _c(AL, AL_API, gold, pred, True, True, f"algebra-latex: {why}")
        for pred, gold, why in _AL_API
    ),
    *(_c(EV, EV_SPEC, gold, pred, True, True, f"evaluatex: {why}") for pred, gold, why in _EV_SPEC),
    *(_c(CQ, CQ_EXPR, gold, pred, True, True, f"Coffeequate: {why}") for pred, gold, why in _CQ),
    *(
        _c(YA, where, gold, pred, True, ok, f"Yacas: {why}")
        for where, pred, gold, ok, why in _YACAS
    ),
]
