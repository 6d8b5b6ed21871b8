"""Answers written in Chinese forms: full-width characters (`３／４`), a mixed number with 又
(`1又1/2`), numbers in Chinese numerals (`五十`, `一百零五`), fractions read denominator first
(`二分之一` is 1/2, `二分之根号2` is √2/2; Japanese `2分の1`, Korean `2분의 1`), tenths, hundredths and
thousandths of a ratio in Japanese (`3割8分` is 0.38), a percentage in words of eight
languages (`ร้อยละ 9`, `9 퍼센트`), per mille (`25‰`), percents (`百分之五十` is 50%) and the radical sign in
words (`根号二` is √2), a time of day (`7点45分` is 7:45; `7点45` may be 7.45 and stays), an
amount in yuan (`三百七十二元`), a magnitude after digits in Chinese, Japanese or Korean (`3万` is
30000, `1.5만` is 15000). Numerals are read here only as a part of those forms (`唯一` stays
a word; a whole answer in numerals is `words.number_word`'s). Linear time: one regex pass per
form."""

from __future__ import annotations

import re

from curate.judges.math.numerals import cjk_number

# full-width forms, and the CJK vertical stroke typed for a set-builder bar (`{x丨x>0}`)
FULL_WIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)} | {0x3000: 0x20, 0xFFE5: 0xA5}
FULL_WIDTH[0x4E28] = ord("|")
# `1又1/2` (Chinese), `1と1/2` (Japanese), `2와 1/3`, `5과3/5` (Korean): "and" in a mixed number
_MIXED = re.compile(r"(?<=\d)\s*[又と와과]\s*(?=\d+\s*/|\\d?frac)")
# `且` (and) between conditions; `并` (union) and `交` (intersection) between two intervals or sets
_CONNECTIVE = re.compile(r"\s*且\s*|(?<=[)\]}])\s*[并交]\s*(?=[(\[{]|\\\{)")
_CONNECTIVES = {"且": " and ", "并": " \\cup ", "交": " \\cap "}
_NUMERAL = "[零〇一二两三四五六七八九十百千万亿]+"
_NEAR_FORM = re.compile(rf"(?<=根号){_NUMERAL}|{_NUMERAL}(?=分[之の])|(?<=分[之の]){_NUMERAL}")
_YUAN = re.compile(rf"^({_NUMERAL})(?=(?:元|块钱?)$)")  # a whole amount of money in numerals
_ROOT = re.compile(r"(?:根号|√)\s*(\d+)")
_PERCENT = re.compile(rf"百分之({_NUMERAL}|\d+(?:\.\d+)?)")
_PART = r"(\d+(?:\.\d+)?|\\sqrt\{\d+\})"
_FRACTION = re.compile(
    rf"{_PART}(?:分[之の]|\s*분의\s*){_PART}"
)  # Japanese `2分の1`, Korean `2분의 1`
# Japanese and Korean tenths, hundredths and thousandths of a ratio (割, 分, 厘; 할, 푼, 리):
# `3割8分` is 0.38, `4分9厘` 0.049, `3할 4푼 5리` 0.345; a whole answer with 割, 厘, 할 or 리 (分
# alone may be minutes)
# a percentage in words of Thai (before the number), Korean, Japanese, Vietnamese, Hindi,
# Russian, Ukrainian, Serbian, Persian, Arabic and Hebrew (after it): a whole answer
_NATIVE_PERCENT = re.compile(
    r"\s*(?:ร้อยละ\s*(\d+(?:\.\d+)?)|(\d+(?:\.\d+)?)\s*(?:퍼센트|パーセント|phần trăm|प्रतिशत"
    r"|процент(?:а|ов)?|відсот(?:ок|ки|ків)|одсто|посто|درصد|بالمئة|في المئة|אחוזים|אחוז))\s*"
)
_PER_MILLE = re.compile(r"(\d+(?:[.,]\d+)?)\s*‰")
_WARI = re.compile(r"\s*(?:(\d+)\s*[割할])?\s*(?:(\d)\s*(?:分|푼)(?!の))?\s*(?:(\d)\s*[厘리])?\s*")


def _digits(text: str) -> str:
    """`五十` -> `50`; anything that is no numeral unchanged."""
    value = cjk_number(text)
    return text if value is None else str(value)


# a time of day: `7点45分`, `7时45分`, `7時45分`, `7时45`, `7点半` (half past)
_CLOCK = re.compile(
    r"\s*(\d{1,2})\s*(?:[点时時]\s*(\d{1,2})\s*分|[时時]\s*(\d{1,2})|[点时時](半))\s*"
)


def _clock(m: re.Match[str]) -> str:
    hour, minute = int(m.group(1)), int(m.group(2) or m.group(3) or 30)
    return f"{hour}:{minute:02d}" if hour <= 24 and minute < 60 else m.group(0)


_LONG_MINUS = re.compile(r"ー(?=\s*[\d√(（])|(?<=[\d)）])\s*ー")


def chinese_forms(answer: str) -> str:
    """The answer with the forms of the module docstring in the notation the other rules read."""
    s = answer.translate(FULL_WIDTH)
    if "ー" in s:  # the long-vowel mark typed for a minus beside a number: `√2ー1`
        s = _LONG_MINUS.sub("-", s)
    if "点" in s or "时" in s or "時" in s:
        clock = _CLOCK.fullmatch(s)
        s = _clock(clock) if clock else s
    if "元" in s or "块" in s:
        s = _YUAN.sub(lambda m: _digits(m.group(1)), s)  # `三百七十二元`: 372 yuan
    # `x>1且x≠2`, `(-2,-1)并(2,3)`: and, union, intersection
    if "且" in s or "并" in s or "交" in s:
        s = _CONNECTIVE.sub(lambda m: _CONNECTIVES[m[0].strip()], s)
    if "又" in s or "と" in s or "와" in s or "과" in s:
        s = _MIXED.sub(" ", s)  # `1又1/2`: one and a half
    if (
        ("割" in s or "厘" in s or "할" in s or "리" in s)
        and (w := _WARI.fullmatch(s))
        and (w[1] or w[3])
    ):
        tenths = int(w[1] or 0) * 100 + int(w[2] or 0) * 10 + int(w[3] or 0)
        return f"{tenths // 1000}.{tenths % 1000:03d}"
    if (m := _NATIVE_PERCENT.fullmatch(s)) is not None:  # `ร้อยละ 9`, `9 퍼센트`: 9%
        return f"{m[1] or m[2]}%"
    if "‰" in s:  # `25‰`, `2,5 ‰`: per mille, thousandths
        s = _PER_MILLE.sub(lambda m: f"\\frac{{{m[1].replace(',', '.')}}}{{1000}}", s)
    if "分之" not in s and "分の" not in s and "根号" not in s and "분의" not in s:
        return s
    s = _PERCENT.sub(lambda m: f"{_digits(m.group(1))}\\%", s)
    s = _NEAR_FORM.sub(lambda m: _digits(m.group(0)), s)
    s = _ROOT.sub(r"\\sqrt{\1}", s)
    return _FRACTION.sub(r"\\frac{\2}{\1}", s)


# East Asian magnitudes after digits: `3万`, `1.5万`, `2亿`, `5千万`, `1.5만`, `1억 2천만` (a chain of
# groups, each smaller than the one before); not 千 as the SI prefix of a unit (`3千克` is 3 kg)
_CJK_EXP = {"百": 2, "千": 3, "万": 4, "萬": 4, "亿": 8, "億": 8}
_CJK_EXP |= {"백": 2, "천": 3, "만": 4, "억": 8, "조": 12}
_CJK_MARKS = "[百千万萬亿億백천만억조]+(?![克米瓦焦帕赫伏卡])"
_CJK_NUM = r"\d{1,3}(?:,\d{3})+|\d+"  # digits, maybe grouped in threes
_CJK_ONE = re.compile(rf"({_CJK_NUM})(\.\d+)?\s*({_CJK_MARKS})")
_CJK_G = rf"(?:{_CJK_NUM})(?:\.\d+)?\s*{_CJK_MARKS}"
_CJK_CHAIN = re.compile(rf"(?<![\d.,]){_CJK_G}(?:\s*{_CJK_G})*(?![\d.])")


def cjk_magnitudes(s: str) -> str:
    """`3万` -> `30000`, `1.5만원` -> `15000원`: East Asian magnitudes scale the number before them."""
    return _CJK_CHAIN.sub(_cjk_magnitude, s) if _CJK_CHAIN.search(s) else s


def _cjk_magnitude(m: re.Match[str]) -> str:
    """`1억 2천만` -> `120000000`; a chain whose groups do not shrink is left as written."""
    from decimal import Decimal

    total, last = Decimal(0), 99
    for g in _CJK_ONE.finditer(m.group(0)):
        exp = sum(_CJK_EXP[c] for c in g.group(3))
        if exp >= last:
            return m.group(0)
        total += Decimal(g.group(1).replace(",", "") + (g.group(2) or "")) * Decimal(10) ** exp
        last = exp
    return format(total.normalize(), "f") if total == total.to_integral_value() else str(total)
