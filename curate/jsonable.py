"""Frames made ready for JSON: JSON has no bytes, so binary values (a parquet source's image,
audio or token bytes, top-level or inside a struct or list) are written as base64 strings.
Without this, polars' JSON writer panics on a binary column and the shard can never be written.
"""

from __future__ import annotations

import base64
from typing import Any

import polars as pl


def _has_binary(dtype: pl.DataType) -> bool:
    if dtype == pl.Binary:
        return True
    if isinstance(dtype, (pl.List, pl.Array)):
        return _has_binary(dtype.inner)  # type: ignore[arg-type]
    if isinstance(dtype, pl.Struct):
        return any(_has_binary(f.dtype) for f in dtype.fields)  # type: ignore[arg-type]
    return False


def b64(value: Any) -> Any:
    """`value` with every `bytes` inside it as a base64 string."""
    if isinstance(value, (bytes, bytearray, memoryview)):
        return base64.b64encode(bytes(value)).decode("ascii")
    if isinstance(value, dict):
        return {k: b64(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [b64(v) for v in value]
    return value


def json_ready(frame: pl.DataFrame) -> pl.DataFrame:
    """`frame` with binary values (at any depth) as base64 strings; other columns untouched."""
    cols = [c for c, dt in frame.schema.items() if _has_binary(dt)]
    if not cols:
        return frame
    out: list[pl.Expr | pl.Series] = []
    for c in cols:
        if frame.schema[c] == pl.Binary:
            out.append(pl.col(c).bin.encode("base64"))
        else:
            out.append(pl.Series(c, [b64(v) for v in frame[c].to_list()], strict=False))
    return frame.with_columns(out)


def json_default(value: Any) -> Any:
    """`default=` for `json.dumps`: bytes as base64, anything else as its string."""
    converted = b64(value)
    return converted if converted is not value else str(value)
