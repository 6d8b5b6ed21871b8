r"""A twenty-fourth fresh set of answer-equivalence cases (evaluation only; helper "c", part 2 of
2: the first part and its notes are in equiv_fresh24_c.py).

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

Sources (repo, path @ commit, license of the stored copy):

- KS-superbig/process_supervised_rl ``tests/test_grpo_rewards.py``
  @ 2f747650b57030b0b67a95466428aef262186416 (``build_reward_breakdown(...).final_reward``; the PRM
  and Python-verifier parts are not answer equivalence). License not checked.
- brianfitzgerald/minRL ``tests/tasks/test_gsm8k.py`` @ 5988d7c32f0de1ab3cad2cc646ebfa9809acd3ff
  (``compute_score``, ``GSM8KDataset.reward_function``, ``extract_solution``; a wrong answer in the
  right format earns the format score 0.1 / 0.2 and is read as False). No license file.
- KGrewal1/ScalingRL ``tests/test_rewards.py`` @ 41df23d4994c4f03e006182a86c1e562ca0c8001
  (``math_accuracy_reward(prompts, completions, golds)``, ``normalize_answer``), Apache-2.0.
- RobbenRibery/curious ``tests/test_reward.py`` @ 5b9848f787700ae1245fb985b39ba4d34ffd539b
  (``GSM8KRewardModel.outcome_reward`` / ``instance_reward``), Apache-2.0.
- jianzhnie/OpenRLHF (an OpenRLHF fork; its test file is not in upstream OpenRLHF, so it is
  counted as new) ``openrlhf/trainer/ppo_utils/test_reward_func.py``
  @ f58e29b2358252f815ace84cad3971d815eafd0b (the last version before the file was deleted;
  ``test_rewards_func_exam2`` of ``MathAccuracyReward``), Apache-2.0. The test prints rewards
  without asserting; its verdicts are the author's comments on each example (correct / wrong /
  partly correct with an equivalent expression), kept because each comment states one.

Left out, by rule. minRL: the strict-mode ``"Missing marker 42"`` (format policy), ``"Multiple
#### 10 and #### 20"`` and ``"Multiple numbers 10 and 20"`` (which of several answers counts),
``"With comma 1,234"`` / ``"Ends with period 42."`` / ``"Just a dot."`` (raw extraction strings,
not verdicts), the 300-character clipping cases and the invalid ground truth. ScalingRL: the
case-insensitive ``\boxed{ABC}`` vs ``abc`` (not maths), boxed-extraction and reference-extraction
checks. curious: the unformatted ``answer:x = 6`` (format policy), the format-only checks, the batch
test over GSM8K rows loaded at run time, and the Qwen test whose non-raw string turns ``\boxed``
into a backspace and ``\times`` into a tab (a string-escaping artefact, not a model answer).
OpenRLHF fork: ``test_rewards_func_exam1`` (pairs printed with no stated verdict).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

KSPRM = "KS-superbig/process_supervised_rl"
KSPRM_AT = "tests/test_grpo_rewards.py@2f747650b57030b0b67a95466428aef262186416"
MINRL = "brianfitzgerald/minRL"
MINRL_AT = "tests/tasks/test_gsm8k.py@5988d7c32f0de1ab3cad2cc646ebfa9809acd3ff"
SCALE = "KGrewal1/ScalingRL"
SCALE_AT = "tests/test_rewards.py@41df23d4994c4f03e006182a86c1e562ca0c8001"
CURIOUS = "RobbenRibery/curious"
CURIOUS_AT = "tests/test_reward.py@5b9848f787700ae1245fb985b39ba4d34ffd539b"
ORLHF = "jianzhnie/OpenRLHF"
ORLHF_AT = "openrlhf/trainer/ppo_utils/test_reward_func.py@f58e29b2358252f815ace84cad3971d815eafd0b"

CASES: list[dict] = [
    # --- KS-superbig/process_supervised_rl: build_reward_breakdown(...).final_reward -----------
    _c(
        KSPRM,
        KSPRM_AT,
        "42",
        "Reasoning here. The final answer is 42.",
        False,
        True,
        "final_reward == 1.0",
    ),
    _c(
        KSPRM,
        KSPRM_AT,
        "42",
        "Reasoning here. The final answer is 41.",
        False,
        False,
        "final_reward == 0.0",
    ),
    _c(
        KSPRM,
        KSPRM_AT,
        "13",
        "16 - 3 = 13. The final answer is 13.",
        False,
        True,
        "final_reward == 1.0",
    ),
    # --- brianfitzgerald/minRL: compute_score, GSM8KDataset.reward_function, extract_solution --
    # A wrong answer in the right format gets the format score (0.1 / 0.2), read as False.
    _c(MINRL, MINRL_AT, "42", "#### 42", False, True, "compute_score (flexible) == 1.0"),
    _c(MINRL, MINRL_AT, "100", "The answer is #### 100", False, True, "compute_score == 1.0"),
    _c(MINRL, MINRL_AT, "43", "#### 42", False, False, "compute_score == format score 0.1"),
    _c(MINRL, MINRL_AT, "99", "#### 100", False, False, "compute_score == format score 0.2"),
    _c(MINRL, MINRL_AT, "42", "No number here", False, False, "no answer: compute_score == 0.0"),
    _c(MINRL, MINRL_AT, "42", "#### 42", False, True, 'reward_function == 1.0 (gold "#### 42")'),
    _c(
        MINRL,
        MINRL_AT,
        "100",
        "The final answer is #### 100",
        False,
        True,
        'reward_function == 1.0 (gold "#### 100")',
    ),
    _c(MINRL, MINRL_AT, "43", "#### 42", False, False, 'reward_function == 0.1 (gold "#### 43")'),
    _c(MINRL, MINRL_AT, "99", "#### 100", False, False, 'reward_function == 0.1 (gold "#### 99")'),
    _c(
        MINRL,
        MINRL_AT,
        "42",
        "The answer is 42",
        False,
        True,
        'reward_function == 1.0, flexible last number (gold "#### 42")',
    ),
    _c(
        MINRL,
        MINRL_AT,
        "100",
        "No answer provided",
        False,
        False,
        'no number: reward_function == 0.0 (gold "#### 100")',
    ),
    _c(MINRL, MINRL_AT, "42", "The answer is #### 42", False, True, "extract (strict) == 42"),
    _c(MINRL, MINRL_AT, "123", "After calculation #### 123", False, True, "extract == 123"),
    _c(MINRL, MINRL_AT, "1234", "Price is #### 1,234", False, True, "extract == 1234"),
    _c(MINRL, MINRL_AT, "500", "Cost #### 500", False, True, "extract (strict) == 500"),
    _c(MINRL, MINRL_AT, "-15", "Negative #### -15", False, True, "extract (strict) == -15"),
    _c(MINRL, MINRL_AT, "3.14", "Decimal #### 3.14", False, True, "extract (strict) == 3.14"),
    _c(MINRL, MINRL_AT, "42", "The answer is 42", False, True, "extract (flexible) == 42"),
    _c(MINRL, MINRL_AT, "-15", "Negative value is -15", False, True, "extract (flexible) == -15"),
    _c(MINRL, MINRL_AT, "3.14", "Decimal 3.14", False, True, "extract (flexible) == 3.14"),
    # --- KGrewal1/ScalingRL: math_accuracy_reward(prompts, completions, golds), normalize ------
    _c(SCALE, SCALE_AT, "42", "", False, False, "empty completion: reward == 0.0"),
    _c(SCALE, SCALE_AT, "42", r"\boxed{ 42 }", False, True, "whitespace in box: reward == 1.0"),
    _c(SCALE, SCALE_AT, "1", r"\boxed{1}", False, True, "batch: 1.0"),
    _c(SCALE, SCALE_AT, "2", r"\boxed{2}", False, True, "batch: 1.0"),
    _c(SCALE, SCALE_AT, "5", r"\boxed{3}", False, False, "batch: 0.0"),
    _c(SCALE, SCALE_AT, "4", r"\boxed{4}", False, True, "batch: 1.0"),
    _c(SCALE, SCALE_AT, "1,000", r"\boxed{1000}", False, True, "GSM8K comma gold: 1.0"),
    _c(SCALE, SCALE_AT, "1000", "1,000", True, True, 'normalize_answer("1,000") == "1000"'),
    _c(SCALE, SCALE_AT, "1000000", "1,000,000", True, True, "normalize_answer == 1000000"),
    _c(SCALE, SCALE_AT, "2.5", "2.50", True, True, 'normalize_answer("2.50") == "2.5"'),
    _c(SCALE, SCALE_AT, "3", "3.00", True, True, 'normalize_answer("3.00") == "3"'),
    _c(SCALE, SCALE_AT, "42", "  42  ", True, True, 'normalize_answer("  42  ") == "42"'),
    _c(SCALE, SCALE_AT, "1000", " 1,000.00 ", True, True, "normalize_answer == 1000"),
    # --- RobbenRibery/curious: GSM8KRewardModel outcome / instance reward ---------------------
    _c(
        CURIOUS,
        CURIOUS_AT,
        "6",
        "final answer: x = 6",
        False,
        True,
        "<answer> content: outcome_reward == SOLVED_REWARD",
    ),
    _c(CURIOUS, CURIOUS_AT, "6", "x = 5", True, False, "<answer>x = 5: wrong_answer, ZERO_REWARD"),
    _c(
        CURIOUS,
        CURIOUS_AT,
        "200",
        "the final answer is 200 = 100 * 2",
        False,
        True,
        "last <answer> content, parsed 200: instance_reward == 2 * SOLVED_REWARD",
    ),
    _c(
        CURIOUS,
        CURIOUS_AT,
        "200",
        "the final answer is 400 = 4.0e02",
        False,
        False,
        'last <answer> content, parsed 400: outcome "wrong_answer"',
    ),
    # --- jianzhnie/OpenRLHF: test_rewards_func_exam2 (MathAccuracyReward) ---------------------
    # The test prints rewards; its verdicts are the author's comments on each example (the
    # examples list is headed correct / wrong / partly correct with an equivalent expression).
    # The completions are raw strings: "\n" is a backslash and an n, as the test passes them.
    _c(
        ORLHF,
        ORLHF_AT,
        r"x = \frac{3}{2}",
        r"首先，我们知道二次方程 $2x - 3 = 0$。\n移项得到 $2x = 3$。\n两边同时除以 2，得出 $x = \frac{3}{2}$。",
        False,
        True,
        "labelled correct: full reasoning and correct answer",
    ),
    _c(
        ORLHF,
        ORLHF_AT,
        r"E = mc^2",
        r"根据爱因斯坦的质能方程：\n$E = mc^2$。\n其中，$m$ 代表质量，$c$ 代表光速。",
        False,
        True,
        "labelled correct: physics formula with explanation",
    ),
    _c(
        ORLHF,
        ORLHF_AT,
        r"\int_0^1 x^2 \,dx = \frac{1}{3}",
        r"计算定积分 $\int_0^1 x^2 \,dx$。\n首先，计算不定积分：$\int x^2 \,dx = \frac{x^3}{3}$。\n然后代入上限 1 和下限 0，得到：\n$\frac{1^3}{3} - \frac{0^3}{3} = \frac{1}{3}$。",
        False,
        True,
        "labelled correct: clear integral derivation",
    ),
    _c(
        ORLHF,
        ORLHF_AT,
        r"x = \frac{3}{2}",
        r"解方程 $2x - 3 = 0$。\n移项得到 $2x = 3$。\n然后两边同时除以 **3**，得出 $x = \frac{3}{3} = 1$。",
        False,
        False,
        "labelled wrong: divided by 3 instead of 2",
    ),
    _c(
        ORLHF,
        ORLHF_AT,
        r"E = mc^2",
        r"根据物理公式：$E = mc^3$。\n但实际上光速的指数应为 2，因此正确公式是 $E = mc^2$。",
        False,
        False,
        "labelled wrong: labelled a formula error (E = mc^3 stated first)",
    ),
    _c(
        ORLHF,
        ORLHF_AT,
        r"\int_0^1 x^2 \,dx = \frac{1}{3}",
        r"计算定积分 $\int_0^1 x^2 \,dx$。\n计算不定积分：$\int x^2 \,dx = \frac{x^3}{3}$。\n然后代入上限 1 和下限 0，得到：\n$\frac{1^3}{2} - \frac{0^3}{2} = \frac{1}{2}$。",
        False,
        False,
        "labelled wrong: integral result 1/2",
    ),
    _c(
        ORLHF,
        ORLHF_AT,
        r"x = \frac{3}{2}",
        r"解方程 $2x - 3 = 0$。\n移项得到 $2x = 3$。\n两边同时除以 2，得出 $x = 1.5$。",
        False,
        True,
        "labelled partly correct, equivalent: result correct, 1.5 not in LaTeX form",
    ),
    _c(
        ORLHF,
        ORLHF_AT,
        r"\sum_{n=1}^{\infty} \frac{1}{n^2} = \frac{\pi^2}{6}",
        r"级数求和结果如下：\n$\frac{\pi^2}{6} = \sum_{n=1}^{\infty} \frac{1}{n^2}$。",
        False,
        True,
        "labelled partly correct, equivalent: mathematically equivalent, sides swapped",
    ),
    _c(
        ORLHF,
        ORLHF_AT,
        r"\int_0^1 x^2 \,dx = \frac{1}{3}",
        r"计算定积分 $\int_0^1 x^2 \,dx$。\n计算不定积分：$\int x^2 \,dx = \frac{x^3}{3}$。\n然后代入上下限，得到 $x^3/3$ 的变化量。\n最终答案为 $\frac{2}{6}$。",
        False,
        True,
        "labelled partly correct, equivalent: result correct but unsimplified (2/6)",
    ),
    _c(
        ORLHF,
        ORLHF_AT,
        r"E = mc^2",
        r"爱因斯坦公式 $E = c^2 m$ 适用于质量与能量的转换。",
        False,
        True,
        "labelled partly correct, equivalent: variable order differs but equivalent",
    ),
]
