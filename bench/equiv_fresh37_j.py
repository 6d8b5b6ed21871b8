r"""A thirty-seventh fresh set of answer-equivalence cases (evaluation only; helper "j":
competition answer keys that list several accepted forms, and graders whose tests assert that
alternative forms of a contest answer match).

Cases are transcribed from repositories that no earlier set used (checked against
bench/data/README.md, bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py,
bench/data/equiv_fresh4.md and /work/wt/fresh37_claims). Each case gives the reference answer
(``gold``), the prediction (``pred``: a bare answer to be put in ``\boxed{}`` when ``wrap`` is
True, else the whole completion as written) and the verdict (``expected``). ``where`` is
``path@commit`` in ``repo`` on github.com. Do not tune the judge on these cases.

Sources (repo, path @ commit, what is asserted, license of the stored copy):

- vEnhance/otis-web (Evan Chen's OTIS olympiad-training site; its practice exams are mock
  AMC/AIME "quizzes" whose answer key field takes a comma-separated list of accepted forms, and a
  guess is scored by evaluating both sides with ``exams/calculator.py``: "A student whose answer is
  4^500 may prefer to write 2^1000") ``exams/tests.py`` @ 71d43e01ffde4bdb3c38e3fd830d83c3e5b4e3a3
  (fetched HEAD). Two kinds of assertion:
  ``test_quiz`` posts guesses against the answer key 1000/2000/3000/4000/5000 and asserts
  ``[r["correct"] for r in rows] == [False, True, False, True, False]`` (gold = the accepted key,
  pred = the guess); ``check_calculator(expr, out)`` asserts ``expr_compute(expr) ==
  pytest.approx(out)``, i.e. that the guess ``expr`` scores as the key value ``out`` (gold = ``out``
  written as the number the test passes, pred = ``expr``). The quiz itself compares with
  ``abs(guess_val - v) < 1e-12``. MIT (LICENSE.txt).
- Jonathan7758/Math_5star (a children's maths tutor; outside this helper's competition focus, found
  through a ``test_equivalent_forms`` string search) ``backend/tests/unit/test_math_verifier.py``
  @ 08604bbdb097b9e76f9309c11ef6a4cf3bf5ace0 (the only stored version, read through the index; no
  snapshot could be fetched): ``MathVerifier.is_equivalent / is_numeric_equal / verify(student,
  correct)`` asserted true / false (``backend/engine/math_verifier.py`` at the same commit names the
  arguments ``student_answer, correct_answer``); gold = ``correct``, pred = ``student``. No license
  file among the files the index lists for it (not every file could be checked).
- oldpilluwu/QuantOPD (quantised on-policy distillation experiments scored on MATH-500 /
  Omni-MATH) ``tests/test_grading.py`` @ 8d26afb6e9565bd8928b0a1df88a70db4b509a2c (the last commit
  that has the file; the fetched HEAD d91142aa8f6c14388cde9c485c6349b5381f30c8 removed it):
  ``grade(gold, prediction).correct`` True / False, a whole completion graded against a bare gold.
  ``grade`` is a thin wrapper around Math-Verify (the test file says it pins that library's
  behaviour), so these six cases restate Math-Verify verdicts that the project asserts.
  No license file in the snapshot.

Left out, by rule: in otis-web, the empty fifth guess (no answer given), the malformed guess
``$@#%$@#\^__meow__^%&*(==`` (a form-validation failure, no verdict), the permission tests
(``post_denied``), the overflow tests that only assert ``OverflowError`` / ``ValidationError``
(``9^9^9``, ``10^1001``, ``(-3)^10^500``, ``(10^600)^10``, ``2^(10^100)``) and the two float
underflow checks ``9^(-9^9)`` and ``0.5^(9^9)`` against 0 (they assert that the evaluator
underflows to 0.0, which is not an equality of values). In Math_5star, ``simplify`` and
``solve_equation`` tests (no answer pair). In QuantOPD, the gold-extraction tests, the mocked
timeout / error tests, the Wilson-interval tests and the ``summarize`` test (it repeats
``10`` / ``\boxed{10}``, ``\boxed{11}`` and an unparseable line already taken).

Examined and not used: code-anjali/math_challenge ``src/test_evaluator.py`` (a student
math-challenge grader; only two ``is_correct`` assertions, one of them on answer labels
``4 c1`` / ``4 c.1``, the rest digit-extraction checks); the CMIMC ``rbiter`` grader (grades a
Google sheet, no labels in the repository); emilychenhz-prog/mathcounts-club-hq (no tests or
answer key with alternatives); vEnhance/helium (HMMT's scan-grading system: human verdicts
per scanned paper, no answer pairs). Leads whose repository was already used by an earlier set
(killy-netsphere/Netsphere-Eval, VadimNeuro-lab/Trope, ellanorai/ThinkRL, devworx8/edudash-pro-app,
thekasyap/thinkbot, john-jacobsen/fisherapp) were skipped; an ``offline_search`` ``MathVerifier``
suite and a Bulgarian ``_local_equivalence_check`` suite could not be tied to a repository.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

R1 = "vEnhance/otis-web"
R1_AT = "exams/tests.py@71d43e01ffde4bdb3c38e3fd830d83c3e5b4e3a3"
R2 = "Jonathan7758/Math_5star"
R2_AT = "backend/tests/unit/test_math_verifier.py@08604bbdb097b9e76f9309c11ef6a4cf3bf5ace0"
R3 = "oldpilluwu/QuantOPD"
R3_AT = "tests/test_grading.py@8d26afb6e9565bd8928b0a1df88a70db4b509a2c"

CASES = [
    # test_quiz: answer key answer1..answer5 = 1000, 2000, 3000, 4000, 5000; guesses as posted
    _c(R1, R1_AT, gold=r"1000", pred=r"1337", wrap=True, expected=False, why="test_quiz guess1"),
    _c(R1, R1_AT, gold=r"2000", pred=r"2000", wrap=True, expected=True, why="test_quiz guess2"),
    _c(
        R1,
        R1_AT,
        gold=r"3000",
        pred=r"30+100",
        wrap=True,
        expected=False,
        why="test_quiz guess3 ('pretend it's a typo for 30 x 100')",
    ),
    _c(R1, R1_AT, gold=r"4000", pred=r"2^5*5^3", wrap=True, expected=True, why="test_quiz guess4"),
    # test_arithmetic: check_calculator(expr, out)
    _c(
        R1,
        R1_AT,
        gold=r"1/81",
        pred=r"1/3^4",
        wrap=True,
        expected=True,
        why="test_arithmetic (out is the Python value 1 / 81)",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"0",
        pred=r"(2*sqrt(2))^2 - 4^(3/2)",
        wrap=True,
        expected=True,
        why="test_arithmetic",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"13273.2289614",
        pred=r"16900/4*pi",
        wrap=True,
        expected=True,
        why="test_arithmetic (pytest.approx, relative 1e-6, of 4225*pi)",
    ),
    # test_unary_minus_precedence
    _c(
        R1,
        R1_AT,
        gold=r"-4",
        pred=r"-2^2",
        wrap=True,
        expected=True,
        why="test_unary_minus_precedence",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"-512",
        pred=r"-2^3^2",
        wrap=True,
        expected=True,
        why="test_unary_minus_precedence",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"-25",
        pred=r"-(2+3)^2",
        wrap=True,
        expected=True,
        why="test_unary_minus_precedence",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"-1",
        pred=r"3-2^2",
        wrap=True,
        expected=True,
        why="test_unary_minus_precedence",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"4",
        pred=r"(-2)^2",
        wrap=True,
        expected=True,
        why="test_unary_minus_precedence",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"0.25",
        pred=r"2^-2",
        wrap=True,
        expected=True,
        why="test_unary_minus_precedence (signed exponent)",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"-0.25",
        pred=r"-2^-2",
        wrap=True,
        expected=True,
        why="test_unary_minus_precedence (signed exponent)",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"0.25",
        pred=r"4^-1^2",
        wrap=True,
        expected=True,
        why="test_unary_minus_precedence (signed exponent)",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"2",
        pred=r"--2",
        wrap=True,
        expected=True,
        why="test_unary_minus_precedence",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"2",
        pred=r"-+-2",
        wrap=True,
        expected=True,
        why="test_unary_minus_precedence",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"-6",
        pred=r"3*-2",
        wrap=True,
        expected=True,
        why="test_unary_minus_precedence",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"5",
        pred=r"2--3",
        wrap=True,
        expected=True,
        why="test_unary_minus_precedence",
    ),
    # test_huge_exponents: exact large answers ("answers that are merely large should still
    # evaluate exactly"); gold is the Python int the test passes, written out in decimal
    _c(
        R1,
        R1_AT,
        gold=str(4**500),
        pred=r"2^1000",
        wrap=True,
        expected=True,
        why="test_huge_exponents (out is 4**500)",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"0",
        pred=r"2^1000 - 4^500",
        wrap=True,
        expected=True,
        why="test_huge_exponents",
    ),
    _c(
        R1,
        R1_AT,
        gold=str(10**999),
        pred=r"10^999",
        wrap=True,
        expected=True,
        why="test_huge_exponents (out is 10**999)",
    ),
    _c(R1, R1_AT, gold=r"1", pred=r"1^(9^9)", wrap=True, expected=True, why="test_huge_exponents"),
    # Math_5star: MathVerifier.<fn>(student, correct)
    _c(
        R2,
        R2_AT,
        gold=r"7",
        pred=r"3+4",
        wrap=True,
        expected=True,
        why="test_numeric_equality (is_numeric_equal)",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"x*x",
        pred=r"x^2",
        wrap=True,
        expected=True,
        why="test_algebraic_equality (is_equivalent)",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"2/4",
        pred=r"1/2",
        wrap=True,
        expected=True,
        why="test_fraction_equality (is_equivalent)",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"2",
        pred=r"sqrt(4)",
        wrap=True,
        expected=True,
        why="test_equivalent_forms (is_equivalent)",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"8",
        pred=r"3+4",
        wrap=True,
        expected=False,
        why="test_incorrect_answer (is_equivalent)",
    ),
    _c(R2, R2_AT, gold=r"5", pred=r"5", wrap=True, expected=True, why="test_verify_correct"),
    _c(R2, R2_AT, gold=r"1/2", pred=r"0.5", wrap=True, expected=True, why="test_verify_equivalent"),
    _c(R2, R2_AT, gold=r"8", pred=r"7", wrap=True, expected=False, why="test_verify_incorrect"),
    _c(
        R2,
        R2_AT,
        gold=r"5",
        pred=r"!!!",
        wrap=True,
        expected=False,
        why="test_parse_invalid_input (verify)",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"x^2 - 1",
        pred=r"(x+1)*(x-1)",
        wrap=True,
        expected=True,
        why="test_complex_expression (is_equivalent)",
    ),
    # QuantOPD: grade(gold, prediction).correct, prediction is the whole completion
    _c(
        R3,
        R3_AT,
        gold=r"10",
        pred=r"The answer is \boxed{10}.",
        wrap=False,
        expected=True,
        why="test_exact_match_is_correct",
    ),
    _c(
        R3,
        R3_AT,
        gold=r"10",
        pred=r"The answer is \boxed{11}.",
        wrap=False,
        expected=False,
        why="test_wrong_answer_is_incorrect",
    ),
    _c(
        R3,
        R3_AT,
        gold=r"\frac{1}{2}",
        pred=r"The answer is \boxed{0.5}",
        wrap=False,
        expected=True,
        why="test_equivalent_forms_compare_equal",
    ),
    _c(
        R3,
        R3_AT,
        gold=r"x+1",
        pred=r"answer: \boxed{1+x}",
        wrap=False,
        expected=True,
        why="test_symbolically_equivalent_expressions_compare_equal",
    ),
    _c(
        R3,
        R3_AT,
        gold=r"\text{even}",
        pred=r"the answer is $\boxed{\text{even}}$",
        wrap=False,
        expected=True,
        why="test_text_gold_parses_once_wrapped",
    ),
    _c(
        R3,
        R3_AT,
        gold=r"10",
        pred=r"I am not going to answer that.",
        wrap=False,
        expected=False,
        why="test_unparseable_prediction_counts_as_wrong_not_missing",
    ),
]
