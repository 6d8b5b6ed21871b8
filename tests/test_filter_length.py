"""`length`: character/token bounds on the completion, reasoning or summary."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import polars as pl
import pytest
from curate.filters.length import LengthFilter
from pydantic import ValidationError


def _run(completions: list[Any], **params: Any) -> pl.DataFrame:
    batch = pl.DataFrame(
        {"id": [str(i) for i in range(len(completions))], "completion": completions}
    )
    flt = LengthFilter(**params)
    out = flt.apply(batch)
    assert out.kept.height + out.rejected.height == batch.height
    return flt.verdicts(batch)


@pytest.mark.parametrize(
    ("completion", "params", "column", "value", "reason"),
    [
        ("", {}, "completion_chars", 0, "too_short"),  # default drops empty completions
        (None, {}, "completion_chars", 0, "too_short"),  # null counts as empty
        ("a", {}, "completion_chars", 1, None),  # one character is enough by default
        ("abcdef", {"max_chars": 5}, "completion_chars", 6, "too_long"),  # over the cap
        ("abcde", {"max_chars": 5}, "completion_chars", 5, None),  # bounds are inclusive
        ("日本語テキスト", {"max_chars": 7}, "completion_chars", 7, None),  # chars, not bytes
        ("🙂🙂", {"min_chars": 3}, "completion_chars", 2, "too_short"),  # astral chars count one
        (
            "<think>abc</think>defgh",
            {"scope": "reasoning", "max_chars": 3},
            "reasoning_chars",
            3,
            None,
        ),
        (
            "<think>abc</think>defgh",
            {"scope": "reasoning", "max_chars": 2},
            "reasoning_chars",
            3,
            "too_long",
        ),
        (
            "<think>abc</think>defgh",
            {"scope": "summary", "min_chars": 6},
            "summary_chars",
            5,
            "too_short",
        ),
        (
            "<think>abc</think>defgh",
            {"scope": "answer", "min_chars": 5},
            "summary_chars",
            5,
            None,
        ),  # alias
        ("<think>abc", {"scope": "summary"}, "summary_chars", 0, "too_short"),  # no summary at all
        ("Hello world", {"max_tokens": 2}, "completion_tokens", 2, None),  # two words, two tokens
        (
            "中文字符",
            {"max_tokens": 3},
            "completion_tokens",
            4,
            "too_long",
        ),  # CJK: a token per char
        ("x = 12345", {"min_tokens": 5}, "completion_tokens", 4, "too_short"),  # x, =, 123, 45
        ("a" * 200_000, {"max_chars": 100_000}, "completion_chars", 200_000, "too_long"),  # huge
    ],
)
def test_bounds(
    completion: str | None, params: dict[str, Any], column: str, value: int, reason: str | None
) -> None:
    v = _run([completion], **params)
    assert v[column][0] == value
    assert v["reason"][0] == reason


def test_tokens_column_only_when_asked() -> None:
    assert "completion_tokens" not in _run(["abc"]).columns
    assert "completion_tokens" in _run(["abc"], max_tokens=10).columns


def test_min_over_max_rejected() -> None:
    with pytest.raises(ValidationError, match="greater than"):
        LengthFilter(min_chars=10, max_chars=5)


def _tiny_tokenizer(path: Path) -> Path:
    """A word-level tokenizer trained offline (no hub): one token per whitespace word."""
    from tokenizers import Tokenizer, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    tok = Tokenizer(models.WordLevel(unk_token="[UNK]"))
    tok.pre_tokenizer = pre_tokenizers.WhitespaceSplit()
    tok.train_from_iterator(
        ["one two three four five"], trainers.WordLevelTrainer(special_tokens=["[UNK]"])
    )
    PreTrainedTokenizerFast(tokenizer_object=tok, unk_token="[UNK]").save_pretrained(str(path))
    return path


@pytest.mark.slow
def test_real_tokenizer(tmp_path: Path) -> None:
    pytest.importorskip("transformers")
    path = _tiny_tokenizer(tmp_path / "tok")
    v = _run(
        ["one two three", "one two three four five six", None],
        tokenizer=str(path),
        max_tokens=5,
        min_chars=0,
    )
    assert v["completion_tokens"].to_list() == [3, 6, 0]  # exact counts; null counts as empty
    assert v["reason"].to_list() == [None, "too_long", None]
