"""Plain-text math rewritten as TeX, TeX's one-token arguments braced (judges/math/plain.py), and
whether a prompt asks for a percentage (judges/math/asked.py)."""

from __future__ import annotations

import pytest
from curate.judges.math.asked import asks_percent
from curate.judges.math.plain import brace_tex_args, named_functions, plain_to_tex

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
    # Mathematica's scientific notation, with a signed exponent
    ("1.602*^-19", "1.602 \\cdot 10^{-19}"),
    ("6.022*^23", "6.022 \\cdot 10^{23}"),
    # a letter x between numbers, in a text with no other letter, is a times sign
    ("4x3x2", "4 \\cdot 3 \\cdot 2"),
    ("(3+1) x (2+1)", "(3+1) \\cdot (2+1)"),
    ("6x4!", "6 \\cdot 4!"),
    # ... not a variable beside a number, nor beside another letter, nor a hexadecimal number
    ("2x+1", "2x+1"),
    ("3x2y", "3x2y"),
    ("0x10", "0x10"),
    # a fraction typed with a backslash for its bar; TeX's line break stays
    ("2\\5", "2/5"),
    ("2\\\\5", "2\\\\5"),
]


NAMED = [
    # a function glued to a one-letter argument, in an answer with a mark of math
    ("x + sin^2x", "x + \\sin^{2} x"),
    # ... alone, when the letter is a usual variable
    ("sinx", "\\sin x"),
    # a word is no call: no mark of math, or another word beside it
    ("cost", "cost"),
    ("minimum cost = 5", "minimum cost = 5"),
    # the hyperbolic cosine keeps its h
    ("x + cosh", "x + cosh"),
    # square brackets after a factor are a group; an interval and a root's index stay
    ("2[x-1]", "2(x-1)"),
    ("x \\in [0,1]", "x \\in [0,1]"),
    ("\\sqrt[n+1]{x}", "\\sqrt[n+1]{x}"),
]


@pytest.mark.parametrize(("raw", "tex"), NAMED)
def test_named_functions(raw: str, tex: str) -> None:
    assert named_functions(raw) == tex


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
def test_brace_tex_args(raw: str, tex: str) -> None:
    assert brace_tex_args(raw) == tex


ASKED = [
    # the question asks for a percentage
    ("What percentage of the cars are semi-automatic?", True),
    # ... in a parenthesis
    ("How much more likely is it (expressed as a percentage) that he rolls a 3?", True),
    # a percent given as data, the question asks for an amount
    ("A shop gives a 20 percent discount. How much does he pay?", False),
    # a percent sign is data, not a question for a percentage
    ("The price rose by 20%. What is the new price?", False),
    # a quantity in percent inside the question itself
    ("He scored 80 percent. What is his score out of 50?", False),
    # no question mark: the last sentence
    ("Find the percentage.", True),
    # no prompt
    (None, False),
]


@pytest.mark.parametrize(("prompt", "asks"), ASKED)
def test_asks_percent(prompt: str | None, asks: bool) -> None:
    assert asks_percent(prompt) is asks
