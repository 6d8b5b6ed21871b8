"""Calendar dates: `14 March 2016`, `March 14th, 2016`, `the fourteenth of March`, `Friday, July 3`,
`June the twenty-second, two thousand and seven` and the numeric forms `14/3/2016`, `3/14/16`,
`2016-03-14`, `14.3.2016` name one day. Two answers are compared as dates only when one of them
names a month in words and both read whole as dates; then every part the reference states (day,
month, year, weekday) must be stated alike by the answer (`21st of November` answers `21st`; a
year in two digits answers its century's year). A numeric date whose first two numbers could both
be the month (`3/4/2016`) is read neither way: day-month and month-day orders both exist.
"""

from __future__ import annotations

import re

from curate.judges.math.english import number_word
from curate.judges.math.worded import ordinal_word

_MONTHS = "january february march april may june july august september october november december"
_MONTH = {m: k + 1 for k, m in enumerate(_MONTHS.split())}
_MONTH |= {m[:3]: k for m, k in list(_MONTH.items())} | {"sept": 9}
_WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
_WEEKDAY = {d: k for k, d in enumerate(_WEEKDAYS)} | {d[:3]: k for k, d in enumerate(_WEEKDAYS)}
_MONTH_WORD = re.compile(rf"(?i)\b(?:{'|'.join(sorted(_MONTH, key=len, reverse=True))})\b")
_NUMERIC = re.compile(r"(\d{1,4})([/.\-])(\d{1,2})\2(\d{2,4})")
_ORDINAL_DIGITS = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?")
_FILLER = {"the", "of", "on", "day"}

Date = dict[str, int]


def _day(words: list[str]) -> int | None:
    """The day of the month that `words` name: `14`, `14th`, `fourteenth`, `twenty-second`."""
    text = " ".join(words)
    m = _ORDINAL_DIGITS.fullmatch(text)
    n = int(m[1]) if m else None
    if n is None and (w := ordinal_word(text)) is not None and w.isdigit():
        n = int(w)
    return n if n is not None and 1 <= n <= 31 else None


def _year(words: list[str]) -> int | None:
    text = " ".join(words)
    if re.fullmatch(r"\d{4}", text):
        return int(text)
    w = number_word(text) if text[:1].isalpha() else None
    return int(w) if w is not None and w.isdigit() and 1000 <= int(w) <= 2999 else None


def _worded(text: str) -> Date | None:
    """A date that names its month in words, read whole; None for anything else."""
    parts = [p.split() for p in re.sub(r"(?<=[a-z])\.", " ", text.lower()).split(",")]
    date: Date = {}
    for k, part in enumerate(parts):
        words = [w for w in part if w not in _FILLER]
        if words[:1] and words[0] in _WEEKDAY and "weekday" not in date:
            date["weekday"], words = _WEEKDAY[words[0]], words[1:]
        months = [i for i, w in enumerate(words) if w in _MONTH]
        if len(months) > 1 or (months and "month" in date):
            return None
        if months:
            i = months[0]
            date["month"] = _MONTH[words[i]]
            rest = _split_day(words[:i], words[i + 1 :], date)
            if rest is None:
                return None
            words = rest
        if words and not _rest(words, date, k):
            return None
    return date if "month" in date or "day" in date else None


def _split_day(before: list[str], after: list[str], date: Date) -> list[str] | None:
    """The words around the month less its day (before it, or first after it); the rest."""
    if before:
        day = _day(before)
        if day is None:
            return None
        date["day"] = day
        return after
    for n in (2, 1):  # `twenty-second` is one word, `twenty second` two
        if len(after) >= n and (day := _day(after[:n])) is not None:
            date["day"] = day
            return after[n:]
    return after


def _rest(words: list[str], date: Date, part: int) -> bool:
    """Words left beside the month: a year, or (in a part of their own) the day."""
    if (year := _year(words)) is not None and "year" not in date:
        date["year"] = year
        return True
    if part == 0 and "day" not in date and (day := _day(words)) is not None:
        date["day"] = day
        return True
    return False


def _numeric(text: str) -> Date | None:
    """`14/3/2016`, `3/14/16`, `2016-03-14`: a date whose day and month are clear; else None."""
    m = _NUMERIC.fullmatch(text.strip())
    if m is None:
        return None
    a, b, c = int(m[1]), int(m[3]), int(m[4])
    if len(m[1]) == 4:
        year, month, day = a, b, c
    elif a != b and a <= 12 and b <= 12:
        return None  # `3/4/2016`: the 3rd of April or the 4th of March
    else:
        (day, month), year = ((a, b) if a > 12 else (b, a)), c
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return {"day": day, "month": month, "year": year}


def _read(text: str) -> Date | None:
    t = text.strip().rstrip(".")
    return _numeric(t) if _NUMERIC.fullmatch(t) else _worded(t)


def _same_year(mine: int, theirs: int) -> bool:
    return mine == theirs or (mine < 100 and mine == theirs % 100)


def same_date(pred: str, ref: str) -> tuple[bool, str] | None:
    """Equal (`equal_text`) or not (`different_text`) as dates when one answer names a month in
    words and both read as dates (the module docstring); None when they are not both dates."""
    if len(pred) > 80 or len(ref) > 80 or not (_MONTH_WORD.search(pred) or _MONTH_WORD.search(ref)):
        return None
    mine, theirs = _read(pred), _read(ref)
    if mine is None or theirs is None:
        return None
    for part, value in theirs.items():
        if part not in mine:
            if part != "weekday":
                return False, "different_text"  # `March 14` for `14 March 2016`: no year
        elif not (_same_year(mine[part], value) if part == "year" else mine[part] == value):
            return False, "different_text"
    return True, "equal_text"
