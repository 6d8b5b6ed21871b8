"""What every exporter shares: the run it reads, its parameters, its result, its errors.

An exporter turns a run's kept rows into one trainer's dataset layout in three steps:

1. `rows(source, result)` → an *intermediate* frame with a chat prompt (`_prompt`, a list of
   {role, content}) and, depending on the format's `unit`, the assistant text (`completion`),
   the pair (`chosen`, `rejected`) or the label (`reference`), plus metadata columns. Rows it
   cannot use are counted in `result.skipped` by reason, never dropped silently.
2. `to_target(rows)` → the target's schema; `write(frame, out)` → the files.
3. `validate(out, check)` → reload the files with the target's own loader and conventions.

The token-length check runs on the intermediate frame (see `curate.export._validate`).
"""

from __future__ import annotations

import json
import os
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar

import polars as pl
from pydantic import Field

from curate.errors import CurateError
from curate.jsonable import json_default, json_ready
from curate.plugin import Params, Plugin
from curate.store import RunStore, open_run

if TYPE_CHECKING:
    from curate.export._validate import Checker

Unit = Literal["sample", "prompt", "pair", "row"]

DEFAULT_TOKENIZER = "Qwen/Qwen2.5-0.5B-Instruct"
"""The tokenizer a card's loader snippet names when the export was not given a Hub one."""


class ExportError(CurateError):
    """The export cannot be made as asked (bad option, nothing to export, files in the way)."""


class ExportValidationError(CurateError):
    """The written export does not load or render the way its trainer expects."""


class ExportParams(Params):
    """Options every format accepts (`curate export --set KEY=VALUE`)."""

    name: str | None = None
    """Dataset name (card title, LLaMA-Factory entry, default `data_source`); default: the recipe's name."""
    split: str = Field(default="train", pattern=r"^[A-Za-z0-9_.-]+$")
    """Split name the files are written and loaded under."""
    system_prompt: str | None = None
    """A system message put before prompts that have none (default: the run's `system` column
    where it has one, else none)."""
    keep_columns: list[str] = Field(default_factory=list)
    """Extra run columns carried into the export where the format has room (e.g. `pass_rate`)."""
    template_check: Literal["fail", "warn", "off"] = "fail"
    """With `--tokenizer`: what to do when its chat template drops the `<think>` reasoning of
    assistant turns (DeepSeek-R1/QwQ-style templates do): fail, warn, or skip the check."""
    validate_rows: int = Field(default=64, ge=1)
    """Rows rendered through the chat template during validation (all rows are reloaded)."""


@dataclass
class LengthReport:
    """Token lengths of the exported rows as the trainer would see them."""

    tokenizer: str
    max_length: int | None
    what: str  # "conversation", "prompt" or "prompt+chosen/rejected"
    count: int = 0
    over: int = 0
    dropped: int = 0
    quantiles: dict[str, int] = field(default_factory=dict)
    max: int = 0


@dataclass
class ExportResult:
    format: str
    out: Path
    rows_in: int = 0
    rows_out: int = 0
    unit: str = "sample"
    files: list[Path] = field(default_factory=list)
    skipped: Counter[str] = field(default_factory=Counter)
    length: LengthReport | None = None
    checks: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    notes: dict[str, Any] = field(default_factory=dict)
    card: Path | None = None
    pushed_to: str | None = None

    def summary(self) -> dict[str, Any]:
        """Plain data for `--json` and the card."""
        return {
            "format": self.format,
            "out": str(self.out),
            "unit": self.unit,
            "rows_in": self.rows_in,
            "rows_out": self.rows_out,
            "skipped": dict(self.skipped),
            "length": None if self.length is None else self.length.__dict__,
            "files": [str(p) for p in self.files],
            "checks": self.checks,
            "warnings": self.warnings,
            "notes": self.notes,
            "pushed_to": self.pushed_to,
        }


class RunSource:
    """A run directory, read lazily (kept rows, rejected rows, stats, manifest)."""

    def __init__(self, root: str | Path) -> None:
        self.root = Path(root)
        self.store: RunStore = open_run(self.root)

    @cached_property
    def manifest(self) -> dict[str, Any]:
        return self.store.manifest() or {}

    @cached_property
    def stats(self) -> dict[str, Any]:
        try:
            return self.store.stats()
        except (OSError, ValueError):
            return {}

    @cached_property
    def kept(self) -> pl.DataFrame:
        return self.store.read_kept()

    @cached_property
    def rejected(self) -> pl.DataFrame:
        return self.store.read_rejected()

    @property
    def recipe(self) -> dict[str, Any]:
        return dict(self.manifest.get("recipe") or {})

    @property
    def name(self) -> str:
        return str(self.manifest.get("recipe_name") or self.recipe.get("name") or self.root.name)

    @property
    def judge_names(self) -> list[str]:
        """Judge plugin names of the recipe, in cascade order."""
        out = []
        for item in self.recipe.get("judges") or []:
            if isinstance(item, str):
                out.append(item)
            elif isinstance(item, dict) and item:
                out.append(str(next(iter(item))))
        return out

    @property
    def source_name(self) -> str | None:
        src = self.recipe.get("source") or {}
        return src.get("dataset") or (Path(src["path"]).stem if src.get("path") else None)


EP = TypeVar("EP", bound=ExportParams)


class Exporter(Plugin[EP]):
    """Base class of the formats. Subclasses set `Params`, `unit`, and the four methods."""

    Params: ClassVar[type[Params]] = ExportParams
    unit: ClassVar[Unit] = "sample"
    summary: ClassVar[str] = ""

    out_dir: Path  # the final OUT folder (set by `export` before `write`)
    overwrite: bool = False
    tokenizer_name: str = DEFAULT_TOKENIZER  # named in the card's loader snippet

    def describe_format(self) -> str:
        """First line of the exporter's docstring."""
        doc = (type(self).__doc__ or "").strip()
        return doc.splitlines()[0] if doc else self.name

    def dataset_name(self, source: RunSource) -> str:
        return self.params.name or source.name

    def planned_files(self, source: RunSource) -> list[str]:
        """Paths (relative to OUT) this format writes; existing ones need `--overwrite`."""
        raise NotImplementedError

    def rows(self, source: RunSource, result: ExportResult) -> pl.DataFrame:
        raise NotImplementedError

    def to_target(self, rows: pl.DataFrame, source: RunSource) -> pl.DataFrame:
        raise NotImplementedError

    def write(self, frame: pl.DataFrame, out: Path, source: RunSource) -> list[Path]:
        raise NotImplementedError

    def validate(self, out: Path, check: Checker, result: ExportResult) -> None:
        raise NotImplementedError

    def finalize(self, out: Path, source: RunSource, result: ExportResult) -> None:
        """After validation, in the staging folder `out`, before it is published to OUT (e.g. merge
        a shared index file)."""

    def usage(self, out: Path, source: RunSource) -> str:
        """Markdown: how to load or train on the export (for the dataset card)."""
        return ""

    def card_metadata(self, source: RunSource) -> dict[str, Any]:
        """The card's YAML front matter (tags)."""
        return {}

    def hub_files(self, out: Path, result: ExportResult) -> list[str]:
        """Paths (relative to OUT, glob patterns allowed) uploaded by `--push-to-hub`."""
        return sorted({"README.md", *(str(p.relative_to(out)) for p in result.files)})

    def hub_token(self, repo: str, out: Path) -> str:
        return hub_token(repo, out)

    def push_to_hub(self, out: Path, repo: str, *, private: bool, result: ExportResult) -> None:
        push_folder(
            out, repo, self.hub_files(out, result), private=private, token=self.hub_token(repo, out)
        )
        result.pushed_to = repo


def write_jsonl(frame: pl.DataFrame, path: Path) -> None:
    """JSON lines with non-ASCII kept as is (polars escapes nothing; this is its writer)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    json_ready(frame).write_ndjson(path)


def write_json_records(records: list[dict[str, Any]], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(records, ensure_ascii=False, indent=1, default=json_default)
    path.write_text(text, encoding="utf-8")


def _standard_type(t: Any) -> Any:
    """An Arrow type with large/view strings and lists replaced by the standard ones that
    `datasets` maps to `Value("string")` / `List(...)` (the Hub's usual features)."""
    import pyarrow as pa

    if pa.types.is_large_string(t) or pa.types.is_string_view(t):
        return pa.string()
    if pa.types.is_large_binary(t) or pa.types.is_binary_view(t):
        return pa.binary()
    if pa.types.is_large_list(t) or pa.types.is_list_view(t) or pa.types.is_list(t):
        return pa.list_(_standard_type(t.value_type))
    if pa.types.is_struct(t):
        return pa.struct([pa.field(f.name, _standard_type(f.type), f.nullable) for f in t])
    return t


def to_arrow(frame: pl.DataFrame) -> Any:
    """The frame as an Arrow table with standard (not large) string and list types."""
    import pyarrow as pa

    table = frame.to_arrow()
    schema = pa.schema([pa.field(f.name, _standard_type(f.type), f.nullable) for f in table.schema])
    return table.cast(schema)


def loader_usage(code: str, train: str, tokenizer: str, *, needs_tokenizer: bool = True) -> str:
    """Markdown for the card: a Python snippet that loads the export with the trainer's own loader
    (run in the folder holding the card; `CURATE_TOKENIZER` names another tokenizer, e.g. a
    local one offline), then the training command (MODEL: your model)."""
    head = ""
    if needs_tokenizer:
        head = (
            "import os\nfrom transformers import AutoTokenizer\n"
            f'tok = AutoTokenizer.from_pretrained(os.environ.get("CURATE_TOKENIZER", {tokenizer!r}))\n'
        )
    text = (
        "Load it with the trainer's own loader, in the folder that holds this card:\n\n"
        f"```python\n{head}{code}\n```"
    )
    return text + (f"\n\nTrain (MODEL: your model):\n\n```bash\n{train}\n```" if train else "")


SHARD_BYTES = 256 << 20  # in-memory size of one parquet shard before compression


def write_parquet(frame: pl.DataFrame, path: Path) -> None:
    import pyarrow.parquet as pq

    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(to_arrow(frame), path, compression="zstd")


def write_parquet_shards(
    frame: pl.DataFrame, folder: Path, split: str, shard_bytes: int = SHARD_BYTES
) -> list[Path]:
    """`folder/{split}-00000-of-0000N.parquet`, the Hub's layout, each about `shard_bytes`."""
    per_row = max(1, int(frame.estimated_size()) // max(1, frame.height))
    rows = max(1, shard_bytes // per_row)
    n = max(1, -(-frame.height // rows))
    paths = []
    for i in range(n):
        p = folder / f"{split}-{i:05d}-of-{n:05d}.parquet"
        write_parquet(frame.slice(i * rows, rows), p)
        paths.append(p)
    return paths


def hub_metadata(split: str, *, tags: list[str] | None = None) -> dict[str, Any]:
    """Card front matter. No `configs` block: `data/{split}-0000i-of-0000n.parquet` is the
    layout `datasets` and the Hub find by default, and a `configs` block makes `datasets`
    (5.x) key its cache on the folder's name, so two exports to folders named alike would
    load each other's rows."""
    return {"tags": ["curate", "reasoning", *(tags or [])]}


def front_matter(meta: dict[str, Any]) -> str:
    import yaml

    if not meta:
        return ""
    return "---\n" + yaml.safe_dump(meta, sort_keys=False, allow_unicode=True) + "---\n"


# --- `--push-to-hub REPO`: any format's folder to a Hub dataset repo -------------------------


def hub_token(repo: str, out: Path) -> str:
    """The Hub token, or a one-line error when offline or logged out (checked before work)."""
    try:
        from huggingface_hub import constants, get_token
    except ImportError as exc:  # pragma: no cover - a dependency of datasets
        raise ExportError(
            "--push-to-hub needs huggingface_hub: pip install huggingface_hub"
        ) from exc
    offline = getattr(constants, "is_offline_mode", None)
    is_off = offline() if callable(offline) else bool(getattr(constants, "HF_HUB_OFFLINE", False))
    if is_off or os.environ.get("HF_HUB_OFFLINE", "").lower() in ("1", "true", "yes", "on"):
        raise ExportError(
            f"--push-to-hub {repo}: the Hugging Face Hub is offline (HF_HUB_OFFLINE is set); "
            f"unset it, or export without --push-to-hub and upload later with "
            f"`hf upload {repo} {out} --repo-type dataset`"
        )
    token = get_token()
    if not token:
        raise ExportError(
            f"--push-to-hub {repo}: no Hugging Face token; run `hf auth login` or set HF_TOKEN"
        )
    return str(token)


def push_folder(out: Path, repo: str, files: list[str], *, private: bool, token: str) -> None:
    """Create the dataset repo (if needed) and upload `files` (patterns relative to `out`)."""
    try:
        from huggingface_hub import HfApi

        api = HfApi(token=token)
        api.create_repo(repo, repo_type="dataset", private=private, exist_ok=True)
        api.upload_folder(
            folder_path=str(out),
            repo_id=repo,
            repo_type="dataset",
            allow_patterns=files,
            commit_message="curate export",
        )
    except Exception as exc:
        first = (str(exc).strip().splitlines() or [""])[0]
        raise ExportError(f"--push-to-hub {repo}: {type(exc).__name__}: {first}") from None
