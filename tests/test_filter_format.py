"""`format`: one well-formed <think>…</think>, reasoning and summary; reason names the failed check."""

from __future__ import annotations

from typing import Any

import polars as pl
import pytest
from curate.filters.format import FormatFilter
from pydantic import ValidationError

from curate.errors import RecipeError
from curate.recipe import load_recipe

OK = "<think>\nLet me think. 2 + 3 = 5.\n</think>\n\nThe answer is $\\boxed{5}$."


def _run(completions: list[Any], prompts: list[Any] | None = None, **params: Any) -> pl.DataFrame:
    cols: dict[str, Any] = {
        "id": [f"r{i}" for i in range(len(completions))],
        "completion": completions,
    }
    if prompts is not None:
        cols["prompt"] = prompts
    batch = pl.DataFrame(cols)
    flt = FormatFilter(**params)
    out = flt.apply(batch)
    # every row is either kept or rejected with a reason, never lost
    assert out.kept.height + out.rejected.height == batch.height
    assert out.rejected["reason"].null_count() == 0
    return flt.verdicts(batch)


@pytest.mark.parametrize(
    ("completion", "reason", "prefilled"),
    [
        (OK, None, False),  # the canonical R1 shape
        ("  \n" + OK, None, False),  # whitespace before the open tag is fine
        ("Let me think.\n</think>\nAnswer: 5", None, True),  # template pre-filled <think> (auto)
        ("no tags at all, just an answer 5", "missing_think_open", False),  # plain answer
        ("", "missing_think_open", False),  # empty string
        (None, "missing_think_open", False),  # null completion
        ("<think>\nthinking forever and never", "missing_think_close", False),  # cut off
        ("<think>a</think>b<think>c</think>d", "multiple_think", False),  # two think blocks
        ("<think><think>a</think></think>b", "multiple_think", False),  # nested tags
        ("<think>a</think></think>b", "multiple_think", False),  # a stray second close tag
        ("<think>a<think>b", "multiple_think", False),  # two opens, no close
        ("</think>a<think>b", "misordered_think", False),  # close before open
        ("Sure! <think>a</think>b", "text_before_think", False),  # chatter before the tag
        ("<think>   \n </think>answer", "empty_reasoning", False),  # whitespace-only reasoning
        ("<think></think>", "empty_reasoning", False),  # only tags
        ("<think>reasoning</think>  \n ", "empty_summary", False),  # nothing after thinking
        ("</think>", "empty_reasoning", True),  # a lone close tag: pre-filled, but empty
        ("<think>日本語で考える</think>答えは５", None, False),  # non-ASCII reasoning and summary
        ("中文<think>推理</think>答案", "text_before_think", False),  # non-ASCII text before
        ("<think>🙂 " + "x" * 1_000_000 + "</think>ok", None, False),  # 1 MB reasoning
        ("<THINK>a</THINK>b", "missing_think_open", False),  # tags are case-sensitive
    ],
)
def test_think_checks(completion: str | None, reason: str | None, prefilled: bool) -> None:
    v = _run([completion])
    assert v["reason"][0] == reason
    assert v["keep"][0] is (reason is None)
    assert v["think_prefilled"][0] is prefilled


@pytest.mark.parametrize(
    ("prompt", "completion", "mode", "reason", "prefilled"),
    [
        # rendered template ends with <think>: the completion only closes the tag
        ("<|im_start|>assistant\n<think>\n", "reasoning</think>answer", "auto", None, True),
        # same prompt, but the model opened the tag again: two opens in the full text
        ("<|im_start|>assistant\n<think>\n", "<think>r</think>a", "auto", "multiple_think", True),
        # pre-filled prompt but the completion never closes
        ("<|im_start|>assistant\n<think>\n", "reasoning only", "auto", "missing_think_close", True),
        # no pre-fill: close-only completions are still accepted by auto (template unknown)
        ("What is 2+3?", "r</think>a", "auto", None, True),
        # pre-fill switched off: a close-only completion lacks its open tag
        ("What is 2+3?", "r</think>a", False, "missing_think_open", False),
        # pre-fill forced on: a completion with its own <think> has two
        ("What is 2+3?", "<think>r</think>a", True, "multiple_think", True),
        # pre-fill forced on and only a close tag: fine
        ("What is 2+3?", "r</think>a", True, None, True),
    ],
)
def test_prefilled_open(
    prompt: str, completion: str, mode: Any, reason: str | None, prefilled: bool
) -> None:
    v = _run([completion], [prompt], prefilled_open=mode)
    assert v["reason"][0] == reason
    assert v["think_prefilled"][0] is prefilled


def test_prefilled_from_chat_prompt_last_message() -> None:
    prompts = [
        [
            {"role": "user", "content": "q"},
            {"role": "assistant", "content": "<think>\n"},
        ],  # pre-filled turn
        [{"role": "user", "content": "q"}],  # an ordinary chat prompt
    ]
    v = _run(["no tags here", "no tags here"], prompts)
    assert v["reason"].to_list() == ["missing_think_close", "missing_think_open"]
    assert v["think_prefilled"].to_list() == [True, False]


def test_prefilled_inferred_from_the_shard() -> None:
    # a template that pre-fills <think> (invisible in a chat-list prompt) does it for every row:
    # when most tagged completions close without opening, a row with no tag at all was cut off
    rows = ["r</think>a", "r</think>a", "<think>r</think>a", "cut off while still thinking"]
    v = _run(rows)
    assert v["reason"].to_list() == [None, None, None, "missing_think_close"]
    assert v["think_prefilled"].to_list() == [True, True, False, True]
    # ... but not when the shard's completions open their own tags
    v = _run(["<think>r</think>a", "<think>r</think>a", "r</think>a", "a plain answer"])
    assert v["reason"].to_list() == [None, None, None, "missing_think_open"]


@pytest.mark.parametrize(
    ("summary", "reason"),
    [
        ("<answer>5</answer>", None),  # the R1-Zero template
        ("\n<answer> 5 </answer>\n", None),  # surrounding whitespace is fine
        ("The answer is 5.", "missing_answer_tag"),  # no answer tag
        ("<answer>5", "missing_answer_tag"),  # unclosed answer tag
        ("<answer>5</answer><answer>6</answer>", "multiple_answer_tag"),  # two answers
        ("</answer>5<answer>", "bad_answer_tag"),  # misordered answer tags
        ("<answer>  </answer>", "empty_answer"),  # empty answer
        ("So: <answer>5</answer>", "text_outside_answer"),  # text around the answer block
    ],
)
def test_answer_tag(summary: str, reason: str | None) -> None:
    v = _run([f"<think>r</think>{summary}"], answer_tag=True)
    assert v["reason"][0] == reason


def test_answer_tag_allows_text_when_not_answer_only() -> None:
    v = _run(["<think>r</think>So: <answer>5</answer>"], answer_tag=True, answer_only=False)
    assert v["reason"][0] is None


@pytest.mark.parametrize(
    ("summary", "mode", "reason", "count"),
    [
        ("$\\boxed{5}$", "exactly_one", None, 1),  # one boxed answer
        ("no box", "exactly_one", "boxed_count", 0),  # no boxed answer
        ("$\\boxed{5}$ or $\\boxed{6}$", "exactly_one", "boxed_count", 2),  # two answers
        ("$\\boxed{5}$ or $\\fbox{6}$", "at_least_one", None, 2),  # several are fine here
        ("\\boxedfoo{5}", "at_least_one", "boxed_count", 0),  # a different macro
    ],
)
def test_boxed_count(summary: str, mode: str, reason: str | None, count: int) -> None:
    v = _run([f"<think>\\boxed{{1}} in reasoning does not count</think>{summary}"], boxed=mode)
    assert v["reason"][0] == reason
    assert v["boxed_count"][0] == count


@pytest.mark.parametrize(
    ("completion", "reason"),
    [
        ("|special_token|reasoning|special_token|summary", None),  # the cold-start format
        ("\n|special_token| r |special_token| s", None),  # whitespace around is fine
        ("reasoning|special_token|summary", "bad_cold_start_format"),  # one token only
        ("x|special_token|r|special_token|s", "bad_cold_start_format"),  # text before
        ("|special_token|r|special_token|s|special_token|", "bad_cold_start_format"),  # three
        ("|special_token| |special_token|s", "empty_reasoning"),  # nothing between tokens
        ("|special_token|r|special_token|", "empty_summary"),  # nothing after
        ("", "bad_cold_start_format"),  # empty string
    ],
)
def test_cold_start(completion: str, reason: str | None) -> None:
    v = _run([completion], style="cold_start")
    assert v["reason"][0] == reason


def test_custom_tags() -> None:
    v = _run(
        ["<reasoning>r</reasoning>s", "<think>r</think>s"],
        open_tag="<reasoning>",
        close_tag="</reasoning>",
    )
    assert v["reason"].to_list() == [None, "missing_think_open"]


def test_text_before_allowed_and_summary_optional() -> None:
    v = _run(
        ["Sure. <think>r</think>", "<think>r</think>"],
        allow_text_before=True,
        require_summary=False,
    )
    assert v["reason"].to_list() == [None, None]


def test_params_validated() -> None:
    with pytest.raises(ValidationError):
        FormatFilter(open_tag="<x>", close_tag="<x>")  # identical tags cannot delimit
    with pytest.raises(RecipeError, match="unknown_key"):
        load_recipe(
            data={
                "name": "t",
                "source": {"path": "x.jsonl"},
                "filters": [{"format": {"unknown_key": 1}}],
            }
        )
