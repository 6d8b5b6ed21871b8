"""Collect real R1-distill and QwQ traces from a public repository into bench/data (run by hand).

Source: github.com/thaotnguyen/thinking-llms-interp, `hybrid/results/benchmark_results_*.json`
(per task: the question and each model's answer; `thinking_model` is a reasoning model's
completion as generated, the chat template having pre-filled `<think>`, so a complete one holds
`</think>` and one cut by the token limit does not). The snapshot is read with git from the
directory `fetch` brings (`/work/.mirror/thaotnguyen+thinking-llms-interp/repo`).

    python bench/collect_r1_traces.py [--repo DIR] [--out bench/data/r1_traces.jsonl.gz]

Every row keeps `source_repo`, `source_path`, `source_commit`, `model`, `dataset` and `index`
(the task's position in that file). Traces are stored whole (nothing cut).
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
from pathlib import Path

REPO = "thaotnguyen/thinking-llms-interp"
FILES = {
    "hybrid/results/benchmark_results_qwen2.5-32b-on-deepseek-r1-distill-qwen-32b_gsm8k.json": "gsm8k",
    "hybrid/results/benchmark_results_qwen2.5-32b_gsm8k.json": "gsm8k",
    "hybrid/results/benchmark_results_qwen2.5-math-1.5b_gsm8k.json": "gsm8k",
    "hybrid/results/benchmark_results_llama-3.1-8b_gsm8k.json": "gsm8k",
    "hybrid/results/benchmark_results_qwen2.5-14b_math500.json": "math500",
    "hybrid/results/benchmark_results_llama-3.1-8b_aime.json": "aime",
}


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "-C", str(repo), *args], check=True, capture_output=True, text=True
    ).stdout


def collect(repo: Path) -> list[dict[str, object]]:
    commit = _git(repo, "rev-parse", "HEAD").strip()
    rows: list[dict[str, object]] = []
    for path, dataset in FILES.items():
        data = json.loads(_git(repo, "show", f"{commit}:{path}"))
        model = data["metadata"]["thinking_model"]
        for i, task in enumerate(data["tasks"]):
            completion = (task.get("model_answers") or {}).get("thinking_model")
            if not completion:
                continue
            rows.append(
                {
                    "source_repo": REPO,
                    "source_path": path,
                    "source_commit": commit,
                    "model": model,
                    "dataset": dataset,
                    "index": i,
                    "prompt": task["question"],
                    "completion": completion,
                }
            )
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repo", default="/work/.mirror/thaotnguyen+thinking-llms-interp/repo")
    ap.add_argument("--out", default=str(Path(__file__).parent / "data" / "r1_traces.jsonl.gz"))
    args = ap.parse_args()
    rows = collect(Path(args.repo))
    with gzip.open(args.out, "wt", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(rows)} traces -> {args.out}")


if __name__ == "__main__":
    main()
