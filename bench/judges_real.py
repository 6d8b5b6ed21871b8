"""The `math` judge and math-verify on real reasoning-model traces, side by side: where they
disagree, the rows are written out to be read and adjudicated by hand.

    .venv/bin/python -m pip install math-verify==0.9.0   # baseline only
    .venv/bin/python bench/judges_real.py [--out /tmp/judge_disagreements.jsonl]

Data: bench/data/r1_traces.jsonl.gz (2,140 real completions of DeepSeek-R1-Distill and QwQ
models, `<think>` pre-filled by the template), their gold answers from ../shared/data
(gsm8k_test.jsonl: the `#### N` of the matching question; math500_test.jsonl: `answer`); the 20
AIME traces have no gold here and are left out. Both judges get the whole completion: curate reads
the summary after `</think>` (`missing_close: none`: a trace without it was cut by the token
limit and has no answer); math-verify parses the whole text, as its README shows.
Printed: the verdict table (curate x math-verify) per dataset, and counts of disagreements by
curate's reason; every disagreement goes to --out with both readings.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def load(shared: Path) -> list[dict[str, str]]:
    gsm = {}
    for line in (shared / "gsm8k_test.jsonl").open():
        r = json.loads(line)
        gsm[r["question"].strip()] = r["answer"].split("####")[-1].strip()
    m5 = {}
    for line in (shared / "math500_test.jsonl").open():
        r = json.loads(line)
        m5[r["problem"].strip()] = r["answer"]
    out = []
    with gzip.open(ROOT / "bench" / "data" / "r1_traces.jsonl.gz", "rt") as f:
        for line in f:
            r = json.loads(line)
            gold = (gsm if r["dataset"] == "gsm8k" else m5).get(r["prompt"].strip())
            if gold is not None:
                out.append({**r, "gold": gold})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--out", type=Path, default=Path("/tmp/judge_disagreements.jsonl"))
    args = ap.parse_args()
    import polars as pl
    from curate.judges.math import MathJudge

    from bench.judges import run_math_verify

    rows = load(args.shared)
    judge = MathJudge(missing_close="none")  # `<think>` pre-filled: no `</think>` = cut
    df = pl.DataFrame(
        {
            "completion": [r["completion"] for r in rows],
            "reference": [r["gold"] for r in rows],
            "prompt": [r["prompt"] for r in rows],  # what the question asks (a percentage?)
        }
    )
    cur = judge.judge(df)
    cases = [(r["completion"], r["gold"], True, r["model"]) for r in rows]
    mv, mp, _, _ = run_math_verify(cases)
    table: Counter[tuple[str, str, str]] = Counter()
    reasons: Counter[str] = Counter()
    with args.out.open("w") as f:
        for k, r in enumerate(rows):
            c, m = cur["verdict"][k], mv[k]
            table[(r["dataset"], c, m)] += 1
            if (c == "correct") != (m == "correct"):
                reasons[f"{c}/{cur['judge_reason'][k]}"] += 1
                rec = {
                    "model": r["model"],
                    "dataset": r["dataset"],
                    "index": r["index"],
                    "gold": r["gold"],
                    "curate": [c, cur["judge_reason"][k], cur["pred_answer"][k]],
                    "math_verify": [m, mp[k]],
                    "tail": r["completion"][-600:],
                }
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"{len(rows)} traces with a gold answer")
    for (ds, c, m), n in sorted(table.items()):
        print(f"  {ds:8s} curate={c:9s} math-verify={m:9s} {n}")
    print("disagreements by curate's verdict/reason:", dict(reasons.most_common()))
    print(f"written: {args.out}")


if __name__ == "__main__":
    main()
