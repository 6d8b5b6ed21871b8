"""`mixed_language` explains its drops from the verdict pass's segments, not a second language
ID pass; the spans are exactly those of the second pass, which still runs whenever the rejected
frame is not the one the verdicts were made for. Batch-level sharing (each distinct prompt,
segment or model query once) never changes a result."""

from __future__ import annotations

from typing import Any

import polars as pl
import pytest
from curate.filters.mixed_language import MixedLanguageFilter

import curate.lang.identify as identify
from curate.lang.lexicon import count_outside
from curate.lang.prompts import prompt_languages

EN_PROMPT = "How many apples does Ella have left after she gives three of them away?"
ZH = "我们先计算两个数的和，然后再检查结果。"
ROWS: list[tuple[str, str, str]] = [
    # plain English: kept
    ("en", EN_PROMPT, "<think>She starts with five apples. Then she gives three away.</think>2"),
    # a Chinese sentence inside English reasoning
    (
        "zh_sentence",
        EN_PROMPT,
        f"<think>Let me solve this step by step carefully now. {ZH} Then I check the result "
        "again and it is correct.</think>The answer is 2.",
    ),
    # a Spanish phrase inside an English sentence
    (
        "es_phrase",
        EN_PROMPT,
        "<think>So we count all the apples that she bought por la tarde and then we add them "
        "up to get two apples.</think>The answer is 2.",
    ),
    # the same trace twice (rejection sampling: identical samples happen)
    (
        "zh_again",
        EN_PROMPT,
        f"<think>Let me solve this step by step carefully now. {ZH} Then I check the result "
        "again and it is correct.</think>The answer is 2.",
    ),
    # a letter puzzle prompt (not confident): the trace's own dominant language, Russian
    # sentences with an English one
    (
        "ru_dominant",
        "What comes next: AZ, BY, CX, DW",
        "<think>Сначала посмотрим на первые буквы каждой пары и на вторые буквы тоже. "
        "Первые буквы идут по алфавиту вперёд, вторые идут назад по алфавиту. "
        "Then the next pair must be EV because both letters keep moving.</think>EV",
    ),
    # pure math: no language-bearing text
    ("math", EN_PROMPT, "<think>$2+3=5$</think>$5$"),
]
PARAMS: list[dict[str, Any]] = [
    {},  # the defaults (target: auto)
    {"target": "en"},  # a fixed target: the prompt plays no part in the target
    {"unit": "chars"},  # letters, not words
    {"scope": "reasoning", "auto_fallback": "drop"},  # unknown_target rows have no spans
    {"target": "de"},  # every English segment is foreign
]


def _batch() -> pl.DataFrame:
    ids, prompts, texts = zip(*ROWS, strict=True)
    return pl.DataFrame({"id": list(ids), "prompt": list(prompts), "completion": list(texts)})


def _second_pass(params: dict[str, Any], rejected: pl.DataFrame) -> list[Any]:
    """The spans a fresh filter (nothing kept from a verdict pass) gives these rows."""
    spans = MixedLanguageFilter(**params).reason_spans(rejected.drop("reason_spans", strict=False))
    return list(spans or [])


def _no_second_pass(*_: object, **__: object) -> pl.DataFrame:
    raise AssertionError("explain_frame ran: the verdict pass's segments were not reused")


@pytest.mark.parametrize("params", PARAMS)
def test_spans_come_from_the_verdict_pass(
    params: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    flt = MixedLanguageFilter(**params)
    with monkeypatch.context() as m:
        m.setattr(identify, "explain_frame", _no_second_pass)
        out = flt.apply(_batch())
    assert out.rejected.height > 0
    got = out.rejected["reason_spans"].to_list()
    assert got == _second_pass(params, out.rejected)
    mixed = out.rejected.filter(pl.col("reason") == "mixed_language")
    assert mixed.height and all(s for s in mixed["reason_spans"].to_list())


def _changed_text(rej: pl.DataFrame) -> pl.DataFrame:
    return rej.with_columns(pl.col("completion").str.replace("我们先计算", "他们后来又算"))


def _changed_target(rej: pl.DataFrame) -> pl.DataFrame:
    return rej.with_columns(pl.lit("fr").alias("language_target"))


def _changed_prompt(rej: pl.DataFrame) -> pl.DataFrame:
    return rej.with_columns(pl.lit("Ella buys apples por la tarde. How many?").alias("prompt"))


MISMATCHES = [
    # one row fewer than the verdict pass rejected
    lambda rej: rej.slice(1),
    # the rows in another order
    lambda rej: rej.reverse(),
    # a completion edited after the verdicts
    _changed_text,
    # another target than the one measured against
    _changed_target,
    # another prompt, whose words are the Spanish phrase's (no evidence any more)
    _changed_prompt,
]


@pytest.mark.parametrize("alter", MISMATCHES)
def test_a_frame_that_does_not_match_gets_a_second_pass(alter: Any) -> None:
    flt = MixedLanguageFilter(target="en")
    rejected = flt.apply(_batch()).rejected.drop("reason_spans")
    assert rejected.height >= 2
    other = alter(rejected)
    flt.verdicts(_batch())  # the segments of the original batch are kept again
    assert flt.reason_spans(other) == _second_pass({"target": "en"}, other)


def test_distinct_prompts_are_identified_once() -> None:
    prompts = [EN_PROMPT, "Wie viele Äpfel hat Ella noch übrig?", None, EN_PROMPT, "AZ, BY"]
    each = [prompt_languages([p], confident=True)[0] for p in prompts]
    assert prompt_languages(prompts * 3, confident=True) == each * 3
    assert each[:3] == ["en", "de", None]


def test_distinct_texts_are_counted_once() -> None:
    segs = ["we count bitte treten", "plain ordinary words", "we count bitte treten", ""]
    frame = pl.DataFrame({"seg": segs})
    # each row counted as if alone
    alone = [count_outside(frame.slice(i, 1)).item() for i in range(len(segs))]
    assert count_outside(frame).to_list() == alone == [2, 0, 2, 0]
