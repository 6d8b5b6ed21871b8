"""The `mixed_language` filter's segment-level language ID: what is stripped, segments and scripts,
the measure, hostile inputs, the accuracy floor. The filter itself, the GRPO language reward and
the backends are in test_mixed_language_filter.py."""

from __future__ import annotations

import polars as pl
import pytest
from curate.filters.mixed_language import MixedLanguageFilter

from curate.lang.identify import LangIdConfig, explain, language_ratio, measure_frame
from curate.lang.segments import clean, segment_frame
from tests.mixed_language_texts import DE_SENT, EN, ES_SENT, RU_SENT, ZH, ZH_SENT
from tests.multilingual_set import available, build_cases, is_core, scores


def ratio(text: str, target: str | None = "en", **kw: object) -> float | None:
    return language_ratio(text, target, **kw).ratio  # type: ignore[arg-type]


# ---- stripping what carries no language --------------------------------------------------------
# (text, removed fragments, kept fragments); fragments separated by "|"
CLEAN_CASES = [
    # inline math with its variables and commands
    ("Let $x^2 + y_1 = \\frac{a}{b}$ hold here.", "frac|x^2", "Let|hold here"),
    # display math: $$…$$, \[…\], \(…\)
    ("So $$\\sum_{k} k \\text{ apples}$$ then \\[ z \\] and \\( w \\) ok", "apples|sum", "So|then|ok"),
    # environments
    ("First \\begin{align} a &= \\text{value} \\\\ b \\end{align} last", "value|align", "First|last"),
    # \boxed contents with nested braces, outside math
    ("The answer is \\boxed{\\text{odd} \\{x\\}} indeed", "odd", "answer is|indeed"),
    # bare LaTeX commands and escapes outside math
    ("Use \\sqrt 4 and \\% and \\pi here", "sqrt|pi", "Use|and|here"),
    # fenced code (closed) and inline code
    ("Run this\n```python\nprint('hola mundo')\n```\nand `total_sum` too", "hola|print|total_sum", "Run this|and|too"),
    # an unclosed fence runs to the end, as in Markdown
    ("Check:\n```\nwhile True: pass", "while|pass", "Check"),
    # URLs, e-mail addresses, HTML/XML tags (think tags too)
    ("<think>See https://es.wikipedia.org/wiki/Hola or mail a@b.com</think>", "wikipedia|think|mail a", "See|or"),
    # identifiers with digits/underscores, lone variable letters; contractions keep the word
    ("Let's set x1 and a_n and dp_table and x equal, it's 3rd", "x1|a_n|dp_table|3rd| x ", "Let|set|equal|it"),
    # money is not math: "$5 and $10" keeps the words between
    ("It costs $5 and the other costs $10 today", "", "the other costs"),
    # Asymptote drawings
    ('Look [asy] draw((0,0)--(1,1)); label("hello"); [/asy] there', "draw|hello", "Look|there"),
    # a Chinese word inside math stays visible: it is language, not math
    ("Then $\\text{面积} = 5$ so", "text", "面积|Then|so"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "gone", "kept"), CLEAN_CASES)
def test_clean_strips_math_code_urls_identifiers(text: str, gone: str, kept: str) -> None:
    out = clean(text)
    for g in filter(None, gone.split("|")):
        assert g not in out, (g, out)
    for k in kept.split("|"):
        assert k in out, (k, out)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # sentences split at . ! ? and line breaks
        (
            "One two three. Four five six!\nSeven eight",
            [("One two three", "latin"), ("Four five six", "latin"), ("Seven eight", "latin")],
        ),
        # a script change splits a sentence: Latin then Han
        (
            "The answer is five，所以我们得到",
            [("The answer is five，", "latin"), ("所以我们得到", "cjk")],
        ),
        # CJK terminators split without spaces; Hangul and Cyrillic are their own scripts
        (
            "我们来算。한국어 문장입니다 Привет мир",
            [("我们来算", "cjk"), ("한국어 문장입니다 ", "hangul"), ("Привет мир", "cyrillic")],
        ),
        # nothing but math and numbers: no segment at all
        ("$x = 5$. 12 + 7 = 19.", []),
    ],
)
def test_segments_by_sentence_and_script(text: str, expected: list[tuple[str, str]]) -> None:
    seg = segment_frame(pl.Series([text]))
    got = [(s.strip(), sc) for s, sc in seg.select("seg", "script").iter_rows()]
    assert got == [(s.strip(), sc) for s, sc in expected]


# ---- short segments and scripts ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "target", "expect_pure"),
    [
        # R1 fillers are short Latin segments: never foreign
        (f"Wait, {EN} Hmm. Okay. Alright! Right.", "en", True),
        # a short Latin fragment with foreign-looking words is no vote either
        (f"{EN} Bueno, vale. Also gut.", "en", True),
        # "好的" is another script: real evidence even when short
        (f"{EN} 好的. {EN}", "en", False),
        # short Latin names, units and abbreviations inside Chinese are not English
        (f"{ZH} 我们用 Python 计算 5 cm 的 GDP。", "zh", True),
        # a full English sentence inside Chinese is
        (f"{ZH} We need to compute the total number of cases first.", "zh", False),
        # Greek letters used as math outside $…$ are no evidence
        (f"{EN} The angle θ equals π over two, and α is small.", "en", True),
        # Cyrillic, even short, is evidence in an English trace
        (f"{EN} Да, верно. {EN}", "en", False),
    ],
)
def test_short_segments(text: str, target: str, expect_pure: bool) -> None:
    r = ratio(text, target)
    assert r is not None
    assert (r == 1.0) is expect_pure, explain(text, target)


@pytest.mark.parametrize(
    ("text", "target", "mixed"),
    [
        # Chinese reasoning with math stays Chinese
        (f"<think>{ZH} 设 $x^2 = 4$，则 $x = 2$。</think>答案是 $\\boxed{{2}}$。", "zh", False),
        # Japanese: kanji-only sentences inside a kana text are Japanese, not Chinese
        (
            "<think>まず問題を読みます。次に計算します。定理。証明終了。答えは十です。</think>",
            "ja",
            False,
        ),
        # a Chinese sentence inside Japanese reasoning is caught
        (f"まず問題を読みます。次に計算しますね。{ZH_SENT}答えは十です。", "ja", True),
        # Korean with a short hanja name is still pure Korean
        ("우리는 먼저 문제를 읽습니다. 金氏 가족은 다섯 명입니다. 답은 십입니다.", "ko", False),
        # a Japanese sentence (kana) inside Chinese reasoning is caught
        (f"{ZH}まず問題を読みます、次に計算します。", "zh", True),
    ],
)
def test_cjk(text: str, target: str, mixed: bool) -> None:
    r = ratio(text, target)
    assert r is not None
    assert (r < 1.0) is mixed, explain(text, target)


# ---- what carries no language (issue 12: false drops on real R1-distill / QwQ traces) ----------
@pytest.mark.parametrize(
    "text",
    [
        # a title-case heading of a real summary (read as Spanish before: "Ella")
        "### Lollipops Given to Ella\n\nErin gives 3 of her lollipops to Ella, so she has 14.",
        # Unicode math outside LaTeX (read as German / Italian before)
        "So ω^(-1) + ω^2 = ω^2 + 2ω, and the sum is 1.",
        "The characteristic polynomial is (3-λ)(−2-λ) + 7 = λ² - λ + 1, so we continue.",
        # a plain English sentence with numbers stripped (read as Italian before)
        "Two meals a day, so 5 * 2 = 10 pounds per horse per day.",
        # an identifier spelled out in prose ("di" is Italian for "of")
        "Now, let's compute each distance di and then the sum of the squares.",
        # English words that are function words elsewhere: a die, to pour, care
        "We roll a fair die twice. The care per day costs $5, and I pour it into the jug.",
        # acronyms and letter labels
        "The GCD and the LCM of AZ, BY and CX are computed in the same way.",
        # subscript identifiers
        "Then xₙ₋₄ for each n gives the same value as aᵢ.",
        # an accented name inside English
        "By Bézout's theorem the two curves meet in six points, as Poincaré noted.",
    ],
)
def test_no_language_in_names_math_and_identifiers(text: str) -> None:
    long = f"{EN} {text} {EN}"
    assert ratio(long, "en") == 1.0, explain(long, "en")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a few words of another script inside an English sentence (QwQ, real)
        ("each plant producing one pineapple per生长周期, which is 3 months.", "zh"),
        # a Russian phrase
        ("so we take the difference, то есть разность, and divide by two.", "ru"),
        # a Spanish phrase with function words, no accents
        ("so we count them de la misma manera and add the rest.", "es"),
        # a German phrase with a function word and an accent
        ("so we count them mit der größten Sorgfalt and add the rest.", "de"),
        # a French phrase
        ("so we count them avec les autres nombres and add the rest.", "fr"),
    ],
)
def test_phrase_level_switch_is_found(text: str, lang: str) -> None:
    m = language_ratio(f"{EN} {text} {EN}", "en")
    assert m.ratio is not None and m.ratio < 0.999, m
    # three Latin words rarely name one language (es/ca/pt share them): "another one" suffices
    assert lang in m.languages if lang in ("zh", "ru") else set(m.languages) - {"en"}, m


DE = (
    "Wir berechnen zuerst die Summe der beiden Zahlen und dann den Wert. Danach prüfen wir "
    "das Ergebnis noch einmal sorgfältig."
)


@pytest.mark.parametrize(
    ("text", "mixed"),
    [
        # German reasoning: pure
        (f"{DE} {DE}", False),
        # an English sentence inside it (without a shared word list: English function words)
        (f"{DE} We need to compute the total number of cases before we add them. {DE}", True),
        # a Spanish sentence inside it (a long segment the model labels Spanish)
        (f"{DE} {ES_SENT} {DE}", True),
    ],
)
def test_other_latin_targets(text: str, mixed: bool) -> None:
    r = ratio(text, "de")
    assert r is not None and (r < 0.999) is mixed, explain(text, "de")


def test_undetermined_segments_follow_the_target_side() -> None:
    # "Hmm." and "Right." sit between a Spanish sentence and English ones: they count as English
    text = f"{EN} {ES_SENT} Hmm. Right. {EN}"
    e = explain(text, "en")
    fillers = e.filter(
        pl.col("seg").str.starts_with("Hmm") | pl.col("seg").str.starts_with("Right")
    )
    assert fillers["decided"].to_list() == [None, None]
    assert fillers["lang"].to_list() == ["en", "en"]
    assert e.filter(pl.col("lang") == "es").height == 1


def test_word_lists_are_disjoint() -> None:
    from curate.lang.words import ENGLISH_MARKERS, FOREIGN_WORDS

    # a word in both lists would make the English fast path veto itself (or let foreign through)
    assert not ENGLISH_MARKERS & FOREIGN_WORDS
    assert all(w == w.lower() for w in ENGLISH_MARKERS | FOREIGN_WORDS)


def test_target_tags_are_normalised() -> None:
    text = f"{ZH} {ZH}"
    rows, _ = measure_frame([text, text], ["zh-CN", "ZH_TW"])
    assert rows["language_ratio"].to_list() == [1.0, 1.0]
    assert rows["language_target"].to_list() == ["zh", "zh"]


# ---- the measure ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("unit", "expected"),
    [
        # 10 English words vs 6 Chinese characters (CJK counted per character)
        ("words", 10 / 16),
        # 33 English letters vs 6 Chinese characters
        ("chars", 33 / 39),
    ],
)
def test_ratio_counts_words_or_chars(unit: str, expected: float) -> None:
    text = "We know that the answer is the sum of both. 我们来算一下。"
    m = language_ratio(text, "en", unit=unit)  # type: ignore[arg-type]
    assert m.ratio == pytest.approx(expected)
    assert set(m.languages) == {"en", "zh"}
    assert m.languages["zh"] == pytest.approx(1 - expected)


@pytest.mark.parametrize(
    ("text", "switches"),
    [
        # one language: no switch
        (EN, 0),
        # en → zh → en
        (f"{EN} {ZH_SENT} {EN}", 2),
        # en → zh → en → ru: short undetermined segments in between add nothing
        (f"{EN} {ZH_SENT} Wait. {EN} Hmm. {RU_SENT}", 3),
    ],
)
def test_switches(text: str, switches: int) -> None:
    assert language_ratio(text, "en").switches == switches


@pytest.mark.parametrize(
    ("text", "target", "expected"),
    [
        # no language-bearing text: the ratio is None (cannot judge), not 0 or 1
        ("$x^2 = 4$ \\boxed{2}", "en", None),
        # empty
        ("", "en", None),
        # all Chinese against an English target
        (ZH, "en", 0.0),
        # no target: measured against the text's own main language
        (f"{EN} {EN} {ZH_SENT}", None, "en"),
    ],
)
def test_ratio_edges(text: str, target: str | None, expected: object) -> None:
    m = language_ratio(text, target)
    if expected == "en":
        assert m.target == "en"
        assert m.ratio is not None and 0.5 < m.ratio < 1.0
    else:
        assert m.ratio == expected


@pytest.mark.parametrize(
    ("inserted", "lang"),
    [
        # same script, other language: Spanish, German (accents and function words)
        (ES_SENT, "es"),
        (DE_SENT, "de"),
        # other scripts
        (ZH_SENT, "zh"),
        (RU_SENT, "ru"),
    ],
)
def test_inserted_sentence_is_found(inserted: str, lang: str) -> None:
    m = language_ratio(f"{EN} {inserted} {EN}", "en")
    assert m.ratio is not None and m.ratio < 0.999
    assert lang in m.languages
    assert m.switches == 2


# ---- hostile inputs ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "",  # empty
        "$" * 5000,  # a wall of dollars
        "\\boxed{" * 2000 + "x",  # unbalanced braces
        "```" + "a" * 100000,  # a huge unclosed code block
        "word " * 50000,  # one enormous sentence
        "bad \ud800 surrogate and some more words here. " * 3,  # lone surrogate
        "null\x00byte\x00text with several words in it.",  # NUL bytes
        "\u200b\u200e\ufeff" * 100,  # invisible characters only
    ],
)
def test_hostile_inputs_do_not_crash(text: str) -> None:
    m = language_ratio(text, "en")
    assert m.ratio is None or 0.0 <= m.ratio <= 1.0
    rows, _ = measure_frame([text, None], "en", LangIdConfig())
    assert rows.height == 2 and rows["language_ratio"][1] is None


# ---- accuracy floor on the labelled multilingual set --------------------------------------------
def test_accuracy_floor_on_multilingual_set() -> None:
    if not available():
        pytest.skip("../shared/data (lingua sentences, OlymMATH, MATH-500) not found")
    cases = build_cases(seed=7, n_math=80, n_clean=10, n_mixed=10, n_stress=0)
    th = MixedLanguageFilter.Params().threshold
    rows, _ = measure_frame([c.text for c in cases], [c.target for c in cases])
    preds = [r is not None and r < th for r in rows["language_ratio"].to_list()]
    core = [i for i, c in enumerate(cases) if is_core(c.kind)]
    s = scores([cases[i].mixed for i in core], [preds[i] for i in core])
    assert s["f1"] >= 0.95, s
    math_fp = [c.id for c, p in zip(cases, preds, strict=True) if c.kind == "clean:en-math" and p]
    assert math_fp == []
    clean = [p for c, p in zip(cases, preds, strict=True) if not c.mixed]
    assert sum(clean) / len(clean) <= 0.02
