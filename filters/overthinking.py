"""`overthinking`: find where a reasoning trace first reaches the correct answer and where it
confirms it; measure what follows, optionally drop or trim it.

Long-CoT models keep going after they have the answer (SkyThought-T1's and "Do NOT think that
much for 2+3=?" analyses: most tokens after the first correct solution add nothing). For each
correct trace with a reference, the reasoning is cut into paragraphs; from each paragraph the
values it concludes are taken (boxed values, and a number or `$…$` value ending a sentence
after `=`, `is`, `are`, `equals`, `gives` or `:`, up to two words apart) and each is judged against the reference by the answer judge
(`math` by default, the same code that judged the trace). The first paragraph with a correct
value is where the answer is **reached**; the next one is where it is **verified** (the answer reached again: a check, a
second method, a substitution back). Measurements (fractions of the reasoning's length):
`answer_reached_at`, `answer_verified_at`, and `after_verified_chars` (reasoning after the
verification). Traces that never reach or never confirm the answer get nulls and are kept.

`max_after_verified` drops traces whose share of reasoning after verification exceeds it
(reason `overthinking`); `trim: true` keeps the trace but cuts the reasoning after the
verifying paragraph (the summary stays; the original is kept in `completion_untrimmed`).
Only rows judged correct are measured; the others pass untouched.
"""

from __future__ import annotations

import re
from typing import Any, ClassVar

import polars as pl
from curate.filters.base import Filter, register
from pydantic import Field

from curate.plugin import Params
from curate.text import THINK_CLOSE, THINK_OPEN, boxed_spans

_PARA = re.compile(r"\n\s*\n")
# a value closing a sentence: "… = 4.", "… is $\frac{1}{2}$.", "… gives 12 apples."
_CONCLUDES = re.compile(
    r"(?:=|\bis\b|\bare\b|\bequals\b|\bgives\b|:)\s*(?:[a-z]{2,12}\s+){0,2}"
    r"(\$[^$]{1,80}\$|[^\s$,;:!?]*\d[^\s$,;:!?]*?)"
    r"(?:\s+[A-Za-z]{1,12})?\s*(?:[.!]|$)",
    re.M,
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n")


def concluded_values(paragraph: str) -> list[str]:
    """Values a paragraph concludes: its boxes, then sentence-final values, in order."""
    values = [c for _, _, c in boxed_spans(paragraph)]
    for sentence in _SENTENCE.split(paragraph):
        for m in _CONCLUDES.finditer(sentence.strip()):
            values.append(m.group(1).strip("$ "))
    return [v for v in values if v]


class OverthinkingParams(Params):
    judge: str = "math"
    """The answer judge run on each paragraph (a registered judge reading `reference`)."""
    judge_params: dict[str, Any] = Field(default_factory=dict)
    """Its parameters (as under `judges:`)."""
    max_after_verified: float | None = Field(default=None, gt=0, le=1)
    """Drop traces whose reasoning after the verifying paragraph is more than this share of the
    reasoning (reason `overthinking`); null: measure only."""
    trim: bool = False
    """Cut the reasoning after the verifying paragraph (the summary is kept)."""
    min_paragraph_chars: int = Field(default=1, ge=1)
    """Paragraphs shorter than this are not judged on their own."""


def split_paragraphs(reasoning: str) -> list[tuple[int, int]]:
    """(start, end) character spans of the paragraphs of `reasoning`."""
    spans, start = [], 0
    for m in _PARA.finditer(reasoning):
        if m.start() > start:
            spans.append((start, m.start()))
        start = m.end()
    if start < len(reasoning):
        spans.append((start, len(reasoning)))
    return spans


def _parts(completion: str) -> tuple[str, str, str] | None:
    """(prefix up to the reasoning, reasoning, rest from `</think>`), or None without tags."""
    close = completion.find(THINK_CLOSE)
    if close < 0:
        return None
    open_ = completion.find(THINK_OPEN)
    start = open_ + len(THINK_OPEN) if 0 <= open_ < close else 0
    return completion[:start], completion[start:close], completion[close:]


@register("overthinking")
class OverthinkingFilter(Filter[OverthinkingParams]):
    """Where a correct trace first reaches and verifies its answer; drop or trim what follows."""

    Params: ClassVar[type[OverthinkingParams]] = OverthinkingParams
    measures: ClassVar[tuple[str, ...]] = (
        "answer_reached_at",
        "answer_verified_at",
        "after_verified_chars",
    )

    def _judge(self) -> Any:
        if not hasattr(self, "_j"):
            from curate.registry import JUDGES

            cls = JUDGES.get(self.params.judge)
            self._j = cls(cls.Params.model_validate(self.params.judge_params))
        return self._j

    def _correct_paragraphs(
        self, rows: list[tuple[int, str, str]]
    ) -> dict[int, list[tuple[int, int, bool]]]:
        """Per row index: its paragraphs (start, end, judged correct), judged in one batch."""
        texts: list[str] = []
        refs: list[str] = []
        owner: list[tuple[int, int]] = []
        spans: dict[int, list[tuple[int, int]]] = {}
        for i, reasoning, ref in rows:
            spans[i] = [
                (a, b)
                for a, b in split_paragraphs(reasoning)
                if b - a >= self.params.min_paragraph_chars
            ]
            for k, (a, b) in enumerate(spans[i]):
                for v in concluded_values(reasoning[a:b]):
                    texts.append(f"</think>\\boxed{{{v}}}")
                    refs.append(ref)
                    owner.append((i, k))
        hit: set[tuple[int, int]] = set()
        if texts:
            batch = pl.DataFrame({"completion": texts, "reference": refs})
            verdicts = self._judge().judge(batch)["verdict"].to_list()
            hit = {o for o, v in zip(owner, verdicts, strict=True) if v == "correct"}
        return {
            i: [(a, b, (i, k) in hit) for k, (a, b) in enumerate(sp)] for i, sp in spans.items()
        }

    def verdicts(self, batch: pl.DataFrame) -> pl.DataFrame:
        p = self.params
        n = batch.height
        comps = batch["completion"].cast(pl.Utf8).to_list()
        refs = (
            batch["reference"].cast(pl.Utf8).to_list()
            if "reference" in batch.columns
            else [None] * n
        )
        verdict = batch["verdict"].to_list() if "verdict" in batch.columns else ["correct"] * n
        todo: list[tuple[int, str, str]] = []
        parts: dict[int, tuple[str, str, str]] = {}
        for i in range(n):
            split = _parts(comps[i] or "")
            if verdict[i] == "correct" and refs[i] and split is not None:
                parts[i] = split
                todo.append((i, split[1], refs[i] or ""))
        judged = self._correct_paragraphs(todo)
        reached: list[float | None] = [None] * n
        verified: list[float | None] = [None] * n
        after: list[int | None] = [None] * n
        reasons: list[str | None] = [None] * n
        trimmed = list(comps)
        for i, paras in judged.items():
            hits = [(a, b) for a, b, ok in paras if ok]
            total = max(1, len(parts[i][1]))
            if hits:
                reached[i] = hits[0][1] / total
            if len(hits) < 2:
                continue
            end = hits[1][1]
            verified[i] = end / total
            after[i] = len(parts[i][1]) - end
            if p.max_after_verified is not None and after[i] / total > p.max_after_verified:  # type: ignore[operator]
                reasons[i] = "overthinking"
            if p.trim:
                pre, reasoning, rest = parts[i]
                trimmed[i] = pre + reasoning[:end].rstrip() + "\n" + rest
        cols = [
            pl.Series("answer_reached_at", reached, dtype=pl.Float64),
            pl.Series("answer_verified_at", verified, dtype=pl.Float64),
            pl.Series("after_verified_chars", after, dtype=pl.Int64),
            pl.Series("reason", reasons, dtype=pl.Utf8),
        ]
        if p.trim:
            cols += [
                pl.Series("completion", trimmed, dtype=pl.Utf8),
                batch["completion"].cast(pl.Utf8).alias("completion_untrimmed"),
            ]
        return pl.DataFrame(cols).with_columns(pl.col("reason").is_null().alias("keep"))
