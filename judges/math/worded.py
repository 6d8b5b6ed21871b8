"""Numbers in words before words that may be units (`five cents`, `an hour and 45 minutes`,
`3/4 of an hour`, `two and a half hours`), written with digits so that the unit rules
(`curate.judges.math.quantity`) read them as they read `5 cents`: `\\$5` is then no answer for
`five cents`, as it is none for `5 cents`; ordinals in words (`second` is 2, as `2^{nd}` is); and
a whole number in digits and a fraction in words (`2 and a half hours`) as a mixed number."""

from __future__ import annotations

import re
from collections.abc import Callable

from curate.judges.math.bengali import bengali_number
from curate.judges.math.english import NUMBER_WORDS, TEX_FRACTION, number_word
from curate.judges.math.magnitudes import MAGNITUDE_WORDS
from curate.judges.math.nordic import nordic_number
from curate.judges.math.romance import romance_number
from curate.judges.math.seasian import seasian_number
from curate.judges.math.slavic import slavic_number
from curate.judges.math.thai import thai_number
from curate.judges.math.unitnames import NAMES
from curate.judges.math.westasian import westasian_number
from curate.judges.math.wordvalue import written

# a word after a number word that continues the number (an ordinal, a point, an operation)
_NUMBERISH = re.compile(
    r"(?i)(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    r"|\w*(?:teenth|ieth|dredth|sandth|lionth)|halves|half|quarters?|thirds?|dot|point|by|over"
    rf"|and|or|plus|minus|times|{MAGNITUDE_WORDS}|dozen)s?$"
)


# the readers of other languages' number words; the Nordic, Bengali and Thai ones read whole
# answers only (before plain words, `fire trucks` is English)
_READERS = (romance_number, slavic_number, seasian_number, westasian_number)
_WHOLE_ONLY = (nordic_number, bengali_number, thai_number)


def _first(s: str, readers: tuple[Callable[[str], str | None], ...]) -> str | None:
    """The first reading of `s` by `readers`, in order; or None."""
    return next((v for read in readers if (v := read(s))), None)


def words_number(s: str) -> str | None:
    """`cuatrocientos dos` -> `402`, `ten dollar` -> `10 dollar`, `second` -> `2`, `one over
    four` -> `\\frac{1}{4}`: a number in Spanish, Portuguese, French, Italian, Russian,
    Ukrainian, Polish, Indonesian, Malay, Vietnamese, Persian, Arabic, Hebrew, Danish, Norwegian,
    Swedish, Finnish, Bengali or Thai words, a number in words before plain
    words, an ordinal in words, or a fraction of two English number words (English number words
    alone are `number_word`'s)."""
    foreign = _first(s, (*_READERS, *_WHOLE_ONLY))
    return foreign or counted_words(s) or ordinal_word(s) or _over(s) or _digits_over_word(s)


_DIGITS_WORD = re.compile(r"\s*(\d{1,6})\s+([A-Za-z]+)\s*")


def _digits_over_word(s: str) -> str | None:
    """`2 sixths`, `3 twelfths`, `7 sevenths`: a numerator in digits and its denominator in
    words (never `2 seconds`, a time)."""
    m = _DIGITS_WORD.fullmatch(s)
    if m is None or m[2].lower().startswith("second"):
        return None
    named = number_word(f"two {m[2]}") or number_word(f"one {m[2]}")  # `\\frac{2}{6}`
    found = TEX_FRACTION.fullmatch(named or "")
    if found is None or found[1] not in ("1", "2"):
        return None
    return written(int(m[1]), int(found[2]))  # `5 tenths`: 0.5


def _over(s: str) -> str | None:
    """`one over four`, `minus one over seven`, `five over 12`: a fraction of two numbers in
    words (or one in digits)."""
    head, sep, tail = s.lower().partition(" over ")
    if not sep:
        return None
    sign = "-" if head.startswith(("minus ", "negative ")) else ""
    head = head.partition(" ")[2] if sign else head
    num, den = (w if w.isdigit() else number_word(w) for w in (head, tail))  # `five over 12`
    if num is None or den is None or not num.isdigit() or not den.isdigit() or int(den) == 0:
        return None
    return f"{sign}\\frac{{{num}}}{{{den}}}"


def _number_in_words(s: str) -> str | None:
    return number_word(s) or _first(s, _READERS)


def _latin(word: str) -> bool:
    return word.isalpha() and all(ord(c) < 0x250 for c in word)  # `perros`, `centímetros`


def counted_words(s: str) -> str | None:
    """`ten dollar`, `twenty people`, `cuatro perros`: a number in words and plain words after
    it -> the number and the words (the unit rules then decide about the words)."""
    words = s.split()
    for k in range(len(words) - 1, 0, -1):
        rest = words[k:]
        if not all(_latin(w) and not _number_in_words(w) for w in rest) or _NUMBERISH.match(
            rest[0]
        ):
            return None  # `eighty ninth`, `eleven dot one`: one number, not a number and a unit
        head = _number_in_words(" ".join(words[:k]))
        if head is not None:
            return f"{head} {' '.join(words[k:])}"
    return None


_ONE = re.compile(r"(?i)\s*an?\s+([^\W\d_]+)")  # `an hour`, `a minute and 10 seconds`
# a fraction in words of one unit: `half an hour`, `three quarters of an hour`, `a third of a mile`
_PART_OF_ONE = re.compile(
    r"(?i)\s*((?:an?\s+|one\s+|two\s+|three\s+)?[a-z]+)\s+(?:of\s+)?an?\s+([^\W\d_]+)"
)
_PART_OF = re.compile(r"\s*(\d+\s*/\s*\d+|\d*\.\d+)\s+of\s+an?\s+(?=[^\W\d_])")  # `3/4 of an hour`


# a whole number in digits, then `and` and a fraction in words: `2 and a half`, `5 and three quarters`
_AND_PART = re.compile(
    r"([-+]?\d{1,12})\s+and\s+((?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven)"
    r"[\s-]+[a-z]+)(?![\w-])",
    re.I,
)


def spoken_part(s: str) -> str:
    """`2 and a half hours` -> `2 1/2 hours`, `5 and three quarters` -> `5 3/4`: a whole number
    and a proper fraction in words, as a mixed number (what follows kept); else unchanged."""
    m = _AND_PART.match(s.strip())
    f = TEX_FRACTION.fullmatch(number_word(m[2]) or "") if m is not None else None
    if m is None or f is None or int(f[1]) >= int(f[2]):
        return s
    return f"{m[1]} {f[1]}/{f[2]}{s.strip()[m.end() :]}"


def digits_first(s: str) -> str:
    """`five cents` -> `5 cents`, `an hour and 45 minutes` -> `1 hour and 45 minutes` (`a` or `an`
    only before the name of a unit), `3/4 of an hour` -> `3/4 hour`; anything else unchanged."""
    if s[:1].isdigit() or s[:1] == ".":
        s = spoken_part(s) if " and " in s else s
        m = _PART_OF.match(s)
        return s if m is None else f"{m[1]} {s[m.end() :]}"
    if not s[:1].isalpha() or len(s) > 200:
        return s
    if (m := _ONE.match(s)) is not None and _is_unit_name(m[1]):
        return f"1 {s[m.start(1) :]}"
    if (m := _PART_OF_ONE.match(s)) is not None and _is_unit_name(m[2]):
        f = TEX_FRACTION.fullmatch(number_word(m[1]) or "")  # `half an hour` -> `1/2 hour`
        return s if f is None else f"{f[1]}/{f[2]} {s[m.start(2) :]}"
    return counted_words(s) or unit_parts(s) or thai_number(s) or s  # `สองร้อยบาท` -> `200 บาท`


def unit_parts(s: str) -> str | None:
    """`two hours and thirty minutes` -> `2 hours and 30 minutes`, `twenty rupees and fifty
    paise` -> `20 rupees and 50 paise`: numbers in words before two or more names of units (each
    run the longest that reads as one number); None when fewer than two are read."""
    words, k, read = s.split(), 0, 0
    out: list[str] = []
    while k < len(words):
        for end in range(min(len(words) - 1, k + 8), k, -1):  # the longest run first
            if words[k] in ("and", "y", "e", "et") or not _is_unit_name(words[end].rstrip(",.")):
                continue
            if (n := _number_in_words(" ".join(words[k:end]))) is not None:
                out.append(n)
                k, read = end, read + 1
                break
        else:
            out.append(words[k])
            k += 1
    return " ".join(out) if read >= 2 else None


def _is_unit_name(word: str) -> bool:
    w = word.lower()
    return w in NAMES or w.removesuffix("s") in NAMES


_ORDINALS = {"first": 1, "second": 2, "third": 3, "fifth": 5, "eighth": 8, "ninth": 9} | {
    w + "th": n
    for w, n in NUMBER_WORDS.items()
    if n in (4, 6, 7, 10, 11, 13, 14, 15, 16, 17, 18, 19)
}
_ORDINALS |= {"twelfth": 12, "hundredth": 100} | {
    w[:-1] + "ieth": n for w, n in NUMBER_WORDS.items() if n >= 20
}


def ordinal_word(s: str) -> str | None:
    """A whole answer that is one ordinal in words: `second` -> `2`, `twenty-first` -> `21`
    (as `2^{nd}` is 2); None otherwise (`a third` is a fraction, read by `number_word`)."""
    w = s.strip().lower()
    if w in _ORDINALS:
        return str(_ORDINALS[w])
    tens, _, unit = w.replace(" ", "-").partition("-")  # `twenty-first`, `twenty fifth`
    n, k = NUMBER_WORDS.get(tens, 0), _ORDINALS.get(unit, 0)
    return str(n + k) if n >= 20 and n % 10 == 0 and 0 < k < 10 else None
