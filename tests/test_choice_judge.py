"""The `choice` judge: letter extraction, references (letter, index, option text), options."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import polars as pl
import pytest
from curate.judges.choice import ChoiceJudge, extract_choice, parse_options, reference_letter

from curate.recipe import load_recipe
from curate.runner import run
from tests.helpers import write_jsonl

T = "<think>Let me weigh the options. A seems plausible, so does B.</think>\n"

CASES = [
    # (completion, reference, options, verdict, reason, predicted letter)
    # the R1 phrase, parenthesised letter
    (T + "The answer is (D).", "D", None, "correct", "match", "D"),
    # a bold letter alone on a line
    (T + "**B**", "B", None, "correct", "match", "B"),
    # "answer: C"
    (T + "answer: C", "C", None, "correct", "match", "C"),
    # \boxed{B}
    (T + "So $\\boxed{B}$", "B", None, "correct", "match", "B"),
    # \boxed{\text{B}}
    (T + "$\\boxed{\\text{B}}$", "B", None, "correct", "match", "B"),
    # \boxed{\textbf{(C)}}
    (T + "$\\boxed{\\textbf{(C)}}$", "C", None, "correct", "match", "C"),
    # "B) text" as the whole answer
    (T + "B) Paris", "B", None, "correct", "match", "B"),
    # a rejected option named first, the answer last
    (T + "I think A is wrong, the answer is C", "C", None, "correct", "match", "C"),
    # a negated letter is not an answer, and "A" the article is never a guess
    (T + "The answer is not A.", "A", None, "incorrect", "no_choice", None),
    # "option C is correct"
    (T + "Option C is correct.", "C", None, "correct", "match", "C"),
    # a restated option list is not an answer
    (T + "A) 1\nB) 2\nC) 3", "A", None, "incorrect", "no_choice", None),
    # the article "A" and the pronoun "I" are never picked by the fallback
    (T + "A careful reading helps. I agree.", "A", None, "incorrect", "no_choice", None),
    # fallback: a letter that ends the summary
    (T + "Comparing both, it must be C.", "C", None, "correct", "match", "C"),
    # the reasoning mentions B; the answer (after </think>) decides
    ("<think>The answer is B.</think>The answer is (A).", "A", None, "correct", "match", "A"),
    # unterminated reasoning: no answer
    ("<think>The answer is B.", "B", None, "incorrect", "no_choice", None),
    # a wrong letter
    (T + "The answer is (B).", "C", None, "incorrect", "mismatch", "B"),
    # <answer> tags
    (T + "<answer>C</answer>", "C", None, "correct", "match", "C"),
    # reference "(C)"
    (T + "The answer is C", "(C)", None, "correct", "match", "C"),
    # MMLU: integer index reference (0-based)
    (T + "The answer is C", "2", ["w", "x", "y", "z"], "correct", "match", "C"),
    # GPQA: the reference is the correct option's text
    (
        T + "The answer is B",
        "Paris",
        ["London", "Paris", "Rome", "Berlin"],
        "correct",
        "match",
        "B",
    ),
    # the model boxes the option's text instead of its letter
    (
        T + "$\\boxed{\\text{Paris}}$",
        "B",
        ["London", "Paris", "Rome", "Berlin"],
        "correct",
        "match",
        "B",
    ),
    # ARC: labels 1-4 map to A-D by position; reference "3" is C
    (
        T + "The answer is C",
        "3",
        {"text": ["a", "b", "c", "d"], "label": ["1", "2", "3", "4"]},
        "correct",
        "match",
        "C",
    ),
    # with four options, a letter beyond D is not a choice
    (T + "The answer is (F).", "A", ["w", "x", "y", "z"], "incorrect", "no_choice", None),
    # an unreadable reference cannot be judged
    (T + "The answer is A", "banana", None, "unknown", "unparseable_reference", None),
    # no reference
    (T + "The answer is A", None, None, "unknown", "no_reference", None),
    # MMLU-Pro: ten options, letter I is legitimate there
    (T + "The answer is (I).", "I", [str(i) for i in range(10)], "correct", "match", "I"),
]


@pytest.mark.parametrize(("completion", "ref", "options", "verdict", "reason", "letter"), CASES)
def test_choice(
    completion: str, ref: str | None, options: Any, verdict: str, reason: str, letter: str | None
) -> None:
    data: dict[str, Any] = {"completion": [completion], "reference": [ref]}
    if options is not None:
        data["options"] = [options]
    row = ChoiceJudge().judge(pl.DataFrame(data, strict=False)).row(0, named=True)
    assert (row["verdict"], row["judge_reason"], row["pred_answer"]) == (verdict, reason, letter), (
        row
    )
    assert (row["score"] is None) == (verdict == "unknown")


REFERENCES = [
    # (reference, options, labels, index_base, letter)
    ("C", None, None, 0, "C"),  # a bare letter
    ("(C)", None, None, 0, "C"),  # parenthesised
    ("Option B", None, None, 0, "B"),  # "Option B"
    ("\\boxed{D}", None, None, 0, "D"),  # boxed
    ("0", None, None, 0, "A"),  # MMLU index, 0-based
    ("1", None, None, 1, "A"),  # one-based index
    ("2", ["x", "y"], None, 0, None),  # index out of range for two options
    ("(A) 12", None, None, 0, "A"),  # a letter with its option text (AQuA)
    ("12", ["A)10", "B)12", "C)14"], None, 0, "B"),  # option text against labelled options
    ("4", ["a", "b", "c", "d"], ["1", "2", "3", "4"], 0, "D"),  # ARC numeric labels
    ("", None, None, 0, None),  # empty
]


@pytest.mark.parametrize(("ref", "options", "labels", "base", "letter"), REFERENCES)
def test_reference_letter(
    ref: str, options: list[str] | None, labels: list[str] | None, base: int, letter: str | None
) -> None:
    assert reference_letter(ref, options, labels, base) == letter


def test_options_shapes_and_hostile_text() -> None:
    # ARC dict, JSON text, plain lists; junk is ignored
    assert parse_options({"text": ["a", "b"], "label": ["A", "B"]}) == (["a", "b"], ["A", "B"])
    assert parse_options(json.dumps(["x", "y"])) == (["x", "y"], None)
    assert parse_options("not options") == (None, None)
    assert parse_options([1, 2]) == (None, None)
    # long hostile text is scanned in linear time and yields its last explicit answer
    region = ("the answer is " + "(" * 50_000 + "\n") * 4 + "The answer is (B)."
    assert extract_choice(region[-20_000:]) == ("B", "phrase")


def test_trl_reward_signature() -> None:
    judge = ChoiceJudge()
    rewards = judge(["The answer is (A).", "The answer is (B).", "hmm"], answer=["A", "A", "A"])
    assert rewards == [1.0, 0.0, 0.0]


def test_recipe_end_to_end(tmp_path: Path) -> None:
    rows = [
        {
            "q": "Capital of France?",
            "choices": ["London", "Paris"],
            "answer": 1,
            "c": [
                "<think>x</think>The answer is (B).",
                "<think>y</think>The answer is (A).",
                "<think>z</think>",
            ],
        },
        {"q": "2+2?", "choices": ["3", "4"], "answer": 1, "c": ["<think>w</think>$\\boxed{4}$"]},
    ]
    write_jsonl(tmp_path / "d.jsonl", rows)
    recipe = load_recipe(
        data={
            "name": "choice-e2e",
            "source": {
                "path": "d.jsonl",
                "columns": {"prompt": "q", "reference": "answer", "completion": "c"},
            },
            "judges": [{"choice": {"options_column": "choices"}}],
            "filters": ["correct"],
        },
        base_dir=tmp_path,
    )
    res = run(recipe, out=tmp_path / "run")
    kept = pl.concat([pl.read_parquet(p) for p in sorted((res.run_dir / "data").glob("*.parquet"))])
    assert sorted(zip(kept["judge_reason"], kept["choice_method"], strict=True)) == [
        ("match", "option_text"),
        ("match", "phrase"),
    ]
    rejected = pl.concat(
        [pl.read_parquet(p) for p in sorted((res.run_dir / "rejected").glob("*.parquet"))]
    )
    assert sorted(rejected["judge_reason"].to_list()) == ["mismatch", "no_choice"]
