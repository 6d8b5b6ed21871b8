"""`curate run RECIPE`: validate, then stream the source through the stages into the run dir."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import click
from rich.console import Console

from curate.cli import friendly
from curate.cli.progress import RunProgress, estimate_source_rows, resumed_rows

if TYPE_CHECKING:
    from pathlib import Path

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
@click.option("--no-report", is_flag=True, help="Do not write RUN/report.html at the end.")
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
    no_report: bool,
) -> None:
    """Run RECIPE (or a pipeline file); re-running resumes (finished shards are skipped)."""
    from curate.cli._flow import is_pipeline_target, run_flow

    if is_pipeline_target(recipe):
        return run_flow(recipe, out, force, as_json, quiet)
    from curate.api import run_overrides
    from curate.recipe import load_recipe
    from curate.runner import run

    rec = load_recipe(recipe, overrides=run_overrides(overrides, limit, workers, flag="--limit"))
    if out is None and limit is not None and not rec.model.output.dir:
        out = f"runs/{rec.name}-limit{limit}"
    run_dir = rec.run_dir(out)
    start, _ = resumed_rows(rec, run_dir, force) if rec.model.source is not None else (0, 0)
    total = estimate_source_rows(rec) if rec.model.source is not None else None
    if total is not None and start > total:
        total = None  # the estimate is off (blank lines): count without a total
    progress = RunProgress(rec.name, total, start=start, enabled=not (quiet or as_json))
    with progress:
        try:
            result = run(rec, out=out, force=force, on_shard=progress.on_shard)
        except KeyboardInterrupt:
            progress.progress.stop()
            click.echo(
                f"\ninterrupted: committed shards are kept in {run_dir}; resume with:\n  "
                + _resume_command(recipe, out, overrides, limit),
                err=True,
            )
            sys.exit(130)
        progress.finish(result.shards_total, result.shards_skipped)
    report: Path | None = result.run_dir / "report.html"
    nothing_new = (
        result.shards_skipped == result.shards_total and (result.run_dir / "report.html").exists()
    )
    if no_report:
        report = None
    elif not nothing_new:  # a finished run re-run writes nothing (read-only mounts)
        from curate.report_html import write_report

        report = write_report(result.run_dir)
    _print_result(result, as_json=as_json, report=report)


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


def _print_result(result: RunResult, *, as_json: bool, report: Path | None = None) -> None:
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
    if report is not None:
        click.echo(f"report: {report}")
    click.echo(
        f"more: curate stats {result.run_dir}  |  curate show {result.run_dir} --dropped-by STAGE"
    )
