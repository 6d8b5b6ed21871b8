#!/usr/bin/env python3
"""Benchmark the cheap filters on R1-length traces: speed per core, memory, detection quality.

For each filter (default parameters) and for the whole default chain, on N traces of the shared
benchmark corpus (4-16 KB each, built by ../shared/bench/make_corpus.py and cached):
  * traces/s and MB/s on one core (OMP_NUM_THREADS=1, POLARS_MAX_THREADS=1), shard-sized
    batches (the pipeline's default 1,000 rows), through `Filter.apply` as the pipeline calls it;
  * the same decision made by a plain per-row Python implementation (regex / str methods per
    row) on the same inputs: its speed, the speed ratio, and the share of rows where both agree;
  * the peak RSS of the process (each filter runs in its own process, so the figure is that
    filter's; the corpus itself is part of it, see the `load` row);
  * precision / recall against the corpus labels (has_code, long_para, bad_format, mixed).

Usage: python bench/filters.py [--n 100000] [--corpus /tmp/corpus100k] [--batch 1000]
                               [--only format,length] [--no-baseline]
Not a test: run by hand; figures vary with the machine and its load.
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("POLARS_MAX_THREADS", "1")

import argparse
import json
import re
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))

import polars as pl  # noqa: E402
from curate.filters._code import FENCE_LINE_RE, math_fence_re  # noqa: E402
from curate.filters.repetition import loop_tail  # noqa: E402
from curate.filters.truncated import boxed_unbalanced  # noqa: E402

from curate.registry import FILTERS  # noqa: E402
from curate.text import split_trace  # noqa: E402

CHEAP = ["format", "long_paragraph", "code_block", "length", "truncated"]
OTHERS = ["repetition", "dedup"]
CHAIN = ["dedup", "truncated", "format", "length", "long_paragraph", "code_block", "repetition"]
OPEN, CLOSE = "<think>", "</think>"


# --- plain per-row Python twins of the default decisions ------------------------------------


def py_format(c: str, prompt: str) -> str | None:
    n_open, n_close = c.count(OPEN), c.count(CLOSE)
    prefilled = prompt.rstrip().endswith(OPEN) or (n_open == 0 and n_close > 0)
    eff = n_open + int(prefilled)
    if eff == 0:
        return "missing_think_open"
    if eff > 1 or n_close > 1:
        return "multiple_think"
    if n_close == 0:
        return "missing_think_close"
    if n_open == 1 and c.find(CLOSE) < c.find(OPEN):
        return "misordered_think"
    if n_open and c[: c.find(OPEN)].strip():
        return "text_before_think"
    t = split_trace(c)
    if not t.reasoning.strip():
        return "empty_reasoning"
    return None if t.summary.strip() else "empty_summary"


_SEP = re.compile(r"\n[ \t\r]*\n")


def py_long_paragraph(c: str, prompt: str) -> str | None:
    r = split_trace(c).reasoning.replace("\x00", " ")
    longest = max((len(p.strip()) for p in _SEP.split(r)), default=0)
    return "long_paragraph" if longest > 3000 else None


_FENCE = re.compile(FENCE_LINE_RE)
_MATH_FENCE = re.compile(
    math_fence_re(["math", "latex", "tex", "katex", "mathjax", "amsmath"]) or "x^"
)


def py_code_block(c: str, prompt: str) -> str | None:
    r = split_trace(c).reasoning
    if "```" not in r and "~~~" not in r:
        return None
    blocks = (len(_FENCE.findall(r)) + 1) // 2 - len(_MATH_FENCE.findall(r))
    return "fenced_code" if blocks > 0 else None


def py_length(c: str, prompt: str) -> str | None:
    return "too_short" if len(c) < 1 else None


def py_truncated(c: str, prompt: str, finish: str | None = "stop") -> str | None:
    if (finish or "").strip().lower() in ("length", "max_tokens"):
        return "finish_length"
    if (OPEN in c or prompt.rstrip().endswith(OPEN)) and CLOSE not in c:
        return "unterminated_reasoning"
    if ("\\boxed" in c or "\\fbox" in c) and boxed_unbalanced(c):
        return "unbalanced_boxed"
    return None


_CJK = re.compile("([\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])")


def py_repetition(c: str, prompt: str) -> str | None:
    cov, per = loop_tail(c[-8192:])
    if cov >= 200 and per and cov / per >= 3:
        return "looping_tail"
    words = (_CJK.sub(r" \1 ", c) if not c.isascii() else c).split()
    if len(words) < 50:
        return None
    grams = list(zip(*[words[i:] for i in range(10)], strict=False))
    return "repetitive" if 1 - len(set(grams)) / len(grams) > 0.5 else None


def py_dedup_rows(batch: pl.DataFrame) -> list[str | None]:
    """Per-row twin of `dedup` (scope both) on one shard, in row order."""
    rows = list(batch.select("prompt_id", "prompt", "completion", "sample_index").iter_rows())
    first_pid: dict[str, str] = {}
    for pid, prompt, _, _ in rows:  # first prompt id per normalised prompt, in row order
        first_pid.setdefault(" ".join(prompt.split()), pid)
    out: list[str | None] = [None] * len(rows)
    seen: set[tuple[str, str]] = set()
    for i in sorted(range(len(rows)), key=lambda k: (rows[k][3], k)):  # lowest sample first
        pid, prompt, c, _ = rows[i]
        key = (pid, " ".join(c.split()))
        if first_pid[" ".join(prompt.split())] != pid:
            out[i] = "duplicate_prompt"
        elif key in seen:
            out[i] = "duplicate_response"
        seen.add(key)
    return out


PY: dict[str, Callable[..., str | None]] = {
    "format": py_format,
    "long_paragraph": py_long_paragraph,
    "code_block": py_code_block,
    "length": py_length,
    "truncated": py_truncated,
    "repetition": py_repetition,
}


# --- corpus ------------------------------------------------------------------------------------


def load_corpus(path: Path, n: int) -> pl.DataFrame:
    pq = path / "corpus.parquet"
    if not pq.exists() or pl.scan_parquet(pq).select(pl.len()).collect().item() < n:
        print(f"building the corpus: make_corpus.py --n {n} --out {path}", file=sys.stderr)
        subprocess.run(
            [
                sys.executable,
                str(SHARED / "bench" / "make_corpus.py"),
                "--n",
                str(n),
                "--out",
                str(path),
            ],
            check=True,
        )
    df = pl.read_parquet(pq).head(n)
    # canonical rows: 8 samples per prompt; each prompt text unique (the corpus reuses prompts)
    return df.with_row_index("_i").select(
        "id",
        (pl.lit("p") + (pl.col("_i") // 8).cast(pl.Utf8)).alias("prompt_id"),
        (pl.col("prompt") + pl.lit(" [#") + (pl.col("_i") // 8).cast(pl.Utf8) + pl.lit("]")).alias(
            "prompt"
        ),
        "completion",
        (pl.col("_i") % 8).cast(pl.Int32).alias("sample_index"),
        pl.lit("math").alias("domain"),
        pl.lit("stop").alias("finish_reason"),
        pl.col("labels"),
    )


def batches(df: pl.DataFrame, size: int) -> list[pl.DataFrame]:
    return [df.slice(i, size) for i in range(0, df.height, size)]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# --- one measurement (run in its own process) -----------------------------------------------


def measure(name: str, args: argparse.Namespace) -> dict[str, Any]:
    df = load_corpus(Path(args.corpus), args.n)
    mb = df["completion"].str.len_bytes().sum() / 1e6
    parts = batches(df.drop("labels"), args.batch)
    rss_loaded = peak_rss_mb()
    if name == "chain":  # the default chain, mixed_language included when installed
        names = [*CHAIN, *(["mixed_language"] if "mixed_language" in FILTERS else [])]
    elif name == "chain_cheap":  # the same without mixed_language, to compare with per-row Python
        names = list(CHAIN)
    else:
        names = [name]
    flts = [(x, FILTERS.get(x)()) for x in names]
    for _, f in flts:  # warm up: imports, regex compilation, model loading
        f.apply(parts[0].head(50))
    dropped: dict[str, str] = {}
    t0, c0 = time.perf_counter(), time.process_time()
    for b in parts:
        for label, f in flts:
            out = f.apply(b, label)
            for i, r in zip(out.rejected["id"], out.rejected["reason"], strict=True):
                dropped[i] = r
            b = out.kept
    secs, wall = time.process_time() - c0, time.perf_counter() - t0
    res: dict[str, Any] = {
        "name": name,
        "n": df.height,
        "mb": mb,
        "secs": secs,
        "wall": wall,
        "rss_loaded": rss_loaded,
        "rss_peak": peak_rss_mb(),
        "filters": names,
    }
    ids = df["id"].to_list()
    labels = df["labels"].to_list()
    res["quality"] = quality(name, ids, labels, dropped)
    if not args.no_baseline:
        res.update(baseline(name, df, ids, dropped))
    return res


def baseline(
    name: str, df: pl.DataFrame, ids: list[str], dropped: dict[str, str]
) -> dict[str, Any]:
    comps, prompts = df["completion"].to_list(), df["prompt"].to_list()
    t0 = time.process_time()
    if name == "dedup":
        got = [r for b in batches(df, 1000) for r in py_dedup_rows(b)]
    elif name.startswith("chain"):
        if name == "chain":  # the per-row twin has no mixed_language: time only, no agreement
            return {"py_secs": None, "py_note": "(no per-row twin of mixed_language)"}
        checks = [PY[x] for x in CHAIN if x in PY]
        got = []
        for b in batches(df, 1000):
            dup = py_dedup_rows(b)
            for d, c, p in zip(dup, b["completion"].to_list(), b["prompt"].to_list(), strict=True):
                got.append(d or next((r for r in (f(c, p) for f in checks) if r), None))
    else:
        fn = PY[name]
        got = [fn(c, p) for c, p in zip(comps, prompts, strict=True)]
    py_secs = time.process_time() - t0
    agree = sum(
        (dropped.get(i) is None) == (g is None) for i, g in zip(ids, got, strict=True)
    ) / len(ids)
    return {"py_secs": py_secs, "agree": agree}


LABEL_FOR = {
    "code_block": ["has_code"],
    "long_paragraph": ["long_para"],
    "format": ["bad_format"],
    "truncated": ["bad_format"],
    # in a chain: a trace with any injected defect (or with this one) dropped by any filter
    "chain": ["any", "has_code", "long_para", "bad_format", "mixed"],
    "chain_cheap": ["any", "has_code", "long_para", "bad_format", "mixed"],
}
DEFECTS = ("has_code", "long_para", "bad_format", "mixed")  # the corpus labels


def quality(
    name: str, ids: list[str], labels: list[dict[str, Any]], dropped: dict[str, str]
) -> dict[str, Any]:
    out: dict[str, Any] = {"dropped": len(dropped), "reasons": {}}
    for r in dropped.values():
        out["reasons"][r] = out["reasons"].get(r, 0) + 1
    for label in LABEL_FOR.get(name, []):
        pred = [i in dropped for i in ids]
        if label == "any":
            truth = [any(bool(lab[k]) for k in DEFECTS) for lab in labels]
        else:
            truth = [bool(lab[label]) for lab in labels]
        tp = sum(p and t for p, t in zip(pred, truth, strict=True))
        per_label_in_chain = name.startswith("chain") and label != "any"
        fp = sum(p and not t for p, t in zip(pred, truth, strict=True))
        fn = sum(t and not p for p, t in zip(pred, truth, strict=True))
        out[label] = {
            "precision": None if per_label_in_chain else tp / (tp + fp) if tp + fp else None,
            "recall": tp / (tp + fn) if tp + fn else None,
            "tp": tp,
            "fp": None if per_label_in_chain else fp,
            "fn": fn,
        }
    return out


# --- driver ---------------------------------------------------------------------------------


def fmt(x: float | None, spec: str = ".3f") -> str:
    return "-" if x is None else format(x, spec)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--corpus", default="/tmp/corpus100k")
    ap.add_argument(
        "--batch", type=int, default=1000, help="rows per batch (the pipeline's shard size)"
    )
    ap.add_argument("--only", default="", help="comma-separated filters (and/or 'chain')")
    ap.add_argument("--no-baseline", action="store_true", help="skip the per-row Python comparison")
    ap.add_argument("--worker", default=None, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        print(json.dumps(measure(args.worker, args)))
        return
    load_corpus(Path(args.corpus), args.n)  # build once before the workers
    names = [x for x in args.only.split(",") if x] or [*CHEAP, *OTHERS, "chain_cheap", "chain"]
    results = []
    for name in names:
        cmd = [
            sys.executable,
            __file__,
            "--worker",
            name,
            "--n",
            str(args.n),
            "--corpus",
            args.corpus,
            "--batch",
            str(args.batch),
        ] + (["--no-baseline"] if args.no_baseline else [])
        out = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if out.returncode != 0:
            print(f"{name}: failed\n{out.stderr[-2000:]}", file=sys.stderr)
            continue
        res = json.loads(out.stdout.strip().splitlines()[-1])
        results.append(res)
        print(f"done {name}: {res['n'] / res['secs']:,.0f} traces/s", file=sys.stderr)
    report(results, args)


def report(results: list[dict[str, Any]], args: argparse.Namespace) -> None:
    env = " ".join(f"{k}={os.environ[k]}" for k in ("OMP_NUM_THREADS", "POLARS_MAX_THREADS"))
    r0 = results[0]
    print(
        f"\n{r0['n']:,} traces, {r0['mb']:.0f} MB of completions, batches of {args.batch}, {env}, "
        f"polars {pl.__version__}, Python {sys.version.split()[0]}; rates are per CPU-second "
        "(process time, robust to other load), wall rates alongside\n"
    )
    print(
        "| filter | traces/s | MB/s | wall traces/s | per-row Python traces/s | speed-up | agree "
        "| peak RSS MB (after load) | dropped |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in results:
        tps = r["n"] / r["secs"]
        py = r["n"] / r["py_secs"] if r.get("py_secs") else None
        name = r["name"]
        if name.startswith("chain"):
            name = f"{name}: " + " → ".join(r["filters"])
        agree = f"{r['agree']:.4f}" if "agree" in r else r.get("py_note", "-")
        speedup = fmt(tps / py if py else None, ".1f")
        print(
            f"| {name} | {tps:,.0f} | {r['mb'] / r['secs']:,.0f} | {r['n'] / r['wall']:,.0f} "
            f"| {fmt(py, ',.0f')} | {speedup}x | {agree} "
            f"| {r['rss_peak']:,.0f} ({r['rss_loaded']:,.0f}) | {r['quality']['dropped']:,} |"
        )
    print(
        "\n| filter | label | precision | recall | tp | fp | fn |\n|---|---|---:|---:|---:|---:|---:|"
    )
    for r in results:
        for label in LABEL_FOR.get(r["name"], []):
            q = r["quality"][label]
            print(
                f"| {r['name']} | {label} | {fmt(q['precision'])} | {fmt(q['recall'])} "
                f"| {q['tp']} | {fmt(q['fp'], 'd')} | {q['fn']} |"
            )
    print("\nreasons:")
    for r in results:
        print(f"  {r['name']}: {json.dumps(r['quality']['reasons'], sort_keys=True)}")


if __name__ == "__main__":
    main()
