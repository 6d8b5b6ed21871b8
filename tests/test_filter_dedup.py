"""`dedup`: duplicate responses per prompt (keep lowest sample_index) and repeated prompts."""

from __future__ import annotations

from typing import Any

import polars as pl
import pytest
from curate.filters.dedup import DedupFilter

LONG = "Let me think about this step by step. " * 40  # > the 512-char signature windows


def _frame(rows: list[tuple[str, str, Any, Any, int]]) -> pl.DataFrame:
    """rows: (id, prompt_id, prompt, completion, sample_index)."""
    return pl.DataFrame(
        {
            "id": [r[0] for r in rows],
            "prompt_id": [r[1] for r in rows],
            "prompt": [r[2] for r in rows],
            "completion": [r[3] for r in rows],
            "sample_index": [r[4] for r in rows],
        }
    )


def _run(batch: pl.DataFrame, **params: Any) -> pl.DataFrame:
    flt = DedupFilter(**params)
    out = flt.apply(batch)
    assert out.kept.height + out.rejected.height == batch.height
    return flt.verdicts(batch)


@pytest.mark.parametrize(
    ("rows", "params", "reasons", "dup_of"),
    [
        # identical responses to one prompt: the lowest sample_index is kept, whatever the row order
        (
            [("a", "p", "Q", "x", 1), ("b", "p", "Q", "x", 0)],
            {},
            ["duplicate_response", None],
            ["b", None],
        ),
        # whitespace differences do not make a response new
        (
            [("a", "p", "Q", "x  y\n", 0), ("b", "p", "Q", " x\ty", 1)],
            {},
            [None, "duplicate_response"],
            [None, "a"],
        ),
        # case does by default ...
        ([("a", "p", "Q", "X", 0), ("b", "p", "Q", "x", 1)], {}, [None, None], [None, None]),
        # ... unless ignore_case
        (
            [("a", "p", "Q", "X", 0), ("b", "p", "Q", "x", 1)],
            {"ignore_case": True},
            [None, "duplicate_response"],
            [None, "a"],
        ),
        # the same response to different prompts is not a duplicate
        ([("a", "p", "Q1", "x", 0), ("b", "q", "Q2", "x", 0)], {}, [None, None], [None, None]),
        # long responses differing only in the middle are different
        (
            [("a", "p", "Q", LONG + "A" + LONG, 0), ("b", "p", "Q", LONG + "B" + LONG, 1)],
            {},
            [None, None],
            [None, None],
        ),
        # long responses differing only in whitespace at the start are the same
        (
            [("a", "p", "Q", LONG, 0), ("b", "p", "Q", "\n\n " + LONG.replace(" ", "  ", 5), 1)],
            {},
            [None, "duplicate_response"],
            [None, "a"],
        ),
        # NFKC folds full-width digits when asked
        (
            [("a", "p", "Q", "answer 12", 0), ("b", "p", "Q", "answer １２", 1)],
            {"nfkc": True},
            [None, "duplicate_response"],
            [None, "a"],
        ),
        # empty and unicode completions
        (
            [("a", "p", "Q", "", 0), ("b", "p", "Q", "", 1), ("c", "p", "Q", "日本語", 2)],
            {},
            [None, "duplicate_response", None],
            [None, "a", None],
        ),
    ],
)
def test_responses(
    rows: list[tuple[str, str, Any, Any, int]],
    params: dict[str, Any],
    reasons: list[Any],
    dup_of: list[Any],
) -> None:
    v = _run(_frame(rows), **params)
    assert v["reason"].to_list() == reasons
    assert v["duplicate_of"].to_list() == dup_of


def test_prompts() -> None:
    rows = [
        ("a", "p1", "What is 2+3?", "5", 0),
        ("b", "p1", "What is 2+3?", "five", 1),
        ("c", "p2", "what is  2+3? ", "5", 0),  # same question, other reference/id, other spacing
        ("d", "p3", "What is 2+4?", "6", 0),
        ("e", "p4", "What is 2+3?", "5", 0),  # exact repeat under another prompt id
    ]
    v = _run(_frame(rows))
    assert v["reason"].to_list() == [None, None, None, None, "duplicate_prompt"]
    assert v["duplicate_prompt_of"].to_list() == [None, None, None, None, "p1"]
    v = _run(_frame(rows), ignore_case=True)
    assert v["reason"].to_list() == [None, None, "duplicate_prompt", None, "duplicate_prompt"]
    v = _run(_frame(rows), scope="responses", ignore_case=True)
    assert v["reason"].null_count() == 5 and "duplicate_prompt_of" not in v.columns
    v = _run(_frame(rows), scope="prompts")
    assert "duplicate_of" not in v.columns


def test_duplicate_prompt_wins_over_duplicate_response() -> None:
    rows = [("a", "p1", "Q", "x", 0), ("b", "p2", "Q", "x", 0), ("c", "p2", "Q", "x", 1)]
    v = _run(_frame(rows))
    assert v["reason"].to_list() == [None, "duplicate_prompt", "duplicate_prompt"]
    assert v["duplicate_of"].to_list() == [None, None, "b"]  # still measured


def test_chat_prompts_and_missing_columns() -> None:
    chat = [
        [{"role": "user", "content": "Hi  there"}],
        [{"role": "user", "content": "Hi there"}],
        [{"role": "system", "content": "Hi there"}],
    ]
    batch = pl.DataFrame(
        {"prompt_id": ["p1", "p2", "p3"], "prompt": chat, "completion": ["a", "b", "c"]}
    )
    v = _run(batch)
    assert v["reason"].to_list() == [None, "duplicate_prompt", None]  # roles matter
    assert v["duplicate_of"].to_list() == [None, None, None]  # no id column: nothing to point to
    # no prompt_id: prompts are identified by their normalised text; row order decides
    batch = pl.DataFrame({"prompt": ["Q", "Q ", "R"], "completion": ["x", "x", "x"]})
    v = _run(batch)
    assert v["reason"].to_list() == [None, "duplicate_response", None]


def test_many_prompts_one_pass() -> None:
    n = 2000
    batch = pl.DataFrame(
        {
            "id": [f"r{i}" for i in range(n)],
            "prompt_id": [f"p{i // 8}" for i in range(n)],
            "prompt": [f"question {i // 8}" for i in range(n)],
            "completion": [LONG + str(i % 4) for i in range(n)],  # each prompt: 4 distinct x 2
            "sample_index": [i % 8 for i in range(n)],
        }
    )
    v = _run(batch)
    assert v["reason"].null_count() == n // 2
    assert v.filter(pl.col("reason") == "duplicate_response").height == n // 2
