r"""A seventeenth fresh set of answer-equivalence cases (evaluation only; collector "a": RL-for-
reasoning training repositories).

Cases are transcribed from test files that assert a math answer is (or is not) equivalent to a
reference, in repositories that no earlier set used (bench/data/README.md, bench/equiv_issues_*.py,
the docstrings of the fresh3..fresh16 modules and bench/data/equiv_fresh4.md, and the claims in
/work/wt/fresh17_claims). Each case gives the reference answer (``gold``), the prediction
(``pred``: a bare answer to be put in ``\boxed{}`` when ``wrap`` is True, else the whole completion
as the test passes it) and the verdict the test asserts (``expected``). ``where`` is
``path@commit`` in ``repo`` on github.com. Strings are the values Python reads from the test. Do
not tune the judge on these cases.

Source (repo, path @ commit, function as called in the test, license of the stored copy):

- databricks/compose-rl (Databricks' RL post-training library for LLM Foundry / Composer)
  @ ae569916398b12c5f349e3abd9a3c9c984d8e292, Apache-2.0 (LICENSE):
  ``tests/functional_rewards/test_math_verifier_reward.py``: ``MATHVerifierReward(reward=10.0)``
  of ``compose_rl.algorithms.reward_modeling`` on a batch of ``raw_untokenized_texts``
  (completion) and ``verified_answers`` (gold); the reward is 10.0 when the last ``\boxed{}``
  (normalised, Hendrycks-style ``normalize_final_answer``) equals the gold or ``is_equiv`` holds,
  else 0.0 (asserted 10.0 -> True, 0.0 -> False); and
  ``tests/functional_rewards/test_gsm8k_verifier_reward.py``: ``GSM8KVeriferReward`` (last
  number in the completion, commas stripped, exact match with the gold; 1.0 / 0.0). The
  completions are stored whole (``wrap`` False).
  Two of the test's strings are not raw and hold ``"\frac"``: Python reads ``\f`` as a form feed,
  so the value is ``"\x0crac{...}"``; it is kept as Python reads it (said in ``why``), the
  verdict being an identity in both cases.

- EvoAgentX/EvoAgentX (a self-evolving agent-workflow framework; its benchmarks grade agents'
  math answers) @ aad19b912f640161ea07e8904d9237cd34fde5f1, MIT (LICENSE):
  ``tests/src/benchmark/test_math.py`` (``MATH.evaluate(prediction, label)`` -> ``solve_rate``
  1.0 / 0.0, the last ``\boxed{}`` of each side compared with ``math_equal``; and
  ``MATH.math_equal(prediction, reference)`` on the extracted answer) and
  ``tests/src/benchmark/test_gsm8k.py`` (``GSM8K.evaluate(prediction, label)``: last number of
  each side, ``abs(diff) < 1e-6``). The GSM8K label is the data set's worked solution ending
  ``#### 18``; it is stored as its answer ``18`` (said in ``why``). The whole MATH solution passed
  as prediction is stored unwrapped; a bare ``"18"`` is wrapped.

Left out, by rule: ``test_math_format_verifier_reward.py`` and
``test_gsm8k_format_verifier_reward.py`` (format-only rewards: they grant the reward to a wrong
``\boxed{}`` answer and refuse a right ``####`` one; format policy, not equivalence),
``test_mcqa_verifier_reward.py`` (multiple-choice letters), and the invalid-batch test (no
pair); EvoAgentX's ``symbolic_equal`` asserts (the same two pairs as its ``math_equal``
asserts), its ``is_digit`` and ``extract_last_number`` / ``extract_answer`` unit tests
(extraction, no pair judged), and its data-loading tests.

Searched (snapshots fetched by name and read with git) without finding a test that asserts a
math-answer verdict: Qihoo360/Light-R1, ChenxinAn-fdu/POLARIS, McGill-NLP/nano-aha-moment,
GAIR-NLP/LIMR (its ``openrlhf/utils/check`` graders have ``__main__`` demos that print, no
expectation), ypwang61/One-Shot-RLVR, ruixin31/Spurious_Rewards (its ``*_incorrect`` data sets
carry only the substituted label, not the original gold beside it), TideDra/lmm-r1,
Gen-Verse/ReasonFlux (a vendored lm-evaluation-harness, already used), RLHFlow/Minimal-RL,
sunblaze-ucb/Intuitor (``open-r1-intuitor/tests/test_rewards.py`` is open-r1's accuracy test
unchanged: used), LeapLabTHU/limit-of-RLVR and LeapLabTHU/Absolute-Zero-Reasoner (Qwen2.5-Math /
ToRA graders whose ``_test_math_equal`` prints), cmu-l3/l1, BytedTsinghua-SIA/DAPO,
Jiayi-Pan/TinyZero, Unakar/Logic-RL, GAIR-NLP/ToRL, ltzheng/SimpleTIR,
RLHFlow/Self-rewarding-reasoning-LLM (a vendored latex2sympy parser suite only),
Agent-RL/ReCall, PeterGriffinJin/Search-R1, GAIR-NLP/OctoThinker, Doriandarko/MLX-GRPO,
snowflakedb/ArcticTraining, EvolvingLMMs-Lab/open-r1-multimodal, Fancy-MLLM/R1-Onevision,
tulerfeng/Video-R1, Osilly/Vision-R1 (a vendored evalscope), TIGER-AI-Lab/VL-Rethinker,
PRIME-RL/Entropy-Mechanism-of-RL, zitian-gao/one-shot-em, NVlabs/Long-RL, jianzhnie/Open-R1,
policy-gradient/GRPO-Zero, hkust-nlp/B-STaR, Gen-Verse/Open-AgentRL, FareedKhan-dev/train-
deepseek-r1, Simple-Efficient/RL-Factory, mathllm/MATH-V, hkust-nlp/Laser, OpenRLHF/OpenRLHF-M,
spiral-rl/spiral, sail-sg/VeriFree, BytedTsinghua-SIA/Enigmata, OpenManus/OpenManus-RL,
erfanzar/EasyDeL (its RLVR trainer tests check reward wiring only), SakanaAI/RLT,
dllm-reasoning/d1, Gen-Verse/dLLM-RL, ZHZisZZ/dllm, verl-project/verl-recipe, nvidia-cosmos/cosmos-rl
(``tests/test_math_verify.py`` asserts only ``0 <= score <= 1`` and a timeout message: no
definite verdict), ScalingIntelligence/large_language_monkeys (``llmonk/tests/math_datasets.py``
checks the grader against labels downloaded from the Hub at run time, labels made by that same
grader; nothing in the repository). Agent and
evaluation frameworks read the same way, without such a test: FoundationAgents/AFlow and
bingreeky/MaAS (benchmark graders, no tests), MASWorks/MASLab, OpenBMB/AgentVerse,
maitrix-org/llm-reasoners, ScalingIntelligence/Archon, metauto-ai/GPTSwarm, SimpleBerry/LLaMA-O1,
ShengranHu/ADAS, natolambert/rlhf-book, open-thought/tiny-grpo, hyunwoongko/nanoRLHF,
CarperAI/trlx, NVIDIA/NeMo-Agent-Toolkit, WisdomShell/FreeEval, UpstageAI/evalverse (aggregate
scores only), allenai/catwalk (a vendored old
lm-eval ``hendrycks_math``, no test). No stored snapshot: Kwai-Klear/Klear-Reasoner,
langfengQ/verl-agent, MiroMindAI/MiroMind-M1, lmms-lab/multimodal-search-r1,
TIGER-AI-Lab/MAmmoTH, NVlabs/ProRL, EvolvingLMMs-Lab/lmms-engine,
volcengine/verl-recipe.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

CRL = "databricks/compose-rl"
_CRL_C = "@ae569916398b12c5f349e3abd9a3c9c984d8e292"
CRL_MATH = "tests/functional_rewards/test_math_verifier_reward.py" + _CRL_C
CRL_GSM = "tests/functional_rewards/test_gsm8k_verifier_reward.py" + _CRL_C

_POLY = (
    r"We see that $f(y) + g(y) = y^4 -3y^3+y-3 +y^3+7y^2-2.$ Simplifying, we get "
    r"$\boxed{y^4-2y^3+7y^2+y-5}$."
)
# The test writes this string without r"": its "\frac" is read as form feed + "rac".
_EXPO = "Setting the exponents equal, we get that $36n=72$, or $n=\x0crac{72}{36}=\\boxed{2}$."

# compose-rl MATHVerifierReward: (gold, completion, expected, why); completions whole.
_CRL_MATH = [
    ("24", r"Answer is \boxed{24}", True, "boxed 24 vs 24: reward 10.0"),
    (
        "y^4-2y^3+7y^2+y-4",
        _POLY,
        False,
        "boxed y^4-2y^3+7y^2+y-5 vs gold ...+y-4 (constant differs): reward 0.0",
    ),
    ("2", _EXPO, True, "last boxed 2 vs 2 (text holds a form feed from an unescaped \\f): 10.0"),
    (
        "\x0crac{1}{2}",
        "\\boxed{\x0crac{1}{2}}",
        True,
        "test's non-raw '\\frac{1}{2}' (form feed + 'rac{1}{2}') boxed vs same gold: 10.0",
    ),
    ("4", r"\boxed{45}", False, "boxed 45 vs 4: reward 0.0"),
]

# compose-rl GSM8KVeriferReward: last number in the completion, exact match.
_CRL_GSM = [
    ("24", "Answer is ####24", True, "#### 24 vs 24: reward 1.0"),
    ("89", "This is a very long string answer", False, "no number in the completion vs 89: 0.0"),
    (
        "96",
        r"There are 32 initial numbers, adding 64 new elements gives 32+64 = 96. Answer is "
        r"\boxed{96}",
        True,
        "final boxed 96 (last number) vs 96: reward 1.0",
    ),
    ("1", "####1", True, "####1 vs 1: reward 1.0"),
    ("4", "##2", False, "##2 (last number 2) vs 4: reward 0.0"),
]

EVO = "EvoAgentX/EvoAgentX"
_EVO_C = "@aad19b912f640161ea07e8904d9237cd34fde5f1"
EVO_MATH = "tests/src/benchmark/test_math.py" + _EVO_C
EVO_GSM = "tests/src/benchmark/test_gsm8k.py" + _EVO_C

_DIE = (
    "The number of ways to roll exactly 2 6's is $\\binom{5}{2}5^3$, since there are "
    "$\\binom{5}{2}$ choices for which of the two dice are 6, and there are 5 choices for each of "
    "the other 3 dice. Similarly, the number of ways to roll exactly 1 6 is $\\binom{5}{1}5^4$, and "
    "the number of ways to roll no 6's is $\\binom{5}{0}5^5$. So the probability is "
    "\\[\\frac{\\binom{5}{2}5^3+\\binom{5}{1}5^4+\\binom{5}{0}5^5}{6^5}=\\boxed{\\frac{625}{648}}.\\]"
)

# EvoAgentX: (gold, pred, wrap, expected, why)
_EVO_MATH = [
    (r"\frac{625}{648}", _DIE, False, True, "evaluate: solution boxing 625/648 vs 625/648: 1.0"),
    (r"\frac{625}{649}", _DIE, False, False, "evaluate: solution boxing 625/648 vs 625/649: 0.0"),
    (
        r"\frac{625}{648}",
        r"\frac{625}{648}",
        True,
        True,
        "math_equal on the extracted answer: True",
    ),
    (r"\frac{625}{649}", r"\frac{625}{648}", True, False, "math_equal 625/648 vs 625/649: False"),
]
_EVO_GSM = [
    ("18", "18", True, True, "evaluate: bare 18 vs label ending '#### 18': 1.0"),
    ("18", "reasoning process, ####18", False, True, "####18 vs label '#### 18': 1.0"),
    ("18", "wrong answer 111", False, False, "last number 111 vs label '#### 18': 0.0"),
]

CASES: list[dict] = [_c(CRL, CRL_MATH, g, p, False, ok, why) for g, p, ok, why in _CRL_MATH] + [
    _c(CRL, CRL_GSM, g, p, False, ok, why) for g, p, ok, why in _CRL_GSM
]
CASES += [_c(EVO, EVO_MATH, g, p, w, ok, why) for g, p, w, ok, why in _EVO_MATH]
CASES += [_c(EVO, EVO_GSM, g, p, w, ok, why) for g, p, w, ok, why in _EVO_GSM]
