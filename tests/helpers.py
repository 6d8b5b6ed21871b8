"""Small builders used by several test modules."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml


def write_jsonl(path: Path, rows: list[Any]) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n")
    return path


def write_recipe(dirpath: Path, recipe: dict[str, Any], name: str = "recipe.yaml") -> Path:
    p = dirpath / name
    p.write_text(yaml.safe_dump(recipe, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return p


def trace(reasoning: str, answer: str) -> str:
    return f"<think>\n{reasoning}\n</think>\n\nThe answer is $\\boxed{{{answer}}}$."
