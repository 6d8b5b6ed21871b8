"""`curate train KIND`: thin wrappers over TRL trainers (the `[train]` extra).

Each trainer is a module of the `train` package exposing a click command named `command`
(`train/sft.py` → `curate train sft`). Modules import TRL/torch only inside the command.
"""

from __future__ import annotations

import importlib
import pkgutil

import click

TRAIN_PACKAGE = "curate.train"


class _TrainGroup(click.Group):
    def _modules(self) -> list[str]:
        train_pkg = importlib.import_module(TRAIN_PACKAGE)  # plugins are found by name
        return sorted(
            m.name for m in pkgutil.iter_modules(train_pkg.__path__) if not m.name.startswith("_")
        )

    def list_commands(self, ctx: click.Context) -> list[str]:
        return [
            name
            for name in self._modules()
            if hasattr(importlib.import_module(f"{TRAIN_PACKAGE}.{name}"), "command")
        ]

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self._modules():
            return None
        return getattr(importlib.import_module(f"{TRAIN_PACKAGE}.{cmd_name}"), "command", None)


@click.group("train", cls=_TrainGroup)
def command() -> None:
    """Train on a run or an export with TRL (sft, grpo, rm); rewards share the judges' code."""
