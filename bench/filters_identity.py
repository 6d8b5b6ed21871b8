#!/usr/bin/env python3
"""Before/after identity check for speed work on the built-in filters, run by hand.

A faster filter must decide exactly as before. This script runs every filter of the default
chain (default parameters, one filter at a time on every row, and the chain as the pipeline
runs it) on three sets and records, per row: kept or not, the reason, every measure column and
the `reason_spans` of rejected rows:

  * `corpus`: the shared benchmark corpus (R1-length traces, ../shared/bench/make_corpus.py);
  * `real`: the real R1-distill / QwQ traces of bench/data/r1_traces.jsonl.gz, with the run's
    pre-fill decision made once from the whole set (as `bench/truncated_real.py` does);
  * `mutants`: rows of both, deterministically damaged to reach every branch the clean traces
    rarely take: cut at a random place, looping tails, copied passages, CJK and Unicode
    spaces, removed or doubled think tags, cut or escaped boxes, answers ending mid-sentence,
    code fences, paragraphs run together, empty and null completions, every finish_reason.

    python bench/filters_identity.py --save /tmp/before          # on the old code
    python bench/filters_identity.py --save /tmp/after           # on the new code
    python bench/filters_identity.py --compare /tmp/before /tmp/after

`--compare` prints every difference (filter, set, column, count and an example row) and exits 1
if there is one. Floats are compared exactly.
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("POLARS_MAX_THREADS", "1")

import argparse
import gzip
import json
import random
import sys
import time
from pathlib import Path

import polars as pl

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))

from curate.registry import FILTERS  # noqa: E402
from filters import CHAIN, batches, load_corpus  # noqa: E402

REAL = ROOT / "data" / "r1_traces.jsonl.gz"
COLS = ["id", "prompt_id", "prompt", "completion", "sample_index", "finish_reason"]
INPUT = {*COLS, "domain", "_ord"}


def real_traces() -> pl.DataFrame:
    with gzip.open(REAL, "rt", encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    return pl.DataFrame(
        {
            "id": [f"{r['model']}/{r['dataset']}/{r['index']}" for r in rows],
            "prompt_id": [f"{r['dataset']}/{r['index']}" for r in rows],
            "prompt": [r["prompt"] for r in rows],
            "completion": [r["completion"] for r in rows],
            "sample_index": list(range(len(rows))),
            "finish_reason": [None] * len(rows),
        },
        schema_overrides={"sample_index": pl.Int32, "finish_reason": pl.Utf8},
    )


# --- mutations: each takes (rng, text) and returns a damaged text ---------------------------

ENDINGS = [
    "To",
    "Substituting \\( s",
    "**Answer:** Tetrahedron",
    "- Pillowcases: Twice",
    "**Answer:**\nTetrahedron",
    "The answer is 5",
    "x = 5",
    "so the total is 12 apples and",
    "the total is \\[ 3 \\times",
    "Therefore the result is",
    "1. first item\n2. second item",
    "It follows that the sum equals 42 in all four cases 7",
    ":",
    ",",
    "\\boxed{7} meters",
    "\\(x",
    "done.",
]
BOXES = [
    "\\boxed{",
    "\\boxed{3",
    "\\boxed{\\{3\\}}",
    "\\boxed{\\{3}",
    "\\fbox{x}",
    "\\boxedfoo{",
    "\\boxed 3",
    "\\boxed",
    "\\boxed {4}",
    "\\boxed{\\frac{1}{2}",
]
INSERTS = [
    "中文数学题",
    "\u00a0",
    "\u3000",
    "\t",
    "\x1c",
    "\x85",
    "\u2028",
    "é",
    "ー",
    "  ",
    "\r\n",
    "\x00",
]
FENCES = ["```python\nprint(1)\n```", "```\nx = 1\n", "~~~\ncode\n~~~", "```math\nx^2\n```", "$$\n"]


def _pos(rng: random.Random, t: str) -> int:
    return rng.randrange(len(t) + 1)


def cut(rng: random.Random, t: str) -> str:
    return t[: _pos(rng, t)]


def loop(rng: random.Random, t: str) -> str:
    a = _pos(rng, t)
    unit = t[a : a + rng.randint(1, 600)] or "again "
    sep = rng.choice([" ", "\n", "", "\n\n"])
    body = sep.join([unit] * rng.randint(2, 9))
    if rng.random() < 0.5:
        body += unit[: rng.randrange(len(unit) + 1)]
    return t + sep + body + rng.choice(["", " ", "\n"])


def copy_passage(rng: random.Random, t: str) -> str:
    a = _pos(rng, t)
    chunk = t[a : a + rng.randint(50, 4000)]
    for _ in range(rng.randint(1, 6)):
        b = _pos(rng, t)
        t = t[:b] + chunk + t[b:]
    return t


def unicode(rng: random.Random, t: str) -> str:
    for _ in range(rng.randint(1, 12)):
        b = _pos(rng, t)
        t = t[:b] + rng.choice(INSERTS) + t[b:]
    return t


def tags(rng: random.Random, t: str) -> str:
    k = rng.randrange(5)
    if k == 0:
        return t.replace("<think>", "", 1)
    if k == 1:
        return t.replace("</think>", "", 1)
    if k == 2:
        return t.replace("<think>", "").replace("</think>", "")
    if k == 3:
        return "<think>" + t
    return t + "\n</think>\n"


def box(rng: random.Random, t: str) -> str:
    i = t.rfind("\\boxed")
    k = rng.random()
    if i >= 0 and k < 0.3:
        return t[: i + rng.randint(0, 12)]
    if k < 0.6:  # anywhere: an open box far from the end, or a closed one before a cut one
        b = _pos(rng, t)
        return t[:b] + rng.choice(BOXES) + t[b:]
    return t + rng.choice(["", " ", "\n", "$"]) + rng.choice(BOXES)


def ending(rng: random.Random, t: str) -> str:
    i = t.find("</think>")
    head = t if i < 0 else t[: i + len("</think>")]
    body = "\n\n".join(rng.choice(ENDINGS) for _ in range(rng.randint(1, 3)))
    return head + rng.choice(["\n\n", "\n", " "]) + body + rng.choice(["", "\n", "  "])


def fence(rng: random.Random, t: str) -> str:
    b = _pos(rng, t)
    return t[:b] + "\n" + rng.choice(FENCES) + "\n" + t[b:]


def join_paragraphs(rng: random.Random, t: str) -> str:
    return t.replace("\n\n", rng.choice([" ", "\n", "\n \n"]))


MUTATIONS = [cut, loop, copy_passage, unicode, tags, box, ending, fence, join_paragraphs]
FINISH = ["stop", "length", "LENGTH ", None, "max_tokens", "eos"]


def mutants(corpus: pl.DataFrame, real: pl.DataFrame, n: int, seed: int = 12) -> pl.DataFrame:
    rng = random.Random(seed)
    src = pl.concat([corpus.select(COLS).head(n // 2), real.select(COLS).head(n // 2)])
    rows = src.to_dicts()
    for k, r in enumerate(rows):
        text: str | None = r["completion"] or ""
        for m in rng.sample(MUTATIONS, rng.randint(1, 3)):
            text = m(rng, text or "")
        if k % 97 == 0:
            text = rng.choice(["", "   \n", None, "<think></think>", "</think>"])
        elif k and rng.random() < 0.1:  # a duplicate of the previous sample, spaced or cased
            prev = rows[k - 1]["completion"] or ""
            text = rng.choice([prev, prev.replace(" ", "  "), prev.upper(), " " + prev + "\n"])
        if k and rng.random() < 0.03:  # the previous prompt's text under a new prompt id
            r["prompt_id"], r["prompt"] = f"m{k}", " " + (rows[k - 1]["prompt"] or "")
        r["completion"] = text
        r["id"] = f"m{k}:{r['id']}"
        r["finish_reason"] = rng.choices(FINISH, weights=[6, 1, 1, 6, 1, 1])[0]
    return pl.DataFrame(rows, schema=src.schema)


def run_set(df: pl.DataFrame, prefilled: bool | None) -> dict[str, pl.DataFrame]:
    """Per filter (and `chain`), the outcome of every row: keep, reason, measures, spans."""
    df = df.with_row_index("_ord")
    parts = batches(df, 1000)
    out: dict[str, pl.DataFrame] = {}
    for name in [*CHAIN, "chain"]:
        names = CHAIN if name == "chain" else [name]
        frames, t0 = [], time.process_time()
        for b in parts:
            for label in names:
                params = {"prefilled_run": prefilled} if label == "truncated" else {}
                res = FILTERS.get(label)(**params).apply(b, label)
                frames.append(res.rejected.with_columns(pl.lit(False).alias("keep")))
                b = res.kept
            frames.append(b.with_columns(pl.lit(True).alias("keep")))
        got = pl.concat(frames, how="diagonal_relaxed").sort("_ord")
        out[name] = got.select(["_ord", "id", *[c for c in got.columns if c not in INPUT]])
        print(f"  {name}: {time.process_time() - t0:.2f} CPU s", file=sys.stderr)
    return out


def save(dest: Path, n: int, corpus_path: Path, n_mutants: int) -> None:
    from curate.prefill import decide, votes

    corpus = load_corpus(corpus_path, n).drop("labels")
    real = real_traces()
    sets = {
        "corpus": (corpus, None),
        "real": (real, decide(*votes(real, "<think>", "</think>"))),
        "mutants": (mutants(corpus, real, n_mutants), None),
    }
    dest.mkdir(parents=True, exist_ok=True)
    for set_name, (df, prefilled) in sets.items():
        print(f"{set_name}: {df.height} rows", file=sys.stderr)
        for name, frame in run_set(df, prefilled).items():
            frame.write_parquet(dest / f"{set_name}.{name}.parquet")


def compare(a: Path, b: Path) -> int:
    bad = 0
    names = sorted(p.name for p in a.glob("*.parquet"))
    missing = sorted({p.name for p in b.glob("*.parquet")} ^ set(names))
    if missing:
        print(f"files in one directory only: {missing}")
        bad += 1
    for name in names:
        if not (b / name).exists():
            continue
        x, y = pl.read_parquet(a / name), pl.read_parquet(b / name)
        if x.columns != y.columns or x.height != y.height:
            print(f"{name}: columns {x.columns} vs {y.columns}, rows {x.height} vs {y.height}")
            bad += 1
            continue
        kept = int(x["keep"].sum())
        for col in x.columns:
            same = x[col].eq_missing(y[col]) if x[col].dtype != pl.Null else None
            if same is not None and not bool(same.all()):
                i = int((~same).arg_true()[0])
                print(f"{name}: {col}: {int((~same).sum())} rows differ, e.g. {x['id'][i]}")
                print(f"    before {x[col][i]!r}\n    after  {y[col][i]!r}")
                bad += 1
        print(f"{name}: {x.height} rows, {kept} kept, {len(x.columns)} columns compared")
    print("IDENTICAL" if not bad else f"{bad} DIFFERENCES")
    return 1 if bad else 0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--save", type=Path)
    ap.add_argument("--compare", type=Path, nargs=2)
    ap.add_argument("--n", type=int, default=20000)
    ap.add_argument("--corpus", default="/tmp/corpus_i12")
    ap.add_argument("--mutants", type=int, default=8000)
    args = ap.parse_args()
    if args.save:
        save(args.save, args.n, Path(args.corpus), args.mutants)
    if args.compare:
        sys.exit(compare(*args.compare))


if __name__ == "__main__":
    main()
