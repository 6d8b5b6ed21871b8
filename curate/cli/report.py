"""`curate report RUN`: one self-contained HTML file (funnel, reasons, distributions, judges,
cost, pairs, examples with the spans that caused each drop)."""

from __future__ import annotations

import click

from curate.cli import friendly


@click.command("report")
@click.argument("run_dir", type=click.Path(file_okay=False))
@click.option(
    "-o",
    "--out",
    "out",
    type=click.Path(dir_okay=False),
    help="HTML file (default RUN/report.html).",
)
@click.option(
    "--compare",
    "compare",
    type=click.Path(file_okay=False),
    help="Another run of the same source: add a section on what changed (see `curate diff`).",
)
@friendly
def command(run_dir: str, out: str | None, compare: str | None) -> None:
    """Write the HTML report of the run in RUN_DIR (no network needed to view it)."""
    from curate.report_html import write_report
    from curate.store import open_run

    open_run(run_dir)  # a clear error if RUN_DIR is not a run
    if compare is not None:
        open_run(compare)
    path = write_report(run_dir, out, compare_with=compare)
    click.echo(f"report: {path}")
