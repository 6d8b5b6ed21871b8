"""The language of a prompt: what R1's language-consistency rule measures a trace against.

Shared by the `mixed_language` filter, the templates (routing per prompt language) and the
GRPO language reward.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import polars as pl

from curate.lang.identify import LangIdConfig, measure_frame

# Prompts are short: every Latin word counts, and a label needs less confidence.
PROMPT_CONFIG = {"min_words": 1, "min_confidence": 0.4}
# A prompt's language is only trusted when its main language holds most of its words and
# there are a few of them (two); otherwise (a letter puzzle, a bare formula, a list of names) the
# caller falls back (`mixed_language`: the trace's own dominant language).
CONFIDENT_SHARE = 2 / 3
CONFIDENT_WEIGHT = 2.0


def last_user_text(frame: pl.DataFrame, col: str) -> pl.Series:
    """The prompt string, or the content of its last user message (last message if none)."""
    if col not in frame.columns:
        return pl.Series(col, [None] * frame.height, dtype=pl.Utf8)
    dt = frame.schema[col]
    if dt == pl.Utf8:
        return frame[col]
    if isinstance(dt, pl.List) and isinstance(dt.inner, pl.Struct):
        names = {f.name for f in dt.inner.fields}
        if "content" in names:
            msgs = pl.col(col)
            last = msgs.list.last().struct.field("content")
            if "role" in names:
                users = msgs.list.eval(
                    pl.element().filter(pl.element().struct.field("role") == "user")
                )
                last = users.list.last().struct.field("content").fill_null(last)
            return frame.select(last.cast(pl.Utf8).alias(col)).to_series()
    return frame[col].map_elements(last_user_content, return_dtype=pl.Utf8)


def last_user_content(p: Any) -> str | None:
    """The last user message of one prompt (a string, or chat messages), or None."""
    if isinstance(p, str):
        return p
    if isinstance(p, Sequence):
        msgs = [m for m in p if isinstance(m, dict) and isinstance(m.get("content"), str)]
        users = [m for m in msgs if m.get("role") == "user"]
        return (users or msgs)[-1]["content"] if msgs else None
    return None


def prompt_languages(
    prompts: Sequence[Any] | pl.Series, backend: str = "fasttext", *, confident: bool = False
) -> list[str | None]:
    """The main language of each prompt (string or chat messages; last user message), or None
    when the prompt has no language-bearing text. With `confident`, None also where the
    language ID is not confident: under `CONFIDENT_WEIGHT` words (characters for CJK) in that
    language, or under `CONFIDENT_SHARE` of the prompt's language-bearing words."""
    if isinstance(prompts, pl.Series):
        texts = prompts
    else:
        texts = pl.Series("p", [last_user_content(p) for p in prompts], dtype=pl.Utf8)
    distinct = texts.unique(maintain_order=True)
    if distinct.len() < texts.len():
        # each distinct prompt once (rejection sampling: n samples per prompt; a prompt's
        # language never depends on the other prompts of the batch)
        langs = prompt_languages(distinct, backend, confident=confident)
        found = dict(zip(distinct.to_list(), langs, strict=True))
        return [found[t] for t in texts.to_list()]
    cfg = LangIdConfig(backend=backend, **PROMPT_CONFIG)  # type: ignore[arg-type]
    rows, shares = measure_frame(texts, None, cfg, refine=False)
    if not confident:
        return rows["language_target"].to_list()
    top = shares.group_by("row", maintain_order=True).agg(pl.col("share").first().alias("top"))
    sure = rows.join(top, on="row", how="left").select(
        (
            (pl.col("top") >= CONFIDENT_SHARE)
            & (pl.col("top") * pl.col("language_weight") >= CONFIDENT_WEIGHT)
        ).fill_null(False)
    )
    return [
        t if ok else None for t, ok in zip(rows["language_target"], sure.to_series(), strict=True)
    ]
