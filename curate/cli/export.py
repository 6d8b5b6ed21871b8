"""`curate export RUN --to FORMAT --out PATH`: hand a run to a trainer, validated, with a card."""

from __future__ import annotations

import json

import click

from curate.cli import friendly


@click.command("export")
@click.argument("run_dir", type=click.Path(file_okay=False))
@click.option(
    "--to",
    "to",
    required=True,
    metavar="FORMAT",
    help="hf, trl-sft, trl-grpo, trl-dpo, trl-reward, verl, openrlhf, openrlhf-sft, "
    "openrlhf-pairs, llamafactory, llamafactory-pairs.",
)
@click.option("--out", "out", required=True, type=click.Path(), help="Output folder.")
@click.option(
    "--tokenizer",
    help="Tokenizer (local path or name) to render the chat template and count tokens.",
)
@click.option(
    "--max-length", type=int, help="Report rows longer than N tokens (needs --tokenizer)."
)
@click.option("--drop-long", is_flag=True, help="Drop the rows longer than --max-length.")
@click.option(
    "--set",
    "overrides",
    multiple=True,
    metavar="KEY=VALUE",
    help="A format option, e.g. system_prompt='Think first.' or reasoning=field.",
)
@click.option("--overwrite", is_flag=True, help="Replace the files a previous export left in OUT.")
@click.option("--no-card", is_flag=True, help="Do not write the dataset card (README.md).")
@click.option(
    "--push-to-hub",
    "push_to_hub",
    metavar="REPO",
    help="Upload OUT (the files written and the card) to a Hub dataset repo.",
)
@click.option("--private", is_flag=True, help="With --push-to-hub: create a private repo.")
@click.option(
    "--allow-partial",
    is_flag=True,
    help="Export a run that is not complete (interrupted or failed): its committed shards.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
@friendly
def command(
    run_dir: str,
    to: str,
    out: str,
    tokenizer: str | None,
    max_length: int | None,
    drop_long: bool,
    overrides: tuple[str, ...],
    overwrite: bool,
    no_card: bool,
    push_to_hub: str | None,
    private: bool,
    allow_partial: bool,
    as_json: bool,
) -> None:
    """Export the kept rows of the run in RUN_DIR for a trainer (format options: --set)."""
    from curate.export import export

    result = export(
        run_dir,
        to,
        out,
        overrides=overrides,
        tokenizer=tokenizer,
        max_length=max_length,
        drop_long=drop_long,
        overwrite=overwrite,
        card=not no_card,
        push_to_hub=push_to_hub,
        private=private,
        allow_partial=allow_partial,
    )
    if as_json:
        click.echo(json.dumps(result.summary(), indent=2, ensure_ascii=False, default=str))
        return
    unit = {"sample": "samples", "prompt": "prompts", "pair": "pairs"}.get(result.unit, "rows")
    click.echo(f"exported {result.rows_out:,} {unit} to {result.out} ({result.format})")
    if result.skipped:
        click.echo("  skipped: " + ", ".join(f"{k} {v:,}" for k, v in result.skipped.most_common()))
    lr = result.length
    if lr is not None:
        over = f", {lr.over:,} over {lr.max_length:,}" if lr.max_length else ""
        dropped = f" ({lr.dropped:,} dropped)" if lr.dropped else ""
        qs = " ".join(f"{k}={v:,}" for k, v in lr.quantiles.items())
        click.echo(f"  tokens ({lr.what}): {qs} max={lr.max:,}{over}{dropped}")
    click.echo(f"  validated: {len(result.checks)} checks passed")
    for w in result.warnings:
        click.echo(f"  warning: {w}", err=True)
    if result.card is not None:
        click.echo(f"  card: {result.card}")
    if result.pushed_to:
        click.echo(f"  pushed to https://huggingface.co/datasets/{result.pushed_to}")
