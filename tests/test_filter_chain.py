"""A recipe that chains every cheap filter (and `mixed_language` when installed) through the runner.

Each generated sample carries one defect; the test checks which stage dropped it, with which
reason, that the kept rows carry every measurement column, and that nothing is lost.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import pytest

from curate.recipe import load_recipe
from curate.runner import run
from curate.store import open_run
from tests.helpers import write_jsonl

HAS_MIXED = importlib.util.find_spec("curate.filters.mixed_language") is not None

PARA = "We add the two numbers carefully, then check the result against the question."


def good(i: int) -> str:
    body = "\n\n".join(f"Wait, step {k}: {PARA} So far {i + k}." for k in range(6))
    return f"<think>\n{body}\n</think>\n\nThe answer is $\\boxed{{{i}}}$."


LOOP = "Let me recompute the sum once more to make sure it is right.\n"
CASES: list[tuple[str, str | None, str | None, str]] = [
    # (completion, finish_reason, expected stage, expected reason)
    (good(0), "stop", None, ""),
    (good(0), "stop", "dedup", "duplicate_response"),  # a copy of sample 0
    (good(1)[:-40], "length", "truncated", "finish_length"),  # hit max_tokens
    (
        "<think>\nthinking and then the stream just stops",
        "stop",
        "truncated",
        "unterminated_reasoning",
    ),
    ("Sure! " + good(2), "stop", "format", "text_before_think"),
    ("<think>\nok\n</think>\n\n5", "stop", "length", "too_short"),
    (
        good(3).replace("\n\nWait, step 2", " " + PARA * 40 + " Wait, step 2"),
        "stop",
        "long_paragraph",
        "long_paragraph",
    ),
    (
        good(4).replace("</think>", "```python\nprint(2 + 3)\n```\n</think>"),
        "stop",
        "code_block",
        "fenced_code",
    ),
    (
        good(5).split("</think>")[0] + LOOP * 40,
        "stop",
        "truncated",
        "unterminated_reasoning",
    ),  # loop, cut
    (
        good(6).replace("</think>", LOOP * 40 + "</think>"),
        "stop",
        "repetition",
        "repetitive",
    ),  # loop, then out
    (
        good(10) + "\n" + LOOP * 40,
        "stop",
        "repetition",
        "looping_tail",
    ),  # the answer loops to the end
    (
        good(7).replace("So far 8.", "So far 8. 然后我们把两个数相加得到结果。"),
        "stop",
        "mixed_language",
        "mixed_language",
    ),
]


def _rows() -> list[dict[str, Any]]:
    rows = [
        {
            "q": "What is 2 + 3? Give a number.",
            "a": "5",
            "c": [c for c, _, _, _ in CASES],
            "fr": [f for _, f, _, _ in CASES],
            "dom": "math",
        },
        # a coding prompt: code in the reasoning is expected there
        {
            "q": "Write a loop.",
            "a": "0",
            "c": [good(8).replace("</think>", "```python\nprint(1)\n```\n</think>")],
            "fr": ["stop"],
            "dom": "code",
        },
        # the first question again with another reference: a repeated prompt
        {
            "q": "What is 2 + 3?  Give a number.",
            "a": "five",
            "c": [good(9)],
            "fr": ["stop"],
            "dom": "math",
        },
    ]
    return rows


def _recipe(tmp_path: Path) -> Any:
    filters: list[Any] = [
        "dedup",
        "truncated",
        "format",
        {"length": {"min_chars": 200}},
        "long_paragraph",
        "code_block",
        "repetition",
    ]
    if HAS_MIXED:
        filters.append({"mixed_language": {"target": "en"}})
    data = {
        "name": "chain",
        "source": {
            "path": "d.jsonl",
            "columns": {
                "prompt": "q",
                "reference": "a",
                "completion": "c",
                "finish_reason": "fr",
                "domain": "dom",
            },
        },
        "filters": filters,
        "run": {"batch_size": 3},  # one shard: dedup sees prompts within a shard only
    }
    return load_recipe(data=data, base_dir=tmp_path)


@pytest.fixture(scope="module")
def chain_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, Any, Any]:
    tmp_path = tmp_path_factory.mktemp("chain")
    write_jsonl(tmp_path / "d.jsonl", _rows())
    res = run(_recipe(tmp_path), out=tmp_path / "run")
    store = open_run(res.run_dir)
    return res, store.read_kept(), store.read_rejected()


def _dropped(rejected: Any) -> dict[int, dict[str, Any]]:
    """Rejected samples of the first prompt by sample index (the repeated prompt left out)."""
    first = rejected.filter(
        rejected["prompt"].str.contains("Give a number")
        & (rejected["reason"] != "duplicate_prompt")
    )
    return {r["sample_index"]: r for r in first.iter_rows(named=True)}


def test_chain_through_runner(chain_run: tuple[Any, Any, Any]) -> None:
    res, kept, rejected = chain_run
    assert kept.height + rejected.height == len(CASES) + 2  # nothing lost
    by_index = _dropped(rejected)
    for i, (_, _, stage, reason) in enumerate(CASES):
        if stage == "mixed_language":
            continue  # see test_chain_mixed_language
        if stage is None:
            assert i not in by_index, f"sample {i} should be kept, got {by_index.get(i)}"
            continue
        assert i in by_index, f"sample {i} should be dropped by {stage}"
        assert (by_index[i]["dropped_by"], by_index[i]["reason"]) == (stage, reason), i
    # the repeated prompt is dropped by dedup, the coding prompt keeps its code
    dup = rejected.filter(rejected["reason"] == "duplicate_prompt")
    assert dup.height == 1 and dup["dropped_by"][0] == "dedup"
    code = kept.filter(kept["domain"] == "code")
    assert code.height == 1 and code["code_blocks"][0] == 1
    # every filter's measurement reaches the output, so thresholds can be tuned from the data
    for col in (
        "duplicate_of",
        "unterminated",
        "think_prefilled",
        "completion_chars",
        "max_paragraph_chars",
        "code_blocks",
        "dup_ngram_ratio",
        "loop_tail",
    ):
        assert col in kept.columns, col
    stages = {s["name"]: s for s in res.stats["stages"]}
    assert stages["truncated"]["reasons"] == {"finish_length": 1, "unterminated_reasoning": 2}
    assert stages["dedup"]["reasons"] == {"duplicate_response": 1, "duplicate_prompt": 1}


def test_chain_mixed_language(chain_run: tuple[Any, Any, Any]) -> None:
    if not HAS_MIXED:
        pytest.skip(
            "filters/mixed_language.py is not installed: the chain ran without mixed_language"
        )
    _, kept, rejected = chain_run
    i = next(k for k, c in enumerate(CASES) if c[2] == "mixed_language")
    row = _dropped(rejected)[i]
    assert (row["dropped_by"], row["reason"]) == ("mixed_language", "mixed_language")
    assert "language_ratio" in kept.columns
    assert kept["language_ratio"].min() >= 0.999  # kept rows are English through and through
