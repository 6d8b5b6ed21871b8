"""Whole answers that name a set in words: the empty set (`no solution`, `无解`, `нет решений`),
every real number (`all real numbers`, less the numbers it excepts), no value (`does not exist`,
`undefined`, WeBWorK's `DNE`)."""

from __future__ import annotations

import re

# a whole answer that names the empty set (English, Spanish, Portuguese, French, German, Chinese,
# Vietnamese, Russian)
_EMPTY = re.compile(
    r"(?i)(?:there (?:is|are) )?no (?:real )?solutions?(?: exists?)?|(?:the )?empty set"
    r"|conjunto vazio|conjunto vac[ií]o|(?:l')?ensemble vide|(?:die )?leere menge|无解|无实数解|空集"
    r"|sin soluci[oó]n|pas de solution|keine l[öo]sung|v[oô] nghi[eệ]m|нет (?:решений|корней)"
    r"|(?:решений|корней) нет|пустое множество"
)
_DNE = re.compile(r"(?i)(?:(?:it|the \w+) )?(?:does ?n[o']t exist|dne|(?:is )?undefined)")
# every real number, in words (`all real numbers`, `the set of all reals`), perhaps but a few
# numbers (`all real numbers except 2 and -3`)
_ALL_REALS = re.compile(
    r"(?i)(?:the set of )?(?:all|every|any) real(?: numbers?|s)?(?:\s+x)?"
    r"(?:,?\s+(?:except|other than|but)(?: for)?(?: x\s*=)?\s+"
    r"(-?\d+(?:\.\d+)?(?:\s*(?:,|,? and|,? or)\s*-?\d+(?:\.\d+)?)*))?"
)


def set_words(s: str) -> str:
    """A whole answer that names a set in words: `no solution` -> the empty set, `all real numbers`
    -> `\\mathbb{R}` (less the numbers it excepts), `does not exist` / `undefined` -> `DNE`
    (WeBWorK's "no value"); anything else unchanged."""
    t = s.rstrip(". ")
    if _EMPTY.fullmatch(t):
        return "\\emptyset"
    if _DNE.fullmatch(t):
        return "DNE"
    m = _ALL_REALS.fullmatch(t)
    if m is None:
        return s
    if m.group(1) is None:
        return "\\mathbb{R}"
    points = re.findall(r"-?\d+(?:\.\d+)?", m.group(1))
    return "\\mathbb{R}\\setminus\\{" + ", ".join(points) + "\\}"
