"""Phrase-level switches: a few words of another Latin-script language inside a sentence.

Private to `curate.lang.identify`. A sentence is one segment and gets one language, so "we
count them por la tarde and add" stays English as a whole. Before segments are decided, each
Latin segment of a text whose target is English that holds lexical evidence of another language
(a lowercase function word of another language, or a lowercase word with a letter outside
ASCII) is read in windows of three words; a window with such a word and no English function
word and two lowercase words at least, that the model labels another language (the target
under `target_floor`), marks a foreign span. The first run of such windows is cut out as its own
segment with that language (`forced`), the words before and after it stay segments of their
own. Capitalised words give no evidence (names: "Ella", "Poincaré"). English sentences rarely
hold such a word, so the model is asked for few windows. Only for English targets: the word
lists say "not English", other languages would need their own.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

import polars as pl

from curate.lang.model import Predictor
from curate.lang.words import ENGLISH_MARKERS, FOREIGN_WORDS, LATIN, script_of_lang

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
WINDOW = 3
MIN_WORDS = 5  # a shorter segment is judged whole


# Short English function words that other languages share (so not in ENGLISH_MARKERS, which
# must stay disjoint from FOREIGN_WORDS): a window holding one reads as English here.
_EN_SHORT = frozenset("a an as at by for in is it of on or so to be do no".split())


def _accented(word: str) -> bool:
    """A lowercase letter outside ASCII that is a real letter (é, ß, ñ), not a modifier or
    sub/superscript letter (ₙ, ᵢ: identifiers)."""
    return any(not ch.isascii() and unicodedata.category(ch) in ("Ll", "Lu") for ch in word)


def _evidence(word: str) -> bool:
    return word[:1].islower() and (word in FOREIGN_WORDS or _accented(word))


def find_span(
    text: str, target: str, backend: Predictor, target_floor: float
) -> tuple[int, int, str] | None:
    """(start, end, language) of the first foreign run of words in `text`, or None."""
    toks = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    if len(toks) < MIN_WORDS:
        return None
    ev = [_evidence(w) for _, _, w in toks]
    en = [w.lower() in ENGLISH_MARKERS or w.lower() in _EN_SHORT for _, _, w in toks]
    low = [w[:1].islower() for _, _, w in toks]
    first = last = -1
    for i in range(len(toks) - WINDOW + 1):
        if first >= 0 and i > last + 1:
            break  # the first run of foreign windows is over
        if not any(ev[i : i + WINDOW]) or any(en[i : i + WINDOW]) or sum(low[i : i + WINDOW]) < 2:
            continue  # no evidence, an English function word, or names ("Hedda von Puttlitz")
        lang = _label(text[toks[i][0] : toks[i + WINDOW - 1][1]], target, backend, target_floor)
        if lang is not None:
            first = i if first < 0 else first
            last = i + WINDOW - 1
    if first < 0:
        return None
    start, end = toks[first][0], toks[last][1]
    lang = _label(text[start:end], target, backend, target_floor)
    return (start, end, lang) if lang is not None else None


def _label(text: str, target: str, backend: Predictor, target_floor: float) -> str | None:
    preds = [(lang, p) for lang, p in backend.predict(text, 5) if script_of_lang(lang) == LATIN]
    if not preds or any(t == target and q >= target_floor for t, q in preds):
        return None
    lang = preds[0][0]
    # three words rarely name one language (es/fr/ca/pt share them) but they do tell that it
    # is not the target: the top label stands for "another language"
    return lang if lang != target else None


def split_phrases(
    seg: pl.DataFrame,
    backend: Predictor,
    target_floor: float,
    recompute: Callable[[pl.DataFrame], pl.DataFrame],
) -> pl.DataFrame:
    """`seg` with each Latin segment that holds a foreign phrase cut into before / phrase /
    after; the phrase gets its language in `forced` (null elsewhere)."""
    seg = seg.with_row_index("pos").with_columns(
        pl.col("pos").cast(pl.Float64), pl.lit(None, pl.Utf8).alias("forced")
    )
    cand = (pl.col("script") == LATIN) & (pl.col("target") == "en")
    cand = cand & ((pl.col("fw") > 0) | ~pl.col("ascii"))
    idx = seg.select(cand.alias("c"))["c"].arg_true().to_list()
    if not idx:
        return seg
    parts: list[dict[str, object]] = []
    drop: list[int] = []
    for i in idx:
        r = seg.row(i, named=True)
        span = find_span(r["seg"], r["target"], backend, target_floor)
        if span is None:
            continue
        a, b, lang = span
        drop.append(i)
        for k, (text, forced) in enumerate(
            ((r["seg"][:a], None), (r["seg"][a:b], lang), (r["seg"][b:], None))
        ):
            base = {c: r[c] for c in ("row", "script", "ascii", "kana", "target", "tscript")}
            parts.append({**base, "seg": text, "pos": r["pos"] + (k + 1) / 4, "forced": forced})
    if not parts:
        return seg
    new = recompute(pl.DataFrame(parts, schema_overrides={"forced": pl.Utf8}))
    keep = seg.filter(~pl.col("pos").is_in([float(i) for i in drop]))
    return pl.concat([keep, new.select(keep.columns)], how="vertical_relaxed").sort("pos")
