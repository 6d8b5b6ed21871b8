"""Numbers written in words in Russian, Ukrainian and Polish, as a whole answer: cardinals in
any case (`двести пятьдесят шесть` 256, `двумя тысячами` 2000, `п'ятсот сорок` 540, `три
миллиона`, `dwieście pięćdziesiąt sześć`), fractions with an ordinal denominator (`две третьих`,
`одна вторая`, `дві п'ятих`, `dwie trzecie`), the fraction nouns (`половина`, `треть`,
`четверть`, `третина`, `чверть`, `pół`), decimals as a whole part and a named fraction (`две
целых пять десятых` 2.5, `нуль цілих сім сотих` 0.07, `dwie całe i pięć dziesiątych`), a decimal
point in words (`trzy przecinek czternaście` 3.14), a half after `с`/`i` (`два с половиной`, `dwa
i pół`), `полтора` 1.5 and a minus (`минус пять`, `мінус два`).

Forms are generated from each numeral's stems by the declension it follows (a word ending in a
soft sign: `пять`, `пяти`, `пятью`; the hundreds: `пятьсот`, `пятисот`, `пятистам`, `пятьюстами`,
`пятистах`) rather than listed one by one; `ё` reads as `е`, and Ukrainian apostrophes (`'`, `’`,
`ʼ`) are one character. Bounded work: at most 24 words, each looked up in a table.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from curate.judges.math.wordvalue import after_point, named_value, signed_value

_SOFT = "ь"
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'", "ё": "е", "Ё": "е"})


def _soft(stem: str) -> list[str]:
    """A numeral declined like `пять` (`пять`, `пяти`, `пятью`) from its stem `пят`."""
    return [stem + _SOFT, stem + "и", stem + "ью"]


def _forms() -> dict[str, int]:
    """Every case form of the Russian and Ukrainian numerals below a thousand, to its value."""
    table: dict[str, int] = {}

    def put(value: int, *words: str) -> None:
        for w in words:
            table.setdefault(w, value)

    # Russian
    put(0, "ноль", "нуль", "ноля", "нуля", "нолю", "нулю", "нолем", "нулем", "ноле", "нуле")
    put(1, "один", "одна", "одно", "одного", "одной", "одному", "одним", "одном", "одну", "одною")
    put(2, "два", "две", "двух", "двум", "двумя")
    put(3, "три", "трех", "трем", "тремя")
    put(4, "четыре", "четырех", "четырем", "четырьмя")
    for value, stem in (
        (5, "пят"), (6, "шест"), (7, "сем"), (9, "девят"), (10, "десят"),
        (11, "одиннадцат"), (12, "двенадцат"), (13, "тринадцат"), (14, "четырнадцат"),
        (15, "пятнадцат"), (16, "шестнадцат"), (17, "семнадцат"), (18, "восемнадцат"),
        (19, "девятнадцат"), (20, "двадцат"), (30, "тридцат"),
    ):  # fmt: skip
        put(value, *_soft(stem))
    put(8, "восемь", "восьми", "восемью", "восьмью")
    put(40, "сорок", "сорока")
    put(90, "девяносто", "девяноста")
    put(100, "сто", "ста")
    for value, nom, obl, ins in (
        (50, "пять", "пяти", "пятью"), (60, "шесть", "шести", "шестью"),
        (70, "семь", "семи", "семью"), (80, "восемь", "восьми", "восемью"),
    ):  # fmt: skip
        put(value, nom + "десят", obl + "десяти", ins + "десятью")
    for value, nom, gen, dat, ins in (
        (200, "двести", "двух", "двум", "двумя"), (300, "триста", "трех", "трем", "тремя"),
        (400, "четыреста", "четырех", "четырем", "четырьмя"),
    ):  # fmt: skip
        put(value, nom, gen + "сот", dat + "стам", ins + "стами", gen + "стах")
    for value, nom, obl, ins in (
        (500, "пять", "пяти", "пятью"), (600, "шесть", "шести", "шестью"),
        (700, "семь", "семи", "семью"), (800, "восемь", "восьми", "восемью"),
        (900, "девять", "девяти", "девятью"),
    ):  # fmt: skip
        put(value, nom + "сот", obl + "сот", obl + "стам", ins + "стами", obl + "стах")
    # Ukrainian
    put(0, "нуля", "нулю", "нулем")
    put(1, "одне", "одного", "одній", "одної", "одному", "одним", "одну", "одними")
    put(2, "дві", "двох", "двом", "двома")
    put(3, "трьох", "трьом", "трьома")
    put(4, "чотири", "чотирьох", "чотирьом", "чотирма")
    for value, nom, gen in (
        (5, "п'ять", "п'яти"), (6, "шість", "шести"), (7, "сім", "семи"), (8, "вісім", "восьми"),
        (9, "дев'ять", "дев'яти"), (10, "десять", "десяти"), (11, "одинадцять", "одинадцяти"),
        (12, "дванадцять", "дванадцяти"), (13, "тринадцять", "тринадцяти"),
        (14, "чотирнадцять", "чотирнадцяти"), (15, "п'ятнадцять", "п'ятнадцяти"),
        (16, "шістнадцять", "шістнадцяти"), (17, "сімнадцять", "сімнадцяти"),
        (18, "вісімнадцять", "вісімнадцяти"), (19, "дев'ятнадцять", "дев'ятнадцяти"),
        (20, "двадцять", "двадцяти"), (30, "тридцять", "тридцяти"), (40, "сорок", "сорока"),
        (50, "п'ятдесят", "п'ятдесяти"), (60, "шістдесят", "шістдесяти"),
        (70, "сімдесят", "сімдесяти"), (80, "вісімдесят", "вісімдесяти"),
        (90, "дев'яносто", "дев'яноста"), (100, "сто", "ста"), (200, "двісті", "двохсот"),
        (300, "триста", "трьохсот"), (400, "чотириста", "чотирьохсот"),
        (500, "п'ятсот", "п'ятисот"), (600, "шістсот", "шестисот"), (700, "сімсот", "семисот"),
        (800, "вісімсот", "восьмисот"), (900, "дев'ятсот", "дев'ятисот"),
    ):  # fmt: skip
        put(value, nom, gen)
    _polish(put)
    return table


def _polish(put: Callable[..., None]) -> None:
    """The Polish numerals' case forms (`pięć`, `pięciu`, `pięcioma`; `dwieście`, `dwustu`)."""
    put(0, "zero", "zera")
    put(1, "jeden", "jedna", "jedno", "jednego", "jednej", "jednemu", "jednym", "jedną")
    put(2, "dwa", "dwie", "dwóch", "dwoma", "dwiema", "dwu", "dwom")
    put(3, "trzy", "trzech", "trzem", "trzema")
    put(4, "cztery", "czterech", "czterem", "czterema")
    for value, nom, stem in (
        (5, "pięć", "pięci"), (6, "sześć", "sześci"), (7, "siedem", "siedmi"),
        (8, "osiem", "ośmi"), (9, "dziewięć", "dziewięci"), (10, "dziesięć", "dziesięci"),
    ):  # fmt: skip
        put(value, nom, stem + "u", stem + "oma")
    for value, stem in (
        (11, "jedena"), (12, "dwuna"), (13, "trzyna"), (14, "czterna"), (15, "piętna"),
        (16, "szesna"), (17, "siedemna"), (18, "osiemna"), (19, "dziewiętna"),
    ):  # fmt: skip
        put(value, stem + "ście", stem + "stu", stem + "stoma")
    put(12, "dwanaście")
    for value, nom, stem in (
        (20, "dwadzieścia", "dwudziest"), (30, "trzydzieści", "trzydziest"),
        (40, "czterdzieści", "czterdziest"),
    ):  # fmt: skip
        put(value, nom, stem + "u", stem + "oma")
    for value, nom, stem in (
        (50, "pięćdziesiąt", "pięćdziesięci"), (60, "sześćdziesiąt", "sześćdziesięci"),
        (70, "siedemdziesiąt", "siedemdziesięci"), (80, "osiemdziesiąt", "osiemdziesięci"),
        (90, "dziewięćdziesiąt", "dziewięćdziesięci"),
    ):  # fmt: skip
        put(value, nom, stem + "u", stem + "oma")
    put(100, "sto", "stu")
    for value, nom, gen in (
        (200, "dwieście", "dwustu"), (300, "trzysta", "trzystu"), (400, "czterysta", "czterystu"),
        (500, "pięćset", "pięciuset"), (600, "sześćset", "sześciuset"),
        (700, "siedemset", "siedmiuset"), (800, "osiemset", "ośmiuset"),
        (900, "dziewięćset", "dziewięciuset"),
    ):  # fmt: skip
        put(value, nom, gen)


_NUMBERS = _forms()
_THOUSAND = frozenset(
    "тысяча тысячи тысяч тысяче тысячу тысячей тысячью тысячам тысячами тысячах тисяча тисячі "
    "тисяч тисячу тисячею тисячам тисячами тисячах tysiąc tysiące tysięcy tysiąca tysiącem".split()
)
_BIG_STEMS = {"миллион": 6, "миллиард": 9, "мільйон": 6, "мільярд": 9, "milion": 6, "miliard": 9}
_BIG_ENDINGS = ("", *"а ы ов у ом е ам ами ах и ів і ові y ów a em ami".split())
_BIG = {stem + end: power for stem, power in _BIG_STEMS.items() for end in _BIG_ENDINGS}
_MINUS = ("минус", "мінус", "minus")
_WHOLE = ("целая", "целых", "целой", "ціла", "цілих", "цілої", "cała", "całe", "całych")
_AND = ("и", "і", "й", "i")
_POINT = ("запятая", "кома", "przecinek")

# ordinal stems naming a denominator: `третьих`, `пятая`, `десятих`, `тысячных`
_ORDINAL_STEMS = {
    "втор": 2, "трет": 3, "четверт": 4, "пят": 5, "шест": 6, "седьм": 7, "восьм": 8,
    "девят": 9, "десят": 10, "одиннадцат": 11, "двенадцат": 12, "двадцат": 20, "сот": 100,
    "тысячн": 1000, "десятитысячн": 10**4, "стотысячн": 10**5, "миллионн": 10**6,
    "друг": 2, "п'ят": 5, "шост": 6, "сьом": 7, "дев'ят": 9, "тисячн": 1000,
    "десятитисячн": 10**4, "мільйонн": 10**6,
    "drug": 2, "trzec": 3, "czwart": 4, "piąt": 5, "szóst": 6, "siódm": 7, "ósm": 8,
    "dziewiąt": 9, "dziesiąt": 10, "setn": 100, "tysięczn": 1000, "dziesięciotysięczn": 10**4,
    "stutysięczn": 10**5, "milionow": 10**6,
}  # fmt: skip
# Russian and Ukrainian endings, then Polish: `третьих`, `пятая`, `десятих`, `trzecie`, `setnych`
_ORDINAL_ENDINGS = tuple("ая ых ой ую ья ьих ьей а их ої у я іх ій a e ie ia ich ych ą".split())
_FRACTION_NOUNS = {
    "половина": (1, 2), "половины": (1, 2), "половину": (1, 2), "треть": (1, 3),
    "трети": (1, 3), "четверть": (1, 4), "четверти": (1, 4), "третина": (1, 3),
    "третини": (1, 3), "чверть": (1, 4), "чверті": (1, 4), "полтора": (3, 2),
    "полторы": (3, 2), "півтора": (3, 2), "півтори": (3, 2), "pół": (1, 2), "ćwierć": (1, 4),
    "półtora": (3, 2), "półtorej": (3, 2),
}  # fmt: skip
_WORD = re.compile(r"[а-яіїєґ']+|[a-ząćęłńóśźż]+")


def _denominator(word: str) -> int | None:
    """`третьих` 3, `пятая` 5, `десятих` 10, `тысячных` 1000: a fraction's named denominator."""
    for ending in sorted(_ORDINAL_ENDINGS, key=len, reverse=True):
        stem = word.removesuffix(ending)
        if stem != word and stem in _ORDINAL_STEMS:
            return _ORDINAL_STEMS[stem]
    return None


def _next_ok(prev: int | None, n: int) -> bool:
    """Whether a numeral of value `n` may follow one of value `prev` within a group below a
    thousand: `сто двадцать пять`, never `пять шесть` or `двадцать тридцать`."""
    if prev is None:
        return True
    if prev >= 100:
        return n < 100
    return prev >= 20 and prev % 10 == 0 and n < 10


def _whole(words: list[str]) -> int | None:
    """A whole number from its words (`["две", "тысячи", "пять"]` -> 2005), or None."""
    words = [w for w in words if w not in _AND]
    if not words:
        return None
    total, group, prev, last_scale = 0, 0, None, 10**40
    for w in words:
        if w in _NUMBERS:
            n = _NUMBERS[w]
            if not _next_ok(prev, n):
                return None
            group, prev = group + n, n
            continue
        scale = 1000 if w in _THOUSAND else 10 ** _BIG[w] if w in _BIG else None
        if scale is None or scale >= last_scale:
            return None  # an unknown word, or `тысяча миллионов`
        total, group, prev, last_scale = total + (group or 1) * scale, 0, None, scale
    return total + group


def _fraction(words: list[str]) -> tuple[int, int] | None:
    """`две третьих`, `одна вторая`, `семь сотых`, `половина`: a numerator and a denominator."""
    if len(words) == 1 and words[0] in _FRACTION_NOUNS:
        return _FRACTION_NOUNS[words[0]]
    if len(words) < 2:
        return None
    den = _denominator(words[-1])
    num = _whole(words[:-1]) if den else None
    return None if num is None or den is None else (num, den)


def _and_a_half(words: list[str]) -> str | None:
    """`два с половиной`, `dwa i pół`, `три з половиною`: a whole number and a half."""
    if len(words) < 3 or words[-2] not in (*_AND, "с", "з", "со", "із"):
        return None
    if words[-1] not in ("половиной", "половиною", "pół", "połową"):
        return None
    whole = _whole(words[:-2])
    return None if whole is None else f"{whole}.5"


def _value(words: list[str]) -> str | None:
    if any(w in _POINT for w in words):  # `три запятая четырнадцать`, `trzy przecinek pięć`
        return after_point(
            words, next(i for i, w in enumerate(words) if w in _POINT), _whole, _NUMBERS
        )
    if (half := _and_a_half(words)) is not None:
        return half
    return named_value(words, _WHOLE, _AND, _whole, _fraction)  # `две целых пять десятых`


def slavic_number(s: str) -> str | None:
    """The value of a whole answer in Russian, Ukrainian or Polish number words (see the module
    docstring), or None."""
    text = s.strip().lower().translate(_APOSTROPHES).replace("-", " ")
    words = [w[:-1] if w[:-1] in _WHOLE and w[-1] == "," else w for w in text.split()]
    if re.search("[а-я]", text):  # a one-letter word made Latin by the look-alike rule: `с`
        words = ["с" if w == "c" else w for w in words]
    if not words or len(words) > 24 or not all(_WORD.fullmatch(w) for w in words):
        return None
    return signed_value(words, _MINUS, _value)
