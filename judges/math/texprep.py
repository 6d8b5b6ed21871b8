"""The text rewrites before latex2sympy reads a canonical answer (used by `symbolic.parse`, in
the worker): where its grammar or its normalisation reads a form otherwise than answers mean it
(`2(3)` added as 5, `(10)\\frac{1}{2}` as a mixed number, `1/2x` as `1/(2x)`, `I` as a symbol,
`\\sqrt[3]{-8}` as a complex root, a program's `exp(\\frac{x}{2})` as a product `e x p`)."""

from __future__ import annotations

import re

# `2(3)`, `(2)(3)`: a number (not an exponent or a subscript) or a parenthesis before another
_JUXTAPOSED = re.compile(r"(?<![\^_\d.*])(\d+(?:\.\d+)?)\s*(?=\()|(?<=\))\s*(?=[\d(])")
_I_CALL = re.compile(r"(?<![\\A-Za-z])i\s*(?=\()")
# a bracket closed before a fraction: latex2sympy adds `(10)\\frac{1}{2}` as a mixed number
_BRACKET_FRACTION = re.compile(r"(?<=[)\]])\s*(?=\\[dt]?frac\{)")
_CAPITAL_I = re.compile(r"(?<![\\A-Za-z])I(?![A-Za-z])")
# a lone `d` before a letter or command (`d\\cdot a`, `dE`, `d\\alpha`), to latex2sympy one symbol
_DIFFERENTIAL = re.compile(r"(?<![A-Za-z\\])d(?=\s*[A-Za-z\\])")
# `1/2x`, `3/4\\pi`, `1/2(y+5)`: a number over a number before a factor is that fraction times the
# factor (juxtaposition binds like the slash, left to right, as sympy's implicit multiplication,
# Maxima and online-homework graders read it); latex2sympy would read `1/(2x)`
_FRACTION_FACTOR = re.compile(
    r"(?<![\w.)}^_/])(\d+)\s*/\s*(\d+)(?![\d.])"
    r"(?=\s*(?:[A-Za-z(]|\\(?!cdot|times|div|right|rangle|quad|qquad|text|mathrm|end)[a-zA-Z]))"
)

_BRACKETED_FRACTION = re.compile(r"(?<![\w.)}^_/])\((\d+)\)\s*/\s*\((\d+)\)")
_POWER_E = re.compile(r"\^\s*e(?![A-Za-z])")
_LOG_DIGITS = re.compile(r"(\\log_\{[^{}]+\})\s*(\d+(?:\.\d+)?)")
_ODD_ROOT_OF_NEGATIVE = re.compile(r"\\sqrt\[(\d+)\]\{\s*-")
_BARE_EXP = re.compile(r"(?<![\\A-Za-z])exp\s*(?=\()")  # latex2sympy: `exp(` is e*x*p*(...)


def _real_odd_roots(s: str) -> str:
    """`\\sqrt[3]{-16}` -> `(-\\sqrt[3]{16})`: an odd root of a negative term is the real root, as
    every curriculum reads it (sympy's principal root is complex); a sum under the root stays."""
    out, pos = [], 0
    for m in _ODD_ROOT_OF_NEGATIVE.finditer(s):
        depth, end = 1, m.end()
        while end < len(s) and depth:
            depth += {"{": 1, "}": -1}.get(s[end], 0)
            end += 1
        term = s[m.end() : end - 1]
        flat = re.sub(r"\{[^{}]*\}", "", term)
        if int(m[1]) % 2 == 0 or depth or re.search(r"[-+]", flat) or m.start() < pos:
            continue
        out.append(f"{s[pos : m.start()]}(-\\sqrt[{m[1]}]{{{term.strip()}}})")
        pos = end
    return "".join(out) + s[pos:]


def _times_after_bracket(s: str, end: int) -> str:
    """A times sign after the bracket that closes before `end` (`2(10)\\frac{225}{22}`), unless
    the bracket is an exponent or an index (`\\cos^(-1)\\frac{1}{\\sqrt2}`)."""
    depth, k = 0, end - 1
    while k >= 0:
        depth += (s[k] in ")]") - (s[k] in "([")
        if depth == 0:
            return "" if s[k - 1 : k] in ("^", "_") else " \\cdot "
        k -= 1
    return ""


def prepared(s: str) -> str:
    """`s` rewritten for latex2sympy (see the module docstring)."""
    if "\\sqrt[" in s:
        s = _real_odd_roots(s)
    if "\\log_{" in s:  # latex2sympy's normalisation splits `\\frac{1}{2}\\log_{10}25`'s 25
        s = _LOG_DIGITS.sub(r"\1{\2}", s)
    if "d" in s and "\\int" not in s and "{d" not in s and _DIFFERENTIAL.search(s):
        s = _DIFFERENTIAL.sub("{d}", s)  # a variable d: latex2sympy reads `d\\cdot a` as `dcdot`
    if "/" in s:  # `(4)/(5)i`: a converter's fraction of two numbers, each in brackets
        s = _FRACTION_FACTOR.sub(r"\\frac{\1}{\2}", _BRACKETED_FRACTION.sub(r"\1/\2", s))
    if "(" in s:  # latex2sympy adds `2(3)` and `(2)(3)` (5): a product, written out
        s = _JUXTAPOSED.sub(lambda m: f"{m.group(1) or ''} \\cdot ", s)
    if "frac" in s and ("(" in s or "[" in s):
        s = _BRACKET_FRACTION.sub(lambda m: _times_after_bracket(s, m.start()), s)
    if "I" in s:  # latex2sympy reads `I^2` as I: the imaginary unit, written as answers write it
        s = _CAPITAL_I.sub("i", s)
    if "i(" in s or "i (" in s:  # `e^{i(\\pi)/(2)}`: the unit times, never a function `i`
        s = _I_CALL.sub(r"i \\cdot ", s)
    if "exp" in s:
        s = _BARE_EXP.sub(r"\\exp", s)  # `exp(\\frac{x}{2})`: TeX with a program's name
    if "^" in s and "e" in s:
        s = _POWER_E.sub("^{e}", s)  # latex2sympy's grammar rejects `2^e`, not `2^{e}`
    return s
