r"""An eleventh fresh set of answer-equivalence cases (evaluation only; helper "b": answer checkers
of online-course systems that compare a student's expression with the instructor's, built on a
numeric sampler or a computer-algebra system).

Each case gives the reference answer (``gold``: the instructor's answer), the prediction
(``pred``: the submitted expression, a bare answer to be put in ``\boxed{}``, so ``wrap`` is True)
and the verdict the test asserts (``expected``). ``where`` is ``path@commit`` in ``repo`` on
github.com. Expressions are kept in the plain-text syntax of the grader (``x^2``, ``n**2``,
``sqrt(-4)``, ``infty``, ``[1, 2)``); nothing was rewritten into LaTeX. Do not tune the judge on
these cases.

Sources (repo, path @ commit, license of the stored copy):

- mitodl/mitx-grading-library (MITx's Python grading library for edX courses: FormulaGrader
  compares expressions by sampling the variables, IntervalGrader compares intervals,
  MatrixGrader compares matrix/vector expressions) @ 7cdcfc4651771ee3f6e6db779d42b8f4524ed14d,
  BSD-3-Clause: ``tests/formulagrader/test_formulagrader.py`` (``grader(None, pred)['ok']`` with
  ``answers=gold``), ``tests/formulagrader/test_intervalgrader.py`` (``grader(gold, pred)``; a
  half-credit bracket mismatch, ``grade_decimal == 0.5``, is read as not equivalent) and
  ``tests/formulagrader/test_matrixgrader.py``.
- PrairieLearn/PrairieLearn (the online assessment system of the University of Illinois and
  others) @ 88fb8556a7a1768e2082736be9095241b11238d7, LICENSE: PrairieLearn's mixed license (the
  University of Illinois and contributor portions MIT): ``apps/prairielearn/elements/
  pl-big-o-input/big_o_utils_test.py`` (``grade_o/theta/omega_expression(a_true, a_sub)``, a
  SymPy-based checker; full credit is read as equivalent; partial credit for lower-order terms,
  unnecessary constants or a too-loose bound, and zero credit, are read as not equivalent: every
  such pair is mathematically unequal; a pair that several tests share is kept once) and
  ``apps/prairielearn/elements/pl-units-input/units_utils_test.py`` (pint-based unit checker).
- cortex-js/compute-engine (CortexJS Compute Engine, the TypeScript computer-algebra system behind
  MathLive-based answer checking) @ a556957687e0fa704b789a6f711835a72f3afc7d, MIT:
  ``test/compute-engine/equal.test.ts`` (``ce.parse(a).isEqual(ce.parse(b))`` and
  ``.isIdenticallyEqual()``, including relations with the same solution set),
  ``test/compute-engine/stochastic-equal.test.ts``, ``test/compute-engine/identically-equal.test.ts``,
  ``test/compute-engine/trigonometry.test.ts`` and ``test/compute-engine/radical-arithmetic.test.ts``
  (``e.simplify().isEqual(target)``: read as the pair (e, target)) and
  ``test/compute-engine/benchmarks/grudnitski.test.ts`` (a port of an answer-checker benchmark:
  ``isEquivalent(a, b)``, structural ``isSame`` after parsing). Strings are the values the
  TypeScript source holds (``'\\frac13'`` is stored as ``r"\frac13"``); ``gold`` is the
  receiver ``a``, ``pred`` the argument ``b``.

Left out, by rule: verdicts that depend on a configured tolerance (mitx ``tolerance=0.1``,
``"1%"``, ``0``, ``"0.1%"`` offsets such as ``0.01+...`` against ``1+tan(3/2)``; PrairieLearn's
``rtol``/``atol`` rows except those whose verdict holds for any tolerance: a different unit or
dimension, or an exact match), partial-credit magnitudes (``magnitude_partial_credit``), user
functions, user constants, instructor variables, dependent samplers and sibling references
(their verdict depends on definitions outside the pair), black/whitelist and forbidden-string
errors, raised errors (invalid input, shape errors, overflow), empty input, metric suffixes
(``2m`` read as 0.002), pairs where the submission is the reference string itself under a custom
configuration (they test the configuration, not equivalence), multi-answer golds
(``{'expect': ("(1,2]", '(3,4]')}``), a row matrix graded against a vector (shape policy),
PrairieLearn's degenerate submissions (``0``, ``1/0``, ``0/0``, ``1/log(1)``: type-error
feedback) and its parser/normaliser tests (``sympy_utils_test.py``, ``symbolic_input_test.py``,
``pl-symbolic-input_test.py``: string-to-SymPy conversion, not pairs of answers). PrairieLearn's
``test_is_numberless`` is not equivalence. Compute Engine: verdicts of ``undefined`` (its
three-valued contract for non-identities such as ``x^2`` vs ``x^3``, ``x+1`` vs ``x+2``), pairs
built with ``ce.box``/``ce.number`` from MathJSON or floats rather than parsed from LaTeX, pairs
under assignments or assumptions (``g := x^2+1``, ``w>4``), ``ApproxEqual``, congruences, chains,
boolean-logic equivalence, the ``arithmetic tier is inert`` checks, and every ``describe.skip`` /
``test.skip`` block of grudnitski.test.ts (disabled; several encode a no-simplification policy).
Pairs repeated across the Compute Engine files are kept once.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

MITX = "mitodl/mitx-grading-library"
MITX_C = "7cdcfc4651771ee3f6e6db779d42b8f4524ed14d"
MITX_FG = f"tests/formulagrader/test_formulagrader.py@{MITX_C}"
MITX_IG = f"tests/formulagrader/test_intervalgrader.py@{MITX_C}"
MITX_MG = f"tests/formulagrader/test_matrixgrader.py@{MITX_C}"
PL = "PrairieLearn/PrairieLearn"
PL_C = "88fb8556a7a1768e2082736be9095241b11238d7"
PL_BIGO = f"apps/prairielearn/elements/pl-big-o-input/big_o_utils_test.py@{PL_C}"
PL_UNITS = f"apps/prairielearn/elements/pl-units-input/units_utils_test.py@{PL_C}"

# (where, gold = answers, pred = student input, ok, why)
_MITX_ROWS = [
    (MITX_FG, "2*i", "sqrt(-4)", True, "FormulaGrader: sqrt of a negative number"),
    (MITX_FG, "2*i", "(-4)^0.5", True, "FormulaGrader: half power of a negative number"),
    (
        MITX_FG,
        "1+tan(3/2)",
        "(cos(3/2) + sin(3/2))/cos(3/2 + 2*pi)",
        True,
        "FormulaGrader: trig identity (tolerance 0.1%; the pair is exactly equal)",
    ),
    (MITX_FG, "2%", "0.02", True, "FormulaGrader: percent suffix, 2% = 0.02"),
    (MITX_FG, "-1", "i^2", True, "FormulaGrader: i is the imaginary unit by default"),
    (
        MITX_FG,
        "sin(0.4)/cos(0.4)",
        "cos(0.4)/sin(0.4)",
        False,
        "FormulaGrader (blacklist tan): reciprocal is marked wrong",
    ),
    (
        MITX_FG,
        "2*sin(x)*cos(x)",
        "sin(3*x)",
        False,
        "FormulaGrader (variables x; forbidden strings): incorrect answer marked wrong",
    ),
    (
        MITX_FG,
        "1+x^2+y^2",
        "(x+y+1)^2 - 2*x-2*y-2*x*y",
        True,
        "FormulaGrader (variables x, y): expanded identity",
    ),
    (
        MITX_FG,
        "z^2",
        "(z-1)*(z+1)+1",
        True,
        "FormulaGrader (variable z; five sampling domains, same verdict): identity",
    ),
    (MITX_FG, "x*x", "x^2", True, "FormulaGrader (variable x; test_docs)"),
    (MITX_FG, "pi", "1", False, "FormulaGrader: default comparer"),
    (MITX_FG, "pi", "3.141592653", True, "FormulaGrader: default tolerance accepts 10 digits"),
    (MITX_FG, "infty", "-infty", False, "FormulaGrader (allow_inf): sign of infinity"),
    (MITX_IG, "[1, 2)", "[1, 2)", True, "IntervalGrader: same interval"),
    (MITX_IG, "[1, 2)", "[1, 2]", False, "IntervalGrader: closing bracket differs (half credit)"),
    (MITX_IG, "(1, 2)", "[1, 2]", False, "IntervalGrader: both brackets differ (no credit)"),
    (MITX_IG, "(1, 2)", "(2, 3)", False, "IntervalGrader: different endpoints (no credit)"),
    (
        MITX_IG,
        "(x, y^2 + 1)",
        "(x, y^2+1]",
        False,
        "IntervalGrader with FormulaGrader(variables x, y): closing bracket differs (half credit)",
    ),
    (
        MITX_MG,
        "x*A*B*u + z*C^3*v/(u*C*v)",
        "z*C^3*v/(u*C*v) + x*A*B*u",
        True,
        "MatrixGrader (A 2x3, B 3x2, C 2x2, u, v vectors): terms swapped",
    ),
    (MITX_MG, "A^2", "A^3*A^-1", True, "MatrixGrader (A a square matrix): inverse allowed"),
    (MITX_MG, "[1, 2, 3]", "10", False, "MatrixGrader: scalar against a vector"),
    (MITX_MG, "[1, 2, 3]", "[1, 2, 3] + 1", False, "MatrixGrader: vector plus scalar"),
    (MITX_MG, "[1, 2, 3]", "[1, 2, 3, 4]", False, "MatrixGrader: wrong length"),
]

# Big-O checker: (a_true, a_sub, full credit?, test name); variables n (and m where used)
_BIGO_ROWS = [
    ("n**2", "n**2", True, "test_correct_answer"),
    ("n**2", "n ** 2", True, "test_correct_answer"),
    ("n**2", "n^2", True, "test_correct_answer"),
    ("n^2", "n**2", True, "test_correct_answer"),
    ("factorial(n)", "n!", True, "test_correct_answer"),
    ("log(n)", "log n", True, "test_correct_answer"),
    ("n*log(n)**2", "n log^2 n", True, "test_correct_answer"),
    ("log(n)", "1*log(n)", True, "test_semantically_correct_answer"),
    ("log(n)", "log(n-n+n)", True, "test_semantically_correct_answer"),
    ("n**2", "n**(2)", True, "test_semantically_correct_answer"),
    ("n**2", "n**(1+1)", True, "test_semantically_correct_answer"),
    ("n**2", "n**(1+1-1+1)", True, "test_semantically_correct_answer"),
    ("2**n", "2**(n)", True, "test_semantically_correct_answer"),
    ("2**n", "(1+1)**n", True, "test_semantically_correct_answer"),
    ("factorial(n)", "n * factorial(n-1)", True, "test_semantically_correct_answer"),
    ("log(n)", "log(n)+log(log(n))", False, "test_lower_order_terms"),
    ("log(n)", "log(n)+42", False, "test_lower_order_terms"),
    ("n**2", "n**2 + n", False, "test_lower_order_terms"),
    ("n**2", "n**2 + log(n)", False, "test_lower_order_terms"),
    ("n**2", "n**2 + log(n) + 5*n + 5", False, "test_lower_order_terms"),
    ("2**n", "2**n + n**100", False, "test_lower_order_terms"),
    ("2**n", "2**n + log(n)", False, "test_lower_order_terms"),
    ("1", "14", False, "test_unnecessary_constants"),
    ("1", "20", False, "test_unnecessary_constants"),
    ("log(n)", "log(n^2)", False, "test_unnecessary_constants"),
    ("log(n)", "7*log(n)", False, "test_unnecessary_constants"),
    ("log(n)", "(32/3)*log(n)", False, "test_unnecessary_constants"),
    ("n**2", "2*n**2", False, "test_unnecessary_constants"),
    ("n**2", "16*n**2", False, "test_unnecessary_constants"),
    ("n**2", "(3/4)*n**2", False, "test_unnecessary_constants"),
    ("2**n", "5*2**n", False, "test_unnecessary_constants"),
    ("2**n", "(6000/523)*2**n", False, "test_unnecessary_constants"),
    ("log(n)", "-log(n**2)", False, "test_negative_submission"),
    ("log(n)", "-log(n**3)", False, "test_negative_submission"),
    ("n**2", "-n**4", False, "test_negative_submission"),
    ("n**2", "-n**5", False, "test_negative_submission"),
    ("n**2", "-n**6", False, "test_negative_submission"),
    ("2**n", "-2**(2*n)", False, "test_negative_submission"),
    ("2**n", "-2**(3*n)", False, "test_negative_submission"),
    ("-n**2", "n", False, "test_negative_submission"),
    ("log(n)", "n*log(n)", False, "test_too_loose_bigo"),
    ("log(n)", "n**2", False, "test_too_loose_bigo"),
    ("log(n)", "n+log(n)", False, "test_too_loose_bigo"),
    ("n**2", "n**3", False, "test_too_loose_bigo"),
    ("n**2", "n**4", False, "test_too_loose_bigo"),
    ("n**2", "factorial(n)", False, "test_too_loose_bigo"),
    ("n**2", "n!", False, "test_too_loose_bigo"),
    ("n**2", "n**2*log(n)", False, "test_too_loose_bigo"),
    ("2**n", "n**n", False, "test_too_loose_bigo"),
    ("2**n", "factorial(n)", False, "test_too_loose_bigo"),
    ("2**n", "n!", False, "test_too_loose_bigo"),
    ("2**n", "2**(n**2)", False, "test_too_loose_bigo"),
    ("factorial(n-1)", "factorial(n)", False, "test_too_loose_bigo"),
    ("n*m", "(n**2)*m", False, "test_multivariate_too_loose"),
    ("n*m", "n*(m**2)", False, "test_multivariate_too_loose"),
    ("n+m", "n+m**2", False, "test_multivariate_too_loose"),
    ("n+m", "n+factorial(m)", False, "test_multivariate_too_loose"),
    ("n+m", "n**2+m**2", False, "test_multivariate_too_loose"),
    ("n", "n*m", False, "test_multivariate_too_loose"),
    ("n*m", "n*m + n", False, "test_multivariate_lower_order"),
    ("n*m", "n*m + m", False, "test_multivariate_lower_order"),
    ("n*m", "n*m + log(n)", False, "test_multivariate_lower_order"),
    ("n*m", "n*m + log(m)", False, "test_multivariate_lower_order"),
    ("n+m", "n+m + log(n)", False, "test_multivariate_lower_order"),
    ("n+m", "n+m + log(m)", False, "test_multivariate_lower_order"),
    ("n**2*m**3", "n**2*m**3 + n**2", False, "test_multivariate_lower_order"),
    ("n**2*m**3", "n**2*m**3 + m**3", False, "test_multivariate_lower_order"),
    ("n**2*m**3", "n**2*m**3 + log(n)", False, "test_multivariate_lower_order"),
    ("n*m", "-n*m", False, "test_multivariate_negative"),
    ("n+m", "n-m", False, "test_multivariate_negative"),
    ("n*m**2", "-n*m**2", False, "test_multivariate_negative"),
    ("n**2+m", "-(n**2)+m", False, "test_multivariate_negative"),
    ("n*log(m)", "n*log(2/m)", False, "test_multivariate_negative"),
    ("n*m", "2*n*m", False, "test_multivariate_unnecessary_constants"),
    ("n+m", "2*n+m", False, "test_multivariate_unnecessary_constants"),
    ("n+m", "n+2*m", False, "test_multivariate_unnecessary_constants"),
    ("n*m**2", "2*n*m**2", False, "test_multivariate_unnecessary_constants"),
    ("n**2+m", "2*n**2+m", False, "test_multivariate_unnecessary_constants"),
    ("n*log(m)", "2*n*log(m)", False, "test_multivariate_unnecessary_constants"),
    ("n*m", "n", False, "test_multivariate_incorrect"),
    ("n*m", "m", False, "test_multivariate_incorrect"),
    ("n+m", "n", False, "test_multivariate_incorrect"),
    ("n+m", "m", False, "test_multivariate_incorrect"),
    ("n**2*m**3", "n**2*m**2", False, "test_multivariate_incorrect"),
    ("n**2*m**3", "n**1*m**3", False, "test_multivariate_incorrect"),
    ("n*log(m)", "n", False, "test_multivariate_incorrect"),
    ("n*log(m)", "log(m)", False, "test_multivariate_incorrect"),
    ("n*log(n)", "log(n)", False, "test_too_loose_omega"),
    ("n**2", "log(n)", False, "test_too_loose_omega"),
    ("n+log(n)", "log(n)", False, "test_too_loose_omega"),
    ("n**3", "n**2", False, "test_too_loose_omega"),
    ("n**4", "n**2", False, "test_too_loose_omega"),
    ("factorial(n)", "n**2", False, "test_too_loose_omega"),
    ("n!", "n**2", False, "test_too_loose_omega"),
    ("n**2*log(n)", "n**2", False, "test_too_loose_omega"),
    ("n**n", "2**n", False, "test_too_loose_omega"),
    ("factorial(n)", "2**n", False, "test_too_loose_omega"),
    ("n!", "2**n", False, "test_too_loose_omega"),
    ("2**(n**2)", "2**n", False, "test_too_loose_omega"),
    ("factorial(n)", "factorial(n-1)", False, "test_too_loose_omega"),
    ("log(n)", "1", False, "test_incorrect_answer_bigo"),
    ("log(n)", "log(log(n))", False, "test_incorrect_answer_bigo"),
    ("n**2", "1", False, "test_incorrect_answer_bigo"),
    ("n**2", "n", False, "test_incorrect_answer_bigo"),
    ("2**n", "n**1000", False, "test_incorrect_answer_bigo"),
    ("2**n", "(3/2)**n", False, "test_incorrect_answer_bigo"),
    ("1", "log(n)", False, "test_incorrect_answer_omega"),
    ("log(log(n))", "log(n)", False, "test_incorrect_answer_omega"),
    ("1", "n**2", False, "test_incorrect_answer_omega"),
    ("n", "n**2", False, "test_incorrect_answer_omega"),
    ("n**1000", "2**n", False, "test_incorrect_answer_omega"),
    ("(3/2)**n", "2**n", False, "test_incorrect_answer_omega"),
]

# pint unit checker: (a_true, a_sub, grade, why)
_UNITS_ROWS = [
    ("m", "m", True, "only-units grading"),
    ("m", "meter", True, "only-units grading: unit name"),
    ("m", "meters", True, "only-units grading: plural unit name"),
    ("ft", "foot", True, "only-units grading"),
    ("ft", "feet", True, "only-units grading: plural"),
    ("ft/s", "feet per second", True, "only-units grading: 'per'"),
    ("m", "cm", False, "only-units grading: different unit"),
    ("ft", "feet/s", False, "only-units grading: different dimension"),
    ("1m", "1 meter", True, "with-units grading (rtol 0, atol 1cm): same quantity"),
    ("1m", "1 foot", False, "with-units grading (rtol 0, atol 1cm): 1 ft = 0.3048 m"),
    ("1m", "1 m/s", False, "with-units grading: different dimension"),
    ("1m", "1 second", False, "with-units grading: different dimension"),
    ("1m", "1 us", False, "with-units grading: microsecond, different dimension"),
    ("1m", "1m", True, "exact-units grading"),
    ("1m", "2 meters", False, "exact-units grading (no partial credit): magnitude differs"),
]

CE = "cortex-js/compute-engine"
CE_C = "a556957687e0fa704b789a6f711835a72f3afc7d"
CE_EQ = f"test/compute-engine/equal.test.ts@{CE_C}"
CE_ST = f"test/compute-engine/stochastic-equal.test.ts@{CE_C}"
CE_ID = f"test/compute-engine/identically-equal.test.ts@{CE_C}"
CE_TR = f"test/compute-engine/trigonometry.test.ts@{CE_C}"
CE_RA = f"test/compute-engine/radical-arithmetic.test.ts@{CE_C}"
CE_GR = f"test/compute-engine/benchmarks/grudnitski.test.ts@{CE_C}"

# (where, a, b, verdict, why)
_CE_ROWS = [
    (CE_EQ, "1234", "1234.0", True, "isEqual TESTS"),
    (CE_EQ, "2+2", "4", True, "isEqual TESTS"),
    (CE_EQ, r"\frac{1}{2}", "0.5", True, "isEqual TESTS"),
    (CE_EQ, r"\sqrt{4}", "2", True, "isEqual TESTS"),
    (CE_EQ, r"\sin(\frac{\pi}{2})", "1", True, "isEqual TESTS"),
    (CE_EQ, r"\log_{10}(100)", "2", True, "isEqual TESTS"),
    (CE_EQ, r"\sum_{n=1}^{10} n", "55", True, "isEqual TESTS"),
    (CE_EQ, "2x+1=0", "2x=-1", True, "EQUIVALENT_RELATIONS: same solution set"),
    (CE_EQ, "2x+1=0", r"x=-\frac12", True, "EQUIVALENT_RELATIONS: same solution set"),
    (CE_EQ, "x^2+2x+1=0", "(x+1)^2=0", True, "EQUIVALENT_RELATIONS: same solution set"),
    (CE_EQ, "x^2+1=0", "x^2=-1", True, "EQUIVALENT_RELATIONS: same solution set"),
    (CE_EQ, "20x+10=0", "2x+1=0", True, "EQUIVALENT_RELATIONS: same solution set"),
    (CE_EQ, "3x + 1 = 0", "6x + 2 = 0", True, "EQUIVALENT_RELATIONS: same solution set"),
    (CE_EQ, "2(13.1+x)<(10-5)", "26.2+2x<5", True, "EQUIVALENT_RELATIONS: inequality expanded"),
    (CE_EQ, "x^2 + 2x + 1 = 0", "x^2 + 2x = -1", True, "EQUIVALENT_RELATIONS"),
    (CE_EQ, "x^2", r"x\times x", True, "IDENTITIES: isIdenticallyEqual"),
    (CE_EQ, "(x+1)^2", "x^2+2x+1", True, "IDENTITIES: isIdenticallyEqual"),
    (CE_EQ, "x^2 - 1 = 0", "x - 1 = 0", False, "NOT_EQUAL_EQUATIONS: {-1, 1} vs {1}"),
    (CE_EQ, "x = 1", "x = 2", False, "NOT_EQUAL_EQUATIONS"),
    (CE_EQ, "x + 1 = 0", "x + 2 = 0", False, "NOT_EQUAL_EQUATIONS"),
    (CE_EQ, "0 = 0", "x = 0", False, "NOT_EQUAL_EQUATIONS: identity vs x = 0"),
    (CE_EQ, "x+y=0", "2x+2y=0", True, "multiple unknowns: constant factor"),
    (CE_EQ, "x+y=0", "y+x=0", True, "multiple unknowns: reordered"),
    (CE_EQ, "x+2y=0", "3x+6y=0", True, "multiple unknowns: constant factor"),
    (CE_EQ, "x+y=0", "2x=0", False, "multiple unknowns: the former false positive"),
    (CE_EQ, "x-y=0", "x+y=0", False, "multiple unknowns"),
    (CE_EQ, "x+y=0", "x+2y=0", False, "multiple unknowns"),
    (CE_ST, r"\sin^2(x) + \cos^2(x)", "1", True, "stochastic: trig identity"),
    (CE_ST, r"\frac{x^2-1}{x-1}", "x+1", True, "stochastic: removable singularity"),
    (CE_ST, "(x+y)^2", "x^2 + 2xy + y^2", True, "stochastic: two variables"),
    (CE_ST, "x - x + y", "y", True, "stochastic: cancelling unknowns"),
    (CE_ST, r"\sin(2x)", r"2\sin(x)\cos(x)", True, "stochastic: double angle"),
    (CE_ST, r"0 \cdot x", "0", True, "stochastic: 0 times x"),
    (CE_ID, r"x \cdot x", "x^2", True, "isIdenticallyEqual: algebraic identity"),
    (CE_ID, "2+2", "5", False, "isIdenticallyEqual: variable-free comparison decides"),
    (CE_ID, "x+1>2", "2<x+1", True, "relation written in the opposite direction"),
    (CE_ID, "2(13.1+x)=(10-5)", "26.2+2x=5", True, "equation vs its expanded form"),
    (CE_ID, r"(x+1)^2 \ne 0", r"x^2+2x+1 \ne 0", True, "NotEqual vs its expanded form"),
    (CE_ID, r"(x+1)^2 \ne 0", r"0 \ne x^2+2x+1", True, "NotEqual expanded and commuted"),
    (CE_ID, r"5\,\mathrm{m}", r"500\,\mathrm{cm}", True, "dimensioned quantities"),
    (CE_ID, r"5\,\mathrm{m}", r"501\,\mathrm{cm}", False, "dimensioned quantities"),
    (CE_TR, r"\sin(2)+x", "0.9092974268256817+x", True, "partial numericization"),
    (CE_TR, r"\sqrt{2}x", "1.4142135623730951x", True, "partial numericization"),
    (CE_RA, r"\frac{1}{1+\sqrt2}", r"\sqrt2-1", True, "rationalized denominator"),
    (CE_RA, r"\frac{1}{\sqrt5-\sqrt3}", r"\frac{\sqrt5+\sqrt3}{2}", True, "rationalized"),
    (CE_RA, r"\sqrt{6+2\sqrt2+2\sqrt3+2\sqrt6}", r"1+\sqrt2+\sqrt3", True, "denested radical"),
    (CE_GR, "1+1", "2", True, "isEquivalent (isSame after parse)"),
    (CE_GR, "1", "2", False, "isEquivalent"),
    (CE_GR, "2.1", "0.21e+1", True, "isEquivalent: exponent notation"),
    (CE_GR, r"\frac13", r"\frac26", True, "isEquivalent: unreduced fraction"),
    (CE_GR, r"\frac13", "0.333", False, "isEquivalent: truncated decimal"),
    (CE_GR, "2", "2.0", True, "isEquivalent"),
    (CE_GR, "x = 2", "x = 2.0", True, "isEquivalent: equation"),
    (CE_GR, "x = 2", "x = 1 + 1", True, "isEquivalent: equation"),
]


def _cases() -> list[dict[str, object]]:
    out = [_c(MITX, where, g, p, True, ok, why) for where, g, p, ok, why in _MITX_ROWS]
    for g, p, ok, test in _BIGO_ROWS:
        how = "full credit" if ok else "not full credit"
        out.append(_c(PL, PL_BIGO, g, p, True, ok, f"Big-O checker {test}: {how}"))
    out += [_c(PL, PL_UNITS, g, p, True, ok, "units: " + why) for g, p, ok, why in _UNITS_ROWS]
    out += [_c(CE, where, a, b, True, ok, why) for where, a, b, ok, why in _CE_ROWS]
    return out


CASES: list[dict[str, object]] = _cases()
