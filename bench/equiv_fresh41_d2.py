"""fresh41_d, continued (part 2 of 2): the rest of the locus cases, and the eigenmath and
wunderkind cases of the sources that bench/equiv_fresh41_d.py names (repository, path @ commit,
licence and what was left out are in its docstring). Do not tune the judge on these cases.
"""

from __future__ import annotations

from bench.equiv_fresh41_d import L1, L1_BE, L1_MAT, L1_ORD, L1_SET
from bench.equiv_rl_suites import collected_case as _c

_LOCUS_REST = [
    _c(
        L1,
        L1_SET,
        gold=r"1, 2, 3",
        pred=r"{1, 2, 4}",
        wrap=True,
        expected=False,
        why="test_wrong_element (set)",
    ),
    _c(
        L1,
        L1_SET,
        gold=r"1, 2, 3",
        pred=r"{1, 2}",
        wrap=True,
        expected=False,
        why="test_wrong_count (set)",
    ),
    _c(
        L1,
        L1_SET,
        gold=r"-3, -2, -1",
        pred=r"{-1, -2, -3}",
        wrap=True,
        expected=True,
        why="test_negative_elements (set)",
    ),
    _c(
        L1,
        L1_SET,
        gold=r"1, 2, 3",
        pred=r"\left\{1, 2, 3\right\}",
        wrap=True,
        expected=True,
        why="test_pipeline_set (set, LaTeX input)",
    ),
    _c(
        L1,
        L1_SET,
        gold=r"2, 3",
        pred=r"{1+1, 3}",
        wrap=True,
        expected=True,
        why="symengine_tests::test_expression_elements (set)",
    ),
    _c(
        L1,
        L1_SET,
        gold=r"-1, 0, 1",
        pred=r"\left\{-1, 0, 1\right\}",
        wrap=True,
        expected=True,
        why="symengine_tests::test_pipeline_set_latex (set)",
    ),
    # ordered.rs (answer types Tuple / List: order matters)
    _c(
        L1,
        L1_ORD,
        gold=r"3, -4",
        pred=r"(3, -4)",
        wrap=True,
        expected=True,
        why="test_tuple_correct (tuple)",
    ),
    _c(
        L1,
        L1_ORD,
        gold=r"3, -4",
        pred=r"(-4, 3)",
        wrap=True,
        expected=False,
        why="test_tuple_wrong_order (tuple)",
    ),
    _c(
        L1,
        L1_ORD,
        gold=r"3, -4",
        pred=r"(3, -5)",
        wrap=True,
        expected=False,
        why="test_tuple_wrong_element (tuple)",
    ),
    _c(
        L1,
        L1_ORD,
        gold=r"3, -4",
        pred=r"(3, -4, 1)",
        wrap=True,
        expected=False,
        why="test_tuple_wrong_count (tuple)",
    ),
    _c(
        L1,
        L1_ORD,
        gold=r"[1, 2, 3]",
        pred=r"[3, 2, 1]",
        wrap=True,
        expected=False,
        why="test_list_wrong_order (list)",
    ),
    _c(
        L1,
        L1_ORD,
        gold=r"5, -4",
        pred=r"\left(5, -4\right)",
        wrap=True,
        expected=True,
        why="test_pipeline_tuple (tuple)",
    ),
    _c(
        L1,
        L1_ORD,
        gold=r"[1, 2, 3]",
        pred=r"\left[1, 2, 3\right]",
        wrap=True,
        expected=True,
        why="test_pipeline_list (list)",
    ),
    _c(
        L1,
        L1_ORD,
        gold=r"3, 4",
        pred=r"(1+2, 4)",
        wrap=True,
        expected=True,
        why="symengine_tests::test_tuple_expression_element (tuple)",
    ),
    _c(
        L1,
        L1_ORD,
        gold=r"1/2, 3",
        pred=r"\left(\frac{1}{2}, 3\right)",
        wrap=True,
        expected=True,
        why="symengine_tests::test_pipeline_tuple_with_fraction (tuple)",
    ),
    # matrix.rs
    _c(
        L1,
        L1_MAT,
        gold=r"[[1,2],[3,4]]",
        pred=r"[[1,2],[3,5]]",
        wrap=True,
        expected=False,
        why="test_2x2_wrong_element",
    ),
    _c(
        L1,
        L1_MAT,
        gold=r"[[1,2],[3,4]]",
        pred=r"[[1,2,3],[4,5,6]]",
        wrap=True,
        expected=False,
        why="test_wrong_dimensions",
    ),
    _c(
        L1,
        L1_MAT,
        gold=r"[[2,2],[3,4]]",
        pred=r"[[1+1,2],[3,4]]",
        wrap=True,
        expected=True,
        why="symengine_tests::test_expression_elements",
    ),
    _c(
        L1,
        L1_MAT,
        gold=r"[[1,2],[3,4]]",
        pred=r"\begin{pmatrix}1&2\\3&4\end{pmatrix}",
        wrap=True,
        expected=True,
        why="symengine_tests::test_pipeline_matrix (LaTeX input)",
    ),
    _c(
        L1,
        L1_MAT,
        gold=r"[[-1,0],[0,-1]]",
        pred=r"\begin{pmatrix}-1&0\\0&-1\end{pmatrix}",
        wrap=True,
        expected=True,
        why="symengine_tests::test_pipeline_matrix_with_negatives",
    ),
    # backend grader.rs: check_answer(user, key, GradingMode::Equivalent, AnswerType::...)
    _c(
        L1,
        L1_BE,
        gold=r"x^2+1",
        pred=r"x^2 + 1",
        wrap=True,
        expected=True,
        why="test_whitespace_ignored",
    ),
    _c(
        L1,
        L1_BE,
        gold=r"x^2 + 1",
        pred=r"X^2 + 1",
        wrap=True,
        expected=False,
        why="test_case_sensitive_symbols",
    ),
    _c(
        L1,
        L1_BE,
        gold=r"x^2 + 1",
        pred=r"x^2 + 2",
        wrap=True,
        expected=False,
        why="test_different_answers",
    ),
    _c(
        L1,
        L1_BE,
        gold=r"x^2 + 1",
        pred=r"1 + x^2",
        wrap=True,
        expected=True,
        why="test_symbolic_equivalence",
    ),
    _c(
        L1,
        L1_BE,
        gold=r"0.25",
        pred=r"1/4",
        wrap=True,
        expected=True,
        why="test_numeric_type (AnswerType::Numeric)",
    ),
]

EM = "georgeweigt/eigenmath"

_EC = "e43f9b7fdcfb739b5cff0bc6c392f4493cb1771d"

EM_S = f"test/src/test-simplify@{_EC}"

EM_R = f"test/src/test-radicals@{_EC}"

EM_Q = f"test/src/test-rationalize@{_EC}"

EM_E = f"test/src/test-expform@{_EC}"

EM_P = f"test/src/test-polar@{_EC}"

# (where, pred = the argument of the command, gold = the asserted form, why)
_EIGEN = [
    (EM_S, "2 a / (2 b + 2 c)", "a / (b + c)", "infixform(simplify(...))"),
    (EM_S, "4 a / (2 b + 2 c)", "2 a / (b + c)", "infixform(simplify(...))"),
    (EM_S, "2 a / (4 b + 4 c)", "a / (2 b + 2 c)", "infixform(simplify(...))"),
    (EM_S, "(a x + a) / (x + 1)", "a", "ratio of expressions"),
    (EM_S, "1 / (1 + 1 / x)", "x / (x + 1)", "continued fraction"),
    (EM_S, "1 / (x + y^2 / x)", "x / (x^2 + y^2)", "another continued fraction"),
    (EM_S, "exp(i pi / 4)", "(1 + i) / sqrt(2)", "mixed forms of complex numbers (direct ==)"),
    (EM_S, "sqrt(1 + x^2 / (1 - x^2))", "1 / (-x^2 + 1)^(1/2)", "infixform(simplify(...))"),
    (
        EM_S,
        "(A^2 C^2 + A^2 D^2 + B^2 C^2 + B^2 D^2)/(A^2+B^2)/(C^2+D^2)",
        "1",
        "T = simplify(...); check(T = 1)",
    ),
    (EM_S, "-3*x*A/(A-B) + 3*x*B/(A-B)", "-3 x", "T = simplify(...); infixform"),
    (EM_S, "-y/(x^2*(y^2/x^2+1))", "-y / (x^2 + y^2)", "T = simplify(...); infixform"),
    (EM_S, "1/(x*(y^2/x^2+1))", "x / (x^2 + y^2)", "T = simplify(...); infixform"),
    (EM_S, "tan(x) - sin(x)/cos(x)", "0", "T = simplify(...); infixform"),
    (EM_S, "sin(x)^2 + cos(x)^2", "1", "T = simplify(...); infixform"),
    (EM_S, "sinh(x)^2 - cosh(x)^2", "-1", "T = simplify(...); infixform"),
    (
        EM_S,
        "2 * M / (-2 * M * r^2 + r^3) + r^(-2) - 1 / (-2 * M * r + r^2)",
        "0",
        "T = simplify(...); check(T = 0)",
    ),
    (
        EM_S,
        "2 * M / (-2 * M * r^2 + r^3) + r^(-2) - 1 / (-2 * M * r + r^2) + 1",
        "(4 * M^2 * r^3 - 4 * M * r^4 + r^5) / ((-2 * M * r + r^2) * (-2 * M * r^2 + r^3))",
        "T = rationalize(...); check(T = ...)",
    ),
    (
        EM_S,
        "(4 * M^2 * r^3 - 4 * M * r^4 + r^5) / ((-2 * M * r + r^2) * (-2 * M * r^2 + r^3))",
        "1",
        "the rationalized T, then T = simplify(T); check(T = 1)",
    ),
    (
        EM_S,
        "-3 exp(-1/3 r + i phi) cos(theta) / sin(theta) + 3 exp(-1/3 r + i phi) cos(theta) sin(theta) + 3 exp(-1/3 r + i phi) cos(theta)^3 / sin(theta)",
        "0",
        "T = ...; check(T == 0)",
    ),
    (EM_S, "sqrt(1 + x^2 / (1 - x^2))", "1 / sqrt(1 - x^2)", "check(simplify(...) == ...)"),
    (EM_S, "c / (a c + b c)", "1 / (a + b)", "infixform(simplify(...)), version 3.24"),
    (
        EM_S,
        "exp(-x^2 + i omega + 1/4 i pi) / (sqrt(sqrt(-1)) pi)",
        "exp(-x^2 + i omega) / pi",
        "T = simplify(T); infixform",
    ),
    (
        EM_S,
        "hbar^2 kappa x^2 f(x,y,z) / (m (x^2 + y^2 + z^2)^(3/2)) + hbar^2 kappa y^2 f(x,y,z) / (m (x^2 + y^2 + z^2)^(3/2)) + hbar^2 kappa z^2 f(x,y,z) / (m (x^2 + y^2 + z^2)^(3/2)) - hbar^2 kappa f(x,y,z) / (m (x^2 + y^2 + z^2)^(1/2)) + kappa^2 x^2 f(x,y,z) / (x^2 + y^2 + z^2) + kappa^2 y^2 f(x,y,z) / (x^2 + y^2 + z^2) + kappa^2 z^2 f(x,y,z) / (x^2 + y^2 + z^2) - kappa^2 f(x,y,z)",
        "0",
        "T = simplify(T); infixform",
    ),
    (EM_S, "(i - z) / (i + z)", "exp(-i arctan(1,z) + i arctan(1,-z))", "infixform(simplify(...))"),
    (EM_R, "sqrt(1/2) + sqrt(1/2)", "2^(1/2)", "infixform(...)"),
    (EM_R, "sqrt(2) + sqrt(1/2) + sqrt(1/2)", "2 2^(1/2)", "infixform(...)"),
    (EM_R, "sqrt(1/2) + sqrt(1/2) + sqrt(1/2)", "3 / 2^(1/2)", "infixform(...)"),
    (EM_R, "A / sqrt(2) + A / sqrt(2)", "2^(1/2) A", "infixform(...)"),
    (EM_R, "sqrt(2) A + A / sqrt(2) + A / sqrt(2)", "2 2^(1/2) A", "infixform(...)"),
    (EM_Q, "(-1)^(-1/4) + 1", "(1 + (-1)^(1/4)) / (-1)^(1/4)", "infixform(rationalize(...))"),
    (
        EM_Q,
        "1/x + 1/(x + 1)^2",
        "(x^2 + 3 x + 1) / (x^3 + 2 x^2 + x)",
        "f = ...; infixform(rationalize(f))",
    ),
    (
        EM_Q,
        "exp(i x) + exp(-i x)",
        "(exp(2 i x) + 1) exp(-i x)",
        "f = ...; infixform(rationalize(f))",
    ),
    (EM_E, "cos(x)", "1/2*exp(-i*x)+1/2*exp(i*x)", "T = expform(cos(x)); check(T = ...)"),
    (EM_E, "sin(x)", "1/2*i*exp(-i*x)-1/2*i*exp(i*x)", "T = expform(sin(x)); check(T = ...)"),
    (
        EM_E,
        "tan(x)",
        "i / (exp(2 i x) + 1) - i exp(2 i x) / (exp(2 i x) + 1)",
        "T = expform(tan(x)); check(T = ...)",
    ),
    (EM_E, "cosh(x)", "1/2*exp(x)+1/2*exp(-x)", "T = expform(cosh(x)); check(T = ...)"),
    (EM_E, "sinh(x)", "1/2*exp(x)-1/2*exp(-x)", "T = expform(sinh(x)); check(T = ...)"),
    (
        EM_E,
        "tanh(x)",
        "-1/(1+exp(2*x))+exp(2*x)/(1+exp(2*x))",
        "T = expform(tanh(x)); check(T = ...)",
    ),
    (EM_E, "1-sin(x)^2", "cos(x)^2", "T = expform(1-sin(x)^2); check(T = expform(cos(x)^2))"),
    (EM_E, "1-cos(x)^2", "sin(x)^2", "T = expform(1-cos(x)^2); check(T = expform(sin(x)^2))"),
    (EM_E, "sin(x)^2-1", "-cos(x)^2", "T = expform(sin(x)^2-1); check(T = expform(-cos(x)^2))"),
    (EM_E, "cos(x)^2-1", "-sin(x)^2", "T = expform(cos(x)^2-1); check(T = expform(-sin(x)^2))"),
    (
        EM_E,
        "1 / (2 cos(theta))",
        "1 / (exp(i theta) + exp(-i theta))",
        "T = expform(...); infixform",
    ),
    (EM_P, "1+i", "2^(1/2)*exp(1/4*i*pi)", "T = polar(1+i); check(T = ...)"),
    (EM_P, "-1+i", "2^(1/2)*i*exp(1/4*i*pi)", "T = polar(-1+i); check(T = ...)"),
    (EM_P, "-1-i", "-2^(1/2)*exp(1/4*i*pi)", "T = polar(-1-i); check(T = ...)"),
    (EM_P, "1-i", "-2^(1/2)*i*exp(1/4*i*pi)", "T = polar(1-i); check(T = ...)"),
    (EM_P, "2 + 3 i", "13^(1/2) exp(i arctan(3,2))", "infixform(polar(...))"),
    (EM_P, "2 - 3 i", "13^(1/2) exp(-i arctan(3,2))", "infixform(polar(...))"),
    (EM_P, "-2 + 3 i", "13^(1/2) exp(i arctan(3,-2))", "infixform(polar(...))"),
    (EM_P, "-2 - 3 i", "13^(1/2) exp(-i arctan(3,-2))", "infixform(polar(...))"),
    (EM_P, "a + i b", "(a^2 + b^2)^(1/2) exp(i arctan(b,a))", "infixform(polar(...))"),
]

WK = "dobrinov/wunderkind"

WK_EV = "spec/services/exact_value_spec.rb@8a7b8a3b981488e39e4ab2a1177292d3bd38c67a"

WK_GR = "spec/services/grading_spec.rb@78c1897651ef264cc88aea201d1a3a46443cf34e"

WUNDERKIND_CASES = [
    # ExactValue.equivalent?(key, typed)
    _c(
        WK,
        WK_EV,
        gold=r"3/4",
        pred=r"0,75",
        wrap=True,
        expected=True,
        why="treats equivalent numeric forms as equal (decimal comma); also grading_spec exact value",
    ),
    _c(
        WK,
        WK_EV,
        gold=r"3/4",
        pred=r"75%",
        wrap=True,
        expected=True,
        why="treats equivalent numeric forms as equal",
    ),
    _c(
        WK,
        WK_EV,
        gold=r"0.5",
        pred=r"1/2",
        wrap=True,
        expected=True,
        why="treats equivalent numeric forms as equal",
    ),
    _c(
        WK,
        WK_EV,
        gold=r"1/2",
        pred=r"(1)/(2)",
        wrap=True,
        expected=True,
        why="accepts the fraction key's own notation for a typed fraction",
    ),
    _c(
        WK,
        WK_EV,
        gold=r"1 1/2",
        pred=r"1(1)/(2)",
        wrap=True,
        expected=True,
        why="accepts the fraction key's own notation (mixed number)",
    ),
    _c(
        WK,
        WK_EV,
        gold=r"0,5",
        pred=r"(1)/(2)",
        wrap=True,
        expected=True,
        why="accepts the fraction key's own notation (key with decimal comma)",
    ),
    _c(
        WK,
        WK_EV,
        gold=r"3/4",
        pred=r"0.7",
        wrap=True,
        expected=False,
        why="rejects different values",
    ),
    # Grading.grade(question answer "3/4", raw value)
    _c(
        WK,
        WK_GR,
        gold=r"3/4",
        pred=r"6/8",
        wrap=True,
        expected=True,
        why="exact value: accepts any equivalent numeric form",
    ),
    _c(
        WK,
        WK_GR,
        gold=r"3/4",
        pred=r"0.8",
        wrap=True,
        expected=False,
        why="exact value: 0.8 is not 3/4",
    ),
]

CASES = [
    *_LOCUS_REST,
    *(
        _c(EM, where, gold, pred, True, True, f"Eigenmath: {why}")
        for where, pred, gold, why in _EIGEN
    ),
    *WUNDERKIND_CASES,
]
