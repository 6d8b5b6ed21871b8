"""Numbers written in words in Persian, Arabic and Hebrew, as a whole answer.

Each language names units, teens, tens and hundreds and the scale words (thousand, million,
milliard) and joins them with "and" (`و`, `ו`, often glued to the next word: `وثلاثون`,
`ושש`); Arabic may put the unit before the tens (`خمس وثلاثون` 35). A group is read by the
places its words fill (units, tens, hundreds; a teen fills two), each at most once and in any
order; a scale word multiplies the group before it, the scales falling (`بیست و هفت میلیون و
صدو هفتاد و چهار هزار و دو` is 27174002). `سی صد`, `ثلاث مئة` and `שלוש מאות` are a unit
times a hundred; `ثلاثة عشر`, `שלוש עשרה` a unit and a ten.

Fractions: Persian names a denominator by its ordinal (`یک سوم` 1/3, `سه دهم` 0.3, `سی و چهار
صدم` 0.34, with a whole part before `و`: `هیجده و سه دهم` 18.3); Arabic by its own nouns
(`نصف`, `ثلث`, `ربع`, `ثلاثة أرباع`; the five, seven, nine and ten ones, `خمس`, `سبع`, `تسع`,
`عشر`, are spelt as the numbers 5, 7, 9, 10 without their vowel marks, and stay unread alone) or
by `X من Y`, `X على Y`; Hebrew by its nouns (`שני רבעים`, `שלוש שביעיות`, with or without the
yod of full spelling) or by `X חלקי Y`. A decimal point is `ممیز`, `فاصلة` or `נקודה`; a minus
`منفی`, `سالب`, `ناقص` or `מינוס`. Vowel marks, the tatweel and the forms of alef are
normalised first. Bounded work: at most 40 words, each looked up in a table.
"""

from __future__ import annotations

import re

from curate.judges.math.wordvalue import after_point, places_of, signed_value, written

_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u0640\u0591-\u05c7\u200c\u200d]")
_LETTERS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ی": "ي", "ک": "ك"})


def _norm(word: str) -> str:
    return _MARKS.sub("", word).translate(_LETTERS)


def _table(groups: dict[int, str]) -> dict[str, int]:
    return {_norm(w): v for v, words in groups.items() for w in words.split()}


_FA = _table({
    0: "صفر", 1: "یک", 2: "دو", 3: "سه", 4: "چهار", 5: "پنج", 6: "شش شیش", 7: "هفت", 8: "هشت",
    9: "نه", 10: "ده", 11: "یازده", 12: "دوازده", 13: "سیزده", 14: "چهارده", 15: "پانزده",
    16: "شانزده", 17: "هفده هیفده", 18: "هجده هیجده هژده", 19: "نوزده", 20: "بیست", 30: "سی",
    40: "چهل", 50: "پنجاه", 60: "شصت", 70: "هفتاد", 80: "هشتاد", 90: "نود", 100: "صد یکصد",
    200: "دویست", 300: "سیصد", 400: "چهارصد", 500: "پانصد", 600: "ششصد", 700: "هفتصد",
    800: "هشتصد", 900: "نهصد",
})  # fmt: skip
_AR = _table({
    0: "صفر", 1: "واحد واحدة احد احدى", 2: "اثنان اثنين اثنتان اثنتين اثنا اثني اثنتا",
    3: "ثلاثة ثلاث", 4: "أربعة أربع", 5: "خمسة خمس", 6: "ستة ست", 7: "سبعة سبع",
    8: "ثمانية ثماني ثمان", 9: "تسعة تسع", 10: "عشرة عشر", 20: "عشرون عشرين",
    30: "ثلاثون ثلاثين", 40: "أربعون أربعين", 50: "خمسون خمسين", 60: "ستون ستين",
    70: "سبعون سبعين", 80: "ثمانون ثمانين", 90: "تسعون تسعين", 100: "مئة مائة",
    200: "مئتان مئتين مائتان مائتين مئتا مئتي مائتا مائتي", 300: "ثلاثمئة ثلاثمائة", 400: "أربعمئة أربعمائة",
    500: "خمسمئة خمسمائة", 600: "ستمئة ستمائة", 700: "سبعمئة سبعمائة",
    800: "ثمانمئة ثمانمائة ثمانيمئة ثمانيمائة", 900: "تسعمئة تسعمائة",
})  # fmt: skip
_HE = _table({
    0: "אפס", 1: "אחת אחד", 2: "שתיים שתים שניים שנים שתי שני", 3: "שלוש שלושה שלש שלשה",
    4: "ארבע ארבעה", 5: "חמש חמישה חמשה", 6: "שש שישה ששה", 7: "שבע שבעה", 8: "שמונה",
    9: "תשע תשעה", 10: "עשר עשרה", 20: "עשרים", 30: "שלושים שלשים", 40: "ארבעים",
    50: "חמישים חמשים", 60: "שישים ששים", 70: "שבעים", 80: "שמונים", 90: "תשעים", 100: "מאה",
    200: "מאתיים",
})  # fmt: skip
_HE_CONSTRUCT = _table({
    3: "שלושת שלשת", 4: "ארבעת", 5: "חמשת", 6: "ששת", 7: "שבעת", 8: "שמונת", 9: "תשעת",
    10: "עשרת",
})  # fmt: skip
# scale words: the power of ten, and the count a dual form holds (`ألفان`, `אלפיים`: 2000)
_SCALES = {
    _norm(w): (p, n)
    for words, p, n in (
        ("هزار الف آلاف ألفا אלף אלפים", 3, 1), ("ألفان ألفين אלפיים", 3, 2),
        ("میلیون مليون ملايين مليونا מיליון מיליונים", 6, 1), ("مليونان مليونين", 6, 2),
        ("میلیارد مليار مليارات מיליארד", 9, 1), ("ملياران مليارين", 9, 2), ("تریلیون ترلیون تريليون טריליון", 12, 1),
    )
    for w in words.split()
}  # fmt: skip
_HUNDREDS = {_norm(w) for w in "صد مئة مائة مئات مائات מאות".split()}  # `سی صد`: 3 x 100
_TEN = {_norm(w) for w in "عشر عشرة עשר עשרה".split()}  # `ثلاثة عشر`: 3 + 10
_AND = {"و", "ו"}
_MINUS = {_norm(w) for w in "منفی سالب ناقص מינוס".split()}
_POINT = {_norm(w) for w in "ممیز مميز فاصلة فاصله נקודה".split()}
_UNITS = _FA | _AR | _HE
_KNOWN = frozenset(_UNITS.keys() | _SCALES.keys() | _HUNDREDS | _TEN | _HE_CONSTRUCT.keys())
_HEBREW = re.compile("[\u05d0-\u05ea]")


def _word(w: str) -> str:
    """`w` as a known word (`_KNOWN`), with a glued "and" before it (or Persian's after it:
    `صدو`) or Arabic's accusative alef (`مليوناً`) taken off; else `w`."""
    for cut in (w, w[1:] if w[:1] in _AND else "", w[:-1] if w[-1:] in ("و", "ا") else ""):
        if cut in _KNOWN:
            return cut
    return w


def _fits(v: int, used: int, strict: bool) -> bool:
    """Whether a word of value `v` may join a group whose places `used` holds: each place once;
    hundreds before anything lower; in Persian and Hebrew each place below every earlier one
    (Arabic may say the unit before the tens)."""
    places = places_of(v)
    if used & places or (places & 4 and used):
        return False
    return not strict or not used or places < (used & -used)


def _whole(words: list[str]) -> int | None:
    """A whole number in Persian, Arabic or Hebrew words (see the module docstring), or None."""
    if not words or words[0] in _AND or words[-1] in _AND:
        return None  # `هیجده و`: an "and" joins two parts
    total, group, used, last = 0, 0, 0, 10**40
    strict = any((w in _FA and w not in _AR) or _HEBREW.match(w) for w in words)
    for raw in words:
        if raw in _AND:
            continue
        w = _word(raw)
        if w in _HUNDREDS and used in (0, 1):  # `سی صد`, `שלוש מאות`: the units x 100
            group, used = (group or 1) * 100, 4
        elif w in _UNITS and (v := _UNITS[w]) and _fits(v, used, strict):
            group, used = group + v, used | places_of(v)
        elif w in _UNITS and _UNITS[w] == 0 and len(words) == 1:
            return 0
        elif w in _TEN and used & 3 == 1:  # `ثلاثة عشر`, `מאה ושלוש עשרה`: a teen
            group, used = group + 10, used | 2
        elif w in _HE_CONSTRUCT and not used:  # `שלושת אלפים`
            group, used = _HE_CONSTRUCT[w], 1
        elif w in _SCALES and 10 ** _SCALES[w][0] < last and (_SCALES[w][1] == 1 or not used):
            power, count = _SCALES[w]
            total += (group or 1) * count * 10**power
            group, used, last = 0, 0, 10**power
        else:
            return None
    return total + group if total or used else None


# Persian ordinals name denominators (`سوم`, `دهم`, `صدم`, `ده هزارم`)
_FA_ORDINAL = {_norm("سوم"): 3, _norm("اول"): 1}
# Arabic and Hebrew fraction nouns: a unit fraction, and the plural after a numerator
_NOUNS = _table({
    2: "نصف חצי חצאים", 3: "ثلث أثلاث ثلثان שליש שלישים", 4: "ربع أرباع רבע רבעים",
    5: "أخماس חמישית חמשית חמישיות חמשיות", 6: "سدس أسداس שישית ששית שישיות ששיות",
    7: "أسباع שביעית שבעית שביעיות שבעיות", 8: "ثمن أثمان שמינית שמנית שמיניות שמניות",
    9: "أتساع תשיעית תשעית תשיעיות תשעיות", 10: "أعشار עשירית עשרית עשיריות עשריות",
})  # fmt: skip
_OVER = {_norm(w) for w in "من على חלקי".split()}


def _ordinal(words: list[str]) -> int | None:
    """A Persian ordinal denominator (`["ده", "هزارم"]` -> 10000), or None."""
    if not words or len(words[-1]) < 2:
        return None
    last = words[-1]
    if len(words) == 1 and last in _FA_ORDINAL:
        return _FA_ORDINAL[last]
    if not last.endswith("م"):
        return None
    stem = last[:-1].removesuffix("ا")  # `سی ام` once the space is gone: `سیام`
    return _whole([*words[:-1], stem]) if stem in _FA or stem in _SCALES else None


def _noun_fraction(words: list[str]) -> tuple[int, int] | None:
    den = _NOUNS.get(words[-1])
    if den is None:
        return None
    if len(words) == 1:
        return (2, 3) if words[0] == _norm("ثلثان") else (1, den)
    num = _count(words[:-1])  # `שני רבעים`, `8 עשיריות`
    return None if num is None else (num, den)


def _fraction(words: list[str]) -> tuple[int, int] | None:
    """`یک سوم`, `ثلاثة أرباع`, `שני רבעים`, `سبعة من عشرة`, `שלוש עשרה חלקי עשרים ושמונה`."""
    for k, w in enumerate(words):
        if w in _OVER and 0 < k < len(words) - 1:
            num, den = _count(words[:k]), _count(words[k + 1 :])
            return None if num is None or not den else (num, den)
    if (noun := _noun_fraction(words)) is not None:
        return noun
    for k in range(len(words) - 1, 0, -1):
        den = _ordinal(words[k:])
        if den and (num := _whole(words[:k])) is not None:
            return num, den
    return None


def _count(words: list[str]) -> int | None:
    """A whole number in digits or words (`150.1 على 100` is read as a chance in words)."""
    return int(words[0]) if len(words) == 1 and words[0].isdigit() else _whole(words)


def _mixed(words: list[str]) -> str | None:
    """`هیجده و سه دهم`: a whole part, "and", and a fraction below one; or None."""
    for k, w in enumerate(words):
        if w in _AND and (head := _whole(words[:k])) is not None:
            frac = _fraction(words[k + 1 :])
            if frac is not None and frac[0] < frac[1]:
                return written(head * frac[1] + frac[0], frac[1])
    return None


def _value(words: list[str]) -> str | None:
    if (n := _whole(words)) is not None:
        return str(n)
    if any(w in _POINT for w in words):
        k = next(i for i, w in enumerate(words) if w in _POINT)
        return after_point(words, k, _whole, _UNITS)
    frac, mixed = _fraction(words), _mixed(words)
    if frac is not None and mixed is not None:
        return None  # `سی و چهار صدم`: 34 hundredths, or 30 and 4 hundredths
    return mixed if frac is None else written(*frac)


_SCRIPT = re.compile("[\u0590-\u05ff\u0600-\u06ff]")


def westasian_number(s: str) -> str | None:
    """The value of a whole answer in Persian, Arabic or Hebrew number words (see the module
    docstring), or None."""
    if _SCRIPT.search(s) is None:
        return None
    words = [_norm(w) for w in s.replace("-", " ").replace("\u05be", " ").split()]
    if not words or len(words) > 40:
        return None
    return signed_value(words, _MINUS, _value)
