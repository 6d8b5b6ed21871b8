"""Hostile source rows: what makes a row unusable, and extra columns of conflicting types.

A row is quarantined (sent to `rejected/` with a reason, the run goes on) when it is nested
deeper than `MAX_DEPTH` (`too_deep`: such rows crash JSON encoders, Arrow and polars with a
RecursionError) or holds a string that is not valid Unicode (`invalid_unicode`: a lone UTF-16
surrogate such as `"\\ud800"` parses in Python but cannot be written as UTF-8).

An extra (non-canonical) column whose values have different kinds across the rows of a batch
(an int in one row, a string or a mapping in another) is kept losslessly as JSON text for every
row of that batch and counted as `type_conflict:<column>`: never nulled, never coerced.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

import polars as pl

MAX_DEPTH = 100
"""Deepest nesting of lists/mappings a source row may have."""

TOO_DEEP = "too_deep"
INVALID_UNICODE = "invalid_unicode"


def _depth_exceeds(obj: Any, limit: int) -> bool:
    stack: list[tuple[Any, int]] = [(obj, 1)]
    while stack:
        node, d = stack.pop()
        if isinstance(node, dict):
            children: Any = node.values()
        elif isinstance(node, list | tuple):
            children = node
        else:
            continue
        if d > limit:
            return True
        stack.extend((c, d + 1) for c in children if isinstance(c, dict | list | tuple))
    return False


def _bad_unicode(obj: Any) -> bool:
    stack = [obj]
    while stack:
        node = stack.pop()
        if isinstance(node, str):
            try:
                node.encode("utf-8")
            except UnicodeEncodeError:
                return True
        elif isinstance(node, dict):
            stack.extend(node.keys())
            stack.extend(node.values())
        elif isinstance(node, list | tuple):
            stack.extend(node)
    return False


def parse_json_row(line: bytes) -> tuple[Any, str | None]:
    """(value, None) or (None, reason) for one JSON line: malformed_json, too_deep,
    invalid_unicode."""
    try:
        obj = json.loads(line)
    except RecursionError:
        return None, TOO_DEEP
    except UnicodeDecodeError:
        return None, INVALID_UNICODE
    except ValueError:
        return None, "malformed_json"
    return obj, row_problem(obj, line)


def row_problem(obj: Any, raw: bytes | None = None) -> str | None:
    """The reason a parsed row cannot be used, or None. `raw` (its JSON bytes) enables cheap
    pre-checks: a line with few brackets cannot be deep, one without `\\u` has no surrogate."""
    if raw is None or raw.count(b"[") + raw.count(b"{") > MAX_DEPTH:
        if _depth_exceeds(obj, MAX_DEPTH):
            return TOO_DEEP
    if raw is None or b"\\u" in raw or b"\\U" in raw:
        if _bad_unicode(obj):
            return INVALID_UNICODE
    return None


def raw_text(line: bytes) -> str:
    """A quarantined line as storable text (bad bytes and lone surrogates replaced)."""
    text = line.decode("utf-8", "replace").rstrip("\r\n")
    return text.encode("utf-8", "replace").decode("utf-8")


def safe_text(text: str) -> str:
    """`text` with anything UTF-8 cannot hold replaced (for the `raw` column of rejects)."""
    return text.encode("utf-8", "replace").decode("utf-8")


def _kind(v: Any) -> str:
    if isinstance(v, bool):
        return "bool"
    if isinstance(v, int | float):
        return "number"
    if isinstance(v, str):
        return "str"
    if isinstance(v, dict):
        return "dict"
    if isinstance(v, list | tuple):
        return "list"
    return type(v).__name__


def _as_json(values: list[Any]) -> pl.Series:
    return pl.Series(
        [None if v is None else json.dumps(v, ensure_ascii=False, default=str) for v in values],
        dtype=pl.Utf8,
    )


def _same(a: Any, b: Any) -> bool:
    """Whether `b` (read back from polars) holds `a` (absent struct fields come back as None)."""
    if isinstance(a, dict):
        return (
            isinstance(b, dict)
            and all(k in b and _same(v, b[k]) for k, v in a.items())
            and all(b[k] is None for k in b.keys() - a.keys())
        )
    if isinstance(a, list | tuple):
        return isinstance(b, list) and len(a) == len(b) and all(map(_same, a, b))
    return (a == b and type(a) is not bool) or (a is b)


def _typed(name: str, values: list[Any], kinds: set[str]) -> pl.Series | None:
    """A typed column holding `values` exactly, or None if polars cannot (conflicting kinds,
    nested values of conflicting shapes)."""
    if len(kinds) > 1:
        return None
    try:
        series = pl.from_dicts(
            [{name: v} for v in values], infer_schema_length=None, strict=True
        ).to_series()
    except Exception:
        return None
    if kinds & {"dict", "list"} and not all(map(_same, values, series.to_list())):
        return None
    return series


def extra_columns(rows: list[dict[str, Any]]) -> tuple[pl.DataFrame, Counter[str]]:
    """The extra columns of `rows` as a frame with one row per input row, and the type
    conflicts found (`type_conflict:<column>` → rows whose value was re-encoded as JSON)."""
    names: dict[str, None] = {}
    for r in rows:
        names.update(dict.fromkeys(r))
    conflicts: Counter[str] = Counter()
    cols: list[pl.Series] = []
    for name in names:
        values = [r.get(name) for r in rows]
        kinds = {_kind(v) for v in values if v is not None}
        series = _typed(name, values, kinds)
        if series is None:
            series = _as_json(values).alias(name)
            conflicts[f"type_conflict:{name}"] += sum(v is not None for v in values)
        cols.append(series)
    return pl.DataFrame(cols), conflicts


def _nested(dtype: pl.DataType) -> bool:
    return isinstance(dtype, pl.Struct | pl.List | pl.Array | pl.Object)


def unify_columns(frames: list[pl.DataFrame], skip: tuple[str, ...] = ()) -> list[pl.DataFrame]:
    """Frames whose same-named columns disagree between nested and other types (one shard kept
    `meta` as a struct, another as JSON text after a type conflict) get those columns as JSON
    text in every frame, so concatenating them loses nothing (polars would cast a struct to
    "{1}", or refuse a list)."""
    dtypes: dict[str, set[pl.DataType]] = {}
    for f in frames:
        for name, dt in f.schema.items():
            if dt != pl.Null:  # an all-null column fits any type
                dtypes.setdefault(name, set()).add(dt)
    mixed = [
        c
        for c, dts in dtypes.items()
        if c not in skip and len(dts) > 1 and any(_nested(d) for d in dts)
    ]
    if not mixed:
        return frames
    out = []
    for f in frames:
        cols = [c for c in mixed if c in f.columns and f.schema[c] != pl.Utf8]
        out.append(f.with_columns(_as_json(f[c].to_list()).alias(c) for c in cols))
    return out
