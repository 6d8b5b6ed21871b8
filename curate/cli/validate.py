"""`curate validate RECIPE`: check a recipe (and its source's columns) without running it."""

from __future__ import annotations

from typing import Any

import click

from curate.cli import friendly


@click.command("validate")
@click.argument("recipe", type=click.Path(dir_okay=False))
@click.option(
    "--set", "overrides", multiple=True, metavar="KEY=VALUE", help="Override a recipe value."
)
@click.option("--no-source", is_flag=True, help="Do not open the source to check its columns.")
@friendly
def command(recipe: str, overrides: tuple[str, ...], no_source: bool) -> None:
    """Validate RECIPE (or every stage of a pipeline file): schema, plugin names and parameters,
    and the source's columns."""
    from curate.cli._flow import is_pipeline_target, validate_flow

    if is_pipeline_target(recipe):
        return validate_flow(recipe)
    from curate.canonical import needs_completion, resolve_columns
    from curate.errors import RecipeError, SourceError
    from curate.preflight import preflight
    from curate.recipe import load_recipe
    from curate.source import read_source

    rec = load_recipe(recipe, overrides=list(overrides))
    waiting = _inputs_not_made(rec)
    for line in waiting:
        click.echo(f"note: {line}")
    problems = preflight(rec)
    if problems:
        raise RecipeError(problems, recipe)
    no_source = no_source or bool(waiting)
    if not no_source and rec.model.mix is not None:  # a mix: its inputs must be finished runs
        from curate.mix.job import open_inputs

        stores = open_inputs(rec)
        click.echo(
            "mix inputs ok: " + ", ".join(f"{s.root} ({len(s.committed())} shards)" for s in stores)
        )
    elif not no_source:
        first = next(read_source(rec, batch_size=min(rec.model.run.batch_size, 1000)), None)
        if first is None or first.n == 0:
            raise SourceError("the source is empty")
        mapping = resolve_columns(
            rec.source, first.columns(), need_completion=needs_completion(rec)
        )
        cols = ", ".join(f"{k}←{v}" for k, v in mapping.items())
        click.echo(f"source ok: columns {cols}")
        from curate.grouping import describe

        click.echo(describe(rec, first, mapping))
    click.echo(
        f"recipe ok: {rec.name} — {len(rec.judges)} judge(s), {len(rec.filters)} filter(s), "
        f"fingerprint {rec.fingerprint()}, run dir {rec.run_dir()}"
    )


def _inputs_not_made(rec: Any) -> list[str]:
    """Runs a chained recipe reads (`source.run`, `mix.inputs`) that do not exist yet, each with
    the recipe that makes it: the recipe is valid, its input just comes later in the chain."""
    from curate.shipped import producer_hint

    src = rec.model.source
    wanted = [("source.run", src.run)] if src is not None and src.run else []
    if rec.model.mix is not None:
        wanted += [(f"mix.inputs[{i}].run", inp.run) for i, inp in enumerate(rec.model.mix.inputs)]
    out = []
    for key, run in wanted:
        path = rec.resolve_path(run)
        if not (path / "manifest.json").is_file():
            hint = producer_hint(path, rec.base_dir).lstrip("; ") or "make it first"
            out.append(f"{key}: {path} is not made yet — {hint}")
    return out
