r"""A thirty-sixth fresh set of answer-equivalence cases (evaluation only; helper "l": test files
of small 2025-2026 projects that score LLM answers to maths problems: GRPO/RLVR reward functions,
agent/eval harnesses, tutoring apps). Continued in bench/equiv_fresh36_l2.py.

Cases are transcribed from repositories that no earlier set used (checked against
bench/data/README.md, bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py,
bench/data/equiv_fresh4.md and /work/wt/fresh36_claims). Each case gives the reference answer
(``gold``), the prediction (``pred``: a bare answer to be put in ``\boxed{}`` when ``wrap`` is
True, else the whole completion as written) and the verdict (``expected``). ``where`` is
``path@commit`` in ``repo`` on github.com. Do not tune the judge on these cases.

Sources (repo, path @ commit, what is asserted, license of the stored copy):

- santimartinez1717/dgm-arca (a Spanish real-estate maths GRPO project):
  ``tests/test_rewards.py`` @ cb6ef2bff078d6970a225ed4a18712c10c8b9cf2
  (``accuracy_reward(prompts, completions, answer=[...]) == [1.0, 1.0, 0.0]`` on whole
  ``<think>..</think><answer>..</answer>`` completions);
  ``tests/test_realestate_rewards.py`` @ 42862b2179a22cdcdcbe36507b7fc3050b10989e
  (``euro_accuracy_reward(...) == [1.0]`` / ``[0.0]`` on whole completions);
  ``tests/test_verifier.py`` @ 42862b2179a22cdcdcbe36507b7fc3050b10989e
  (``NumericVerifier().is_correct(pred, gold)``, ``.verify(completion, gold).is_correct``,
  ``EuroVerifier().is_correct(pred, gold)``). MIT (LICENSE @ cb6ef2bf...).
- whitegreenstudios/neurahash-miner ``tests/test_glm_rollout_worker.py`` @
  ad6a62c7111b40ac11046f4d1327e0649d46d683 (the rollout worker's reward, which must equal
  ``glm_reward.math_reward(text, "42")``: ``rolls[0]["reward"] == 1.0`` / ``0.0``; two further
  groups whose per-completion verdicts are written as comments, ``# extracted answers: 42 (hit),
  7 (miss), 9 (miss) -> rewards [1, 0, 0]`` and ``# correct`` / ``# wrong``, and checked through
  the asserted group mean of 1/3). No license file.
- neuronection/study-assistant (a tutoring app): ``backend/tests/test_equivalence.py`` @
  f73269c1ee1ea41460d7096ffacd059891a5c6de (``equivalent(student, expected).equivalent is
  should_pass``); ``backend/tests/test_grading.py`` @ b852bcc025d5246be90d7527815c30bd84aedaf1
  (``grade(question, student).correct`` for an ``equation`` question with a sympy check; the
  question's answer value is the gold). No license file found in the stored copy.
- StatXzy7/AI4AI-Harness ``experiment/diagnostics/test_diagnostics.py`` @
  8342355662c10a59a5557e1e38d430b47e5a9643 (``judge_v2(pred, gold)`` equals 1 or 0; the
  prediction comes first, a bare answer or a whole response). No license file found in the
  stored copy.
- animeshsrivastava571/dcal-conference (a ConvFinQA agent study) ``tests/test_data.py`` @
  78c27b5f6b149b5c6e24bde4b43168b66ff156da (``is_correct(pred, gold_float)``,
  ``grade(reply, gold).correct``); the gold is a Python float, stored here as the string the
  float prints as. No license file found in the stored copy.

Left out, by rule: ``None`` predictions and empty golds; extraction-only and normalisation
helpers (``extract_answer``, ``normalize_number``, ``parse_amount``, ``extract_number``,
``is_bare_number``); partial-credit rewards (dgm-arca ``breakdown_reward``, study-assistant
multi-select partial credit); format policies that are not about the answer's value (dgm-arca
``<think>4</think>`` with no ``<answer>`` block scored 0, ``format_reward``); verdicts that rest on
a checker constructed with an explicit tolerance (dgm-arca ``NumericVerifier(tolerance=0.05)``
and ``EuroVerifier(tolerance_abs=..., tolerance_rel=...)``, study-assistant ``numeric`` questions
with ``tolerance``); verdicts a suite gives against mathematical equality as a deliberate policy
(dgm-arca ``forty-two`` != 42, dgm-arca ``4,37 %`` == 4.37 which reads ``%`` as a unit,
AI4AI-Harness ``[3,\infty)`` != ``3<=x``, dcal-conference's unit-scale grading that accepts
``1060`` for 1060000.0 or ``10.465`` for 0.10465); multiple-choice, true/false and word answers
(dgm-arca ``ExactMatchVerifier`` ``Madrid``, study-assistant ``single``/``truefalse``/``multi``/
``text``); exact duplicates of a pair already taken from the same file.

Examined and not used: kapshaul/llm-finetuning-grpo, michaelellis003/LMT, polaris-smart/DeepTutor,
JasonNguyen31/QD-RSR-Project, EVIEHub/LLM-Rationality, cklxx/slime, liv-daliberti/maxent-grpo,
programmer229/Torch-LLM-RL, yashm-cerebras/SkyRL (already used by earlier sets);
Ighina/Wittgenstein and devalparikh/ReinforcementLearningHybridRewards (no final-answer
assertions); OmniNode-ai/omnimarket (only two numeric-grader assertions, and the stored test file
could not be located by path).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

R1 = "santimartinez1717/dgm-arca"

R1_REW = "tests/test_rewards.py@cb6ef2bff078d6970a225ed4a18712c10c8b9cf2"

R1_EST = "tests/test_realestate_rewards.py@42862b2179a22cdcdcbe36507b7fc3050b10989e"

R1_VER = "tests/test_verifier.py@42862b2179a22cdcdcbe36507b7fc3050b10989e"

R2 = "whitegreenstudios/neurahash-miner"

R2_AT = "tests/test_glm_rollout_worker.py@ad6a62c7111b40ac11046f4d1327e0649d46d683"

R3 = "neuronection/study-assistant"

R3_EQ = "backend/tests/test_equivalence.py@f73269c1ee1ea41460d7096ffacd059891a5c6de"

R3_GR = "backend/tests/test_grading.py@b852bcc025d5246be90d7527815c30bd84aedaf1"

R4 = "StatXzy7/AI4AI-Harness"

R4_AT = "experiment/diagnostics/test_diagnostics.py@8342355662c10a59a5557e1e38d430b47e5a9643"

R5 = "animeshsrivastava571/dcal-conference"

R5_AT = "tests/test_data.py@78c27b5f6b149b5c6e24bde4b43168b66ff156da"

_HEDGED = (
    'I cannot answer this question. "Total sum" is ambiguous without context. '
    "Based on my notes, the most recent calculation involved summing 2006 cash "
    "(104520) and 2005 cash (125385) for a total of 229905, but I don't know if "
    "that's what you're asking for."
)

CASES = [
    # dgm-arca: accuracy_reward / euro_accuracy_reward on whole completions; NumericVerifier / EuroVerifier is_correct(pred, gold)
    _c(
        R1,
        R1_REW,
        gold=r"4",
        pred=r"<think>2 + 2 is 4.</think><answer>4</answer>",
        wrap=False,
        expected=True,
        why=r"test_accuracy_reward_matches_numerically (GOOD)",
    ),
    _c(
        R1,
        R1_REW,
        gold=r"4",
        pred=r"<think>x</think><answer>$4.00</answer>",
        wrap=False,
        expected=True,
        why=r"test_accuracy_reward_matches_numerically ($4.00)",
    ),
    _c(
        R1,
        R1_REW,
        gold=r"4",
        pred=r"<think>x</think><answer>5</answer>",
        wrap=False,
        expected=False,
        why=r"test_accuracy_reward_matches_numerically (5)",
    ),
    _c(
        R1,
        R1_EST,
        gold=r"208850.00",
        pred=r"<think>Base 195.000 €, ITP 13.650 €, total...</think><answer>208.850,00 €</answer>",
        wrap=False,
        expected=True,
        why=r"test_accuracy_reads_spanish_format (FULL)",
    ),
    _c(
        R1,
        R1_EST,
        gold=r"208850.00",
        pred=r"<think>Base 195.000 €, ITP 13.650 €...</think><answer>207.800,00 €</answer>",
        wrap=False,
        expected=False,
        why=r"test_accuracy_reads_spanish_format (WRONG)",
    ),
    _c(
        R1,
        R1_EST,
        gold=r"1234",
        pred=r"<think>...</think><answer>1,234</answer>",
        wrap=False,
        expected=True,
        why=r"test_control_rows_use_the_generic_check",
    ),
    _c(
        R1,
        R1_VER,
        gold=r"42",
        pred=r"42",
        wrap=True,
        expected=True,
        why=r"test_numeric_verifier_exact",
    ),
    _c(
        R1,
        R1_VER,
        gold=r"42",
        pred=r"$42.00",
        wrap=True,
        expected=True,
        why=r"test_numeric_verifier_exact",
    ),
    _c(
        R1,
        R1_VER,
        gold=r"42",
        pred=r"41",
        wrap=True,
        expected=False,
        why=r"test_numeric_verifier_exact",
    ),
    _c(
        R1,
        R1_VER,
        gold=r"18",
        pred=r"<think>...</think><answer>18</answer>",
        wrap=False,
        expected=True,
        why=r"test_verify_extracts_from_full_completion",
    ),
    _c(
        R1,
        R1_VER,
        gold=r"18",
        pred=r"no tags at all",
        wrap=False,
        expected=False,
        why=r"test_verify_extracts_from_full_completion (missing)",
    ),
    _c(
        R1,
        R1_VER,
        gold=r"208850.00",
        pred=r"208.850,00 €",
        wrap=True,
        expected=True,
        why=r"test_euro_verifier_accepts_units_and_words",
    ),
    _c(
        R1,
        R1_VER,
        gold=r"208850.00",
        pred=r"Necesitas 208850 euros",
        wrap=True,
        expected=True,
        why=r"test_euro_verifier_accepts_units_and_words",
    ),
    _c(
        R1,
        R1_VER,
        gold=r"208850.00",
        pred=r"207.800,00 €",
        wrap=True,
        expected=False,
        why=r"test_euro_verifier_accepts_units_and_words",
    ),
    _c(
        R1,
        R1_VER,
        gold=r"4.3",
        pred=r"entre 4,2 y 4,4 %",
        wrap=True,
        expected=False,
        why=r"test_euro_verifier_rejects_hedging_and_missing_numbers",
    ),
    _c(
        R1,
        R1_VER,
        gold=r"4.3",
        pred=r"no lo sé",
        wrap=True,
        expected=False,
        why=r"test_euro_verifier_rejects_hedging_and_missing_numbers",
    ),
    _c(
        R1,
        R1_VER,
        gold=r"648.00",
        pred=r"648 € (648,00 €)",
        wrap=True,
        expected=True,
        why=r"test_euro_verifier_rejects_hedging_and_missing_numbers (same number twice)",
    ),
    # neurahash-miner: glm_reward.math_reward(completion, "42") through the rollout worker
    _c(
        R2,
        R2_AT,
        gold=r"42",
        pred=r"The answer is 42",
        wrap=False,
        expected=True,
        why=r"test_correct_is_one_wrong_is_zero (CORRECT)",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"42",
        pred=r"I think it is 41",
        wrap=False,
        expected=False,
        why=r"test_correct_is_one_wrong_is_zero (WRONG_41)",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"42",
        pred=r"#### 42",
        wrap=False,
        expected=True,
        why=r"test_reward_mean_and_std (comment: 42 hit; mean 1/3 asserted)",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"42",
        pred=r"#### 7",
        wrap=False,
        expected=False,
        why=r"test_reward_mean_and_std (comment: 7 miss)",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"42",
        pred=r"#### 9",
        wrap=False,
        expected=False,
        why=r"test_reward_mean_and_std (comment: 9 miss)",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"42",
        pred="Let me compute.\n#### 42",
        wrap=False,
        expected=True,
        why=r"test_dry_run_reward_mean_is_one_third (# correct)",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"42",
        pred=r"#### 41",
        wrap=False,
        expected=False,
        why=r"test_dry_run_reward_mean_is_one_third (# wrong)",
    ),
    # study-assistant: equivalent(student, expected).equivalent; grade(equation question, student).correct
    _c(R3, R3_EQ, gold=r"x*2", pred=r"2x", wrap=True, expected=True, why=r"test_equivalence_chain"),
    _c(
        R3, R3_EQ, gold=r"x*x", pred=r"x^2", wrap=True, expected=True, why=r"test_equivalence_chain"
    ),
    _c(
        R3,
        R3_EQ,
        gold=r"0.5",
        pred=r"\frac{1}{2}",
        wrap=True,
        expected=True,
        why=r"test_equivalence_chain",
    ),
    _c(
        R3,
        R3_EQ,
        gold=r"1",
        pred=r"sin(x)^2 + cos(x)^2",
        wrap=True,
        expected=True,
        why=r"test_equivalence_chain",
    ),
    _c(
        R3,
        R3_EQ,
        gold=r"x^2 - 1",
        pred=r"(x+1)(x-1)",
        wrap=True,
        expected=True,
        why=r"test_equivalence_chain",
    ),
    _c(
        R3,
        R3_EQ,
        gold=r"2*(x+1)",
        pred=r"2*x + 3",
        wrap=True,
        expected=False,
        why=r"test_equivalence_chain",
    ),
    _c(
        R3,
        R3_EQ,
        gold=r"x*x*x",
        pred=r"x^3",
        wrap=True,
        expected=True,
        why=r"test_equivalence_chain",
    ),
    _c(
        R3,
        R3_EQ,
        gold=r"3.141592653589793",
        pred=r"\pi",
        wrap=True,
        expected=True,
        why=r"test_equivalence_chain",
    ),
    _c(
        R3,
        R3_EQ,
        gold=r"exp(x)",
        pred=r"e^x",
        wrap=True,
        expected=True,
        why=r"test_equivalence_chain",
    ),
    _c(
        R3,
        R3_EQ,
        gold=r"x+2",
        pred=r"x+1",
        wrap=True,
        expected=False,
        why=r"test_equivalence_reports_stage",
    ),
    _c(
        R3,
        R3_EQ,
        gold=r"1",
        pred=r"@@@",
        wrap=True,
        expected=False,
        why=r"test_parse_rejects_garbage",
    ),
    _c(
        R3,
        R3_EQ,
        gold=r"(x-2)(x+2)",
        pred=r"x^2 - 4",
        wrap=True,
        expected=True,
        why=r"test_solveset_stage_catches_equation_equivalence",
    ),
    _c(
        R3,
        R3_EQ,
        gold=r"\{-i, i, -1, 1\}",
        pred=r"\{1, -1, i, -i\}",
        wrap=True,
        expected=True,
        why=r"test_set_equivalence_is_order_insensitive",
    ),
    _c(
        R3,
        R3_EQ,
        gold=r"\{3*pi/2, 0, pi/2, pi\}",
        pred=r"\{0, pi/2, pi, 3*pi/2\}",
        wrap=True,
        expected=True,
        why=r"test_set_equivalence_is_order_insensitive",
    ),
    _c(
        R3,
        R3_EQ,
        gold=r"\{1, i\}",
        pred=r"\{1, -1\}",
        wrap=True,
        expected=False,
        why=r"test_set_equivalence_rejects_different_sets",
    ),
    _c(
        R3,
        R3_EQ,
        gold=r"\{1, 2, 3\}",
        pred=r"\{1, 2\}",
        wrap=True,
        expected=False,
        why=r"test_set_equivalence_rejects_different_sets",
    ),
    _c(
        R3,
        R3_EQ,
        gold=r"1",
        pred=r"\{1, 2\}",
        wrap=True,
        expected=False,
        why=r"test_set_equivalence_rejects_different_sets",
    ),
]
