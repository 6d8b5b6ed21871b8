"""The `majority` judge: cons@n pseudo-references, agreement, ties, groups, TRL use."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import polars as pl
import pytest
from curate.judges.majority import MajorityJudge

from curate.recipe import load_recipe
from curate.runner import run
from tests.helpers import write_jsonl


def box(ans: str) -> str:
    return f"<think>work</think>\nThe answer is $\\boxed{{{ans}}}$."


GROUPS = [
    # (answers of one prompt's samples (None = no answer), params, expected (verdict, reason) per sample)
    # a clear majority: agreeing samples correct, the other incorrect
    (["4", "4", "4", "5"], {}, [("correct", "agree")] * 3 + [("incorrect", "disagree")]),
    # equal numbers in different spellings agree (\frac{1}{2}, 0.5, \dfrac12)
    (
        ["\\frac{1}{2}", "0.5", "\\dfrac12", "3"],
        {},
        [("correct", "agree")] * 3 + [("incorrect", "disagree")],
    ),
    # a sample without an answer is incorrect; it still counts in the agreement denominator
    (
        ["7", "7", None, "8"],
        {},
        [("correct", "agree")] * 2 + [("incorrect", "no_answer"), ("incorrect", "disagree")],
    ),
    # two answers share the top count: a tie is unknown (the no-answer sample stays incorrect)
    (["1", "1", "2", "2", None], {}, [("unknown", "tie")] * 4 + [("incorrect", "no_answer")]),
    # agreement 2/5 = 0.4 < 0.5: unknown
    (["1", "1", "2", "3", "4"], {}, [("unknown", "low_agreement")] * 5),
    # the same group with a lower threshold is judged
    (
        ["1", "1", "2", "3", "4"],
        {"min_agreement": 0.4},
        [("correct", "agree")] * 2 + [("incorrect", "disagree")] * 3,
    ),
    # a single sample is not a consensus
    (["9"], {}, [("unknown", "too_few_samples")]),
    # min_samples raised
    (["9", "9", "9"], {"min_samples": 4}, [("unknown", "too_few_samples")] * 3),
    # nobody answered: every sample is incorrect
    ([None, None], {}, [("incorrect", "no_answer")] * 2),
    # unanimous
    (["x^2", "x^2"], {}, [("correct", "agree")] * 2),
]


@pytest.mark.parametrize(("answers", "params", "expected"), GROUPS)
def test_group(
    answers: list[str | None], params: dict[str, Any], expected: list[tuple[str, str]]
) -> None:
    comps = [box(a) if a is not None else "<think>hmm</think> I am not sure." for a in answers]
    df = pl.DataFrame({"completion": comps, "prompt_id": ["p"] * len(comps)})
    out = MajorityJudge(**params).judge(df)
    assert list(zip(out["verdict"], out["judge_reason"], strict=True)) == expected
    scores = out["score"].to_list()
    assert [s is None for s in scores] == [v == "unknown" for v, _ in expected]


def test_groups_are_separate_and_columns() -> None:
    # two prompts in one batch, interleaved; majority and agreement are per prompt
    comps = [box("1"), box("5"), box("1"), box("5"), box("2"), box("5")]
    df = pl.DataFrame({"completion": comps, "prompt_id": ["a", "b", "a", "b", "a", "b"]})
    out = MajorityJudge().judge(df)
    assert out["judge_reason"].to_list() == [
        "agree",
        "agree",
        "agree",
        "agree",
        "disagree",
        "agree",
    ]
    assert out["majority_answer"].to_list() == ["1", "5", "1", "5", "1", "5"]
    assert out["agreement"].to_list() == pytest.approx([2 / 3, 1.0, 2 / 3, 1.0, 2 / 3, 1.0])
    assert out["group_samples"].to_list() == [3] * 6


ANSWER_TYPES = [
    # choice letters group by letter, whatever the phrasing
    ("choice", ["The answer is (B).", "**B**", "answer: C"], ["agree", "agree", "disagree"]),
    # free text: case and spaces folded
    ("text", ["Paris", " paris ", "Rome"], ["agree", "agree", "disagree"]),
]


@pytest.mark.parametrize(("kind", "answers", "reasons"), ANSWER_TYPES)
def test_answer_types(kind: str, answers: list[str], reasons: list[str]) -> None:
    comps = [f"<think>r</think>{a}" for a in answers]
    df = pl.DataFrame({"completion": comps, "prompt_id": ["p"] * len(comps)})
    assert MajorityJudge(answer_type=kind).judge(df)["judge_reason"].to_list() == reasons


def test_trl_reward_groups_by_prompt() -> None:
    # TRL passes prompts; completions of the same prompt form a group
    judge = MajorityJudge()
    assert judge.needs_reference is False
    rewards = judge(
        [box("3"), box("3"), box("4"), box("1"), box("2")],
        prompts=["q1", "q1", "q1", "q2", "q2"],
    )
    assert rewards == [1.0, 1.0, 0.0, None, None]  # q2 is a tie


def test_recipe_end_to_end(tmp_path: Path) -> None:
    rows = [
        {"q": "1+1?", "c": [box("2"), box("2"), box("3")]},
        {"q": "2+2?", "c": [box("4"), box("5")]},
    ]
    write_jsonl(tmp_path / "d.jsonl", rows)
    recipe = load_recipe(
        data={
            "name": "majority-e2e",
            "source": {"path": "d.jsonl", "columns": {"prompt": "q", "completion": "c"}},
            "judges": ["majority"],
            "filters": ["correct"],
        },
        base_dir=tmp_path,
    )
    res = run(recipe, out=tmp_path / "run")
    kept = pl.concat([pl.read_parquet(p) for p in sorted((res.run_dir / "data").glob("*.parquet"))])
    assert kept["pred_answer"].to_list() == ["2", "2"]
    assert kept["agreement"].to_list() == pytest.approx([2 / 3, 2 / 3])
    rejected = pl.concat(
        [pl.read_parquet(p) for p in sorted((res.run_dir / "rejected").glob("*.parquet"))]
    )
    assert sorted(rejected["judge_reason"].to_list()) == ["disagree", "tie", "tie"]


@pytest.mark.slow
def test_real_samples_majority_is_informative(shared_data: Path) -> None:
    # Qwen2.5-Math, 100 MATH problems x 8 samples, with a grader's verdict per sample: samples
    # that agree with their majority must be right far more often than those that disagree
    path = shared_data / "qwen25math_math_cot_100_8samples.jsonl"
    if not path.is_file():
        pytest.skip(f"{path} not found")
    comps, pids, graded = [], [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        for resp, score in zip(r["response"], r["score"], strict=True):
            comps.append(resp)
            pids.append(str(r["idx"]))
            graded.append(bool(score))
    out = MajorityJudge().judge(pl.DataFrame({"completion": comps, "prompt_id": pids}))
    df = out.with_columns(pl.Series("graded", graded))
    agree = df.filter(pl.col("judge_reason") == "agree")["graded"].mean()
    disagree = df.filter(pl.col("judge_reason") == "disagree")["graded"].mean()
    assert agree is not None and disagree is not None
    assert agree > 0.9 and agree - disagree > 0.5, (agree, disagree)
