"""Times of day: `08:34 P.M.` -> `20:34`, `5 pm` -> `17:00`, `4.42 p.m.` -> `16:42`,
`20:34:00` -> `20:34`; and times said in English words, the way clock-reading lessons and their
answer keys write them: `a quarter past 2` -> `2:15`, `half past two` -> `2:30`, `a quarter to 3`
(also `till`, `until`, `before`, `of`) -> `2:45`, `20 minutes after 4` -> `4:20`, `ten to one` ->
`12:50`, `seven o'clock` -> `7:00`, `five-thirty` -> `5:30`, `noon` and `12 midday` -> `12:00`,
`midnight` -> `00:00`. A spoken time with `a.m.`/`p.m.` is
read on the 24-hour clock; without one it stays on the 12-hour clock (`2:15`), as the reference
of such a question is written.

Only a whole answer is read as a time: `a quarter of 3` means a time here, never three
quarters, because nothing else is in the answer, and `three quarters` stays a fraction (no
`past`, `to` or `o'clock`). A bare pair of number words (`seven fifteen`) is not read (it may
be a price or two numbers); the hyphened form is.
"""

from __future__ import annotations

import re

from curate.judges.math.english import number_word

_TIME = re.compile(
    r"^(\d{1,2})(?:([:.])(\d{2}))?(?::(\d{2}))?\s*(?:\\text\{\s*)?([AaPp])(\.?)\s*[Mm]\.?\s*\}?$"
)
_HOURS = "one two three four five six seven eight nine ten eleven twelve".split()
_BEFORE = r"to|till|til|'til|’til|until|before|of"
_SPOKEN = re.compile(
    r"(?:(?P<q>a\s+quarter|quarter)|(?P<half>half)|(?P<m>[a-z\d][a-z\d -]*?)(?:\s+minutes?)?)"
    rf"\s+(?P<rel>past|after|{_BEFORE})\s+(?P<h>[a-z]+|\d{{1,2}})"
    r"|(?P<h2>[a-z]+|\d{1,2})\s+o['’]?\s*clock"
    r"|(?P<h3>[a-z]+)-(?P<m3>(?:oh-)?[a-z]+(?:-[a-z]+)?)"
)
SPOKEN_HINT = re.compile(  # what a spoken time must hold (a cheap test before `spoken_time`)
    rf"(?i:\s(?:past|after|{_BEFORE})\s|o['’]?\s*clock|^[a-z]+-[a-z]|noon|midday|midnight)"
)
# noon and midnight, alone or after twelve (`12 noon`, `twelve midnight`, `12:00 midday`)
_NOON = re.compile(r"(?:(?:12|twelve)(?::00)?\s*)?(noon|midday|midnight)")
_HHMM = re.compile(r"\d{1,2}:\d{2}")
_MERIDIEM = re.compile(r"\s*,?\s*(?:([ap])\.?\s*m\.?|in the (morning|afternoon|evening))\s*$")


def _hour(word: str) -> int | None:
    if word.isdigit():
        return int(word) if 1 <= int(word) <= 12 else None
    return (
        _HOURS.index(word) + 1 if word in _HOURS else 12 if word in ("noon", "midnight") else None
    )


def _minutes(words: str) -> int | None:
    words = words.strip()
    if words.startswith("oh-") or words.startswith("oh "):  # `ten oh-five`
        n = _minutes(words[3:])
        return n if n is not None and n < 10 else None
    n = int(words) if words.isdigit() else None
    if n is None:
        w = number_word(words)
        n = int(w) if w is not None and w.isdigit() else None
    return n if n is not None and 1 <= n <= 59 else None


def _spoken(text: str) -> tuple[int, int] | None:
    """(hour 1-12, minute) of a time said in words, or None."""
    m = _SPOKEN.fullmatch(text)
    if m is None:
        return None
    if m["h2"]:
        h = _hour(m["h2"])
        return None if h is None else (h, 0)
    if m["h3"]:
        h, mins = _hour(m["h3"]), _minutes(m["m3"].replace("oh-", "oh "))
        if h is None or mins is None or (mins < 10) != m["m3"].startswith("oh"):
            return None
        return h, mins
    if m["m"] and m["rel"] in ("to", "of") and "minute" not in text:
        return None  # `4 to 5`, `ten to one`: a ratio or a range as likely as a time
    h = _hour(m["h"])
    mins = 15 if m["q"] else 30 if m["half"] else _minutes(m["m"])
    if h is None or mins is None or (m["half"] and m["rel"] not in ("past", "after")):
        return None
    if m["rel"] in ("past", "after"):
        return h, mins
    return None if mins > 30 else ((h - 2) % 12 + 1, 60 - mins)


def spoken_time(s: str) -> str | None:
    """`a quarter to 3` -> `2:45`, `half past two p.m.` -> `14:30`; None for anything else."""
    text = s.strip().rstrip(".").lower() if len(s) <= 60 else ""
    if (noon := _NOON.fullmatch(text)) is not None:
        return "00:00" if noon[1] == "midnight" else "12:00"
    if not text[:1].isalnum() or not (" " in text or "-" in text):
        return None
    meridiem = _MERIDIEM.search(text)
    core = text[: meridiem.start()] if meridiem else text
    found = _spoken(core.strip())
    if found is None:
        return None
    h, mins = found
    if meridiem is None:
        return f"{h}:{mins:02d}"
    pm = meridiem[1] == "p" or meridiem[2] in ("afternoon", "evening")
    return f"{h % 12 + (12 if pm else 0):02d}:{mins:02d}"


def times_of_day(pred: str, ref: str) -> bool:
    """Whether both answers read as times of day (`17:00` and `5 pm`, `noon` and `12:00 p.m.`)."""
    return all(_HHMM.fullmatch(spoken_time(x) or clock(x).strip()) for x in (pred, ref))


_HOURS_MINUTES = re.compile(r"\s*(\d{1,3}):([0-5]\d)\s*")
_DURATION_WORD = re.compile(r"(?i)\d\s*(?:hours?|hrs?|h|minutes?|mins?)\b")


def as_duration(s: str, other: str) -> str:
    """`2:40` -> `2 h 40 min` when the other answer is a duration in hours or minutes (`2 hours
    40 minutes`, `160 min`): against a duration, hours and minutes; else `s` unchanged. Read on
    the answer only: a reference `2:03` may be a time of day, which no duration answers."""
    m = _HOURS_MINUTES.fullmatch(s)
    if m is None or not _DURATION_WORD.search(other):
        return s
    return f"{int(m[1])} h {m[2]} min"


_MILITARY = re.compile(r"([01]\d|2[0-3])([0-5]\d)\s*(?:hours|hrs)\.?")


def clock(s: str) -> str:
    """`08:34 P.M.` -> `20:34`, `5 pm` -> `17:00`, `4.42 p.m.` and `11.15am` -> `16:42` and
    `11:15` (a stop between an hour and two digits of minutes, as British times write it; with
    an undotted `pm` only, it may be picometres and stays),
    `20:34:00` -> `20:34` (a time of day, seconds zero), `1630 hours` -> `16:30` (the 24-hour
    clock's four digits; a reference `1500 hours` against a duration is read as a duration first).
    A time said in words is `spoken_time`'s, read earlier in the normalisation."""
    t = s.strip()
    m = _TIME.fullmatch(t)
    stop = m is not None and m[2] == "."  # `4.42 pm` may be picometres: a stop needs `p.m.`
    if m and not (stop and (int(m[3]) > 59 or (m[5] in "Pp" and not m[6]))):
        h, mi, sec, ap = int(m[1]), m[3] or "00", m[4], m[5].lower()
        if 1 <= h <= 12 and (sec is None or sec == "00"):
            h = (h % 12) + (12 if ap == "p" else 0)
            return f"{h:02d}:{mi}"
        return s
    m = re.fullmatch(r"(\d{1,2}):(\d{2}):00", t)
    if m:
        return f"{int(m.group(1)):02d}:{m.group(2)}"
    m = _MILITARY.fullmatch(t)  # `1630 hours`, `0025 hrs`: the 24-hour clock's four digits
    return f"{m[1]}:{m[2]}" if m else s
