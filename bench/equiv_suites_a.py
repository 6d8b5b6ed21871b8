"""Equivalence cases transcribed from more graders' public test suites (NeMo-RL, Math-Verify main
beyond the 0.9.0 sdist, OpenRLHF, evalscope, SkyRL, AReaL, slime) for bench/collect_equiv.py:
each table keeps the suite's own expectation; `suite_cases_a()` yields them as (source,
(repo, path, commit), gold, prediction, expected, wrap). What was left out, and why, is said above
each table.

Rows for bench/data/README.md:

| source | repository, path @ commit (what cases) | license |
|---|---|---|
| nemo-rl | NVIDIA/NeMo-RL `tests/unit/environments/test_math_environment.py` @ 54bec9d169024696b922d040464863fc2746c9e6 (`MathEnvironment.step` rewards on whole assistant messages) | Apache-2.0 |
| math-verify | huggingface/Math-Verify `tests/test_all.py` @ cf14bc47e798017458fa7f60138da640065351ce (`test_trailing_punctuation`, the only parametrized cases not in the 0.9.0 sdist) | Apache-2.0 (its test files carry an MIT header) |
| math-verify | huggingface/Math-Verify `tests/test_yujianll.py` @ 056ad6253a41b01e49072623b7e2c88ded7d82af (the one case whose expectation changed since the 0.9.0 sdist) | Apache-2.0 |
| openrlhf | OpenRLHF/OpenRLHF `tests/test_math_utils.py` @ 563c316331efa1ec75b6538ef78a98fc44008490 (`grade_answer`) | Apache-2.0 |
| evalscope | modelscope/evalscope `tests/benchmark/test_phyx.py` @ fde259d2a32ab8a4cdb3af44dc8b18f504f1e277 (PhyX open-ended rule matching) | Apache-2.0 |
| skyrl | NovaSky-AI/SkyRL `skyrl-gym/tests/test_aime.py`, `skyrl-gym/tests/test_gsm8k.py` @ a9564572eb8e91076be43c1bd5e4615e3de17265 (env rewards) | Apache-2.0 |
| areal | areal-project/AReaL `tests/test_math_verify_reward.py` @ 210c3902d39305b4752cea56241ee16e7666de61 (`gsm8k_reward_fn`, `MathVerifyWorker.verify`; the geometry3k bracket-format cases left out) | Apache-2.0 |
| slime | cklxx/slime (a fork of THUDM/slime) `tests/test_math_reward_utils.py` @ badba2d56dd38a20e6e0cecd756b8aaf403cfbd8 (`grade_answer_verl`, deepscaler reward) | Apache-2.0 |
"""

from __future__ import annotations

from collections.abc import Iterator

from bench.equiv_rl_suites import Case, Case6, table_cases

NEMO_RL = (
    "NVIDIA/NeMo-RL",
    "tests/unit/environments/test_math_environment.py",
    "54bec9d169024696b922d040464863fc2746c9e6",
)
# `MathEnvironment.step` (math-verify inside) on the assistant message against the metadata's
# ground truth: reward 1.0 / 0.0 -> (gold, response, ok). The multi-message fixture grades only the
# last assistant message (the test says so), which is what is kept. The timeout test's truncated
# response (it never states an answer) is expected incorrect. Nothing left out.
_NEMO_TIMEOUT = r"""We are given that \(x = (2 + \sqrt{3})^{1000}\), so \(n = \lfloor x \rfloor\), and \(f = x - n\). We want to find the value of \(x(1 - f)\).

First, let's examine the binomial expansion of \(x = (2 + \sqrt{3})^{1000}\). Notice that:
\[
(2 + \sqrt{3}) = 2 + \sqrt{3} = \left(2 - (\sqrt{3})\right)^{-1}
\]

Using the binomial theorem, we can expand \(x\):
\[
x = \sum_{k=0}^{1000} \binom{1000}{k} (2)^{1000-k} (\sqrt{3})^k
\]

Notice that \((2 - \sqrt{3}) = -1\), so we can use this to our advantage. We can rewrite \(x - 1\) as:
\[
x - 1 = (2 + \sqrt{3})^{1000} - 1 = \sum_{k=0}^{1000} \binom{1000}{k} (2)^{1000-k} (\sqrt{3})^k - 1
\]

Now, let's consider \(f = x - n = (2 + \sqrt{3})^{1000} - \lfloor (2 + \sqrt{3})^{10"""
NEMO_RL_CASES: list[Case] = [
    # basic_test_data
    ("4", "2 + 2 = \\boxed{4}", True),
    ("\\boxed{12}", "3 * 4 = \\boxed{12}", True),
    ("\\boxed{5}", "10 - 5 = \\boxed{5}", True),
    # mixed_test_data
    ("4.0", "2 + 2 = \\boxed{\\frac{8}{2}}", True),
    ("\\boxed{12}", "3 * 4 = 13", False),
    ("\\boxed{5}", "10 - 5 = \\boxed{5}", True),
    # multiple_assistant_test_data (last assistant message)
    ("4", "2 + 2 = \\boxed{4}", True),
    ("\\boxed{12}", "3 * 4 = \\boxed{12}", True),
    # test_math_env_various_batches
    ("3.33333333", "2 + 1.333 = \\boxed{\\frac{10}{3}}", True),
    # test_math_exception_handling (the two equations differ anyway: x^2/16+y^2/12=1 is x^2/4+y^2/3=4)
    ("Eq(x**2/4 + y**2/3, 1)", "\\boxed{Eq(x**2/16 + y**2/12, 1)}", False),
    # test_math_timeout_handling
    ("13", _NEMO_TIMEOUT, False),
]

MV_ALL = (
    "huggingface/Math-Verify",
    "tests/test_all.py",
    "cf14bc47e798017458fa7f60138da640065351ce",
)
# main-branch `test_trailing_punctuation` (`compare_strings(gold, pred)`, i.e. verify(parse(gold),
# parse(pred))): (gold, pred, ok). Every other parametrized case of this version is identical to
# the 0.9.0 sdist's test_all.py (the file differs only by this appended test), so already in
# equiv_cases.jsonl and not repeated. Two cases run with match_types=["latex"] only (marked).
MV_ALL_CASES: list[Case] = [
    (r"$\frac{1}{3}$", r"$\frac{1}{3}.$", True),
    (r"$\frac{1}{3}$", r"The answer is $\frac{1}{3}.$", True),
    (r"$\frac{1}{3}$", r"$$\frac{1}{3}.$$", True),
    (r"$\frac{1}{3}$", r"\[\frac{1}{3}.\]", True),
    (r"$\frac{1}{3}$", r"$\frac{1}{3},$", True),
    (r"$\frac{1}{3}$", r"$\frac{1}{3} .$", True),
    (r"$\sqrt{2}$", r"$\sqrt{2}.$", True),
    (r"$(1,2)$", r"$(1,2).$", True),
    (r"$5$", r"$5 \text{ cm}.$", True),  # latex only
    (r"$42$", r"$42.$", True),  # latex only
    (r"$2$", r"$2^{10}.$", False),
    (r"$1$", r"The answer is $1/3.$", False),
    (r"$1, 2, 3$", r"$1, 2, 3, ...$", False),
]
MV_YUJIANLL = (
    "huggingface/Math-Verify",
    "tests/test_yujianll.py",
    "056ad6253a41b01e49072623b7e2c88ded7d82af",
)
# `verify(parse(gold), parse(pred))`: the only case of this version that differs from the 0.9.0
# sdist, whose test expects 1 for this pair (equiv_cases.jsonl holds that `true`); main expects 0.
# The other 14 cases are identical to the sdist's and not repeated.
MV_YUJIANLL_CASES: list[Case] = [
    ("$1 - \\frac{1}{\\mathrm{e}}$", "$1 + \\frac{1}{\\mathrm{e}}$", False),
]

OPENRLHF = (
    "OpenRLHF/OpenRLHF",
    "tests/test_math_utils.py",
    "563c316331efa1ec75b6538ef78a98fc44008490",
)
# `grade_answer(given_answer, ground_truth)` on bare answers: (gold, pred, ok). Nothing left out.
OPENRLHF_CASES: list[Case] = [
    ("(1,2)", "[1,2]", False),
    ("[1,2]", "(1,2)", False),
    ("(1,2)", "(1,2]", False),
    ("[1,2]", "[1,2)", False),
    ("(1,2)", "(1.0,2.0)", True),
]

EVALSCOPE_PHYX = (
    "modelscope/evalscope",
    "tests/benchmark/test_phyx.py",
    "fde259d2a32ab8a4cdb3af44dc8b18f504f1e277",
)
# PhyX open-ended answers: `match_oe_answer(extracted, response, gold)` and the judged-path cases
# that are settled by the rule (string equality, or the rule score kept when the judge errors):
# (gold, response, ok). Left out: multiple-choice letter cases, answer-extraction-only asserts, and
# verdicts that come from the test's stubbed LLM judge ("Thus \boxed{50 cm}" vs "0.5 m").
EVALSCOPE_PHYX_CASES: list[Case] = [
    ("7.55N", "Thus \\boxed{7.55N}", True),
    ("7.55N", "roughly 7.55N", True),  # the suite accepts a response that contains the gold
    ("7.55N", "Thus \\boxed{6.65N}", False),
    ("0.5 m", "Thus \\boxed{0.5 m}", True),
    ("9.8 m/s", "Thus \\boxed{12 m/s}", False),  # asserted twice (judge error, judge prose)
]

SKYRL_AIME = (
    "NovaSky-AI/SkyRL",
    "skyrl-gym/tests/test_aime.py",
    "a9564572eb8e91076be43c1bd5e4615e3de17265",
)
# the `aime` env's rule reward (1.0 / -1.0) on whole outputs: (gold, output, ok). Left out: the two
# malformed chat-token cases ("...\boxed{42}im_end|>", "...\boxed{42}|eot_id|>", expected -1.0), a
# format policy on broken end-of-turn tokens, not answer equivalence.
SKYRL_AIME_CASES: list[Case] = [
    ("42", "Answer: \\boxed{42}", True),
    ("42", "Answer: 42", True),
    ("42", "Answer: \\boxed{43}", False),
    ("\\frac{1}{2}", "Answer: \\boxed{\\frac{1}{2}}", True),
    # the suite's string-normalising grader rejects this; copied faithfully (0.5 = 1/2)
    ("\\frac{1}{2}", "Answer: \\boxed{0.5}", False),
    ("42", "Answer: \\boxed{\\text{forty-two}}", False),
    ("42", "<|im_start|>Answer: \\boxed{42}<|im_end|>", True),
    ("42", "Answer: \\boxed{42}<|eot_id|>", True),
]
SKYRL_GSM8K = (
    "NovaSky-AI/SkyRL",
    "skyrl-gym/tests/test_gsm8k.py",
    "a9564572eb8e91076be43c1bd5e4615e3de17265",
)
# the `gsm8k` env's rule reward (1.0 / 0.0): (gold, output, ok). Left out: "The answer is 42" vs
# "42" (expected 0.0 because the "####" marker is missing: a format policy).
SKYRL_GSM8K_CASES: list[Case] = [
    ("42", "The answer is #### 42", True),
    ("43", "The answer is #### 42", False),
]

AREAL = (
    "areal-project/AReaL",
    "tests/test_math_verify_reward.py",
    "210c3902d39305b4752cea56241ee16e7666de61",
)
# `gsm8k_reward_fn(completions=..., answer=...)` and `MathVerifyWorker.verify(response,
# ground_truth)`: (gold, completion, ok). Left out: every `geometry3k_reward_fn` case (it reads that
# dataset's own `[answer]` bracket format: a format policy, not equivalence), asserts that
# accept either verdict (`isinstance(reward, float)`, `reward in [0.0, 1.0]`, `== 1.0 or ...`:
# decimal precision, pi, matrix, near miss, distribution, summation, quadratic formula, angle and
# area formulas, vector, subscripts) and golds that are None / "None" (no reference answer).
AREAL_CASES: list[Case] = [
    ("4", "The answer is 4", True),
    ("1/2", "The answer is 0.5", True),
    ("4", "Step 1: 2+2=4. \\boxed{4}", True),
    ("4", "The answer is 5", False),
    ("4", "", False),
    ("2", "$\\sqrt{4} = 2$", True),
    ("4", "The answer is !!!invalid!!!", False),
    ("2^3", "The answer is 8", True),
    ("4", r"The answer is $\sqrt{16}$", True),
    ("5/6", r"The answer is $\frac{5}{6}$", True),
    ("-15", "-15", True),
    ("3", "x = 3", True),
    ("42", "Step 1: Calculate\nStep 2: Simplify\nFinal answer: 42", True),
    ("1000", r"$10^3$", True),
    ("42", "42", True),
    ("999999999999999", "999999999999999", True),
    ("0.0000001", "0.0000001", True),
    ("12/3", "4", True),
    ("3/12", "4", False),
    ("5", "3+2", True),
    ("4", "x = 4", True),
    ("-1", r"$e^{i\pi} = -1$", True),
    ("1000", r"$10^3 = 1000$", True),
    ("1000", r"$1 \times 10^3$", True),
    ("3", r"$\begin{vmatrix} 2 & 1 \\ 1 & 2 \end{vmatrix} = 3$", True),
    (r"2/3", r"$\frac{\frac{1}{2}}{\frac{3}{4}} = \frac{2}{3}$", True),
    ("10", r"$\binom{5}{2} = 10$", True),
    ("1", r"$\sin\left(\frac{\pi}{2}\right) = 1$", True),
    ("1", r"$\lim_{x \to 0} \frac{\sin x}{x} = 1$", True),
    ("3", r"The result is $3$", True),
    ("2", r"$\left| 3 - 5 \right| = 2$", True),
    ("2", "$17 \\bmod 5 = 2$", True),
    ("3", r"$\log_2(8) = 3$", True),
    # MathVerifyWorker.verify(response, ground_truth)
    ("\\boxed{0.066666793}", "\\boxed{0.0666668}", True),
    ("\\boxed{0.066793}", "\\boxed{0.067}", False),
    ("\\boxed{2.23}", "\\boxed{2.232}", False),
    ("\\boxed{2.232}", "\\boxed{2.23}", False),
    ("answer is 0.6666667", "The final answer is \\boxed{2/3}.", True),
    # the suite calls this "a BAD case" but expects 0.0; copied faithfully (sqrt(2) = \sqrt{2})
    ("the answer is sqrt(2)", "After simplification we get \\boxed{\\sqrt{2}}", False),
    ("answer is 10000", "Area equals \\boxed{10^4} square units", True),
    ("answer is 0.25 + 3", "Result: \\boxed{(1/2)^{2} + \\sqrt{9}}", True),
]

SLIME = (
    "cklxx/slime",
    "tests/test_math_reward_utils.py",
    "badba2d56dd38a20e6e0cecd756b8aaf403cfbd8",
)
# `grade_answer_verl(response, ground_truth)` and `get_deepscaler_rule_based_reward` on whole
# responses: (gold, response, ok); the zero ground truth is the int 0 in the test. Nothing left out.
SLIME_CASES: list[Case] = [
    ("25", "Reasoning steps...\nAnswer: \\boxed{25}", True),
    ("25", "Here is the result.\nAnswer: 25", True),
    ("25", "25", True),
    ("0", "Answer: \\boxed{0}", True),
    ("42", "Answer: \\boxed{42}", True),
]


def suite_cases_a() -> Iterator[Case6]:
    """Every case of the tables above, in a fixed order (bench.equiv_rl_suites.table_cases)."""
    return table_cases(
        [
            ("openrlhf", OPENRLHF, OPENRLHF_CASES, True),
            ("nemo-rl", NEMO_RL, NEMO_RL_CASES, False),
            ("math-verify", MV_ALL, MV_ALL_CASES, False),
            ("math-verify", MV_YUJIANLL, MV_YUJIANLL_CASES, False),
            ("evalscope", EVALSCOPE_PHYX, EVALSCOPE_PHYX_CASES, False),
            ("skyrl", SKYRL_AIME, SKYRL_AIME_CASES, False),
            ("skyrl", SKYRL_GSM8K, SKYRL_GSM8K_CASES, False),
            ("areal", AREAL, AREAL_CASES, False),
            ("slime", SLIME, SLIME_CASES, False),
        ]
    )
