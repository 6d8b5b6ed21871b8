"""Explained drops: every filter that drops for something in the text records where it is
(`reason_spans` on rejected rows, one dtype everywhere), and the spans agree with the measures."""

from __future__ import annotations

import json
from typing import Any, ClassVar

import polars as pl
import pytest
from curate.filters.base import Filter
from curate.filters.code_block import CodeBlockFilter
from curate.filters.correct import CorrectFilter
from curate.filters.format import FormatFilter
from curate.filters.long_paragraph import LongParagraphFilter
from curate.filters.mixed_language import MixedLanguageFilter
from curate.filters.repetition import RepetitionFilter

from curate.errors import StageError
from curate.spans import SPAN_DTYPE, highlight_html, segments

LOOP = "<think>Compute it.</think>The answer is " + "again and again we go round " * 30
REPEAT = (
    "<think>"
    + " ".join(f"step {i} is fine." for i in range(30))
    + " the cat sat on the mat and looked at the door "
    + " ".join(f"word{i}" for i in range(40))
    + " the cat sat on the mat and looked at the door "
    + " ".join(f"more{i}" for i in range(40))
    + "</think>Done."
)
FENCE = "<think>Try it:\n```python\nprint(2 + 3)\n```\nSo 5.</think>The answer is 5."
WALL = "<think>Short start.\n\n" + "x" * 50 + " " + "y" * 60 + "\n\nEnd.</think>Answer."
MIXED = (
    "<think>Let me solve this step by step carefully now. 我们先计算两个数的和，然后再检查结果。"
    " Then I check the result again and it is correct.</think>The answer is 5."
)
CASES: list[tuple[Filter, str, str, list[str]]] = [
    # a fence in the reasoning: the whole block from ``` to ```
    (CodeBlockFilter(), FENCE, "fenced_code", ["```python\nprint(2 + 3)\n```"]),
    # a wall of text: the longest paragraph, trimmed
    (LongParagraphFilter(max_chars=100), WALL, "long_paragraph", ["x" * 50 + " " + "y" * 60]),
    # a looping tail: from the start of the loop to the end of the text
    (
        RepetitionFilter(),
        LOOP,
        "looping_tail",
        ["again and again we go round " * 29 + "again and again we go round"],
    ),
    # a copied passage: both copies of the most repeated 10-gram
    (
        RepetitionFilter(max_dup_ngram_ratio=0.005, min_words=10),
        REPEAT,
        "repetitive",
        ["the cat sat on the mat and looked at the door"] * 2,
    ),
    # the same without the loop detector (no loop columns): the n-gram occurrences
    (
        RepetitionFilter(max_dup_ngram_ratio=0.005, min_words=10, loop_tail=False),
        REPEAT,
        "repetitive",
        ["the cat sat on the mat and looked at the door"] * 2,
    ),
    # the reasoning never closes: a marker at the end of the text
    (FormatFilter(), "<think>still thinking", "missing_think_close", [""]),
    # text before the open tag: that text
    (FormatFilter(), "Sure! <think>ok</think>5", "text_before_think", ["Sure! "]),
    # two reasoning blocks: every tag
    (
        FormatFilter(),
        "<think>a</think><think>b</think>5",
        "multiple_think",
        ["<think>", "</think>", "<think>", "</think>"],
    ),
    # R1-Zero answer tags: the text outside the answer
    (
        FormatFilter(answer_tag=True),
        "<think>r</think> So: <answer>5</answer>",
        "text_outside_answer",
        ["So:"],
    ),
    # a foreign sentence: the Chinese segment
    (
        MixedLanguageFilter(target="en"),
        MIXED,
        "mixed_language",
        ["我们先计算两个数的和，然后再检查结果"],
    ),
]


@pytest.mark.parametrize(("flt", "text", "reason", "expected"), CASES)
def test_spans_point_at_the_cause(flt: Filter, text: str, reason: str, expected: list[str]) -> None:
    out = flt.apply(pl.DataFrame({"id": ["r0"], "completion": [text]}))
    assert out.rejected.height == 1
    row = out.rejected.row(0, named=True)
    assert row["reason"] == reason
    assert out.rejected.schema["reason_spans"] == SPAN_DTYPE
    got = [text[s["start"] : s["end"]] for s in row["reason_spans"]]
    assert [g.strip("。，") for g in got] == expected
    assert all(s["label"] for s in row["reason_spans"])
    assert "reason_spans" not in out.kept.columns  # kept rows never carry spans


def test_correct_marks_the_extracted_answer() -> None:
    text = "<think>2+2</think>The answer is \\boxed{5}."
    batch = pl.DataFrame(
        {
            "id": ["a", "b"],
            "completion": [text, text],
            "verdict": ["incorrect", "unknown"],
            "pred_answer": ["5", None],
            "reference": ["4", "4"],
            "judge_reason": ["mismatch", "no_answer"],
        }
    )
    out = CorrectFilter().apply(batch)
    rows = {r["id"]: r for r in out.rejected.iter_rows(named=True)}
    a, b = rows["a"]["reason_spans"], rows["b"]["reason_spans"]
    # the wrong answer, inside its box, labelled with the reference
    assert rows["a"]["reason"] == "incorrect"
    assert [text[s["start"] : s["end"]] for s in a] == ["5"] and "reference 4" in a[0]["label"]
    # no extracted answer: the last box, labelled with the judge's reason
    assert rows["b"]["reason"] == "unknown_verdict"
    assert [text[s["start"] : s["end"]] for s in b] == ["\\boxed{5}"] and "no_answer" in b[0][
        "label"
    ]


class _Given(Filter):
    name: ClassVar[str] = "given"

    def verdicts(self, batch: pl.DataFrame) -> pl.DataFrame:
        return pl.DataFrame(
            {
                "keep": [False, True],
                "reason": ["bad", None],
                "spans": [[{"start": 0, "end": 2, "label": "here"}], None],
            }
        )


class _Silent(Filter):
    name: ClassVar[str] = "silent"

    def verdicts(self, batch: pl.DataFrame) -> pl.DataFrame:
        return pl.DataFrame({"keep": [False, True], "reason": ["bad", None]})


class _Broken(_Silent):
    def reason_spans(self, rejected: pl.DataFrame) -> list[Any]:
        return []  # wrong length: a bug that must name the filter


def test_base_routes_spans() -> None:
    batch = pl.DataFrame({"id": ["a", "b"], "completion": ["xyz", "ok"]})
    # a `spans` verdict column goes to the rejects as reason_spans, not to the measures
    out = _Given().apply(batch)
    assert out.rejected["reason_spans"].to_list() == [[{"start": 0, "end": 2, "label": "here"}]]
    assert "spans" not in out.kept.columns and "spans" not in out.rejected.columns
    # a filter without spans: the column is there, null, with the same dtype
    silent = _Silent().apply(batch).rejected
    assert silent.schema["reason_spans"] == SPAN_DTYPE and silent["reason_spans"].null_count() == 1
    # a broken span method fails the stage by name
    with pytest.raises(StageError, match="'silent' failed to explain"):
        _Broken().apply(batch)


@pytest.mark.parametrize(
    ("text", "spans", "html"),
    [
        # a span is marked and escaped, its label is the title
        (
            "a<b>c",
            [{"start": 1, "end": 4, "label": "tag"}],
            'a<mark class="span" title="tag">&lt;b&gt;</mark>c',
        ),
        # a zero-width span is a position marker
        (
            "abc",
            [{"start": 3, "end": 3, "label": "end"}],
            'abc<mark class="pos" title="end">▮</mark>',
        ),
        # out-of-range and malformed spans are clipped or skipped, never an error
        (
            "abc",
            [{"start": 2, "end": 99, "label": "x"}, {"start": "?"}],
            'ab<mark class="span" title="x">c</mark>',
        ),
    ],
)
def test_highlight_html(text: str, spans: list[Any], html: str) -> None:
    assert highlight_html(text, spans) == html


def test_overlapping_spans_nest_labels() -> None:
    parts = segments(
        "abcdef", [{"start": 0, "end": 4, "label": "p"}, {"start": 2, "end": 6, "label": "q"}]
    )
    assert parts == [("ab", ["p"]), ("cd", ["p", "q"]), ("ef", ["q"])]


def test_spans_agree_with_measures_on_real_solutions(shared_data: Any) -> None:
    """Qwen2.5-Math samples (800 real responses) with strict limits: every drop is explained,
    and the span is what the measure measured."""
    rows = [json.loads(x) for x in (shared_data / "qwen25math_math_cot_100_8samples.jsonl").open()]
    texts = [r for row in rows for r in row["response"]]
    batch = pl.DataFrame({"id": [str(i) for i in range(len(texts))], "completion": texts})
    lp = LongParagraphFilter(max_chars=400, scope="all").apply(batch).rejected
    assert lp.height > 50
    for r in lp.iter_rows(named=True):
        (s,) = r["reason_spans"]
        assert s["end"] - s["start"] == r["max_paragraph_chars"]
    rep = RepetitionFilter(max_dup_ngram_ratio=0.05, n=4).apply(batch).rejected
    assert rep.height > 20
    for r in rep.iter_rows(named=True):
        got = [r["completion"][s["start"] : s["end"]] for s in r["reason_spans"]]
        assert got, r["id"]
        if r["reason"] == "repetitive":  # the n-gram occurs twice: two spans, or one overlap
            assert len(got) >= 2 or len(got[0].split()) > 4
    cb = CodeBlockFilter(scope="all").apply(batch).rejected
    for r in cb.iter_rows(named=True):
        assert len(r["reason_spans"]) == r["code_blocks"]
        assert all(
            r["completion"][s["start"] :].lstrip().startswith(("```", "~~~"))
            for s in r["reason_spans"]
        )


def test_hostile_texts_are_explained_in_bounded_work() -> None:
    # texts that make naive span searches quadratic: many boxes holding the answer, a huge
    # backtick line, tag soup, mixed scripts; every row gets spans (capped) and a reason
    texts = {
        "boxes": "<think>r</think>" + "\\boxed{1} " * 50_000,
        "backticks": "<think>" + "`" * 100_000 + "</think>x",
        "tags": "<think>" * 20_000 + "</think>" * 20_000,
        "mixed": "<think>"
        + "Hello there my friend, how are you. 你好世界今天天气很好。 " * 5_000
        + "</think>x",
    }
    batch = pl.DataFrame(
        {
            "id": list(texts),
            "completion": list(texts.values()),
            "verdict": ["incorrect"] * 4,
            "pred_answer": ["1"] * 4,
            "reference": ["2"] * 4,
        }
    )
    for flt in (
        CorrectFilter(),
        CodeBlockFilter(),
        FormatFilter(),
        MixedLanguageFilter(target="en"),
    ):
        rej = flt.apply(batch).rejected
        assert rej["reason"].null_count() == 0
        assert rej["reason_spans"].list.len().max() <= 32  # type: ignore[operator]
    rej = CorrectFilter().apply(batch).rejected
    boxes = rej.filter(pl.col("id") == "boxes")["reason_spans"][0]
    assert texts["boxes"][boxes[0]["start"] : boxes[0]["end"]] == "1"
