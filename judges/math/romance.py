"""Numbers written in words in Spanish, Portuguese, French and Italian, as a whole answer:
cardinals (`doscientos cincuenta y seis` 256, `quatre-vingt-dix-neuf` 99, `dois mil e vinte` 2020,
`tres mil millones` 3000000000), a decimal comma in words (`cinq virgule cinq` 5.5, `dos coma
cero cinco` 2.05), fractions with an ordinal or `avos` denominator (`dos tercios`, `trois
quarts`, `um quinze avos`, `tres quinceavos`), decimal places by name (`tres milésimas` 0.003,
`sete centésimos` 0.07) with a whole part before them (`quince unidades y dos décimas` 15.2),
and a minus (`menos cinco`, `moins deux`).

English number words are read before (`curate.judges.math.words`); a word that is also an English
word with another meaning is not read alone (`once`), nor is a scale word (`cents`, `mil`).
Accents are optional (`tres`, `três`; `decimas`). Bounded work: at most 24 words, each looked up
in a table.
"""

from __future__ import annotations

import unicodedata

from curate.judges.math.wordvalue import after_point, named_value, signed_value

_UNITS = {
    # Spanish
    "cero": 0, "un": 1, "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5,
    "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12,
    "trece": 13, "catorce": 14, "quince": 15, "dieciseis": 16, "diecisiete": 17,
    "dieciocho": 18, "diecinueve": 19, "veinte": 20, "veintiun": 21, "veintiuno": 21,
    "veintiuna": 21, "veintidos": 22, "veintitres": 23, "veinticuatro": 24, "veinticinco": 25,
    "veintiseis": 26, "veintisiete": 27, "veintiocho": 28, "veintinueve": 29, "treinta": 30,
    "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70, "ochenta": 80, "noventa": 90,
    # Portuguese (`tres`, `seis`, `setenta`, `noventa` as in Spanish)
    "um": 1, "uma": 1, "dois": 2, "duas": 2, "quatro": 4, "sete": 7, "oito": 8, "nove": 9,
    "dez": 10, "onze": 11, "doze": 12, "treze": 13, "quatorze": 14, "quinze": 15,
    "dezesseis": 16, "dezasseis": 16, "dezessete": 17, "dezassete": 17, "dezoito": 18,
    "dezenove": 19, "dezanove": 19, "vinte": 20, "trinta": 30, "quarenta": 40, "cinquenta": 50,
    "sessenta": 60, "oitenta": 80,
    # French (`onze`, `quatorze`, `quinze`, `six` as above)
    "zero": 0, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "douze": 12, "treize": 13, "seize": 16, "vingt": 20,
    "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "septante": 70,
    "huitante": 80, "octante": 80, "nonante": 90,
    # Italian (`sei`, `nove`, `venti` as above)
    "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sette": 7, "otto": 8, "dieci": 10, "undici": 11,
    "dodici": 12, "tredici": 13, "quattordici": 14, "quindici": 15, "sedici": 16,
    "diciassette": 17, "diciotto": 18, "diciannove": 19, "venti": 20, "trenta": 30,
    "quaranta": 40, "cinquanta": 50, "sessanta": 60, "settanta": 70, "ottanta": 80,
    "novanta": 90,
}  # fmt: skip
_HUNDREDS = {"cien": 100, "ciento": 100, "cem": 100, "cento": 100} | {
    f"{stem}{end}": 100 * k
    for k, stems in (
        (2, ("doscient", "duzent")),
        (3, ("trescient", "trezent")),
        (4, ("cuatrocient", "quatrocent")),
        (5, ("quinient", "quinhent")),
        (6, ("seiscient", "seiscent")),
        (7, ("setecient", "setecent")),
        (8, ("ochocient", "oitocent")),
        (9, ("novecient", "novecent")),
    )
    for stem in stems
    for end in ("os", "as")
}
_FRENCH_HUNDRED = ("cent", "cents")  # `deux cents`: a multiplier, as English `hundred`
_THOUSAND = ("mil", "mille", "mila")
_BIG = {"millon": 6, "millones": 6, "milhao": 6, "milhoes": 6, "million": 6, "millions": 6}
_BIG |= {"milliard": 9, "milliards": 9, "bilhao": 9, "bilhoes": 9, "billon": 12, "billones": 12}
_BIG |= {"milione": 6, "milioni": 6, "miliardo": 9, "miliardi": 9}
_AND = ("y", "e", "et")
_MINUS = ("menos", "moins", "meno", "negativo", "negativa", "negatif", "negative")
_POINT = ("coma", "virgula", "virgule", "virgola", "punto", "ponto")
_WHOLE = ("unidad", "unidades", "entero", "enteros", "inteiro", "inteiros", "unite", "unites")
# the words read as a number alone: not English `once` nor the name Otto, nor a scale word
# (`cents`, `mil`)
_ALONE = (frozenset(_UNITS) | frozenset(_HUNDREDS)) - {"once", "otto"}

# denominators named by an ordinal (Spanish, Portuguese, French), singular or plural
_ORDINAL = {
    "medio": 2, "media": 2, "meio": 2, "meia": 2, "demi": 2, "demie": 2, "tercio": 3,
    "terco": 3, "tiers": 3, "cuarto": 4, "quarto": 4, "quart": 4, "quinto": 5, "sexto": 6,
    "septimo": 7, "setimo": 7, "octavo": 8, "oitavo": 8, "noveno": 9, "nono": 9, "decimo": 10,
    "decima": 10, "centesimo": 100, "centesima": 100, "milesimo": 1000, "milesima": 1000,
    "diezmilesimo": 10**4, "diezmilesima": 10**4, "cienmilesimo": 10**5, "cienmilesima": 10**5,
    "millonesimo": 10**6, "millonesima": 10**6, "milionesimo": 10**6, "milionesima": 10**6,
    "cinquieme": 5, "neuvieme": 9, "mezzo": 2, "mezza": 2, "terzo": 3, "sesto": 6,
    "settimo": 7, "ottavo": 8, "millesimo": 1000,
}  # fmt: skip
_NOT_A_DENOMINATOR = ("centavo", "centavos")  # money, not hundredths


# Italian writes a number as one word (`trentadue`, `duemilatrecento`, `ventuno`: a tens word
# loses its last vowel before `uno` and `otto`, as `cento` before `ottanta`)
_ELIDED = {"vent": "venti", "trent": "trenta", "quarant": "quaranta", "cinquant": "cinquanta"}
_ELIDED |= {"sessant": "sessanta", "settant": "settanta", "ottant": "ottanta", "cent": "cento"}
_ELIDED |= {"novant": "novanta"}
_PARTS = (*_ELIDED, "cento", "mila", "mille", "milione", "milioni", "miliardo", "miliardi")
_ITALIAN_PARTS = tuple(w for w in _UNITS if len(w) > 2 and w.isascii()) + _PARTS


def _compound(word: str) -> list[str] | None:
    """`trentadue` -> [`trenta`, `due`], `centottanta` -> [`cento`, `ottanta`]: the one split of a
    word into two or more Italian number words, or None."""
    if len(word) > 40 or not word.isalpha():
        return None

    def split(rest: str) -> list[str] | None:
        if not rest:
            return []
        for part in _ITALIAN_PARTS:
            tail = rest[len(part) :]
            if rest.startswith(part) and (part not in _ELIDED or tail[:1] in ("u", "o")):
                if (more := split(tail)) is not None:
                    return [_ELIDED.get(part, part), *more]
        return None

    parts = split(word)
    return parts if parts is not None and len(parts) >= 2 else None


def _plain(word: str) -> str:
    """The word in lower case without its accents (`Décimas` -> `decimas`)."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _next_ok(prev: int | None, n: int) -> bool:
    """Whether a units or tens word `n` may follow the word of value `prev` in one number:
    `veinte tres`, `dix sept`, `soixante dix`, `ciento dos`; never `cinco seis` or `quince dos`."""
    if prev is None or prev >= 100:
        return prev is None or n < 100
    if prev == 10 or (prev % 10 == 0 and prev > 10):
        return n < 10 or (prev in (60, 80) and n < 20)  # `soixante-dix`, `quatre-vingt-douze`
    return False


def _whole(words: list[str]) -> int | None:
    """A whole number from its words (`["tres", "mil", "millones"]` -> 3000000000), or None: the
    hundreds group below a thousand, the thousands above it, and the millions and more before."""
    words = [w for w in words if w not in _AND]
    if not words or len(words) > 24:
        return None
    total, high, group, prev, last_big, read = 0, 0, 0, None, 10**40, False
    for k, w in enumerate(words):
        read = True
        if w == "quatre" and words[k + 1 : k + 2] in (["vingt"], ["vingts"]):
            continue  # `quatre-vingt`: 4 x 20
        n = 80 if w in ("vingt", "vingts") and words[k - 1 : k] == ["quatre"] else _UNITS.get(w)
        if n is not None:
            if not _next_ok(prev, n):
                return None
            group, prev = group + n, n
        elif w in _HUNDREDS and group == 0:
            group = prev = _HUNDREDS[w]
        elif (w in _FRENCH_HUNDRED or w == "cento") and group < 10 and group == (prev or 0):
            group = prev = (group or 1) * 100  # `deux cents`, `cent trois`
        elif w in _THOUSAND and high == 0:
            high, group, prev = (group or 1) * 1000, 0, 1000
        elif w in _BIG:
            scale = (high + group or 1) * 10 ** _BIG[w]
            if scale >= last_big:
                return None  # `dos millones tres millones`
            total, high, group, prev, last_big = total + scale, 0, 0, None, scale
        else:
            return None
    return total + high + group if read else None


def _denominator(word: str) -> int | None:
    """`tercios` 3, `quinceavos` 15, `millièmes` 1000, `cinquième` 5: a fraction's denominator."""
    if word in _NOT_A_DENOMINATOR:
        return None
    w = word if word in _ORDINAL else word.removesuffix("s")
    if w not in _ORDINAL and word[-1:] == "i":
        w = word[:-1] + "o"  # Italian plurals: `tre quarti`, `due terzi`
    if w in _ORDINAL:
        return _ORDINAL[w]
    for suffix in ("avo", "avos", "ieme", "iemes"):  # `quinceavos`, `treintavo`, `onzième`
        stem = word.removesuffix(suffix)
        if stem != word:
            for guess in (stem, stem + "a", stem + "e"):
                n = _whole(guess.split("-"))
                if n is not None and n > 2:
                    return n
    return None


def _fraction(words: list[str]) -> tuple[int, int] | None:
    """`dos tercios`, `treze oitenta e cinco avos`, `tres milesimas`: a numerator and a named
    denominator (an ordinal, `-avos`, or `avos` after a number), or None."""
    if len(words) < 2:
        return None
    if words[-1] == "avos":  # Portuguese: the denominator as a number before `avos`
        splits = [
            (num, den)
            for k in range(1, len(words) - 1)
            if (num := _whole(words[:k])) is not None
            and (den := _whole(words[k:-1])) is not None
            and words[k] not in _AND
        ]
        return splits[0] if len(splits) == 1 and splits[0][1] else None
    den = _denominator(words[-1])
    num = _whole(words[:-1]) if den else None
    return None if num is None or den is None else (num, den)


def _value(words: list[str]) -> str | None:
    if any(w in _POINT for w in words):  # `cinq virgule cinq`, `dos coma cero cinco`
        return after_point(
            words, next(i for i, w in enumerate(words) if w in _POINT), _whole, _UNITS
        )
    return named_value(words, _WHOLE, _AND, _whole, _fraction)  # `quince unidades y dos décimas`


def romance_number(s: str) -> str | None:
    """The value of a whole answer in Spanish, Portuguese, French or Italian number words (see the
    module docstring), or None."""
    text = _plain(s.strip()).replace(",", " , ")
    words = [w for w in text.replace("-", " ").split() if w != ","]
    if not words or len(words) > 24 or not all(w.isalpha() for w in words):
        return None
    if len(words) == 1 and (parts := _compound(words[0])) is not None:
        words = parts  # `trentadue`, `duemila`
    elif len(words) == 1 and words[0] not in _ALONE:
        return None
    else:
        words = [p for w in words for p in (_compound(w) or [w])]
    return signed_value(words, _MINUS, _value)
