"""Starting sandbox launchers: through a zygote (fast) or one interpreter per run (fallback).

A fresh `python -I -S` plus the launcher's imports (ctypes above all) costs ~18 ms of CPU per
test; the zygote is one long-lived launcher interpreter per (python, site_packages) that forks
a launcher per run instead (~1 ms). It only ever runs trusted code (the launcher); each run is a
new session forked from its pristine state, and the untrusted program runs further down, after
the namespaces and the privilege drop. The host hands it the run's six pipe ends over a
SOCK_SEQPACKET socket (SCM_RIGHTS). The zygote exits when the host closes the socket (so when
the host exits); a zygote that died is replaced, and one that cannot start falls back to
starting the launcher directly.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import threading
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

LAUNCHER_DIR = str(Path(__file__).resolve().parent)
# import the launcher by name (bytecode cached; its directory last on sys.path, so the stdlib
# wins over judges/math.py), then take the directory off sys.path again so the program cannot
# import the judges' modules (e.g. `judges/math.py` shadowing `math`)
_IMPORT = (
    "import sys; d = sys.argv[1]; sys.path.append(d); import _sandbox_launcher as m; "
    "sys.path.remove(d); sys.path_importer_cache.pop(d, None); "
)
BOOT = _IMPORT + "m.main(sys.argv[2:])"
BOOT_ZYGOTE = _IMPORT + "m.serve(int(sys.argv[2]))"


def launcher_env(workdir: str) -> dict[str, str]:
    """The whole environment the sandbox sees (nothing inherited from the host)."""
    return {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "HOME": workdir,
        "TMPDIR": workdir,
        "OMP_NUM_THREADS": "1",
        "OPENBLAS_NUM_THREADS": "1",
        "MKL_NUM_THREADS": "1",
    }


def killpg(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, signal.SIGKILL)


@dataclass
class Started:
    pid: int  # leader of the run's session / process group
    finish: Callable[[], object]  # reap it (after the group was killed or has exited)


class _Zygote:
    def __init__(self, python: str, flags: list[str]) -> None:
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        try:
            self.proc = subprocess.Popen(
                [python, *flags, "-c", BOOT_ZYGOTE, LAUNCHER_DIR, str(theirs.fileno())],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                pass_fds=(theirs.fileno(),),
                start_new_session=True,
                env=launcher_env("/nonexistent"),
                cwd="/",
            )
        except BaseException:
            ours.close()
            raise
        finally:
            theirs.close()
        ours.settimeout(10.0)
        self.sock = ours
        self.owner = os.getpid()
        self.lock = threading.Lock()

    def spawn(self, fds: list[int]) -> int:
        with self.lock:
            socket.send_fds(self.sock, [b"run"], fds)
            reply = self.sock.recv(64)
        if not reply.startswith(b"pid "):
            raise OSError(f"zygote refused: {reply!r}")
        return int(reply[4:])

    def release(self, pid: int) -> None:
        with contextlib.suppress(OSError), self.lock:
            self.sock.send(b"reap %d" % pid)

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self.sock.close()
        with contextlib.suppress(OSError, subprocess.TimeoutExpired):
            self.proc.wait(timeout=1.0)


_zygotes: dict[tuple[str, bool], _Zygote] = {}
_broken: set[tuple[str, bool]] = set()
_zlock = threading.Lock()
USE_ZYGOTE = True  # tests flip this to compare both paths


def _zygote(
    python: str, site_packages: bool, flags: list[str], fresh: bool = False
) -> _Zygote | None:
    key = (python, site_packages)
    with _zlock:
        z = _zygotes.get(key)
        if z is not None and (fresh or z.owner != os.getpid() or z.proc.poll() is not None):
            if z.owner == os.getpid():
                z.close()
            z = None  # a forked host never talks to its parent's zygote
        if z is None and key not in _broken:
            try:
                z = _Zygote(python, flags)
            except OSError:
                _broken.add(key)
                return None
            _zygotes[key] = z
        return z


def start(python: str, site_packages: bool, child_fds: list[int], workdir: str) -> Started:
    """Start a launcher owning `child_fds` (stdin, stdout, stderr, cfg, status, result).

    Raises OSError when neither way works.
    """
    flags = ["-I"] if site_packages else ["-I", "-S"]
    if USE_ZYGOTE:
        for fresh in (False, True):
            z = _zygote(python, site_packages, flags, fresh=fresh)
            if z is None:
                break
            try:
                pid = z.spawn(child_fds)
            except OSError:
                if fresh:  # a new zygote failed too: stop trying in this process
                    with _zlock:
                        _broken.add((python, site_packages))
                continue
            return Started(pid, partial(z.release, pid))
    stdin, stdout, stderr, cfg_fd, st_fd, res_fd = child_fds
    proc = subprocess.Popen(
        [python, *flags, "-c", BOOT, LAUNCHER_DIR, str(cfg_fd), str(st_fd), str(res_fd)],
        stdin=stdin,
        stdout=stdout,
        stderr=stderr,
        pass_fds=(cfg_fd, st_fd, res_fd),
        start_new_session=True,
        env=launcher_env(workdir),
        cwd="/",
    )
    return Started(proc.pid, proc.wait)
