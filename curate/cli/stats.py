"""`curate stats RUN`: the funnel (per stage rows in, kept, dropped, reasons, time), judges,
pass rates and length distributions."""

from __future__ import annotations

import json

import click

from curate.cli import friendly


@click.command("stats")
@click.argument("run_dir", type=click.Path())
@click.option("--json", "as_json", is_flag=True, help="Print stats.json (machine-readable).")
@click.option(
    "--unsolved",
    "unsolved",
    type=click.Path(dir_okay=False),
    help="Also write the prompts no sample solved (0/n correct) to this .jsonl/.parquet file.",
)
@friendly
def command(run_dir: str, as_json: bool, unsolved: str | None) -> None:
    """Show the statistics of the run in RUN_DIR (or one line per stage of a pipeline)."""
    from curate.cli._flow import is_pipeline_target, stats_flow

    if is_pipeline_target(run_dir):
        return stats_flow(run_dir, as_json)
    from rich.console import Console

    from curate.report import render_stats
    from curate.store import open_run

    store = open_run(run_dir)
    if unsolved:
        from curate.generate import unsolved_prompts

        frame = unsolved_prompts(run_dir)
        if unsolved.endswith(".parquet"):
            frame.write_parquet(unsolved)
        else:
            from curate.jsonable import json_ready

            json_ready(frame).write_ndjson(unsolved)
        click.echo(f"{frame.height:,} unsolved prompt(s) written to {unsolved}", err=True)
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
