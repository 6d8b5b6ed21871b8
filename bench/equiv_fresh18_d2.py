r"""An eighteenth fresh set of answer-equivalence cases (evaluation only; helper "d", second part:
google/latexify_py; the first part, bench/equiv_fresh18_d.py, has MathLive, unicodeit and pytexit).

Source: google/latexify_py ``src/latexify/codegen/expression_codegen_test.py``
@ f9c07971eb7b9ec61b3b81c7eb6e4aea8c7111b3, Apache-2.0. latexify turns a Python expression into
LaTeX; each ``@pytest.mark.parametrize("code,latex", ...)`` row of the test asserts
``ExpressionCodegen().visit(ast_utils.parse_expr(code)) == latex``, i.e. that the Python
expression and the LaTeX string are two written forms of the same expression. Every case is
stored with ``gold`` = the LaTeX string (as Python reads it), ``pred`` = the Python expression, a
bare answer to be boxed (``wrap`` True), ``expected`` True; ``why`` names the test function. The
function name ``f`` is a function symbol of the test (``f(x)``), not a product.

Rows taken, by a fixed rule: every row of ``test_visit_call``, ``test_visit_call_with_pow``,
``test_visit_binop``, ``test_visit_unaryop`` and ``test_visit_compare`` whose Python side uses
only the names x, y, z, a, b, c, f, digits, ``+ - * / **``, parentheses, ``sqrt``, ``sin``,
``log``, ``factorial`` and (compare only) one of ``== != < > <= >=``. Left out by that rule:
Python-only operators with no standard mathematical reading (``//`` floor division, ``%``,
``@``, bit operations ``<< >> & | ^ ~``, ``and``/``or``/``not``), Booleans used as numbers
(``x**(y == z)``, ``-(x == y)``), chained comparisons, the name ``foo`` (rendered
``\mathrm{foo}``), rows whose two sides are the same string (``x + y``), and the other test
functions (tuples, lists, sets and comprehensions, ``sum``/``prod`` generators, if-else,
constants such as ``1.5j`` and ``None``, subscripts, numpy ``array``/``zeros``/``identity``/
``transpose``/``det``/``matrix_rank``/``matrix_power``/``inv``/``pinv``, set-symbol options,
and ``test_remove_multiply``, which joins code from two parameters). latexify's tests state
no non-equivalences, so every case here is positive.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

LATEXIFY = "google/latexify_py"
LATEXIFY_AT = (
    "src/latexify/codegen/expression_codegen_test.py@f9c07971eb7b9ec61b3b81c7eb6e4aea8c7111b3"
)

_ROWS = [
    # (latex, code, test function)
    # test_visit_call
    (r"f \mathopen{}\left( x \mathclose{}\right)", "f(x)", "call"),
    (r"f \mathopen{}\left( -x \mathclose{}\right)", "f(-x)", "call"),
    (r"f \mathopen{}\left( x + y \mathclose{}\right)", "f(x + y)", "call"),
    (
        r"f \mathopen{}\left( f \mathopen{}\left( x \mathclose{}\right) \mathclose{}\right)",
        "f(f(x))",
        "call",
    ),
    (r"f \mathopen{}\left( \sqrt{ x } \mathclose{}\right)", "f(sqrt(x))", "call"),
    (r"f \mathopen{}\left( \sin x \mathclose{}\right)", "f(sin(x))", "call"),
    (r"f \mathopen{}\left( x ! \mathclose{}\right)", "f(factorial(x))", "call"),
    (r"\sqrt{ x }", "sqrt(x)", "call"),
    (r"\sqrt{ -x }", "sqrt(-x)", "call"),
    (r"\sqrt{ x + y }", "sqrt(x + y)", "call"),
    (r"\sqrt{ f \mathopen{}\left( x \mathclose{}\right) }", "sqrt(f(x))", "call"),
    (r"\sqrt{ \sqrt{ x } }", "sqrt(sqrt(x))", "call"),
    (r"\sqrt{ \sin x }", "sqrt(sin(x))", "call"),
    (r"\sqrt{ x ! }", "sqrt(factorial(x))", "call"),
    (r"\sin x", "sin(x)", "call"),
    (r"\sin \mathopen{}\left( -x \mathclose{}\right)", "sin(-x)", "call"),
    (r"\sin \mathopen{}\left( x + y \mathclose{}\right)", "sin(x + y)", "call"),
    (r"\sin f \mathopen{}\left( x \mathclose{}\right)", "sin(f(x))", "call"),
    (r"\sin \sqrt{ x }", "sin(sqrt(x))", "call"),
    (r"\sin \sin x", "sin(sin(x))", "call"),
    (r"\sin \mathopen{}\left( x ! \mathclose{}\right)", "sin(factorial(x))", "call"),
    ("x !", "factorial(x)", "call"),
    (r"\mathopen{}\left( -x \mathclose{}\right) !", "factorial(-x)", "call"),
    (r"\mathopen{}\left( x + y \mathclose{}\right) !", "factorial(x + y)", "call"),
    (
        r"\mathopen{}\left( f \mathopen{}\left( x \mathclose{}\right) \mathclose{}\right) !",
        "factorial(f(x))",
        "call",
    ),
    (r"\mathopen{}\left( \sqrt{ x } \mathclose{}\right) !", "factorial(sqrt(x))", "call"),
    (r"\mathopen{}\left( \sin x \mathclose{}\right) !", "factorial(sin(x))", "call"),
    (r"\mathopen{}\left( x ! \mathclose{}\right) !", "factorial(factorial(x))", "call"),
    # test_visit_call_with_pow
    (r"\mathopen{}\left( \log x \mathclose{}\right)^{2}", "log(x)**2", "call_with_pow"),
    (r"\log \mathopen{}\left( x^{2} \mathclose{}\right)", "log(x**2)", "call_with_pow"),
    (
        r"\mathopen{}\left( \log \mathopen{}\left( x^{2} \mathclose{}\right) \mathclose{}\right)^{3}",
        "log(x**2)**3",
        "call_with_pow",
    ),
    # test_visit_binop
    ("x^{y}", "x**y", "binop"),
    ("x y", "x * y", "binop"),
    (r"\frac{x}{y}", "x / y", "binop"),
    (r"\mathopen{}\left( x^{y} \mathclose{}\right)^{z}", "(x**y)**z", "binop"),
    ("x y z", "(x * y) * z", "binop"),
    (r"\frac{\frac{x}{y}}{z}", "(x / y) / z", "binop"),
    ("x + y + z", "(x + y) + z", "binop"),
    ("x - y - z", "(x - y) - z", "binop"),
    ("x^{y^{z}}", "x**(y**z)", "binop"),
    ("x y z", "x * (y * z)", "binop"),
    (r"\frac{x}{\frac{y}{z}}", "x / (y / z)", "binop"),
    ("x + y + z", "x + (y + z)", "binop"),
    (r"x - \mathopen{}\left( y - z \mathclose{}\right)", "x - (y - z)", "binop"),
    ("x^{y} z", "x**y * z", "binop"),
    ("x y + z", "x * y + z", "binop"),
    (r"\frac{x}{y} + z", "x / y + z", "binop"),
    ("x^{y z}", "x**(y * z)", "binop"),
    (r"x \cdot \mathopen{}\left( y + z \mathclose{}\right)", "x * (y + z)", "binop"),
    (r"\frac{x}{y + z}", "x / (y + z)", "binop"),
    ("x y^{z}", "x * y**z", "binop"),
    ("x + y z", "x + y * z", "binop"),
    (r"x + \frac{y}{z}", "x + y / z", "binop"),
    (r"\mathopen{}\left( x y \mathclose{}\right)^{z}", "(x * y)**z", "binop"),
    (r"\mathopen{}\left( x + y \mathclose{}\right) z", "(x + y) * z", "binop"),
    (r"\frac{x + y}{z}", "(x + y) / z", "binop"),
    (r"x^{f \mathopen{}\left( y \mathclose{}\right)}", "x**f(y)", "binop"),
    (
        r"\mathopen{}\left( f \mathopen{}\left( x \mathclose{}\right) \mathclose{}\right)^{y}",
        "f(x)**y",
        "binop",
    ),
    (r"x \cdot f \mathopen{}\left( y \mathclose{}\right)", "x * f(y)", "binop"),
    (r"f \mathopen{}\left( x \mathclose{}\right) \cdot y", "f(x) * y", "binop"),
    (r"\frac{x}{f \mathopen{}\left( y \mathclose{}\right)}", "x / f(y)", "binop"),
    (r"\frac{f \mathopen{}\left( x \mathclose{}\right)}{y}", "f(x) / y", "binop"),
    (r"x + f \mathopen{}\left( y \mathclose{}\right)", "x + f(y)", "binop"),
    (r"f \mathopen{}\left( x \mathclose{}\right) + y", "f(x) + y", "binop"),
    (r"\sqrt{ x }^{y}", "sqrt(x) ** y", "binop"),
    ("x^{-y}", "x**-y", "binop"),
    (r"\mathopen{}\left( -x \mathclose{}\right)^{y}", "(-x)**y", "binop"),
    (r"x \cdot -y", "x * -y", "binop"),
    ("-x y", "-x * y", "binop"),
    (r"\frac{x}{-y}", "x / -y", "binop"),
    (r"\frac{-x}{y}", "-x / y", "binop"),
    # test_visit_unaryop
    (r"+f \mathopen{}\left( x \mathclose{}\right)", "+f(x)", "unaryop"),
    (r"-f \mathopen{}\left( x \mathclose{}\right)", "-f(x)", "unaryop"),
    (r"+\mathopen{}\left( x + y \mathclose{}\right)", "+(x + y)", "unaryop"),
    (r"-\mathopen{}\left( x + y \mathclose{}\right)", "-(x + y)", "unaryop"),
    # test_visit_compare
    ("a = b", "a == b", "compare"),
    (r"a \ge b", "a >= b", "compare"),
    (r"a \le b", "a <= b", "compare"),
    (r"a \ne b", "a != b", "compare"),
    (r"a = f \mathopen{}\left( b \mathclose{}\right)", "a == f(b)", "compare"),
    (r"f \mathopen{}\left( a \mathclose{}\right) = b", "f(a) == b", "compare"),
    ("a = b + c", "a == b + c", "compare"),
    ("a + b = c", "a + b == c", "compare"),
    ("a = -b", "a == -b", "compare"),
    ("-a = b", "-a == b", "compare"),
]

CASES: list[dict] = [
    _c(LATEXIFY, LATEXIFY_AT, latex, code, True, True, f"test_visit_{fn}: codegen(code) == latex")
    for latex, code, fn in _ROWS
]
