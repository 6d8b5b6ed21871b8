"""Host side of the Python sandbox: start the launcher, feed it, read it with caps, kill it.

`run_job(job, config)` runs one program (one test) in a fresh sandbox and returns an `Outcome`;
it is thread-safe (a judge runs many at once from a thread pool). What the sandbox contains and
how is described in `judges/_sandbox_launcher.py` and in the `code` judge's docstring.

Containment layers:
- always: a new session killed as a group (SIGKILL) on wall timeout or output overflow; rlimits
  (CPU, address space, processes, file size, open files, stack, no core files); a scrubbed
  environment; `python -I -S`; stdout/stderr/results read through capped pipes;
- with namespaces (root, or any user where unprivileged user namespaces are allowed): new net
  (no interface up), pid (everything dies with its pid 1), mount (whole tree read-only, private
  tmpfs on /tmp, /var/tmp, /dev/shm, /run and the work dir, fresh /proc), IPC and UTS namespaces;
- as root: the program runs as an unprivileged uid (65534 by default), so RLIMIT_NPROC applies
  and file permissions hold; otherwise all capabilities are dropped inside the user namespace.
With `require_isolation` (the default) a machine that cannot create the namespaces gets
`sandbox_unavailable` instead of a weaker sandbox.
"""

from __future__ import annotations

import contextlib
import json
import marshal
import os
import secrets
import selectors
import shutil
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from typing import Any, Literal

from curate.judges.code.spawn import killpg, start

STDERR_KEEP = 16 << 10  # bytes of stderr kept at the head and at the tail
RESULT_CAP = 4 << 20
STATUS_CAP = 1 << 20
WALL_FACTOR = 5.0  # default wall backstop: this many times the CPU limit…
WALL_MIN_S = 30.0  # …and at least this many seconds


@dataclass(frozen=True)
class Limits:
    """Per-program limits (one test = one program run)."""

    cpu_s: float = 4.0
    wall_s: float | None = None  # default: a backstop, max(WALL_MIN_S, WALL_FACTOR * cpu_s)
    memory_mb: int = 1024
    nproc: int = 64
    file_size_mb: int = 16
    open_files: int = 64
    stack_mb: int = 64
    output_bytes: int = 4 << 20
    tmpfs_mb: int = 64

    @property
    def wall(self) -> float:
        # The verdict-deciding limit is CPU time (the same on an idle and a busy machine); the
        # wall clock only catches a program that waits without using CPU (sleep, a blocked
        # read), so its default is far above any CPU-bound run on an oversubscribed machine.
        if self.wall_s is not None:
            return self.wall_s
        return max(WALL_MIN_S, WALL_FACTOR * self.cpu_s)


@dataclass(frozen=True)
class SandboxConfig:
    limits: Limits = field(default_factory=Limits)
    python: str = sys.executable
    site_packages: bool = False
    require_isolation: bool = True
    namespaces: bool = True
    drop_uid: bool = True
    uid: int = 65534
    gid: int = 65534
    private_dirs: tuple[str, ...] = ("/tmp", "/var/tmp", "/dev/shm", "/run")
    private_mb: int = 16


@dataclass(frozen=True)
class Job:
    code: str
    mode: Literal["stdio", "call", "assert"] = "stdio"
    stdin: bytes = b""
    fn_name: str | None = None
    args: list[Any] | None = None
    test: str | None = None
    prelude: str = ""
    output_bytes: int | None = (
        None  # overrides limits.output_bytes (e.g. for a long expected output)
    )


@dataclass
class Outcome:
    status: Literal["exited", "signaled", "timeout", "output_limit", "sandbox_error"]
    exit_code: int | None = None
    signal: int | None = None
    cpu_s: float | None = None
    maxrss_kb: int | None = None
    wall_s: float = 0.0
    stdout: bytes = b""
    stderr: bytes = b""
    events: list[dict[str, Any]] = field(default_factory=list)
    isolation: dict[str, Any] | None = None
    error: str | None = None

    def event(self, key: str) -> dict[str, Any] | None:
        """The last result event carrying `key`."""
        return next((e for e in reversed(self.events) if key in e), None)


class _Reader:
    def __init__(self, cap: int, keep_tail: bool = False) -> None:
        self.cap = cap
        self.keep_tail = keep_tail
        self.head = bytearray()
        self.tail = bytearray()
        self.total = 0

    def add(self, data: bytes) -> bool:
        """Append; False once the cap is exceeded."""
        self.total += len(data)
        if not self.keep_tail:
            if len(self.head) < self.cap:
                self.head += data[: self.cap - len(self.head)]
            return self.total <= self.cap
        room = STDERR_KEEP - len(self.head)
        if room > 0:
            self.head += data[:room]
            data = data[room:]
        self.tail += data
        if len(self.tail) > STDERR_KEEP:
            del self.tail[: len(self.tail) - STDERR_KEEP]
        return self.total <= self.cap

    def value(self) -> bytes:
        if not self.keep_tail or self.total <= len(self.head) + len(self.tail):
            return bytes(self.head + self.tail)
        return bytes(self.head) + b"\n[...]\n" + bytes(self.tail)


def run_job(job: Job, cfg: SandboxConfig) -> Outcome:
    """Run `job` in a fresh sandbox; never raises for anything the program does."""
    lim = cfg.limits
    nonce = secrets.token_hex(16)
    workdir = tempfile.mkdtemp(prefix="curate-sbx-")
    payload = {
        "code": job.code,
        "mode": job.mode,
        "fn_name": job.fn_name,
        "args": job.args or [],
        "test": job.test,
        "prelude": job.prelude,
        "nonce": nonce,
        "workdir": workdir,
        "namespaces": cfg.namespaces,
        "require_isolation": cfg.require_isolation,
        "drop_uid": cfg.drop_uid,
        "uid": cfg.uid,
        "gid": cfg.gid,
        "private_dirs": list(cfg.private_dirs),
        "private_mb": cfg.private_mb,
        "tmpfs_mb": lim.tmpfs_mb,
        "limits": {
            "cpu_s": lim.cpu_s,
            "memory_mb": lim.memory_mb,
            "nproc": lim.nproc,
            "file_size_mb": lim.file_size_mb,
            "open_files": lim.open_files,
            "stack_mb": lim.stack_mb,
        },
    }
    try:
        blob = marshal.dumps(payload)
    except (TypeError, ValueError) as exc:
        shutil.rmtree(workdir, ignore_errors=True)
        return Outcome("sandbox_error", error=f"job not serialisable: {exc}")
    try:
        return _run(blob, job, cfg, nonce, workdir)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def _run(blob: bytes, job: Job, cfg: SandboxConfig, nonce: str, workdir: str) -> Outcome:
    lim = cfg.limits
    pipes = [os.pipe() for _ in range(6)]  # stdin, stdout, stderr, cfg, status, result
    ours = [pipes[0][1], pipes[1][0], pipes[2][0], pipes[3][1], pipes[4][0], pipes[5][0]]
    theirs = [pipes[0][0], pipes[1][1], pipes[2][1], pipes[3][0], pipes[4][1], pipes[5][1]]
    t0 = time.monotonic()
    try:
        started = start(cfg.python, cfg.site_packages, theirs, workdir)
    except OSError as exc:
        for fd in ours:
            os.close(fd)
        return Outcome("sandbox_error", error=f"cannot start the sandbox: {exc}")
    finally:
        for fd in theirs:
            os.close(fd)
    stdin_w, out_r, err_r, cfg_w, st_r, res_r = ours
    out_cap = job.output_bytes if job.output_bytes is not None else lim.output_bytes
    readers = {
        out_r: ("stdout", _Reader(out_cap)),
        err_r: ("stderr", _Reader(out_cap, keep_tail=True)),
        res_r: ("result", _Reader(RESULT_CAP)),
        st_r: ("status", _Reader(STATUS_CAP)),
    }
    writers = {cfg_w: blob, stdin_w: job.stdin}
    try:
        killed = _pump(readers, writers, ours, started.pid, t0 + lim.wall)
    finally:
        killpg(started.pid)  # normally long gone: the whole group, once more
        started.finish()
        for fd in ours:
            with contextlib.suppress(OSError):
                os.close(fd)
    by_name = {name: r.value() for name, r in readers.values()}
    return _outcome(by_name, nonce, killed, time.monotonic() - t0)


def _pump(
    readers: dict[int, tuple[str, _Reader]],
    writers: dict[int, bytes],
    ours: list[int],
    pid: int,
    deadline: float,
) -> str | None:
    """Feed the writers and drain the readers until all close or the deadline; returns why the
    group was killed (`timeout`, `output_limit`) or None. Closed writer fds leave `ours`."""
    sel = selectors.DefaultSelector()
    for fd in readers:
        sel.register(fd, selectors.EVENT_READ)
    for fd in writers:
        os.set_blocking(fd, False)
        sel.register(fd, selectors.EVENT_WRITE)
    killed: str | None = None
    open_fds = set(readers) | set(writers)
    try:
        while open_fds:
            now = time.monotonic()
            if now >= deadline:
                if killed is None:
                    killed = "timeout"
                    killpg(pid)
                    deadline = now + 2.0  # drain what the dying group leaves, then give up
                    continue
                break
            for key, _ in sel.select(deadline - now):
                fd = key.fd
                if fd in writers:
                    data = writers[fd]
                    try:
                        n = os.write(fd, data[:65536]) if data else 0
                    except OSError:
                        n, data = 0, b""
                    writers[fd] = data = data[n:]
                    if not data:
                        sel.unregister(fd)
                        open_fds.discard(fd)
                        os.close(fd)
                        ours.remove(fd)
                    continue
                name, reader = readers[fd]
                try:
                    chunk = os.read(fd, 65536)
                except OSError:
                    chunk = b""
                if not chunk:
                    sel.unregister(fd)
                    open_fds.discard(fd)
                    continue
                if not reader.add(chunk) and killed is None and name != "status":
                    killed = "output_limit"
                    killpg(pid)
                    deadline = time.monotonic() + 2.0
    finally:
        sel.close()
    return killed


def _outcome(by_name: dict[str, bytes], nonce: str, killed: str | None, wall_s: float) -> Outcome:
    """The outcome from what the sandbox wrote: status events, nonce-prefixed result events."""
    out = Outcome("exited", wall_s=wall_s)
    out.stdout = by_name["stdout"]
    out.stderr = by_name["stderr"]
    exit_ev: dict[str, Any] | None = None
    for line in by_name["status"].splitlines():
        try:
            ev = json.loads(line.decode("utf-8", "surrogatepass"))
        except ValueError:
            continue
        if "isolation" in ev:
            out.isolation = ev["isolation"]
        if "error" in ev and out.error is None:
            out.error = str(ev["error"])
        if "cpu_s" in ev:
            exit_ev = ev
    prefix = nonce.encode() + b" "
    for line in by_name["result"].splitlines():
        if line.startswith(prefix):
            try:
                ev = json.loads(line[len(prefix) :].decode("utf-8", "surrogatepass"))
            except ValueError:
                continue
            if isinstance(ev, dict):
                out.events.append(ev)
    if exit_ev is not None:
        out.cpu_s = exit_ev.get("cpu_s")
        out.maxrss_kb = exit_ev.get("maxrss_kb")
        out.exit_code = exit_ev.get("exit")
        out.signal = exit_ev.get("signal")
        out.status = "signaled" if out.signal is not None else "exited"
    if killed is not None:
        out.status = killed  # type: ignore[assignment]
    elif exit_ev is None:
        out.status = "sandbox_error"
        if out.error is None:
            err = out.stderr.decode("utf-8", "replace").strip().splitlines()
            out.error = "the sandbox exited without a report" + (f": {err[-1]}" if err else "")
    return out


# --- probing --------------------------------------------------------------------------------------

_PROBE_CODE = "import heapq, fractions, decimal, json, collections\nprint(sum(heapq.nsmallest(2, [40, 2, 90])))\n"
_probe_cache: dict[SandboxConfig, tuple[float, Outcome]] = {}
_probe_lock = threading.Lock()
PROBE_RETRY_S = 60.0  # a failed probe is retried after this long (a success is kept)


def _probe_ok(out: Outcome) -> bool:
    return out.status == "exited" and out.exit_code == 0 and out.stdout.strip() == b"42"


def probe(cfg: SandboxConfig) -> tuple[bool, str, dict[str, Any] | None]:
    """Whether the sandbox works with `cfg` on this machine: (ok, why not, isolation). Cached."""
    with _probe_lock:
        hit = _probe_cache.get(cfg)
        if hit is None or (not _probe_ok(hit[1]) and time.monotonic() - hit[0] > PROBE_RETRY_S):
            hit = (time.monotonic(), run_job(Job(code=_PROBE_CODE), cfg))
            _probe_cache[cfg] = hit
    out = hit[1]
    if _probe_ok(out):
        return True, "", out.isolation
    lines = out.stderr.decode("utf-8", "replace").strip().splitlines()
    return False, out.error or (lines or [out.status])[-1], out.isolation
