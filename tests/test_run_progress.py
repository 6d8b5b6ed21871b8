"""`curate run`'s progress: totals for local sources, a complete run says so, narrow and
non-TTY output stays readable."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest
from rich.console import Console
from rich.progress import Progress

import curate
from curate.cli.progress import RunProgress, estimate_source_rows
from curate.recipe import Recipe

ROWS = [{"prompt": f"q{i}", "completion": "a"} for i in range(25)]


def _recipe(tmp_path: Path, path: str, **source: object) -> Recipe:
    return curate.load_recipe({"name": "p", "source": {"path": path, **source}}, base_dir=tmp_path)


def _write(tmp_path: Path, kind: str) -> str:
    frame = pl.DataFrame(ROWS)
    if kind == "jsonl":
        frame.write_ndjson(tmp_path / "s.jsonl")
    elif kind == "jsonl-no-final-newline":
        (tmp_path / "s.jsonl").write_text(frame.write_ndjson().rstrip("\n"))
    elif kind == "parquet":
        frame.write_parquet(tmp_path / "s.parquet")
    elif kind == "arrow":
        frame.write_ipc(tmp_path / "s.arrow")
    elif kind == "json-array":
        frame.write_json(tmp_path / "s.json")
    return next(p.name for p in tmp_path.iterdir() if p.name.startswith("s."))


CASES = [
    ("jsonl", {}, 25),  # one line per row
    ("jsonl-no-final-newline", {}, 25),  # the last row counts without its newline
    ("parquet", {}, 25),  # from the footer metadata
    ("arrow", {}, 25),  # from the IPC file's batches
    ("parquet", {"limit": 10}, 10),  # source.limit caps the total
    ("json-array", {}, None),  # a JSON array would have to be parsed: no total
]


@pytest.mark.parametrize(("kind", "source", "expect"), CASES)
def test_estimate_source_rows(tmp_path: Path, kind: str, source: dict, expect: int | None) -> None:
    name = _write(tmp_path, kind)
    assert estimate_source_rows(_recipe(tmp_path, name, **source)) == expect


@pytest.mark.parametrize("width", [30, 40, 80, 120])
@pytest.mark.parametrize("known", [True, False])
def test_columns_fit_the_terminal(width: int, known: bool) -> None:
    # the bar's one line never wraps, and keeps the counts (and the ETA when the total is known)
    buf = io.StringIO()
    console = Console(file=buf, width=width, force_terminal=True, color_system=None)
    progress = Progress(*RunProgress._columns(width, known), console=console, disable=True)
    progress.add_task("quickstart-limit100", total=3000 if known else None, completed=1200, kept=5)
    console.print(progress.make_tasks_table(progress.tasks))
    lines = buf.getvalue().rstrip("\n").split("\n")
    assert len(lines) == 1 and len(lines[0]) <= width
    assert ("1,200/3,000 rows" if known else "1,200 rows") in lines[0]
    if known and width >= 40:
        assert "--:--" in lines[0]  # the time remaining (not known yet at 0 s)


def test_non_tty_run_says_complete(tmp_path: Path) -> None:
    # piped output (no terminal), 40 columns: plain lines, no control codes, `complete` twice
    env = {**os.environ, "COLUMNS": "40"}
    cmd = [str(Path(sys.executable).parent / "curate"), "run", "quickstart", "--limit", "40"]
    cmd += ["--out", str(tmp_path / "run")]
    first = subprocess.run(cmd, capture_output=True, text=True, env=env, check=True)
    assert "\x1b" not in first.stderr
    assert "quickstart: complete, 40 source rows in 1 shard" in first.stderr
    again = subprocess.run(cmd, capture_output=True, text=True, env=env, check=True)
    # a resumed, already complete run still counts its rows, never `0/?`
    assert "complete, 40 source rows in 1 shard, 1 resumed" in again.stderr
    assert "0/?" not in again.stderr and "\x1b" not in again.stderr
