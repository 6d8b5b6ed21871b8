"""Rows the rewards see: TRL's keyword columns as a frame, OpenRLHF's queries and labels."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from typing import Any

import polars as pl
from curate.judges.base import REFERENCE_KEYS, completion_text

SKIP_KEYS = (
    "prompts",
    "completions",
    "completion_ids",
    "trainer_state",
    "log_extra",
    "log_metric",
    "environments",
)


def reward_frame(completions: Sequence[Any], kwargs: Mapping[str, Any]) -> pl.DataFrame:
    """The rows a filter or judge sees: `completion` text, `prompt` text, `reference`, columns."""
    n = len(completions)
    cols: dict[str, Any] = {
        "completion": pl.Series(
            "completion", [completion_text(c) for c in completions], dtype=pl.Utf8
        )
    }
    prompts = kwargs.get("prompts")
    if isinstance(prompts, (list, tuple)) and len(prompts) == n:
        cols["prompt"] = pl.Series("prompt", [completion_text(p) for p in prompts], dtype=pl.Utf8)
    ref = next((kwargs[k] for k in REFERENCE_KEYS if k in kwargs), None)
    if isinstance(ref, (list, tuple)) and len(ref) == n:
        cols["reference"] = pl.Series(
            "reference", [None if r is None else str(r) for r in ref], dtype=pl.Utf8
        )
    for key, values in kwargs.items():
        if key in cols or key in SKIP_KEYS or key in REFERENCE_KEYS:
            continue
        if isinstance(values, (list, tuple)) and len(values) == n:
            try:
                cols[key] = pl.Series(key, list(values), strict=False)
            except Exception:  # a column no filter needs
                continue
    return pl.DataFrame(cols)


def parse_label(label: Any) -> tuple[Any, str | None]:
    """(reference, reward type) of an OpenRLHF label: plain text, or the `openrlhf` export's
    `{"reference": ..., "reward_type": ...}` (a mapping or its JSON text) for mixed-domain sets."""
    value = label
    if isinstance(label, str) and label.startswith("{") and '"reward_type"' in label:
        try:
            value = json.loads(label)
        except ValueError:
            return label, None
    if isinstance(value, Mapping) and "reference" in value and "reward_type" in value:
        return value["reference"], value["reward_type"]
    return label, None


TRAILING_SPECIAL = re.compile(r"(?:\s*(?:<\|[^|<>\s]{1,40}\|>|</s>))+\s*$")
"""Special tokens at the end of a decoded OpenRLHF query (`<|im_end|>`, `<|endoftext|>`, `</s>`)."""


def response_text(query: str, prompt: str) -> str:
    """The response of an OpenRLHF query (prompt + response, decoded with special tokens)."""
    return TRAILING_SPECIAL.sub("", query[len(prompt) :] if query.startswith(prompt) else query)
