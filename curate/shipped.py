"""The recipes that ship inside the package (`curate.recipes`): found by name, listed.

`curate run quickstart` works from an empty folder of an installed package: a recipe argument
that is not an existing file and has no folder part is looked up here (`quickstart` or
`quickstart.yaml`). A path always wins over a shipped name.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

PACKAGE = "curate.recipes"


def recipes_dir() -> Path:
    """The folder of the shipped recipes (inside the installed package or the checkout)."""
    return Path(str(resources.files(PACKAGE)))


def shipped_recipes() -> dict[str, Path]:
    """Shipped recipe name → file, sorted by name."""
    folder = recipes_dir()
    return {p.stem: p for p in sorted(folder.glob("*.yaml"))}


def describe(path: Path) -> str:
    """A recipe's `description:` line (read without validating the recipe), or ''."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("description:"):
            return line.split(":", 1)[1].strip().strip("'\"")
    return ""


def resolve_recipe(arg: str | Path) -> Path:
    """`arg` as given when it is a file; else the shipped recipe of that name; else `arg`."""
    p = Path(arg)
    if p.exists() or len(p.parts) != 1:
        return p
    name = p.stem if p.suffix in (".yaml", ".yml") else p.name
    return shipped_recipes().get(name, p)


def _recipe_name(path: Path) -> tuple[str | None, str | None]:
    """(`name:`, `output: {dir:}` basename) of a recipe file, read without validating it."""
    from curate.errors import RecipeError
    from curate.safe_yaml import parse_yaml, read_recipe_text

    try:  # the recipes' own safe reader: a neighbour file may be anything
        raw = parse_yaml(read_recipe_text(path, str(path)), str(path))
    except RecipeError:
        return None, None
    if not isinstance(raw, dict):
        return None, None
    out = raw.get("output")
    out_dir = out.get("dir") if isinstance(out, dict) else None
    return (
        raw.get("name") if isinstance(raw.get("name"), str) else None,
        Path(out_dir).name if isinstance(out_dir, str) else None,
    )


def producer_hint(missing: Path, near: Path | None = None) -> str:
    """Which recipe writes the run folder `missing` (a chained recipe's input not made yet):
    a recipe beside the chained one, or a shipped one, whose name or output folder matches."""
    wanted = missing.name
    for folder in [f for f in (near, recipes_dir()) if f is not None]:
        for path in sorted(Path(folder).glob("*.y*ml")):
            if wanted in _recipe_name(path):
                return (
                    f"; it is the output of the recipe {path.name} (`curate run {path}`); the "
                    "whole R1 chain also runs as one pipeline: recipes/r1.yaml (toy: r1_tiny)"
                )
    return ""
