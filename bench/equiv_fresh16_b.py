r"""A sixteenth fresh set of answer-equivalence cases (evaluation only; helper "b"): the test suites
and documented examples (doctests) of four answer checkers of learning platforms that no earlier set
used: one in JavaScript, one French (PLaTon's SymPy checker, whose examples are doctests).

Each case gives the reference answer (``gold``), the prediction (``pred``: a bare answer to be put
in ``\boxed{}``, so ``wrap`` is True throughout) and the verdict the test asserts (``expected``).
``where`` is ``path@commit`` in ``repo`` on github.com. Strings are the values the test's language
reads (a JavaScript ``'\\frac{1}{2}'`` is stored as ``\frac{1}{2}``). Do not tune the judge on
these cases.

Sources (repo, path @ commit, license of the stored copy):

- pie-framework/pie-lib (PIE assessment components; the ``@pie-lib/math-evaluator`` package, which
  compares two answers with math-expressions + mathjs ``rationalize``/``simplify``), ISC-style
  permission notice (LICENSE.md @ 0c69640b5d425b02d061e7a3a0cfcf694ac90126):
  ``packages/math-evaluator/src/__tests__/index.test.js`` @ d57971f1f1dd2943ced3ffa3dec0a324ba04e487
  (``areValuesEqual(a, b, opts)`` through the suite's ``assertEqual`` / ``assertNotEqual`` /
  ``assertLatexEqual`` helpers, which take arguments two at a time; ``ave(latexToText(a),
  latexToText(b))``; and ``latexToText(latex)`` mappings, read as the LaTeX input equal to the
  plain-text output). ``gold`` is the second argument ``b`` (the check is symmetric), for a
  ``latexToText`` mapping the LaTeX input.
- lambda-feedback/compareExpressionsLLM (an LLM-assisted variant of Lambda Feedback's expression
  comparison): ``app/evaluation_test_cases.py`` @ 57d3e4ec7614e9b740dfdf5efd28800512c2af83
  (``[response, answer, params, expected]`` rows run by ``app/evaluation_tests.py``; ``pred`` is the
  response, ``gold`` the answer).
- lambda-feedback/compareSets (set-algebra answers: ``n`` intersection, ``u`` union, ``'``
  complement): ``evaluation_function/evaluation_test.py`` @ 442a2ee921141c4e9f657221f057e694b011948c
  (``evaluation_function(response, answer, params)["is_correct"]``). The ASCII set notation is
  written in LaTeX exactly as the suite's own ``response_latex`` assertions render it (``A n B`` as
  ``A \cap B``, ``B'`` as ``\overline{B}``, ``(A u B)'`` as ``\overline{\left(A \cup B\right)}``,
  ``{1,2} u {3,4}`` as ``\{1,2\} \cup \{3,4\}``); answers are rendered the same way.
- PremierLangage/Yggdrasil (exercises and libraries of the French PLaTon / PremierLangage platform)
  @ 1055852221083209186872864a20400c7d94e373: doctests of ``utils/sympy/evalsympy.py``
  (``equal_struct(p, q)``, lists compared as sets; ``eval_expr`` / ``eval_poly`` / ``eval_set(strans,
  sol)`` returning ``'Success'`` or ``'NotEqual'``) and of ``utils/sympy/latex2sympy.py``
  (``str2sympy``, ``latex2str`` and ``str2interval`` mappings, read as the input equal to the
  output). ``pred`` is the student string ``strans`` (or ``p``), ``gold`` the solution; SymPy objects
  of the doctests are written as ordinary notation (``FiniteSet(1, 3, 5)`` as ``\{1, 3, 5\}``,
  ``Interval.Lopen(pi/4, pi/2)`` as ``\left(\frac{\pi}{4}, \frac{\pi}{2}\right]``, ``sp.E`` as
  ``e``; Python lists given to ``equal_struct`` as sets, tuples as tuples). The ``str2interval``
  doctests document French interval notation (``]a,b]``, ``[1,oo[``) that the function's TODO says
  is not fully implemented: the documented expectation is what is taken.
No license file was found in the stored copies of the two lambda-feedback repositories and of
Yggdrasil: their short test strings are quoted as test data, with attribution.

Left out, by rule. pie-lib: verdicts that depend on an option against mathematical equality
(``allowDecimals: false`` rejecting ``123.0`` for ``123``), the comma-decimal locale case
(``123,0`` = ``123.0``), the misgrouped thousands-separator rejections (``1,500000``, ``1500,000``,
``1,500,00,0``, ``,1500,000`` against ``1500000``: a format policy); ``\parallel x`` fragments (a
relation symbol with no left operand is not an answer); ``latexToText`` mappings that are the
identity (``2^2``, ``|4|``, ``4'``) or whose output is not an ordinary expression (``percent(12)``,
``0 != 10``, relations ``1 < 2``, Greek letters, geometry symbols, ``[4]`` -> ``4``); pairs repeated
verbatim inside the file (kept once); ``src/__tests__/data.js`` (a fixture the suite at this commit
does not import: no assertion). compareExpressionsLLM: rows with an empty response or answer; the
row ``f(x) = x**2`` vs ``f(y) = y**2`` (its comment asks "should this always be false?": no definite
expectation); the row that needs the ``symbol_assumptions`` parameter (``abs(x)`` = ``sqrt(x**2)``
for real x; the default-parameter False row is kept); two rows whose answer is program code rather
than notation (``Integral(rho * u.dot(n), (A, A_sys), circular=True)``,
``int(partial(ρ)/partial(t), (V, V_sys))``). compareSets: the empty response; the two
``enforce_expression_equality`` (syntactic mode) verdicts, a policy; the LaTeX-input copy of
``A \cap B`` = ``A \cap B`` (same pair as the first, once rendered). Yggdrasil: form policies
(``NotRatSimp``, ``PolyNotExpanded``, ``PolyNotFactorized``, ``Duplicates`` for ``\{5,1,3,1\}``,
``NotSet`` for ``(5,1,3)``, ``UnauthorizedFunc``); ``eval_expr("e", sp.E)`` -> ``NotEqual`` (``e``
is a free symbol unless ``local_dict`` maps it: a convention); ``str2sympy("1+i", {'i': I})`` (needs
the mapping); ``str2sympy("{0, pi, 2 pi}")`` (printed as a Python list); the ``latex2interval``
doctests (written in a non-raw docstring, so their ``\right`` holds a carriage return: no
well-defined string); ``eval_function``'s doctest (expects ``100,0``, not a verdict); doctests of
helpers that are not equivalence checks (``is_rat_simp``, ``coeff_mul``, ``duplicates``, ...).

Searched without a usable result: doctests of answer graders (``>>> is_equiv(``, ``>>> math_equal(``,
``>>> grade_answer(``, ``>>> compare_answers(``, ``>>> answers_match(``, ``>>> check_answer(``) gave
one or two examples each in files whose repository could not be named (or MARIO_EVAL, already
used), and README tables of (prediction, reference, verdict) found were not math graders.
lambda-feedback/IsSimilar (tolerance verdicts under explicit ``atol``/``rtol`` parameters) and
lambda-feedback/LatexEqual (no tests) were not used; SymbolicEqual / symbolicEqualWithPreview /
symbolicEqualDev are earlier copies of the already-used compareExpressions.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

PIE = "pie-framework/pie-lib"
PIT = "packages/math-evaluator/src/__tests__/index.test.js@d57971f1f1dd2943ced3ffa3dec0a324ba04e487"

# (gold, pred, expected, why) for pie-lib's math-evaluator
_PIE_ROWS: list[tuple[str, str, bool, str]] = [
    # describe('ch6456'): percent
    ("-12.5%", "-12.5%", True, "assertEqual percent"),
    ("-12.5%", r"-12.5\%", True, "assertEqual percent: escaped percent sign"),
    ("-12.5%", "-11.5%", False, "assertNotEqual percent"),
    # describe('ch6456 - latex'): isLatex
    (r"\frac{2}{4} -12.5%", r"\frac{1}{2} -12.5%", True, "assertLatexEqual percent"),
    (r"\frac{2}{4} -12.5\%", r"\frac{1}{2} -12.5%", True, "assertLatexEqual percent"),
    (r"\frac{2}{4} -12.5\%", r"\frac{4}{2} -12.5%", False, "assertLatexNotEqual percent"),
    (r"\frac{2}{4} -12.5\%", r"\frac{2}{2} -12.5%", False, "assertLatexNotEqual percent"),
    # describe('PIE-188-math-expressions'): ave(latexToText(a), latexToText(b))
    (r"\overrightarrow {4 + x}", r"\overrightarrow{x + 4}", True, "assertThroughMathJs vector"),
    (
        r"\overrightarrow {4x^2 + 8 - 4}",
        r"\overrightarrow{4x^2 + 4}",
        True,
        "assertThroughMathJs vector",
    ),
    (r"\overrightarrow {42x}", r"\overrightarrow{21*2*x}", True, "assertThroughMathJs vector"),
    # latexToText mappings (LaTeX input = plain-text output)
    (r"\frac{ \frac{1}{3}}{3}", "(1/3)/3", True, "latexToText nested fraction"),
    (r"\sqrt{2}", "sqrt(2)", True, "assertLatexFromString root"),
    (r"\sqrt[{3}]{3}", "3^(1/3)", True, "assertLatexFromString cube root"),
    (r"\frac{3}{3}", "3/3", True, "assertLatexFromString fraction"),
    (r"\frac{x}{3}", "x/3", True, "assertLatexFromString fraction"),
    (r"x\frac{5}{3}", "x (5/3)", True, "assertLatexFromString implicit product"),
    ("2^{3}", "2^3", True, "assertLatexFromString exponent"),
    (r"\log 4", "log(4)", True, "assertLatexFromString log"),
    (r"\log(4x)", "log(4 x)", True, "assertLatexFromString log"),
    (r"\ln 4", "ln(4)", True, "assertLatexFromString ln"),
    ("(4)", "4", True, "assertLatexFromString parentheses dropped"),
    ("x^{15}", "x^15", True, "assertLatexFromString exponent"),
    ("x_{15}", "x_15", True, "assertLatexFromString subscript"),
    (r"\sin(x)", "sin(x)", True, "assertLatexFromString trig"),
    (r"\cos(x)", "cos(x)", True, "assertLatexFromString trig"),
    (r"\tan(x)", "tan(x)", True, "assertLatexFromString trig"),
    (r"\sec(x)", "sec(x)", True, "assertLatexFromString trig"),
    (r"\csc(x)", "csc(x)", True, "assertLatexFromString trig"),
    (r"\cot(x)", "cot(x)", True, "assertLatexFromString trig"),
    # 'evaluates simple expressions correctly'
    ("x", "0", False, "assertNotEqual simple"),
    ("4x", "3x", False, "assertNotEqual simple"),
    ("x", "x", True, "assertEqual simple"),
    ("2x", "2x", True, "assertEqual simple"),
    # 'evaluates simple expressions correctly 2'
    ("100", "100", True, "assertEqual arithmetic"),
    ("25 * 4", "50 + 50", True, "assertEqual arithmetic"),
    ("20 * 5", "200 / 2", True, "assertEqual arithmetic"),
    ("10 * 10", "2.5 * 40", True, "assertEqual arithmetic"),
    ("0", "100", False, "assertNotEqual arithmetic"),
    ("50 * 2", "0", False, "assertNotEqual arithmetic"),
    ("100", "44 + 57", False, "assertNotEqual arithmetic"),
    ("50 * 3", "44 + 57", False, "assertNotEqual arithmetic"),
    # 'evaluates simple expressions correctly 3' and 4
    ("100", "50 + 50", True, "assertEqual arithmetic"),
    ("100", "100 / 2 + 50", True, "assertEqual arithmetic"),
    ("4", "2 + 2", True, "assertEqual arithmetic"),
    ("1", "1/2 + .5", True, "assertEqual fraction plus leading-dot decimal"),
    ("100", "50 + 51", False, "assertNotEqual arithmetic"),
    ("100", "25 * 2 + 51", False, "assertNotEqual arithmetic"),
    ("1.9", "1/2 + .5", False, "assertNotEqual arithmetic"),
    ("1.1", "1/2 + .5", False, "assertNotEqual arithmetic"),
    ("13/2", "13/2", True, "assertEqual fraction"),
    ("13/2", "26/4", True, "assertEqual unreduced fraction"),
    ("13/2", "6 + 1/2", True, "assertEqual mixed sum"),
    ("13/2", "6.5", True, "assertEqual decimal"),
    ("13/2", "14/2", False, "assertNotEqual fraction"),
    ("13/2", "6.6", False, "assertNotEqual decimal"),
    # 'evaluates simple variable expressions correctly'
    ("x", "x + 0", True, "assertEqual variable"),
    ("x", "(x-2) + 2", True, "assertEqual variable"),
    ("x", "((x^2 + x) / x) - 1", True, "assertEqual rational simplification"),
    ("x", "2x/2", True, "assertEqual variable"),
    ("(x + 2)^2", "(x + 2)^2", True, "assertEqual polynomial"),
    ("(x + 2)^2", "x^2 + 4x + 4", True, "assertEqual expanded square"),
    ("(x + 2)^2", "x^2 + 4(x+1)", True, "assertEqual polynomial"),
    ("(x + 2)^2", "x^2 + 8 ((x+1) / 2)", True, "assertEqual polynomial"),
    ("x", "y", False, "assertNotEqual variable"),
    ("x", "x + 1", False, "assertNotEqual variable"),
    ("(x + 2)^2", "x^3 + 4x + 4", False, "assertNotEqual polynomial"),
    ("(x + 2)^2", "x^2 + 4(x+2)", False, "assertNotEqual polynomial"),
    # 'evaluates simple variable expressions correctly 2'
    ("(x + 2)^2", "(2 + x)^2", True, "assertEqual commuted base"),
    # variable exponents, functions
    ("(x + 2)^2x", "(2 + x)^2x", True, "assertEqual variable exponent"),
    ("y^(x+x)", "y^(2 x)", True, "assertEqual variable exponent"),
    ("sqrt(2x+2x)", "sqrt(4x)", True, "assertEqual function argument"),
    ("sqrt(((x+1)^2) - ((x+1)^2) + x^2)", "sqrt(x^2)", True, "assertEqual function argument"),
    # allowDecimals: true
    ("123", "123", True, "allowDecimals true"),
    ("123.0", "123", True, "allowDecimals true: trailing .0"),
    ("1500000", "1500000", True, "allowDecimals true"),
    ("1,500,000", "1,500,000", True, "allowDecimals true: thousands separators"),
    ("1,500,000", "1500000", True, "allowDecimals true: thousands separators"),
    ("1,500,000.00", "1500000", True, "allowDecimals true: separators and decimals"),
    ("1,500,000.0", "1500000", True, "allowDecimals true: separators and decimals"),
    ("1,500,000.00", "1,500,000.0", True, "allowDecimals true"),
    ("1,500,000.01", "1500000", False, "allowDecimals true: differs by 0.01"),
    # trig, full LaTeX expressions
    ("sin(x)", "sin(x)", True, "trig identical"),
    ("tan(x)", "tan(x)", True, "trig identical"),
    (
        r"f^{-1}\left(x\right)=\sqrt{x-1}+3",
        r"f^{-1}\left(x\right)=\sqrt{x-1}+3",
        True,
        "isLatex identical equation",
    ),
    (r"72\div12=6\text{eggs}", r"72\div12=6\text{eggs}", True, "isLatex identical with text"),
]

CASES: list[dict] = [
    _c(PIE, PIT, gold, pred, True, expected, why) for gold, pred, expected, why in _PIE_ROWS
]

CELLM = "lambda-feedback/compareExpressionsLLM"
CET = "app/evaluation_test_cases.py@57d3e4ec7614e9b740dfdf5efd28800512c2af83"

# (gold = answer, pred = response, expected, why)
_CELLM_ROWS: list[tuple[str, str, bool, str]] = [
    # test_cases
    ("4", "2+2", True, "test_cases #1 arithmetic"),
    ("1", "sin(x)**2 + cos(x)**2", True, "Pythagorean identity"),
    ("y+x", "x+y", True, "commutativity"),
    ("x+y", "x*y", False, "product is not sum"),
    ("(x+1)**2", "x**2 + 2*x + 1", True, "expanded square"),
    ("(x-1)*(x+1)", "x**2 - 1", True, "difference of squares"),
    ("(x-1)*(x**4+x**3+x**2+x+1)", "x^5-1", True, "factorised x^5 - 1, caret power"),
    ("cos(x) + sin(x)", "sin(x) + cos(x)", True, "commuted trig sum"),
    ("sin(x) + cos(x)", "sin(x) * cos(x)", False, "product is not sum"),
    ("exp(x+y)", "exp(x) * exp(y)", True, "exponential law"),
    ("log(x) + log(y)", "log(x*y)", False, "log of product not split without assumptions"),
    ("x**2 * (x + 1)", "x**3 + x**2", True, "factored polynomial"),
    ("1", "1+", False, "malformed response"),
    ("-2x-2=0", "x+1=0", True, "equation scaled by -2"),
    ("diff(y, x)", "dy/dx", True, "Leibniz notation for derivative"),
    ("1 + y/x", "(x+y)/x", True, "split fraction"),
    ("diff(y, x)", "∂y/∂x", True, "partial-derivative notation"),
    ("int(f(x), x)", "∫f(x)dx", True, "integral sign notation"),
    ("diff(diff(y, x), x)", "∂^2y/∂x^2", True, "second partial derivative"),
    ("diff(y, x) + 1", "dy/dx + 1", True, "derivative in a sum"),
    ("diff(y, x) + 1", "∂y/∂x + 1", True, "partial derivative in a sum"),
    ("diff(p, t)", "dp/dt", True, "Leibniz notation, other letters"),
    ("diff(y,x)", "dg/dm", False, "different function and variable"),
    # test_cases2
    ("Infinity", "infty", True, "test_cases2 #1 infinity spelling"),
    ("I", "sqrt(-1)", True, "imaginary unit"),
    ("x", "sqrt(x**2)", False, "sqrt(x^2) is |x|, not x"),
    ("1/(1-x)", "1/(x-1)", False, "sign differs"),
    ("x**2", "x^2", True, "caret vs double-star power"),
    ("x**2", "x^^2", False, "malformed power"),
    ("diff(y, x, x, x)", "d^3y/dx^3", True, "third derivative notation"),
    ("int(int(f(x), x), y)", "∫∫f(x)dxdy", True, "double integral notation"),
    ("f(x)-x-1=0", "f(x)=x+1", True, "equation rearranged"),
    ("diff(y,x)+0", "diff(y,x)+", False, "malformed response"),
    ("diff(y, x)", "d/dx(y", False, "unbalanced parenthesis"),
    ("0", "DiracDelta(x)", False, "Dirac delta is not zero"),
    ("ρ", "rho", True, "Greek letter spelled out"),
    ("Dx/Dt+div(u)=0", "Dx/Dt=-div(u)", True, "equation rearranged"),
    ("(1/ρ)*Dρ/Dt+div(u)=0", "(1/rho)*Drho/Dt=-div(u)", True, "continuity equation rearranged"),
    # test_cases3 (default parameters only)
    ("sqrt(x**2)", "abs(x)", False, "without real assumption sqrt(x^2) != |x|"),
]

CASES += [
    _c(CELLM, CET, gold, pred, True, expected, why) for gold, pred, expected, why in _CELLM_ROWS
]

SETS = "lambda-feedback/compareSets"
SET = "evaluation_function/evaluation_test.py@442a2ee921141c4e9f657221f057e694b011948c"

# (gold = answer, pred = response, expected, why); ASCII set notation rendered as the suite does
_SET_ROWS: list[tuple[str, str, bool, str]] = [
    (r"A \cap B", r"A \cap B", True, "test_returns_is_correct_true_ascii"),
    (r"B \cap A", r"A \cap B", True, "intersection is commutative"),
    (r"A \cup \overline{A}", r"\overline{B} \cup B", True, "both the universal set"),
    (
        r"\overline{A} \cap \overline{B}",
        r"\overline{\left(A \cup B\right)}",
        True,
        "De Morgan (union)",
    ),
    (
        r"\overline{A} \cup \overline{B}",
        r"\overline{\left(A \cap B\right)}",
        True,
        "De Morgan (intersection)",
    ),
    (r"A \cap \overline{A}", r"\overline{B} \cap B", True, "both the empty set"),
    (r"A \cup B", r"A \cap B", False, "intersection is not union"),
    (r"\{1,2,3,4\}", r"\{1,2\} \cup \{3,4\}", True, "set notation union"),
    (r"\{a,b,c,d\}", r"\{a,b\} \cup \{c,d\}", True, "set notation union of symbols"),
    (r"\{a,b,c,d,e\}", r"\{a,b\} \cup \{c,d\}", False, "union lacks e"),
    (r"\{1,2,3,4\}", r"\{1,3\} \cup \{2,4\}", True, "set notation union, interleaved"),
    (r"\{6,7\}", r"\{3,5,6,7\} \cap \{6,7,8\}", True, "set notation intersection"),
]

CASES += [_c(SETS, SET, gold, pred, True, expected, why) for gold, pred, expected, why in _SET_ROWS]

YGG = "PremierLangage/Yggdrasil"
YGC = "1055852221083209186872864a20400c7d94e373"
EVS = f"utils/sympy/evalsympy.py@{YGC}"
L2S = f"utils/sympy/latex2sympy.py@{YGC}"

# (where, gold, pred, expected, why): doctests of PLaTon's answer checker (utils/sympy)
_YGG_ROWS: list[tuple[str, str, str, bool, str]] = [
    # equal_struct(p, q): lists compared as sets, tuples in order
    (EVS, r"\{3,1,2\}", r"\{1,2,3\}", True, "equal_struct lists viewed as sets"),
    (
        EVS,
        r"\{0, \frac{1}{\sqrt{2}}\}",
        r"\{\frac{\sqrt{2}}{2}, 0\}",
        True,
        "equal_struct set: sqrt(2)/2 = 1/sqrt(2)",
    ),
    (EVS, "(3,1,2)", "(1,2,3)", False, "equal_struct tuples are ordered"),
    (EVS, r"\{(2, 3), (1, 2)\}", r"\{(1, 2), (2, 3)\}", True, "equal_struct set of pairs"),
    # eval_expr(strans, sol)[1] == 'Success' / eval_poly / eval_set
    (EVS, "sqrt(2)/2", r"\frac{1}{\sqrt{2}}", True, "eval_expr Success"),
    (EVS, "sqrt(2)/2", r"\frac{\sqrt{2}}{2}", True, "eval_expr Success"),
    (EVS, "sqrt(2)/2", r"\sin(\pi/4)", True, "eval_expr Success: sin(pi/4)"),
    (EVS, "e", r"\exp(1)", True, "eval_expr Success: gold is SymPy's E (Euler's number)"),
    (EVS, "(x + 1)^2", "x^2 + 2x + 1", True, "eval_poly Success (form expanded)"),
    (EVS, "(x + 1)^2", "(x + 1)^2", True, "eval_poly Success (form factorized)"),
    (EVS, r"\{1, 3, 5\}", r"\{5,1,3\}", True, "eval_set Success: FiniteSet(1, 3, 5)"),
    (EVS, r"\{1, 3, 5\}", r"\{5,3\}", False, "eval_set NotEqual: missing element"),
    # str2sympy(s): the input string equals the printed SymPy expression
    (L2S, "x + 2*x + 3", "x+3+2x", True, "str2sympy implicit multiplication"),
    (L2S, "2**3", "2^3", True, "str2sympy caret power"),
    (L2S, "sin(2*pi)", "sin 2 pi", True, "str2sympy implicit application"),
    (L2S, "factorial(3)", "3!", True, "str2sympy factorial"),
    # latex2str(s): the LaTeX input equals the SymPy-readable output
    (L2S, r"e^{i \pi}", "e^(i  pi)", True, "latex2str"),
    (L2S, r"-\infty", "-oo", True, "latex2str infinity"),
    (L2S, r"\frac{\pi}{4}", "( pi)/(4)", True, "latex2str fraction"),
    (L2S, r"\left\{0, \frac{1}{2} \right\}", "{0, (1)/(2) }", True, "latex2str set"),
    # str2interval(s): French bracket notation; SymPy's Interval written in LaTeX
    (L2S, "[3, 4]", "[3,4]", True, "str2interval Interval(3, 4)"),
    (
        L2S,
        r"\left(\frac{\pi}{4}, \frac{\pi}{2}\right]",
        "]pi/4,pi/2]",
        True,
        "str2interval French ]a,b] = Interval.Lopen(pi/4, pi/2)",
    ),
    (L2S, r"[1, \infty)", "[1,oo[", True, "str2interval French [1,oo[ = Interval(1, oo)"),
]

CASES += [_c(YGG, where, gold, pred, True, ok, why) for where, gold, pred, ok, why in _YGG_ROWS]
