#!/usr/bin/env python3
"""Benchmark the `mix` job: decontamination, exact and near dedup, quotas on N synthetic prompts.

Builds a prompt-only input run of N prompts (70% distinct word salads drawn from the shared
benchmark texts, 10% exact copies with case/punctuation changes, 10% near copies with 1-3
tokens swapped, 10% GSM8K questions with other numbers), then mixes it against MATH-500 and
prints rows/s per stage and the peak RSS of the mix process.

Usage: python bench/dedup.py [--n 100000] [--seed 0] [--work /tmp/curate-bench-dedup] [--reuse]
Not a test: run by hand; figures vary with the machine.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
sys.path.insert(0, str(ROOT))


def corpus(n: int, seed: int) -> list[dict[str, str]]:
    rng = random.Random(seed)
    gsm = [json.loads(x)["question"] for x in (DATA / "gsm8k_test.jsonl").open()]
    m5 = [json.loads(x)["problem"] for x in (DATA / "math500_test.jsonl").open()]
    vocab = sorted({w for t in gsm + m5 for w in t.split() if w.isalpha()})
    rows: list[str] = []
    for _ in range(int(n * 0.7)):
        rows.append(" ".join(rng.choice(vocab) for _ in range(rng.randint(20, 80))))
    base = list(rows)
    for _ in range(int(n * 0.1)):  # exact duplicates after normalisation
        t = rng.choice(base)
        rows.append(t.upper() + " ?!" if rng.random() < 0.5 else "  " + t.replace(" ", "\n"))
    for _ in range(int(n * 0.1)):  # near duplicates: 1-3 tokens swapped
        w = rng.choice(base).split()
        for _ in range(rng.randint(1, 3)):
            w[rng.randrange(len(w))] = rng.choice(vocab)
        rows.append(" ".join(w))
    while len(rows) < n:  # templated variants: GSM8K with other numbers
        q = rng.choice(gsm)
        rows.append(re.sub(r"\d+", lambda _m: str(rng.randint(2, 999)), q))
    rng.shuffle(rows)
    rows[:5] = m5[:5]  # a few contaminated prompts
    return [{"prompt": t, "reference": str(i)} for i, t in enumerate(rows)]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--work", default="/tmp/curate-bench-dedup")
    ap.add_argument(
        "--reuse", action="store_true", help="Reuse the input run in --work (RSS of the mix alone)."
    )
    args = ap.parse_args()
    from curate.recipe import load_recipe
    from curate.runner import run

    work = Path(args.work)
    if args.reuse and (work / "src" / "stats.json").exists():
        shutil.rmtree(work / "mix", ignore_errors=True)
    else:
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir(parents=True)
        with (work / "prompts.jsonl").open("w") as fh:
            for r in corpus(args.n, args.seed):
                fh.write(json.dumps(r) + "\n")
        t0 = time.perf_counter()
        src = load_recipe(
            data={
                "name": "src",
                "source": {"path": "prompts.jsonl"},
                "run": {"batch_size": 10_000},
            },
            base_dir=work,
        )
        run(src, out=work / "src")
        print(f"input run: {args.n:,} prompts in {time.perf_counter() - t0:.1f} s")
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    mix = load_recipe(
        data={
            "name": "mix",
            "mix": {
                "inputs": [{"run": "src", "count": args.n // 2}],
                "decontaminate": {
                    "benchmarks": [{"path": str(DATA / "math500_test.jsonl"), "name": "math500"}]
                },
            },
        },
        base_dir=work,
    )
    t0 = time.perf_counter()
    res = run(mix, out=work / "mix")
    wall = time.perf_counter() - t0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    m = res.stats["mix"]
    print(f"mix: {args.n:,} rows in {wall:.1f} s = {args.n / wall:,.0f} rows/s overall")
    for stage, secs in m["seconds"].items():
        rate = f"{args.n / secs:,.0f} rows/s" if secs else "-"
        print(f"  {stage:14s} {secs:7.2f} s  {rate}")
    print(f"  dedup: {json.dumps(m['dedup'])}")
    dc = m["decontamination"]["benchmarks"]
    print(f"  decontamination hits: {json.dumps(dc)}")
    print(f"  taken: {m['taken']:,}  kept rows: {res.stats['rows_out']:,}")
    print(f"peak RSS: {rss:,.0f} MiB (after building the input run: {rss0:,.0f} MiB)")


if __name__ == "__main__":
    main()
