r"""A thirty-sixth fresh set of answer-equivalence cases (evaluation only; helper "j", continued:
a Russian EGE trainer's answer-checking suite for trigonometric root families and a Korean maths
assistant's and a Vietnamese SAT class's checkers, found by string and path search while following
up unnamed leads).

Cases are transcribed from repositories that no earlier set used (checked against
bench/data/README.md, bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py,
bench/data/equiv_fresh4.md and /work/wt/fresh36_claims). Each case gives the reference answer
(``gold``), the prediction (``pred``: a bare answer to be put in ``\boxed{}`` when ``wrap`` is
True, else the whole completion as written) and the verdict (``expected``). ``where`` is
``path@commit`` in ``repo`` on github.com. Do not tune the judge on these cases.

Sources (repo, path @ commit, what is asserted, license of the stored copy):

- shpilevoy05/Mathemation (a Russian EGE maths trainer, Django; task 13 trigonometric equations)
  ``apps/content/tests_answers.py`` @ d9304c774c4d6db57c31052da48162edd8c8cc48 (stored version
  read through the index; no snapshot could be fetched): ``same_families(parse_answer(a)[0],
  parse_answer(b)[0])`` True / False (first argument taken as gold), ``task.check_answer(given)``
  ``is True`` / ``is False`` against the task's ``answer_spec`` or ``correct_answer``, and
  ``submit_attempt(...).is_correct`` / the attempt API's ``is_correct``. A spec with several
  ``families`` (or ``roots``) is stored as one gold string, the spec's entries joined with ``"; "``
  (``", "`` for roots), the separators the suite's own student answers use; ``why`` says so. No
  license file in the stored copy's listing.
- eulerNum/math-assistant (a Korean maths tutoring app, Next.js) ``lib/grading/__tests__/check.test.ts``
  @ d43f9cac1bc1b3cbadab2cd6928f8476d0322c9c (unchanged at the fetched HEAD
  7c52468ee7f5beeb523f99fa27cfdfeafa22af3b; found while trying to place an unnamed
  ``@/lib/grading/normalize`` suite, which is not this one): ``checkAnswer(studentAnswer,
  correctAnswer)`` true / false. No license file in the snapshot.
- tridinhbui/hoc-sat (a Vietnamese SAT class site) ``tests/grid-in.test.ts`` @
  efedcc434c46fd809ab38e9c890b4e91934bbedf (stored version read through the index; no snapshot
  could be fetched; one of the holders of ``src/lib/grading/normalize.ts``): ``matchesOne(student,
  key)`` and ``matchesGridIn(student, key, null)`` true / false for SAT grid-in answers. No
  ``LICENSE`` file in the stored copy's listing.

Left out, by rule: in Mathemation, the parsing tests that assert counts or refusals (no pair), the answers the
checker cannot read (``π/6 + 2πk +``: ``None`` by design, or counted wrong only in the mock-exam
context), the reference-answer validation tests and the 422 API response; math-assistant's
``normalize.test.ts`` (normalisation output only). In hoc-sat, the ``parseGridIn`` parsing tests,
the repeating-decimal tests under the SAT grid-in rule that a truncated or rounded decimal filling
the box counts and a shorter one does not (``.666`` / ``.667`` / ``0.6667`` vs ``2/3`` true, ``.67``
/ ``.7`` / ``0.66`` false; ``.333`` / ``.33`` vs ``1/3``; ``.142`` / ``.143`` / ``.14`` vs ``1/7``;
and ``gradeAnswer(grid, ".667")``): an exam's approximation policy, not value equality; the
``matchesGridIn`` calls with a teacher's variant list, ``matchesMcq`` and the MCQ / free-text
``gradeAnswer`` tests (letters, ungraded).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

R5 = "shpilevoy05/Mathemation"
R5_AT = "apps/content/tests_answers.py@d9304c774c4d6db57c31052da48162edd8c8cc48"
_J = "gold = the answer_spec entries joined with '; '"
_JR = "gold = the answer_spec roots joined with ', '"

CASES_R5 = [
    # ParsingTests / FamilyEquivalenceTests: same_families(first, second)
    _c(
        R5,
        R5_AT,
        gold=r"π/6 + 2πk",
        pred=r"π/6 + 2πn",
        wrap=True,
        expected=True,
        why="test_parameter_letter_does_not_matter",
    ),
    _c(
        R5,
        R5_AT,
        gold=r"π/4 + πk/2",
        pred=r"π/4 + πk; 3π/4 + πk",
        wrap=True,
        expected=True,
        why="test_same_set_written_with_different_periods",
    ),
    _c(
        R5,
        R5_AT,
        gold=r"π/6 + 2πk",
        pred=r"13π/6 + 2πk",
        wrap=True,
        expected=True,
        why="test_shifted_base_by_a_whole_period",
    ),
    _c(
        R5,
        R5_AT,
        gold=r"π/6 + 2πk; 5π/6 + 2πk",
        pred=r"5π/6 + 2πn; π/6 + 2πn",
        wrap=True,
        expected=True,
        why="test_order_of_series_does_not_matter",
    ),
    _c(
        R5,
        R5_AT,
        gold=r"π/6 + 2πk; 5π/6 + 2πk",
        pred=r"π/6 + 2πk",
        wrap=True,
        expected=False,
        why="test_missing_series_is_not_the_same_answer",
    ),
    _c(
        R5,
        R5_AT,
        gold=r"π/6 + 2πk",
        pred=r"π/6 + πk",
        wrap=True,
        expected=False,
        why="test_wrong_period_is_not_the_same_answer",
    ),
    _c(
        R5,
        R5_AT,
        gold=r"arcsin(2/3) + 2πk",
        pred=r"arcsin(2/3) + 2πn",
        wrap=True,
        expected=True,
        why="test_non_table_value_survives",
    ),
    # CheckAnswerTests: task.check_answer(given)
    _c(
        R5,
        R5_AT,
        gold=r"pi/4 + pi*k/2",
        pred=r"π/4+πk; 3π/4+πk",
        wrap=True,
        expected=True,
        why="test_families_accept_an_equivalent_form (ROOT_FAMILIES)",
    ),
    _c(
        R5,
        R5_AT,
        gold=r"7*pi/6, 11*pi/6, 19*pi/6",
        pred=r"19π/6, 7π/6, 11π/6",
        wrap=True,
        expected=True,
        why="test_root_set_ignores_order (ROOT_SET); " + _JR,
    ),
    _c(
        R5,
        R5_AT,
        gold=r"7*pi/6, 11*pi/6",
        pred=r"7π/6",
        wrap=True,
        expected=False,
        why="test_root_set_needs_every_root (ROOT_SET); " + _JR,
    ),
    _c(
        R5,
        R5_AT,
        gold=r"0.5",
        pred=r"1/2",
        wrap=True,
        expected=True,
        why="test_number_type_compares_by_value (NUMBER)",
    ),
    _c(
        R5,
        R5_AT,
        gold=r"0.5",
        pred=r"0,5",
        wrap=True,
        expected=True,
        why="test_number_type_compares_by_value (NUMBER, decimal comma)",
    ),
    _c(
        R5,
        R5_AT,
        gold=r"0.5",
        pred=r"2",
        wrap=True,
        expected=False,
        why="test_number_type_compares_by_value (NUMBER)",
    ),
    _c(
        R5,
        R5_AT,
        gold=r"12",
        pred=r" 12 ",
        wrap=True,
        expected=True,
        why="test_text_type_keeps_the_old_behaviour (default text type)",
    ),
    _c(
        R5,
        R5_AT,
        gold=r"12",
        pred=r"13",
        wrap=True,
        expected=False,
        why="test_text_type_keeps_the_old_behaviour (default text type)",
    ),
    # AttemptTests / AttemptApiTests against {"families": ["pi/6 + 2*pi*k"]}
    _c(
        R5,
        R5_AT,
        gold=r"pi/6 + 2*pi*k",
        pred=r"13π/6 + 2πn",
        wrap=True,
        expected=True,
        why="AttemptTests.test_equivalent_answer_is_accepted (attempt.is_correct)",
    ),
    _c(
        R5,
        R5_AT,
        gold=r"pi/6 + 2*pi*k",
        pred=r"π/6 + 2πn",
        wrap=True,
        expected=True,
        why="AttemptApiTests.test_correct_answer_still_returns_201 (is_correct)",
    ),
    # CorpusAnswerTests.CASES (spec, given, expected)
    _c(
        R5,
        R5_AT,
        gold=r"pi/3 + 2*pi*k",
        pred=r"π/3+2πn",
        wrap=True,
        expected=True,
        why="CorpusAnswerTests: Задача 1.1",
    ),
    _c(
        R5,
        R5_AT,
        gold=r"pi/6 + 2*pi*k; 5*pi/6 + 2*pi*k",
        pred=r"π/6+2πk; 5π/6+2πk",
        wrap=True,
        expected=True,
        why="CorpusAnswerTests: Задача 3.1; " + _J,
    ),
    _c(
        R5,
        R5_AT,
        gold=r"-pi/6 + pi*k/2",
        pred=r"−π/6+πk/2",
        wrap=True,
        expected=True,
        why="CorpusAnswerTests: Задача 5.1",
    ),
    _c(
        R5,
        R5_AT,
        gold=r"arcsin(2/3) + 2*pi*k; pi - arcsin(2/3) + 2*pi*k",
        pred=r"arcsin(2/3)+2πk; π−arcsin(2/3)+2πk",
        wrap=True,
        expected=True,
        why="CorpusAnswerTests: Задача 8.1; " + _J,
    ),
    _c(
        R5,
        R5_AT,
        gold=r"pi/4 + pi*k/2; -pi/4 + pi*k/2",
        pred=r"±π/4+πk/2",
        wrap=True,
        expected=True,
        why="CorpusAnswerTests: Задача 13.1 (±); " + _J,
    ),
    _c(
        R5,
        R5_AT,
        gold=r"pi/6 + 2*pi*k; 5*pi/6 + 2*pi*k",
        pred=r"π/6+2πk",
        wrap=True,
        expected=False,
        why="CorpusAnswerTests: lost series; " + _J,
    ),
]

R6 = "eulerNum/math-assistant"
R6_AT = "lib/grading/__tests__/check.test.ts@d43f9cac1bc1b3cbadab2cd6928f8476d0322c9c"

CASES_R6 = [
    # checkAnswer(studentAnswer, correctAnswer)
    _c(
        R6,
        R6_AT,
        gold=r"42",
        pred=r"42",
        wrap=True,
        expected=True,
        why="returns true for exact match",
    ),
    _c(
        R6,
        R6_AT,
        gold=r"42",
        pred=r" 42 ",
        wrap=True,
        expected=True,
        why="returns true when student answer has extra whitespace",
    ),
    _c(
        R6,
        R6_AT,
        gold=r"3x",
        pred=r"3X",
        wrap=True,
        expected=True,
        why="returns true regardless of case difference",
    ),
    _c(
        R6,
        R6_AT,
        gold=r"42",
        pred=r"41",
        wrap=True,
        expected=False,
        why="returns false for wrong answer",
    ),
    _c(
        R6,
        R6_AT,
        gold=r"42",
        pred=r"",
        wrap=True,
        expected=False,
        why="returns false when student answer is empty",
    ),
]

R7 = "tridinhbui/hoc-sat"
R7_AT = "tests/grid-in.test.ts@efedcc434c46fd809ab38e9c890b4e91934bbedf"

CASES_R7 = [
    # matchesOne(student, key): cùng một số viết nhiều kiểu
    _c(
        R7,
        R7_AT,
        gold=r"3/4",
        pred=r"3/4",
        wrap=True,
        expected=True,
        why="matchesOne: 3/4 · .75 · 0.75 là một",
    ),
    _c(
        R7,
        R7_AT,
        gold=r"3/4",
        pred=r".75",
        wrap=True,
        expected=True,
        why="matchesOne: 3/4 · .75 · 0.75 là một",
    ),
    _c(
        R7,
        R7_AT,
        gold=r"3/4",
        pred=r"0.75",
        wrap=True,
        expected=True,
        why="matchesOne: 3/4 · .75 · 0.75 là một",
    ),
    _c(
        R7,
        R7_AT,
        gold=r"3/4",
        pred=r"6/8",
        wrap=True,
        expected=True,
        why="matchesOne: 3/4 · .75 · 0.75 là một (6/8)",
    ),
    _c(
        R7,
        R7_AT,
        gold=r"12",
        pred=r"12",
        wrap=True,
        expected=True,
        why="matchesOne: số nguyên và số âm",
    ),
    _c(
        R7,
        R7_AT,
        gold=r"12",
        pred=r"12.0",
        wrap=True,
        expected=True,
        why="matchesOne: số nguyên và số âm",
    ),
    _c(
        R7,
        R7_AT,
        gold=r"-.75",
        pred=r"-3/4",
        wrap=True,
        expected=True,
        why="matchesOne: số nguyên và số âm",
    ),
    _c(
        R7,
        R7_AT,
        gold=r"12",
        pred=r"13",
        wrap=True,
        expected=False,
        why="matchesOne: số nguyên và số âm",
    ),
    _c(
        R7,
        R7_AT,
        gold=r"2/3",
        pred=r"2/3",
        wrap=True,
        expected=True,
        why="matchesOne: 2/3 written as 2/3",
    ),
    # a terminating key accepts no approximation
    _c(
        R7,
        R7_AT,
        gold=r"1/2",
        pred=r".499",
        wrap=True,
        expected=False,
        why="matchesOne: đáp án viết hữu hạn được thì không nhận xấp xỉ",
    ),
    _c(
        R7,
        R7_AT,
        gold=r"0.5",
        pred=r".501",
        wrap=True,
        expected=False,
        why="matchesOne: đáp án viết hữu hạn được thì không nhận xấp xỉ",
    ),
    _c(
        R7,
        R7_AT,
        gold=r"1/2",
        pred=r".5",
        wrap=True,
        expected=True,
        why="matchesOne: đáp án viết hữu hạn được thì không nhận xấp xỉ (.5 = 1/2)",
    ),
    _c(
        R7,
        R7_AT,
        gold=r"3.5",
        pred=r"3.50",
        wrap=True,
        expected=True,
        why="matchesGridIn('3.50', '3.5', null)",
    ),
]

CASES = CASES_R5 + CASES_R6 + CASES_R7
