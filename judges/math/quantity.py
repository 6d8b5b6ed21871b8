"""Physical quantities: a number followed by a unit the judge knows (`10 g`, `0.01 kg`,
`5000 mA`, `9.8 kg m / s^2`, `1 N*m`, `1.5 \\times 10^{-2} N`, `0.4米`), compared in SI.

- Both sides carry units of the same dimension: the answer's value is converted to the
  reference's unit (`50cm` for `0.5m`, `1 N*m` for `1 J`, `0.001 kJ` for `1 J`).
- Units of different dimensions (`5 s` for `5 m`): `different_unit`.
- A number and a word that is no known unit against a reference with a unit (`4000 bananas`
  for `4000 ml`), or the other way round: `unknown_unit`, never the bare numbers compared.
- A unit on one side only against a plain number (`3.75 A` for `3.75`): the value is compared;
  the units module drops spaced unit words, this also reads the one-letter symbols (`5m`, `3.75
  A`) that are otherwise read as a product, since against a plain number that is their only
  reading that could be equal.

- Temperatures on two scales (`20 °C` for `293.15 K`, `-40 °F` for `-40 °C`): the answer converted
  to the reference's scale; equal only as differences (`10 °C` for `10 K`): `temperature_unclear`.
- Degrees against radians, both named, convert through pi; other angles are left to the degree
  rules (no exact factor carries pi).
- A power in words (`square metres`, `metres squared`, `平方米`); one quantity in several units,
  largest first (`4 hours 44 minutes 16 seconds`), summed; calendar months and years (12 to a year;
  against days `unknown_unit`); the same number of other things (`5 apples` for `5 oranges`):
  `unknown_unit`.
- Money in dollars and cents, a dollar sign before a number being the unit (`\\$15` for `1500
  cents`; `15 dollars` is not `15 cents`, and `\\$5` is no length).
- A unit against a lone percentage (`8 ft` for `8\\%`): `different_unit`.

Only SI units with their prefixes and a few common others (litre, minute, hour, electronvolt,
dollar and cent) are known; anything else (a word that is no unit, `m` as a variable next to
letters) is left to the other rules. Exact arithmetic (fractions); linear time in the answer's
length.
"""

from __future__ import annotations

import re
from fractions import Fraction

from curate.judges.math.calls import is_count
from curate.judges.math.clock import as_duration
from curate.judges.math.currency import money_forms, rupiah_groups
from curate.judges.math.european import shared_comma
from curate.judges.math.magnitudes import NOT_UNITS
from curate.judges.math.spellings import dash_exponent
from curate.judges.math.unitgrammar import (
    SIGNED_LETTERS,
    SYMBOLS,
    Unit,
    dims,
    leading_unit,
    parse_unit,
)
from curate.judges.math.units import (
    converted_rounding,
    feet_inches,
    radians_rounding,
    rate_quotient,
    unit_tail,
    vulgar_mixed,
)
from curate.judges.math.worded import digits_first
from curate.judges.math.words import unicode_numbers

_FRACTION = r"\\[dt]?frac(?:\{\d+\}|\d){2}"  # `\\frac{1}{2}`, `\\dfrac{3}{4}`, `\\frac12`
_VALUE = re.compile(  # mixed numbers first: `2 1/2 hours`, `2\\frac{1}{2} h`
    rf"\s*((?:-?\d+(?:\s+\d{{1,3}}/\d{{1,3}}|\s*{_FRACTION})(?![\d.])|{_FRACTION}|"
    r"10\s*(?:\^|\*\*)\s*\{?-?\d+\}?|[-+]?(?:\d{1,3}(?:[ \u2009\u202f]\d{3})+(?![\d.])|\d[\d,]*(?:\.\d*)?|\.\d+)"
    r"(?:\s*(?:\\times|\\cdot|\*|×|x|X)\s*10\s*(?:\^|\*\*)\s*\{?[-+−]?\d+\}?|[eE][-+]?\d+)?"
    r"(?:\s*/\s*\d+)?|\\sqrt\{?\d+\}?|\(\d+/\d+\))(?:\s*(?:\\pi|π)(?![A-Za-z]))?)\s*"
)  # and a multiple of pi (`14\\pi ft`), a fraction in brackets (`(3/8)m²`), a plus (`+122 kJ`)
_DEGREE = re.compile(r"\^\s*\{?\s*\\circ\s*\}?|\\circ|\\degree|∘|º")  # and `∘`, `º` typed for `°`
_WRAPPER = re.compile(  # `\\mathrm{km^{2}}`: one level of braces inside
    r"\\(?:text|mathrm|rm|mbox|operatorname)\s*\{((?:[^{}]|\{[^{}]*\})*)\}|\\(?:[,;:! ]|space\b)|~|\$"
    r"|\{\s*\\rm\s+([^{}]*)\}|\\rm\s+(?=[A-Za-zµΩ])"  # and TeX's switch: `{\\rm ha}`, `\\rm m`
)
# not a group of three (thousands), unless after a lone zero, which nothing groups (`0,041`)
_DECIMAL_COMMA = re.compile(r"-?(?:0,\d+|\d+,(?:\d{1,2}|\d{4,}))")


def _point(value: str) -> str:
    """`9,5` -> `9.5`: a decimal comma (never a group of three, a thousands separator)."""
    return value.replace(",", ".") if "," in value and _DECIMAL_COMMA.fullmatch(value) else value


# a number and a few words naming what it counts (`5 apples`, `56 girl scouts`)
_COUNTED = re.compile(r"\s*-?\d[\d,.]*(?:\s+[A-Za-z]{2,}){0,3}\s+[A-Za-z]{3,}\s*")


def _value_and_tail(answer: str) -> tuple[str, str] | None:
    """The leading number of an answer and the rest, wrappers and spacing dropped."""
    if "circ" in answer or "degree" in answer or "∘" in answer or "º" in answer:
        answer = _DEGREE.sub(" °", answer)
    if any("¼" <= ch <= "⅞" or "\u3380" <= ch <= "\u33df" for ch in answer):  # `½ h`, `2㎡`
        answer = unicode_numbers(answer)
    s = _WRAPPER.sub(lambda m: f" {m[1] or m[2]} " if m[1] or m[2] else " ", answer)
    s = s.replace("~", " ").strip()  # `\\mathrm{~m}`: the tilde inside the wrapper
    m = _VALUE.match(s)
    if m is None:
        return None
    return m.group(1).strip(), unit_tail(s[m.end() :].strip())


def split_quantity(answer: str) -> tuple[str, Unit | None] | None:
    """(value, unit) of an answer that is a number and maybe a unit; None for anything else."""
    found = _value_and_tail(answer)
    if found is None:
        return None
    value, tail = found
    if not tail:
        return value, None
    value = _point(value)  # `9,5 мА`: before a unit a comma lists nothing
    unit = parse_unit(tail)
    if unit is None and _COMPOUND.fullmatch(answer):
        return _compound(answer)
    unit = unit or leading_unit(tail)  # `5 cm long`: the unit, then words
    if unit is not None and not any(unit[1]) and (number := _plain_value(value)) is not None:
        return _decimal(number * unit[0]), (Fraction(1), unit[1])  # `1 m / 1 mm` is 1000
    return None if unit is None else (value, unit)


# `4 hours 44 minutes 16 seconds`, `4 hr. 44 min. 16 sec.`, `5 ft, 3 in`, `2 h and 30 min`
_PART = rf"(\d+(?:\.\d+)?(?:\s+\d+/\d+)?)\s*((?:[^\W\d_]|[{SIGNED_LETTERS}])+)\.?"  # `10 5/8 in`
_AND = r"\b(?:and|plus|und|et|en|y|e)\b"  # `1 Minute und 12 Sekunden`, `2 heures et 12 min`
_COMPOUND = re.compile(rf"\s*{_PART}(?:\s*(?:,|{_AND})?\s*{_PART})+\s*")
_PARTS = re.compile(_PART)


def is_compound(text: str) -> bool:
    """Whether the text is one quantity in several known units (`2 hours 30 minutes`)."""
    return _COMPOUND.fullmatch(text) is not None and _compound(text) is not None


def _compound(answer: str) -> tuple[str, Unit] | None:
    """One quantity written in several units of one dimension, largest first, every part but
    the last a whole number (`4 hours 44 minutes 16 seconds`): their sum in the last part's unit
    (against a plain number, `2 h 30 min` is 150, as `150 min` would be)."""
    total, dims, last = Fraction(0), None, None
    parts = _PARTS.findall(answer)
    for k, (value, word) in enumerate(parts):
        unit = parse_unit(word)
        if unit is None or (dims is not None and unit[1] != dims):
            return None
        if (last is not None and unit[0] >= last) or (
            ("." in value or "/" in value) and k < len(parts) - 1
        ):
            return None  # `30 minutes 2 hours`, `1.5 h 20 min`: no one quantity
        whole, _, part = value.partition(" ")
        amount = Fraction(whole) + (Fraction(part) if part else 0)  # `3 1/2 in`
        total, dims, last = total + amount * unit[0], unit[1], unit[0]
    if dims is None or last is None:
        return None
    return _decimal(total / last), (last, dims)


_PERCENT = re.compile(r"\s*-?[\d.,]+\s*(?:\\?%|percent)\s*\.?\s*")  # a percentage alone
_TEMPERATURE = re.compile(
    r"[°º]\s*([CF])|([℃℉])|(?i:(?:deg(?:rees?)?\s*)?(celsius|centigrade|fahrenheit))|(K|(?i:kelvins?))"
)
_TEMPERATURE_HINT = re.compile(r"[°º℃℉K]|circ|degree|elsius|ahrenheit|entigrade|kelvin")
# kelvin = (value + offset) * scale
_SCALES = {"C": (Fraction("273.15"), Fraction(1)), "F": (Fraction("459.67"), Fraction(5, 9))}
_SCALES |= {"K": (Fraction(0), Fraction(1))}
_SCALE_OF = {"℃": "C", "℉": "F", "celsius": "C", "centigrade": "C", "fahrenheit": "F"}


_BARE_SCALE = re.compile(r"\s*([CF])\s*$")  # `32 F`: a scale, or farads? (the other side tells)


def _temperature(answer: str, bare: bool = False) -> tuple[Fraction, str] | None:
    """(value, scale C/F/K) of an answer that is one plain number and a temperature unit (with
    `bare`, also a lone `C` or `F`)."""
    found = _value_and_tail(answer)
    m = _TEMPERATURE.fullmatch(found[1]) if found is not None else None
    if bare and found is not None and m is None:
        m = _BARE_SCALE.fullmatch(found[1])
    if found is None or m is None:
        return None
    word = next(g for g in m.groups() if g)
    scale = _SCALE_OF.get(word.lower(), word[0].upper())
    value = _point(found[0].replace("−", "-"))
    if not re.fullmatch(r"-?(?:\d+(?:\.\d*)?|\.\d+)", value):
        return None
    return Fraction(value), scale


def _temperatures(pred: str, ref: str) -> tuple[str, str, Fraction] | str | None:
    """Temperatures on two scales (`20 °C` for `293.15 K`, `-40 °F` for `-40 °C`): the answer
    converted to the reference's scale; `temperature_unclear` when the two are equal only as
    temperature differences (`10 °C` for `10 K`); None unless both are temperatures."""
    tp, tr = _temperature(pred), _temperature(ref)
    if tp is None or tr is None:  # `32 F` for `0 C`, `0 K` for `-273.15 C`: both temperatures
        bp, br = tp or _temperature(pred, True), tr or _temperature(ref, True)
        if bp is not None and br is not None and bp[1] != br[1]:
            tp, tr = bp, br
    if (tp is None) != (tr is None):  # `20 °C` against a plain `20`: the values
        plain = split_quantity(ref if tr is None else pred)
        if plain is None or plain[1] is not None:
            return None
        text = _decimal((tp or tr or (Fraction(0), ""))[0])
        return (text, plain[0], Fraction(1)) if tr is None else (plain[0], text, Fraction(1))
    if tp is None or tr is None or tp[1] == tr[1]:
        return None
    (vp, sp), (vr, sr) = tp, tr
    kelvin = (vp + _SCALES[sp][0]) * _SCALES[sp][1]
    mine = kelvin / _SCALES[sr][1] - _SCALES[sr][0]
    if mine != vr and vp * _SCALES[sp][1] == vr * _SCALES[sr][1]:
        return "temperature_unclear"
    return _decimal(mine), _decimal(vr), Fraction(1)


def _plain_value(value: str) -> Fraction | None:
    """`12`, `0.5`, `\\frac{1}{9}` as a number; None for anything else."""
    m = re.fullmatch(r"\\frac\{(\d+)\}\{(\d+)\}|(-?\d+(?:\.\d+)?)", value.replace(",", ""))
    if m is None or m[2] == "0":
        return None
    return Fraction(int(m[1]), int(m[2])) if m[1] else Fraction(m[3])


def _decimal(x: Fraction) -> str:
    """`293.15`, `-40`; a fraction that does not terminate as `\\frac{n}{d}`."""
    for places in range(8):
        if (10**places) % x.denominator == 0:
            digits = str(abs(x.numerator) * 10**places // x.denominator).rjust(places + 1, "0")
            body = f"{digits[:-places]}.{digits[-places:]}" if places else digits
            return ("-" if x < 0 else "") + body
    return f"\\frac{{{x.numerator}}}{{{x.denominator}}}"


def _bare_units(pred: str, ref: str) -> tuple[str, str, Fraction] | str | None:
    """Two answers that are units alone (`meters` for `m`, `feet per second` for `ft/s`): the
    same unit is the value 1 against 1; a letter alone on both sides is left to be a variable."""
    a, b = (_WRAPPER.sub(" ", t).strip() for t in (pred, ref))
    if len(a) <= 1 and len(b) <= 1:
        return None
    ua, ub = parse_unit(a), parse_unit(b)
    if ua is None or ub is None:
        return None
    if ua[1] != ub[1]:
        return "different_unit"
    return "1", "1", ua[0] / ub[0]


# `$0.50`, `\\$5`, `US$ 3`, `£2.97`, `€5`: the main unit of a currency of a hundred cents or pence
# (two currencies meet no conversion: `curate.judges.math.currency` decides that first)
DOLLAR_SIGN = re.compile(
    r"\s*(?:(?:US)?\\?\$|£|€|₹|₱|\bPhp\.?|฿|৳|\bR[se]\.?|INR|\bRM|\bRp\.?)\s*(?=[\d.])"
)


_PER = re.compile(r"\s*[\d.,]+\s*/")  # a number over a unit: a rate


def _with_dollar(answer: str) -> tuple[str, Unit | None] | None:
    """`split_quantity`, reading a dollar sign before a bare number as the unit dollar (so that
    `50 cents` meets `\\$0.50`, and `\\$5` is no length)."""
    m = DOLLAR_SIGN.match(answer)
    if m is None:
        return split_quantity(answer)
    q = split_quantity(answer[m.end() :])
    if q is not None and q[1] is not None and _PER.match(answer[m.end() :]):  # `\\$5/hr`: a rate
        return q[0], (
            q[1][0],
            tuple(a + b for a, b in zip(q[1][1], SYMBOLS["dollar"][1], strict=True)),
        )
    return q if q is None or q[1] is not None else (q[0], SYMBOLS["dollar"])


def _noun_forms(word: str) -> set[str]:
    word = word.lower()
    return {word, word.removesuffix("s"), word.removesuffix("es")}


def _unmatched(words: list[str], others: list[str]) -> list[str]:
    """The words of one side that the other side does not name (`girl` against `boy scouts`)."""
    return [w for w in words if not any(_noun_forms(w) & _noun_forms(o) for o in others)]


def _other_things(pred: str, ref: str) -> str | None:
    """`5 apples` against `5 oranges`, `56 girl scouts` against `56 boy scouts`: the same number
    of other things is `unknown_unit` (the words may name one thing, `5 kids` and `5 children`,
    or two); None otherwise (magnitude words, `5 thousand` against `5 million`, are left to the
    scaled values)."""
    if not (_COUNTED.fullmatch(pred) and _COUNTED.fullmatch(ref)):
        return None
    mine, theirs = pred.split()[1:], ref.split()[1:]
    if any(_noun_forms(w) & NOT_UNITS for w in mine + theirs):
        return None
    if not _unmatched(mine, theirs) or not _unmatched(theirs, mine):
        return None  # one side names the other's things, perhaps more closely: `5 red apples`
    try:
        same = Fraction(_number_of(pred)) == Fraction(_number_of(ref))
    except ValueError:
        return None
    return "unknown_unit" if same else None  # another number of things is simply wrong


def _number_of(text: str) -> str:
    return text.split()[0].replace(",", "")


# a letter, once the TeX commands of plain numbers are dropped (`\\frac{8h}{5}` has one, `\\pi` too)
_NUMBER_TEX = re.compile(r"\\(?:[dt]?frac|sqrt|cdot|times|left|right)(?![A-Za-z])")
_LETTER = re.compile(r"[^\W\d_]")
_PER_CENT = re.compile(r"\bper[ -]cent\b", re.I)


_TEX_SPACE = re.compile(r"\\[,;: !]|\\(?:quad|qquad|thinspace|phantom\{[^{}]*\})(?![A-Za-z])|~")


def convert_units(pred: str, ref: str) -> tuple[str, str, Fraction] | str | None:
    """(answer value, reference value, the factor that takes the answer's unit to the
    reference's); `different_unit`; or None when units decide nothing (see the module
    docstring)."""
    if is_count(pred) or is_count(ref):
        return None  # `8C3` is a count of combinations
    if "\\" in pred + ref:  # `5m\\,2dm`, `500 \\phantom{.} 000 \\text{ cm}`: TeX's spaces
        pred, ref = _TEX_SPACE.sub(" ", pred), _TEX_SPACE.sub(" ", ref)
    pred, ref = rupiah_groups(pred), rupiah_groups(ref)  # `Rp 100.000`: thousands
    pred, ref = digits_first(pred), digits_first(ref)  # `five cents`, `an hour`: as `5 cents`
    pred, ref = feet_inches(vulgar_mixed(pred)), feet_inches(vulgar_mixed(ref))  # `6' 3 ½"`
    pred = as_duration(
        pred, ref
    )  # `2:40` for `2 hours 40 minutes` (a reference `2:03` may be a time)
    pred, ref = dash_exponent(pred), dash_exponent(ref)  # `3.6 × 10–3 mol dm–3`
    pred, ref = rate_quotient(pred), rate_quotient(ref)  # `40 dollars/ 2 hours`
    if "cent" in pred or "cent" in ref:  # `5 per cent`: a percentage, not one per cent coin
        pred, ref = _PER_CENT.sub("percent", pred), _PER_CENT.sub("percent", ref)
    if (
        _TEMPERATURE_HINT.search(pred)
        or _TEMPERATURE_HINT.search(ref)
        or (_BARE_SCALE.search(pred) and _BARE_SCALE.search(ref))
    ):
        temp = _temperatures(pred, ref)
        if temp is not None:
            return temp
    money = money_forms(pred, ref)  # `297p` for `£2.97`, `Rs. 60 and 70 P`, `3,2 €`
    if money is None:
        return "different_unit"  # `£74p`, `\\$30 cents`: a currency sign and cents name no amount
    pred, ref = money
    qp, qr = _with_dollar(pred), _with_dollar(ref)
    if qp is None and qr is None:
        return _other_things(pred, ref) or _bare_units(pred, ref)
    if (qp is not None and qp[1] is not None and _PERCENT.fullmatch(ref)) or (
        qr is not None and qr[1] is not None and _PERCENT.fullmatch(pred)
    ):
        return "different_unit"  # `8 ft` for `8\\%`: a unit is no percent
    if qp is None and qr is not None and qr[1] is not None and _COUNTED.fullmatch(pred):
        return "unknown_unit"  # `4000 bananas` against `4000 ml`: a word the judge cannot convert
    if qr is None and qp is not None and qp[1] is not None and _COUNTED.fullmatch(ref):
        return "unknown_unit"  # `60 kg` against `60 knots`: the same, the other way round
    if qp is None and qr is not None and qr[1] is not None and not any(qr[1][1][6:]):
        if not _LETTER.search(_NUMBER_TEX.sub("", pred)):  # angles: the degree rules
            return pred, qr[0], Fraction(1)  # `10.03 + 1.825` for `11.855 L`: its value
    if qp is None or qr is None or (qp[1] is None and qr[1] is None):
        return None
    (vp, up), (vr, ur) = qp, qr
    vp, vr = shared_comma(vp, vr, pred, ref) if up and ur else (vp, vr)  # `730,1 g`, `7,301 hg`
    if up is None or ur is None:
        if any((up or ur or (Fraction(1), dims()))[1][6:]):
            deg = SYMBOLS["°"]
            if (up == deg and radians_rounding(vp, vr)) or (ur == deg and radians_rounding(vr, vp)):
                return "equal_rounded"  # `71.6°` for `1.25`: the plain number in radians
            return None  # degrees against a plain number: radians, maybe (the degree rules)
        return vp, vr, Fraction(1)  # a unit against a plain number: the values
    if up[1] != ur[1]:
        return _across(vp, up, vr, ur)
    factor = up[0] / ur[0]  # `88.5 km/h` for `24.6 m/s`: equal at the precision both state
    return "equal_rounded" if converted_rounding(vp, vr, factor) else (vp, vr, factor)


_DECIMAL_VALUE = re.compile(r"-?\d*\.\d+")


def _pints_as_volume(d: tuple[int, ...]) -> tuple[int, ...]:
    """Dimensions with the customary measures of capacity counted as volumes (length cubed)."""
    return (d[0] + 3 * d[10], *d[1:10], 0)


def _across(vp: str, up: Unit, vr: str, ur: Unit) -> tuple[str, str, Fraction] | str | None:
    """Units of two dimensions: degrees and radians named on both sides convert through pi;
    months or years against days or hours are `unknown_unit` (no exact number of days makes a
    month), and cups, pints, quarts or gallons against litres too (US or imperial?); other
    angles are left to the degree rules; anything else is `different_unit`."""
    deg, rad = SYMBOLS["°"], SYMBOLS["rad"]
    if (up, ur) in ((deg, rad), (rad, deg)):
        factor = "\\frac{\\pi}{180}" if up == deg else "\\frac{180}{\\pi}"
        if _DECIMAL_VALUE.fullmatch(vp):  # `0.464 rad` for `26.6°`: judged at its own precision
            inverse = "\\frac{180}{\\pi}" if up == deg else "\\frac{\\pi}{180}"
            exact = Fraction(vr) if _DECIMAL_VALUE.fullmatch(vr) else None  # no float in the CAS
            ref = f"\\frac{{{exact.numerator}}}{{{exact.denominator}}}" if exact is not None else vr
            return vp, f"({ref})\\cdot{inverse}", Fraction(1)
        return f"({vp})\\cdot{factor}", vr, Fraction(1)
    if (up[1][9] and ur[1][2]) or (ur[1][9] and up[1][2]):
        return "unknown_unit"
    if (up[1][10] or ur[1][10]) and _pints_as_volume(up[1]) == _pints_as_volume(ur[1]):
        return "unknown_unit"  # pints against litres, `mi/gal` against `km/L`: US or imperial?
    if not any(up[1][:6] + up[1][8:]) and not any(ur[1][:6] + ur[1][8:]):
        return None  # other angles: the degree rules
    return "different_unit"
