"""The grammar of units: symbols and what they measure (`J`, `Pa`, `ft`, `dollar`, months), SI
prefixes (`kJ`, `mA`, `cm`), Russian symbols (`кг`), names in words (`curate.judges.math.unitnames`)
and products, quotients and powers of those (`kg m / s^2`, `square metres`, `km per hour`):
`parse_unit` reads a unit as a scale and its dimensions. What a quantity is, and how two are
compared, is `curate.judges.math.quantity`'s."""

from __future__ import annotations

import re
from fractions import Fraction

from curate.judges.math.unitnames import NAMES, prefixed_name

Dims = tuple[int, ...]  # metre, kg, second, ampere, kelvin, mole, degree, radian, dollar, month,
# and the customary pint (cups, pints, quarts, gallons: a US and an imperial pint differ in litres)
Unit = tuple[Fraction, Dims]


def dims(m: int = 0, kg: int = 0, s: int = 0, a: int = 0, k: int = 0, mol: int = 0) -> Dims:
    """The dimensions of metres, kilograms, seconds, amperes, kelvins and moles to these powers."""
    return (m, kg, s, a, k, mol, 0, 0, 0, 0, 0)


SYMBOLS: dict[str, Unit] = {
    "m": (Fraction(1), dims(m=1)),
    "g": (Fraction(1, 1000), dims(kg=1)),
    "s": (Fraction(1), dims(s=1)),
    "A": (Fraction(1), dims(a=1)),
    "K": (Fraction(1), dims(k=1)),
    "mol": (Fraction(1), dims(mol=1)),
    "N": (Fraction(1), dims(m=1, kg=1, s=-2)),
    "J": (Fraction(1), dims(m=2, kg=1, s=-2)),
    "W": (Fraction(1), dims(m=2, kg=1, s=-3)),
    "Pa": (Fraction(1), dims(m=-1, kg=1, s=-2)),
    "Hz": (Fraction(1), dims(s=-1)),
    "C": (Fraction(1), dims(s=1, a=1)),
    "V": (Fraction(1), dims(m=2, kg=1, s=-3, a=-1)),
    "Ω": (Fraction(1), dims(m=2, kg=1, s=-3, a=-2)),
    "T": (Fraction(1), dims(kg=1, s=-2, a=-1)),
    "L": (Fraction(1, 1000), dims(m=3)),
    "eV": (Fraction("1.602176634e-19"), dims(m=2, kg=1, s=-2)),
    "F": (Fraction(1), dims(m=-2, kg=-1, s=4, a=2)),
    "H": (Fraction(1), dims(m=2, kg=1, s=-2, a=-2)),
    "Wb": (Fraction(1), dims(m=2, kg=1, s=-2, a=-1)),
    # angles: no length, though all three are "dimensionless"; degrees and radians differ by
    # pi, which no exact factor carries (`_across` converts them when both are named)
    "°": (Fraction(1), (0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0)),
    "rad": (Fraction(1), (0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0)),
    # money in dollars and cents (`15 dollars` is 1500 cents, never 15 cents)
    "dollar": (Fraction(1), (0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0)),
    # calendar months and years (12 to a year), which no exact number of days makes
    "mo": (Fraction(1), (0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0)),
    # cups, pints, quarts and gallons stand in the same ratios in US and imperial measure
    # (2 cups to the pint, 8 pints to the gallon), which no one number of litres makes
    "pt": (Fraction(1), (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1)),
    # imperial units, exactly as defined in SI
    "in": (Fraction("0.0254"), dims(m=1)),
    "ft": (Fraction("0.3048"), dims(m=1)),
    "yd": (Fraction("0.9144"), dims(m=1)),
    "mi": (Fraction("1609.344"), dims(m=1)),
    "lb": (Fraction("0.45359237"), dims(kg=1)),
    "oz": (Fraction("0.028349523125"), dims(kg=1)),
    "t": (Fraction(1000), dims(kg=1)),  # the metric tonne (`ton` alone may be short or long)
}
_PREFIXES: dict[str, Fraction] = {
    "G": Fraction(10**9),
    "M": Fraction(10**6),
    "k": Fraction(1000),
    "c": Fraction(1, 100),
    "m": Fraction(1, 1000),
}
_PREFIXES |= {"µ": Fraction(1, 10**6), "μ": Fraction(1, 10**6), "u": Fraction(1, 10**6)}
_PREFIXES |= {"n": Fraction(1, 10**9), "p": Fraction(1, 10**12), "f": Fraction(1, 10**15)}
_PREFIXES |= {"d": Fraction(1, 10), "h": Fraction(100), "T": Fraction(10**12)}
_PREFIXES |= {"P": Fraction(10**15), "K": Fraction(1000)}  # `KΩ`, `KHz`: kilo in capitals
SIGNED_LETTERS = r"\u0900-\u09ff\u0e00-\u0e7f"
"""Devanagari, Bengali and Thai, for a character class: their vowel signs are no word characters
to `re`, so a unit's name in them needs these ranges beside `[^\\W\\d_]`."""
# a unit and its power: `m^2`, `s^{-1}`, `cm³`, or glued as unit checkers write it (`m2`, `s-2`);
# a name in Devanagari, Bengali or Thai with its vowel signs
_FACTOR = re.compile(
    rf"((?:[^\W\d_²³]|[{SIGNED_LETTERS}])+|°)"
    r"(?:\s*(?:\^|\*\*)\s*\{?(-?\d)\}?|([²³])|(-?\d)(?![\d.]))?"
)


def _symbol_unit(token: str) -> Unit | None:
    """The unit a symbol names: `J`, or a prefixed symbol (`kJ`, `mA`, `cm`, `mL`, `kohm`)."""
    if token in SYMBOLS:
        return SYMBOLS[token]
    if len(token) >= 2 and token[0] in _PREFIXES and token[1:] in SYMBOLS:
        factor, dims = SYMBOLS[token[1:]]
        return _PREFIXES[token[0]] * factor, dims
    if token[1:] == "hz" and token[0] in "kKMG":  # `Mhz`, `Khz`: hertz typed lower-case
        return _PREFIXES[token[0]], SYMBOLS["Hz"][1]
    if token[1:] == "ohm" and token[0] in _PREFIXES:  # `kohm`, `Mohm`
        return _PREFIXES[token[0]], SYMBOLS["Ω"][1]
    if token[:2] == "da" and token[2:] in SYMBOLS:  # `dag`, `dam`: deca, the two-letter prefix
        return 10 * SYMBOLS[token[2:]][0], SYMBOLS[token[2:]][1]
    if token[-1:] == "l" and token[:-1] in ("d", "c", "m", "µ", "k", "h", "da"):  # `dl`, `dal`
        return _symbol_unit(token[:-1] + "L")  # a litre's lower-case l (`fl` is no femtolitre)
    return None


# Russian unit symbols (`1 кг`, `10 мА`, `2 кОм`): the SI symbol each stands for, and prefixes
_CYRILLIC = {"г": "g", "м": "m", "с": "s", "Н": "N", "А": "A", "В": "V", "Ом": "Ω", "Вт": "W"}
_CYRILLIC |= {"Дж": "J", "Гц": "Hz", "л": "L", "К": "K", "моль": "mol", "Па": "Pa", "Кл": "C"}
_CYRILLIC |= {"ч": "h", "мин": "min", "сут": "day"}  # hours, minutes, days
_CYRILLIC_PREFIX = {"к": "k", "м": "m", "М": "M", "мк": "µ", "н": "n", "г": "h", "Г": "G"}


def _latin(token: str) -> str:
    """`кОм` -> `kΩ`, `мА` -> `mA`, `кг` -> `kg`; a token in Latin letters unchanged."""
    if token.isascii() or token in _CYRILLIC:
        return _CYRILLIC.get(token, token)
    for n in (2, 1):
        head, rest = token[:n], token[n:]
        if head in _CYRILLIC_PREFIX and rest in _CYRILLIC:
            return _CYRILLIC_PREFIX[head] + _CYRILLIC[rest]
    return token


def _unit_of(token: str) -> Unit | None:
    """The unit one token names: a symbol, a prefixed symbol or a word (`ml`, `liters`)."""
    token = _latin(token)
    if token in SYMBOLS:
        return SYMBOLS[token]
    word = NAMES.get(token) or NAMES.get(token.lower().removesuffix("s"))
    if word is None:  # a name first: `min` is minutes, not milli-inches
        prefixed = prefixed_name(token.lower().removesuffix("s"))  # `kilohms`, `milliamps`
        return _symbol_unit(prefixed or token)
    scale, sym = word.split()
    # a name maps to a symbol, a quotient or a product of symbols (`mph`: `mi/h`, `Nm`: `N*m`),
    # never to another name
    base = parse_unit(sym) if "/" in sym or "*" in sym else _symbol_unit(sym)
    return None if base is None else (Fraction(scale) * base[0], base[1])


# a power written as a word: before the unit (`square metres`, `sq ft`, `平方米`) or after it
_POWER_BEFORE = {"square": 2, "sq": 2, "cubic": 3, "cu": 3, "平方": 2, "立方": 3}
_POWER_AFTER = {"squared": 2, "cubed": 3}
_SUPER = {"²": 2, "³": 3}


_METRES_PER_SECOND = re.compile(r"ms\s*(?:\^\s*\{?\s*-\s*[12]\s*\}?|-[12])")


def parse_unit(text: str) -> Unit | None:
    """`kg m / s^2` -> (1, N's dimensions); None unless every factor is a known unit."""
    scale, dims = Fraction(1), [0] * 11
    sign, pending, last = 1, 1, None
    rest = (
        text.replace("\\cdot", "*")
        .replace("ℓ", "L")
        .replace("·", "*")
        .replace("•", "*")
        .replace("⋅", "*")
        .strip()
    )
    if "平方" in rest or "立方" in rest:
        rest = re.sub("(平方|立方)", r"\1 ", rest)  # `平方米`: square metres
    if rest[:2] == "ms" and _METRES_PER_SECOND.fullmatch(rest):  # `ms^{-1}`, `ms-2` alone:
        rest = "m s" + rest[2:]  # metres per second, as physics writes them (`kg ms^-1` stays)
    pos = 0
    while pos < len(rest):
        ch = rest[pos]
        if ch in " *":
            pos += 1
            continue
        if ch == "/" and sign == 1:
            sign, pos = -1, pos + 1
            continue
        m = _FACTOR.match(rest, pos)
        word = m.group(1).lower() if m else ""
        if m is not None and (word == "per" or (m[1] in ("a", "an") and last)) and sign == 1:
            sign, pos = -1, m.end()  # `kilometres per hour`, `miles an hour`
            continue
        if m is not None and word in _POWER_BEFORE and pending == 1:
            pending, pos = _POWER_BEFORE[word], m.end()
            continue
        if m is not None and word in _POWER_AFTER and last is not None and pending == 1:
            unit, power = last[0], last[1] * (_POWER_AFTER[word] - 1)  # `metres squared`
        else:
            named = _unit_of(m.group(1)) if m else None
            if m is None or named is None:
                return None
            unit = named
            power = sign * pending * int(m.group(2) or m.group(4) or _SUPER.get(m.group(3), 1))
            pending, last = 1, (unit, power)
        scale *= unit[0] ** power
        dims = [d + power * u for d, u in zip(dims, unit[1], strict=True)]
        pos = m.end()
    return (scale, tuple(dims)) if pos and pending == 1 else None


# symbols that are also English words or times of day: they open no unit before other words
# (`5 in all`, `5 pm tomorrow`, `5 per box`)
WORD_LIKE = frozenset({"in", "us", "per", "pm", "am"})
_PLAIN_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")
_RATE_WORDS = frozenset({"per", "a", "an", "every"})  # `5 km an hour`: a rate, not 5 km


def unit_run(words: list[str]) -> int:
    """How many of `words`, from the first, read together as one unit: the longest such run (`90
    seconds later` -> 1, `square metres` -> 2); 0 when none does or the first is a word-like
    symbol (`in`, `pm`)."""
    if not words or words[0].lower() in WORD_LIKE:
        return 0
    return next((k for k in range(len(words), 0, -1) if parse_unit(" ".join(words[:k]))), 0)


def leading_unit(tail: str) -> Unit | None:
    """The unit that opens the words after a number when plain words that name no unit follow
    it (`cm long`, `m tall`, `kg of flour`): the longest run that reads as a unit; None when a
    later word is a unit or a rate (`km an hour`), or the first is a word-like symbol (`in`)."""
    words = tail.split()
    k = unit_run(words[:-1])
    rest = words[k:]
    if k and all(
        _PLAIN_WORD.fullmatch(w) and w not in _RATE_WORDS and parse_unit(w) is None for w in rest
    ):
        return parse_unit(" ".join(words[:k]))
    return None


# two quantities of one kind set as a ratio: a map's or a model's scale (`1 cm : 5 km`,
# `1 cm to 500 cm`, `1cm:1m`, `1 cm = 6 m`)
_UNIT_RATIO = re.compile(
    r"\s*(\d+(?:\.\d+)?)\s*([^\W\d_]{1,12})\s*(:|\bto\b|=|\brepresents\b|\bstands\s+for\b)\s*"
    r"(\d+(?:\.\d+)?)\s*([^\W\d_]{1,12})\s*"
)  # and `1 cm represents 10 m`


_TEX_UNIT = re.compile(r"\\(?:mathrm|text|rm)\s*\{\s*([^{}]*?)\s*\}")


def _unit_or_plural(name: str) -> Unit | None:
    """A unit, or a symbol with a plural `s` (`kms`, `cms`) when the name itself is none."""
    found = parse_unit(name)
    if found is None and len(name) > 2 and name.endswith("s"):
        found = parse_unit(name[:-1])
    return found


def unit_ratio(s: str) -> str | None:
    """`1 cm : 5 km` -> `1:500000`: a ratio of two quantities of one dimension as a ratio of
    numbers; None for anything else (`5 km : 2 h` is a speed, no ratio of numbers)."""
    m = _UNIT_RATIO.fullmatch(_TEX_UNIT.sub(r"\1", s) if "\\" in s else s)
    if m is None:
        return None
    first, second = _unit_or_plural(m[2]), _unit_or_plural(m[5])
    if first is None or second is None or first[1] != second[1]:
        return None
    a, b = Fraction(m[1]) * first[0], Fraction(m[4]) * second[0]
    if a == 0 or b == 0 or (m[3] == "=" and a == b):
        return None  # `1 m = 100 cm` is a conversion, true, and no scale
    q = a / b
    return f"{q.numerator}:{q.denominator}"
