"""Whole answers that name a set in words: the empty set (`no solution`, `无解`, `нет решений`),
every real number (`all real numbers`, less the numbers it excepts, or those on one side of a
bound: `all real numbers greater than 17` is `x > 17`), no value (`does not exist`,
`undefined`, WeBWorK's `DNE`); and the reals of one sign with a mark that says whether zero is
in (`\\mathbb{R}^{+}_{0}`, `\\mathbb{R}_{\\geq 0}` is `[0,\\infty)`; `\\mathbb{R}^*_+` is
`(0,\\infty)`), while a bare `\\mathbb{R}^+`, which includes zero in French and not in English
usage, stays as written."""

from __future__ import annotations

import re

# a whole answer that names the empty set (English, Spanish, Portuguese, French, German, Chinese,
# Vietnamese, Russian, Italian, Dutch, Polish, Turkish, Indonesian)
_EMPTY = re.compile(
    r"(?i)(?:there (?:is|are) )?no (?:real )?solutions?(?: exists?)?|(?:the )?(?:empty|null) set"
    r"|conjunto vazio|conjunto vac[ií]o|(?:l')?ensemble vide|(?:die )?leere menge|无解|无实数解|空集"
    r"|sin soluci[oó]n|pas de solution|keine l[öo]sung|v[oô] nghi[eệ]m|нет (?:решений|корней)"
    r"|(?:решений|корней) нет|пустое множество|(?:l')?insieme vuoto|nessuna soluzione"
    r"|(?:de )?lege verzameling|geen oplossingen?|zbiór pusty|brak rozwiązań|boş küme|çözüm yok"
    r"|himpunan kosong|tidak ada (?:penyelesaian|solusi)|none"  # WeBWorK's `NONE`
)
_DNE = re.compile(
    r"(?i)(?:(?:it|the \w+) )?(?:does ?n[o']t exist|dne|d\.n\.e\.?|(?:is )?undefined)"
)
# an axis named for the line it is (`the x-axis`: y = 0)
_AXIS = re.compile(r"(?i)(?:the\s+)?([xy])\s*-?\s*axis")
# every real number, in words (`all real numbers`, `the set of all reals`), perhaps but a few
# numbers (`all real numbers except 2 and -3`)
_REALS = (
    r"(?i)(?:(?:the )?set of |the )?(?:(?:all|every|any) real(?: numbers?|s)?|real (?:numbers|s))"
)
_ALL_REALS = re.compile(
    _REALS + r"(?:\s+x)?(?:,?\s+(?:except|other than|but|not equal to)(?: for)?(?:\s+x\s*=\s*|\s+)"
    r"(-?\d+(?:\.\d+)?(?:\s*(?:,|,? and|,? or)\s*-?\d+(?:\.\d+)?)*))?"
)
# every real number on one side of a bound (`all real numbers greater than 17`, `the real numbers
# less than or equal to -2`): the inequality in x
_BOUNDED_REALS = re.compile(
    _REALS + r"(?:\s+x)?(?: that are)?\s+(greater|more|larger|less|smaller) than"
    r"( or equal to)?\s+(-?\d+(?:\.\d+)?)"
)
_BOUND = {
    ("greater", False): ">",
    ("greater", True): "\\geq",
    ("less", False): "<",
    ("less", True): "\\leq",
}

# the marks after `\\mathbb{R}` (each a sub- or superscript, braced or not) of the reals of one
# sign, zero in or out
_SCRIPT = re.compile(r"[_^]\{?((?:\\geq?|\\leq?|[<>])?[-+0*])\}?")
_SIGNED_REALS = {
    frozenset(["+", "0"]): "[0,\\infty)",
    frozenset(["\\geq0"]): "[0,\\infty)",
    frozenset(["\\ge0"]): "[0,\\infty)",
    frozenset(["+", "*"]): "(0,\\infty)",
    frozenset([">0"]): "(0,\\infty)",
    frozenset(["-", "0"]): "(-\\infty,0]",
    frozenset(["\\leq0"]): "(-\\infty,0]",
    frozenset(["\\le0"]): "(-\\infty,0]",
    frozenset(["-", "*"]): "(-\\infty,0)",
    frozenset(["<0"]): "(-\\infty,0)",
}
_MARKS = str.maketrans({"⁺": "^+", "⁻": "^-", "₊": "_+", "₋": "_-", "₀": "_0", "⁰": "^0"})
_REALS_NAME = re.compile(
    r"\s*(?:\\mathbb\s*\{R\}|ℝ)((?:\s*[_^](?:\{[^{}]{1,8}\}|\\[a-z]+\s*0|.))+)\s*"
)


_TEX_REALS = re.compile(r"\\R(?![A-Za-z])")  # `x \\in \\R`: the reals, as MathJax macros name them


def signed_reals(s: str) -> str:
    """`\\mathbb{R}^{+}_{0}`, `ℝ⁺₀`, `\\mathbb{R}_{\\geq 0}` -> `[0,\\infty)` and the other reals of
    one sign whose marks say whether zero is in (see the module docstring); `\\R` as
    `\\mathbb{R}`; else `s`."""
    if "\\R" in s:
        s = _TEX_REALS.sub(lambda _: "\\mathbb{R}", s)
    m = _REALS_NAME.fullmatch(s.translate(_MARKS))
    if m is None:
        return s
    return _SIGNED_REALS.get(frozenset(_SCRIPT.findall(m[1].replace(" ", ""))), s)


def set_words(s: str) -> str:
    """A whole answer that names a set in words: `no solution` -> the empty set, `all real numbers`
    -> `\\mathbb{R}` (less the numbers it excepts), `does not exist` / `undefined` -> `DNE`
    (WeBWorK's "no value"), `the x-axis` -> `y = 0`; anything else unchanged."""
    t = s.rstrip(". ")
    if _EMPTY.fullmatch(t):
        return "\\emptyset"
    if (axis := _AXIS.fullmatch(t)) is not None:
        return "y = 0" if axis[1].lower() == "x" else "x = 0"
    if _DNE.fullmatch(t):
        return "DNE"
    if (b := _BOUNDED_REALS.fullmatch(t)) is not None:
        side = "greater" if b.group(1).lower() in ("greater", "more", "larger") else "less"
        return f"x{_BOUND[(side, b.group(2) is not None)]}{b.group(3)}"
    m = _ALL_REALS.fullmatch(t)
    if m is None:
        return s
    if m.group(1) is None:
        return "\\mathbb{R}"
    points = re.findall(r"-?\d+(?:\.\d+)?", m.group(1))
    return "\\mathbb{R}\\setminus\\{" + ", ".join(points) + "\\}"
