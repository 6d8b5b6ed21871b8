r"""A twenty-fourth fresh set of answer-equivalence cases (evaluation only; helper "c", part 1 of
2: the rest is in equiv_fresh24_c2.py).

Brief: reward-function and verifier tests of RL / distillation / agent projects no earlier set
used (found with ``find_files`` on test paths such as ``tests/test_reward.py`` and with the code
search), including one grader written in Mojo.

Each case gives the reference answer (``gold``), the prediction (``pred``: a bare answer to be put
in ``\boxed{}`` when ``wrap`` is True, else the whole completion as the test passes it) and the
verdict the test asserts (``expected``). ``where`` is ``path@commit`` in ``repo`` on github.com.
Strings are the values the test's language reads (a test's ``"\\boxed{42}"`` is stored as
``r"\boxed{42}"``). A response that is nothing but an answer is stored bare with ``wrap=True``; the
content of a single well-formed ``<answer>...</answer>`` tag is stored bare (a sentence-like content
is stored with ``wrap=False``), as in equiv_fresh23_a.py. A GSM8K reference given as
``"... #### 15"`` is stored as the number the suite extracts from it (``why`` says so). A normaliser
or answer extractor applied to a model's completion, whose output the test asserts, is read as an
equivalence between that completion (or raw answer) and the asserted answer, as in
equiv_fresh3_a.py. A shaped reward is read by its correctness part, as ``why`` states. Each
repository was claimed in /work/wt/fresh24_claims before it was read at length. Do not tune the
judge on these cases.

Sources (repo, path @ commit; the license of these stored copies was not checked, so the short test
strings are quoted as test data, with attribution):

- A-SHOJAEI/emergent-reasoning-via-grpo ``tests/test_reward.py``
  @ 56f569cf55f403c129871fb5ae3238530f46dec3 (``correctness_reward(completion, gold)``,
  ``combined_reward`` read by its correctness threshold, ``normalize_answer``,
  ``extract_model_answer``).
- ANRGUSC/TinyLoRA ``tests/test_reward.py`` @ 2e4bdd2c8d23cc0731d1a0d2ba31976eaeceaf1f
  (``exact_match_reward(pred, ref)``, ``extract_final_answer``).
- Calvinizz/TinyRL ``tests/test_reward.py`` @ 8457f49078ad06afd139ee409eb7bea2bc6d54b2
  (``RewardManager.compute(completions, golds)``, ``RewardManager.extract_answer``).
- CuriousCaliBoi/nemotron-lightning-tinylora ``tests/test_rewards.py``
  @ 3b953ca4095ff9b74a2e792c578f34b241799a18 (``gsm8k_reward(pred, ref)``, ``predicted_answer``).
- ACCLE123/learn_llm ``tests/test_reward.py`` @ 2c58042dda0222ca70a2255fc1ea00a4971f9c10
  (``exact_answer_reward(completion, reference)``, answers in ``<answer>`` tags).
- JunyiJ/PostTraining-LLM-Small ``grpo/reward_test.py`` @ 04794b13eae0abde93e07498f989993a9c0c7fe8
  (``compute_reward(question, answer, gold)``: base 1.0 correct, -0.5 wrong, -1.0 no number, plus
  keyword / reasoning bonuses; the asserted totals are read by that base).
- teilomillet/retrain ``tests/test_reward.mojo`` @ 7b018c8e27d8fef707f5da7d1de11f51bba95718 (a Mojo
  grader: ``get_reward``, ``BoxedMathReward.score``, ``grade_answer``, whitespace-stripped string
  match) and ``tests/test_rewards.py`` @ 04683a6d9ca14f9ec87f024d4d237a1e2bad5a0f (its Python
  ``BoxedMathReward.score(response, reference)``).

Left out, by rule. Format policies: Calvinizz ``"#### 072"`` vs 72 (the suite's stated rule that
extraction must not normalise numerically: a strict-form policy against mathematical equality);
the preference of a ``####`` marker over a ``\boxed{}`` or a later number (TinyLoRA
``"intermediate \boxed{99}\n#### 42"``, TinyRL ``"#### 7\nextra 9"``); retrain's strict-box
rejection of an unboxed ``"I think the answer is 42"``; ACCLE123's missing, malformed or repeated
``<answer>`` tags, its word-number rejection and its integer (non-string) reference; JunyiJ's
keyword-hacking checks (``"Answer: Answer: ..."``), truncation and repetition penalties. Not maths:
retrain's case-sensitive ``"ABC"`` vs ``"abc"`` and brace-extraction checks without a reference.
Golds the suite cannot judge: empty golds (retrain ``grade_answer("", "")``). Extractors applied
only to references (A-SHOJAEI ``extract_gsm8k_answer`` / ``extract_math_answer``,
CuriousCaliBoi ``reference_answer``) and extractions with no answer (``None``). Mocked graders:
BrenchCC/R1-GRPO-Qwen2.5-RL (``math_verify`` stubbed, verdicts from ``side_effect``); read but
without maths-answer assertions: AGIHouse/autoresearch-post-training (code execution),
Anteneh-T-Tessema/cotrl (24-game), realwenlongwang/deepseek_r1_zero_reproduce (prints only),
sumanthyahoo9/DeepSeekMathv2 (proof scores), YanCotta/reinforcement-fine-tuning-llms-with-grpo,
alexchilton/CAS_NLP_MODULE4_GRPO (Wordle), jingyaogong/minimind (repetition penalty),
Sevendogs077/siete-rl, mruniverse8/Thesis (molecules), Al3ks9/NLP_SMIM_Proekt (poetry style),
CraftsMan-Labs/SLM-RL (Mastermind), kitsunehivern/Elysium-GRPO (tracking boxes). Found through
``find_string`` or the code search but already claimed by another collector or an earlier set: kapshaul/
llm-finetuning-grpo, programmer229/Torch-LLM-RL, liv-daliberti/maxent-grpo, ljkkkkkkkkk/slime_RL,
kschwethelm/ouro_rl, one-covenant/grail, meta-pytorch/forge, shannan-liu1/post-train-engine.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

SHOJ = "A-SHOJAEI/emergent-reasoning-via-grpo"
SHOJ_AT = "tests/test_reward.py@56f569cf55f403c129871fb5ae3238530f46dec3"
TLORA = "ANRGUSC/TinyLoRA"
TLORA_AT = "tests/test_reward.py@2e4bdd2c8d23cc0731d1a0d2ba31976eaeceaf1f"
TINYRL = "Calvinizz/TinyRL"
TINYRL_AT = "tests/test_reward.py@8457f49078ad06afd139ee409eb7bea2bc6d54b2"
NEMO_TL = "CuriousCaliBoi/nemotron-lightning-tinylora"
NEMO_TL_AT = "tests/test_rewards.py@3b953ca4095ff9b74a2e792c578f34b241799a18"
LEARN = "ACCLE123/learn_llm"
LEARN_AT = "tests/test_reward.py@2c58042dda0222ca70a2255fc1ea00a4971f9c10"
JUNYI = "JunyiJ/PostTraining-LLM-Small"
JUNYI_AT = "grpo/reward_test.py@04794b13eae0abde93e07498f989993a9c0c7fe8"
RETRAIN = "teilomillet/retrain"
RETRAIN_MOJO = "tests/test_reward.mojo@7b018c8e27d8fef707f5da7d1de11f51bba95718"
RETRAIN_PY = "tests/test_rewards.py@04683a6d9ca14f9ec87f024d4d237a1e2bad5a0f"

_STEPS = "Step 1: 5*3=15\nStep 2: 15*2=30\nSo the answer is:\n"

CASES: list[dict] = [
    # --- A-SHOJAEI/emergent-reasoning-via-grpo: correctness_reward(completion, gold) -----------
    _c(SHOJ, SHOJ_AT, "42", "#### 42", False, True, "correctness_reward == 1.0"),
    _c(SHOJ, SHOJ_AT, "42", "#### 43", False, False, "correctness_reward == 0.0"),
    _c(SHOJ, SHOJ_AT, "42", "I don't know", False, False, "no answer: correctness_reward == 0.0"),
    _c(SHOJ, SHOJ_AT, "1234", "#### 1,234", False, True, "thousands comma: reward == 1.0"),
    _c(SHOJ, SHOJ_AT, "42", "#### 42.0", False, True, "float vs int: reward == 1.0"),
    _c(
        SHOJ,
        SHOJ_AT,
        "30",
        _STEPS + "#### 30",
        False,
        True,
        "combined_reward > 1.0 (correctness 1.0 plus a format bonus)",
    ),
    _c(
        SHOJ,
        SHOJ_AT,
        "30",
        _STEPS + "#### 29",
        False,
        False,
        "combined_reward < 1.0 (no correctness, format bonus only)",
    ),
    _c(SHOJ, SHOJ_AT, "42", "42.0", True, True, 'normalize_answer("42.0") == "42"'),
    _c(SHOJ, SHOJ_AT, "16.8", "16.80", True, True, 'normalize_answer("16.80") == "16.8"'),
    _c(SHOJ, SHOJ_AT, "1234", "1,234", True, True, 'normalize_answer("1,234") == "1234"'),
    _c(SHOJ, SHOJ_AT, "15", "Step 1: 5*3=15\n#### 15", False, True, "extract_model_answer == 15"),
    _c(SHOJ, SHOJ_AT, "7", r"Therefore \boxed{7}", False, True, "extract_model_answer == 7"),
    _c(SHOJ, SHOJ_AT, "42", "The answer is 42", False, True, "extract_model_answer == 42"),
    _c(SHOJ, SHOJ_AT, "99", "So the final answer is 99", False, True, "extract_model_answer == 99"),
    _c(
        SHOJ,
        SHOJ_AT,
        "14",
        "Computing: 3+4=7, then 7*2=14",
        False,
        True,
        "extract_model_answer: last number 14",
    ),
    # --- ANRGUSC/TinyLoRA: exact_match_reward(pred, ref), extract_final_answer ------------------
    _c(
        TLORA,
        TLORA_AT,
        "15",
        "Let's solve. #### 15",
        False,
        True,
        'exact_match_reward == 1.0 (ref "work ... #### 15", its extracted 15)',
    ),
    _c(TLORA, TLORA_AT, "15", "#### 14", False, False, "exact_match_reward == 0.0 (ref #### 15)"),
    _c(TLORA, TLORA_AT, "1234", "Reasoning...\n#### 1,234\n", False, True, "extract == 1234"),
    _c(
        TLORA,
        TLORA_AT,
        "1234",
        r"Therefore the final answer is \boxed{1,234}.",
        False,
        True,
        "extract_final_answer == 1234 (comma dropped)",
    ),
    _c(
        TLORA,
        TLORA_AT,
        r"\frac{3}{4}",
        r"Result: \boxed{\frac{3}{4}}",
        False,
        True,
        r"extract_final_answer == \frac{3}{4}",
    ),
    _c(TLORA, TLORA_AT, "42", "The final value is 42.", False, True, "fallback number == 42"),
    # --- Calvinizz/TinyRL: RewardManager.compute(completions, golds), extract_answer -------------
    _c(TINYRL, TINYRL_AT, "72", "#### 72", False, True, "compute == 1.0"),
    _c(TINYRL, TINYRL_AT, "72", "#### 73", False, False, "compute == 0.0"),
    _c(TINYRL, TINYRL_AT, "72", "I have no idea", False, False, "no answer: compute == 0.0"),
    _c(TINYRL, TINYRL_AT, "72", "24 + 48 = 72", False, True, "last-number fallback: 1.0"),
    _c(TINYRL, TINYRL_AT, "1", "#### 1", False, True, "batch: 1.0"),
    _c(TINYRL, TINYRL_AT, "2", "#### 2", False, True, "batch: 1.0"),
    _c(TINYRL, TINYRL_AT, "3", "wrong", False, False, "batch: no answer, 0.0"),
    _c(TINYRL, TINYRL_AT, "42", "blah blah\n#### 42", False, True, "extract_answer == 42"),
    _c(TINYRL, TINYRL_AT, "17", "####   17", False, True, "extract_answer == 17"),
    _c(TINYRL, TINYRL_AT, "35", "24 + 11 = 35", False, True, "extract_answer: last number 35"),
    _c(
        TINYRL,
        TINYRL_AT,
        "35",
        "The sum of 24 and 11 is 35.",
        False,
        True,
        "extract_answer: last number in prose 35",
    ),
    _c(TINYRL, TINYRL_AT, "-3", "temperature dropped to -3", False, True, "signed number -3"),
    # --- CuriousCaliBoi/nemotron-lightning-tinylora: gsm8k_reward(pred, ref) --------------------
    _c(
        NEMO_TL,
        NEMO_TL_AT,
        "7",
        "#### 7",
        False,
        True,
        'gsm8k_reward == 1.0 (ref "solution #### 7")',
    ),
    _c(
        NEMO_TL,
        NEMO_TL_AT,
        "7",
        "#### 8",
        False,
        False,
        'gsm8k_reward == 0.0 (ref "solution #### 7")',
    ),
    _c(
        NEMO_TL,
        NEMO_TL_AT,
        "1234",
        r"therefore \boxed{1234}",
        False,
        True,
        "predicted_answer == 1234",
    ),
    _c(
        NEMO_TL,
        NEMO_TL_AT,
        "1234",
        "last value is 1,234",
        False,
        True,
        "predicted_answer == 1234 (comma dropped)",
    ),
    # --- ACCLE123/learn_llm: exact_answer_reward(<answer> content, reference) -------------------
    _c(LEARN, LEARN_AT, "1776", "1776", True, True, "<answer>1776</answer>: reward == 1.0"),
    _c(LEARN, LEARN_AT, "1776", "1775", True, False, "<answer>1775</answer>: reward == 0.0"),
    # --- JunyiJ/PostTraining-LLM-Small: compute_reward(question, answer, gold) -------------------
    # Base reward 1.0 for a correct final number (plus bonuses), -0.5 for a wrong one and -1.0
    # for no number; the asserted totals are read by that base.
    _c(JUNYI, JUNYI_AT, "2", "Mathematically, 1 + 1 = 2.", False, True, "reward == 1.0"),
    _c(
        JUNYI,
        JUNYI_AT,
        "2",
        "답がわかっていますか?\n\n... 답: 2",
        False,
        True,
        "multilingual, ends with 2: reward == 1.0",
    ),
    _c(JUNYI, JUNYI_AT, "2", "1+1=? ... Answer: 2", False, True, "reward == 1.2 (keyword bonus)"),
    _c(JUNYI, JUNYI_AT, "2", "1+1=? 3", False, False, "wrong number: reward == -0.5"),
    _c(JUNYI, JUNYI_AT, "2", "No number here", False, False, "no number: reward == -1.0"),
    _c(JUNYI, JUNYI_AT, "2", "1+1=?\n\nHere's how: 2", False, True, "last number 2: reward == 1.0"),
    _c(JUNYI, JUNYI_AT, "42", "Here is my answer: 42", False, True, "reward == 1.2"),
    _c(
        JUNYI,
        JUNYI_AT,
        "4",
        "Numbers: 1 2. My answer is 4 and then some text with 5 later.",
        False,
        True,
        "keyword answer 4 over the later 5: reward == 1.7",
    ),
    _c(
        JUNYI,
        JUNYI_AT,
        "7",
        "Earlier number 3 but final number 7",
        False,
        True,
        "last number 7: reward == 1.0",
    ),
    # --- teilomillet/retrain: Mojo get_reward / BoxedMathReward.score / grade_answer ----------
    _c(RETRAIN, RETRAIN_MOJO, "42", r"The answer is \boxed{42}", False, True, "get_reward == 1.0"),
    _c(RETRAIN, RETRAIN_MOJO, "42", r"The answer is \boxed{43}", False, False, "get_reward == 0.0"),
    _c(
        RETRAIN,
        RETRAIN_MOJO,
        r"\frac{1}{2}",
        r"\boxed{\frac{1}{2}}",
        False,
        True,
        "get_reward == 1.0 (nested LaTeX)",
    ),
    _c(RETRAIN, RETRAIN_MOJO, "42", r"\boxed{42}", False, True, "BoxedMathReward.score == 1.0"),
    _c(RETRAIN, RETRAIN_MOJO, "42", r"\boxed{43}", False, False, "BoxedMathReward.score == 0.0"),
    _c(RETRAIN, RETRAIN_MOJO, "42", "no boxed", False, False, "no answer: score == 0.0"),
    _c(RETRAIN, RETRAIN_MOJO, "42", "  42  ", True, True, "grade_answer strips whitespace: True"),
    _c(RETRAIN, RETRAIN_MOJO, "  42  ", "42", True, True, "grade_answer strips whitespace: True"),
    _c(RETRAIN, RETRAIN_MOJO, "43", "42", True, False, 'grade_answer("42", "43") is False'),
    # --- teilomillet/retrain: Python BoxedMathReward.score(response, reference) ------------------
    _c(RETRAIN, RETRAIN_PY, "42", r"Answer is \boxed{42}", False, True, "score == 1.0"),
    _c(RETRAIN, RETRAIN_PY, "42", r"Answer is \boxed{41}", False, False, "score == 0.0"),
    _c(RETRAIN, RETRAIN_PY, "42", "no answer", False, False, "no answer: score == 0.0"),
    _c(RETRAIN, RETRAIN_PY, " 42 ", r"\boxed{ 42 }", False, True, "whitespace match: 1.0"),
    _c(
        RETRAIN,
        RETRAIN_PY,
        r"\frac{1}{2}",
        r"\boxed{\frac{1}{2}}",
        False,
        True,
        "LaTeX expression: score == 1.0",
    ),
]
