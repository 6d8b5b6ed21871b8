r"""A fourteenth fresh set of answer-equivalence cases (evaluation only; helper "c": online
homework / assessment systems and their computer-algebra answer checkers).

Cases are transcribed from the answer-comparison tests of assessment systems that no earlier set
used (each repository claimed in /work/wt/fresh14_claims first). ``gold`` is the reference
(teacher's / expected) answer, ``pred`` the student's answer or the expression under test
(``wrap`` True: a bare answer to be put in ``\boxed{}``), ``expected`` the verdict the test
asserts. ``where`` is ``path@commit`` in ``repo`` on github.com. Strings are the values the test
source holds, in the system's own notation (LON-CAPA writes vectors ``[1;2]``, matrices
``[[1;2];[3;4]]``, sets ``{1;2;3}``, intervals ``[1:2)`` and argument lists with ``;``; WIRIS
answers are MathML); they are not turned into LaTeX. Where a normaliser's test maps one
string onto another (oohoo mathexpression's LaTeX / MathML to Sage converters), the pair is read
as an equivalence (input = ``pred``, output = ``gold``), as in equiv_fresh3_a.py. Do not tune the
judge on these cases.

Sources (repo, path @ commit, license of the stored copy):

- gerdkortemeyer/loncapa (LON-CAPA, next-generation code) ``test/math_parser_test_cases.pl``
  @ 307dbc908dd9d7d26ec9a6ccfe1bc2f8ac0386f3, GPL-3.0-or-later (file header, LICENSE.md).
  ``test(expr, expected)`` asserts ``parse(expr).calc(env)`` equals ``parse(expected).calc(env)``
  (tolerance 1e-5): gold = expected, pred = expr. ``compare_test([expected, input, code])``:
  gold = expected, pred = input; code ``IDENTICAL`` is True, ``WRONG_TYPE`` /
  ``WRONG_DIMENSIONS`` / ``WRONG_UNITS`` / ``WRONG_VALUE`` / ``WRONG_ENDPOINT`` are False; the
  ``ne`` mode case (17 vs 42 unequal) is False.
- wiris/moodle-qtype_wq (WIRIS quizzes) ``quizzes/lib/com/wiris/quizzes/test/Tester.class.php``
  @ 51ad38e75b0e4bf3668c1f269df46398252192ee, GPL-3.0-or-later (Moodle plugin header).
  ``testOpenQuestion`` and ``testAssertion`` (listener ``openquestion1``: answer must be
  correct), ``testCompound`` with ``responseCompound1`` (``isAnswerMatching``); the QUIZZES3
  branch's strings are used.
- KQMATH/moodle-qtype_shortmath ``tests/question_test.php`` (with ``tests/helper.php``'s
  question) @ b2397a32ade88c2e967e3a352a8cb9b31c546276, GPL-3.0 (LICENSE).
- oohoo/moodle-qtype_mathexpression ``server/algebra_test.py`` and ``server/mathml_test.py``
  @ 06c5f036a6df9511f3750ca17bf985a8f3f6e3c6, GPL-3.0-or-later (file header).
- trngngntn/IMathAS-engine (a stand-alone extraction of IMathAS, the engine of MyOpenMath /
  Lumen OHM) ``tests/Engine/AnswerTypeMatrixTest.php`` and
  ``tests/Engine/QuestionServiceScoreTest.php`` @ b192c51e9aea544f4451342e292ddb76772f4900,
  GPL-2.0 (license.txt). The question's ``$answer`` is set by control code (``$a = 5``,
  ``$b = 7``, ``$answer = $a + $b``): gold is the value that code computes (12, 6, 3) or the
  string it assigns (``x^2``, ``[2,5)``); score 1.0 is True, 0.0 is False.
- mathigon/hilbert.js (Mathigon's CAS) ``test/cas-test.ts``
  @ bcb78c06780c6f7a22b477dcbe34e4c5c28e86b2 (``Expression.numEquals``; gold = first argument),
  MIT (package.json).

Left out, by rule: LON-CAPA cases whose verdict depends on values the test assigns
(``x = 42``, ``y = 0.23``: ``x+y`` = 42.23, ``13 + 1 + 20 + 8`` = ``x``, ``1/(1/2-1/3-1/7)`` =
``x``, intervals in ``x``), custom units set by the test (peck, bushel), expected values in
LON-CAPA's ``value`unit`` notation (12 unit-mode cases), operators whose meaning is LON-CAPA's
and not ordinary mathematics (``+`` as union of sets / intervals, ``intersection``, elementwise
``*`` and ``^`` on vectors and matrices, comparisons evaluating to ``1``), the unit-omission
policy (``MISSING_UNITS`` / ``ADDED_UNITS`` with the same number: ``1m`` vs ``1``; the pairs
whose number also differs are kept as False), interval membership (``contained`` mode), and the
unit-mode copy of ``1e-1/2+e-1/2`` (kept once, from symbolic mode). WIRIS: tolerance-setting
cases (0.501 vs 1/2 at 10^-3 / 10^-2), a handwriting-trace answer, answers built through
``UserData`` objects, grading-function and feedback tests, partial grades. shortmath: the
wildcard string matcher and the 0.8 partial credit of ``0.597``. mathexpression: empty inputs,
the lone ``\times`` symbol, an invalid command (``\time``) and the README's Simple-compare mode
and excluded expressions (format policies). hilbert.js: variable lists (not equivalence).
IMathAS-engine: the ``choices`` index and ``string`` answers, render-only and output-buffer
tests.
Looked at without finding usable equivalence assertions: mebis-lp/moodle-qtype_geogebra
(completeness of applet responses only), sympy/sympy_gamma (evaluation tests),
bumoodle/moodle-qtype_scripted (verdicts depend on a random variable ``x = 3`` and on
Lua string coercion), SN-RECIT-formation-a-distance/moodle-qtype_numericalrecit (a fork of
FormulasQuestion/moodle-qtype_formulas, already claimed), drlippman/IMathAS (MyOpenMath: its
tests are sanitizer / login tests only; its stand-alone engine above is used instead).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

LC = "gerdkortemeyer/loncapa"
LC_W = "test/math_parser_test_cases.pl@307dbc908dd9d7d26ec9a6ccfe1bc2f8ac0386f3"
WQ = "wiris/moodle-qtype_wq"
WQ_W = (
    "quizzes/lib/com/wiris/quizzes/test/Tester.class.php@51ad38e75b0e4bf3668c1f269df46398252192ee"
)
SM = "KQMATH/moodle-qtype_shortmath"
SM_W = "tests/question_test.php@b2397a32ade88c2e967e3a352a8cb9b31c546276"
ME = "oohoo/moodle-qtype_mathexpression"
ME_ALG = "server/algebra_test.py@06c5f036a6df9511f3750ca17bf985a8f3f6e3c6"
ME_MML = "server/mathml_test.py@06c5f036a6df9511f3750ca17bf985a8f3f6e3c6"
HB = "mathigon/hilbert.js"
HB_W = "test/cas-test.ts@bcb78c06780c6f7a22b477dcbe34e4c5c28e86b2"

# LON-CAPA test(expr, expected): (gold = expected, pred = expr, why)
_LC_UNIT = [
    ("2 pi (1.956E9 J) * (1.616199E-35 m)", "2 pi hbar c", "unit mode: constants hbar, c"),
    ("2*c/100", "2%c", "unit mode: percent of c"),
    ("1 ly", "c*(60s*60*24*365.25)", "unit mode: light year"),
    ("15 MJ", "300 kW*50s", "unit mode: prefixes"),
    ("200 kN", "1000 hPa*2 m^2", "unit mode: prefixes"),
    ("[4m;6m]", "[1m;2m]+[3m;4m]", "unit mode: vector sum"),
    ("[12m;15m;18m]", "3s*[4;5;6]m/s", "unit mode: scalar times vector"),
]
_LC_SYM = [
    ("e-0.45", "1e-1/2+e-1/2", "1e-1 is 0.1; e is Euler's number"),
    ("x/2", "1/2x", "implicit product: 1/2 x"),
    ("4", "2sqrt(4)", ""),
    ("ln(x*y)", "ln(x)+ln(y)", "x = 42, y = 0.23 (positive)"),
    ("1", "abs(-1)", ""),
    ("1", "log10(10)", ""),
    ("4!", "factorial(4)", ""),
    ("pi/4", "asin(sin(pi/4))", ""),
    ("pi/4", "acos(cos(pi/4))", ""),
    ("pi/4", "atan(tan(pi/4))", ""),
    ("i", "sqrt(-1)", ""),
    ("-1", "i^2", ""),
    ("0", "exp(i*pi)+1", ""),
    ("0", "1/inf", ""),
    ("inf", "1+inf", ""),
    ("[2;4]", "[1;2]*2", "vector times scalar"),
    ("11", "[1;2].[3;4]", "dot product"),
    ("matrix([6;8];[10;12])", "matrix([1;2];[3;4]) + matrix([5;6];[7;8])", "matrix sum"),
    ("[[4;4];[4;4]]", "[[5;6];[7;8]] - [[1;2];[3;4]]", "matrix difference"),
    ("[[-1;-2];[-3;-4]]", "-[[1;2];[3;4]]", "matrix negation"),
    ("[50;122]", "[[1;2;3];[4;5;6]] . [7;8;9]", "matrix times vector"),
    ("[[58;64];[139;154]]", "[[1;2;3];[4;5;6]] . [[7;8];[9;10];[11;12]]", "matrix product"),
    ("55", "sum(a^2; a; 1; 5)", ""),
    ("14400", "product(a^2; a; 1; 5)", ""),
    ("10", "binomial(5;3)", ""),
]
# LON-CAPA compare_test([expected, input, code]): (gold, pred, ok, code)
_LC_CMP = [
    ("1", "1", True, "IDENTICAL"),
    ("1m", "1m", True, "IDENTICAL"),
    ("[1;2]", "[1;2]", True, "IDENTICAL"),
    ("[1m;2m]", "[1m;2m]", True, "IDENTICAL"),
    ("[[1;2;3];[4;5;6]]", "[[1;2;3];[4;5;6]]", True, "IDENTICAL"),
    ("1", "[1;2]", False, "WRONG_TYPE"),
    ("[1;2]", "[[1];[2]]", False, "WRONG_TYPE"),
    ("[1;2]", "[1;2;3]", False, "WRONG_DIMENSIONS"),
    ("[[1;2;3];[4;5;6]]", "[[1;2;3];[4;5;6];[7;8;9]]", False, "WRONG_DIMENSIONS"),
    ("[[1;2;3];[4;5;6]]", "[[1;2];[4;5]]", False, "WRONG_DIMENSIONS"),
    ("1m", "2", False, "MISSING_UNITS (number differs too)"),
    ("1", "2m", False, "ADDED_UNITS (number differs too)"),
    ("1m", "1s", False, "WRONG_UNITS"),
    ("1m", "2s", False, "WRONG_UNITS"),
    ("[1m;2m]", "[1s;3s]", False, "WRONG_UNITS"),
    ("1m", "2m", False, "WRONG_VALUE"),
    ("[1;2]", "[1;3]", False, "WRONG_VALUE"),
    ("[1:2]", "[1:3]", False, "WRONG_VALUE (intervals)"),
    ("[1:2]", "[1:2)", False, "WRONG_ENDPOINT (intervals)"),
    ("{1m;2m;3m}", "{2s;3s;1s}", False, "WRONG_UNITS (sets)"),
    ("{1;2;3}", "{1;2;4}", False, "WRONG_VALUE (sets)"),
    ("{1;2;3;3;3;3}", "{1;2;4}", False, "WRONG_VALUE (sets)"),
    ("{1;2;3;3;3;3}", "{1;2;3}", True, "IDENTICAL (sets: repeats ignored)"),
    (
        "[(3 m/s)^2/(2*9.81 m/s^2):1m)",
        "[0.5*(3 m/s)^2/(9.81 m/s^2):1m)",
        True,
        "IDENTICAL (interval with units)",
    ),
    ("17", "42", False, "ne mode: 17 and 42 unequal"),
    ("{4 N; 5 N; 6 N}", "{5 N; 4 N; 6 N}", True, "IDENTICAL (sets, order ignored)"),
    ("{1 N; 2 N; 3 N}", "{2;3;1} N", True, "IDENTICAL (set with common unit)"),
]

CASES: list[dict] = [
    _c(LC, LC_W, g, p, True, True, f"test() equals; {w}".rstrip("; "))
    for g, p, w in _LC_UNIT + _LC_SYM
]
CASES += [_c(LC, LC_W, g, p, True, ok, f"compare_test: {code}") for g, p, ok, code in _LC_CMP]

# WIRIS quizzes (QUIZZES3 branch strings).
_W_GOLD = (
    '<math xmlns="http://www.w3.org/1998/Math/MathML"><mi>x</mi><mo>=</mo><msqrt><mn>2</mn>'
    '</msqrt><mspace linebreak="newline"/><mi>y</mi><mo>=</mo><mi>x</mi><mspace linebreak='
    '"newline"/><mi>z</mi><mo>=</mo><mn>0</mn></math>'
)
_W_OK = (
    '<math xmlns="http://www.w3.org/1998/Math/MathML"><mi>x</mi><mo>=</mo><msqrt><mn>1</mn>'
    '<mo>+</mo><mn>1</mn></msqrt><mspace linebreak="newline"/><mi>y</mi><mo>=</mo><mi>x</mi>'
    '<mspace linebreak="newline"/><mi>z</mi><mo>=</mo><mn>0</mn></math>'
)
_W_BAD = (
    '<math xmlns="http://www.w3.org/1998/Math/MathML"><mi>x</mi><mo>=</mo><mn>0</mn><mspace '
    'linebreak="newline"/><mi>y</mi><mo>=</mo><mi>x</mi><mspace linebreak="newline"/><mi>z</mi>'
    "<mo>=</mo><mn>0</mn></math>"
)
_W_PART = (
    '<math xmlns="http://www.w3.org/1998/Math/MathML"><mi>x</mi><mo>=</mo><msqrt><mn>2</mn>'
    "</msqrt></math>"
)
CASES += [
    _c(WQ, WQ_W, "1+1", "2", True, True, "testOpenQuestion: answer correct"),
    _c(WQ, WQ_W, "x^2=1", "x=1 or x=-1", True, True, "testAssertion: equivalent_equations"),
    _c(WQ, WQ_W, _W_GOLD, _W_OK, True, True, "testCompound: compound answer matching"),
    _c(WQ, WQ_W, _W_GOLD, _W_BAD, True, False, "testCompound: x = 0 does not match"),
    _c(WQ, WQ_W, _W_GOLD, _W_PART, True, False, "testCompound: only x given, no match"),
]

# shortmath test_grading (question from tests/helper.php).
_SM_GOLD = r"\frac{1}{2}\left(\cos(1)-\cos(4)\right)"
CASES += [
    _c(SM, SM_W, _SM_GOLD, "x", True, False, "grade_response: gradedwrong"),
    _c(SM, SM_W, _SM_GOLD, _SM_GOLD, True, True, "grade_response: gradedright"),
]

# mathexpression converters: (output = gold, input = pred)
_ME_ALG = [
    ("123*856+963*45^2", r"123\times856+963\times45^2", "convert_symbols_"),
    ("sqrt(123)", r"\sqrt{123}", "convert_functions_"),
    ("(123)/(5a)", r"\frac{123}{5a}", "convert_functions_"),
    ("sqrt(5a+{i})", r"\sqrt{5a+{i}}", "convert_functions_"),
    ("sqrt(5a+sqrt(i))", r"\sqrt{5a+\sqrt{i}}", "convert_functions_"),
    ("sqrt(5a+(i)/(a))", r"\sqrt{5a+\frac{i}{a}}", "convert_functions_"),
    ("sqrt(5a+((23)/(2))/(a))", r"\sqrt{5a+\frac{\frac{23}{2}}{a}}", "convert_functions_"),
    ("(-b+sqrt(b^2-4ac))/(2a)", r"\frac{-b+\sqrt{b^2-4ac}}{2a}", "convert_latex"),
    ("(a+b)", r"\left(a+b\right)", "convert_latex"),
]
CASES += [_c(ME, ME_ALG, g, p, True, True, f"{w}: LaTeX to Sage") for g, p, w in _ME_ALG]

_MML = '<math xmlns="http://www.w3.org/1998/Math/MathML">'
_MTAB = _MML + '<mrow><mo>(</mo><mtable rowspacing="4pt" columnspacing="1em">'
_ME_MML = [
    ("(a)+(b)", "<math><mi>a</mi><mo>+</mo><mi>b</mi></math>"),
    ("((a))/((b))", "<math><mfrac><mi>a</mi><mi>b</mi></mfrac></math>"),
    ("sqrt((a)(b))", "<math><msqrt><mi>a</mi><mi>b</mi></msqrt></math>"),
    ("(((b))^((2)))", "<math><msup><mi>b</mi><mn>2</mn></msup></math>"),
    (
        "(-(b)+sqrt((((b))^((2)))-(4)(a)(c)))/((2)(a))",
        '<math mode="display" xmlns="http://www.w3.org/1998/Math/MathML"><mrow><mfrac>'
        "<mrow><mo>-</mo><mi>b</mi><mo>+</mo><msqrt><msup><mi>b</mi><mn>2</mn>"
        "</msup><mo>-</mo><mn>4</mn><mi>a</mi><mi>c</mi></msqrt></mrow><mrow>"
        "<mn>2</mn><mi>a</mi></mrow></mfrac></mrow></math>",
    ),
    (
        "(matrix([(1),(2),(3)]))",
        _MTAB + "<mtr><mtd><mn>1</mn></mtd><mtd><mn>2</mn></mtd><mtd><mn>3</mn></mtd></mtr>"
        "</mtable><mo>)</mo></mrow></math>",
    ),
    (
        "(matrix([(1)],[(2)],[(3)]))",
        _MTAB + "<mtr><mtd><mn>1</mn></mtd></mtr><mtr><mtd><mn>2</mn></mtd></mtr><mtr><mtd>"
        "<mn>3</mn></mtd></mtr></mtable><mo>)</mo></mrow></math>",
    ),
    (
        "(matrix([(1),(2)],[(3),(4)]))",
        _MTAB + "<mtr><mtd><mn>1</mn></mtd><mtd><mn>2</mn></mtd></mtr><mtr><mtd><mn>3</mn></mtd>"
        "<mtd><mn>4</mn></mtd></mtr></mtable><mo>)</mo></mrow></math>",
    ),
]
CASES += [_c(ME, ME_MML, g, p, True, True, "mathmlToSage: MathML to Sage") for g, p in _ME_MML]

# hilbert.js NumEquals
CASES += [
    _c(HB, HB_W, g, p, True, True, "Expression.numEquals")
    for g, p in [("42", "42"), ("x", "x"), ("x^2", "x*x*x/x"), ("6 * 10", "4 * 15")]
]

# IMathAS-engine scoring (gold computed by the question's control code).
IM = "trngngntn/IMathAS-engine"
IM_MX = "tests/Engine/AnswerTypeMatrixTest.php@b192c51e9aea544f4451342e292ddb76772f4900"
IM_SC = "tests/Engine/QuestionServiceScoreTest.php@b192c51e9aea544f4451342e292ddb76772f4900"
CASES += [
    _c(IM, IM_MX, "6", "6", True, True, "qtype number: $answer = $a + 1 with $a = 5; score 1.0"),
    _c(
        IM, IM_MX, "3", "3", True, True, "qtype calculated: $answer = $a / 2 with $a = 6; score 1.0"
    ),
    _c(IM, IM_MX, "x^2", "x^2", True, True, "qtype numfunc, variable x; score 1.0"),
    _c(IM, IM_MX, "[2,5)", "[2,5)", True, True, "qtype calcinterval; score 1.0"),
    _c(IM, IM_SC, "12", "12", True, True, "qtype number: $a + $b with 5, 7; score 1.0"),
    _c(IM, IM_SC, "12", "99", True, False, "qtype number: $a + $b with 5, 7; score 0.0"),
    _c(IM, IM_SC, "3", "3", True, True, "multipart part qn0 ($answer[0] = 3): raw 1.0"),
    _c(IM, IM_SC, "4", "99", True, False, "multipart part qn1 ($answer[1] = 4): raw 0.0"),
]
