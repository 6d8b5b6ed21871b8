"""Phrase-level switches found with a general English lexicon (`curate.lang.lexicon`), and the
words that must stay no evidence (rare English words, compounds, identifiers, math names,
the prompt's own words, names)."""

from __future__ import annotations

import polars as pl
import pytest
from curate.filters.mixed_language import LanguageReward, MixedLanguageFilter

from curate.lang.identify import explain, explain_frame
from curate.lang.lexicon import count_outside, english_words, outside_english
from curate.lang.model import get_backend
from curate.lang.phrases import _phrase_words, find_span

EN = (
    "Okay, let's see. We need the number of ways to choose the committee. "
    "There are two cases to consider, and we handle each of them separately. "
    "In the first case the chair is a woman, so we count the remaining seats. "
    "Let me double-check the arithmetic before moving on to the second case."
)
PROMPT = "In how many ways can the committee be chosen?"


def verdict(sentence: str, prompt: str = PROMPT) -> str | None:
    completion = f"<think>{EN} {sentence} {EN}</think>The answer is $\\boxed{{10}}$."
    out = MixedLanguageFilter()(
        pl.DataFrame([{"id": "a", "prompt": prompt, "completion": completion}])
    )
    return None if out.kept.height else out.rejected["reason"][0]


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        # German, capitalised pronoun, no accent and no listed function word: two words
        # outside the English lexicon (treten, bitte)
        ("So the number of treten Sie bitte fries before the ants came was six.", "mixed_language"),
        # Spanish without accents or listed function words: all four words outside English
        ("That is off the original deben conseguir niveles aceptables price.", "mixed_language"),
        # French with a short word English shares ("a") between two evidence words
        ("I add the bags to find qui a signé the total of the sweets.", "mixed_language"),
        # a German noun after a foreign function word counts as a word of the phrase (the
        # window "durch Erfolgsanalyse Zeit" has one lowercase word only)
        ("So we take it durch Erfolgsanalyse Zeit and add the rest.", "mixed_language"),
        # rare English words and coinages, one per window: no evidence
        ("The time per sudoku is short, the price per popsicle too, for all nonfood items.", None),
        # closed compounds and glued identifiers (x/y + word) are English
        ("Then real xleft, real xright, real ybottom and the shoeboxes are set.", None),
        # math names written out in prose carry no language
        ("So cos theta plus sqrt phi over sin alpha gives the same value again.", None),
        # a name with a particle: capitalised words after "von" are names, not nouns
        ("The paper by Hedda von Puttlitz Stern shows the same count as before.", None),
    ],
)
def test_phrase_verdicts(sentence: str, reason: str | None) -> None:
    assert verdict(sentence) == reason, explain(f"{EN} {sentence} {EN}", "en")


def test_prompt_words_are_no_evidence() -> None:
    # the problem's own coinages (daps, yaps, baps) repeated in the trace are no switch: the
    # prompt is the context of the phrase search, in the filter and in the reward alike
    prompt = "If 4 daps = 7 yaps, and 5 yaps = 3 baps, how many daps equal 42 baps?"
    sentence = "So yaps baps daps, then daps yaps baps again, and we convert the units."
    assert verdict(sentence, prompt) is None
    reward = LanguageReward()([f"<think>{EN} {sentence} {EN}</think>"], prompts=[prompt])
    assert reward == [1.0]


@pytest.mark.parametrize(
    ("word", "outside"),
    [
        ("bitte", True),  # German
        ("conseguir", True),  # Spanish
        ("cdu-politikerin", True),  # a compound with a part outside English
        ("divisor", False),  # math vocabulary is in a general dictionary
        ("didn", False),  # contraction stem (the cleaner cuts "'t")
        ("shoeboxes", False),  # a closed compound of two English words
        ("hatten", True),  # a short word that splits by chance (hat + ten) is no compound
        ("ybottom", False),  # a coordinate letter and an English word: an identifier
        ("theta", False),  # a Greek letter name
        ("ab", False),  # two letters: never evidence
    ],
)
def test_outside_english(word: str, outside: bool) -> None:
    assert outside_english(word) is outside


def test_count_outside_is_the_vectorised_lexicon_count() -> None:
    # the candidate gate counts words not in the lexicon (a superset of `outside_english`,
    # which also forgives compounds: "nonfood" = non + food)
    segs = [
        "treten sie bitte warten",
        "the total number of nonfood apples",
        "",
        "conseguir y deben",
    ]
    got = count_outside(pl.DataFrame({"seg": segs})).to_list()
    lex = english_words()
    want = [sum(w not in lex for w in s.split() if len(w) >= 3) for s in segs]
    assert got == want == [4, 1, 0, 2]
    assert [sum(outside_english(w) for w in s.split()) for s in segs] == [4, 0, 0, 2]


@pytest.mark.parametrize(
    ("words", "ev", "expected"),
    [
        # a capitalised noun right after an evidence word counts as a phrase word
        (["durch", "Erfolgsanalyse"], [2, 0], [True, True]),
        # … not after a name particle ("von Puttlitz")
        (["von", "Puttlitz"], [2, 0], [True, False]),
        # … nor a one- or two-letter word ("A")
        (["dir", "A"], [2, 0], [True, False]),
        # … nor after a word that is no evidence
        (["the", "Links"], [0, 0], [True, False]),
    ],
)
def test_phrase_words(words: list[str], ev: list[int], expected: list[bool]) -> None:
    assert _phrase_words(words, ev) == expected


def test_find_span_needs_two_different_weak_words() -> None:
    backend = get_backend("fasttext")
    # one word outside the lexicon repeated ("cannoli … cannoli") is one piece of evidence
    assert find_span("we take cannoli corn cannoli and more of them", "en", backend, 0.2) is None
    # two different ones are looked at, and the model names the phrase
    span = find_span("the count treten Sie bitte fries before", "en", backend, 0.2)
    assert span is not None and span[2] != "en"


def test_explain_frame_is_explain_per_text() -> None:
    texts = [f"{EN} so we count them de la misma manera and add.", EN, "这个问题很简单。"]
    targets = ["en", "en", "en"]
    batch = explain_frame(texts, targets)
    for i, (t, g) in enumerate(zip(texts, targets, strict=True)):
        assert batch.filter(pl.col("row") == i).drop("row").equals(explain(t, g))
