"""YAML for recipes, safe against hostile input.

- Aliases are limited: a document whose fully expanded size (every alias counted as a copy of
  what it points to) exceeds `MAX_NODES` is refused before anything walks it, so an alias bomb
  ("billion laughs") fails in milliseconds instead of hanging validation for minutes.
- A mapping with the same key twice is an error naming both lines (YAML's "last one wins"
  silently drops a setting).
- Recipes are UTF-8: other bytes are a one-line error naming the offset.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from yaml import MappingNode, Node, ScalarNode, SequenceNode

from curate.errors import RecipeError

MAX_NODES = 100_000
"""Most nodes a recipe may expand to (shipped recipes have a few hundred)."""
MAX_ALIASES = 1_000
"""Most alias uses (`*name`) in one document."""


class YamlProblem(ValueError):
    """A recipe that is not safe or not unambiguous YAML; `str()` is one line."""


def short(value: Any, limit: int = 60) -> str:
    """`repr` of a value cut to `limit` characters (never walks more than it prints)."""
    if isinstance(value, dict | list | tuple | set):
        text = f"<{type(value).__name__} of {len(value)} items>"
    else:
        text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


class _Loader(yaml.SafeLoader):
    """SafeLoader that refuses duplicate keys (with line numbers)."""

    def construct_mapping(self, node: MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: dict[Any, int] = {}
        for key_node, _ in node.value:  # the node's own keys (`<<: *base` may be overridden)
            if not isinstance(key_node, ScalarNode) or key_node.tag == "tag:yaml.org,2002:merge":
                continue
            key = self.construct_object(key_node, deep=deep)
            try:
                hash(key)
            except TypeError:
                continue
            line = key_node.start_mark.line + 1
            if key in seen:
                raise YamlProblem(
                    f"duplicate key {short(key)} at line {line} (first at line {seen[key]}); "
                    "YAML would keep only the last one: remove one of them"
                )
            seen[key] = line
        return super().construct_mapping(node, deep=deep)


def _expanded_size(root: Node) -> int:
    """Nodes of the document with every alias expanded (memoised per node: linear time)."""
    memo: dict[int, int] = {}

    def size(node: Node, depth: int) -> int:
        if depth > 200:
            raise YamlProblem("nesting deeper than 200 levels")
        key = id(node)
        if key in memo:
            return memo[key]
        memo[key] = MAX_NODES + 1  # a node reached again while being sized: a cycle
        total = 1
        if isinstance(node, SequenceNode):
            for child in node.value:
                total += size(child, depth + 1)
                if total > MAX_NODES:
                    break
        elif isinstance(node, MappingNode):
            for k, v in node.value:
                total += size(k, depth + 1) + size(v, depth + 1)
                if total > MAX_NODES:
                    break
        memo[key] = total
        return total

    return size(root, 0)


def _count_aliases(text: str) -> int:
    n = 0
    for event in yaml.parse(text, Loader=yaml.SafeLoader):
        if isinstance(event, yaml.AliasEvent):
            n += 1
            if n > MAX_ALIASES:
                break
    return n


def load(text: str) -> Any:
    """Parse one YAML document safely. Raises `yaml.YAMLError` (syntax) or `YamlProblem`."""
    if "*" in text and _count_aliases(text) > MAX_ALIASES:
        raise YamlProblem(f"more than {MAX_ALIASES} aliases (*name); write the values out")
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        if "*" in text and _expanded_size(node) > MAX_NODES:
            raise YamlProblem(
                f"aliases expand to more than {MAX_NODES:,} values (an alias bomb?); "
                "write the values out or use fewer nested aliases"
            )
        return loader.construct_document(node)
    finally:
        loader.dispose()


def read_text(path: Path) -> str:
    """A recipe file's text; one-line `YamlProblem` unless it is UTF-8."""
    data = path.read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise YamlProblem(
            f"not UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "save the recipe as UTF-8"
        ) from None
    return text.removeprefix("\ufeff")


def parse_yaml(text: str, source: str = "<recipe>") -> Any:
    try:
        return load(text)
    except YamlProblem as exc:
        raise RecipeError(str(exc), source) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc)
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        raise RecipeError(f"malformed YAML at {where}{problem}", source) from None


def read_recipe_text(path: Path, label: str) -> str:
    """A recipe file's text: UTF-8, readable, or a one-line `RecipeError`."""
    try:
        return read_text(path)
    except YamlProblem as exc:
        raise RecipeError(str(exc), label) from None
    except OSError as exc:
        raise RecipeError(f"cannot read the recipe: {exc.strerror or exc}", label) from None
