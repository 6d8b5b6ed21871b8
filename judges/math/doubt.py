"""Whether an answer phrase is plainly stated: a value for one case (`5 if n is even`), negated
(`5ではない`, `no es 5`), doubted (`probably 5`, `Perhaps the answer is 5.`) or asked (`5?`) is no
answer; an adverb between "the answer is" and its value (`therefore`, `simply`) changes nothing."""

from __future__ import annotations

import re

from curate.judges.math.spans import CONDITION, DOUBT, _phrase_after
from curate.judges.math.units import CJK_BOUND
from curate.judges.math.words import FOREIGN_DOUBT

_FOREIGN_NOT = re.compile(rf"\b(?:{FOREIGN_DOUBT})\b", re.I)  # `không quá 5`: "not more than 5"


# a bound stated by comparison (`a bit more than 5`, `fewer than 5`): no value
_THAN = re.compile(
    r"\b(?:more|less|fewer|greater|larger|smaller|bigger|higher|lower|later|earlier)\s+than\b", re.I
)


def qualified(phrase: str) -> bool:
    """A value for one case, negated, doubted, bounded or asked (`5?`)."""
    return any(
        r.search(phrase) for r in (CONDITION, CJK_BOUND, _FOREIGN_NOT, DOUBT, _THAN)
    ) or "?" in phrase.replace("\\?", "")


# the start of the sentence an answer phrase stands in (what precedes it on its line)
_SENTENCE_START = re.compile(r".*(?:(?<!\.)\.(?!\.)\s|[!?;]\s|^)", re.M)
# an adverb between "the answer is" and its value, that leaves the value as it is
LEAD_ADVERB = re.compile(
    r"(?:clearly|simply|just|indeed|therefore|thus|then|hence|so|obviously|actually|now|still"
    r"|also|evidently|certainly|definitely|really|in\s+fact,?)\s+(?=\S)",
    re.I,
)
_CLAUSE_TURN = re.compile(r"\b(?:but|however|now)\b", re.I)


def doubted_phrase(region: str, cue: re.Match[str]) -> str | None:
    """`Perhaps the answer is 5.`, `I am not sure, but I guess the answer is 5`: the whole
    sentence, when its words before the "answer is" cue doubt the value (a hedge)."""
    line_start = region.rfind("\n", 0, cue.start()) + 1
    head = region[max(line_start, cue.start() - 200) : cue.start()]
    start = _SENTENCE_START.match(head)
    lead = head[start.end() :] if start else head
    clause = _CLAUSE_TURN.split(lead)[-1]  # `Maybe I erred before, but now the answer is 5`
    if not DOUBT.search(clause):
        return None
    return lead + region[cue.start() : cue.end()] + _phrase_after(region, cue.end())


# a box its own sentence negates (`It is not \boxed{5}`, `If the answer were \boxed{5}`)
_NEGATED_BOX = re.compile(
    r"(?:\bnot|n['’]t|\bnever|\bif\b[^.\n]{0,30}\bwere)\s*(?:\$+|\\[(\[])?\s*$", re.I
)
# the words right after an answer take it back or doubt it (`\boxed{5}? Let me check`,
# `The answer is 5. Wait, no.`, `\boxed{5} is incorrect.`)
_RETRACTED = re.compile(
    r"[\s}$.,;:!*)\]]*(?:[?？]|(?:but\s+|hmm,?\s+)?wait\b"
    r"|(?:(?:this|that|it|which)\s+)?(?:is|was|seems)\s+(?:wrong|incorrect|not\s+(?:correct|right))\b)",
    re.I,
)


def negated_box(region: str, pos: int) -> bool:
    """The words just before the box at `pos` negate it: it states no answer."""
    return _NEGATED_BOX.search(region, max(0, pos - 40), pos) is not None


def retracted(region: str, pos: int, raw: str) -> bool:
    """The answer `raw`, found at `pos`, is followed by words that take it back or doubt it."""
    at = region.find(raw, pos) if raw else -1
    if at < 0:
        return False
    end = at + len(raw)
    return _RETRACTED.match(region, end, end + 200) is not None
