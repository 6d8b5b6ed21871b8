r"""A fortieth fresh set of answer-equivalence cases (evaluation only; helper "e": answer checkers
of LMS / homework / e-learning platforms that earlier sets had not used).

Cases are transcribed from repositories that no earlier set used (checked against
bench/data/README.md, bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py,
bench/data/equiv_fresh4.md and /work/wt/fresh40_claims). Each case gives the reference answer
(``gold``), the prediction (``pred``: a bare answer to be put in ``\boxed{}`` when ``wrap`` is
True, else the whole completion as written) and the verdict (``expected``). ``where`` is
``path@commit`` in ``repo`` on github.com. Do not tune the judge on these cases.

Sources (repo, path @ commit, what is asserted, license of the stored copy):

- HildoBijl/stepwise (Step-Wise, the University of Twente exercise platform; its own CAS and
  its exercise answer comparison) @ 1b3dea958d1958f539a83586540f484b51972090, MIT:
  ``packages/cas/src/expressions/expression.test.ts`` (``asExpression(a).equivalent(b)``),
  ``packages/cas/src/equations/equations.test.ts`` (``asEquation(a).equivalent(b)``: same
  solution set up to a constant factor),
  ``packages/cas/src/core/tests/comparisons/equivalence.test.ts`` (``equivalent(a, b)`` on
  expressions built with the CAS constructors; each case's ``why`` quotes the constructor call
  and gold/pred are its plain-text rendering: ``sum(x, 1, -1)`` is ``x+1-1``, ``plusMinus(x)`` is
  ``\pm x``, ``negative(a)`` is ``-a``, ``fraction(a, b)`` is ``a/b``, ``power(a, b)`` is ``a^b``, ``product(2, x)`` is ``2x``;
  FloatUnit inputs given as number and unit structures are written ``3.0 m/s``),
  ``packages/exercise-grading/src/exercise-grading.test.ts`` (``compare(key, data)``: the
  student's raw input against the exercise solution, default options only),
  ``packages/physics-core/src/Float/Float.test.ts`` and
  ``packages/physics-core/src/FloatUnit/FloatUnit.test.ts`` (``new Float(ref).equals(input)``,
  ``new FloatUnit(ref).equals(input)``, default options only). The object the method is called
  on (or the exercise solution) is the gold; the argument (or the student input) is the pred.
- inducer/relate (RELATE, the UIUC course/quiz system) ``tests/test_pages/test_text.py`` @
  eeec2f897d06652fcbc11d89bebd741528abfd35 (``SymbolicExpressionMatcher`` with value ``1/A``:
  ``grade(answer).correctness`` 1 or 0). MIT/X Consortium license (LICENSE).
- opentaproject/openta-public (OpenTA, the Chalmers online-exercise system for physics and maths)
  @ f4ec699151af5bd0fb5f33d5874533fa53fe8b70, AGPL-3.0 (LICENSE):
  ``openta/django/backend/exercises/questiontypes/basic/test.py`` (``compare_expressions(key,
  answer, global_text)``: ``core.py`` checks the syntax of the second argument, the student's
  answer, so the first is the gold), ``.../basic/tests/test2.py`` (``answer_check`` of a student
  string against the question's ``<expression>``) and ``.../matrix/tests/test.py`` (its cases not
  already in ``basic/test.py``), and
  ``openta/django/backend/exercises/tests/questiontypes/dev_linear_algebra/test.py``
  (``linear_algebra_compare_expressions(precision, variables, student_answer, correct)``: the
  fourth argument is the gold). The questions bind names in a ``<global>`` block (``Fa = 3 kg
  meter / second^2``, ``gam = .9915``...); the cases taken are those whose verdict holds for any
  values of those names (identities, ``sqrt(Fa^2+Fb^2)`` against ``Fa + Fb``), each distinct
  (gold, pred) pair once.

Left out, by rule: Step-Wise's assertions under non-default comparison options (absolute
tolerances, ``significantDigitTolerance: 0``, ``checkPower``, unit ``checkSize`` / ``combine`` /
``target``, ``allowOrderChanges: false``, ``allowSwitch``), its ``isConstantMultiple`` /
``isIntegerMultiple`` / ``equalStructure`` checks (not answer equivalence), its
significant-digit precision checks (``Float('3.0')`` accepting ``3.05`` and rejecting ``3.06``,
``Float('1.60')`` accepting ``1.604`` and rejecting ``1.606``: a precision policy tied to the
reference's written digits), multiple-choice, custom compare-function and geometry-object
(vector / line / segment / rectangle) comparisons, unit-only comparisons (``Unit`` objects with
no number), polynomial coefficient-array comparisons and the ``direction`` reports. RELATE: the
plain / case-insensitive / regex text matchers (not math), the float matcher's tolerance
settings in the inline-question fixtures (no asserted student answers), ``float_or_sympy_evalf``
(an evaluator).

OpenTA: assertions whose verdict depends on the numbers the globals assign (``2 * q1dot`` vs
``8``, ``2 sin( 4 ) cos( N(4.0,53) )`` vs ``sin( 2 N )``, ``y == x^3`` with ``y = x^3``, ``1`` vs
``a - b`` with ``a = 2``, ``b = 1``, ``v3`` vs ``cross(v1, v2)``, names bound to matrices,
vectors, complex numbers or functions such as ``B = sympy.binomial``, ``f(r,s) := r^2 s``), the
precision-argument checks (``2.001`` vs ``two`` at ``0.001``), non-commuting symbols declared
with ``op`` and matrix products (``B * A * B * A * B * A`` vs ``(A * B)^3``), variable
black-lists and staff / ``exposeglobals`` switches, ``<istrue>`` / ``<isfalse>`` predicates with
their own feedback (eigenvalue / eigenvector / rotation conditions, ``IsHermitian``,
``linear_algebra_check_if_true``), the ``xfail`` test, the string-rewriting tests
(``ascii_to_sympy``, ``insert_implicit_multiply``), a question with two accepted
``<expression>`` keys, differential one-forms, the exact-form policy rejecting a decimal answer
to an exact key (``sqrt(2)`` vs ``sqrt(2.0)``, ``sqrt(2)`` vs ``1/2 * sqrt(8.)``) and the
parser's rejection of ``e^-1`` (unparenthesised negative exponent) against ``1/e``. Not read:
the ``core`` question-type tests (copies of ``basic``'s), ``matrix/tests/test2.py`` to
``test5.py`` beyond a look at ``test2.py`` (repeats of ``basic`` plus custom ``RotationMatrix`` /
``hat`` predicates), ``qm/test.py`` (quantum-mechanics operators) and
``dev_linear_algebra/test3.py`` / ``test3ok.py``.

Examined and not used: moodleou/moodle-qtype_combined @ 06015a9219b17b8021de457c39a303e768bfc695
(walkthrough tests grade gap-select / multiple-response sub-questions and partial marks; no
numeric or formula answer pairs), fontinixxl/moodle-qtype_programmedresp @
42f8ffdfb33ec79c83c6c2e8b5151276363d62db (no tests), jmshea/jupyterquiz @
2a53da811bdf3de3e99e659c10580291f0504334 (its example answer key has multiple-choice options and
numeric ranges only), openwebwork/webwork3 @ 4bad6cac93f6698a1975bbdcc68f351d48274e84 (course,
set and user store tests; no answer checking), opentaproject/openta (no stored snapshot; its
public copy openta-public is used above). instructure/canvas-lms and ILIAS-eLearning/ILIAS hold
the numerical / formula question graders this helper was asked about, but earlier sets name them
(as too large to fetch), so they were not read.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

SW = "HildoBijl/stepwise"

_SW = "1b3dea958d1958f539a83586540f484b51972090"

SW_EXPR = f"packages/cas/src/expressions/expression.test.ts@{_SW}"

SW_EQN = f"packages/cas/src/equations/equations.test.ts@{_SW}"

SW_EQV = f"packages/cas/src/core/tests/comparisons/equivalence.test.ts@{_SW}"

SW_GRADE = f"packages/exercise-grading/src/exercise-grading.test.ts@{_SW}"

SW_FLOAT = f"packages/physics-core/src/Float/Float.test.ts@{_SW}"

SW_FU = f"packages/physics-core/src/FloatUnit/FloatUnit.test.ts@{_SW}"

OT = "opentaproject/openta-public"

_OT = "f4ec699151af5bd0fb5f33d5874533fa53fe8b70"

_OTQ = "openta/django/backend/exercises/questiontypes"

OT_BASIC = f"{_OTQ}/basic/test.py@{_OT}"

OT_T2 = f"{_OTQ}/basic/tests/test2.py@{_OT}"

OT_MATRIX = f"{_OTQ}/matrix/tests/test.py@{_OT}"

OT_LA = f"openta/django/backend/exercises/tests/questiontypes/dev_linear_algebra/test.py@{_OT}"

RELATE = "inducer/relate"

RELATE_AT = "tests/test_pages/test_text.py@eeec2f897d06652fcbc11d89bebd741528abfd35"


def _ot(where: str, gold: str, pred: str, ok: bool, why: str) -> dict[str, object]:
    return _c(OT, where, gold=gold, pred=pred, wrap=True, expected=ok, why=why)


def _sw(where: str, gold: str, pred: str, ok: bool, why: str) -> dict[str, object]:
    return _c(SW, where, gold=gold, pred=pred, wrap=True, expected=ok, why=why)


CASES = [
    # --- Step-Wise: expression.test.ts, "expression equivalence" -------------------------------
    _sw(SW_EXPR, r"x+1-1", r"x", True, "detects equivalent expressions"),
    _sw(SW_EXPR, r"2*x+3*x", r"5*x", True, "detects equivalent expressions"),
    _sw(SW_EXPR, r"(x*y)/y", r"x", True, "detects equivalent expressions"),
    _sw(SW_EXPR, r"x+1", r"x+2", False, "detects non-equivalent expressions"),
    # --- Step-Wise: equations.test.ts, "equation equality and equivalence" ---------------------
    _sw(SW_EQN, r"2*x=6", r"4*x=12", True, "detects equivalent equations"),
    _sw(SW_EQN, r"2*x=6", r"2*x-6=0", True, "detects equivalent equations"),
    _sw(SW_EQN, r"2*x=6", r"4*x-12=0", True, "detects equivalent equations"),
    _sw(SW_EQN, r"2*x=6", r"2*x=8", False, "detects non-equivalent equations"),
    _sw(SW_EQN, r"2*x=6", r"2*x^2=6*x", False, "detects non-equivalent equations"),
    _sw(SW_EQN, r"2*x=6", r"4*x*y-12*y=0", False, "detects non-equivalent equations"),
    # --- Step-Wise: equivalence.test.ts (constructor calls rendered as text) -------------------
    _sw(SW_EQV, r"x", r"x", True, "detects simple equal expressions: expectEquivalent(x, x)"),
    _sw(
        SW_EQV,
        r"x+1",
        r"1+x",
        True,
        "detects simple equal expressions: expectEquivalent(sum(x, 1), sum(1, x))",
    ),
    _sw(
        SW_EQV,
        r"2x",
        r"x*2",
        True,
        "detects simple equal expressions: expectEquivalent(product(2, x), product(x, 2))",
    ),
    _sw(
        SW_EQV,
        r"x+1-1",
        r"x",
        True,
        "detects equivalence through normalization: expectEquivalent(sum(x, 1, -1), x)",
    ),
    _sw(
        SW_EQV,
        r"2x+3x",
        r"5x",
        True,
        "detects equivalence through normalization: "
        "expectEquivalent(sum(product(2, x), product(3, x)), product(5, x))",
    ),
    _sw(
        SW_EQV,
        r"(x*y)/y",
        r"x",
        True,
        "detects equivalence through normalization: expectEquivalent(fraction(product(x, y), y), x)",
    ),
    _sw(
        SW_EQV,
        r"(x^2)^3",
        r"x^6",
        True,
        "detects equivalence through normalization: expectEquivalent(power(power(x, 2), 3), power(x, 6))",
    ),
    _sw(SW_EQV, r"x", r"y", False, "detects non-equivalence: expectNotEquivalent(x, y)"),
    _sw(
        SW_EQV,
        r"x+1",
        r"x+2",
        False,
        "detects non-equivalence: expectNotEquivalent(sum(x, 1), sum(x, 2))",
    ),
    _sw(
        SW_EQV,
        r"2x",
        r"3x",
        False,
        "detects non-equivalence: expectNotEquivalent(product(2, x), product(3, x))",
    ),
    _sw(
        SW_EQV,
        r"(-x)/(-y)",
        r"x/y",
        True,
        "handles fractions and signs: expectEquivalent(fraction(negative(x), negative(y)), fraction(x, y))",
    ),
    _sw(
        SW_EQV,
        r"(-x)/y",
        r"-(x/y)",
        True,
        "handles fractions and signs: expectEquivalent(fraction(negative(x), y), negative(fraction(x, y)))",
    ),
    _sw(
        SW_EQV,
        r"x/y",
        r"y/x",
        False,
        "handles fractions and signs: expectNotEquivalent(fraction(x, y), fraction(y, x))",
    ),
    _sw(
        SW_EQV,
        r"\pm x",
        r"\pm x",
        True,
        "handles equivalent plural expressions: expectEquivalent(plusMinus(x), plusMinus(x))",
    ),
    _sw(
        SW_EQV,
        r"-(\pm x)",
        r"\pm x",
        True,
        "handles equivalent plural expressions: expectEquivalent(negative(plusMinus(x)), plusMinus(x))",
    ),
    _sw(
        SW_EQV,
        r"x \pm 2",
        r"x \pm 2",
        True,
        "handles equivalent plural expressions: "
        "expectEquivalent(sum(x, plusMinus(2)), sum(x, plusMinus(2)))",
    ),
    _sw(
        SW_EQV,
        r"x \pm 2",
        r"\pm 2 + x",
        True,
        "handles equivalent plural expressions: "
        "expectEquivalent(sum(x, plusMinus(2)), sum(plusMinus(2), x))",
    ),
    _sw(
        SW_EQV,
        r"x \pm 2 \pm 3",
        r"x \pm 3 \pm 2",
        True,
        "handles equivalent plural expressions: "
        "expectEquivalent(sum(x, plusMinus(2), plusMinus(3)), sum(x, plusMinus(3), plusMinus(2)))",
    ),
    _sw(
        SW_EQV,
        r"\pm x",
        r"x",
        False,
        "detects non-equivalent plural expressions: expectNotEquivalent(plusMinus(x), x)",
    ),
    _sw(
        SW_EQV,
        r"x \pm 2",
        r"x+2",
        False,
        "detects non-equivalent plural expressions: expectNotEquivalent(sum(x, plusMinus(2)), sum(x, 2))",
    ),
    _sw(
        SW_EQV,
        r"x \pm 2",
        r"x \pm 3",
        False,
        "detects non-equivalent plural expressions: "
        "expectNotEquivalent(sum(x, plusMinus(2)), sum(x, plusMinus(3)))",
    ),
    _sw(
        SW_EQV,
        r"x \pm 2 \pm 3",
        r"x \pm 2 \pm 4",
        False,
        "detects non-equivalent plural expressions: "
        "expectNotEquivalent(sum(x, plusMinus(2), plusMinus(3)), sum(x, plusMinus(2), plusMinus(4)))",
    ),
    # --- Step-Wise: exercise-grading.test.ts, compare(...) with default options ---------------
    _sw(
        SW_GRADE,
        r"12",
        r"12",
        True,
        "compares integers using exact comparison: input '12', solution 12",
    ),
    _sw(
        SW_GRADE,
        r"12",
        r"13",
        False,
        "compares integers using exact comparison: input '13', solution 12",
    ),
    _sw(
        SW_GRADE,
        r"3.0 m/s",
        r"3.0 m/s",
        True,
        "compares FloatUnit objects with default options: input 3.0 with unit m/s, solution FloatUnit('3.0 m/s')",
    ),
    _sw(
        SW_GRADE,
        r"3.0 m/s",
        r"3.1 m/s",
        False,
        "compares FloatUnit objects with default options: input 3.1 with unit m/s, solution FloatUnit('3.0 m/s')",
    ),
    _sw(
        SW_GRADE,
        r"2x",
        r"2*x",
        True,
        "compares CAS Expression objects with default options: input '2*x', solution asExpression('2x')",
    ),
    _sw(
        SW_GRADE,
        r"x*2",
        r"2*x",
        True,
        "compares CAS Expression objects with default options: input '2*x', solution asExpression('x*2')",
    ),
    _sw(
        SW_GRADE,
        r"3x",
        r"2*x",
        False,
        "compares CAS Expression objects with default options: input '2*x', solution asExpression('3x')",
    ),
    _sw(
        SW_GRADE,
        r"2=x",
        r"2=x",
        True,
        "compares CAS Equation objects with default options: input '2=x', solution asEquation('2=x')",
    ),
    _sw(
        SW_GRADE,
        r"3=x",
        r"2=x",
        False,
        "compares CAS Equation objects with default options: input '2=x', solution asEquation('3=x')",
    ),
    # --- Step-Wise: Float.test.ts / FloatUnit.test.ts, equals with default options ------------
    _sw(
        SW_FLOAT,
        r"1.60",
        r"1.6",
        True,
        "checks significant-digit tolerance: new Float('1.60').equals('1.6') (default options)",
    ),
    _sw(
        SW_FLOAT,
        r"1.2 * 10^3",
        r"12 * 10^2",
        True,
        "checks power when requested: new Float('1.2 * 10^3').equals('12 * 10^2') (default options)",
    ),
    _sw(
        SW_FU,
        r"2.00 m",
        r"200 cm",
        True,
        "checks equality with converted units: new FloatUnit('2.00 m').equals('200 cm')",
    ),
    _sw(
        SW_FU,
        r"2.00 m",
        r"2.00 s",
        False,
        "checks equality with converted units: new FloatUnit('2.00 m').equals('2.00 s')",
    ),
    _sw(
        SW_FU,
        r"2.00 m",
        r"201 cm",
        False,
        "returns structured equality results: new FloatUnit('2.00 m').checkEquality('201 cm').equal",
    ),
    # --- OpenTA basic/test.py: compare_expressions(key, answer, global_text) -----------------
    _ot(
        OT_BASIC,
        r"a b ",
        r"b a ",
        True,
        "test_commutative_and_noncommutative_operators: a, b declared with var (commuting)",
    ),
    _ot(
        OT_BASIC,
        r"1/2 -  3 * f2 / (8*f1)  ",
        r"1/2 -  3 * f2 / (8*f1) ",
        True,
        "test_unary_minus: answer_check (f1, f2 forces with units)",
    ),
    _ot(
        OT_BASIC,
        r"1/2 -  3 * f2 / (8*f1)  ",
        r"-3*f2/(8*f1)+1/2",
        True,
        "test_unary_minus: answer_check",
    ),
    _ot(
        OT_BASIC,
        r" -F*h*b/sqrt(h^2+b^2) ",
        r"-F/sqrt(1/h^2+1/b^2)",
        True,
        "test_simplify: answer_check (F a force, h and b positive lengths)",
    ),
    _ot(OT_BASIC, r"e^(abs(z))", r"e^(-z)", False, "test_sampling (z sampled with both signs)"),
    _ot(OT_BASIC, r"e^(abs(z))", r"e^(z)", False, "test_sampling"),
    _ot(OT_BASIC, r"e^(abs(z))", r"e^( abs( - z ) )", True, "test_sampling"),
    _ot(OT_BASIC, r"sqrt(2)", r"1/2 * sqrt(8)", True, "test_exact (also test_syntax)"),
    _ot(OT_BASIC, r"sqrt(2.0000001)", r"1/2 * sqrt(8)", False, "test_exact"),
    _ot(OT_BASIC, r"1/2 * sqrt(8.0)", r"sqrt(2.0)", True, "test_exact"),
    _ot(OT_BASIC, r"-F*h*b/sqrt(h^2+b^2)", r"-F/sqrt(1/h^2+1/b^2)", True, "test_exact"),
    _ot(OT_BASIC, r"F(a)", r"F*a", False, "test_exact (F = 3 kg meter / second^2)"),
    _ot(OT_BASIC, r"F(a)", r"Fa", False, "test_exact"),
    _ot(OT_BASIC, r"sqrt(2.0)", r"sqrt(2)", True, "test_syntax (no globals)"),
    _ot(OT_BASIC, r"e^1", r"e", True, "test_syntax"),
    _ot(OT_BASIC, r"sin( 2 gam )", r"2 sin( gam ) cos(gam) ", True, "test_clashes"),
    _ot(OT_BASIC, r"sin( 2 gamma )", r"2 sin( gamma ) cos(gamma) ", True, "test_clashes"),
    _ot(OT_BASIC, r"sin( 2 beta )", r"2 sin( beta ) cos(beta) ", True, "test_clashes"),
    _ot(OT_BASIC, r"sin( 2 alpha )", r"2 sin( alpha ) cos(alpha) ", True, "test_clashes"),
    _ot(OT_BASIC, r"sin( 2 zeta )", r"2 sin(zeta) cos(zeta) ", True, "test_clashes"),
    _ot(OT_BASIC, r"sin( 2 z )", r"2 sin( z ) cos(z ) ", True, "test_clashes"),
    _ot(OT_BASIC, r"sin( 2 Q )", r"2 sin( Q ) cos(Q ) ", True, "test_clashes"),
    _ot(OT_BASIC, r"sin( 2 FF )", r"2 sin( FF ) cos( FF ) ", True, "test_clashes"),
    _ot(OT_BASIC, r"sin( 2 ff )", r"2 sin( ff ) cos( ff ) ", True, "test_clashes (asserted twice)"),
    _ot(OT_BASIC, r"sin( 2 S )", r"2 sin( S ) cos(S ) ", True, "test_clashes"),
    _ot(OT_BASIC, r"zeta/zeta", r"1", True, "test_clashes"),
    _ot(OT_BASIC, r" 1/2 - 3 * F2 / (8*F1)  ", r" 1/2 - 3 * F2 / (8*F1)   ", True, "test_units"),
    _ot(
        OT_BASIC,
        r" 1/2 - 3 * F2 / (8*F1)  ",
        r" 1/2 F1 - 3 * F2 / (8*F1)   ",
        False,
        "test_units ('Incorrect units' warning; F1, F2 forces)",
    ),
    # --- OpenTA basic/tests/test2.py: answer_check(student) against <expression> ------------
    _ot(
        OT_T2,
        r"sqrt(Fa^2+Fb^2)",
        r" sqrt(Fa^2+Fb^2)  ",
        True,
        "test_simple (also test_isfalse0/1/2)",
    ),
    _ot(OT_T2, r"sqrt(Fa^2+Fb^2)", r"  Fa * v1   ", False, "test_simple (undefined v1)"),
    _ot(OT_T2, r"sqrt(Fa^2+Fb^2)", r"  Fa * vf( 43)    ", False, "test_simple (undefined vf)"),
    _ot(OT_T2, r"sqrt(Fa^2+Fb^2)", r"  Fa * Fb * vf( 43)    ", False, "test_simple (undefined vf)"),
]
