r"""An eighteenth fresh set of answer-equivalence cases (evaluation only; helper "d", first part:
converters between written forms of one expression: MathLive, asciidoctor/asciimath, unicodeit
and pytexit; google/latexify_py is in bench/equiv_fresh18_d2.py).

Each source is a converter whose test asserts that one written form of an expression converts
to another, i.e. that the two strings denote the same expression. Every case is stored with
``gold`` = the LaTeX side (as Python / JavaScript reads the test's string: ``"\\frac"`` is stored
as ``r"\frac"``), ``pred`` = the other form (AsciiMath, Unicode text, or a Python expression) as
a bare answer to be boxed (``wrap`` True), and ``expected`` True: none of these suites states a
non-equivalence. ``where`` is ``path@commit``. Do not tune the judge on these cases.

Sources (repo, path @ commit, license of the stored copy):

- arnog/mathlive ``test/math-ascii.test.ts`` @ 91195479176da0405ac397421aa77a87ea1a87c8, MIT.
  ``equalASCIIMath(latex, ascii)`` asserts both ``convertLatexToAsciiMath(latex) == ascii`` and
  ``convertAsciiMathToLatex(ascii) == latex``; the one-way ``expect(...).toBe(...)`` lines are
  taken too (``why`` gives the direction). Left out: pairs whose two sides are the same string
  (``123``, ``-123.456e9``, ``x``, ``-x``, ``(x)`` to AsciiMath, ``1^2 3^4``), the two
  ``\text{if }...`` sentences (prose with a condition, not an answer), and the commented-out
  matrix pairs.
- svenkreiss/unicodeit ``tests/test_subsuper.py`` and ``tests/test_v06symbols.py``
  @ d7f3f0cb9b7f8c3abf8e47ea6158b2ee1f6cbf05, MIT (LaTeX to Unicode text). ``test_subsuper``:
  ``unicodeit.replace(latex) == text``, all four. ``test_v06symbols``: rows of the
  ``(latex, unicode)`` tables, which the test converts in groups of 20 concatenated rows through
  the command line (a row is read as its own pair). Taken by a fixed rule: the rows that can stand
  as an answer: the ``\sfrac`` vulgar fractions, ``\mathbb`` N/Z/Q/R/C, ``\emptyset``,
  ``\varnothing``, ``\infty``, ``\pi``, ``\alpha``, ``\theta``, ``\varepsilon``, and the
  combining marks ``\vec``, ``\bar``, ``\overline``, ``\hat`` applied to ``a`` (as
  ``test_combiningmarks_v06`` builds them: ``\vec{a}`` against ``a`` + U+20D7). Left out: bare
  operators, relations and arrows (``\leq``, ``\cup``, ``\sqrt``), text symbols (``\copyright``,
  ``\checkmark``), letter-by-letter sub/superscript tables, the command-line strings mixing words
  and symbols, and the TypeScript port's ``\alpha`` (the same pair as the Python table).
- erwanp/pytexit ``pytexit/test/test_functions.py`` @ eb5d2d6ae7f33a00c3581ce9e31a0a4bba43eb54,
  CeCILL-2.1 (Python expression to LaTeX: ``py2tex(code) == "$$latex$$"``; the ``$$`` display
  delimiters are removed from the gold). Options a test passes (``simplify_ints``,
  ``simplify_fractions``, ``simplify_multipliers``, ``simplify_output``, ``tex_multiplier``) are
  named in ``why``. pytexit spells Greek letters by name (``rho``, ``DeltaE``, ``alpha``).
  Left out: numpy-prefixed calls (``np.std``, ``np.sum``, ``np.log10``, ``numpy.arccos``,
  ``np.power``), ``quad(f,0,np.inf)``, list comprehensions with ``range`` (``sum([k for k in
  range(1, N)])``), Python-only operators (``%``, ``&``, ``|``, ``^``, ``<<``, ``>>``, ``~``),
  pytexit's own naming conventions (``log`` printed as ``\ln``, ``kron`` as a Kronecker delta,
  ``eps``/``lbd``, ``myFunc``, the ``__``/``ˆ`` index syntax), the multi-line test, and rows
  whose two sides are the same string (``1<2<a<=5``, ``a>2``, ``a>=2``, ``0.5``).
- asciidoctor/asciimath ``spec/parser_spec.rb`` @ fc3dd9da26bef7cc66a616e3abf260708f083e30, MIT
  (AsciiMath to LaTeX: each ``example(asciimath, &should_generate(..., :latex => latex))`` of the
  shared examples is run by ``describe 'AsciiMath::LatexBuilder'`` as
  ``AsciiMath.parse(asciimath).to_latex == latex``; Ruby single-quoted strings are read as Ruby
  reads them). Taken: the 27 examples that write mathematics (expressions, equations,
  inequalities, sums, limits, integrals, derivatives, matrices, a determinant, a piecewise
  definition, a set-builder set). Left out: markup and styling examples (``underset``/``overset``,
  ``hat``/``bar``/``ul``/``vec``/``tilde`` accents, ``bb``/``cc``/``fr`` fonts, ``color``,
  ``cancel``, ``ubrace``/``obrace``, ``text``, quoted text such as ``"average value"``), symbol
  handling with no mathematical content (``sin a_c^b``, ``max a_c^b``, ``norm a_c^b``,
  ``overarc``, ``frown``, ``max()``, ``~a mlt b mgt -+c``), ill-formed inputs (``text(a)a2)``,
  ``ubrace(1 + 2) obrace(3 + 4``, the piecewise example with empty cells), the Cyrillic word
  formulas, the pair whose two sides are the same string (``a^2 + b^2 = c^2``) and the examples
  with no ``:latex`` output.

Also looked at and not used: huggingface/latex2sympy2_extended and purdue-tlt/latex2sympy (their
tests compare a parsed LaTeX string with a SymPy object built in code, not with a second written
string; the only string-to-string tests are latex2sympy2_extended's normaliser configurations:
unit stripping and box removal, format policies), phfaist/pylatexenc (``latex2text`` outputs
are assembled in the test from helper functions producing mathematical-italic Unicode letters,
not written as strings), plurimath/plurimath (its LaTeX specs compare against formula object
trees or MathML; its UnicodeMath outputs are stress strings with invisible function-application
characters, not answer forms).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

MATHLIVE = "arnog/mathlive"
MATHLIVE_AT = "test/math-ascii.test.ts@91195479176da0405ac397421aa77a87ea1a87c8"
UNICODEIT = "svenkreiss/unicodeit"
_UNICODEIT_COMMIT = "d7f3f0cb9b7f8c3abf8e47ea6158b2ee1f6cbf05"
UNICODEIT_SUB = f"tests/test_subsuper.py@{_UNICODEIT_COMMIT}"
UNICODEIT_V06 = f"tests/test_v06symbols.py@{_UNICODEIT_COMMIT}"
ASCIIMATH = "asciidoctor/asciimath"
ASCIIMATH_AT = "spec/parser_spec.rb@fc3dd9da26bef7cc66a616e3abf260708f083e30"
PYTEXIT = "erwanp/pytexit"
PYTEXIT_AT = "pytexit/test/test_functions.py@eb5d2d6ae7f33a00c3581ce9e31a0a4bba43eb54"

_BOTH = "equalASCIIMath: LaTeX <-> AsciiMath both ways"
_TO_LATEX = "convertAsciiMathToLatex(ascii) == latex"
_TO_ASCII = "convertLatexToAsciiMath(latex) == ascii"

_MATHLIVE_ROWS = [
    # (latex, asciimath, why)
    ("npq", "n p q", _BOTH),
    ("2npq", "2n p q", _BOTH),
    (r"\left(x\right)", "(x)", _TO_LATEX),
    ("(x + 1)", "(x+1)", _TO_ASCII),
    (r"\left(x+1\right)", "(x + 1)", _TO_LATEX),
    (r"f\left(x\right)=\sin x", "f(x)=sin x", _BOTH),
    ("x^{2}", "x^2", _BOTH),
    ("x^{234}", "x^(234)", _BOTH),
    ("x^{-234.56}", "x^(-234.56)", _BOTH),
    ("x^{-234.56}+1", "x^(-234.56)+1", _BOTH),
    ("x^{n}+1", "x^n+1", _BOTH),
    ("x^{npq}+1", "x^(n p q)+1", _BOTH),
    ("x^{n+2}", "x^(n+2)", _BOTH),
    ("x_{2}", "x_2", _BOTH),
    ("x_{234}", "x_(234)", _BOTH),
    ("x_{-234.56}", "x_(-234.56)", _BOTH),
    ("x_{-234.56}+1", "x_(-234.56)+1", _BOTH),
    ("x_{n}+1", "x_n+1", _BOTH),
    ("x_{npq}+1", "x_(n p q)+1", _BOTH),
    ("x_{n+2}", "x_(n+2)", _BOTH),
    ("x_{n+2}^{m+3}", "x_(n+2)^(m+3)", _BOTH),
    (r"\frac{1}{2}", "(1)/(2)", _BOTH),
    (r"\frac{x+1}{x-1}", "(x+1)/(x-1)", _BOTH),
    (r"\sqrt{2}", "sqrt(2)", _BOTH),
    (r"\sqrt{x+1}", "sqrt(x+1)", _BOTH),
    (r"\alpha +1", "alpha+1", _BOTH),
    (r"\Gamma +1", "Gamma+1", _BOTH),
    (r"\frac{\pi }{2\pi }", "(pi)/(2pi)", _BOTH),
    (r"x\in \mathbb{R} ", "x in RR", _BOTH + " (AsciiMath RR is the reals)"),
    (r"\left\lbrack1,1\right\rbrack", "[1,1]", _BOTH),
    (r"\left\lbrace1,1\right\rbrace", "{1,1}", _BOTH),
    (r"\left(1,1\right)", "(1,1)", _BOTH),
    (r"\frac{1}{2}", "1/2", _TO_LATEX),
    (r"\left(\frac{1}{2}\right)", "(1/2)", _TO_LATEX),
    (r"\frac{1}{2}\sin x", "1/2sin x", _TO_LATEX),
]

_UNICODEIT_ROWS = [
    # (where, latex, unicode text, why)
    (UNICODEIT_SUB, "a^{12}", "a\u00b9\u00b2", "replace: superscript digits"),
    (UNICODEIT_SUB, "cm^{-1}", "cm\u207b\u00b9", "replace: superscript minus one"),
    (UNICODEIT_SUB, "a_{12}", "a\u2081\u2082", "replace: subscript digits"),
    (UNICODEIT_SUB, "cm_{-1}", "cm\u208b\u2081", "replace: subscript minus one"),
    (UNICODEIT_V06, r"\sfrac{5}{6}", "\u215a", "vulgar fraction"),
    (UNICODEIT_V06, r"\sfrac{3}{8}", "\u215c", "vulgar fraction"),
    (UNICODEIT_V06, r"\sfrac{1}{3}", "\u2153", "vulgar fraction"),
    (UNICODEIT_V06, r"\sfrac{2}{5}", "\u2156", "vulgar fraction"),
    (UNICODEIT_V06, r"\sfrac{1}{2}", "\u00bd", "vulgar fraction"),
    (UNICODEIT_V06, r"\sfrac{3}{5}", "\u2157", "vulgar fraction"),
    (UNICODEIT_V06, r"\sfrac{4}{5}", "\u2158", "vulgar fraction"),
    (UNICODEIT_V06, r"\sfrac{1}{6}", "\u2159", "vulgar fraction"),
    (UNICODEIT_V06, r"\sfrac{1}{8}", "\u215b", "vulgar fraction"),
    (UNICODEIT_V06, r"\sfrac{7}{8}", "\u215e", "vulgar fraction"),
    (UNICODEIT_V06, r"\sfrac{1}{5}", "\u2155", "vulgar fraction"),
    (UNICODEIT_V06, r"\sfrac{2}{3}", "\u2154", "vulgar fraction"),
    (UNICODEIT_V06, r"\sfrac{3}{4}", "\u00be", "vulgar fraction"),
    (UNICODEIT_V06, r"\sfrac{5}{8}", "\u215d", "vulgar fraction"),
    (UNICODEIT_V06, r"\sfrac{1}{4}", "\u00bc", "vulgar fraction"),
    (UNICODEIT_V06, r"\mathbb{C}", "\u2102", "double-struck C"),
    (UNICODEIT_V06, r"\mathbb{Q}", "\u211a", "double-struck Q"),
    (UNICODEIT_V06, r"\mathbb{Z}", "\u2124", "double-struck Z"),
    (UNICODEIT_V06, r"\mathbb{R}", "\u211d", "double-struck R"),
    (UNICODEIT_V06, r"\mathbb{N}", "\u2115", "double-struck N"),
    (UNICODEIT_V06, r"\emptyset", "\u2205", "empty set"),
    (UNICODEIT_V06, r"\varnothing", "\u2205", "empty set"),
    (UNICODEIT_V06, r"\infty", "\u221e", "infinity"),
    (UNICODEIT_V06, r"\pi", "\u03c0", "Greek letter"),
    (UNICODEIT_V06, r"\alpha", "\u03b1", "Greek letter"),
    (UNICODEIT_V06, r"\theta", "\u03b8", "Greek letter"),
    (UNICODEIT_V06, r"\varepsilon", "\u03b5", "Greek letter"),
    (UNICODEIT_V06, r"\vec{a}", "a\u20d7", "combining mark on a"),
    (UNICODEIT_V06, r"\bar{a}", "a\u0305", "combining mark on a"),
    (UNICODEIT_V06, r"\overline{a}", "a\u0305", "combining mark on a"),
    (UNICODEIT_V06, r"\hat{a}", "a\u0302", "combining mark on a"),
]

_ASCIIMATH_ROWS = [
    # (latex, asciimath): AsciiMath.parse(asciimath).to_latex == latex
    (
        r"x + \frac{b}{2 a} < \pm \sqrt{\frac{b^2}{4 a^2} - \frac{c}{a}}",
        "x+b/(2a)<+-sqrt((b^2)/(4a^2)-c/a)",
    ),
    (r"x = \frac{- b \pm \sqrt{b^2 - 4 a c}}{2 a}", "x = (-b+-sqrt(b^2-4ac))/(2a)"),
    (
        r"m = \frac{y_2 - y_1}{x_2 - x_1} = \frac{\Delta y}{\Delta x}",
        "m = (y_2 - y_1)/(x_2 - x_1) = (Deltay)/(Deltax)",
    ),
    (
        r"f ' ( x ) = \lim_{\Delta x \rightarrow 0} \frac{f \left ( x + \Delta x \right ) - f ( x )}{\Delta x}",
        "f'(x) = lim_(Deltax->0)(f(x+Deltax)-f(x))/(Deltax)",
    ),
    (r"\frac{d}{dx} [ x^n ] = n x^{n - 1}", "d/dx [x^n] = nx^(n - 1)"),
    (
        r"\int_a^b f ( x ) dx = {\left [ F ( x ) \right ]}_a^b = F ( b ) - F ( a )",
        "int_a^b f(x) dx = [F(x)]_a^b = F(b) - F(a)",
    ),
    (r"\int_a^b f ( x ) dx = f ( c ) ( b - a )", "int_a^b f(x) dx = f(c)(b - a)"),
    ("a x^2 + b x + c = 0", "ax^2 + bx + c = 0"),
    (
        r"\frac{d}{dx} \left [ \int_a^x f ( t ) dt \right ] = f ( x )",
        "d/dx[int_a^x f(t) dt] = f(x)",
    ),
    ("z_{12}^{34}", "z_12^34"),
    (r"\lim_{x \rightarrow c} \frac{f ( x ) - f ( c )}{x - c}", "lim_(x->c)(f(x)-f(c))/(x-c)"),
    (r"\int_0^{\frac{\pi}{2}} g ( x ) dx", "int_0^(pi/2) g(x) dx"),
    (r"\sum_{n = 0}^\infty a_n", "sum_(n=0)^oo a_n"),
    (r"\left ( \begin{matrix} 1 \\ 42 \end{matrix} \right )", "((1),(42))"),
    (r"\left ( \begin{matrix} 1 & 42 \end{matrix} \right )", "((1,42))"),
    (
        r"\left ( \begin{matrix} 1 & 2 & 3 \\ 4 & 5 & 6 \\ 7 & 8 & 9 \end{matrix} \right )",
        "((1,2,3),(4,5,6),(7,8,9))",
    ),
    (
        r"\left | \begin{matrix} a & b \\ c & d \end{matrix} \right | = a d - b c",
        "|(a,b),(c,d)|=ad-bc",
    ),
    (
        r"\left ( \begin{matrix} a_{11} & \cdots & a_{1 n} \\ \vdots & \ddots & \vdots \\ a_{m 1} & \cdots & a_{m n} \end{matrix} \right )",
        "((a_(11), cdots , a_(1n)),(vdots, ddots, vdots),(a_(m1), cdots , a_(mn)))",
    ),
    (
        r"\sum_{k = 1}^n k = 1 + 2 + \cdots + n = \frac{n ( n + 1 )}{2}",
        "sum_(k=1)^n k = 1+2+ cdots +n=(n(n+1))/2",
    ),
    (
        r"s '_i = \left \{ \begin{matrix} - 1 & \operatorname{if} s_i > s_{i + 1} \\ + 1 & \operatorname{if} s_i \le s_{i + 1} \end{matrix} \right .",
        "s'_i = {(- 1, if s_i > s_(i + 1)),( + 1, if s_i <= s_(i + 1)):}",
    ),
    (r"\begin{matrix} a & b \\ c & d \end{matrix}", "{:(a,b),(c,d):}"),
    (r"\sin ( a_c^b )", "sin(a_c^b)"),
    (r"\left \{ x \; : \; x \in A \wedge x \in B \right \}", r"{ x\ : \ x in A ^^ x in B }"),
    (r"40 \% \cdot 3 !", "40% * 3!"),
    (r"R \left ( \alpha_{K + 1} | x \right )", "R(alpha_(K+1)|x)"),
    (r"a + b + \ldots + c", "a+b+...+c"),
    (r"\frac{a}{b}", "frac{a}{b}"),
]

_PY2TEX = "py2tex(code) == latex"
_PYTEXIT_ROWS = [
    # (latex without the $$ delimiters, Python code, why)
    (r"Re_x=\frac{\rho v x}{\mu}", "Re_x=(rho*v*x)/mu", _PY2TEX),
    (
        r"2\sqrt{\frac{2\pi k T_e}{m_e}} \left(\frac{\Delta E}{k T_e}\right)^2 {a_0}^2",
        "2*sqrt(2*pi*k*T_e/m_e)*(DeltaE/(k*T_e))**2*a_0**2",
        _PY2TEX,
    ),
    (r"f{\left(\frac{x^2}{y^3}\right)}", "f(x**2/y**3)", _PY2TEX),
    (r"\tanh^{-1}\left(\frac{x}{\sqrt{x}}\right)", "arctanh(x/sqrt(x))", _PY2TEX),
    (r"\left(a^b\right)^c", "(a**b)**c", _PY2TEX),
    ("-x^2", "-x**2", _PY2TEX),
    (r"-\left(x^2+y^2\right)", "-(x**2+y**2)", _PY2TEX),
    (r"-\left(x+y\right)^2", "-(x+y)**2", _PY2TEX),
    (r"\frac{\frac{3}{4}}{\frac{8}{15}}", "(3/4)/(8/15)", _PY2TEX),
    (r"a-\left(b-\left(c-d\right)\right)", "a-(b-(c-d))", _PY2TEX),
    (r"a=x+y-\left(x-y\right)", "a=(x+y)-(x-y)", _PY2TEX),
    (r"d=x+y+a-b-\left(p+q\right)", "d=(x+y)+(a-b)-(p+q)", _PY2TEX),
    (r"b=-\left(3x-2y\right)", "b=-(3*x-2*y)", _PY2TEX),
    (r"c=-\left(-4x+5y\right)", "c=-(-4*x+5*y)", _PY2TEX),
    (r"\arcsin\left(\alpha\right)", "arcsin(alpha)", _PY2TEX + " (Python 3 branch)"),
    (r"\arctan\left(\alpha\right)", "arctan(alpha)", _PY2TEX + " (Python 3 branch)"),
    (r"\sinh^{-1}\left(x\right)", "arcsinh(x)", _PY2TEX),
    (r"\cosh^{-1}\left(x\right)", "arccosh(x)", _PY2TEX),
    (r"\left(a+b\right)^c", "pow(a+b, c)", _PY2TEX),
    (r"5{\cdot}{25}^2", "5*25**2", _PY2TEX + r" with tex_multiplier={\cdot}"),
    (r"\frac{5\times{25}^2}{4}", "5*25**2/4", _PY2TEX),
    (r"\frac{1}{5.2}", "1./5.2", _PY2TEX + " with simplify_ints=True"),
    (r"\frac{1.0}{5.2}", "1./5.2", _PY2TEX + " with simplify_ints=False"),
    (r"\frac{1}{2}", "0.5", _PY2TEX + " with simplify_fractions=True"),
    (r"2\times4", "2*4", _PY2TEX),
    (r"-2\times3", "-2*3", _PY2TEX),
    ("-2a", "a*-2", _PY2TEX + " with simplify_multipliers=True"),
    (r"a\times-2", "a*-2", _PY2TEX + " with simplify_multipliers=False"),
    (r"2\times{10}^7", "2e7", _PY2TEX + " with simplify_output=True"),
    ("20000000", "2e7", _PY2TEX + " with simplify_output=False"),
    ("{10}^7", "1e7", _PY2TEX + " with simplify_output=True"),
    ("10000000", "1e7", _PY2TEX + " with simplify_output=False"),
    (r"2\times{10}^{-7}", "2e-7", _PY2TEX + " with simplify_output=True"),
    ("2e-07", "2e-7", _PY2TEX + " with simplify_output=False"),
    ("{10}^{-7}", "1e-7", _PY2TEX + " with simplify_output=True"),
    ("1e-07", "1e-7", _PY2TEX + " with simplify_output=False"),
]

CASES: list[dict] = [
    *(_c(MATHLIVE, MATHLIVE_AT, g, p, True, True, w) for g, p, w in _MATHLIVE_ROWS),
    *(_c(UNICODEIT, at, g, p, True, True, w) for at, g, p, w in _UNICODEIT_ROWS),
    *(
        _c(ASCIIMATH, ASCIIMATH_AT, g, p, True, True, "AsciiMath.parse(ascii).to_latex == latex")
        for g, p in _ASCIIMATH_ROWS
    ),
    *(_c(PYTEXIT, PYTEXIT_AT, g, p, True, True, w) for g, p, w in _PYTEXIT_ROWS),
]
