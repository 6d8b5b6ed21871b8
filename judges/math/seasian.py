"""Numbers written in words in Indonesian, Malay and Vietnamese, as a whole answer.

Indonesian and Malay build a number from units, `belas` (the teens: `dua belas` 12), `puluh`
(tens), `ratus`, `ribu`, `juta`, `miliar`, with `se-` for one (`sepuluh`, `seratus`, `seribu`):
`tiga ribu dua puluh dua` is 3022; a decimal point is `koma` (`tiga koma lima` 3.5); a fraction
is `X per Y` or `X perY` (`dua pertiga`, `satu per empat`), or `setengah`, `seperempat`,
`separuh`.

Vietnamese builds one from units (`mốt`, `tư`, `lăm` after tens), `mười` (ten), `mươi` (tens),
`trăm`, `linh`/`lẻ` (no tens), `nghìn`/`ngàn`, `triệu`, `tỷ`: `một trăm linh hai` is 102,
`bảy mươi lăm phẩy tám mươi hai` 75.82 (`phẩy` the decimal comma); `X phần Y` is X/Y (`ba phần
tư` 3/4, `năm phần trăm` 5/100).

A minus is `minus`/`negatif` or `âm`. Bounded work: at most 24 words, each looked up in a table.
"""

from __future__ import annotations

import unicodedata

from curate.judges.math.wordvalue import after_point, signed_value, written

_ID_UNITS = {
    "nol": 0, "kosong": 0, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6,
    "tujuh": 7, "delapan": 8, "lapan": 8, "sembilan": 9,
}  # fmt: skip
_ID_ONE = {"sepuluh": 10, "sebelas": 11, "seratus": 100}  # `se-`: one ten, eleven, a hundred
_ID_SCALES = {"ribu": 3, "juta": 6, "miliar": 9, "milyar": 9, "bilion": 9, "triliun": 12}
_ID_HALVES = {"setengah": (1, 2), "separuh": (1, 2), "seperdua": (1, 2)}
_VI_UNITS = {
    "không": 0, "một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "lăm": 5,
    "nhăm": 5, "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9,
}  # fmt: skip
_VI_SCALES = {"nghìn": 3, "ngàn": 3, "triệu": 6, "tỷ": 9, "tỉ": 9}
_MINUS = ("minus", "negatif", "âm")
_POINT = ("koma", "phẩy")


def _indonesian(words: list[str]) -> int | None:
    """A whole number in Indonesian or Malay words (`["tiga", "ribu", "dua", "puluh", "dua"]` ->
    3022), or None."""
    total, group, unit, last = 0, 0, None, 10**40
    for w in words:
        if w in _ID_UNITS and unit is None:
            unit = _ID_UNITS[w]
        elif w in ("belas", "puluh", "ratus") and unit:
            step = {"belas": 10, "puluh": 10, "ratus": 100}[w]
            if (w == "ratus" and group) or (w != "ratus" and group % 100):
                return None  # `dua puluh tiga ratus`, `lima belas dua puluh`
            group += 10 + unit if w == "belas" else unit * step
            unit = None
        elif w in _ID_ONE and unit is None and group % (100 if w == "seratus" else 1000) == 0:
            group += _ID_ONE[w]
        elif (w in _ID_SCALES or w.removeprefix("se") in _ID_SCALES) and w != "se":
            one = w not in _ID_SCALES
            n = 1 if one else group + (unit or 0)
            scale = 10 ** _ID_SCALES[w.removeprefix("se") if one else w]
            if n == 0 or scale >= last or (one and (group or unit is not None)):
                return None
            total, group, unit, last = total + n * scale, 0, None, scale
        else:
            return None
    return total + group + (unit or 0)


def _vietnamese(words: list[str]) -> int | None:
    """A whole number in Vietnamese words (`["một", "trăm", "linh", "hai"]` -> 102), or None."""
    total, group, unit, last, tens = 0, 0, None, 10**40, False
    for k, w in enumerate(words):
        if w in _VI_UNITS and unit is None:
            unit = _VI_UNITS[w]
        elif w == "mười" and unit is None and not tens:
            group, tens = group + 10, True
        elif w == "mươi" and unit is not None and unit >= 2 and not tens:
            group, unit, tens = group + unit * 10, None, True
        elif w == "trăm" and unit is not None and group == 0:
            group, unit = unit * 100, None
        elif w in ("linh", "lẻ") and unit is None and not tens and words[k - 1 : k] == ["trăm"]:
            tens = True  # `một trăm linh hai`: no tens
        elif w in _VI_SCALES:
            n, scale = group + (unit or 0), 10 ** _VI_SCALES[w]
            if n == 0 or scale >= last:
                return None
            total, group, unit, last, tens = total + n * scale, 0, None, scale, False
        else:
            return None
    return total + group + (unit or 0)


def _whole(words: list[str]) -> int | None:
    if not words:
        return None
    vietnamese = any(
        w in _VI_UNITS or w in _VI_SCALES or w in ("mười", "mươi", "trăm") for w in words
    )
    return _vietnamese(words) if vietnamese else _indonesian(words)


def _fraction(words: list[str]) -> tuple[int, int] | None:
    """`dua pertiga`, `satu per empat`, `setengah`, `ba phần tư`: a numerator and a denominator."""
    if len(words) == 1 and words[0] in _ID_HALVES:
        return _ID_HALVES[words[0]]
    if len(words) == 1 and words[0].startswith("seper"):  # `seperempat`, `sepertiga`
        den = _indonesian([words[0].removeprefix("seper")])
        return None if not den else (1, den)
    for k, w in enumerate(words):
        if w in ("per", "phần"):
            num, den = _whole(words[:k]), _whole(words[k + 1 :])
        elif w.startswith("per") and w[3:] in _ID_UNITS:  # `dua pertiga`
            num, den = _indonesian(words[:k]), _indonesian([w[3:], *words[k + 1 :]])
        else:
            continue
        return None if num is None or not den else (num, den)
    return None


def _value(words: list[str]) -> str | None:
    if any(w in _POINT for w in words):
        k = next(i for i, w in enumerate(words) if w in _POINT)
        return after_point(words, k, _whole, _VI_UNITS | _ID_UNITS)
    if (n := _whole(words)) is not None:
        return str(n)
    frac = _fraction(words)
    return None if frac is None else written(*frac)


def seasian_number(s: str) -> str | None:
    """The value of a whole answer in Indonesian, Malay or Vietnamese number words (see the module
    docstring), or None."""
    words = unicodedata.normalize("NFC", s.strip().lower()).replace("-", " ").split()
    if not words or len(words) > 24 or not all(w.isalpha() for w in words):
        return None
    if len(words) == 1 and words[0].isascii() and (len(words[0]) < 4 or words[0] == "lima"):
        return None  # alone, `ba`, `hai`, `dua` and `Lima` are as likely letters or names
    return signed_value(words, _MINUS, _value)
