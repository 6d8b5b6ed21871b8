"""Static tables for language identification: language codes, scripts, word lists.

Private to `curate.filters.mixed_language` (see `curate.lang.identify`). Nothing here imports a model.

The word lists drive the English *fast path*: an all-ASCII segment with English marker words
(the, of, which, therefore… — words that are not function words of other Latin-script
languages) and no foreign function word (el, der, est, che, não, het, yang…) is English without
asking a model. Those are most sentences of an English reasoning trace, and fastText costs
~20–40 µs a call, so the fast path is what makes the filter fast. A foreign function word also
counts as evidence when a model labels a short Latin segment foreign. The two lists must stay
disjoint (a test checks it).
"""

from __future__ import annotations

import re

# All labels of fastText lid.176 (the bundled lid.176.ftz) — what `target` may name.
LID176 = frozenset(
    """af als am an ar arz as ast av az azb ba bar bcl be bg bh bn bo bpy br bs bxr ca cbk ce ceb
    ckb co cs cv cy da de diq dsb dty dv el eml en eo es et eu fa fi fr frr fy ga gd gl gn gom gu
    gv he hi hif hr hsb ht hu hy ia id ie ilo io is it ja jbo jv ka kk km kn ko krc ku kv kw ky la
    lb lez li lmo lo lrc lt lv mai mg mhr min mk ml mn mr mrj ms mt mwl my myv mzn nah nap nds ne
    new nl nn no oc or os pa pam pfl pl pms pnb ps pt qu rm ro ru rue sa sah sc scn sco sd sh si sk
    sl so sq sr su sv sw ta te tg th tk tl tr tt tyv ug uk ur uz vec vep vi vls vo wa war wuu xal
    xmf yi yo yue zh""".split()
)

# Labels that are varieties of one written language, folded so "zh" matches Cantonese output.
ALIASES = {"wuu": "zh", "yue": "zh", "zh-cn": "zh", "zh-tw": "zh", "nn": "no", "sh": "sr"}

# ---- scripts ---------------------------------------------------------------------------------
# Script ids are small strings; `SCRIPT_DEFAULT` is the language a run of that script is
# assumed to be when no model decides (None: undecidable from the script alone).
LATIN, GREEK, CYRILLIC, ARABIC, DEVANAGARI, CJK, HANGUL, OTHER = (
    "latin",
    "greek",
    "cyrillic",
    "arabic",
    "devanagari",
    "cjk",
    "hangul",
    "other",
)

# (first code point, last code point, script, default language); searched by bisect.
SCRIPT_RANGES: list[tuple[int, int, str, str | None]] = sorted(
    [
        (0x0041, 0x024F, LATIN, None),
        (0x1E00, 0x1EFF, LATIN, None),
        (0x2C60, 0x2C7F, LATIN, None),
        (0xA720, 0xA7FF, LATIN, None),
        (0xFF21, 0xFF5A, LATIN, None),  # fullwidth Latin letters
        (0x0370, 0x03FF, GREEK, "el"),
        (0x1F00, 0x1FFF, GREEK, "el"),
        (0x0400, 0x052F, CYRILLIC, "ru"),
        (0x1C80, 0x1C8F, CYRILLIC, "ru"),
        (0x2DE0, 0x2DFF, CYRILLIC, "ru"),
        (0xA640, 0xA69F, CYRILLIC, "ru"),
        (0x0530, 0x058F, "armenian", "hy"),
        (0x0590, 0x05FF, "hebrew", "he"),
        (0xFB1D, 0xFB4F, "hebrew", "he"),
        (0x0600, 0x06FF, ARABIC, "ar"),
        (0x0750, 0x077F, ARABIC, "ar"),
        (0x08A0, 0x08FF, ARABIC, "ar"),
        (0xFB50, 0xFDFF, ARABIC, "ar"),
        (0xFE70, 0xFEFF, ARABIC, "ar"),
        (0x0780, 0x07BF, "thaana", "dv"),
        (0x0900, 0x097F, DEVANAGARI, "hi"),
        (0xA8E0, 0xA8FF, DEVANAGARI, "hi"),
        (0x0980, 0x09FF, "bengali", "bn"),
        (0x0A00, 0x0A7F, "gurmukhi", "pa"),
        (0x0A80, 0x0AFF, "gujarati", "gu"),
        (0x0B00, 0x0B7F, "oriya", "or"),
        (0x0B80, 0x0BFF, "tamil", "ta"),
        (0x0C00, 0x0C7F, "telugu", "te"),
        (0x0C80, 0x0CFF, "kannada", "kn"),
        (0x0D00, 0x0D7F, "malayalam", "ml"),
        (0x0D80, 0x0DFF, "sinhala", "si"),
        (0x0E00, 0x0E7F, "thai", "th"),
        (0x0E80, 0x0EFF, "lao", "lo"),
        (0x0F00, 0x0FFF, "tibetan", "bo"),
        (0x1000, 0x109F, "myanmar", "my"),
        (0x10A0, 0x10FF, "georgian", "ka"),
        (0x1200, 0x139F, "ethiopic", "am"),
        (0x1780, 0x17FF, "khmer", "km"),
        (0x1800, 0x18AF, "mongolian", "mn"),
        (0x1100, 0x11FF, HANGUL, "ko"),
        (0x3130, 0x318F, HANGUL, "ko"),
        (0xA960, 0xA97F, HANGUL, "ko"),
        (0xAC00, 0xD7FF, HANGUL, "ko"),
        (0xFFA0, 0xFFDC, HANGUL, "ko"),
        (0x3040, 0x30FF, CJK, "ja"),  # kana (Hiragana + Katakana)
        (0x31F0, 0x31FF, CJK, "ja"),
        (0xFF66, 0xFF9F, CJK, "ja"),  # halfwidth Katakana
        (0x3005, 0x3007, CJK, "zh"),  # 々 〆 〇
        (0x3400, 0x4DBF, CJK, "zh"),
        (0x4E00, 0x9FFF, CJK, "zh"),
        (0xF900, 0xFAFF, CJK, "zh"),
        (0x20000, 0x3134F, CJK, "zh"),
    ]
)

# Scripts whose short runs are *not* evidence: Latin (names, units, "OK" inside another
# language), Greek (math letters outside `$…$`) and letters of no known script (ℵ, ℓ…).
WEAK_SCRIPTS = frozenset({LATIN, GREEK, OTHER})
# Scripts shared by several languages: a model picks among the script's languages.
MODEL_SCRIPTS = frozenset({LATIN, CYRILLIC, ARABIC, DEVANAGARI})
# Scripts written without spaces: their weight is counted per character in `unit: words` too.
UNSPACED_SCRIPTS = frozenset({CJK, "thai", "lao", "khmer", "myanmar", "tibetan"})

# The script each non-Latin language is written in (languages not listed are Latin-script).
LANG_SCRIPT: dict[str, str] = {
    **dict.fromkeys("zh ja wuu yue".split(), CJK),
    "ko": HANGUL,
    **dict.fromkeys("ru uk bg be mk sr kk ky tg mn ba tt cv ce av os sah tyv kv mhr mrj myv "
                    "krc lez bxr xal rue udm".split(), CYRILLIC),
    **dict.fromkeys("ar fa ur ps ckb sd ug arz azb mzn lrc pnb".split(), ARABIC),
    **dict.fromkeys("hi mr ne sa new bh mai gom dty".split(), DEVANAGARI),
    "el": GREEK, "he": "hebrew", "yi": "hebrew", "hy": "armenian", "dv": "thaana",
    "bn": "bengali", "as": "bengali", "bpy": "bengali", "pa": "gurmukhi", "gu": "gujarati",
    "or": "oriya", "ta": "tamil", "te": "telugu", "kn": "kannada", "ml": "malayalam",
    "si": "sinhala", "th": "thai", "lo": "lao", "bo": "tibetan", "my": "myanmar",
    "ka": "georgian", "xmf": "georgian", "am": "ethiopic", "km": "khmer",
}  # fmt: skip


def script_of_lang(lang: str) -> str:
    """The script a language code is written in (Latin for everything not listed)."""
    return LANG_SCRIPT.get(lang, LATIN)


# ---- word lists ------------------------------------------------------------------------------
# Function words of other Latin-script languages that are not English words, nor words or
# abbreviations of English math text: "die" (a die), "pour", "care", "met", "det", "ang",
# "est", "im", "ins", "na", "em", "com", "dos", "ma", "au", "sin", "tan", "hay", "hat" are left out, since
# one of them inside an English sentence is no evidence of anything.
FOREIGN_WORDS = frozenset(
    """el los las del una unos unas por para que es está están pero como más muy sus fue este esta
    esto ese esa eso también cuando donde sobre entre hasta desde porque él ella les lo se su le
    des du une sont dans qui pas sur avec mais ou où nous vous ils elle cette ce ces sa ses leur
    aux été être fait tout très peut bien aussi der das und ist nicht mit ein eine einen einem
    einer dem zu von sich auf für auch sie wir ich wird werden wurde sind nach bei wie oder aber
    noch nur kann durch über dass daß zum zur vom sehr diese dieser mehr schon il di che della
    delle dei gli sono è anche questo questa nel nella alla più essere não uma mais foi são ao
    aos das nas seu sua ele ela het een niet zijn voor ook maar wordt aan deze bij nog naar uit
    la con de en un yang ini itu dengan untuk dalam adalah tidak mga nie jest bir ile og som
    och att je egy hogy este pentru ja beim wer als dabei seit nichts etwas estos muy ni
    pero uns mir dir dich mich ihm ihn ihr ihre ihren sein seine seinen hat habe haben hatte
    den dann denn doch weil wenn dort hier jetzt immer kein keine keinen vor ueber zwischen
    unter gegen ohne um aus bis soll sollte muss wurden worden bereits sowie hay tan tu muy
    hace tiene tienen puede pueden todo todos todas cada mucho mucha poco era eran han ha sido
    ser estar fueron nuestro nuestra usted ustedes sin embargo aunque sino nous vous avec
    sans chez dont aussi donc alors ainsi était étaient avoir ont peu leurs notre votre
    quand comme puis ne sont cette ces nel della sulla degli alle anche ancora sempre perché
    quando dove come sono stato stata questi quelli molto poi però não mas sem também muito
    pela pelo pelos pelas nos nas dos eles elas et""".split()
) - frozenset(
    "sin tan era ha han um ser mas come dove hay hat todo".split()
)  # English words, math names

# English function words (articles, pronouns, auxiliaries, conjunctions, prepositions,
# determiners) that are not function words of other Latin-script languages: a closed class,
# the same in any English text, whatever its topic. In an all-ASCII segment with no foreign
# function word, one of them makes a short segment English on the fast path, two make a long
# one English; a Latin segment with no more foreign function words than these is not foreign.
ENGLISH_MARKERS = frozenset(
    """the of and that this with are we have has had not but what which from you they their there
    then than can would should could its how each these those were been if will when where why
    who into only just them some any such since thus therefore hence because must does did our
    she his him her more many much every after before about also let let's what's it's isn't
    doesn't don't can't won't""".split()
)


def word_regex(words: frozenset[str]) -> str:
    """A Rust-regex (polars) pattern matching any ASCII word of `words` as a whole word.

    ASCII word boundaries keep the regex on the fast DFA (the fast path only takes all-ASCII
    segments; accented words never match and need not be listed, but document the lists).
    """
    ascii_words = sorted((w for w in words if w.isascii()), key=len, reverse=True)
    alts = "|".join(re.escape(w) for w in ascii_words)
    return rf"(?-u:\b)(?:{alts})(?-u:\b)"
