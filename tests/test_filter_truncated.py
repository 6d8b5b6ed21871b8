"""`truncated`: generations cut by the token limit or stopped inside the reasoning/answer."""

from __future__ import annotations

from typing import Any

import polars as pl
import pytest
from curate.filters.truncated import TruncatedFilter, boxed_unbalanced

OK = "<think>\nSo 2 + 3 = 5.\n</think>\n\nThe answer is $\\boxed{5}$."


def _run(rows: list[dict[str, Any]], **params: Any) -> pl.DataFrame:
    batch = pl.DataFrame(rows)
    flt = TruncatedFilter(**params)
    out = flt.apply(batch)
    assert out.kept.height + out.rejected.height == batch.height
    return flt.verdicts(batch)


@pytest.mark.parametrize(
    ("completion", "finish", "reason"),
    [
        (OK, "stop", None),  # a complete generation
        (OK, "length", "finish_length"),  # the backend says it hit max_tokens
        (OK, "LENGTH ", "finish_length"),  # case and whitespace do not matter
        (OK, "max_tokens", "finish_length"),  # Anthropic's spelling
        (OK, None, None),  # no finish reason recorded for this row
        ("<think>\nStill thinking about", "stop", "unterminated_reasoning"),  # stopped inside
        ("<think>\nStill thinking about", "length", "finish_length"),  # both: finish wins
        ("no tags at all", "stop", None),  # not this filter's business (format's)
        ("<think>r</think>So $\\boxed{\\frac{1}{2}", "stop", "unbalanced_boxed"),  # cut in the box
        ("<think>r</think>So \\boxed", "stop", "unbalanced_boxed"),  # cut right after \boxed
        ("<think>r</think>$\\boxed{\\{1, 2\\}}$", "stop", None),  # escaped braces balance
        ("<think>r</think>$\\boxed{x \\\\ y}$", "stop", None),  # a LaTeX line break inside
        ("<think>\\boxed{1</think>$\\boxed{2}$", "stop", None),  # only the last box matters
        ("<think>r</think>\\boxed 5", "stop", None),  # \boxed without braces
        ("", "stop", None),  # empty completion (length filter's business)
        ("<think>日本語</think>答え\\boxed{五", "stop", "unbalanced_boxed"),  # non-ASCII
    ],
)
def test_reasons(completion: str, finish: str | None, reason: str | None) -> None:
    v = _run([{"completion": completion, "finish_reason": finish}])
    assert v["reason"][0] == reason
    expected = None if finish is None else finish.strip().lower() in ("length", "max_tokens")
    assert v["finish_length"][0] is expected  # null finish reason: unknown, not False


def test_without_finish_reason_column() -> None:
    v = _run([{"completion": OK}, {"completion": "<think>cut"}])
    assert v["reason"].to_list() == [None, "unterminated_reasoning"]
    assert v["finish_length"].to_list() == [None, None]  # unknown, not False
    assert v["unterminated"].to_list() == [False, True]


@pytest.mark.parametrize(
    ("prompt", "completion", "mode", "reason"),
    [
        (
            "...assistant\n<think>\n",
            "reasoning without end",
            "auto",
            "unterminated_reasoning",
        ),  # pre-filled
        ("...assistant\n<think>\n", "reasoning</think>answer", "auto", None),  # pre-filled, closed
        ("What is 2+3?", "plain answer 5", "auto", None),  # no reasoning was opened
        (
            "What is 2+3?",
            "plain answer 5",
            True,
            "unterminated_reasoning",
        ),  # told it was pre-filled
    ],
)
def test_prefilled_prompt(prompt: str, completion: str, mode: Any, reason: str | None) -> None:
    v = _run([{"prompt": prompt, "completion": completion}], prefilled_open=mode)
    assert v["reason"][0] == reason


def test_prefilled_inferred_from_the_shard() -> None:
    # R1-distill outputs under a pre-filling template: most rows close without opening, so a
    # row with no tag at all stopped inside the reasoning
    rows = [{"completion": c} for c in ["r</think>a", "r</think>a", "still thinking and"]]
    assert _run(rows)["reason"].to_list() == [None, None, "unterminated_reasoning"]
    rows = [{"completion": c} for c in ["<think>r</think>a", "a plain answer"]]
    assert _run(rows)["reason"].to_list() == [None, None]


@pytest.mark.parametrize(
    ("completion", "reason"),
    [
        ("<think>r</think>The answer is 5.", None),  # ends with a full stop
        ("<think>r</think>The answer is", "mid_sentence"),  # ends on a word
        ("<think>r</think>so x = ", "mid_sentence"),  # ends on an operator
        ("<think>r</think>first, second,", "mid_sentence"),  # ends on a comma
        ("<think>r</think>$\\boxed{5}$", None),  # ends with math
        ("<think>r</think>答案是五。", None),  # CJK full stop
        ("<think>r</think>答案是", "mid_sentence"),  # CJK without a stop
    ],
)
def test_mid_sentence(completion: str, reason: str | None) -> None:
    v = _run([{"completion": completion}], mid_sentence=True)
    assert v["reason"][0] == reason


def test_checks_can_be_switched_off() -> None:
    rows = [{"completion": "<think>cut"}, {"completion": "<think>r</think>\\boxed{1"}]
    v = _run(rows, unterminated_reasoning=False, unbalanced_boxed=False)
    assert v["reason"].to_list() == [None, None]
    assert v["unterminated"].to_list() == [True, False]  # still measured


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("\\boxed{1}", False),  # balanced
        ("\\boxed{", True),  # opened only
        ("\\boxed{\\frac{1}{2}", True),  # inner group closed, outer not
        ("\\fbox{a}", False),  # \fbox counts as a box
        ("\\boxedx{", False),  # not a box command
        ("x" * 100_000 + "\\boxed{" + "{" * 1000, True),  # long, deeply nested: linear
        ("", False),  # empty
    ],
)
def test_boxed_unbalanced(text: str, expected: bool) -> None:
    assert boxed_unbalanced(text) is expected
