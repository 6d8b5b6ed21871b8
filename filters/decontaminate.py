"""`decontaminate`: drop rows whose text shares a token n-gram with a benchmark item.

The benchmark files are read and indexed once per process (cached by path, size and mtime).
Relative benchmark paths resolve against the recipe's folder: the recipe loader hands filters
that declare a `base_dir` attribute the recipe's folder (the working directory when a filter is
built by hand). Normalisation, the n-gram rule and the handling of short texts are described in
`filters/_ngrams.py` and recipes/README.md.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

import polars as pl
from curate.filters.base import Filter, register

from curate.ngrams import BenchmarkIndex, DecontamParams, Hit, load_index, text_of

__all__ = ["DecontaminateFilter", "lookup_unique"]


def lookup_unique(index: BenchmarkIndex, texts: pl.Series) -> list[Hit | None]:
    """`index.lookup` over the distinct texts only (a shard repeats a prompt per sample)."""
    uniq = texts.unique(maintain_order=True)
    found = dict(zip(uniq.to_list(), index.lookup(uniq), strict=True))
    return [found.get(t) for t in texts.to_list()]


@register("decontaminate")
class DecontaminateFilter(Filter[DecontamParams]):
    """Drop rows sharing a token n-gram with a benchmark item (reason `contaminated`; columns
    `contamination` = benchmark:item id, `contamination_match` = the shared text)."""

    Params: ClassVar[type[DecontamParams]] = DecontamParams
    measures: ClassVar[tuple[str, ...]] = ("contamination", "contamination_match")
    base_dir: Path | None = None
    """The recipe's folder, set by the recipe loader; relative benchmark paths resolve here."""

    def verdicts(self, batch: pl.DataFrame) -> pl.DataFrame:
        p = self.params
        assert isinstance(p, DecontamParams)
        index = load_index(p, self.base_dir)
        hits: list[Hit | None] = [None] * batch.height
        if p.scope in ("prompt", "both"):
            hits = lookup_unique(index, text_of(batch, "prompt"))
        if p.scope in ("completion", "both") and "completion" in batch.columns:
            comp = index.lookup(batch["completion"].cast(pl.Utf8))
            hits = [h if h is not None else c for h, c in zip(hits, comp, strict=True)]
        return pl.DataFrame(
            {
                "keep": [h is None for h in hits],
                "reason": [None if h is None else "contaminated" for h in hits],
                "contamination": [None if h is None else h.label for h in hits],
                "contamination_match": [None if h is None else h.matched for h in hits],
            },
            schema={
                "keep": pl.Boolean,
                "reason": pl.Utf8,
                "contamination": pl.Utf8,
                "contamination_match": pl.Utf8,
            },
        )
