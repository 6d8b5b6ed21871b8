"""Values a closing sentence states without any math span: one number in one short sentence
(`Marie ordered 2 boxes.`), the result of a true computation of plain arithmetic (`125 * 100 =
12,500`), a count (`So there are 720 ways ...`), one bold number, and one value given in two forms
(`0.25 or 1/4`). Each refuses a sentence that negates, bounds, estimates or hedges its value."""

from __future__ import annotations

import re
from fractions import Fraction

from curate.judges.math.magnitudes import MAGNITUDE_WORDS
from curate.judges.math.quantity import is_compound
from curate.judges.math.spans import BOLD
from curate.judges.math.unitgrammar import unit_run
from curate.judges.math.units import CJK, CJK_CHARS
from curate.judges.math.worded import spoken_part
from curate.judges.math.words import CJK_DOUBT, CJK_IS, FOREIGN_DOUBT

# one number in a sentence: a sign, a dollar, grouped digits and decimals
_ONE_NUMBER = re.compile(
    r"(?<![\w.,])(?:([-−])\s?)?\$?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![\w,]|\.\d)"
)
# what makes a number no statement of the value: a negation, a bound or an estimate, a step
# still to take, a condition, an alternative, a formula
_NEGATION = r"not|no|never|\w+n't"
FOREIGN_NOT = rf"\b(?:{FOREIGN_DOUBT})\b|{CJK_DOUBT}"  # "not", "maybe" in other languages
_NEGATED = re.compile(rf"\b(?:{_NEGATION}|cannot|may|might|could)\b|{FOREIGN_NOT}", re.I)
_NOT_STATED = re.compile(
    rf"\b(?:{_NEGATION}|about|around|approximately|roughly|nearly|almost|least|most|more|"
    r"less|fewer|over|under|up\s+to|between|or|then|next|first|let|if|suppose|assume|multiply|"
    r"divide|add|subtract|plus|minus|times|step|maybe|perhaps|probably|but|so|because|since|"
    r"although|though|however|tried|try|wrong|failed|guess|check|wait|should|would|could|cannot|"
    r"may|might)\b"
    rf"|[=<>^*/\\%]|{FOREIGN_NOT}",
    re.I,
)


_SCALE_AFTER = re.compile(rf"\s*({MAGNITUDE_WORDS})s?\b", re.I)
# after the number: a fraction in words (`2 and a half hours`), a noun that multiplies (`3 dozen`)
_AND_AFTER = re.compile(
    r"\s+and\s+(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven)\b", re.I
)
# one quantity in several units inside a sentence: `1 hour 30 minutes`, `2 hours and 40 minutes`
_PARTS_IN = re.compile(
    r"(?<![\w.,])\d+(?:\.\d+)?\s*[A-Za-z]+\.?(?:,?\s+(?:and\s+)?\d+(?:\.\d+)?\s*[A-Za-z]+\.?)+"
)
_MULTIPLIER = re.compile(r"\s*(?:dozens?|score|gross)\b", re.I)
# up to three words after the value that may name its unit (`90 seconds`, `5 square metres`);
# a word that is also a preposition or a time of day names none (`5 in all`, `5 pm`)
_UNIT_WORDS = re.compile(r"(?:\s+[^\W\d_]+[²³]?){1,3}")


def sole_number(text: str) -> str | None:
    """The value of a response that is one short sentence naming one number (`Marie ordered 2
    boxes of pizza.`, `He earns $1,024 dollars.`) or one quantity in several units (`It lasts 1
    hour 30 minutes.`), stated without a negation, bound, estimate,
    alternative, condition or step still to take; None otherwise."""
    t = text.strip()
    if len(t) > 300 or _SENTENCE_END.search(t) or not t.endswith((".", "!")):
        return None  # one sentence, and it ends: a line cut by the token limit has no full stop
    if _NOT_STATED.search(t):
        return None
    if (parts := _PARTS_IN.search(t)) and not re.search(
        r"\d", t[: parts.start()] + t[parts.end() :]
    ):
        return parts[0] if is_compound(parts[0]) else None  # `lasts for 1 hour 30 minutes.`
    found = list(_ONE_NUMBER.finditer(t))
    if len(found) != 1 or re.search(r"\d", t[: found[0].start()] + t[found[0].end() :]):
        return None
    m = found[0]
    if _MULTIPLIER.match(t, m.end()):
        return None  # `3 dozen eggs`: 36, not 3
    value = m.group(2).replace(",", "") + (m.group(3) or "")
    if _AND_AFTER.match(t, m.end()) is not None:
        whole = spoken_part(value + t[m.end() :].rstrip(".!"))
        return None if whole.startswith(value + " and") else whole  # `2 and a half hours`
    scale = _SCALE_AFTER.match(t, m.end())  # `$3 million`: the number it names
    sign = "-" if m.group(1) else ""
    named = f" {scale.group(1)}" if scale else ""
    return sign + value + named + _unit_after(t, scale.end() if scale else m.end())


def _unit_after(t: str, end: int) -> str:
    """The unit that the words after a sentence's value name (`lasts 90 seconds.` -> ` seconds`),
    the longest run of one to three words that reads as a unit; else empty."""
    words = _UNIT_WORDS.match(t, end)
    parts = words.group(0).split() if words else []
    k = unit_run(parts)
    return " " + " ".join(parts[:k]) if k else ""


# `5 x 6 x 8 = 240`, `125 * 100 = 12,500`, `15.625 * 12 = 187.5`: plain arithmetic, an equals sign
# and a number, inside a sentence
_STATED = re.compile(
    r"(?<![\w.^/])((?:\d+(?:\.\d+)?|\d{1,3}(?:,\d{3})+)(?:\s*(?:[-+*/×÷]|\\\*|\bx\b)\s*"
    r"(?:\d+(?:\.\d+)?|\d{1,3}(?:,\d{3})+))+)\s*=\s*(-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)"
    r"(?![\d.,]*\d|\s*[-+*/×÷^=])"
)
SENTENCE_MAX = 2000  # a closing paragraph is short: longer lines are not scanned (bounded time)
# the end of a sentence inside a paragraph: `.`, `!` or `?` before the capital that opens the next
_SENTENCE_END = re.compile(r"(?<=[a-z\d)\]\"'][.!?])\s+(?=[A-Z])")


# a check in brackets at the end of a sentence: `26 legs (20 + 6).`, `39 left (54 – 15 = 39).`
_CHECK = re.compile(
    r"\s*\(([\d.,\s+\-–−*/×÷x=]*\d\s*[-–−+*/×÷x][\d.,\s+\-–−*/×÷x=]*)\)\s*([.!]?)\s*"
)
_LAST_VALUE = re.compile(r"(\d[\d,]*(?:\.\d+)?)(?:\s+[A-Za-z]+){0,3}\s*$")


def drop_check(line: str) -> str:
    """A sentence less the check in brackets that ends it, when the check's arithmetic is true
    and comes to the value just before it (`he has 39 marbles left (54 – 15 = 39).` -> `he has 39
    marbles left.`); the sentence unchanged otherwise."""
    from curate.judges.math.guard import exact_value

    m = _CHECK.search(line)
    if m is None or m.end() != len(line) or len(line) > SENTENCE_MAX:
        return line
    before = line[: m.start()]
    shown = _LAST_VALUE.search(before)
    expr = re.sub(r"[–−]", "-", m[1]).replace(",", "").replace("×", "*").replace("x", "*")
    sides = [exact_value(p.replace("÷", "/").replace("*", "\\cdot ")) for p in expr.split("=")]
    value = exact_value(shown[1].replace(",", "")) if shown else None
    if value is None or any(v is None or v.value != value.value for v in sides):
        return line
    return before + m[2]


def closing(line: str) -> str:
    """The last sentence with a digit of a final line that is a paragraph (`... This evaluates to
    34,650. So there are 34,650 ways to arrange them. I hope it helps.` -> `So there are ...`),
    so that a count stated before it is not a second count."""
    if len(line) > SENTENCE_MAX:
        return line
    parts = [p for p in _SENTENCE_END.split(line) if re.search(r"\d", p)]
    return parts[-1] if parts else line


# what may not follow the value: another value as an alternative, or more arithmetic to do
_HEDGE_AFTER = re.compile(
    r"\b(?:or|between|and)\s+(?:maybe\s+|perhaps\s+)?[-+$\\\d]|="
    r"|\b(?:then|multiply|multiplied|divide|divided|add|added|subtract|subtracted|plus|minus|times)\b"
)


def stated_computation(line: str) -> str | None:
    """The value of the last computation of plain arithmetic in a final line that is true
    (`there are 125 * 100 = 12,500 zip codes such that ...` -> `12,500`), when no other value or
    equals sign follows it as an alternative (`= 12 or 13`) nor more arithmetic (`= 7 and then
    multiply by 2.`), and the sentence ends; None otherwise."""
    from curate.judges.math.guard import exact_value

    if len(line) > SENTENCE_MAX or "=" not in line or "$" in line or "\\(" in line:
        return None  # a sentence of bounded length, without math spans, ...
    if not line.rstrip().endswith((".", "!")):
        return None  # ... that ends
    last = None
    for m in _STATED.finditer(line):
        last = m
    if last is None or _HEDGE_AFTER.search(line, last.end()):
        return None
    expr = re.sub(r"\\\*|\bx\b", "*", last.group(1)).replace(",", "")
    left = exact_value(expr.replace("×", "*").replace("÷", "/").replace("*", "\\cdot "))
    right = exact_value(last.group(2).replace(",", ""))
    if left is None or right is None or left.value != right.value:
        return None
    return last.group(2)


# `So there are 720 ways to ...`, `The graph has 2 vertical asymptotes.`, `you have 495 ways`
_COUNTED = re.compile(
    r"(?:^|[,.;:]\s+|\b(?:[Ss]o|[Tt]hus|[Tt]herefore|[Hh]ence|[Ii]n\s+total|[Aa]ltogether),?\s+)"
    r"(?:[Tt]here\s+(?:are|is|were|was|will\s+be|would\s+be)|(?:[Yy]ou|[Ww]e)\s+(?:have|get|can\s+make)"
    r"|.{0,80}?\b(?:has|have))\s+(?:a\s+total\s+of\s+|exactly\s+|only\s+)?"
    r"(\d{1,3}(?:,\d{3})+|\d+)(?=\s+[a-z])"
)


_COUNT_VERB = re.compile(
    r"\b(?:there\s+(?:are|is|were|was|will\s+be|would\s+be)|have|has|get|make)\s+"
    r"(?:a\s+total\s+of\s+|exactly\s+|only\s+)?\d",
    re.I,
)


def counted(line: str) -> str | None:
    """The number a closing sentence counts (`So there are 720 ways to seat them.`): the first
    number after "there are", "you have" or a subject's "has", followed by a word, in a sentence
    that ends and names no other value as an alternative; None otherwise."""
    if len(line) > SENTENCE_MAX or not line.rstrip().rstrip("\"')]").endswith((".", "!")):
        return None
    found = list(_COUNTED.finditer(line))
    if len(found) != 1 or len(_COUNT_VERB.findall(line)) != 1:
        return None  # `He has 5 apples and she has 6`: two counts
    if _HEDGE_AFTER.search(line, found[0].end()) or _NEGATED.search(line, 0, found[0].end()):
        return None  # `= 7 and then ...`; `He does not have 5 apples.`
    return found[0].group(1)


_TWO_FORMS = re.compile(
    r"(?P<a>[-+]?[\d./]+(?P<pa>%?))\s+or\s+(?P<approx>(?:approximately|about|roughly|around)\s+)?"
    r"(?P<b>[-+]?[\d.]+(?:/\d+)?)(?P<pb>%?)"
)


def one_value(tail: str) -> str:
    """`0.25 or 1/4`, `1/13 or approximately 7.69%` -> the first form, when the second is the
    same value (exactly, or rounded to its own digits when it says "approximately"); else the
    tail unchanged (two different values: a hedge)."""
    from curate.judges.math.guard import exact_value

    m = _TWO_FORMS.fullmatch(tail) if len(tail) <= SENTENCE_MAX else None
    if m is None:
        return tail
    a, b = exact_value(m.group("a").rstrip("%")), exact_value(m.group("b"))
    if a is None or b is None:
        return tail
    x = a.value / 100 if m.group("pa") else a.value
    y = b.value / 100 if m.group("pb") else b.value
    digits = len(m.group("b").split(".")[1]) if "." in m.group("b") else 0
    if m.group("pb"):
        digits += 2
    if x == y or (m.group("approx") and abs(x - y) <= Fraction(1, 2 * 10**digits)):
        return m.group("a")
    return tail


_BOLD_VALUE = re.compile(r"((?:\\?\$)?-?\d[\d,]*(?:\.\d+)?%?)(?:\s+[A-Za-z]+){0,2}")


def bold_value(line: str) -> str | None:
    """`Kylar pays **\\$64** for all 16 glasses.`: the one bold span of a closing sentence, when
    it is a number (maybe with a currency sign and a unit word or two): the number."""
    if ("**" not in line and "__" not in line) or len(line) > SENTENCE_MAX:
        return None
    bold = [m.group(2).strip() for m in BOLD.finditer(line)]
    value = _BOLD_VALUE.fullmatch(bold[0]) if len(bold) == 1 else None
    return value.group(1) if value else None  # the number, without its words


# a closing sentence of Japanese or Chinese that states one number after its topic or copula,
# with what follows it (a counter, a unit, a copula: `残りのパンの個数は3個です` "the loaves
# left are 3", `剩下的面包是3个。`); not after a negation (`不是`) nor inside a word that is no
# copula (`还是`, `または` "or": `words.CJK_IS`); what follows the number is left to the
# normaliser, which keeps a bound, estimate or negation after it (`3以上です`)
_CJK_STATED = re.compile(
    rf"(?<![不非没沒])(?:{CJK_IS}|(?<!また)(?<!あるい)は)\s*"
    rf"([-−]?\d[\d,]*(?:\.\d+)?(?:\s*[{CJK_CHARS}A-Za-z])*)"
    r"\s*[。．.!！]?\s*$"
)


def cjk_stated(line: str) -> str | None:
    """The number (with the words after it) that a closing sentence in Japanese or Chinese
    states after `は`, `是` or `为`; None otherwise."""
    if len(line) > SENTENCE_MAX or not CJK.search(line):
        return None
    m = _CJK_STATED.search(line)
    if m is None or re.search(CJK_DOUBT, line[: m.start(1)]):
        return None  # `答案可能是5` "the answer may be 5"
    return m.group(1).replace("−", "-")
