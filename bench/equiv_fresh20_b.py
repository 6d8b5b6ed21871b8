r"""A twentieth fresh set of answer-equivalence cases (evaluation only; helper "b").

The brief's focus for this helper was labelled model outputs (verifier meta-evaluation sets,
answer-verification benchmarks, judge-agreement studies, PRM/ORM samples with final-answer
labels). Every such set that could be found in a GitHub repository was already claimed by an
earlier set or by another collector (see "Examined" below), so the cases here come mostly from the
test suites of math evaluators in repositories no earlier set used (49 cases from 7 projects).
Each case gives the reference answer (``gold``), the prediction (``pred``: a bare answer to be
put in ``\boxed{}`` when ``wrap`` is True, else the whole completion as the test passes it) and
the verdict the source asserts (``expected``). ``where`` is ``path@commit`` in ``repo`` on
github.com. Strings are the values Python reads from the source (a test's ``"\\boxed{42}"`` is
stored as ``r"\boxed{42}"``). Do not tune the judge on these cases.

Sources (repo, path @ commit, license of the stored copy):

- wisent-ai/wisent (a representation-engineering / steering toolkit whose benchmark evaluators
  grade math answers), MIT (LICENSE, "Copyright (c) 2023-2024 Wisent Team"), all @
  286d75742f2e5df996d02f87b58759810a8f595a (snapshot HEAD):
  ``wisent/tests/evaluators/test_evaluator/advanced/test_math_evaluator.py``
  (``MathEvaluator.evaluate(response, expected)``: ``TRUTHFUL`` / ``UNTRUTHFUL``; the expected
  answer is itself written as ``\boxed{...}`` except where the test passes
  ``extract_from_expected=False``), ``.../advanced/test_polymath_evaluator.py``
  (``PolyMathEvaluator``), ``.../advanced/test_livemathbench_evaluator.py``
  (``LiveMathBenchEvaluator``) and ``.../math_helpers/test_aime_evaluator.py``
  (``AIMEEvaluator``). The responses are whole completions (``wrap`` False). The AIME tests pass
  most expected answers as Python ints (``expected=123``); they are stored as their decimal
  strings (``why`` says so). The same (expected, response) pair asserted by two evaluators is
  kept once (PolyMath and LiveMathBench share three; AIME's ``test_type_mismatch_int_vs_string``,
  ``\boxed{42}`` against 42, repeats MathEvaluator's ``test_raw_expected_without_boxed``).
- one-covenant/grail (a Bittensor RL subnet)
  ``tests/integration/environments/test_math_dataset_envs.py``
  @ 54d6342928dc516b1169342d801596fe4b88ef6f (snapshot HEAD; the file last changed in
  9a0b7fd8d9b935c97cea8844256c7c01b3a44d44), ``test_math_answer_normalization_examples``:
  ``_math_answers_equal(predicted, gold)`` of its Hendrycks-MATH environment, all 6 pairs (bare
  answers, ``wrap`` True). No license file in the stored copy.
- StanchPillow55/Algoverse-Self-Correction-Classification ``tests/test_gsm8k_normalizer.py``
  @ 0a059cc3f3906d2b7446943cdbeffcc383a2b6f5: ``gsm8k_em(pred, gold)``; the gold written as a
  GSM8K solution (``"The answer is #### 1,234.00\n"``, ``"#### 124"``) is stored as the answer
  the suite extracts after ``####``. No license file in the stored copy.
- ctrl-gaurav/Debate-Train-Evolve ``tests/test_answer_extraction.py``
  @ 27764bd375812f93cdf47401b3f7e31880e672a5: ``answers_match(pred, gold)``.
- mianwu01/tts-sft ``tests/test_answer_extraction.py`` @ 199a9dcc7ba58b3e3ab6c8ba2a9854b44dea6197:
  ``is_exact_match(pred, gold)`` (normalisation, numeric fallback and the LaTeX-aware regression
  tests, one of which first extracts the answer from a whole completion).
- chai-yinfeng/rl-project ``tests/test_answer_extraction.py``
  @ 267ce18ad9fd7814c844e7d5250d86d1867593c0: ``is_exact_match(completion, gold)``.
- PKU-Baichuan-MLSystemLab/MathScape ``eval.py`` @ d4e70a02506a328fa7048831a7377e1e726b56b7
  (no license file in the stored copy: the short example is quoted as test data, with
  attribution): the one worked example of its GPT-4 judging prompt ``PROMPT_JUDGE`` (reference
  ``面积 = 0.5 * 底 * 高 = ... = 9 cm²``, student ``面积 = 6 cm * 3 cm = 18 cm²``, judged
  ``(1)False``), stored as the two final results.

The licenses of Debate-Train-Evolve, tts-sft and rl-project were not checked (search budget);
like the repositories without a license file, their short test strings are quoted as test data,
with attribution.

Left out, by rule: format policies (wisent: a response without ``\boxed{}`` is ``UNKNOWN``, not
wrong: ``"The answer is 42"`` against ``\boxed{42}`` / ``42``); empty or whitespace responses and a
``None`` expected answer (no verdict on an answer); metadata-only asserts (``predictions`` /
``no_boxed`` flags, prompt text, G-Pass@k arithmetic); LiveMathBench's multi-sample test
(``correct_count == 2`` over four responses: an aggregate-only check); the contrastive pair dumps
``wisent/generation/test_*_evaluation.json`` (a synthetic negative made by appending ``+ 1`` to
the gold, compared with itself; not a model's answer); ``test_boxed_extraction_llm.py`` and
``nonsense/math500_nosense.py`` (scripts without asserted verdicts); ``test_sympy.py`` (prints).
Debate-Train-Evolve: ``answers_match("hello", "world")`` (not a math answer), the consensus and
accuracy aggregates, and its extraction tests. tts-sft, chai-yinfeng, Algoverse: normaliser and
extraction-only asserts (a string mapped onto a string, no verdict between two answers); tts-sft's
``None`` / empty gold or prediction. grail: its GSM8K / MATH environment tests score answers inside
its custom ``<SOLUTION>`` tags (a format policy, as in earlier sets).

Examined without usable new cases (the labelled-data focus): the verifier / judge benchmarks
that keep labelled (reference, response, verdict) data in GitHub are all claimed or used already
(open-compass/CompassVerifier's VerifierBench and README samples, IAAR-Shanghai/xVerify,
ZJU-REAL/VerifyBench, uw-nsl/TinyV's HardVerify-Math and its equivalence taxonomy prompt,
hkust-nlp/RL-Verifier-Pitfalls, toloka/u-math, ScalerLab/JudgeBench, QwenLM/ProcessBench,
ssmisya/PRMBench, openai/prm800k, tangzhy/RealCritic, OpenStellarTeam/DeltaBench,
kimsh0507/RewardMATH_official, nikhilchandak/answer-matching, QuangDiy/ViMATH-Verify,
lmarena/PPE, THU-KEG/RM-Bench, allenai/reward-bench, KbsdJames/Omni-MATH). Read and not used:
SalesforceAIResearch/ReasoningJudgeBench (pairwise judge prompts, no labelled math answers),
SalesforceAIResearch/MathHay (human annotations of generated questions, not of answers),
tamassimonds/MathOlmoBenchmark (its ``maths/reward_simple.py`` tests; claimed by another
collector), Chiiicky/curriculum-aligned-math-solution-generation (its ``tests/test_rewards.py`` is
open-r1's, already used), aandresalvarez/researcher and wccdev/starforge-tutorial
(``tests/test_math_eval.py`` test an expression calculator and result bookkeeping, not answer
equivalence), NVIDIA/Megatron-LM ``tests/unit_tests/rl/test_rl_agents.py`` (``MathAgent`` rewards
under a mocked ``math_verify`` that compares strings: verdicts forced by the mock; countdown
rewards are not equivalence), DanielSongShen/cs224w-project (a verifier-accuracy study whose
``final_regraded.json`` data are not in the repository), and the extraction-only
``tests/test_answer_extraction.py`` of sznnzs/TokenRouter, yx-shi/Anti_Distillation,
samkas125/MCTS_LLM, Raditya0902/peft-reasoning-comparison,
anh-nguyenn/small-model-preference-optimization, SoroushVahidi/-adaptive-llm-inference and
QZF-888/consistency-gated-self-correction (multiple-choice only).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

_COMMIT = "286d75742f2e5df996d02f87b58759810a8f595a"
WISENT = "wisent-ai/wisent"
_T = "wisent/tests/evaluators/test_evaluator/"
W_MATH = _T + "advanced/test_math_evaluator.py@" + _COMMIT
W_POLY = _T + "advanced/test_polymath_evaluator.py@" + _COMMIT
W_LIVE = _T + "advanced/test_livemathbench_evaluator.py@" + _COMMIT
W_AIME = _T + "math_helpers/test_aime_evaluator.py@" + _COMMIT
SCAPE = "PKU-Baichuan-MLSystemLab/MathScape"
SCAPE_AT = "eval.py@d4e70a02506a328fa7048831a7377e1e726b56b7"

CASES: list[dict] = [
    # --- wisent MathEvaluator.evaluate(response, expected) ---------------------------------------
    _c(WISENT, W_MATH, r"\boxed{42}", r"The answer is \boxed{42}", False, True, "test_exact_match"),
    _c(
        WISENT,
        W_MATH,
        r"\boxed{0.5}",
        r"\boxed{\frac{1}{2}}",
        False,
        True,
        "test_equivalent_fractions",
    ),
    _c(WISENT, W_MATH, r"\boxed{42}", r"\boxed{10}", False, False, "test_wrong_answer"),
    _c(
        WISENT,
        W_MATH,
        "42",
        r"\boxed{42}",
        False,
        True,
        "test_raw_expected_without_boxed (extract_from_expected=False)",
    ),
    _c(WISENT, W_MATH, r"\boxed{4}", r"\boxed{2+2}", False, True, "test_equivalent_expressions"),
    _c(WISENT, W_MATH, r"\boxed{-5}", r"\boxed{-5}", False, True, "test_negative_numbers"),
    _c(WISENT, W_MATH, r"\boxed{42}", r"\boxed{  42  }", False, True, "test_whitespace_in_boxed"),
    # --- wisent PolyMathEvaluator (the same three pairs are in LiveMathBenchEvaluator's tests) --
    _c(
        WISENT,
        W_POLY,
        "42",
        r"The answer is \boxed{42}",
        False,
        True,
        "test_correct_boxed_answer (also LiveMathBench)",
    ),
    _c(WISENT, W_POLY, "42", r"\boxed{10}", False, False, "test_wrong_answer (also LiveMathBench)"),
    _c(
        WISENT,
        W_POLY,
        "1/2",
        r"\boxed{0.5}",
        False,
        True,
        "test_equivalent_fractions (also LiveMathBench)",
    ),
    # --- wisent LiveMathBenchEvaluator --------------------------------------------------------
    _c(WISENT, W_LIVE, "-3", r"\boxed{-3}", False, True, "test_negative_number"),
    _c(WISENT, W_LIVE, "0.5", r"\boxed{\frac{1}{2}}", False, True, "test_latex_expression"),
    # --- wisent AIMEEvaluator (int expected answers stored as strings) --------------------------
    _c(
        WISENT,
        W_AIME,
        "123",
        r"The answer is \boxed{123}",
        False,
        True,
        "test_correct_integer_answer (expected=123 int)",
    ),
    _c(WISENT, W_AIME, "456", r"\boxed{456}", False, True, "test_correct_string_expected"),
    _c(WISENT, W_AIME, "200", r"\boxed{100}", False, False, "test_wrong_answer (expected=200 int)"),
    _c(WISENT, W_AIME, "0", r"\boxed{0}", False, True, "test_zero_answer (expected=0 int)"),
    _c(WISENT, W_AIME, "999", r"\boxed{999}", False, True, "test_max_aime_answer (int)"),
    _c(
        WISENT,
        W_AIME,
        "3",
        r"\boxed{3.14}",
        False,
        False,
        "test_non_integer_model_answer (expected=3 int)",
    ),
    _c(
        WISENT,
        W_AIME,
        "123",
        r"\boxed{abc}",
        False,
        False,
        "test_non_numeric_model_answer (expected=123 int)",
    ),
    _c(WISENT, W_AIME, "7", r"\boxed{007}", False, True, "test_leading_zeros (expected=7 int)"),
    _c(
        WISENT,
        W_AIME,
        "42",
        r"First I tried \boxed{100} but then \boxed{42}",
        False,
        True,
        "test_multiple_boxed_uses_last (expected=42 int)",
    ),
    # --- MathScape: the worked example of the GPT-4 judging prompt ------------------------------
    _c(
        SCAPE,
        SCAPE_AT,
        "9 cm²",
        "18 cm²",
        True,
        False,
        "PROMPT_JUDGE example: reference 面积 = 0.5 * 底 * 高 = 0.5 * 6 cm * 3 cm = 9 cm², "
        "student 面积 = 6 cm * 3 cm = 18 cm², judged (1)False",
    ),
]

GRAIL = "one-covenant/grail"
GRAIL_AT = (
    "tests/integration/environments/test_math_dataset_envs.py"
    "@54d6342928dc516b1169342d801596fe4b88ef6f"
)
ALGO = "StanchPillow55/Algoverse-Self-Correction-Classification"
ALGO_AT = "tests/test_gsm8k_normalizer.py@0a059cc3f3906d2b7446943cdbeffcc383a2b6f5"

# grail: _math_answers_equal(predicted, gold) (Hendrycks-MATH environment), read as (pred, gold)
_GRAIL_ROWS = [
    (r"\frac{7}{20}", r"\dfrac{7}{20}", True),
    (r"\frac{2\sqrt{149}}{3}", r"\frac{2 \sqrt{149}}{3}", True),
    (
        r"\begin{pmatrix}8&12\\-4&20\end{pmatrix}",
        r"\begin{pmatrix} 8 & 12 \\ -4 & 20 \end{pmatrix}",
        True,
    ),
    ("18\\text{ways.}", "18\\text{ ways.}", True),
    ("y^4-2y^3+7y^2+y-5", "y^4-2y^3+7y^2+y-5", True),
    (r"\frac{7}{21}", r"\frac{7}{20}", False),
]

CASES += [
    _c(GRAIL, GRAIL_AT, gold, pred, True, ok, "test_math_answer_normalization_examples")
    for gold, pred, ok in _GRAIL_ROWS
]

# Algoverse: gsm8k_em(pred, gold); the gold "The answer is #### 1,234.00\n" is stored as the
# answer the suite extracts after "####"
CASES += [
    _c(ALGO, ALGO_AT, "1,234.00", "1234", True, True, "test_em_various_formats_match"),
    _c(ALGO, ALGO_AT, "1,234.00", " 1,234 ", True, True, "test_em_various_formats_match"),
    _c(
        ALGO,
        ALGO_AT,
        "1,234.00",
        "#### 1,234.0",
        False,
        True,
        "test_em_various_formats_match (prediction with the GSM8K #### marker)",
    ),
    _c(ALGO, ALGO_AT, "124", "123", True, False, "test_em_mismatch (gold #### 124)"),
]

DTE = "ctrl-gaurav/Debate-Train-Evolve"
DTE_AT = "tests/test_answer_extraction.py@27764bd375812f93cdf47401b3f7e31880e672a5"
TTS = "mianwu01/tts-sft"
TTS_AT = "tests/test_answer_extraction.py@199a9dcc7ba58b3e3ab6c8ba2a9854b44dea6197"
CHAI = "chai-yinfeng/rl-project"
CHAI_AT = "tests/test_answer_extraction.py@267ce18ad9fd7814c844e7d5250d86d1867593c0"

# Debate-Train-Evolve: answers_match(pred, gold)
CASES += [
    _c(DTE, DTE_AT, "42", "42", True, True, "TestAnswersMatch.test_exact_match"),
    _c(DTE, DTE_AT, "42", "42.0", True, True, "TestAnswersMatch.test_float_match"),
    _c(DTE, DTE_AT, "43", "42", True, False, "TestAnswersMatch.test_no_match"),
    _c(DTE, DTE_AT, "42", "answer is 42", False, True, "TestAnswersMatch.test_with_text"),
]

# tts-sft: is_exact_match(pred, gold) (normalisation, numeric fallback, LaTeX-aware matching)
_TTS_ROWS = [
    ("42", "42", True, "test_basic_match"),
    ("1000", "1,000", True, "test_comma_normalization_then_match"),
    ("42", "42.0", True, "test_numeric_fallback"),
    ("43", "42", False, "test_mismatch"),
    (
        r"\left(3, \frac{\pi}{2}\right)",
        r"(3, \frac{\pi}{2})",
        True,
        "test_left_right_stripped",
    ),
    ("(1,2)", "( 1 , 2 )", True, "test_internal_whitespace_ignored"),
    (r"(1,\,2)", "(1,2)", True, "test_latex_thin_space_ignored"),
    (r"\frac{1}{2}", r"\dfrac{1}{2}", True, "test_dfrac_folds_to_frac"),
    (
        r"\left( 4, \frac{\pi}{2} \right)",
        r"(3, \frac{\pi}{2})",
        False,
        "test_different_tuple_still_wrong",
    ),
    (
        r"\left( 3, \frac{\pi}{3} \right)",
        r"(3, \frac{\pi}{2})",
        False,
        "test_different_tuple_still_wrong",
    ),
]
CASES += [_c(TTS, TTS_AT, gold, pred, True, ok, why) for gold, pred, ok, why in _TTS_ROWS]
# "$5$" carries its own math delimiters: kept as a whole completion rather than boxed
CASES += [
    _c(TTS, TTS_AT, "5", "$5$", False, True, "test_dollar_sign_normalization_then_match"),
]
CASES += [
    _c(
        TTS,
        TTS_AT,
        r"\left( 3, \frac{\pi}{2} \right)",
        r"...so the answer is \boxed{(3, \frac{\pi}{2})}.",
        False,
        True,
        "test_node1_boxed_tuple_vs_leftright_gold (extract_final_answer, then is_exact_match)",
    ),
    _c(
        CHAI,
        CHAI_AT,
        "1200",
        "Final answer: 1,200.0",
        False,
        True,
        "test_is_exact_match_handles_equivalent_numbers",
    ),
]
