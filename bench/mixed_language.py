#!/usr/bin/env python3
"""Benchmark the `mixed_language` filter on the shared R1-trace corpus (one core).

    python ../shared/bench/make_corpus.py --n 20000 --out /tmp/corpus
    python bench/mixed_language.py --corpus /tmp/corpus/corpus.parquet
    python bench/mixed_language.py --chain format,truncated,code_block,long_paragraph,repetition,mixed_language
    python bench/mixed_language.py --backend langdetect --n 300
    python bench/mixed_language.py --set          # the labelled multilingual set instead
    python bench/mixed_language.py --sweep        # P/R/F1 for several thresholds

Prints precision / recall / F1 of `reason == mixed_language` against the corpus label `mixed`
(per inserted language too), traces/s and MB/s (wall clock and process CPU time: CPU time is
the fair figure on a shared machine), and the peak RSS of the process (corpus included).
Polars and OpenMP are pinned to one thread before they are imported.
"""

from __future__ import annotations

import os

os.environ["POLARS_MAX_THREADS"] = "1"
os.environ["OMP_NUM_THREADS"] = "1"

import argparse
import resource
import sys
import time
from collections import Counter
from pathlib import Path

import polars as pl

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_chain(
    frame: pl.DataFrame, names: list[str], batch: int, params: dict[str, object]
) -> tuple[pl.DataFrame, float, float, dict[str, float]]:
    """All rows through the filters in order; returns (reasons per id, wall s, cpu s, cpu by filter)."""
    from curate.registry import FILTERS

    filters = [FILTERS.get(n)(**(params if n == "mixed_language" else {})) for n in names]
    per: Counter[str] = Counter()
    reasons: list[pl.DataFrame] = []
    w0, c0 = time.perf_counter(), time.process_time()
    for start in range(0, frame.height, batch):
        kept = frame.slice(start, batch)
        for name, f in zip(names, filters, strict=True):
            t = time.process_time()
            out = f(kept)
            per[name] += time.process_time() - t
            if out.rejected.height:
                reasons.append(out.rejected.select("id", "dropped_by", "reason"))
            kept = out.kept
    wall, cpu = time.perf_counter() - w0, time.process_time() - c0
    rej = (
        pl.concat(reasons)
        if reasons
        else pl.DataFrame(schema={"id": pl.Utf8, "dropped_by": pl.Utf8, "reason": pl.Utf8})
    )
    return rej, wall, cpu, dict(per)


def corpus_bench(args: argparse.Namespace) -> None:
    path = Path(args.corpus)
    if not path.is_file():
        sys.exit(
            f"{path} not found: python ../shared/bench/make_corpus.py --n 20000 --out /tmp/corpus"
        )
    df = pl.read_parquet(path)
    if args.n:
        df = df.head(args.n)
    df = df.with_columns(
        pl.col("labels").struct.field("mixed").alias("mixed"),
        pl.col("labels").struct.field("mixed_lang").alias("mixed_lang"),
    ).drop("labels")
    mb = df["completion"].str.len_bytes().sum() / 1e6
    names = args.chain.split(",")
    params = {"backend": args.backend}
    if args.threshold is not None:
        params["threshold"] = args.threshold
    rss0 = rss_mb()
    run_chain(df.head(50), names, args.batch, params)  # load the model, compile regexes
    rej, wall, cpu, per = run_chain(df, names, args.batch, params)
    n = df.height
    print(f"corpus {path} : {n} traces, {mb:.1f} MB, chain {names}, batch {args.batch}")
    print(f"wall {wall:.2f}s : {n / wall:,.0f} traces/s, {mb / wall:.1f} MB/s")
    print(f"cpu  {cpu:.2f}s : {n / cpu:,.0f} traces/s, {mb / cpu:.1f} MB/s")
    for name, sec in per.items():
        print(f"  {name:16s} cpu {sec:7.2f}s  {n / max(sec, 1e-9):>9,.0f} traces/s")
    print(f"peak RSS {rss_mb():.0f} MB (after loading the corpus: {rss0:.0f} MB)")
    flagged = set(rej.filter(pl.col("reason") == "mixed_language")["id"].to_list())
    if "mixed_language" in names:
        # rows an earlier filter dropped never reach mixed_language: score only rows it saw
        seen = set(df["id"].to_list()) - set(
            rej.filter(pl.col("dropped_by") != "mixed_language")["id"].to_list()
        )
        sub = df.filter(pl.col("id").is_in(list(seen)))
        pred = sub["id"].is_in(list(flagged))
        y = sub["mixed"]
        tp, fp, fn = int((pred & y).sum()), int((pred & ~y).sum()), int((~pred & y).sum())
        p = tp / max(tp + fp, 1)
        r = tp / max(tp + fn, 1)
        f1 = 2 * p * r / max(p + r, 1e-9)
        print(
            f"mixed: P {p:.3f} R {r:.3f} F1 {f1:.3f} (tp {tp} fp {fp} fn {fn}, {sub.height} rows seen)"
        )
        by = (
            sub.with_columns(pred.alias("pred"))
            .filter(pl.col("mixed"))
            .group_by("mixed_lang")
            .agg(pl.col("pred").mean().alias("recall"), pl.len().alias("n"))
        )
        print(
            "recall by inserted language:",
            {
                r["mixed_lang"]: round(r["recall"], 3)
                for r in by.sort("mixed_lang").iter_rows(named=True)
            },
        )
    print("reasons:", dict(Counter(rej["reason"].to_list()).most_common()))


def sweep(args: argparse.Namespace) -> None:
    """P/R/F1 of `language_ratio < t` for several thresholds t (corpus, target en)."""
    from curate.lang.identify import LangIdConfig, measure_frame

    df = pl.read_parquet(args.corpus)
    if args.n:
        df = df.head(args.n)
    y = df["labels"].struct.field("mixed")
    cfg = LangIdConfig(backend=args.backend)
    parts = [
        measure_frame(df["completion"].slice(i, args.batch), "en", cfg)[0]["language_ratio"]
        for i in range(0, df.height, args.batch)
    ]
    r = pl.concat(parts)
    print(f"{'threshold':>9s} {'P':>6s} {'R':>6s} {'F1':>6s} {'fp':>5s} {'fn':>5s}")
    for t in (0.9, 0.95, 0.98, 0.99, 0.995, 0.998, 0.999, 1.0):
        pred = (r < t).fill_null(False)
        tp, fp, fn = int((pred & y).sum()), int((pred & ~y).sum()), int((~pred & y).sum())
        p, rc = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
        print(f"{t:9.3f} {p:6.3f} {rc:6.3f} {2 * p * rc / max(p + rc, 1e-9):6.3f} {fp:5d} {fn:5d}")
    q = r.filter(y).quantile
    print(
        f"ratio of mixed traces: median {q(0.5):.4f}, 90th percentile {q(0.9):.4f}, max {r.filter(y).max():.4f}"
    )


def set_bench(args: argparse.Namespace) -> None:
    from tests.multilingual_set import report

    report(args.backend, args.threshold)


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--corpus", default="/tmp/corpus/corpus.parquet")
    ap.add_argument("--n", type=int, default=0, help="first N traces only (0: all)")
    ap.add_argument("--batch", type=int, default=1000, help="rows per filter call")
    ap.add_argument(
        "--chain", default="mixed_language", help="comma-separated filters, run in order"
    )
    ap.add_argument("--backend", default="fasttext", choices=["fasttext", "langdetect"])
    ap.add_argument("--threshold", type=float, default=None)
    ap.add_argument(
        "--set", action="store_true", help="score the labelled multilingual set instead"
    )
    ap.add_argument("--sweep", action="store_true", help="corpus P/R/F1 for several thresholds")
    args = ap.parse_args()
    if args.set:
        set_bench(args)
    elif args.sweep:
        sweep(args)
    else:
        corpus_bench(args)


if __name__ == "__main__":
    main()
