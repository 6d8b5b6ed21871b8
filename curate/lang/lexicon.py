"""A general English lexicon: is a lowercase word an English word?

Used by `curate.lang.phrases` and, through `curate.lang.is_english_word`, by the math judge (a
word glued to a number, `10apples`, is a counted noun). The list (`data/en_words.txt.gz`, 64k
lowercase words) is SCOWL size 50, a general spelling dictionary of English (see
bench/make_en_lexicon.py for the source and SCOWL-COPYRIGHT for its licence); it is not drawn
from any trace or data set. A lowercase word outside it (`bitte`, `treten`, `deben`, `conseguir`)
is lexical evidence that a phrase may not be English; the model decides. Words of one or two letters never count
(abbreviations, units, variables).
"""

from __future__ import annotations

import gzip
import re
from functools import lru_cache
from importlib.resources import files

import polars as pl

MIN_LETTERS = 3
# ASCII lowercase words, for the vectorised count (segments with other letters are
# candidates anyway)
OOV_WORD_RE = rf"(?-u:\b)[a-z]{{{MIN_LETTERS},}}(?-u:\b)"
_PARTS = re.compile(r"[-'’]")
_AXES = frozenset("xyz")
MIN_COMPOUND = 7  # letters of a closed compound (nonfood, hotdogs, shoeboxes)
# Math notation written out in prose (`cos(theta)`, `sqrt`): function and Greek letter names,
# a closed class that carries no language
MATH_NAMES = frozenset(
    """sin cos tan cot sec csc arcsin arccos arctan arcsec arccsc arccot sinh cosh tanh coth
    sech csch log ln lg exp sqrt cbrt lim limsup liminf sup inf max min argmax argmin gcd lcm
    mod det deg dim ker rank floor ceil frac cdot mathrm mathbb dx dy dz dt du dv
    alpha beta gamma delta epsilon varepsilon zeta eta theta vartheta iota kappa lambda mu nu
    xi omicron pi rho sigma tau upsilon phi varphi chi psi omega""".split()
)


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    data = files("curate.lang").joinpath("data/en_words.txt.gz").read_bytes()
    return frozenset(gzip.decompress(data).decode("utf-8").split()) | MATH_NAMES


@lru_cache(maxsize=1)
def _english_series() -> pl.Series:
    return pl.Series("w", sorted(english_words()), dtype=pl.Utf8)


def _english_part(part: str, lex: frozenset[str]) -> bool:
    """An English word, or a closed compound of English words (`shoeboxes`, `nonfood`) or of
    a coordinate letter and an English word (identifiers: `xleft`, `ybottom`, `lowerx`)."""
    if len(part) < MIN_LETTERS or not part.isalpha() or part in lex:
        return True
    if (part[0] in _AXES and part[1:] in lex) or (part[-1] in _AXES and part[:-1] in lex):
        return True
    if len(part) < MIN_COMPOUND:
        return False  # short words split by chance: hatten = hat + ten, warten = war + ten
    return any(
        part[:k] in lex and part[k:] in lex for k in range(MIN_LETTERS, len(part) - MIN_LETTERS + 1)
    )


def outside_english(word: str) -> bool:
    """A lowercase word (or hyphen/apostrophe compound) with a part of 3+ letters that is
    neither in the lexicon nor a compound of it."""
    lex = english_words()
    return not all(_english_part(p, lex) for p in _PARTS.split(word.lower()))


def count_outside(frame: pl.DataFrame, col: str = "seg") -> pl.Series:
    """Per row of `frame`: how many ASCII lowercase words of 3+ letters of `col` are not in
    the lexicon (one vectorised pass: extract, explode, hash lookup). Compounds count here
    (a cheap superset for picking candidates); `outside_english` forgives them. Each
    distinct text is counted once."""
    texts = frame.select(pl.col(col).alias("t"))
    distinct = texts.unique()
    words = (
        distinct.select("t", pl.col("t").str.extract_all(OOV_WORD_RE).alias("w"))
        .explode("w")
        .drop_nulls("w")
    )
    out = words.filter(~pl.col("w").is_in(_english_series().implode()))
    counts = out.group_by("t").len()
    return texts.join(counts, on="t", how="left", nulls_equal=True, maintain_order="left")[
        "len"
    ].fill_null(0)
