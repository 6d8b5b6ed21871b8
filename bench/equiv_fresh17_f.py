r"""A seventeenth fresh set of answer-equivalence cases (evaluation only; helper "f": math answer
checks inside LLM training / agent toolkits of large framework vendors).

Conventions as in bench/equiv_fresh3_a.py: ``gold`` is the reference answer, ``pred`` the
prediction (a bare answer to be put in ``\boxed{}`` when ``wrap`` is True, else the whole
completion as the test passes it), ``expected`` the verdict the test asserts, ``where`` is
``path@commit`` in ``repo`` on github.com. Strings are the values Python reads from the test. A
normaliser test that maps one answer string onto another (``normalize(a) == b``) is read as the
equivalence ``a`` = ``b``, with ``b`` as gold. Do not tune the judge on these cases.

Sources (repo, path @ commit, license of the stored copy):

- google/tunix ``tests/utils/math_utils_test.py`` (``grade_answer_special_handling(given_answer,
  ground_truth)``), ``tests/rl/agentic/rewards/reward_test.py`` (``is_two_reward``,
  ``calculate_reward``: the gold is the value of the question's arithmetic) and
  ``tests/experimental/examples/math_gsm8k_dist/gsm8k_test.py`` (``GSM8KEnv``)
  @ c7d8950f12a9c55a976bf2e1a0d8b447d71c20b3, Apache-2.0.
- AI-Hypercomputer/maxtext ``tests/post_training/unit/math_verify_pool_test.py``
  (``verify_math_worker(golds, predictions)``, ``math_verify_pool``),
  ``tests/post_training/unit/rl_utils_test.py`` (``normalize_final_answer``),
  ``tests/post_training/unit/extract_answer_test.py`` (``extract_answer``, boxed answers outside
  the recipe's tags only) and ``tests/post_training/unit/evaluate_rl_test.py``
  (``score_responses``: the answer inside the ``<answer>`` tags against the gold, stored bare)
  @ e591f30cbbf217ed67ef71263ec0538239f9c3b8, Apache-2.0.
- pytorch/rl (TorchRL) ``test/llm/test_llm_envs.py`` (``GSM8KRewardParser.normalize_answer`` and
  ``_single_correctness_reward(true_answer, potential_answer, cot)``,
  ``MATHRewardParser.extract_boxed`` / ``_single_correctness_reward``)
  @ ae9719f17b1517af5c2523a36c4616f003ee55cf, MIT.
- microsoft/agent-framework ``python/packages/lab/gaia/tests/test_gaia.py``
  (``gaia_scorer(model_answer, ground_truth)``, GAIA's scorer; numeric and list cases only)
  @ 5eb3eb745e16324ac7bffb1dbe006d8f13c8d993, MIT.

Left out, by rule: a rounding tolerance the suite grants (tunix accepts ``16.67``, ``2.33`` and
``2.3`` for ``16.\overline{6}`` / ``2.\overline{3}``: truncated recurring decimals, not equal
values); malformed golds (tunix ``\frac{3\sqrt{}{3}}{2}`` and ``-5,1]\cup[3,9]``, which
test the grader's repair of a broken reference); number words (tunix ``"two"`` / ``"five"``
against 2 / 5, a format policy); an undefined gold (tunix ``10 / 0``); string rewards that are not
math (tunix ``exact_match`` on "hello world", maxtext ``\text{hello}``, agent-framework's
GAIA word and case tests); empty predictions and
``None`` answers; non-string inputs (maxtext ``are_equal_under_sympy`` on sympy objects);
multiple-gold any-match and pass@k / majority aggregates (maxtext ``test_multiple_golds_*``,
``test_pass_at_1_*``, ``test_majority_eval_mode``); answers found only inside custom
``<answer>`` / ``<sol>`` tags where the test is about the tag format (maxtext
``extract_answer`` tag tests, ``match_format_approximately``, ``check_numbers`` format
penalties; TorchRL ``extract_tags``); multiple-choice letters (maxtext ``process_answer`` MCQ,
``test_for_mcq_*``); identity normalisations (TorchRL ``3.14`` -> ``3.14``); the percent-sign
policy (TorchRL ``100%`` -> ``100``); maxtext's non-raw ``"3\frac{1}{3}"`` (a form feed, not
LaTeX). Trivial repeats are kept once per asserted call.

Tried without finding equivalence assertions: google-deepmind/opro
(``opro/evaluation/eval_utils_test.py``: multiple-choice and yes/no matching only),
microsoft/promptbench, google/langfun, FoundationAgents/MetaGPT, NVIDIA-NeMo/Curator (math stages
are extraction / classification), modelscope/data-juicer, PaddlePaddle/ERNIE, RUCAIBox/LLMBox,
MiroMindAI/MiroFlow, microsoft/Trace, huggingface/smolagents (``test_final_answer.py`` is a tool
test), Ascend/MindSpeed-MM, alibaba/Pai-Megatron-Patch, mindspore-lab/mindformers,
tongyx361/symeval (nbdev notebook without tests), whyNLP/Conic10K (its metric tests score
semantic parses, not answers), mandyyyyii/scibench (no tests). No snapshot, or one too large:
google/BIG-bench, argilla-io/distilabel, meta-llama/llama-verifications. camel-ai/loong's labelled
execution results are in bench/equiv_fresh17_f2.py.
"""

from bench.equiv_rl_suites import collected_case

TUNIX = "google/tunix"
TUNIX_C = "c7d8950f12a9c55a976bf2e1a0d8b447d71c20b3"
TUNIX_MU = f"tests/utils/math_utils_test.py@{TUNIX_C}"
TUNIX_RW = f"tests/rl/agentic/rewards/reward_test.py@{TUNIX_C}"
TUNIX_GSM = f"tests/experimental/examples/math_gsm8k_dist/gsm8k_test.py@{TUNIX_C}"

MAXTEXT = "AI-Hypercomputer/maxtext"
MAXTEXT_C = "e591f30cbbf217ed67ef71263ec0538239f9c3b8"
MAXTEXT_MV = f"tests/post_training/unit/math_verify_pool_test.py@{MAXTEXT_C}"
MAXTEXT_RU = f"tests/post_training/unit/rl_utils_test.py@{MAXTEXT_C}"
MAXTEXT_EX = f"tests/post_training/unit/extract_answer_test.py@{MAXTEXT_C}"
MAXTEXT_EV = f"tests/post_training/unit/evaluate_rl_test.py@{MAXTEXT_C}"

TORCHRL = "pytorch/rl"
TORCHRL_W = "test/llm/test_llm_envs.py@ae9719f17b1517af5c2523a36c4616f003ee55cf"

MAF = "microsoft/agent-framework"
MAF_W = "python/packages/lab/gaia/tests/test_gaia.py@5eb3eb745e16324ac7bffb1dbe006d8f13c8d993"

# (repo, where, gold, pred, wrap, expected, why)
_ROWS: list[tuple[str, str, str, str, bool, bool, str]] = [
    # google/tunix: grade_answer_special_handling(given_answer, ground_truth)
    (
        TUNIX,
        TUNIX_MU,
        r"[-5,1]\cup[3,9]",
        r"$-5\lex\le1$or$3\lex\le9$",
        True,
        True,
        "inequalities joined by 'or' (spaces lost) = interval union",
    ),
    # google/tunix: is_two_reward (gold 2)
    (TUNIX, TUNIX_RW, "2", "2", True, True, "is_two_reward integer string"),
    (TUNIX, TUNIX_RW, "2", "2.0", True, True, "is_two_reward float string"),
    (TUNIX, TUNIX_RW, "2", "3", True, False, "is_two_reward wrong number"),
    # google/tunix: calculate_reward (gold = value of the question)
    (TUNIX, TUNIX_RW, "4", "The answer is 4", False, True, "'2 + 2 = ?' answered in prose"),
    (TUNIX, TUNIX_RW, "15", "14", True, False, "'5 * 3 = ?' answered 14"),
    # google/tunix: GSM8KEnv.step
    (TUNIX, TUNIX_GSM, "4", "The answer is 4.", False, True, "completion containing the gold"),
    # maxtext: verify_math_worker(golds, predictions)
    (MAXTEXT, MAXTEXT_MV, r"\boxed{42}", "42", True, True, "exact numeric match"),
    (MAXTEXT, MAXTEXT_MV, r"\boxed{42}", "99", True, False, "numeric mismatch"),
    (MAXTEXT, MAXTEXT_MV, r"\boxed{\frac{1}{2}}", "0.5", True, True, "fraction = decimal"),
    # maxtext: math_verify_pool score assignment (mixed batch)
    (MAXTEXT, MAXTEXT_MV, r"\boxed{1}", "1", True, True, "pool batch item 0"),
    (MAXTEXT, MAXTEXT_MV, r"\boxed{2}", "99", True, False, "pool batch item 1"),
    (MAXTEXT, MAXTEXT_MV, r"\boxed{3}", "3", True, True, "pool batch item 2"),
    # maxtext: normalize_final_answer(a) == b, read as a = b
    (MAXTEXT, MAXTEXT_RU, "1000", "1,000", True, True, "thousands separator"),
    (MAXTEXT, MAXTEXT_RU, "1000", "$1,000", True, True, "leading dollar and separator"),
    (MAXTEXT, MAXTEXT_RU, "1000", r"\boxed{1,000}", False, True, "boxed with separator"),
    (MAXTEXT, MAXTEXT_RU, "10", "x = 10", True, True, "equation split on '='"),
    (MAXTEXT, MAXTEXT_RU, "100", "total = 100 meters", True, True, "'=' split, unit stripped"),
    (MAXTEXT, MAXTEXT_RU, "42", "42 mph", True, True, "trailing unit word stripped"),
    (MAXTEXT, MAXTEXT_RU, "42", r"\textbf{42}", True, True, r"\textbf wrapper removed"),
    (MAXTEXT, MAXTEXT_RU, "AB", r"\overline{AB}", True, True, r"\overline wrapper removed"),
    (
        MAXTEXT,
        MAXTEXT_RU,
        r"\frac{1}{2}",
        r"The answer is $\frac{1}{2}$",
        False,
        True,
        "answer inside $...$ after prose",
    ),
    (
        MAXTEXT,
        MAXTEXT_RU,
        r"3\frac{1}{2}",
        r"The answer is 3 $\frac{1}{2}$",
        False,
        True,
        "mixed number split across $...$",
    ),
    (MAXTEXT, MAXTEXT_RU, r"\frac{a}{b}", r"\fracab", True, True, r"shorthand \fracab"),
    (MAXTEXT, MAXTEXT_RU, r"\sqrt{a}", r"\sqrta", True, True, r"shorthand \sqrta"),
    # maxtext: extract_answer (boxed, no recipe tags)
    (MAXTEXT, MAXTEXT_EX, "42", r"the result is \boxed{42}", False, True, "boxed in prose"),
    (
        MAXTEXT,
        MAXTEXT_EX,
        "99",
        r"first \boxed{1} then \boxed{99}",
        False,
        True,
        "last boxed answer wins",
    ),
    (MAXTEXT, MAXTEXT_EX, "-3", r"answer: \boxed{-3}", False, True, "boxed negative"),
    # maxtext: score_responses (content of <answer> tags, stored bare)
    (MAXTEXT, MAXTEXT_EV, "10,800", "10800", True, True, "gold with thousands separator"),
    (MAXTEXT, MAXTEXT_EV, "16", "$16", True, True, "currency symbol (math_verify)"),
    # pytorch/rl: GSM8KRewardParser.normalize_answer(a) == b
    (TORCHRL, TORCHRL_W, "1234", "1,234", True, True, "GSM8K normalize: separator"),
    (TORCHRL, TORCHRL_W, "120", "$120", True, True, "GSM8K normalize: dollar"),
    (TORCHRL, TORCHRL_W, "120", "120.0", True, True, "GSM8K normalize: trailing .0"),
    (TORCHRL, TORCHRL_W, "120", "120.00", True, True, "GSM8K normalize: trailing .00"),
    (TORCHRL, TORCHRL_W, "42", " 42 ", True, True, "GSM8K normalize: whitespace"),
    # pytorch/rl: GSM8KRewardParser._single_correctness_reward(true, potential, cot)
    (TORCHRL, TORCHRL_W, "42", "42", True, True, "GSM8K reward: correct"),
    (TORCHRL, TORCHRL_W, "42", "99", True, False, "GSM8K reward: wrong answer"),
    (TORCHRL, TORCHRL_W, "1234", "1,234", True, True, "GSM8K reward: normalized match"),
    # pytorch/rl: MATHRewardParser
    (TORCHRL, TORCHRL_W, "42", r"The answer is $\boxed{42}$.", False, True, "extract_boxed"),
    (
        TORCHRL,
        TORCHRL_W,
        r"\frac{1}{2}",
        r"$\boxed{\frac{1}{2}}$",
        False,
        True,
        "extract_boxed nested braces",
    ),
    (TORCHRL, TORCHRL_W, "42", "42", True, True, "MATH reward: correct"),
    (TORCHRL, TORCHRL_W, "42", "99", True, False, "MATH reward: wrong answer"),
    # microsoft/agent-framework: gaia_scorer(model_answer, ground_truth)
    (MAF, MAF_W, "42", "42", True, True, "GAIA numeric exact match"),
    (MAF, MAF_W, "42", "42.0", True, True, "GAIA numeric: trailing .0 in the answer"),
    (MAF, MAF_W, "42.0", "42", True, True, "GAIA numeric: trailing .0 in the gold"),
    (MAF, MAF_W, "43", "42", True, False, "GAIA numeric mismatch"),
    (MAF, MAF_W, "1,2,3", "1,2,3", True, True, "GAIA list, same"),
    (MAF, MAF_W, "1,2,3", "1; 2; 3", True, True, "GAIA list: semicolons for commas"),
    (MAF, MAF_W, "1,2,4", "1,2,3", True, False, "GAIA list: one element differs"),
    (MAF, MAF_W, "1,2,3", "1,2", True, False, "GAIA list: element missing"),
]

CASES: list[dict] = [collected_case(*row) for row in _ROWS]
