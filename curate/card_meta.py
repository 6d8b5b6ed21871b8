"""The dataset card's Hub metadata (license, languages, task categories, size category) and the
scrubbing of local paths out of its text.

- license: the recipe's `license:`, else the source's: data shipped inside curate's own
  `recipes/` folder carries curate's license; a local dataset folder carries the `license:` of
  its README.md front matter (a Hub snapshot's card); else `unknown`.
- languages: the recipe's `mixed_language` targets plus the languages of the kept prompts
  (fastText on up to 500 prompts; a language counts from 5% of them).
- task categories from the export's unit; the Hub's size category from its row count.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

import polars as pl

if TYPE_CHECKING:
    from curate.export._base import Exporter, ExportResult, RunSource

LANG_SAMPLE = 500
LANG_MIN_SHARE = 0.05
TASKS = {
    "sample": ["text-generation"],
    "prompt": ["text-generation", "reinforcement-learning"],
    "pair": ["text-generation", "text-classification"],
    "row": ["text-generation"],
}
SIZES = [
    (1_000, "n<1K"),
    (10_000, "1K<n<10K"),
    (100_000, "10K<n<100K"),
    (1_000_000, "100K<n<1M"),
    (10_000_000, "1M<n<10M"),
    (100_000_000, "10M<n<100M"),
]
_FRONT = re.compile(r"\A---\n(.*?)\n---\n", re.S)
# an absolute local path of two parts or more (not `</think>`, not a URL's `//host/...`)
_ABS_PATH = re.compile(r"(?<![\w<>./:~-])(/(?:[^\s/`'\"|()\[\]{},;]+/)+[^\s/`'\"|()\[\]{},;]*)")


def size_category(n: int) -> str:
    for limit, label in SIZES:
        if n < limit:
            return label
    return "n>100M"


def _curate_license() -> str:
    from importlib.metadata import PackageNotFoundError, metadata

    try:
        meta = metadata("curate")
    except PackageNotFoundError:  # pragma: no cover - running from a bare checkout
        return "unknown"
    text = meta["License-Expression"] or meta["License"] or ""
    return text.strip().lower() or "unknown"


def _readme_license(folder: Path) -> str | None:
    import yaml

    readme = folder / "README.md"
    if not readme.is_file():
        return None
    m = _FRONT.match(readme.read_text(encoding="utf-8", errors="replace"))
    if not m:
        return None
    try:
        meta = yaml.safe_load(m.group(1)) or {}
    except yaml.YAMLError:
        return None
    lic = meta.get("license") if isinstance(meta, dict) else None
    if isinstance(lic, list):
        lic = lic[0] if lic else None
    return str(lic) if lic else None


def _shipped_dir() -> Path:
    """The folder of the `curate.recipes` package (the shipped recipes and their data)."""
    import importlib.util

    spec = importlib.util.find_spec("curate.recipes")
    if spec is None or not spec.submodule_search_locations:
        return Path("/nonexistent")
    return Path(next(iter(spec.submodule_search_locations))).resolve()


def source_license(source: RunSource) -> tuple[str, str]:
    """(license, where it comes from)."""
    recipe = source.recipe
    if recipe.get("license"):
        return str(recipe["license"]), "the recipe"
    src = recipe.get("source") or {}
    path = src.get("path")
    if path:
        shipped = _shipped_dir()
        if not Path(path).is_absolute():  # relative to the recipe's folder, not recorded
            if (shipped / f"{source.name}.yaml").is_file() and (shipped / path).exists():
                return _curate_license(), "curate's shipped data"
            return "unknown", "nowhere: set `license:` in the recipe"
        p = Path(path)
        if p.resolve().is_relative_to(shipped):
            return _curate_license(), "curate's shipped data"
        for folder in (p if p.is_dir() else p.parent, p.parent.parent):
            lic = _readme_license(folder)
            if lic:
                return lic, "the source's README.md"
    return "unknown", "nowhere: set `license:` in the recipe"


def _prompt_texts(kept: pl.DataFrame) -> list[Any]:
    if "prompt" not in kept.columns or kept.height == 0:
        return []
    frame = kept.unique("prompt_id", keep="first") if "prompt_id" in kept.columns else kept
    return frame["prompt"].head(LANG_SAMPLE).to_list()


def languages(source: RunSource) -> list[str]:
    """The recipe's `mixed_language` targets and the main languages of the kept prompts."""
    found: set[str] = set()
    for item in source.recipe.get("filters") or []:
        if isinstance(item, dict) and "mixed_language" in item:
            target = (item["mixed_language"] or {}).get("target")
            if isinstance(target, str) and target != "auto":
                found.add(target)
    prompts = _prompt_texts(source.kept)
    if prompts:
        from curate.lang.prompts import prompt_languages

        langs = [x for x in prompt_languages(prompts) if x]
        for lang in set(langs):
            if langs.count(lang) >= max(1, LANG_MIN_SHARE * len(prompts)):
                found.add(lang)
    return sorted(found)


def hub_front_matter(source: RunSource, result: ExportResult, exporter: Exporter) -> dict[str, Any]:
    """The card's YAML: the exporter's tags plus license, languages, tasks, size, name."""
    meta = dict(exporter.card_metadata(source))
    lic, _ = source_license(source)
    out: dict[str, Any] = {"pretty_name": exporter.dataset_name(source), "license": lic}
    langs = languages(source)
    if langs:
        out["language"] = langs
    out["task_categories"] = TASKS.get(result.unit, ["text-generation"])
    out["size_categories"] = [size_category(result.rows_out)]
    out.update(meta)
    return out


def scrub_paths(text: str, out: Path, run_root: Path) -> str:
    """The card's text with no local absolute path: OUT → `.`, the run → `runs/NAME`, any other
    absolute path → `…/NAME` (its last part)."""
    for p, repl in ((out, "."), (run_root, f"runs/{run_root.name}")):
        for form in {str(p.resolve()), str(p.absolute())}:
            text = text.replace(form + "/", repl + "/").replace(form, repl)
    return _ABS_PATH.sub(lambda m: "…/" + m.group(1).rstrip("/").rsplit("/", 1)[-1], text)
