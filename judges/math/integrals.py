"""An antiderivative asked for: when the prompt asks for an indefinite integral ("Find $\\int x
\\cos x \\, dx$", "an antiderivative of", "Integrate ...") and gives no bounds and no condition
that fixes the constant (`F(0) = 1`, "initial value", "passes through"), an answer and a
reference that are single expressions are families `F + C`: `\\frac{1}{6}\\tan^2 x` answers
`\\frac{1}{6}\\sec^2 x`, which differs by a constant. A reference written with its constant
(`x^2/2 + C`) keeps asking for one: an answer without it stays unequal. The comparison itself is
the symbolic `equivalent_up_to_constant` (one variable, a constant difference at every sample
point); this module only reads the prompt and writes the constant. Linear-time string work.
"""

from __future__ import annotations

import re
from functools import lru_cache

_MAX_CHARS = 20_000
_ASKS = re.compile(
    r"\banti-?derivatives?\b|\bindefinite\s+integrals?\b|\bprimitive\s+(?:function|of)\b"
    r"|\bintegrate\b|\\int(?![a-z])|∫",
    re.I,
)
# bounds, or a condition that fixes the constant of integration
_FIXED = re.compile(
    r"\\i+nt\s*(?:\\(?:no)?limits\s*)?[_^]|∫\s*[_^\d₀-₉]|(?<!in)definite\s+integral"
    r"|\bfrom\s+\$?\s*(?:[a-z]\s*=\s*)?-?[\d\\]|\bover\s+(?:the\s+interval\s+)?\$?\s*\["
    r"|\barea\b|\bvolume\b|\binitial\b|\bthrough\s+the\s+point|\bpasses\s+through"
    r"|[A-Za-z]'*\(\s*-?(?:[\d.]+|\d*\\pi(?:\s*/\s*\d+)?)\s*\)\s*=",
    re.I,
)
# a constant of integration already written as a term of its own
_CONSTANT_TERM = re.compile(r"(?:^|[+-])\s*(?:[CcK]|[Cc]_\{?1\}?)\s*(?=$|[+-])")
_NOT_ONE_EXPRESSION = re.compile(r"[=<>,;]|\\(?:le|ge|leq|geq|neq|in|cup|pm|mp|lor|text)(?![a-z])")
_COMMAND = re.compile(r"\\[A-Za-z]+")


@lru_cache(maxsize=4096)
def asks_antiderivative(prompt: str | None) -> bool:
    """Does the prompt ask for an indefinite integral, with no bounds and no condition that
    fixes its constant?"""
    if not prompt:
        return False
    text = prompt[-_MAX_CHARS:]
    return _ASKS.search(text) is not None and _FIXED.search(text) is None


def _has_constant(text: str) -> bool:
    return _CONSTANT_TERM.search(text) is not None


def _function(text: str) -> bool:
    """One expression with a letter in it (not a number, a list, an equation or a set)."""
    return (
        _NOT_ONE_EXPRESSION.search(text) is None
        and re.search(r"[A-Za-z]", _COMMAND.sub("", text)) is not None
    )


def as_families(pred: str, ref: str, prompt: str | None) -> tuple[str, str]:
    """`pred` and `ref`, each with `+ C` written after it, when the prompt asks for an
    antiderivative, the reference has no constant of its own and both are functions; else
    unchanged."""
    if not asks_antiderivative(prompt):  # first: cached per prompt, and most rows have none
        return pred, ref
    if not (_function(pred) and _function(ref)) or _has_constant(ref):
        return pred, ref
    return (pred if _has_constant(pred) else f"{pred} + C"), f"{ref} + C"
