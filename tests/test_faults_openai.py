"""Fault injection against a fake OpenAI server on 127.0.0.1: 500, 429, hangs, connections
closed mid-response or between requests. Every request, retry and re-send is counted; a prompt
that always fails is set aside as `backend_error` (default `max_error_rate`: 1%) and the run
finishes; above the rate the error names the setting."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import polars as pl
import pytest
from click.testing import CliRunner

from curate.cli import main
from curate.errors import StageError
from curate.recipe import load_recipe
from curate.runner import run
from curate.store import open_run
from tests.helpers import write_jsonl, write_recipe
from tests.openai_stub import StubServer

FAST = {"backoff_base": 0.001, "backoff_max": 0.01}


@pytest.fixture
def server() -> Iterator[StubServer]:
    with StubServer() as srv:
        yield srv


def _data(tmp: Path, url: str, prompts: list[str], **options: Any) -> dict[str, Any]:
    write_jsonl(tmp / "src.jsonl", [{"q": p, "a": "1"} for p in prompts])
    return {
        "name": "faults",
        "source": {"path": "src.jsonl", "columns": {"prompt": "q", "reference": "a"}},
        "generate": {
            "backend": "openai",
            "model": "tiny",
            "n": 1,
            "options": {"base_url": url, "max_in_flight": 1, "max_retries": 2, **FAST, **options},
        },
        "run": {"batch_size": 100},
    }


# (case, scripted answers of the first requests, options, expected counters)
SCRIPTS = [
    # a 500, then fine: one retry
    ("http_500", [("status", 500, "boom", {})], {}, {"requests": 4, "retries": 1}),
    # 429 with Retry-After: honoured (capped by backoff_max), retried
    ("http_429", [("status", 429, "slow down", {"Retry-After": "1"})], {}, {"retries": 1}),
    # the server hangs past the timeout: a transport timeout, retried
    ("hang", [("sleep", 1.0)], {"timeout": 0.2}, {"retries": 1}),
    # the connection closes mid-response: retried
    ("half_answer", ["half"], {}, {"retries": 1}),
    # a reused keep-alive connection dropped without an answer: re-sent once, and counted
    ("dropped_keepalive", ["ok", "drop"], {}, {"resends": 1, "requests": 4, "retries": 0}),
]


@pytest.mark.parametrize(
    ("case", "script", "options", "want"), SCRIPTS, ids=[c[0] for c in SCRIPTS]
)
def test_transient_faults_are_retried_and_counted(
    tmp_path: Path, server: StubServer, case: str, script: list[Any], options: dict, want: dict
) -> None:
    server.script = list(script)
    data = _data(tmp_path, server.url, ["p1", "p2", "p3"], **options)
    res = run(load_recipe(data=data, base_dir=tmp_path), out=tmp_path / "run")
    gen = res.stats["generation"]
    assert gen["kept"] == 3, (case, gen)
    for key, value in want.items():
        assert gen[key] == value, (case, key, gen)
    # every HTTP request the server saw is counted
    assert gen["requests"] == len(server.bodies), (case, gen)


def test_one_prompt_that_always_fails_is_set_aside(tmp_path: Path, server: StubServer) -> None:
    prompts = [f"question {i}" for i in range(99)] + ["poison question"]
    server.rules = {"poison": ("status", 500, "model crashed", {})}
    data = _data(tmp_path, server.url, prompts)
    res = run(load_recipe(data=data, base_dir=tmp_path), out=tmp_path / "run")
    store = open_run(res.run_dir)
    assert store.manifest()["status"] == "complete"  # type: ignore[index]
    rej = store.read_rejected()
    assert rej["reason"].to_list() == ["backend_error"]
    assert "HTTP 500: model crashed" in rej["error_detail"][0]
    assert store.read_kept().height == 99
    gen = res.stats["generation"]
    assert gen["retries"] == 2 and gen["requests"] == 99 + 3 == len(server.bodies)


def test_too_many_failures_stop_with_the_setting_named(tmp_path: Path, server: StubServer) -> None:
    prompts = [f"question {i}" for i in range(8)] + ["poison a", "poison b"]
    server.rules = {"poison": ("status", 503, "overloaded", {})}
    recipe = write_recipe(tmp_path, _data(tmp_path, server.url, prompts))
    with pytest.raises(StageError, match=r"generate\.max_error_rate=0\.01"):
        run(load_recipe(recipe), out=tmp_path / "run")
    manifest = open_run(tmp_path / "run").manifest()
    assert manifest["status"] == "failed" and "max_error_rate" in manifest["reason"]  # type: ignore[index]
    # the CLI: one line; raising the setting lets the run finish from the saved samples
    res = CliRunner().invoke(main, ["run", str(recipe), "--out", str(tmp_path / "run"), "-q"])
    assert res.exit_code == 2 and res.output.startswith("error: generate: 2 of 10 samples failed")
    assert len(res.output.strip().splitlines()) == 1
    before = len(server.bodies)
    res = CliRunner().invoke(
        main,
        [
            "run",
            str(recipe),
            "--out",
            str(tmp_path / "run"),
            "-q",
            "--set",
            "generate.max_error_rate=0.2",
        ],
    )
    assert res.exit_code == 0, res.output
    assert len(server.bodies) - before == 2 * 3  # only the two failing prompts were asked again
    rej = pl.read_parquet(tmp_path / "run" / "rejected" / "*.parquet")
    assert sorted(rej["reason"].to_list()) == ["backend_error", "backend_error"]


def test_a_reply_with_a_lone_surrogate_is_rejected_not_a_crash(
    tmp_path: Path, server: StubServer
) -> None:
    server.rules = {"poison": ("text", "half an emoji \ud83d")}
    data = _data(tmp_path, server.url, ["fine", "poison"])
    data["generate"]["max_error_rate"] = 0.5
    res = run(load_recipe(data=data, base_dir=tmp_path), out=tmp_path / "run")
    store = open_run(res.run_dir)
    rej = store.read_rejected()
    assert rej["reason"].to_list() == ["invalid_unicode"]
    assert "not valid Unicode" in rej["error_detail"][0]
    assert store.read_kept()["prompt"].to_list() == ["fine"]
