"""fresh40_e, continued (part 2 of 2): more cases of the sources that
bench/equiv_fresh40_e.py names (repository, path @ commit, licence and what was left out are in its
docstring). Do not tune the judge on these cases.
"""

from __future__ import annotations

from bench.equiv_fresh40_e import OT_LA, OT_MATRIX, OT_T2, RELATE, RELATE_AT, _ot
from bench.equiv_rl_suites import collected_case as _c

CASES = [
    _ot(
        OT_T2,
        r"sqrt(Fa^2+Fb^2)",
        r" sqrt( Fa * Fb )   ",
        False,
        "test_isfalse0 (also test_isfalse1/2)",
    ),
    _ot(OT_T2, r"sqrt(Fa^2+Fb^2)", r" Fa - Fb   ", False, "test_isfalse0 (also test_isfalse1/2)"),
    _ot(OT_T2, r"sqrt(Fa^2+Fb^2)", r" Fa + Fb   ", False, "test_isfalse0 (also test_isfalse1/2)"),
    _ot(
        OT_T2,
        r"sqrt(Fa^2+Fb^2)",
        r" newvar * Fa + Fb   ",
        False,
        "test_isfalse0 (undefined newvar)",
    ),
    _ot(OT_T2, r" a * b  ;  ", r"a b  ", True, "test_exposeglobals: second answer_check"),
    # --- OpenTA matrix/tests/test.py: cases not in basic/test.py ----------------------------
    _ot(
        OT_MATRIX,
        r" exp( theta *  [[0,-1] ,[1,0] ] ) ",
        r" [[ cos(theta), -sin(theta)],[sin(theta), cos(theta) ]] ",
        True,
        "test_complex",
    ),
    _ot(
        OT_MATRIX,
        r"a + 2 b  ",
        r" 2 b +  a ",
        True,
        "test_simple_matrix and test_simple_matrix2 (a, b matrices / non-commuting operators)",
    ),
    _ot(
        OT_MATRIX,
        r" M g ( xhat sin(alpha) + yhat ( 1 - cos(alpha) ) )",
        r"sin(alpha) M g xhat + M g ( 1 - cos(alpha)) yhat",
        True,
        "test_simple_matrix2 (xhat, yhat unit vectors)",
    ),
    # --- OpenTA dev_linear_algebra/test.py: (student_answer, correct) ------------------------
    _ot(
        OT_LA,
        r"x*y*z",
        r"x*y*z*(1/(1+z)+z/(1+z))+1-sqrt(1)",
        True,
        "test_variable (x = 2, y = 2 kg, z sampled)",
    ),
    _ot(OT_LA, r"exp( - z )", r"exp( -abs( z ) ) ", False, "test_sample (z sampled from 3, 0, -3)"),
    _ot(OT_LA, r"exp(  z )", r"exp( -abs( z ) ) ", False, "test_sample"),
    _ot(OT_LA, r"exp(  -  sqrt(z^2)  )", r"exp( -abs( z ) ) ", True, "test_sample"),
    _ot(
        OT_LA, r" (A * B)^3 ", r" A * B * A * B * A *  B ", True, "test_matrix (A, B 3x3 matrices)"
    ),
    _ot(OT_LA, r" (A * B)^3 ", r" A *  Mul( B , A ) * ( B * A ) * B ", True, "test_matrix"),
    _ot(OT_LA, r"-dot(v1,v2)", r"dot(v1,-v2)", True, "test_vector (v1, v2, v3 vectors)"),
    _ot(OT_LA, r"cross(v2,v1)", r"-cross(v1,v2)", True, "test_vector"),
    _ot(OT_LA, r"dot(v3, cross(v1, v2))", r"dot(v1, cross(v2, v3))", True, "test_vector"),
    _ot(
        OT_LA,
        r"a dot(v3, cross(v1, v2))",
        r"dot(v1, cross(a v2, v3))",
        True,
        "test_vector (a sampled scalar)",
    ),
    _ot(
        OT_LA,
        r"a dot(v3, cross(v1, v2))",
        r"dot(v1, cross(v2, v3))",
        False,
        "test_vector: False equalities",
    ),
    _ot(OT_LA, r"[a+0.01, 2, 0.01]", r"[a, 2, 0]", False, "test_vector: False equalities"),
    _ot(OT_LA, r"[2, 2, 0 ]", r"[a, 2, 0]", False, "test_vector: False equalities"),
    # --- RELATE: SymbolicExpressionMatcher({"type": "sym_expr", "value": "1/A"}) --------------
    _c(
        RELATE,
        RELATE_AT,
        gold=r"1/A",
        pred=r"A**(-1)",
        wrap=True,
        expected=True,
        why="test_symbolic_expression_matcher_grade: grade('A**(-1)').correctness == 1",
    ),
    _c(
        RELATE,
        RELATE_AT,
        gold=r"1/A",
        pred=r"a**(-1)",
        wrap=True,
        expected=False,
        why="test_symbolic_expression_matcher_grade: grade('a**(-1)').correctness == 0 (case sensitive)",
    ),
    _c(
        RELATE,
        RELATE_AT,
        gold=r"1/A",
        pred=r"A**(-2)",
        wrap=True,
        expected=False,
        why="test_symbolic_expression_matcher_grade: grade('A**(-2)').correctness == 0",
    ),
    _c(
        RELATE,
        RELATE_AT,
        gold=r"1/A",
        pred=r"A^^(-2)",
        wrap=True,
        expected=False,
        why="test_symbolic_expression_matcher_grade: grade('A^^(-2)').correctness == 0 (parse error)",
    ),
]
