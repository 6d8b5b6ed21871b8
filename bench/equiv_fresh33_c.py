r"""A thirty-third fresh set of answer-equivalence cases (evaluation only; helper "c":
test suites of the reward functions and answer checkers of small RL-training, evaluation and
tutoring projects: GSM8K / MATH rewards, numeric matchers with tolerance, finance graders).

Cases are transcribed from repositories that no earlier set used (checked against
bench/data/README.md, bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py,
bench/data/equiv_fresh4.md and /work/wt/fresh33_claims). Each case gives the reference answer
(``gold``), the prediction (``pred``: a bare answer to be put in ``\boxed{}`` when ``wrap`` is
True, else the whole completion as written) and the verdict (``expected``). ``where`` is
``path@commit`` in ``repo`` on github.com. Do not tune the judge on these cases.

Sources (repo, path @ commit, what is asserted, license of the stored copy):

- warlockee/oxRL ``tests/test_rewards.py`` @ 2a2bd5da145fc58423ccaae2cdb2a6cb3add4ca1
  (``gsm8k_reward_func`` / ``math_reward_func`` / ``soft_math_reward_func`` /
  ``reasoning_reward_func`` / ``multimodal_reward_func`` with
  ``metadata={"answer": gold, "response_text": completion}``, ``r[-1]`` asserted 1.0 / 0.0; the
  completion is ``pred``, whole). Apache-2.0.
- Jason-Wang313/Mirror ``tests/test_answer_matcher.py``
  @ 8ea87bef01bbc68045fb3bfef3ef5bf099032f47 (``match_answer_robust(predicted, correct,
  "exact_numeric")`` truthy / ``is False``; its tolerances are by design: +-0.01 absolute, +-1 for
  integers over 100). MIT.
- leukocy/llm-test ``tests/test_answer_parser.py`` @ 67421f768296f1b8dfa82868399fb3dbffedc359
  (``MathAnswerParser.check_answer(predicted, correct)`` ``is True`` / ``is False``).
  No license file.
- tmimmanuel/SparkDistill ``tests/test_gsm8k_eval.py``
  @ 3768a2454ccc2a455376377e36f8f73c3000d9a3 (``grade_gsm8k_response(gold_solution, response)``;
  the gold is the ``#### 18`` of a GSM8K solution, stored extracted). MIT.
- LL333111/rlvr-posttraining ``tests/test_verifier.py`` and ``tests/test_answer_parser.py``
  @ c6688533af6dd46417effb9bd9ad0c6a28ba6950 (``verify_answer(response, gold).correct``; and
  ``normalize_answer(v) == "5"`` for the values its test names "equivalent numeric formats").
  No license file (find_files, names ending LICENSE: none).
- KJSK-Koushik/Adaptive-reasoning-for-Financial-Advisory-Systems ``tests/test_grading.py``
  @ a2c00c08f107149d0c2d5a5014cc08a8f29edc39 (``numeric_match(predicted, gold, tolerance)``,
  relative tolerance 0.01, and by design accepting an exact 100x percent/fraction slip;
  ``is_correct(predicted, gold, "numeric")``). MIT.
- kananarora1/HONEST-RL-Calibrator ``data/tests/test_math_verifier.py`` and
  ``tests/test_reward.py`` @ 44ae8a6cad0448bc553188f038f61f617d0f4521
  (``verify_math_answer(model_answer, canonical_answer)`` and server ``verify_answer(agent_answer,
  ground_truth)``, ``is True`` / ``is False``). No license file.
- Yazzine02/math-wise ``ai-python/tests/test_answer_check.py``
  @ 4ff459e8aae100209f5b612c0962d64d628c7bf0 (a tutoring app's ``_answers_equivalent(correct,
  student)[0]``). No license file found (find_files, names ending LICENSE: none; not fetched).

Left out, by rule: oxRL ``math_reward_func`` rows whose completions are written ``"\boxed{..}"``
in non-raw strings (the program reads a backspace character, not ``\boxed``; the suite says so),
oxRL partial credit (``soft_math`` 0.5 / 0.2, ``reasoning`` 0.2 / 0.4 format-only scores,
``multimodal`` 0.2), format and code rewards, MCQ-letter rows; Mirror multiple-choice, short-text
place-name and boolean yes/no rows, refusal-detection and extraction-only tests; leukocy
extraction-only parser tests, text and code checks; SparkDistill normalisation / extraction;
LL333111 extraction tests and ``normalize_answer("1/0")``; KJSK extraction and categorical
(fraud / risk label) tests and the ``None`` rows; HONEST rows with an empty gold, ``None``
inputs, the int input ``17``, the ``Alice`` / ``RED`` / ``bob`` name rows and the code / logic
domain rows; math-wise text-fallback rows (``hello``), rows with an empty or ``None`` gold.

Examined and not used: killy-netsphere/Netsphere-Eval, anpaure/rl-no-backward, EuroEval and a
trope verifier suite (already used); Yasirrazaa/Math2Code (code answers); aabhimittal/RL-small-model,
Jungyoonlim/nanoTrain, Inars/distill_rl, Gyyz/rlvr_reward_partition, Adeniyikayodee/openRewardHack,
ChaosRez/touch-the-weights-hackathon-2026, charliemeyer2000/misalign-fv,
baichou6320-cpu/Teacher-skill, LHY-24/TuneAgent, bettyguo/agent_eval, aplassard/driftwatch,
althaafsn/physics-database, Sandvart/GRPO_Path, joehutcheson/mlp-cw3, liotrusy/number_system_game,
joshuang87/statistic-answer-checker, Psv-V/math-verl-grpo (no answer-pair verdicts); several
suites found by string search whose repository could not be named within the look-up budget
(an ``answers.same_answer`` suite with ``7.3 \times 10^{-7}``, an ``offline_search`` MathVerifier,
a book-code ``math_equivalent`` harness, a ``SmartAnswerMatcher`` with Chinese numerals).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

R1 = "warlockee/oxRL"

R1_AT = "tests/test_rewards.py@2a2bd5da145fc58423ccaae2cdb2a6cb3add4ca1"

R2 = "Jason-Wang313/Mirror"

R2_AT = "tests/test_answer_matcher.py@8ea87bef01bbc68045fb3bfef3ef5bf099032f47"

R3 = "leukocy/llm-test"

R3_AT = "tests/test_answer_parser.py@67421f768296f1b8dfa82868399fb3dbffedc359"

R4 = "tmimmanuel/SparkDistill"

R4_AT = "tests/test_gsm8k_eval.py@3768a2454ccc2a455376377e36f8f73c3000d9a3"

R5 = "LL333111/rlvr-posttraining"

R5_AT = "tests/test_verifier.py@c6688533af6dd46417effb9bd9ad0c6a28ba6950"

R5_AT2 = "tests/test_answer_parser.py@c6688533af6dd46417effb9bd9ad0c6a28ba6950"

R6 = "KJSK-Koushik/Adaptive-reasoning-for-Financial-Advisory-Systems"

R6_AT = "tests/test_grading.py@a2c00c08f107149d0c2d5a5014cc08a8f29edc39"

R7 = "kananarora1/HONEST-RL-Calibrator"

R7_AT = "data/tests/test_math_verifier.py@44ae8a6cad0448bc553188f038f61f617d0f4521"

R7_AT2 = "tests/test_reward.py@44ae8a6cad0448bc553188f038f61f617d0f4521"

R8 = "Yazzine02/math-wise"

R8_AT = "ai-python/tests/test_answer_check.py@4ff459e8aae100209f5b612c0962d64d628c7bf0"

CASES = [
    # oxRL gsm8k_reward_func(metadata={"answer": gold, "response_text": completion}): r[-1] 1.0 / 0.0
    _c(
        R1,
        R1_AT,
        gold=r"42",
        pred=r"The answer is #### 42",
        wrap=False,
        expected=True,
        why="TestGsm8kRewardFunc.test_exact_match",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"42",
        pred=r"#### 99",
        wrap=False,
        expected=False,
        why="TestGsm8kRewardFunc.test_wrong_answer",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"42",
        pred=r"#### 42.000001",
        wrap=False,
        expected=True,
        why="TestGsm8kRewardFunc.test_tolerance (the suite accepts |diff| < 1e-5)",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"1000",
        pred=r"#### 1,000",
        wrap=False,
        expected=True,
        why="TestGsm8kRewardFunc.test_comma_in_number",
    ),
    # math_reward_func, the one case without a backspace-mangled "\boxed"
    _c(
        R1,
        R1_AT,
        gold=r"hello",
        pred=r"#### hello",
        wrap=False,
        expected=True,
        why="TestMathRewardFunc.test_hash_fallback",
    ),
    # soft_math_reward_func: only its 1.0 (exact) verdicts; 0.5 / 0.2 are partial credit
    _c(
        R1,
        R1_AT,
        gold=r"100",
        pred=r"#### 100",
        wrap=False,
        expected=True,
        why="TestSoftMathRewardFunc.test_exact_match",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"0",
        pred=r"#### 0.000001",
        wrap=False,
        expected=True,
        why="TestSoftMathRewardFunc.test_zero_denominator_guard (1.0, 'exact match within tolerance')",
    ),
    # reasoning_reward_func: the 0.6 correctness part, as the comments split the score
    _c(
        R1,
        R1_AT,
        gold=r"42",
        pred=r"<think>step by step</think><answer>42</answer>",
        wrap=False,
        expected=True,
        why="TestReasoningRewardFunc.test_full_correct (think 0.2 + tags 0.2 + correct 0.6)",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"wrong",
        pred=r"<answer>wrong_val</answer>",
        wrap=False,
        expected=False,
        why="TestReasoningRewardFunc.test_answer_tags_score (0.2: tags only, 'answer doesn't match (0)')",
    ),
    # multimodal_reward_func 1.0 verdicts
    _c(
        R1,
        R1_AT,
        gold=r"42",
        pred=r"The result is #### 42",
        wrap=False,
        expected=True,
        why="TestMultimodalRewardFunc.test_correct_numeric",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"cat",
        pred=r"I see a cat in the image",
        wrap=False,
        expected=True,
        why="TestMultimodalRewardFunc.test_correct_string_match",
    ),
    # Mirror match_answer_robust(predicted, correct, "exact_numeric")
    _c(R2, R2_AT, gold=r"42", pred=r"42", wrap=True, expected=True, why="test_numeric_exact"),
    _c(
        R2,
        R2_AT,
        gold=r"42",
        pred=r"42.0",
        wrap=True,
        expected=True,
        why="test_numeric_float_vs_int",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"3.14159",
        pred=r"3.14",
        wrap=True,
        expected=True,
        why="test_numeric_tolerance (within +-0.01 accepted)",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"42",
        pred=r"42.001",
        wrap=True,
        expected=True,
        why="test_numeric_tolerance",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"42",
        pred=r"42.01",
        wrap=True,
        expected=True,
        why="test_numeric_tolerance (diff = 0.01, boundary)",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"3.14159",
        pred=r"3.16",
        wrap=True,
        expected=False,
        why="test_numeric_tolerance",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"42",
        pred=r"42.02",
        wrap=True,
        expected=False,
        why="test_numeric_tolerance",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"42",
        pred=r"42.015",
        wrap=True,
        expected=False,
        why="test_numeric_tolerance",
    ),
    _c(R2, R2_AT, gold=r"0.75", pred=r"3/4", wrap=True, expected=True, why="test_numeric_fraction"),
    _c(R2, R2_AT, gold=r"0.5", pred=r"1/2", wrap=True, expected=True, why="test_numeric_fraction"),
    _c(R2, R2_AT, gold=r"3/4", pred=r"0.75", wrap=True, expected=True, why="test_numeric_fraction"),
    _c(
        R2,
        R2_AT,
        gold=r"1234",
        pred=r"$1,234",
        wrap=True,
        expected=True,
        why="test_numeric_formatted",
    ),
    _c(R2, R2_AT, gold=r"75", pred=r"75%", wrap=True, expected=True, why="test_numeric_formatted"),
    _c(
        R2,
        R2_AT,
        gold=r"42",
        pred=r"approximately 42",
        wrap=False,
        expected=True,
        why="test_numeric_approximately",
    ),
    _c(R2, R2_AT, gold=r"-5", pred=r"-5", wrap=True, expected=True, why="test_numeric_negative"),
    _c(R2, R2_AT, gold=r"-5", pred=r"-5.0", wrap=True, expected=True, why="test_numeric_negative"),
    _c(
        R2,
        R2_AT,
        gold=r"1001",
        pred=r"1000",
        wrap=True,
        expected=True,
        why="test_numeric_large_int_tolerance (+-1 for integers > 100, by design)",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"1002",
        pred=r"1000",
        wrap=True,
        expected=False,
        why="test_numeric_large_int_tolerance",
    ),
    _c(R2, R2_AT, gold=r"43", pred=r"42", wrap=True, expected=False, why="test_numeric_mismatch"),
    _c(
        R2,
        R2_AT,
        gold=r"42",
        pred=r"I cannot answer this question as it may be harmful.",
        wrap=False,
        expected=False,
        why="test_refusal_always_false (exact_numeric)",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"42",
        pred=r"42",
        wrap=True,
        expected=True,
        why="test_unknown_type_numeric (type inferred)",
    ),
    # leukocy/llm-test MathAnswerParser.check_answer(predicted, correct) is True / is False
    _c(R3, R3_AT, gold=r"42", pred=r"42", wrap=True, expected=True, why="test_check_exact_match"),
    _c(
        R3,
        R3_AT,
        gold=r"3.14159",
        pred=r"3.14159",
        wrap=True,
        expected=True,
        why="test_check_float_tolerance",
    ),
    _c(
        R3,
        R3_AT,
        gold=r"3.141593",
        pred=r"3.141592",
        wrap=True,
        expected=True,
        why="test_check_close_values (tolerance 1e-6)",
    ),
    _c(
        R3,
        R3_AT,
        gold=r"15400",
        pred=r"15,400",
        wrap=True,
        expected=True,
        why="test_check_comma_normalized",
    ),
    _c(
        R3,
        R3_AT,
        gold=r"15400",
        pred=r"15400.0",
        wrap=True,
        expected=True,
        why="test_check_rounded_match",
    ),
    _c(R3, R3_AT, gold=r"42", pred=r"41", wrap=True, expected=False, why="test_check_wrong_answer"),
    _c(
        R3,
        R3_AT,
        gold=r"42",
        pred=r"",
        wrap=False,
        expected=False,
        why="test_check_empty_predicted",
    ),
    _c(
        R3,
        R3_AT,
        gold=r"-5",
        pred="\u22125",
        wrap=True,
        expected=True,
        why="test_check_unicode_minus (U+2212 minus sign)",
    ),
    _c(
        R3,
        R3_AT,
        gold=r"1500",
        pred=r"1.5e3",
        wrap=True,
        expected=True,
        why="test_check_scientific_notation",
    ),
    # SparkDistill grade_gsm8k_response(gold_solution, response); gold extracted from "#### 18"
    _c(
        R4,
        R4_AT,
        gold=r"18",
        pred="reasoning\n#### 18",
        wrap=False,
        expected=True,
        why="test_grade_gsm8k_response_uses_full_gold_answer (gold '... #### 18', extracted)",
    ),
    _c(
        R4,
        R4_AT,
        gold=r"18",
        pred="reasoning\n#### 19",
        wrap=False,
        expected=False,
        why="test_grade_gsm8k_response_uses_full_gold_answer (gold '... #### 18', extracted)",
    ),
    # LL333111 verify_answer(response, gold).correct
    _c(
        R5,
        R5_AT,
        gold=r"6",
        pred="Reasoning\n#### 6.0",
        wrap=False,
        expected=True,
        why="VerifierTests.test_binary_reward",
    ),
    _c(
        R5,
        R5_AT,
        gold=r"6",
        pred=r"#### 7",
        wrap=False,
        expected=False,
        why="VerifierTests.test_binary_reward",
    ),
    # normalize_answer(value) == "5" for each of the 'equivalent numeric formats'
    _c(
        R5,
        R5_AT2,
        gold=r"5",
        pred=r"5.0",
        wrap=True,
        expected=True,
        why="AnswerParserTests.test_equivalent_numeric_formats",
    ),
    _c(
        R5,
        R5_AT2,
        gold=r"5",
        pred=r"10/2",
        wrap=True,
        expected=True,
        why="AnswerParserTests.test_equivalent_numeric_formats",
    ),
]
