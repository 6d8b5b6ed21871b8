"""Preference pairs (`curate.pairs`): the three sources (verdicts, the reward model, the pairwise
judge). The stats, TRL formats and the run stage are in test_pairs_run.py."""

from __future__ import annotations

from typing import Any

import polars as pl
import pytest

from curate.pairs import PairsConfig, build_pairs, ratios
from curate.pairs.pairwise import parse_verdict, render
from tests.pairs_samples import Sample, frame


def pairs_of(df: pl.DataFrame) -> list[tuple[str, str, str | None]]:
    return sorted(
        zip(
            df["chosen_id"].to_list(),
            df["rejected_id"].to_list(),
            df["rejected_reason"].to_list(),
            strict=True,
        )
    )


VERDICT_CASES = [
    # (samples, config, expected (chosen, rejected, reason) pairs, expected skip reasons)
    (
        [
            ("a0", "good", "correct", None, None, None),
            ("a1", "bad", "incorrect", "correct", "incorrect", None),
        ],
        {},
        [("a0", "a1", "incorrect")],
        {},
    ),  # the basic case: a kept correct sample against an incorrect one
    (
        [
            ("a0", "good", "correct", None, None, None),
            ("a1", "good too", "correct", None, None, None),
        ],
        {},
        [],
        {"verdict_no_rejected": 1},
    ),  # every sample correct and clean: nothing to reject
    (
        [
            ("a0", "bad", "incorrect", None, None, None),
            ("a1", "worse", "incorrect", None, None, None),
        ],
        {},
        [],
        {"verdict_no_correct": 1},
    ),  # unsolved prompt: no chosen side
    (
        [
            ("a0", "good", "correct", None, None, None),
            ("a1", "mixed 中文", "correct", "mixed_language", "mixed_language", None),
        ],
        {},
        [("a0", "a1", "mixed_language")],
        {},
    ),  # a correct but filtered sample is a rejected side, with the filter's reason
    (
        [
            ("a0", "good", "correct", None, None, None),
            ("a1", "mixed 中文", "correct", "mixed_language", "mixed_language", None),
        ],
        {"rejected": ["incorrect"]},
        [],
        {"verdict_no_rejected": 1},
    ),  # ... unless only incorrect samples may be rejected
    (
        [
            ("a0", "good", "correct", "select", "over_k", None),
            ("a1", "bad", "incorrect", None, None, None),
        ],
        {},
        [("a0", "a1", "incorrect")],
        {},
    ),  # a sample past select's k is still clean: it can be chosen
    (
        [
            ("a0", "good", "correct", None, None, None),
            ("a1", "?", "unknown", "correct", "unknown_verdict", None),
        ],
        {},
        [],
        {"verdict_no_rejected": 1},
    ),  # an undecided sample is neither good nor bad
    (
        [
            ("a0", "good", "correct", None, None, None),
            ("a1", "half", "correct", "truncated", "truncated", None),
            ("a2", None, None, "generate", "backend_error", None),
        ],
        {},
        [("a0", "a1", "truncated")],
        {},
    ),  # a failed generation (no completion) is never in a pair
    (
        [
            ("a0", "same", "correct", None, None, None),
            ("a1", "same", "incorrect", None, None, None),
        ],
        {},
        [],
        {"verdict_identical": 1},
    ),  # identical texts make no preference
    (
        [
            ("a0", "g0", "correct", None, None, None),
            ("a1", "g1", "correct", None, None, None),
            ("a2", "g2", "correct", None, None, None),
            ("a3", "b3", "incorrect", None, None, None),
            ("a4", "b4", "incorrect", None, None, None),
        ],
        {"max_pairs_per_prompt": 2},
        None,  # checked below: 2 pairs with distinct chosen and distinct rejected samples
        {},
    ),  # the cap spreads pairs over samples
]


@pytest.mark.parametrize("samples,cfg,want,skipped", VERDICT_CASES)
def test_verdict_pairs(
    samples: list[Sample], cfg: dict[str, Any], want: list[Any] | None, skipped: dict[str, int]
) -> None:
    pairs, stats = build_pairs(frame(samples), PairsConfig(**cfg))
    got = pairs_of(pairs)
    if want is None:
        assert len(got) == 2
        assert len({c for c, _, _ in got}) == 2 and len({r for _, r, _ in got}) == 2
    else:
        assert got == want
    assert stats["skipped"] == skipped
    assert set(pairs["source"].to_list()) <= {"verdict"}
    assert stats["pairs"] == pairs.height


RM_CASES = [
    # (scores of a0..a3 (None: unscored), verdicts, config, expected pairs, skips, margins)
    ([3.0, 1.0, 2.0, -1.0], None, {}, [("a0", "a3", "lower_score")], {}, [4.0]),  # best vs worst
    ([3.0, 1.0, 2.0, -1.0], None, {"min_margin": 5.0}, [], {"rm_below_margin": 1}, []),
    ([1.0, 1.0, None, None], None, {}, [], {"rm_below_margin": 1}, []),  # a tie is no preference
    (
        [1.0, None, None, None],
        None,
        {},
        [],
        {"rm_not_scored": 1},
        [],
    ),  # one score: nothing to compare
    (
        [3.0, 1.0, 2.0, -1.0],
        ["incorrect", "correct", "correct", "correct"],
        {},
        [("a2", "a3", "lower_score")],
        {},
        [3.0],
    ),  # the top score is a wrong answer: it cannot be chosen (but can be rejected)
    (
        [3.0, 1.0, 2.0, -1.0],
        ["incorrect", "correct", "correct", "correct"],
        {"chosen": "any"},
        [("a0", "a3", "lower_score")],
        {},
        [4.0],
    ),  # ... unless chosen may be anything
    (
        [3.0, 1.0, 2.0, -1.0],
        None,
        {"rm_mode": "all", "max_pairs_per_prompt": 3},
        [("a0", "a1", "lower_score"), ("a0", "a3", "lower_score"), ("a2", "a3", "lower_score")],
        {},
        [4.0, 3.0, 2.0],
    ),  # all pairs, widest margins first, capped
    (
        [3.0, 1.0, float("nan"), -1.0],
        None,
        {"rm_mode": "all", "max_pairs_per_prompt": None, "min_margin": 2.0},
        [("a0", "a1", "lower_score"), ("a0", "a3", "lower_score"), ("a1", "a3", "lower_score")],
        {},
        [4.0, 2.0, 2.0],
    ),  # NaN scores are left out; margins below 2 are not kept
]


@pytest.mark.parametrize("scores,verdicts,cfg,want,skipped,margins", RM_CASES)
def test_rm_pairs(
    scores: list[float | None],
    verdicts: list[str] | None,
    cfg: dict[str, Any],
    want: list[Any],
    skipped: dict[str, int],
    margins: list[float],
) -> None:
    v = verdicts or ["correct"] * 4
    samples = [(f"a{i}", f"answer {i}", v[i], None, None, s) for i, s in enumerate(scores)]
    pairs, stats = build_pairs(frame(samples), PairsConfig(sources=["rm"], **cfg))
    assert pairs_of(pairs) == want
    assert stats["skipped"] == skipped
    assert sorted(pairs["margin"].to_list(), reverse=True) == pytest.approx(margins)


def test_rm_source_needs_the_score_column() -> None:
    rows = frame([("a0", "x", "correct", None, None, None)]).drop("rm_score")
    with pytest.raises(ValueError, match="needs the score column 'rm_score'"):
        build_pairs(rows, PairsConfig(sources=["rm"]))


# --- pairwise judge ---------------------------------------------------------------------------


class FakeJudge:
    """A deterministic pairwise judge that records what it was asked."""

    def __init__(self, rule: str) -> None:
        self.rule = rule
        self.calls: list[tuple[Any, str, str]] = []

    def __call__(self, prompt: Any, a: str, b: str) -> str | None:
        self.calls.append((prompt, a, b))
        if self.rule == "shorter":
            return "A" if len(a) < len(b) else ("B" if len(b) < len(a) else "tie")
        if self.rule == "first":
            return "A"
        if self.rule == "second":
            return "B"
        if self.rule == "tie":
            return "tie"
        if self.rule == "broken":
            raise RuntimeError("the judge crashed")
        return "maybe"  # not a verdict


JUDGE_CASES = [
    # (rule, expected pairs, judge counters, skips)
    ("shorter", [("a0", "a1", "judge_loser")], {"consistent": 1}, {}),  # both orders agree
    ("first", [], {"disagree": 1, "position_first": 1}, {"judge_disagree": 1}),  # position bias
    ("second", [], {"disagree": 1, "position_second": 1}, {"judge_disagree": 1}),
    ("tie", [], {"tie": 1}, {"judge_tie": 1}),  # ties are counted, not kept
    ("broken", [], {"failed": 1}, {"judge_failed": 1}),  # an exception is a failed comparison
    ("garbage", [], {"failed": 1}, {"judge_failed": 1}),  # so is a reply that is no verdict
]


@pytest.mark.parametrize("rule,want,counters,skipped", JUDGE_CASES)
def test_judge_pairs_both_orders(
    rule: str, want: list[Any], counters: dict[str, int], skipped: dict[str, int]
) -> None:
    samples = [
        ("a0", "<think>r</think>short", "correct", None, None, None),
        ("a1", "<think>r</think>a longer answer", "correct", None, None, None),
    ]
    judge = FakeJudge(rule)
    cfg = PairsConfig(sources=["judge"], judge={"backend": "openai", "model": "m"})
    pairs, stats = build_pairs(frame(samples), cfg, judge)
    assert pairs_of(pairs) == want
    assert stats["judge"] == {"comparisons": 1, "calls": 2, **counters}
    assert stats["skipped"] == skipped
    # both orders, on the summaries (response: summary)
    assert [c[1:] for c in judge.calls] == [
        ("short", "a longer answer"),
        ("a longer answer", "short"),
    ]
    if rule in ("first", "second"):
        assert ratios(stats)["position_bias"] == 1.0


def test_judge_winner_must_be_eligible() -> None:
    samples = [
        ("a0", "good long answer", "correct", None, None, None),
        ("a1", "bad", "correct", "mixed_language", "mixed_language", None),
    ]
    cfg = PairsConfig(sources=["judge"], judge={"backend": "openai", "model": "m"})
    pairs, stats = build_pairs(frame(samples), cfg, FakeJudge("shorter"))
    assert pairs.height == 0
    assert stats["skipped"] == {"judge_ineligible_winner": 1}
    assert stats["judge"]["consistent"] == 1


def test_judge_batched_interface_gets_every_item_at_once() -> None:
    class Batched:
        def __init__(self) -> None:
            self.batches: list[int] = []

        def compare_many(self, items: list[tuple[Any, str, str]]) -> list[str]:
            self.batches.append(len(items))
            return ["A" if len(a) < len(b) else "B" for _, a, b in items]

    samples = [
        (f"{p}{i}", "x" * (i + 1), "correct", None, None, None) for p in "ab" for i in range(3)
    ]
    judge = Batched()
    cfg = PairsConfig(
        sources=["judge"], max_pairs_per_prompt=2, judge={"backend": "openai", "model": "m"}
    )
    pairs, stats = build_pairs(frame(samples), cfg, judge)
    assert judge.batches == [8]  # 2 prompts x 2 comparisons x 2 orders, in one call
    assert stats["judge"]["consistent"] == 4 and pairs.height == 4
    assert all(c < r for c, r in zip(pairs["chosen_len"], pairs["rejected_len"], strict=True))


PARSE_CASES = [
    ("Reasoning... Verdict: A", "A"),  # the asked-for format
    ("**Verdict:** B", "B"),  # markdown around it
    ("verdict: TIE", "tie"),  # case-insensitive tie
    ("I compare them. [[B]]", "B"),  # MT-Bench style
    ("[[C]]", "tie"),  # MT-Bench tie
    ("B", "B"),  # a bare letter
    ("Answer A.", "A"),  # a bare 'Answer A'
    ("First I thought Verdict: A. On reflection, Verdict: B", "B"),  # the last verdict wins
    ("<think>Verdict: A</think>Verdict: B", "B"),  # only the final answer counts
    ("<think>Verdict: A, still thinking", None),  # reasoning never closed: no verdict
    ("Verdict: A or B", None),  # undecided
    ("Both answers have merit.", None),  # no verdict at all
    ("", None),  # empty reply
    (None, None),  # no reply
    ("The better answer is A.", "A"),  # plain-language form
]


@pytest.mark.parametrize("reply,verdict", PARSE_CASES)
def test_parse_verdict(reply: str | None, verdict: str | None) -> None:
    assert parse_verdict(reply) == verdict


def test_render_does_not_expand_placeholders_inside_answers() -> None:
    out = render("Q: {question}\nA: {answer_a}\nB: {answer_b}", "q {answer_b}", "a {x}", "b")
    assert out == "Q: q {answer_b}\nA: a {x}\nB: b"
