r"""Directions: compass bearings (`N 65° E`, `S43°W`, `N 32° 42′ W`) and directions in words
(`30° north of east`, `53.5° west of north`), read as the angle clockwise from north, as a
three-figure bearing states it. A compass bearing may start from east or west (`E 30° N`).

- Two directions are equal when they name one angle (`30° north of east` and `60° east of
  north`; `S 43° 15′ E` and `S43.25°E`).
- A compass bearing against a plain angle (`065°`, `136° 45′`): the plain angle is read as a
  three-figure bearing (`N 65° E` is 065°, `S 43° E` is 137°).
- A direction in words against a plain angle decides nothing here: the angle may be measured
  from north or, as mathematics measures it, from east.

Exact arithmetic on degrees, minutes and seconds; nothing else is parsed.
"""

from __future__ import annotations

import re
from fractions import Fraction

from curate.judges.math.words import DEGREE_MARKS

Decision = tuple[bool | None, str]

# the shared degree marks (`curate.judges.math.words`), and as bearings are also written, a bare
# `o` after the number (`243o 26'`) or the word
_DEGREE = rf"(?:{DEGREE_MARKS.pattern}|o(?![a-z])|\s*degrees?)"
_ANGLE = (
    rf"(\d+(?:\.\d+)?)\s*{_DEGREE}?\s*(?:(\d+(?:\.\d+)?)\s*(?:['′’]|\\prime|\s*min(?:utes)?)\s*)?"
    r"(?:(\d+(?:\.\d+)?)\s*(?:[\"″”]|''|′′)\s*)?"
)
_SPACE = r"(?:\s|\\[,;:! ]|~)*"
# `N 65° E`, and from east or west (`E 30° N`: 30° from east toward north, bearing 060°)
_COMPASS = re.compile(rf"{_SPACE}([NSEW]){_SPACE}{_ANGLE}{_SPACE}([NSEW]){_SPACE}\.?")
_WORDS = re.compile(
    rf"{_SPACE}{_ANGLE}{_SPACE}(?:\\text\{{\s*)?(north|south|east|west)\s+of\s+"
    r"(north|south|east|west)\s*\}?\s*\.?",
    re.I,
)
_PLAIN = re.compile(rf"{_SPACE}{_ANGLE}{_SPACE}")
_CUE = re.compile(r"[NSEW]|(?i:\bof\b)")  # what any direction above contains
# the bearing of a direction rotated from a cardinal point towards another
_FROM = {"n": 0, "e": 90, "s": 180, "w": 270}
_TOWARD = {("n", "e"): 1, ("e", "s"): 1, ("s", "w"): 1, ("w", "n"): 1}


def _degrees(m: re.Match[str], first: int) -> Fraction:
    d, mi, se = m.group(first), m.group(first + 1), m.group(first + 2)
    return Fraction(d) + Fraction(mi or 0) / 60 + Fraction(se or 0) / 3600


def _turned(base: str, toward: str, angle: Fraction) -> Fraction | None:
    """The bearing of `angle` from the cardinal point `base` towards `toward`."""
    if (base, toward) in _TOWARD:
        return (_FROM[base] + angle) % 360
    if (toward, base) in _TOWARD:
        return (_FROM[base] - angle) % 360
    return None  # `north of south`: no direction


def _direction(text: str) -> tuple[Fraction, str] | None:
    """(bearing, kind) of a compass bearing (kind "compass") or a direction in words ("words")."""
    if (m := _COMPASS.fullmatch(text)) is not None:
        turned = _turned(m.group(1).lower(), m.group(5).lower(), _degrees(m, 2))
        return None if turned is None else (turned, "compass")
    if (w := _WORDS.fullmatch(text)) is not None:  # `30° north of east`: from east toward north
        turned = _turned(w.group(5)[0].lower(), w.group(4)[0].lower(), _degrees(w, 1))
        return None if turned is None else (turned, "words")
    return None


def same_bearing(pred: str, ref: str) -> Decision | None:
    """`equal_bearing` / `different_bearing` for directions (see the module docstring), or None."""
    if not (_CUE.search(pred) or _CUE.search(ref)):
        return None  # most answers: no capital N or S of a compass bearing, no "of" of words
    a, b = _direction(pred), _direction(ref)
    if a is None and b is None:
        return None
    if a is None or b is None:
        known, other = (a, ref) if a is not None else (b, pred)
        assert known is not None
        plain = _PLAIN.fullmatch(other)
        if known[1] != "compass" or plain is None:
            return None
        value = _degrees(plain, 1) % 360
        return (True, "equal_bearing") if value == known[0] else (False, "different_bearing")
    return (True, "equal_bearing") if a[0] == b[0] else (False, "different_bearing")
