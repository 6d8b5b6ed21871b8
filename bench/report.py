#!/usr/bin/env python3
"""Benchmark `curate report` (and `curate diff`) on a large run: the report reads stats.json and
a few example rows by id, never all rows, so its time and memory should not grow with the run.

Builds a run of N rows (default 1,000,000: the quickstart's 300 prompts x 4 responses, copied
with numbered prompts so every row is distinct) through the real pipeline with the text filters
(truncated, format, code_block, long_paragraph, repetition; shards of 20,000 rows), then times
`curate report` in a fresh process and reads its peak RSS; the same for the 1,192-row quickstart
run for comparison, and for `curate diff` of the large run against itself (diff reads the id,
verdict and reason columns of every row, so it does grow with the run).

Usage: python bench/report.py [--rows 1000000] [--work /tmp/curate-bench-report] [--reuse]
Not a test: run by hand; figures vary with the machine.

Measured (2-core shared CPU machine, 2026-12-05): the run, 997,704 rows in (1,000,800 source
samples; the quickstart's quarantined rows excluded), 477,396 kept, 51 shards, built in 220 s.
  curate report, quickstart (1,192 rows):  1.02 s, peak RSS 78 MiB
  curate report, large (997,704 rows):     1.09 s, peak RSS 80 MiB   (flat: stats + examples)
  curate diff, large run against itself:   5.58 s, peak RSS 453 MiB  (reads 4 columns of all rows)
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

import polars as pl

ROOT = Path(__file__).resolve().parent.parent
CURATE = [str(Path(sys.executable).parent / "curate")]

RECIPE = """
name: bench-report
source:
  path: {source}
  columns: {{prompt: problem, reference: answer, completion: responses}}
filters:
  - truncated
  - format
  - code_block
  - long_paragraph
  - repetition: {{loop_tail: false}}
select: {{k: 2, policy: shortest}}
run: {{batch_size: 5000}}
output: {{format: parquet}}
"""


def make_source(path: Path, rows: int) -> None:
    base = pl.read_ndjson(ROOT / "recipes" / "data" / "quickstart.jsonl")
    per_copy = base.select(pl.col("responses").list.len().sum()).item()
    copies = -(-rows // per_copy)
    frame = pl.concat(
        [
            base.with_columns((pl.col("problem") + f" (variant {k})").alias("problem"))
            for k in range(copies)
        ]
    )
    frame.write_parquet(path)


def peak_of(cmd: list[str]) -> tuple[float, float]:
    """Run under /usr/bin/time-like accounting: a wrapper process per measurement, so the
    children's max RSS is that command's own."""
    wrapper = (
        "import resource,subprocess,sys,time,json;t=time.perf_counter();"
        "subprocess.run(sys.argv[1:],check=True,capture_output=True);"
        "print(json.dumps([time.perf_counter()-t,"
        "resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss/1024]))"
    )
    out = subprocess.run(
        [sys.executable, "-c", wrapper, *cmd], capture_output=True, text=True, check=True
    )
    secs, mib = json.loads(out.stdout)
    return secs, mib


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--work", type=Path, default=Path("/tmp/curate-bench-report"))
    ap.add_argument("--reuse", action="store_true", help="keep an existing run in --work")
    a = ap.parse_args()
    run_dir, small = a.work / "run", a.work / "quickstart"
    if not a.reuse or not (run_dir / "stats.json").exists():
        shutil.rmtree(a.work, ignore_errors=True)
        a.work.mkdir(parents=True)
        make_source(a.work / "source.parquet", a.rows)
        (a.work / "recipe.yaml").write_text(RECIPE.format(source=a.work / "source.parquet"))
        t0 = time.perf_counter()
        subprocess.run(
            [
                *CURATE,
                "run",
                str(a.work / "recipe.yaml"),
                "--out",
                str(run_dir),
                "-q",
                "--no-report",
                "--json",
            ],
            check=True,
            capture_output=True,
        )
        print(f"built the run: {time.perf_counter() - t0:,.0f} s")
        subprocess.run(
            [
                *CURATE,
                "run",
                str(ROOT / "recipes" / "quickstart.yaml"),
                "--out",
                str(small),
                "-q",
                "--no-report",
                "--json",
            ],
            check=True,
            capture_output=True,
        )
    stats = json.loads((run_dir / "stats.json").read_text())
    rej = sum(f.stat().st_size for f in (run_dir / "rejected").glob("*.parquet"))
    kept = sum(f.stat().st_size for f in (run_dir / "data").glob("*.parquet"))
    print(
        f"run: {stats['rows_in']:,} rows in, {stats['rows_out']:,} kept, {stats['shards']} shards; "
        f"data {kept / 2**20:,.0f} MiB, rejected {rej / 2**20:,.0f} MiB"
    )
    for name, rd in (
        ("quickstart (1,192 rows)", small),
        (f"large ({stats['rows_in']:,} rows)", run_dir),
    ):
        secs, mib = peak_of([*CURATE, "report", str(rd), "-o", str(a.work / f"{rd.name}.html")])
        size = (a.work / f"{rd.name}.html").stat().st_size
        print(
            f"curate report, {name}: {secs:.2f} s, peak RSS {mib:,.0f} MiB, page {size / 1024:,.0f} KiB"
        )
    secs, mib = peak_of([*CURATE, "diff", str(run_dir), str(run_dir), "--json"])
    print(f"curate diff, large run against itself: {secs:.2f} s, peak RSS {mib:,.0f} MiB")


if __name__ == "__main__":
    main()
