"""`truncated`: generations cut by the token limit or stopped inside the reasoning/answer."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import polars as pl
import pytest
from curate.filters.truncated import (
    BOX_TAIL,
    TruncatedFilter,
    boxed_unbalanced,
    boxed_unbalanced_series,
)

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
        (
            "...assistant\n<think>\n",
            "reasoning</think>It is 5.",
            "auto",
            None,
        ),  # pre-filled, closed
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


def test_prefilled_inferred_from_the_input() -> None:
    # a filter called on its own takes its input as the whole source: R1-distill outputs under a
    # pre-filling template mostly close without opening, so a row with no tag stopped thinking
    rows = [{"completion": c} for c in ["r</think>It is 5.", "r</think>It is 5.", "still and"]]
    assert _run(rows)["reason"].to_list() == [None, None, "unterminated_reasoning"]
    rows = [{"completion": c} for c in ["<think>r</think>It is 5.", "a plain answer"]]
    assert _run(rows)["reason"].to_list() == [None, None]
    # in a run the decision comes from the run (`prefilled_run`), not from this batch
    rows = [{"completion": "still thinking and"}, {"completion": "still and"}]
    assert _run(rows)["reason"].to_list() == [None, None]  # alone, nothing says pre-filled
    v = _run(rows, prefilled_run=True)
    assert v["reason"].to_list() == ["unterminated_reasoning"] * 2


def _prefill_run(tmp_path: Path, filters: list[Any]) -> Any:
    from curate.recipe import load_recipe
    from curate.runner import run
    from curate.store import open_run
    from tests.helpers import write_jsonl

    done = "Let me add them.\n</think>\n\nSo the answer is 5."
    cut = "Let me add them. First 2 + 3 is"  # cut by the token limit, no tag at all
    # shard 0 and 2: complete traces (the template pre-filled <think>); shard 1: all cut
    comps = [done, done, cut, cut, done, done]
    write_jsonl(
        tmp_path / "d.jsonl", [{"q": f"What is {i} + 3?", "c": c} for i, c in enumerate(comps)]
    )
    data = {
        "name": "prefill",
        "source": {"path": "d.jsonl", "columns": {"prompt": "q", "completion": "c"}},
        "filters": filters,
        "run": {"batch_size": 2},
    }
    res = run(load_recipe(data=data, base_dir=tmp_path), out=tmp_path / "run")
    return open_run(res.run_dir).read_rejected()


@pytest.mark.parametrize(
    ("filters", "reason"),
    [
        # `truncated` alone: the cut shard is judged by the whole source's vote, not its own
        (["truncated"], "unterminated_reasoning"),
        # `format` first: it sees the same run decision (cut reasoning, not a missing <think>)
        (["format", "truncated"], "missing_think_close"),
        # forced off in the recipe: no pre-fill, so the cut rows are plain text to `truncated`
        ([{"truncated": {"prefilled_open": False}}], None),
    ],
)
def test_prefill_is_decided_once_per_run(
    tmp_path: Path, filters: list[Any], reason: str | None
) -> None:
    rej = _prefill_run(tmp_path, filters)
    assert sorted(rej["reason"].to_list()) == ([reason] * 2 if reason else [])


def test_resolve_prefill_reads_the_whole_source(tmp_path: Path) -> None:
    from curate.prefill import resolve_prefill
    from curate.recipe import load_recipe
    from curate.source import read_source
    from tests.helpers import write_jsonl

    comps = ["r</think>It is 5.", "cut", "cut", "cut"]  # one vote: pre-filled; no vote against
    write_jsonl(tmp_path / "d.jsonl", [{"q": "q", "c": c} for c in comps])
    data = {
        "name": "p",
        "source": {"path": "d.jsonl", "columns": {"prompt": "q", "completion": "c"}},
        "filters": ["truncated", {"format": {"prefilled_open": True}}],
        "run": {"batch_size": 1},
    }
    recipe = load_recipe(data=data, base_dir=tmp_path)
    mapping = {"prompt": "q", "completion": "c"}
    dumped = resolve_prefill(recipe, recipe.dump(), lambda: read_source(recipe), mapping)
    assert dumped["filters"][0]["truncated"]["prefilled_run"] is True
    assert dumped["filters"][1]["format"].get("prefilled_run") is None  # forced: left alone


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
    v = _run([{"completion": completion}], mid_sentence=True, cut_summary=False)
    assert v["reason"][0] == reason


def test_checks_can_be_switched_off() -> None:
    rows = [{"completion": "<think>cut"}, {"completion": "<think>r</think>\\boxed{1"}]
    v = _run(rows, unterminated_reasoning=False, unbalanced_boxed=False, cut_summary=False)
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


PAD = "x" * (BOX_TAIL + 10)  # longer than the tail read first


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (PAD + "\\boxed{1", True),  # the last box inside the tail, open
        ("\\boxed{1" + PAD, True),  # open box before the tail: everything after it is inside
        ("\\boxed{1}" + PAD, False),  # closed box before the tail
        ("\\boxed{1" + PAD + "\\boxedfoo{", True),  # the tail's command is not a box
        ("\\boxed{1}" + PAD[:-3] + "\\boxed{", True),  # a box cut at the end of the tail
        ("\\fbox{" + PAD + "\\boxed{2}", False),  # the last box closes
        ("\\boxed{}" + "x" * (BOX_TAIL - 4), False),  # command across the tail edge
        ("\\boxed{" + "x" * (BOX_TAIL - 4), True),  # the same, open
        (PAD, False),  # no box at all
    ],
)
def test_boxed_unbalanced_series_reads_the_tail_first(text: str, expected: bool) -> None:
    texts = pl.Series(["\\boxed{", text, "no box"])
    got = boxed_unbalanced_series(texts, pl.Series([1], dtype=pl.UInt32)).to_list()
    assert got == [False, expected, False]  # rows not asked for stay False
    assert boxed_unbalanced(text) is expected


@pytest.mark.parametrize(
    ("summary", "reason"),
    [
        # real cut summaries (R1-distill / QwQ traces in bench/data, token limit mid-answer)
        ("Given the equations:\n1. \\( s_1 s_2 = 24 \\)\n\nSubstituting \\( s", "cut_summary"),
        # the answer part is one word long: it stopped right after starting
        ("\n\nTo", "cut_summary"),
        # a sentence cut on a word
        ("First, we calculate the amount of water in the", "cut_summary"),
        # a display formula never closed
        ("The total is:\n\\[\n3 \\times", "cut_summary"),
        # cut after an operator
        ("So the volume is \\( 3 \\times 4 \\) =", "cut_summary"),
        # cut after a colon introducing the next step
        ("Simplifying this equation:", "cut_summary"),
        # a number mid-sentence, no label before it
        ("This fraction is already in its simplest form since 3", "cut_summary"),
        # legitimate endings: an answer line with a label and a bare word (issue 12)
        ("**Answer:** Tetrahedron", None),
        # the value on the line after its label
        ("**Answer:**\nTetrahedron", None),
        # a box followed by its unit
        ("**Answer:** \\(\\boxed{180}\\) meters", None),
        # a full stop
        ("The next pair is EV.", None),
        # a closed display formula
        ("Thus\n\\[\n\\boxed{5}\n\\]", None),
        # bold sentence around a box
        ("**Therefore, Kenny started with \\(\\boxed{150}\\) cards.**", None),
        # a label and a number
        ("**Total outfits Laurel has:** 87", None),
        # the boxed answer is given; a figure after the colon was left out (MATH-500 solution)
        ("So $\\boxed{12}$ points of intersection are indeed possible:", None),
        # a bullet list ends without a full stop
        ("Causes:\n- Fiscal crisis\n- Social inequality\n- Enlightenment ideas", None),
        # so does verse
        ("Grey clouds let go,\nthe dust smells sweet,\nleaves hold the drops", None),
        # a bare value line
        ("5", None),
        # a Chinese answer line with a full-width colon
        ("答案：十", None),
        # a Chinese full stop
        ("所以答案是十。", None),
    ],
)
def test_cut_summary(summary: str, reason: str | None) -> None:
    v = _run([{"completion": "<think>reasoning</think>" + summary}])
    assert v["reason"][0] == reason


def test_cut_summary_only_looks_at_closed_reasoning() -> None:
    # no close tag: the summary check does not apply (unterminated_reasoning / format decide)
    v = _run([{"completion": "a plain answer that stops in the"}], prefilled_open=False)
    assert v["reason"][0] is None
    # switched off
    v = _run([{"completion": "<think>r</think>To"}], cut_summary=False)
    assert v["reason"][0] is None


@pytest.mark.parametrize(
    ("completion", "finish", "reason"),
    [
        # finish_reason length wins over every other check, even for a clean-looking trace
        ("<think>r</think>The answer is 5.", "length", "finish_length"),
        # ... and with no tag at all under a template that did not pre-fill
        ("plain answer 5", "length", "finish_length"),
    ],
)
def test_finish_length_is_always_truncated(completion: str, finish: str, reason: str) -> None:
    for mode in ("auto", True, False):
        v = _run([{"completion": completion, "finish_reason": finish}], prefilled_open=mode)
        assert v["reason"][0] == reason
