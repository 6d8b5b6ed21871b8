r"""A thirty-eighth fresh set of answer-equivalence cases (evaluation only; helper "a": leads
that earlier helpers found by exact-string search but could not tie to a repository).

Cases are transcribed from repositories that no earlier set used (checked against
bench/data/README.md, bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py,
bench/data/equiv_fresh4.md and /work/wt/fresh38_claims). Each case gives the reference answer
(``gold``), the prediction (``pred``: a bare answer to be put in ``\boxed{}`` when ``wrap`` is
True, else the whole completion as written) and the verdict (``expected``). ``where`` is
``path@commit`` in ``repo`` on github.com. Do not tune the judge on these cases.

Sources (repo, path @ commit, what is asserted, license of the stored copy):

- FastLM/ForkServe ``tests/test_quality.py`` @ a8fb24b9db234d8b4097f86f0194733643480645 (the
  ``forkserve.quality`` lead of equiv_fresh37_b: ``gsm8k_correct(text, gold)`` asserted truthy /
  falsy; read from the index, no snapshot could be fetched). No license file in the stored
  listing.
- RatanKokal/reasoning_grpo ``tests/test_answers.py`` and ``tests/test_rewards.py`` @
  df5bf89825c0d0d32c22879c3ffe4520e5017295 (the ``reasoning_efficiency.answers`` lead of
  equiv_fresh37_i: ``answers_equal(prediction, reference)`` asserted truthy / falsy;
  ``RewardComputer(mode="correctness")`` gives +1 / -1 for a correct / wrong answer plus a 0.1
  ``<answer>``-tag bonus, asserted 1.1 / 1.1 / -0.9). MIT.
- MothMalone/KD-SLM-Benchmark ``benchmark/finqa/test_finqa_setup.py`` @
  d54832188bf7e88257c9623119d7a277a6fdf448 (the ``FinQAAnswerNormalizer`` lead of
  equiv_fresh37_h: ``test_answer_normalizer`` lists ``(ground_truth, model_answer, expected)``
  triples "based on the evaluation rules" and counts a pass when
  ``evaluate_answer_pair(gt, model)`` returns ``expected``; the file was removed later, the
  snapshot's HEAD is 1d2c99f9, the commit read is in its history). No license file.
- The-African-Research-Collective/grpo_frm_scratch ``tests/test_rewards.py`` @
  d1027c14aab4aa1dc8a1a423e8b62a508eab5850 (the ``grpo_tutorial.rewards`` lead of
  equiv_fresh37_a: ``accuracy_reward(completions, [answer])`` parametrised with the expected
  accuracy reward 1.0 / 0.0; the test still imports ``grpo_tutorial`` though the package is named
  ``grpo`` at this commit). Apache-2.0.
- invergent-ai/surogate ``ultra/tests/test_verifiers.py`` and ``director/tests/test_shared.py``
  @ a840e8794d761a5c6e4701c64441c9cbd0d0c619 (the ``ultra.grading`` ``math_equal`` lead of
  equiv_fresh37_b: ``math_equal(output, solution)`` asserted 1.0 / 0.0; the director copy's
  ``test_graders`` also asserts ``gsm8k_exact`` and ``math_equal``). Apache-2.0.
- lingx173/MathSite ``lib/answer.test.ts`` @ 8fcc2ef4b040e2c12ea5b55ffd7586aee5b4c310 (a maths
  practice site; vitest ``isCorrect(user, expected)`` ``toBe(true)`` / ``toBe(false)``, with a
  1e-6 decimal tolerance; found while looking for the holder of the Russian ``./answer.ts``
  suite of equiv_fresh36_j among the ``lib/answer.test.ts`` holders, and it is not that suite).
  No license file.

Left out, by rule: ForkServe's ``game24_correct`` (an expression-uses-the-cards check),
``humaneval_pass`` (code) and the aggregate ``score_task`` / ``annotate_quality`` scores (which
rows count as right is not asserted one by one); reasoning_grpo's extraction-only tests and its
length-penalty tests (process policy); the fourth completion of ``make_completions`` (``6``),
whose reward is never asserted; grpo_frm_scratch's ``structure_reward`` values (format policy);
surogate's ``mc_letter`` and ``code_exec`` asserts (multiple-choice letters, code) and
``extract_boxed`` (extraction only); MathSite's ``normalizeAnswer`` tests (normalisation only),
its multiple-choice letter tests and ``isCorrect("5", "")`` (an empty reference).

Examined and not used: the ``TestRewardFuncs.test_correctness_reward`` table
(``src.train.reward_funcs``) is ariahw/em-explorations, used by equiv_fresh29_b; the
``verification fixes`` suite is dseum2023/senior_design_project, used by equiv_fresh12_e; the JEE
``compare_answers`` test is rishabb07/jee-physics-master, used by equiv_fresh8_a. Still not tied
to a repository within the look-up budget: the DeviceMark replica suite (``import devicemark as
dm``; neither ``devicemark.py`` nor ``tests/test_devicemark.py`` is a stored path), the GSM-Plus
``checker_gsm`` suite (``evals/objective_gsm_plus`` is not a stored path; its ``ROOT`` is the
test's grandparent, so the project likely sits in a subfolder), ``gap_validation.verifiers``
(neither ``gap_validation/verifiers.py`` nor ``src/gap_validation/verifiers.py`` is stored) and
the Bulgarian ``_local_equivalence_check`` suite (``app.routers.exercises``: over 400
repositories hold ``app/routers/exercises.py`` or ``backend/app/routers/exercises.py``).
KenshinKm/gradingview (the one holder of ``src/lib/grading/normalize.test.ts``, looked at for
the "AC 13 fixture table" lead of equiv_fresh36_j) grades essays by rubric, not answers;
Xevion/power-math (a holder of ``src/answer.test.ts`` at 01ef34ac) has no test file in its fetched
snapshot (HEAD b16fac3a, 2020), and was not read further. The
Vietnamese ``gradingService`` vitest suite of equiv_fresh36_j (``isAnswerMatch``,
``parseNumericValue``; id 70202656516) is still unplaced: of the Vietnamese holders of
``services/gradingService.ts`` / ``src/services/gradingService.ts``, nguyenthileBLB/12A1,
Woft050924DT/FE_NCKH, canhhocit/FE-LMS (snapshots), Nhung1312/MATSUDA-AI and
skyblue1195s/match-12-class (stored files) have no ``isAnswerMatch``; Nhung1312/web-giao-bai could
not be fetched. Searches for the DeviceMark and GSM-Plus projects by content (code search,
``find_repos devicemark``) named only unrelated repositories.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

R1 = "FastLM/ForkServe"

R1_AT = "tests/test_quality.py@a8fb24b9db234d8b4097f86f0194733643480645"

R2 = "RatanKokal/reasoning_grpo"

R2_AT = "tests/test_answers.py@df5bf89825c0d0d32c22879c3ffe4520e5017295"

R2_AT2 = "tests/test_rewards.py@df5bf89825c0d0d32c22879c3ffe4520e5017295"

R3 = "MothMalone/KD-SLM-Benchmark"

R3_AT = "benchmark/finqa/test_finqa_setup.py@d54832188bf7e88257c9623119d7a277a6fdf448"

R4 = "The-African-Research-Collective/grpo_frm_scratch"

R4_AT = "tests/test_rewards.py@d1027c14aab4aa1dc8a1a423e8b62a508eab5850"

R5 = "invergent-ai/surogate"

R5_AT = "ultra/tests/test_verifiers.py@a840e8794d761a5c6e4701c64441c9cbd0d0c619"

R5_AT2 = "director/tests/test_shared.py@a840e8794d761a5c6e4701c64441c9cbd0d0c619"

R6 = "lingx173/MathSite"

R6_AT = "lib/answer.test.ts@8fcc2ef4b040e2c12ea5b55ffd7586aee5b4c310"

CASES = [
    # --- FastLM/ForkServe: gsm8k_correct(text, gold) -----------------------------------------
    _c(
        R1,
        R1_AT,
        gold=r"72",
        pred=r"long wording then #### 72",
        wrap=False,
        expected=True,
        why="test_gsm8k_accuracy_is_final_number_not_trace",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"72",
        pred=r"I think the answer is 72.",
        wrap=False,
        expected=True,
        why="test_gsm8k_accuracy_is_final_number_not_trace",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"72",
        pred=r"#### 71",
        wrap=False,
        expected=False,
        why="test_gsm8k_accuracy_is_final_number_not_trace (not gsm8k_correct)",
    ),
    # --- RatanKokal/reasoning_grpo: answers_equal(prediction, reference) ---------------------
    _c(
        R2,
        R2_AT,
        gold=r"1/2",
        pred=r"0.5",
        wrap=True,
        expected=True,
        why="test_numeric_equivalence",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"1200",
        pred=r"$1,200",
        wrap=True,
        expected=True,
        why="test_numeric_equivalence",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"42",
        pred=r"41",
        wrap=True,
        expected=False,
        why="test_numeric_equivalence (not answers_equal)",
    ),
    # reward(completions, ground_truth=["4"] * 4), correctness mode: 1.1 = right + tag bonus,
    # -0.9 = wrong + tag bonus
    _c(
        R2,
        R2_AT2,
        gold=r"4",
        pred=r"<reasoning>short</reasoning><answer>4</answer>",
        wrap=False,
        expected=True,
        why="test_correctness_reward values[0] == 1.1",
    ),
    _c(
        R2,
        R2_AT2,
        gold=r"4",
        pred="<reasoning>" + "long " * 60 + "</reasoning><answer>4</answer>",
        wrap=False,
        expected=True,
        why="test_correctness_reward values[1] == 1.1",
    ),
    _c(
        R2,
        R2_AT2,
        gold=r"4",
        pred=r"<reasoning>wrong</reasoning><answer>5</answer>",
        wrap=False,
        expected=False,
        why="test_correctness_reward values[2] == -0.9",
    ),
    # --- MothMalone/KD-SLM-Benchmark: evaluate_answer_pair(ground_truth, model_answer) ------
    _c(
        R3,
        R3_AT,
        gold=r"0.98",
        pred=r"98%",
        wrap=True,
        expected=True,
        why="test_answer_normalizer: format difference but same value",
    ),
    _c(
        R3,
        R3_AT,
        gold=r"2",
        pred=r"1.98",
        wrap=True,
        expected=True,
        why="test_answer_normalizer: rounding difference (the suite's FinQA rounding rule)",
    ),
    _c(
        R3,
        R3_AT,
        gold=r"100",
        pred=r"100.0",
        wrap=True,
        expected=True,
        why="test_answer_normalizer: decimal vs integer",
    ),
    _c(
        R3,
        R3_AT,
        gold=r"50%",
        pred=r"0.5",
        wrap=True,
        expected=True,
        why="test_answer_normalizer: percentage conversion",
    ),
    _c(
        R3,
        R3_AT,
        gold=r"1000",
        pred=r"1,000",
        wrap=True,
        expected=True,
        why="test_answer_normalizer: comma formatting",
    ),
    _c(
        R3,
        R3_AT,
        gold=r"5",
        pred=r"10",
        wrap=True,
        expected=False,
        why="test_answer_normalizer: different values",
    ),
    _c(
        R3,
        R3_AT,
        gold=r"yes",
        pred=r"no",
        wrap=True,
        expected=False,
        why="test_answer_normalizer: different text",
    ),
    _c(
        R3,
        R3_AT,
        gold=r"2.5 million",
        pred=r"2500000",
        wrap=True,
        expected=True,
        why="test_answer_normalizer: scale conversion",
    ),
    # --- grpo_frm_scratch: accuracy_reward(completions, [answer]) ----------------------------
    _c(
        R4,
        R4_AT,
        gold=r"42",
        pred="<thinking>Here's what i'm thinking</thinking>\n<answer>\n42\n</answer>",
        wrap=False,
        expected=True,
        why="test_structure_accuracy_reward[0]: accuracy 1.0 (gold is the int 42)",
    ),
    _c(
        R4,
        R4_AT,
        gold=r"30",
        pred="So here's how to solve this</thinking>\n<answer>\nThe answer is 43\n</answer>",
        wrap=False,
        expected=False,
        why="test_structure_accuracy_reward[1]: accuracy 0.0 (gold is the int 30)",
    ),
    # --- invergent-ai/surogate: math_equal(output, solution) ---------------------------------
    _c(
        R5,
        R5_AT,
        gold=r"4/7",
        pred=r"`4/7`",
        wrap=False,
        expected=True,
        why="test_math_equal_accepts_common_fraction_formats",
    ),
    _c(
        R5,
        R5_AT,
        gold=r"4/7",
        pred=r"The answer is **4/7**.",
        wrap=False,
        expected=True,
        why="test_math_equal_accepts_common_fraction_formats",
    ),
    _c(
        R5,
        R5_AT,
        gold=r"4/7",
        pred=r"\boxed{\dfrac{4}{7}}",
        wrap=False,
        expected=True,
        why="test_math_equal_accepts_common_fraction_formats",
    ),
    _c(
        R5,
        R5_AT,
        gold=r"4/7",
        pred=r"Therefore, \frac{4}{7}.",
        wrap=False,
        expected=True,
        why="test_math_equal_accepts_common_fraction_formats",
    ),
    _c(
        R5,
        R5_AT,
        gold=r"4/7",
        pred=r"4/8",
        wrap=False,
        expected=False,
        why="test_math_equal_accepts_common_fraction_formats (== 0.0)",
    ),
    # director/tests/test_shared.py test_graders
    _c(
        R5,
        R5_AT2,
        gold=r"42",
        pred=r"the answer is #### 42",
        wrap=False,
        expected=True,
        why="test_graders gsm8k_exact (gold given as '#### 42', stored extracted)",
    ),
    _c(
        R5,
        R5_AT2,
        gold=r"42",
        pred=r"answer 41",
        wrap=False,
        expected=False,
        why="test_graders gsm8k_exact (gold given as '#### 42', stored extracted)",
    ),
    _c(
        R5,
        R5_AT2,
        gold=r"\frac{1}{2}",
        pred=r"so \boxed{\frac{1}{2}}",
        wrap=False,
        expected=True,
        why=r"test_graders math_equal (gold given as '\boxed{\frac{1}{2}}', stored unboxed)",
    ),
    # --- lingx173/MathSite: isCorrect(user, expected) ------------------------------------
    _c(
        R6,
        R6_AT,
        gold=r"5",
        pred=r"  5  ",
        wrap=True,
        expected=True,
        why="isCorrect: exact match after normalize: trimmed",
    ),
    _c(
        R6,
        R6_AT,
        gold=r"1 2 3",
        pred=r"1 2 3",
        wrap=True,
        expected=True,
        why="isCorrect: exact match after normalize",
    ),
    _c(
        R6,
        R6_AT,
        gold=r"6",
        pred=r"5",
        wrap=True,
        expected=False,
        why="isCorrect: mismatch when different",
    ),
    _c(
        R6,
        R6_AT,
        gold=r"world",
        pred=r"hello",
        wrap=True,
        expected=False,
        why="isCorrect: mismatch when different",
    ),
    _c(
        R6,
        R6_AT,
        gold=r"1/2",
        pred=r"2/4",
        wrap=True,
        expected=True,
        why="isCorrect: equivalent fractions",
    ),
    _c(
        R6,
        R6_AT,
        gold=r"2/4",
        pred=r"1/2",
        wrap=True,
        expected=True,
        why="isCorrect: equivalent fractions",
    ),
    _c(
        R6,
        R6_AT,
        gold=r"1/2",
        pred=r"4/8",
        wrap=True,
        expected=True,
        why="isCorrect: accepts 4/8 and 1/2",
    ),
    _c(
        R6,
        R6_AT,
        gold=r"1/3",
        pred=r"1/2",
        wrap=True,
        expected=False,
        why="isCorrect: rejects different fractions",
    ),
    _c(
        R6,
        R6_AT,
        gold=r"1/2",
        pred=r"3/4",
        wrap=True,
        expected=False,
        why="isCorrect: rejects different fractions",
    ),
    _c(
        R6,
        R6_AT,
        gold=r"1/2",
        pred=r" 2 / 4 ",
        wrap=True,
        expected=True,
        why="isCorrect: handles fractions with spaces",
    ),
    _c(
        R6,
        R6_AT,
        gold=r"0.1",
        pred=r"0.1",
        wrap=True,
        expected=True,
        why="isCorrect: accepts decimals within 1e-6",
    ),
]
