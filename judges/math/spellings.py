"""The spelling tables of the answer normaliser (`curate.judges.math.normalise`): text commands
whose content is kept as words, commands that only wrap a value, and plain one-for-one
replacements (TeX variants, Unicode signs, full-width punctuation)."""

from __future__ import annotations

import re

TEXT_CMDS = (
    "\\text",
    "\\textnormal",
    "\\textbf",
    "\\textit",
    "\\textrm",
    "\\textsf",
    "\\texttt",
    "\\mbox",
    "\\mathrm",
    "\\mathbf",
    "\\mathit",
    "\\mathsf",
    "\\mathtt",
    "\\mathcal",
    "\\emph",
    "\\operatorname",
    "\\boldsymbol",
    "\\bf",
    "\\rm",
)
UNWRAP_CMDS = (
    "\\boxed",
    "\\vec",  # a vector's mark: `\\vec{a}` names a
    "\\bm",
    "\\overrightarrow",
    "\\fbox",
    "\\displaystyle",
    "\\textstyle",
    "\\mathnormal",
    "\\ensuremath",
    "\\hbox",
    # font sizes (`\\large{x > 3}`, `\\Large 5`): no value of their own
    "\\tiny",
    "\\scriptsize",
    "\\footnotesize",
    "\\small",
    "\\normalsize",
    "\\large",
    "\\Large",
    "\\LARGE",
    "\\huge",
    "\\Huge",
)


# the trigonometric names, inverse (`arcsin`, `asin`, ISO's `arsinh`) and hyperbolic too; a named
# function's name, as `\\operatorname{ln}`, `\\mathrm{sin}` or `\\text{ ln}` may hold it
TRIG_NAME = r"(?:a(?:rc?)?)?(?:sin|cos|tan|cot|sec|csc)h?"
FUNCTION_NAME = re.compile(rf"{TRIG_NAME}|ln|lg|log|exp")


SIMPLE_REPLACE = (
    ("‼", "!!"),  # the double-factorial sign (`9‼`)
    ("\\dfrac", "\\frac"),
    ("\\tfrac", "\\frac"),
    ("\\cfrac", "\\frac"),
    ("\\dbinom", "\\binom"),
    ("\\tbinom", "\\binom"),
    ("{,}", ""),
    ("\\lbrace", "\\{"),
    ("\\rbrace", "\\}"),
    ("\\lvert", "|"),
    ("\\rvert", "|"),
    ("\\vert", "|"),
    ("\\lbrack", "["),
    ("⋃", "∪"),  # the n-ary union and intersection signs for the binary ones
    ("⋂", "∩"),
    ("{\\cup}", "\\cup"),  # a union sign in a group of its own (`\\:{\\cup}\\:`)
    ("{\\cap}", "\\cap"),
    ("\\rbrack", "]"),
    ("\\leqslant", "\\leq"),
    ("\\leqq", "\\leq "),
    ("\\geqq", "\\geq "),
    ("\\geqslant", "\\geq"),
    ("=/=", "\\neq "),  # before `!=`: a plain-text "not equal"
    ("!=", "\\neq "),
    (">=", "\\geq "),
    ("<=", "\\leq "),
    ("≤", "\\leq "),
    ("≥", "\\geq "),
    ("\\langle", "("),  # a vector's angle brackets: its components
    ("\\rangle", ")"),
    ("⟨", "("),
    ("⟩", ")"),
    ("⩽", "\\leq "),  # the slanted signs of French and Russian typesetting
    ("⩾", "\\geq "),
    ("≠", "\\neq "),
    ("∈", "\\in "),
    ("²", "^2"),
    ("³", "^3"),
    ("\\mathopen{}", ""),  # spacing hints of latexify's output
    ("\\mathclose{}", ""),
    ("\\sfrac", "\\frac"),  # xfrac's slanted fraction
    ("\\dots", "\\ldots"),
    ("\\cdots", "\\ldots"),
    ("\\pi(", "\\pi\\cdot("),  # `\\frac{4}{3}\\pi(343)`: a product, not a function named pi
    ("\\infinity", "\\infty"),  # spelled out, as no TeX package defines it
    ("\\infin", "\\infty"),
    ("…", "..."),  # the one-character ellipsis: `14…3` (a quotient and its remainder)
    ("^{\\prime\\prime}", "''"),
    ("^{\\prime}", "'"),
    ("^{'}", "'"),  # `14^{'} 24^{"}`: minutes and seconds as TeX superscripts
    ('^{"}', "''"),
    ("^\\prime", "'"),
    ("^@", "^\\circ "),  # AsciiMath's degree sign: `2^@30'`
    ("\\limits", ""),  # `\\sum\\limits_{k=1}^{n}`: where the bounds are set, nothing else
    ("\\nolimits", ""),
    ("・", "\\cdot "),  # Japanese schoolbooks' multiplication dot
    ("•", "\\cdot "),  # a bullet typed for the times dot (`3.12 • 10^1`)
    ("【", "("),  # Japanese lenticular brackets as grouping
    ("】", ")"),
    (").(", ")\\cdot("),  # a full stop as the product of two brackets: `(a+b).(a-b)`
    ("\\backslash", "\\setminus "),  # `\\mathbb{R}\\backslash\\{0\\}`: a set less another
    ("\\emptyset", "\\varnothing"),
    ("\\varnothing", "\\{\\}"),
    ("−", "-"),
    ("–", "-"),
    ("×", "\\times"),
    ("÷", "\\div"),
    ("·", "\\cdot"),
    ("•", "\\cdot "),
    ("∙", "\\cdot "),
    ("⋅", "\\cdot "),
    ("ℓ", "l"),  # the script letl: a length, the quantum number l
    ("\\ell", "l"),
    ("π", "\\pi"),
    ("∞", "\\infty"),
    ("√", "\\sqrt"),
    ("∛", "\\sqrt[3]"),
    ("∜", "\\sqrt[4]"),
    ("⌊", "\\lfloor "),
    ("⌋", "\\rfloor "),
    ("⌈", "\\lceil "),
    ("⌉", "\\rceil "),
    ("±", "\\pm "),
    ("∓", "\\mp "),
    ("，", ","),
    ("＝", "="),
    ("、", ","),
    ("；", ";"),
    (",或", " or "),  # a comma before 或 ("or") only sets it off
    (", 或", " or "),
    ("或", " or "),
    ("根号", "\\sqrt "),  # the radical sign, in Chinese words
    ("和", " and "),
    ("\\tilde", ""),
    ("\\hat", ""),
    ("\\bar", "\\overline"),
)

# a style's first argument (a colour, an HTML class, id or style of MathJax and KaTeX):
# `\textcolor{red}{3}` and `\htmlClass{op-result}{3}` show `{3}`; `\color{red} 3` shows 3
STYLE_ARG = re.compile(
    r"\\(?:textcolor|colorbox|color|htmlClass|htmlId|htmlStyle|htmlData|class|cssId|style)"
    r"\{[^{}]*\}|\\fcolorbox\{[^{}]*\}\{[^{}]*\}"
)

# `9.44 x 10-5`, `3.6 × 10–3`, `8.91 × 10−12`: a power of ten whose superscript the text lost (a
# dash, en dash or minus sign glued to the 10 and to the exponent) after a mantissa and a times
# sign; `4 × 10 - 3` (spaced) stays a difference
_DASH_EXPONENT = re.compile(
    r"(?<![\d.])(\d{1,3}(?:\.\d+)?\s*(?:[x×*·]|\\times|\\cdot)\s*)10[-–−](\d{1,3})(?![\d.^])"
)


def dash_exponent(s: str) -> str:
    """`9.44 x 10-5` -> `9.44 x 10^{-5}`; anything else unchanged."""
    return _DASH_EXPONENT.sub(r"\g<1>10^{-\2}", s) if "10" in s else s


# a stop between a number and a bracket that holds a letter or an operation, or between a letter
# and a named function: a times sign, as French and Vietnamese keys write it (`2.(x-3)`,
# `3.(2+1)`, `2sinx.cosx`); digits alone in the bracket are a repeating decimal (`0.(3)`)
_DOT_TIMES = re.compile(r"(?<=\d)\.(?=\([^()]*[A-Za-z+\-*/^][^()]*\))")
_DOT_FUNCTION = re.compile(
    r"(?<=[A-Za-z)\d])\.\s*(?=\\?(?:sin|cos|tan|cot|sec|csc|ln|log)(?![a-z]{3}))"
)  # and after a number: `2.ln(2)`


# a spaced stop before a power of ten: a times sign, as Brazilian keys write it (`2 .10⁵`,
# `3,12 . 10¹`, `1 . 10^4`); a decimal point never stands apart from its digits
_DOT_POWER = re.compile(r"(?<=\d)(?:\s+\.\s*|\.\s+)(?=10(?:\^|[⁰¹²³⁴⁵⁶⁷⁸⁹⁻]))")


# `isin(x)`, `icos 30°`: i times a sine or cosine, typed without a space (no function is so named)
_GLUED_I = re.compile(r"(?<![A-Za-z\\])i(sin|cos)(?=\s*[(\\{\dθπ]|\s+[a-zθ])")


_CONSTANT_WORD = re.compile(r"\+\s*(?:an?\s+)?(?:arbitrary\s+)?[Cc]onstant\s*$")


# TeX's decimal comma before repeating digits (`3{,}8(3)`, `0{,}{\\bar {5}}`), which no
# thousands separator precedes; and a bar braced once more than it needs (`{\\bar {5}}`)
_TEX_REPEATING = re.compile(r"(?<=\d)\{,\}(?=\d*(?:\(\d|\{?\s*\\(?:bar|overline|dot)))")
_BRACED_BAR = re.compile(r"\{\s*(\\(?:bar|overline|dot)\s*\{[^{}]*\})\s*\}")


_BULLET_DEGREE = re.compile(r"(?<=\d)\s*◦")
# a vector from one point to another: `\\vec{BA}` is the negative of `\\vec{AB}`
_DIRECTED = re.compile(r"\\(?:vec|overrightarrow)\s*\{\s*([A-Z])\s*([A-Z])\s*\}")


def _directed(m: re.Match[str]) -> str:
    """A vector between two points named in alphabetical order, negated when it was reversed:
    the name alone is the vector (`AB` for `\\vec{AB}`), and `BA` names its negative."""
    a, b = m[1], m[2]
    return f"{a}{b}" if a <= b else f"(-{b}{a})"


def unicode_marks(s: str) -> str:
    """The Unicode minus as `-`; a PDF's white bullet after a number as a degree sign (`30◦`;
    `f ◦ g` stays a composition)."""
    s = s.replace("−", "-")
    return _BULLET_DEGREE.sub("°", s) if "◦" in s else s


def lost_marks(s: str) -> str:
    """`dash_exponent`, and a stop as a times sign before a bracket: `2.(x-3)` -> `2\\cdot(x-3)`,
    or apart before a power of ten (`2 .10⁵`); the imaginary unit glued to a sine or cosine
    (`cos(x) + isin(x)` -> `cos(x) + i sin(x)`); a constant of integration in words (`+ Constant`,
    `+ an arbitrary constant`) as `+ C`; TeX's decimal comma before repeating digits."""
    if "{,}" in s:
        s = _TEX_REPEATING.sub(".", s)
    if "\\vec" in s or "\\overrightarrow" in s:
        s = _DIRECTED.sub(_directed, s)  # `\\vec{BA}` -> `(-AB)`, `\\vec{AB}` -> `AB`
    if "{\\" in s and ("bar" in s or "overline" in s or "dot" in s):
        s = _BRACED_BAR.sub(lambda m: m[1].replace(" ", ""), s)
    if "isin" in s or "icos" in s:
        s = _GLUED_I.sub(r"i\\\1", s)
    if "onstant" in s:
        s = _CONSTANT_WORD.sub("+ C", s)  # `x^2 + constant`: the constant of integration
    if "." in s and "10" in s:
        s = _DOT_POWER.sub(r" \\cdot ", s)
    if ".(" in s:
        s = _DOT_TIMES.sub(r"\\cdot ", s)
    if "." in s and _DOT_FUNCTION.search(s):
        s = _DOT_FUNCTION.sub(r"\\cdot ", s)  # `2sinx.cosx`
    return dash_exponent(s)
