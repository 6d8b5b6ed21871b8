"""Linux system calls the sandbox launcher needs (via ctypes: Python 3.11 has no os.unshare),
and the mount-namespace set-up: read-only tree, interpreter directories re-exposed.

Imported inside the sandbox only, by `_sandbox_launcher.py` (as a top-level module). Stdlib only.
"""

from __future__ import annotations

import ctypes
import os
import stat

CLONE_NEWNS = 0x00020000
CLONE_NEWUTS = 0x04000000
CLONE_NEWIPC = 0x08000000
CLONE_NEWUSER = 0x10000000
CLONE_NEWPID = 0x20000000
CLONE_NEWNET = 0x40000000
MS_RDONLY, MS_NOSUID, MS_NODEV, MS_NOEXEC, MS_REMOUNT = 1, 2, 4, 8, 32
MS_NOATIME, MS_NODIRATIME, MS_BIND, MS_REC = 1024, 2048, 4096, 16384
MS_PRIVATE, MS_RELATIME, MS_STRICTATIME = 1 << 18, 1 << 21, 1 << 24
PR_SET_PDEATHSIG, PR_SET_DUMPABLE, PR_SET_CHILD_SUBREAPER, PR_SET_NO_NEW_PRIVS = 1, 4, 36, 38
SYS_MOUNT_SETATTR = 442  # same number on every architecture with the generic syscall table
AT_FDCWD, AT_RECURSIVE, MOUNT_ATTR_RDONLY, MOUNT_ATTR_NOSUID = -100, 0x8000, 0x1, 0x2

_libc = ctypes.CDLL(None, use_errno=True)
_libc.mount.argtypes = [
    ctypes.c_char_p,
    ctypes.c_char_p,
    ctypes.c_char_p,
    ctypes.c_ulong,
    ctypes.c_char_p,
]
_libc.prctl.argtypes = [
    ctypes.c_int,
    ctypes.c_ulong,
    ctypes.c_ulong,
    ctypes.c_ulong,
    ctypes.c_ulong,
]


class SetupError(Exception):
    pass


def _check(rc: int, what: str) -> None:
    if rc != 0:
        err = ctypes.get_errno()
        raise SetupError(f"{what}: {os.strerror(err)} (errno {err})")


def _prctl(option: int, arg: int) -> None:
    _check(_libc.prctl(option, arg, 0, 0, 0), f"prctl({option})")


def _mount(
    src: str | None, target: str, fstype: str | None, flags: int, data: str | None = None
) -> None:
    enc = lambda s: None if s is None else s.encode()  # noqa: E731
    _check(_libc.mount(enc(src), enc(target), enc(fstype), flags, enc(data)), f"mount {target}")


def _write_file(path: str, text: str) -> None:
    fd = os.open(path, os.O_WRONLY)
    try:
        os.write(fd, text.encode())
    finally:
        os.close(fd)


class _MountAttr(ctypes.Structure):
    _fields_ = [(n, ctypes.c_uint64) for n in ("attr_set", "attr_clr", "propagation", "userns_fd")]


_MS_OPTS = {
    "nosuid": MS_NOSUID,
    "nodev": MS_NODEV,
    "noexec": MS_NOEXEC,
    "noatime": MS_NOATIME,
    "nodiratime": MS_NODIRATIME,
    "relatime": MS_RELATIME,
    "strictatime": MS_STRICTATIME,
}


def _mountpoints() -> list[tuple[str, int]]:
    out = []
    with open("/proc/self/mountinfo") as fh:
        for line in fh:
            f = line.split()
            point = f[4].encode().decode("unicode_escape")  # \040 etc.
            flags = 0
            for opt in f[5].split(","):
                flags |= _MS_OPTS.get(opt, 0)
            out.append((point, flags))
    return out


def _readonly_root() -> str:
    """Make every mount read-only (this mount namespace only). Returns the method used."""
    attr = _MountAttr(MOUNT_ATTR_RDONLY | MOUNT_ATTR_NOSUID, 0, 0, 0)
    rc = _libc.syscall(
        ctypes.c_long(SYS_MOUNT_SETATTR),
        ctypes.c_int(AT_FDCWD),
        ctypes.c_char_p(b"/"),
        ctypes.c_uint(AT_RECURSIVE),
        ctypes.byref(attr),
        ctypes.c_size_t(ctypes.sizeof(attr)),
    )
    if rc == 0:
        return "mount_setattr"
    # older kernels: remount each mount read-only, keeping the flags a user namespace may not clear
    failed = []
    for point, flags in sorted(_mountpoints(), key=lambda m: len(m[0])):
        if _libc.mount(
            None, point.encode(), None, MS_REMOUNT | MS_BIND | MS_RDONLY | MS_NOSUID | flags, None
        ):
            failed.append(point)
    if "/" in failed:
        raise SetupError("cannot remount / read-only")
    return "remount" if not failed else f"remount (not: {', '.join(failed[:5])})"


def _traversable(path: str, uid: int, gid: int) -> bool:
    st = os.stat(path)
    if st.st_uid == uid:
        return bool(st.st_mode & stat.S_IXUSR)
    if st.st_gid == gid:
        return bool(st.st_mode & stat.S_IXGRP)
    return bool(st.st_mode & stat.S_IXOTH)


def _expose(paths: list[str], uid: int, gid: int, hide: tuple[str, ...] = ()) -> list[str]:
    """Make the interpreter's own directories reachable for `uid` (e.g. a Python under /root).

    The topmost ancestor that `uid` cannot traverse, and each directory in `hide`, is covered
    with an empty tmpfs (hiding the rest of it); each needed directory under it is bind-mounted
    back at its own path.
    """
    covers: dict[str, list[str]] = {}
    for p in sorted(set(paths)):
        parts = p.strip("/").split("/")
        for i in range(len(parts)):  # ancestors strictly above p
            anc = "/" + "/".join(parts[:i])
            if anc in hide or not _traversable(anc, uid, gid):
                covers.setdefault(anc, []).append(p)
                break
    for h in hide:
        if h != "/" and os.path.isdir(h) and not os.path.islink(h):
            covers.setdefault(h, [])
    top = sorted(covers, key=len)
    merged: dict[str, list[str]] = {}
    for c in top:
        parent = next((m for m in merged if c == m or c.startswith(m.rstrip("/") + "/")), None)
        merged.setdefault(parent or c, []).extend(covers[c])
    for cover, wanted in merged.items():
        if cover == "/":
            raise SetupError("the interpreter's directories are not reachable by the sandbox uid")
        fds = {p: os.open(p, os.O_PATH | os.O_DIRECTORY) for p in wanted}
        _mount("tmpfs", cover, "tmpfs", MS_NOSUID | MS_NODEV, "mode=755,size=1m")
        for p, fd in fds.items():
            os.makedirs(p, mode=0o755, exist_ok=True)
            _mount(f"/proc/self/fd/{fd}", p, None, MS_BIND | MS_REC)
            os.close(fd)
    return sorted(merged)


class _CapHeader(ctypes.Structure):
    _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]


class _CapData(ctypes.Structure):
    _fields_ = [
        ("effective", ctypes.c_uint32),
        ("permitted", ctypes.c_uint32),
        ("inheritable", ctypes.c_uint32),
    ]


def clear_capabilities() -> None:
    """Drop every capability (effective, permitted, inheritable) of this process."""
    data = (_CapData * 2)()
    _check(_libc.capset(ctypes.byref(_CapHeader(0x20080522, 0)), data), "capset")
