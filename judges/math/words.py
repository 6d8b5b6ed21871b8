"""Numbers written other than as plain digits (English number words are `english`'s): a
magnitude word that scales the number before it (`3 million`), a word or sign that only says the value is
approximate (`approximately 7.55`, `\\approx 7.55`, `x \\approx 7.55`), E notation (`1.5e-3`),
a repeating decimal (`0.1\\overline{6}`) and Unicode number forms (`½`, `2⁄3`, `10⁶`).

Bounded string work (anchored regexes over an answer whose length the caller has bounded).
"""

from __future__ import annotations

import re
import unicodedata
from fractions import Fraction

# other marks for the same thing: HTML powers and indices (`10<sup>9</sup>`), `+/-`, an em dash
# before a number as its minus sign
_HTML_SCRIPT = re.compile(r"<(sup|sub)>([^<>]{1,40})</\1>")
_EM_MINUS = re.compile(r"(?<![\w)}])—\s*(?=\d)")


_PLUS_MINUS = re.compile(r"(?:^|(?<=[\s(=,]))\+-(?=\s*[\d\\A-Za-z(])")


def plain_marks(s: str) -> str:
    """`10<sup>9</sup>` -> `10^{9}`, `x<sub>1</sub>` -> `x_{1}`, `+/-` -> `\\pm`, `—1.5` ->
    `-1.5`, `x equals 2` -> `x = 2`."""
    if "<su" in s:
        s = _HTML_SCRIPT.sub(
            lambda m: ("^{" if m.group(1) == "sup" else "_{") + m.group(2) + "}", s
        )
    if "+/-" in s:
        s = s.replace("+/-", "\\pm ")
    if "+-" in s:
        s = _PLUS_MINUS.sub(r"\\pm ", s)  # `+-12`, `x = +-3`: not x + (-3)
    if "—" in s:
        s = _EM_MINUS.sub("-", s)
    if " equals " in s:
        s = s.replace(" equals ", " = ")  # `x equals 2`
    return s


# "approximately 7.55": the value as stated, its precision read from its digits. Bounds ("at
# least", "over", "nearly", "almost", "up to") are not approximations and stay in the answer.
_APPROX_LEAD = re.compile(
    r"(?:approximately|approx\.?|roughly|about|around|circa|ca\.|≈|~|\\approx|\\simeq"
    r"|exactly|precisely)\s*"  # and "exactly 42": the value itself
    r"(?=[-+$\\\d.])",
    re.I,
)
_APPROX_ASSIGN = re.compile(
    r"((?:[A-Za-z]|\\[a-zA-Z]+)(?:_\{?[A-Za-z0-9]+\}?)?)\s*(?:≈|\\approx|\\simeq)\s*(?=\S)"
)


def drop_approximation(s: str) -> str:
    """`approximately 7.55` -> `7.55`, `\\approx 7.55` -> `7.55`, `x \\approx 7.55` -> `x = 7.55`:
    the answer is the stated value (compared with the precision its digits state)."""
    m = _APPROX_LEAD.match(s)
    if m is not None:
        return s[m.end() :]
    m = _APPROX_ASSIGN.match(s)
    if m is not None and not any(t in s[m.end() :] for t in ("\\approx", "≈", "=")):
        return f"{m.group(1)} = {s[m.end() :]}"
    return s


# `\frac{737}{39}\;\text{(about }18.9\text{ cards)}`, `12 (approximately 12.0)`: an aside
_ASIDE = re.compile(
    r"(?<=[\d}])(?:\s|\\[;,: ]|\\quad)*(?:\\text\{\s*)?\(\s*(?:\\text\{\s*)?"
    r"(?:about|approximately|approx\.?|roughly|around|\\approx|≈)(?![A-Za-z])[^()]{0,80}\)\}?\s*$",
    re.I,
)


# a closing Landau term of a truncated series: `+ \\mathcal{O}(x^7)`, `+ O(x^5)`, `+ o(h^2)`
_LANDAU = re.compile(
    r"\s*\+\s*(?:\\mathcal\s*\{\s*O\s*\}|\\mathcal\s*O|O|o)\s*\((?:[^()]|\([^()]*\))*\)$"
)


def drop_landau(s: str) -> str:
    """`x - \\frac{x^3}{6} + \\mathcal{O}(x^5)` -> `x - \\frac{x^3}{6}`: a series written to an order
    is its polynomial (the remainder term states no value)."""
    m = _LANDAU.search(s)
    return s[: m.start()] if m and m.start() > 0 else s


def drop_aside(s: str) -> str:
    """A closing parenthesis that gives the value approximately (`\\frac{737}{39}\\;\\text{(about
    }18.9\\text{ cards)}` -> `\\frac{737}{39}`): the answer is the value before it."""
    return _ASIDE.sub("", s)


# `The\ area\ of\ triangle\ ABC\ is\ 5`, `the sum is 505`: a box that holds a sentence
_RELATION_WORDS = re.compile(
    r"(?:(equal\s+to|the\s+same\s+as)|(?:not\s+)?(?:similar|congruent|parallel|perpendicular"
    r"|isomorphic|equivalent|greater|less|smaller|larger|bigger|tangent)\b)(?:\\ |\s)*",
    re.I,
)
_LEAD_IN = re.compile(r"(?:[A-Za-z]+(?:\\ |\s)+){1,12}?(?:is|equals|are)(?:\\ |\s)+(?=\S)")


# "answer" as a label in other languages (fr, es, pt, it, de, nl, ru, uk, pl, cs, ro, hu, tr, id/ms,
# sv/da/no, fi, el, zh, ja, ko, vi)
ANSWER_WORDS = (
    "R[ée]ponse|Respuesta|Resposta|Risposta|Antwort|Antwoord|Ответ|Відповідь|Odpowied[źz]"
    "|Odpověď|R[ăa]spuns|V[áa]lasz|Cevap|Yan[ıi]t|Jawaban|Jawapan|Svar|Vastaus|Απάντηση"
    "|答案|答え|答|정답|Đáp án"
)
# a word of a label before a value; not one that disowns it (`wrong answer: 8`, `first guess: 7`)
_LABEL_WORD = (
    r"(?!(?:wrong|incorrect|not|false|invalid|guess|attempt|draft|tentative|initial)\b)[A-Za-z]{2,}"
)
_LABEL = re.compile(
    rf"(?:final(?:\s+answer)?|answer|{ANSWER_WORDS})\s*[:：]\s*(?=\S)"
    rf"|(?:{_LABEL_WORD}[ \t]+){{0,5}}{_LABEL_WORD}\s*:\s*(?=(?:\\\$|[-+$€£.])?\d)",  # `cost of one pie: $8`
    re.I,
)
_SIGN_WORD = re.compile(
    r"(?:minus|negative)\s+(?=[\d.\\(])", re.I
)  # `minus 15`, `negative \\frac12`


def drop_lead_in(s: str) -> str:
    """`The\\ area\\ of\\ triangle\\ ABC\\ is\\ \\frac{54}{25}` -> `\\frac{54}{25}`: the words
    before "is" name the quantity; the value is what follows (one connector: a sentence with
    a second "is" is left as it is). A sign in words before a value: `minus 15` -> `-15`."""
    label = _LABEL.match(s)  # `Final: 5` after "the answer is"
    if label is not None:
        s = s[label.end() :]
    sign = _SIGN_WORD.match(s)
    if sign is not None:
        return "-" + s[sign.end() :]
    m = _LEAD_IN.match(s)
    if m is None or re.search(r"(?:\\ |\s)(?:is|are|equals)(?:\\ |\s)", s[m.end() :]):
        return s
    rest = s[m.end() :]
    if (rel := _RELATION_WORDS.match(rest)) is not None:
        # `x is equal to 5`: the value; `ABC is similar to DEF`: a statement, kept whole
        return rest[rel.end() :] if rel.group(1) else s
    return rest


# spoken operations on one operand (a number, a letter, pi, a command, a bracketed group)
_OPERAND = r"(-?\d+(?:\.\d+)?|\\?pi|\\[A-Za-z]+|[A-Za-z]|\([^()]{1,40}\)|\{[^{}]{1,40}\})"
_ROOT_WORDS = re.compile(
    rf"(?<![A-Za-z\\])(?:the\s+)?(?:(square|cube|fourth|fifth)\s*root|sqrt|sq\.?\s*rt\.?)(?:\s+of)?\s+"
    rf"{_OPERAND}(?![\w.])",  # also `4 square root 18`, `sq. rt of 6`
    re.I,
)
_POWER_WORDS = re.compile(rf"(?<![\w\\]){_OPERAND}\s+(squared|cubed)(?![A-Za-z])", re.I)
_OVER_WORD = re.compile(rf"(?<![\w\\]){_OPERAND}\s+over\s+{_OPERAND}(?![\w.])", re.I)
_ROOT_INDEX = {"square": "", "cube": "[3]", "fourth": "[4]", "fifth": "[5]"}


def spoken_math(s: str) -> str:
    """Operations in words on simple operands: `square root of 2` -> `\\sqrt{2}`, `CUBE ROOT OF
    35` -> `\\sqrt[3]{35}`, `x squared` -> `(x)^{2}`, `pi over 2` -> `\\frac{pi}{2}`."""
    s = _ROOT_WORDS.sub(
        lambda m: f"\\sqrt{_ROOT_INDEX[(m.group(1) or 'square').lower()]}{{{m.group(2)}}}", s
    )
    s = _POWER_WORDS.sub(
        lambda m: f"({m.group(1)})^{{{2 if m.group(2).lower() == 'squared' else 3}}}", s
    )
    return _OVER_WORD.sub(lambda m: f"\\frac{{{m.group(1)}}}{{{m.group(2)}}}", s)


# "or" and "and" in French and Portuguese, German, Turkish, Uzbek, Indonesian, Russian and
# Vietnamese (regex alternations); Spanish, Portuguese and Italian use one letter (`o`, `y`, `e`),
# read only after a value. The fallback's list glue (`x = 2 ou` before a final value) uses them too.
# "or" / "and" in French, German, Turkish, Uzbek, Indonesian, Russian, Vietnamese, Romanian,
# Polish, Hungarian, Swedish, Danish / Norwegian, Greek, Hindi, and the capitals of answer keys
FOREIGN_OR = "ou|oder|veya|yoki|atau|или|hoặc|sau|lub|albo|vagy|eller|ή|या|OR"
FOREIGN_AND = "et|und|ed|en|ve|va|dan|и|và|și|şi|oraz|és|och|og|και|और|AND"
# "not" and "maybe" in es/pt/it/fr/de/ru/tr/id/vi/pl (regex alternations, whole words), then the
# same in Chinese, Japanese and Korean (no word boundaries): a value they precede or follow
# (`La respuesta no es 5`, `答案可能是5`, `Cevap 5 değil`, `답은 5가 아니다`) is not stated
FOREIGN_DOUBT = (
    "no|não|non|nicht|pas|не|değil|bukan|tidak|không|nie|podría|poderia|potrebbe|pourrait|"
    "könnte|quizás?|talvez|forse|peut-être|vielleicht|wahrscheinlich|probablemente|"
    "provavelmente|probabilmente|posiblemente|возможно|может|вероятно|mungkin|belki|muhtemelen"
)
# "is" in Chinese, not as the end of another word (`还是`, `或是` "or"; `可是`, `但是` "but"; `要是`,
# `若是` "if"; `只是` "only"; `因为` "because"; `认为`, `以为` "think"; `作为`, `成为`, `称为`)
CJK_IS = r"(?<![还還或但可要若只])是|(?<![因认認以作成称稱])[为為]"
CJK_DOUBT = "不是|并非|並非|不等于|不等於|可能|大概|也许|也許|或许|或許|似乎|估计|估計|多分|たぶん|おそらく|아마"
# `x=2 ou x=-2`, `2 o 3`: one list of candidates, as "or"
_OR_WORD = re.compile(rf"(?<=\S) (?:{FOREIGN_OR}|(?<=[\d}})] )o) (?=\S)")
# `x = 2 y x = -2`: the one-letter "and" only between two values or equations, never before an
# operator (`2 y + 3` is 2y+3)
_AND_WORD = re.compile(
    rf"(?<=\S) (?:{FOREIGN_AND}|(?<=[\d}})] )[ye](?= (?:-?\d|[A-Za-z]\s*=))) (?=\S)"
)


def foreign_or(s: str) -> str:
    """`x=2 ou x=-2` -> `x=2 or x=-2`; `x = 2 et x = -2` -> `x = 2 and x = -2`."""
    if " " not in s:
        return s
    return _AND_WORD.sub(" and ", _OR_WORD.sub(" or ", s))


# `1.5e-3`, `2E8`: E notation (a digit before the `e`, an integer exponent, no letter after)
_E_NOTATION = re.compile(r"(?<![\w.\\])(\d+(?:\.\d*)?|\.\d+)[eE]([-+]?\d{1,4})(?![\w.])")
_E_TEX_SPACE = re.compile(r"(?<=\d[eE])\\!\s*([-+−]?)\s*\\!")  # `2.5e\!−\!5`: TeX's negative space


def e_notation(s: str) -> str:
    """`1.5e-3` -> `1.5\\times10^{-3}` (a number, not 1.5 times Euler's e times -3)."""
    if "\\!" in s:
        s = _E_TEX_SPACE.sub(lambda m: "-" if m[1] == "−" else m[1], s)
    return _E_NOTATION.sub(lambda m: f"{_lead0(m.group(1))}\\times10^{{{m.group(2)}}}", s)


def _lead0(num: str) -> str:
    """`.23` -> `0.23`, `2.` -> `2`."""
    return ("0" + num if num.startswith(".") else num).rstrip(".")


_SUPERSCRIPT = dict(
    zip(
        "⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺⁽⁾ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻ",
        "0123456789-+()abcdefghijklmnoprstuvwxyz",
        strict=True,
    )
)
_SUPERSCRIPTS = re.compile("[⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺⁽⁾ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻ]+")  # `2ˣ⁺¹`: 2^{x+1}
_SUBSCRIPTS = re.compile("[₀₁₂₃₄₅₆₇₈₉]+")


def vulgar_parts(ch: str) -> tuple[str, str] | None:
    """`½` -> (`1`, `2`): a Unicode vulgar fraction's numerator and denominator, read from its
    decomposition; None for any other character."""
    parts = unicodedata.decomposition(ch).split()
    if len(parts) != 4 or parts[0] != "<fraction>" or parts[2] != "2044":
        return None
    num, den = chr(int(parts[1], 16)), chr(int(parts[3], 16))
    return (num, den) if num.isdigit() and den.isdigit() else None


def _vulgar(ch: str) -> str | None:
    """`½` -> `\\frac{1}{2}`."""
    parts = vulgar_parts(ch)
    return None if parts is None else f"\\frac{{{parts[0]}}}{{{parts[1]}}}"


# a lone Cyrillic letter that looks like a Latin one (`х = 7` typed on a Russian keyboard)
_LOOKALIKE = re.compile(r"(?<![^\W\d_])[хуаоесрк](?![^\W\d_])")
_LATIN = str.maketrans("хуаоесрк", "xyaoecpk")


def latin_lookalikes(s: str) -> str:
    """`х=7` (a Cyrillic х) -> `x=7`: a one-letter variable, not a word."""
    return _LOOKALIKE.sub(lambda m: m.group(0).translate(_LATIN), s)


_SCRIPT_FRACTION = re.compile("([⁰¹²³⁴⁵⁶⁷⁸⁹]+)/([₀₁₂₃₄₅₆₇₈₉]+)")


def script_digits(script: str) -> str:
    """`₁₀`, `¹²`, `١٢`: the digits of another script as ASCII digits."""
    return "".join(str(unicodedata.digit(c)) for c in script)


# the fraction slash, primes (`149°35′`, `f′`) and a low comma (`1‚234`) in ASCII
_MARKS = {"⁄": "/", "′": "'", "″": "''", "‚": ",", "٫": ".", "٬": ","}  # Arabic decimal, thousands


def script_decimals(s: str) -> str:
    """`৮৭,৬৪,৫৩২`, `۱۲٫۹۳`: the decimal digits of other scripts, and the Arabic decimal and
    thousands signs, in ASCII (before digit groups are read)."""
    return "".join(
        str(unicodedata.decimal(c))
        if c > "\x7f" and c.isdecimal()
        else _MARKS.get(c, c)
        if c in "٫٬"
        else c
        for c in s
    )


def unicode_numbers(s: str) -> str:
    """Vulgar fractions (`1½` -> `1\\frac{1}{2}`), the fraction slash (`2⁄3` -> `2/3`), primes,
    superscript and subscript digits (`10⁶` -> `10^{6}`, `v₀` -> `v_{0}`) as TeX, units set in
    one square (`㎡` -> `m²`), other
    scripts' decimal digits and mathematical styled letters (`𝑥`) as ASCII."""
    out = []
    for ch in s:
        frac = _vulgar(ch) if "¼" <= ch <= "⅞" else None
        if "\U0001d400" <= ch <= "\U0001d7ff":  # `𝑥`, `𝐯`, `𝟐`: styled letters and digits
            ch = unicodedata.normalize("NFKC", ch)
        elif "\u3380" <= ch <= "\u33df":  # `㎡`, `㎠`, `㎏`: a unit in one square -> `m²`
            ch = unicodedata.normalize("NFKC", ch).replace("2", "²").replace("3", "³")
        if frac is None and ch > "\x7f" and ch.isdecimal():
            frac = str(unicodedata.decimal(ch))  # `๑๒๓`, `١٢٣`: digits of another script
        out.append(frac if frac is not None else _MARKS.get(ch, ch))
    s = "".join(out)
    if "/" in s:  # `⁹⁄₁₀`: a superscript over a subscript is a fraction
        s = _SCRIPT_FRACTION.sub(
            lambda m: f"\\frac{{{script_digits(m.group(1))}}}{{{script_digits(m.group(2))}}}", s
        )
    if _SUBSCRIPTS.search(s):
        s = _SUBSCRIPTS.sub(lambda m: "_{" + script_digits(m.group(0)) + "}", s)
    return _SUPERSCRIPTS.sub(_power, s)


def _power(m: re.Match[str]) -> str:
    if m.group(0) in ("²", "³"):
        return m.group(0)  # squares and cubes stay for the unit rules (`1,000.99m²`)
    digits = "".join(_SUPERSCRIPT[c] for c in m.group(0))
    return "^" + digits if len(digits) == 1 else "^{" + digits + "}"


# a clause after the answer that only says over which set a parameter ranges: `, k \\in
# \\mathbb{Z}`, `\\text{ for all } n`, `\\text{ where } a, b \\in \\mathbb{R}`, `\\forall k`
_QUALIFIER = re.compile(
    r"(?:,|\\[ ,;]|\\q?quad|\s)*(?:"
    r"\\text\{\s*(?:for\s+(?:all|every|each|any|some|integers?|(?:a|an)\s+integer)|where|with)\b"
    r"[^{}]*\}"
    r"|\\forall(?![a-zA-Z])"
    # `, k \\in`, `\\quad k \\in`, `(k \\in`: after a separator (`\\pi k, k \\in` keeps its `k`)
    r"|(?:\(|(?<=[,;])|(?<=quad)|(?<=\\ ))\s*[A-Za-z](?:\s*,\s*[A-Za-z])*\s*(?:\\in|∈)\s*(?:\\mathbb(?![a-zA-Z])|[ℤℕℝℚℂ])"
    r")"
)


# a closing clause that excludes one value of the variable: `x + 1, \\quad x \\neq 1`,
# `x + 1 \\text{ for } x \\neq 1`, `\\frac{1}{x} (x \\ne 0)`
_EXCLUDED = re.compile(
    r"(?:,|\\[ ,;]|\\q?quad|\s)*(?:\\text\{\s*(?:for|where|if|when)\s*\}\s*)?"
    r"(\()?\s*[A-Za-z]\s*(?:\\neq?|≠)\s*-?[\w\\{}./+-]{1,20}\s*(?(1)\))\s*$"
)


# what makes an exclusion part of a set rather than a side condition of a value
_SET_HEAD = re.compile(r"\\in(?![a-zA-Z])|∈|\\\{|\\mid(?![a-zA-Z])|:|\\mathbb")
# `x \\in \\mathbb{R}, x \\neq 2`: the variable ranges over the reals, and a condition follows
_REAL_AND = re.compile(
    r"\s*([A-Za-z])\s*(?:\\in|∈)\s*(?:\\mathbb\{R\}|ℝ)\s*(?:,|;|\\land|\\text\{\s*(?:and|with|such that)\s*\})"
    r"\s*(\1\s*(?:\\neq?|≠|<|>|\\[lg]eq?).*)"
)


def drop_qualifier(s: str) -> str:
    """`x = \\frac{3\\pi}{2} + 2\\pi k,\\ k \\in \\mathbb{Z}` -> `x = \\frac{3\\pi}{2} + 2\\pi k`: the
    answer without a closing clause that names a parameter's range (at most 80 characters, no
    `=` and no digit in it) or excludes one value (`x + 1, x \\neq 1`); an answer that is only
    such a clause stays."""
    if "\\ne" in s or "≠" in s:
        if (r := _REAL_AND.fullmatch(s)) is not None:
            return r.group(2)  # `x \\in \\mathbb{R}, x \\neq 2`: the condition is the set
        m = _EXCLUDED.search(s)
        if m is not None and m.start() > 0 and "=" not in s[: m.start()].replace("\\neq", ""):
            if _SET_HEAD.search(s[: m.start()]) is None:  # `\\{x : x \\neq 2\\}` keeps it
                return s[: m.start()].rstrip(" ,")
    m = _QUALIFIER.search(s)
    if m is None or m.start() == 0:
        return s
    clause = s[m.start() :]
    if len(clause) > 80 or re.search(r"[=\d]", clause):
        return s  # `2 \\forall n \\geq 3,\\ 1 (n < 3)`: a case split, not a range
    return s[: m.start()].rstrip(" ,;")


# degree marks: `^\\circ`, `°`, `\\degree`; also `135^o`, `135º`, `135∘` after a number
DEGREE_MARKS = re.compile(
    r"\^\s*\{\s*\\circ\s*\}|\^\s*\\circ|\\circ|°|\\degree|\\textdegree|\^\s*\{\s*o\s*\}"
    r"|(?<=[\d}])\s*(?:\^\s*o(?![A-Za-z])|[º∘])"
)


# an angle in degrees and minutes (and seconds): `149°35'`, `12^\\circ 30' 15''`
_DMS = re.compile(  # also `31∘43′53′′`, `42º 14' 32"`, `63^\\circ+10'+48''`, `31°25.776'`
    r"(\d+)\s*(?:[°º∘]|\^\s*\{?\s*(?:\\circ|o)\s*\}?)\s*\+?\s*(\d{1,2}(?:\.\d+)?)\s*['′’](?!['′])"
    r"(?:\s*\+?\s*(\d{1,2}(?:\.\d+)?)\s*(?:''|′′|[″\"”]))?"
)


def dms(s: str) -> str:
    """`149°35'` -> `\\frac{1795}{12}°`: degrees, minutes and seconds as one number of degrees
    (never the digits run together)."""

    def value(m: re.Match[str]) -> str:
        deg = Fraction(m.group(1)) + Fraction(m.group(2)) / 60 + Fraction(m.group(3) or 0) / 3600
        return (
            f"{deg}°"
            if deg.denominator == 1
            else f"\\frac{{{deg.numerator}}}{{{deg.denominator}}}°"
        )

    return _DMS.sub(value, s)


# `16% of 1060`, `15\\% of \\$46`: a percentage of an amount, which is a product
_PERCENT_OF = re.compile(r"(\d+(?:\.\d+)?)\s*\\?%\s*of\s*(?:\\?\$\s*)?(\d+(?:\.\d+)?)")


def percent_of(s: str) -> str:
    """`16% of 1060` -> `\\frac{16}{100} \\cdot 1060` (the whole text only: `25% of 80 is 20`
    is a sentence, read elsewhere)."""
    m = _PERCENT_OF.fullmatch(s.strip()) if "of" in s else None
    return s if m is None else f"\\frac{{{m[1]}}}{{100}} \\cdot {m[2]}"


# a formula of one-letter propositions joined by capital AND / OR / XOR / NOT (or a program's
# `&&`, `||` and a prefix `!`): logic, not a list (`a AND b` is no answer for `a OR b`)
_LOGIC_WORD = re.compile(r"\b(AND|OR|XOR|NOT)\b|&&|\|\||!(?=\s*[A-Za-z(])")
_LOGIC_FORMULA = re.compile(
    r"(?:\s|[()]|\b(?:AND|OR|XOR|NOT)\b|&&|\|\||!(?=\s*[A-Za-z(])|\b[a-zA-Z]\b)+"
)
_PROGRAM_SURE = re.compile(r"&&|!(?=\s*[A-Za-z(])")  # `||` alone may be bars (`||x| |y||`)
_LOGIC_TEX = {"AND": " \\land ", "&&": " \\land ", "OR": " \\lor ", "||": " \\lor "}
_LOGIC_TEX |= {"NOT": " \\neg ", "!": " \\neg ", "XOR": " \\oplus "}


def capital_logic(s: str) -> str:
    """`(NOT a) OR b` -> `(\\neg a)\\lor b`, `!a || b` -> `\\neg a\\lor b`: a propositional
    formula written in capital words or a program's operators, when every operand is one letter;
    anything else unchanged (`x = 2 OR x = 3` stays a list of two candidates, `n!` a factorial)."""
    if len(s) > 400 or not _LOGIC_WORD.search(s) or not _LOGIC_FORMULA.fullmatch(s):
        return s
    words = re.search(r"\b(?:AND|OR|XOR|NOT)\b", s)
    if not re.search(r"\b[a-zA-Z]\b", s) or not (words or _PROGRAM_SURE.search(s)):
        return s
    if "|" in s.replace("||", ""):
        return s  # a bar that is no "or"
    s = _LOGIC_WORD.sub(lambda m: _LOGIC_TEX[m.group(0)], s)
    return re.sub(r"\s+", " ", re.sub(r"\s*([()])\s*", r"\1", s)).strip()
