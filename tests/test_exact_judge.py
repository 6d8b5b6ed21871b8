"""The `exact` judge and the TRL reward signature every judge shares."""

from __future__ import annotations

import polars as pl
import pytest
from curate.judges.exact import ExactJudge

CASES = [
    # (completion, reference, verdict, reason)
    ("<think>r</think> \\boxed{42}", "42", "correct", "equal"),  # plain match
    (
        "<think>r</think> \\boxed{\\dfrac{1}{2}}",
        "\\frac{1}{2}",
        "correct",
        "equal",
    ),  # dfrac normalised
    (
        "<think>r</think> \\boxed{0.5}",
        "\\frac12",
        "correct",
        "equal_number",
    ),  # decimal vs fraction, exactly
    ("<think>r</think> \\boxed{1,000}", "1000", "correct", "equal"),  # thousands separator
    ("<think>r</think> <answer>7</answer>", "7", "correct", "equal"),  # R1-Zero answer tag
    (
        "<think>r</think> \\boxed{\\frac{1}{3}}",
        "0.333",
        "incorrect",
        "different",
    ),  # no float rounding
    ("<think>r</think> the answer is 42", "42", "incorrect", "no_answer"),  # nothing boxed
    (
        "<think>\\boxed{42} but never closed",
        "42",
        "incorrect",
        "no_summary",
    ),  # answer inside the reasoning only
    (
        "<think>r</think> \\boxed{42}",
        None,
        "unknown",
        "no_reference",
    ),  # cannot judge without a reference
    (
        "<think>r</think> \\boxed{42}",
        "  ",
        "unknown",
        "no_reference",
    ),  # a blank reference is no reference
    (
        "<think>r</think> \\boxed{\\left( 1, 2 \\right)}",
        "(1,2)",
        "correct",
        "equal",
    ),  # \\left/\\right and spaces
]


@pytest.mark.parametrize(("completion", "reference", "verdict", "reason"), CASES)
def test_exact_judge(completion: str, reference: str | None, verdict: str, reason: str) -> None:
    out = ExactJudge().judge(pl.DataFrame({"completion": [completion], "reference": [reference]}))
    assert out["verdict"][0] == verdict
    assert out["judge_reason"][0] == reason


def test_reward_signature_returns_none_for_unknown() -> None:
    judge = ExactJudge()
    rewards = judge(
        ["<think>a</think>\\boxed{1}", "<think>a</think>\\boxed{2}", "<think>a</think>\\boxed{3}"],
        solution=["1", "1", None],
    )
    assert rewards == [1.0, 0.0, None]
    # conversational completions (TRL passes lists of messages)
    convo = [[{"role": "assistant", "content": "<think>a</think>\\boxed{5}"}]]
    assert judge(convo, reference=["5"]) == [1.0]
    assert judge.__name__ == "exact_reward"


SPLITS = [
    # (text, open, close, reasoning, summary, closed)
    ("<think>r</think>s", "<think>", "</think>", "r", "s", True),  # the R1 form
    (
        "r</think>s",
        "<think>",
        "</think>",
        "r",
        "s",
        True,
    ),  # <think> pre-filled by the chat template
    (
        "</think>s",
        "<think>",
        "</think>",
        "",
        "s",
        True,
    ),  # pre-filled and empty reasoning: not paired
    ("|T|r|T|s", "<think>", "|T|", "r", "s", True),  # cold-start: the token opens and closes
    ("  |T|r", "<think>", "|T|", "r", "", False),  # cold-start, never closed
    ("<x>r<x>s", "<x>", "<x>", "r", "s", True),  # equal tags
]


@pytest.mark.parametrize(
    ("text", "open_tag", "close_tag", "reasoning", "summary", "closed"), SPLITS
)
def test_split_trace(
    text: str, open_tag: str, close_tag: str, reasoning: str, summary: str, closed: bool
) -> None:
    from curate.text import split_trace

    t = split_trace(text, open_tag, close_tag)
    assert (t.reasoning, t.summary, t.has_close) == (reasoning, summary, closed)
