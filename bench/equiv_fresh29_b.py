r"""A twenty-ninth fresh set of answer-equivalence cases (evaluation only; helper "b": unit tests
of reward functions and answer verifiers in small RL / GRPO / RLVR projects).

Cases are transcribed from repositories that no earlier set used (checked against
bench/data/README.md, bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py,
bench/data/equiv_fresh4.md and /work/wt/fresh29_claims). Each case gives the reference answer
(``gold``), the prediction (``pred``: a bare answer to be put in ``\boxed{}`` when ``wrap`` is
True, else the whole completion as written) and the verdict (``expected``). ``where`` is
``path@commit`` in ``repo`` on github.com. Do not tune the judge on these cases.

Sources (repo, path @ commit, what is asserted, license of the stored copy):

- guox18/rejection-sampling-recipes ``tests/test_verifier.py`` @
  832cfecb9d8c7d7632216b2a32fa8b6dfafa4df1 (class ``TestMathRLVRVerifier``:
  ``MathRLVRVerifier().verify(response, {"answer": gold}) == 1.0 / 0.0`` on whole responses; the
  same class is in 34307f85dfa1831ee8dfac1e42a30285d4e763b2; later commits dropped it). MIT.
  All 14 math cases; left out: ``verify("", {"answer": "42"})`` (empty response) and
  ``verify("\\boxed{42}", {})`` (no gold), and the whole ``TestMCQRLVRVerifier`` class
  (multiple-choice letters).
- modal-projects/nmoe ``tests/rl/test_tasks.py`` @ 4abf2b879c993739e9a19dfc439941526c698571
  (class ``TestSympyVerification``: ``verify_sympy(gold, pred)`` and ``are_equal_sympy(gold,
  pred)`` of ``nmoe.rl.tasks.math``, both taking the gold first; asserted truthy / falsy).
  Apache-2.0. All 11 string pairs; left out: ``test_handles_none`` (``None`` inputs).
- ariahw/em-explorations ``tests/test_reward_funcs.py`` @
  18a2a14a1740203fc06d1f0a7a57f475c6d265b2 (``test_correctness_reward``:
  ``correctness_reward_func(prompts, completions, answers)`` gives 2.0 for a correct and 0.0 for a
  wrong boxed answer; 2.0 is taken as True). No license file. All 4 cases of that test; left out:
  ``test_mc_correctness_func_mixed`` (multiple-choice letters), ``negative_reward_func``,
  ``multiple_five_reward_func`` and ``multiple_three_reward_func`` (reward-hacking policies that
  pay for a negative number or a multiple of 5 / 3 whatever the gold), format, number-shape and
  code rewards.
- SirRDragonbornKnight/Enigma-Engine ``tests/test_reward_functions.py`` @
  c6b93e4a7485198448b3f01a737738a36e70e248 (``math_reward(prompt, completion, ground_truth=...)``
  of ``enigma_engine.core.reward_functions`` == 1.0 / 0.0). No license file found for the stored
  copy. All 7 scorable cases; in the tests without ``ground_truth`` the function computes the gold
  from the arithmetic in the prompt, and that computed value is stored as the gold (see ``why``).
  Left out: ``math_reward("What is the capital of France?", "Paris")`` (nothing to infer, no
  gold), ``reasoning_reward`` (the same two completions again, with a format term) and
  ``format_reward``.
- prakashkagitha/llm-stack-book (the chapter code of a book, extracted into executable tests),
  snapshot HEAD 3454ead0ef70c8fcf0c5231db50e2f84b29fbeb1; LICENSE is CC BY 4.0. Files:
  ``tests/06-rl-infra__08-reward-verifiers-sandboxes.py`` (``test_block_0_math_verifier``:
  ``math_equivalent(pred, gold)`` True/False and ``math_reward(prompt, completion, gold)``, where
  0.1 is the format credit of a wrong boxed answer, taken as False; the ``\frac{3}{4}`` /
  ``0.75`` assertion runs only when sympy's LaTeX parser works); ``tests/05-posttraining-
  alignment__09-rlvr-reasoning.py`` (``math_is_correct(response, gold)`` sanity asserts);
  ``tests/14-capstone__09-post-training.py`` and ``tests/14-capstone__11-evaluation-and-
  serving.py`` (``exact_match_reward(completion, gold)`` on ``####`` answers);
  ``tests/03-pretraining__15-synthetic-data.py`` (``verify(pred, gold)``, normalized string
  equality); ``tests/06-rl-infra__12-rl-data-curriculum-replay.py`` (``make_checker(task)`` over
  math-verify, on whole completions). Left out: ``math_equivalent(r"\frac{1}{2}", "0.5") in
  (True, False)`` (no verdict), completions with no answer (``"I don't know."``, ``"I refuse to
  answer."``, ``"#### banana"``, ``"no answer line here"``, ``"no boxed answer here"``),
  ``verify(None, "4")``, extraction-only asserts, and the composite / length / partial rewards.
- travisgalloway/monica ``tests/test_verifiers.py`` @ bdfa41cbff7c49803c83c17869b7ae17a1da52ce
  (last changed in 95eb3fd5fff033652d998cd86c41c2b73888f671; ``math_reward(answer, gold)`` of
  ``src.train.verifiers``: the final number of each side, within 1e-6). MIT. The 3 scorable
  ``test_math_reward`` cases; left out: ``math_reward("no number at all", "5")`` (no answer) and
  ``exact_match_reward`` (plain text, not maths).
- ehzawad/qwen35-agentic-lab ``tests/test_config.py`` @ 4df0cf6e50980e4bc29a30a8a27cbdf45442d643
  (last changed in 685483416b1481bdeff9b64d05e0d7f82bcecd66; class ``TestRewardFunctions``:
  ``correctness_reward(completions, ground_truths)`` of ``agentlab.grpo`` == [1.0] / [0.0]; the
  completion is a one-message rollout whose assistant content is ``\boxed{<answer>}``, or a plain
  string). Apache-2.0. The 4 scorable cases; left out: the rollout with no box (``"no answer"``),
  tool-use / format / ordering rewards, and ``tests/suite/test_answer_extraction.py`` (its
  ``REGRESSION_ROWS`` grade hexadecimal lookup codes, not maths).
- Antares5/WeDLM-PostTraining ``gspo/scripts/smoke_test_loss.py`` @
  4516d11bd3d31ccd9f01aa5738356a103c3035e8 (the stored version; the file is gone from the newer
  snapshot 21886708013f3dd2940c15d8a6f1741754c48c62). ``test_math_reward``:
  ``math_reward(completion, gold) == 1.0 / 0.0`` of ``gspo/src/loss.py``, and
  ``test_compute_rewards_batch``: ``compute_rewards(completions, truths)``. LICENSE of the
  snapshot: Tencent's "License Terms of WeDLM". All 10 scorable cases; left out:
  ``math_reward("No answer here.", "42")`` and the batch's ``"wrong"`` completion (no answer).
- selma0817/grpo-dapo ``tests/test_reward.py`` @ 1f97cb5063cd4eb22c91cd912b523611b3c3e4e9
  (``is_equivalent(pred, gold) is True/False`` and ``compute_reward(completion, gold) == 1.0 /
  0.0`` of ``grpo_dapo.reward``; exact rational comparison of GSM8K-style numbers). MIT (LICENSE
  stored at 2d5f5f2c57945efcf7d6a7442ce917ebe9cac362). Another stored version of the file (a
  linear-time test added) holds the same two tables. 6 ``is_equivalent`` and 10
  ``compute_reward`` cases; left out: ``None`` / ``"None"`` / garbage / odd-Unicode inputs, an
  unboxed ``"The answer is 72."`` (format policy: unboxed answers get no reward), a cut-off box
  and an empty box (no answer), and the extraction / parsing tables. The ``BOX_SPAM`` completion
  is rebuilt with the suite's own expression.

Left out, by rule: see each source above.

Examined and not used (each claimed first): Schneewolf-Labs/Merlina (no maths reward tests),
genial-lab/micro-kiki (SPICE / KiCad domain rewards with partial scores),
sfreedoms2035/4QDR_RewardFunctions_Lib (engineering-report rubric rewards),
kingjameschan/gemma-math-sft-grpo (reward judges, no tests), Wesius/math-rl-capstone
(countdown-style ``<expr>`` value-vs-target rewards, no license), qhy991/GRPO-Clean-2 (Verilog;
debug scripts), adeelahmad/mlx-guided-grpo (only ``assertGreater(score, 0.3)`` partial-credit
thresholds and MCQ), 2U1/Qwen2-VL-Finetune (no tests in the stored tree), Honorllq/mini-r1 (code
and format rewards only), sol0invictus/rlvr_experiments (games), charleneleong-ai/gemma4-rlvr
(rubric / slot tests), carbonteq-ai/verifiers-environments (contract tests with a mocked
verifier), xesws/verifierforge (NL2SQL verifiers), owenisas/NeMo-Gym-Enhanced-Math-Rewards (its
``test_app.py`` checks config fields only) and owenisas/NeMo-RL-Enhanced-Math-Rewards (configs
and docs), Harsidak/SGRPO and pat-jj/pearl (no tests; the ``rewards/math_reward.py`` suite with
currency regressions seen through the file index belongs to a repository that could not be
named). Claimed but no snapshot could be had: sunofch/wh_train, sherrywan717/ppo-vs-grpo-math-rlvr,
harishvs/rl_grpo_qwen_math, terrense/qwen3-8b-grpo-dapo-lab, Roogard/math-rl-tuning,
TsingZYY/rlvr-verifier-error-transfer-evidence (its listing shows LLM-review logs only),
madhu24raj/RLVR-Comparison, ahmedmuse-ml/rlvr-reasoning-trainer, yuviiitm26/rlvr-project,
uiuc-kang-lab/rlvr-noisy-data, VansyDeveloper/The-Verifier-Bottleneck-Can-an-AI-Teach-Itself-
Mathematics, fraware/verifierlab, M0-AR/openai-math-verify-2026.

Found to be used by earlier sets on checking (not read further): jackwarren430/twin-models,
michaelellis003/LMT, AndrewOlvera-byte/Alpha-Newton, JunyiJ/PostTraining-LLM-Small,
baremetaldevx86/Qwen-2.5-1.5B-GRPO, MikaStars39/nano-eval (= NanoEval),
pie-framework/math-validation, and most repositories holding ``tests/test_reward*.py``,
``tests/test_math_reward.py``, ``tests/test_gsm8k_reward.py`` and similar paths.

Leads seen with ``find_string`` whose repository could not be named within the look-up budget
(rule 6 needs repo and commit, so nothing was transcribed): a ``rewards.py`` suite "Hand-checked
tests for answer extraction and reward functions" (``correctness_reward("<answer>$1,000</answer>",
"1000")``), a ``gap_validation.verifiers.verify_math`` suite, a module self-test of "Domain-specific
verifiable reward functions for RLVR training" (``math_reward("The answer is 1,234", "1234")``), a
``grpo.reward`` suite (``correctness_reward("#### 42.0", "42")``), a ``soup_cli.utils.final_answer``
hedging suite, a strict-units grader (``("15.", "15 cents.", True)``, ``("2", "$\sqrt{2}$.",
False)``) and a MathArena-vector test (``(r"\boxed{4.2}", "$420$", False)``).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

R1 = "guox18/rejection-sampling-recipes"
R1_AT = "tests/test_verifier.py@832cfecb9d8c7d7632216b2a32fa8b6dfafa4df1"
R2 = "modal-projects/nmoe"
R2_AT = "tests/rl/test_tasks.py@4abf2b879c993739e9a19dfc439941526c698571"
R3 = "ariahw/em-explorations"
R3_AT = "tests/test_reward_funcs.py@18a2a14a1740203fc06d1f0a7a57f475c6d265b2"
R4 = "SirRDragonbornKnight/Enigma-Engine"
R4_AT = "tests/test_reward_functions.py@c6b93e4a7485198448b3f01a737738a36e70e248"
R5 = "prakashkagitha/llm-stack-book"
_R5 = "@3454ead0ef70c8fcf0c5231db50e2f84b29fbeb1"
R5_VER = "tests/06-rl-infra__08-reward-verifiers-sandboxes.py" + _R5
R5_RLVR = "tests/05-posttraining-alignment__09-rlvr-reasoning.py" + _R5
R5_CAP9 = "tests/14-capstone__09-post-training.py" + _R5
R5_CAP11 = "tests/14-capstone__11-evaluation-and-serving.py" + _R5
R5_SYN = "tests/03-pretraining__15-synthetic-data.py" + _R5
R5_CUR = "tests/06-rl-infra__12-rl-data-curriculum-replay.py" + _R5
R6 = "travisgalloway/monica"
R6_AT = "tests/test_verifiers.py@bdfa41cbff7c49803c83c17869b7ae17a1da52ce"
R7 = "ehzawad/qwen35-agentic-lab"
R7_AT = "tests/test_config.py@4df0cf6e50980e4bc29a30a8a27cbdf45442d643"
R8 = "Antares5/WeDLM-PostTraining"
R8_AT = "gspo/scripts/smoke_test_loss.py@4516d11bd3d31ccd9f01aa5738356a103c3035e8"
R9 = "selma0817/grpo-dapo"
R9_AT = "tests/test_reward.py@1f97cb5063cd4eb22c91cd912b523611b3c3e4e9"
# the suite's BOX_SPAM: one hundred boxes, \boxed{1} ... \boxed{100}
_BOX_SPAM = " ".join(rf"\boxed{{{number}}}" for number in range(1, 101))

CASES = [
    # --- guox18/rejection-sampling-recipes: MathRLVRVerifier().verify(response, {"answer": gold})
    _c(
        R1,
        R1_AT,
        gold=r"42",
        pred=r"\boxed{42}",
        wrap=False,
        expected=True,
        why="test_boxed_integer",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"41",
        pred=r"\boxed{42}",
        wrap=False,
        expected=False,
        why="test_boxed_integer",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"100",
        pred=r"The answer is \boxed{100}.",
        wrap=False,
        expected=True,
        why="test_boxed_integer",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"-5",
        pred=r"Therefore, \boxed{-5}",
        wrap=False,
        expected=True,
        why="test_boxed_integer",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"3.14",
        pred=r"\boxed{3.14}",
        wrap=False,
        expected=True,
        why="test_boxed_decimal",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"3.14159",
        pred=r"\boxed{3.14159}",
        wrap=False,
        expected=True,
        why="test_boxed_decimal",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"0.5",
        pred=r"\boxed{0.5}",
        wrap=False,
        expected=True,
        why="test_boxed_decimal",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"0.5",
        pred=r"\boxed{\frac{1}{2}}",
        wrap=False,
        expected=True,
        why="test_boxed_fraction",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"1/2",
        pred=r"\boxed{\frac{1}{2}}",
        wrap=False,
        expected=True,
        why="test_boxed_fraction",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"0.5",
        pred=r"\boxed{1/2}",
        wrap=False,
        expected=True,
        why="test_boxed_fraction",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"0.75",
        pred=r"\boxed{3/4}",
        wrap=False,
        expected=True,
        why="test_boxed_fraction",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"50%",
        pred=r"\boxed{0.5}",
        wrap=False,
        expected=True,
        why="test_percentage (percentage in the gold)",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"0.5",
        pred=r"\boxed{50%}",
        wrap=False,
        expected=True,
        why="test_percentage (percentage in the prediction)",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"1/3",
        pred=r"\boxed{0.333333}",
        wrap=False,
        expected=True,
        why="test_float_tolerance",
    ),
    # --- modal-projects/nmoe: verify_sympy(gold, pred) / are_equal_sympy(gold, pred) ----------
    _c(
        R2,
        R2_AT,
        gold=r"4",
        pred=r"4",
        wrap=True,
        expected=True,
        why="test_basic_equality verify_sympy",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"42",
        pred=r"42",
        wrap=True,
        expected=True,
        why="test_basic_equality verify_sympy",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"-5",
        pred=r"-5",
        wrap=True,
        expected=True,
        why="test_basic_equality verify_sympy",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"1/2",
        pred=r"0.5",
        wrap=True,
        expected=True,
        why="test_fraction_equivalence verify_sympy",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"2/4",
        pred=r"1/2",
        wrap=True,
        expected=True,
        why="test_fraction_equivalence are_equal_sympy",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"3/6",
        pred=r"0.5",
        wrap=True,
        expected=True,
        why="test_fraction_equivalence are_equal_sympy",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"x^2 + 2*x + 1",
        pred=r"(x+1)^2",
        wrap=True,
        expected=True,
        why="test_algebraic_equivalence are_equal_sympy",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"(a+b)^2",
        pred=r"a^2 + 2*a*b + b^2",
        wrap=True,
        expected=True,
        why="test_algebraic_equivalence are_equal_sympy",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"4",
        pred=r"5",
        wrap=True,
        expected=False,
        why="test_non_equivalent_rejected verify_sympy",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"x",
        pred=r"x+1",
        wrap=True,
        expected=False,
        why="test_non_equivalent_rejected are_equal_sympy",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"2",
        pred=r"3",
        wrap=True,
        expected=False,
        why="test_non_equivalent_rejected are_equal_sympy",
    ),
    # --- ariahw/em-explorations: correctness_reward_func, 2.0 = correct, 0.0 = wrong ------------
    _c(
        R3,
        R3_AT,
        gold=r"42",
        pred=r"The result is \boxed{42}.",
        wrap=False,
        expected=True,
        why="test_correctness_reward Q1",
    ),
    _c(
        R3,
        R3_AT,
        gold=r"8",
        pred=r"Compute: \boxed{7}",
        wrap=False,
        expected=False,
        why="test_correctness_reward Q2",
    ),
    _c(
        R3,
        R3_AT,
        gold=r"5.8",
        pred=r"The answer is \boxed{5.8}",
        wrap=False,
        expected=True,
        why="test_correctness_reward Q3",
    ),
    _c(
        R3,
        R3_AT,
        gold=r"10000",
        pred=r"The solution is \boxed{10,000}",
        wrap=False,
        expected=True,
        why="test_correctness_reward Q4",
    ),
    # --- SirRDragonbornKnight/Enigma-Engine: math_reward(prompt, completion, ground_truth) ------
    _c(
        R4,
        R4_AT,
        gold=r"4",
        pred="<think>calc</think>\n4",
        wrap=False,
        expected=True,
        why="test_math_reward_with_explicit_ground_truth",
    ),
]
