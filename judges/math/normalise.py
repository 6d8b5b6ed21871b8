"""String normalisation of answers (public, stable API): `canonical_answer`, `normalise_answer`,
`answer_key`, `choice_letter`.

`canonical_answer(s)` maps equivalent spellings of an answer to one string without parsing it:
`\\dfrac` -> `\\frac`, `\\left`/`\\right`/spacing commands dropped, `{,}` and thousands separators
removed, `\\text{}` units / degrees / percent / currency dropped, `\\mathrm{e}` -> `e`, mixed
numbers `2\\frac{1}{2}` -> `\\frac{5}{2}`, insignificant spaces removed. Two answers with the same
canonical string are equal; different strings may still be equal (the comparison parses them).

`normalise_answer(s)` returns the canonical string plus the flags that were stripped (percent,
degrees), which the comparison uses (`28\\%` may be written `28` or `0.28`).

All functions are linear-time on their input (callers bound the length first).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from curate.judges.math.asides import restated
from curate.judges.math.assign import INEQUALITY, inverse_names, paren_close, spaced_equations
from curate.judges.math.chinese import chinese_forms, cjk_magnitudes
from curate.judges.math.clock import SPOKEN_HINT, clock, spoken_time
from curate.judges.math.currency import CURRENCY_HINT, CURRENCY_SIGNS, rupiah_groups
from curate.judges.math.english import number_word
from curate.judges.math.european import (
    continental,
    continental_hint,
    digit_groups,
    indian_grouping,
    list_thousands,
    ratio_words,
    sum_thousands,
    tex_decimal_commas,
)
from curate.judges.math.extract import find_braced, strip_answer
from curate.judges.math.garbled import token_matrix
from curate.judges.math.greek import greek_letters
from curate.judges.math.intervals import tidy_intervals
from curate.judges.math.magnitudes import scale_magnitudes
from curate.judges.math.mixed import improper_mixed, plain_mixed, remainder, tex_mixed
from curate.judges.math.plain import brace_tex_args, named_functions, plain_to_tex, tidy_powers
from curate.judges.math.repeating import dotted_repeats, repeating_decimal
from curate.judges.math.setwords import set_words, signed_reals
from curate.judges.math.spellings import (
    FUNCTION_NAME,
    SIMPLE_REPLACE,
    STYLE_ARG,
    TEXT_CMDS,
    UNWRAP_CMDS,
    lost_marks,
    unicode_marks,
)
from curate.judges.math.units import (
    CJK_BOUND,
    CJK_TAIL,
    GLUED_UNIT,
    SCALING_WORDS,
    WORD_END,
    drop_trailing_units,
    glued_word,
    unit_fraction,
)
from curate.judges.math.worded import words_number
from curate.judges.math.words import (
    DEGREE_MARKS,
    capital_logic,
    dms,
    drop_approximation,
    drop_aside,
    drop_landau,
    drop_lead_in,
    drop_qualifier,
    e_notation,
    foreign_or,
    latin_lookalikes,
    percent_of,
    plain_marks,
    script_decimals,
    spoken_math,
    unicode_numbers,
)

_SEGMENT = re.compile(r"\\overline\{\s*([A-Z]\s*[A-Z])\s*\}")  # a segment by its two ends
# `v^2_0`: a power written before the subscript, which latex2sympy cannot read: `v_0^2`
_POWER_FIRST = re.compile(
    r"(?<![\\A-Za-z])([A-Za-z])\^(\{[^{}]*\}|[A-Za-z0-9])_(\{[^{}]*\}|[A-Za-z0-9])"
)
_GLUED_OR = re.compile(r"(?<=[\d)}])or(?=[A-Za-z]\s*=)")
_LEFT_RIGHT = re.compile(
    r"\\(?:left|right|middle|bigl|bigr|Bigl|Bigr|biggl|biggr|Biggl|Biggr|big|Big|bigg|Bigg)(?![a-zA-Z])\s*(\.(?![0-9]))?"
)
_SPACING = re.compile(
    r"(?<!\\)\\[,:;> ]|\\(?:quad|qquad|enspace|thinspace|medspace|thickspace|space|hspace\{[^{}]*\}|phantom\{[^{}]*\})(?![a-zA-Z])|~"
    r"|\{?\\(?:text|mbox)\{\s*\}\}?"  # `[0,{\\text{ }}7]`: a space typed as empty text
)
_CJK_DEGREE = re.compile(r"(?<=\d)\s*度")  # `30度`: degrees (of an angle or a temperature)
_CJK_MINUTES = re.compile(r"(?<=°)\s*(\d+)\s*分(?:\s*(\d+)\s*秒)?")  # `36度15分`: minutes
_PERCENT = (
    re.compile(  # and the word in German, French, Spanish, Portuguese, Italian, Dutch, Indonesian
        r"(?:\\%|%)(?:\s*(?:p\.?\s?a\.?|per\s+(?:annum|year)|a\s+year)(?![A-Za-z]))?"  # `9.75% pa`
        r"|\\text\{\s*\\?%\s*\}| ?\b(?:[Pp]ercent(?:age)?|per[ -]cent|pct"
        r"|(?i:prozent|pour ?cent|por ?ciento|por ?cento|per ?cento|procent|persen))\b"
    )
)
_LE_GE = re.compile(r"\\(le|ge|lt|gt|ne|vee|wedge)(?![a-zA-Z])")
_LE_GE_TEX = {"le": "\\leq", "ge": "\\geq", "lt": "<", "gt": ">", "ne": "\\neq"}
_LE_GE_TEX.update({"vee": " \\lor ", "wedge": " \\land "})  # logic's "or" / "and"
_SPOKEN = re.compile(r"(?i)root\s+(?:of\b|(?=\d))|\bsq\.?\s*rt\b|\bsquared\b|\bcubed\b|\sover\s")
_TIMES_TEN = re.compile(r"(?<=\d)\s*[xX]\s*(?=10\^)")  # `3x10^8`: scientific notation
_THOUSANDS_TEX = re.compile(r"(?<=\d),\\!\s*(?=\d{3}(?!\d))")
# Indian digit grouping with TeX separators: `56,\!01,\!78,\!95,\!760` (pairs, then three)
_LAKH_TEX = re.compile(r"(?<![\d.])\d{1,2}(?:,\\!\s*\d{2})+,\\!\s*\d{3}(?![\d])")
_WORD_SEP = re.compile(r"(?<=\S) (?:or|and) (?=\S)")
_LOGIC_SEP = re.compile(r"(?<=\S) (or|and) (?=\S)")
_SPACE_DIGITS = re.compile(r"(?<=\d) (?=\d{3}(?!\d))")
# `0.000 25`, `0,000 000 08`: SI groups of decimals (after a decimal comma only when it follows 0)
_SPACE_DECIMALS = re.compile(r"(?:\.|(?<![\d.,])0,)\d{3}(?: \d{3})* \d{1,3}(?![\d.,])")
_WS = re.compile(r"\s+")
_SPACED_NUMBERS = re.compile(r"-?\d+(?:\.\d+)?(?: -?\d+(?:\.\d+)?)+")
_SPACE_DROP = re.compile(r" (?![A-Za-z])|(?<![A-Za-z]) ")

_NEG_POWER = re.compile(r"\^\s*-\s*(\d+(?:\.\d+)?|[A-Za-z](?![A-Za-z]))")  # `10^-2`, `e^-x`
# `\frac{945}{16,384}`: thousands separators inside one braced number
_BRACED_THOUSANDS = re.compile(r"\{(-?\d{1,3}(?:,\d{3})+)\}")
_TRIG = re.compile(r"\\(?:sin|cos|tan|cot|sec|csc)(?![a-zA-Z])")
_DEG_NUM = re.compile(  # `120°`, `120^\\circ`, `120º`, `{135}^{o}`: degrees
    r"(?<![\d.{}])\{?(\d+(?:\.\d+)?)\}?\s*(?:\^\s*\{?\s*(?:\\circ|o(?![A-Za-z]))\s*\}?|[°º∘]|\\degree)"
)
_ESCAPED_BOX = re.compile(r"\\(?:boxed|fbox)\{([^{}]*)\\\}")
_PLAIN_WORDS = re.compile(r"[A-Za-z' -]+")  # words only: compared case-insensitively later
_ROOT_SIGN = re.compile(r"([√∛∜])\s*([-−]?\d+(?:\.\d+)?|[A-Za-z](?![A-Za-z]))")
_ROOT_INDEX = {"√": "", "∛": "[3]", "∜": "[4]"}
_TITLE_WORD = re.compile(r"(?<![\\A-Za-z])[A-Z][a-z]{2,}(?![A-Za-z])")  # a capitalised word
_LIST_ELLIPSIS = re.compile(r"(,\s*)(?:\.\.\.|…)")
# pictographs and dingbats closing an answer (not the circled digits ❶-➓), with their joiners
_EMOJI_TAIL = re.compile(
    "[\U0001f000-\U0001faff\u2600-\u2775\u2794-\u27bf\ufe0f\u200d](?:[\\s\U0001f000-\U0001faff"
    "\u2600-\u2775\u2794-\u27bf\ufe0f\u200d])*$"
)
# a minus between a set (the reals, an interval, a listed set) and a listed set: set difference
_SET_MINUS = re.compile(
    r"(\\mathbb\{[A-Z]\}|[\])]|\\\})\s*-\s*(\\\{)|(\\mathbb\{R\})\s*-\s*(?=[\[(\]])"
)
_IN_R = re.compile(r"\\in\s*(?:R|\\math(?:bf|rm)\{R\})(?![A-Za-z_^])")  # `\\mathbf{R}` too
_CASES = re.compile(r"\\begin\{cases\}(.*?)\\end\{cases\}", re.S)


@dataclass(frozen=True)
class Normalised:
    """A canonical answer and what normalisation removed from it."""

    text: str
    percent: bool = False
    degrees: bool = False
    malformed: bool = False  # a number with no value (`11 6/6`): text is empty
    comma: bool = False  # one comma between digits, unspaced (`0,5`): maybe a decimal comma
    cut: bool = False  # one decimal cut short (`0.4136…`): more digits follow the ones shown


def _replace_commands(s: str, cmds: tuple[str, ...], fn: object) -> str:
    """Replace `\\cmd{...}` (brace-matched) by fn(cmd, content); other text kept. Linear."""
    out: list[str] = []
    i = 0
    n = len(s)
    while i < n:
        j = s.find("\\", i)
        if j < 0:
            out.append(s[i:])
            break
        out.append(s[i:j])
        matched = None
        for cmd in cmds:
            if s.startswith(cmd, j) and not s[j + len(cmd) : j + len(cmd) + 1].isalpha():
                matched = cmd
                break
        if matched is None:
            k = j + 1
            while k < n and s[k].isalpha():
                k += 1
            out.append(s[j : max(k, j + 2)])
            i = max(k, j + 2)
            continue
        k = j + len(matched)
        while k < n and s[k] == " ":
            k += 1
        if k < n and s[k] == "{":
            end = find_braced(s, k)
            if end < 0:
                out.append(s[j:])
                break
            out.append(fn(matched, s[k + 1 : end - 1]))  # type: ignore[operator]
            i = end
        else:
            out.append(fn(matched, None))  # type: ignore[operator]
            i = k
    return "".join(out)


def _text_block(cmd: str, content: str | None) -> str:
    if content is None:
        return "" if cmd in ("\\bf", "\\rm") else cmd
    c = content.strip()
    if FUNCTION_NAME.fullmatch(c) or cmd == "\\operatorname":  # `\\text{ ln}`: the function
        return f"\\{c} " if FUNCTION_NAME.fullmatch(c) else "\\operatorname{" + c + "}"
    if c in ("and", "or"):
        return f" {c} "  # a list, or (between inequalities) a union / an intersection
    if c in (",", "&"):
        return ","
    if len(c) <= 1 and (c.isalpha() or cmd != "\\text"):
        return c  # \mathrm{e}, \mathrm{i}, \mathbf{x}, \text{x}: one letter is a symbol
    return "\x00" + c + "\x01"  # mark text spans; decided after the whole string is seen


def _unwrap(cmd: str, content: str | None) -> str:
    return "" if content is None else content


def _resolve_text(s: str) -> str:
    """Text spans: the whole answer -> its content; a trailing/inner word annotation next to math
    (units such as `\\text{ cm}`) -> removed."""
    if "\x00" not in s:
        return s
    stripped = s.strip()
    if stripped.startswith("\x00") and stripped.endswith("\x01") and stripped.count("\x00") == 1:
        return stripped[1:-1].strip()
    s = re.sub(
        r"(\x00[^\x00\x01]*)\x01\s*\^\s*(\{\s*[23]\s*\}|[23])",
        lambda m: m.group(1) + "^" + m.group(2) + "\x01",
        s,
    )  # \text{cm}^2
    rest = re.sub(r"\x00[^\x00\x01]*\x01", "", s).strip()
    if rest and re.search(r"[\d\\]", rest):
        # annotations next to math: drop word-only spans (units), keep math-ish ones
        def keep(m: re.Match[str]) -> str:
            c = m.group(1)
            # `3\text{ million}`, `\frac12\text{ percent}`: words that change the value stay
            if SCALING_WORDS.intersection(c.lower().split()):
                return f" {c} "
            if re.match(r"\s*[\d(]", m.string[m.end() :]):
                return c  # `5 \\text{ oder } 6`: words between two values are no unit
            if re.fullmatch(r"(?:[^\W_]|[\s.'/^{}-])*", c) and re.search(r"[^\W\d_]", c):
                return " "  # words in any script (`\\text{ nghìn đồng}`): a unit
            return c

        return re.sub(r"\x00([^\x00\x01]*)\x01", keep, s)
    return s.replace("\x00", "").replace("\x01", "")


def _cjk_words(m: re.Match[str]) -> str:
    """Words after the value dropped, unless they bound it (`5以上`: "5 or more")."""
    return m.group(0) if CJK_BOUND.search(m.group(0).strip()) else ""


_PERCENT_HINT = re.compile("%|pct|cent|rozent|ciento|erc|ersen")
_RATIO_HINT = re.compile(
    "to|in|of|zu|su|von|every|cada|em|op|على|من|חלקי|represents|stands|[a-z}] *[:=]"
)  # `4 to 5`, `1 in 4`, `1 cm:5 m`
_CUT = re.compile(r"-?\d*\.\d+\s*(?:\.{2,3}|…|\\ldots)\s*(?:\\?%)?")  # `3.553…`, `0.01024..`
_WORDED = re.compile(r"[^\W\d_]|.*[^\W\d_]$")  # a word first or last: number words
_REPEAT_HINT = re.compile(
    r"\\(?:overline|bar|wide\w+)\{|\\dot|[.,].*\)\Z|[\d.](?:bar|dot)|recurring|repeating"
)


def _spelled(s: str) -> str:
    """Spellings decided before anything else: a trailing line break, an approximation word or
    sign, a number word, a time of day, magnitude words, degrees inside trig functions, a glued unit, a plain mixed number."""
    if s.startswith("=") and s[1:2] not in ("", "="):  # `=7`: the value after an equals sign
        s = s[1:].lstrip()
    s = spaced_equations(lost_marks(s))  # `9.44 x 10-5`, `2.(x-3)`; `x_1=9 \\quad x_2=4`: two roots
    if s.endswith("\\\\"):  # a trailing LaTeX line break
        s = s[:-2].rstrip()
    elif s.endswith("\\"):  # a lone trailing backslash escapes nothing: a stray character
        s = s[:-1].rstrip()
    if "\\\\begin{" in s:  # an escaped environment (`\\begin{pmatrix} 1 \\\\ 2`): unescape
        s = s.replace("\\\\\\\\", "\x02").replace("\\\\", "\\").replace("\x02", "\\\\")
    if "matrix}" in s:
        s = token_matrix(s)  # a whole answer one token per row (MathArena): no matrix
    if continental_hint(s):
        s = continental(s)  # `]-8;13[`, `4;-5;10,2`, `1,357 \\times 10^3`, `[0,1) U [1,2]`
    if ", " in s and re.search(r"\d,\d{3}", s):
        s = list_thousands(s)  # `525, 1,400`
    elif "," in s:  # `1,000+40+\\frac{5}{10,000}`, `10*(362,880)`; `5,00,000`, the Indian way
        s = sum_thousands(s) if re.search(r"[+*×:]|\\cdot", s) else indian_grouping(s)
    if "<su" in s or "+/-" in s or "+-" in s or "—" in s or " equals " in s:
        s = plain_marks(s)  # `10<sup>9</sup>`, `+/-`, `—1.5`
    if not s.isascii():
        s = _EMOJI_TAIL.sub("", s)  # `5🎉`: pictographs carry no value
        s = unicode_numbers(s)  # `½`, `2⁄3`, `10⁶`
        s = latin_lookalikes(s)  # `х = 7` with a Cyrillic х
        s = _ROOT_SIGN.sub(lambda m: f"\\sqrt{_ROOT_INDEX[m[1]]}{{{m[2]}}}", s)  # `2√113`, `∜16`
        s = _CJK_DEGREE.sub("°", cjk_magnitudes(s))  # `3万` -> 30000, `30度` -> 30°
        if "°" in s and "分" in s:
            s = _CJK_MINUTES.sub(lambda m: f"{m[1]}'" + (f"{m[2]}''" if m[2] else ""), s)
        s = CJK_TAIL.sub(_cjk_words, s)  # `28.26平方单位`, `42입니다`: words after the value
    if s.endswith(("!", "！", "。")):
        s = WORD_END.sub(lambda m: m.group(1) or "", s)  # `负数！`, `Yes!`: after a word
    if s.endswith((")", ")}")):
        s = drop_landau(drop_aside(s))  # `\\frac{737}{39} (about 18.9)`, `x + O(x^3)`
        s = restated(s, normalise_answer)  # `1,000 (one thousand)`, `648 € (648,00 €)`
    if s[:1].isalpha() or s[:1] in "\\≈~":
        s = drop_lead_in(drop_approximation(s))  # `approximately 7.55`, `the area is 5`
    if "\\forall" in s or "\\mathbb" in s or "\\text{" in s or "\\ne" in s or "≠" in s or "ℤ" in s:
        s = drop_qualifier(s)  # `2\\pi k,\\ k \\in \\mathbb{Z}`, `2^n \\text{ for all } n`
    m = _ESCAPED_BOX.fullmatch(s)
    if m:  # `\boxed{5\}`: the closing brace escaped
        s = m.group(1)
    if len(s) <= 60 and SPOKEN_HINT.search(s):
        s = spoken_time(s) or s  # `a quarter past 2`, `half past two`, `five-thirty`
    if _WORDED.match(s) and len(s) <= 200 and (w := number_word(s) or words_number(s)):
        s = w  # `two point three`, `doscientos`, `2 sixths`
    elif s[:1].isalpha() and "," in s and len(s) <= 200:
        items = [number_word(p) for p in s.split(",")]  # `five, six`: a list of number words
        s = ", ".join(i for i in items if i) if all(items) else s
    if _SPOKEN.search(s):
        s = spoken_math(s)  # `square root of 2`, `x squared`, `pi over 2`
    if ":" in s or "m" in s or "M" in s or "hours" in s or "hrs" in s:  # `20:34`, `5 pm`
        s = clock(s)
    s = scale_magnitudes(s)
    if "e" in s or "E" in s:
        s = e_notation(s)  # `1.5e-3`
    if "10^" in s:
        s = _TIMES_TEN.sub(lambda _: " \\times ", s)
    if _REPEAT_HINT.search(s):
        s = repeating_decimal(s)  # `0.1\\overline{6}`, `0.1\\dot{6}`, `0.(6)`
        s = _SEGMENT.sub(r"\1", s)  # `\\overline{AB}`: the segment AB
    if "\\" in s and _TRIG.search(s):  # degrees inside trig functions: radians
        s = _DEG_NUM.sub(lambda m: f"\\frac{{{m.group(1)}\\pi}}{{180}}", s)
    if "\\begin{cases}" in s:  # a system: its equations as a list
        s = _CASES.sub(
            lambda m: ", ".join(r.replace("&", " ") for r in m.group(1).split("\\\\")), s
        )
    if "^" in s and "-" in s:
        s = _NEG_POWER.sub(r"^{-\1}", s)
    if "\\binom" in s and "\\sum" not in s:  # `63\\binom{64}{2}` is a product (latex2sympy adds)
        s = re.sub(r"(?<=[\d}])\s*\\binom", r" \\cdot \\binom", s)
    if "," in s and "{" in s:
        s = _BRACED_THOUSANDS.sub(lambda m: "{" + m.group(1).replace(",", "") + "}", s)
    if "frac" in s and "\\" in s:
        s = unit_fraction(s)  # `72\\,\\frac{{\\rm{km}}}{{\\rm{h}}}`: `72 km/h`
    m = GLUED_UNIT.search(s)
    if m and glued_word(m.group(1)):
        s = s[: m.start()] + " " + s[m.start() :]  # `10weeks` -> `10 weeks`
    return plain_mixed(s)


def normalise_answer(answer: str) -> Normalised:
    """Canonical string of an answer plus what was stripped (see the module docstring)."""
    if not answer.isascii():  # the Unicode minus first: `x^−1` is braced as `x^-1` is
        answer = chinese_forms(script_decimals(unicode_marks(answer)))  # `৮৭,৬৪`, `３／４`
    if "..." in answer or "…" in answer or "ldots" in answer or ". . ." in answer:
        answer = answer.replace(". . .", "...")  # a typewriter's spaced ellipsis: `0.1666. . .`
        answer = _LIST_ELLIPSIS.sub(r"\1\\ldots", dotted_repeats(answer))  # `0.999...`; `1, 2, ...`
    if "R" in answer or "ℝ" in answer:
        answer = signed_reals(answer)  # `\\mathbb{R}^{+}_{0}`, `ℝ⁺₀`: `[0,\\infty)`
    s = greek_letters(plain_to_tex(strip_answer(answer)))  # `2*pi*r`, `θ/2`, `theta/2`
    if s[-1:].isdigit() and ("余" in s or "." in s or "…" in s or "r" in s.lower()):
        s = remainder(s)  # `14 R 3`, `6余2`: a quotient and its remainder
    s = named_functions(s)  # `ln 2`, `sinθ`, `3+4j`
    if "/" in s and improper_mixed(s):
        return Normalised("", malformed=True)
    s = _spelled(s)
    if "," in s and ("{" in s or "%" in s):
        s = tex_decimal_commas(s)  # `12{,}5`, `\\sqrt{1,96}`: TeX's decimal comma, a root's
    if _RATIO_HINT.search(s) and (ratio := ratio_words(s)):
        s = ratio  # `4 to 5`, `60-to-40`, `1 in 20`: a ratio, a chance in words
    if "^" in s and "_" in s:
        s = _POWER_FIRST.sub(r"\1_\3^\2", s)
    for a, b in SIMPLE_REPLACE:
        if a in s:
            s = s.replace(a, b)
    if "\\in" in s and "R" in s:
        s = _IN_R.sub(r"\\in \\mathbb{R}", s)  # a capital R after "in": the reals
    if "-" in s and ("\\{" in s or "mathbb{R}" in s):
        s = _SET_MINUS.sub(lambda m: f"{m[1] or m[3]}\\setminus{m[2] or ' '}", s)  # `ℝ - \\{0\\}`
    if "=" in s:
        s = inverse_names(s)  # `f^{-1}(x) = ...`: the inverse's own name
    if "^" in s:
        s = tidy_powers(s)  # `2^+3`, `2^3^2` (= 2^9)
    if "\\" in s:
        if ",\\!" in s:
            s = _LAKH_TEX.sub(lambda m: re.sub(r"\D", "", m.group(0)), s)
            s = _THOUSANDS_TEX.sub("", s)  # 10,\!080
        s = _replace_commands(STYLE_ARG.sub("", s), UNWRAP_CMDS, _unwrap)
        s = _LEFT_RIGHT.sub("", s)
        s = brace_tex_args(s)  # `\frac 1 2`, `\sqrt[3]2`: TeX's one-token arguments
        s = s.replace("\\!", "")
        s = _SPACING.sub(" ", s)
    degrees = False
    if "circ" in s or "°" in s or "degree" in s or "º" in s or "∘" in s or ("o" in s and "^" in s):
        s, nd = DEGREE_MARKS.subn("", dms(s) if "'" in s or "′" in s or "’" in s else s)
        degrees = nd > 0
    if "\\" in s:
        s = _replace_commands(s, TEXT_CMDS, _text_block)
        s = _resolve_text(s)
        if s[:1].isalpha():
            s = drop_lead_in(drop_approximation(s))  # `\text{Approximately }95`, `\text{Total: } 8`
    percent = False
    if _PERCENT_HINT.search(s):
        s, np_ = _PERCENT.subn("", percent_of(s))  # `15% of \\$46`: a product, no percentage
        percent = np_ > 0
    if CURRENCY_HINT.search(s):
        s = CURRENCY_SIGNS.sub("", rupiah_groups(s))
    s = tidy_intervals(_LE_GE.sub(lambda m: _LE_GE_TEX[m.group(1)], s))  # `-\\infty < x < 0`
    s = _WS.sub(" ", s).strip()
    s = foreign_or(capital_logic(s))  # `x=2 ou x=-2`, `2 oder 3`; `a AND b`: logic
    if "or" in s:
        s = _GLUED_OR.sub(" or ", s)  # `x=2orx=3`
    if (" or " in s or " and " in s) and " than or " not in s:  # `less than or equal to`
        if INEQUALITY.search(s):  # `x<1 or x>2` is one set, `x>1 and x<3` another
            s = _LOGIC_SEP.sub(lambda m: " \\lor " if m.group(1) == "or" else " \\land ", s)
        else:  # `1,200 and 800`: two items (a thousands comma is no separator)
            s = list_thousands(_WORD_SEP.sub(", ", s))
    if re.search(r"[A-Za-z\u0400-\u04ff]", s):  # and Cyrillic units: `30 км/ч`
        s2 = drop_trailing_units(s)
        if s2 and s2 != s:
            s = s2
            if re.search(r"(?<![A-Za-z])deg", answer):
                degrees = True
    comma = answer.count(",") == 1 and ";" not in answer and re.search(r"\d,\d", answer) is not None
    if s[:1].isalpha():
        s = set_words(s)  # `no solution` -> ∅, `all real numbers` -> ℝ, `undefined` -> DNE
    cut = bool(_CUT.fullmatch(answer.strip().strip("$").strip()))  # no repeating block found
    return Normalised(_compact(s), percent, degrees, comma=comma, cut=cut)


def _compact(s: str) -> str:
    """The last steps: digit groups, juxtaposed products, mixed numbers, thousands separators,
    capitalised words among math, insignificant spaces, redundant outer brackets."""
    if "." in s or "0," in s:  # before the integer groups, which would join `.000 000` first
        s = _SPACE_DECIMALS.sub(lambda m: m.group(0).replace(" ", ""), s)
    s = _SPACE_DIGITS.sub("", s)
    if " " in s and _SPACED_NUMBERS.fullmatch(s.strip("()[]") if s[:1] in "([" else s):
        s = s.replace(" ", ", ")  # `2 3 5`, `[2 3 1]`: listed side by side, not multiplied
    # `2^6 3^5`: a product (`\\log_2 8` is no product: a subscript ends before the space; nor is
    # `\\sin^2 3x`, the power of a function before its argument)
    s = re.sub(r"(\\(?:sin|cos|tan|cot|sec|csc)h?)\^(\d) ", r"\1^{\2} ", s)
    s = re.sub(r"(?<!_\d)(?<=\d) (?=\d)", lambda _: " \\cdot ", s)
    # `\\pi/2 b`: a space after a divisor is a product of equal rank, read from the left ((π/2)·b)
    s = re.sub(
        r"(?<=/)(\d+) (?=[A-Za-z](?![A-Za-z])|\\(?:pi|sqrt|frac|ln|log|sin|cos|tan|[a-z]*(?:eta|mu|nu|xi|rho|phi|chi|psi|alpha|gamma|delta|lambda|sigma|omega|epsilon))(?![a-zA-Z]))",
        lambda m: m.group(1) + " \\cdot ",
        s,
    )
    if "\\frac" in s:
        s = tex_mixed(s)
    if "," in s or s.count(".") > 1:
        s = digit_groups(s)  # `1,000`, `472/10,000`, `1.234.567,5`
    if _TITLE_WORD.search(s) and not _PLAIN_WORDS.fullmatch(s):
        s = _TITLE_WORD.sub(lambda m: m.group(0).lower(), s)  # `All integers k` = `all integers k`
    s = _SPACE_DROP.sub("", s)
    s = strip_answer(s).rstrip(".").strip()
    for _ in range(8):  # redundant outer braces / parentheses around one value
        if s.startswith("{") and s.endswith("}") and find_braced(s, 0) == len(s):
            s = s[1:-1].strip()
        elif (
            s.startswith("(")
            and s.endswith(")")
            and paren_close(s) == len(s) - 1
            and "," not in s
            and ";" not in s
        ):
            s = s[1:-1].strip()
        else:
            break
    return s


def canonical_answer(answer: str) -> str:
    """Canonical string of an answer (see the module docstring). Equal strings = equal answers."""
    return normalise_answer(answer).text


_CHOICE_FULL = re.compile(r"\(?\s*([A-J])\s*\)?[.:]?")
_CHOICE_LEAD = re.compile(
    r"\(\s*([A-J])\s*\)|([A-J])\s*[).:](?:\s|$)|(?:option|choice)\s*\(?([A-J])\)?", re.I
)


def choice_letter(answer: str, strict: bool = False) -> str | None:
    """The multiple-choice letter (A-J) an answer names, or None.

    `strict=True` (used for references) accepts only a bare letter such as `C`, `(C)`,
    `\\text{(C)}`; otherwise a leading letter (`(C) 12`, `C. 12`, `Option C`) counts too.
    """
    s = strip_answer(answer)
    if len(s) > 200:
        return None
    s = _replace_commands(s, TEXT_CMDS + UNWRAP_CMDS, _unwrap).strip()
    m = _CHOICE_FULL.fullmatch(s)
    if m:
        return m.group(1)
    if strict:
        return None
    m = _CHOICE_LEAD.match(s)
    if m:
        return next(g for g in m.groups() if g).upper()
    return None
