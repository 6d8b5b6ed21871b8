"""Units after a value: which trailing words are units (`15 cm^2`, `3 apples`, `10weeks`,
`\\text{ nghìn đồng}`) and which change the value (`3 million`, `half`, `squared`)."""

from __future__ import annotations

import math
import re
from fractions import Fraction

from curate.judges.math.magnitudes import NOT_UNITS
from curate.judges.math.unitgrammar import parse_unit
from curate.judges.math.words import vulgar_parts

from curate.text import find_braced

UNIT_WORDS = frozenset(
    "cm m km mm nm in inch inches ft feet foot yd yard yards mi mile miles meter meters metre metres "
    "centimeter centimeters kilometer kilometers millimeter millimeters sq square cubic units unit "
    "degrees degree deg radians radian rad dollars dollar cents cent hours hour hr hrs h minutes minute "
    "min mins seconds second sec secs s days day weeks week months month years year yr yrs "
    "kg g mg lb lbs pounds pound oz ounces l ml liters litres liter gallons "
    "gallon mph kmh km/h m/s p.m. a.m. pm am o'clock st nd rd th kr tl zł gr".split()
)
_MATH_WORDS = frozenset("pi sin cos tan cot sec csc log ln exp sqrt and or i e".split())
# words that change the value of the number before them: never dropped as units
_VALUE_WORDS = (
    frozenset(
        "hundred thousand million billion trillion dozen dozens score gross half halves third thirds "
        "quarter quarters fourth fourths fifth fifths squared cubed more less fewer than minus plus "
        "over divided root roots power powers to of or and times per point percent factorial inverse "
        "reciprocal below if unless otherwise when whenever case cases most least wrong incorrect false "
        "rejected extraneous invalid impossible maximum minimum máximo mínimo massimo minimo höchstens "
        "mindestens moins menos más mehr weniger lên xuống fazla lebih kurang max tops".split()
    )
    | NOT_UNITS
    | frozenset(  # the same words in Spanish, Portuguese and French (`7 elevado ao quadrado`)
        "mil millón millon millones milhão milhao milhões milhoes mille cien ciento cem cento "
        "docena docenas dúzia duzia dúzias douzaine douzaines medio media mitad meio meia metade "
        "demi demie moitié tercio tercios terço terco terços tiers cuarto cuartos quarto quartos "
        "cuadrado cuadrada quadrado quadrada carré carre cubo mas mais "
        "por vezes veces fois dividido dividida divisé divise elevado elevada élevé eleve potencia "
        "potência puissance raíz raiz racine".split()
    )
    | frozenset(  # and in Russian, Ukrainian and Serbian (`50 одсто`, `3 четверти`)
        "процент процента процентов відсоток відсотки відсотків одсто посто половина половины "
        "половину половини треть трети третина четверть четверти четвртина четвртине".split()
    )
)  # and the magnitude words of every language (`5 lakh` is no unit)
# ...of which these scale it even inside a text span (`3\text{ million}`; not `\text{ miles per hour}`)
SCALING_WORDS = NOT_UNITS | frozenset(
    "hundreds thousands millions billions dozen dozens percent".split()
)
# words in Chinese, Japanese or Korean glued after a value: a unit or a copula (`28.26平方单位`,
# `42입니다`)
CJK_CHARS = "\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af"  # kana, CJK ideographs, hangul (a class body)
CJK = re.compile(f"[{CJK_CHARS}]")
CJK_TAIL = re.compile(
    rf"(?<=[\d}}])\s*(?:[{CJK_CHARS}]+|\([{CJK_CHARS}]+\))[.。]?\s*$"
)  # `529(명)`
# ...unless they bound the value (`5以上` "5 or more", `5多` "over 5", `5 이하` "5 or less",
# `5或更多`): a bound is no answer, so such a tail is kept (and the answer is no number)
CJK_BOUND = re.compile(
    r"以上|以下|以内|以外|^[多余餘]|或|不足|不到|未[満满]|超|이상|이하|미만|초과|넘|^여"
    r"|ではな|じゃな|でな[いく]|ではあり|じゃあり|かもしれ|でしょう|だろう|아니|아닙|일지도|것 같"
    r"|吧|左右|上下|ぐらい|くらい|程度|쯤|정도|가량|倍数|배수"  # a negation, a doubt, an estimate after it
    r"|大于|小于|多于|少于|至少|最多|不少于|不多于|不超过|大於|小於|至多"  # or a bound before it
)
# a sentence mark after words (`负数！`, `Yes!`): punctuation, not a factorial
WORD_END = re.compile(
    rf"(?<=[{CJK_CHARS}])\s*[!！。]+\s*$|(?<![\\A-Za-z])([A-Za-z]{{3,}})\s*!+\s*$"
)
# `10weeks`, `1,000.99m²`, `12cm`; `10m` may be 10·m (a short unit needs a space, a superscript
# or two letters that only name a unit)
GLUED_UNIT = re.compile(
    r"(?<=\d)([A-Za-z]{3,}|[A-Za-z]{1,2}[²³]|(?:cm|mm|km|kg|mg|ml|ft|yd|hr|lb)(?![A-Za-z]))(?=\s*$)"
)

_UNIT_TOKEN = re.compile(r"[^\W\d_](?:[^\W\d_]|[./'])*(?:\^\{?[23]\}?)?")


def glued_word(word: str) -> bool:
    """A word glued after a number that names what is counted or measured: a unit (`10weeks`,
    `5cm²`) or a lowercase English word of four or more letters (`10apples`); anything else
    (`4xyz`, `2abc`) is a product of variables."""
    w = word.rstrip("²³")
    if w.lower() in UNIT_WORDS:
        return True
    if len(w) < 4 or not w.islower() or w in _MATH_WORDS:
        return False
    from curate.lang import is_english_word

    return is_english_word(w)


_BRACKETED_UNIT = re.compile(r"(.*\d)\s*\(\s*([^\W\d_][^()\d]{0,15}?(?:\^?-?\d)?)\s*\)")


def drop_trailing_units(s: str) -> str:
    """`15 cm^2` -> `15`, `3 apples` -> `3`: trailing space-separated words after a number-like
    head. A head must end in a digit, `}` or `)`; math words (`pi`, `sin`, ...) are kept.
    Token scan from the end (no backtracking regex)."""
    if "\\int" in s or "\\sum" in s or "\\prod" in s:
        return s  # `\\int_0^1 s^2 ds`: the body of an operator, no unit
    if s.endswith(")") and (m := _BRACKETED_UNIT.fullmatch(s)) and parse_unit(m[2]) is not None:
        return m[1]  # `1724 (J)`, `3.0 (kg m/s)`: a mark scheme's unit in brackets
    toks = s.split(" ")
    k = len(toks)
    while k > 1 and _UNIT_TOKEN.fullmatch(toks[k - 1]):
        k -= 1
    if k == len(toks) or k == 0:
        return s
    words = [re.sub(r"\^.*", "", w) for w in toks[k:]]
    head = " ".join(toks[:k]).rstrip()
    if any(
        w.lower() in _MATH_WORDS
        or (len(w) < 2 and (w not in ("m", "s", "h", "g", "l") or not head[-1:].isdigit()))
        for w in words
    ):
        return s  # `\\frac{8}{5} h` is 8h/5: a one-letter unit only after a plain number
    if (
        not head
        or head[-1] not in "0123456789})."
        or any(w.lower().rstrip(".") in _VALUE_WORDS for w in words)
        or not any(w.lower().rstrip(".") in UNIT_WORDS or len(w) >= 3 for w in words)
    ):
        return s
    return head


def _fraction_args(s: str, start: int) -> tuple[str, str, int] | None:
    """The two braced arguments of a `\\frac` whose first `{` is at `start` (braces kept) and the
    index just past them; None when they are unbalanced or missing."""
    mid = find_braced(s, start)
    end = find_braced(s, mid) if 0 < mid < len(s) and s[mid] == "{" else -1
    return None if end < 0 else (s[start:mid], s[mid:end], end)


_FRAC_AFTER_NUMBER = re.compile(r"(?<=[\d}])\s*(?:\\[,;:! ]\s*)*\\[dt]?frac\s*(?=\{)")
_UPRIGHT_CMD = re.compile(r"\\(?:rm|text|mathrm)\b")
_UNIT_ARG = re.compile(r"[^\W\d_]+(?:\^-?\d)?")


_RATE_FRACTION = re.compile(
    r"\\[dt]?frac\{\s*((?:\\\$|\$|€|£)?\s*\d[\d.,]*)\s*\}\{\s*\\(?:text|mathrm|rm)\s*\{\s*([^\W\d_]+)\s*\}\s*\}"
)


def amount_over_unit(s: str) -> str | None:
    """`\\frac{\\$5}{\\text{hr}}` -> `\\$5/hr`: a whole answer that is an amount over an upright
    unit as a TeX fraction, as a quotient; None for anything else."""
    rate = _RATE_FRACTION.fullmatch(s.strip())
    return None if rate is None else f"{rate[1]}/{rate[2]}"


def unit_fraction(s: str) -> str:
    """`72\\,\\frac{{\\rm{km}}}{{\\rm{h}}}` -> `72 km/h`: a unit typed upright (`\\rm`, `\\text`,
    `\\mathrm` in both parts) as a TeX fraction that ends the answer after a number, written as a
    plain quotient; `3\\frac{m}{s}` (letters that may be variables) and anything else unchanged."""
    if (rate := amount_over_unit(s)) is not None:
        return rate  # `\\frac{\\$5}{\\text{hr}}`
    m = _FRAC_AFTER_NUMBER.search(s)
    args = _fraction_args(s, m.end()) if m is not None else None
    if m is None or args is None or args[2] != len(s.rstrip()):
        return s
    parts = args[:2]
    if not all(_UPRIGHT_CMD.search(p) for p in parts):
        return s
    plain = [re.sub(r"[{}\s]", "", _UPRIGHT_CMD.sub("", p)) for p in parts]
    if not all(_UNIT_ARG.fullmatch(p) for p in plain):
        return s
    return f"{s[: m.start()]} {plain[0]}/{plain[1]}"


_TEX_FRAC = re.compile(r"\\[dt]?frac\s*(?=\{)")


def tex_unit_quotient(tail: str) -> str:
    """`\\frac{{km}}{{h}}` -> `km / h`: a unit written as a TeX fraction, the whole tail (its
    braces dropped); anything else unchanged."""
    m = _TEX_FRAC.match(tail)
    args = _fraction_args(tail, m.end()) if m is not None else None
    if args is None or args[2] != len(tail):  # unbalanced, or more after the fraction
        return tail
    top, bottom, _ = args
    return " ".join(f"{top} / {bottom}".replace("{", " ").replace("}", " ").split())


# unit symbols written as TeX commands (`90\\Omega`, siunitx's `\\ohm`, `5\\mu m`)
_TEX_UNIT = re.compile(r"\\(Omega|ohm|mu|micro|textmu|celsius|degreeCelsius)(?![A-Za-z])\s*")
_TEX_SYMBOL = {"Omega": "Ω ", "ohm": "Ω ", "mu": "µ", "micro": "µ", "textmu": "µ"}
_TEX_SYMBOL |= {"celsius": " °C ", "degreeCelsius": " °C "}  # a prefix glues to what follows
_PREFIX_APART = re.compile(
    r"([kKMGmµun])\s+((?:ohm|Ω|F|H|Hz|W|V|A)s?|(?i:ohms?|volts?|amps?|amperes?|hertz|watts?|farads?|fd))"
)  # `1k ohm`, `3 K volts`, `5 M ohms`: a prefix apart from its unit
_PREFIX_WORD = re.compile(r"((?i:kilo|mega|giga|milli|micro|nano|pico))\s+([a-z]+)")
_SYMBOL_OF = {"ohm": "Ω", "volt": "V", "amp": "A", "ampere": "A", "hertz": "Hz", "watt": "W"}
_SYMBOL_OF |= {"farad": "F", "fd": "F"}
_ABBREVIATION_STOP = re.compile(r"(?<=[A-Za-z])\.(?=\s*(?:\^|/|$)|\s+[A-Za-z])")  # `ft.`, `sq. ft`
_SPACED_POWER = re.compile(r"(?<=[A-Za-z])\s+-(?=[1-4](?![\d.]))")
_BRACED_UNIT = re.compile(r"[A-Za-z]?\{+[A-Za-z]+\}*(?:\^\{?\d\}?)?\}*")  # `{m^2}`, `d{m^2}`


def unit_tail(tail: str) -> str:
    """What follows a number, as `quantity.parse_unit` reads units: `1724 (J)` (a mark scheme's
    optional unit) -> `J`, `50¢` -> `cent`, `ft.` and `mi.^{3}` without the abbreviation's stop,
    `d{m^2}` (a unit in braces, as MathType exports it) -> `dm^2`, TeX unit commands (`\\Omega`)
    as symbols and a unit typed as a TeX fraction (`tex_unit_quotient`)."""
    if tail[:1] == "(" and tail[-1:] == ")" and tail.count("(") == 1:
        tail = tail[1:-1].strip()
    if tail == "¢":
        tail = "cent"
    if "." in tail:
        tail = _ABBREVIATION_STOP.sub("", tail)
    if " " in tail and (m := _PREFIX_WORD.fullmatch(tail)) is not None:
        tail = m[1] + m[2]  # `micro amp`, `milli seconds`: a prefix word apart from its unit
    if (m := _PREFIX_APART.fullmatch(tail)) is not None:  # `1k ohm`: the prefix glued to the number
        tail = m[1] + _SYMBOL_OF.get(m[2].lower().removesuffix("s"), m[2])
    if "–" in tail or "−" in tail:  # `mol dm–3`: a power's minus typed as a dash
        tail = tail.replace("–", "-").replace("−", "-")
    if " -" in tail:  # `m s -1`: the superscript lost, a space before its minus
        tail = _SPACED_POWER.sub("-", tail)
    if "{" in tail and _BRACED_UNIT.fullmatch(tail):
        tail = tail.replace("{", "").replace("}", "")
    if "\\" in tail:
        tail = _TEX_UNIT.sub(lambda t: _TEX_SYMBOL[t.group(1)], tail).strip()
        tail = tex_unit_quotient(tail)
    return tail


_NUM = r"(\d+(?:\.\d+)?)"
# `60 mi/1 hr`, `40 dollars/ 2 hours`, `72 km in 1 hr`: a rate written as a quotient of two
# quantities
_RATE = re.compile(
    rf"\s*{_NUM}\s*([^\W\d_]+)\.?\s*(?:/|\s(?:in|per|every)\s)\s*{_NUM}\s*([^\W\d_]+)\.?\s*"
)


def rate_quotient(s: str) -> str:
    """`40 dollars/ 2 hours`, `40 dollars in 2 hours` -> `20 dollars/hours`: one quantity over
    another as one value and the quotient of their units (which `quantity.parse_unit` then reads
    or refuses); anything else unchanged; an amount over a unit as a TeX fraction as its
    quotient (`unit_fraction`)."""
    if "frac" in s and (rate := amount_over_unit(s)) is not None:
        return rate  # `\\frac{\\$5}{\\text{hr}}`
    m = _RATE.fullmatch(s) if "/" in s or " in " in s or " per " in s or " every " in s else None
    if m is None or not float(m[3]):
        return s
    v = Fraction(m[1]) / Fraction(m[3])
    value = (
        str(v.numerator) if v.denominator == 1 else f"\\frac{{{v.numerator}}}{{{v.denominator}}}"
    )
    return f"{value} {m[2]}/{m[4]}"


_LITERAL = re.compile(r"-?(\d+)(?:\.(\d+))?")


def _stated(value: str) -> tuple[Fraction, Fraction, int] | None:
    """(value, half a unit of its last digit, its significant digits) of a plain decimal or
    whole number; None for anything else."""
    m = _LITERAL.fullmatch(value)
    if m is None:
        return None
    places = len(m[2] or "")
    digits = len((m[1] + (m[2] or "")).lstrip("0"))
    return Fraction(value), Fraction(1, 2 * 10**places), digits


def converted_rounding(pred: str, ref: str, factor: Fraction) -> bool:
    """Whether an answer in another unit meets a rounded reference at the precision both state:
    `88.5 km/h` for `24.6 m/s` (24.58...), `55 mi/h` for `88.5 km/h`. The reference is a decimal
    of three significant digits or more; the answer a whole number (taken as exact) or such a
    decimal; the intervals their last digits allow overlap once converted. A whole reference is
    exact: an answer that is a decimal of three significant digits or more rounds it once
    converted (`1.609 km` for `1 mile`, as `3.14` answers pi)."""
    a, b = _stated(pred), _stated(ref)
    if factor == 1 or a is None or b is None or a[0] * factor == b[0]:
        return False  # equal as they stand: `350 paisa` for `Rs 3.50`
    if "." not in ref and "." in pred and a[2] >= 3:  # `1.609 km` for an exact `1 mile`
        return abs(a[0] - b[0] / factor) <= a[1]
    if "." not in ref or b[2] < 3:
        return False
    half = Fraction(0) if "." not in pred else a[1]
    if half and a[2] < 3:
        return False
    lo, hi = sorted(((a[0] - half) * factor, (a[0] + half) * factor))
    return lo <= b[0] + b[1] and b[0] - b[1] <= hi


def radians_rounding(degrees: str, plain: str) -> bool:
    """Whether an angle in degrees and a plain decimal of three significant digits or more, read
    as radians, meet at the precision both state (`71.6°` for `1.25`, `45°` for `0.785`; a
    whole number of degrees is exact): the plain number is no number of degrees then."""
    a, b = _stated(degrees), _stated(plain)
    if a is None or b is None or "." not in plain or b[2] < 3:
        return False
    half = a[1] if "." in degrees else Fraction(0)
    if half and a[2] < 3:
        return False
    k = Fraction(math.pi) / 180  # pi to a double's precision: far finer than the digits compared
    return (a[0] - half) * k <= b[0] + b[1] and b[0] - b[1] <= (a[0] + half) * k


# feet and inches marked with primes: `6' 3"`, `5′`, `2’ 10 3/4 “`, `7"` (a number before each mark)
_FEET_INCHES = re.compile(
    r"\s*(?:(\d+(?:\.\d+)?)\s*['’′])?\s*(?:(\d+(?:\.\d+)?(?:\s+\d+/\d+)?)\s*(?:[\"”“″]|''))?\s*"
)


def feet_inches(s: str) -> str:
    """`6' 3"` -> `6 ft 3 in`, `5′` -> `5 ft`, `7"` -> `7 in`: a length in feet and inches marked
    with primes, the whole answer; anything else unchanged."""
    m = (
        _FEET_INCHES.fullmatch(s)
        if ("'" in s or '"' in s or any(c in s for c in "’′”“″"))
        else None
    )
    if m is None or not (m[1] or m[2]):
        return s
    return " ".join(p for p in (m[1] and f"{m[1]} ft", m[2] and f"{m[2]} in") if p)


_MIXED_VULGAR = re.compile(r"(?<=\d)\s*([¼-¾⅐-⅞])")


def _slashed(m: re.Match[str]) -> str:
    parts = vulgar_parts(m[1])
    return m[0] if parts is None else f" {parts[0]}/{parts[1]}"


def vulgar_mixed(s: str) -> str:
    """`3 ½ inches` -> `3 1/2 inches`: a whole number and a vulgar fraction as a mixed number that
    the parts of a quantity read (`4 feet 3 ½ inches`)."""
    return _MIXED_VULGAR.sub(_slashed, s) if _MIXED_VULGAR.search(s) else s
