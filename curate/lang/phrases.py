"""Phrase-level switches: a few words of another Latin-script language inside a sentence.

Private to `curate.lang.identify`. A sentence is one segment and gets one language, so "we
count them por la tarde and add" stays English as a whole. Before segments are decided, each
Latin segment of a text whose target is English is a candidate when it holds a lowercase
function word of another language, a letter outside ASCII, or two lowercase words outside a
general English lexicon (`curate.lang.lexicon`, SCOWL: counted for all segments in one
vectorised pass). A candidate is read in windows of three words. Evidence per word: strong
(a foreign function word, an accented lowercase word), weak (a lowercase word outside the
lexicon and not a compound of it: English has rare words and coinages, so two different ones
are needed), none for the prompt's own words (`context`: a trace repeats its problem's
names, coinages and code). A window is asked of the model when its evidence is strong or two
weak words, it holds no English marker word (a short word English shares, a/in/is, only
between two evidence words: "qui a signé"), and two of its words are phrase words: lowercase,
or a capitalised word right after an evidence word that is no name particle (German nouns:
"durch Erfolgsanalyse"; "von Puttlitz" is a name). A window that the model labels another
language (the target under `target_floor`) marks a foreign span; the first run of such
windows is cut out as its own segment with that language (`forced`), the words before and
after it stay segments of their own. English sentences rarely pass these gates, so the model
is asked for few windows. Only for English targets: the word lists say "not English", other
languages would need their own.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence

import polars as pl

from curate.lang.lexicon import count_outside, outside_english
from curate.lang.model import Predictor
from curate.lang.words import ENGLISH_MARKERS, FOREIGN_WORDS, LATIN, script_of_lang

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
WINDOW = 3
MIN_WORDS = 5  # a shorter segment is judged whole
OOV_CANDIDATE = 2  # words outside the English lexicon that make a plain segment a candidate


# Short English function words that other languages share (so not in ENGLISH_MARKERS, which
# must stay disjoint from FOREIGN_WORDS): a window holding one reads as English here.
_EN_SHORT = frozenset("a an as at by for in is it of on or so to be do no".split())


def _accented(word: str) -> bool:
    """A lowercase letter outside ASCII that is a real letter (é, ß, ñ), not a modifier or
    sub/superscript letter (ₙ, ᵢ: identifiers)."""
    return any(not ch.isascii() and unicodedata.category(ch) in ("Ll", "Lu") for ch in word)


def _evidence(word: str) -> int:
    """How strongly a word hints at another language: 2 for a lowercase foreign function word
    or accented word, 1 for a lowercase word outside the English lexicon (English has rare
    words and coinages: two of them are needed), 0 otherwise."""
    if not word[:1].islower():
        return 0
    if word in FOREIGN_WORDS or _accented(word):
        return 2
    return 1 if outside_english(word) else 0


# Name particles ("Hedda von Puttlitz", "Leonardo da Vinci", "van der Waals"): a capitalised
# word after one of them is a name, not a German noun
_PARTICLES = frozenset("von van der den de da di del della la le du des dos das ter zu y".split())


def _phrase_words(words: list[str], ev: list[int]) -> list[bool]:
    """Which words count as words of a phrase: lowercase ones, and a capitalised word right
    after a lowercase evidence word that is no name particle (German nouns: "durch
    Erfolgsanalyse", "wenige Links")."""
    out = [w[:1].islower() for w in words]
    for i in range(1, len(words)):
        w = words[i]
        if out[i] or len(w) < 3 or w.lower() in _EN_SHORT or w.lower() in ENGLISH_MARKERS:
            continue
        if ev[i - 1] and words[i - 1].lower() not in _PARTICLES:
            out[i] = True
    return out


def context_words(context: str | None) -> frozenset[str]:
    """The lowercased words of a context text (the prompt): no evidence when repeated."""
    return frozenset(w.lower() for w in _WORD.findall(context)) if context else frozenset()


def _strength(toks: list[tuple[int, int, str]], ev: list[int], i: int) -> int:
    """Evidence of the window starting at word `i`: one strong word, or two different words
    outside the lexicon (a repeated word or its plural counts once: "cannoli … cannoli")."""
    strong = max(ev[i : i + WINDOW])
    if strong >= 2:
        return strong
    return len({toks[j][2].lower().rstrip("s") for j in range(i, i + WINDOW) if ev[j]})


def _english(en: list[int], ev: list[int], i: int) -> bool:
    """The window starting at word `i` reads as English: it holds an English marker word, or
    a short word English shares with others (a, in, is) unless its two other words are both
    evidence ("qui a signé" and "mir in den" are looked at, "per week in" is not)."""
    w = range(i, i + WINDOW)
    if any(en[j] == 2 for j in w):
        return True
    if not any(en[j] for j in w):
        return False
    rest = [ev[j] for j in w if not en[j]]
    return len(rest) < 2 or not all(rest)


def find_span(
    text: str,
    target: str,
    backend: Predictor,
    target_floor: float,
    known: frozenset[str] = frozenset(),
) -> tuple[int, int, str] | None:
    """(start, end, language) of the first foreign run of words in `text`, or None. Words of
    `known` (the prompt's) are no evidence: a trace repeats its problem's names and terms."""
    toks = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    if len(toks) < MIN_WORDS:
        return None
    ev = [0 if w.lower() in known else _evidence(w) for _, _, w in toks]
    en = [2 if w.lower() in ENGLISH_MARKERS else int(w.lower() in _EN_SHORT) for _, _, w in toks]
    low = _phrase_words([w for _, _, w in toks], ev)
    first = last = -1
    for i in range(len(toks) - WINDOW + 1):
        if first >= 0 and i > last + 1:
            break  # the first run of foreign windows is over
        if _strength(toks, ev, i) < 2 or _english(en, ev, i) or sum(low[i : i + WINDOW]) < 2:
            continue  # weak evidence, an English function word, or names ("Hedda von Puttlitz")
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
    context: Sequence[str | None] | None = None,
) -> pl.DataFrame:
    """`seg` with each Latin segment that holds a foreign phrase cut into before / phrase /
    after; the phrase gets its language in `forced` (null elsewhere)."""
    seg = seg.with_row_index("pos").with_columns(
        pl.col("pos").cast(pl.Float64), pl.lit(None, pl.Utf8).alias("forced")
    )
    latin_en = (pl.col("script") == LATIN) & (pl.col("target") == "en")
    quick = (pl.col("fw") > 0) | ~pl.col("ascii")
    flags = seg.select((latin_en & quick).alias("c"), (latin_en & ~quick).alias("rest"))
    idx = flags["c"].arg_true().to_list()
    rest = flags["rest"].arg_true()
    if rest.len():
        # plain ASCII segments: candidates when two of their lowercase words are not English
        oov = count_outside(seg.select(pl.col("seg").gather(rest)))
        idx = sorted(idx + rest.filter(oov >= OOV_CANDIDATE).to_list())
    if not idx:
        return seg
    parts: list[dict[str, object]] = []
    drop: list[int] = []
    known: dict[int, frozenset[str]] = {}
    for i in idx:
        r = seg.row(i, named=True)
        row = int(r["row"])
        if row not in known:
            known[row] = context_words(context[row] if context is not None else None)
        span = find_span(r["seg"], r["target"], backend, target_floor, known[row])
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
