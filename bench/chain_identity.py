#!/usr/bin/env python3
"""Prove that a change to the filters left every decision of the default chain unchanged.

Runs the default chain (bench/filters.py's CHAIN plus mixed_language) on N traces of the
benchmark corpus in 1,000-row batches, as `Filter.apply` runs in the pipeline, and writes one
row per (stage, trace that reached it): kept or not, reason, reason_spans (JSON) and every
measurement column the stage added. `--compare A B` diffs two such dumps (exit 1 on any
difference). Typical use: dump on main, dump on the branch, compare.

Usage: python bench/chain_identity.py --dump /tmp/before.parquet [--n 20000]
                                      [--corpus /tmp/corpus_i12]
       python bench/chain_identity.py --real --dump /tmp/real_before.parquet
       python bench/chain_identity.py --compare /tmp/before.parquet /tmp/after.parquet
`--real`: mixed_language alone, under several settings, on the real traces of
bench/mixed_language_real.py with and without an inserted foreign sentence or phrase.
To dump the code of another commit: `git archive <commit> | tar -x -C /tmp/base`, link
/tmp/base/curate/{filters,judges,train,recipes} to ../{filters,...}, and run this script
with PYTHONPATH=/tmp/base (the printed module paths say which code ran).
Not a test: run by hand (the 20k chain takes about half a minute of CPU).
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("POLARS_MAX_THREADS", "1")

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import curate.filters._lang_spans
import polars as pl

import filters as fb
from curate.registry import FILTERS

KEY = ["stage", "id"]


def _outcome(label: str, batch: pl.DataFrame, flt: Any) -> tuple[pl.DataFrame, pl.DataFrame]:
    """One row per trace of `batch`: kept, reason, reason_spans (JSON), measures (JSON); and
    the kept rows (the next stage's input)."""
    res = flt.apply(batch, label)
    extra = [c for c in res.kept.columns if c not in batch.columns]
    kept = res.kept.select("id", *extra).with_columns(
        pl.lit(True).alias("kept"),
        pl.lit(None, pl.Utf8).alias("reason"),
        pl.lit(None, pl.Utf8).alias("spans"),
    )
    spans = [
        json.dumps(s.to_list() if s is not None else None, sort_keys=True)
        for s in res.rejected["reason_spans"]
    ]
    rej = res.rejected.select("id", *extra, "reason").with_columns(
        pl.lit(False).alias("kept"), pl.Series("spans", spans, dtype=pl.Utf8)
    )
    both = pl.concat([kept, rej], how="diagonal_relaxed")
    measures = pl.struct(sorted(extra)).struct.json_encode() if extra else pl.lit(None, pl.Utf8)
    return both.select(
        pl.lit(label).alias("stage"), "id", "kept", "reason", "spans", measures.alias("measures")
    ), res.kept


def dump(corpus: Path, n: int, out: Path) -> None:
    df = fb.load_corpus(corpus, n).drop("labels")
    names = [*fb.CHAIN, "mixed_language"]
    flts = [(x, FILTERS.get(x)()) for x in names]
    rows: list[pl.DataFrame] = []
    secs = dict.fromkeys(names, 0.0)
    for b in fb.batches(df, 1000):
        for label, f in flts:
            c = time.process_time()
            one, b = _outcome(label, b, f)
            secs[label] += time.process_time() - c
            rows.append(one)
    total = sum(secs.values())
    print({k: round(v, 2) for k, v in secs.items()}, f"total {total:.2f} CPU-s (with the dump)")
    _write(pl.concat(rows), out)


# mixed_language settings run on the real traces (besides the defaults)
REAL_PARAMS: list[dict[str, Any]] = [
    {},
    {"target": "en"},
    {"unit": "chars"},
    {"scope": "reasoning", "auto_fallback": "drop"},
    {"target": "de"},
]


def dump_real(out: Path) -> None:
    """mixed_language alone on the real R1-distill / QwQ traces, as they are and with a
    foreign sentence or phrase inserted (bench/mixed_language_real.py's sets), under several
    settings."""
    import mixed_language_real as real

    frame = real.build(real.load_traces()).select(
        pl.format("{}|{}|{}", "id", "set", "lang").alias("id"), "prompt", "completion"
    )
    rows = []
    for params in REAL_PARAMS:
        flt = FILTERS.get("mixed_language")(**params)
        label = json.dumps(params, sort_keys=True)
        rows += [_outcome(label, b, flt)[0] for b in fb.batches(frame, 1000)]
    _write(pl.concat(rows), out)


def _write(frame: pl.DataFrame, out: Path) -> None:
    frame = frame.sort(KEY)
    frame.write_parquet(out)
    print(frame.group_by("stage", "kept").len().sort("stage", "kept"))


def compare(a: Path, b: Path) -> int:
    x, y = pl.read_parquet(a).sort(KEY), pl.read_parquet(b).sort(KEY)
    if x.equals(y):
        print(
            f"identical: {x.height} (stage, trace) rows, "
            f"{x.filter(~pl.col('kept')).height} rejections with their reasons and spans"
        )
        return 0
    j = x.join(y, on=KEY, how="full", suffix="_b", coalesce=True)
    cols = ["kept", "reason", "spans", "measures"]
    diff = j.filter(pl.any_horizontal(pl.col(c).ne_missing(pl.col(f"{c}_b")) for c in cols))
    print(f"{diff.height} rows differ", file=sys.stderr)
    print(diff.head(20), file=sys.stderr)
    return 1


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dump", type=Path)
    ap.add_argument("--compare", type=Path, nargs=2)
    ap.add_argument("--n", type=int, default=20000)
    ap.add_argument("--corpus", type=Path, default=Path("/tmp/corpus_i12"))
    ap.add_argument("--real", action="store_true", help="the real-trace sets, not the chain")
    args = ap.parse_args()
    print("code:", Path(curate.filters._lang_spans.__file__).parent.parent, file=sys.stderr)
    if args.compare:
        sys.exit(compare(*args.compare))
    if args.dump is None:
        ap.error("--dump or --compare")
    if args.real:
        dump_real(args.dump)
    else:
        dump(args.corpus, args.n, args.dump)


if __name__ == "__main__":
    main()
