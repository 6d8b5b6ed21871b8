"""The answer part of a reference (public, stable API): `reference_answer`; and
`restates_reference`, whether a response's final line is the reference itself; `one_form`, the
exact form of an answer key that gives one value twice (`2/3 or 0.67`).

    from curate.judges.math.reference import reference_answer
"""

from __future__ import annotations

import re

from curate.judges.math.extract import (
    BARE_MAX_CHARS,
    THINK_CLOSE,
    THINK_OPEN,
    MissingClose,
    _reply,
    extract_from_region,
    final_matches,
    strip_answer,
    summary_region,
)
from curate.judges.math.fast import decimals
from curate.judges.math.guard import exact_value, rounds_to
from curate.judges.math.spans import _final_line, unbullet
from curate.judges.math.words import FOREIGN_OR

from curate.text import boxed_spans


def restates_reference(
    text: str,
    reference: str,
    think_close: str = THINK_CLOSE,
    think_open: str = THINK_OPEN,
    missing_close: MissingClose = "untagged_whole",
) -> str | None:
    """The final line of the answer part when it is, character for character (spaces, math
    delimiters and a final period aside), the reference itself (`odd $n$` for `odd $n$`): a
    whole final line that no extraction rule reads but that states exactly the expected answer.
    None otherwise."""
    region = summary_region(_reply(text), think_close, think_open, missing_close)
    found = _final_line(region) if region is not None else None
    if found is None:
        return None
    line = re.sub(r"\s+", " ", strip_answer(unbullet(found[0])))
    return line if line and line == re.sub(r"\s+", " ", strip_answer(reference)) else None


def reference_answer(reference: str | None) -> str | None:
    """The answer part of a reference: a short bare answer stays as it is (math delimiters
    stripped); a worked solution (a box, `#### N`, `<answer>`, a final "A: N" line, "the final
    answer is", or longer than `BARE_MAX_CHARS`) yields what `extract_from_region` finds."""
    if reference is None:
        return None
    s = str(reference).strip()
    lead = _REF_LEAD.match(s)
    if lead is not None and "\n" not in s:
        s = s[lead.end() :].strip()  # `answer is 10000`: a reference phrased as a sentence
    if not s:
        return None
    marked = (
        "\\boxed" in s
        or "\\fbox" in s
        or "####" in s
        or "<answer>" in s.lower()
        or "\n" in s
        or (len(s) > BARE_MAX_CHARS and not _formula(s))
        or bool(final_matches(s))
    )
    if marked:
        ex = extract_from_region(
            s, ("boxed", "answer_tag", "gsm8k", "final_answer", "answer_line", "last_math")
        )
        if ex.method == "boxed" and ex.answer is not None and _percent_after_box(s, ex.answer):
            return ex.answer + "\\%"  # `\boxed{20} percent`: the reference's answer is 20%
        return ex.answer
    return strip_answer(s) or None


def _formula(s: str) -> bool:
    """A long one-line reference that is one formula (no prose words, no `$` or `\\(`
    delimiters): an answer to compare as it stands, not a worked solution."""
    return "$" not in s and "\\(" not in s and "\\[" not in s and not _WORDS.search(s)


_WORDS = re.compile(r"(?<![\\A-Za-z])[A-Za-z]{3,}")  # a word not after a backslash


# a one-line reference that starts by saying it is the answer
_REF_LEAD = re.compile(r"(?:(?:the|my|our)\s+)?(?:final\s+)?answer\s*(?:is\b|:)\s*", re.I)

# a percent sign or word right after the reference's last box (outside any closing math delimiter)
_AFTER_BOX_PERCENT = re.compile(r"\s*(?:\$\$?|\\\)|\\\])?\s*(?:\\%|%|percent(?:age)?\b)")


def _percent_after_box(text: str, answer: str) -> bool:
    """Does a percent (`\\%`, `%`, "percent") directly follow the reference's last box, which is
    the whole answer (not joined with earlier boxes) and holds no percent of its own?"""
    spans = boxed_spans(text)
    if not spans or strip_answer(spans[-1][2]) != answer or re.search(r"%|percent", answer):
        return False
    return _AFTER_BOX_PERCENT.match(text, spans[-1][1]) is not None


# `2/3 或 0.67`, `1/2 or 0.5`: two forms of an answer, in an answer key
_TWO_FORMS = re.compile(
    rf"\s+(?:or|{FOREIGN_OR})\s+|\s*\\(?:text|mbox)\{{\s*or\s*\}}\s*|\s*或者?\s*"
)


def one_form(answer: str) -> str:
    """The exact form when an answer key gives one value twice, as an exact value and a decimal
    it rounds to (`2/3 或 0.67` -> `2/3`, `1/2 or 0.5` -> `1/2`); the rounding rules then accept
    the decimal. Anything else (`2 or -2`, `x = 1 or x = 2`: two answers) is left as it is."""
    parts = _TWO_FORMS.split(answer)
    if len(parts) != 2:
        return answer
    from curate.judges.math.normalise import normalise_answer

    texts = [normalise_answer(p).text for p in parts]
    first, second = exact_value(texts[0]), exact_value(texts[1])
    if first is None or second is None:
        return answer
    for k, exact, dec in ((0, first, second), (1, second, first)):
        # k: the exact form; the other, a decimal it rounds to (or the same value)
        places = decimals(texts[1 - k])
        if not exact.decimal and (
            exact.value == dec.value or (places and rounds_to(exact.value, dec.value, places))
        ):
            return parts[k].strip()
    return answer
