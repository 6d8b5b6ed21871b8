"""Shaping rewards against the published formulas (open-r1, DAPO, Kimi 1.5).

Each reference below is written from the paper / open-r1 source, independently of the code
under test, and both are compared on the same tables.
"""

from __future__ import annotations

import math

import pytest
from curate.train.rewards import build_rewards
from curate.train.shaping import kimi_length_rewards, overlong_penalty, tag_count

from curate.errors import RecipeError
from tests.helpers import trace


def open_r1_count_tags(text: str) -> float:
    # open-r1 rewards.py tag_count_reward (think + answer format)
    count = 0.0
    if text.count("<think>\n") == 1:
        count += 0.25
    if text.count("\n</think>\n") == 1:
        count += 0.25
    if text.count("\n<answer>\n") == 1:
        count += 0.25
    if text.count("\n</answer>") == 1:
        count += 0.25
    return count


def dapo_overlong(length: int, l_max: int, l_cache: int) -> float:
    # DAPO eq. (13): R_length(y)
    if length <= l_max - l_cache:
        return 0.0
    if l_max - l_cache < length <= l_max:
        return ((l_max - l_cache) - length) / l_cache
    return -1.0


def kimi_reference(lengths: list[int], correct: list[bool]) -> list[float]:
    # Kimi k1.5 §2.3.3: lambda = 0.5 - (len(i) - min_len) / (max_len - min_len)
    lo, hi = min(lengths), max(lengths)
    if lo == hi:
        return [0.0] * len(lengths)
    out = []
    for n, c in zip(lengths, correct, strict=True):
        lam = 0.5 - (n - lo) / (hi - lo)
        out.append(lam if c else min(0.0, lam))
    return out


OPEN_R1 = [("<think>", "</think>"), ("<answer>", "</answer>")]
TAG_CASES = [
    ("<think>\nx\n</think>\n<answer>\n4\n</answer>", 1.0),  # the full format
    ("<think>\nx\n</think>\n4", 0.5),  # no answer tags
    ("<think>\nx\n</think>\n<answer>\n4</answer>", 0.75),  # closing answer tag without newline
    ("<think>\n<think>\nx\n</think>\n<answer>\n4\n</answer>", 0.75),  # think opened twice
    ("no tags at all", 0.0),  # nothing
    ("", 0.0),  # empty completion
]


@pytest.mark.parametrize(("text", "want"), TAG_CASES)
def test_tag_count_matches_open_r1(text: str, want: float) -> None:
    assert tag_count(text, OPEN_R1, newlines=True) == want == open_r1_count_tags(text)


R1_TAG_CASES = [
    ("<think>a</think> b", 1.0),  # R1's plain format, no newlines required
    ("<think>a b", 0.5),  # never closed
    ("a</think>b</think>", 0.0),  # no opening tag, closing twice
]


@pytest.mark.parametrize(("text", "want"), R1_TAG_CASES)
def test_tag_count_r1_format(text: str, want: float) -> None:
    rewards, _ = build_rewards(
        [{"tag_count": {"tags": [["<think>", "</think>"]], "newlines": False}}]
    )
    assert rewards[0]([text]) == [want]


OVERLONG_CASES = [
    (100, 0.0),  # well inside the budget
    (768, 0.0),  # exactly at the start of the cache interval
    (769, -1 / 256),  # one token into it
    (896, -0.5),  # half way
    (1024, -1.0),  # at the limit
    (5000, -1.0),  # beyond the limit
]


@pytest.mark.parametrize(("length", "want"), OVERLONG_CASES)
def test_overlong_matches_dapo(length: int, want: float) -> None:
    got = overlong_penalty(length, 1024, 256)
    assert math.isclose(got, want) and math.isclose(got, dapo_overlong(length, 1024, 256))


def test_overlong_reward_reads_completion_ids_and_falls_back_to_the_length_filter() -> None:
    rewards, _ = build_rewards([{"soft_overlong": {"max_tokens": 10, "cache_tokens": 4}}])
    r = rewards[0]
    # TRL passes completion_ids: their lengths decide (7 tokens: one into the interval of 4)
    assert r(["a", "b"], completion_ids=[[1] * 7, [1] * 3]) == [-0.25, 0.0]
    # no ids: the length filter's estimate of "word " * 20 is 20 tokens, past the limit
    assert r(["word " * 20, "hi"]) == [-1.0, 0.0]


def test_overlong_config_errors() -> None:
    with pytest.raises(RecipeError, match="cache_tokens"):
        build_rewards([{"soft_overlong": {"max_tokens": 10, "cache_tokens": 40}}])


KIMI_CASES = [
    ([10, 20, 30], [True, True, False]),  # shortest correct earns most, the long wrong one loses
    ([10, 10, 10], [True, False, True]),  # all the same length: 0 for every sample
    ([5, 50, 7, 9], [False, True, True, False]),  # a long correct sample gets a negative lambda
]


@pytest.mark.parametrize(("lengths", "correct"), KIMI_CASES)
def test_kimi_matches_the_paper(lengths: list[int], correct: list[bool]) -> None:
    got = kimi_length_rewards(lengths, [1.0 if c else 0.0 for c in correct], [0] * len(lengths))
    want = kimi_reference(lengths, correct)
    assert all(math.isclose(g or 0.0, w) for g, w in zip(got, want, strict=True))


def test_kimi_groups_by_prompt_and_keeps_none() -> None:
    # two prompts: min/max are taken within each; an undecidable sample gets None, never 0
    got = kimi_length_rewards([10, 30, 100, 200, 50], [1.0, 1.0, 1.0, 0.0, None], list("aabbb"))
    assert got[:4] == [0.5, -0.5, 0.5 - 50 / 150, min(0.0, 0.5 - 150 / 150)]
    assert got[4] is None


def test_kimi_reward_uses_the_judges() -> None:
    rewards, _ = build_rewards([{"kimi_length": {"length_unit": "chars"}}])
    short_right = trace("2+2", "4")
    long_right = trace("2+2 " + "let me double check. " * 20, "4")
    wrong = trace("2+2", "5")
    out = rewards[0](
        [short_right, long_right, wrong], reference=["4", "4", "4"], prompts=["q", "q", "q"]
    )
    assert out[0] is not None and out[0] > 0 > (out[1] or 0)  # short correct beats long correct
    assert out[2] is not None and out[2] <= 0  # a wrong answer never earns
