r"""A twenty-sixth fresh set of answer-equivalence cases (evaluation only; helper "a": unit tests
of the reward functions / answer verifiers of small 2025-2026 GRPO, RLVR and fine-tuning projects).

Cases are transcribed from repositories that no earlier set used (checked against
bench/data/README.md, bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py,
bench/data/equiv_fresh4.md and /work/wt/fresh26_claims). Each case gives the reference answer
(``gold``), the prediction (``pred``: a bare answer to be put in ``\boxed{}`` when ``wrap`` is
True, else the whole completion as written) and the verdict (``expected``). ``where`` is
``path@commit`` in ``repo`` on github.com. Do not tune the judge on these cases.

Most of these suites are small and their cases easy (integers, ``\boxed{}`` versus a bare gold,
GSM8K ``####`` markers, a few fraction / decimal forms); they are kept because they are held out,
not because they are hard. Where a suite's gold is a GSM8K answer line (``"#### 1024"``) the case
stores the extracted answer and says so in ``why``.

Sources (repo, path @ commit, what is asserted, license of the stored copy):

- Gemma-Garage/gemma-garage-finetuning ``tests/test_math_grader.py``
  @ 1ff46fb966d7c970e340644ef6a30bda50cbfce1 (``MathGrader.check_answer(prompts, completions,
  answer)``: 3.0 for a correct ``<SOLUTION>`` answer, negative for a wrong one;
  ``MathGrader.check_numbers``: 1.5 for a numeric match, 0.0 for a mismatch). No license file
  (the stored file listing has none).
- Arush777/AlignmentLab ``tests/test_reward.py`` @ fe71d6de30b954a46533b6397e54c5c55223b214
  (ground-truth arm: ``reward_func(queries, prompts, labels)`` >= 1.0 for a correct boxed answer,
  < 1.0 for a wrong one; ``_is_correct(response, label)`` True / False; math-verify based).
  Apache-2.0.
- eblancocabana/grpo-training-engine ``tests/test_verifier.py``, ``tests/test_edge_cases.py``,
  ``tests/test_sent.py`` @ 93b2e9eb56db6ff167e824db66a86710fbe0553d
  (``RuleBasedVerifier().verify(response, ground_truth)[0]`` == 1.0 / 0.0; in test_sent the
  semantic-entropy calculator's ``_cluster_by_answer`` must put "\boxed{42}" and "So the final
  answer is 42." in one cluster and "\boxed{100}" in another). No license file.
- Null-Phnix/rlvr-grpo-lab ``tests/test_rewards.py`` @ 188a98fe1fe94fdfc190a023879a57be41f3c4ca
  (``answers_match(predicted, expected)``, a tiny numeric tolerance only;
  ``math_correctness_reward``, ``final_line_correctness_reward`` and
  ``answer_marker_correctness_reward`` on ``####`` completions). No license file.
- spbui00/influence-rlvr ``tests/test_rewards.py`` @ 40d0fd873afd2d1129ed0ee091fb7282a37b7e75
  (``accuracy_reward_func(completions, golds)`` == 1.0; ``math_answer_equivalence_key("72.") ==
  math_answer_equivalence_key("72")``). No license file.
- Victor-Alen/sglang-multigpu-router-rl-infra ``tests/unit/test_reward.py``
  @ d1b9296866bd4f9d87b6b39846245d1ac4191d4e (``math_rule_reward(completion, "#### N")`` 1.0 /
  0.0). No license file (tree of that commit).
- AndrewOlvera-byte/Alpha-Newton ``tests/test_rewards.py``
  @ 6fc79fa045bb511a2bd1b38c5675bc0604d3bfa9 (``compare_answers(extract_answer_typed(completion),
  expected)`` is True; ``get_reward_function("ppo_binary")`` > 0.5 for the right box, <= 0.5 for
  the wrong one). MIT (LICENSE of the stored snapshot 0a63c43; the indexed commit is not in it).
- Abdulaziz-97/RL-ar- ``tests/test_rewards.py`` @ 0d5186a7ccc06f373af3c4bedd55535067d46b3b
  (``correctness_reward_func(..., ground_truth_answer=[int], domain=["math"])`` == 1.0; an
  Arabic-reasoning GRPO project). No license file in the index (no snapshot could be had); the
  short answer strings are quoted as test data, with attribution.
- yiqiao-yin/deepspeed-course ``tests/test_grpo_rewards.py``
  @ 4114ac66c61c566f781211294722dc8df1c6bb95 (``reward_answer_correct(completions,
  completion=references)`` of ``07_huggingface_trl_multi_agency/main.py``, checked with the
  suite's own ``r.check``: [1.0, 0.0, 1.0, 0.0] and its alignment checks). MIT (LICENSE
  @ ce7ee6f95880622f6e1b79e39fbf136c990a637e).
- Yog-Sotho/LLM-fine-tuner ``tests/test_grpo_rewards.py``
  @ 6c3bc183ef1ea9be5cdb3ecc8290af14780b947c (``math_answer_reward(completions, reference=...)``
  == [1.0, 1.0, 0.0], math-verify based). GPL-3.0 (LICENSE of the stored snapshot b2e14bd).

Left out, by rule: Gemma-Garage's partial-credit checks (``<SOLUTION> 4 </SOLUTION>`` scores 1.5
of 3.0; 95 against 100 scores 0.5) and its format checks (no ``<SOLUTION>`` tag scores 0; the
``match_format_*`` tests); AlignmentLab's format and random arms and its parse-fail logging
test; grpo-training-engine's extraction-only tests and its GPU integration test (random
predictions); rlvr-grpo-lab's extraction / normalisation tests, its partial-credit
``answer_contract_progress_reward``, the format-policy verdicts ``"early #### 42\nthen extra"``
(final-line rule) and ``"answer is 42"`` (no ``####`` marker), and its format / leak penalties;
influence-rlvr's extraction-only and TACO code tests; Alpha-Newton's extraction test is kept
(it asserts ``compare_answers``) but its other tests check reward names only; RL-ar-'s logic-
domain (JSON dict) answers, format / language / length / leak rewards and the weighted
composite; deepspeed-course's extraction table (``extract_final_answer`` only) and its
source-text checks; LLM-fine-tuner's JSON, regex and think-format rewards. Exact duplicates
within one file (deepspeed-course's alignment batch repeats ``#### 5`` / ``#### 9``) are kept
once.

Examined and not used: heyalexchoi/qwen3-1.7B-MATH-RLVR (``tests/test_eval_seam.py`` asserts only
aggregate pass@k of a rescoring script); AndrewOlvera-byte/Alpha-Newton
``tests/test_reward_function.py`` (prints PASS/FAIL, asserts nothing, and its "expected high"
mixes length and tag policies with correctness); thisisandreeeee/simple-llm (LLM judge);
zd87pl/slm-vault (RAG rewards, no maths); Bademeischta/Projekt-Archimedes (chess);
ambertrace-labs/ambertrace-rlvr (policy decisions, not maths); rm-3284/RLVR_noisy_rewards (a
NeMo-RL fork whose reward tests repeat NeMo-RL's, already used); AdityaKumar41/rlhf-training-
pipeline (preference loss only); charleneleong-ai/lagunaxs2-rlvr, kingjameschan/gemma-math-sft-
grpo, Wodlfvllf/grpo-composer, RobotSail/mini-grpo, MalveauxLuke/GRPO_testbed (only a vendored
verl), duterscmy/JustGRPO, da3671-boop/llama-math-verifier, selphaware/hybrid-logic-math-reasoner
(proof kernel), hoangsonpham727/slm-math-reasoning, ritwikareddykancharla/aimo-math-reasoner,
Salah-Sal/math-reasoning-arabic-grpo, Vittal-Mukunda/open-math-reasoning-suite,
apurvg14/math-reasoning-evals, aaliyan1230/rlvr-safety-dynamics, RyanJunejo/rlvr-101,
erfanMhi/rlvr_pipeline, Dawn-Of-Justice/Fair-RLVR (no test asserting an answer verdict).
Found but already used by an earlier set: the ``ccps`` (chopthin), ``eval_power``,
``trinity.orchestration`` and ``awo.benchmarks`` find_string hits (the last one still cannot be
named).

The cases continue in bench/equiv_fresh26_a2.py (split for length; order kept).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

GG = "Gemma-Garage/gemma-garage-finetuning"
GG_AT = "tests/test_math_grader.py@1ff46fb966d7c970e340644ef6a30bda50cbfce1"
AL = "Arush777/AlignmentLab"
AL_AT = "tests/test_reward.py@fe71d6de30b954a46533b6397e54c5c55223b214"
GTE = "eblancocabana/grpo-training-engine"
GTE_V = "tests/test_verifier.py@93b2e9eb56db6ff167e824db66a86710fbe0553d"
GTE_E = "tests/test_edge_cases.py@93b2e9eb56db6ff167e824db66a86710fbe0553d"
GTE_S = "tests/test_sent.py@93b2e9eb56db6ff167e824db66a86710fbe0553d"
NP = "Null-Phnix/rlvr-grpo-lab"
NP_AT = "tests/test_rewards.py@188a98fe1fe94fdfc190a023879a57be41f3c4ca"
IR = "spbui00/influence-rlvr"
IR_AT = "tests/test_rewards.py@40d0fd873afd2d1129ed0ee091fb7282a37b7e75"
VA = "Victor-Alen/sglang-multigpu-router-rl-infra"
VA_AT = "tests/unit/test_reward.py@d1b9296866bd4f9d87b6b39846245d1ac4191d4e"
AN = "AndrewOlvera-byte/Alpha-Newton"
AN_AT = "tests/test_rewards.py@6fc79fa045bb511a2bd1b38c5675bc0604d3bfa9"
RA = "Abdulaziz-97/RL-ar-"
RA_AT = "tests/test_rewards.py@0d5186a7ccc06f373af3c4bedd55535067d46b3b"
DS = "yiqiao-yin/deepspeed-course"
DS_AT = "tests/test_grpo_rewards.py@4114ac66c61c566f781211294722dc8df1c6bb95"
YS = "Yog-Sotho/LLM-fine-tuner"
YS_AT = "tests/test_grpo_rewards.py@6c3bc183ef1ea9be5cdb3ecc8290af14780b947c"

# RL-ar-'s ARABIC_REASONING completion (its \u escapes decoded), answer 4
_ARABIC_REASONING = (
    "<think>\u0623\u0648\u0644\u0627 \u0623\u062c\u0645\u0639 \u0627\u0644\u0639\u062f\u062f"
    "\u064a\u0646 \u0645\u0639\u0627 "
    "\u062b\u0645 \u0623\u062d\u0633\u0628 \u0627\u0644\u0646\u0627\u062a\u062c \u0628\u062f"
    "\u0642\u0629 \u0639\u0627\u0644\u064a\u0629 \u062c\u062f\u0627</think><answer>4</answer>"
)

CASES = [
    # --- Gemma-Garage: MathGrader.check_answer (3.0 right, negative wrong) / check_numbers -----
    _c(
        GG,
        GG_AT,
        gold=r"4",
        pred=r"<start_working_out>2+2=4<end_working_out><SOLUTION>4</SOLUTION>",
        wrap=False,
        expected=True,
        why="test_exact_answer_match_scores_high: check_answer == 3.0",
    ),
    _c(
        GG,
        GG_AT,
        gold=r"100",
        pred=r"<start_working_out>work<end_working_out><SOLUTION>50</SOLUTION>",
        wrap=False,
        expected=False,
        why="test_very_wrong_answer_penalized: check_answer == -1.0",
    ),
    _c(
        GG,
        GG_AT,
        gold=r"red",
        pred=r"<start_working_out>thinking<end_working_out><SOLUTION>blue</SOLUTION>",
        wrap=False,
        expected=False,
        why="test_non_numeric_answer_handling: check_answer == -0.5",
    ),
    _c(
        GG,
        GG_AT,
        gold=r"10",
        pred=r"<SOLUTION>10</SOLUTION>",
        wrap=False,
        expected=True,
        why="test_exact_number_match: check_numbers == 1.5",
    ),
    _c(
        GG,
        GG_AT,
        gold=r"42.5",
        pred=r"Some text <SOLUTION>42.5</SOLUTION>",
        wrap=False,
        expected=True,
        why="test_number_extraction_from_solution: check_numbers == 1.5",
    ),
    _c(
        GG,
        GG_AT,
        gold=r"10",
        pred=r"<SOLUTION>5</SOLUTION>",
        wrap=False,
        expected=False,
        why="test_wrong_number_scores_zero: check_numbers == 0.0",
    ),
    # --- AlignmentLab: gt arm reward_func / _is_correct (the query minus its prompt "p\n") ----
    _c(
        AL,
        AL_AT,
        gold=r"42",
        pred=r"The answer is \boxed{42}",
        wrap=False,
        expected=True,
        why="test_gt_arm_correct_and_wrong: reward >= 1.0 (query 'p\\nThe answer is \\boxed{42}')",
    ),
    _c(
        AL,
        AL_AT,
        gold=r"42",
        pred=r"The answer is \boxed{0}",
        wrap=False,
        expected=False,
        why="test_gt_arm_correct_and_wrong: reward < 1.0 (format bonus only)",
    ),
    _c(
        AL,
        AL_AT,
        gold=r"3",
        pred=r"The answer is \boxed{3}",
        wrap=False,
        expected=True,
        why="test_is_correct_from_worker_thread: _is_correct is True",
    ),
    _c(
        AL,
        AL_AT,
        gold=r"3",
        pred=r"The answer is \boxed{9}",
        wrap=False,
        expected=False,
        why="test_is_correct_from_worker_thread: _is_correct is False",
    ),
    # the worker-thread queries are raw strings: a literal backslash-n follows the "p"
    _c(
        AL,
        AL_AT,
        gold=r"42",
        pred=r"p\n\boxed{42}",
        wrap=False,
        expected=True,
        why="test_is_correct_from_worker_thread: reward_func >= 1.0 (query r'p\\n\\boxed{42}')",
    ),
    _c(
        AL,
        AL_AT,
        gold=r"42",
        pred=r"p\n\boxed{0}",
        wrap=False,
        expected=False,
        why="test_is_correct_from_worker_thread: reward_func < 1.0 (query r'p\\n\\boxed{0}')",
    ),
    # --- grpo-training-engine: RuleBasedVerifier().verify(response, ground_truth)[0] ----------
    _c(
        GTE,
        GTE_V,
        gold=r"123",
        pred=r"\boxed{123}",
        wrap=False,
        expected=True,
        why="test_verify_exact_match",
    ),
    _c(
        GTE,
        GTE_V,
        gold=r"123",
        pred=r"\boxed{456}",
        wrap=False,
        expected=False,
        why="test_verify_wrong_answer",
    ),
    _c(
        GTE,
        GTE_V,
        gold=r"123",
        pred=r"",
        wrap=False,
        expected=False,
        why="test_verify_empty_response",
    ),
    _c(
        GTE,
        GTE_V,
        gold=r"1",
        pred=r"\boxed{1}",
        wrap=False,
        expected=True,
        why="test_verify_batch[0]",
    ),
    _c(
        GTE,
        GTE_V,
        gold=r"2",
        pred=r"\boxed{2}",
        wrap=False,
        expected=True,
        why="test_verify_batch[1]",
    ),
    _c(
        GTE,
        GTE_V,
        gold=r"4",
        pred=r"\boxed{3}",
        wrap=False,
        expected=False,
        why="test_verify_batch[2]",
    ),
    _c(
        GTE,
        GTE_E,
        gold=r"42",
        pred=r"",
        wrap=False,
        expected=False,
        why="test_zero_length_response",
    ),
    _c(
        GTE,
        GTE_E,
        gold=r"42",
        pred="Answer is " + " " * 10000 + r"\boxed{42}",
        wrap=False,
        expected=True,
        why="test_very_long_response (10000 spaces before the box)",
    ),
    # _cluster_by_answer: three responses in the cluster of answer 42, one in the cluster of 100
    _c(
        GTE,
        GTE_S,
        gold=r"42",
        pred=r"So the final answer is 42.",
        wrap=False,
        expected=True,
        why="test_cluster_by_answer: clustered with 'The answer is \\boxed{42}.' (answer 42)",
    ),
    _c(
        GTE,
        GTE_S,
        gold=r"42",
        pred=r"The answer is \boxed{100}.",
        wrap=False,
        expected=False,
        why="test_cluster_by_answer: a separate cluster (answer 100) from answer 42",
    ),
    # --- rlvr-grpo-lab: answers_match(predicted, expected) ------------------------------------
    _c(
        NP,
        NP_AT,
        gold=r"5",
        pred=r"5.000000000000001",
        wrap=True,
        expected=True,
        why="test_answers_match_accepts_tiny_numeric_noise_only",
    ),
    _c(
        NP,
        NP_AT,
        gold=r"37.5",
        pred=r"37.500000000000001",
        wrap=True,
        expected=True,
        why="test_answers_match_accepts_tiny_numeric_noise_only",
    ),
    _c(
        NP,
        NP_AT,
        gold=r"5",
        pred=r"5.0001",
        wrap=True,
        expected=False,
        why="test_answers_match_accepts_tiny_numeric_noise_only: 5.0001 is not 5",
    ),
    _c(
        NP,
        NP_AT,
        gold=r"forty two",
        pred=r"forty two",
        wrap=True,
        expected=True,
        why="test_answers_match_accepts_tiny_numeric_noise_only: identical text",
    ),
    # math_correctness_reward / final_line_ / answer_marker_correctness_reward
    _c(
        NP,
        NP_AT,
        gold=r"42",
        pred=r"reasoning #### 42",
        wrap=False,
        expected=True,
        why="test_math_correctness_reward[0]",
    ),
    _c(
        NP,
        NP_AT,
        gold=r"42",
        pred=r"bad #### 41",
        wrap=False,
        expected=False,
        why="test_math_correctness_reward[1]",
    ),
    _c(
        NP,
        NP_AT,
        gold=r"42",
        pred="reasoning\n#### 42",
        wrap=False,
        expected=True,
        why="test_final_line_correctness_reward_requires_correct_final_line[0]",
    ),
    _c(
        NP,
        NP_AT,
        gold=r"42",
        pred="reasoning\n#### 41",
        wrap=False,
        expected=False,
        why="test_final_line_correctness_reward_requires_correct_final_line[2] (and "
        "answer_marker_correctness_reward[1])",
    ),
    _c(
        NP,
        NP_AT,
        gold=r"42",
        pred="reasoning\n#### 42\nHuman: keep going",
        wrap=False,
        expected=True,
        why="test_answer_marker_correctness_reward_ignores_trailing_text[0]",
    ),
    # --- influence-rlvr: accuracy_reward_func / math_answer_equivalence_key ------------------
    _c(
        IR,
        IR_AT,
        gold=r"72",
        pred="<think>count carefully</think>\n\\boxed{72.}",
        wrap=False,
        expected=True,
        why="test_accuracy_reward_accepts_boxed_numeric_answer",
    ),
    _c(
        IR,
        IR_AT,
        gold=r"0.5",
        pred="<think>half of one is</think>\n\\boxed{\\frac{1}{2}}",
        wrap=False,
        expected=True,
        why="test_accuracy_reward_matches_fraction_and_decimal",
    ),
    _c(
        IR,
        IR_AT,
        gold=r"72",
        pred=r"72.",
        wrap=True,
        expected=True,
        why="test_math_answer_equivalence_key_unifies_numeric_forms",
    ),
    # --- sglang-multigpu-router-rl-infra: math_rule_reward(completion, gold) ------------------
    _c(
        VA,
        VA_AT,
        gold=r"1024",
        pred=r"The answer is 1,024.",
        wrap=False,
        expected=True,
        why="test_numeric_normalization (gold '#### 1024', stored as the extracted 1024)",
    ),
    _c(
        VA,
        VA_AT,
        gold=r"4",
        pred=r"The answer is 3",
        wrap=False,
        expected=False,
        why="test_wrong_answer (gold '#### 4', stored as the extracted 4)",
    ),
    # --- Alpha-Newton: compare_answers(extract_answer_typed(c), expected); ppo_binary reward ----
    # (the first completion is a non-raw "\\n\\boxed{4}": a literal backslash-n, then \boxed{4})
    _c(
        AN,
        AN_AT,
        gold=r"4",
        pred=r"<think>2 + 2 = 4</think>\n\boxed{4}",
        wrap=False,
        expected=True,
        why="test_answer_extraction[0]",
    ),
]
