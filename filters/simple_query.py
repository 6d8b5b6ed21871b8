"""`simple_query`: which rows of a non-reasoning set carry a chain of thought, and their shape.

DeepSeek-R1's non-reasoning SFT data (writing, factual QA, self-cognition, translation) has a
short chain of thought for some task types, and none for simple queries such as "hello": those
answers carry an empty `<think>\\n\\n</think>` so every sample has one shape. The routing — does a
row get a CoT? — is `CotRouting`: a row gets one when its task (column `task_column`) is in
`cot_tasks` and its prompt is not a simple query by the rule `SimpleRule`:

- a greeting, thanks, farewell or small-talk phrase (`patterns`, full match after lowercasing,
  trimming punctuation and symbols, collapsing spaces; English and a few other languages), or
- with `one_line_questions`: one line of at most `max_words` words (a CJK character is a word)
  and `max_chars` characters, ending with a question mark (`?`, `？`, `؟`; any ending when
  `require_question_mark` is off).

The `non_reasoning` prompt template applies the same routing before generation (it asks for a
short CoT in `<think>…</think>` only where a row gets one); this filter applies it again after
generation and checks each completion against it:

- a CoT row must be a well-formed R1 trace: the `format` filter's checks (its reason codes,
  e.g. `missing_think_close`, `empty_reasoning`); one with no think tag at all (the model
  ignored the instruction) is `missing_cot` (or, with `on_missing_cot: direct`, kept as a direct
  answer);
- a no-CoT row must be a direct answer: no tags, or an empty think block; a non-empty reasoning
  is `unexpected_cot` (or, with `on_unexpected_cot: keep`, checked as a CoT row); an answer
  that is only whitespace is `empty_answer`.

With `empty_think` (default) the direct answers kept are rewritten to the canonical
`<think>\\n\\n</think>\\n\\nANSWER` (the one column this filter rewrites: `completion`), so the
`format`-style tools downstream and the `trl-sft` export see one shape. Measurements:
`simple_query` (the rule's decision on the prompt) and `cot` (the row was meant to have a CoT).
Share the routing between the template and the filter with a YAML anchor (see
`recipes/non_reasoning.yaml`): the two must agree.
"""

from __future__ import annotations

from typing import Any, ClassVar, Literal

import polars as pl
from pydantic import Field, field_validator

from curate.plugin import Params
from curate.text import reasoning_expr, summary_expr
from filters.base import Filter, register
from filters.format import FormatFilter, FormatParams

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


class SimpleQueryParams(Params):
    routing: CotRouting = Field(default_factory=CotRouting)
    """Which rows get a CoT (share it with the `non_reasoning` template's `routing`)."""
    format: FormatParams = Field(default_factory=FormatParams)
    """The `format` checks CoT rows must pass (style `think`)."""
    empty_think: bool = True
    """Rewrite kept direct answers as `<think>\\n\\n</think>\\n\\nANSWER` (DeepSeek's empty think)."""
    on_missing_cot: Literal["drop", "direct"] = "drop"
    """A CoT row answered without any think tag: drop (`missing_cot`) or keep as a direct answer."""
    on_unexpected_cot: Literal["drop", "keep"] = "drop"
    """A no-CoT row answered with a reasoning: drop (`unexpected_cot`) or keep it (then it must
    pass the `format` checks like a CoT row)."""

    @field_validator("format")
    @classmethod
    def _think_style(cls, v: FormatParams) -> FormatParams:
        if v.style != "think":
            raise ValueError("style: only `think` applies to non-reasoning answers")
        return v


@register("simple_query")
class SimpleQueryFilter(Filter):
    """Route rows to CoT / no CoT (task types, simple-query rule) and check each answer's shape
    (reasons: format's, missing_cot, unexpected_cot, empty_answer)."""

    Params: ClassVar[type[SimpleQueryParams]] = SimpleQueryParams
    params: SimpleQueryParams
    measures: ClassVar[tuple[str, ...]] = ("simple_query", "cot")

    def verdicts(self, batch: pl.DataFrame) -> pl.DataFrame:
        p = self.params
        o, cl = p.format.open_tag, p.format.close_tag
        simple, cot = cot_mask(batch, p.routing)
        c = pl.col("completion").cast(pl.Utf8).fill_null("")
        shape = batch.select(
            (c.str.contains(o, literal=True) | c.str.contains(cl, literal=True)).alias("tags"),
            (reasoning_expr(c, o, cl).str.strip_chars() != "").alias("reasoned"),
            summary_expr(c, cl).str.strip_chars().alias("after"),
            c.str.strip_chars().alias("whole"),
        )
        tags, reasoned = shape["tags"], shape["reasoned"] & shape["tags"]
        none = pl.Series([False] * batch.height, dtype=pl.Boolean)
        missing = cot & ~tags if p.on_missing_cot == "drop" else none
        unexpected = ~cot & reasoned
        drop_unexpected = unexpected if p.on_unexpected_cot == "drop" else none
        as_cot = (cot & tags) | (unexpected & ~drop_unexpected)
        direct = ~as_cot & ~missing & ~drop_unexpected
        answer = pl.select(
            pl.when(pl.lit(tags)).then(pl.lit(shape["after"])).otherwise(pl.lit(shape["whole"]))
        ).to_series()
        fmt = FormatFilter(p.format).verdicts(batch)["reason"]
        reason = pl.select(
            pl.when(pl.lit(missing))
            .then(pl.lit("missing_cot"))
            .when(pl.lit(drop_unexpected))
            .then(pl.lit("unexpected_cot"))
            .when(pl.lit(as_cot))
            .then(pl.lit(fmt))
            .when(pl.lit(direct) & (pl.lit(answer) == ""))
            .then(pl.lit("empty_answer"))
            .otherwise(None)
            .alias("reason")
        ).to_series()
        out = pl.DataFrame(
            {"keep": reason.is_null(), "reason": reason, "simple_query": simple, "cot": cot}
        )
        if p.empty_think:
            wrap = direct & (answer != "")
            wrapped = pl.select(
                pl.when(pl.lit(wrap))
                .then(pl.lit(f"{o}\n\n{cl}\n\n") + pl.lit(answer))
                .otherwise(pl.lit(batch["completion"].cast(pl.Utf8)))
                .alias("completion")
            ).to_series()
            out = out.with_columns(wrapped)
        return out
