"""The pipeline side of `curate run`, `curate validate` and `curate stats` (a file with
`pipeline:` and `stages:` instead of a recipe, or a pipeline's output folder)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.table import Table


def is_pipeline_target(target: str) -> bool:
    from curate.flow import is_pipeline_file
    from curate.flow.execute import STATE

    p = Path(target)
    return is_pipeline_file(p) or (p.is_dir() and (p / STATE).is_file())


def run_flow(path: str, out: str | None, force: bool, as_json: bool, quiet: bool) -> None:
    from curate.flow import run_pipeline

    console = Console(stderr=True, quiet=quiet or as_json)
    count = {"n": 0}

    def report(name: str, event: str, info: dict[str, Any]) -> None:
        if event == "skipped":
            console.print(f"[dim]= {name}: unchanged, skipped[/dim]")
        elif event == "start":
            count["n"] += 1
            console.print(f"[bold]▶ {name}[/bold] ({info['kind']}) …")
        else:
            rows = (
                f", {info['rows_in']:,} → {info['rows_out']:,} rows"
                if "rows_out" in info and "rows_in" in info
                else ""
            )
            console.print(f"[green]✓ {name}[/green] in {info.get('seconds', 0):.1f} s{rows}")

    try:
        state = run_pipeline(path, out=out, force=force, report=report)
    except KeyboardInterrupt:
        click.echo(
            f"\ninterrupted: finished stages are kept; resume with: curate run {path}", err=True
        )
        raise SystemExit(130) from None
    if as_json:
        click.echo(json.dumps(state, indent=2, ensure_ascii=False))
    else:
        render_flow(state, Console())


def validate_flow(path: str) -> None:
    from curate.flow import validate_pipeline

    for line in validate_pipeline(path):
        click.echo(f"  {line}")
    click.echo(f"pipeline ok: {path}")


def stats_flow(target: str, as_json: bool) -> None:
    from curate.errors import RunStoreError
    from curate.flow.execute import plan, read_state

    p = Path(target)
    root = p if p.is_dir() else plan(p).out
    state = read_state(root)
    if not state:
        raise RunStoreError(
            f"{root}: no pipeline has run there yet (run it with `curate run {target}`)"
        )
    if as_json:
        click.echo(json.dumps(state, indent=2, ensure_ascii=False))
    else:
        render_flow(state, Console())


def render_flow(state: dict[str, Any], console: Console) -> None:
    """One funnel line per stage: kind, status, rows in and out, seconds; then totals."""
    t = Table(title=f"pipeline: {state.get('pipeline', '?')}", title_justify="left")
    for col, just in (
        ("stage", "left"),
        ("kind", "left"),
        ("status", "left"),
        ("rows in", "right"),
        ("rows out", "right"),
        ("s", "right"),
    ):
        t.add_column(col, justify=just)  # type: ignore[arg-type]
    total_s = 0.0
    for name, st in state.get("stages", {}).items():
        secs = float(st.get("seconds") or 0)
        total_s += secs
        t.add_row(
            name,
            st.get("kind", ""),
            st.get("status", ""),
            _n(st.get("rows_in")),
            _n(st.get("rows_out")),
            f"{secs:.1f}",
        )
    t.add_section()
    done = sum(1 for s in state.get("stages", {}).values() if s.get("status") == "complete")
    t.add_row(
        "total", "", f"{done}/{len(state.get('stages', {}))} complete", "", "", f"{total_s:.1f}"
    )
    console.print(t)


def _n(v: Any) -> str:
    return f"{v:,}" if isinstance(v, int) else ""
