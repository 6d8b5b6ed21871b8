"""Continental European notation, as French, German or Spanish answers write it: a decimal comma
(`1,357 \\times 10^3`, `3,0e8`, `4;-5;10,2`) and intervals with reversed brackets and a semicolon
(`]-8;13[` for (-8, 13), `[0;1[` for [0, 1), `(-∞; -2]`), also with a comma when a bracket is
reversed (`[1,oo[`); a capital U between two intervals as their union (`[0;1) U [1;2]`), and a
capital V (the "or" sign typed) between intervals or inequalities (`x<1 V x>2`).

A comma is read as a decimal point only where it cannot separate items or thousands: inside a
number written against a power of ten, or in an answer whose items a semicolon separates. Linear
time: one regex pass per rule.
"""

from __future__ import annotations

import re

from curate.judges.math.assign import INEQUALITY, split_assignment
from curate.judges.math.unitgrammar import unit_ratio

_SCI_COMMA = re.compile(
    r"(?<![\d,.])(\d+),(\d+)(?=\s*(?:\\times|\\cdot|[·×*])\s*10(?:\^|[⁰¹²³⁴⁵⁶⁷⁸⁹⁻])|[eE][-+]?\d)|(?<=10\^)(\{?[-+]?\d+\}?\s*(?:\\times|\\cdot|[·×*])\s*)(\d+),(\d+)(?![\d,])"
)
_DIGIT_COMMA = re.compile(r"(?<=\d),(?=\d)")
_FR_COMMA = re.compile(r"([\]\[])\s*([^,;\[\]]+?)\s*,\s*([^,;\[\]]+?)\s*([\]\[])")
_UNION = re.compile(r"\\cup|∪")
_FR_INTERVAL = re.compile(r"([\]\[(])\s*([^;\[\]()]+?)\s*;\s*([^;\[\]()]+?)\s*([\]\[)])")
# `[0;1) U [1;2]`, `\left(-\infty, 2\right) U \left(2, \infty\right)`: a capital U between two
# intervals is their union,
# and `V`, the "or" sign typed; AsciiMath's `uu` and `vv`
_U_UNION = re.compile(r"(?<=[\])}])\s*(?:[UV]|uu|vv)\s*(?=[\[({]|\\left(?![a-z]))")
# `x<1 V x>2`: a capital V between two inequalities is "or" (∨), as Spanish and Portuguese write it
_V_OR = re.compile(r"(?<=[\w)])\s+(?:V|vv)\s+(?=[A-Za-z]\s*[<>≤≥]|\\?[A-Za-z]+\s*[<>≤≥])")
_PLAIN_SET = re.compile(r"(?<!\\)\{([^{}]*)\}")  # `{2} U (0,1)`: a set of plain text


def _interval(m: re.Match[str]) -> str:
    left = "(" if m.group(1) in "](" else "["
    right = ")" if m.group(4) in "[)" else "]"
    lo, hi = (_DIGIT_COMMA.sub(".", m.group(i)) for i in (2, 3))  # `[0,5; 2]`: a decimal comma
    return f"{left}{lo}, {hi}{right}"


_SUPER_TEN = re.compile("10[⁰¹²³⁴⁵⁶⁷⁸⁹⁻]")  # `3,29 · 10²`: a power of ten in superscripts
_SCI_E = re.compile(r"\d,\d+[eE][-+]?\d")  # `3,0e8`: a decimal comma in E notation


def continental_hint(s: str) -> bool:
    """Whether the answer may be in continental notation (a cheap test before `continental`)."""
    return (
        ";" in s
        or ("," in s and ("10^" in s or bool(_SCI_E.search(s) or _SUPER_TEN.search(s))))
        or s[:1] == "]"
        or s[-1:] == "["
        or "U" in s
        or " V " in s
        or "uu" in s
        or " vv " in s
    )


# the size commands and thin spaces of a TeX-set reversed bracket
_SIZED = re.compile(r"\\(?:left|right)(?![A-Za-z])|\\[,:;! ]")


def continental(s: str) -> str:
    """The answer in the notation the other rules read (see the module docstring)."""
    if "U" in s or "V" in s or "uu" in s or "vv" in s:
        s, unions = _U_UNION.subn(r" \\cup ", s)
        s = _V_OR.sub(" or ", s) if "V" in s or "vv" in s else s
        if unions and "{" in s:
            s = _PLAIN_SET.sub(r"\\{\1\\}", s)
    if ";" in s and ("[" in s or "]" in s or "(" in s):
        s = _FR_INTERVAL.sub(_interval, s)
    elif "\\right[" in s or "\\left]" in s:  # `\\left[ { - 2,\\,\\infty } \\right[`
        return continental(_SIZED.sub("", s).strip())
    elif s[:1] == "]" or s[-1:] == "[":  # `]pi/4,pi/2]`, `[1,oo[`: no other notation opens so
        pieces = [_FR_COMMA.fullmatch(p.strip()) for p in _UNION.split(s)]
        if all(pieces):  # one interval, or a union of them: `]-oo,0[ \\cup ]0,+oo[`
            s = " \\cup ".join(_interval(m) for m in pieces if m)
    if "," not in s:
        return s
    if "10^" in s or _SCI_E.search(s) or _SUPER_TEN.search(s):  # `1,357 \\times 10^3`, `3,0e8`
        s = _SCI_COMMA.sub(
            lambda m: (
                f"{m.group(1)}.{m.group(2)}"
                if m.group(1)
                else f"{m.group(3)}{m.group(4)}.{m.group(5)}"
            ),
            s,
        )
    if ";" in s and not re.search(r",(?!\d)|(?<!\d),", s):
        s = _DIGIT_COMMA.sub(".", s)  # `4;-5;10,2`: the items are the semicolon's
    return s


# `1,400` with its comma between digit groups: thousands, where a comma and a space separate items
_GROUPED = re.compile(r"(?:[A-Za-z]+\s*=\s*)?[-+]?\$?(?:[1-9]\d{0,2}(?:,\d{3})+)(?:\.\d+)?")


def list_thousands(s: str) -> str:
    """`525, 1,400` -> `525, 1400`: in a list whose items a comma and a space separate, a comma
    inside an item that is a number grouped in threes (or a name set to one: `LCM = 7,560`)
    separates thousands (only when every item is a plain or grouped number)."""
    items = s.split(", ")
    grouped = [_GROUPED.fullmatch(i.strip()) is not None for i in items]
    if not any(grouped) or not all(g or "," not in i for g, i in zip(grouped, items, strict=True)):
        return s
    return ", ".join(i.replace(",", "") if g else i for g, i in zip(grouped, items, strict=True))


_COMMA_NUMBER = re.compile(r"\d+(?:,\d+)+")


def sum_thousands(s: str) -> str:
    """`1,000+40+\\frac{5}{10,000}` -> `1000+40+\\frac{5}{10000}`: in a sum with no spaced comma
    (no list), numbers whose every comma groups thousands lose the commas."""
    numbers = _COMMA_NUMBER.findall(s)
    if ", " in s or not numbers or not all(_GROUPED.fullmatch(n) for n in numbers):
        return s
    return _COMMA_NUMBER.sub(lambda m: m[0].replace(",", ""), s)


# digits grouped the Indian way, by two above the thousands: `5,00,000` (five lakh), `8,75,95,762`
_INDIAN = re.compile(r"(?<![\d.,])[1-9]\d?(?:,\d\d)+,\d{3}(?![\d,])")


def indian_grouping(s: str) -> str:
    """`5,00,000` -> `500000`, `12,12,12,123` -> `121212123`; anything else unchanged."""
    return _INDIAN.sub(lambda m: m[0].replace(",", ""), s) if ", " not in s else s


# a computation whose commas all sit between digits (`1,68/3,36`, `\\$1,258-\\$0,80`), and a comma
# before exactly three digits, which may group thousands
_COMMA_SUM = re.compile(r"[\d,.+\-*/()\\{}a-z$ ]*\d,\d[\d,.+\-*/()\\{}a-z$ ]*")
_OPERATION = re.compile(r"(?<=[\d)])\s*[-+*/]|\\(?:frac|cdot|times)")
_OWN_BRACKETS = re.compile(r"\(\s*-?\d+,\d+\s*\)")
_GROUP_OF_THREE = re.compile(r"\d,\d{3}(?!\d)|,(?!\d)|(?<!\d),")
_RELATION_SIGN = re.compile(rf"=|\\neq|{INEQUALITY.pattern}")
_COMMA_DEC = re.compile(r"(-?\d{1,3}(?:\.\d{3})+|-?\d+),(\d+)(\s*[^\W\d_°%]*[^\d,;{}()\[\]\\=<>]*)")
# one value (a number or a symbol): no list, relation, `\pm`, "or" or environment
_ONE_VALUE = re.compile(r"(?![^,;]*(?:\\pm|\\mp|\\lor|\\begin|\\\\|[=<>]))[^,;]*[\w\\][^,;]*")


def _pointed(m: re.Match[str]) -> str:
    """A `_COMMA_DEC` match with a decimal point: `1.234,5` -> `1234.5`."""
    return f"{m.group(1).replace('.', '')}.{m.group(2)}{m.group(3)}"


def _value_side(s: str) -> tuple[str, str]:
    """(`x\\leq`, `3,5`): the left side and relation of one relation, and its value."""
    rel = list(_RELATION_SIGN.finditer(s))
    return (s[: rel[0].end()], s[rel[0].end() :]) if len(rel) == 1 else ("", s)


def _grouped(m: re.Match[str]) -> bool:
    """A `_COMMA_DEC` match that may be a thousands separator (`1,000`, `12,500`)."""
    return len(m.group(2)) == 3 and re.fullmatch(r"-?[1-9]\d{0,2}", m.group(1)) is not None


def decimal_commas(
    pred: str, ref: str, pred_comma: bool, ref_comma: bool
) -> tuple[str, str] | None:
    """`1000,99` against `1000.99`, `1.234,5` against `1234.5`, `0,5` against `\\frac{1}{2}`,
    `0,25 kg` against `250 g`: one unspaced comma (`pred_comma`, `ref_comma`; `0, 5` lists two
    values) that cannot be a thousands separator (`1,000`) is a decimal comma when the other side
    is one value; so are the commas of a computation with two or more of them (`1,68/3,36`), or
    with one in brackets of its own (`-12 + 5*(-0,25)`), against one such value."""
    if ref_comma and "," in pred and (m := _COMMA_DEC.fullmatch(ref.strip())) is not None:
        # `1,2` may list two numbers, `-2,0+1` two items too: a computation with two decimal
        # commas at least, or one in brackets of its own (`5*(-0,25)`), against one value
        commas = len(_DIGIT_COMMA.findall(pred)) > 1 or _OWN_BRACKETS.search(pred) is not None
        computed = commas and _OPERATION.search(pred) is not None
        if computed and _COMMA_SUM.fullmatch(pred) and not _GROUP_OF_THREE.search(pred):
            pred = _DIGIT_COMMA.sub(".", pred)
            return pred, _pointed(m)
    mp, mr = _COMMA_DEC.fullmatch(pred.strip()), _COMMA_DEC.fullmatch(ref.strip())
    # `0,3200` for `0,32`, `4,00` for `0,04`: one writer's decimal commas (no list item has
    # a leading zero); `1,2` against `2,1` may be two lists
    zero = mp is not None and mr is not None and (mp[2][:1] == "0" or mr[2][:1] == "0")
    if pred_comma and ref_comma and mp and mr and (len(mp[2]) != len(mr[2]) or zero):
        if not (_grouped(mp) and _grouped(mr)):
            return _pointed(mp), _pointed(mr)
    for a, b, swap, tight in (
        (pred, ref, False, pred_comma),
        (ref, pred, True, ref_comma),
    ):
        lhs, value = _value_side(a)
        m = _COMMA_DEC.fullmatch(value.strip())  # `0,5`, `x = 0,5`, `\\sin B = 0,6`, `x < 2,5`
        assigned = split_assignment(b) if m is not None and b.count("=") == 1 else None
        other = assigned[1] if assigned else _value_side(b)[1] if lhs else b
        if m is None or not tight or not _ONE_VALUE.fullmatch(other):
            continue
        if _grouped(m):
            continue  # `1,000`: a thousands separator
        a = lhs + _pointed(m)  # `1.234,5`
        b = b if assigned is None or lhs else assigned[1]
        return (b, a) if swap else (a, b)
    return None


# TeX's decimal comma `12{,}5` (`1{,}000` groups thousands, but not after a leading zero or in a
# number of one digit before a power of ten), and a comma between digits inside
# the argument of a root or a fraction, where nothing is listed (`\\sqrt{1,96}`, `\\frac{3,5}{7}`)
_TEX_DECIMAL_COMMA = re.compile(
    r"(?<=\d)\{,\}(?=(?:\d{1,2}|\d{4,})(?!\d))"
    r"|(?<=(?<![\d.])0)\{,\}(?=\d)"  # `0{,}125`: nothing groups a leading zero
    r"|(?<=(?<![\d.])\d)\{,\}(?=\d+\s*(?:\\times|\\cdot|[·×*])\s*10\^)"  # `2{,}125 \\cdot 10^8`
)
_ARGUMENT_COMMA = re.compile(
    r"(\\(?:sqrt|[dt]?frac)(?:\[\d+\])?\{|\}\{)([^{},]*\d),(\d{1,2}(?!\d)|\d{4,})"
)


_PERCENT_COMMA = re.compile(r"(?<![\d,.])(-?\d+),(\d{1,2}|\d{4,})(?=\s*\\?%)")


def tex_decimal_commas(s: str) -> str:
    """`12{,}5` -> `12.5`; `\\sqrt{0,0049}` -> `\\sqrt{0.0049}`, `\\frac{3,5}{7 \\cdot 0,5}` ->
    `\\frac{3.5}{7 \\cdot 0.5}`, `2,5%` -> `2.5%` (never a comma before three digits, which may
    group thousands)."""
    if "{,}" in s:
        s = _TEX_DECIMAL_COMMA.sub(".", s)
    if "%" in s:  # `2,5%`: no list puts a percent sign on its last item alone
        s = _PERCENT_COMMA.sub(r"\1.\2", s)
    while (m := _ARGUMENT_COMMA.search(s)) is not None:
        s = s[: m.start()] + f"{m[1]}{m[2]}.{m[3]}" + s[m.end() :]
    return s


# a ratio in words: `4 to 5`, `60-to-40`, German `3 zu 4` (the whole answer; between the spaces dropped or not);
# a chance in words: `1 in 20`, `9 out of 20`; Italian `1 su 4`, French `3 sur 4`, German `3 von 4`;
_RATIO_WORDS = re.compile(r"\s*(-?\d+(?:\.\d+)?)\s*-?\s*(?:to|zu)\s*-?\s*(\d+(?:\.\d+)?)\s*")
# ... with what it counts: `3 boys for every 4 girls`
_FOR_EVERY = re.compile(
    r"\s*(\d+(?:\.\d+)?)\s+[A-Za-z]+\s+for\s+every\s+(\d+(?:\.\d+)?)\s+[A-Za-z]+\s*"
)
# Spanish and Portuguese `1 de cada 20`, `1 em cada 20`, `1 em 20`, Dutch `1 op 20`;
# Arabic `150.1 على 100` (over), `3 من 10` (of), Hebrew `3 חלקי 10`
_CHANCE_WORDS = re.compile(
    r"\s*(\d+(?:\.\d+)?)\s*(?:in|out\s*of|su|sur|von|(?:de|em)\s+cada|em|op|على|من|חלקי)\s*(\d+)\s*"
)


_TEXT_WORD = re.compile(r"\\text\{\s*([A-Za-z ]*?)\s*\}")


def ratio_words(s: str) -> str | None:
    """`4 to 5` -> `4:5`; `1 cm to 5 m` -> `1:500`; `1 in 20`, `9 out of 20` -> `\\frac{1}{20}`,
    `\\frac{9}{20}`; else None. (A hedge such as "3 to 5" against one value is refused before:
    see `curate.judges.math.doubt`.)"""
    if "\\" in s:  # `1\\ \\text{to}\\ 1000`
        s = _TEXT_WORD.sub(r" \1 ", s).replace("\\ ", " ")
    if (m := _RATIO_WORDS.fullmatch(s) or _FOR_EVERY.fullmatch(s)) is not None:
        return f"{m[1]}:{m[2]}"
    if (scale := unit_ratio(s)) is not None:
        return scale  # `1 cm to 5 m`, `1 cm : 5 km`: a scale
    c = _CHANCE_WORDS.fullmatch(_DOT_GROUPS.sub(lambda m: m[0].replace(".", ""), s))
    return None if c is None or c[2] == "0" else f"\\frac{{{c[1]}}}{{{c[2]}}}"


# digits grouped by commas (`1,000`, `472/10,000`), in every number of a computation
# (`1,469,502 / 2,213,556 = 0.66`), and continental groups of dots (`1.234.567,5`)
_THOUSANDS = re.compile(r"-?(?:[1-9]\d{0,2}|0(?=\.))(?:,\d{3})+(?:\.\d+)?")
_GROUPED_FRACTION = re.compile(r"-?(?:[1-9]\d{0,2}(?:,\d{3})+|\d+)/(?:[1-9]\d{0,2}(?:,\d{3})+|\d+)")
_GROUPED_NUMBER = re.compile(r"(?<![\d.,])[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?(?![\d,])")
# two dots or more, or one or more before a decimal comma (`1.050,00`, as Brazil writes money)
_DOT_THOUSANDS = re.compile(r"-?[1-9]\d{0,2}(?:(?:\.\d{3}){2,}(?:,\d+)?|(?:\.\d{3})+,\d+)")
# a number of two groups of dots or more inside a computation (`1/13.983.816 * 9/10`)
_DOT_GROUPS = re.compile(r"(?<![\d.,])[1-9]\d{0,2}(?:\.\d{3}){2,}(?:,\d+)?(?![\d.,])")


def digit_groups(s: str) -> str:
    """A whole answer with its thousands separators dropped: `1,000`, `472/10,000`; a computation
    whose every comma groups the digits of a number (`1,469,502 / 2,213,556 = 0.66`: it
    separates no items); `1.234.567,5` and `1.050,00`, dots that group and a decimal comma."""
    if "," in s and (_THOUSANDS.fullmatch(s) or _GROUPED_FRACTION.fullmatch(s)):
        return s.replace(",", "")
    if "," in s and "=" in s and ", " not in s:
        ungrouped = _GROUPED_NUMBER.sub(lambda m: m.group(0).replace(",", ""), s)
        return s if "," in ungrouped else ungrouped
    if "." in s and _DOT_THOUSANDS.fullmatch(s):
        return s.replace(".", "").replace(",", ".")
    if s.count(".") >= 2 and _DOT_GROUPS.search(s):  # `10.068.347.520 / 720`: no decimal has
        return _DOT_GROUPS.sub(lambda m: m[0].replace(".", "").replace(",", "."), s)  # two dots
    return s


_ONE_COMMA = re.compile(r"-?\d+,\d+")


def shared_comma(vp: str, vr: str, pred: str, ref: str) -> tuple[str, str]:
    """`730,1 g` against `7,301 hg`: two quantities of one writer, the comma of one a decimal
    comma (`730.1`, not three digits) -> the other's single comma is one too (`7.301`), never a
    thousands separator; the values otherwise unchanged."""
    if "," in vr and "," not in vp and "," in pred and _ONE_COMMA.fullmatch(vr):
        return vp, vr.replace(",", ".")
    if "," in vp and "," not in vr and "," in ref and _ONE_COMMA.fullmatch(vp):
        return vp.replace(",", "."), vr
    return vp, vr
