"""Greek letters, however an answer writes them: as Unicode (`θ/2`, `ε_0`), as plain words
(`theta/2`, `sin(theta)`, `epsilon_0*mu_0`, as plain-text formulas and sympy write them) or as
TeX's variant forms (`\\varepsilon`, `\\vartheta`, `\\varphi`) — each the one TeX letter
(`\\theta`), so that both sides name the same symbol.

A plain word becomes a letter only in a formula: when every other word of three or more letters
in the answer is a Greek letter or a function name, so that prose ("beta version", "the eta
value") is left alone. Linear time: one pass per rule.
"""

from __future__ import annotations

import re
import unicodedata

_LOWER = (
    "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho "
    "sigma tau upsilon phi chi psi omega"
).split()
# capitals that TeX writes as commands (the others look like Latin letters: `A`, `B`, ...)
_UPPER = "Gamma Delta Theta Lambda Xi Pi Sigma Upsilon Phi Psi Omega".split()
_VARIANTS = {"varepsilon": "epsilon", "vartheta": "theta", "varphi": "phi", "varrho": "rho"}
_VARIANT_TEX = re.compile(r"\\(" + "|".join(_VARIANTS) + r"|varsigma)(?![A-Za-z])")
# a whole word: no letter of any script before or after (`pięć` holds no `pi`)
_WORD = re.compile(
    r"(?<![^\W\d_])(?<!\\)("
    + "|".join([*_LOWER, *_UPPER, *_VARIANTS, "varsigma"])
    + r")(?![^\W\d_])"
)
_LONG_WORD = re.compile(r"(?<![A-Za-z\\])[A-Za-z]{3,}")
_FUNCTIONS = frozenset(
    "sin cos tan cot sec csc sinh cosh tanh coth sech csch arcsin arccos arctan arccot arcsec "
    "arccsc asin acos atan acot asec acsc asinh acosh atanh ln log exp sqrt abs tg ctg arctg "
    "cosec".split()
)
_NAMES = frozenset([*_LOWER, *_UPPER, *_VARIANTS, "varsigma"])


def _unicode_letter(ch: str) -> str | None:
    """`\\theta` for `θ`, `\\Omega` for `Ω`; None for a capital with a Latin look-alike."""
    try:
        name = unicodedata.name(ch)
    except ValueError:
        return None
    m = re.fullmatch(r"GREEK (SMALL|CAPITAL) LETTER ([A-Z]+)", name)
    if m is None:
        return None
    word = m.group(2).lower().replace("lamda", "lambda")
    if word not in _LOWER:
        return None
    if m.group(1) == "CAPITAL":
        word = word.capitalize()
        return f"\\{word}" if word in _UPPER else None
    return f"\\{word}"


_UNICODE = {
    ch: tex for ch in map(chr, range(0x391, 0x3CA)) if (tex := _unicode_letter(ch)) is not None
}
_UNICODE.update({"ς": "\\sigma", "ϵ": "\\epsilon", "ϑ": "\\theta", "ϕ": "\\phi", "ϱ": "\\rho"})
_UNICODE_ANY = re.compile("[" + "".join(_UNICODE) + "]")


def _tex(name: str, s: str, end: int) -> str:
    """`\\name`, a space after it when a letter follows (`\\theta x`, not `\\thetax`)."""
    return f"\\{name} " if s[end : end + 1].isalpha() else f"\\{name}"


def greek_letters(s: str) -> str:
    """Every Greek letter of `s` as its TeX command (see the module docstring)."""
    if not s.isascii():
        s = _UNICODE_ANY.sub(lambda m: _tex(_UNICODE[m.group(0)][1:], s, m.end()), s)
    if "\\var" in s:
        s = _VARIANT_TEX.sub(lambda m: "\\" + _VARIANTS.get(m.group(1), "sigma"), s)
    if _WORD.search(s) and all(
        w.group(0) in _NAMES or w.group(0).lower() in _FUNCTIONS for w in _LONG_WORD.finditer(s)
    ):
        s = _WORD.sub(lambda m: _tex(_VARIANTS.get(m.group(1), m.group(1)), s, m.end()), s)
    return s
