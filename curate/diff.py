"""`diff(run_a, run_b)`: what changed between two runs of the same source (a threshold, a
filter or a judge changed): per stage counts and reasons, rows that moved between kept and
dropped (with the stage and reason on the dropped side), rows dropped for another reason, and
verdict changes. Rows are matched by `id`; only the columns needed are read (id, verdict,
dropped_by, reason), so a large run costs a few columns, never its texts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import polars as pl

from curate.store import open_run

EXAMPLES = 5
_STATUS = {"id": pl.Utf8, "verdict": pl.Utf8, "dropped_by": pl.Utf8, "reason": pl.Utf8}


def _read_cols(path: Path, kept: bool) -> pl.DataFrame:
    lf = pl.scan_ndjson(path) if path.suffix == ".jsonl" else pl.scan_parquet(path)
    if path.suffix == ".jsonl" and path.stat().st_size == 0:
        return pl.DataFrame(schema=_STATUS)
    names = lf.collect_schema().names()
    wanted = ["id", "verdict"] if kept else list(_STATUS)
    cols = [
        (pl.col(c).cast(dt) if c in names else pl.lit(None, dt)).alias(c)
        for c, dt in _STATUS.items()
        if c in wanted
    ]
    frame = lf.select(cols).collect()
    if kept:
        frame = frame.with_columns(
            pl.lit(None, pl.Utf8).alias("dropped_by"), pl.lit(None, pl.Utf8).alias("reason")
        )
    return frame.select(list(_STATUS))


def status_frame(run_dir: str | Path) -> pl.DataFrame:
    """One row per sample of a run: id, verdict, and dropped_by/reason (null when kept)."""
    store = open_run(run_dir)
    frames = [_read_cols(store.data_path(i), True) for i in sorted(store.committed())]
    frames += [_read_cols(store.rejected_path(i), False) for i in sorted(store.committed())]
    frames = [f for f in frames if f.height]
    if not frames:
        return pl.DataFrame(schema=_STATUS)
    return pl.concat(frames).filter(pl.col("id").is_not_null()).unique("id", keep="first")


def _groups(frame: pl.DataFrame, by: list[str]) -> list[dict[str, Any]]:
    if frame.height == 0:
        return []
    g = frame.group_by(by).agg(pl.len().alias("n"), pl.col("id").sort().head(EXAMPLES).alias("ids"))
    return g.sort(["n", *by], descending=[True, *[False] * len(by)]).to_dicts()


def _stages(sa: dict[str, Any], sb: dict[str, Any]) -> list[dict[str, Any]]:
    a = {s["name"]: s for s in sa.get("stages", [])}
    b = {s["name"]: s for s in sb.get("stages", [])}
    names = list(a) + [n for n in b if n not in a]
    out = []
    for name in names:
        x, y = a.get(name, {}), b.get(name, {})
        ra, rb = x.get("reasons") or {}, y.get("reasons") or {}
        out.append(
            {
                "name": name,
                "kind": x.get("kind") or y.get("kind"),
                "a": {k: x.get(k) for k in ("rows_in", "rows_out", "dropped")} if x else None,
                "b": {k: y.get(k) for k in ("rows_in", "rows_out", "dropped")} if y else None,
                "reasons": {
                    code: [ra.get(code, 0), rb.get(code, 0)]
                    for code in sorted(set(ra) | set(rb))
                    if ra.get(code, 0) != rb.get(code, 0)
                },
            }
        )
    return out


def diff_runs(run_a: str | Path, run_b: str | Path) -> dict[str, Any]:
    """Compare run B against run A (see the module doc); JSON-ready."""
    sa, sb = open_run(run_a).stats(), open_run(run_b).stats()
    a, b = status_frame(run_a), status_frame(run_b)
    j = a.with_columns(pl.lit(True).alias("in_a")).join(
        b.with_columns(pl.lit(True).alias("in_b")), on="id", how="full", suffix="_b", coalesce=True
    )
    in_a, in_b = pl.col("in_a").fill_null(False), pl.col("in_b").fill_null(False)
    only_a, only_b, both = j.filter(in_a & ~in_b), j.filter(~in_a & in_b), j.filter(in_a & in_b)
    ka, kb = pl.col("dropped_by").is_null(), pl.col("dropped_by_b").is_null()
    to_dropped = both.filter(ka & ~kb).select(
        "id", pl.col("dropped_by_b").alias("stage"), pl.col("reason_b").alias("reason")
    )
    to_kept = both.filter(~ka & kb).select("id", pl.col("dropped_by").alias("stage"), "reason")
    changed = both.filter(
        ~ka
        & ~kb
        & (
            (pl.col("dropped_by") != pl.col("dropped_by_b"))
            | (pl.col("reason") != pl.col("reason_b"))
        )
    ).select(
        "id",
        pl.format("{}/{}", "dropped_by", "reason").alias("from"),
        pl.format("{}/{}", "dropped_by_b", "reason_b").alias("to"),
    )
    verdicts = both.filter(
        pl.col("verdict").fill_null("-") != pl.col("verdict_b").fill_null("-")
    ).select(
        "id",
        pl.col("verdict").fill_null("-").alias("a"),
        pl.col("verdict_b").fill_null("-").alias("b"),
    )
    return {
        "a": str(run_a),
        "b": str(run_b),
        "totals": {
            side: {
                "rows_in": s.get("rows_in", 0),
                "rows_out": s.get("rows_out", 0),
                "samples": f.height,
            }
            for side, s, f in (("a", sa, a), ("b", sb, b))
        },
        "stages": _stages(sa, sb),
        "kept_to_dropped": {"n": to_dropped.height, "by": _groups(to_dropped, ["stage", "reason"])},
        "dropped_to_kept": {"n": to_kept.height, "by": _groups(to_kept, ["stage", "reason"])},
        "reason_changed": {"n": changed.height, "by": _groups(changed, ["from", "to"])},
        "verdict_changed": {"n": verdicts.height, "by": _groups(verdicts, ["a", "b"])},
        "only_in_a": only_a.height,
        "only_in_b": only_b.height,
    }
