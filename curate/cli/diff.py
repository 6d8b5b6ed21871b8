"""`curate diff RUN_A RUN_B`: what changed between two runs of the same source."""

from __future__ import annotations

import json
from typing import Any

import click

from curate.cli import friendly


def render_diff(d: dict[str, Any]) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    t = Table(title=f"A = {d['a']}   B = {d['b']}", title_justify="left")
    for col in ("stage", "in A", "in B", "dropped A", "dropped B", "Δ", "reasons A→B"):
        t.add_column(col, justify="left" if col in ("stage", "reasons A→B") else "right")
    for st in d["stages"]:
        a, b = st.get("a") or {}, st.get("b") or {}
        da, db = a.get("dropped"), b.get("dropped")
        t.add_row(
            st["name"],
            *("-" if v is None else f"{v:,}" for v in (a.get("rows_in"), b.get("rows_in"), da, db)),
            f"{(db or 0) - (da or 0):+,}",
            ", ".join(f"{k} {x:,}→{y:,}" for k, (x, y) in st["reasons"].items()),
        )
    console.print(t)
    ta, tb = d["totals"]["a"], d["totals"]["b"]
    console.print(
        f"kept {ta['rows_out']:,} → {tb['rows_out']:,}; samples only in A {d['only_in_a']:,}, "
        f"only in B {d['only_in_b']:,}"
    )
    for key, title in (
        ("kept_to_dropped", "kept in A, dropped in B"),
        ("dropped_to_kept", "dropped in A, kept in B"),
        ("reason_changed", "dropped in both, for another reason"),
        ("verdict_changed", "verdict changed"),
    ):
        part = d[key]
        console.print(f"[bold]{title}[/bold]: {part['n']:,}")
        for g in part["by"][:10]:
            what = " / ".join(str(v) for k, v in g.items() if k not in ("n", "ids"))
            console.print(f"  {what}: {g['n']:,}  e.g. {', '.join(map(str, g['ids'][:3]))}")


@click.command("diff")
@click.argument("run_a", type=click.Path(file_okay=False))
@click.argument("run_b", type=click.Path(file_okay=False))
@click.option("--json", "as_json", is_flag=True, help="The comparison as JSON.")
@click.option(
    "--html",
    "html",
    type=click.Path(dir_okay=False),
    help="Also write RUN_B's report with the comparison as a section to this file.",
)
@friendly
def command(run_a: str, run_b: str, as_json: bool, html: str | None) -> None:
    """Compare RUN_B with RUN_A: per stage counts, rows that moved between kept and dropped
    (with reasons), rows dropped for another reason, verdict changes (matched by id)."""
    from curate.diff import diff_runs

    d = diff_runs(run_a, run_b)
    if html:
        from curate.report_html import build_report

        with open(html, "w", encoding="utf-8") as fh:
            fh.write(build_report(run_b, compare=d))
    if as_json:
        click.echo(json.dumps(d, indent=2, ensure_ascii=False))
        return
    render_diff(d)
    if html:
        click.echo(f"report: {html}")
