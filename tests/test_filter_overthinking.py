"""`overthinking`: where the answer is reached and verified, drop and trim, and concise pairs."""

from __future__ import annotations

import polars as pl
import pytest
from curate.filters.overthinking import OverthinkingFilter, concluded_values, split_paragraphs

from curate.pairs import PairsConfig, build_pairs

REACH = "Adding them, 2 + 2 = 4."
CHECK = "Let me verify: 4 - 2 = 2, so the sum is indeed 4."
MORE = "But wait, maybe I should consider other interpretations of the question at length."


def trace(*paras: str, answer: str = "4") -> str:
    return (
        "<think>\n" + "\n\n".join(paras) + "\n</think>\n\nThe answer is $\\boxed{" + answer + "}$."
    )


CASES = [
    # reached in the 2nd paragraph, verified in the 3rd, then two more paragraphs of doubt
    ((("We need 2 plus 2."), REACH, CHECK, MORE, MORE), True, True, "overthinking"),
    # reached and verified at the very end: nothing after it
    (("We need 2 plus 2.", REACH, CHECK), True, True, None),
    # reached once, never confirmed: no verification point, kept
    (("We need 2 plus 2.", REACH, MORE), True, False, None),
    # never reached inside the reasoning (only the summary has it)
    (("We need 2 plus 2.", MORE), False, False, None),
]


@pytest.mark.parametrize(("paras", "reached", "verified", "reason"), CASES)
def test_reached_verified_and_drop(
    paras: tuple[str, ...], reached: bool, verified: bool, reason: str | None
) -> None:
    batch = pl.DataFrame(
        {"id": ["a"], "completion": [trace(*paras)], "reference": ["4"], "verdict": ["correct"]}
    )
    out = OverthinkingFilter(max_after_verified=0.2).apply(batch)
    row = pl.concat([out.kept, out.rejected], how="diagonal").row(0, named=True)
    assert (row["answer_reached_at"] is not None) == reached
    assert (row["answer_verified_at"] is not None) == verified
    assert row.get("reason") == reason


def test_trim_cuts_after_the_verifying_paragraph() -> None:
    full = trace("We need 2 plus 2.", REACH, CHECK, MORE, MORE)
    batch = pl.DataFrame(
        {"id": ["a"], "completion": [full], "reference": ["4"], "verdict": ["correct"]}
    )
    out = OverthinkingFilter(trim=True).apply(batch)
    got = out.kept["completion"][0]
    assert MORE not in got and CHECK in got and got.endswith("The answer is $\\boxed{4}$.")
    assert out.kept["completion_untrimmed"][0] == full
    assert out.kept["after_verified_chars"][0] > 0


def test_incorrect_rows_are_not_measured() -> None:
    batch = pl.DataFrame(
        {
            "id": ["a", "b"],
            "completion": [trace(REACH, CHECK, MORE), trace(REACH, CHECK, MORE)],
            "reference": ["4", "4"],
            "verdict": ["incorrect", None],
        }
    )
    out = OverthinkingFilter(max_after_verified=0.01).apply(batch)
    assert out.kept.height == 2 and out.kept["answer_reached_at"].null_count() == 2


PARA_CASES = [
    ("a\n\nb", [(0, 1), (3, 4)]),  # two paragraphs
    ("a\n \n\nb\n", [(0, 1), (5, 7)]),  # blank lines with spaces, trailing newline kept
    ("", []),  # nothing
]


@pytest.mark.parametrize(("text", "spans"), PARA_CASES)
def test_split_paragraphs(text: str, spans: list[tuple[int, int]]) -> None:
    assert split_paragraphs(text) == spans


def test_concise_pairs_prefer_the_short_correct_sample() -> None:
    rows = pl.DataFrame(
        {
            "id": ["s", "m", "l", "w"],
            "prompt_id": ["p"] * 4,
            "prompt": ["2+2?"] * 4,
            "completion": ["x" * 100, "x" * 120, "x" * 400, "y" * 50],
            "verdict": ["correct", "correct", "correct", "incorrect"],
        }
    )
    pairs, _ = build_pairs(rows, PairsConfig(sources=["concise"], format="standard"))
    # only the 400-char sample is ≥ 1.5× the shortest correct one; the wrong one never pairs
    assert pairs["chosen_id"].to_list() == ["s"] and pairs["rejected_id"].to_list() == ["l"]
    assert pairs["source"].to_list() == ["concise"] and pairs["margin"][0] == pytest.approx(4.0)


VALUE_CASES = [
    ("Adding them, 2 + 2 = 4.", ["4"]),  # the right side of a final equation
    ("So the sum is indeed 4.", ["4"]),  # up to two words between `is` and the value
    ("The area is $\\frac{1}{2}$.", ["\\frac{1}{2}"]),  # a math value
    ("So x = 3.5 meters.", ["3.5"]),  # a unit word after the value
    ("Thus $\\boxed{7}$ is it.", ["7"]),  # a box
    ("We need 2 plus 2.", []),  # no conclusion
    ("Is it 4 or 5? Not sure yet", []),  # a question, not a conclusion
]


@pytest.mark.parametrize(("text", "values"), VALUE_CASES)
def test_concluded_values(text: str, values: list[str]) -> None:
    assert concluded_values(text) == values
