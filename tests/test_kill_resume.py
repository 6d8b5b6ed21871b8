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
from curate.filters.base import Filter, register

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


CLI_SCRIPT = r"""
import sys, time
sys.path.insert(0, {root!r})
import polars as pl
from curate.filters.base import Filter, register

@register("slow_test")
class Slow(Filter):
    def verdicts(self, batch):
        time.sleep(0.1)
        return pl.DataFrame({{"keep": [True] * batch.height}})

from curate.cli import main
main()
"""


@pytest.mark.slow
def test_ctrl_c_leaves_a_resumable_run(tmp_path: Path) -> None:
    write_jsonl(
        tmp_path / "d.jsonl", [{"q": f"q{i}", "c": "<think>a</think>b"} for i in range(200)]
    )
    (tmp_path / "r.yaml").write_text(
        "name: cc\nsource: {path: d.jsonl, columns: {prompt: q, completion: c}}\nfilters: [slow_test]\nrun: {batch_size: 5}\n"
    )
    script = tmp_path / "cli.py"
    script.write_text(CLI_SCRIPT.format(root=str(Path(__file__).resolve().parent.parent)))
    args = [
        sys.executable,
        str(script),
        "run",
        str(tmp_path / "r.yaml"),
        "--out",
        str(tmp_path / "run"),
        "-q",
    ]
    proc = subprocess.Popen(args, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while (
        time.monotonic() < deadline and len(list((tmp_path / "run" / "shards").glob("*.json"))) < 3
    ):
        time.sleep(0.02)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "interrupted" in err and "resume with" in err
    assert open_run(tmp_path / "run").manifest()["status"] == "interrupted"  # type: ignore[index]
    done = subprocess.run(args, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    store = open_run(tmp_path / "run")
    assert store.manifest()["status"] == "complete"  # type: ignore[index]
    assert sorted(store.read_kept()["source_row"].to_list()) == list(range(200))
