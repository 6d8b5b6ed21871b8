"""Real R1-distill and QwQ traces (bench/data/r1_traces.jsonl.gz, 2,140, English prompts):
`mixed_language` and `truncated` verdicts that were read by hand (bench/mixed_language_real.py,
bench/truncated_real.py)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import polars as pl
import pytest
from curate.filters.mixed_language import MixedLanguageFilter
from curate.filters.truncated import TruncatedFilter

DATA = Path(__file__).resolve().parent.parent / "bench" / "data" / "r1_traces.jsonl.gz"


@pytest.fixture(scope="module")
def traces() -> pl.DataFrame:
    with gzip.open(DATA, "rt", encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    return pl.DataFrame(
        {
            "id": [f"{r['model']}/{r['dataset']}/{r['index']}" for r in rows],
            "prompt": [r["prompt"] for r in rows],
            "completion": [r["completion"] for r in rows],
        }
    )


def test_mixed_language_drops_only_the_real_switch(traces: pl.DataFrame) -> None:
    out = MixedLanguageFilter()(traces)  # defaults: target auto (the prompt's language)
    # the one real switch: QwQ writes "per生长周期" inside an English sentence
    assert out.rejected.select("id", "reason").rows() == [
        ("qwen/QwQ-32B/gsm8k/131", "mixed_language")
    ]


@pytest.mark.parametrize(
    ("trace_id", "reason"),
    [
        # cut inside a formula of the answer: `Substituting \( s`
        ("deepseek-ai/DeepSeek-R1-Distill-Qwen-14B/math500/191", "cut_summary"),
        # the answer part stops after its first word: `To`
        ("deepseek-ai/DeepSeek-R1-Distill-Qwen-14B/math500/265", "cut_summary"),
        # a QwQ trace cut while thinking (no closing tag; the template pre-filled <think>)
        ("qwen/QwQ-32B/gsm8k/2", "unterminated_reasoning"),
        # complete: `**Answer:** \(\boxed{180}\) meters` ends on a unit after the box
        ("qwen/QwQ-32B/gsm8k/453", None),
        # complete: a plain answer sentence with a full stop
        ("deepseek-ai/DeepSeek-R1-Distill-Qwen-32B/gsm8k/0", None),
    ],
)
def test_truncated_on_real_traces(traces: pl.DataFrame, trace_id: str, reason: str | None) -> None:
    out = TruncatedFilter()(traces)  # the whole set as one source: pre-fill decided once
    got = dict(out.rejected.select("id", "reason").iter_rows())
    assert got.get(trace_id) == reason
