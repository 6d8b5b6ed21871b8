r"""A seventh fresh set of answer-equivalence cases (evaluation only; collector "b").

Cases are transcribed from test files that assert a math answer is (or is not) equivalent to a
reference, in repositories that no earlier set used (bench/data/README.md, bench/equiv_issues_*.py,
the docstrings of bench/equiv_fresh3_*.py, bench/data/equiv_fresh4.md, bench/equiv_fresh5_*.py,
bench/equiv_fresh6_*.py and the claims in /work/wt/fresh7_claims). Each case gives the reference
answer (``gold``), the prediction (``pred``: a bare answer to be put in ``\boxed{}`` when ``wrap`` is
True, else the whole completion as the test passes it) and the verdict the test asserts
(``expected``). ``where`` is ``path@commit`` in ``repo`` on github.com. Strings are the values
Python reads from the test (a test's ``"\\frac"`` is stored as ``r"\frac"``). Do not tune the judge
on these cases.

Sources (repo, path @ commit, function as called in the test, license of the stored copy):

- meta-pytorch/forge ``tests/unit_tests/rl/test_math_reward.py``
  @ 8cb21bef356349ae72a2e56afde14845c9937bbe: ``MathReward()(prompt, response, target)`` of
  ``forge.data.rewards`` (numeric reward, default tolerance 1e-6; one case uses the test's
  ``MathReward(tolerance=1e-3)``); BSD-3-Clause.
- modelscope/ms-swift ``tests/utils/test_rewards.py`` @ 3602360a562313afbf2ef6065fdf61f271a2c5b9:
  ``MathAccuracy()(completions, solutions)`` of ``swift.rewards.orm`` (math-verify based);
  Apache-2.0.
- open-thought/reasoning-gym ``tests/test_scoring.py`` @ 49b07130b3fcd12f2d064bba7c43869543a0e7e7:
  ``string_match(predicted, expected)``, ``float_match(predicted, expected)`` (default
  ``rel_tol=0.01, abs_tol=0.01``; one case passes ``rel_tol=0.05``), ``math_match`` and
  ``cascade_score(answer, expected)`` of ``reasoning_gym.scoring``; Apache-2.0.
- groq/openbench ``tests/test_robust_scorers.py`` @ d03922ccbbd9004e802c556ef9c2a40ed870659c:
  ``aime_scorer()`` of ``openbench.scorers`` on a mocked model output (only the output is mocked;
  the scorer is real); MIT (LICENSE.md).

Conventions: an ``<answer>...</answer>`` tag's content (forge, ms-swift) is stored bare and wrapped
(as in equiv_fresh5_a.py); content that is already ``\boxed{...}`` is stored unwrapped. ms-swift's
``<answer>\(x = 42\)</answer>`` is stored as ``x = 42`` (the ``\( \)`` delimiters dropped, said in
``why``). Golds written with ``\boxed`` (also inside ``\[ \]``) are kept as written; ms-swift's
sentence gold ``Therefore, the value of \(a^2 - a + 2\) is \(\boxed{3}\).`` is stored as the
answer ``3``, and its ``<answer>\boxed{84}</answer>`` gold as ``\boxed{84}``. Verdicts that rest on a
grader's numeric tolerance are kept and say so in ``why``.

Left out, by rule: partial-credit rewards (forge's 0.1 / 0.2 when the target number appears
outside the tag: no binary verdict); verdicts that need a loosened, test-configured tolerance to
pass (forge ``tolerance=1e-3``: ``42.0001`` / ``3.141``; reasoning-gym ``rel_tol=0.15``: ``100`` vs
``110``); golds the suite cannot judge (forge ``"invalid"`` / ``""`` / ``"not a number"`` targets,
ms-swift's empty solution, reasoning-gym's ``("", "")`` and ``None``); answer-selection policies
(forge's and ms-swift's "first ``<answer>`` tag wins" with two tags); asserts with no definite
verdict (reasoning-gym ``math_match(...) >= 0.0`` for ``$42$`` and ``\[42\]``) or forced by a
mock (reasoning-gym's math_verify import mocked away, ms-swift's ``MathORM`` with
``parse_expression`` patched); reasoning-gym's dataset-entry cascade tests (the answers are
generated at run time); openbench's AIME range rule (``\boxed{1000}`` vs ``1000`` graded wrong
as outside 0-999) and its ``normalize_numeric_answer`` / extraction unit tests (no pair judged).
Helpers' normalisers (reasoning-gym ``strip_latex``, openbench ``normalize_numeric_answer``) are not
read as equivalences. Searched without finding equivalence assertions: alibaba/ROLL,
pytorch/torchtune, oumi-ai/oumi, NousResearch/atropos, ServiceNow/PipelineRL,
PrimeIntellect-ai/genesys, meta-llama/llama-stack, InternLM/InternBootcamp,
PKU-Alignment/align-anything, OpenBMB/UltraEval, hpcaitech/ColossalAI, openreasoner/openr (only
a vendored latex2sympy parser suite), InternLM/xtuner (judger plumbing only),
NVIDIA-NeMo/Evaluator, and the unused mirrors AIDC-AI/Marco-o1, GAIR-NLP/LIMO,
NVIDIA/NeMo-Aligner, Open-Reasoner-Zero, PRIME-RL/PRIME, PRIME-RL/TTRL, SkyworkAI/Skywork-OR1,
TIGER-AI-Lab/TheoremQA, TIGER-AI-Lab/verl-tool, TsinghuaC3I/MARTI, hkust-nlp/simpleRL-reason,
mlfoundations/evalchemy (no test asserting a math-answer verdict). allenai/olmes,
UKGovernmentBEIS/inspect_evals and PrimeIntellect-ai/prime-environments had no stored snapshot.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

FORGE = "meta-pytorch/forge"
FORGE_AT = "tests/unit_tests/rl/test_math_reward.py@8cb21bef356349ae72a2e56afde14845c9937bbe"
SWIFT = "modelscope/ms-swift"
SWIFT_AT = "tests/utils/test_rewards.py@3602360a562313afbf2ef6065fdf61f271a2c5b9"
RGYM = "open-thought/reasoning-gym"
RGYM_AT = "tests/test_scoring.py@49b07130b3fcd12f2d064bba7c43869543a0e7e7"
OBENCH = "groq/openbench"
OBENCH_AT = "tests/test_robust_scorers.py@d03922ccbbd9004e802c556ef9c2a40ed870659c"

# forge MathReward: (gold = target, pred = <answer> content, expected, why); all wrapped.
_FORGE = [
    ("42", "42", True, "answer tag 42 vs target 42: 1.0"),
    ("3.14", "3.14", True, "answer tag 3.14: 1.0"),
    ("-5.5", "-5.5", True, "answer tag -5.5: 1.0"),
    ("42", " 42 ", True, "tag content with spaces: 1.0"),
    ("3.14", "\n3.14\n", True, "tag content with newlines: 1.0"),
    ("12", "12", True, "step-by-step response ending <answer>12</answer>: 1.0"),
    ("42", "42.0000001", True, "within the default tolerance 1e-6: 1.0"),
    ("3.14", "3.1400001", True, "within the default tolerance 1e-6: 1.0"),
    ("42", "42.1", False, "outside tolerance: 0.0"),
    ("3.14", "3.15", False, "outside tolerance: 0.0"),
    ("42", "42.01", False, "outside even the test's tolerance=1e-3: 0.0"),
    ("100", "42", False, "wrong answer, target not elsewhere in response: 0.0"),
    ("0", "0", True, "zero: 1.0"),
    ("0", "0.0", True, "0.0 vs 0: 1.0"),
    ("-42", "-42", True, "negative: 1.0"),
    ("-3.14", "-3.14", True, "negative decimal: 1.0"),
    ("1000000", "1000000", True, "large number: 1.0"),
    ("1000000", "1e6", True, "scientific notation 1e6 vs 1000000: 1.0"),
    ("0.000001", "0.000001", True, "small number: 1.0"),
    ("0.000001", "1e-6", True, "scientific notation 1e-6 vs 0.000001: 1.0"),
]

_SWIFT_STEPS = (
    "Let me solve step by step:\n"
    "1. First we have x = 2\n"
    "2. Then y = 3x = 6\n"
    "3. Finally z = x + y = 8\n"
    "\nFinal answer: \\boxed{8}"
)

# ms-swift MathAccuracy: (gold = solution, pred, wrap, expected, why).
_SWIFT = [
    (r"\boxed{42}", r"The answer is \boxed{42}", False, True, "pure LaTeX boxed: 1.0"),
    (
        r"\boxed{100}",
        r"After careful calculation, the final answer is \boxed{100}",
        False,
        True,
        "boxed at the end of a sentence: 1.0",
    ),
    (r"\boxed{8}", _SWIFT_STEPS, False, True, "multi-step text ending in a box: 1.0"),
    (r"\boxed{100}", r"The answer is \boxed{42}", False, False, "wrong boxed answer: 0.0"),
    (r"\boxed{42}", r"\boxed{42}", False, True, "batch item 1: 1.0"),
    (r"\boxed{100}", r"\boxed{100}", False, True, "batch item 2: 1.0"),
    (r"\boxed{8}", r"\boxed{8}", False, True, "batch item 3: 1.0"),
    (r"\boxed{84}", "84", True, True, "<answer>84</answer> vs boxed gold: 1.0"),
    (r"\boxed{100}", r"\boxed{100}", False, True, r"<answer>\boxed{100}</answer>: 1.0"),
    (r"\boxed{54}", "54", True, True, "steps then <answer>54</answer>: 1.0"),
    (r"\boxed{\frac{1}{2}}", r"\frac{1}{2}", True, True, r"<answer>\frac{1}{2}</answer>: 1.0"),
    (r"\boxed{84}", "84", True, True, r"gold <answer>\boxed{84}</answer>, stored boxed: 1.0"),
    (r"\boxed{100}", "42", True, False, "<answer>42</answer> vs boxed 100: 0.0"),
    (r"\boxed{42}", r"\boxed{42}", False, True, "mixed batch item 1: 1.0"),
    (r"\boxed{100}", "100", True, True, "mixed batch item 2, <answer>100</answer>: 1.0"),
    (r"\boxed{8}", r"The answer is \boxed{8}", False, True, "mixed batch item 3: 1.0"),
    (r"\boxed{42}", r"\boxed{42", False, False, "malformed LaTeX, unclosed box: 0.0"),
    (r"\boxed{84}", "  84  ", True, True, "<answer> with extra whitespace: 1.0"),
    (r"\boxed{54}", "54", True, True, "long geometric-sequence solution, <answer>54</answer>: 1.0"),
    (r"\boxed{\frac{1}{2}}", "0.5", True, True, "equivalent fractions 0.5 = 1/2: 1.0"),
    (r"\boxed{\sqrt{4}}", "2", True, True, r"2 vs \sqrt{4}: 1.0"),
    ("\n\n\\[\n\\boxed{84}\n\\]", "84", True, True, r"gold boxed inside \[ \]: 1.0"),
    ("3", "3", True, True, r"sentence gold ending \(\boxed{3}\), stored as 3: 1.0"),
    (r"\[\boxed{100}\]", "100", True, True, r"display-math gold: 1.0"),
    (
        r"\[\boxed{x = 42}\]",
        "x = 42",
        True,
        True,
        r"<answer>\(x = 42\)</answer>, \( \) dropped: 1.0",
    ),
]

# reasoning-gym scoring helpers: (gold = expected, pred, wrap, expected, why).
_RGYM = [
    ("42", "42", True, True, "string_match exact: 1.0"),
    ("hello", "Hello", True, True, "string_match is case-insensitive: 1.0"),
    ("true", "TRUE", True, True, "string_match is case-insensitive: 1.0"),
    ("42", "  42  ", True, True, "string_match strips whitespace: 1.0"),
    ("43", "42", True, False, "string_match mismatch: 0.0"),
    ("3.14", "3.14", True, True, "float_match exact: 1.0"),
    ("100.5", "100", True, True, "float_match within the default rel_tol=0.01: 1.0"),
    ("102", "100", True, False, "float_match outside the default rel_tol=0.01: 0.0"),
    ("0.005", "0", True, True, "float_match within the default abs_tol=0.01: 1.0"),
    ("-5.0", "-5.0", True, True, "float_match negative: 1.0"),
    ("5.0", "-5.0", True, False, "float_match sign differs: 0.0"),
    ("42", "abc", True, False, "float_match non-numeric prediction: 0.0"),
    ("abc", "42", True, False, "float_match non-numeric reference: 0.0"),
    ("110", "100", True, False, "float_match with rel_tol=0.05: 0.0"),
    ("also not math ???", "not math at all ???", True, False, "math_match non-parseable: 0.0"),
    ("42", "42", True, True, "cascade_score exact: >= 0.99"),
    ("true", "True", True, True, "cascade_score case-insensitive: >= 0.99"),
    ("42", r"\text{42}", True, True, r"cascade_score \text{42} vs 42: >= 0.99"),
    ("100", "100.05", True, True, "cascade_score numeric tolerance (default 1%): >= 0.99"),
    ("99", "42", True, False, "cascade_score mismatch: 0.0"),
    ("42", "", False, False, "cascade_score empty answer: 0.0"),
]

# openbench aime_scorer: (gold = target, completion, expected, why); whole completions.
_OBENCH = [
    ("42", r"\boxed{42}", True, "boxed integer: CORRECT"),
    ("123", "The answer is 123", True, "fallback to the last integer: CORRECT"),
    ("42", r"\boxed{41}", False, "wrong boxed integer: INCORRECT"),
]

CASES: list[dict] = (
    [_c(FORGE, FORGE_AT, g, p, True, ok, why) for g, p, ok, why in _FORGE]
    + [_c(SWIFT, SWIFT_AT, g, p, w, ok, why) for g, p, w, ok, why in _SWIFT]
    + [_c(RGYM, RGYM_AT, g, p, w, ok, why) for g, p, w, ok, why in _RGYM]
    + [_c(OBENCH, OBENCH_AT, g, p, False, ok, why) for g, p, ok, why in _OBENCH]
)
