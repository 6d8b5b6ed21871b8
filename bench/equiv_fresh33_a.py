r"""A thirty-third fresh set of answer-equivalence cases (evaluation only; helper "a":
human-graded model answers to national entrance-exam maths in non-English settings, and the
answer-check tests of small non-English maths projects).

Cases are transcribed from repositories that no earlier set used (checked against
bench/data/README.md, bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py,
bench/data/equiv_fresh4.md and /work/wt/fresh33_claims). Each case gives the reference answer
(``gold``), the prediction (``pred``: a bare answer to be put in ``\boxed{}`` when ``wrap`` is
True, else the whole completion as written) and the verdict (``expected``). ``where`` is
``path@commit`` in ``repo`` on github.com. Do not tune the judge on these cases.

Sources (repo, path @ commit, what is asserted, license of the stored copy):

- tani/yans-2025-hackathon ``tests/test_eval.py`` @ 1a23abc3876872318053736dc0b9bd57523ac0c3
  (library of the YANS 2025 hackathon on Japanese maths word problems; ``test_evaluate_response``
  asserts ``evaluate_response(response, expected_answer) is expected_result``). The gold is the
  integer ``expected_answer`` written as a decimal string; ``pred`` is the response string whole
  (``wrap`` False). All 12 parametrized rows. No license file (``pyproject.toml`` names none).
- zhengaq/GAOKAO-Math24 ``README.md`` @ 7480b7c287e93cbfc5bb6b6a4eca1cfdac30a9c5 ("Math Questions
  You Cannot Cheat", 2024 gaokao New Curriculum I paper). The authors ran GPT-4o, Claude 3 Opus,
  Gemini Ultra 1.0 and Llama 3 70B (full responses in ``Responses_N1/``) and tabulated each
  model's final answer to the fill-in-the-blank questions 12-14 under the ground truth
  (``3/2``, ``ln2``, ``1/2``), with a per-row accuracy. The verdict of each cell follows from
  the row accuracy (66.7% = two of three, 33.3% = one, 0% = none) and is the only consistent
  reading: e.g. GPT-4o's ``0.69`` for ``1/2`` and Llama's ``1-ln(3/2)`` for ``ln2`` are wrong.
  ``pred`` is the table cell (``wrap`` True). All 12 cells. Apache-2.0.
- zyclope0/mathakine (a French maths-practice app) @ 76b8dd6a1cbcdd656fd6a172f703a91f6542ff26:
  ``tests/unit/test_answer_validation_formats.py`` (``submit_answer`` on an exercise whose
  ``correct_answer`` is given, asserting ``result.is_correct == expected_result``; French
  decimal comma accepted) and ``tests/unit/test_challenge_answer_service.py``
  (``compare_probability(user, correct) is True/False`` and ``compare_sequence_default``). MIT.
- Englader/brain-growth (a Macedonian/English primary-maths app) ``tests/fractions.test.ts`` @
  abbb15b5109b9fe1d01dde7ae9bf628e6e5ab8d9 (the stored version of that file; no snapshot of the
  repository could be fetched, the file was read from the index). The block "typed answers: both
  decimal conventions, and fractions where a value is expected" asserts
  ``gradeResponse(half(conv), {kind: 'typed', raw}, conv).correct`` is true for an item whose answer
  is ``rat(1, 2)`` (0.25 + 0.25), for seven typed forms under both the English and the Macedonian
  number convention; the seven forms are taken once each (the two conventions assert the same
  pairs), gold written ``1/2``. No LICENSE file is listed for the repository in the index.

Left out, by rule: brain-growth's "1/" / "abc" rows (unreadable input, not a verdict),
its landed-position and misconception-code tests (no typed answer or no correct/incorrect
assertion); mathakine's text-answer rows (``Paris``, ``Force``: not maths), its strict
format policies that reject an equal value (``0100`` vs ``100``, ``0.50`` vs ``0.5``) and the
unit rows of ``test_unit_answer_validation`` (``10`` vs ``10 km``), the string fallback
``compare_probability("abc", "abc")``, the chess / deduction / graph / visual-pattern
comparators, and the ``TestCheckAnswer`` dispatch rows (they repeat pairs already taken);
yans-2025-hackathon's ``test_normalize_number`` and ``test_extra_answer_from_response``
(normalisation and extraction only); GAOKAO-Math24's single- and multiple-choice tables
(letters). The Korean CSAT answers of l-yohai/suneung are in
bench/equiv_fresh33_a2.py.

Examined and not used: Yuta-dango/llm-math (Japanese GPT-4o-mini MATH runs; correctness from its
own sympy script, no tests or human labels); Longcat2957/sLLM-Suneung and
Sin-Yejun/suneung-mistral7b (answer keys and multiple-choice scoring only); om00839/machine-suneung
(a notebook, no graded answers); max7im-prog/expressionChecker (МИРЭА hackathon; tests assert
tree matching up to renaming of variables in its own ``sum(var(a),...)`` syntax, not answer
values); jeinlee1991/chinese-llm-benchmark (its graded answers are in an xlsx inside a 33 GB
snapshot); star-power0/gaokao-math-ai-eval and kerrrr-85/gaokao-math-lab (no snapshot);
DXT0509/ExamWeb (Vietnamese THPT exam builder; already used by an earlier set);
Nanji-Huaji/AI-Gaokao-2025 (2025 gaokao answers scored by an o4-mini judge, not by people);
lowspace/2024-GaoKao-Eval (answers extracted and scored by script and an LLM);
hewguo/gaokao2025 (admission-score data, no maths answers); kuaitoukuai/jev-gaokao-eval (no
snapshot). Two Russian answer-checker test files found by ``find_string`` (a
``compare_math_answers`` self-test and a vitest file for ``answersEqual``) were not used
because their repositories could not be identified.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

R1 = "tani/yans-2025-hackathon"

R1_AT = "tests/test_eval.py@1a23abc3876872318053736dc0b9bd57523ac0c3"

R2 = "zhengaq/GAOKAO-Math24"

R2_AT = "README.md@7480b7c287e93cbfc5bb6b6a4eca1cfdac30a9c5"

R4 = "zyclope0/mathakine"

R4_AT = "tests/unit/test_answer_validation_formats.py@76b8dd6a1cbcdd656fd6a172f703a91f6542ff26"

R4_AT2 = "tests/unit/test_challenge_answer_service.py@76b8dd6a1cbcdd656fd6a172f703a91f6542ff26"

R5 = "Englader/brain-growth"

R5_AT = "tests/fractions.test.ts@abbb15b5109b9fe1d01dde7ae9bf628e6e5ab8d9"

CASES = [
    # tests/test_eval.py test_evaluate_response: evaluate_response(response, expected_answer) is expected_result
    _c(
        R1,
        R1_AT,
        gold=r"42",
        pred=r"The answer is 42",
        wrap=False,
        expected=True,
        why=r"test_evaluate_response[0]",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"42",
        pred=r"The answer is 42.",
        wrap=False,
        expected=True,
        why=r"test_evaluate_response[1] (end with period)",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"1",
        pred=r"The answer is 1.",
        wrap=False,
        expected=True,
        why=r"test_evaluate_response[2] (single digit with period)",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"1234",
        pred=r"Result is 1,234",
        wrap=False,
        expected=True,
        why=r"test_evaluate_response[3] (with comma)",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"123",
        pred=r"Value: 0123",
        wrap=False,
        expected=True,
        why=r"test_evaluate_response[4]",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"43",
        pred=r"The answer is 42",
        wrap=False,
        expected=False,
        why=r"test_evaluate_response[5]",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"200",
        pred=r"Result is 100",
        wrap=False,
        expected=False,
        why=r"test_evaluate_response[6]",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"42",
        pred=r"No answer provided",
        wrap=False,
        expected=False,
        why=r"test_evaluate_response[7]",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"42",
        pred=r"",
        wrap=False,
        expected=False,
        why=r"test_evaluate_response[8]",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"-25",
        pred=r"The result is -25",
        wrap=False,
        expected=True,
        why=r"test_evaluate_response[9]",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"25",
        pred=r"The result is -25",
        wrap=False,
        expected=False,
        why=r"test_evaluate_response[10]",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"25",
        pred=r"The result is -25.",
        wrap=False,
        expected=False,
        why=r"test_evaluate_response[11] (end with period)",
    ),
    # README.md FIB table (questions 12-14 of 2024 National I paper); verdicts from the Accuracy column
    _c(
        R2,
        R2_AT,
        gold=r"3/2",
        pred=r"3/2",
        wrap=True,
        expected=True,
        why=r"FIB Q12, row GPT-4o (6/8/2024) (row accuracy 66.70%)",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"ln2",
        pred=r"ln2",
        wrap=True,
        expected=True,
        why=r"FIB Q13, row GPT-4o (6/8/2024) (row accuracy 66.70%)",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"1/2",
        pred=r"0.69",
        wrap=True,
        expected=False,
        why=r"FIB Q14, row GPT-4o (6/8/2024) (row accuracy 66.70%)",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"3/2",
        pred=r"1",
        wrap=True,
        expected=False,
        why=r"FIB Q12, row Claude_3_Opus (6/8/2024) (row accuracy 33.30%)",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"ln2",
        pred=r"ln2",
        wrap=True,
        expected=True,
        why=r"FIB Q13, row Claude_3_Opus (6/8/2024) (row accuracy 33.30%)",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"1/2",
        pred=r"0.15",
        wrap=True,
        expected=False,
        why=r"FIB Q14, row Claude_3_Opus (6/8/2024) (row accuracy 33.30%)",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"3/2",
        pred=r"5/4",
        wrap=True,
        expected=False,
        why=r"FIB Q12, row Gemini-Ultra-1.0 (6/8/2024) (row accuracy 33.30%)",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"ln2",
        pred=r"ln2",
        wrap=True,
        expected=True,
        why=r"FIB Q13, row Gemini-Ultra-1.0 (6/8/2024) (row accuracy 33.30%)",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"1/2",
        pred=r"1",
        wrap=True,
        expected=False,
        why=r"FIB Q14, row Gemini-Ultra-1.0 (6/8/2024) (row accuracy 33.30%)",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"3/2",
        pred=r"4/a",
        wrap=True,
        expected=False,
        why=r"FIB Q12, row Llama_3 (70b; 6/8/2024) (row accuracy 0%)",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"ln2",
        pred=r"1-ln(3/2)",
        wrap=True,
        expected=False,
        why=r"FIB Q13, row Llama_3 (70b; 6/8/2024) (row accuracy 0%)",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"1/2",
        pred=r"11/12",
        wrap=True,
        expected=False,
        why=r"FIB Q14, row Llama_3 (70b; 6/8/2024) (row accuracy 0%)",
    ),
    # tests/unit/test_answer_validation_formats.py test_answer_validation_formats (numeric exercise types;
    # submit_answer(selected_answer=answer) against correct_answer, asserts result.is_correct)
    _c(
        R4,
        R4_AT,
        gold=r"42",
        pred=r"42",
        wrap=True,
        expected=True,
        why=r"test_answer_validation_formats[ADDITION-'42'-'42']",
    ),
    _c(
        R4,
        R4_AT,
        gold=r"42",
        pred=r" 42",
        wrap=True,
        expected=True,
        why=r"test_answer_validation_formats[ADDITION-' 42'-'42']",
    ),
    _c(
        R4,
        R4_AT,
        gold=r"42",
        pred=r"42 ",
        wrap=True,
        expected=True,
        why=r"test_answer_validation_formats[ADDITION-'42 '-'42']",
    ),
    _c(
        R4,
        R4_AT,
        gold=r"100",
        pred=r"100",
        wrap=True,
        expected=True,
        why=r"test_answer_validation_formats[MULTIPLICATION-'100'-'100']",
    ),
    _c(
        R4,
        R4_AT,
        gold=r"3.5",
        pred=r"3.5",
        wrap=True,
        expected=True,
        why=r"test_answer_validation_formats[DIVISION-'3.5'-'3.5']",
    ),
    _c(
        R4,
        R4_AT,
        gold=r"3.5",
        pred=r"3,5",
        wrap=True,
        expected=True,
        why=r"test_answer_validation_formats[DIVISION-'3,5'-'3.5']",
    ),
    # test_fraction_answer_validation (ExerciseType.FRACTIONS): (answer, correct, expected)
    _c(
        R4,
        R4_AT,
        gold=r"1/2",
        pred=r"1/2",
        wrap=True,
        expected=True,
        why=r"test_fraction_answer_validation['1/2'-'1/2']",
    ),
    _c(
        R4,
        R4_AT,
        gold=r"0.5",
        pred=r"1/2",
        wrap=True,
        expected=True,
        why=r"test_fraction_answer_validation['1/2'-'0.5']",
    ),
    _c(
        R4,
        R4_AT,
        gold=r"1/2",
        pred=r"0.5",
        wrap=True,
        expected=True,
        why=r"test_fraction_answer_validation['0.5'-'1/2']",
    ),
    _c(
        R4,
        R4_AT,
        gold=r"0.5",
        pred=r"0.5",
        wrap=True,
        expected=True,
        why=r"test_fraction_answer_validation['0.5'-'0.5']",
    ),
    _c(
        R4,
        R4_AT,
        gold=r"0.5",
        pred=r"0,5",
        wrap=True,
        expected=True,
        why=r"test_fraction_answer_validation['0,5'-'0.5']",
    ),
    # tests/unit/test_challenge_answer_service.py TestProbability: compare_probability(user, correct)
    _c(
        R4,
        R4_AT2,
        gold=r"6/10",
        pred=r"3/5",
        wrap=True,
        expected=True,
        why=r"TestProbability.test_fraction",
    ),
    _c(
        R4,
        R4_AT2,
        gold=r"3/5",
        pred=r"60%",
        wrap=True,
        expected=True,
        why=r"TestProbability.test_percentage",
    ),
    _c(
        R4,
        R4_AT2,
        gold=r"3/5",
        pred=r"0.6",
        wrap=True,
        expected=True,
        why=r"TestProbability.test_decimal",
    ),
    _c(
        R4,
        R4_AT2,
        gold=r"3/5",
        pred=r"2/5",
        wrap=True,
        expected=False,
        why=r"TestProbability.test_wrong_fraction",
    ),
]
