"""The progress display of `curate run`: source rows against a known total, with an ETA.

Local sources know their size up front (`estimate_source_rows`: parquet and Arrow metadata, a
newline count for JSON lines), so the bar counts source rows and shows the time remaining; hub
datasets and other formats show rows and shards so far. A resumed run starts at the rows its
committed shards already hold; a finished one says `complete`. On a terminal the bar drops
columns to fit narrow widths; elsewhere (a pipe, a log file, CI) it prints plain lines, at most
one every `PLAIN_EVERY_S` seconds, and a final summary: no control codes.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click
from rich.console import Console
from rich.progress import (
    BarColumn,
    Progress,
    ProgressColumn,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Column

from curate.fs import is_local

if TYPE_CHECKING:
    from curate.recipe import Recipe

PLAIN_EVERY_S = 10.0
NARROW = 60
JSONL_COUNT_MAX_BYTES = 4 << 30  # beyond this, counting lines costs more than it tells


def _count_lines(path: Path) -> int | None:
    """Lines of a JSON-lines file (None for a JSON array or a file too big to scan)."""
    if path.stat().st_size > JSONL_COUNT_MAX_BYTES:
        return None
    n, last = 0, b"\n"
    with path.open("rb") as fh:
        if fh.read(4096).lstrip().startswith(b"["):
            return None
        fh.seek(0)
        while chunk := fh.read(1 << 22):
            n += chunk.count(b"\n")
            last = chunk[-1:]
    return n + (last != b"\n")


def _rows_of(path: Path, fmt: str) -> int | None:
    if not is_local(path):
        return None  # a source on an fsspec URL: counting would read it twice
    if fmt in ("jsonl", "json"):
        return _count_lines(path)
    if fmt == "parquet":
        import pyarrow.parquet as pq

        return int(pq.ParquetFile(path).metadata.num_rows)
    if fmt == "arrow":
        import pyarrow as pa

        try:
            reader = pa.ipc.open_file(pa.memory_map(str(path)))
        except pa.ArrowInvalid:
            return None  # a stream: no footer to read the batches from
        return sum(reader.get_batch(i).num_rows for i in range(reader.num_record_batches))
    return None


def estimate_source_rows(recipe: Recipe) -> int | None:
    """Source rows the run will read (capped by `source.limit`), or None when costly to know.
    An estimate for display only: blank lines inside a JSON-lines file are not rows."""
    from curate.source import _files, _format_of

    cfg = recipe.model.source
    if cfg is None or cfg.dataset is not None:
        return None
    total = 0
    try:
        for path in _files(cfg, recipe):
            n = _rows_of(path, _format_of(path, cfg.format)) if path.is_file() else None
            if n is None:
                return None
            total += n
    except Exception:  # the run itself reports a bad source with its own message
        return None
    return min(total, cfg.limit) if cfg.limit is not None else total


def resumed_rows(recipe: Recipe, run_dir: Path, force: bool) -> tuple[int, int]:
    """(source rows, shards) the run folder already holds for this recipe (resume)."""
    import json

    mpath = run_dir / "manifest.json"
    if force or not mpath.exists():
        return 0, 0
    try:
        manifest = json.loads(mpath.read_text())
        if str(manifest.get("fingerprint", "")).split("-")[0] != recipe.fingerprint():
            return 0, 0
        rows = shards = 0
        for p in (run_dir / "shards").glob("*.json"):
            rows += int(json.loads(p.read_text()).get("source_rows", 0))
            shards += 1
        return rows, shards
    except (OSError, ValueError):
        return 0, 0


class RunProgress:
    """Counts committed shards of one run; `finish` prints the closing state."""

    def __init__(
        self, name: str, total: int | None, *, start: int = 0, enabled: bool = True
    ) -> None:
        self.name, self.total = name, total
        self.rows, self.kept, self.shards = start, 0, 0
        self.t0 = self.last_plain = time.perf_counter()
        self.console = Console(stderr=True)
        self.enabled = enabled
        self.live = enabled and self.console.is_terminal
        self.progress = Progress(
            *self._columns(self.console.width, total is not None),
            console=self.console,
            disable=not self.live,
            transient=False,
        )
        self.task = self.progress.add_task(name, total=total, completed=start, kept=0, shards=0)

    @staticmethod
    def _columns(width: int, known: bool) -> list[ProgressColumn]:
        counts = "{task.completed:,}/{task.total:,} rows" if known else "{task.completed:,} rows"
        if width < NARROW:  # name, counts, time: what fits in 40 columns
            tail: ProgressColumn = (
                TimeRemainingColumn(compact=True) if known else TimeElapsedColumn()
            )
            name = Column(max_width=max(8, width - 30), no_wrap=True, overflow="ellipsis")
            return [TextColumn("{task.description}", table_column=name), TextColumn(counts), tail]
        cols: list[ProgressColumn] = [TextColumn("[bold]{task.description}")]
        if known:
            cols += [BarColumn(bar_width=None if width >= 100 else 20), TaskProgressColumn()]
        cols += [TextColumn(counts), TextColumn("kept {task.fields[kept]:,}")]
        cols += [TimeElapsedColumn()] + ([TimeRemainingColumn()] if known else [])
        return cols

    def __enter__(self) -> RunProgress:
        self.progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.progress.stop()

    def on_shard(self, result: Any) -> None:
        st = result.stats
        self.rows += int(st.get("source_rows", 0))
        self.kept += int(st.get("rows_out", 0))
        self.shards += 1
        self.progress.update(self.task, completed=self.rows, kept=self.kept, shards=self.shards)
        now = time.perf_counter()
        if self.enabled and not self.live and now - self.last_plain >= PLAIN_EVERY_S:
            self.last_plain = now
            click.echo(self._plain(now), err=True)

    def _plain(self, now: float) -> str:
        total = f"/{self.total:,}" if self.total is not None else ""
        pct = f" ({100 * self.rows / self.total:.0f}%)" if self.total else ""
        return (
            f"{self.name}: {self.rows:,}{total} rows{pct}, {self.shards} shards, "
            f"kept {self.kept:,}, {now - self.t0:.0f}s"
        )

    def finish(self, shards_total: int, shards_skipped: int) -> None:
        """The run completed: the bar full, and one line that says so."""
        self.progress.update(
            self.task, total=self.rows, completed=self.rows, description=f"{self.name} complete"
        )
        self.progress.stop()
        if not self.enabled:
            return
        resumed = f", {shards_skipped} resumed" if shards_skipped else ""
        click.echo(
            f"{self.name}: complete, {self.rows:,} source rows in {shards_total} "
            f"shard{'' if shards_total == 1 else 's'}"
            f"{resumed} ({time.perf_counter() - self.t0:.1f}s)",
            err=True,
        )
