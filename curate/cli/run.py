"""`curate run RECIPE`: validate, then stream the source through the stages into the run dir."""

from __future__ import annotations

import sys
import time
from typing import TYPE_CHECKING

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from curate.cli import friendly

if TYPE_CHECKING:
    from curate.results import RunResult


@click.command("run")
@click.argument("recipe", type=click.Path(dir_okay=False))
@click.option(
    "--out", "out", type=click.Path(file_okay=False), help="Run directory (default: runs/<name>)."
)
@click.option(
    "--set",
    "overrides",
    multiple=True,
    metavar="KEY=VALUE",
    help="Override a recipe value, e.g. source.limit=100.",
)
@click.option(
    "--limit",
    type=int,
    help="Read only the first N source rows (a sample run; default dir runs/<name>-limit<N>).",
)
@click.option(
    "--force",
    is_flag=True,
    help="Start over even if the run dir holds a run of a different recipe.",
)
@click.option("--workers", type=int, help="Process shards in N parallel processes.")
@click.option(
    "--json", "as_json", is_flag=True, help="Print the final statistics as JSON instead of tables."
)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@friendly
def command(
    recipe: str,
    out: str | None,
    overrides: tuple[str, ...],
    limit: int | None,
    force: bool,
    workers: int | None,
    as_json: bool,
    quiet: bool,
) -> None:
    """Run RECIPE; re-running resumes (finished shards are skipped)."""
    from curate.api import run_overrides
    from curate.recipe import load_recipe
    from curate.runner import run

    rec = load_recipe(recipe, overrides=run_overrides(overrides, limit, workers, flag="--limit"))
    if out is None and limit is not None and not rec.model.output.dir:
        out = f"runs/{rec.name}-limit{limit}"
    console = Console(stderr=True)
    run_dir = rec.run_dir(out)
    progress = Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("shards"),
        TextColumn(
            "{task.fields[rows]:,} rows  {task.fields[rate]:,.0f} rows/s  kept {task.fields[kept]:,}"
        ),
        TimeElapsedColumn(),
        console=console,
        disable=quiet or as_json,
        transient=False,
    )
    t0 = time.perf_counter()
    totals = {"rows": 0, "kept": 0}
    with progress:
        task = progress.add_task(rec.name, total=None, rows=0, rate=0.0, kept=0)

        def on_shard(result: object) -> None:
            st = result.stats  # type: ignore[attr-defined]
            totals["rows"] += st.get("source_rows", 0)
            totals["kept"] += st.get("rows_out", 0)
            dt = max(time.perf_counter() - t0, 1e-9)
            progress.update(
                task, advance=1, rows=totals["rows"], rate=totals["rows"] / dt, kept=totals["kept"]
            )

        try:
            result = run(rec, out=out, force=force, on_shard=on_shard)
        except KeyboardInterrupt:
            progress.stop()
            click.echo(
                f"\ninterrupted: committed shards are kept in {run_dir}; resume with:\n  "
                + _resume_command(recipe, out, overrides, limit),
                err=True,
            )
            sys.exit(130)
    _print_result(result, as_json=as_json)


def _resume_command(
    recipe: str, out: str | None, overrides: tuple[str, ...], limit: int | None
) -> str:
    return " ".join(
        [
            "curate run",
            recipe,
            *(f"--out {out}" for _ in [0] if out),
            *(f"--set {s}" for s in overrides),
            *(f"--limit {limit}" for _ in [0] if limit),
        ]
    )


def _print_result(result: RunResult, *, as_json: bool) -> None:
    from curate.report import render_stats

    if as_json:
        import json

        click.echo(json.dumps(result.stats, indent=2, ensure_ascii=False))
        return
    out_console = Console()
    render_stats(result.stats, out_console)
    skipped = (
        f" ({result.shards_skipped} of {result.shards_total} shards resumed from an earlier run)"
        if result.shards_skipped
        else ""
    )
    click.echo(f"run dir: {result.run_dir}{skipped}")
    click.echo(
        f"more: curate stats {result.run_dir}  |  curate show {result.run_dir} --dropped-by STAGE"
    )
