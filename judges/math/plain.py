"""Plain-text math (`2*pi*r`, `x**2`, `2^(1/4)`, `sqrt(x)/2`, `exp(2)`, `7*sin(pi*x/5)`), as many data sets write
their reference answers and some models their final answers, rewritten as TeX so that one parser
reads both sides; and TeX's one-token or bracketed arguments (`\\frac 1 2`, `\\sqrt[3]2`,
`\\sqrt(4)`) given their braces, `\\asin` read as `\\arcsin`.

Only a string without any backslash is read as plain text; `pi` is rewritten only as a whole word.
Linear time: one left-to-right pass per rule, bracket matching by a counter.
"""

from __future__ import annotations

import re

from curate.judges.math.assign import paren_close
from curate.judges.math.calls import combinations, plain_calls
from curate.judges.math.intervals import builder_braces, builder_condition
from curate.judges.math.polar import polar_forms
from curate.judges.math.scaled import scaled_matrix
from curate.judges.math.spellings import TRIG_NAME
from curate.judges.math.words import script_digits

_NAMED = rf"{TRIG_NAME}|ln|log|(?:arc)?c?tg|cosec"
# other spellings: `tg`, `ctg` (Eastern Europe), `cosec` (Britain, India)
_ALIASES = {"tg": "tan", "ctg": "cot", "arctg": "arctan", "arcctg": "arccot", "cosec": "csc"}
_NATURAL = re.compile(r"\\?exp\b|(?<![A-Za-z\\])e(?![A-Za-z])")  # beside e, a log is natural
_TEX_ALIAS = re.compile(r"\\(arcc?tg|c?tg|cosec)(?![a-zA-Z])")
# Mathematica's capitalised names (`Sin(x)`, `ArcTan(x)`, `Sqrt(2)`)
_CAPITALISED = re.compile(
    r"(?<![A-Za-z\\])((?:Arc)?(?:Sin|Cos|Tan|Cot|Sec|Csc)h?|Log|Ln|Exp|Sqrt"
    r"|(?:ARC)?(?:SIN|COS|TAN|COT|SEC|CSC)H?|LOG|LN|EXP|SQRT|ABS)(?=\s?\()"  # `SQRT(3)`, `Cos (2x)`
)
# Mathematica's calls with square brackets (`Sin[x]`, `Sqrt[a ^ 2]`, `Log[E^2]`)
_MMA_CALL = re.compile(
    r"(?<![A-Za-z\\])((?:Arc)?(?:Sin|Cos|Tan|Cot|Sec|Csc)h?|Log|Exp|Sqrt|Abs)\[([^\[\]]*)\]"
)
_MMA_PI = re.compile(r"(?<![^\W\d_])Pi(?![^\W\d_])")  # Mathematica's spelling of pi
_MMA_LONE_E = re.compile(r"(?<![A-Za-z\\])E(?![A-Za-z])")
_MMA_E = re.compile(r"(?<![A-Za-z\\])E(?=\s*\^)")  # `E^(3+I Pi)`, `Log[E^2]`: Euler's number


# Mathematica's scientific notation: `1.602*^-19` is 1.602 times ten to the -19
_MMA_EXPONENT = re.compile(r"(\d)\*\^([-+]?\d+)(?![\d.])")


def _mathematica(s: str) -> str:
    """Square-bracket calls as round ones, innermost first (at most 16 levels); `E` before a
    power, in an answer written in that notation, is Euler's number."""
    for _ in range(16):
        t = _MMA_CALL.sub(r"\1(\2)", s)
        if t == s:
            break
        s = t
    if _MMA_PI.search(s):  # `(E + Pi)^2 - 2*E*Pi`: every lone E is Euler's number there
        return _MMA_LONE_E.sub("e", s)
    return _MMA_E.sub("e", s)


_PLAIN_INDEX = re.compile(r"(?<=[A-Za-z])_([A-Za-z0-9]{2,})")
_PLAIN_HINT = re.compile(
    r"\*|\^\(|(?<![A-Za-z_\\])(?:sqrt|racine|exp|Abs|abs|factorial)\(|(?<![^\W\d_])(?:pi|PI|Pi)(?![^\W\d_])|\b(?:"
    + _NAMED
    + r")\("
    r"|(?<![A-Za-z])(?:d?frac|sqrt)\{"
)
_BARE_FRAC = re.compile(
    r"(?<![A-Za-z])(d?frac|sqrt)\{"
)  # `frac{1}{5}`, `2sqrt{13}`: a lost backslash
# `6 x 7`, `12 times 8`, `50 divided by 2`: an operation spelled between two numbers
_SPELLED_OP = re.compile(r"(?<=[\d!)])\s+(x|times|divided\s+by|over|plus|minus)\s+(?=\d)", re.I)
_SQRT_DIGITS = re.compile(r"(?<![A-Za-z\\])(sqrt|cbrt)\s*(\d+(?:\.\d+)?)(?![\d.])")
_SPELLED = {"x": "*", "times": "*", "plus": "+", "minus": "-"}
_PI = re.compile(r"(?<![^\W\d_])(?:pi|PI|Pi)(?![^\W\d_])")  # no letter of any script around
_FUNC = re.compile(r"(?<![A-Za-z_\\])(sqrt|racine|exp|Abs|abs|factorial)\(")  # `2sqrt(5)` too
_WRAP = {
    "sqrt": ("\\sqrt{", "}"),
    "racine": ("\\sqrt{", "}"),  # French
    "exp": ("e^{", "}"),
    "Abs": ("|", "|"),
    "abs": ("|", "|"),
    "factorial": ("(", ")!"),
}
_SIGNED_NUMBER = re.compile(r"\s*-?\s*\d+(?:\.\d+)?\s*")  # `abs(-4)`: a number's absolute value
# sympy's E raised to a power (`b*E**2`), in a plain-text formula; a bare `E` (energy, a field)
# stays a variable
_EULER = re.compile(r"(?<![A-Za-z\\])E(?=\s*\*\*)")
# `sin(x)`, `ln(a)`, `asin(x)`: a named function as TeX (`\sin(x)`, `\ln(a)`, `\arcsin(x)`);
# `sec^2(x)`, `sec**2(x)`: its power written before the argument (`\sec^{2}(x)`)
_POWER = r"(?:(?:\^|\*\*)(\{-?\d+\}|-?\d+|\(-?\d+\)|[a-z](?![a-z])))?"
_NAMED_CALL = re.compile(r"(?<![A-Za-z\\])(" + _NAMED + r")" + _POWER + r"\(")
# TeX's inverse functions spelled the sympy way (`\asin`): `\arcsin`
_A_INVERSE = re.compile(r"\\a(sin|cos|tan|cot|sec|csc)(?![a-zA-Z])")
_ARG = r"(\{[^{}]*\}|\d|[A-Za-z]|\\[a-zA-Z]+)"
_FRAC_BARE = re.compile(r"\\([dt]?frac|[dt]?binom)(?![a-zA-Z])\s*" + _ARG + r"\s*" + _ARG)
_SQRT_BARE = re.compile(r"\\sqrt\s*(\[[^\[\]]*\])?\s*(\d|[A-Za-z](?![A-Za-z])|\\[a-zA-Z]+)")
# `\\sin\\theta/\\cos\\theta`, `\\ln x/2`, `\\cos t \\cdot \\ln 2`: a function of one symbol before a
# slash or a product sign applies to that symbol only (latex2sympy would read `\\sin(\\theta/\\cos
# \\theta)`, `\\cos(t \\ln 2)`)
_FN_BEFORE_SLASH = re.compile(
    r"(\\(?:" + _NAMED + r")(?:\^\{?-?\d+\}?)?)\s*"
    r"(\\[a-zA-Z]+|\d+(?:\.\d+)?(?:[A-Za-z](?![A-Za-z])|\\[a-zA-Z]+)?|[A-Za-z])\s*(?=/|\\cdot|\\times)"
)
# the reciprocal hyperbolic functions, which latex2sympy reads as `\\csc h`: as `1/\\sinh`
_RECIPROCAL_H = re.compile(
    r"\\(ar(?:c)?)?(csch|sech|coth)(?![a-zA-Z])(\^\{?-?\w+\}?)?\s*"
    r"(\([^()]*\)|\{[^{}]*\}|\\[a-zA-Z]+|[A-Za-z0-9])"
)
_HYPERBOLIC = {"csch": "sinh", "sech": "cosh", "coth": "tanh"}
_SQRT_PAREN = re.compile(r"\\sqrt\s*(\[[^\[\]]*\])?\s*\(")


def _groups(s: str) -> str:
    """`sqrt(a)` -> `\\sqrt{a}`, `exp(a)` -> `e^{a}`, `Abs(a)` -> `|a|`, `factorial(n)` ->
    `(n)!`, `^(a)` -> `^{a}`, innermost first."""
    for _ in range(64):
        m = _FUNC.search(s)
        hat = s.find("^(")
        if m is None and hat < 0:
            return s
        if m is not None and (hat < 0 or m.start() < hat):
            open_at = m.end() - 1
            end = paren_close(s, open_at)
            if end < 0:
                return s
            head, tail = _WRAP[m.group(1)]
            inner = s[open_at + 1 : end]
            if head == "|" and _SIGNED_NUMBER.fullmatch(inner):
                head, tail, inner = "", "", inner.strip().lstrip("-")  # `abs(-4)`: no bars to pair
            s = s[: m.start()] + head + inner + tail + s[end + 1 :]
        else:
            end = paren_close(s, hat + 1)
            if end < 0:
                return s
            s = s[:hat] + "^{" + s[hat + 2 : end] + "}" + s[end + 1 :]
    return s


_ANGLE_VECTOR = re.compile(r"<[^<>=]+,[^<>=]+>")
_ROW = re.compile(r"\[([^\[\]]*)\]")
_ELEMENTWISE = re.compile(r"(?<=[\w)\]])\.([*^/])")


def _nested_rows(s: str) -> list[list[str]] | None:
    """The rows of a matrix written as nested lists (`[[1,2],[3,4]]`, NumPy's and JSON's way):
    rows of one length, nothing else inside; None for anything else."""
    inner = s.replace(" ", "")
    if not (inner.startswith("[[") and inner.endswith("]]")):
        return None
    rows = [m.group(1).split(",") for m in _ROW.finditer(inner[1:-1])]
    if _ROW.sub("", inner[1:-1]).strip(",") or len({len(r) for r in rows}) != 1:
        return None
    return rows if all(all(c for c in r) for r in rows) else None


# a fraction typed with a backslash for its bar (`2\\5`: no TeX command starts with a digit)
_BACKSLASH_FRACTION = re.compile(r"\s*-?\d+\s*\\\d+\s*")
# a letter x between two numbers (or brackets, or a factorial) of a text with no other letter
_X_TIMES = re.compile(
    r"(?<=[\d)!.²³}])\s*[xX]\s*(?=[\d(.√])"
)  # and `2² x 5`, `2^{2} x 7`, `3 x √2`
_OTHER_LETTER = re.compile(r"[A-WYZa-wyz]|^\s*0[xX]")  # a hexadecimal `0x10` is no product


def _times_x(s: str) -> str | None:
    """The text with each x read as a times sign, when every x stands between two numbers and
    no other letter appears (`4x3x2`, `(40.1) x (1.67 x 10^-24)`), else None."""
    if _OTHER_LETTER.search(s):
        return None
    out, n = _X_TIMES.subn("*", s)
    return out if n and n == s.count("x") + s.count("X") else None


_GLUED_ROOT = re.compile(r"(?<![A-Za-z\\])(ln|log|sin|cos|tan|sec|csc|cot)(?=sqrt(?![a-z]))")


def plain_to_tex(s: str) -> str:
    """`2*pi*r` -> `2 \\cdot \\pi \\cdot r`; `x**2` -> `x^2`; `2^(1/4)` -> `2^{1/4}`;
    `sqrt(x)` -> `\\sqrt{x}`; `exp(2)` -> `e^{2}`. A string with a backslash is TeX: unchanged
    (but for `align`'s alignment marks, `x &< 4`, and a fraction typed with a backslash, `2\\5`)."""
    if "\\over" in s or "\\choose" in s:
        for _ in range(4):  # `{2^n-1 \\over 2-1}`, `{ {13} \\choose {3} }`: plain TeX's infix forms
            s = _INFIX.sub(_infix, s)
    if "&" in s and "\\begin" not in s:
        s = _ALIGN_MARK.sub("", s)
    if "\\*" in s:
        s = s.replace("\\*", "*")  # Markdown's escaped star (TeX's discretionary times)
    if "\\" in s:
        return s.replace("\\", "/") if _BACKSLASH_FRACTION.fullmatch(s) else s  # `2\\5`
    if "sqrt" in s:
        s = _GLUED_ROOT.sub(r"\1 ", s)  # `lnsqrt(x^2+1)`: of a root
    if "[[" in s:
        s = scaled_matrix(s)  # `1/13[[2,-5],[3,-1]]`: a number times a matrix
    if ("x" in s or "X" in s) and (times := _times_x(s)) is not None:
        s = times  # `4x3x2`, `(3+1) x (2+1)`, `6x4!`: a product of numbers
    if s[:1] == "<" and _ANGLE_VECTOR.fullmatch(s):
        s = f"({s[1:-1]})"  # `<1, 2>`: a vector's components
    if s.startswith("[[") and (rows := _nested_rows(s)) is not None:
        return "\\begin{pmatrix}" + " \\\\ ".join(" & ".join(r) for r in rows) + "\\end{pmatrix}"
    if "*^" in s:
        s = _MMA_EXPONENT.sub(r"\1*10^(\2)", s)  # Mathematica's `1.602*^-19`
    if ".*" in s or ".^" in s or "./" in s:
        s = _ELEMENTWISE.sub(r"\1", s)  # MATLAB's elementwise `x.^2`, `x.*y`, `1./x`
    if ("[" in s and _MMA_CALL.search(s)) or ("E" in s and _MMA_PI.search(s)):
        s = _mathematica(s)  # `Sin[x]^2`, `Sqrt[2]`, `E^(I Pi/2)`
    if "^ " in s:
        s = re.sub(r"\^\s+(?=\()", "^", s)  # `p ^ ( 2)`
    if "(" in s and _CAPITALISED.search(s):
        s = _CAPITALISED.sub(lambda m: "ln" if m[1] == "Log" else m[1].lower(), s)  # Mathematica's
    if "sqrt" in s or "cbrt" in s:
        s = _SQRT_DIGITS.sub(r"\1(\2)", s)  # `sqrt2`, `sqrt 4`: the root of the number after
    if " " in s and _SPELLED_OP.search(s):
        s = _SPELLED_OP.sub(lambda m: _SPELLED.get(m.group(1).lower(), "/"), s)
    if _PLAIN_HINT.search(s) is None:
        return s
    if "==" in s:
        s = s.replace("==", "=")  # Python's equality, in an equation
    if "_" in s:
        s = _PLAIN_INDEX.sub(r"_{\1}", s)  # `v_zmf`: one name, not v_z times m times f
    if "**" in s and "E" in s:
        s = _EULER.sub("e", s)  # `a + b*E**2`: sympy's Euler number
    s = s.replace("**", "^")
    s = _BARE_FRAC.sub(r"\\\1{", s)
    s = _groups(s)
    s = _PI.sub(r"\\pi ", s)
    s = s.replace("*", " \\cdot ")
    return re.sub(r"\s+", " ", s).strip()


# `ln 2`, `sin x`: a named function before its argument, without a backslash
_NAMED_SPACE = re.compile(
    r"(?<![A-Za-z\\])("
    + _NAMED
    + r")"
    + _POWER
    + r"(?:[ \t]+(?=[\d(\\|]|[a-z](?![a-z]))|(?=\d|\\[a-zA-Z]|\|))"  # `log|x|`: of the bars
)
_ARC_SPACE = re.compile(r"(?<![A-Za-z\\])arc\s+(?=(?:sin|cos|tan|cot|sec|csc)(?![a-z]))")
# `sinx`, `sin^2x`, `lnt`: a named function glued to a one-letter argument (not `h`: `cosh` is
# the hyperbolic cosine), in an answer whose every run of letters is such a call or a short
# name (`x + sinx`, never `minimum cost`) and that has some mark of math
_NAMED_GLUED = re.compile(
    r"(?<![A-Za-z\\])(" + _NAMED + r")" + _POWER + r"(?=[a-gi-z](?![A-Za-z]))"
)
# `sin²x`, `\\cos³t`: a superscript power of a named function, before its argument
_NAMED_SUPER = re.compile(r"((?<![A-Za-z\\])(?:" + _NAMED + r")|\\(?:" + _NAMED + r"))([²³])")
# `sinacosa`, `secxtanx`: two or more named functions, each glued to a one-letter argument
_GLUED_UNIT = re.compile(r"(" + _NAMED + r")(\^\d|\^\{\d\})?([a-gi-z])")
_GLUED_CHAIN = re.compile(
    r"(?<![A-Za-z\\])(?:(?:" + _NAMED + r")(?:\^\d|\^\{\d\})?[a-gi-z]){2,}(?![A-Za-z])"
)
_LETTER_RUN = re.compile(r"(?<![\\A-Za-z])[A-Za-z]{3,}")  # a whole run, never `\cdot` or its tail
_GLUED_RUN = re.compile(r"(?:" + _NAMED + r")[a-gi-z]?")
_MATH_HINT = re.compile(r"[\d^+*/=()-]")
_LONE_CALL = re.compile(r"(?:" + _NAMED + r")[u-z]")
# Python's spellings: `3+4j` (the imaginary unit after a number), `Fraction(30, 1)`
_UNIT_I = re.compile(r"(?<![A-Za-z\\])i(?![A-Za-z])")  # `2i + 3j`: unit vectors, not `3+4j`
_NO_OTHER_LETTER = re.compile(r"(?<!\\)\b[A-Za-hk-z]|(?<![\\A-Za-z])[A-Za-z]{2,}")
# engineering's imaginary unit before its coefficient (`4 - j2.4`, `j40`) or alone (`1/j`)
_EE_IMAG = re.compile(r"(?<![A-Za-z\\])j\s*(\d+(?:\.\d+)?)?(?![A-Za-z\d])")
_PY_IMAG = re.compile(r"(?<=\d)j(?![A-Za-z])")
_PY_FRACTION = re.compile(r"\bFraction\(\s*(-?\d+)\s*,\s*(\d+)\s*\)")
# sympy's and JavaScript's infinity, TeX's without its backslash; French, Spanish/Italian/Portuguese
# and German words for it
_MANY = re.compile(r"(?i)\b(?:an\s+)?infinite(?:ly\s+many|\s+number\s+of)\b")
_SIGNED_OO = re.compile(
    r"(?i)\b(positive|negative|plus|minus)\s+(?=infinity\b)"
)  # `positive infinity`
_OO = re.compile(
    r"(?<![A-Za-z\\])(?:oo|[Ii]nfinity|infty|[Ii]nfini(?:to|te)?|[Uu]nendlich|INF|[Ii]nf)(?![A-Za-z])"
)


# `^+3`, `^{+3}`: an exponent's plus sign; `2^3^2`: a tower of two powers, read from the top
_POWER_PLUS = re.compile(r"(?<=\^)\s*\+|(?<=\^\{)\s*\+")
_EXPONENT = r"(-?(?:\d+(?:\.\d+)?|[A-Za-z])|\{[^{}]*\})"  # one token, as TeX reads it
_POWER_CHAIN = re.compile(rf"\^{_EXPONENT}\^{_EXPONENT}(?!\s*\^)")
# `log_2 8`, `log_{10} x`: a logarithm to a base, before its argument, without a backslash
_LOG_SUBSCRIPT = re.compile("log([₀₁₂₃₄₅₆₇₈₉]+)")  # `log₂ 8`
_LOG_BASE = re.compile(  # `log_2(8)`, `log_{10} x`, `log_(3/2)(2)`: a base of digits
    r"(?<![A-Za-z\\])log_(\{\d+\}|\d+|\(\d+(?:/\d+)?\))[ \t]*(?=[\d(]|[a-z](?![a-z]))"
)


def tidy_powers(s: str) -> str:
    """`2^+3` -> `2^3`; `2^3^2` -> `2^{3^{2}}` (a power of a power is read from the top, as
    mathematics and programs read it; TeX would refuse the double superscript)."""
    if "+" in s:
        s = _POWER_PLUS.sub("", s)
    return _POWER_CHAIN.sub(_tower, s) if s.count("^") >= 2 else s


def _tower(m: re.Match[str]) -> str:
    """`^a^b` -> `^{a^{b}}`; `^-a^b` -> `^{-{a^{b}}}` (the sign applies to the power above)."""
    low, high = m[1], m[2]
    if re.fullmatch(r"\{-(?:\d+(?:\.\d+)?|[A-Za-z])\}", low):  # `^{-1}^2`: braced `^-1^2`
        low = low[1:-1]
    sign = "-" if low.startswith("-") else ""
    return f"^{{{sign}{{{low.removeprefix('-')}^{{{high}}}}}}}"


def named_functions(s: str) -> str:
    """Named functions and constants written without TeX, in any answer: `ln(2)` -> `\\ln(2)`,
    `ln 2` -> `\\ln 2`, `asin(x)` -> `\\arcsin(x)`, `oo` -> `\\infty`; Python's `3+4j` and
    `Fraction(30, 1)`."""
    if "arc " in s:
        s = _ARC_SPACE.sub("arc", s)  # `arc tan 1`
    if s.startswith("{"):
        s = builder_braces(s)  # `{x|x>1}`, `{x : x > 1}`, `{x∈R/ x<1}`
    if "[" in s:
        s = _CALL_BRACKET.sub(r"\1(\2)", s)  # `ln [ sec(x) ]`: the argument in brackets
    if "(" in s:
        s = plain_calls(s)  # `log(x, 10)`, `binom(8, 3)`, `floor(x)`
        s = _NAMED_CALL.sub(_named, s)
        if "Fraction" in s:
            s = _PY_FRACTION.sub(r"\\frac{\1}{\2}", s)
    if "log" in s and _LOG_SUBSCRIPT.search(s):
        s = _LOG_SUBSCRIPT.sub(lambda m: "log_" + script_digits(m[1]), s)
    if "log_" in s:
        s = _LOG_BASE.sub(lambda m: f"\\log_{{{m.group(1).strip('{}()')}}} ", s)
    if "²" in s or "³" in s:
        s = _NAMED_SUPER.sub(lambda m: f"{m[1]}^{'2' if m[2] == '²' else '3'}", s)  # `sin²x`
    chained = len(s) > 5 and _GLUED_CHAIN.search(s) is not None  # `2sinacosa`, `secxtanx`
    if chained:
        s = _GLUED_CHAIN.sub(lambda m: _GLUED_UNIT.sub(r"\1\2\3 ", m[0]).rstrip(), s)
    if " " in s or "\t" in s or "\\" in s or "|" in s or re.search(r"[a-z]\d", s):
        s = _NAMED_SPACE.sub(lambda m: _named(m)[:-1] + " ", s)
    hint = _MATH_HINT.search(s) or _LONE_CALL.fullmatch(s) or chained  # `sinx` (never `cost`)
    if hint and all(_GLUED_RUN.fullmatch(w) for w in _LETTER_RUN.findall(s)):
        s = _NAMED_GLUED.sub(lambda m: _named(m)[:-1] + " ", s)  # `sinx`, `sin^2x`: of x
    if "j" in s and _NO_OTHER_LETTER.search(s.rpartition("=")[2]) is None and not _UNIT_I.search(s):
        s = _EE_IMAG.sub(lambda m: f"{m[1]}i" if m[1] else "i", _PY_IMAG.sub("i", s))  # `4 - j2.4`
    if "oo" in s or "nf" in s or "NF" in s or "nendlich" in s:  # and WeBWorK's `INF`, `MINF`
        s = _MANY.sub("infinite", "-INF" if s.strip() == "MINF" else s)  # `infinitely many`
        s = _OO.sub(r"\\infty ", _SIGNED_OO.sub(lambda m: "-" if m[1][0] in "nNmM" else "+", s))
    if "C" in s or "P" in s or "choose" in s or "über" in s or "actorial" in s:
        s = combinations(s)  # `{}^{10}C_3`, `{10 \\choose 3}`
    if "[" in s:
        s = bracket_groups(s)  # `-1/2 [-1 + \\ln 4]`: a group, as the round brackets would be
    if "^\\" in s:
        s = _call_exponents(s)  # `e^ln(x^2)`: a call as the exponent
    if "cis" in s or "∠" in s or "\\angle" in s:
        s = polar_forms(s)  # `2cis(π/3)`, `5∠53.13°`
    return s


_EXP_CALL = re.compile(r"\^(\\(?:" + _NAMED + r")(?:\^\{?-?\d+\}?)?)\(")


def _call_exponents(s: str) -> str:
    """`e^\\ln(x^2)` -> `e^{\\ln(x^2)}`: a named function's call, whole, as the exponent."""
    pos = 0
    for _ in range(8):
        m = _EXP_CALL.search(s, pos)
        end = paren_close(s, m.end() - 1) if m else -1
        if m is None or end < 0:
            return s
        s = f"{s[: m.start()]}^{{{s[m.start() + 1 : end + 1]}}}{s[end + 1 :]}"
        pos = end + 3
    return s


def _named(m: re.Match[str]) -> str:
    name, power = m.group(1), m.group(2)
    name = _ALIASES.get(name, name)
    if name == "log":  # a program's log is natural (`log(x**2)`, `log(exp(x))`); else as `\\log`
        name = "ln" if _NATURAL.search(m.string) else "log"
    if name.startswith("a") and not name.startswith("arc"):
        name = "arc" + name[2 if name.startswith("ar") else 1 :]
    return f"\\{name}^{{{power.strip('{}()')}}}(" if power else f"\\{name}("


def _strip_braces(arg: str) -> str:
    return arg[1:-1] if arg.startswith("{") else arg


# `^\\frac{1}{2}`, `^\\sqrt{2}`: a command with braced arguments as the whole exponent
_POWER_CMD = re.compile(r"\^(\\(?:[dt]?frac\{[^{}]*\}\{[^{}]*\}|sqrt\{[^{}]*\}))")


# `x &< 4`, `y &= 2`, `\\&=`: an alignment mark beside a relation (a cell mark `1 & 2` stays)
_ALIGN_MARK = re.compile(
    r"\\?&\s*(?=[=<>]|\\(?:[lg]eq?|neq?|approx)(?![A-Za-z]))|(?<=[=<>])\s*\\?&"
)
_ABS = re.compile(r"\\abs\{([^{}]*)\}")
# `3/4 ÷ 1/2`, `(y+x)/(xy) ÷ (y-x)/(xy)`: a slash fraction after a division sign is one divisor,
# as schoolbooks write it (left to right it would be divided by 1, then by 2)
_ATOM = r"(?:\d+(?:\.\d+)?|[A-Za-z]+|\([^()]*\))"
_FN_BARS = re.compile(r"\\(ln|log|exp|(?:arc)?(?:sin|cos|tan|cot|sec|csc))\s*\|([^|]{1,80})\|")
_DIV_FRACTION = re.compile(rf"\\div\s*({_ATOM}\s*/\s*{_ATOM})(?![\w(^])")


# plain TeX's infix fraction and binomial inside one group, which may hold groups of its own
_INFIX = re.compile(
    r"\{((?:[^{}]|\{[^{}]*\})*?)\\(over|choose)(?![a-zA-Z])((?:[^{}]|\{[^{}]*\})*)\}"
)
_INFIX_CMD = {"over": "frac", "choose": "binom"}
_SCRIPT_END = re.compile(r"[\^_]\{[^{}]*\}$")


def _infix(m: re.Match[str]) -> str:
    """`{a \\over b}` -> `\\frac{a}{b}`; a binomial after a number or a group is a product
    (`{13 \\choose 3}{39 \\choose 4}`: latex2sympy would add them)."""
    if any(part.count("(") != part.count(")") for part in (m[1], m[3])):
        return m[0]  # `{i(7\\pi \\over 4)}`: the infix is inside a bracket, not the group
    before = m.string[: m.start()].rstrip()
    group = before[-1:] == "}" and not _SCRIPT_END.search(before)  # not `\\sum_{i=n}^{r}`
    times = " \\cdot " if m[2] == "choose" and (before[-1:].isdigit() or group) else ""
    return f"{times}\\{_INFIX_CMD[m[2]]}{{{_group(m[1])}}}{{{_group(m[3])}}}"


def _group(arg: str) -> str:
    """An argument of `_INFIX` without the spaces around it and the one group it may be."""
    arg = arg.strip()
    return arg[1:-1] if re.fullmatch(r"\{[^{}]*\}", arg) else arg


_SUM_TOP = re.compile(r"(\\sum\s*_\{\s*([a-z])\s*=[^{}]*\}\s*\^)\{\s*\2\s*=\s*([^{}]*)\}")


def brace_tex_args(s: str) -> str:
    """TeX's one-token arguments braced: `\\frac 1 2`, `\\frac a b`, `\\frac{a} b`, `\\binom{12}3`,
    `\\sqrt2`, `\\sqrt[3]2`."""
    if "^{" in s and "\\sum" in s:
        s = _SUM_TOP.sub(r"\1{\3}", s)  # `\\sum_{i=1}^{i=n-1}`: the bound repeats the index
    if "\\abs{" in s:
        s = _ABS.sub(r"|\1|", s)  # `\\abs{x}`: the physics package's absolute value
    if "\\div" in s and "/" in s:
        s = _DIV_FRACTION.sub(r"\\div (\1)", s)
    if "|" in s:
        s = _FN_BARS.sub(r"\\\1(|\2|)", s)  # `\\ln|x|/4`: the log of |x|, then divided
    if "frac" in s or "binom" in s:
        s = _FRAC_BARE.sub(
            lambda m: (
                f"\\{m.group(1)}{{{_strip_braces(m.group(2))}}}{{{_strip_braces(m.group(3))}}}"
            ),
            s,
        )
    if "^\\" in s and ("frac{" in s or "sqrt{" in s):  # `7^\\frac{1}{2}`: the exponent braced
        s = _POWER_CMD.sub(lambda m: f"^{{{m.group(1)}}}", s)
    if "\\sqrt" in s:
        s = _sqrt_parens(s)
        s = _SQRT_BARE.sub(r"\\sqrt\1{\2}", s)
    if "\\a" in s:
        s = _A_INVERSE.sub(r"\\arc\1", s)
    if "tg" in s or "cosec" in s:
        s = _TEX_ALIAS.sub(lambda m: "\\" + _ALIASES[m.group(1)], s)
    if "\\" in s and ("/" in s or "\\cdot" in s or "\\times" in s):
        s = _FN_BEFORE_SLASH.sub(r"\1(\2)", s)
    if s.startswith("\\{"):
        s = builder_condition(s)  # `\\{y\\ |\\ y\\geq 0\\}`: `y\\geq 0`
    if "h" in s and _RECIPROCAL_H.search(s):
        s = _RECIPROCAL_H.sub(_reciprocal_h, s)
    return s


def _reciprocal_h(m: re.Match[str]) -> str:
    """`\\coth^2 x` -> `\\frac{1}{\\tanh^2 x}`; the inverse (`\\arccoth x`, `\\coth^{-1} x`) ->
    `\\tanh^{-1}(\\frac{1}{x})`."""
    inverse, name, power, arg = m.group(1), m.group(2), m.group(3) or "", m.group(4)
    base = _HYPERBOLIC[name]
    if inverse or power.strip("^{}") == "-1":
        inner = arg[1:-1] if arg[:1] in "({" else arg
        value = f"\\{base}^{{-1}}\\left(\\frac{{1}}{{{inner}}}\\right)"
        return f"\\left({value}\\right){power}" if inverse and power else value
    return f"\\frac{{1}}{{\\{base}{power}{arg}}}"


def _sqrt_parens(s: str) -> str:
    """`\\sqrt(4)` -> `\\sqrt{4}`, `\\sqrt[4](16)` -> `\\sqrt[4]{16}`: the root of a bracketed
    argument (innermost last: each pass rewrites the first)."""
    for _ in range(16):
        m = _SQRT_PAREN.search(s)
        if m is None:
            return s
        end = paren_close(s, m.end() - 1)
        if end < 0:
            return s
        s = f"{s[: m.start()]}\\sqrt{m.group(1) or ''}{{{s[m.end() : end]}}}{s[end + 1 :]}"
    return s


# square brackets as grouping after a factor: `-1/2 [-1 + \\ln 4]` is -1/2 times the bracket (the
# parser read it as one over 2 times the bracket); a bracket with a comma is an interval or a list,
# and a root's index stays
_BRACKET_GROUP = re.compile(r"(?<=[\w)}])(?<!sqrt)(\s*)\[([^\[\],;]*[-+][^\[\],;]*)\]")
_CALL_BRACKET = re.compile(rf"(?<![A-Za-z])(\\?(?:{_NAMED}|exp))\s*\[([^\[\],;]*)\]")


def bracket_groups(s: str) -> str:
    """`1/2 [x+1]` -> `1/2 (x+1)`: an expression in square brackets after a factor is a group
    (a named function's argument in brackets, `ln [ sec(x) ]`, is read before the calls)."""
    return _BRACKET_GROUP.sub(r"\1(\2)", s)
