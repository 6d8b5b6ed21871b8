r"""A fifteenth fresh set of answer-equivalence cases (evaluation only; helper "b", first part:
answer checkers and math-expression comparison libraries written in languages other than
Python; the TypeScript edtech checkers are in equiv_fresh15_b2.py).

Each case gives the reference answer (``gold``), the prediction (``pred``: a bare answer to be put
in ``\boxed{}``, so ``wrap`` is True throughout) and the verdict the test asserts (``expected``).
``where`` is ``path@commit`` in ``repo`` on github.com. Strings are the values the test's language
reads (a Dart raw string ``r'\sin(x)'`` as written, an R ``"\\frac"`` as ``\frac``). Do not tune
the judge on these cases.

Sources (repo, path @ commit, license of the stored copy):

- xirf/texpr (a Dart LaTeX math-expression evaluator with a symbolic ``EquivalenceChecker``), MIT
  (LICENSE @ fab2c7dd8546ce72f4084f7e0b1a8dd81b2b5308):
  - ``test/symbolic/equivalence_checker_test.dart`` @ fab2c7dd8546ce72f4084f7e0b1a8dd81b2b5308
    (``areEquivalent(a, b, level: algebraic | numeric)``; the test builds ASTs, written here in
    the plain notation of the test names, e.g. ``BinaryOp(x, add, y)`` as ``x + y``);
  - ``test/integration/semantic_invariant_test.dart`` @ a89175fc9303ed5d2819c94d78bbc3a3f73a4f30
    (``testIdentity(lhs, rhs, vars)``: the two LaTeX strings must evaluate equal at the test's
    points, read as an identity lhs = rhs; ``evaluate(expr)`` closeTo a constant, read as the
    expression equal to that number);
  - ``test/features/trig_identities_edge_cases_test.dart`` @ 9a547f08188d9d48e13ef65b8f88f45c4fa51f70
    (the same two kinds of string assertions).
  For identities ``gold`` is the first string the test passes and ``pred`` the second; for a
  value check ``gold`` is the number the test expects and ``pred`` the expression evaluated.
- john-jacobsen/fisherapp (an R math-tutoring package and its answer checker ``answer_checker.R``),
  MIT (LICENSE @ 6c757ce182921474c3f9c0b587e1e4146c64e2e3):
  - ``r-package/tests/testthat/test-answer_checker.R`` @ 1dd449a0ccd808aed43d47a4efff282395fe53e5
    (``compare_answers(student, raw)``, ``check_answer(prob, student)$correct``; the mappings of
    ``normalize_answer``, ``normalize_algebra`` and ``parse_student_answer`` are read as
    equivalences of the input and output strings);
  - ``r-package/tests/testthat/test-answer_equivalence.R`` @ 96920d401688185492b848960e38bdc71792d6f1
    (``compare_answers``).
  ``gold`` is the stored correct answer: ``answer_num``/``answer_den`` written as ``\frac{n}{d}``
  (the form the package's ``format_answer`` shows), ``answer_value`` as the number,
  ``answer_expr`` as written.

texpr, left out by rule: ``EquivalenceLevel.structural`` verdicts (x + y vs y + x is rejected on
purpose: a format policy, not mathematics); ``\phi^2`` vs ``\phi + 1`` (``\phi`` is the golden
ratio only by texpr's convention; elsewhere a free symbol); ``|sin(999 pi / 2)|`` (the test checks
only the absolute value); derivative, round-trip, summation-with-substituted-n and cache tests (no
pair of answer strings); assertions in the trig file that compare ASTs built in Dart with no
string (composite Pythagorean simplification, trig expansion, even/odd symbolic tests); a second
copy of a string pair already taken from the other file (``\sin(\pi)``, ``\cos(\pi)``).

fisherapp, left out by rule: letter answers (``(a)``, ``A``, ``b``: multiple choice, including the
numeric values checked against a letter question); case-folding of variables (``X+1`` for
``x+1``, ``2*X`` for ``2x``: a format policy, X and x are different symbols); ``hello`` and
``abc`` normalisations (not math; ``abc`` graded against 3/4 is kept); ``parse_student_answer``
returning NULL (no verdict); identity mappings (``0.75`` -> 0.75, ``42`` -> 42) and pairs of
identical strings (``x+1``, ``2x``, ``x^{3}``); pairs that repeat an earlier one of the other file
(``0.5``, ``1/2``, ``.5`` against 1/2; ``2*x``, ``2x`` against 2x; the second ``0/8`` against 0)
and ``check_answer`` pairs that repeat a ``compare_answers`` pair; a ``normalize_*`` mapping that
repeats a ``compare_answers`` pair (`` x + 1 ``, ``2*x``).

Searched and not used: guanghetv/katex-answer-match ``test.js`` (claimed; its asserts are about
whitespace, blank ordering and multiple-choice sets, not math equivalence);
alexeyavdey/ege-math-grader (its verifier test is skipped and has a single pair);
philiphyw/math-equation-checker (no pairs); LayerLens/external-scoring (a MATH ``is_equiv`` with no
test pairs). Graders found only through ``find_string`` excerpts whose repository could not be
named (a Go ``TestEquivalentAnswer``, a CAS ``checkEquivalence`` in TypeScript, a TypeScript
``NormalizedAnswer`` grader) were not used. Most named non-Python checkers (math-expressions,
compute-engine, STACK, Numbas, KAS/Perseus, nerdamer, Algebrite, locian, math-validation,
isaacphysics, mitx-grading-library, sasorepo/MathPrac) were already claimed by earlier sets.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

TEXPR = "xirf/texpr"
EQC = "test/symbolic/equivalence_checker_test.dart@fab2c7dd8546ce72f4084f7e0b1a8dd81b2b5308"
SEM = "test/integration/semantic_invariant_test.dart@a89175fc9303ed5d2819c94d78bbc3a3f73a4f30"
TRIG = "test/features/trig_identities_edge_cases_test.dart@9a547f08188d9d48e13ef65b8f88f45c4fa51f70"

# (where, gold, pred, expected, why)
_ROWS: list[tuple[str, str, str, bool, str]] = [
    # equivalence_checker_test.dart (AST built in Dart; written as in the test names)
    (EQC, "x + y", "y + x", True, "areEquivalent algebraic: commutativity"),
    (EQC, "(x + y) + z", "x + (y + z)", True, "areEquivalent algebraic: associativity"),
    (EQC, r"\sin(x)^2 + \cos(x)^2", "1", True, "areEquivalent numeric: Pythagorean identity"),
    (EQC, "x", "x + 1", False, "areEquivalent numeric: x != x + 1"),
    # semantic_invariant_test.dart: Known Mathematical Constants (evaluate closeTo value)
    (SEM, "0", r"e^{i \pi} + 1", True, "evaluate: Euler's identity, real and imaginary ~ 0"),
    (SEM, "i", r"e^{i \frac{\pi}{2}}", True, "evaluate: e^{i pi/2} = i"),
    (SEM, "1", r"\ln(e)", True, "evaluate: ln(e) = 1"),
    (SEM, "2", r"e^{\ln(2)}", True, "evaluate: e^{ln 2} = 2"),
    (SEM, "0", r"\sin(\pi)", True, "evaluate: sin(pi) = 0"),
    (SEM, "-1", r"\cos(\pi)", True, "evaluate: cos(pi) = -1"),
    (SEM, "1", r"\sin(\frac{\pi}{2})", True, "evaluate: sin(pi/2) = 1"),
    (SEM, "0", r"\cos(\frac{\pi}{2})", True, "evaluate: cos(pi/2) = 0"),
    (SEM, "1", r"\tan(\frac{\pi}{4})", True, "evaluate: tan(pi/4) = 1"),
    (SEM, "2", r"\sqrt{2} \times \sqrt{2}", True, "evaluate: sqrt2 * sqrt2 = 2"),
    # semantic_invariant_test.dart: Algebraic Identities (testIdentity(lhs, rhs))
    (SEM, r"\sin(x)^2 + \cos(x)^2", "1", True, "testIdentity: Pythagorean"),
    (SEM, r"\sin(2x)", r"2 \sin(x) \cos(x)", True, "testIdentity: double angle sine"),
    (SEM, r"\cos(2x)", r"\cos(x)^2 - \sin(x)^2", True, "testIdentity: double angle cosine"),
    (SEM, "(a + b)^2", "a^2 + 2 a b + b^2", True, "testIdentity: square of a sum"),
    (SEM, "(a - b)(a + b)", "a^2 - b^2", True, "testIdentity: difference of squares"),
    (SEM, r"\ln(a \cdot b)", r"\ln(a) + \ln(b)", True, "testIdentity: log of product (a, b > 0)"),
    (SEM, r"\ln(a^n)", r"n \cdot \ln(a)", True, "testIdentity: log of power (a > 0)"),
    (SEM, "e^{a + b}", "e^a e^b", True, "testIdentity: exponent of a sum"),
    (SEM, r"\sinh(x)^2", r"\frac{\cosh(2x) - 1}{2}", True, "testIdentity: sinh^2"),
    (SEM, r"\cosh(x)^2 - \sinh(x)^2", "1", True, "testIdentity: hyperbolic Pythagorean"),
    # semantic_invariant_test.dart: Limit Consistency
    (SEM, "5", r"\lim_{x \to 2} (x^2 + 1)", True, "evaluate: limit of a continuous function"),
    (SEM, "1", r"\lim_{x \to 0} \frac{\sin(x)}{x}", True, "evaluate: lim sin(x)/x = 1"),
    (SEM, "0", r"\lim_{x \to \infty} \frac{1}{x}", True, "evaluate: lim 1/x = 0 (tol 1e-6)"),
    # trig_identities_edge_cases_test.dart: Large Angle Values
    (TRIG, "0", r"\sin(1000 * \pi)", True, "evaluate: sin(1000 pi) = 0"),
    (TRIG, "1", r"\cos(1000 * \pi)", True, "evaluate: cos(1000 pi) = 1"),
    (TRIG, "1", r"\cos(500 * \pi)", True, "evaluate: cos(500 pi) = 1"),
    (TRIG, "0", r"\tan(250 * \pi)", True, "evaluate: tan(250 pi) = 0"),
    # Boundary Angle Identity Verification
    (TRIG, "-1", r"\sin(3 * \pi / 2)", True, "evaluate: sin(3pi/2) = -1"),
    (TRIG, "0", r"\cos(3 * \pi / 2)", True, "evaluate: cos(3pi/2) = 0"),
    (TRIG, "1", r"\tan(\pi / 4)", True, "evaluate: tan(pi/4) = 1"),
    (TRIG, "-1", r"\tan(3 * \pi / 4)", True, "evaluate: tan(3pi/4) = -1"),
    # Nested Trigonometric Functions
    (TRIG, r"\sin(\cos(0))", r"\sin(1)", True, "evaluate both: sin(cos 0) = sin 1"),
    (TRIG, "1", r"\cos(\sin(0))", True, "evaluate: cos(sin 0) = 1"),
    (TRIG, r"\sin(\sin(\pi / 2))", r"\sin(1)", True, "evaluate both: sin(sin(pi/2)) = sin 1"),
    (TRIG, "1", r"\tan(\arctan(1))", True, "evaluate: tan(arctan 1) = 1"),
    (TRIG, "0.5", r"\sin(\arcsin(0.5))", True, "evaluate: sin(arcsin 0.5) = 0.5"),
    (TRIG, "0.5", r"\cos(\arccos(0.5))", True, "evaluate: cos(arccos 0.5) = 0.5"),
    # Triple Angle Formulas Verification
    (TRIG, r"\sin(3 * x)", r"3 * \sin(x) - 4 * (\sin(x))^3", True, "identity: triple angle sine"),
    (TRIG, r"\cos(3 * x)", r"4 * (\cos(x))^3 - 3 * \cos(x)", True, "identity: triple angle cosine"),
    # Compound Angle Formulas
    (TRIG, r"\sin(x + y)", r"\sin(x) * \cos(y) + \cos(x) * \sin(y)", True, "identity: sin(x+y)"),
    (TRIG, r"\cos(x + y)", r"\cos(x) * \cos(y) - \sin(x) * \sin(y)", True, "identity: cos(x+y)"),
    (TRIG, r"\sin(x - y)", r"\sin(x) * \cos(y) - \cos(x) * \sin(y)", True, "identity: sin(x-y)"),
    (TRIG, r"\cos(x - y)", r"\cos(x) * \cos(y) + \sin(x) * \sin(y)", True, "identity: cos(x-y)"),
    # Secant, Cosecant, Cotangent
    (TRIG, r"\sec(x)", r"1 / \cos(x)", True, "identity: sec = 1/cos"),
    (TRIG, r"\csc(x)", r"1 / \sin(x)", True, "identity: csc = 1/sin"),
    (TRIG, r"\cot(x)", r"\cos(x) / \sin(x)", True, "identity: cot = cos/sin"),
    (TRIG, "1.0", r"(\sec(x))^2 - (\tan(x))^2", True, "evaluate closeTo 1.0: sec^2 - tan^2"),
    (TRIG, "1.0", r"(\csc(x))^2 - (\cot(x))^2", True, "evaluate closeTo 1.0: csc^2 - cot^2"),
    # Hyperbolic Identity Verification
    (TRIG, "1.0", r"(\cosh(x))^2 - (\sinh(x))^2", True, "evaluate closeTo 1.0: cosh^2 - sinh^2"),
    (TRIG, r"\tanh(x)", r"\sinh(x) / \cosh(x)", True, "identity: tanh = sinh/cosh"),
    (TRIG, r"\sinh(2 * x)", r"2 * \sinh(x) * \cosh(x)", True, "identity: sinh(2x)"),
    (TRIG, r"\cosh(2 * x)", r"(\cosh(x))^2 + (\sinh(x))^2", True, "identity: cosh(2x)"),
    # Even/Odd Function Properties (numerical)
    (TRIG, r"\tan(-x)", r"-\tan(x)", True, "identity: tan is odd"),
]

CASES: list[dict] = [
    _c(TEXPR, where, gold, pred, True, expected, why) for where, gold, pred, expected, why in _ROWS
]

FISHER = "john-jacobsen/fisherapp"
FAC = "r-package/tests/testthat/test-answer_checker.R@1dd449a0ccd808aed43d47a4efff282395fe53e5"
FAE = "r-package/tests/testthat/test-answer_equivalence.R@96920d401688185492b848960e38bdc71792d6f1"
F34 = r"\frac{3}{4}"
F12 = r"\frac{1}{2}"

# (where, gold, pred, expected, why)
_FISHER_ROWS: list[tuple[str, str, str, bool, str]] = [
    # normalize_answer / normalize_algebra / parse_student_answer mappings
    (FAC, "3/4", "(3/4)", True, "normalize_answer strips outer parentheses"),
    (FAC, "3/4", "3 / 4", True, "normalize_answer strips whitespace"),
    (FAC, "3/4", "( 3/4 )", True, "normalize_answer combined"),
    (FAC, "3xy", "3*x*y", True, "normalize_algebra removes multiplication signs"),
    (FAC, "x+1", "1+x", True, "normalize_algebra sorts additive terms"),
    (FAC, "y+x+1", "1+x+y", True, "normalize_algebra sorts additive terms"),
    (FAC, "0.75", "3/4", True, "parse_student_answer value 0.75"),
    (FAC, "-0.75", "-3/4", True, "parse_student_answer value -0.75"),
    (FAC, "3/4", r"\frac{3}{4}", True, "parse_student_answer num 3 den 4"),
    (FAC, "0.5", ".5", True, "parse_student_answer leading-dot decimal"),
    (FAC, "0.75", ".75", True, "parse_student_answer leading-dot decimal"),
    (FAC, "-0.25", "-.25", True, "parse_student_answer leading-dot decimal"),
    (FAC, "0.75", "(3/4)", True, "parse_student_answer strips parentheses"),
    (FAC, "42", "(42)", True, "parse_student_answer strips parentheses"),
    (FAC, "0.5", "(.5)", True, "parse_student_answer strips parentheses"),
    (FAC, r"\frac{3}{4}", r"\dfrac{3}{4}", True, "normalize_answer dfrac -> frac"),
    (FAC, "(x)", r"\left(x\right)", True, "normalize_answer strips left/right"),
    (FAC, "2*3", r"2\cdot3", True, "normalize_answer cdot -> *"),
    (FAC, "2*3", r"2\times3", True, "normalize_answer times -> *"),
    (FAC, "3000", r"3\,000", True, "normalize_answer strips LaTeX thin space"),
    (FAC, "ab", r"a\;b", True, "normalize_answer strips LaTeX spacing"),
    (FAC, "ab", r"a\!b", True, "normalize_answer strips LaTeX negative space"),
    (FAC, "4", r"\sqrt{16}", True, "parse_student_answer sqrt value 4"),
    (FAC, "5", "sqrt(25)", True, "parse_student_answer sqrt value 5"),
    (FAC, "0", r"\sqrt{0}", True, "parse_student_answer sqrt value 0"),
    (FAC, "3/4", r"\dfrac{3}{4}", True, "parse_student_answer dfrac num 3 den 4"),
    # compare_answers against answer_num = 3, answer_den = 4
    (FAC, F34, "3/4", True, "compare_answers numeric"),
    (FAC, F34, "6/8", True, "compare_answers unreduced fraction"),
    (FAC, F34, "0.75", True, "compare_answers decimal"),
    (FAC, F34, ".75", True, "compare_answers leading-dot decimal"),
    (FAC, F34, r"\frac{3}{4}", True, "compare_answers LaTeX fraction"),
    (FAC, F34, r"\frac{6}{8}", True, "compare_answers unreduced LaTeX fraction"),
    (FAC, F34, "1/2", False, "compare_answers wrong fraction"),
    (FAC, F34, "0.5", False, "compare_answers wrong decimal"),
    (FAC, F34, "abc", False, "compare_answers garbage"),
    (FAC, F12, "0.5", True, "compare_answers 0.5 = 1/2"),
    (FAC, F12, ".5", True, "compare_answers .5 = 1/2"),
    (FAC, F12, "1/2", True, "compare_answers 1/2"),
    (FAC, F12, "2/4", True, "compare_answers 2/4 = 1/2"),
    (FAC, F34, "(3/4)", True, "compare_answers parenthesized"),
    (FAC, F34, "(0.75)", True, "compare_answers parenthesized decimal"),
    (FAC, F34, "(.75)", True, "compare_answers parenthesized leading-dot decimal"),
    (FAC, F34, r"\dfrac{3}{4}", True, "compare_answers dfrac"),
    (FAC, "2", r"\sqrt{4}", True, "compare_answers sqrt{4} = 2 (answer_value)"),
    # compare_answers against answer_expr
    (FAC, "x+1", "1+x", True, "compare_answers algebraic, commuted"),
    (FAC, "x+1", " x + 1 ", True, "compare_answers algebraic, spaces"),
    (FAC, "x+1", "x+2", False, "compare_answers algebraic, wrong"),
    (FAC, "2x", "2*x", True, "compare_answers 2*x = 2x"),
    (FAC, "2x", "3x", False, "compare_answers 2x vs 3x"),
    # check_answer with format_answer \frac{3}{4}
    (FAC, F34, "1/3", False, "check_answer wrong"),
    # test-answer_equivalence.R
    (FAE, "0", "0/8", True, "compare_answers 0/8 = 0 (answer_value 0)"),
    (FAE, "x^{3}", "x^3", True, "compare_answers x^3 = x^{3}"),
    (FAE, "27x^{11}/4", "27x^11/4", True, "compare_answers braces dropped"),
    (FAE, "27x^{11}/4", "6.75x^11", True, "compare_answers decimal coefficient"),
]

CASES += [
    _c(FISHER, where, gold, pred, True, expected, why)
    for where, gold, pred, expected, why in _FISHER_ROWS
]
