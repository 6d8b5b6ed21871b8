"""Rewards: a table per reward, and agreement with the filter or judge whose code it runs."""

from __future__ import annotations

import math
import re
from typing import Any

import polars as pl
import pytest
from curate.train.rewards import (
    REWARDS,
    STEP_PATTERN,
    AccuracyReward,
    CosineLengthReward,
    FormatReward,
    LanguageConsistencyReward,
    ReasoningStepsReward,
    RepetitionReward,
    build_rewards,
    load_builtin_rewards,
    verl_compute_score,
)

from curate.errors import RecipeError
from curate.registry import FILTERS, JUDGES
from tests.helpers import trace

EN = "We add the two numbers carefully and check the result once more before answering."
ZH = "我们把两个数字相加，然后再检查一次结果。"
LOOP = "Let me try again with a new idea. " * 40


def test_registry() -> None:
    load_builtin_rewards()
    assert set(REWARDS) == {
        "tag_count",
        "soft_overlong",
        "kimi_length",
        "accuracy",
        "format",
        "language_consistency",
        "reasoning_steps",
        "cosine_length",
        "repetition",
    }


# --- accuracy ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("completion", "reference", "rtype", "expected"),
    [
        (trace("1+1", "2"), "2", "math", 1.0),  # right boxed answer
        (trace("1+1", "3"), "2", "math", 0.0),  # wrong answer
        (trace("half", "\\frac{1}{2}"), "0.5", "math", 1.0),  # math judge: equal values
        (trace("x", "2"), "", "math", None),  # no reference: cannot judge, not 0
        (trace("even", "B"), "B", "multiple_choice", 1.0),  # domain alias → choice judge
        (trace("even", "A"), "B", "choice", 0.0),  # wrong letter
        (trace("x", "2"), "2", "bogus", None),  # a type no judge handles
        (trace("x", "2"), "2", None, 1.0),  # a null type: the default judge (math)
        ([{"role": "assistant", "content": trace("x", "7")}], "7", "math", 1.0),  # chat completion
        ("One half is 0.5.\n</think>\n\\boxed{0.5}", "1/2", "math", 1.0),  # <think> pre-filled
    ],
)
def test_accuracy(
    completion: Any, reference: str, rtype: str | None, expected: float | None
) -> None:
    r = AccuracyReward()
    assert r([completion], solution=[reference], reward_type=[rtype]) == [expected]


def test_accuracy_without_dispatch_uses_the_configured_judge() -> None:
    r = AccuracyReward(judge="exact", dispatch=False)
    # exact compares normalised strings: 1+x vs x+1 differ; math (symbolic) accepts it
    assert r([trace("h", "1+x")], solution=["x+1"], reward_type=["math"]) == [0.0]
    assert AccuracyReward()([trace("h", "1+x")], solution=["x+1"], reward_type=["math"]) == [1.0]


AGREE = [
    (trace("a", "2"), "2"),
    (trace("a", "3"), "2"),
    (trace("a", "\\frac{1}{2}"), "0.5"),
    ("no tags, no box", "4"),
    ("<think>never closed", "4"),
    (trace("a", "x^2+2x+1"), "(x+1)^2"),
    (trace("a", "B"), "B"),
    (trace("a", "5"), ""),
    (trace("a", "5"), "\\frac{"),
]


@pytest.mark.parametrize("judge", ["math", "exact", "choice"])
def test_accuracy_agrees_with_the_judge(judge: str) -> None:
    comps, refs = [c for c, _ in AGREE], [r for _, r in AGREE]
    offline = JUDGES.get(judge)().judge(pl.DataFrame({"completion": comps, "reference": refs}))
    expected = [
        s if v in ("correct", "incorrect") else None
        for v, s in zip(offline["verdict"].to_list(), offline["score"].to_list(), strict=True)
    ]
    got = AccuracyReward(judge=judge, dispatch=False)(comps, solution=refs)
    assert got == expected
    per_row = AccuracyReward()(comps, solution=refs, reward_type=[judge] * len(comps))
    assert per_row == expected


# --- format ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("completion", "params", "expected"),
    [
        (trace("r", "1"), {}, 1.0),  # well formed
        ("<think>r without close", {}, 0.0),  # missing_think_close
        ("r</think> \\boxed{1}", {}, 1.0),  # open tag pre-filled by the template
        ("<think>r</think>   ", {}, 0.0),  # empty_summary
        ("<think>r</think><answer>1</answer>", {"answer_tag": True}, 1.0),  # R1-Zero format
        (trace("r", "1"), {"answer_tag": True}, 0.0),  # missing_answer_tag
    ],
)
def test_format(completion: str, params: dict, expected: float) -> None:
    assert FormatReward(**params)([completion]) == [expected]


def test_format_agrees_with_the_filter() -> None:
    comps = [
        trace("r", "1"),
        "<think>r",
        "r</think>s",
        "x<think>r</think>s",
        "<think></think>s",
        "<think>a</think><think>b</think>s",
    ]
    flt = FILTERS.get("format")()
    kept = flt.apply(
        pl.DataFrame({"id": [str(i) for i in range(len(comps))], "completion": comps})
    ).kept
    got = FormatReward()(comps)
    assert [str(i) for i, v in enumerate(got) if v == 1.0] == kept["id"].to_list()


# --- language consistency -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("completion", "params", "expected"),
    [
        (f"<think>{EN}</think> {EN}", {}, 1.0),  # all English
        (f"<think>{ZH}</think> {ZH}", {"target": "zh"}, 1.0),  # all Chinese, target zh
        (f"<think>{ZH}</think> {ZH}", {"target": "en"}, 0.0),  # all Chinese, target en
        # default target auto without prompts: consistency with the completion's own language
        (f"<think>{ZH}</think> {ZH}", {}, 1.0),
        ("<think>$x^2 + 1 = 2$</think> \\boxed{1}", {}, None),  # no language-bearing text
    ],
)
def test_language_consistency(completion: str, params: dict, expected: float | None) -> None:
    got = LanguageConsistencyReward(**params)([completion])[0]
    assert got == expected if expected is None else got == pytest.approx(expected)


def test_language_consistency_follows_the_prompt() -> None:
    # R1's rule (default target auto): the prompt's language; an English question answered in
    # Chinese scores 0, the same answer to a Chinese question 1
    comp = f"<think>{ZH}</think> {ZH}"
    prompts = ["How many ways are there to choose the committee?", "一共有多少种选法？"]
    got = LanguageConsistencyReward()([comp, comp], prompts=prompts)
    assert got == [pytest.approx(0.0), pytest.approx(1.0)]


def test_language_consistency_agrees_with_the_filter() -> None:
    comps = [
        f"<think>{EN} {ZH} {EN}</think> {EN}",
        f"<think>{EN}</think>{EN}",
        "<think>1+1=2</think>2",
        f"{EN} {EN} {ZH}",
    ]
    v = FILTERS.get("mixed_language")().verdicts(pl.DataFrame({"completion": comps}))
    got = LanguageConsistencyReward()(comps)
    assert got == v["language_ratio"].to_list()
    assert 0 < got[0] < 1 and got[1] == 1.0 and got[2] is None  # a mixed trace scores between


# --- reasoning steps -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("completion", "params", "expected"),
    [
        ("Step 1: a. Step 2: b. Step 3: c.", {}, 1.0),  # three markers
        ("First, a. Next, b.", {}, 2 / 3),  # two markers
        ("just an answer", {}, 0.0),  # none
        ("First, a.", {"min_steps": 1}, 1.0),  # one is enough when asked
        (
            "<think>First, a. Second, b.</think>Finally, c.",
            {"part": "reasoning"},
            2 / 3,
        ),  # the reasoning only
    ],
)
def test_reasoning_steps(completion: str, params: dict, expected: float) -> None:
    assert ReasoningStepsReward(**params)([completion]) == [pytest.approx(expected)]


def test_reasoning_steps_agree_with_open_r1_regex() -> None:
    comps = ["Step 1: x\n- a\n* b\nFirst, y", "1. a\n2. b", "nothing", "Second, Next, Finally,"]
    expected = [min(1.0, len(re.findall(STEP_PATTERN, c)) / 3) for c in comps]
    assert ReasoningStepsReward()(comps) == pytest.approx(expected)


# --- cosine length ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("completion", "reference", "length", "expected"),
    [
        (trace("a", "2"), "2", 0, 1.0),  # correct and shortest: max_value_correct
        (trace("a", "2"), "2", 1000, 0.5),  # correct at max_len: min_value_correct
        (trace("a", "2"), "2", 5000, 0.5),  # longer is clipped to max_len
        (trace("a", "3"), "2", 0, -1.0),  # wrong and short: min_value_wrong
        (trace("a", "3"), "2", 1000, -0.5),  # wrong and long: max_value_wrong
        (trace("a", "2"), "2", 500, 0.75),  # halfway: the cosine's middle
        (trace("a", "2"), "", 10, None),  # cannot judge: None
    ],
)
def test_cosine_length(
    completion: str, reference: str, length: int, expected: float | None
) -> None:
    got = CosineLengthReward()([completion], solution=[reference], completion_ids=[[0] * length])[0]
    assert got == expected if expected is None else got == pytest.approx(expected)


def test_cosine_length_agrees_with_accuracy() -> None:
    comps = [c for c, _ in AGREE]
    refs = [r for _, r in AGREE]
    acc = AccuracyReward()(comps, solution=refs)
    cos = CosineLengthReward(length_unit="chars", max_len=50)(comps, solution=refs)
    for a, c, text in zip(acc, cos, comps, strict=True):
        if a is None:
            assert c is None
            continue
        p = min(1.0, len(text) / 50)
        lo, hi = (0.5, 1.0) if a == 1.0 else (-0.5, -1.0)
        assert c == pytest.approx(lo + 0.5 * (hi - lo) * (1 + math.cos(p * math.pi)))


# --- repetition ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("completion", "params", "check"),
    [
        (f"<think>{EN}</think>{EN[:20]}", {}, lambda v: v == 0.0),  # no repeated 10-gram
        (f"<think>{LOOP}", {}, lambda v: v == -1.0),  # loops until the token limit: full penalty
        (f"<think>{LOOP}", {"max_penalty": -0.5}, lambda v: v == -0.5),  # scaled penalty
        (
            f"<think>{LOOP}</think>",
            {"loop_tail": False},
            lambda v: -1.0 < v < -0.9,
        ),  # repeats, no tail
        (
            " ".join(["alpha beta gamma"] * 30) + " " + EN,
            {"n": 3, "loop_tail": False},
            lambda v: -1.0 < v < -0.5,
        ),  # mostly repeats
    ],
)
def test_repetition(completion: str, params: dict, check: Any) -> None:
    v = RepetitionReward(**params)([completion])[0]
    assert check(v), v


def test_repetition_agrees_with_the_filter() -> None:
    comps = [EN, " ".join(["one two three four"] * 20), f"{EN} {EN}", ""]
    params = {"n": 3, "loop_tail": False}
    v = FILTERS.get("repetition")(**params).verdicts(pl.DataFrame({"completion": comps}))
    got = RepetitionReward(**params)(comps)
    assert got == pytest.approx([-r for r in v["dup_ngram_ratio"].to_list()])


# --- building --------------------------------------------------------------------------------


def test_build_rewards_weights() -> None:
    funcs, weights = build_rewards(
        ["accuracy", {"format": {"weight": 0.2, "answer_tag": True}}, {"repetition": 0.5}]
    )
    assert [f.__name__ for f in funcs] == ["accuracy", "format", "repetition"]
    assert weights == [1.0, 0.2, 0.5]
    assert funcs[1].filter().params.answer_tag is True  # filter options reach the filter


@pytest.mark.parametrize(
    ("spec", "match"),
    [
        (["acuracy"], "did you mean 'accuracy'"),  # unknown reward name
        ([{"format": {"wieght": 1}}], r"rewards\[0\]\.format\.wieght"),  # key path of a typo
        ([{"accuracy": {"judges": {"mathx": {}}}}], "unknown judge 'mathx'"),  # unknown judge
        (
            [{"repetition": {"max_penalty": 1}}],
            r"rewards\[0\]\.repetition\.max_penalty",
        ),  # out of range
        ([], "at least one reward"),  # nothing to train on
    ],
)
def test_build_rewards_errors(spec: list, match: str) -> None:
    with pytest.raises(RecipeError, match=match):
        build_rewards(spec)


def test_verl_compute_score() -> None:
    assert verl_compute_score("d", trace("a", "2"), "2", {"reward_type": "math"}) == {
        "score": 1.0,
        "unjudged": 0.0,
    }
    assert verl_compute_score("d", trace("a", "2"), "") == {"score": 0.0, "unjudged": 1.0}
