"""What the question asks for, read from the prompt where a batch has one: whether the answer
is a percentage ("What percentage of the cars are semi-automatic?", "expressed as a
percentage"), and whether it must be exact. A reference `20` to such a question is 20 percent, so
a predicted `20\\%` is that answer; without the question, `20\\%` against `20` stays `unknown`
(`percent_unclear`). A question that asks for an exact form ("Express your answer as a common
fraction.", "in simplest radical form", "in terms of $\\pi$", "exact value") is not answered by a
rounded decimal, unless it also asks for rounding ("to the nearest tenth", "decimal places").

The question is the last sentence that ends with `?` (else the last sentence); it must name a
percent(age) as a word that is not a quantity of the question itself (`a 20 percent discount`).
"""

from __future__ import annotations

import re
from functools import lru_cache

_SENTENCE_END = re.compile(r"(?<=[.?!\n])")
_PERCENT_WORD = re.compile(r"(\d\s*)?\bpercent(?:age)?s?\b", re.I)
_MAX_CHARS = 20_000


@lru_cache(maxsize=4096)
def asks_percent(prompt: str | None) -> bool:
    """Does the prompt's question ask for a percentage?"""
    if not prompt or "percent" not in prompt.lower():
        return False
    text = prompt[-_MAX_CHARS:]
    sentences = [t for t in _SENTENCE_END.split(text) if t.strip()]
    asked = [t for t in sentences if t.rstrip().endswith("?")]
    if not sentences:
        return False
    sentence = (asked or sentences)[-1]
    return any(m.group(1) is None for m in _PERCENT_WORD.finditer(sentence))


_EXACT = re.compile(
    r"common\s+fraction|simplest\s+(?:radical\s+)?form|radical\s+form|exact\s+(?:value|form|answer)"
    r"|in\s+terms\s+of\s+\$?\\?(?:pi|π)|as\s+an?\s+(?:improper\s+)?fraction|reduced\s+fraction",
    re.I,
)
_ROUNDING = re.compile(
    r"\bround|nearest|decimal\s+places?|significant\s+(?:figures|digits)|approximat|as\s+a\s+decimal"
    r"|\bestimate",
    re.I,
)


@lru_cache(maxsize=4096)
def asks_exact(prompt: str | None) -> bool:
    """Does the prompt ask for an exact form, and for no rounding?"""
    if not prompt:
        return False
    text = prompt[-_MAX_CHARS:]
    return _EXACT.search(text) is not None and _ROUNDING.search(text) is None


@lru_cache(maxsize=4096)
def asks_scale(prompt: str | None, word: str) -> bool:
    """Does the prompt ask for the answer in a unit of `word` ("in USD millions", "(in
    thousands)", "in millions of dollars")?"""
    if not prompt or word.lower() not in prompt.lower():
        return False
    return _in_scale(word.lower()).search(prompt[-_MAX_CHARS:]) is not None


@lru_cache(maxsize=16)
def _in_scale(word: str) -> re.Pattern[str]:
    return re.compile(rf"\bin\s+(?:[A-Z]{{3}}\s+|\$\s*)?{re.escape(word)}s?\b", re.I)


_DIRECTION = re.compile(
    r"\beigenvectors?\b|\b(?:normal|direction|directional) vectors?\b"
    r"|\bvectors? (?:that is |which is )?(?:parallel|perpendicular|orthogonal|normal) to\b"
    r"|\bbasis (?:for|of) the (?:eigen|null ?)space\b",
    re.I,
)
_EXACT_VECTOR = re.compile(r"\b(?:unit|normali[sz]ed|orthonormal|length 1|magnitude 1)\b", re.I)


@lru_cache(maxsize=4096)
def asks_direction(prompt: str | None) -> bool:
    """Does the question ask for a vector only up to a nonzero multiple (an eigenvector, a normal
    or direction vector)? A unit or normalised vector is asked for exactly."""
    if not prompt or ("vector" not in prompt.lower() and "space" not in prompt.lower()):
        return False
    text = prompt[-_MAX_CHARS:]
    return _DIRECTION.search(text) is not None and _EXACT_VECTOR.search(text) is None
