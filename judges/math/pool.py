"""Killable worker processes for the symbolic part, with a hard deadline per item.

The worker is a plain `subprocess` (not `multiprocessing`), so it can be started from any thread,
from asyncio (via a thread), from a daemonic `multiprocessing.Pool` worker or a
`ProcessPoolExecutor` worker alike, and it never relies on `signal.alarm`. The parent sends one
JSON line per item and waits with `select`.

Each item starts from the same state (`_fresh_state`: sympy's cache emptied, its random
generators seeded; every worker hashes with the same seed; parses are memoised by string), so an
item's verdict does not depend on which worker takes it or on what that worker compared before.

Deadlines are measured in the worker's CPU time (read from `/proc/<pid>/stat`), not wall-clock
time, so a busy machine gives the same verdicts as an idle one: an item that used more than
`timeout_s` of CPU is killed with its worker and retried once on a fresh worker with twice the
budget (`RETRY_FACTOR`); a second overrun is settled as `timeout`. A wall-clock backstop
(`WALL_FACTOR` x the deadline, at least `WALL_MIN_S`) catches a worker that hangs without using
CPU; without `/proc` (not Linux) the deadline falls back to wall-clock time. Each worker caps its
own address space (`RLIMIT_AS`), so a runaway expression dies with MemoryError instead of
swapping the machine.

One pool per process (per settings) is shared by every judge instance; it is created lazily,
rebuilt after a fork, and closed at exit.
"""

from __future__ import annotations

import atexit
import dataclasses
import json
import os
import select
import subprocess
import sys
import threading
import time
from collections import deque
from typing import Any

from curate.judges.math.fast import CompareOptions, Decision

import curate

# the folder holding the `curate` package (a checkout or site-packages), so a worker imports the
# same code; `-P` keeps the working directory off the worker's sys.path (no local `math.py`).
_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(curate.__file__)))
_BOOT = "from curate.judges.math.pool import worker_main; worker_main()"
START_TIMEOUT_S = 60.0
MAX_FAILED_STARTS = 3  # workers in a row that die before they are ready: the CAS is unavailable
WALL_FACTOR = 30.0
WALL_MIN_S = 30.0
# the retry's CPU budget, in deadlines: an item that needs about the deadline (its CPU time varies
# a little from run to run) is settled by the retry, so its verdict does not depend on the run
RETRY_FACTOR = 2.0
_TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU time of a process, from /proc (None where unavailable)."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            raw = f.read().decode()
    except OSError:
        return None
    fields = raw[raw.rfind(")") + 2 :].split()
    try:
        return (int(fields[11]) + int(fields[12])) / _TICK
    except (IndexError, ValueError):
        return None


class _Worker:
    def __init__(self, memory_mb: int) -> None:
        env = dict(os.environ)
        env["PYTHONPATH"] = _ROOT + (
            os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else ""
        )
        env["CURATE_MATH_WORKER_MB"] = str(memory_mb)
        env["PYTHONHASHSEED"] = "0"  # the same set and dict order in every worker
        env.setdefault("OMP_NUM_THREADS", "1")
        self.proc = subprocess.Popen(
            [sys.executable, "-P", "-c", _BOOT],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
            close_fds=True,
            cwd=_ROOT,
        )
        assert self.proc.stdout is not None and self.proc.stdin is not None
        self.fd = self.proc.stdout.fileno()
        self.buf = b""
        self.ready = False
        self.started = time.monotonic()
        self.task: int | None = None
        self.deadline = 0.0  # wall-clock backstop
        self.cpu_start: float | None = None  # worker CPU time when the item was sent
        self.budget = 0.0  # CPU seconds the current item may use

    def cpu_used(self) -> float | None:
        """CPU seconds spent on the current item (None without /proc)."""
        now = cpu_seconds(self.proc.pid)
        if now is None or self.cpu_start is None:
            return None
        return now - self.cpu_start

    def send(self, msg: dict[str, Any]) -> bool:
        try:
            assert self.proc.stdin is not None
            self.proc.stdin.write((json.dumps(msg) + "\n").encode())
            self.proc.stdin.flush()
            return True
        except (BrokenPipeError, OSError, ValueError):
            return False

    def read_lines(self) -> list[str] | None:
        """Lines available now; None at EOF (the worker died)."""
        try:
            chunk = os.read(self.fd, 1 << 16)
        except OSError:
            return None
        if not chunk:
            return None
        self.buf += chunk
        *lines, self.buf = self.buf.split(b"\n")
        return [ln.decode() for ln in lines]

    def kill(self) -> None:
        try:
            self.proc.kill()
        except OSError:
            pass
        try:
            self.proc.wait(timeout=5)
        except Exception:
            pass
        for f in (self.proc.stdin, self.proc.stdout):
            try:
                if f is not None:
                    f.close()
            except OSError:
                pass


class SymbolicPool:
    """`size` worker processes; `run(items)` settles every item within `timeout_s` of starting it."""

    def __init__(self, size: int = 1, memory_mb: int = 1024) -> None:
        self.size = max(1, size)
        self.memory_mb = memory_mb
        self._lock = threading.Lock()
        self._workers: list[_Worker] = []
        self._pid = os.getpid()
        self.timeouts = 0
        self.retries = 0
        self.crashes = 0
        self.failed_starts = 0  # workers in a row that died before they were ready
        self.last_error = ""

    def _ensure(self) -> None:
        if self._pid != os.getpid():  # forked: the inherited workers belong to the parent
            self._workers = []
            self._pid = os.getpid()
        self._workers = [w for w in self._workers if w.proc.poll() is None]
        while len(self._workers) < self.size:
            self._workers.append(_Worker(self.memory_mb))

    def start(self) -> None:
        """Start the workers now (they import sympy, about a second), so that they boot while
        the caller does other work; `run` waits for them either way."""
        with self._lock:
            self._ensure()

    def _replace(self, w: _Worker) -> None:
        w.kill()
        self._workers.remove(w)
        self._workers.append(_Worker(self.memory_mb))

    def run(
        self, items: list[tuple[str, str, CompareOptions]], timeout_s: float, debug: bool = False
    ) -> list[Decision]:
        """Compare every (pred, ref, options) in the workers; one result per item."""
        results: list[Decision | None] = [None] * len(items)
        if not items:
            return []
        with self._lock:
            self._ensure()
            self.failed_starts = 0
            pending = deque(range(len(items)))
            tried: set[int] = set()
            while pending or any(w.task is not None for w in self._workers):
                self._dispatch(items, pending, (timeout_s, tried), debug)
                now = time.monotonic()
                self._collect(results, now)  # first: a worker started long ago may be ready
                if not any(w.ready for w in self._workers) and (
                    all(now - w.started > START_TIMEOUT_S for w in self._workers)
                    or self.failed_starts >= MAX_FAILED_STARTS
                ):  # no worker starts (slowly, or each dies at start: a broken install)
                    for k in pending:
                        results[k] = (None, "symbolic_unavailable")
                    pending.clear()
                    for w in list(self._workers):
                        self._replace(w)
                    break
                for w in list(self._workers):
                    if w.task is None:
                        continue
                    used = w.cpu_used()
                    late = used > w.budget if used is not None else False
                    if late or time.monotonic() > w.deadline:
                        k = w.task
                        w.task = None
                        self._replace(w)
                        if k in tried:
                            results[k] = (None, "timeout")
                            self.timeouts += 1
                        else:  # one retry on a fresh worker
                            tried.add(k)
                            self.retries += 1
                            pending.appendleft(k)
        return [r if r is not None else (None, "worker_error") for r in results]

    def _dispatch(
        self,
        items: list[tuple[str, str, CompareOptions]],
        pending: deque[int],
        limits: tuple[float, set[int]],
        debug: bool,
    ) -> None:
        for w in list(self._workers):
            if w.task is None and w.ready and pending:
                k = pending.popleft()
                w.budget = budget = limits[0] * (RETRY_FACTOR if k in limits[1] else 1.0)
                pred, ref, opts = items[k]
                w.cpu_start = cpu_seconds(w.proc.pid)
                msg = {"p": pred, "r": ref, "o": dataclasses.asdict(opts), "debug": debug}
                if w.send(msg):
                    wall = budget if w.cpu_start is None else budget * WALL_FACTOR
                    w.task, w.deadline = k, time.monotonic() + max(wall, budget, WALL_MIN_S)
                    if w.cpu_start is None:
                        w.deadline = time.monotonic() + budget
                else:
                    pending.appendleft(k)
                    self._replace(w)

    def _collect(self, results: list[Decision | None], now: float) -> None:
        waits = [0.02 for w in self._workers if w.task is not None]  # poll the CPU clock
        waits += [w.started + START_TIMEOUT_S - now for w in self._workers if not w.ready]
        wait = max(0.0, min(waits)) if waits else 0.05
        fds = {w.fd: w for w in self._workers}
        try:
            readable, _, _ = select.select(list(fds), [], [], wait)
        except InterruptedError:
            readable = []
        for fd in readable:
            w = fds[fd]
            lines = w.read_lines()
            if lines is None:  # died (memory limit, crash)
                self.failed_starts += 0 if w.ready else 1
                if w.task is not None:
                    results[w.task] = (None, "worker_crashed")
                    self.crashes += 1
                self._replace(w)
                continue
            for line in lines:
                if line == "ready":
                    w.ready = True
                    self.failed_starts = 0
                elif w.task is not None:
                    try:
                        msg = json.loads(line)
                        results[w.task] = (msg["v"], msg["why"])
                        if msg.get("tb"):
                            self.last_error = msg["tb"]
                    except (ValueError, KeyError):
                        results[w.task] = (None, "worker_error")
                    w.task = None

    def close(self) -> None:
        with self._lock:
            if self._pid == os.getpid():
                for w in self._workers:
                    w.kill()
            self._workers = []


_POOLS: dict[tuple[int, int], SymbolicPool] = {}
_POOLS_LOCK = threading.Lock()


def get_pool(size: int = 1, memory_mb: int = 1024) -> SymbolicPool:
    """The process-wide pool for these settings (created on first use)."""
    key = (size, memory_mb)
    with _POOLS_LOCK:
        pool = _POOLS.get(key)
        if pool is None:
            pool = _POOLS[key] = SymbolicPool(size, memory_mb)
        return pool


@atexit.register
def _close_all() -> None:
    for pool in list(_POOLS.values()):
        try:
            pool.close()
        except Exception:
            pass


def worker_main() -> None:
    """Entry point of a worker process: cap memory, import sympy, answer JSON lines."""
    import resource

    out = os.fdopen(os.dup(1), "w", buffering=1)
    os.dup2(2, 1)  # stray prints from libraries go to stderr, not into the protocol
    mb = int(os.environ.get("CURATE_MATH_WORKER_MB", "1024"))
    if mb > 0:
        lim = mb * 1024 * 1024
        try:
            resource.setrlimit(resource.RLIMIT_AS, (lim, lim))
        except (ValueError, OSError):
            pass
    sys.setrecursionlimit(3000)
    from curate.judges.math.symbolic import compare

    out.write("ready\n")
    for line in sys.stdin:
        tb = ""
        req: dict[str, Any] = {}
        try:
            req = json.loads(line)
            opts = CompareOptions(**req["o"])
            _fresh_state()
            ok, why = compare(req["p"], req["r"], opts)
        except MemoryError:
            ok, why = None, "memory_limit"
        except RecursionError:
            ok, why = None, "too_deep"
        except Exception:
            ok, why = None, "symbolic_error"
            if req.get("debug"):
                import traceback

                tb = traceback.format_exc()
        out.write(json.dumps({"v": ok, "why": why, "tb": tb}) + "\n")


def _fresh_state() -> None:
    """The same starting state for every item of a worker: sympy's cache emptied (a result cached
    for an earlier item must not decide this one), sympy's and Python's random generators seeded
    (sympy tests equality at random points and shuffles the order in which it derives
    assumptions). The parse memo stays: a parse depends on its string alone, and parsing is most
    of the time an item takes (the reference recurs across the n samples of a prompt)."""
    import random

    from sympy.core.cache import clear_cache
    from sympy.core.random import seed

    clear_cache()
    seed(0)
    random.seed(0)
