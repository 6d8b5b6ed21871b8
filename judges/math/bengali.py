"""Numbers written in Bengali words, as a whole answer.

Bengali names every number below a hundred by a word of its own (`একুশ` 21, `সাতচল্লিশ` 47,
`নিরানব্বই` 99; common spellings of the same number all read), then counts hundreds (`শত`,
`শো`, `শ`, glued or apart: `দুইশত`, `আট শ`) and the scales of the Indian system (`হাজার`,
`লাখ`/`লক্ষ`, `কোটি`) or the international one (`মিলিয়ন`, `বিলিয়ন`), each multiplying the
group before it, the scales falling, or a larger scale after a whole count of smaller ones
(`সাতান্ন হাজার দুইশত আটানব্বই কোটি` 57298 crore: `দুইশত চুয়াল্লিশ বিলিয়ন দুইশত তেরো মিলিয়ন বিরাশি হাজার
পাঁচশত চব্বিশ` is 244213082524). A minus is `ঋণাত্মক` or `মাইনাস`. Text is compared in NFC,
which spells `য়` as `য` and a nukta. Bounded work: at most 40 words, each cut by a dynamic
programme over a fixed table.
"""

from __future__ import annotations

import unicodedata

from curate.judges.math.wordvalue import cut_word, signed_value

_BELOW_100 = (
    "শূন্য এক দুই তিন চার পাঁচ ছয় সাত আট নয় দশ এগারো/এগার বারো/বার তেরো/তের চৌদ্দ/চোদ্দ "
    "পনেরো/পনের ষোল/ষোলো সতেরো/সতের আঠারো/আঠার উনিশ/ঊনিশ বিশ/কুড়ি একুশ বাইশ তেইশ চব্বিশ "
    "পঁচিশ ছাব্বিশ সাতাশ আটাশ উনত্রিশ/ঊনত্রিশ ত্রিশ একত্রিশ বত্রিশ তেত্রিশ চৌত্রিশ "
    "পঁয়ত্রিশ/পঁইত্রিশ ছত্রিশ সাঁইত্রিশ/সাতত্রিশ আটত্রিশ উনচল্লিশ/ঊনচল্লিশ চল্লিশ একচল্লিশ "
    "বিয়াল্লিশ তেতাল্লিশ চুয়াল্লিশ/চৌচল্লিশ পঁয়তাল্লিশ ছেচল্লিশ সাতচল্লিশ আটচল্লিশ "
    "উনপঞ্চাশ/ঊনপঞ্চাশ পঞ্চাশ একান্ন বাহান্ন তিপ্পান্ন চুয়ান্ন পঞ্চান্ন ছাপ্পান্ন সাতান্ন আটান্ন "
    "উনষাট/ঊনষাট ষাট একষট্টি বাষট্টি তেষট্টি চৌষট্টি পঁয়ষট্টি ছেষট্টি/ছিষট্টি সাতষট্টি "
    "আটষট্টি উনসত্তর/ঊনসত্তর সত্তর একাত্তর বাহাত্তর তিয়াত্তর চুয়াত্তর পঁচাত্তর ছিয়াত্তর "
    "সাতাত্তর আটাত্তর উনআশি/ঊনআশি আশি একাশি বিরাশি তিরাশি চুরাশি পঁচাশি ছিয়াশি সাতাশি "
    "আটাশি উননব্বই/ঊননব্বই নব্বই একানব্বই বিরানব্বই তিরানব্বই চুরানব্বই পঁচানব্বই "
    "ছিয়ানব্বই সাতানব্বই আটানব্বই নিরানব্বই"
).split()


def _nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


_VALUES = {_nfc(w): n for n, words in enumerate(_BELOW_100) for w in words.split("/")}
_HUNDRED = frozenset(_nfc(w) for w in ("শত", "শো", "শ", "একশত", "একশো", "একশ"))
_SCALES = {
    _nfc(w): p
    for w, p in (
        ("হাজার", 3), ("লাখ", 5), ("লক্ষ", 5), ("কোটি", 7), ("মিলিয়ন", 6), ("বিলিয়ন", 9),
    )
}  # fmt: skip
_MINUS = frozenset(_nfc(w) for w in ("ঋণাত্মক", "মাইনাস"))
_PARTS = frozenset(_VALUES) | _HUNDRED | frozenset(_SCALES)


def _cut(word: str) -> tuple[str, ...] | None:
    return cut_word(word, _PARTS, 16)


def _whole(words: list[str]) -> int | None:
    parts: list[str] = []
    for w in words:
        cut = _cut(w)
        if cut is None:
            return None
        parts.extend(cut)
    total, group, hundreds, last, top = 0, None, False, 10**40, 1
    for p in parts:
        if p in _HUNDRED:
            one = p != _nfc("শত") and p != _nfc("শো") and p != _nfc("শ")  # `একশত`: one hundred
            if hundreds or (one and group is not None) or (group is not None and group > 9):
                return None
            group, hundreds = (1 if one else (group or 1)) * 100, True
        elif p in _VALUES:
            if group is not None and (not hundreds or group % 100):
                return None  # `তিন চার`: two numbers below a hundred in a row
            if _VALUES[p] == 0 and len(parts) > 1:
                return None
            group = (group or 0) + _VALUES[p]
        elif p in _SCALES and 10 ** _SCALES[p] < last and group != 0:
            total += (group or 1) * 10 ** _SCALES[p]
            group, hundreds, last = None, False, 10 ** _SCALES[p]
            top = max(top, last)
        elif p in _SCALES and total and 10 ** _SCALES[p] > top and group != 0:
            total = (total + (group or 0)) * 10 ** _SCALES[p]  # `সাতান্ন হাজার ... কোটি`
            group, hundreds, last = None, False, 10 ** _SCALES[p]
            top = last
        else:
            return None
    if group is None and not total:
        return None
    return total + (group or 0)


def bengali_number(s: str) -> str | None:
    """The value of a whole answer in Bengali number words (see the module docstring), or None."""
    words = _nfc(s).strip().replace("-", " ").split()
    if not words or len(words) > 40 or not all("\u0980" <= w[0] <= "\u09ff" for w in words):
        return None
    return signed_value(words, _MINUS, lambda ws: None if (n := _whole(ws)) is None else str(n))
