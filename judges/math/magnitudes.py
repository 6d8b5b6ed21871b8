"""Magnitude words after a number, in the languages the judge reads (`3 million`, `5 Mio.`,
`2 lakh`, `4 тыс.`, `7 juta`, `3 tenths`): the power of ten each one multiplies by.

A magnitude word changes the value, so it is never dropped as a unit or counted noun: `5 lakh`
is 500000, never 5 (dropping it made a wrong answer equal to the bare number). Words with a
second, unrelated reading that the judge cannot tell apart stay out of the table but are never
dropped either (`NOT_UNITS`): `5 thou` may be 5000 or five thousandths of an inch. CJK magnitudes
(万, 億, 만) are read by `chinese.cjk_magnitudes`; a unit prefix (`k`, `M`) by `quantity`.
"""

from __future__ import annotations

import re

# English words and their abbreviations, which take a plural `s` (`3 millions`, `5 tenths`)
_ENGLISH = {"hundred": 2, "thousand": 3, "million": 6, "billion": 9, "trillion": 12}
_ENGLISH |= {"quadrillion": 15, "quintillion": 18}
_ENGLISH |= {"lakh": 5, "crore": 7, "mln": 6, "bln": 9, "bn": 9, "grand": 3}
_ENGLISH |= {"tenth": -1, "hundredth": -2, "thousandth": -3}
# the other languages' words, every inflected form written out (no plural `s` is added)
_OTHER = {
    # French, Spanish, Portuguese, Italian
    "mille": 3, "milliard": 9, "milliards": 9, "mil": 3, "millón": 6, "millones": 6,
    "milhão": 6, "milhões": 6, "bilhão": 9, "bilhões": 9, "mila": 3, "milione": 6,
    "milioni": 6, "miliardo": 9, "miliardi": 9,
    # German, Dutch, Scandinavian, Finnish, Hungarian, Romanian
    "tausend": 3, "mio": 6, "millionen": 6, "mrd": 9, "milliarde": 9, "milliarden": 9,
    "duizend": 3, "miljoen": 6, "miljard": 9, "tusen": 3, "tusind": 3, "miljon": 6,
    "miljoner": 6, "miljarder": 9, "tuhat": 3, "tuhatta": 3, "miljoona": 6, "miljoonaa": 6,
    "miljardia": 9, "ezer": 3, "millió": 6, "milliárd": 9, "mii": 3, "milioane": 6,
    "miliarde": 9,
    # Russian, Ukrainian, Polish, Czech
    "тыс": 3, "тысяча": 3, "тысячи": 3, "тысяч": 3, "млн": 6, "миллион": 6, "миллиона": 6,
    "миллионов": 6, "млрд": 9, "миллиард": 9, "миллиарда": 9, "миллиардов": 9, "тис": 3,
    "тисяча": 3, "тисячі": 3, "тисяч": 3, "мільйон": 6, "мільйона": 6, "мільйонів": 6,
    "tys": 3, "tysiąc": 3, "tysiące": 3, "tysięcy": 3, "milion": 6, "miliony": 6,
    "milionów": 6, "mld": 9, "miliard": 9, "miliardy": 9, "miliardów": 9, "tis": 3,
    "tisíc": 3, "milionů": 6, "miliarda": 9,
    # Turkish, Indonesian / Malay, Vietnamese
    "bin": 3, "milyon": 6, "milyar": 9, "ratus": 2, "ribu": 3, "juta": 6, "miliar": 9,
    "trăm": 2, "nghìn": 3, "ngàn": 3, "triệu": 6, "tỷ": 9, "tỉ": 9,
    # Hindi (with the nukta precomposed or not), Greek, Arabic
    "ह\u095bार": 3, "हज\u093cार": 3, "हजार": 3, "लाख": 5, "करो\u095c": 7, "करोड\u093c": 7,
    "χιλιάδες": 3, "χιλιάδα": 3, "εκατομμύριο": 6, "εκατομμύρια": 6,
    "δισεκατομμύρια": 9, "ألف": 3, "آلاف": 3, "مليون": 6, "ملايين": 6, "مليار": 9,
    "मिलियन": 6, "बिलियन": 9,
    # Bengali, Persian, Hebrew
    "হাজার": 3, "লক্ষ": 5, "লাখ": 5, "কোটি": 7, "মিলি\u09af\u09bcন": 6, "মিলি\u09dfন": 6,
    "বিলি\u09af\u09bcন": 9, "বিলি\u09dfন": 9, "هزار": 3, "میلیون": 6, "میلیارد": 9, "אלף": 3, "מיליון": 6, "מיליארד": 9,
    # Hindi, Marathi, Nepali (Devanagari): arab, kharab, crore without the nukta, Marathi's
    # koti, abja and dashalaksha; Gujarati, Punjabi (Gurmukhi) and Urdu: thousand, lakh,
    # crore, arab
    "अरब": 9, "खरब": 11, "करोड": 7, "कोटी": 7, "अब्ज": 9, "दशलक्ष": 6, "अर्ब": 9,
    "હજાર": 3, "લાખ": 5, "કરોડ": 7, "અબજ": 9,
    "ਹਜ਼ਾਰ": 3, "ਹ\u0a5bਾਰ": 3, "ਹਜਾਰ": 3, "ਲੱਖ": 5, "ਕਰੋੜ": 7, "ਅਰਬ": 9,
    "ہزار": 3, "لاکھ": 5, "کروڑ": 7, "ارب": 9, "ملین": 6,
    # Tamil, Telugu (with their plural and oblique forms), Kannada, Malayalam, Sinhala
    "ஆயிரம்": 3, "லட்சம்": 5, "இலட்சம்": 5, "கோடி": 7, "மில்லியன்": 6, "பில்லியன்": 9,
    "వేలు": 3, "వేల": 3, "లక్ష": 5, "లక్షలు": 5, "లక్షల": 5, "కోటి": 7, "కోట్లు": 7,
    "కోట్ల": 7, "మిలియన్": 6, "బిలియన్": 9,
    "ಸಾವಿರ": 3, "ಲಕ್ಷ": 5, "ಕೋಟಿ": 7, "ಮಿಲಿಯನ್": 6, "ಬಿಲಿಯನ್": 9,
    "ആയിരം": 3, "ലക്ഷം": 5, "കോടി": 7, "ദശലക്ഷം": 6,
    "දහස": 3, "ලක්ෂ": 5, "කෝටි": 7, "මිලියන": 6, "බිලියන": 9,
}  # fmt: skip
# decimal places by name in Spanish, Portuguese, French and Italian (`50 centésimas` is 0.5),
# every gender and number, with and without the accent
_OTHER |= {
    f"{stem}{end}": power
    for stems, ends, power in (
        (("décim", "decim"), ("a", "as", "o", "os", "i"), -1),
        (("centésim", "centesim"), ("a", "as", "o", "os", "i"), -2),
        (("milésim", "milesim", "millesim"), ("a", "as", "o", "os", "i"), -3),
        (("dixièm", "dixiem"), ("e", "es"), -1),
        (("centièm", "centiem"), ("e", "es"), -2),
        (("millièm", "milliem"), ("e", "es"), -3),
    )
    for stem in stems
    for end in ends
}
MAGNITUDES: dict[str, int] = _ENGLISH | _OTHER
"""Every magnitude word (lower case) and the power of ten it multiplies by."""


def _alternation(words: dict[str, int]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


MAGNITUDE_WORDS = rf"(?:{_alternation(_ENGLISH)})s?|{_alternation(_OTHER)}"
"""A regex alternation of every magnitude word (English ones with a plural `s`); the matched
word less a trailing `s` (or an abbreviation's dot) is a key of `MAGNITUDES`."""

NOT_UNITS = frozenset(MAGNITUDES) | {"thou"}
"""Words after a number that are never dropped as a unit or a counted noun."""


def power_of(word: str) -> int:
    """The power of ten of a matched magnitude word (`Millions` -> 6, `Mio.` -> 6)."""
    w = word.lower().rstrip(".")
    return MAGNITUDES[w] if w in MAGNITUDES else MAGNITUDES[w[:-1]]


MAGNITUDE_RE = re.compile(
    r"(?<![\d.,])(-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?:\s|\\[ ,;:!])*(\\(?:text|mbox|mathrm)\{\s*)?"
    rf"({MAGNITUDE_WORDS})\.?(?![^\W\d_])(\s*\}})?",
    re.I,
)  # `3 million`, `5 Mio.`, `2\text{ lakh}`: the words and powers in `magnitudes`


def _magnitude(m: re.Match[str]) -> str:
    """`3 million` -> `3000000`, `2.5 thousand` -> `2500` (exact decimal arithmetic)."""
    from decimal import Decimal

    v = Decimal(m.group(1).replace(",", "")) * (Decimal(10) ** power_of(m.group(3)))
    text = format(v.normalize(), "f") if v == v.to_integral_value() else format(v, "f")
    # `365\text{ nghìn đồng}`: the span goes on after the word; it stays open for the rest
    return f"{text} {m.group(2)}" if m.group(2) and not m.group(4) else text


# an answer that is an ordinal: `12th`, `3rd place`, `12^{\\mathrm{th}}`, `21^\\text{st}`
_ORDINAL_ANSWER = re.compile(
    r"(\d+)(?:st|nd|rd|th|\s*\^\s*\{?\s*(?:\\(?:mathrm|text|textrm|rm)\s*\{\s*)?(?:st|nd|rd|th)"
    r"\s*\}?\s*\}?)(?![A-Za-z])"
)


def scale_magnitudes(s: str) -> str:
    """Every `N million` / `N thousand` ... of `s` as the number it names; an answer that opens
    with an ordinal (`12th`, `12^{\\mathrm{th}}`) as its number."""
    if s[:1].isdigit() and ("t" in s or "d" in s):
        s = _ORDINAL_ANSWER.sub(r"\1", s, count=1) if _ORDINAL_ANSWER.match(s) else s
    return MAGNITUDE_RE.sub(_magnitude, s) if MAGNITUDE_RE.search(s) else s
