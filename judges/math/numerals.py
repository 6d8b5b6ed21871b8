"""Chinese (and Japanese) numerals as one number: `二十五` 25, `三千零五` 3005, `一千零十` 1010,
`一亿一千万` 110000000 (万 scales only what follows the last 亿), the financial forms (`壹佰壹拾壹`
111, `壹拾壹元壹角壹分` 11.11, `壹拾壹元整` 11), traditional 萬 and 億, 廿 and 卅 (20, 30), a decimal
point (`零点零一` 0.01), a minus (`负十一` -11), digits read one by one (`二〇〇二` 2002, `一二三`
123; two digits alone may be a range, `三五`: three to five, and stay unread), a last digit that
names the next lower unit (`三万五` 35000, `一百二` 120) and Arabic digits among them (`1万600`,
`100万三千`).

Bounded work: one pass over at most 40 characters.
"""

from __future__ import annotations

import re

_DIGITS = {c: k for k, c in enumerate("零一二三四五六七八九")} | {
    "〇": 0,
    "两": 2,
    "兩": 2,
    "幺": 1,
}
_DIGITS |= {c: k for k, c in enumerate("零壹贰叁肆伍陆柒捌玖") if k} | {"貳": 2, "參": 3, "陸": 6}
_SMALL = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_BIG = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}
_TENS = {"廿": 20, "卅": 30}
_TOKEN = re.compile(r"\d+|.")
_MONEY = re.compile(r"(.+?)[元圆圓](?:[整正]|(?:(.)角)?(?:(.)分)?)")


class _Reader:
    """The parts of a whole number: what 亿 closed, what 万 closed, the group below 万."""

    def __init__(self) -> None:
        self.yi = self.wan = self.group = 0
        self.digit: int | None = None
        self.arabic = self.zero = False
        self.unit = 0  # the last unit read (its size scales an abbreviated last digit)
        self.small = 10**5  # the last small unit of the group: they must fall

    def tail(self) -> int:
        """The digit after the last unit: `三万五` is 5 thousand, after 零 it is 5 itself."""
        if self.digit is None:
            return 0
        if not self.zero and not self.arabic and self.unit >= 100:
            return self.digit * self.unit // 10
        return self.digit

    def take(self, tok: str) -> bool:
        if (tok.isdigit() and tok.isascii()) or tok in _DIGITS:
            value = int(tok) if tok.isascii() else _DIGITS[tok]
            if self.digit not in (None, 0) and value != 0:
                return False  # `二五`: two digits in a row name no one number here
            self.zero = self.zero or value == 0
            self.digit, self.arabic = value, tok.isascii()
        elif tok in _TENS and self.digit is None and self.small > 10:
            self.group, self.small, self.unit = self.group + _TENS[tok], 10, 10
        elif tok in _SMALL and _SMALL[tok] < self.small:
            unit = _SMALL[tok]
            self.group += (self.digit or 1) * unit  # 零 holds a place: `一千零十` is 1010
            self.digit, self.small, self.unit, self.zero = None, unit, unit, False
        elif tok in _BIG:
            below = self.group + self.tail()
            if _BIG[tok] == 10**4:
                self.wan += (below or 1) * 10**4
            else:
                self.yi = (self.yi + self.wan + below) * 10**8
                self.wan = 0
            self.group, self.digit, self.small, self.zero = 0, None, 10**5, False
            self.unit = _BIG[tok]
        else:
            return False
        return True


def _integer(s: str, point: bool = False) -> int | None:
    if all(c in _DIGITS for c in s):  # digits one by one: `二〇〇二`, `一二三`, `一二点三`
        if len(s) == 1 or len(s) >= 3 or point or "〇" in s[1:] or "零" in s[1:]:
            return int("".join(str(_DIGITS[c]) for c in s))
        return None  # `三五`: three or five
    reader = _Reader()
    if not all(reader.take(tok) for tok in _TOKEN.findall(s)):
        return None
    return reader.yi + reader.wan + reader.group + reader.tail()


def _fraction_digits(s: str) -> str | None:
    """`零零一` -> `001`, `123` -> `123`: the digits after a decimal point, one by one."""
    if not s or not all(c in _DIGITS or (c.isdigit() and c.isascii()) for c in s):
        return None  # `零点١`: no digit of another script
    return "".join(str(_DIGITS[c]) if c in _DIGITS else c for c in s)


def cjk_number(s: str) -> str | None:
    """The value of a whole answer in Chinese or Japanese numerals (see the module docstring),
    as digits (`1010`, `0.01`, `-11`, `11.11`), or None."""
    s = s.strip()
    if not s or len(s) > 40 or s.isascii():
        return None
    sign = "-" if s[0] in "负負" else ""
    s = s[1:] if sign else s
    if (money := _MONEY.fullmatch(s)) is not None:
        whole = _integer(money[1])
        jiao, fen = (_DIGITS.get(c or "零") for c in (money[2], money[3]))
        if whole is None or jiao is None or fen is None:
            return None
        return f"{sign}{whole}" + (f".{jiao}{fen}".rstrip("0").rstrip(".") if jiao or fen else "")
    head, point, tail = s.partition("点")
    whole = _integer(head, bool(point))
    if whole is None:
        return None
    if not point:
        return f"{sign}{whole}"
    digits = _fraction_digits(tail)
    return None if digits is None else f"{sign}{whole}.{digits}"
