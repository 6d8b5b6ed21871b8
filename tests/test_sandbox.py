"""The code sandbox: escape attempts are contained and the host is unharmed.

Each case runs a hostile program through the `code` judge (one stdin/stdout test expecting
"ok") and asserts the reason code; then the host is checked: no file written or deleted outside
the sandbox, no connection reached a listener of this test, no process left behind, the secret
in this process's environment never reached the program. What a program inside sees (the
isolation facts, the probe, the unprivileged user-namespace mode) is in test_sandbox_isolation.py.

These tests need the namespaces (root, or unprivileged user namespaces); where the kernel refuses
them the module is skipped with the sandbox's own explanation.
"""

from __future__ import annotations

import os
import random
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psutil
import pytest
from curate.judges.code import spawn as _sandbox_spawn
from curate.judges.code.sandbox import Job, Limits, SandboxConfig, run_job

from tests.sandbox_checks import (  # noqa: F401  (the fixture `isolated`)
    judge_program,
    sandbox_isolated,
)

ROOT = Path(__file__).resolve().parent.parent
SECRET_VAR = "CURATE_SANDBOX_TEST_SECRET"


def _procs_with(marker: bytes) -> list[int]:
    """Pids whose command line contains `marker` (this process and its shell excluded)."""
    found = []
    for pid in psutil.pids():
        if pid == os.getpid():
            continue
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as fh:
                if marker in fh.read():
                    found.append(pid)
        except OSError:
            continue
    return found


def _live_descendants() -> list[psutil.Process]:
    """Processes under this one that are alive, other than the sandbox zygotes themselves."""
    zygotes = {z.proc.pid for z in _sandbox_spawn._zygotes.values()}
    out = []
    for p in psutil.Process().children(recursive=True):
        try:
            if p.pid not in zygotes and p.status() != psutil.STATUS_ZOMBIE:
                out.append(p)
        except psutil.NoSuchProcess:
            continue
    return out


class Host:
    """What a hostile program might reach, and the checks that it did not."""

    def __init__(self, tmp_path: Path) -> None:
        self.token = f"{random.randrange(10**8, 10**9)}"
        self.dir = tmp_path / "host"
        self.dir.mkdir()
        self.dir.chmod(0o777)  # writable by anyone: only the sandbox keeps it safe
        self.sacrifice = self.dir / "keep.txt"
        self.sacrifice.write_text("precious")
        self.sacrifice.chmod(0o666)
        self.targets = [
            Path(f"/tmp/pwned_{self.token}"),
            ROOT / f"pwned_{self.token}",
            self.dir / "pwned",
            Path.home() / f"pwned_{self.token}",
        ]
        self.tcp = socket.socket()
        self.tcp.bind(("127.0.0.1", 0))
        self.tcp.listen(8)
        self.tcp.setblocking(False)
        self.udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.udp.bind(("127.0.0.1", 0))
        self.udp.setblocking(False)
        self.marker = str(10**7 + random.randrange(10**7))  # a valid `sleep` duration
        self.before = {p.pid for p in _live_descendants()}  # e.g. servers other tests started

    def fmt(self, code: str) -> str:
        return (
            code.replace("TARGETS", repr([str(t) for t in self.targets]))
            .replace("SACRIFICE", repr(str(self.sacrifice)))
            .replace("HOSTDIR", repr(str(self.dir)))
            .replace("TCP_PORT", str(self.tcp.getsockname()[1]))
            .replace("UDP_PORT", str(self.udp.getsockname()[1]))
            .replace("HOST_PID", str(os.getpid()))
            .replace("MARKER", self.marker)
        )

    def check_unharmed(self) -> None:
        for t in self.targets:
            assert not t.exists(), f"the program wrote {t}"
        assert self.sacrifice.read_text() == "precious", "the program changed a host file"
        with pytest.raises(BlockingIOError):
            self.tcp.accept()  # nobody connected
        with pytest.raises(BlockingIOError):
            self.udp.recvfrom(100)  # nothing was sent
        assert not _procs_with(f"sleep\x00{self.marker}".encode()), "a background process survived"
        left = [p for p in _live_descendants() if p.pid not in self.before]
        for _ in range(40):  # a process SIGKILLed a moment ago may still be tearing down
            if not left:
                break
            time.sleep(0.05)
            left = [p for p in _live_descendants() if p.pid not in self.before]
        assert left == [], f"a sandbox process was left behind: {left}"

    def close(self) -> None:
        self.tcp.close()
        self.udp.close()
        for t in self.targets:  # only reached if a check failed: do not leave litter behind
            if t.exists():
                t.unlink()


@pytest.fixture
def host(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Host]:
    monkeypatch.setenv(SECRET_VAR, "hunter2")
    h = Host(tmp_path)
    yield h
    h.close()


WRITE_OUTSIDE = """
for p in TARGETS:
    try:
        with open(p, "w") as fh:
            fh.write("pwned")
    except OSError:
        pass
print("ok")
"""
DELETE_FILES = """
import os, shutil
for f in (os.remove, os.unlink):
    try:
        f(SACRIFICE)
    except OSError:
        pass
try:
    with open(SACRIFICE, "w") as fh:
        fh.write("overwritten")
except OSError:
    pass
shutil.rmtree(HOSTDIR, ignore_errors=True)
print("ok")
"""
READ_SECRET = """
import glob, os
found = "CURATE_SANDBOX_TEST_SECRET" in os.environ
for p in glob.glob("/proc/*/environ") + ["/proc/HOST_PID/environ"]:
    try:
        found = found or b"CURATE_SANDBOX_TEST_SECRET" in open(p, "rb").read()
    except OSError:
        pass
print("LEAK" if found else "ok")
"""
SOCKETS = """
import socket
s = socket.socket()
s.settimeout(1)
try:
    s.connect(("127.0.0.1", TCP_PORT))
    print("CONNECTED")
except OSError:
    pass
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
try:
    u.sendto(b"x", ("127.0.0.1", UDP_PORT))
except OSError:
    pass
try:
    socket.create_connection(("example.com", 80), timeout=1)
    print("INTERNET")
except OSError:
    pass
print("ok")
"""
KILL_PARENT = """
import os, signal
for target in (os.getppid(), HOST_PID, 1):
    try:
        os.kill(target, signal.SIGKILL)
    except OSError:
        pass
for pg in (os.getppid(), HOST_PID, 1):
    try:
        os.killpg(pg, signal.SIGKILL)
    except OSError:
        pass
try:
    os.kill(-1, signal.SIGKILL)
except OSError:
    pass
print("ok")
"""
BACKGROUND = """
import os, socket, time
if os.fork() == 0:
    os.setsid()
    if os.fork() == 0:  # a daemon in its own session that should outlive the test
        if os.fork() == 0:
            os.execv("/bin/sleep", ["sleep", "MARKER"])
        time.sleep(0.3)  # after the test has finished: try to reach the host
        try:
            socket.create_connection(("127.0.0.1", TCP_PORT), timeout=1)
        except OSError:
            pass
        for p in TARGETS:
            try:
                open(p, "w").write("late")
            except OSError:
                pass
        os._exit(0)
    os._exit(0)
time.sleep(0.05)
print("ok")
"""
FORK_BOMB = "import os\nwhile True:\n    os.fork()\n"
FORK_BOMB_STUBBORN = (
    "import os, time\nwhile True:\n    try:\n        os.fork()\n    except OSError:\n"
    "        time.sleep(0.01)\n"
)
MEMORY_BOMB = "x = bytearray(10 ** 11)\nprint('ok')"
MEMORY_GROWTH = "a = []\nwhile True:\n    a.append(' ' * 10 ** 6)\n"
STDOUT_FLOOD = "while True:\n    print('x' * 4096)\n"
STDERR_FLOOD = "import sys\nwhile True:\n    sys.stderr.write('e' * 4096)\n"
BUSY_LOOP = "while True:\n    pass\n"
SLEEPER = "import time\ntime.sleep(60)\n"
THREAD_BOMB = (
    "import threading, time\nts = []\nwhile True:\n"
    "    t = threading.Thread(target=time.sleep, args=(60,)); t.start(); ts.append(t)\n"
)

ESCAPES = [
    # writing outside the work dir: /tmp, the repo, a world-writable host dir, $HOME
    pytest.param(WRITE_OUTSIDE, "passed", {}, id="write-outside"),
    # the same with /tmp left visible (read-only) instead of replaced by a private tmpfs
    pytest.param(WRITE_OUTSIDE, "passed", {"private_dirs": ()}, id="write-outside-ro-tmp"),
    # deleting, truncating and rmtree-ing a world-writable host file
    pytest.param(DELETE_FILES, "passed", {}, id="delete-files"),
    # the same host file, visible read-only
    pytest.param(DELETE_FILES, "passed", {"private_dirs": ()}, id="delete-files-ro-tmp"),
    # a secret in the host environment: not in os.environ, nor any readable /proc/*/environ
    pytest.param(READ_SECRET, "passed", {}, id="read-env-secret"),
    # TCP connect and UDP send to listeners of this test, and a DNS lookup: all fail
    pytest.param(SOCKETS, "passed", {}, id="sockets"),
    # kill the parent, the host pid, pid 1, the process groups and everything (-1)
    pytest.param(KILL_PARENT, "passed", {}, id="kill-parent"),
    # setsid + double fork daemon + exec'd `sleep`: all killed with the test
    pytest.param(BACKGROUND, "passed", {}, id="setsid-background"),
    # fork bomb that dies of its own EAGAIN
    pytest.param(FORK_BOMB, "runtime_error", {}, id="fork-bomb"),
    # fork bomb that keeps retrying: stopped by the wall clock, every process killed
    pytest.param(
        FORK_BOMB_STUBBORN,
        "timeout",
        {"wall_timeout_s": 2.0},
        id="fork-bomb-stubborn",
        marks=pytest.mark.slow,
    ),
    # threads count against the process limit too
    pytest.param(THREAD_BOMB, "runtime_error", {}, id="thread-bomb"),
    # one huge allocation: MemoryError under RLIMIT_AS
    pytest.param(MEMORY_BOMB, "memory_limit", {}, id="memory-bomb"),
    # memory growing until the limit
    pytest.param(MEMORY_GROWTH, "memory_limit", {}, id="memory-growth"),
    # endless stdout: killed at the output cap
    pytest.param(STDOUT_FLOOD, "output_limit", {}, id="stdout-flood"),
    # endless stderr: the same cap
    pytest.param(STDERR_FLOOD, "output_limit", {}, id="stderr-flood"),
    # busy loop: RLIMIT_CPU
    pytest.param(BUSY_LOOP, "timeout", {}, id="busy-loop"),
    # sleeping forever: the wall clock
    pytest.param(SLEEPER, "timeout", {"wall_timeout_s": 1.5}, id="sleep"),
]


@pytest.mark.parametrize(("code", "reason", "params"), ESCAPES)
def test_escape_is_contained(
    isolated: None, host: Host, code: str, reason: str, params: dict[str, Any]
) -> None:
    row = judge_program(host.fmt(code), **params)
    assert row["judge_reason"] == reason, row
    assert row["verdict"] == ("correct" if reason == "passed" else "incorrect")
    if "MARKER" in code:
        time.sleep(0.6)  # give a surviving daemon the time to act
    host.check_unharmed()


DIRECT = [
    # the same containment when each test starts a fresh launcher instead of forking the zygote
    pytest.param(KILL_PARENT, "passed", id="direct-kill-parent"),
    pytest.param(BACKGROUND, "passed", id="direct-setsid-background"),
    pytest.param(WRITE_OUTSIDE, "passed", id="direct-write-outside"),
    pytest.param(SOCKETS, "passed", id="direct-sockets"),
    pytest.param(FORK_BOMB, "runtime_error", id="direct-fork-bomb"),
    pytest.param(STDOUT_FLOOD, "output_limit", id="direct-stdout-flood"),
]


@pytest.mark.parametrize(("code", "reason"), DIRECT)
def test_escape_is_contained_direct_start(
    isolated: None, host: Host, monkeypatch: pytest.MonkeyPatch, code: str, reason: str
) -> None:
    monkeypatch.setattr(_sandbox_spawn, "USE_ZYGOTE", False)
    row = judge_program(host.fmt(code))
    assert (row["verdict"], row["judge_reason"]) == (
        "correct" if reason == "passed" else "incorrect",
        reason,
    ), row
    if "MARKER" in code:
        time.sleep(0.6)
    host.check_unharmed()


def test_zygote_death_is_survived(isolated: None) -> None:
    # a zygote that died (killed from outside) is replaced on the next run
    cfg = SandboxConfig(limits=Limits(cpu_s=2, wall_s=10))
    assert run_job(Job(code="print(1)"), cfg).stdout == b"1\n"
    z = _sandbox_spawn._zygotes[(cfg.python, cfg.site_packages)]
    z.proc.kill()
    z.proc.wait()
    assert run_job(Job(code="print(2)"), cfg).stdout == b"2\n"
    assert _sandbox_spawn._zygotes[(cfg.python, cfg.site_packages)] is not z


def test_marker_scan_sees_a_live_process() -> None:
    # the check used above is able to fail: a real `sleep MARKER` is found, then killed
    marker = str(10**7 + random.randrange(10**7))
    p = subprocess.Popen(["sleep", marker])
    try:
        time.sleep(0.05)
        assert _procs_with(f"sleep\x00{marker}".encode()) == [p.pid]
    finally:
        p.kill()
        p.wait()
