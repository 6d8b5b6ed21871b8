"""Plain-text function calls that TeX writes otherwise, as computer-algebra systems and
programming languages print them: `log(x, 10)`, `log_10(x)` and `log10(x)` (the log to a base),
`binom(8, 3)` and `nCr(8, 3)`, `nPr(8, 3)`, `pow(x, 3)`, `nthroot(x, 3)` and `cbrt(x)`, `floor(x)`, `ceil(x)`,
`gcd(12, 18)` and `lcm(4, 6)` (also `GCD`, `LCM`, `HCF`), and SymPy's `summation(f, (k, 1, n))`, `integrate(f, (x, 0, 2))` and `factorial2(n)`.

Each call is found by name (not after a letter or backslash), its closing parenthesis by a
counter, its arguments split at top-level commas; a call whose arguments do not fit is left as it
is. Bounded: at most 16 rewrites per answer.
"""

from __future__ import annotations

import re

from curate.judges.math.assign import paren_close, split_top

_CALL = re.compile(
    r"(?<![A-Za-z\\])(log|binom|nCr|nPr|nthroot|nthRoot|cbrt|floor|ceil|ceiling|factorial2|pow"
    r"|gcd|lcm|GCD|LCM|HCF|hcf|summation|sum|Sum|integrate|Integral|int) ?\("
)
_LOG_SUB = re.compile(r"(?<![A-Za-z\\])log_(\{[^{}]*\}|\d+|[A-Za-z])(?=\()")
_LOG_NAMED = re.compile(r"(?<![A-Za-z\\])log(10|2)(?=\()")  # `log10(100)`, `log2(8)`: C, Python, JS


def _tex(name: str, args: list[str]) -> str | None:
    """The TeX of one call, or None when its arguments do not fit the name."""
    one = len(args) == 1 and args[0] != ""
    two = len(args) == 2 and all(args)
    if name == "log" and two:
        return f"\\log_{{{args[1]}}}({args[0]})"
    if name in ("binom", "nCr") and two:
        return f"\\binom{{{args[0]}}}{{{args[1]}}}"
    if name == "nPr" and two:
        return f"\\frac{{({args[0]})!}}{{({args[0]}-({args[1]}))!}}"
    if name in ("nthroot", "nthRoot") and (one or two):
        return f"\\sqrt[{args[1]}]{{{args[0]}}}" if two else f"\\sqrt{{{args[0]}}}"
    if name == "cbrt" and one:
        return f"\\sqrt[3]{{{args[0]}}}"
    if name == "floor" and one:
        return f"\\lfloor {args[0]} \\rfloor"
    if name in ("ceil", "ceiling") and one:
        return f"\\lceil {args[0]} \\rceil"
    if name == "pow" and two:
        return f"({args[0]})^{{{args[1]}}}"
    if name.lower() in ("gcd", "lcm", "hcf") and len(args) >= 2 and all(args):
        named = "gcd" if name.lower() == "hcf" else name.lower()  # the highest common factor
        return f"\\operatorname{{{named}}}({', '.join(args)})"
    if name == "factorial2" and one:
        return f"({args[0]})!!"
    if two and name in ("summation", "sum", "Sum", "integrate", "Integral", "int"):
        return _bounded(name, args[0], args[1])
    return None


def _bounded(name: str, body: str, limits: str) -> str | None:
    """SymPy's `summation(f, (k, 1, n))` and `integrate(f, (x, 0, 2))` as TeX."""
    inner = limits.strip()
    if not (inner.startswith("(") and inner.endswith(")")):
        return None
    parts = split_top(inner[1:-1], ",")
    if len(parts) != 3 or not re.fullmatch(r"[A-Za-z]", parts[0].strip()):
        return None
    var, lo, hi = (t.strip() for t in parts)
    if name in ("summation", "sum", "Sum"):
        return f"\\sum_{{{var}={lo}}}^{{{hi}}} ({body})"
    return f"\\int_{{{lo}}}^{{{hi}}} ({body}) \\, d{var}"


def plain_calls(s: str) -> str:
    """Every call of the module docstring in `s` as TeX, innermost last."""
    if "log_" in s:
        s = _LOG_SUB.sub(lambda m: "\\log_{" + m.group(1).strip("{}") + "}", s)
    if "log1" in s or "log2" in s:
        s = _LOG_NAMED.sub(r"\\log_{\1}", s)
    pos = 0
    for _ in range(16):
        m = _CALL.search(s, pos)
        end = paren_close(s, m.end() - 1) if m else -1
        if m is None or end < 0:
            return s
        tex = _tex(m.group(1), split_top(s[m.end() : end], ","))
        if tex is None:
            pos = m.end()
            continue
        s = s[: m.start()] + tex + s[end + 1 :]
    return s


# the number of combinations as schoolbooks and TeX's primitive write it: `{}^{10}C_3`, `^nC_r`,
# `_{10}C_{3}` (a calculator's), `{10 \\choose 3}`
_PREFIX_C = re.compile(r"(?:\{\})?[\^_](\{\w{1,6}\}|\w)\s*([CP])_(\{\w{1,6}\}|\w)")
# a calculator's `8C3`, `8 C 3`, `5P3`, `10 nCr 7`, and the schoolbook's `nPr`, `nCk`, `nP1`: numbers
# or the usual letters n, r, k, m on both sides (`kPa`, `mCi` are units)
_CALCULATOR = re.compile(
    r"(?:(?<![\w.\\])|(?<=\\cdot)|(?<=\\times))"  # `\\cdot4C2`: after a times sign
    r"(\d{1,4}|[nrkm]) ?(?:n(?=[CP]r))?([CP])r? ?(\d{1,4}|[nrkm])(?![\w.])"
)
# `(10 choose 3)`, and German's `6 über 5`, `(49 über 6)` (with or without its brackets)
_CHOOSE = re.compile(
    r"\{([^{}]{1,40}?)\\choose([^{}]{1,40}?)\}|\(\s*(\d{1,4})\s+choose\s+(\d{1,4})\s*\)"
    r"|(?<![\w.])(\d{1,4})\s+über\s+(\d{1,4})(?![\w.])"
    r"|(?<![\w.(+*/^-])\s*(\d{1,4})\s+choose\s+(\d{1,4})(?![\w.])"  # `6 choose 3` alone
)
# `7 factorial`: the factorial of a whole number in words
_FACTORIAL_WORD = re.compile(r"(?<![\w.])(\d{1,4})\s+factorial\b", re.I)


def combinations(s: str) -> str:
    """`{}^{10}C_3`, `_{10}C_{3}`, `{10 \\choose 3}`, `(10 choose 3)`, `6 über 5`, `10C3` ->
    `\\binom{10}{3}`; `7 factorial` -> `(7)!`;
    `{}^{5}P_{3}` and `5P3` -> `\\frac{5!}{(5-3)!}`."""
    if "choose" in s or "über" in s:
        s = _CHOOSE.sub(
            lambda m: _counted(
                "C", (m[1] or m[3] or m[5] or m[7]).strip(), (m[2] or m[4] or m[6] or m[8]).strip()
            ),
            s,
        )
    if "actorial" in s:
        s = _FACTORIAL_WORD.sub(r"(\1)!", s)
    if "C_" in s or "P_" in s:
        s = _PREFIX_C.sub(lambda m: _counted(m[2], m[1].strip("{}"), m[3].strip("{}")), s)
    if "C" in s or "P" in s:
        s = _CALCULATOR.sub(lambda m: _counted(m[2], m[1], m[3]), s)
    return s


def is_count(text: str) -> bool:
    """Whether the whole text is a calculator's count (`8C3`, `5 P 3`), which is no unit (`C3`
    is no cubic coulomb)."""
    return _CALCULATOR.fullmatch(text.strip()) is not None


def _counted(kind: str, n: str, k: str) -> str:
    if kind in "Cc":
        return f"\\binom{{{n}}}{{{k}}}"
    return f"\\frac{{({n})!}}{{({n}-({k}))!}}"


# `C(8, 4)`, `P(5, 3)`: a count of combinations or permutations, or a point named C or P; read as
# a count only against a reference that is a number (see `counts_against_number`)
_COUNT_CALL = re.compile(
    r"(?<![A-Za-z\\])([CcP])_?\(\s*(\d{1,4})\s*,\s*(\d{1,4})\s*\)"
)  # `C_(10,3)`
_LETTER = re.compile(r"(?<!\\)\b[A-Za-z]")


def counts_against_number(pred: str, ref: str) -> str:
    """`pred` with `C(n, k)` and `P(n, k)` as counts when the reference has no letter (a number
    or a numeric expression), so no point named C can be meant; else `pred` unchanged."""
    if "(" not in pred or _LETTER.search(ref) is not None:
        return pred
    return _COUNT_CALL.sub(lambda m: _counted(m[1], m[2], m[3]), pred)


_WHOLE_CALL = re.compile(r"\s*([A-Za-z]{1,12}|\\[A-Za-z]{2,12})\s*\(")


def call_arguments(pred: str, ref: str) -> list[tuple[str, str]] | None:
    """The argument pairs of two answers that are each one call of the same name with as many
    arguments (`Po(3+5)` and `Po(8)`, `\\Gamma(\\frac{2n}{2}, \\frac12)` and `\\Gamma(n,
    \\frac12)`), or None. Equal arguments make the calls equal whatever the name means (a
    function, or a letter times a bracket: both answers read alike); unequal ones decide
    nothing (`B(a, b)` may be symmetric)."""
    found = []
    for s in (pred, ref):
        m = _WHOLE_CALL.match(s)
        if m is None or paren_close(s, m.end() - 1) != len(s.rstrip()) - 1:
            return None
        found.append((m[1], split_top(s[m.end() : len(s.rstrip()) - 1], ",")))
    (name, args), (ref_name, ref_args) = found
    if name != ref_name or len(args) != len(ref_args) or not all(a.strip() for a in args):
        return None
    return [(a.strip(), b.strip()) for a, b in zip(args, ref_args, strict=True)]
