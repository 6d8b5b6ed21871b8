"""Sandbox launcher: runs one untrusted Python program inside namespaces and rlimits.

Never imported by the host: `judges/_sandbox_spawn.py` either starts a zygote
(`python -I -S -c BOOT_ZYGOTE DIR SOCK`, running `serve`, which forks one launcher per run) or
starts one `python -I -S -c BOOT DIR CFG STATUS RESULT` per run (three inherited pipe fds); BOOT
imports this file from DIR (so its bytecode is cached) and calls `main`. Stdlib only; no json
(its import costs more than the rest).

Process tree (all in one new session; the host kills the whole group on timeout):

    L  launcher (host uid; root or not). Reads the job from CFG, unshares the namespaces, prepares
       the mounts, forks C and waits for it.
    (a non-root L also hides the user's home directory behind an empty tmpfs, re-exposing only
    the interpreter's own directories if they live there)
    C  reaper: pid 1 of a new pid namespace. Mounts a fresh /proc, forks G, waits for it, reports
       G's exit status and rusage on STATUS, kills every process left in the namespace (pid 1's
       exit tears the whole namespace down). Without a pid namespace L itself is the reaper and
       uses PR_SET_CHILD_SUBREAPER to find the orphans.
    G  the program: new session, rlimits, no_new_privs, privileges dropped (setuid to the sandbox
       uid when root; all capabilities cleared in a user namespace otherwise), fds closed but
       0, 1, 2 and 3 (RESULT), cwd a private tmpfs. Then the harness runs the code.

The harness writes nonce-prefixed JSON lines to fd 3: {"syntax_error"}, {"exception"},
{"return"} (call mode), {"done"} (assert mode), {"exited"} (SystemExit in call/assert mode).
"""

from __future__ import annotations

import ctypes
import marshal
import math
import os
import resource
import signal
import sys

from _sandbox_harness import RESULT_FD, _dumps, run_harness
from _sandbox_sys import (
    CLONE_NEWIPC,
    CLONE_NEWNET,
    CLONE_NEWNS,
    CLONE_NEWPID,
    CLONE_NEWUSER,
    CLONE_NEWUTS,
    MS_NODEV,
    MS_NOEXEC,
    MS_NOSUID,
    MS_PRIVATE,
    MS_RDONLY,
    MS_REC,
    PR_SET_CHILD_SUBREAPER,
    PR_SET_DUMPABLE,
    PR_SET_NO_NEW_PRIVS,
    PR_SET_PDEATHSIG,
    SetupError,
    _expose,
    _libc,
    _mount,
    _prctl,
    _readonly_root,
    _write_file,
    clear_capabilities,
)


class Status:
    def __init__(self, fd: int) -> None:
        self.fd = fd

    def send(self, **event: object) -> None:
        if self.fd >= 0:
            try:
                os.write(self.fd, _dumps(event))
            except OSError:
                pass


def setup_namespaces(cfg: dict, iso: dict) -> None:
    """Unshare and prepare the mounts (in L). Fills `iso`; raises SetupError if required."""
    root = os.geteuid() == 0
    flags = CLONE_NEWNS | CLONE_NEWNET | CLONE_NEWPID | CLONE_NEWIPC | CLONE_NEWUTS
    uid, gid = os.getuid(), os.getgid()
    if not root:
        flags |= CLONE_NEWUSER
    if _libc.unshare(flags) != 0:
        err = ctypes.get_errno()
        raise SetupError(f"unshare: {os.strerror(err)} (errno {err})")
    if not root:
        _write_file("/proc/self/setgroups", "deny")
        _write_file("/proc/self/uid_map", f"{uid} {uid} 1")
        _write_file("/proc/self/gid_map", f"{gid} {gid} 1")
        iso["userns"] = True
    iso["netns"] = iso["pidns"] = iso["mountns"] = True
    _mount(None, "/", None, MS_REC | MS_PRIVATE)
    wanted = [os.path.realpath(p) for p in sys.path if p]
    wanted.append(os.path.dirname(os.path.realpath(sys.executable)))
    wanted = [p for p in wanted if os.path.isdir(p)]
    if root and cfg["drop_uid"]:
        iso["exposed"] = _expose(wanted, cfg["uid"], cfg["gid"])
    elif not root:  # same uid as the host: hide its home (keys, tokens), keep the interpreter
        import pwd

        home = os.path.realpath(pwd.getpwuid(uid).pw_dir)
        iso["exposed"] = _expose(wanted, uid, gid, hide=(home,))
    iso["readonly_root"] = _readonly_root()
    private = []
    for d in cfg["private_dirs"]:
        if os.path.isdir(d) and not os.path.islink(d):
            _mount(
                "tmpfs", d, "tmpfs", MS_NOSUID | MS_NODEV, f"mode=1777,size={cfg['private_mb']}m"
            )
            private.append(d)
    iso["private_dirs"] = private
    wuid, wgid = (cfg["uid"], cfg["gid"]) if root and cfg["drop_uid"] else (uid, gid)
    if not os.path.isdir(cfg["workdir"]):  # hidden under a private dir: recreate it there
        try:
            os.makedirs(cfg["workdir"], mode=0o700)
        except OSError:  # under a hidden (read-only) directory: work in /tmp instead
            cfg["workdir"] = "/tmp"
    _mount(
        "tmpfs",
        cfg["workdir"],
        "tmpfs",
        MS_NOSUID | MS_NODEV,
        f"mode=700,uid={wuid},gid={wgid},size={cfg['tmpfs_mb']}m",
    )


def _set_rlimits(lim: dict) -> None:
    cpu = max(1, math.ceil(lim["cpu_s"]))
    mb = 1 << 20
    inf = resource.RLIM_INFINITY
    for res, soft, hard in (
        (resource.RLIMIT_CPU, cpu, cpu + 1),
        (resource.RLIMIT_AS, lim["memory_mb"] * mb, lim["memory_mb"] * mb),
        (resource.RLIMIT_FSIZE, lim["file_size_mb"] * mb, lim["file_size_mb"] * mb),
        (resource.RLIMIT_NOFILE, lim["open_files"], lim["open_files"]),
        (resource.RLIMIT_STACK, lim["stack_mb"] * mb, lim["stack_mb"] * mb),
        (resource.RLIMIT_CORE, 0, 0),
        (resource.RLIMIT_MEMLOCK, 0, 0),
        (resource.RLIMIT_MSGQUEUE, 0, 0),
        (resource.RLIMIT_NPROC, lim["nproc"], lim["nproc"]),
    ):
        cur = resource.getrlimit(res)[1]
        if cur != inf:
            hard = min(hard, cur)
            soft = min(soft, hard)
        resource.setrlimit(res, (soft, hard))


def _drop_privileges(cfg: dict, iso: dict) -> None:
    if os.geteuid() == 0 and cfg["drop_uid"]:
        os.setgroups([])
        os.setgid(cfg["gid"])
        os.setuid(cfg["uid"])
        if os.geteuid() != cfg["uid"] or os.getuid() != cfg["uid"]:
            raise SetupError("setuid did not take effect")
    elif iso.get("userns"):
        clear_capabilities()
    _prctl(PR_SET_NO_NEW_PRIVS, 1)


def _block_network() -> None:
    """Best-effort fallback when no network namespace exists: refuse sockets and subprocesses."""
    banned = {
        "socket.connect",
        "socket.bind",
        "socket.sendto",
        "socket.sendmsg",
        "socket.getaddrinfo",
        "socket.gethostbyname",
        "subprocess.Popen",
        "os.system",
        "os.exec",
        "os.posix_spawn",
        "os.spawn",
        "ctypes.dlopen",
    }

    def hook(event: str, args: tuple, _banned: frozenset = frozenset(banned)) -> None:
        if event in _banned:
            raise PermissionError(f"{event} is not allowed in the sandbox")

    sys.addaudithook(hook)


def child_setup(cfg: dict, iso: dict, status: Status, result_fd: int) -> None:
    """In G, before any untrusted code: session, limits, fds, privileges, cwd, environment."""
    os.setsid()
    _prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    os.dup2(result_fd, RESULT_FD, inheritable=True)
    os.closerange(RESULT_FD + 1, status.fd)  # keep 0-2, the result fd and (for now) status
    os.closerange(status.fd + 1, 65536)
    _set_rlimits(cfg["limits"])
    os.chdir(cfg["workdir"])
    os.environ["HOME"] = os.environ["TMPDIR"] = cfg["workdir"]
    _drop_privileges(cfg, iso)
    os.umask(0o077)
    os.close(status.fd)
    status.fd = -1
    if not iso.get("netns"):
        _block_network()


# --- process tree ---------------------------------------------------------------------------------


def _reap_orphans() -> None:
    """Kill and reap every remaining descendant (we are a subreaper or pid 1)."""
    me = os.getpid()
    for _ in range(1000):
        kids = []
        try:
            for name in os.listdir("/proc"):
                if name.isdigit():
                    try:
                        with open(f"/proc/{name}/stat", "rb") as fh:
                            st = fh.read()
                        ppid = int(st[st.rfind(b")") + 2 :].split()[1])
                    except (OSError, ValueError, IndexError):
                        continue
                    if ppid == me:
                        kids.append(int(name))
        except OSError:
            pass
        for k in kids:
            try:
                os.kill(k, signal.SIGKILL)
            except OSError:
                pass
        reaped = False
        while True:
            try:
                pid, _ = os.waitpid(-1, os.WNOHANG if kids else 0)
            except ChildProcessError:
                return
            if pid == 0:
                break
            reaped = True
        if not kids and not reaped:
            return


def reaper(cfg: dict, iso: dict, status: Status, result_fd: int, pid1: bool) -> None:
    """Fork G, wait for it, report, clean up. Runs as C (pid 1) or, without pidns, as L."""
    if pid1:
        try:
            _mount("proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC)
            iso["proc"] = "fresh"
        except SetupError:
            _mount(
                "tmpfs", "/proc", "tmpfs", MS_NOSUID | MS_NODEV | MS_NOEXEC | MS_RDONLY, "size=4k"
            )
            iso["proc"] = "hidden"
    else:
        _prctl(PR_SET_CHILD_SUBREAPER, 1)
    _prctl(PR_SET_DUMPABLE, 0)
    status.send(isolation=iso)
    gpid = os.fork()
    if gpid == 0:
        try:
            child_setup(cfg, iso, status, result_fd)
        except BaseException as e:
            status.send(error=f"sandbox child setup: {e}")
            os._exit(71)
        run_harness(cfg)
        os._exit(0)
    os.close(result_fd)
    while True:
        pid, st, ru = os.wait4(-1, 0)
        if pid == gpid:
            break
    ev: dict = {"cpu_s": round(ru.ru_utime + ru.ru_stime, 4), "maxrss_kb": ru.ru_maxrss}
    if os.WIFSIGNALED(st):
        ev["signal"] = os.WTERMSIG(st)
    else:
        ev["exit"] = os.WEXITSTATUS(st)
    if pid1:
        try:
            os.kill(-1, signal.SIGKILL)  # everything else in the namespace
        except OSError:
            pass
    _reap_orphans()
    status.send(**ev)


def _high(fd: int) -> int:
    """Move an inherited fd out of the way of 0-3 (the child's stdio and result fd)."""
    import fcntl

    new = fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 100)
    os.close(fd)
    return new


def main(argv: list[str]) -> None:
    cfg_fd, status_fd, result_fd = (_high(int(a)) for a in argv[:3])
    status = Status(status_fd)
    try:
        _prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
        chunks = []
        while True:
            b = os.read(cfg_fd, 1 << 16)
            if not b:
                break
            chunks.append(b)
        os.close(cfg_fd)
        cfg = marshal.loads(b"".join(chunks))
        os.umask(0o022)
        iso: dict = {
            "netns": False,
            "pidns": False,
            "mountns": False,
            "userns": False,
            "uid": os.getuid(),
            "drop_uid": os.geteuid() == 0 and cfg["drop_uid"],
        }
        if cfg["namespaces"]:
            try:
                setup_namespaces(cfg, iso)
            except (SetupError, OSError) as e:
                if cfg["require_isolation"] or iso["mountns"]:
                    status.send(error=f"isolation unavailable: {e}")
                    os._exit(70)
                iso["namespace_error"] = str(e)
        if not iso["mountns"] and iso["drop_uid"]:
            os.chown(cfg["workdir"], cfg["uid"], cfg["gid"])
        if iso["pidns"]:
            cpid = os.fork()
            if cpid == 0:
                try:
                    _prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
                    reaper(cfg, iso, status, result_fd, pid1=True)
                except BaseException as e:
                    status.send(error=f"sandbox reaper: {e}")
                    os._exit(72)
                os._exit(0)
            os.close(result_fd)
            _, st = os.waitpid(cpid, 0)
            os._exit(os.WEXITSTATUS(st) if os.WIFEXITED(st) else 73)
        reaper(cfg, iso, status, result_fd, pid1=False)
    except BaseException as e:
        status.send(error=f"sandbox launcher: {type(e).__name__}: {e}")
        os._exit(74)
    os._exit(0)


def serve(sock_fd: int) -> None:
    """Zygote: fork one launcher per request, so the interpreter starts (and imports) once.

    Requests on the SOCK_SEQPACKET socket: `run` with six fds attached (stdin, stdout, stderr,
    cfg, status, result) -> reply `pid N` (a new session led by N runs `main`); `reap N` ->
    N is waited for once it has exited (until then its pid, and so its process group id, stays
    reserved: the host may still kill the group). EOF: exit.
    """
    import socket

    sock = socket.socket(fileno=sock_fd)
    released: set[int] = set()
    while True:
        for pid in list(released):
            try:
                if os.waitpid(pid, os.WNOHANG)[0] == pid:
                    released.discard(pid)
            except ChildProcessError:
                released.discard(pid)
        try:
            msg, fds, _, _ = socket.recv_fds(sock, 256, 6)
        except OSError:
            os._exit(0)
        if not msg:
            os._exit(0)
        if msg.startswith(b"reap "):
            released.add(int(msg[5:]))
            continue
        if msg != b"run" or len(fds) != 6:
            for fd in fds:
                os.close(fd)
            sock.send(b"error bad request")
            continue
        pid = os.fork()
        if pid == 0:
            try:
                sock.close()
                os.setsid()
                for target, fd in zip((0, 1, 2), fds[:3], strict=True):
                    os.dup2(fd, target)
                for fd in fds[:3]:
                    if fd > 2:
                        os.close(fd)
                main([str(fd) for fd in fds[3:]])
            finally:
                os._exit(75)
        for fd in fds:
            os.close(fd)
        sock.send(b"pid %d" % pid)


if __name__ == "__main__":
    main(sys.argv[1:])
