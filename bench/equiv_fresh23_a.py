r"""A twenty-third fresh set of answer-equivalence cases (evaluation only; helper "a").

Cases are transcribed from the grader / reward test files of small RL, evaluation and tutoring
repositories that no earlier set used (checked against bench/data/README.md,
bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py and bench/data/equiv_fresh4.md,
and claimed in /work/wt/fresh23_claims before transcribing). They were found by exact path with
``find_files`` (root-level ``test_math_verify.py``, ``test_reward.py``, ``test_verifier.py``,
``test_rewards.py``; ``tests/test_math_checker.py``, ``tests/test_reward_utils.py``) and by code
search. Each case gives the reference answer (``gold``), the prediction (``pred``: a bare answer to
be put in ``\boxed{}`` when ``wrap`` is True, else the whole completion as the test passes it) and
the verdict the test asserts (``expected``). ``where`` is ``path@commit`` in ``repo`` on github.com.
Strings are the values Python reads from the test (a test's ``"\\cup"`` is stored as ``r"\cup"``).
Do not tune the judge on these cases.

Sources (repo, path @ commit, what is asserted, license of the stored copy):

- NgOchOcc/order_dlm ``test_math_verify.py`` @ e5cb6993b37dab6b45b28053d8d717dc9eaceee1 (a test
  script whose table ``(predicted_answer, ground_truth, expected_result, description)`` is checked
  with ``math_equal(pred, truth)`` and reported PASS / FAIL against ``expected``; the file was
  deleted by a later commit). No license file.
- AAzdi/LLaMA-Factory ``test_math_verify.py`` @ e0888c1e3ffc43dcc69fccad5305c29998ccd918 (a Chinese
  test script for the fork's own ``math_verify_compare(pred, true)`` with a ``(pred, true,
  expected)`` table). A fork of hiyouga/LLaMA-Factory (already claimed), but this root-level file
  and ``math_verify_compare`` are not in upstream: used as a substantially different test file.
  Apache-2.0.
- qingyangjiangaq-dotcom/ppo_math ``test_reward.py`` @ bad623eb69555e5693ed540aad69370715cd898b
  (Chinese GSM8K reward ``compute_reward(response, "#### N")``: correct 1.5 / 1.0, wrong -0.5,
  unparseable -1.0; ``test_reward_distribution`` labels its four responses 答对 / 答错 / 解析失败).
  Golds are the ``####`` numbers the suite extracts. No license file.
- 1549080929-debug/math_agent ``test_verifier.py`` @ 54347591d83ab8d452c6ed134871f16e3be0cc08
  (Chinese high-school verifier ``run_verify``; the ``equality`` checks compare the reference
  ``expr1`` with the answer, the ``inequality`` checks compare the solution set of the reference
  condition with the answer set; PASS / FAIL). No license file.
- kencoken/qwen-grpo ``test_gsm8k.py`` @ 79a479c208b8b2ab446916eec32f81b2c3559042 (``verify(completion,
  answer=...)`` and ``correctness_reward``; the prediction is the content of the
  ``<answer>...</answer>`` tag, stored bare). No license file.
- Shashwat-Kush/case-prep ``tests/test_math_checker.py`` @ e294ab364dbfb99df9adfc97d235a48a723ca2fb
  (case-interview checker ``check_checkpoint``, expected value 0.2 with tolerance 0.001,
  ``matched_expected``). No license file.
- sjonas50/SLMTeacher ``tests/test_answer_comparison.py`` @ ab0a67f10d419e6240834d01b5161f3966526de0
  (``LocalStudentEvaluator._compare_answers(generated, reference)``, 1.0 or 0.0 only; a sentence
  reference is stored as the last number the suite compares). MIT.
- nerfstatus/nerfprobe-core ``tests/scorers/test_math_scorer.py`` and
  ``tests/probes/test_math_probe.py`` @ 2500cb15dc6f2818691e984e6a96b57b56bc316c (``MathScorer``
  and ``MathProbe``; the probe's gateway mock only supplies the model's text). Apache-2.0.
- Zayaan3019/Logos-R1 ``tests/test_reward_function.py`` @ 558f25712ab035a984c57c0e5a5d5141acddaa23
  (``MathVerifier.verify(text, ground_truth)`` and ``RewardFunction.compute_reward``'s
  ``answer_reward``). No license file.
The short test strings are quoted as test data, with attribution.

Left out, by rule: tolerance and partial-credit policies against exact equality (case-prep
``0.2005`` vs 0.2 within 0.001; SLMTeacher's 0.9 / 0.7 / 0.5 / 0.3 scores for 101 ... 120 vs 100);
answers that hedge between two values (case-prep "could be 25% but I'll say 20%", matched); a
convention-dependent verdict (order_dlm ``log(100)`` vs ``2``, "Logarithm (base 10)"); a policy
that reads an expression as an equation ``= 0`` (math_agent's PASS for
``x**2 - (2m+2)x + m^2+2 = 0`` against the expression ``x**2 - 2*m*x + m**2 - 1 - (2*x - 3)``; its FAIL twin with a wrong
constant is kept); math_agent checks that are not an equivalence of two answers (``root``,
``extreme``, ``interval_extreme``, ``satisfies``, ``answer_type``, ``final_parameter_set``, and
``solution_set`` of an equation), and its ``solution_set`` rows that repeat the ``inequality``
rows; non-math text (SLMTeacher "Answer is X" / "yes" / token overlap); empty strings (SLMTeacher
``""`` vs ``""``); extraction-only and format-only tests (ppo_math ``parse_pred``, qwen-grpo
``normalize_number`` / ``is_formatted``, kencoken's aggregate metrics test); order_dlm's extraction
demo (no expected verdict); Logos-R1's ``normalize_answer`` / ``extract_answer`` tests and its
batch test (ordering of rewards only). Exact repeats of one (gold, pred, wrap, expected) within one
file are kept once (qwen-grpo's ``$1,000`` vs ``1000``; case-prep's ``it's 25%``). Searched without
finding usable math equivalence assertions: realwenlongwang/deepseek_r1_zero_reproduce,
sumanthyahoo9/DeepSeekMathv2 (score rewards), alexchilton/CAS_NLP_MODULE4_GRPO (Wordle),
YanCotta/reinforcement-fine-tuning-llms-with-grpo, DangQuangSE/auto-grade-prm, Broyojo/oerl,
AndreasBis/AIMOProofPilot-Solution, Ivis4ml/flux, Enthusjast/kd1-anime,
Tarun995/Within-Context-Attention-Phase-Transition-Analyzer (token tasks), HuangBlac/AI-Math-Docs
(rubric grader), ZhangDanyang-AMD/Lumen-RL, shady-cs15/PettingLLMs, JamesSand/nanoGRPO and
CyrilSterling/EasyR1 (printed math-verify demos, no expected verdict),
SergeyFedorchenko/balanced_sampler_RL, zu-zi/LLM-RL, zheself/DRIVE-RLVR (code),
Rahulmariyappagoudar/Math_agent, Michael-JB/nano-rl, hermit46/grpo-modal (tag-content matches only,
and 8.0 vs 8 scored as a parse failure), sodchuang/micror1, HarleyCoops/smolThinker-.5B,
aliang8/interleaved_reasoning, oglee815/trl-grpo, kzhou003/agent-tunix (tolerance partial credit),
AmirTuring/trl, Coldmooon/LLM-GPRO-Reasoning (verdicts forced by mocks), Kateeelyn/REWARD-GRPO
(code rewards), shannan-liu1/post-train-engine, yurekami/sieve (extraction only), rparkr/lfm-coder,
kotak-ai/1.58BitNet (fuzzy QA reward), Kaushalt2004/cognicore-my-openenv (integer inputs, partial
credit), zixuanzou52-beep/CL-CoT (table QA, string identity only), zeyuyuyu/0g-rl-training (code),
kelio-byte/ef (no test file at HEAD). Claimed by others or already used, not transcribed:
kschwethelm/ouro_rl (and LoopedLMs/ouro_rl), the MARIO_EVAL ``math_evaluation`` suite,
halflearned/rlvr-experiments, zai-org/GLM-V, cklxx/slime (a slime fork). No snapshot:
CortexLM/relearn, HAN-oQo/vllm-forager, paulpengtw/exam-generation, yuvakhrusheva/math_checker,
phkhanhtrinh23/PoolEvaluator, hackzirov-sketch/SAT_QUIZ_BOT, Pavan-Bellam/TinyReasoner,
jimthompson5802/rft-learning, zlaa2016/rl-value-probe, duani-excellence/MA-RLHF,
lizabetharum/curriculum-auditor, 13826318502/MathLLM. Test files seen only in search excerpts whose
repository could not be named were not used.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

DLM = "NgOchOcc/order_dlm"
DLM_AT = "test_math_verify.py@e5cb6993b37dab6b45b28053d8d717dc9eaceee1"
LLF = "AAzdi/LLaMA-Factory"
LLF_AT = "test_math_verify.py@e0888c1e3ffc43dcc69fccad5305c29998ccd918"
PPO = "qingyangjiangaq-dotcom/ppo_math"
PPO_AT = "test_reward.py@bad623eb69555e5693ed540aad69370715cd898b"
MAG = "1549080929-debug/math_agent"
MAG_AT = "test_verifier.py@54347591d83ab8d452c6ed134871f16e3be0cc08"
QG = "kencoken/qwen-grpo"
QG_AT = "test_gsm8k.py@79a479c208b8b2ab446916eec32f81b2c3559042"
CP = "Shashwat-Kush/case-prep"
CP_AT = "tests/test_math_checker.py@e294ab364dbfb99df9adfc97d235a48a723ca2fb"
SLM = "sjonas50/SLMTeacher"
SLM_AT = "tests/test_answer_comparison.py@ab0a67f10d419e6240834d01b5161f3966526de0"
NP = "nerfstatus/nerfprobe-core"
NP_SC = "tests/scorers/test_math_scorer.py@2500cb15dc6f2818691e984e6a96b57b56bc316c"
NP_PR = "tests/probes/test_math_probe.py@2500cb15dc6f2818691e984e6a96b57b56bc316c"
LR1 = "Zayaan3019/Logos-R1"
LR1_AT = "tests/test_reward_function.py@558f25712ab035a984c57c0e5a5d5141acddaa23"

# NgOchOcc/order_dlm: (predicted_answer, ground_truth, expected_result, description), in order.
_DLM_ROWS = [
    ("42", "42", True, "Exact integer match"),
    ("42.0", "42", True, "Float vs integer"),
    ("1/2", "0.5", True, "Fraction vs decimal"),
    ("2 + 2", "4", True, "Simple addition"),
    ("10 - 3", "7", True, "Subtraction"),
    ("3 * 4", "12", True, "Multiplication"),
    ("15 / 3", "5", True, "Division"),
    ("x + x", "2x", True, "Algebraic simplification"),
    ("x^2 - 1", "(x-1)(x+1)", True, "Factorization"),
    ("2*x + 3*x", "5*x", True, "Like terms"),
    ("1/2", "2/4", True, "Equivalent fractions"),
    ("3/4", "0.75", True, "Fraction to decimal"),
    ("6/8", "3/4", True, "Simplified fraction"),
    ("sqrt(4)", "2", True, "Square root"),
    ("sqrt(9)", "3", True, "Square root"),
    ("2*sqrt(2)", "sqrt(8)", True, "Radical simplification"),
    ("sin^2(x) + cos^2(x)", "1", True, "Trig identity"),
    ("42", "43", False, "Different integers"),
    ("1/2", "1/3", False, "Different fractions"),
    ("x", "y", False, "Different variables"),
    ("(x+1)^2", "x^2 + 2x + 1", True, "Expansion"),
    ("2^3", "8", True, "Exponentiation"),
    # ("log(100)", "2", True, "Logarithm (base 10)") left out: log-base convention.
    ("1e6", "1000000", True, "Scientific notation"),
    ("2.5e-3", "0.0025", True, "Scientific notation decimal"),
]

# 1549080929-debug/math_agent: (reference, answer, PASS?, check type).
_MAG_ROWS = [
    ("sin(x)**2", "1 - cos(x)**2", True, "equality"),
    ("sin(x)**2", "cos(x)**2", False, "equality"),
    ("2*x - 4", "2x-4", True, "equality: implicit multiplication"),
    (
        "x**2 - 2*m*x + m**2 - 1 - (2*x - 3)",
        "x**2 - (2m+2)x + (m^2-4) = 0",
        False,
        "equality: wrong constant term (常数项错误)",
    ),
    ("8*m - 4 > 0", "m > 1/2", True, "inequality: solution set of the condition"),
    ("8*m - 4 > 0", "m < 1 或 m > 2", False, "inequality: solution set of the condition"),
    ("(k+2)**2 - 4 < 0", "(-4, 0)", True, "inequality: interval for the solution set"),
    ("(k+2)**2 - 4 < 0", "k < -4 或 k > 0", False, "inequality: complement set"),
    ("a**2 - 2*a <= 0", "0 <= a <= 2", True, "inequality: solution set of the condition"),
    ("a**2 - 2*a <= 0", "a = 0 或 a = 2", False, "inequality: endpoints only (压缩篡改)"),
]

_PPO_LONG_WRONG = (
    "\n    因为这个问题很难，所以我需要仔细计算。\n    首先，我要分析一下。然后，进行计算。\n"
    "    步骤1: 设未知数。步骤2: 列方程。\n    计算过程非常复杂，需要很多步骤。\n    #### 999\n    "
)

CASES: list[dict] = [
    # --- NgOchOcc/order_dlm: math_equal(pred, truth) vs expected ------------------------------
    *[
        _c(DLM, DLM_AT, truth, pred, True, ok, f"expected {ok}: {desc}")
        for pred, truth, ok, desc in _DLM_ROWS
    ],
    # --- AAzdi/LLaMA-Factory: math_verify_compare(pred, true) vs expected ----------------------
    _c(LLF, LLF_AT, "42", "42", True, True, "math_verify_compare expected True"),
    _c(LLF, LLF_AT, "3.14", "3.14", True, True, "math_verify_compare expected True"),
    _c(
        LLF,
        LLF_AT,
        "${1,2,3,4}$",
        r"${1,3} \cup {2,4}$",
        False,
        True,
        "expected True: 集合运算 (set union)",
    ),
    _c(LLF, LLF_AT, "$0.5$", r"$\frac{1}{2}$", False, True, "expected True: 分数与小数"),
    _c(LLF, LLF_AT, "$5$", "$2+3$", False, True, "expected True: 算术表达式"),
    _c(LLF, LLF_AT, "43", "42", True, False, "math_verify_compare expected False"),
    _c(LLF, LLF_AT, "$y$", "$x$", False, False, "math_verify_compare expected False"),
    # --- qingyangjiangaq-dotcom/ppo_math: compute_reward(response, "#### N") ------------------
    _c(PPO, PPO_AT, "42", "计算过程...\n#### 42", False, True, "gold '#### 42'; reward 1.5"),
    _c(PPO, PPO_AT, "42", "答案是 42", False, True, "gold '#### 42'; 答对+格式错误 reward 1.0"),
    _c(PPO, PPO_AT, "42", "#### 100", False, False, "gold '#### 42'; 答错 reward -0.5"),
    _c(PPO, PPO_AT, "42", "乱七八糟的输出", False, False, "gold '#### 42'; 解析失败 -1.0"),
    _c(PPO, PPO_AT, "42", _PPO_LONG_WRONG, False, False, "gold '#### 42'; long wrong, < 0"),
    _c(
        PPO,
        PPO_AT,
        "42",
        "因为所以首先然后计算步骤step #### 999",
        False,
        False,
        "gold '#### 42'; keyword stuffing, -0.5",
    ),
    _c(PPO, PPO_AT, "42", "x" * 200 + "\n#### 999", False, False, "gold '#### 42'; -0.5"),
    _c(PPO, PPO_AT, "100", "#### 100", False, True, "gold '#### 100'; 答对+格式正确"),
    _c(PPO, PPO_AT, "100", "答案：100", False, True, "gold '#### 100'; 答对+格式错误"),
    _c(PPO, PPO_AT, "100", "#### 99", False, False, "gold '#### 100'; 答错"),
    _c(PPO, PPO_AT, "100", "???", False, False, "gold '#### 100'; 解析失败"),
    # --- 1549080929-debug/math_agent: run_verify(...) status PASS / FAIL ----------------------
    *[
        _c(MAG, MAG_AT, ref, ans, True, ok, f"{kind}: {'PASS' if ok else 'FAIL'}")
        for ref, ans, ok, kind in _MAG_ROWS
    ],
    # --- kencoken/qwen-grpo: verify / correctness_reward (answer-tag content) -----------------
    _c(QG, QG_AT, "1000", "$1,000", True, True, "verify True: dollar sign and comma"),
    _c(QG, QG_AT, "1000", "999", True, False, "verify False"),
    _c(QG, QG_AT, "1000", "no tags at all", False, False, "verify False: no answer"),
    _c(QG, QG_AT, "1,000", "999", True, False, "correctness_reward 0.0, gold with comma"),
    # --- Shashwat-Kush/case-prep: check_checkpoint(expected 0.2, tol 0.001) -------------------
    _c(CP, CP_AT, "0.2", "the margin is 20%", False, True, "matched_expected True: 20% = 0.2"),
    _c(CP, CP_AT, "0.2", "I think it's 50%", False, False, "matched_expected False"),
    _c(CP, CP_AT, "0.2", "0.25", True, False, "outside tolerance: matched_expected False"),
    _c(CP, CP_AT, "0.2", "it's 25%", False, False, "common error 'divided by cost'"),
    # --- sjonas50/SLMTeacher: _compare_answers(generated, reference) --------------------------
    _c(SLM, SLM_AT, "42", "42", True, True, "== 1.0"),
    _c(SLM, SLM_AT, "42", "  42  ", True, True, "== 1.0: whitespace"),
    _c(SLM, SLM_AT, "42", "The answer is 42", False, True, "== 1.0: numerical match"),
    _c(
        SLM,
        SLM_AT,
        "3.14",
        "Result: 3.14",
        False,
        True,
        "reference 'pi is approximately 3.14' (its last number); == 1.0",
    ),
    _c(SLM, SLM_AT, "100", "130", True, False, "== 0.0: 30% off"),
    _c(SLM, SLM_AT, "42", "The answer is 7", False, False, "== 0.0: wrong answer"),
    _c(SLM, SLM_AT, "-5", "-5", True, True, "reference 'The answer is -5'; == 1.0"),
    _c(SLM, SLM_AT, "42", "Step 1: 10, Step 2: 42", False, True, "== 1.0: last number used"),
    _c(SLM, SLM_AT, "0", "0", True, True, "== 1.0: zero reference"),
    _c(SLM, SLM_AT, "0", "0.01", True, False, "== 0.0: zero reference, exact only"),
    # --- nerfstatus/nerfprobe-core: MathScorer.score / MathProbe.run --------------------------
    _c(NP, NP_SC, "42", "The answer is 42.", False, True, "MathScorer score 1.0"),
    _c(NP, NP_SC, "42", "The answer is 41.", False, False, "MathScorer score 0.0"),
    _c(
        NP,
        NP_SC,
        "252",
        "15 * 12 = 180, 8 * 9 = 72, total = 252",
        False,
        True,
        "MathScorer score 1.0: answer in context",
    ),
    _c(NP, NP_PR, "252", "The answer is 252.", False, True, "MathProbe passed True"),
    _c(NP, NP_PR, "252", "The answer is 100.", False, False, "MathProbe passed False"),
    # --- Zayaan3019/Logos-R1: MathVerifier.verify(text, gt) / RewardFunction.compute_reward ---
    _c(LR1, LR1_AT, "42", "The answer is 42", False, True, "verify True"),
    _c(LR1, LR1_AT, "43", "The answer is 42", False, False, "verify False"),
    _c(LR1, LR1_AT, "1234", "The answer is 1,234", False, True, "verify True: thousands comma"),
    _c(LR1, LR1_AT, "100", "#### 100.0", False, True, "verify True: GSM8K marker, 100.0"),
    _c(LR1, LR1_AT, "42", "There is no answer here", False, False, "verify False: no answer"),
    _c(
        LR1,
        LR1_AT,
        "8",
        "<think>5 + 3 = 8</think> The answer is 8",
        False,
        True,
        "compute_reward answer_reward 1.0",
    ),
    _c(LR1, LR1_AT, "8", "The answer is 42", False, False, "compute_reward answer_reward 0.0"),
]
