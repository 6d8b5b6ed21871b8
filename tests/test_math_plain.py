"""Plain-text math rewritten as TeX, and TeX's one-token arguments braced (judges/math/plain.py)."""

from __future__ import annotations

import pytest
from curate.judges.math.plain import brace_frac_args, plain_to_tex

PLAIN = [
    # products and pi as a whole word
    ("2*pi*r", "2 \\cdot \\pi \\cdot r"),
    # a Python power
    ("x**2", "x^2"),
    # a parenthesised exponent becomes one group
    ("2**(1/4)", "2^{1/4}"),
    # ... also with a caret, nested parentheses kept inside
    ("2^((1+x)/2)", "2^{(1+x)/2}"),
    # functions, innermost first
    ("sqrt(sqrt(2))", "\\sqrt{\\sqrt{2}}"),
    # exp is a power of e
    ("exp(2)", "e^{2}"),
    # a word that contains pi is left alone
    ("pizza", "pizza"),
    # anything with a backslash is TeX already
    ("\\pi*2", "\\pi*2"),
    # an unclosed call is left as it is
    ("sqrt(x", "sqrt(x"),
]


@pytest.mark.parametrize(("raw", "tex"), PLAIN)
def test_plain_to_tex(raw: str, tex: str) -> None:
    assert plain_to_tex(raw) == tex


FRACS = [
    # two one-token arguments
    ("\\frac a b", "\\frac{a}{b}"),
    # digits with spaces
    ("\\frac 1 2", "\\frac{1}{2}"),
    # TeX reads `\frac123` as a half followed by 3
    ("\\frac123", "\\frac{1}{2}3"),
    # a braced first argument and a bare second one
    ("\\frac{1}2", "\\frac{1}{2}"),
    # a command as an argument
    ("\\frac\\pi 2", "\\frac{\\pi}{2}"),
    # \dfrac too
    ("\\dfrac 3 4", "\\dfrac{3}{4}"),
    # nested braces are left to the parser
    ("\\frac{\\sqrt{2}}{2}", "\\frac{\\sqrt{2}}{2}"),
]


@pytest.mark.parametrize(("raw", "tex"), FRACS)
def test_brace_frac_args(raw: str, tex: str) -> None:
    assert brace_frac_args(raw) == tex
