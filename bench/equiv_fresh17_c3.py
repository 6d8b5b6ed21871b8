r"""A seventeenth fresh set of answer-equivalence cases (evaluation only; helper "c", third part:
Mathics, the free Mathematica-language CAS; SymPy is in equiv_fresh17_c.py, Symja, asciimath2tex and
math-expression-evaluator in equiv_fresh17_c2.py).

``gold`` is the expected side of a test, ``pred`` the input side, a bare answer to be put in
``\boxed{}`` (``wrap`` True); ``where`` is ``path@commit`` in ``repo`` on github.com. Strings are
the values Python reads from the test, in Mathematica syntax (``Sqrt[3]``, ``I``, juxtaposition is a
product). Do not tune the judge on these cases.

Source: Mathics3/mathics-core @ dbc99064df75515eba8f49f63f9137d74854bfb5 (GPL-3.0, ``COPYING.txt``):

- ``test/builtin/arithfns/test_basic.py``: the parametrized ``(str_expr, str_expected, ...)`` rows
  of ``test_add``, ``test_exponential``, ``test_multiply``, ``test_power`` and
  ``test_miscelanea_private_tests``, checked by ``check_evaluation(str_expr, str_expected,
  hold_expected=True)``: the evaluated input must equal the expected form (all positive). Taken:
  rows whose two sides are exact expressions. Left out: machine reals and their six-digit printed
  values (``1. - 2/3 + 3/5`` = ``0.933333``), arbitrary-precision ``N[...]``, assignments
  (``log2=Log[2.]; ...``), postfix forms (``// FullForm``, ``// Head``, ``// InputForm``), ``Head``,
  ``HoldForm``, ``Complex[...]``, ``Times[]``, ``DirectedInfinity`` and the normalised directions of
  directed infinities, ``ComplexInfinity`` and ``Indeterminate`` results, ``Sum``/``Product`` (and
  the ``xfail`` test), ``CubeRoot``, ``Conjugate`` lists, strings, identical sides (``a ^ b``) and a
  repeated row.
- ``test/builtin/test_comparison.py``: ``tests2`` of ``test_cmp2_no_pass``, each row ``(lhs, rhs,
  expected)`` checked as ``lhs == rhs`` (and ``rhs == lhs``) evaluating to ``expected``; gold = rhs,
  pred = lhs. Taken: the rows with a definite ``True``/``False`` (the others stay unevaluated, e.g.
  ``a == 2 + 3 a``) whose sides differ; left out: strings (``"a"``, ``"1 / 4"``), ``BesselJ[0, 2]``
  (special function) and identical sides. ``Sqrt[I] Infinity`` is a directed infinity.
  ``test_compare_many_members`` and ``test_cmp_compare_numbers`` (machine-precision and
  precision-mark rules such as ``0.1111111111111111 == 0.1111111111111126``, ``3.14`2``) and
  ``SameQ``/``UnsameQ`` (structural identity, not equality) were left out.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

MATHICS = "Mathics3/mathics-core"
BASIC = "test/builtin/arithfns/test_basic.py@dbc99064df75515eba8f49f63f9137d74854bfb5"
COMPARISON = "test/builtin/test_comparison.py@dbc99064df75515eba8f49f63f9137d74854bfb5"


# (test function, line, gold: expected form, pred: input)
_BASIC = [
    ("test_add", 14, "34 / 15", "1 + 2/3 + 3/5"),
    ("test_add", 15, "14 / 15", "1 - 2/3 + 3/5"),
    ("test_add", 17, "1 / 3 + 2 I", "1 - 2/3 + 2 I"),
    ("test_add", 19, "3 a + 3 a q", "a + 2 a + 3 a q"),
    ("test_add", 24, "-a + 3 a q", "a - 2 a + 3 a q"),
    ("test_add", 25, "-5 - 2 b + 3 a q", "a - (5+ a+ 2 b) + 3 a q"),
    ("test_add", 30, "a + 3 a q - 2 (5 + a + 2 b)", "a - 2 (5+ a+ 2 b) + 3 a q"),
    ("test_exponential", 47, "-E ^ 3", "E^(3+I Pi)"),
    ("test_exponential", 48, "I", "E^(I Pi/2)"),
    ("test_exponential", 49, "E", "E^1"),
    ("test_multiply", 64, "2 / 5", "1 * 2/3 * 3/5"),
    ("test_multiply", 65, "-2 / 5", "1 (- 2/3) ( 3/5)"),
    ("test_multiply", 67, "-4 I / 3", "1 (- 2/3) (2 I)"),
    ("test_multiply", 69, "6 a ^ 3 q", "a ( 2 a) ( 3 a q)"),
    ("test_multiply", 70, "-6 a ^ (5 / 2) q", "a (- 2 a) ( 3 Sqrt[a] q)"),
    ("test_multiply", 71, "3 a ^ 2 q (5 + a + 2 b)", "a (5+ a+ 2 b) (3 a q)"),
    ("test_multiply", 76, "-6 a ^ 2 q (5 + a + 2 b)", "a (- 2 (5+ a+ 2 b)) * (3 a q)"),
    ("test_multiply", 81, "Sqrt[2] a ^ (3 / 2) b / 4", "a  b a^2 / (2 a)^(3/2)"),
    ("test_multiply", 86, "a ^ (3 / 2) b", "a  b a^2 / (a)^(3/2)"),
    ("test_multiply", 91, "a ^ 3 b / (a b) ^ (3 / 2)", "a  b a^2 / (a b)^(3/2)"),
    ("test_multiply", 96, "a ^ 3 b / (a b) ^ (3 / 2)", "a  b a ^ 2  (a b)^(-3 / 2)"),
    ("test_multiply", 101, "a b Infinity", "a  b Infinity"),
    ("test_power", 193, "1", "2^0"),
    ("test_power", 194, "1", "(2/3)^0"),
    ("test_power", 196, "2", "2^1"),
    ("test_power", 197, "2 / 3", "(2/3)^1"),
    ("test_power", 199, "8", "2^(3)"),
    ("test_power", 200, "1 / 8", "(1/2)^3"),
    ("test_power", 201, "1 / 8", "2^(-3)"),
    ("test_power", 202, "8", "(1/2)^(-3)"),
    ("test_power", 203, "-7 (-7) ^ (2 / 3)", "(-7)^(5/3)"),
    ("test_power", 204, "Sqrt[3]", "3^(1/2)"),
    ("test_power", 206, "Sqrt[5] / 5", "(1/5)^(1/2)"),
    ("test_power", 208, "Sqrt[3] / 3", "(3)^(-1/2)"),
    ("test_power", 209, "Sqrt[3]", "(1/3)^(-1/2)"),
    ("test_power", 210, "Sqrt[5 / 3]", "(5/3)^(1/2)"),
    ("test_power", 211, "Sqrt[3 / 5]", "(5/3)^(-1/2)"),
    ("test_power", 212, "1 / Sqrt[Pi]", "1/Sqrt[Pi]"),
    ("test_power", 213, "(-1) ^ (1 / 3)", "I^(2/3)"),
    ("test_power", 217, "-46 + 9 I", "(2+3I)^3"),
    ("test_power", 219, "3 ^ (1 + 2 I)", "3^(1+2 I)"),
    ("test_power", 225, "(3 / Pi) ^ (-I)", "(3/Pi)^(-I)"),
    ("test_power", 230, "Sqrt[a ^ 2]", "(a^2)^(1/2)"),
    ("test_power", 231, "a", "(a^(1/2))^2"),
    ("test_power", 238, "a ^ (3 p - 6 q)", "(a^(p-2 q))^3"),
    ("test_power", 274, "2 + 3 I / 2", "(3/2+1/2I)^2"),
    ("test_power", 275, "(-1) ^ (I / 2)", "I ^ I"),
    ("test_miscelanea_private_tests", 342, "-2 / 3", "-2/3"),
    ("test_miscelanea_private_tests", 353, "-2 a - 2 b", "-2a - 2b"),
    ("test_miscelanea_private_tests", 354, "-4 + 2 Sqrt[3] + 2 x", "-4+2x+2*Sqrt[3]"),
    ("test_miscelanea_private_tests", 355, "2 a - 3 b - c", "2a-3b-c"),
    ("test_miscelanea_private_tests", 356, "2 a - 3 b - 2 c + 5 d - e", "2a+5d-3b-2c-e"),
    ("test_miscelanea_private_tests", 357, "1 - I Sqrt[3]", "1 - I * Sqrt[3]"),
    ("test_miscelanea_private_tests", 365, "2 / 3 - x", "-(x - 2/3)"),
    ("test_miscelanea_private_tests", 366, "-2 x", "-x*2"),
    ("test_miscelanea_private_tests", 368, "1", "x / x"),
    ("test_miscelanea_private_tests", 369, "2", "2x^2 / x^2"),
]

# (line in tests2, gold: rhs, pred: lhs, lhs == rhs)
_COMPARE = [
    (443, "Infinity", "-Infinity", False),
    (445, "Infinity", "Sqrt[I] Infinity", False),
    (446, "-Infinity", "Sqrt[I] Infinity", False),
    (456, "Infinity", "I", False),
    (457, "-Infinity", "I", False),
    (458, "Sqrt[I] Infinity", "I", False),
    (464, "Infinity", "0", False),
    (465, "-Infinity", "0", False),
    (466, "Sqrt[I] Infinity", "0", False),
    (470, "I", "0", False),
    (473, "Infinity", "1 / 4", False),
    (474, "-Infinity", "1 / 4", False),
    (475, "Sqrt[I] Infinity", "1 / 4", False),
    (479, "I", "1 / 4", False),
    (480, "0", "1 / 4", False),
    (483, "Infinity", ".25", False),
    (484, "-Infinity", ".25", False),
    (485, "Sqrt[I] Infinity", ".25", False),
    (489, "I", ".25", False),
    (490, "0", ".25", False),
    (491, "1 / 4", ".25", True),
    (494, "Infinity", "Sqrt[2]", False),
    (495, "-Infinity", "Sqrt[2]", False),
    (496, "Sqrt[I] Infinity", "Sqrt[2]", False),
    (499, "I", "Sqrt[2]", False),
    (500, "0", "Sqrt[2]", False),
    (501, "1 / 4", "Sqrt[2]", False),
    (502, ".25", "Sqrt[2]", False),
    (517, "Infinity", "3+2 I", False),
    (518, "-Infinity", "3+2 I", False),
    (519, "Sqrt[I] Infinity", "3+2 I", False),
    (523, "I", "3+2 I", False),
    (524, "0", "3+2 I", False),
    (525, "1 / 4", "3+2 I", False),
    (526, ".25", "3+2 I", False),
    (527, "Sqrt[2]", "3+2 I", False),
    (530, "Infinity", "2.+ Pi I", False),
    (531, "-Infinity", "2.+ Pi I", False),
    (532, "Sqrt[I] Infinity", "2.+ Pi I", False),
    (535, "I", "2.+ Pi I", False),
    (536, "0", "2.+ Pi I", False),
    (537, "1 / 4", "2.+ Pi I", False),
    (538, ".25", "2.+ Pi I", False),
    (539, "Sqrt[2]", "2.+ Pi I", False),
    (541, "3+2 I", "2.+ Pi I", False),
    (544, "Infinity", "3+I Pi", False),
    (545, "-Infinity", "3+I Pi", False),
    (546, "Sqrt[I] Infinity", "3+I Pi", False),
    (548, "I", "3+I Pi", False),
    (549, "0", "3+I Pi", False),
    (550, "1 / 4", "3+I Pi", False),
    (551, ".25", "3+I Pi", False),
    (552, "Sqrt[2]", "3+I Pi", False),
    (554, "3+2 I", "3+I Pi", False),
    (555, "2.+ Pi I", "3+I Pi", False),
]

CASES: list[dict] = [
    *(
        _c(MATHICS, BASIC, g, p, True, True, f"{fn} line {i}: pred evaluates to gold")
        for fn, i, g, p in _BASIC
    ),
    *(
        _c(MATHICS, COMPARISON, g, p, True, ok, f"tests2 line {i}: pred == gold gives {ok}")
        for i, g, p, ok in _COMPARE
    ),
]
