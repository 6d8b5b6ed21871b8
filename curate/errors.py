"""Typed errors. Library code raises these; only the CLI turns them into messages."""

from __future__ import annotations


class CurateError(Exception):
    """Base of every error curate raises on purpose (the CLI prints these as one line)."""


MAX_PROBLEM = 300
"""Longest line of a recipe problem (values are cut, never printed whole)."""


class RecipeError(CurateError):
    """The recipe is invalid: a list of `key.path: message` problems."""

    def __init__(self, problems: list[str] | str, source: str | None = None) -> None:
        self.problems = [
            p if len(p) <= MAX_PROBLEM else p[: MAX_PROBLEM - 3] + "..."  # hostile values
            for p in ([problems] if isinstance(problems, str) else list(problems))
        ]
        self.source = source
        head = f"{source}: " if source else ""
        if len(self.problems) == 1:
            msg = head + self.problems[0]
        else:
            msg = (
                head
                + f"{len(self.problems)} problems\n"
                + "\n".join(f"  {p}" for p in self.problems)
            )
        super().__init__(msg)


class UnknownPluginError(CurateError):
    """A filter, judge or backend name that no registry knows."""


class SourceError(CurateError):
    """The source cannot be read (missing file, unknown column, unreadable format)."""


class RunStoreError(CurateError):
    """The run directory cannot be used as asked (changed recipe without --force, corrupt manifest)."""


class StageError(CurateError):
    """A stage (judge, filter, select, backend) failed on a batch."""


class MissingDependencyError(CurateError):
    """An optional dependency is needed; the message gives the exact pip line."""

    def __init__(self, package: str, extra: str | None = None, why: str = "") -> None:
        line = f'pip install "curate[{extra}]"' if extra else f"pip install {package}"
        what = f" for {why}" if why else ""
        super().__init__(f"{package} is required{what}: {line}")
        self.package = package
        self.extra = extra
