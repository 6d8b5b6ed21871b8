"""`difficulty`: pass-rate bands of several policies, per-domain bands, and model ratings."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import polars as pl
import pytest
from curate.filters.difficulty import DifficultyFilter, parse_rating

from curate.errors import StageError
from tests.openai_stub import _Handler, reply_server


def ledger(path: Path, rates: dict[str, float]) -> str:
    pl.DataFrame(
        {
            "prompt_id": list(rates),
            "n_samples": [10] * len(rates),
            "n_correct": [round(r * 10) for r in rates.values()],
        }
    ).write_parquet(path)
    return str(path)


@pytest.fixture
def ledgers(tmp_path: Path) -> dict[str, str]:
    return {
        # a small model: solves e and m often, h never
        "small": ledger(tmp_path / "small.parquet", {"e": 0.9, "m": 0.3, "h": 0.0, "c": 0.4}),
        # the strong model: solves e always, m sometimes, h never, c (code) at 0.8
        "strong": ledger(tmp_path / "strong.parquet", {"e": 1.0, "m": 0.4, "h": 0.0, "c": 0.8}),
    }


def rows(ids: list[str], domains: list[str | None] | None = None) -> pl.DataFrame:
    return pl.DataFrame(
        {
            "id": ids,
            "prompt_id": ids,
            "prompt": [f"problem {i}" for i in ids],
            "domain": pl.Series(domains or [None] * len(ids), dtype=pl.Utf8),
        }
    )


CASES = [
    ("e", None, "too_easy:small"),  # the small model solves it at 0.9 ≥ 0.6: dropped first
    ("m", None, None),  # small 0.3, strong 0.4: in both bands, kept
    ("h", None, "too_hard:strong"),  # nobody solves it: no signal
    ("c", "code", None),  # code band of the strong model allows 0.8
    ("c", "math", "too_easy:strong"),  # the same rates as math are too easy
    ("x", None, "not_in_ledger:small"),  # unknown prompt
]


@pytest.mark.parametrize(("pid", "domain", "reason"), CASES)
def test_two_stage_bands(
    ledgers: dict[str, str], pid: str, domain: str | None, reason: str | None
) -> None:
    f = DifficultyFilter(
        policies=[
            {"name": "small", "ledger": ledgers["small"], "high": 0.6},
            {
                "name": "strong",
                "ledger": ledgers["strong"],
                "low": 0.05,
                "high": 0.5,
                "domains": {"code": {"low": 0.05, "high": 0.9}},
            },
        ]
    )
    out = f.apply(rows([pid], [domain]))
    got = out.rejected["reason"].to_list() or [None]
    assert got == [reason]
    if reason is None:
        assert out.kept["difficulty"].to_list()[0] == pytest.approx(
            1 - out.kept["pass_rate_strong"][0]
        )


def test_missing_keep(ledgers: dict[str, str]) -> None:
    f = DifficultyFilter(
        policies=[{"name": "small", "ledger": ledgers["small"], "missing": "keep"}]
    )
    out = f.apply(rows(["x", "m"]))
    assert out.kept.height == 2 and out.kept["pass_rate_small"].to_list() == [None, 0.3]


def test_needs_a_policy_or_a_rating() -> None:
    with pytest.raises(ValueError, match="at least one"):
        DifficultyFilter()


RATING_REPLIES = [
    ("7", 7.0),  # the bare number
    ("Rating: 3/10", 3.0),  # a number inside text
    ("hard", None),  # no number: unrated
    ("", None),  # empty reply
]


@pytest.mark.parametrize(("reply", "want"), RATING_REPLIES)
def test_parse_rating(reply: str, want: float | None) -> None:
    assert parse_rating(reply) == want


def _rate(prompt: str) -> str:
    """Rates 'problem X' by the number of letters in X; 'problem ?' gets no number."""
    word = re.search(r"\nproblem (\S+)", prompt).group(1)  # type: ignore[union-attr]
    return "no idea" if word == "?" else str(len(word))


@pytest.fixture
def rater() -> Iterator[Any]:
    with reply_server(_rate) as srv:
        yield srv


def test_rating_band_cache_and_unrated(rater: Any, tmp_path: Path) -> None:
    rating = {
        "model": {"name": "openai", "model": "rater", "options": {"base_url": rater.url}},
        "min": 3,
        "max": 5,
        "cache_dir": str(tmp_path / "cache"),
    }
    batch = rows(["ab", "abc", "abcdef", "?", "abc"])
    out = DifficultyFilter(rating=rating).apply(batch)
    # 2 letters: below the band; 3: kept (twice, asked once); 6: above; '?': no number
    assert dict(zip(out.rejected["id"], out.rejected["reason"], strict=True)) == {
        "ab": "rating_out_of_band",
        "abcdef": "rating_out_of_band",
        "?": "unrated",
    }
    assert out.kept["difficulty_rating"].to_list() == [3.0, 3.0]
    assert len(rater.bodies) == 4  # identical prompts are asked once
    # a second filter (a rerun) reads every reply from the disk cache: no request
    DifficultyFilter(rating=rating).apply(batch)
    assert len(rater.bodies) == 4


def test_rating_skips_rows_already_dropped(rater: Any, ledgers: dict[str, str]) -> None:
    f = DifficultyFilter(
        policies=[{"name": "small", "ledger": ledgers["small"], "high": 0.6}],
        rating={"model": {"name": "openai", "model": "r", "options": {"base_url": rater.url}}},
    )
    out = f.apply(rows(["e", "m"]))
    assert out.rejected["reason"].to_list() == ["too_easy:small"]
    assert len(rater.bodies) == 1  # only 'm' was rated


def test_unreachable_rater_is_a_stage_error() -> None:
    # no server: the shard fails with the filter's name (a rerun resumes), never a made-up rating
    f = DifficultyFilter(
        rating={
            "model": {
                "name": "openai",
                "model": "r",
                "options": {"base_url": "http://127.0.0.1:9/v1", "max_retries": 0},
            },
        }
    )
    with pytest.raises(StageError, match="difficulty.*cannot reach the server"):
        f.apply(rows(["abc"]))


def test_a_failed_reply_is_unrated(rater: Any) -> None:
    # one request answered 500: that prompt is unrated (dropped by default), the others rated
    srv = rater
    srv.RequestHandlerClass = _Handler
    srv.script = [("status", 500, "boom", {})]
    f = DifficultyFilter(
        rating={
            "model": {
                "name": "openai",
                "model": "r",
                "options": {"base_url": srv.url, "max_retries": 0},
            }
        }
    )
    out = f.apply(rows(["abc"]))
    assert out.rejected["reason"].to_list() == ["unrated"]
