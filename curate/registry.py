"""Registries of plugins by name: filters, judges, backends.

Built-ins register themselves with a decorator when their module is imported; the registry
imports every module of its built-in package on first lookup, so adding a filter is one file.
Third parties add their own through the entry-point groups `curate.filters`, `curate.judges`,
`curate.backends` (value: `module:Class`).
"""

from __future__ import annotations

import difflib
import importlib
import pkgutil
from collections.abc import Callable, Iterator
from importlib.metadata import entry_points
from typing import Any, Generic, TypeVar

from curate.errors import UnknownPluginError

T = TypeVar("T")


class Registry(Generic[T]):
    """A name → class map that loads its built-in package and entry points lazily."""

    def __init__(self, kind: str, package: str, group: str) -> None:
        self.kind = kind  # "filter", "judge", "backend"
        self.package = package
        self.group = group
        self._items: dict[str, type[T]] = {}
        self._loaded = False

    def register(self, name: str) -> Callable[[type[T]], type[T]]:
        def deco(cls: type[T]) -> type[T]:
            existing = self._items.get(name)
            if existing is not None and existing is not cls:
                raise ValueError(f"{self.kind} {name!r} registered twice ({existing} and {cls})")
            self._items[name] = cls
            cls.name = name  # type: ignore[attr-defined]
            return cls

        return deco

    def _load(self) -> None:
        if self._loaded:
            return
        self._loaded = True
        pkg = importlib.import_module(self.package)
        for mod in pkgutil.iter_modules(pkg.__path__):
            if not mod.name.startswith("_"):
                importlib.import_module(f"{self.package}.{mod.name}")
        for ep in entry_points(group=self.group):
            if ep.name not in self._items:
                cls = ep.load()
                self.register(ep.name)(cls)

    def names(self) -> list[str]:
        self._load()
        return sorted(self._items)

    def get(self, name: str) -> type[T]:
        self._load()
        try:
            return self._items[name]
        except KeyError:
            raise UnknownPluginError(self.unknown_message(name)) from None

    def unknown_message(self, name: str) -> str:
        valid = self.names()
        close = difflib.get_close_matches(name, valid, n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        listed = ", ".join(valid) if valid else "(none installed)"
        return f"unknown {self.kind} {name!r}{hint}; valid {self.kind}s: {listed}"

    def __contains__(self, name: object) -> bool:
        self._load()
        return name in self._items

    def __iter__(self) -> Iterator[tuple[str, type[T]]]:
        self._load()
        return iter(sorted(self._items.items()))


def describe(cls: Any) -> str:
    """First line of a plugin's docstring."""
    doc = (cls.__doc__ or "").strip()
    return doc.splitlines()[0] if doc else ""


FILTERS: Registry[Any] = Registry("filter", "curate.filters", "curate.filters")
JUDGES: Registry[Any] = Registry("judge", "curate.judges", "curate.judges")
BACKENDS: Registry[Any] = Registry("backend", "curate.backends", "curate.backends")
