"""Equivalence cases transcribed from the test suites of RL and evaluation frameworks (MindSpeed-RL,
OpenCompass, rLLM, TRL, open-r1, verifiers) for bench/collect_equiv.py: each table keeps the
suite's own expectation; `rl_suite_cases()` yields them as (source, (repo, path, commit), gold,
prediction, expected, wrap). Licenses and what was left out: bench/data/README.md."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

Where = tuple[str, str, str]
Case = tuple[str, str, bool]  # (gold, pred, expected), or (pred, gold, expected) where noted

MINDSPEED_GRADER = (
    "codemayq/MindSpeed-RL",
    "tests/ut/utils/test_grader.py",
    "9312f4f8902d7e892b6c19a60eafe596eb830118",
)
# its `math_equal(prediction, reference)` assertions (a fork of Ascend/MindSpeed-RL): (pred, gold, ok)
MINDSPEED_GRADER_CASES = [
    ("x+1", "x+2n+1", False),
    ("x+1", "x+1", True),
    ("x+1", "x+2", False),
    ("1", "1.0", True),
    ("1", "1.0001", True),
    ("1", "1.1", False),
]
MINDSPEED_DAPO = (
    "Ascend/MindSpeed-RL",
    "tests/ut/models/test_math_dapo.py",
    "285fba6c2ce482267011ec6d3cf30b034946646e",
)
# its strict-box `verify` / `is_correct_strict_box` assertions on whole responses: (gold, response, ok)
# (its Minerva-mode cases test an "Answer:" line format, not equivalence, and are left out)
MINDSPEED_DAPO_CASES = [
    ("2x + 3", "Some text \\boxed{2x + 3}", True),
    ("2x + 3", "Some text \\boxed{2x + 4}", False),
    ("2x + 3", "Some text without boxed answer", False),
    ("2x + 3", "Some text " * 20 + "\\boxed{2x + 3}", True),
]
OPENCOMPASS = (
    "open-compass/opencompass",
    "tests/datasets/test_aime2025_eval.py",
    "8ac42f7a90eabe6ddf0b9c57cccbb85e7fa9fba3",
)
# its fixtures: `test_mathematical_equivalence` pairs (all equivalent) and the setUp predictions,
# of which the file marks only the last as wrong: (gold, response, ok)
OPENCOMPASS_CASES = [
    ("\\frac{1}{2}", "\\boxed{\\frac{1}{2}}", True),
    ("(x+1)^2", "\\boxed{x^2 + 2x + 1}", True),
    ("4", "\\boxed{2+2}", True),
    ("4", "\\boxed{\\sqrt{16}}", True),
    ("42", "\\boxed{42}", True),
    ("3.14", "\\boxed{3.14159}", True),
    ("1", "\\boxed{0}", False),
]
RLLM = (
    "rllm-org/rllm",
    "tests/rewards/test_math_reward.py",
    "f21f145743f9533f8876e41ff77311d966d25309",
)
_R = "<think>...</think>\nThe answer is \\boxed{%s}."
# `RewardMathFn` on whole responses with a single string ground truth: (gold, response, ok).
# Left out: its format-policy cases (no `</think>` or no box is a format error there, whatever
# the answer) and list-valued ground truths.
RLLM_CASES = [
    ("4", "<think>2 + 2 = 4</think>\nThe answer is \\boxed{4}.", True),
    ("4", "<think>2 + 2 = 5</think>\nThe answer is \\boxed{5}.", False),
    (
        "x = 2, x = -3",
        "<think>Let me solve this quadratic equation</think>\nThe answer is \\boxed{x = 2, x = -3}.",
        True,
    ),
    (
        "\\boxed{24}",
        "<think>Let me calculate this carefully</think>\nThe answer is \\boxed{24}.",
        True,
    ),
    (
        "3.14159",
        "<think>The answer is approximately pi</think>\nThe answer is \\boxed{3.14159}.",
        True,
    ),
    (
        "1/2",
        "<think>Let me simplify this fraction</think>\nThe answer is \\boxed{\\frac{1}{2}}.",
        True,
    ),
    ("\\boxed{}", _R % "", False),
    ("\\boxed", _R % "42", False),
    ("7", _R % "", False),
    ("7", _R % "42", False),
    ("0", _R % "0", True),
    ("\\boxed{0}", _R % "0", True),
    ("10", "<think>5 + 5 = 10</think>\nThe answer is \\boxed{10}.", True),
    ("10", "<think>5 + 5 = 11</think>\nThe answer is \\boxed{11}.", False),
]


TRL = ("huggingface/trl", "tests/test_rewards.py", "30558f512cfe11ece65148b524a763ce5855e60e")
# `accuracy_reward` / `reasoning_accuracy_reward` on whole completions: (gold, completion, ok).
# Left out: unparsable golds (reward None: no verdict), custom reasoning delimiters, and a
# completion without any reasoning block (a format rule of `reasoning_accuracy_reward`).
TRL_CASES = [
    (r"\frac{63}{400}", r"\boxed{\frac{63}{400}}", True),
    ("63/400", r"\boxed{\frac{63}{400}}", True),
    (r"\frac{63}{400}", r"\boxed{\frac{64}{400}}", False),
    ("6", r"\boxed{3}", False),
    (r"\frac{1}{3}", r"\boxed{\frac{1}{3}}", True),
    (r"\frac{63}{400}", r"<think> Reasoning content </think> \boxed{\frac{63}{400}}", True),
    (r"\frac{63}{400}", r"Reasoning content </think> \boxed{\frac{63}{400}}", True),
    (r"\frac{63}{400}", r"<think> Reasoning content </think> \boxed{\frac{64}{400}}", False),
    (r"\boxed{42}", r"<think> My answer is \boxed{42} </think> Some other text.", False),
    (
        r"\boxed{42}",
        r"<think> The answer is \boxed{42} </think> Here's a wrong answer: \boxed{43}.",
        False,
    ),
    (r"\frac{63}{400}", r"<think> Incomplete reasoning without closing tag", False),
]
OPEN_R1 = (
    "huggingface/open-r1",
    "tests/test_rewards.py",
    "031ec05d1254c4a444eadf9cfa548c684bfc0fbe",
)
# `accuracy_reward` on whole completions: (gold, completion, ok)
OPEN_R1_CASES = [
    (r"\frac{63}{400}", r"\boxed{\frac{63}{400}}", True),
    (r"\frac{63}{400}", r"\boxed{\frac{64}{400}}", False),
]


VERIFIERS = (
    "PrimeIntellect-ai/verifiers",
    "tests/test_math_rubric.py",
    "0cdf2b6142956171ebb3faf74ab28185003c081b",
)
# `MathRubric` valid / invalid answers: (gold, completion, ok)
VERIFIERS_CASES = [
    ("1", r"\boxed{1}", True),
    ("1 + x", r"\boxed{x + 1}", True),
    ("0.5", r"\boxed{\frac{1}{2}}", True),
    ("2", r"\boxed{1}", False),
    ("0.5", r"\boxed{\frac{1}{3}}", False),
]


Table = tuple[str, Where, list[Case], bool]
Case6 = tuple[str, Where, str, str, bool, bool]


def collected_case(
    repo: str, where: str, gold: str, pred: str, wrap: bool, expected: bool, why: str
) -> dict[str, object]:
    """One case of the later collections (bench/equiv_fresh3_*.py), as bench/judges.py reads it:
    `where` is path@commit (or issues/N), `wrap` marks a bare prediction to be boxed."""
    return {
        "repo": repo,
        "where": where,
        "gold": gold,
        "pred": pred,
        "wrap": wrap,
        "expected": expected,
        "why": why,
    }


def table_cases(tables: Iterable[Table], pred_first: bool = False) -> Iterator[Case6]:
    """(source, where, gold, pred, expected, wrap) for each row of (source, where, rows, wrap)
    tables, in order; rows are (gold, pred, ok), or (pred, gold, ok) with `pred_first`; `wrap`
    marks a bare predicted answer (a `math_equal` argument) to be put in a box."""
    for source, where, rows, wrap in tables:
        for a, b, ok in rows:
            gold, pred = (b, a) if pred_first else (a, b)
            yield source, where, gold, pred, ok, wrap


def rl_suite_cases() -> Iterator[Case6]:
    """Every case of the tables above, in a fixed order."""
    yield from table_cases(
        [("mindspeed-rl", MINDSPEED_GRADER, MINDSPEED_GRADER_CASES, True)], pred_first=True
    )
    yield from table_cases(
        [
            ("mindspeed-rl", MINDSPEED_DAPO, MINDSPEED_DAPO_CASES, False),
            ("opencompass", OPENCOMPASS, OPENCOMPASS_CASES, False),
            ("rllm", RLLM, RLLM_CASES, False),
            ("trl", TRL, TRL_CASES, False),
            ("open-r1", OPEN_R1, OPEN_R1_CASES, False),
            ("verifiers", VERIFIERS, VERIFIERS_CASES, False),
        ]
    )
