"""What number words in any language share once a language's reader has read its words: a
decimal point in words (`cinq virgule cinq`, `три запятая четырнадцать`), a whole part before a
named fraction (`quince unidades y dos décimas`, `две целых пять десятых`), and a fraction
written as a decimal when its denominator is a power of ten, and a minus word before it all. Each language module passes its own
readers of whole numbers and of fractions."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from functools import lru_cache

Whole = Callable[[list[str]], int | None]
Value = Callable[[list[str]], str | None]
Fraction = Callable[[list[str]], tuple[int, int] | None]


_PLACE_BITS = {1: 1, 10: 2, 100: 4}


def places_of(v: int) -> int:
    """The places a value below a thousand fills, a bit each: units 1, tens 2, hundreds 4 (`18`:
    3); the word readers fill each place once."""
    return sum(bit for size, bit in _PLACE_BITS.items() if (v // size) % 10)


def written(p: int, q: int) -> str:
    """`p/q` with a power-of-ten denominator as a decimal of its places (`3/1000`: `0.003`),
    any other as `\\frac{p}{q}`."""
    places = len(str(q)) - 1
    if q == 10**places:
        whole, part = divmod(p, q)
        return f"{whole}.{part:0{places}d}"
    return f"\\frac{{{p}}}{{{q}}}"


def after_point(words: list[str], k: int, whole: Whole, digits: Mapping[str, int]) -> str | None:
    """The words around a point word at `k`: the whole part before it and the digits after it,
    digit by digit (`dos coma cero cinco` 2.05) or as one number (`cinq virgule vingt` 5.20)."""
    head, tail = whole(words[:k]), words[k + 1 :]
    if head is None or not tail:
        return None
    values = [digits.get(w, 10) for w in tail]
    if len(tail) > 1 and all(d < 10 for d in values):
        return f"{head}.{''.join(map(str, values))}"
    part = whole(tail)
    return None if part is None else f"{head}.{part}"


def named_value(
    words: list[str],
    marks: Collection[str],
    joins: Collection[str],
    whole: Whole,
    fraction: Fraction,
) -> str | None:
    """A whole part, a word that marks it (`unidades`, `целых`), an optional `and` and a named
    fraction below one; else a whole number; else a fraction; or None."""
    at = [k for k, w in enumerate(words) if w in marks]
    if len(at) == 1 and 0 < at[0] < len(words) - 1:
        k = at[0]
        head, rest = whole(words[:k]), words[k + 1 :]
        named = fraction(rest[1:] if rest[0] in joins else rest)
        if head is None or named is None or named[0] >= named[1]:
            return None
        return written(head * named[1] + named[0], named[1])
    if (n := whole(words)) is not None:
        return str(n)
    frac = fraction(words)
    return None if frac is None else written(*frac)


def signed_value(words: list[str], minus: Collection[str], value: Value) -> str | None:
    """The value of `words`, negated when the first is a minus word (`menos cinco`, `минус пять`)."""
    negative = words[0] in minus
    v = value(words[1:] if negative else words)
    if v is None or not negative:
        return v
    return v[1:] if v.startswith("-") else f"-{v}"


@lru_cache(maxsize=8192)
def cut_word(
    word: str, parts: frozenset[str], longest: int, max_chars: int = 60
) -> tuple[str, ...] | None:
    """`word` cut into the fewest members of `parts`, none longer than `longest` characters
    (`hundredsyvoghalvfems` -> hundred, syv, og, halvfems), or None: for languages that glue a
    number's words into one. A dynamic programme over at most `max_chars` characters."""
    if len(word) > max_chars:
        return None
    best: list[tuple[str, ...] | None] = [()] + [None] * len(word)
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - longest), end):
            head, part = best[start], word[start:end]
            if head is not None and part in parts:
                if best[end] is None or len(head) + 1 < len(best[end] or ()):
                    best[end] = (*head, part)
    return best[len(word)]
