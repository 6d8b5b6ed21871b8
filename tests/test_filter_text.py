"""Shared text pieces of the filters: trace anatomy on non-ASCII text, token estimate, registry."""

from __future__ import annotations

import random

import polars as pl
import pytest
from curate.filters._text import (
    estimate_tokens_expr,
    on_rows,
    part_expr,
    prompt_ends_with_expr,
    words_frame,
)

from curate.recipe import load_recipe
from curate.registry import FILTERS
from curate.text import reasoning_expr, split_trace, summary_expr

MINE = ("long_paragraph", "code_block", "format", "repetition", "truncated", "length", "dedup")


@pytest.mark.parametrize(
    "text",
    [
        "<think>日本語の文</think>答え",  # multi-byte reasoning: byte offsets must not cut it
        "中文<think>推理</think>答案",  # multi-byte text before the open tag
        "🙂<think>a</think>b🙂",  # astral characters
        "</think>a</think>b",  # two closes
        "a<think>b<think>c</think>d",  # two opens
        "<think>open only",  # unterminated
        "no tags",  # nothing
        "",  # empty
    ],
)
def test_reasoning_and_summary_match_split_trace(text: str) -> None:
    got = pl.DataFrame({"completion": [text]}).select(
        reasoning_expr().alias("r"), summary_expr().alias("s")
    )
    t = split_trace(text)
    assert (got["r"][0], got["s"][0]) == (t.reasoning, t.summary)


def test_reasoning_and_summary_random_twin() -> None:
    rng = random.Random(0)
    pieces = ["<think>", "</think>", "a", "日", "🙂", "\n", " "]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(500)]
    got = pl.DataFrame({"completion": texts}).select(
        reasoning_expr().alias("r"), summary_expr().alias("s")
    )
    for text, r, s in zip(texts, got["r"], got["s"], strict=True):
        t = split_trace(text)
        assert (r, s) == (t.reasoning, t.summary), text


@pytest.mark.parametrize(
    ("part", "expected"),
    [
        ("completion", "<think>r</think>s"),  # everything
        ("all", "<think>r</think>s"),  # alias
        ("reasoning", "r"),  # inside the tags
        ("summary", "s"),  # after them
        ("answer", "s"),  # alias
    ],
)
def test_part_expr(part: str, expected: str) -> None:
    df = pl.DataFrame({"completion": ["<think>r</think>s", None]})
    assert df.select(part_expr(part)).to_series().to_list() == [expected, None]


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("Hello world", 2),  # short words: a token each
        ("internationalization", 4),  # 20 letters: runs of 5
        ("中文字符", 4),  # CJK: per character
        ("x^2 + 12345", 6),  # x, ^, 2, +, 123, 45
        ("", 0),  # empty
    ],
)
def test_token_estimate(text: str, tokens: int) -> None:
    assert pl.DataFrame({"t": [text]}).select(estimate_tokens_expr(pl.col("t"))).item() == tokens


def test_words_frame_splits_unicode_space_and_cjk() -> None:
    w = words_frame(pl.Series(["a\u3000b\u00a0c", "中文 ok", "plain\ntext", None]))
    assert w["w"].to_list() == ["a", "b", "c", "中", "文", "ok", "plain", "text"]
    assert w["_row"].to_list() == [0, 0, 0, 1, 1, 1, 2, 2]


def test_on_rows_and_prompt_tail() -> None:
    df = pl.DataFrame({"x": [1, 2, 3], "prompt": ["a<think>\n", "b", None]})
    got = on_rows(df, pl.Series([True, False, True]), pl.col("x") * 10, -1, pl.Int64)
    assert got.to_list() == [10, -1, 30]
    assert df.select(prompt_ends_with_expr(df.schema, "<think>")).to_series().to_list() == [
        True,
        False,
        False,
    ]


def test_registered_with_documented_params() -> None:
    for name in MINE:
        cls = FILTERS.get(name)
        assert cls.__doc__, name
        for field, info in cls.Params.model_fields.items():
            assert info.description, f"{name}.{field} has no docstring"
        cls()  # every parameter has a default


def test_all_from_a_recipe() -> None:
    recipe = load_recipe(
        data={"name": "t", "source": {"path": "x.jsonl"}, "filters": list(MINE)}, base_dir="."
    )
    assert [s.name for s in recipe.filters] == list(MINE)


HOSTILE = {
    "huge_line": "x" * 300_000,  # one 300 KB line
    "many_tags": "<think>" * 20_000 + "</think>" * 20_000,  # tag soup
    "backticks": "`" * 100_000,  # one endless fence
    "tildes": "~" * 50_000 + "\n" + "~~~\n" * 10_000,  # LaTeX spaces and tilde fences
    "braces": "<think>a</think>\\boxed" + "{" * 100_000,  # an answer box that never closes
    "newlines": "\n" * 200_000,  # nothing but paragraph breaks
    "control": "\x00\x01\x1b[31m\x7f" * 20_000,  # NUL and control characters
    "cjk": "中文" * 50_000,  # 100k CJK characters, no spaces
    "indented": "\n\n" + "    x = 1;\n" * 20_000,  # a 20k-line indented block
    "period": "ab" * 100_000,  # a two-character loop
    "emoji": "🙂\u200d" * 50_000,  # astral characters and joiners
    "rtl_mixed": "<think>مرحبا hello 你好 Привет</think>" * 5_000,  # scripts mixed
}


@pytest.mark.parametrize("name", MINE)
def test_hostile_inputs_get_a_verdict(name: str) -> None:
    params = {"indented": True} if name == "code_block" else {}
    flt = FILTERS.get(name)(**params)
    batch = pl.DataFrame(
        {
            "id": list(HOSTILE),
            "prompt_id": list(HOSTILE),
            "prompt": ["q"] * len(HOSTILE),
            "completion": list(HOSTILE.values()),
            "sample_index": [0] * len(HOSTILE),
        }
    )
    out = flt.apply(batch)
    assert out.kept.height + out.rejected.height == len(HOSTILE)
    assert out.rejected["reason"].null_count() == 0
