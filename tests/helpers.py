"""Small builders used by several test modules."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import yaml


def write_jsonl(path: Path, rows: list[Any]) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n")
    return path


def write_recipe(dirpath: Path, recipe: dict[str, Any], name: str = "recipe.yaml") -> Path:
    p = dirpath / name
    p.write_text(yaml.safe_dump(recipe, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return p


def trace(reasoning: str, answer: str) -> str:
    return f"<think>\n{reasoning}\n</think>\n\nThe answer is $\\boxed{{{answer}}}$."


@contextmanager
def busy_cores(per_core: int = 2) -> Iterator[None]:
    """Every core busy `per_core` times over while the block runs. Each burner runs in a
    session of its own: with the kernel's autogroups, burners sharing one session would take
    only one share of the CPU between them and leave the code under test an idle core."""
    n = max(4, per_core * (os.cpu_count() or 2))
    burners = [
        subprocess.Popen([sys.executable, "-c", "while True: pass"], start_new_session=True)
        for _ in range(n)
    ]
    try:
        yield
    finally:
        for p in burners:
            p.kill()
            p.wait()


def judge_rows(judge: Any, rows: list[tuple[str, str]], finish: str | None = None) -> list[tuple]:
    """(verdict, reason) of each (completion, reference) row, all with one `finish_reason`."""
    import polars as pl

    df = pl.DataFrame(
        {
            "completion": [c for c, _ in rows],
            "reference": [r for _, r in rows],
            "finish_reason": [finish] * len(rows),
        },
        schema={"completion": pl.Utf8, "reference": pl.Utf8, "finish_reason": pl.Utf8},
    )
    out = judge.judge(df)
    return list(zip(out["verdict"].to_list(), out["judge_reason"].to_list(), strict=True))


def assert_never_rewarded(completion: str, reference: str, reason: str) -> None:
    """A wrong answer that looks right: `incorrect` with `reason`, and no TRL reward above 0."""
    from curate.judges.math import MathJudge

    judge = MathJudge()
    assert judge_rows(judge, [(completion, reference)]) == [("incorrect", reason)]
    reward = judge([[{"role": "assistant", "content": completion}]], solution=[reference])
    assert reward[0] is not None and reward[0] <= 0.0
