"""`kill -9` at arbitrary points, then resume: exactly the rows of an uninterrupted run."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from curate.store import open_run
from tests.helpers import trace, write_jsonl

SCRIPT = r"""
import sys, time
sys.path.insert(0, {root!r})
import polars as pl
from curate.plugin import Params
from curate.recipe import load_recipe
from curate.runner import run
from filters.base import Filter, register

@register("slow_test")
class Slow(Filter):
    def verdicts(self, batch):
        time.sleep(0.06)
        keep = batch["completion"].str.contains("boxed").to_list()
        return pl.DataFrame({{"keep": keep, "reason": [None if k else "no_box" for k in keep]}})

recipe = load_recipe(data={{"name": "k", "source": {{"path": "d.jsonl", "columns": {{"prompt": "q", "reference": "a", "completion": "c"}}}},
                           "judges": ["exact"], "filters": ["slow_test", "correct"], "run": {{"batch_size": 5}}}},
                     base_dir={tmp!r})
run(recipe, out=sys.argv[1])
"""


def _ids(run_dir: Path) -> list[str]:
    store = open_run(run_dir)
    return sorted(store.read_kept()["id"].to_list() + store.read_rejected()["id"].to_list())


@pytest.mark.slow
def test_kill_and_resume(tmp_path: Path) -> None:
    rows = [
        {"q": f"q{i}", "a": str(i % 7), "c": [trace("r", str(i % 7)), "plain", trace("r", "0")]}
        for i in range(120)
    ]
    write_jsonl(tmp_path / "d.jsonl", rows)
    script = tmp_path / "job.py"
    script.write_text(
        SCRIPT.format(root=str(Path(__file__).resolve().parent.parent), tmp=str(tmp_path))
    )
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    subprocess.run(
        [sys.executable, str(script), str(tmp_path / "ref")], check=True, env=env, timeout=120
    )
    expected = _ids(tmp_path / "ref")
    assert len(expected) == len(set(expected)) == 360

    rng = random.Random(0)
    target = tmp_path / "killed"
    kills = 0
    for _ in range(4):
        before = (
            len(list((target / "shards").glob("*.json"))) if (target / "shards").exists() else 0
        )
        proc = subprocess.Popen([sys.executable, str(script), str(target)], env=env)
        # wait until this attempt has committed a few more shards, then kill at a random moment
        deadline = time.monotonic() + 60
        while proc.poll() is None and time.monotonic() < deadline:
            done = (
                len(list((target / "shards").glob("*.json"))) if (target / "shards").exists() else 0
            )
            if done >= before + 2:
                break
            time.sleep(0.01)
        time.sleep(rng.uniform(0.0, 0.08))  # inside a shard, or inside a commit
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            kills += 1
        proc.wait(timeout=60)
    subprocess.run([sys.executable, str(script), str(target)], check=True, env=env, timeout=120)
    assert kills >= 1
    got = _ids(target)
    assert len(got) == len(set(got)), "duplicated rows after resume"
    assert got == expected
    assert open_run(target).manifest()["status"] == "complete"  # type: ignore[index]
