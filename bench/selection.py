"""What the selection stages keep on the shared real data (issue 19's figures).

    python bench/selection.py [--shared ../shared/data] [--write-sample recipes/data]

- `difficulty`: GSM8K test questions with the real correctness of four GPT-3 models
  (gsm8k_example_model_solutions: 6B and 175B, each fine-tuned and with a verifier): the two
  6B models are the small policy (2 samples), the two 175B models the strong one.
- `problem_type`: MATH-500, GSM8K and OlymMATH (EN) prompts.
- `length_outlier` and select policies: the Qwen2.5-Math 8-sample responses on MATH.
- `mix.balance` targets: MATH-500 by subject, uniform.
`--write-sample` writes the 200-question GSM8K sample and its two ledgers used by
`recipes/hard_prompts.yaml`.
"""

from __future__ import annotations

import argparse
import json
import statistics
from collections import Counter
from pathlib import Path

import polars as pl
from curate.filters.difficulty import DifficultyFilter
from curate.filters.length_outlier import LengthOutlierFilter
from curate.filters.problem_type import ProblemTypeFilter

from curate.mix.balance import BalanceConfig, targets
from curate.recipe import SelectConfig
from curate.select import apply_select


def gsm8k_ledgers(shared: Path, out: Path, n: int | None = None) -> pl.DataFrame:
    rows = [json.loads(x) for x in (shared / "gsm8k_example_model_solutions.jsonl").open()]
    gold = {
        json.loads(x)["question"]: json.loads(x)["answer"]
        for x in (shared / "gsm8k_test.jsonl").open()
    }
    rows = rows[:n] if n else rows
    out.mkdir(parents=True, exist_ok=True)
    for name, models in (
        ("6b", ("6b_finetuning", "6b_verification")),
        ("175b", ("175b_finetuning", "175b_verification")),
    ):
        led = [
            {
                "prompt": r["question"],
                "n_samples": len(models),
                "n_correct": sum(bool(r[m]["is_correct"]) for m in models),
            }
            for r in rows
        ]
        with (out / f"gsm8k_ledger_{name}.jsonl").open("w") as fh:
            fh.writelines(json.dumps(x) + "\n" for x in led)
    src = [
        {"question": r["question"], "answer": gold[r["question"]].split("####")[-1].strip()}
        for r in rows
    ]
    with (out / "gsm8k_sample.jsonl").open("w") as fh:
        fh.writelines(json.dumps(x) + "\n" for x in src)
    return pl.DataFrame(src)


def difficulty_figures(shared: Path, tmp: Path) -> None:
    src = gsm8k_ledgers(shared, tmp)
    batch = (
        src.select(pl.col("question").alias("prompt"), pl.col("answer").alias("reference"))
        .with_row_index("i")
        .with_columns(pl.col("i").cast(pl.Utf8).alias("id"))
    )
    f = DifficultyFilter(
        policies=[
            {
                "name": "small",
                "ledger": str(tmp / "gsm8k_ledger_6b.jsonl"),
                "match": "prompt",
                "high": 0.49,
            },
            {
                "name": "strong",
                "ledger": str(tmp / "gsm8k_ledger_175b.jsonl"),
                "match": "prompt",
                "low": 0.01,
                "high": 0.99,
            },
        ]
    )
    out = f.apply(batch)
    print(
        f"difficulty on GSM8K ({batch.height} questions): kept {out.kept.height}, dropped {dict(out.reasons)}"
    )


def problem_type_figures(shared: Path) -> None:
    for name, path, pk, rk in (
        ("MATH-500", "math500_test.jsonl", "problem", "answer"),
        ("GSM8K", "gsm8k_test.jsonl", "question", "answer"),
        ("OlymMATH-EN-HARD", "multilingual/olymmath_EN-HARD.jsonl", "problem", "answer"),
    ):
        rows = [json.loads(x) for x in (shared / path).open()]
        refs = [str(r[rk]).split("####")[-1].strip() for r in rows]
        b = pl.DataFrame(
            {
                "id": [str(i) for i in range(len(rows))],
                "prompt": [r[pk] for r in rows],
                "reference": refs,
            }
        )
        out = ProblemTypeFilter(drop=[], check_reference=True).apply(b)
        print(
            f"problem_type on {name} ({b.height}): {dict(Counter(out.kept['problem_type'].to_list()))}"
        )


def qwen_samples(shared: Path) -> pl.DataFrame:
    rows = []
    for line in (shared / "qwen25math_math_cot_100_8samples.jsonl").open():
        r = json.loads(line)
        for i, c in enumerate(r["response"]):
            rows.append(
                {
                    "id": f"{r['idx']}-{i}",
                    "prompt_id": str(r["idx"]),
                    "sample_index": i,
                    "completion": c,
                    "correct": bool(r["score"][i]),
                }
            )
    return pl.DataFrame(rows)


def length_figures(shared: Path) -> None:
    df = qwen_samples(shared)
    out = LengthOutlierFilter().apply(df)
    print(
        f"length_outlier on Qwen2.5-Math samples ({df.height}): dropped {out.rejected.height} "
        f"({int(out.rejected['correct'].sum())} of them correct), reasons {dict(out.reasons)}"
    )
    correct = df.filter(pl.col("correct"))
    before = statistics.median(correct["completion"].str.len_chars().to_list())
    for policy in ("first", "shortest", "median", "longest", "random"):
        kept, _, _ = apply_select(correct, SelectConfig(k=2, policy=policy))  # type: ignore[arg-type]
        med = statistics.median(kept["completion"].str.len_chars().to_list())
        print(
            f"select k=2 {policy:>8}: {kept.height} rows, median length {med:.0f} (all correct: {before:.0f})"
        )


def balance_figures(shared: Path) -> None:
    rows = [json.loads(x) for x in (shared / "math500_test.jsonl").open()]
    avail = dict(Counter(r["subject"] for r in rows))
    _, take = targets(BalanceConfig(by="subject", uniform=True), avail)
    print(
        f"balance uniform over MATH-500 subjects: available {avail} -> {take} ({sum(take.values())} prompts)"
    )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument(
        "--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data"
    )
    ap.add_argument("--tmp", type=Path, default=Path("bench/out/selection"))
    ap.add_argument("--write-sample", type=Path, default=None)
    a = ap.parse_args()
    if a.write_sample is not None:
        gsm8k_ledgers(a.shared, a.write_sample, n=200)
        return
    difficulty_figures(a.shared, a.tmp)
    problem_type_figures(a.shared)
    length_figures(a.shared)
    balance_figures(a.shared)


if __name__ == "__main__":
    main()
