"""Fault injection: full disks, read-only mounts, permissions and missing files give one `error:`
line naming the path and what to do; the manifest says `failed` with the reason; a finished run
on a read-only mount is read, shown and exported, and re-running it writes nothing."""

from __future__ import annotations

import contextlib
import errno
import json
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import polars as pl
import pytest
from click.testing import CliRunner

import curate.source
from curate.cli import main
from curate.store import open_run
from tests.helpers import write_jsonl, write_recipe


def _recipe(tmp: Path, rows: int = 30) -> Path:
    write_jsonl(tmp / "d.jsonl", [{"q": f"question {i}", "a": str(i)} for i in range(rows)])
    return write_recipe(
        tmp,
        {
            "name": "env",
            "source": {"path": "d.jsonl", "columns": {"prompt": "q", "reference": "a"}},
            "run": {"batch_size": 10},
        },
    )


def _cli(*args: str) -> tuple[int, str]:
    res = CliRunner().invoke(main, list(args))
    return res.exit_code, res.output  # stdout and stderr


def _error_line(out: str) -> str:
    lines = [ln for ln in out.splitlines() if ln.strip()]
    errors = [ln for ln in lines if ln.startswith("error: ")]
    assert len(errors) == 1, out
    assert "Traceback" not in out, out
    return errors[0]


# (case, errno, message as polars/python raise it, words the error line must hold)
INJECTED = [
    # polars writing parquet on a full disk: no errno, no path in the exception
    ("full_disk", None, "No space left on device (os error 28)", ["no space left", "--out"]),
    # a read-only mount
    ("read_only", errno.EROFS, "Read-only file system", ["read-only", "--out"]),
    # permission denied
    ("permission", errno.EACCES, "Permission denied", ["permission denied"]),
]


@pytest.mark.parametrize(
    ("case", "code", "message", "words"), INJECTED, ids=[c[0] for c in INJECTED]
)
def test_write_failures_are_one_line_and_recorded(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    case: str,
    code: int | None,
    message: str,
    words: list[str],
) -> None:
    recipe = _recipe(tmp_path)
    real = pl.DataFrame.write_parquet
    calls = {"n": 0}

    def failing(self, path, *args, **kwargs):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] > 2:  # the first shard commits (data, rejects), the second one fails
            raise OSError(message) if code is None else OSError(code, message)
        return real(self, path, *args, **kwargs)

    monkeypatch.setattr(pl.DataFrame, "write_parquet", failing)
    rc, out = _cli("run", str(recipe), "--out", str(tmp_path / "run"), "-q")
    line = _error_line(out)
    assert rc == 2, case
    assert str(tmp_path / "run" / "data") in line, line  # names the file it could not write
    assert all(w in line.lower() for w in words), line
    manifest = open_run(tmp_path / "run").manifest()
    assert manifest is not None and manifest["status"] == "failed"
    assert words[0] in manifest["reason"].lower()
    # the fault is gone: the rerun resumes and finishes
    monkeypatch.setattr(pl.DataFrame, "write_parquet", real)
    rc, out = _cli("run", str(recipe), "--out", str(tmp_path / "run"), "-q")
    assert rc == 0, out
    assert open_run(tmp_path / "run").read_kept().height == 30


def test_missing_and_unreadable_source(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    recipe = _recipe(tmp_path)
    (tmp_path / "d.jsonl").unlink()
    rc, out = _cli("run", str(recipe), "--out", str(tmp_path / "run"), "-q")
    assert rc == 2 and "file not found" in _error_line(out)
    _recipe(tmp_path)

    def denied(path: Path, batch_size: int):  # type: ignore[no-untyped-def]
        raise PermissionError(errno.EACCES, "Permission denied", str(path))
        yield

    monkeypatch.setattr(curate.source, "_iter_jsonl", denied)
    rc, out = _cli("run", str(recipe), "--out", str(tmp_path / "run2"), "-q")
    line = _error_line(out)
    assert rc == 2 and str(tmp_path / "d.jsonl") in line and "permission denied" in line


def test_killed_first_manifest_write_needs_no_force(tmp_path: Path) -> None:
    recipe = _recipe(tmp_path)
    run = tmp_path / "run"
    # what a kill during the very first start leaves: a temporary manifest, empty folders
    for d in ("data", "rejected", "shards"):
        (run / d).mkdir(parents=True)
    (run / ".manifest.json.tmp-12345").write_text('{"recipe_na')
    rc, out = _cli("run", str(recipe), "--out", str(run), "-q")
    assert rc == 0, out
    assert not list(run.glob(".*.tmp-*"))
    # a folder with committed shards but no manifest is still refused
    (run / "manifest.json").unlink()
    rc, out = _cli("run", str(recipe), "--out", str(run), "-q")
    assert rc == 2 and "--force" in _error_line(out)


def _snapshot(root: Path) -> dict[str, tuple[int, int]]:
    return {
        str(p.relative_to(root)): (p.stat().st_mtime_ns, p.stat().st_size)
        for p in sorted(root.rglob("*"))
    }


def test_rerunning_a_finished_run_writes_nothing(tmp_path: Path) -> None:
    recipe = _recipe(tmp_path)
    run = tmp_path / "run"
    assert _cli("run", str(recipe), "--out", str(run), "-q")[0] == 0
    before = _snapshot(run)
    rc, out = _cli("run", str(recipe), "--out", str(run), "-q")
    assert rc == 0, out
    assert _snapshot(run) == before


@contextlib.contextmanager
def _read_only(path: Path) -> Iterator[bool]:
    """Bind-mount `path` read-only over itself (root only); yields False where that fails."""
    if os.geteuid() != 0:
        yield False
        return
    ok = subprocess.run(["mount", "--bind", str(path), str(path)], capture_output=True)
    if ok.returncode != 0:
        yield False
        return
    try:
        remount = ["mount", "-o", "remount,bind,ro", str(path)]
        yield subprocess.run(remount, capture_output=True).returncode == 0
    finally:
        subprocess.run(["umount", str(path)], capture_output=True)


def test_finished_run_on_a_read_only_mount(tmp_path: Path) -> None:
    recipe = _recipe(tmp_path)
    run = tmp_path / "run"
    assert _cli("run", str(recipe), "--out", str(run), "-q")[0] == 0
    with _read_only(run) as ro:
        if not ro:
            pytest.skip("cannot bind-mount read-only here (not root)")
        with pytest.raises(OSError):
            (run / "probe").write_text("x")
        before = _snapshot(run)
        assert _cli("run", str(recipe), "--out", str(run), "-q")[0] == 0
        rc, out = _cli("stats", str(run), "--json")
        assert rc == 0 and json.loads(out)["rows_out"] == 30
        assert _cli("show", str(run))[0] == 0
        rc, out = _cli("export", str(run), "--to", "hf", "--out", str(tmp_path / "exp"))
        assert rc == 0, out
        assert _snapshot(run) == before
        # a run that needs writing on a read-only mount: one line
        rc, out = _cli(
            "run", str(recipe), "--out", str(run), "--set", "run.batch_size=7", "-q", "--force"
        )
        line = _error_line(out)
        assert rc == 2 and "read-only" in line and str(run) in line


def test_full_tmpfs(tmp_path: Path) -> None:
    """A real full disk: a 256 KiB tmpfs (root only)."""
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    mnt = tmp_path / "small"
    mnt.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(mnt)]).returncode:
        pytest.skip("cannot mount a tmpfs here")
    try:
        write_jsonl(
            tmp_path / "d.jsonl", [{"q": os.urandom(2000).hex(), "a": "1"} for _ in range(300)]
        )
        recipe = write_recipe(
            tmp_path,
            {
                "name": "full",
                "source": {"path": "d.jsonl", "columns": {"prompt": "q"}},
                "run": {"batch_size": 50},
            },
        )
        rc, out = _cli("run", str(recipe), "--out", str(mnt / "run"), "-q")
        line = _error_line(out)
        assert rc == 2 and "no space left" in line and str(mnt / "run") in line
        assert not list((mnt / "run").rglob(".*.tmp-*"))  # no half-written temporary left
    finally:
        subprocess.run(["umount", str(mnt)])
