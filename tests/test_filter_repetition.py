"""`repetition`: duplicate n-gram ratio and looping tails; normal R1 traces are not flagged."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import polars as pl
import pytest
from curate.filters._text import words_frame
from curate.filters.repetition import RepetitionFilter, RepetitionParams, loop_tail

SENTENCES = [
    "Let me compute the discriminant of the quadratic equation first.",
    "The roots are given by the formula $x = \\frac{-b \\pm \\sqrt{b^2 - 4ac}}{2a}$.",
    "Substituting $a = 2$, $b = -3$ and $c = 1$ gives $9 - 8 = 1$.",
    "So the two roots are $1$ and $\\frac{1}{2}$, and their sum is $\\frac{3}{2}$.",
    "Now I need the product of the roots, which by Vieta is $\\frac{c}{a}$.",
    "That gives $\\frac{1}{2}$, consistent with multiplying the roots directly.",
    "Next consider the case where the coefficient of the linear term changes sign.",
    "Then the sum of the roots becomes negative while the product stays the same.",
    "I should double-check the arithmetic of the discriminant for this case too.",
    "Everything is consistent, so the final expression simplifies nicely.",
]
MARKERS = [
    "Wait, ",
    "Hmm, ",
    "Let me check. ",
    "But wait, ",
    "Let me verify that. ",
    "Alternatively, ",
]


def r1_trace(seed: int, paragraphs: int = 30) -> str:
    """An R1-like trace: varied sentences with the stock phrases R1 repeats all the time."""
    rng = random.Random(seed)
    paras = []
    for i in range(paragraphs):
        body = " ".join(rng.sample(SENTENCES, 3)).replace("$1$", f"${i}$")
        paras.append(rng.choice(MARKERS) + body + f" (step {i}: {rng.randint(0, 10**6)})")
    return "<think>\n" + "\n\n".join(paras) + "\n</think>\n\nThe answer is $\\boxed{\\frac{3}{2}}$."


def _run(completions: list[Any], **params: Any) -> pl.DataFrame:
    batch = pl.DataFrame(
        {"id": [str(i) for i in range(len(completions))], "completion": completions}
    )
    flt = RepetitionFilter(**params)
    out = flt.apply(batch)
    assert out.kept.height + out.rejected.height == batch.height
    return flt.verdicts(batch)


BASE = r1_trace(0)
LOOP_UNIT = "Wait, let me recompute that sum once more to be sure it is right.\n\n"
CJK = "我们先计算判别式，然后求出两个根的和与积，最后验证结果是否正确。"


@pytest.mark.parametrize(
    ("completion", "reason"),
    [
        (BASE, None),  # a normal trace with many "Wait," / "Let me check"
        (BASE[:-60] + LOOP_UNIT * 40, "looping_tail"),  # the classic loop until max_tokens
        (BASE + LOOP_UNIT * 39 + LOOP_UNIT[:23], "looping_tail"),  # the last copy cut mid-way
        (
            BASE + "".join(LOOP_UNIT.replace("\n\n", ws) for ws in ["\n", " ", "\n\n"] * 15),
            "looping_tail",
        ),
        (BASE + "3" * 1000, "looping_tail"),  # one character forever
        (BASE + " ha" * 20, None),  # a short run (60 chars) is not a loop
        (BASE + "\n\n" + LOOP_UNIT * 2, None),  # two copies are not a loop
        (
            LOOP_UNIT * 40 + "</think>\n\nFinally the answer is $\\boxed{5}$ as computed.",
            "repetitive",
        ),
        ("<think>" + CJK * 30 + "</think>答案是五。", "repetitive"),  # CJK without spaces
        ("", None),  # empty
        (None, None),  # null
        ("<think></think>", None),  # only tags
        ("word " * 40, None),  # under min_words: never "repetitive" (and no 200-char loop)
    ],
)
def test_reasons(completion: str | None, reason: str | None) -> None:
    v = _run([completion])
    assert v["reason"][0] == reason
    ratio = v["dup_ngram_ratio"][0]
    assert 0.0 <= ratio <= 1.0
    if reason == "repetitive":
        assert ratio > 0.5
    if reason == "looping_tail":
        assert v["loop_tail"][0] >= 200 and v["loop_repeats"][0] >= 3


def test_normal_traces_are_not_flagged() -> None:
    # each of the 10 sentences recurs ~9 times per trace, with stock phrases: still kept
    v = _run([r1_trace(seed) for seed in range(50)])
    assert v["reason"].null_count() == 50
    assert 0.1 < v["dup_ngram_ratio"].max() < RepetitionParams().max_dup_ngram_ratio
    assert v["loop_tail"].max() == 0


def _reference_ratio(words: list[str], n: int) -> float:
    if len(words) < n:
        return 0.0
    grams = list(zip(*[words[i:] for i in range(n)], strict=False))
    return 1 - len(set(grams)) / len(grams)


@pytest.mark.parametrize("n", [1, 2, 3, 10])
def test_ratio_matches_a_plain_python_count(n: int) -> None:
    rng = random.Random(n)
    vocab = ["a", "b", "c", "x^2", "\\frac{1}{2}", "中", "=", "Wait,"]
    texts = [" ".join(rng.choice(vocab) for _ in range(rng.randint(0, 60))) for _ in range(200)]
    texts += ["a b a b a b", "中文中文中文", "x\ny\tx\u3000y"]
    got = RepetitionFilter(n=n).dup_ratio(pl.Series(texts))["dup_ngram_ratio"].to_list()
    words = words_frame(pl.Series(texts)).group_by("_row", maintain_order=True).agg("w")
    by_row = dict(zip(words["_row"].to_list(), words["w"].to_list(), strict=True))
    for i, text in enumerate(texts):
        assert got[i] == pytest.approx(_reference_ratio(by_row.get(i, []), n)), text


@pytest.mark.parametrize(
    ("text", "covered", "period"),
    [
        ("abcabcabc", 9, 3),  # three copies
        ("intro " + "xy" * 10, 20, 2),  # a two-character unit (the space breaks it)
        ("no repetition at all here", 0, 0),  # nothing
        ("", 0, 0),  # empty
        ("a", 0, 0),  # too short
        ("zzzz", 4, 1),  # one character repeated
    ],
)
def test_loop_tail(text: str, covered: int, period: int) -> None:
    assert loop_tail(text) == (covered, period)


def test_loop_tail_is_fast_on_hostile_input() -> None:
    # long runs and near-periodic text must not blow up (candidates and comparisons are bounded)
    text = ("ab" * 50_000) + "c" + ("ab" * 50_000)
    covered, period = loop_tail(text, max_period=2048)
    assert period == 2 and covered == 100_000


def test_shared_data_false_positives(shared_data: Path) -> None:
    """Real responses and solutions: nothing but genuinely degenerate samples is flagged."""
    qwen = [json.loads(x) for x in (shared_data / "qwen25math_math_cot_100_8samples.jsonl").open()]
    texts = [r for row in qwen for r in row["response"]]
    texts += [json.loads(x)["solution"] for x in (shared_data / "math500_test.jsonl").open()]
    v = _run(texts)
    assert v["reason"].null_count() == len(texts)
