"""Did the chat template pre-fill the reasoning's open tag? One decision per run.

A template that pre-fills `<think>` does it for every prompt, and a chat-list prompt does not
show it: the completion starts inside the reasoning and, when the token limit cuts it, carries
no tag at all. Whether that row was cut (unterminated reasoning) or is a plain answer cannot be
read from the row; it is a property of how the source was generated. Filters with
`prefilled_open: auto` (`format`, `truncated`) therefore get one value for the whole run, set
here before any shard is read:

  * with a generation stage: the template's `think_prefix` (false when it has none; a cut
    generation is caught by its `finish_reason` anyway);
  * otherwise from the whole source: pre-filled when more completions close the reasoning
    without opening it than open it themselves.

The decision only settles rows with no tag at all: a row whose prompt (or last chat message)
ends with the open tag, or whose completion closes without opening, is pre-filled whatever the
vote; `prefilled_open: true/false` in the recipe forces every row. The run passes its decision
to the filters as their `prefilled_run` parameter.

Never per shard, never on a stage's survivors: a shard whose traces are all cut is judged by
the same rule as the rest. A filter called on its own (outside a run) with `auto` takes the
input it is given as the whole source (`votes` / `decide`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import polars as pl

from curate.canonical import canonicalize
from curate.recipe import Recipe, SourceConfig
from curate.source import RawBatch

PREFILL_KEY = "prefilled_open"
RUN_KEY = "prefilled_run"  # where the run's decision goes (a param of those filters)


def prompt_last_text_expr(schema: pl.Schema, col: str = "prompt") -> pl.Expr | None:
    """The prompt string, or the content of the last chat message; None if there is no prompt."""
    dt = schema.get(col)
    if dt is None:
        return None
    if dt in (pl.Utf8, pl.Null):
        return pl.col(col).cast(pl.Utf8)
    if isinstance(dt, pl.List) and isinstance(dt.inner, pl.Struct):
        fields = {f.name for f in dt.inner.fields}
        if "content" in fields:
            return pl.col(col).list.last().struct.field("content")
    return None


def prompt_ends_with_expr(schema: pl.Schema, tag: str, col: str = "prompt") -> pl.Expr:
    """True where the prompt (or its last message) ends with `tag`, trailing whitespace ignored."""
    tail = prompt_last_text_expr(schema, col)
    if tail is None:
        return pl.lit(False)
    return tail.str.strip_chars_end().str.ends_with(tag).fill_null(False)


def row_flags(frame: pl.DataFrame, open_tag: str, close_tag: str, col: str) -> pl.DataFrame:
    """Per row: `o` (the completion opens), `c` (it closes), `p` (the prompt ends with the tag)."""
    c = pl.col(col).cast(pl.Utf8).fill_null("") if col in frame.columns else pl.lit("")
    return frame.select(
        c.str.contains(open_tag, literal=True).alias("o"),
        c.str.contains(close_tag, literal=True).alias("c"),
        prompt_ends_with_expr(frame.schema, open_tag).alias("p"),
    )


def votes(
    frame: pl.DataFrame, open_tag: str, close_tag: str, col: str = "completion"
) -> tuple[int, int]:
    """(rows that say pre-filled, rows that say not): completions that close the reasoning
    without opening it, against completions that open it themselves."""
    f = row_flags(frame, open_tag, close_tag, col)
    return int((f["c"] & ~f["o"]).sum()), int(f["o"].sum())


def decide(yes: int, no: int) -> bool:
    return yes > no


def source_prefilled(
    batches: Iterable[RawBatch], cfg: SourceConfig, mapping: dict[str, str], tags: tuple[str, str]
) -> bool:
    """The whole source's vote (every batch, canonical columns)."""
    yes = no = 0
    for raw in batches:
        rows = canonicalize(raw, cfg, mapping).rows
        y, n = votes(rows, *tags)
        yes, no = yes + y, no + n
    return decide(yes, no)


def resolve_prefill(
    recipe: Recipe,
    dumped: dict[str, Any],
    batches: Callable[[], Iterable[RawBatch]],
    mapping: dict[str, str],
) -> dict[str, Any]:
    """`dumped` (the recipe as plain data) with the run's decision in `prefilled_run` of every
    filter that has `prefilled_open: auto`. `batches()` yields the whole source (called at most
    once per tag pair, and only when a filter has `auto` and there is no generation stage)."""
    decided: dict[tuple[str, str], bool] = {}
    gen, source = recipe.model.generate, recipe.model.source
    if gen is None and source is None:
        return dumped  # nothing to read: the filters decide on their own input
    for item in dumped.get("filters", []):
        params = next(iter(item.values()))
        if not isinstance(params, dict) or params.get(PREFILL_KEY) != "auto":
            continue
        tags = (str(params.get("open_tag", "<think>")), str(params.get("close_tag", "</think>")))
        if tags not in decided:
            if gen is not None:
                decided[tags] = bool(gen.template_args.get("think_prefix", False))
            elif source is not None:
                decided[tags] = source_prefilled(batches(), source, mapping, tags)
        params[RUN_KEY] = decided[tags]
    return dumped
