#!/usr/bin/env python3
"""`truncated` on real R1-distill / QwQ traces (bench/data/r1_traces.jsonl.gz), run by hand.

    python bench/truncated_real.py            # counts per reason, per model
    python bench/truncated_real.py --show     # print the end of every `cut_summary` drop

The source has no finish_reason; its template pre-filled `<think>` (most completions close the
reasoning without opening it), so the run decides `prefilled_open: auto` = pre-filled and a
completion with no closing tag is `unterminated_reasoning` (cut while thinking). Among
completions that closed the reasoning, `cut_summary` drops those whose answer stops
mid-sentence. Every drop is printed with `--show` to be read by hand: the false-drop rate on
complete summaries is the number of those drops that are complete answers, over the
summaries the check keeps plus those false drops.
"""

from __future__ import annotations

import os

os.environ["POLARS_MAX_THREADS"] = "1"

import argparse
import gzip
import json
from collections import Counter
from pathlib import Path

import polars as pl

DATA = Path(__file__).resolve().parent / "data" / "r1_traces.jsonl.gz"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    from curate.filters.truncated import TruncatedFilter

    from curate.prefill import decide, votes

    with gzip.open(DATA, "rt", encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    frame = pl.DataFrame(
        {
            "id": [f"{r['model']}/{r['dataset']}/{r['index']}" for r in rows],
            "model": [r["model"] for r in rows],
            "prompt": [r["prompt"] for r in rows],
            "completion": [r["completion"] for r in rows],
        }
    )
    prefilled = decide(*votes(frame, "<think>", "</think>"))
    out = TruncatedFilter(prefilled_run=prefilled)(frame)
    closed = int(frame["completion"].str.contains("</think>", literal=True).sum())
    reasons = Counter(out.rejected["reason"].to_list())
    print(f"traces: {frame.height}; source decided pre-filled: {prefilled}")
    print(f"closed the reasoning: {closed}; reasons: {dict(reasons)}")
    by_model = out.rejected.group_by("model", "reason").len().sort("model", "reason")
    print(by_model)
    if args.show:
        cut = out.rejected.filter(pl.col("reason") == "cut_summary")
        for rid, text in cut.select("id", "completion").iter_rows():
            print(f"{rid}: ...{text[-90:]!r}")


if __name__ == "__main__":
    main()
