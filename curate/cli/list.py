"""`curate list [filters|judges|backends|recipes]`: plugins with their parameters, shipped recipes."""

from __future__ import annotations

import json
from typing import Any

import click

from curate.cli import friendly


def _params(cls: type) -> list[dict[str, object]]:
    model = getattr(cls, "Params", None)
    out: list[dict[str, object]] = []
    if model is None:
        return out
    for name, f in model.model_fields.items():
        default = None if f.is_required() else f.get_default(call_default_factory=True)
        out.append({"name": name, "default": default, "doc": (f.description or "").strip()})
    return out


@click.command("list")
@click.argument(
    "kind", required=False, type=click.Choice(["filters", "judges", "backends", "recipes"])
)
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.option("-v", "--verbose", is_flag=True, help="Show parameters and defaults.")
@friendly
def command(kind: str | None, as_json: bool, verbose: bool) -> None:
    """List registered filters, judges and backends, and the shipped recipes."""
    from curate import shipped
    from curate.registry import BACKENDS, FILTERS, JUDGES, describe

    regs = {"filters": FILTERS, "judges": JUDGES, "backends": BACKENDS}
    kinds = [kind] if kind else [*regs, "recipes"]
    data: dict[str, list[dict[str, Any]]] = {
        k: [{"name": n, "doc": describe(c), "params": _params(c)} for n, c in regs[k]]
        for k in kinds
        if k in regs
    }
    if "recipes" in kinds:
        data["recipes"] = [
            {"name": n, "doc": shipped.describe(p), "path": str(p), "params": []}
            for n, p in shipped.shipped_recipes().items()
        ]
    if as_json:
        click.echo(json.dumps(data, indent=2, default=str))
        return
    for k in kinds:
        click.echo(f"{k}:")
        for item in data[k]:
            click.echo(f"  {item['name']:<18} {item['doc']}")
            if verbose:
                for p in item["params"]:
                    doc = f"  — {p['doc']}" if p["doc"] else ""
                    click.echo(f"      {p['name']} = {p['default']!r}{doc}")
