"""Fallback extraction: the standalone final answer of a response without any marker (the signs
of a hedge, `3 or 4`, `between 3 and 5`, a second box, are read in `spans`).

A fallback reads only a value that is the whole final line, a math span that closes the final
line after a connector (`is`, `=`, `:`, `Answer`) or that assigns a bare variable, or a plain
value after the final connector of the line; never a term of a larger expression
(`So we get x = 2y + 3` is `x = 2y + 3`, not `3`), never a line cut inside a formula. A
response that is one short sentence naming one number states it (`Marie ordered 2 boxes.`), unless
it negates, bounds or estimates it or names a step still to take.
"""

from __future__ import annotations

import re
from itertools import pairwise

from curate.judges.math.quantity import is_compound
from curate.judges.math.spans import (
    _WORD,
    BARE_MAX_CHARS,
    _final_line,
    _is_sentence,
    _last_math_pos,
    strip_answer,
    unbullet,
)
from curate.judges.math.stated import (
    FOREIGN_NOT,
    bold_value,
    cjk_stated,
    closing,
    counted,
    drop_check,
    one_value,
    sole_number,
    stated_computation,
)
from curate.judges.math.units import CJK
from curate.judges.math.words import (
    CJK_IS,
    FOREIGN_AND,
    FOREIGN_OR,
    drop_approximation,
)

_CONNECTOR = re.compile(
    r"=|\b(?:is|are|was|were|equals|be|becomes|get|gets|got|obtain|obtains|obtained)\b"
    r"|\b(?:gives|give|yields|yield)(?:\s+us)?\b|\b(?:comes?|works?)(?:\s+out)?\s+to\b"
    rf"|\b(?:it|that|this)['’]s\b|(?<!\d):|:(?!\d)|：|{CJK_IS}|等于"  # not `2:42`; Chinese "is"
    r"|\b(?:es|son|est|sont|vaut|ist|sind|beträgt|é|são|è|sono)\b"  # "is" in es, fr, de, pt, it
)
_ENDS_CONNECTOR = re.compile(
    r"(?:=|\b(?:is|are|was|were|equals|to|be|becomes|[Aa]nswer|ANSWER"
    r"|get|gets|got|obtain|obtains|obtained|gives|yields"
    r"|(?:find|finds|found|conclude|concludes|concluded|see|sees|know|have|has|show|shows|shown"
    rf"|means|implies|follows)\s+that)|:|：|{CJK_IS}|等于"
    r"|\b(?:es|son|est|sont|vaut|ist|sind|beträgt|é|são|è|sono))$"
)
_CJK_STOPS = "。．！；，"  # the full stop, bang, semicolon and comma of Chinese and Japanese text
_CURRENCY_AFTER = re.compile(r"(?<=\d)\s?\$(?=\s|$)")
_CURRENCY_BEFORE = re.compile(
    r"(?:^|(?<=\s))\$(?=\d[\d,]*(?:\.\d+)?(?:\s+[A-Za-z][A-Za-z./']*){0,3}[.!]?$)"
)  # `is $1,832 million.`
# what may follow the value on its line: a percent sign or word, or "is the answer"
_AFTER_VALUE = re.compile(
    r"\s*(?:(?P<pct>\\?%|percent)|(?:(?:is|are)|as)\s+(?:our|the|my)\s+(?:final\s+)?"
    r"(?:answer|solution|result)s?)?"
)
_NUM_VALUE = re.compile(
    r"(?:[-+−]\s?)?(?:\$|\\\$)?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s*/\s*\d+)?%?"
    r"(?:\s+[A-Za-z][A-Za-z./'²³]*){0,3}"
)
_TIME_OF_DAY = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?\s*[Mm]\.?)?")
_BARE_VAR = re.compile(  # `x`, `a_1`, `\\theta`, `f(x)`, `p(q(2))`, `(x, y)`
    r"(?:[A-Za-z](?:_\{?[A-Za-z0-9]+\}?)?'?|\\[a-zA-Z]+(?:_\{?[A-Za-z0-9]+\}?)?"
    r"|[A-Za-z]\((?:[A-Za-z0-9, +-]|[A-Za-z]\([A-Za-z0-9, +-]*\))*\)"
    r"|\((?:[A-Za-z]\s*,\s*)+[A-Za-z]\))"
)
# a left side without variables (`2 * 6`, `\\binom{15}{10}`, `\\log_{5^2}5^4`): a computation whose
# value the chain states; TeX commands and their names carry no variable
_TEX_NAME = re.compile(r"\\[a-zA-Z]+")
# a named function of plain numbers written without TeX (`log₂(1024)`, `sqrt(49)`): a computation
_NUMERIC_CALL = re.compile(
    r"(?:log|ln|lg|sqrt|cbrt|exp|sin|cos|tan|cot|sec|csc)(?:_\{?\d+\}?|[₀-₉]+)?"
    r"\(\s*[-+]?\d+(?:\.\d+)?(?:\s*[-+*/^]\s*\d+(?:\.\d+)?)*\s*\)"
)


def _assignment_value(expr: str) -> str | None:
    """`x = 5` (a bare variable, subscripted name, `f(x)` or `(x, y)` on the left, or a left side
    without variables: `2 \\cdot 6 = 12`) -> the expression, so the judge compares its right side;
    a chain `x = a = 5` the same; anything else -> None."""
    parts = expr.split("=")
    if len(parts) < 2 or not parts[-1].strip():
        return None
    lhs = parts[0].strip()
    if _BARE_VAR.fullmatch(lhs) is None and not _closed_form(lhs):
        return None
    return expr


def _closed_form(lhs: str) -> bool:
    """A left side that names no variable: digits and operators, TeX commands and their braces."""
    bare = _TEX_NAME.sub(" ", lhs)
    return bool(re.search(r"\d", bare)) and not re.search(r"[A-Za-z]", bare)


def _clean_tail(tail: str) -> str:
    t = tail.strip().rstrip(".;,!" + _CJK_STOPS).strip()
    t = t.strip("*").strip()
    return t


def _final_value(region: str) -> tuple[str, int] | None:
    """The standalone final answer of a region without any marker (`_line_value`), else the
    result of a true computation its final line states (`stated_computation`), else the count
    its closing sentence states (`counted`), else the one bold value of that sentence."""
    found = _line_value(region)
    if found is None:
        line = _final_line(region)
        if line is not None:
            text = drop_check(line[0])
            stated = stated_computation(text) or counted(closing(text)) or bold_value(text)
            stated = stated or cjk_stated(text)
            if stated is None and line[1] == 0:
                stated = sole_number(text)
            if stated is not None:
                return stated, line[1]
    return found


_DOUBTS = rf"\b(?:not|never|cannot|\w+n[’']t|may|might|could)|{FOREIGN_NOT}|[不非没沒]"
_DOUBT = re.compile(rf"(?:{_DOUBTS})\s*$", re.I)  # a negation or doubt right before the connector


def _final_connector(body: str) -> re.Match[str] | None:
    last = None
    for m in _CONNECTOR.finditer(body):
        last = m
    return last


def _plain_value(tail: str) -> bool:
    """A number with up to three unit words, one quantity in several units, a time of day
    (`7:55 PM`), or an expression
    without words that does not end open (`3 \\times`: cut; `1 &\\equiv 1`: an aligned step)."""
    if _NUM_VALUE.fullmatch(tail) or is_compound(tail) or _TIME_OF_DAY.fullmatch(tail):
        return True
    plain = not _WORD.search(_TEX_NAME.sub(" ", tail)) and re.search(r"[\d\\]", tail)
    return bool(plain) and not _OPEN_END.search(tail)


def _drop_currency(line: str) -> str:
    """A line whose dollar signs do not pair, less its currency sign: `1,000.99$` (after the
    number) or `$1,000.99` (before the final number)."""
    if len(re.findall(r"(?<!\\)\$", line)) % 2 == 1:
        line = _CURRENCY_AFTER.sub("", line)
        if len(re.findall(r"(?<!\\)\$", line)) % 2 == 1:
            line = _CURRENCY_BEFORE.sub("", line)
    return line


def _line_value(region: str) -> tuple[str, int] | None:
    """The standalone final answer of a region without any marker (the module docstring): the
    whole final line when it is math, not prose (one span, or spans joined by "or" / "and"); a
    math span closing the final line after a connector (`is`, `=`, `:`) or assigning a bare
    variable; a plain value (a number and up to three unit words, or an expression without words)
    that is all after the line's final connector. Never a term of a larger expression."""
    found = _final_line(region)
    if found is None:
        return None
    line, start = found
    body = _clean_tail(unbullet(_drop_currency(drop_check(line))))  # `26 legs (20 + 6).`
    if not body or _unclosed(body):
        return None  # cut inside a formula
    inner = strip_answer(body)
    if inner != body and not _is_sentence(inner) and _only_math(body):
        return inner, start  # the whole line is one math span
    if (joined := _joined_spans(body)) is not None:
        return joined, start  # `$x = 2$ or $x = 3$`: the whole line names the values
    last = _final_connector(body)
    if last is not None and _DOUBT.search(body, 0, last.start()):
        return None  # `The answer cannot be 5`, `it may be 5`: no value stated
    raw_tail = body[last.end() :] if last else body
    span = _last_math_pos(body)
    after = _AFTER_VALUE.fullmatch(body[span[2] :].strip(" .,;!*" + _CJK_STOPS)) if span else None
    if span is not None and after is None and (said := _span_then_words(body, span)):
        return said, start + span[1]
    if span is not None and after is not None:
        content = span[0].strip() + ("\\%" if after.group("pct") else "")
        before = body[: span[1]].rstrip(" *")
        if _one_of_several(before):
            return None  # `$x = 2$ or $x = 3$`: the last of several values is not the answer
        if content and (
            not before
            or (after.group(0).strip() and not after.group("pct"))  # `$x > 5$ is the answer`
            or _ENDS_CONNECTOR.search(before) is not None
            or _assignment_value(content) is not None
        ):
            return content, start + span[1]
        return None
    if "$" in raw_tail or "\\(" in raw_tail or "\\[" in raw_tail:
        return None
    tail = drop_approximation(_clean_tail(raw_tail))  # `is approximately 1.73`: the value
    if not tail or len(tail) > BARE_MAX_CHARS or CJK.search(tail):
        return None  # `3 或 4` ("3 or 4"): words, not a value
    if " or " in tail:
        tail = one_value(tail)  # `1/13 or approximately 7.69%`: one value, two forms
    if last is None:
        if _is_sentence(tail) and not is_compound(tail):
            return None
        lead = _LEAD_WORD.match(tail)  # `Therefore, 100`
        if lead is not None:
            tail = tail[lead.end() :]
    if _plain_value(tail):
        if last is not None and last.group(0) == "=":
            lhs = body[: last.start()].rstrip()
            lhs_tail = re.split(r"\s", lhs)[-1] if lhs else ""
            if _BARE_VAR.fullmatch(lhs_tail) or _NUMERIC_CALL.fullmatch(lhs_tail):
                if _one_of_several(lhs[: len(lhs) - len(lhs_tail)]):
                    return None  # `x = 2 and x = 3`: several values
                return f"{lhs_tail} = {tail}", start
            prev = None
            for m in _CONNECTOR.finditer(body, 0, last.start()):
                prev = m
            chain = body[prev.end() if prev else 0 : last.start()]
            if prev is not None and prev.group(0) != "=" and not _WORD.search(chain):
                return f"{chain.strip()} = {tail}", start  # `is 20 \times 3 = 60`: a computation
            computed = _computation(lhs, tail)
            if computed is not None:
                return computed, start  # `... for 2(11) + 5 = 27 minutes`: a true computation
            if _is_sentence(lhs) or re.search(r"[A-Za-z]", lhs_tail):
                return None  # `So the sum x^2 + 1 = 3`: not the value of a named quantity
        return tail, start
    return None


_LEAD_WORD = re.compile(r"[A-Z][a-z]+,\s+|(?:所以|因此|故|综上所述|综上|即)[，,]?\s*")
# the arithmetic that ends a left side: digits, brackets, operators (`for 2(11) + 5`)
_ARITH_TAIL = re.compile(r"(?:\d+(?:\.\d+)?|[-+*/×÷()^ ]|\\times|\\cdot|\\div)+$")
_LEAD_NUMBER = re.compile(r"[-+]?\d[\d,]*(?:\.\d+)?")


def _computation(lhs: str, tail: str) -> str | None:
    """`2(11) + 5 = 27 minutes` at the end of a sentence: the final value of a computation whose
    left side is plain arithmetic that evaluates exactly to the value on the right. None when the
    left side is not plain arithmetic, holds no operator, or does not equal the value."""
    from curate.judges.math.guard import exact_value

    m = _ARITH_TAIL.search(lhs)
    num = _LEAD_NUMBER.match(tail)
    if m is None or num is None or not re.search(r"\d.*(?:[-+*/×÷^]|\\[a-z]+)", m.group(0)):
        return None
    segment = m.group(0).strip()
    left = exact_value(re.sub(r"(?<=[\d)])\s*\(", r"\\cdot(", segment))
    right = exact_value(num.group(0).replace(",", ""))
    if left is None or right is None or left.value != right.value:
        return None
    return f"{segment} = {tail}"


# a sentence that opens with one to three words and a comma (`Therefore,`, `So,`, `In this case,`)
_LEAD_PHRASE = re.compile(r"(?:^|[.!?:]\s+)[A-Z][a-z]+(?:\s+[a-z]+){0,2},\s*(?:\$|\\\(|\s)*$")
_LIST_GLUE = re.compile(  # "and" / "or", also in other languages (`words.FOREIGN_OR`): `x = 2 ou`
    rf"(?:\b(?:and|or|{FOREIGN_OR}|{FOREIGN_AND})|(?<=[\d}})] )[yeo]"
    r"|,|;|或者?|和|、|，|；)\s*(?:\$|\\\(|\s)*$"
)


# words after a final math span: a unit or a few words, then maybe one clause (`$14 + 7\\sqrt{2}$
# inches, expressed in simplest radical form.`), none of them a hedge, a condition or a step
_TRAIL = re.compile(r"(?:[A-Za-z]+\s*){0,3}(?:,\s*[A-Za-z][A-Za-z ,'-]{0,80})?")
_TRAIL_HEDGE = re.compile(
    r"\b(?:or|if|unless|when|whether|assuming|but|except|not|maybe|perhaps|approximately|about"
    r"|roughly|nearly|least|most|then|plus|minus|times|divided|and)\b",
    re.I,
)


_OPEN_END = re.compile(r"\\equiv|(?:\\(?:times|cdot|div|pm|approx|le|ge)|[-+*/=^_&])\s*$")
# a line that concludes: a final value may be followed by words only there
_CONCLUDES = re.compile(
    r"(?:therefore|thus|so|hence|in\s+conclusion|finally|the\s+(?:final\s+)?answer)\b", re.I
)


def _span_then_words(body: str, span: tuple[str, int, int]) -> str | None:
    """The final math span of a sentence after a connector, followed only by words that do not
    qualify it (`... is $14 + 7\\sqrt{2}$ inches, in simplest radical form.`); None otherwise."""
    trail = body[span[2] :].strip(" .!*")
    content = span[0].strip()
    if not _CONCLUDES.match(body):
        return None  # a step inside reasoning (`- Total length: $300 \\times 4 = 1200$ inches.`)
    if not trail or not content or not _TRAIL.fullmatch(trail) or _TRAIL_HEDGE.search(trail):
        return None
    before = body[: span[1]].rstrip(" *")
    if _ENDS_CONNECTOR.search(before) is None or _one_of_several(before):
        return None
    return content


_INLINE = re.compile(r"(?<!\\)\$\$([^$]+)\$\$|(?<!\\)\$([^$]+)\$|\\\((.+?)\\\)")
_GLUE = re.compile(
    rf"\s*(?:,|;|、|，|；|或者?|和|または|\b(?:and|or|{FOREIGN_OR}|{FOREIGN_AND})\b)\s*"
)
_OR_GLUE = re.compile(rf"\b(?:or|{FOREIGN_OR})\b|或|または")


# TeX's group around one pair or interval inside a math span (`$${(1, -4)}$$`): no set braces
_GROUPED = re.compile(r"\{\s*([(\[][^{}()\[\]]*[)\]])\s*\}")


def _ungrouped(item: str) -> str:
    m = _GROUPED.fullmatch(item)
    return m.group(1) if m else item


def _joined_spans(body: str) -> str | None:
    """A final line that is two or more math spans joined by commas, "and" or "or" (after
    nothing, a lead word or a connector: `So $x = 2$ or $x = 3$.`): the values as one answer,
    joined by "or" when the line offers alternatives (a hedge against one value); else None."""
    spans = list(_INLINE.finditer(body))
    if len(spans) < 2 or body[spans[-1].end() :].strip(" .!;"):
        return None
    gaps = [body[a.end() : b.start()] for a, b in pairwise(spans)]
    while not all(_GLUE.fullmatch(g) for g in gaps):  # the spans after the last words
        spans, gaps = spans[1:], gaps[1:]
    lead = body[: spans[0].start()].strip(" *")
    ends = _ENDS_CONNECTOR.search(lead) if lead else None
    if len(spans) < 2 or (lead and not (ends or _CONCLUDES.fullmatch(lead.rstrip(", ")))):
        return None
    if ends is not None and _DOUBT.search(lead, 0, ends.start()):
        return None  # `The roots cannot be $3$ and $4$`
    items = [_ungrouped((m.group(1) or m.group(2) or m.group(3)).strip()) for m in spans]
    return (" or " if any(_OR_GLUE.search(g) for g in gaps) else ", ").join(items)


def _one_of_several(before: str) -> bool:
    """The text before the final value ends in "and", "or", a comma or a semicolon after another
    value (`$x = 2$ or`, `x = 2,`): the final value is one item of a list or a hedge."""
    if _LEAD_PHRASE.search(before):
        return False  # `... = -7$. Therefore, $p(q(2)) = -7$`: the comma ends a lead-in phrase
    return _LIST_GLUE.search(before) is not None and re.search(r"[\d=]", before) is not None


def _unclosed(line: str) -> bool:
    """A math span or bracket opened on the line and never closed (`Substituting \\( s = 7`)."""
    dollars = len(re.findall(r"(?<!\\)\$", line))
    return (
        dollars % 2 == 1
        or line.count("\\(") != line.count("\\)")
        or line.count("\\[") != line.count("\\]")
        or line.count("{") != line.count("}")
    )


def _only_math(body: str) -> bool:
    """The line is one math span and nothing else."""
    span = _last_math_pos(body)
    return span is not None and span[1] == 0 and not body[span[2] :].strip(" .,;!")
