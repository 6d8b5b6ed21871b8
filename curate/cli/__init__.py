"""The `curate` command line. One command per module; library errors become one-line messages."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click
from polars.exceptions import PanicException

from curate import __version__
from curate.errors import CurateError

F = TypeVar("F", bound=Callable[..., Any])


def friendly(fn: F) -> F:
    """Turn curate's typed errors and environment `OSError`s into `error: …` on stderr with exit
    code 2 (never a traceback)."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except CurateError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(2)
        except OSError as exc:  # the environment (disk, permissions, a missing file): one line
            from curate.envfail import explain

            click.echo(f"error: {explain(exc)}", err=True)
            sys.exit(2)
        except PanicException as exc:  # a Rust panic inside polars (not an Exception): one line
            first = (str(exc).splitlines() or [""])[0][:300]
            click.echo(
                f"error: polars crashed ({first}); please report it with the recipe", err=True
            )
            sys.exit(2)

    return wrapper  # type: ignore[return-value]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="curate")
def main() -> None:
    """Build R1-style reasoning, rejection-sampling and reward datasets from YAML recipes."""
    _sigterm_as_interrupt()


def _raise_interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt(f"signal {signum}")


def _sigterm_as_interrupt() -> None:
    """SIGTERM (`kill`, a scheduler stopping a job, a container stopping) ends a command the way
    Ctrl-C does: workers stop, the manifest says `interrupted`, committed shards are kept for a
    resume. A SIGTERM that someone set to be ignored stays ignored."""
    import signal
    import threading

    if threading.current_thread() is threading.main_thread():
        if signal.getsignal(signal.SIGTERM) is signal.SIG_DFL:
            signal.signal(signal.SIGTERM, _raise_interrupt)


def _register() -> None:
    import importlib
    import pkgutil

    import curate.cli as pkg

    # one command per module of this package (run, validate, list, stats, show, export, train, …)
    for mod in sorted(pkgutil.iter_modules(pkg.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"curate.cli.{mod.name}")
        cmd = getattr(module, "command", None)
        if isinstance(cmd, click.Command):
            main.add_command(cmd)


_register()
