"""Building the intermediate export frame from a run's rows (vectorised where it matters).

The intermediate frame has `_prompt` (chat messages: a list of {role, content}, with the system
prompt in front where one applies), and per unit: `completion` (the assistant text, R1 trace with
`<think>` made explicit), `reference` (the label), or `chosen`/`rejected`.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import polars as pl

from curate.export._base import ExportParams, ExportResult, RunSource
from curate.text import THINK_CLOSE, THINK_OPEN

CHAT = pl.List(pl.Struct({"role": pl.Utf8, "content": pl.Utf8}))

# What a run's `domain` column (or a `reward_type`) means for judging: domain → judge name.
DOMAIN_JUDGES: dict[str, str] = {
    "math": "math",
    "maths": "math",
    "mathematics": "math",
    "arithmetic": "math",
    "code": "code",
    "coding": "code",
    "programming": "code",
    "python": "code",
    "choice": "choice",
    "mcq": "choice",
    "multiple_choice": "choice",
    "multiple-choice": "choice",
    "science": "choice",
}


def reward_type_expr(schema: pl.Schema, default: str) -> pl.Expr:
    """Per row: the judge a reward should use (from `reward_type`, then `domain`, else `default`)."""
    for col in ("reward_type", "domain"):
        if schema.get(col) == pl.Utf8:
            low = pl.col(col).str.strip_chars().str.to_lowercase()
            mapped = low.replace_strict(DOMAIN_JUDGES, default=low, return_dtype=pl.Utf8)
            return (
                pl.when(low.is_null() | (low == ""))
                .then(pl.lit(default))
                .otherwise(mapped)
                .alias("reward_type")
            )
    return pl.lit(default, pl.Utf8).alias("reward_type")


def chat_prompt_expr(schema: pl.Schema, system_prompt: str | None) -> pl.Expr:
    """The prompt as chat messages (`_prompt`), with a system message in front where one applies.

    A string prompt becomes one user message; a chat prompt keeps its messages (only `role` and
    `content`). The system message is `system_prompt`, else the run's `system` column; it is
    added only to prompts that do not start with a system message of their own.
    """
    dt = schema.get("prompt")
    if dt == pl.Utf8:
        chat = pl.concat_list(
            pl.struct(pl.lit("user").alias("role"), pl.col("prompt").alias("content"))
        )
    elif isinstance(dt, pl.List) and isinstance(dt.inner, pl.Struct):
        el = pl.element().struct
        chat = pl.col("prompt").list.eval(
            pl.struct(
                el.field("role").cast(pl.Utf8).alias("role"),
                el.field("content").cast(pl.Utf8).alias("content"),
            )
        )
    else:
        raise ValueError(f"the run's `prompt` column has an unsupported type {dt}")
    system: pl.Expr | None = None
    if system_prompt is not None:
        system = pl.lit(system_prompt, pl.Utf8)
    elif schema.get("system") == pl.Utf8:
        system = pl.col("system")
    if system is None:
        return chat.alias("_prompt")
    sys_msg = pl.concat_list(pl.struct(pl.lit("system").alias("role"), system.alias("content")))
    has_sys = chat.list.first().struct.field("role") == "system"
    return (
        pl.when(system.is_null() | (system.str.strip_chars() == "") | has_sys.fill_null(False))
        .then(chat)
        .otherwise(pl.concat_list(sys_msg, chat))
        .alias("_prompt")
    )


def explicit_think_expr(col: str = "completion") -> pl.Expr:
    """The completion with `<think>` written out: a trace whose opening tag was pre-filled by the
    generation template (it closes `</think>` without opening) gets `<think>\\n` in front."""
    c = pl.col(col)
    prefilled = c.str.contains(THINK_CLOSE, literal=True) & ~c.str.contains(
        THINK_OPEN, literal=True
    )
    return pl.when(prefilled).then(pl.lit(THINK_OPEN + "\n") + c).otherwise(c).alias(col)


def prompt_text_expr() -> pl.Expr:
    """The user question of `_prompt` (last user message; else the last message)."""
    users = pl.col("_prompt").list.eval(
        pl.element().filter(pl.element().struct.field("role") == "user")
    )
    last_user = users.list.last().struct.field("content")
    return pl.coalesce(last_user, pl.col("_prompt").list.last().struct.field("content"))


def drop_where(
    frame: pl.DataFrame, mask: pl.Expr, reason: str, skipped: Counter[str]
) -> pl.DataFrame:
    """Remove rows where `mask` holds (null counts as false), counting them under `reason`."""
    m = frame.select(mask.fill_null(False)).to_series()
    n = int(m.sum())
    if n:
        skipped[reason] += n
        frame = frame.filter(~m)
    return frame


def blank(col: str) -> pl.Expr:
    return pl.col(col).is_null() | (pl.col(col).cast(pl.Utf8).str.strip_chars() == "")


def one_per_prompt(frame: pl.DataFrame, skipped: Counter[str]) -> pl.DataFrame:
    """Keep one row per `prompt_id` (the first), counting the others as `duplicate_prompt`."""
    key = "prompt_id" if "prompt_id" in frame.columns else None
    if key is None:
        return frame
    out = frame.unique(subset=[key], keep="first", maintain_order=True)
    if out.height < frame.height:
        skipped["duplicate_prompt"] += frame.height - out.height
    return out


def carry(frame: pl.DataFrame, wanted: list[str], notes: dict[str, Any]) -> list[str]:
    """The requested extra columns the frame has; names it lacks are noted as `missing_columns`."""
    missing = [c for c in wanted if c not in frame.columns]
    if missing:
        notes["missing_columns"] = missing
    return [c for c in wanted if c in frame.columns]


def default_reward_type(source: RunSource, explicit: str | None) -> str:
    """The judge a prompt's reward uses when its row names none: the option, else the
    recipe's first judge, else `math`."""
    if explicit:
        return explicit
    names = source.judge_names
    return names[0] if names else "math"


def prompt_rows(
    source: RunSource,
    params: ExportParams,
    result: ExportResult,
    *,
    require_reference: bool,
    reward_type: str | None,
) -> pl.DataFrame:
    """One row per prompt (RL prompt sets): `_prompt`, `reference`, `reward_type`, metadata.

    A run with completions holds several samples per prompt: the first kept one stands for it.
    `reward_type` given explicitly wins over the rows' `reward_type`/`domain` columns.
    """
    kept = source.kept
    result.rows_in = kept.height
    if kept.height == 0:
        return kept
    rows = one_per_prompt(kept, result.skipped)
    if "reference" not in rows.columns:
        rows = rows.with_columns(pl.lit(None, pl.Utf8).alias("reference"))
    if require_reference:
        rows = drop_where(rows, blank("reference"), "no_reference", result.skipped)
    default = default_reward_type(source, reward_type)
    rtype = (
        pl.lit(reward_type, pl.Utf8).alias("reward_type")
        if reward_type
        else reward_type_expr(rows.schema, default)
    )
    extra = carry(rows, params.keep_columns, result.notes)
    meta = [
        c
        for c in ("prompt_id", "domain", "pass_rate", "n_samples", "n_correct")
        if c in rows.columns
    ]
    return rows.select(
        chat_prompt_expr(rows.schema, params.system_prompt),
        pl.col("reference").cast(pl.Utf8),
        rtype,
        *meta,
        *[c for c in extra if c not in meta and c not in ("reference", "reward_type")],
    )
