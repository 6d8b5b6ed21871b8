#!/usr/bin/env python3
"""Streaming benchmark: N synthetic rows through `curate run` with two cheap filters.

Reports rows/s and peak RSS for each size (each size in its own process, so the peak is its
own). The goal is flat memory (≤ 1.5 GB whatever N): the runner holds one shard at a time.

    python bench/stream.py                      # 100k and 1M rows
    python bench/stream.py --sizes 100000 --batch-size 20000 --filters length,format
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def make_source(path: Path, n: int, seed: int = 0) -> None:
    rng = random.Random(seed)
    words = "let me check the sum again so we get this value and then divide by two wait".split()
    with path.open("w") as fh:
        for i in range(n):
            reasoning = " ".join(rng.choice(words) for _ in range(rng.randint(20, 60)))
            close = "</think>" if rng.random() > 0.03 else ""
            fh.write(
                json.dumps(
                    {
                        "problem": f"Problem {i}: compute {i} + 1.",
                        "answer": str(i + 1),
                        "response": f"<think>\n{reasoning}\n{close}\n\nSo \\boxed{{{i + 1}}}.",
                    }
                )
                + "\n"
            )


def one(n: int, batch_size: int, filters: list[str], workdir: Path) -> dict[str, float]:
    sys.path.insert(0, str(ROOT))
    from curate.recipe import load_recipe
    from curate.runner import run

    src = workdir / f"src-{n}.jsonl"
    if not src.exists():
        make_source(src, n)
    recipe = load_recipe(
        data={
            "name": f"stream-{n}",
            "source": {
                "path": str(src),
                "columns": {"prompt": "problem", "reference": "answer", "completion": "response"},
            },
            "filters": filters,
            "run": {"batch_size": batch_size},
        }
    )
    t0 = time.perf_counter()
    res = run(recipe, out=workdir / f"run-{n}", force=True)
    dt = time.perf_counter() - t0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # MiB on Linux
    return {
        "rows": n,
        "seconds": round(dt, 2),
        "rows_per_s": round(n / dt),
        "peak_rss_mib": round(rss),
        "kept": res.stats["rows_out"],
        "shards": res.stats["shards"],
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="100000,1000000")
    ap.add_argument("--batch-size", type=int, default=10000)
    ap.add_argument("--filters", default="format,length")
    ap.add_argument("--workdir", default=None)
    ap.add_argument("--_one", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    workdir = Path(args.workdir or tempfile.mkdtemp(prefix="curate-bench-"))
    filters = [f for f in args.filters.split(",") if f]
    if args._one:
        print(json.dumps(one(args._one, args.batch_size, filters, workdir)))
        return
    print(
        f"filters={filters} batch_size={args.batch_size} workdir={workdir} (1 process, OMP/POLARS threads=1)"
    )
    env = {**os.environ, "OMP_NUM_THREADS": "1", "POLARS_MAX_THREADS": "1"}
    for n in (int(s) for s in args.sizes.split(",")):
        out = subprocess.run(
            [
                sys.executable,
                __file__,
                "--_one",
                str(n),
                "--batch-size",
                str(args.batch_size),
                "--filters",
                args.filters,
                "--workdir",
                str(workdir),
            ],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        print(out.stdout.strip().splitlines()[-1])


if __name__ == "__main__":
    main()
