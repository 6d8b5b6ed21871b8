"""The sample frames the preference-pair tests build pairs from (tests/test_pairs*.py)."""

from __future__ import annotations

import polars as pl

# A sample: (id, completion, verdict, dropped_by, reason, rm_score); prompt = id's first letter.
Sample = tuple[str, str, str | None, str | None, str | None, float | None]


def frame(samples: list[Sample], domain: str | None = None) -> pl.DataFrame:
    return pl.DataFrame(
        {
            "id": [s[0] for s in samples],
            "prompt_id": [s[0][0] for s in samples],
            "prompt": [f"question {s[0][0]}" for s in samples],
            "completion": [s[1] for s in samples],
            "sample_index": [int(s[0][1:]) for s in samples],
            "verdict": [s[2] for s in samples],
            "score": [{"correct": 1.0, "incorrect": 0.0}.get(s[2] or "") for s in samples],
            "dropped_by": [s[3] for s in samples],
            "reason": [s[4] for s in samples],
            "rm_score": [s[5] for s in samples],
            "domain": [domain] * len(samples),
        },
        schema_overrides={"completion": pl.Utf8, "rm_score": pl.Float64, "domain": pl.Utf8},
    )
