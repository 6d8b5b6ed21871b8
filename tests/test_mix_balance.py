"""Set-level selection in the mix: bucket quotas, diversity inside a bucket, a token budget."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import numpy as np
import polars as pl
import pytest
from pydantic import ValidationError

from curate.mix.balance import BalanceConfig, budget_rows, choose_prompts, diverse_order, targets
from curate.recipe import load_recipe
from curate.runner import run
from curate.store import open_run
from tests.helpers import trace, write_jsonl

TARGET_CASES = [
    (
        {"quotas": {"a": 0.5, "b": 0.5}},
        {"a": 10, "b": 4},
        {"a": 4, "b": 4},
    ),  # the scarce bucket caps the set
    ({"quotas": {"a": 0.5, "b": 0.5}, "total": 6}, {"a": 10, "b": 4}, {"a": 3, "b": 3}),  # a total
    (
        {"quotas": {"a": 0.5, "b": 0.5}, "total": 12},
        {"a": 10, "b": 4},
        {"a": 6, "b": 4},
    ),  # b is short by 2
    (
        {"uniform": True, "total": 7},
        {"a": 10, "b": 10, "c": 10},
        {"a": 3, "b": 2, "c": 2},
    ),  # largest remainder
    ({"quotas": {"a": 3, "b": 1}}, {"a": 9, "b": 9}, {"a": 9, "b": 3}),  # shares normalised: 3:1
    ({"quotas": {"a": 1}}, {"a": 5, "b": 5}, {"a": 5}),  # b is not in the quotas
]


@pytest.mark.parametrize(("cfg", "available", "taken"), TARGET_CASES)
def test_targets(cfg: dict[str, object], available: dict[str, int], taken: dict[str, int]) -> None:
    _, take = targets(BalanceConfig(by="domain", **cfg), available)  # type: ignore[arg-type]
    assert take == taken


BAD = [
    ({"by": "d"}, "quotas"),  # neither quotas nor uniform
    ({"by": "d", "uniform": True, "quotas": {"a": 1}}, "not both"),  # both
    ({"by": "d", "quotas": {"a": 0}}, "above 0"),  # all shares zero
    ({"by": "d", "uniform": True, "bins": [0.5, 0.2]}, "ascending"),  # bins out of order
]


@pytest.mark.parametrize(("cfg", "fragment"), BAD)
def test_invalid_balance(cfg: dict[str, object], fragment: str) -> None:
    with pytest.raises(ValidationError, match=fragment):
        BalanceConfig(**cfg)  # type: ignore[arg-type]


def test_diverse_order_moves_colliding_prompts_last() -> None:
    bands = np.array([[1, 2], [3, 4], [1, 9], [5, 6], [7, 4]], dtype=np.uint64)
    # 2 shares band value 1 with 0, 4 shares 4 with 1: both wait
    assert diverse_order(bands) == [0, 1, 3, 2, 4]


def test_choose_prompts_prefers_dissimilar_ones() -> None:
    units = pl.DataFrame({"key": list("abcd"), "bucket": ["x"] * 4, "draw": [1, 2, 3, 4]})
    bands = np.array([[1, 2], [1, 3], [4, 5], [6, 7]], dtype=np.uint64)  # b is a's near-copy
    keep, stats = choose_prompts(units, BalanceConfig(by="d", uniform=True, total=3), bands)
    assert keep == {"a", "c", "d"}
    assert stats["buckets"]["x"] == {"available": 4, "requested": 3, "taken": 3, "short_by": 0}


BUDGET_CASES = [
    (30, {"p1-0", "p2-0", "p3-0"}),  # first round: one sample of every prompt (10 each)
    (45, {"p1-0", "p2-0", "p3-0", "p1-1"}),  # then the second samples, in draw order
    (9, set()),  # not even one sample fits
]


@pytest.mark.parametrize(("budget", "kept"), BUDGET_CASES)
def test_budget_keeps_coverage(budget: int, kept: set[str]) -> None:
    rows = pl.DataFrame(
        {
            "key": ["p1", "p1", "p2", "p2", "p3"],
            "id": ["p1-0", "p1-1", "p2-0", "p2-1", "p3-0"],
            "draw": [1, 2, 3, 4, 5],
            "tokens": [10, 10, 10, 10, 10],
        }
    )
    mask = budget_rows(rows, budget)
    assert set(rows.filter(mask)["id"].to_list()) == kept


def _run(tmp: Path, name: str, domain: str, n: int, text: str) -> None:
    rows = [
        {
            "q": f"{text} number {i}: " + " ".join(f"{name}w{i}x{k}" for k in range(20)),
            "a": str(i),
            "c": [trace("short", str(i)), trace("long " * 40, str(i))],
            "domain": domain,
        }
        for i in range(n)
    ]
    write_jsonl(tmp / f"{name}.jsonl", rows)
    rec = load_recipe(
        data={
            "name": name,
            "source": {
                "path": f"{name}.jsonl",
                "columns": {"prompt": "q", "reference": "a", "completion": "c", "domain": "domain"},
            },
            "judges": ["exact"],
            "filters": ["correct"],
            "run": {"batch_size": 7},
        },
        base_dir=tmp,
    )
    run(rec, out=tmp / "runs" / name)


def test_mix_balances_domains_and_fits_a_budget(tmp_path: Path) -> None:
    _run(tmp_path, "m", "math", 30, "Compute")
    _run(tmp_path, "c", "code", 6, "Write code")
    data = {
        "name": "balanced",
        "mix": {
            "inputs": [{"run": "runs/m"}, {"run": "runs/c"}],
            "balance": {"by": "domain", "uniform": True},
            "token_budget": 10_000,
            "seed": 1,
        },
    }
    res = run(load_recipe(data=data, base_dir=tmp_path), out=tmp_path / "mix")
    store = open_run(tmp_path / "mix")
    kept, rej = store.read_kept(), store.read_rejected()
    per_domain = Counter(kept.unique("prompt_id")["domain"].to_list())
    assert per_domain == {"math": 6, "code": 6}  # the 6 code prompts cap each domain
    assert set(rej["reason"].to_list()) == {"over_bucket_quota"}
    assert kept.height + rej.height == 72  # every row accounted for
    bal = res.stats["mix"]["balance"]
    assert bal["buckets"]["buckets"]["math"]["available"] == 30
    assert bal["token_budget"]["prompts"] == 12


def test_mix_budget_drops_second_samples_first(tmp_path: Path) -> None:
    _run(tmp_path, "m", "math", 10, "Compute")
    data = {"name": "b", "mix": {"inputs": [{"run": "runs/m"}], "token_budget": 600, "seed": 1}}
    res = run(load_recipe(data=data, base_dir=tmp_path), out=tmp_path / "mix")
    kept = open_run(tmp_path / "mix").read_kept()
    assert kept["prompt_id"].n_unique() == 10  # every prompt keeps a sample
    tb = res.stats["mix"]["balance"]["token_budget"]
    assert tb["tokens"] <= 600 and tb["prompts"] == tb["prompts_before"] == 10
