"""`long_paragraph`: the longest blank-line-separated paragraph against char/token limits."""

from __future__ import annotations

from typing import Any

import polars as pl
import pytest
from curate.filters.long_paragraph import LongParagraphFilter
from pydantic import ValidationError

WORDS = "the sum of the first terms is computed below "  # 45 chars, 9 words


def _para(chars: int) -> str:
    """A paragraph of exactly `chars` characters, not ending in whitespace."""
    return (WORDS * (chars // len(WORDS) + 1))[: chars - 1] + "."


def _run(completions: list[Any], **params: Any) -> pl.DataFrame:
    batch = pl.DataFrame(
        {"id": [str(i) for i in range(len(completions))], "completion": completions}
    )
    flt = LongParagraphFilter(**params)
    out = flt.apply(batch)
    assert out.kept.height + out.rejected.height == batch.height
    return flt.verdicts(batch)


@pytest.mark.parametrize(
    ("completion", "params", "longest", "reason"),
    [
        (
            f"<think>\n{_para(100)}\n\n{_para(200)}\n</think>\nok",
            {},
            200,
            None,
        ),  # normal paragraphs
        (f"<think>\n{_para(3001)}\n</think>\nok", {}, 3001, "long_paragraph"),  # one wall of text
        (f"<think>\n{_para(3000)}\n</think>\nok", {}, 3000, None),  # exactly at the limit
        (
            f"<think>\n{_para(2000)}\n\n{_para(2000)}\n</think>ok",
            {},
            2000,
            None,
        ),  # split by a blank line
        (
            f"<think>\n{_para(2000)}\n  \t\n{_para(2000)}\n</think>ok",
            {},
            2000,
            None,
        ),  # whitespace-only line
        (
            f"<think>\r\n{_para(2000)}\r\n\r\n{_para(2000)}\r\n</think>ok",
            {},
            2000,
            None,
        ),  # CRLF line ends
        (
            f"<think>\n{_para(2000)}\n{_para(2000)}\n</think>ok",
            {},
            4001,
            "long_paragraph",
        ),  # single newline
        (
            f"<think>\n{_para(2000)}\x00{_para(2000)}\n</think>ok",
            {},
            4001,
            "long_paragraph",
        ),  # NUL cannot split
        (f"<think>short</think>\n\n{_para(5000)}", {}, 5, None),  # long summary, reasoning measured
        (f"<think>short</think>\n\n{_para(5000)}", {"scope": "summary"}, 5000, "long_paragraph"),
        (
            f"<think>\n{_para(5000)}",
            {},
            5000,
            "long_paragraph",
        ),  # unterminated reasoning still measured
        ("", {}, 0, None),  # empty completion
        (None, {}, 0, None),  # null completion
        ("<think></think>", {}, 0, None),  # only tags
        (
            "<think>" + "中" * 3001 + "</think>",
            {},
            3001,
            "long_paragraph",
        ),  # CJK counted per character
        (
            f"<think>{_para(1500)}\n---\n{_para(1500)}</think>",
            {"separator": "\n---\n", "max_chars": 2000},
            1500,
            None,
        ),
    ],
)
def test_chars(
    completion: str | None, params: dict[str, Any], longest: int, reason: str | None
) -> None:
    v = _run([completion], **params)
    assert v["max_paragraph_chars"][0] == longest
    assert v["reason"][0] == reason
    assert "max_paragraph_tokens" not in v.columns  # only measured when asked


@pytest.mark.parametrize(
    ("paragraph", "reason"),
    [
        ("中" * 150, "long_paragraph"),  # 150 CJK characters: 150 tokens
        ("the cat sat " * 30, None),  # 330 Latin chars, 90 short words: 90 tokens
        ("word " * 101, "long_paragraph"),  # 101 tokens
    ],
)
def test_token_estimate(paragraph: str, reason: str | None) -> None:
    v = _run([f"<think>{paragraph}</think>ok"], max_chars=None, max_tokens=100)
    assert v["reason"][0] == reason
    assert v["max_paragraph_tokens"][0] > 0


def test_params_validated() -> None:
    with pytest.raises(ValidationError, match="max_chars or max_tokens"):
        LongParagraphFilter(max_chars=None)
    with pytest.raises(ValidationError, match="empty string"):
        LongParagraphFilter(separator=r"\n*")
    with pytest.raises(ValidationError, match="regex"):
        LongParagraphFilter(separator="(")
