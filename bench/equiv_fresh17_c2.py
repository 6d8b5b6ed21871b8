r"""A seventeenth fresh set of answer-equivalence cases (evaluation only; helper "c", second part:
Symja's LaTeX parser, asciimath2tex and math-expression-evaluator; SymPy is in equiv_fresh17_c.py).

A test that states two written expressions denote the same thing (a LaTeX or AsciiMath input and the
form a parser must turn it into, or a calculator input and its value) is read as "these two answers
are equal". ``gold`` is the expected side of the test, ``pred`` the input side, a bare answer to be
put in ``\boxed{}`` (``wrap`` True); every case is positive (``expected`` True) except some of
Symja's ``Equal`` tests. ``where`` is ``path@commit`` in ``repo`` on github.com. Do not tune the
judge on these cases.

Sources (repo, path @ commit, license):

- axkr/symja_android_library ``symja_android_library/matheclipse-core/src/test/java/org/matheclipse/
  core/texparser/TeXParserTest.java`` @ 24e92755cd3c34744c085f21e48d348fe75be6aa (GPL-3.0,
  ``license.txt``): ``check(tex, expected)`` asserts ``TeXParser.parse(tex).toString()`` equals the
  Symja (Mathematica-like) text; plus ``testSqrt`` (``x^.5`` parses to ``Sqrt(x)``). Of the 192
  ``check`` pairs, taken: those whose expected text is a plain expression or inequality in ``+ - * /
  ^``, ``Sqrt``, ``Abs``, the trigonometric functions, ``Log(x)``, ``Pi``, ``Infinity`` or ``!``,
  and whose parse is the usual reading of the LaTeX. Left out: identical strings (``0``, ``x``,
  ``x!``...); ``@Disabled`` tests; outputs in Symja-only syntax (``==`` equations and systems,
  ``{...}`` lists and matrices, ``Integrate``, ``Limit``, ``D``, ``Derivative``, ``Sum``,
  ``Product``, ``Det``); the base-first ``Log(b,x)`` and ``Log10`` conventions; ``[x]`` read as
  ``x``; ``x!!!`` read as ``((x!)!)!``; and parser quirks that depart from the usual reading (``\sin
  7 x \cos 4 x`` as ``x*x*Cos(4)*Sin(7)``, ``\ln xy`` as ``y*Log(x)``, ``n(1+n)`` and ``x(...)`` as
  function calls, ``ln`` as ``l*n``, ``\sin \cos \theta`` as ``Sin(Cos*θ)``).
- The same repository's ``Equal`` tests, ``check("L==R", "True")`` or ``"False"`` (gold = R, pred =
  L, expected = the stated truth value): ``core/system/BooleanTest.java`` (``testEqual``),
  ``core/system/MainTestCase.java``, ``core/system/LowercaseTestCase.java`` (under
  ``matheclipse-core/src/test/java/org/matheclipse/``) and ``matheclipse-io/src/test/java/org/
  matheclipse/io/system/FactorIntegerTest.java``, all found by scanning every test file of the
  snapshot for a ``check`` whose input has one ``==`` and whose result is ``True``/``False``. Taken:
  sides built from numbers, symbols, ``+ - * / ^ !``, ``Sqrt``, ``Tan``, ``ArcTan``, ``I`` (and the
  relaxed ``i``), ``E``, ``Pi``, ``Degree``, ``GoldenRatio`` and ``Infinity``. Symja's ``==``
  compares a machine float with an exact number numerically (``2.0==2``, ``1==1.`` are True), as the
  tests state. Left out: identical sides (``10==10``, ``I==I``, ``a==a``), chains (``a==a==a``),
  ``!=`` restatements of a pair already taken, ``===``/``SameQ``, lists, strings, ``N(...)``,
  special functions (``BesselJ``), ``**`` (non-commutative product), the relaxed-times option test
  (``-3!2``), sides bound to earlier assignments (``n``, ``f``, ``u.m``) and ``@Disabled`` tests.
- christianp/asciimath2tex ``test.js`` @ d1819ed349e616ff07a45d96ca90ad269971de85 (Apache-2.0,
  ``LICENSE``): the ``unittests`` table of AsciiMath input and expected TeX (the test page marks a
  mismatch). Taken: the expression entries (index 311 on, after the one-symbol table) whose two
  sides are an ordinary arithmetic, algebraic, function, integral, sum or limit expression; left
  out: accents, fonts, colours, text, ``cancel``, braces and ``stackrel`` layout, matrices,
  intervals and sets, subscripted numbers and functions, equations (the Taylor series, Bayes' rule,
  an integral with its evaluation bar), ``min_x 3``, an integral with no integrand, the spacing
  command ``x\ y``, invisible brackets ``{: :}``, chemical prescripts, the malformed inputs kept for
  robustness (``3/``, ``2^``, ``(2,3``...), AsciiMath's ``+-`` = ``\pm`` (``3+-4``), the unclear
  ``log_3x^2/5`` and ``2^f_2-3``, a repeated entry, and ``2``. The table index is in ``why``.
- bugwheels94/math-expression-evaluator ``test/index.js`` and ``test/single.js`` @
  f4b207e03d19599dc93cce5640f30327c53cca2f (MIT, ``LICENSE``): ``assert.equal(mexp.eval(input),
  value)``. Taken: inputs made only of numerals, ``+ - * / ^``, the decimal point and parentheses
  (juxtaposed parentheses multiply); left out: degree-mode trigonometry (``tan(180)`` = 0), the
  library's own functions and tokens (``root``, ``int``, ``Sigma``, ``Pi``, ``C``, ``Mod``, ``X``,
  custom tokens), inputs with unclosed parentheses that the library closes (``(2+(3-4``), rounded or
  float-constant comparisons, and ``2`` = 2.

Looked at without taking cases: OrangeX4/latex2sympy (its tests pair LaTeX with SymPy objects built
in Python, not strings), silentmatt/expr-eval (numeric evaluation with JavaScript semantics, e.g.
``-2 % 5`` = -2, and ``simplify`` tests that bind variables). Tried without a stored snapshot:
giorgionicoletti/py_asciimath.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

SYMJA = "axkr/symja_android_library"
SYMJA_AT = (
    "symja_android_library/matheclipse-core/src/test/java/org/matheclipse/core/texparser/"
    "TeXParserTest.java@24e92755cd3c34744c085f21e48d348fe75be6aa"
)
_SYS = "symja_android_library/matheclipse-core/src/test/java/org/matheclipse/core/system/"
SYMJA_BOOL = _SYS + "BooleanTest.java@24e92755cd3c34744c085f21e48d348fe75be6aa"
SYMJA_MAIN = _SYS + "MainTestCase.java@24e92755cd3c34744c085f21e48d348fe75be6aa"
SYMJA_LOWER = _SYS + "LowercaseTestCase.java@24e92755cd3c34744c085f21e48d348fe75be6aa"
SYMJA_FACTOR = (
    "symja_android_library/matheclipse-io/src/test/java/org/matheclipse/io/system/"
    "FactorIntegerTest.java@24e92755cd3c34744c085f21e48d348fe75be6aa"
)
AM2TEX = "christianp/asciimath2tex"
AM2TEX_AT = "test.js@d1819ed349e616ff07a45d96ca90ad269971de85"
MEXP = "bugwheels94/math-expression-evaluator"
MEXP_AT = "test/index.js@f4b207e03d19599dc93cce5640f30327c53cca2f"
MEXP_SINGLE = "test/single.js@f4b207e03d19599dc93cce5640f30327c53cca2f"


# (gold: expected Symja text, pred: LaTeX input)
_SYMJA = [
    ("2*3", r"2 \cdot 3 "),
    ("(-7.13)*1.5", "(-7.13)(1.5)"),
    ("2*x", "2x"),
    ("x^(1+3)", "x^{3 + 1}"),
    ("a*b", r"a \cdot b"),
    ("a/b", "a / b"),
    ("a/b", r"a \div b"),
    ("a+b", "a + b"),
    ("Sin(θ)", r"\sin \theta"),
    ("Sin(θ)", r"\sin(\theta)"),
    ("ArcSin(a)", r"\sin^{-1} a"),
    ("Cos(b)*Sin(a)", r"\sin a \cos b"),
    ("Sin(Cos(θ))", r"\sin(\cos \theta)"),
    ("Csc(x)*Sec(y)", r"(\csc x)(\sec y)"),
    ("a/b", r"\frac{a}{b}"),
    ("(a+b)/c", r"\frac{a + b}{c}"),
    ("7/3", r"\frac{7}{3}"),
    ("(-3)*(-2)", "-2(-3)"),
    ("Infinity", r"\infty"),
    ("Abs(x)", "|x|"),
    ("Abs(Abs(x))", r"\left|\left|x\right|\right|"),
    ("Abs(x)*Abs(y)", r"\left|x\right|\left|y\right|"),
    ("Abs(Abs(x)*Abs(y))", r"\left|\left|x\right|\left|y\right|\right|"),
    ("Pi^Abs(x*y)", r"\pi^{|xy|}"),
    ("θ!", r"\theta!"),
    ("(1+x)!", "(x + 1)!"),
    ("Sqrt(x)", r"\sqrt{x}"),
    ("Sqrt(b+x)", r"\sqrt{x + b}"),
    ("Sin(x)^(1/3)", r"\sqrt[3]{\sin x}"),
    ("Sin(x)^(1/y)", r"\sqrt[y]{\sin x}"),
    ("Sin(x)^(1/θ)", r"\sqrt[\theta]{\sin x}"),
    ("x<y", "x < y"),
    ("x<=y", r"x \leq y"),
    ("x>y", "x > y"),
    ("x>=y", r"x \geq y"),
    ("Log(x)", r"\ln x"),
    ("Tan(-Pi*1/4+2*x)", r"\operatorname { tan } ( 2 x - \frac { \pi } { 4 } )"),
    ("(1+x)/Sqrt(4+m*(-1+x)^2)", r"\frac { x + 1 } { \sqrt { m ( x - 1 ) ^ { 2 } + 4 } }"),
    (
        "6^(1/6)*64^(1/3)*Sqrt(64)",
        r" 64 ^ { \frac { 1 } { 2 } } \cdot 64 ^ { \frac { 1 } { 3 } } \cdot \sqrt [ 6 ] { 6 }",
    ),
    ("Sec(x)+Tan(x)", r"\tan \left(\right. x \left.\right) + \sec \left(\right. x \left.\right)"),
    ("Sqrt(x)", "x^.5"),
]

# (where, line, gold: right side, pred: left side, check("L==R") result)
_SYMJA_EQUAL = [
    (SYMJA_BOOL, 598, "0", "(E + Pi)^2 - E^2 - Pi^2 - 2*E*Pi", True),
    (SYMJA_BOOL, 610, "Infinity", "Sqrt(2)", False),
    (SYMJA_BOOL, 612, "Sqrt(2)", "-Infinity", False),
    (SYMJA_BOOL, 616, "I", "Sqrt(2)", False),
    (SYMJA_BOOL, 618, "0", "Sqrt(2)", False),
    (SYMJA_BOOL, 620, "Sqrt(2)", "1 / 4", False),
    (SYMJA_BOOL, 622, "Sqrt(2)", "0.25", False),
    (SYMJA_BOOL, 626, "3+2*I", "Sqrt(2)", False),
    (SYMJA_BOOL, 628, "3+2*I", "3.0+2.0*I", True),
    (SYMJA_BOOL, 630, "-Infinity", "Infinity", False),
    (SYMJA_BOOL, 634, "Infinity", "-Infinity", False),
    (SYMJA_BOOL, 638, "Infinity", "2.0+ I*Pi", False),
    (SYMJA_BOOL, 640, "Sqrt(I)*Infinity", "2.0+ I*Pi", False),
    (SYMJA_BOOL, 642, "0", "I", False),
    (SYMJA_BOOL, 644, "1*I - 0", "I + 0", True),
    (SYMJA_BOOL, 648, "I", "3+I*Pi", False),
    (SYMJA_BOOL, 660, "2", "2.0", True),
    (SYMJA_BOOL, 666, "1", "Tan(5*ArcTan(29/278) + 7 ArcTan(3/79))", True),
    (SYMJA_BOOL, 668, "1", "-I", False),
    (SYMJA_BOOL, 670, "GoldenRatio", "1/2*(1+Sqrt(5))", True),
    (SYMJA_BOOL, 672, "(x+2)^2", "x^2+4*x+4", True),
    (SYMJA_BOOL, 674, "x*(x+1)", "x^2+x", True),
    (SYMJA_BOOL, 678, "1.0-i", "1-i", True),
    (SYMJA_BOOL, 689, "1.", "1", True),
    (SYMJA_BOOL, 699, "3.14", "Pi", False),
    (SYMJA_BOOL, 701, "E ^ Pi", "Pi ^ E", False),
    (SYMJA_BOOL, 731, "3", "Pi", False),
    (SYMJA_LOWER, 4996, "Pi / 180", "Degree", True),
    (SYMJA_LOWER, 19195, "(-(50!))", "604800^6* -621447116887301398870058090208", True),
    (SYMJA_LOWER, 23929, "Sqrt(-1)", "I", True),
    (SYMJA_MAIN, 1597, "1/2", "10", False),
    (SYMJA_MAIN, 1602, "1/3", "I", False),
    (SYMJA_MAIN, 1812, "E", "Pi", False),
    (SYMJA_MAIN, 4183, "a/c+b/c", "(a+b)/c", True),
    (
        SYMJA_FACTOR,
        81,
        "10^79+5923",
        "1333322076518899001350381760807974795003*7500063320115780212377802894180923803641",
        True,
    ),
    (
        SYMJA_FACTOR,
        89,
        "10^71-1",
        "3^2*241573142393627673576957439049*45994811347886846310221728895223034301839",
        True,
    ),
    (
        SYMJA_FACTOR,
        96,
        "10^59+213",
        "213916881789829278910570173437*467471286806848547076331371449",
        True,
    ),
]

# (gold: expected TeX, pred: AsciiMath input, index in unittests)
_AM2TEX = [
    (r"\frac{f{\left ( x \right )}}{g{\left ( x \right )}}", "f(x)/g(x)", 311),
    (r"\frac{\sin{\left ( x \right )}}{2}", "sin(x)/2", 312),
    (r"\frac{\cos{x}}{2}", "cosx/2", 313),
    (r"\left | x \right | ", "absx", 314),
    (r"\frac{\left \lfloor x \right \rfloor }{2}", "floor x/2", 316),
    (r"\left \lceil 5.2 \right \rceil ", "ceil 5.2", 317),
    (r"\sqrt{4}", "sqrt4", 319),
    (r"\sqrt{x + 1}", "sqrt(x+1)", 320),
    (r"\sqrt[3]{x}", "root(3)(x)", 321),
    (r"\sqrt[3]{x}", "root3x", 322),
    ("x^{2}", "x^2", 351),
    (r"\frac{2}{3}", "2/3", 354),
    (r"- \frac{2}{3}", "-2/3", 355),
    ("2 - 3", "2-3", 356),
    (r"\left ( 2 + 3 \right )", "(2+3)", 357),
    (r"2 + \left ( \frac{3}{4} + 1 \right )", "2+(3/4+1)", 358),
    (r"2 + \left [ \frac{3}{4} + 1 \right ]", "2+[3/4+1]", 359),
    (r"2 + \left \lvert \frac{3}{4} + 1 \right \rvert", "2+|3/4+1|", 360),
    (r"\int_{2}^{3} 3 dx", "int_2^3 3dx", 372),
    (r"\sum_{n = 1}^{3} n", "sum_(n=1)^3 n", 373),
    (
        r"\lim_{h \to 0} \frac{f{\left ( x + h \right )} - f{\left ( x \right )}}{h}",
        "lim_(h->0)(f(x+h)-f(x))/h",
        374,
    ),
    (r"\sin^{- 1}{\left ( x \right )}", "sin^-1(x)", 375),
    ("a b c - 123.45^{- 1.1}", "abc-123.45^-1.1", 379),
    ("a / b", "a//b", 384),
    (r"\frac{\log_{2}{\left ( x \right )}}{5}", "log_2(x)/5", 386),
    (r"\log_{2}{\left ( x \right )} + 5", "log_2(x)+5", 387),
    (r"\frac{\log_{\sqrt{5}}{3}}{5}", "log_sqrt(5)3/5", 388),
    (r"\log_{2}^{5}{\left ( x \right )} + 5", "log_2^5(x)+5", 389),
    (r"\frac{\sin^{2}{\left ( x \right )}}{5}", "sin^2(x)/5", 395),
    ("3 + - 4", "3+ -4", 396),
    ("3^{5.234}", "3^5.234", 398),
    (r"\frac{x + 1}{4}", "(x+1)/4", 400),
    (r"\frac{\sqrt{x}}{4}", "sqrtx/4", 401),
    (r"\frac{\sqrt[3]{5}}{4}", "root(3)(5)/4", 402),
    (r"\frac{3^{2}}{4^{2}}", "3^2/4^2", 403),
    ("- 3 - 4", "-3-4", 409),
    (r"\left ( - 3 , - 4 \right )", "(-3,-4)", 410),
    (r"- \left ( - 2 - 4 \right ) - 5", "-(-2-4)-5", 411),
    (r"- \frac{2}{- 3}", "-2/-3", 414),
    (r"\frac{- 2}{- 3}", "(-2)/-3", 415),
    (r"- \frac{2}{3} - \frac{3}{4}", "-2/3-3/4", 416),
    ("- 2^{2}", "-2^2", 417),
    (r"- \frac{x + 1}{- \left ( x + 3 \right )}", "-(x+1)/-(x+3)", 418),
]

# (gold: asserted value, pred: calculator input, line in test/index.js)
_MEXP = [
    ("-2", "0+-2", 41),
    ("4", "2^2", 44),
    ("18", "2(7-4)3", 47),
    ("98", "2*7^2", 50),
    ("64", "2^5*2", 53),
    ("-9", "-3^2", 56),
    ("5", "3^2-2^2", 59),
    ("15", "5*3", 110),
    ("4", "5*.8", 166),
    ("-2", "(-2)", 180),
    ("-1", "2/-2", 183),
    ("-4", "2*-2", 186),
    ("-1", "2+++-++-+-+3", 189),
    ("6", "2*+3", 190),
]

CASES: list[dict] = [
    *(
        _c(SYMJA, SYMJA_AT, g, p, True, True, "TeXParser.parse(pred).toString() == gold")
        for g, p in _SYMJA
    ),
    *(
        _c(SYMJA, at, g, p, True, ok, f"line {i}: check(pred == gold) gives {ok}")
        for at, i, g, p, ok in _SYMJA_EQUAL
    ),
    *(
        _c(AM2TEX, AM2TEX_AT, g, p, True, True, f"unittests[{i}]: parse(pred) == gold TeX")
        for g, p, i in _AM2TEX
    ),
    *(
        _c(MEXP, MEXP_AT, g, p, True, True, f"line {i}: mexp.eval(pred) == gold")
        for g, p, i in _MEXP
    ),
    _c(MEXP, MEXP_SINGLE, "-9", "-3^(1+1)", True, True, "issue 64: mexp.eval(pred) == -9"),
]
