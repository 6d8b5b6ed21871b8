"""One schema for every shard of `RUN/rejected/`, so the folder reads as one table.

Shards differ as written: a shard whose rows the source quarantined has `raw` and no
`completion`; one a filter dropped has that filter's measurement columns; a column that is null
throughout a shard has polars' Null type; a chat prompt is a list of messages where another
shard's prompt is a string. When a run completes (`RunStore.finish`), every rejected shard is
rewritten to the union of the shards' schemas, so `pl.read_parquet("RUN/rejected/*.parquet")` and
`datasets.load_dataset("parquet", data_files="RUN/rejected/*.parquet")` read the whole folder:

- columns: `id`, `dropped_by`, `reason` first, then every other column in order of first
  appearance (canonical columns, source columns, judge columns, measurements, `raw`);
- dtypes: the common supertype of the shards' dtypes (a Null column takes the other shards'
  type; a string prompt becomes one user message where any shard has chat prompts);
- a column a shard lacks is null there.

Only shards whose schema differs are rewritten (atomically, like a commit).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import polars as pl
import pyarrow.parquet as pq

from curate.fs import readable

LEADING = ("id", "dropped_by", "reason")


def _chat_prompt(frame: pl.DataFrame) -> pl.DataFrame:
    """A string prompt as one user message (the chat form)."""
    return frame.with_columns(
        pl.concat_list(
            pl.struct(pl.lit("user").alias("role"), pl.col("prompt").alias("content"))
        ).alias("prompt")
    )


def union_schema(schemas: list[pl.Schema]) -> pl.Schema:
    """The schema every shard is written in (see the module docstring)."""
    chat = any(isinstance(s.get("prompt"), pl.List) for s in schemas)
    empties = []
    for s in schemas:
        frame = pl.DataFrame(schema=s)
        if chat and s.get("prompt") == pl.Utf8:
            frame = _chat_prompt(frame)
        empties.append(frame)
    merged = pl.concat(empties, how="diagonal_relaxed").schema if empties else pl.Schema()
    order = [c for c in LEADING if c in merged] + [c for c in merged if c not in LEADING]
    return pl.Schema({c: merged[c] for c in order})


def conform(frame: pl.DataFrame, schema: pl.Schema) -> pl.DataFrame:
    """`frame` in `schema`: missing columns null, dtypes cast, columns in order."""
    if isinstance(schema.get("prompt"), pl.List) and frame.schema.get("prompt") == pl.Utf8:
        frame = _chat_prompt(frame)
    exprs: list[Any] = [
        (pl.col(c) if c in frame.columns else pl.lit(None)).cast(dt).alias(c)
        for c, dt in schema.items()
    ]
    return frame.select(exprs)


def unify_rejected(paths: list[Path], write: Callable[[pl.DataFrame, Path], None]) -> int:
    """Rewrite the rejected shards at `paths` to one schema with `write` (the store's atomic
    writer); returns how many were rewritten."""
    paths = [p for p in paths if p.exists()]
    if len(paths) < 2:
        return 0
    schemas = [pl.read_parquet_schema(readable(p)) for p in paths]
    try:
        target = union_schema([pl.Schema(s) for s in schemas])
    except (pl.exceptions.PolarsError, TypeError):
        return 0  # incompatible nested types: the shards stay as written (readers concat them)
    arrow_target = pl.DataFrame(schema=target).to_arrow().schema
    rewritten = 0
    for p in paths:
        if pq.read_schema(readable(p)).remove_metadata().equals(arrow_target.remove_metadata()):
            continue
        write(conform(pl.read_parquet(readable(p)), target), p)
        rewritten += 1
    return rewritten
