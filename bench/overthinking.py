"""Overthinking on real R1-distill / QwQ traces: where the correct answer is first reached and
verified, and how much reasoning follows (the `overthinking` filter's measurements).

    python bench/overthinking.py [--traces bench/data/r1_traces.jsonl.gz] [--shared ../shared/data]

References come from the shared GSM8K and MATH-500 files (matched by question text); traces
are first judged by the `math` judge (only correct ones are measured, as in a run).
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
from pathlib import Path

import polars as pl
from curate.filters.overthinking import OverthinkingFilter
from curate.judges.math import MathJudge

HERE = Path(__file__).resolve().parent


def references(shared: Path) -> dict[str, str]:
    refs: dict[str, str] = {}
    for line in (shared / "gsm8k_test.jsonl").open():
        r = json.loads(line)
        refs[r["question"].strip()] = r["answer"].split("####")[-1].strip()
    for line in (shared / "math500_test.jsonl").open():
        r = json.loads(line)
        refs[r["problem"].strip()] = r["answer"]
    return refs


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--traces", type=Path, default=HERE / "data" / "r1_traces.jsonl.gz")
    ap.add_argument("--shared", type=Path, default=HERE.parents[1] / "shared" / "data")
    a = ap.parse_args()
    refs = references(a.shared)
    rows = []
    for line in gzip.open(a.traces, "rt"):
        r = json.loads(line)
        prompt = r["prompt"] if isinstance(r["prompt"], str) else json.dumps(r["prompt"])
        ref = next((v for q, v in refs.items() if q and q in prompt), None)
        if ref is not None:
            # the template pre-filled <think>: the completion starts inside the reasoning
            rows.append(
                {
                    "id": str(len(rows)),
                    "model": r["model"],
                    "completion": "<think>" + r["completion"],
                    "reference": ref,
                }
            )
    batch = pl.DataFrame(rows)
    judged = MathJudge().judge(batch)
    batch = batch.with_columns(judged["verdict"])
    out = OverthinkingFilter(max_after_verified=0.5).apply(batch)
    m = pl.concat([out.kept, out.rejected], how="diagonal_relaxed").filter(
        pl.col("verdict") == "correct"
    )
    print(f"traces with a reference: {batch.height}, judged correct: {m.height}")
    reached = m["answer_reached_at"].drop_nulls()
    verified = m["answer_verified_at"].drop_nulls()
    print(
        f"answer reached inside the reasoning: {reached.len()} ({reached.len() / max(1, m.height):.0%}), median at {statistics.median(reached.to_list()):.0%} of the reasoning"
    )
    print(
        f"answer reached and verified: {verified.len()} ({verified.len() / max(1, m.height):.0%}), median at {statistics.median(verified.to_list()):.0%}"
    )
    after = (1 - verified).to_list()
    print(
        f"reasoning after verification: median {statistics.median(after):.0%}, over half the reasoning in {sum(x > 0.5 for x in after)} traces"
    )
    print("by model (verified share, median reasoning after verification):")
    for (model,), g in m.group_by("model"):
        v = g["answer_verified_at"].drop_nulls()
        if v.len():
            print(f"  {model}: {v.len()}/{g.height}, {statistics.median((1 - v).to_list()):.0%}")
    print(f"dropped with max_after_verified 0.5: {dict(out.reasons)}")


if __name__ == "__main__":
    main()
