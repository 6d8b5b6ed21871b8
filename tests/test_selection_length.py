"""Length-aware selection: select policies and per-prompt length outliers."""

from __future__ import annotations

import polars as pl
import pytest
from curate.filters.length_outlier import LengthOutlierFilter

from curate.recipe import SelectConfig
from curate.select import apply_select

# one prompt, five passing samples of lengths 10, 40, 20, 30, 50 (ids a..e)
ROWS = pl.DataFrame(
    {
        "id": list("abcde"),
        "prompt_id": ["p"] * 5,
        "sample_index": [0, 1, 2, 3, 4],
        "completion": ["x" * n for n in (10, 40, 20, 30, 50)],
    }
)

POLICY_CASES = [
    ("first", 2, ["a", "b"]),  # lowest sample index
    ("shortest", 2, ["a", "c"]),  # 10 and 20 characters
    ("longest", 2, ["e", "b"]),  # 50 and 40 characters
    ("median", 1, ["d"]),  # the median length is 30
    ("median", 3, ["d", "b", "c"]),  # then 40 and 20 (equal gaps: lower sample index first)
]


@pytest.mark.parametrize(("policy", "k", "want"), POLICY_CASES)
def test_select_policies(policy: str, k: int, want: list[str]) -> None:
    kept, rejected, rec = apply_select(ROWS, SelectConfig(k=k, policy=policy))  # type: ignore[arg-type]
    order = {i: n for n, i in enumerate(want)}
    assert sorted(kept["id"].to_list(), key=order.__getitem__) == want
    assert set(rejected["reason"].to_list()) == ({"over_k"} if 5 - k else set())
    assert rec["rows_out"] == k


def test_median_is_per_prompt() -> None:
    # two prompts with very different lengths: each keeps its own median sample
    rows = pl.concat(
        [
            ROWS,
            ROWS.with_columns(
                pl.col("id") + "2",
                pl.lit("q").alias("prompt_id"),
                pl.Series("completion", ["y" * n * 10 for n in (10, 40, 20, 30, 50)]),
            ),
        ]
    )
    kept, _, _ = apply_select(rows, SelectConfig(k=1, policy="median"))
    assert sorted(kept["id"].to_list()) == ["d", "d2"]


def frame(lengths: list[int], prompt: str = "p") -> pl.DataFrame:
    return pl.DataFrame(
        {
            "id": [f"{prompt}{i}" for i in range(len(lengths))],
            "prompt_id": [prompt] * len(lengths),
            "completion": ["word " * n for n in lengths],
        }
    )


OUTLIER_CASES = [
    ([100, 110, 95, 105, 120, 90, 100, 1000], {7: "too_long_for_prompt"}),  # one looping sample
    (
        [100, 160, 70, 130, 220, 90, 110, 260],
        {},
    ),  # widely spread lengths: the longest is no outlier
    ([100, 100, 100, 100, 100], {}),  # all the same length: MAD 0, nothing judged
    ([100, 5000, 120], {}),  # three samples: too few to judge
    ([300, 310, 290, 305, 295, 20], {}),  # a short one: kept unless two_sided
    ([100, 101, 99, 100, 102, 98, 100, 130], {}),  # a tight cluster: large z, only 1.3x longer
]


@pytest.mark.parametrize(("lengths", "dropped"), OUTLIER_CASES)
def test_length_outlier(lengths: list[int], dropped: dict[int, str]) -> None:
    out = LengthOutlierFilter().apply(frame(lengths))
    got = dict(zip(out.rejected["id"].to_list(), out.rejected["reason"].to_list(), strict=True))
    assert got == {f"p{i}": r for i, r in dropped.items()}
    assert "length_z" in out.kept.columns


def test_length_outlier_two_sided_and_grouping() -> None:
    f = LengthOutlierFilter(two_sided=True)
    batch = pl.concat([frame([300, 310, 290, 305, 295, 20]), frame([30, 31, 29, 30, 32], "q")])
    out = f.apply(batch)
    # the 20-word sample is short for its prompt; the other prompt's 30-word samples are normal
    assert out.rejected["id"].to_list() == ["p5"]
    assert out.rejected["reason"].to_list() == ["too_short_for_prompt"]
