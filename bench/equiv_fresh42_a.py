r"""A forty-second fresh set of answer-equivalence cases (evaluation only; helper "a": concrete
leads left by earlier helpers: the algebra-practice ``engine.test``, the Python port of WeBWorK's
answer checkers, the AIME ``check_answer.py`` and the OmniMath comparator).

Cases are transcribed from repositories that no earlier set used (checked against
bench/data/README.md, bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py,
bench/data/equiv_fresh4.md and /work/wt/fresh42_claims). Each case gives the reference answer
(``gold``), the prediction (``pred``: a bare answer to be put in ``\boxed{}`` when ``wrap`` is
True, else the whole completion as written) and the verdict (``expected``). ``where`` is
``path@commit`` in ``repo`` on github.com. Do not tune the judge on these cases.

Sources (repo, path @ commit, what is asserted, license of the stored copy):

- mdahlgrengadd/python-pg (the Python port of WeBWorK's PG, package ``pg``, that earlier helpers
  could not name: it holds ``pg/answermacros.py`` and ``pg/macros/answers/pg_answer_macros.py``)
  @ fc2d5f59b92841bfd18694dd93b3f2667038d37e. LICENSE is WeBWorK's (GPL v2 or later, or the
  Artistic License).

  * ``tests/answer/test_answer_checkers.py``: ``RealAnswerChecker(Real(x)).check(student)``
    asserting ``result['correct']`` (the two tests that pass a student string).
  * ``tests/pgmath/test_real.py``, ``test_fraction.py``, ``test_complex.py``, ``test_point.py``,
    ``test_vector.py``, ``test_interval.py``, ``test_set.py``, ``test_matrix.py``,
    ``test_infinity.py``, ``test_list.py``, ``test_math_value.py``: every assertion that two
    MathObject values are equal / unequal (``a == b``, ``a != b``, ``a.compare(b) is True/False``).
    These tests build the values with constructors (``Complex(2, 3)``, ``Point(1, 2)``,
    ``Interval('[', 0, 5, ')')``), not from strings; each case writes the value in WeBWorK's own
    notation (``2+3i``, ``(1,2)``, ``<1,2>`` for a Vector, ``[[1,2],[3,4]]`` for a Matrix,
    ``{1,2,3}`` for a Set, ``U`` for a Union, ``inf`` for Infinity, ``1, 2`` for a List), and
    ``why`` gives the constructor call. The receiver of ``compare`` is taken as the gold. Where a
    test passes an explicit tolerance (WeBWorK's default is 0.001 relative), ``why`` says so:
    those verdicts hold under WeBWorK's fuzzy comparison, not under exact equality.

Left out, by rule: String MathObject comparisons in ``tests/pgmath/test_string.py`` (case- and
whitespace-sensitive string identity: a policy, not a value); comparisons of computed results
(``List + scalar``, ``Complex`` arithmetic chains, ``matrix * matrix.inverse()`` compared with
the identity: arithmetic tests, not answer pairs); the ``DummyValue`` test double in
``test_math_value.py``; comparisons with non-MathValue objects (``FakeMathValue``, a Python
string raising ``AttributeError``); empty Lists; checker-construction, tolerance-field and
``AnswerResult`` partial-credit tests; ``FormulaUpToConstant`` cmp test (asserts only the result
keys, no verdict); the translator run-time tests (they grade each tutorial problem's own correct
answer, extracted at run time, so there is no fixed answer pair). Exact repeats of a pair already
taken from the same file (``compare`` repeating an ``==`` test, ``compare(..., tolerance=0.001)``
on identical values) are taken once.

Examined and not used:

- The algebra-practice ``engine.test`` (index id 70287742013: ``areEquivalent``, ``grade(...,
  'canonical_form')``, an English/Spanish app): its text is in the index but no repository could
  be tied to it. The three repositories holding ``src/lib/grading/engine.test.ts`` are other
  programs: Nizamitahirov/Gradex @ 7cfd9cac692cc91d08083fb9f8e30eaf27718c5d (job-grade banding),
  RavoxX/studilly @ d804ebfab1a0d1475c3cd979b7ce0c797ed2e654 (German school marks from points),
  mwalt92/teacher-grade-analytics @ 27903b7c5c8e10d99f1ef25b50b2a398d257c88c (weighted gradebook);
  so are the holders of ``lib/grading/engine.test.ts`` (pandacall/Robin-s-Portfolio: a network
  rubric) and ``packages/grading/src/engine.test.ts`` (Jintu-in/Jintu_MVP: rubric grading;
  Frejustedev/Coteris: exam points). ``grading/engine.test.ts``, ``server/src/grading/``,
  ``server/grading/``, ``apps/api/src/grading/`` and ``server/src/lib/grading/`` hold no copy.
- The Python port of the WIMS answer checker: not found. esandier/PyWimsOnHTML (a WIMS-like
  exercise runtime on Pyodide, ``runtime/pywims.py``) was read: its ``tests/python-tests.html``
  and ``tests/runtime-tests.html`` test input parsing, draws and the page's life cycle, with no
  answer-equivalence verdicts.
- AIME ``check_answer.py`` (id 36615348185, a 12-row ``test_cases`` table) and the OmniMath
  ``compare_answers`` module (id 66357419114): their texts are in the index, but neither could be
  tied to a repository (``data/aime/``, ``datasets/aime/`` and ``AIME/check_answer.py`` hold no
  copy; ``omnimath/`` and ``evaluation/answer_comparator.py`` hold none; ``src/answer_comparator.py``
  is held only by dseum2023/senior_design_project, used by earlier sets and a different module
  (``Type-aware comparison of normalized answers``); code search names no repository for either),
  so they are not transcribed.
- sherryzyh/physical_reasoning_toolkit turned up while searching; earlier sets already use it.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

R1 = "mdahlgrengadd/python-pg"
_AT = "@fc2d5f59b92841bfd18694dd93b3f2667038d37e"
R1_CHK = "tests/answer/test_answer_checkers.py" + _AT
R1_REAL = "tests/pgmath/test_real.py" + _AT
R1_FRAC = "tests/pgmath/test_fraction.py" + _AT
R1_CPLX = "tests/pgmath/test_complex.py" + _AT
R1_PT = "tests/pgmath/test_point.py" + _AT
R1_VEC = "tests/pgmath/test_vector.py" + _AT
R1_INT = "tests/pgmath/test_interval.py" + _AT
R1_SET = "tests/pgmath/test_set.py" + _AT
R1_MAT = "tests/pgmath/test_matrix.py" + _AT
R1_INF = "tests/pgmath/test_infinity.py" + _AT
R1_LIST = "tests/pgmath/test_list.py" + _AT
R1_MV = "tests/pgmath/test_math_value.py" + _AT

CASES = [
    # RealAnswerChecker(Real(...)).check(student string) -> result['correct']
    _c(
        R1,
        R1_CHK,
        gold=r"5.0",
        pred=r"5.0",
        wrap=True,
        expected=True,
        why="test_float_parsing_string: RealAnswerChecker(Real(5.0)).check('5.0')",
    ),
    _c(
        R1,
        R1_CHK,
        gold=r"5",
        pred=r"not a number",
        wrap=True,
        expected=False,
        why="test_float_parsing_invalid: RealAnswerChecker(Real(5)).check('not a number')",
    ),
    # Real == / != / compare
    _c(
        R1,
        R1_REAL,
        gold=r"5",
        pred=r"5",
        wrap=True,
        expected=True,
        why="test_eq_identical_values / test_eq_with_int: Real(5) == Real(5), Real(5) == 5",
    ),
    _c(
        R1,
        R1_REAL,
        gold=r"3.0",
        pred=r"3.0",
        wrap=True,
        expected=True,
        why="test_eq_with_float: Real(3.0) == 3.0",
    ),
    _c(
        R1,
        R1_REAL,
        gold=r"1.0",
        pred=r"1.0005",
        wrap=True,
        expected=True,
        why="test_eq_with_tolerance: Real(1.0) == Real(1.0005) under the default 0.001 relative "
        "tolerance (repeated by test_compare_method_within_tolerance)",
    ),
    _c(
        R1,
        R1_REAL,
        gold=r"5",
        pred=r"6",
        wrap=True,
        expected=False,
        why="test_ne_different_values: Real(5) != Real(6)",
    ),
    _c(
        R1,
        R1_REAL,
        gold=r"5",
        pred=r"5.5",
        wrap=True,
        expected=False,
        why="test_ne_with_float: Real(5) != 5.5",
    ),
    _c(
        R1,
        R1_REAL,
        gold=r"1.0",
        pred=r"1.01",
        wrap=True,
        expected=False,
        why="test_compare_method_outside_tolerance: Real(1.0).compare(Real(1.01), "
        "tolerance=0.001, mode='relative') is False",
    ),
    _c(
        R1,
        R1_REAL,
        gold=r"5.0",
        pred=r"5.001",
        wrap=True,
        expected=True,
        why="test_compare_method_absolute_tolerance: Real(5.0).compare(Real(5.001), "
        "tolerance=0.01, mode='absolute') is True",
    ),
    # Fraction
    _c(
        R1,
        R1_FRAC,
        gold=r"1/2",
        pred=r"1/2",
        wrap=True,
        expected=True,
        why="test_eq_identical_fractions: Fraction(1, 2) == Fraction(1, 2)",
    ),
    _c(
        R1,
        R1_FRAC,
        gold=r"1/2",
        pred=r"2/4",
        wrap=True,
        expected=True,
        why="test_eq_equivalent_fractions: Fraction(1, 2) == Fraction(2, 4)",
    ),
    _c(
        R1,
        R1_FRAC,
        gold=r"1/2",
        pred=r"1/3",
        wrap=True,
        expected=False,
        why="test_ne_different_fractions / test_compare_method_different: Fraction(1, 2) vs "
        "Fraction(1, 3)",
    ),
    # Complex
    _c(
        R1,
        R1_CPLX,
        gold=r"2+3i",
        pred=r"2+3i",
        wrap=True,
        expected=True,
        why="test_eq_identical_complex: Complex(2, 3) == Complex(2, 3)",
    ),
    _c(
        R1,
        R1_CPLX,
        gold=r"2+3i",
        pred=r"2+4i",
        wrap=True,
        expected=False,
        why="test_ne_different_complex: Complex(2, 3) != Complex(2, 4)",
    ),
    _c(
        R1,
        R1_CPLX,
        gold=r"5+0i",
        pred=r"5",
        wrap=True,
        expected=True,
        why="test_compare_with_real_promotion: Complex(5, 0).compare(Real(5)) is True",
    ),
    _c(
        R1,
        R1_CPLX,
        gold=r"2.0+3.0i",
        pred=r"2.0005+3.0005i",
        wrap=True,
        expected=True,
        why="test_compare_with_tolerance: Complex(2.0, 3.0).compare(Complex(2.0005, 3.0005), "
        "tolerance=0.001) is True",
    ),
    # Point
    _c(
        R1,
        R1_PT,
        gold=r"(1,2)",
        pred=r"(1,2)",
        wrap=True,
        expected=True,
        why="test_eq_identical_points: Point(1, 2) == Point(1, 2)",
    ),
    _c(
        R1,
        R1_PT,
        gold=r"(1,2)",
        pred=r"(2,1)",
        wrap=True,
        expected=False,
        why="test_eq_points_different_order: Point(1, 2) != Point(2, 1)",
    ),
    _c(
        R1,
        R1_PT,
        gold=r"(1,2)",
        pred=r"(1,3)",
        wrap=True,
        expected=False,
        why="test_compare_method_different: Point(1, 2).compare(Point(1, 3)) is False",
    ),
    _c(
        R1,
        R1_PT,
        gold=r"(1.0,2.0)",
        pred=r"(1.0005,2.0005)",
        wrap=True,
        expected=True,
        why="test_compare_with_tolerance: Point(1.0, 2.0).compare(Point(1.0005, 2.0005), "
        "tolerance=0.001) is True",
    ),
    _c(
        R1,
        R1_PT,
        gold=r"(1,2)",
        pred=r"(1,2,3)",
        wrap=True,
        expected=False,
        why="test_compare_different_dimensions: Point(1, 2).compare(Point(1, 2, 3)) is False",
    ),
    # Vector (WeBWorK writes vectors <a,b>)
    _c(
        R1,
        R1_VEC,
        gold=r"<1,2>",
        pred=r"<1,2>",
        wrap=True,
        expected=True,
        why="test_eq_identical_vectors: Vector(1, 2) == Vector(1, 2)",
    ),
    _c(
        R1,
        R1_VEC,
        gold=r"<1,2>",
        pred=r"<2,1>",
        wrap=True,
        expected=False,
        why="test_eq_vectors_different_order: Vector(1, 2) != Vector(2, 1)",
    ),
    _c(
        R1,
        R1_VEC,
        gold=r"<1,2>",
        pred=r"<1,3>",
        wrap=True,
        expected=False,
        why="test_compare_method_different: Vector(1, 2).compare(Vector(1, 3)) is False",
    ),
    _c(
        R1,
        R1_VEC,
        gold=r"<1.0,2.0>",
        pred=r"<1.0005,2.0005>",
        wrap=True,
        expected=True,
        why="test_compare_with_tolerance: Vector(1.0, 2.0).compare(Vector(1.0005, 2.0005), "
        "tolerance=0.001) is True",
    ),
    _c(
        R1,
        R1_VEC,
        gold=r"<1,2>",
        pred=r"<1,2,3>",
        wrap=True,
        expected=False,
        why="test_compare_different_dimensions: Vector(1, 2).compare(Vector(1, 2, 3)) is False",
    ),
    # Interval
    _c(
        R1,
        R1_INT,
        gold=r"[0,5)",
        pred=r"[0,5)",
        wrap=True,
        expected=True,
        why="test_compare_matches_matching_intervals: Interval('[', 0, 5, ')').compare("
        "Interval(0, 5, False, True)) is True",
    ),
    _c(
        R1,
        R1_INT,
        gold=r"[0,5)",
        pred=r"(0,5)",
        wrap=True,
        expected=False,
        why="test_compare_detects_difference: Interval('[', 0, 5, ')').compare("
        "Interval('(0,5)')) is False",
    ),
    # Set and Union
    _c(
        R1,
        R1_SET,
        gold=r"{1,2,3}",
        pred=r"{3,2,1}",
        wrap=True,
        expected=True,
        why="test_compare_is_order_independent: Set([1, 2, 3]).compare(Set([3, 2, 1]))",
    ),
    _c(
        R1,
        R1_SET,
        gold=r"{1,2}",
        pred=r"{1,3}",
        wrap=True,
        expected=False,
        why="test_compare_detects_different_sets: Set([1, 2]).compare(Set([1, 3])) is False",
    ),
    _c(
        R1,
        R1_SET,
        gold=r"(0,1) U {2}",
        pred=r"{2} U (0,1)",
        wrap=True,
        expected=True,
        why="test_union_compare: Union([Interval('(0,1)'), Set([2])]).compare("
        "Union([Set([2]), Interval('(0,1)')])) is True",
    ),
    # Matrix
    _c(
        R1,
        R1_MAT,
        gold=r"[[1,2],[3,4]]",
        pred=r"[[1,2],[3,4]]",
        wrap=True,
        expected=True,
        why="test_compare_identical_matrices_returns_true",
    ),
    _c(
        R1,
        R1_MAT,
        gold=r"[[1,2]]",
        pred=r"[[1,2],[3,4]]",
        wrap=True,
        expected=False,
        why="test_compare_different_shapes_returns_false: Matrix([[1, 2]]) vs "
        "Matrix([[1, 2], [3, 4]])",
    ),
    _c(
        R1,
        R1_MAT,
        gold=r"[[1.0,2.0],[3.0,4.0]]",
        pred=r"[[1.0005,2.0005],[2.9995,4.0004]]",
        wrap=True,
        expected=True,
        why="test_compare_with_tolerance_accepts_small_differences (tolerance=0.001)",
    ),
    _c(
        R1,
        R1_MAT,
        gold=r"[[1.0,2.0],[3.0,4.0]]",
        pred=r"[[1.1,2.0],[3.0,4.0]]",
        wrap=True,
        expected=False,
        why="test_compare_detects_difference_without_tolerance",
    ),
    _c(
        R1,
        R1_MAT,
        gold=r"[[1,2],[3,4]]",
        pred=r"<1,2>",
        wrap=True,
        expected=False,
        why="test_compare_with_non_matrix_returns_false: Matrix([[1, 2], [3, 4]]).compare("
        "Vector(1, 2)) is False",
    ),
    # Infinity
    _c(
        R1,
        R1_INF,
        gold=r"inf",
        pred=r"inf",
        wrap=True,
        expected=True,
        why="test_compare_matching_signs: Infinity(1).compare(Infinity(1)) is True",
    ),
    _c(
        R1,
        R1_INF,
        gold=r"inf",
        pred=r"-inf",
        wrap=True,
        expected=False,
        why="test_compare_matching_signs: Infinity(1).compare(Infinity(-1)) is False",
    ),
    # List (of Real values)
    _c(
        R1,
        R1_LIST,
        gold=r"1, 2",
        pred=r"1, 2",
        wrap=True,
        expected=True,
        why="test_compare_identical_lists: List([Real(1), Real(2)]) vs the same",
    ),
    _c(
        R1,
        R1_LIST,
        gold=r"1, 2",
        pred=r"1, 3",
        wrap=True,
        expected=False,
        why="test_compare_different_elements: List([1, 2]).compare(List([1, 3])) is False",
    ),
    _c(
        R1,
        R1_LIST,
        gold=r"1, 2",
        pred=r"1",
        wrap=True,
        expected=False,
        why="test_compare_different_lengths: List([1, 2]).compare(List([1])) is False",
    ),
    # Real promoted to Complex
    _c(
        R1,
        R1_MV,
        gold=r"2",
        pred=r"2+0i",
        wrap=True,
        expected=True,
        why="test_promote_types_returns_common_type: Real(2) promoted against Complex(1, 1), then "
        ".compare(Complex(2, 0)) is truthy",
    ),
]
