"""`problem_type`: rule classes, drops, routing and the reference check."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest
from curate.filters.problem_type import ProblemTypeFilter, classify, parse_class

from tests.openai_stub import reply_server

CLASS_CASES = [
    ("Prove that there are infinitely many primes.", None, ["proof"]),  # imperative proof
    ("Let $n>1$. Show that $n^5-n$ is divisible by 30.", None, ["proof"]),  # clause-initial verb
    (
        "Tom needs to show that he read 20 books. He read 4 a week. How many weeks?",
        "5",
        [],
    ),  # a verb inside a statement
    ("Which is prime?\n(A) 4\n(B) 6\n(C) 7\n(D) 9", "C", ["multiple_choice"]),  # option lines
    ("Pick one: (A) red (B) blue (C) green (D) black", "B", ["multiple_choice"]),  # inline options
    (
        "Label the points (A) and (B) on $(A)$ the line; find AB if A=1, B=4.",
        "3",
        [],
    ),  # labels, not options
    (
        "In the figure below, ABCD is a square of side 2. Find its area.",
        "4",
        ["needs_figure"],
    ),  # missing figure
    (
        "As shown, [asy]draw((0,0)--(1,1));[/asy] find the slope.",
        "1",
        [],
    ),  # the figure is given as code
    ("(a) Find x if 2x=4. (b) Find y if 3y=9.", "2", ["multi_part"]),  # two parts
    ("Part 1: compute 2+2. Part 2: compute 3+3.", "4", ["multi_part"]),  # numbered parts
    ("Is 91 a prime number?", "no", ["yes_no"]),  # a yes/no reference
    ("Is 91 a prime number?", None, ["yes_no"]),  # no reference: the question decides
    ("Is the cheese cheaper? How much does she pay in total?", "30", []),  # numeric reference
    ("  ", None, ["invalid"]),  # blank prompt
    ("x=?", "2", ["invalid"]),  # too short to be a problem
    ("What is $3+4$?", "7", []),  # a plain question
]


@pytest.mark.parametrize(("prompt", "reference", "flags"), CLASS_CASES)
def test_classify(prompt: str, reference: str | None, flags: list[str]) -> None:
    assert classify(prompt, reference) == flags


def batch(prompts: list[str], refs: list[str | None], **cols: list[object]) -> pl.DataFrame:
    return pl.DataFrame(
        {
            "id": [str(i) for i in range(len(prompts))],
            "prompt": prompts,
            "reference": pl.Series(refs, dtype=pl.Utf8),
            **cols,
        }
    )


def test_drops_and_labels_by_class() -> None:
    b = batch(
        [
            "Prove that 2 is prime.",
            "What is $3+4$?",
            "Which?\n(A) 1\n(B) 2",
            "See the figure below. Find x.",
        ],
        [None, "7", "A", "3"],
    )
    out = ProblemTypeFilter().apply(b)
    # defaults drop invalid, needs_figure and proof; the rest are kept and labelled
    assert dict(zip(out.rejected["id"], out.rejected["reason"], strict=True)) == {
        "0": "problem_type:proof",
        "3": "problem_type:needs_figure",
    }
    assert out.kept["problem_type"].to_list() == ["answer", "multiple_choice"]


def test_route_writes_reward_type_only_for_mapped_classes() -> None:
    b = batch(["Which?\n(A) 1\n(B) 2", "What is $3+4$?"], ["A", "7"], reward_type=["math", "math"])
    out = ProblemTypeFilter(drop=[], route={"multiple_choice": "choice"}).apply(b)
    assert out.kept["reward_type"].to_list() == ["choice", "math"]


def test_chat_prompts_read_the_last_user_message() -> None:
    msgs = [
        [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Prove that 1<2."}]
    ]
    out = ProblemTypeFilter().apply(batch(["x"], [None]).with_columns(pl.Series("prompt", msgs)))
    assert out.rejected["reason"].to_list() == ["problem_type:proof"]


REFERENCE_CASES = [
    ("\\frac{1}{2}", None),  # a readable reference
    ("(1, 2)", None),  # a tuple
    ("", "invalid"),  # an empty reference cannot check anything
    ("9^{9^{9^9}}", "invalid"),  # an unsafe reference: every sample would be unknown
]


@pytest.mark.parametrize(("reference", "label"), REFERENCE_CASES)
def test_reference_check(reference: str, label: str | None) -> None:
    b = batch(["What is the value asked for here?"], [reference])
    out = ProblemTypeFilter(check_reference=True).apply(b)
    if label is None:
        assert out.kept.height == 1 and out.kept["reference_check"].to_list() == [None]
    else:
        assert out.rejected["reason"].to_list() == ["problem_type:unreadable_reference"]
        assert out.rejected["reference_check"].to_list()[0]


def test_reference_check_skips_other_domains() -> None:
    b = batch(["Write a function f."], ["assert f() == 1"], domain=["code"])
    out = ProblemTypeFilter(check_reference=True).apply(b)
    assert out.kept.height == 1


PARSE_CASES = [
    ("proof", "proof"),  # the bare class
    ("Class: multiple choice.", "multiple_choice"),  # spaced and with a prefix
    ("It is a Yes_No question", "yes_no"),  # inside a sentence
    ("I cannot tell", None),  # no class named
]


@pytest.mark.parametrize(("reply", "want"), PARSE_CASES)
def test_parse_class(reply: str, want: str | None) -> None:
    assert parse_class(reply) == want


def test_model_labels_what_the_rules_leave_open(tmp_path: Path) -> None:
    # the model says 'proof' for prompts mentioning 'theorem', else 'answer'
    with reply_server(lambda p: "proof" if "theorem" in p else "answer") as srv:
        f = ProblemTypeFilter(
            model={"name": "openai", "model": "m", "options": {"base_url": srv.url}},
            cache_dir=str(tmp_path),
        )
        b = batch(
            ["This theorem about primes holds for all n.", "What is $3+4$?", "Prove that 1<2."],
            [None, "7", None],
        )
        out = f.apply(b)
        # the rules found the third (proof) and asked nothing about it; the model found the first
        assert sorted(out.rejected["reason"].to_list()) == ["problem_type:proof"] * 2
        assert out.kept["problem_type"].to_list() == ["answer"]
        assert len(srv.bodies) == 2
