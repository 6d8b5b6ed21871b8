"""Numbers in words before words that may be units (`five cents`, `an hour and 45 minutes`,
`3/4 of an hour`, `two and a half hours`), written with digits so that the unit rules
(`curate.judges.math.quantity`) read them as they read `5 cents`: `\\$5` is then no answer for
`five cents`, as it is none for `5 cents`."""

from __future__ import annotations

import re

from curate.judges.math.magnitudes import MAGNITUDE_WORDS
from curate.judges.math.unitnames import NAMES
from curate.judges.math.words import number_word

# a word after a number word that continues the number (an ordinal, a point, an operation)
_NUMBERISH = re.compile(
    r"(?i)(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    r"|\w*(?:teenth|ieth|dredth|sandth|lionth)|halves|half|quarters?|thirds?|dot|point|by|over"
    rf"|and|or|plus|minus|times|{MAGNITUDE_WORDS}|dozen)s?$"
)


def counted_words(s: str) -> str | None:
    """`ten dollar`, `twenty people`: a number in words and plain words after it -> the number
    and the words (the unit rules then decide about the words)."""
    words = s.split()
    for k in range(len(words) - 1, 0, -1):
        rest = words[k:]
        if not all(w.isalpha() and w.isascii() and not number_word(w) for w in rest) or (
            _NUMBERISH.match(rest[0])
        ):
            return None  # `eighty ninth`, `eleven dot one`: one number, not a number and a unit
        head = number_word(" ".join(words[:k]))
        if head is not None:
            return f"{head} {' '.join(words[k:])}"
    return None


_ONE = re.compile(r"(?i)\s*an?\s+([^\W\d_]+)")  # `an hour`, `a minute and 10 seconds`
_PART_OF = re.compile(r"\s*(\d+\s*/\s*\d+|\d*\.\d+)\s+of\s+an?\s+(?=[^\W\d_])")  # `3/4 of an hour`


def digits_first(s: str) -> str:
    """`five cents` -> `5 cents`, `an hour and 45 minutes` -> `1 hour and 45 minutes` (`a` or `an`
    only before the name of a unit), `3/4 of an hour` -> `3/4 hour`; anything else unchanged."""
    if s[:1].isdigit() or s[:1] == ".":
        m = _PART_OF.match(s)
        return s if m is None else f"{m[1]} {s[m.end() :]}"
    if not s[:1].isalpha() or len(s) > 200:
        return s
    if (m := _ONE.match(s)) is not None and _is_unit_name(m[1]):
        return f"1 {s[m.start(1) :]}"
    return counted_words(s) or s


def _is_unit_name(word: str) -> bool:
    w = word.lower()
    return w in NAMES or w.removesuffix("s") in NAMES
