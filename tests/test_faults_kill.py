"""Fault injection: `kill -9` of the driver takes its workers (and their requests) with it; a
crash during generation loses at most one checkpoint of finished samples."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import polars as pl
import pytest

from tests.helpers import write_jsonl, write_recipe
from tests.openai_stub import StubServer

ROOT = Path(__file__).resolve().parent.parent
DRIVER = "import sys; from curate.recipe import load_recipe; from curate.runner import run; " + (
    "run(load_recipe(sys.argv[1]), out=sys.argv[2])"
)


def _children(pid: int) -> list[int]:
    out = []
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                fields = (d / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                out.append(int(d.name))
    return out


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _wait(cond, timeout: float = 60.0) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if cond():
            return True
        time.sleep(0.02)
    return cond()


def _gen_recipe(tmp: Path, url: str, prompts: int, **generate: object) -> Path:
    write_jsonl(tmp / "src.jsonl", [{"q": f"question {i}", "a": "1"} for i in range(prompts)])
    recipe = {
        "name": "killme",
        "source": {"path": "src.jsonl", "columns": {"prompt": "q", "reference": "a"}},
        "generate": {
            "backend": "openai",
            "model": "tiny",
            "n": 1,
            "options": {"base_url": url, "max_in_flight": 2, "max_retries": 0},
            **generate,
        },
        "run": {"batch_size": 50, "workers": 2},
    }
    return write_recipe(tmp, recipe)


@pytest.fixture
def slow_server():  # type: ignore[no-untyped-def]
    with StubServer() as srv:
        srv.script = [("sleep", 0.02)] * 100_000
        yield srv


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc (Linux)")
def test_kill_9_of_the_driver_stops_workers_and_requests(
    tmp_path: Path, slow_server: StubServer
) -> None:
    recipe = _gen_recipe(tmp_path, slow_server.url, 400)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-c", DRIVER, str(recipe), str(tmp_path / "run")], env=env
    )
    kids: list[int] = []
    try:
        assert _wait(lambda: len(slow_server.bodies) >= 20), "the workers never sent requests"
        kids = _children(proc.pid)
        assert len(kids) >= 2  # the two workers (and the resource tracker)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        assert _wait(lambda: not any(_alive(k) for k in kids), 30), "workers outlived the driver"
        sent = len(slow_server.bodies)
        time.sleep(1.0)
        assert len(slow_server.bodies) == sent  # no request after the workers died
    finally:
        if proc.poll() is None:
            proc.kill()
        for k in kids:  # a failed test must not leave them behind
            if _alive(k):
                os.kill(k, signal.SIGKILL)


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc (Linux)")
def test_crash_during_generation_loses_at_most_a_checkpoint(
    tmp_path: Path, slow_server: StubServer
) -> None:
    every = 5
    recipe = _gen_recipe(tmp_path, slow_server.url, 400, checkpoint_every=every)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-c", DRIVER, str(recipe), str(tmp_path / "run")], env=env
    )
    try:
        assert _wait(lambda: len(slow_server.bodies) >= 60)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        time.sleep(1.5)  # the workers die with the driver; nothing is answered after that
        answered = len(slow_server.bodies)
    finally:
        if proc.poll() is None:
            proc.kill()
    files = list((tmp_path / "run" / "generations").glob("*/part-*.parquet"))
    saved = pl.read_parquet(files).height if files else 0
    # per worker: fewer than `every` samples waiting for a checkpoint, plus what was in flight
    assert answered - saved <= 2 * (every - 1 + 2)


STOPS = [
    # `kill PID` (a scheduler or a container stopping the job): the driver alone gets SIGTERM
    pytest.param(False, signal.SIGTERM, id="sigterm-driver"),
    # Ctrl-C in a terminal: SIGINT to the whole process group, workers included
    pytest.param(True, signal.SIGINT, id="ctrl-c-group"),
]


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc (Linux)")
@pytest.mark.parametrize(("group", "sig"), STOPS)
def test_a_stopped_curate_run_is_interrupted_and_resumes(
    tmp_path: Path, slow_server: StubServer, group: bool, sig: signal.Signals
) -> None:
    # the workers flush what they finished and stop, the manifest says `interrupted`, exit code
    # 130 with the resume line and no traceback, then a resume finishes the run
    recipe = _gen_recipe(tmp_path, slow_server.url, 400)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cmd = [sys.executable, "-m", "curate", "run", str(recipe), "--out", str(tmp_path / "run")]
    proc = subprocess.Popen(cmd, env=env, stderr=subprocess.PIPE, text=True, start_new_session=True)
    kids: list[int] = []
    try:
        assert _wait(lambda: len(slow_server.bodies) >= 20), "the workers never sent requests"
        kids = _children(proc.pid)
        if group:
            os.killpg(proc.pid, sig)
        else:
            proc.send_signal(sig)
        _, err = proc.communicate(timeout=60)
        assert proc.returncode == 130, err
        assert "interrupted" in err and "resume with" in err
        assert "Traceback" not in err, err
        assert _wait(lambda: not any(_alive(k) for k in kids), 30), "workers outlived the driver"
        manifest = json.loads((tmp_path / "run" / "manifest.json").read_text())
        assert manifest["status"] == "interrupted"
        # the workers flushed the samples they had finished before they stopped
        assert list((tmp_path / "run" / "generations").rglob("*.parquet"))
    finally:
        if proc.poll() is None:
            proc.kill()
        for k in kids:
            if _alive(k):
                os.kill(k, signal.SIGKILL)
    slow_server.script = []  # answer at once now
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert json.loads((tmp_path / "run" / "manifest.json").read_text())["status"] == "complete"


FLUSHING_WORKER = """
import os, signal, time
from curate.lifeline import _BUSY, interrupt_once
interrupt_once()
_BUSY[0] = True
try:
    os.kill(os.getpid(), signal.SIGINT)
    time.sleep(5)
except KeyboardInterrupt:
    os.kill(os.getpid(), signal.SIGTERM)  # the pool, seeing a sibling exit, stops this one
    time.sleep(0.2)
    print("flushed")
"""


@pytest.mark.skipif(not hasattr(signal, "SIGTERM"), reason="POSIX signals")
def test_an_interrupted_worker_finishes_its_flush_through_a_sigterm() -> None:
    # a worker that is flushing after the first interrupt is not cut short by the SIGTERM a
    # process pool sends its remaining workers once a sibling has exited
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", FLUSHING_WORKER], env=env, capture_output=True, text=True, timeout=60
    )
    assert (done.returncode, done.stdout.strip()) == (0, "flushed"), done.stderr
