"""Strip what carries no language from reasoning text and cut the rest into segments (polars).

Private to `curate.filters.mixed_language`. Everything here is vectorised over a batch of texts with
polars' Rust regex engine (linear time on hostile input, ~10x faster than Python's `re` on
these patterns); the per-segment decisions live in `curate.lang.identify`.

Removed before language ID (replaced by a space, code blocks by a line break):
  * code: fenced blocks (```…``` / ~~~…~~~, an unclosed fence runs to the end of the text, as
    in Markdown) and inline `code`;
  * math: $$…$$, \\[…\\], \\(…\\), \\begin{env}…\\end{env}, inline $…$ (Pandoc's rule: the
    opening $ is followed by a non-space and the closing $ preceded by one, so "$5 and $10" is
    money, not math), \\boxed{…}/\\fbox{…} with their contents, bare LaTeX commands, escapes,
    [asy]…[/asy] blocks;
  * URLs, e-mail addresses, HTML/XML tags;
  * numbers and identifiers containing a digit or an underscore (x1, a_n, dp_table, 3rd);
  * single ASCII letters other than a/A/I (variables) and contraction endings (let's → let).
Digits, punctuation and symbols need no removal: they are never counted (only letters are).
Math, [asy] and inline-math spans never cross a letter of a non-Latin script (CJK, Hangul,
Cyrillic, Arabic, Indic…): `$\\text{面积}=5$` or a Chinese sentence inside \\[…\\] stays visible.

Segments are sentences or lines (split at . ! ? ; : 。 ！ ？ ； ： । ؟ and line breaks), further
cut where the script changes, so "The answer is 5，所以" is a Latin and a Han segment.
"""

from __future__ import annotations

import bisect
from functools import lru_cache

import polars as pl

from curate.lang.words import (
    ENGLISH_MARKERS,
    FOREIGN_WORDS,
    LATIN,
    OTHER,
    SCRIPT_RANGES,
    UNSPACED_SCRIPTS,
    word_regex,
)

# Math never spans letters of a "strong" script (CJK, Hangul, Cyrillic, Arabic, Indic…): a
# Chinese sentence inside \\[…\\] or $\\text{面积}$ stays visible, as real mixing evidence.
_STRONG = (  # explicit ranges: Unicode script classes make every call's lazy DFA slow to warm
    r"[\x{0400}-\x{06FF}\x{0750}-\x{077F}\x{0900}-\x{0DFF}\x{0E00}-\x{0EFF}\x{10A0}-\x{137F}"
    r"\x{3040}-\x{30FF}\x{3400}-\x{4DBF}\x{4E00}-\x{9FFF}\x{AC00}-\x{D7AF}\x{F900}-\x{FAFF}]"
)
_M = rf"[^{_STRONG}]"  # any character but a strong-script letter
# fenced code (an unclosed fence runs to the end); [asy] drawings (unclosed: to a blank line;
# never across a strong-script letter, see _M below)
_BLOCK_CODE = (
    r"```[\s\S]*?(?:```|\z)|~~~[\s\S]*?(?:~~~|\z)"
    rf"|\[asy\]{_M}*?\[/asy\]|\[asy\]{_M}*?(?:\n[ \t]*\n|\z)"
)
_BLOCK_MATH = (
    rf"\$\${_M}*?\$\$|\\\[{_M}*?\\\]|\\\({_M}*?\\\)"
    rf"|\\begin\{{[^}}\n]{{0,40}}\}}{_M}*?\\end\{{[^}}\n]{{0,40}}\}}"
)
# escaped \$; money ("$5 in", dropping the word after it); inline $…$ without a blank line
_INLINE_MATH = (
    r"\\\$|\$\d[\d,.]*[ \t]+[A-Za-z]{2,}"
    rf"|\$[^\s$](?:(?:[^$\n{_STRONG}]|\n[^$\n{_STRONG}])*[^\s$])?\$"
)
_BRACED = r"\{(?:[^{}]|\{(?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*\})*\}"  # 4 levels of nesting
_MISC = (
    r"`[^`\n]{1,500}`"
    r"|(?:https?|ftp)://\S+|www\.\S+"
    r"|[\w.+-]+@[\w-]+\.[\w.-]+"
    r"|</?[A-Za-z][^<>\n]{0,200}>"
    rf"|\\(?:boxed|fbox)\s*{_BRACED}"
    r"|\\(?:begin|end)\s*\{[^}\n]{0,40}\}"
    r"|\\[A-Za-z]+\*?|\\[^A-Za-z\s]"
)
# contractions' letter (let's → let), identifiers with a digit or underscore, lone letters
_GREEK = r"\x{0370}-\x{03FF}\x{1F00}-\x{1FFF}"
_IDENT = (
    r"['’][A-Za-z]\b|\b[A-Za-z0-9_]*[0-9_][A-Za-z0-9_]*\b|\b[b-zB-HJ-Z]\b"
    r"|\b[A-Z][A-Z]+s?\b"  # acronyms and labels (GCD, AZ, BY): no language
    rf"|\b[0-9A-Za-z_]*[{_GREEK}]{{1,2}}[0-9A-Za-z_]*\b"  # Greek math letters (ω, 2ω, λ², Δx)
    # sub- and superscripts make identifiers (xₙ₋₄, aᵢ, x²): no language
    r"|[\p{L}\p{N}]*[\x{2070}-\x{209F}\x{1D62}-\x{1D6A}\x{00B2}\x{00B3}\x{00B9}]"
    r"[\p{L}\p{N}\x{2070}-\x{209F}\x{1D62}-\x{1D6A}]*"
)
# one pass (leftmost-first: display math before inline math before bare commands)
_STRIP = "|".join([_BLOCK_MATH, _INLINE_MATH, _MISC, _IDENT])

_TERM = r"\n\r.!?;:。！？；：।؟"
_NEU = rf"[^\p{{L}}\p{{M}}{_TERM}]"
_RUN_CLASSES = [
    r"\p{Latin}",
    r"\p{Han}\p{Hiragana}\p{Katakana}々〆〇ー",
    r"\p{Hangul}",
    r"\p{Cyrillic}",
    r"\p{Greek}",
    r"\p{Arabic}",
    r"\p{Hebrew}",
    r"\p{Devanagari}",
    r"\p{Thai}",
    r"\p{Bengali}",
    r"\p{Tamil}",
    r"\p{Telugu}",
    r"\p{Gujarati}",
    r"\p{Gurmukhi}",
    r"\p{Kannada}",
    r"\p{Malayalam}",
    r"\p{Georgian}",
    r"\p{Armenian}",
]
SEGMENT_RE = "|".join(rf"[{c}](?:[{c}\p{{M}}]|{_NEU})*" for c in _RUN_CLASSES) + r"|[\p{L}\p{M}]+"
SENTENCE_RE = rf"\p{{L}}[^{_TERM}]*"  # texts whose letters are all ASCII: no script runs to cut
TOKEN_RE = r"\p{L}[\p{L}\p{M}'’]*"
LOWER_WORD_RE = r"\b\p{Ll}[\p{L}\p{M}'’]*"
LETTER_RE = r"\p{L}"
UNSPACED_RE = (
    r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}\p{Tibetan}々〆〇ー]"
)
KANA_RE = r"[\x{3041}-\x{3096}\x{30A1}-\x{30FA}\x{31F0}-\x{31FF}\x{FF66}-\x{FF9D}]"
NON_ASCII_LETTER_RE = r"[\p{L}\p{M}&&[^A-Za-z]]"
_MARKER = word_regex(ENGLISH_MARKERS)
EN1_RE = rf"(?i:{_MARKER})"  # an English marker word
EN2_RE = rf"(?i:{_MARKER}.*{_MARKER})"  # two English marker words
LONG_WORDS = 11  # from this many words on, the fast path wants two markers
FOREIGN_RE = word_regex(FOREIGN_WORDS)  # lowercase only: "Ella" is a name, "ella" a pronoun


def min_words_regex(k: int) -> str:
    """Matches a segment holding at least `k` words."""
    return rf"(?:\p{{L}}+[^\p{{L}}]+){{{max(k - 1, 0)}}}\p{{L}}"


_STARTS = [r[0] for r in SCRIPT_RANGES]


@lru_cache(maxsize=4096)
def script_of(ch: str) -> str:
    """Script id of one character (`OTHER` for letters outside the known ranges)."""
    cp = ord(ch)
    i = bisect.bisect_right(_STARTS, cp) - 1
    if i >= 0 and SCRIPT_RANGES[i][0] <= cp <= SCRIPT_RANGES[i][1]:
        return SCRIPT_RANGES[i][2]
    return OTHER


def clean_expr(col: str = "text") -> pl.Expr:
    """The text with code, math, URLs, identifiers and variables replaced by blanks."""
    e = pl.col(col).fill_null("").str.replace_all(_BLOCK_CODE, "\n")
    return e.str.replace_all(_STRIP, " ")


def clean(text: str) -> str:
    """One text through `clean_expr` (for tests and debugging)."""
    return str(pl.DataFrame({"text": [text]}).select(clean_expr())["text"][0])


def segment_frame(texts: pl.Series, unit: str = "words", min_words: int = 4) -> pl.DataFrame:
    """One row per language-bearing segment of each text, in reading order.

    Columns: `row` (index of the text), `seg`, `script`, `weight` (words or letters, per
    `unit`; unspaced scripts count per character either way), `ascii` (no letter outside
    A-Z), `kana` (the text has kana), `en` (English function words: one in a short segment,
    two in a long one), `fw` / `enw` (how many lowercase foreign / English function words),
    `lex` (lexical evidence of a language other than English: more foreign function words
    than English ones, or accents and no English function word), `long` (at least
    `min_words` words; for Latin, lowercase words — capitalised ones are names and titles —
    unless the segment has lexical evidence).

    Texts whose letters are all ASCII (most English traces) take a cheaper path: sentences
    only, no script runs.
    """
    df = pl.DataFrame({"text": texts.cast(pl.Utf8)}).with_row_index("row")
    df = df.select("row", clean_expr("text").alias("clean"))
    df = df.with_columns(pl.col("clean").str.contains(NON_ASCII_LETTER_RE).alias("rich"))
    plain = df.filter(~pl.col("rich")).select(
        "row",
        pl.col("clean").str.extract_all(SENTENCE_RE).alias("seg"),
        pl.lit(False).alias("kana"),
    )
    rich = df.filter(pl.col("rich")).select(
        "row",
        pl.col("clean").str.extract_all(SEGMENT_RE).alias("seg"),
        pl.col("clean").str.contains(KANA_RE).alias("kana"),
    )
    latin = [pl.lit(LATIN).alias("script"), pl.lit(True).alias("ascii")]
    plain = plain.explode("seg").drop_nulls("seg").with_columns(latin)
    # the columns of a plain segment are a function of its text alone: each distinct one
    # once (reasoning repeats its short sentences: "Wait.", "Let me check.")
    distinct = seg_columns(plain.select("seg").unique().with_columns(latin), unit, min_words)
    plain = plain.join(distinct.drop("script", "ascii"), on="seg", maintain_order="left")
    rich = rich.explode("seg").drop_nulls("seg")
    if rich.height:
        firsts = rich["seg"].str.slice(0, 1)
        mapping = {c: script_of(c) for c in firsts.unique().to_list()}
        rich = rich.with_columns(
            firsts.replace_strict(mapping, return_dtype=pl.Utf8).alias("script"),
            ~pl.col("seg").str.contains(NON_ASCII_LETTER_RE).alias("ascii"),
        )
    else:
        rich = rich.with_columns(pl.lit(LATIN).alias("script"), pl.lit(True).alias("ascii"))
    rich = seg_columns(rich, unit, min_words)
    return pl.concat([plain, rich]).sort("row", maintain_order=True)


def seg_columns(seg: pl.DataFrame, unit: str = "words", min_words: int = 4) -> pl.DataFrame:
    """The measurement columns of segments (`row`, `seg`, `script`, `ascii`, `kana` given):
    `weight`, `en`, `fw`, `enw`, `lex`, `long` (see `segment_frame`); empty segments dropped."""
    s = pl.col("seg")
    if unit == "chars":
        weight = s.str.count_matches(LETTER_RE)
    else:
        weight = (
            pl.when(pl.col("script").is_in(list(UNSPACED_SCRIPTS)))
            .then(s.str.count_matches(UNSPACED_RE))
            .otherwise(s.str.count_matches(TOKEN_RE))
        )
    seg = seg.with_columns(
        weight.cast(pl.Float64).alias("weight"),
        (
            s.str.contains(EN2_RE)
            | (s.str.contains(EN1_RE) & ~s.str.contains(min_words_regex(LONG_WORDS)))
        ).alias("en"),
        s.str.count_matches(FOREIGN_RE).alias("fw"),
        s.str.count_matches(EN1_RE).alias("enw"),
        s.str.count_matches(LOWER_WORD_RE).alias("lower"),
        s.str.contains(min_words_regex(min_words)).alias("long"),
    )
    # Lexical evidence that a Latin segment is not English: more foreign function words than
    # English ones, or letters outside ASCII and no English function word
    fw, enw = pl.col("fw"), pl.col("enw")
    seg = seg.with_columns(((fw > enw) | (~pl.col("ascii") & (enw == 0))).alias("lex"))
    # Latin words that start with a capital are names and title words ("Lollipops Given to
    # Ella"): a Latin segment is long on its lowercase words, or — German capitalises nouns —
    # on all its words when it has lexical evidence of another language
    latin_long = (pl.col("lower") >= min_words) | (
        pl.col("long") & (pl.col("lower") >= 1) & pl.col("lex")
    )
    seg = seg.with_columns(
        pl.when(pl.col("script") == LATIN).then(latin_long).otherwise(pl.col("long")).alias("long")
    )
    return seg.filter(pl.col("weight") > 0).drop("lower")
