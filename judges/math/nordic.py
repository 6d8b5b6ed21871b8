"""Numbers written in words in Danish, Norwegian, Swedish and Finnish, as a whole answer.

These languages glue a number's parts into one word (`hundredsyvoghalvfems` 197, `femtioåtta`
58, `tuhatyhdeksänsataayhdeksänkymmentäkolme` 1993), so each word is first cut into the fewest
known parts, then read as the other readers read their words: each place (units, tens, hundreds)
filled at most once, hundreds before anything lower (Danish says the unit before the tens,
`syvoghalvfems` 97, with its vigesimal tens `halvtreds` 50 and `firs` 80), a scale word
multiplying the group before it, the scales falling. Finnish multiplies a unit by a ten
(`kaksikymmentä` 20), a hundred (`kolmesataa` 300) or a scale (`viisikymmentätuhatta` 50000) and
adds ten with `toista` (`yksitoista` 11).

Also read: the half-numbers `halvanden` 1.5, `halvtredje` 2.5 (and `halvannen`, `halvannan`,
`halvfjerde`, `halvfemte`), `X og en halv` (X and a half), a decimal point `komma` or `pilkku`,
and fractions of tenths, hundredths and thousandths (`4 hundredeler`, `4 hela och 57
hundradelar`). Bounded work: at most 40 words of at most 60 letters, each cut by a dynamic
programme over a fixed table.
"""

from __future__ import annotations

import re

from curate.judges.math.wordvalue import after_point, cut_word, places_of, signed_value, written


def _table(groups: dict[int, str]) -> dict[str, int]:
    return {w: v for v, words in groups.items() for w in words.split()}


_VALUES = _table({
    0: "nul null noll nolla", 1: "en et ett ei yksi", 2: "to två kaksi", 3: "tre kolme",
    4: "fire fyra neljä", 5: "fem viisi", 6: "seks sex kuusi", 7: "syv sju seitsemän",
    8: "otte åtte åtta kahdeksan", 9: "ni nio yhdeksän", 10: "ti tio kymmenen",
    11: "elleve elva", 12: "tolv", 13: "tretten tretton", 14: "fjorten fjorton",
    15: "femten femton", 16: "seksten sexton", 17: "sytten sjutton", 18: "atten arton",
    19: "nitten nitton", 20: "tyve tjue tjugo", 30: "tredive tretti tredve trettio",
    40: "fyrre fyrretyve førti firti fyrtio förtio", 50: "halvtreds halvtredsindstyve femti femtio",
    60: "tres treds tresindstyve seksti sextio", 70: "halvfjerds halvfjerdsindstyve sytti sjuttio",
    80: "firs firsindstyve åtti åttio", 90: "halvfems halvfemsindstyve nitti nittio",
    100: "sata",
})  # fmt: skip
_HUNDREDS = frozenset("hundrede hundred hundre hundra sataa".split())  # x 100, or 100 alone
_TENS_OF = frozenset(("kymmentä",))  # Finnish: the unit before it x 10
_TEEN = frozenset(("toista",))  # Finnish: the unit before it + 10
_SCALES = {
    **dict.fromkeys("tusind tusinde tusen tuhat tuhatta".split(), 3),
    **dict.fromkeys("million millioner miljon miljoner miljoona miljoonaa".split(), 6),
    **dict.fromkeys("milliard milliarder miljard miljarder miljardi miljardia".split(), 9),
}
_AND = frozenset(("og", "och", "ja"))
_HALVES = {
    "halvanden": "1.5", "halvannen": "1.5", "halvannan": "1.5", "halvtredje": "2.5",
    "halvfjerde": "3.5", "halvfemte": "4.5",
}  # fmt: skip
_PARTS = frozenset(_VALUES) | _HUNDREDS | _TENS_OF | _TEEN | frozenset(_SCALES) | _AND
# tenths, hundredths, thousandths (singular and plural), and the word for the whole part
_DENOMINATORS = {
    **dict.fromkeys("tiendedel tiendedele tidel tideler tiondel tiondelar".split(), 10),
    **dict.fromkeys(
        "hundrededel hundrededele hundredel hundredeler hundradel hundradelar".split(), 100
    ),
    **dict.fromkeys("tusindedel tusindedele tusendel tusendeler tusendelar".split(), 1000),
}
_WHOLES = frozenset(("hele", "hela", "heltal"))
_POINT = frozenset(("komma", "pilkku"))
_MINUS = frozenset(("minus", "miinus"))


def _cut(word: str) -> tuple[str, ...] | None:
    return cut_word(word, _PARTS, 20)


def _whole(words: list[str]) -> int | None:
    """A whole number in the languages' words, each word cut into its parts; or None."""
    parts: list[str] = []
    for w in words:
        if w.isdigit() and len(words) == 1:
            return int(w)
        cut = _cut(w)
        if cut is None:
            return None
        parts.extend(cut)
    total, group, used, last = 0, 0, 0, 10**40
    for k, p in enumerate(parts):
        if p in _AND:
            if k == 0 or k == len(parts) - 1:
                return None
            continue
        if p in _HUNDREDS and used in (0, 1):
            group, used = (group or 1) * 100, 4
        elif p in _TENS_OF and used & 3 == 1:  # `satakaksikymmentä`: 100 + 2 x 10
            group, used = group + 9 * (group % 10), used ^ 3
        elif p in _TEEN and used & 3 == 1:  # `satayksitoista`: 100 + 1 + 10
            group, used = group + 10, used | 2
        elif p in _VALUES and (v := _VALUES[p]) and not used & places_of(v):
            if places_of(v) & 4 and used:
                return None  # hundreds after anything lower
            group, used = group + v, used | places_of(v)
        elif p in _VALUES and _VALUES[p] == 0 and len(parts) == 1:
            return 0
        elif p in _SCALES and 10 ** _SCALES[p] < last:
            total, group, used, last = (
                total + (group or 1) * 10 ** _SCALES[p],
                0,
                0,
                10 ** _SCALES[p],
            )
        else:
            return None
    return total + group if total or used else None


def _fraction(words: list[str]) -> tuple[int, int] | None:
    """`4 hundredeler`, `57 hundradelar`, `tre tiondelar`: a count of tenths, hundredths or
    thousandths."""
    if len(words) < 2 or words[-1] not in _DENOMINATORS:
        return None
    num = _whole(words[:-1])
    return None if num is None else (num, _DENOMINATORS[words[-1]])


def _value(words: list[str]) -> str | None:
    if len(words) == 1 and words[0] in _HALVES:
        return _HALVES[words[0]]
    if (n := _whole(words)) is not None:
        return str(n)
    if len(words) >= 4 and words[-3] in _AND and words[-2] in ("en", "ei", "ett", "et"):
        if words[-1] == "halv" and (head := _whole(words[:-3])) is not None:
            return f"{head}.5"  # `tusen och en halv`
    if any(w in _POINT for w in words):
        k = next(i for i, w in enumerate(words) if w in _POINT)
        return after_point(words, k, _whole, _VALUES)
    at = [k for k, w in enumerate(words) if w in _WHOLES]  # `4 hela och 57 hundradelar`
    if len(at) == 1 and (head := _whole(words[: at[0]])) is not None:
        rest = words[at[0] + 1 :]
        frac = _fraction(rest[1:] if rest[:1] and rest[0] in _AND else rest)
        if frac is not None and frac[0] < frac[1]:
            return written(head * frac[1] + frac[0], frac[1])
        return None
    frac = _fraction(words)
    return None if frac is None else written(*frac)


_LETTERS = re.compile(r"[a-zåæøäö\d]+")
_ENGLISH = frozenset(("fire",))  # the table's one word of four letters or more that is English


def nordic_number(s: str) -> str | None:
    """The value of a whole answer in Danish, Norwegian, Swedish or Finnish number words (see the
    module docstring), or None. Alone, a short word (`to`, `ni`, `en`, `sex`) stays a word."""
    words = s.strip().lower().replace("-", " ").split()
    if not words or len(words) > 40 or not all(_LETTERS.fullmatch(w) for w in words):
        return None
    if len(words) == 1 and (len(words[0]) < 4 or words[0] in _ENGLISH):
        return None  # `to`, `ni`, `tre`, `fire`: English, or letters
    if all(w.isdigit() for w in words) or not any(w.isalpha() for w in words):
        return None
    return signed_value(words, _MINUS, _value)
