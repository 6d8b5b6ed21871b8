"""`curate stats RUN`: the funnel (per stage rows in, kept, dropped, reasons, time), judges,
pass rates and length distributions."""

from __future__ import annotations

import json

import click

from curate.cli import friendly


@click.command("stats")
@click.argument("run_dir", type=click.Path(file_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print stats.json (machine-readable).")
@friendly
def command(run_dir: str, as_json: bool) -> None:
    """Show the statistics of the run in RUN_DIR."""
    from rich.console import Console

    from curate.report import render_stats
    from curate.store import open_run

    store = open_run(run_dir)
    stats = store.stats()
    manifest = store.manifest() or {}
    stats.setdefault("recipe", manifest.get("recipe_name"))
    if as_json:
        click.echo(
            json.dumps({**stats, "status": manifest.get("status")}, indent=2, ensure_ascii=False)
        )
        return
    console = Console()
    render_stats(stats, console)
    console.print(f"status: {manifest.get('status')}  run dir: {run_dir}")
