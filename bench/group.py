#!/usr/bin/env python3
"""Grouping benchmark: a flat, shuffled source (one sample per row) through `curate run` with a
per-prompt stage (`select: {k: 2}`), so the run groups it by prompt first (curate.grouping).

Rows: 200k prompts x 10 samples, shuffled. Their text is real model output: the Qwen2.5-Math
samples of ../shared/data (100 MATH problems x 8 responses, MIT; mean response 1.2k chars),
problem i being MATH problem i % 100 with "(Variant i.)" appended and sample s one of that
problem's 8 responses, so 2M rows hold ~2.8 GB of text (`--synthetic`: a short made-up trace).

Reports the grouping pass's time, the whole run's rows/s and the run's peak RSS (each run in
its own process), and checks the per-prompt result: exactly k rows kept for every prompt.

    python bench/group.py                               # 2M rows: 200k prompts x 10, local + hub
    python bench/group.py --prompts 20000 --source local

`hub` streams the same rows as a Hugging Face dataset: `datasets.load_dataset(<folder of
parquet files>, split="train", streaming=True)`, the call and code path of a Hub source
(`source.dataset`); no network is needed (a local folder stands in for the Hub). Its files have
row groups of at most 100 MB, as `datasets` writes Hub shards (`MAX_ROW_GROUP_SIZE`): the
streaming reader holds a row group at a time, so this decides much of its memory.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT.parent / "shared" / "data" / "qwen25math_math_cot_100_8samples.jsonl"

MAKE = r"""
import sys, polars as pl
prompts, samples, out, files, real = (int(sys.argv[1]), int(sys.argv[2]), sys.argv[3],
                                      int(sys.argv[4]), sys.argv[5])
n = prompts * samples
i = pl.int_range(0, n, eager=True)
idx = pl.DataFrame({"p": i // samples, "s": i % samples}).sample(fraction=1.0, shuffle=True, seed=0)
if real != "-":  # real model outputs: Qwen2.5-Math samples on MATH (100 problems x 8)
    src = pl.read_ndjson(real).select("question", "gt", "response")
    pool = src.with_row_index("qi").explode("response").with_columns(
        (pl.int_range(pl.len()).over("qi")).alias("ri"))
    width, per = src.height, pool.height // src.height
else:
    words = "let me check the sum again so we get this value"
    pool = pl.DataFrame({"qi": [0], "ri": [0], "question": ["What is x + 3?"], "gt": ["x"],
                         "response": [f"<think>{words * 4}</think> So \\boxed{{x}}."]})
    width, per = 1, 1
size = -(-n // files)
for f in range(files):
    part = idx.slice(f * size, size).with_columns(
        (pl.col("p") % width).cast(pl.UInt32).alias("qi"),
        ((pl.col("p") + pl.col("s")) % per).cast(pl.Int64).alias("ri"),
    ).join(pool.with_columns(pl.col("qi").cast(pl.UInt32), pl.col("ri").cast(pl.Int64)),
           on=["qi", "ri"], how="left", maintain_order="left")
    part = part.select(
        pl.format("{}\n\n(Variant {}.)", "question", "p").alias("problem"),
        pl.col("gt").alias("answer"), "response", pl.col("s").alias("k"),
    )
    part.write_parquet(f"{out}/train-{f:02d}.parquet")
    # the Hub copy: row groups of at most 100 MB, as `datasets` writes Hub shards
    # (datasets.config.MAX_ROW_GROUP_SIZE)
    rg = max(1, int((100 << 20) / (part.estimated_size() / part.height)))
    part.write_parquet(f"{out}/../hub/train-{f:02d}.parquet", row_group_size=rg)
"""

RUN = r"""
import json, resource, sys, time
sys.path.insert(0, {root!r})
from curate.recipe import load_recipe
from curate.runner import run
from curate.store import open_run
import polars as pl
source, out, batch_size = json.loads(sys.argv[1]), sys.argv[2], int(sys.argv[3])
recipe = load_recipe(data={{"name": "group-bench", "source": source, "select": {{"k": 2}},
                            "run": {{"batch_size": batch_size}}}})
t0 = time.perf_counter()
res = run(recipe, out=out)
secs = time.perf_counter() - t0
counts = pl.scan_parquet(f"{{out}}/data/*.parquet").group_by("prompt_id").len().collect()
print(json.dumps({{"seconds": secs, "grouping": res.stats["grouping"],
                  "kept": res.stats["rows_out"], "prompts_kept": counts.height,
                  "per_prompt": sorted(set(counts["len"].to_list()))}}))
"""


def bench(source: dict[str, object], out: Path, batch_size: int) -> dict[str, object]:
    script = RUN.format(root=str(ROOT))
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t0 = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-c", script, json.dumps(source), str(out), str(batch_size)],
        capture_output=True,
        text=True,
        env={"HF_HUB_OFFLINE": "1", "HF_DATASETS_OFFLINE": "1", "PATH": "/usr/bin:/bin"},
    )
    wall = time.perf_counter() - t0
    if proc.returncode:
        raise SystemExit(proc.stderr[-3000:])
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    res = json.loads(proc.stdout.strip().splitlines()[-1])
    res["peak_rss_mb"] = round(max(peak, before) / 1024)  # ru_maxrss is in KiB on Linux
    res["wall_s"] = round(wall, 1)
    return res


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--prompts", type=int, default=200_000)
    ap.add_argument("--samples", type=int, default=10)
    ap.add_argument("--files", type=int, default=4)
    ap.add_argument("--batch-size", type=int, default=10_000)
    ap.add_argument("--source", choices=["local", "hub", "both"], default="both")
    ap.add_argument("--workdir", type=Path, default=None)
    ap.add_argument("--synthetic", action="store_true", help="made-up text, not real outputs")
    args = ap.parse_args()
    work = args.workdir or Path(tempfile.mkdtemp(prefix="curate-group-"))
    data = work / "data"
    rows = args.prompts * args.samples
    if not data.exists():
        data.mkdir(parents=True)
        (work / "hub").mkdir(exist_ok=True)
        subprocess.run(
            [sys.executable, "-c", MAKE, str(args.prompts), str(args.samples), str(data),
             str(args.files), str(REAL) if REAL.exists() and not args.synthetic else "-"],
            check=True,
        )  # fmt: skip
    cols = {"prompt": "problem", "reference": "answer", "completion": "response"}
    sources = {
        "local": {"path": str(data / "train-*.parquet"), "columns": cols},
        "hub": {"dataset": str(work / "hub"), "split": "train", "columns": cols},
    }
    picked = ["local", "hub"] if args.source == "both" else [args.source]
    size_mb = sum(f.stat().st_size for f in data.glob("*.parquet")) / 2**20
    print(f"source: {rows} flat rows ({args.prompts} prompts x {args.samples}), shuffled, "
          f"{args.files} parquet files, {size_mb:.0f} MB")  # fmt: skip
    for name in picked:
        res = bench(sources[name], work / f"run-{name}", args.batch_size)
        g = res["grouping"]
        ok = res["prompts_kept"] == args.prompts and res["per_prompt"] == [2]
        print(
            f"{name:5s}: {g['method']} into {g['pass']['partitions']} buckets, "
            f"pass {g['pass']['seconds']:.1f}s ({rows / g['pass']['seconds']:,.0f} rows/s); "
            f"run {res['seconds']:.1f}s ({rows / res['seconds']:,.0f} rows/s); "
            f"peak RSS {res['peak_rss_mb']} MB; prompts {g['prompts']}, samples/prompt "
            f"{g['samples_per_prompt']}; kept {res['kept']} "
            f"({'k=2 for every prompt' if ok else 'WRONG: ' + str(res['per_prompt'])})"
        )


if __name__ == "__main__":
    main()
