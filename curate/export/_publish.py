"""All-or-nothing publication of an export.

Everything an export writes (data, index files, the card) goes to a staging folder first. Then:

- OUT does not exist or is empty: the staging folder (a hidden sibling of OUT) becomes OUT by
  one `rename`, so OUT is either absent or complete.
- OUT already holds files (`--overwrite`, or a LLaMA-Factory folder shared by several datasets):
  the staging folder lives inside OUT; a `.publishing` marker is written, the entries are moved
  in (data first, the card last), then the folder is removed. A kill in between leaves the
  marker: the next export into OUT finishes the move (roll forward) before anything else.

Staging folders of killed exports without the marker are removed (roll back).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

PREFIX = ".curate-export-"
MARKER = ".publishing"


def _pid_alive(pid: int) -> bool:
    """Whether another export may still be writing (this process's own leftovers are stale:
    `recover` runs before this process stages anything)."""
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _owner(stage: Path) -> int | None:
    tail = stage.name.rsplit("-", 1)[-1]
    return int(tail) if tail.isdigit() else None


def _move_in(stage: Path, out: Path) -> None:
    entries = sorted(p for p in stage.iterdir() if p.name != MARKER)
    entries.sort(key=lambda p: p.name == "README.md")  # the card last: never a card without data
    for entry in entries:
        target = out / entry.name
        if target.is_dir() and not target.is_symlink():
            shutil.rmtree(target)
        elif target.exists() or target.is_symlink():
            target.unlink()
        os.replace(entry, target)
    shutil.rmtree(stage, ignore_errors=True)


def recover(out: Path) -> list[str]:
    """Finish or remove what killed exports left in and next to OUT; what was done, per folder."""
    done: list[str] = []
    inside = list(out.glob(PREFIX + "*")) if out.is_dir() else []
    beside = list(out.parent.glob(f".{out.name}{PREFIX}*")) if out.parent.is_dir() else []
    for stage in [*inside, *beside]:
        pid = _owner(stage)
        if not stage.is_dir() or (pid is not None and _pid_alive(pid)):
            continue
        if stage.parent == out and (stage / MARKER).exists():
            _move_in(stage, out)
            done.append(f"finished the interrupted export {stage.name}")
        else:
            shutil.rmtree(stage, ignore_errors=True)
            done.append(f"removed the stale staging folder {stage.name}")
    return done


def stage_for(out: Path) -> Path:
    """A fresh staging folder for an export into OUT (see the module doc for where)."""
    if out.exists() and any(out.iterdir()):
        stage = out / f"{PREFIX}{os.getpid()}"
    else:
        out.parent.mkdir(parents=True, exist_ok=True)
        stage = out.parent / f".{out.name}{PREFIX}{os.getpid()}"
    shutil.rmtree(stage, ignore_errors=True)
    stage.mkdir()
    return stage


def publish(stage: Path, out: Path) -> None:
    """Make the staged export visible in OUT (one rename when OUT is new or empty)."""
    if stage.parent != out:
        if out.exists():
            out.rmdir()  # empty (checked by `stage_for`); rename cannot replace it everywhere
        os.rename(stage, out)
        return
    (stage / MARKER).touch()
    _move_in(stage, out)


def discard(stage: Path) -> None:
    """Remove a staging folder, unless publishing began (then `recover` finishes it)."""
    if not (stage / MARKER).exists():
        shutil.rmtree(stage, ignore_errors=True)
