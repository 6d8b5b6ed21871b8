"""Fault injection: a shard that fails for a reason that is not its data is retried once, then
the run stops with one line naming the shard; a worker that dies is named too."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest
from click.testing import CliRunner
from curate.filters.base import FILTERS, Filter
from polars.exceptions import PanicException

from curate.cli import main
from curate.lifeline import ShardError, process_with_retry
from curate.store import open_run
from tests.helpers import write_jsonl, write_recipe

ROOT = Path(__file__).resolve().parent.parent
FAILS: dict[str, int] = {}


class _Flaky(Filter):
    """Raises on rows holding "flaky" the first time it sees them, and always on "broken"."""

    def verdicts(self, batch: pl.DataFrame) -> pl.DataFrame:
        prompts = batch["prompt"].to_list()
        if any("broken" in p for p in prompts):
            raise RuntimeError("the GPU fell off the bus")
        if any("panic" in p for p in prompts):
            raise PanicException("called `Result::unwrap()` on an `Err` value")
        for p in prompts:
            if "flaky" in p and not FAILS.get(p):
                FAILS[p] = 1
                raise OSError(5, "Input/output error")
        return pl.DataFrame({"keep": [True] * batch.height})


@pytest.fixture(autouse=True)
def _flaky_filter():  # type: ignore[no-untyped-def]
    FILTERS.register("flaky_test")(_Flaky)
    FAILS.clear()
    yield
    FILTERS._items.pop("flaky_test", None)  # type: ignore[attr-defined]


def _recipe(tmp: Path, prompts: list[str]) -> Path:
    write_jsonl(tmp / "d.jsonl", [{"q": p} for p in prompts])
    return write_recipe(
        tmp,
        {
            "name": "shards",
            "source": {"path": "d.jsonl", "columns": {"prompt": "q"}},
            "filters": ["flaky_test"],
            "run": {"batch_size": 10},
        },
    )


def test_a_transient_failure_is_retried_once(tmp_path: Path) -> None:
    prompts = [f"q{i}" for i in range(30)]
    prompts[14] = "a flaky one"
    recipe = _recipe(tmp_path, prompts)
    res = CliRunner().invoke(main, ["run", str(recipe), "--out", str(tmp_path / "run"), "-q"])
    assert res.exit_code == 0, res.output
    assert FAILS == {"a flaky one": 1}
    assert open_run(tmp_path / "run").read_kept().height == 30


TWICE = [
    # a plugin error on shard 1, twice: the run stops naming the shard and the cause
    (14, "broken", "error: shard 1 (source rows 10..19) failed twice", "fell off the bus"),
    # polars panicking on shard 2 (a BaseException, not an Exception): the same, not `interrupted`
    (25, "panic", "error: shard 2 (source rows 20..29) failed twice", "PanicException"),
]


@pytest.mark.parametrize(("at", "prompt", "start", "cause"), TWICE)
def test_a_shard_failing_twice_stops_the_run_naming_it(
    tmp_path: Path, at: int, prompt: str, start: str, cause: str
) -> None:
    prompts = [f"q{i}" for i in range(30)]
    prompts[at] = prompt
    recipe = _recipe(tmp_path, prompts)
    res = CliRunner().invoke(main, ["run", str(recipe), "--out", str(tmp_path / "run"), "-q"])
    assert res.exit_code == 2
    lines = res.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(start), res.output
    assert cause in lines[0]
    store = open_run(tmp_path / "run")
    assert store.committed() == set(range(at // 10))  # the shards before it are kept
    assert store.manifest()["status"] == "failed"  # type: ignore[index]
    assert f"shard {at // 10}" in store.manifest()["reason"]  # type: ignore[index]


# (case, errors raised by the first and second attempt, the error expected or None)
RETRY = [
    # fails once: the retry succeeds
    ("once", [RuntimeError("x")], None),
    # fails twice: one ShardError with both causes
    (
        "twice",
        [RuntimeError("first"), ValueError("second")],
        "failed twice (RuntimeError: first; then ValueError: second)",
    ),
    # a Rust panic inside polars (a BaseException, not an Exception): a crash like any other
    (
        "panic",
        [PanicException("not yet implemented")] * 2,
        "failed twice (PanicException: not yet implemented",
    ),
    # an environment error twice: the path and what to do
    (
        "disk",
        [OSError(28, "No space left on device", "/out/x")] * 2,
        "/out/x: no space left on the device",
    ),
]


@pytest.mark.parametrize(("case", "errors", "expected"), RETRY, ids=[c[0] for c in RETRY])
def test_process_with_retry(case: str, errors: list[Exception], expected: str | None) -> None:
    queue = list(errors)

    def fn() -> str:
        if queue:
            raise queue.pop(0)
        return "done"

    if expected is None:
        assert process_with_retry(fn, "shard 3") == "done"
    else:
        with pytest.raises(ShardError) as info:
            process_with_retry(fn, "shard 3")
        assert str(info.value).startswith("shard 3") and expected in str(info.value), str(
            info.value
        )


DIE = r"""
import os, sys
import polars as pl
from curate.filters.base import Filter, register

@register("die_test")
class Die(Filter):
    def verdicts(self, batch):
        if any("poison" in p for p in batch["prompt"].to_list()):
            os._exit(3)  # the worker process dies (out of memory, a segfault)
        return pl.DataFrame({"keep": [True] * batch.height})

if __name__ == "__main__":
    from curate.cli import main
    main()
"""


def test_a_dead_worker_is_one_line(tmp_path: Path) -> None:
    # shard 9 is submitted only after 6 shards came back (2 × workers in flight): some committed
    prompts = [f"q{i}" for i in range(100)]
    prompts[95] = "poison"
    write_jsonl(tmp_path / "d.jsonl", [{"q": p} for p in prompts])
    recipe = write_recipe(
        tmp_path,
        {
            "name": "die",
            "source": {"path": "d.jsonl", "columns": {"prompt": "q"}},
            "filters": ["die_test"],
            "run": {"batch_size": 10, "workers": 2},
        },
    )
    script = tmp_path / "cli.py"
    script.write_text(DIE)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run(
        [sys.executable, str(script), "run", str(recipe), "--out", str(tmp_path / "run"), "-q"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert proc.returncode == 2, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "a worker process died" in lines[0], proc.stderr
    assert open_run(tmp_path / "run").manifest()["status"] == "failed"  # type: ignore[index]
