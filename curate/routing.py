"""Which prompts get a chain of thought: R1's non-reasoning rule (none for simple queries).

Shared by the `simple_query` filter and the `non_reasoning` template, so the set that is
generated without CoT is exactly the set the filter would route.
"""

from __future__ import annotations

from typing import Any

import polars as pl
from pydantic import Field, field_validator

from curate.plugin import Params

DEFAULT_PATTERNS: tuple[str, ...] = (
    # English greetings, thanks, farewells, acknowledgements, small talk
    r"(hi|hello|hey|hiya|howdy|yo|greetings|good (morning|afternoon|evening|day|night))"
    r"( (there|everyone|all|friend|buddy))?",
    r"(thanks|thank you|thx|ty|cheers|many thanks)( (so|very) much)?( a lot)?( again)?",
    r"(bye|goodbye|good bye|bye bye|see you|see ya|see you later|take care|good night)",
    r"(how are you|how are you doing|how is it going|how's it going|what's up|whats up|sup)"
    r"( today)?",
    r"(ok|okay|k|cool|nice|great|awesome|got it|sure|yes|no|yep|nope|alright|all right)",
    r"(nice to meet you|pleased to meet you|good to see you)",
    # other languages
    r"(你好|您好|嗨|哈喽|早上好|晚上好|谢谢|谢谢你|多谢|再见|拜拜)",
    r"(こんにちは|こんばんは|おはよう|おはようございます|ありがとう|ありがとうございます|さようなら)",
    r"(안녕|안녕하세요|감사합니다|고마워)",
    r"(bonjour|salut|bonsoir|merci|merci beaucoup|au revoir)",
    r"(hola|buenos días|buenas tardes|buenas noches|gracias|muchas gracias|adiós)",
    r"(hallo|guten tag|guten morgen|guten abend|danke|danke schön|tschüss)",
    r"(привет|здравствуйте|спасибо|пока|до свидания)",
    r"(ciao|grazie|olá|obrigado|obrigada)",
)
_WORD = r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]|[\p{L}\p{N}&&[^\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]]+"
_EDGES = r"^[\p{P}\p{S}\s]+|[\p{P}\p{S}\s]+$"
_QUESTION_END = r"[?？؟][\p{P}\p{S}\s]*$"


class SimpleRule(Params):
    """What counts as a simple query (no chain of thought): a small-talk phrase, or a short
    one-line question."""

    patterns: tuple[str, ...] = DEFAULT_PATTERNS
    """Regexes (Rust syntax, case-insensitive) that a whole query matches after lowercasing,
    trimming punctuation and symbols at both ends and collapsing spaces; the defaults cover
    greetings, thanks, farewells and acknowledgements in several languages."""
    extra_patterns: tuple[str, ...] = ()
    """More patterns, added to `patterns` (so the defaults need not be repeated)."""
    one_line_questions: bool = True
    """Also call short one-line questions simple ("What is the capital of France?")."""
    max_words: int = Field(default=10, ge=1)
    """Most words of a simple one-line question (each CJK character counts as a word)."""
    max_chars: int = Field(default=80, ge=1)
    """Most characters of a simple one-line question (trimmed)."""
    require_question_mark: bool = True
    """A short one-liner is simple only when it ends with a question mark; off: any short
    one-liner ("Write a haiku." too)."""

    @field_validator("patterns", "extra_patterns")
    @classmethod
    def _compiles(cls, v: tuple[str, ...]) -> tuple[str, ...]:
        for p in v:
            try:
                pl.Series([""]).str.contains(f"(?i){p}")
            except Exception as exc:  # polars' ComputeError on bad Rust regex syntax
                why = next(
                    (ln for ln in str(exc).splitlines() if ln.startswith("error:")), "bad syntax"
                )
                raise ValueError(f"pattern {p!r} is not a valid regex ({why})") from None
        return v


class CotRouting(Params):
    """Which rows get a chain of thought: task types, minus simple queries."""

    task_column: str | None = "task"
    """Column holding each row's task type (writing, factual_qa, self_cognition, ...); null or
    absent: the row counts as `default_task`."""
    cot_tasks: tuple[str, ...] | None = None
    """Task types whose answers get a short CoT (compared case-insensitively); None: every task."""
    default_task: str | None = None
    """Task type of rows without one (None: no task, so a CoT only when `cot_tasks` is None)."""
    simple: SimpleRule = Field(default_factory=SimpleRule)
    """The simple-query rule: such prompts never get a CoT."""

    @field_validator("cot_tasks")
    @classmethod
    def _lower(cls, v: tuple[str, ...] | None) -> tuple[str, ...] | None:
        return None if v is None else tuple(t.strip().lower() for t in v)


def prompt_text_series(batch: pl.DataFrame, col: str = "prompt") -> pl.Series:
    """The question of each row: the prompt string, or its last user message's content."""
    if col not in batch.columns:
        return pl.Series(col, [None] * batch.height, dtype=pl.Utf8)
    dt = batch.schema[col]
    if dt in (pl.Utf8, pl.Null):
        return batch[col].cast(pl.Utf8)
    if isinstance(dt, pl.List) and isinstance(dt.inner, pl.Struct):
        msgs = pl.col(col)
        last = msgs.list.last().struct.field("content")
        users = msgs.list.eval(pl.element().filter(pl.element().struct.field("role") == "user"))
        expr = users.list.last().struct.field("content").fill_null(last)
        return batch.select(expr.cast(pl.Utf8).alias(col)).to_series()
    raise ValueError(f"column {col!r} has an unsupported type {dt}")


def simple_query_mask(texts: pl.Series, rule: SimpleRule) -> pl.Series:
    """True where a query is simple by `rule` (null and empty queries are not)."""
    t = texts.cast(pl.Utf8).fill_null("").str.strip_chars()
    norm = t.str.to_lowercase().str.replace_all(_EDGES, "").str.replace_all(r"\s+", " ")
    pats = "|".join(f"(?:{p})" for p in (*rule.patterns, *rule.extra_patterns))
    frame = pl.DataFrame({"t": t, "n": norm})
    small_talk = pl.col("n").str.contains(f"(?i)^(?:{pats})$") if pats else pl.lit(False)
    short = (
        ~pl.col("t").str.contains("\n")
        & (pl.col("t").str.count_matches(_WORD) <= rule.max_words)
        & (pl.col("t").str.len_chars() <= rule.max_chars)
        & (pl.col("t").str.len_chars() > 0)
    )
    if rule.require_question_mark:
        short = short & pl.col("t").str.contains(_QUESTION_END)
    simple = (small_talk | short) if rule.one_line_questions else small_talk
    return frame.select(simple.fill_null(False).alias("simple_query")).to_series()


def cot_mask(batch: pl.DataFrame, routing: CotRouting) -> tuple[pl.Series, pl.Series]:
    """(simple_query, cot) per row of `batch` (needs `prompt`; the task column when set)."""
    simple = simple_query_mask(prompt_text_series(batch), routing.simple)
    n = batch.height
    if routing.cot_tasks is None:
        wants = pl.Series([True] * n, dtype=pl.Boolean)
    else:
        col = routing.task_column
        if col is not None and col in batch.columns:
            task = batch[col].cast(pl.Utf8).str.strip_chars().str.to_lowercase()
        else:
            task = pl.Series([None] * n, dtype=pl.Utf8)
        if routing.default_task is not None:
            task = task.fill_null(routing.default_task.strip().lower())
        wants = task.is_in(list(routing.cot_tasks)).fill_null(False)
    cot = (wants & ~simple).alias("cot")
    return simple, cot


def row_gets_cot(row: dict[str, Any], routing: CotRouting) -> bool:
    """`cot_mask` for one row (the prompt template's per-row decision: the same code)."""
    cols: dict[str, Any] = {"prompt": [row.get("prompt")]}
    if routing.task_column is not None:
        task = row.get(routing.task_column)
        cols["_task"] = pl.Series("_task", [None if task is None else str(task)], dtype=pl.Utf8)
    frame = pl.DataFrame(cols, strict=False)
    r = routing.model_copy(update={"task_column": "_task" if routing.task_column else None})
    return bool(cot_mask(frame, r)[1][0])
