r"""A forty-first fresh set of answer-equivalence cases (evaluation only; helper "b":
answer checkers and autograders written in R, MATLAB/Octave and Mathematica/Wolfram Language).

Cases are transcribed from repositories that no earlier set used (checked against
bench/data/README.md, bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py,
bench/data/equiv_fresh4.md and /work/wt/fresh41_claims). Each case gives the reference answer
(``gold``), the prediction (``pred``: a bare answer to be put in ``\boxed{}`` when ``wrap`` is
True, else the whole completion as written) and the verdict (``expected``). ``where`` is
``path@commit`` in ``repo`` on github.com. Do not tune the judge on these cases.

Sources (repo, path @ commit, what is asserted, license of the stored copy):

- rstudio/learnr ``tests/testthat/test-question_numeric.R`` @
  e7164a86172200cdfeb53c5f17382e1f86e3e78a (R tutorials package; ``question_is_correct(q, value)``
  of a ``question_numeric`` whose correct ``answer(...)`` is the gold, asserted with
  ``expect_true/expect_false(ans$correct)`` or ``expect_marked_as(..., TRUE/FALSE)``). The value
  ``10 + 2.1`` is an R expression evaluated before the call; it is stored as ``12.1``.
  Apache-2.0 (LICENSE.md).
- rstudio/gradethis ``tests/testthat/test-grade_if_equal.R`` @
  48aaf8957cdac09f45f540f841a6bcd55ac5e2f1 (R exercise grader; ``pass_if_equal(y = 2, x =
  sqrt(2) ^ 2)`` graded correct with the default numeric tolerance). MIT (LICENSE.md).
- ltjohnson/grade ``tests/grade.R`` with its expected output ``tests/grade.Rout.save`` @
  3f3804e3a73642d4503992be876750b0e4a357b5 (CRAN package "grade", "matching student-answers to
  teacher answers"; ``R CMD check`` diffs the printed ``TRUE``/``FALSE`` against the saved output,
  so the saved output is the assertion). The teacher answers are R vectors (``c(1,2)``,
  ``c(1,2,3,4)``); they are written here in the student's bracket or comma notation. No license
  file (DESCRIPTION says GPL-2).
- chaycereed/statquiz ``tests/testthat/test-check-answer.R`` @
  8263a318b444f495fd97c8fd3fd7508570564ac3 (R statistics-drill package; ``check_answer`` of a
  ``numeric_scalar`` question with solution 0.5 and its default tolerance 1e-3). MIT (LICENSE.md).
- cjvanlissa/webexercises ``tests/testthat/test-fitb.R`` @
  36380d2dd99465c497d697c54e19c63627caf5f7 (a fork of psyteachr/webexercises, R package for
  fill-in-the-blank web exercises; ``fitb(0.5)`` is asserted to emit the answer key
  ``data-answer='["0.5",".5"]'``, i.e. ``.5`` is listed as an accepted form of 0.5). CC BY-SA 4.0
  (LICENSE).
- alfonsovng/matlab-grader-utils ``code/grader-helper/test/test.m`` @
  ba7ce2ab5ce1a5691075a2121b3eaa95e15d0b8c (MATLAB Grader helper;
  ``GraderHelper.assert_equal`` compares a learner variable with the reference variable, default
  relative tolerance 1e-3 / absolute 1e-4, and compares function handles for algebraic
  equivalence; ``check_ok`` asserts acceptance, ``check_error`` asserts rejection). Function
  handles are stored as their bodies without ``@(x)``; the 1x2 vectors ``[-10 200]`` are written
  with a comma. GPL-3.0 (LICENSE).
- AbhiRawat4841/mathematica-mcp ``tests/test_derivation_verification.py`` @
  d4cf66941a8963355bff352311ac73b1d6b53719 (a Mathematica MCP server; each test asserts that
  ``Simplify[a - (b)]`` in the Wolfram kernel gives ``0`` (same) or not ``0`` (different)) and
  ``tests/test_corpus_verifiers.py`` at the same commit (its corpus oracles ``exact_text``,
  ``numeric_tol``, ``boolean`` and ``symbolic_equiv`` applied to a tool output, asserted with
  ``assert passed`` / ``assert not passed``). Expressions are in Wolfram Language syntax as the
  tests write them. MIT (LICENSE).

Left out, by rule: cases accepted only through a configured tolerance wider than 1% of the gold
(learnr ``tolerance = 2`` accepting 3 for 5; grade ``grade.number(1, 1.1, tolerance=.100001)``;
matlab-grader-utils ``c = -0.00000013`` accepted for ``-0.00000012`` by the absolute default)
and cases run with an explicit non-default tolerance option (gradethis ``tolerance = 0``,
matlab-grader-utils ``AbsoluteTolerance``/``RelativeTolerance`` runs); verdicts decided by answer
order or a custom answer function rather than by the value (learnr's 5 masked by the wrong
answer 6, its ``answer_fn`` even/odd tests); text, label, decision, plot, colour and generated
vector checks (learnr ``question_text``, statquiz decisions and test-name labels,
matlab-grader-utils ``name``/``v``/plots); option-only duplicates (``check_ok('f', 'Interval',
...)``); grade's ``grade.negative`` property checks, ``NA``/``Inf`` option cases and the
random-valued ``grade.discreteprobability`` calls; mathematica-mcp tests whose gold is a CAS
operation rather than an answer (``D[...]``, ``Integrate[...]``) or that hold only under stated
``Assumptions`` (``Log[a*b]``), and its non-mathematical oracles (field, artifact, warning,
workflow checks); an exact duplicate (gold, pred, verdict) triple is kept once
(``Sin[2*x]`` vs ``2*Sin[x]*Cos[x]`` appears again in ``test_equivalent_expressions``).

The webexercises answer key yields one case; its character answers (``"x"``, ``c("x", "y")``)
and option variants (``num = FALSE``, ``tol``, case and whitespace flags, regex) are left out as
not about a maths value.

Examined and not used: sigbertklinke/exams2moodle (exams.forge question generators, no tests);
a Python port of WIMS answer types (``core.answer.checkers``, ``mynumexp`` tests citing
``is(equal(0.3666666, 11/30))``) whose repository could not be located within this helper's
look-ups; jverzani/QuizQuestions.jl (Julia quiz package; its tests only check
constructor fields, grading happens in the browser); cran/exams, Software-for-Maths-Learning and
lambda-feedback Wolfram functions, john-jacobsen/fisherapp (used by earlier sets); swirldev/swirl
(tests of call matching, not answers); a Rust Wolfram interpreter's ``AssessmentFunction`` tests
(answer-key lookup, multiple choice); a ``Rem``/``wolframC`` term-rewriting test file (three
identities, not an answer checker); an R ``check_answer("mean(c(1, 2, 3))", "2")`` suite (the
prediction is R code).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

R1 = "rstudio/learnr"

R1_AT = "tests/testthat/test-question_numeric.R@e7164a86172200cdfeb53c5f17382e1f86e3e78a"

R2 = "rstudio/gradethis"

R2_AT = "tests/testthat/test-grade_if_equal.R@48aaf8957cdac09f45f540f841a6bcd55ac5e2f1"

R3 = "ltjohnson/grade"

R3_AT = "tests/grade.Rout.save@3f3804e3a73642d4503992be876750b0e4a357b5"

R4 = "chaycereed/statquiz"

R4_AT = "tests/testthat/test-check-answer.R@8263a318b444f495fd97c8fd3fd7508570564ac3"

R7 = "cjvanlissa/webexercises"

R7_AT = "tests/testthat/test-fitb.R@36380d2dd99465c497d697c54e19c63627caf5f7"

R5 = "alfonsovng/matlab-grader-utils"

R5_AT = "code/grader-helper/test/test.m@ba7ce2ab5ce1a5691075a2121b3eaa95e15d0b8c"

R6 = "AbhiRawat4841/mathematica-mcp"

R6_AT = "tests/test_derivation_verification.py@d4cf66941a8963355bff352311ac73b1d6b53719"

R6B_AT = "tests/test_corpus_verifiers.py@d4cf66941a8963355bff352311ac73b1d6b53719"

CASES = [
    # learnr: question_numeric with correct answer 1.234 (min 1, max 2)
    _c(
        R1,
        R1_AT,
        gold=r"1.234",
        pred=r"1.234",
        wrap=True,
        expected=True,
        why="question_numeric() correctly grades a question: correct",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"1.234",
        pred=r"0",
        wrap=True,
        expected=False,
        why="question_numeric() correctly grades a question: below lower bound",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"1.234",
        pred=r"3.5",
        wrap=True,
        expected=False,
        why="question_numeric() correctly grades a question: above upper bound",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"1.234",
        pred=r"3",
        wrap=True,
        expected=False,
        why="question_numeric() correctly grades a question: specifically wrong 3",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"1.234",
        pred=r"1.2",
        wrap=True,
        expected=False,
        why="question_numeric() correctly grades a question: within bound, wrong 1.2",
    ),
    # learnr: correct answer 5 (tolerance 2), rejected values outside every tolerance band
    _c(
        R1,
        R1_AT,
        gold=r"5",
        pred=r"8",
        wrap=True,
        expected=False,
        why="question_numeric() with tolerance: upper bound of tolerance around 6",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"5",
        pred=r"11",
        wrap=True,
        expected=False,
        why="question_numeric() with tolerance: 11 (marked 'was 10')",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"5",
        pred=r"12.1",
        wrap=True,
        expected=False,
        why="question_numeric() with tolerance: 10 + 2.1 (R value 12.1)",
    ),
    # gradethis: default tolerance accepts floating-point sqrt(2)^2 for 2
    _c(
        R2,
        R2_AT,
        gold=r"2",
        pred=r"sqrt(2)^2",
        wrap=True,
        expected=True,
        why="pass_if_equal() with tolerance: pass_if_equal(y = 2, x = sqrt(2) ^ 2)",
    ),
    # ltjohnson/grade (saved R output)
    _c(
        R3,
        R3_AT,
        gold=r"[1, 2]",
        pred=r"[1,2]",
        wrap=True,
        expected=True,
        why="grade.interval(c(1,2), '[1,2]') -> TRUE",
    ),
    _c(
        R3,
        R3_AT,
        gold=r"1",
        pred=r"1.1",
        wrap=True,
        expected=False,
        why="grade.number(1, 1.1, tolerance=.01) -> FALSE",
    ),
    _c(
        R3,
        R3_AT,
        gold=r"1, 2, 3, 4",
        pred=r"2, 4, 3, 1",
        wrap=True,
        expected=True,
        why="grade.set(c(1,2,3,4), c(2,4,3,1)) -> TRUE (unordered set)",
    ),
    _c(
        R3,
        R3_AT,
        gold=r"[1, 2, 3, 4]",
        pred=r"[1,2,3,4]",
        wrap=True,
        expected=True,
        why="grade.orderedset(c(1,2,3,4), '[1,2,3,4]') -> TRUE",
    ),
    _c(
        R3,
        R3_AT,
        gold=r"[1, 2, 3, 4]",
        pred=r"[1,3,2,4]",
        wrap=True,
        expected=False,
        why="grade.orderedset(c(1,2,3,4), '[1,3,2,4]') -> FALSE (order matters)",
    ),
    # statquiz: numeric_scalar with solution 0.5, tolerance 1e-3
    _c(
        R4,
        R4_AT,
        gold=r"0.5",
        pred=r"0.5",
        wrap=True,
        expected=True,
        why="numeric within tolerance returns TRUE: 0.5",
    ),
    _c(
        R4,
        R4_AT,
        gold=r"0.5",
        pred=r"0.5009",
        wrap=True,
        expected=True,
        why="numeric within tolerance returns TRUE: 0.5009 (tolerance 1e-3)",
    ),
    _c(
        R4,
        R4_AT,
        gold=r"0.5",
        pred=r"0.502",
        wrap=True,
        expected=False,
        why="numeric outside tolerance returns FALSE: 0.502",
    ),
    # webexercises: fitb(0.5) answer key lists ".5" as accepted
    _c(
        R7,
        R7_AT,
        gold=r"0.5",
        pred=r".5",
        wrap=True,
        expected=True,
        why="defaults: fitb(0.5) -> data-answer ['0.5', '.5']",
    ),
    # matlab-grader-utils: reference f = @(x) x.^2 + 5*x + 2
    _c(
        R5,
        R5_AT,
        gold=r"x.^2 + 5*x + 2",
        pred=r"x.^2 + 5*x + 2",
        wrap=True,
        expected=True,
        why="check_ok('f'): same function handle",
    ),
    _c(
        R5,
        R5_AT,
        gold=r"x.^2 + 5*x + 2",
        pred=r"x.*x + 6*x - x + 1 + 1",
        wrap=True,
        expected=True,
        why="% function ok: f = @(x) x.*x + 6*x - x + 1 + 1",
    ),
    _c(
        R5,
        R5_AT,
        gold=r"x.^2 + 5*x + 2",
        pred=r"-5",
        wrap=True,
        expected=False,
        why="% function error: f = -5 (wrong class)",
    ),
    _c(
        R5,
        R5_AT,
        gold=r"x.^2 + 5*x + 2",
        pred=r"x.^2 + 5*x + 3",
        wrap=True,
        expected=False,
        why="% function error: f = @(x) x.^2 + 5*x + 3 (wrong definition)",
    ),
    # matlab-grader-utils: numbers and an interval vector
    _c(R5, R5_AT, gold=r"10", pred=r"10", wrap=True, expected=True, why="check_ok('a'): a = 10"),
    _c(
        R5,
        R5_AT,
        gold=r"10",
        pred=r"11",
        wrap=True,
        expected=False,
        why="% number error: a = 11 (wrong value)",
    ),
    _c(
        R5,
        R5_AT,
        gold=r"10",
        pred=r"10.00001",
        wrap=True,
        expected=True,
        why="% number error with absolute tolerance: a = 10.00001 accepted by default check_ok",
    ),
    _c(
        R5,
        R5_AT,
        gold=r"5e-10",
        pred=r"5e-10",
        wrap=True,
        expected=True,
        why="check_ok('b'): b = 5e-10",
    ),
    _c(
        R5,
        R5_AT,
        gold=r"-0.00000012",
        pred=r"-0.00000012",
        wrap=True,
        expected=True,
        why="check_ok('c'): c = -0.00000012",
    ),
    _c(
        R5,
        R5_AT,
        gold=r"exp(-sin(pi/4))",
        pred=r"exp(-sin(pi/4))",
        wrap=True,
        expected=True,
        why="check_ok('d'): d = exp(-sin(pi/4))",
    ),
    _c(
        R5,
        R5_AT,
        gold=r"[-10, 200]",
        pred=r"[-10, 200]",
        wrap=True,
        expected=True,
        why="check_ok('i'): i = [-10 200]",
    ),
    _c(
        R5,
        R5_AT,
        gold=r"[-10, 200]",
        pred=r"[-10, 201]",
        wrap=True,
        expected=False,
        why="% interval error: i = [-10 201]",
    ),
    # mathematica-mcp: Simplify[a - (b)] == 0 asserted (same) / != 0 (different)
    _c(
        R6,
        R6_AT,
        gold=r"x^2 + 2*x*y + y^2",
        pred=r"(x + y)^2",
        wrap=True,
        expected=True,
        why="test_algebraic_identity_valid",
    ),
    _c(
        R6,
        R6_AT,
        gold=r"1",
        pred=r"Sin[x]^2 + Cos[x]^2",
        wrap=True,
        expected=True,
        why="test_trigonometric_identity_valid",
    ),
    _c(
        R6,
        R6_AT,
        gold=r"(x - 1)*(x + 1)",
        pred=r"x^2 - 1",
        wrap=True,
        expected=True,
        why="test_factorization_valid",
    ),
    _c(
        R6,
        R6_AT,
        gold=r"x^2 - 1",
        pred=r"x^2 + 1",
        wrap=True,
        expected=False,
        why="test_invalid_step_detected",
    ),
    _c(
        R6,
        R6_AT,
        gold=r"2*Sin[x]*Cos[x]",
        pred=r"Sin[2*x]",
        wrap=True,
        expected=True,
        why="test_double_angle_formula",
    ),
    _c(
        R6,
        R6_AT,
        gold=r"Exp[a]*Exp[b]",
        pred=r"Exp[a + b]",
        wrap=True,
        expected=True,
        why="test_exponential_laws",
    ),
    _c(
        R6,
        R6_AT,
        gold=r"(x + 1)^2 * (x + 1)",
        pred=r"(x + 1)^3",
        wrap=True,
        expected=True,
        why="test_multi_step_derivation: step 1 -> 2",
    ),
    _c(
        R6,
        R6_AT,
        gold=r"(x^2 + 2*x + 1) * (x + 1)",
        pred=r"(x + 1)^2 * (x + 1)",
        wrap=True,
        expected=True,
        why="test_multi_step_derivation: step 2 -> 3",
    ),
]
