"""`curate show RUN`: example rows, kept or dropped, with their reasons."""

from __future__ import annotations

import json

import click

from curate.cli import friendly


def _clip(text: object, width: int) -> str:
    s = text if isinstance(text, str) else json.dumps(text, ensure_ascii=False, default=str)
    s = s.replace("\n", "⏎ ")
    return s if len(s) <= width else s[: width - 1] + "…"


HEAD = ("id", "prompt_id", "dropped_by", "reason", "verdict", "judge_reason", "pred_answer")


def _body(row: dict[str, object], width: int) -> list[str]:
    """Texts (the completion with its reason spans highlighted) and scalar measurements."""
    from rich.markup import escape

    from curate.spans import highlight_rich

    body = []
    spans = row.get("reason_spans") or []
    for k in ("prompt", "completion", "raw"):
        v = row.get(k)
        if v is None:
            continue
        if k == "completion" and spans and isinstance(v, str):
            body.append(f"[bold]{k}[/bold]: {highlight_rich(v, spans, width)}")  # type: ignore[arg-type]
        else:
            body.append(f"[bold]{k}[/bold]: {escape(_clip(v, width))}")
    measures = {
        k: v
        for k, v in row.items()
        if k not in ("prompt", "completion", "raw", *HEAD)
        and v is not None
        and not isinstance(v, list | dict)
    }
    body.append(
        "[dim]" + escape("  ".join(f"{k}={_clip(v, 30)}" for k, v in measures.items())) + "[/dim]"
    )
    return body


@click.command("show")
@click.argument("run_dir", type=click.Path(file_okay=False))
@click.option(
    "--dropped-by", help="Only rows dropped by this stage (a filter label, `source`, `select`, …)."
)
@click.option("--reason", help="Only rows with this reason code.")
@click.option("--kept", is_flag=True, help="Show kept rows instead of dropped ones.")
@click.option("-n", "n", default=5, show_default=True, help="How many rows.")
@click.option(
    "--width", default=300, show_default=True, help="Characters of each text field to show."
)
@click.option("--json", "as_json", is_flag=True, help="Rows as JSON lines, untruncated.")
@friendly
def command(
    run_dir: str,
    dropped_by: str | None,
    reason: str | None,
    kept: bool,
    n: int,
    width: int,
    as_json: bool,
) -> None:
    """Show example rows of the run in RUN_DIR (dropped rows by default)."""
    import polars as pl
    from rich.console import Console
    from rich.panel import Panel

    from curate.errors import CurateError
    from curate.store import open_run

    store = open_run(run_dir)
    df = store.read_kept() if kept else store.read_rejected()
    if df.height and not kept:
        if dropped_by:
            if dropped_by not in set(df["dropped_by"].unique().to_list()):
                valid = ", ".join(sorted(df["dropped_by"].unique().drop_nulls().to_list()))
                raise CurateError(
                    f"no rows dropped by {dropped_by!r}; stages that dropped rows: {valid}"
                )
            df = df.filter(pl.col("dropped_by") == dropped_by)
        if reason:
            df = df.filter(pl.col("reason") == reason)
    elif kept and (dropped_by or reason):
        raise CurateError("--dropped-by/--reason apply to dropped rows; drop --kept")
    total = df.height
    df = df.head(n)
    if as_json:
        for row in df.iter_rows(named=True):
            click.echo(
                json.dumps(
                    {k: v for k, v in row.items() if v is not None}, ensure_ascii=False, default=str
                )
            )
        return
    console = Console()
    what = "kept" if kept else "dropped"
    console.print(f"{total:,} {what} row(s) match; showing {df.height}")
    for row in df.iter_rows(named=True):
        head = "  ".join(
            f"{k}={_clip(row[k], 40)}"
            for k in ("dropped_by", "reason", "verdict", "judge_reason", "pred_answer")
            if row.get(k) is not None
        )
        body = _body(row, width)
        console.print(
            Panel(
                "\n".join(body), title=f"{row.get('id')}  {head}", title_align="left", expand=True
            )
        )
