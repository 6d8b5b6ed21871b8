r"""A thirty-ninth fresh set of answer-equivalence cases (evaluation only; helper "d": numeric
answer checkers of homework graders and tutors: tolerance, percent, fractions, decimals).

Cases are transcribed from repositories that no earlier set used (checked against
bench/data/README.md, bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py,
bench/data/equiv_fresh4.md and /work/wt/fresh39_claims). Each case gives the reference answer
(``gold``), the prediction (``pred``: a bare answer to be put in ``\boxed{}`` when ``wrap`` is
True, else the whole completion as written) and the verdict (``expected``). ``where`` is
``path@commit`` in ``repo`` on github.com. Do not tune the judge on these cases.

Sources (repo, path @ commit, what is asserted, license of the stored copy):

- khasochirb/mathematica (a Next.js maths practice site with a problem bank whose numeric
  problems are typed rather than chosen) ``lib/bank-answer.test.ts`` @
  c3501549dd1a40affd33344804df64c7caeb6e81 (the file is unchanged since 6ea473e88e84); block
  ``grading a typed answer``: ``checkNumericAnswer(typed, authored)`` is ``"correct"`` or
  ``"incorrect"``. ``gold`` is the authored answer exactly as the bank stores it, TeX delimiters
  included (the TypeScript ``"$\\frac{2}{3}$"`` is the value ``$\frac{2}{3}$``), ``pred`` the
  typed string. The test's own comments: an unreduced fraction is accepted, a rounded decimal
  (``0.67``, ``0.666``) is not, float error (``0.6666666666666667``) is. No license file.
- balacij/nbgrader_utils (unit-test based partial grading for nbgrader assignments)
  ``tests/test_common.py`` @ 7dc1cff2bd0172da3e6fabfdf16cd1bbe0616d2c: ``eq_tol(v, e)`` with
  its default absolute tolerance 1e-4 (``abs(v - e) <= 1e-4``; ``v`` the student value, read as
  ``pred``, ``e`` the expected value, read as ``gold``), and ``T_float(1.0, desc, code,
  expect_approx)`` graded with ``grade([...])``: a total of 2.0 over two tests means both were
  accepted, 0.0 that both were rejected; ``code`` is the student's Python expression (``"2.0"``,
  ``"2.00001"``), ``expect_approx`` the gold. Numbers are written as the test writes them
  (``1.0``, ``5.0``). These verdicts are the grader's fixed 1e-4 absolute tolerance (for
  example ``2.00001`` is accepted for ``2.0``, and ``2.0001`` is not only because the float
  difference is 1.00000000000021e-4). GPL-3.0.

Left out, by rule: khasochirb/mathematica's ``unparsed`` verdicts (empty input, ``dunno``, and
a non-numeric authored answer ``$x + 1$``: the test says they are neither right nor wrong), and
its parser tests (``parseNumericAnswer`` / ``parseStudentAnswer`` map one string to a number;
they are not pairs of answers), ``variantAnswerMode`` / ``formAnswerMode`` / option-order tests
(presentation policy), and the repository's other tests (topic-name canonicalisation,
``ratioEquivalent(a, b, c, d)`` on integer ratios of a game, not answer strings).
nbgrader_utils: every ``eq_tol`` call that passes an explicit tolerance argument
(``eq_tol(2.0, 2.001, 0.002)``, ``eq_tol(3.0, 3.005, 0.004)``, ``eq_tol(2.0, 2.0, 0.0)``,
``eq_tol(1.0001, 1.0000, 0.0)``: the verdict is set by the argument), and
``tests/test_grading.py`` (the grading harness: errors, weights, value types).

Examined and not used: Hamyrappy/atlas-of-science (claimed; its ``tests/test_check_answer.py``
reviews citations of a research answer, not values); lambda-feedback/buckinghamPiTheorem
(``app/evaluation_tests.py`` accepts any power or multiple of a dimensionless group, e.g.
``(U*L/nu)**2`` and ``2*U*L/nu`` for ``U*L/nu``: a dimensional-analysis policy, not equality);
lambda-feedback/wolframIsSimilar and wolframEvaluationFunction (no tests);
lambda-feedback/evaluation-function-auto-tests (a harness, no cases);
Santjl/py-physics-tutor (multiple-choice scoring only); aaaaa90996/uniphysics-tutor (rubric
elements for explanations, no verdicts); ljh181726/physics-tutor, 321zaid/physics-tutor,
rdecharette/physics-eval (a video benchmark), maximus-21/self-correct-physics-rl,
RuchiraRTG/STATISTICS-Answer-checker, collielimabean/Physics-Grader (a score calculator) (no
answer-checker tests); Oumayma-O/chem-tutor-frontend (used by set 34; ``mathNormalize.test.ts``
is LaTeX repair); gradePhyX in pypi-data/pypi-mirror-386 (no asserted verdicts). Three more
numeric-checker test files turned up by content search (a chemistry tutor's
``checkNumericAnswer`` from ``@/lib/response-checks``, an economics tutor's ``TEST-ECON-015``,
a French exercise validator) could not be traced to a repository within the look-up budget.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

R1 = "khasochirb/mathematica"
R1_AT = "lib/bank-answer.test.ts@c3501549dd1a40affd33344804df64c7caeb6e81"

R2 = "balacij/nbgrader_utils"
R2_AT = "tests/test_common.py@7dc1cff2bd0172da3e6fabfdf16cd1bbe0616d2c"

CASES = [
    # khasochirb/mathematica: grading a typed answer, accepts equivalent forms of the same value
    _c(
        R1,
        R1_AT,
        gold=r"$5$",
        pred=r"5",
        wrap=True,
        expected=True,
        why="grading a typed answer: accepts equivalent forms (5)",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"$5$",
        pred=r"5.00",
        wrap=True,
        expected=True,
        why="grading a typed answer: accepts equivalent forms (trailing zeros)",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"$5$",
        pred=r"x = 5",
        wrap=True,
        expected=True,
        why="grading a typed answer: accepts equivalent forms (x = 5)",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"$\frac{2}{3}$",
        pred=r"2/3",
        wrap=True,
        expected=True,
        why="grading a typed answer: accepts equivalent forms (slash fraction)",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"$\frac{2}{3}$",
        pred=r"4/6",
        wrap=True,
        expected=True,
        why="grading a typed answer: accepts equivalent forms (unreduced)",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"$25\%$",
        pred=r"0.25",
        wrap=True,
        expected=True,
        why="grading a typed answer: accepts equivalent forms (percent as decimal)",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"$-6$",
        pred=r"-6",
        wrap=True,
        expected=True,
        why="grading a typed answer: accepts equivalent forms (negative)",
    ),
    # rejects a different value
    _c(
        R1,
        R1_AT,
        gold=r"$5$",
        pred=r"6",
        wrap=True,
        expected=False,
        why="grading a typed answer: rejects a different value",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"$5$",
        pred=r"-5",
        wrap=True,
        expected=False,
        why="grading a typed answer: rejects a different value (sign)",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"$\frac{2}{3}$",
        pred=r"0.67",
        wrap=True,
        expected=False,
        why="grading a typed answer: rejects a different value (rounded != exact)",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"$0.1$",
        pred=r"0",
        wrap=True,
        expected=False,
        why="grading a typed answer: rejects a different value (0 vs 0.1)",
    ),
    # tolerates float error but not rounding
    _c(
        R1,
        R1_AT,
        gold=r"$\frac{2}{3}$",
        pred=r"0.6666666666666667",
        wrap=True,
        expected=True,
        why="grading a typed answer: tolerates float error",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"$\frac{2}{3}$",
        pred=r"0.666",
        wrap=True,
        expected=False,
        why="grading a typed answer: but not rounding",
    ),
    # balacij/nbgrader_utils: eq_tol(v, e) with the default absolute tolerance 1e-4
    _c(
        R2,
        R2_AT,
        gold=r"1.0",
        pred=r"1.00005",
        wrap=True,
        expected=True,
        why="test_eq_tol_good: within default tolerance 1e-4",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"5.0",
        pred=r"5.0",
        wrap=True,
        expected=True,
        why="test_eq_tol_good: exactly equivalent",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"1.0",
        pred=r"1.1",
        wrap=True,
        expected=False,
        why="test_eq_tol_bad: outside default tolerance",
    ),
    # T_float(1.0, desc, code, 2.0): grade(...) total 2.0 (both accepted) / 0.0 (both rejected)
    _c(
        R2,
        R2_AT,
        gold=r"2.0",
        pred=r"2.0",
        wrap=True,
        expected=True,
        why="test_T_float: good, code '2.0'",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"2.0",
        pred=r"2.00001",
        wrap=True,
        expected=True,
        why="test_T_float: good, code '2.00001' (default tolerance 1e-4)",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"2.0",
        pred=r"2.1",
        wrap=True,
        expected=False,
        why="test_T_float: bad, code '2.1'",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"2.0",
        pred=r"2.0001",
        wrap=True,
        expected=False,
        why="test_T_float: bad, code '2.0001' (in floats 2.0001 - 2.0 is just over 1e-4)",
    ),
]
