"""`simple_query`: the simple-query rule, the CoT routing, and the answer-shape checks."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import polars as pl
import pytest
from curate.filters.simple_query import (
    CotRouting,
    SimpleQueryFilter,
    SimpleRule,
    cot_mask,
    row_gets_cot,
    simple_query_mask,
)

from curate.errors import RecipeError
from curate.recipe import load_recipe
from curate.templates import build_template

EMPTY = "<think>\n\n</think>\n\n"


@pytest.mark.parametrize(
    ("query", "simple"),
    [
        ("hello", True),  # the canonical simple query
        ("Hello!!", True),  # punctuation around a greeting is trimmed
        ("  hi there :) ", True),  # a greeting with a filler word and an emoticon
        ("👋 hey", True),  # a leading emoji is a symbol, trimmed
        ("Thanks a lot!", True),  # thanks
        ("good morning everyone", True),  # a greeting with an audience
        ("ok", True),  # an acknowledgement
        ("你好", True),  # Chinese greeting
        ("谢谢！", True),  # Chinese thanks, full-width punctuation
        ("Bonjour", True),  # French greeting
        ("What is the capital of France?", True),  # a short one-line question
        ("法国的首都是哪里？", True),  # a short Chinese question (characters count as words)
        ("¿Cuál es la capital de Francia?", True),  # Spanish, inverted question mark
        ("Write a haiku about autumn.", False),  # short, but an instruction, not a question
        ("hello, can you help me write a cover letter for a job?", False),  # 12 words > 10
        ("What is 2+2?\nAnd what is 3+3?", False),  # two lines
        (
            "Explain, step by step and with examples, how a transformer model computes attention?",
            False,
        ),  # long
        (
            "请详细解释一下量子纠缠的原理以及它在量子通信中的应用？",
            False,
        ),  # long in characters-as-words
        ("hello world program in rust please", False),  # starts with a greeting word, is not one
        ("", False),  # empty
        ("   ", False),  # blank
        (None, False),  # null
    ],
)
def test_simple_rule(query: str | None, simple: bool) -> None:
    got = simple_query_mask(pl.Series([query], dtype=pl.Utf8), SimpleRule())
    assert got.to_list() == [simple]


@pytest.mark.parametrize(
    ("rule", "query", "simple"),
    [
        # require_question_mark off: any short one-liner counts
        ({"require_question_mark": False}, "Write a haiku about autumn.", True),
        # one_line_questions off: only small talk
        ({"one_line_questions": False}, "What is the capital of France?", False),
        ({"one_line_questions": False}, "hello", True),
        # a tighter word budget
        ({"max_words": 3}, "What is the capital of France?", False),
        # extra patterns add to the defaults
        ({"extra_patterns": [r"what time is it"]}, "What time is it", True),
        ({"extra_patterns": [r"what time is it"]}, "hello", True),
        # replacing the patterns drops the defaults
        ({"patterns": [r"yo"], "one_line_questions": False}, "hello", False),
    ],
)
def test_simple_rule_options(rule: dict[str, Any], query: str, simple: bool) -> None:
    assert simple_query_mask(pl.Series([query]), SimpleRule(**rule)).to_list() == [simple]


def test_bad_pattern_is_a_recipe_error_with_its_key_path() -> None:
    data = {
        "name": "x",
        "source": {"path": "x.jsonl"},
        "filters": [{"simple_query": {"routing": {"simple": {"extra_patterns": ["(("]}}}}],
    }
    with pytest.raises(
        RecipeError,
        match=r"filters\[0\]\.simple_query\.routing\.simple\.extra_patterns.*unclosed group",
    ):
        load_recipe(data=data)


ROUTING = CotRouting(cot_tasks=("writing", "factual_qa"))


@pytest.mark.parametrize(
    ("routing", "task", "prompt", "cot"),
    [
        (ROUTING, "writing", "Write a poem about rain.", True),  # a CoT task
        (
            ROUTING,
            "Writing ",
            "Write a poem about rain.",
            True,
        ),  # task compared trimmed, lowercased
        (ROUTING, "writing", "hello", False),  # a simple query never gets a CoT
        (ROUTING, "factual_qa", "What is the capital of Australia?", False),  # a simple question
        (ROUTING, "factual_qa", "Explain why the sky is blue.", True),  # not a question mark: CoT
        (ROUTING, "translation", "Translate into French: good night.", False),  # not a CoT task
        (ROUTING, None, "Write a poem about rain.", False),  # no task: no CoT
        (CotRouting(cot_tasks=("writing",), default_task="writing"), None, "Write a poem.", True),
        (CotRouting(), "anything", "Write a poem about rain.", True),  # cot_tasks None: every task
        (CotRouting(), "anything", "hi", False),  # ... but still not simple queries
        (CotRouting(task_column=None, cot_tasks=("writing",)), "writing", "Write a poem.", False),
    ],
)
def test_routing_and_the_template_agree(
    routing: CotRouting, task: str | None, prompt: str, cot: bool
) -> None:
    batch = pl.DataFrame(
        {"prompt": [prompt], "task": [task]}, schema={"prompt": pl.Utf8, "task": pl.Utf8}
    )
    assert cot_mask(batch, routing)[1].to_list() == [cot]
    assert row_gets_cot({"prompt": prompt, "task": task}, routing) is cot  # the template's view
    tpl = build_template("non_reasoning", {"routing": routing.model_dump()}, None, Path("."))
    sent = tpl.render({"prompt": prompt, "task": task})[-1]["content"]
    assert ("</think>" in sent) is cot  # the template asked for a CoT exactly there


def test_chat_prompts_use_the_last_user_message() -> None:
    chat = [
        [{"role": "system", "content": "Be nice."}, {"role": "user", "content": "hello"}],
        [
            {"role": "user", "content": "hello"},
            {"role": "assistant", "content": "Hi!"},
            {"role": "user", "content": "Write a long story about a dragon."},
        ],
    ]
    batch = pl.DataFrame({"prompt": chat, "task": ["writing", "writing"]})
    simple, cot = cot_mask(batch, ROUTING)
    assert simple.to_list() == [True, False] and cot.to_list() == [False, True]
    assert [row_gets_cot({"prompt": p, "task": "writing"}, ROUTING) for p in chat] == [False, True]


@pytest.mark.parametrize(
    ("task", "prompt", "completion", "reason", "out"),
    [
        # a CoT row with a well-formed trace: kept as it is
        ("writing", "Write a poem.", "<think>plan</think>Rain.", None, "<think>plan</think>Rain."),
        # a CoT row answered without any tag: the model ignored the instruction
        ("writing", "Write a poem.", "Rain.", "missing_cot", None),
        # a CoT row with broken tags: the format filter's reason
        ("writing", "Write a poem.", "<think>plan without end", "missing_think_close", None),
        ("writing", "Write a poem.", "<think> </think>Rain.", "empty_reasoning", None),
        ("writing", "Write a poem.", "<think>plan</think>", "empty_summary", None),
        # a CoT row whose template pre-filled <think>: closing only is fine
        ("writing", "Write a poem.", "plan</think>Rain.", None, "plan</think>Rain."),
        # a direct answer: written with DeepSeek's empty think
        ("chat", "hello", "Hi! How can I help?", None, EMPTY + "Hi! How can I help?"),
        # already empty-think (or a pre-filled empty one): normalised to the one shape
        ("chat", "hello", "<think>\n</think>\nHi!", None, EMPTY + "Hi!"),
        ("chat", "hello", "\n\n</think>\n\nHi!", None, EMPTY + "Hi!"),
        # a simple query answered with a reasoning
        ("writing", "hello", "<think>a greeting</think>Hi!", "unexpected_cot", None),
        # nothing but whitespace
        ("chat", "hello", "  \n ", "empty_answer", None),
        ("chat", "hello", "<think></think>  ", "empty_answer", None),
        # a null completion of a no-CoT row
        ("chat", "hello", None, "empty_answer", None),
    ],
)
def test_filter_shapes(
    task: str, prompt: str, completion: str | None, reason: str | None, out: str | None
) -> None:
    batch = pl.DataFrame(
        {"id": ["r"], "prompt": [prompt], "task": [task], "completion": [completion]},
        schema={"id": pl.Utf8, "prompt": pl.Utf8, "task": pl.Utf8, "completion": pl.Utf8},
    )
    res = SimpleQueryFilter(routing=ROUTING).apply(batch)
    if reason is None:
        assert res.kept.height == 1 and res.kept["completion"][0] == out
    else:
        assert res.rejected["reason"].to_list() == [reason]
        assert res.rejected["dropped_by"].to_list() == ["simple_query"]


@pytest.mark.parametrize(
    ("params", "prompt", "completion", "reason", "out"),
    [
        # on_missing_cot: direct — a CoT row without tags becomes a direct answer
        ({"on_missing_cot": "direct"}, "Write a poem.", "Rain.", None, EMPTY + "Rain."),
        # on_unexpected_cot: keep — the reasoning stays, checked like a CoT row
        (
            {"on_unexpected_cot": "keep"},
            "hello",
            "<think>greet</think>Hi!",
            None,
            "<think>greet</think>Hi!",
        ),
        ({"on_unexpected_cot": "keep"}, "hello", "<think>greet", "missing_think_close", None),
        # empty_think off: direct answers stay as they came
        ({"empty_think": False}, "hello", "Hi!", None, "Hi!"),
        # other tags
        (
            {"format": {"open_tag": "<r>", "close_tag": "</r>"}},
            "hello",
            "Hi!",
            None,
            "<r>\n\n</r>\n\nHi!",
        ),
    ],
)
def test_filter_options(
    params: dict[str, Any], prompt: str, completion: str, reason: str | None, out: str | None
) -> None:
    batch = pl.DataFrame(
        {"id": ["r"], "prompt": [prompt], "task": ["writing"], "completion": [completion]}
    )
    res = SimpleQueryFilter(
        SimpleQueryFilter.Params.model_validate({"routing": ROUTING.model_dump(), **params})
    ).apply(batch)
    if reason is None:
        assert res.kept["completion"].to_list() == [out]
    else:
        assert res.rejected["reason"].to_list() == [reason]


def test_cold_start_style_is_refused() -> None:
    with pytest.raises(ValueError, match="only `think`"):
        SimpleQueryFilter.Params.model_validate({"format": {"style": "cold_start"}})


def test_measurements_and_row_order_on_a_mixed_batch() -> None:
    prompts = ["hello", "Write a poem about rain.", "Thanks!", "Write a story."]
    comps = ["Hi!", "<think>p</think>Rain.", "<think>x</think>np", "Once upon a time."]
    batch = pl.DataFrame(
        {"id": list("abcd"), "prompt": prompts, "task": ["writing"] * 4, "completion": comps}
    )
    v = SimpleQueryFilter(routing=ROUTING).verdicts(batch)
    assert v["simple_query"].to_list() == [True, False, True, False]
    assert v["cot"].to_list() == [False, True, False, True]
    assert v["reason"].to_list() == [None, None, "unexpected_cot", "missing_cot"]
    assert v["completion"].to_list() == [EMPTY + "Hi!", comps[1], comps[2], comps[3]]
