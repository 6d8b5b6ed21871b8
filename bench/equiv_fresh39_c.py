r"""A thirty-ninth fresh set of answer-equivalence cases (evaluation only; helper "c":
unit tests and self-test tables of reward functions / verifiers in small 2025-2026 RL-for-reasoning
and evaluation repositories).

Cases are transcribed from repositories that no earlier set used (checked against
bench/data/README.md, bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py,
bench/data/equiv_fresh4.md and /work/wt/fresh39_claims). Each case gives the reference answer
(``gold``), the prediction (``pred``: a bare answer to be put in ``\boxed{}`` when ``wrap`` is
True, else the whole completion as written) and the verdict (``expected``). ``where`` is
``path@commit`` in ``repo`` on github.com. Do not tune the judge on these cases.

Sources (repo, path @ commit, what is asserted, license of the stored copy):

- Liquid4All/pipette-scores ``packages/pipette-scores/tests/test_verifiers_math_generic.py`` @
  d93e2e1007ebe73ddbdde5a19816c9acbaf9938e (``score_math_generic(response, ground_truth).correct
  is correct`` for MATH-500 completions, 9 cases; ``grade_answer(given, gold) is correct`` of the
  vendored PRM800K grader, 3 bare-answer cases) and ``packages/pipette-scores/tests/test_math_500.py``
  @ the same commit (``test_single_sample``: ``scores[0].is_correct is expected``, 4 completions).
  Apache-2.0 (LICENSE). Odd but asserted: ``\boxed{2/4}`` vs ``1/2`` is False (the test says the
  grader does not reduce fractions) and ``\boxed{12abc}`` vs ``12`` is True (leading-integer
  fallback); ``the result is 7`` vs ``7`` is True by the last-number fallback.
- TBOO-Y/cs2881r-sheldon-sft ``rlvr/grader.py`` @ 71b7c3ee46bdaf4353f9f7586e2e43164f3a1d9e (the
  ``CASES`` table ``(gold, response, expected_correct, must)`` run by ``--selftest``: all 41 rows;
  must=True rows fail the self-test when the grader disagrees, must=False rows are the author's
  expected verdict that the self-test only prints; the flag is kept in ``why``) and
  ``rlvr/tests/test_reward.py`` @ the same commit (``MathReward`` output ``[1.0, None, 0.0, None]``:
  the two untruncated items). No license file in the stored copy (no LICENSE path is indexed).
  Notes: the grader needs a ``\boxed{}`` (``the answer is 3`` is wrong by design), takes the last
  non-empty box, and rejects decimals for irrationals (``1.4142`` vs ``\sqrt{2}``).

Left out, by rule: pipette's extraction/normalisation-only tests (``test_extract_boxed_answer``,
``test_extract_last_number``, ``test_normalize_numeric_answer``), its aggregate pass@1 tests
(``test_pass_at_1_over_repeats``, ``test_missing_attempt_counts_as_fail``,
``test_context_method_diagnostics``: counts, not per-item verdicts); test_reward.py's truncated and
empty items (masked to ``None`` by length policy), ``test_dapo_soft_overlong`` (length penalty) and
``test_metrics_logged`` (aggregate accuracy only).

Examined and not used: davidesartor/turbolora, anpaure/rl-no-backward, gyawalisanish0/symboLM,
guox18/rejection-sampling-recipes, halflearned/rlvr-experiments (all used by earlier sets);
linmumu009/qwen3.6-27b-GRPO-veRL (SQL/warehouse agent rewards, no maths answers) and
L-Dramatic/latentgrpo (no answer-checking tests); Flitternie/EnumGRPO (no tests).
Found by content search but left out because the repository could not be identified within the
look-up budget (so no commit or license could be recorded): a ``mixed_cuts`` ``reward.compute_score``
MATH test table, a ``trbench`` MATH-500 ``is_equiv`` test, and a GSM8K ``rewards.correctness_reward``
test; they may be worth a later round.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

R1 = "Liquid4All/pipette-scores"

R1_AT = "packages/pipette-scores/tests/test_verifiers_math_generic.py@d93e2e1007ebe73ddbdde5a19816c9acbaf9938e"

R1B_AT = "packages/pipette-scores/tests/test_math_500.py@d93e2e1007ebe73ddbdde5a19816c9acbaf9938e"

R2 = "TBOO-Y/cs2881r-sheldon-sft"

R2_AT = "rlvr/grader.py@71b7c3ee46bdaf4353f9f7586e2e43164f3a1d9e"

R2B_AT = "rlvr/tests/test_reward.py@71b7c3ee46bdaf4353f9f7586e2e43164f3a1d9e"

CASES = [
    # pipette-scores test_verifiers_math_generic.py::test_score_math_generic (response, ground_truth, correct)
    _c(
        R1,
        R1_AT,
        gold=r"42",
        pred=r"final answer: \boxed{42}",
        wrap=False,
        expected=True,
        why="test_score_math_generic: boxed extraction + exact match",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"7",
        pred=r"the result is 7",
        wrap=False,
        expected=True,
        why="test_score_math_generic: last-number fallback when no \\boxed",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"1/2",
        pred=r"\boxed{0.5}",
        wrap=False,
        expected=True,
        why="test_score_math_generic: decimal <-> fraction",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"0.5",
        pred=r"\boxed{\frac{1}{2}}",
        wrap=False,
        expected=True,
        why="test_score_math_generic: decimal <-> fraction",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"-3",
        pred=r"so x = -3 hence \boxed{-3}",
        wrap=False,
        expected=True,
        why="test_score_math_generic: negatives allowed",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"4",
        pred=r"\boxed{3}",
        wrap=False,
        expected=False,
        why="test_score_math_generic: wrong answer",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"1/2",
        pred=r"\boxed{2/4}",
        wrap=False,
        expected=False,
        why="test_score_math_generic: unreduced fraction is NOT normalized by the grader -> not equal",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"12",
        pred=r"\boxed{12abc}",
        wrap=False,
        expected=True,
        why="test_score_math_generic: stage 2 robust_boxed leading-int normalization matches",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"5",
        pred=r"no numbers in this response",
        wrap=False,
        expected=False,
        why="test_score_math_generic: nothing numeric to extract",
    ),
    # test_prm800k_grade_answer (given, gold, correct): bare answers
    _c(
        R1,
        R1_AT,
        gold=r"1/2",
        pred=r"0.5",
        wrap=True,
        expected=True,
        why="test_prm800k_grade_answer",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"0.5",
        pred=r"\frac{1}{2}",
        wrap=True,
        expected=True,
        why="test_prm800k_grade_answer",
    ),
    _c(R1, R1_AT, gold=r"4", pred=r"3", wrap=True, expected=False, why="test_prm800k_grade_answer"),
    # test_math_500.py::test_single_sample (completion, answer, expected)
    _c(
        R1,
        R1B_AT,
        gold=r"42",
        pred=r"The answer is \boxed{42}",
        wrap=False,
        expected=True,
        why="test_single_sample",
    ),
    _c(
        R1,
        R1B_AT,
        gold=r"42",
        pred=r"\boxed{7}",
        wrap=False,
        expected=False,
        why="test_single_sample",
    ),
    _c(
        R1,
        R1B_AT,
        gold=r"42",
        pred=r"<think>\boxed{7}</think> So the answer is \boxed{42}",
        wrap=False,
        expected=True,
        why="test_single_sample; reasoning stripped before grading",
    ),
    _c(
        R1,
        R1B_AT,
        gold=r"42",
        pred=r"no boxed answer at all",
        wrap=False,
        expected=False,
        why="test_single_sample",
    ),
    # cs2881r-sheldon-sft rlvr/grader.py CASES (gold, response, expected_correct, must)
    _c(
        R2,
        R2_AT,
        gold=r"\frac{1}{2}",
        pred=r"so \boxed{\frac{1}{2}}",
        wrap=False,
        expected=True,
        why="CASES[0] must=True",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"\frac{1}{2}",
        pred=r"so \boxed{\dfrac{1}{2}}",
        wrap=False,
        expected=True,
        why="CASES[1] must=True",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"\frac{1}{2}",
        pred=r"so \boxed{1/2}",
        wrap=False,
        expected=True,
        why="CASES[2] must=True",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"\frac{1}{2}",
        pred=r"so \boxed{0.5}",
        wrap=False,
        expected=True,
        why="CASES[3] must=True",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"\frac{1}{2}",
        pred=r"so \boxed{\frac{2}{4}}",
        wrap=False,
        expected=True,
        why="CASES[4] must=True",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"\frac{1}{2}",
        pred=r"so \boxed{\frac{1}{3}}",
        wrap=False,
        expected=False,
        why="CASES[5] must=True",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"3",
        pred=r"the answer is 3",
        wrap=False,
        expected=False,
        why="CASES[6] must=True",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"3",
        pred=r"\boxed{2} ... wait, \boxed{3}",
        wrap=False,
        expected=True,
        why="CASES[7] must=True",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"3",
        pred=r"\boxed{3}.",
        wrap=False,
        expected=True,
        why="CASES[8] must=True",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"3",
        pred=r"\boxed{3.0}",
        wrap=False,
        expected=True,
        why="CASES[9] must=True",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"3",
        pred=r"\boxed{x = 3}",
        wrap=False,
        expected=True,
        why="CASES[10] must=True",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"3",
        pred=r"\boxed{-3}",
        wrap=False,
        expected=False,
        why="CASES[11] must=True",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"1000",
        pred=r"\boxed{1,000}",
        wrap=False,
        expected=True,
        why="CASES[12] must=True",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"2\sqrt{13}",
        pred=r"\boxed{2\sqrt{13}}",
        wrap=False,
        expected=True,
        why="CASES[13] must=True",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"2\sqrt{13}",
        pred=r"\boxed{\sqrt{52}}",
        wrap=False,
        expected=True,
        why="CASES[14] must=False (info case: author's expected verdict, not enforced by the selftest)",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"\sqrt{2}",
        pred=r"\boxed{1.4142}",
        wrap=False,
        expected=False,
        why="CASES[15] must=True",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"[0, 1)",
        pred=r"\boxed{[0,1)}",
        wrap=False,
        expected=True,
        why="CASES[16] must=True",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"(-\infty, 2]",
        pred=r"\boxed{(-\infty,2]}",
        wrap=False,
        expected=True,
        why="CASES[17] must=True",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"(-\infty, 2]",
        pred=r"\boxed{x \le 2}",
        wrap=False,
        expected=True,
        why="CASES[18] must=False (info case: author's expected verdict, not enforced by the selftest)",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"\{1, 2, 3\}",
        pred=r"\boxed{\{3,2,1\}}",
        wrap=False,
        expected=True,
        why="CASES[19] must=False (info case: author's expected verdict, not enforced by the selftest)",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"(1, 2)",
        pred=r"\boxed{(1,2)}",
        wrap=False,
        expected=True,
        why="CASES[20] must=True",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"(1, 2)",
        pred=r"\boxed{(2,1)}",
        wrap=False,
        expected=False,
        why="CASES[21] must=True",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"90^\circ",
        pred=r"\boxed{90}",
        wrap=False,
        expected=True,
        why="CASES[22] must=True",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"10\%",
        pred=r"\boxed{10}",
        wrap=False,
        expected=True,
        why="CASES[23] must=True",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"\$5",
        pred=r"\boxed{5}",
        wrap=False,
        expected=True,
        why="CASES[24] must=True",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"5",
        pred=r"\boxed{\$5.00}",
        wrap=False,
        expected=True,
        why="CASES[25] must=True",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"\text{(C)}",
        pred=r"\boxed{C}",
        wrap=False,
        expected=True,
        why="CASES[26] must=False (info case: author's expected verdict, not enforced by the selftest)",
    ),
]
