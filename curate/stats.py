"""Statistics of a run: computed per shard, merged by addition (so resume and parallel shards
give the same totals), rendered as the funnel by `curate stats`.

Shape (stats.json): {"rows_in", "rows_out", "source_rows", "stages": [{"name", "kind",
"rows_in", "rows_out", "dropped", "reasons": {code: n}, "examples": {code: [ids]}, "seconds",
"verdicts"?}], "lengths": {"before": H, "after": H}, "prompts": {...}, "judges": {...},
"generation": {...}, "hists": {metric: {"before": H, "after": H}}} where H is a fixed-bin
histogram ({count, sum, min, max, bins, edges}): `lengths` of completion characters; `hists` of
completion characters and tokens, `language_ratio`, reward-model scores (`rm_score*`) and the
per-prompt pass rate, before the filters and after the run.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Any, cast

import polars as pl

# completion length bins in characters: [0,256), [256,512), ... , [262144, inf)
LENGTH_EDGES = [0, 256, 512, 1024, 2048, 4096, 8192, 16384, 32768, 65536, 131072, 262144]
PASS_BINS = 10  # pass-rate histogram over [0, 1] in tenths (the last bin includes 1.0)
MAX_EXAMPLES = 3
TOKEN_EDGES = [0, 64, 128, 256, 512, 1024, 2048, 4096, 8192, 16384, 32768, 65536]
RATIO_EDGES = [0.0, 0.5, 0.8, 0.9, 0.95, 0.98, 0.99, 0.995, 0.999, 1.0]  # last bin: exactly 1
RM_EDGES = [-8.0, -4.0, -2.0, -1.0, -0.5, 0.0, 0.5, 1.0, 2.0, 4.0, 8.0]
PASS_EDGES = [i / PASS_BINS for i in range(PASS_BINS)]


def length_hist(lengths: pl.Series) -> dict[str, Any]:
    s = lengths.drop_nulls()
    if s.len() == 0:
        return {"count": 0, "sum": 0, "min": None, "max": None, "bins": [0] * len(LENGTH_EDGES)}
    idx = pl.Series(LENGTH_EDGES).search_sorted(s, side="right") - 1
    bins = [0] * len(LENGTH_EDGES)
    for label, n in idx.value_counts().iter_rows():
        bins[int(label)] = int(n)
    return {
        "count": int(s.len()),
        "sum": int(s.sum()),
        "min": int(cast(float, s.min())),
        "max": int(cast(float, s.max())),
        "bins": bins,
    }


def hist(values: pl.Series, edges: list[float] | list[int]) -> dict[str, Any]:
    """Fixed-bin histogram of a numeric series (nulls and NaN skipped); values below the first
    edge count in the first bin."""
    s = values.cast(pl.Float64).drop_nulls().drop_nans()
    bins = [0] * len(edges)
    if s.len():
        idx = (pl.Series(edges, dtype=pl.Float64).search_sorted(s, side="right") - 1).clip(0)
        for label, n in idx.value_counts().iter_rows():
            bins[int(label)] = int(n)
    return {
        "count": int(s.len()),
        "sum": float(s.sum()) if s.len() else 0.0,
        "min": float(s.min()) if s.len() else None,  # type: ignore[arg-type]
        "max": float(s.max()) if s.len() else None,  # type: ignore[arg-type]
        "bins": bins,
        "edges": list(edges),
    }


def _metric_columns(frame: pl.DataFrame) -> dict[str, tuple[pl.Expr, list[Any]]]:
    cols: dict[str, tuple[pl.Expr, list[Any]]] = {}
    if "completion" in frame.columns:
        cols["completion_chars"] = (pl.col("completion").str.len_chars(), LENGTH_EDGES)
    if "completion_tokens" in frame.columns:
        cols["completion_tokens"] = (pl.col("completion_tokens"), TOKEN_EDGES)
    if "language_ratio" in frame.columns:
        cols["language_ratio"] = (pl.col("language_ratio"), RATIO_EDGES)
    for c, dt in frame.schema.items():  # rm_score, or the name a reward model was given
        if c.startswith("rm_score") and dt.is_float():
            cols[c] = (pl.col(c), RM_EDGES)
    return cols


def distributions(
    entering: pl.DataFrame, kept: pl.DataFrame, rejected: pl.DataFrame
) -> dict[str, dict[str, Any]]:
    """Histograms before the filters (`entering`) and after the run (`kept`). A measurement a
    filter adds (e.g. `language_ratio`) is not on `entering`: its "before" is every row that
    got it, kept or rejected."""
    out: dict[str, dict[str, Any]] = {}

    def numeric(frame: pl.DataFrame) -> pl.DataFrame:  # only what is measured: cheap, one schema
        keep = [c for c in frame.columns if c in ("completion", "completion_tokens")]
        keep += [c for c in frame.columns if c == "language_ratio" or c.startswith("rm_score")]
        return frame.select(keep)

    measured = pl.concat([numeric(kept), numeric(rejected)], how="diagonal_relaxed")
    metrics = {**_metric_columns(entering), **_metric_columns(measured)}
    for name, (expr, edges) in metrics.items():
        src = entering if name in _metric_columns(entering) else measured
        after = kept.select(expr).to_series() if kept.height else pl.Series([], dtype=pl.Float64)
        out[name] = {
            "before": hist(src.select(expr).to_series(), edges),
            "after": hist(after, edges),
        }
    if "pass_rate" in entering.columns and "prompt_id" in entering.columns:
        per = {
            side: frame.group_by("prompt_id").agg(pl.first("pass_rate"))["pass_rate"]
            if frame.height and "pass_rate" in frame.columns
            else pl.Series([], dtype=pl.Float64)
            for side, frame in (("before", entering), ("after", kept))
        }
        out["pass_rate"] = {side: hist(s, PASS_EDGES) for side, s in per.items()}
    return out


def merge_hist(a: dict[str, Any] | None, b: dict[str, Any] | None) -> dict[str, Any] | None:
    if not a:
        return b
    if not b:
        return a
    extra = {"edges": a["edges"]} if "edges" in a else {}
    mins = [x for x in (a["min"], b["min"]) if x is not None]
    maxs = [x for x in (a["max"], b["max"]) if x is not None]
    return {
        "count": a["count"] + b["count"],
        "sum": a["sum"] + b["sum"],
        "min": min(mins) if mins else None,
        "max": max(maxs) if maxs else None,
        "bins": [x + y for x, y in zip(a["bins"], b["bins"], strict=True)],
        **extra,
    }


def hist_quantile(h: dict[str, Any], q: float) -> float | None:
    """Approximate quantile from the histogram (linear inside a bin)."""
    if not h or not h["count"]:
        return None
    target = q * h["count"]
    seen = 0
    for i, n in enumerate(h["bins"]):
        if n and seen + n >= target:
            lo = max(LENGTH_EDGES[i], h["min"] or 0)
            hi = min(LENGTH_EDGES[i + 1] if i + 1 < len(LENGTH_EDGES) else h["max"], h["max"])
            frac = (target - seen) / n
            return lo + (hi - lo) * frac
        seen += n
    return float(h["max"])


def _merge_nested(a: Any, b: Any) -> Any:
    """Generic merge: numbers add, dicts merge recursively, lists of numbers add elementwise."""
    if a is None:
        return b
    if b is None:
        return a
    if isinstance(a, bool) or isinstance(b, bool):
        return a or b
    if isinstance(a, int | float) and isinstance(b, int | float):
        return a + b
    if isinstance(a, dict) and isinstance(b, dict):
        out = dict(a)
        for k, v in b.items():
            out[k] = _merge_nested(out.get(k), v)
        return out
    if isinstance(a, list) and isinstance(b, list):
        if all(isinstance(x, int | float) for x in a + b) and len(a) == len(b):
            return [x + y for x, y in zip(a, b, strict=True)]
        return (a + [x for x in b if x not in a])[:MAX_EXAMPLES]
    return a


def merge_stage(a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any]:
    """Merge one stage's records of two shards: counts and times add, examples are capped."""
    out: dict[str, Any] = {
        "name": a.get("name", b.get("name")),
        "kind": a.get("kind", b.get("kind")),
    }
    ex = {k: list(v) for k, v in a.get("examples", {}).items()}
    for code, ids in b.get("examples", {}).items():
        ex[code] = (ex.get(code, []) + list(ids))[:MAX_EXAMPLES]
    for key in dict.fromkeys([*a, *b]):
        if key in ("name", "kind"):
            continue
        out[key] = ex if key == "examples" else _merge_nested(a.get(key), b.get(key))
    return out


def merge_stats(parts: Iterable[dict[str, Any]]) -> dict[str, Any]:
    total: dict[str, Any] = {
        "rows_in": 0,
        "rows_out": 0,
        "source_rows": 0,
        "shards": 0,
        "stages": [],
    }
    order: list[str] = []
    stages: dict[str, dict[str, Any]] = {}
    for part in parts:
        total["shards"] += 1
        for key in ("rows_in", "rows_out", "source_rows"):
            total[key] += part.get(key, 0)
        for st in part.get("stages", []):
            name = st["name"]
            if name not in stages:
                order.append(name)
                stages[name] = dict(st)
            else:
                stages[name] = merge_stage(stages[name], st)
        for metric, sides in part.get("hists", {}).items():
            cur = total.setdefault("hists", {}).setdefault(metric, {})
            for side, h in sides.items():
                cur[side] = merge_hist(cur.get(side), h)
        for key in ("lengths", "prompts", "judges", "generation"):
            if key in part:
                if key == "lengths":
                    cur = total.setdefault("lengths", {})
                    for side, h in part["lengths"].items():
                        cur[side] = merge_hist(cur.get(side), h)
                else:
                    total[key] = _merge_nested(total.get(key), part[key])
    total["stages"] = [stages[n] for n in order]
    return total


def stage_record(
    name: str,
    kind: str,
    rows_in: int,
    rows_out: int,
    reasons: dict[str, int],
    examples: dict[str, list[str]],
    seconds: float,
    **extra: Any,
) -> dict[str, Any]:
    rec = {
        "name": name,
        "kind": kind,
        "rows_in": rows_in,
        "rows_out": rows_out,
        "dropped": rows_in - rows_out if kind != "source" else sum(reasons.values()),
        "reasons": dict(reasons),
        "examples": examples,
        "seconds": round(seconds, 6),
    }
    rec.update(extra)
    return rec


def pass_rate_hist(rates: pl.Series) -> list[int]:
    bins = [0] * PASS_BINS
    for r in rates.drop_nulls().to_list():
        bins[min(PASS_BINS - 1, math.floor(r * PASS_BINS))] += 1
    return bins
