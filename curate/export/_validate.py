"""Validation helpers: reload an export the way its trainer does, render it, count tokens.

- `Checker`: loads files with `datasets` (the loader TRL, verl, OpenRLHF and LLaMA-Factory all
  use), checks columns, row counts and message structure, runs TRL's own format helpers
  (`trl.data_utils.is_conversational` / `maybe_apply_chat_template`) and, with a tokenizer,
  renders samples through its chat template and asserts the `<think>` reasoning survives.
- `measure_lengths`: token lengths of the intermediate rows as the trainer would render them,
  with an optional drop of the rows over `--max-length`.

`datasets`, `transformers` and `trl` are imported only here, inside the functions.
"""

from __future__ import annotations

import contextlib
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import polars as pl

from curate.errors import MissingDependencyError
from curate.export._base import ExportParams, ExportResult, ExportValidationError, LengthReport
from curate.text import THINK_CLOSE, THINK_OPEN, split_trace

Messages = list[dict[str, Any]]
ROLES = {"system", "user", "assistant", "tool"}


def load_tokenizer(name: str) -> Any:
    try:
        from transformers import AutoTokenizer
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise MissingDependencyError("transformers", "train", "--tokenizer") from exc
    try:
        return AutoTokenizer.from_pretrained(name)
    except Exception as exc:
        raise ExportValidationError(
            f"--tokenizer {name}: cannot load it ({type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''})"
        ) from None


@contextlib.contextmanager
def _quiet_datasets() -> Iterator[Any]:
    try:
        import datasets
    except ImportError as exc:  # pragma: no cover - a core dependency
        raise MissingDependencyError("datasets") from exc
    was = datasets.is_progress_bar_enabled()
    datasets.disable_progress_bars()
    try:
        yield datasets
    finally:
        if was:
            datasets.enable_progress_bars()


def clean_message(m: dict[str, Any]) -> dict[str, Any]:
    """A message as a chat template should see it: keys with null values left out."""
    return {k: v for k, v in m.items() if v is not None}


def _probe(text: str) -> str:
    """A distinctive piece of a text to look for after rendering (its longest stripped line)."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    if not lines:
        return ""
    best = max(lines, key=len)
    return best[:80]


def render_conversation(tok: Any, messages: Messages, *, generation_prompt: bool = False) -> str:
    msgs = [clean_message(m) for m in messages]
    if getattr(tok, "chat_template", None):
        return str(
            tok.apply_chat_template(msgs, tokenize=False, add_generation_prompt=generation_prompt)
        )
    return "\n".join(str(m.get("content") or "") for m in msgs)


class Checker:
    """Collects what was checked (`result.checks`) and warnings; raises on a failed check."""

    def __init__(self, params: ExportParams, result: ExportResult, tokenizer: str | None) -> None:
        self.params = params
        self.result = result
        self.tokenizer_name = tokenizer
        self._tok: Any = None
        self._tmp = tempfile.TemporaryDirectory(prefix="curate-validate-")

    def close(self) -> None:
        self._tmp.cleanup()

    # --- bookkeeping ---------------------------------------------------------------------
    def ok(self, what: str) -> None:
        self.result.checks.append(what)

    def warn(self, what: str) -> None:
        self.result.warnings.append(what)

    def fail(self, what: str) -> None:
        raise ExportValidationError(f"validation of the {self.result.format} export failed: {what}")

    @property
    def tokenizer(self) -> Any:
        if self._tok is None and self.tokenizer_name:
            self._tok = load_tokenizer(self.tokenizer_name)
        return self._tok

    # --- loading -------------------------------------------------------------------------
    def load(self, builder: str, files: Sequence[Path], what: str) -> Any:
        """`datasets.load_dataset(builder, data_files=...)`, the loader the trainers use."""
        with _quiet_datasets() as datasets:
            try:
                ds = datasets.load_dataset(
                    builder,
                    data_files={self.params.split: [str(f) for f in files]},
                    split=self.params.split,
                    cache_dir=self._tmp.name,
                )
            except Exception as exc:
                self.fail(f"datasets.load_dataset({builder!r}) cannot read {what}: {exc}")
        self.ok(f"datasets.load_dataset({builder!r}) reads {what} ({ds.num_rows} rows)")
        return ds

    def load_dir(self, path: Path, what: str) -> Any:
        """`datasets.load_dataset(OUT)`: a folder in the Hub layout, as `load_dataset(REPO)` reads it."""
        with _quiet_datasets() as datasets:
            try:
                ds = datasets.load_dataset(
                    str(path), split=self.params.split, cache_dir=self._tmp.name
                )
            except Exception as exc:
                self.fail(f"datasets.load_dataset cannot read {what}: {exc}")
        self.ok(f"datasets.load_dataset reads {what} ({ds.num_rows} rows)")
        return ds

    def load_from_disk(self, path: Path) -> Any:
        with _quiet_datasets() as datasets:
            try:
                ds = datasets.load_from_disk(str(path))
            except Exception as exc:
                self.fail(f"datasets.load_from_disk cannot read {path}: {exc}")
        self.ok(f"datasets.load_from_disk reads {path.name}/")
        return ds

    def expect_rows(self, ds: Any, n: int, what: str) -> None:
        if ds.num_rows != n:
            self.fail(f"{what} has {ds.num_rows} rows, {n} were written")

    def expect_columns(self, ds: Any, cols: Sequence[str], what: str) -> None:
        missing = [c for c in cols if c not in ds.column_names]
        if missing:
            self.fail(f"{what} lacks the column(s) {missing}; it has {ds.column_names}")
        self.ok(f"{what} has the columns {list(cols)}")

    def sample(self, ds: Any) -> list[dict[str, Any]]:
        n = min(self.params.validate_rows, ds.num_rows)
        return [ds[i] for i in range(n)]

    # --- structure -----------------------------------------------------------------------
    def check_messages(self, msgs: Any, where: str, *, last: str | None = None) -> None:
        if not isinstance(msgs, list) or not msgs:
            self.fail(f"{where}: expected a non-empty list of messages, got {type(msgs).__name__}")
        for i, m in enumerate(msgs):
            if not isinstance(m, dict) or m.get("role") not in ROLES:
                self.fail(
                    f"{where}[{i}]: expected {{role, content}} with a role in {sorted(ROLES)}"
                )
            if not isinstance(m.get("content"), str):
                self.fail(f"{where}[{i}].content: expected a string, got {m.get('content')!r:.60}")
        if last is not None and msgs[-1].get("role") != last:
            self.fail(f"{where}: the last message should be {last!r}, got {msgs[-1].get('role')!r}")

    def trl_format(self, examples: list[dict[str, Any]], keys: Sequence[str], kind: str) -> None:
        """TRL's own helpers accept the rows: conversational, and (with a tokenizer) renderable."""
        try:
            from trl.data_utils import is_conversational, maybe_apply_chat_template
        except ImportError:
            self.warn(
                'trl is not installed: TRL format helpers not run (pip install "curate[train]")'
            )
            return
        for i, ex in enumerate(examples):
            sub = {k: ex[k] for k in keys}
            if not is_conversational(sub):
                self.fail(f"row {i}: trl.data_utils.is_conversational says no for {list(keys)}")
        self.ok(f"trl.data_utils.is_conversational accepts the {kind} rows")
        if self.tokenizer is None or not getattr(self.tokenizer, "chat_template", None):
            return
        for i, ex in enumerate(examples):
            sub = {k: [clean_message(m) for m in ex[k]] for k in keys}
            try:
                out = maybe_apply_chat_template(sub, self.tokenizer)
            except Exception as exc:
                self.fail(f"row {i}: trl maybe_apply_chat_template failed: {exc}")
            if not all(isinstance(v, str) for v in out.values()):
                self.fail(f"row {i}: maybe_apply_chat_template did not give text")
        self.ok(f"trl.data_utils.maybe_apply_chat_template renders {len(examples)} rows")

    # --- chat template -------------------------------------------------------------------
    def template_keeps_think(self, conversations: list[Messages]) -> None:
        """Render full conversations; the assistant's `<think>` and reasoning must survive."""
        tok = self.tokenizer
        if tok is None or self.params.template_check == "off":
            return
        if not getattr(tok, "chat_template", None):
            self.warn(
                f"--tokenizer {self.tokenizer_name} has no chat template: rendering not checked "
                "(the trainer will need one: set chat_template_path / a template)"
            )
            return
        checked, lost, field_ok = template_drops_think(tok, conversations)
        if not checked:
            return
        if not lost:
            self.ok(
                f"the chat template of {self.tokenizer_name} keeps <think> reasoning ({checked} rows)"
            )
            return
        fix = (
            "this template renders a `reasoning_content` field: export with `--set reasoning=field`"
            if field_ok
            else "train with a chat template that keeps assistant reasoning (TRL: "
            "`chat_template_path` in the SFT config; LLaMA-Factory: a reasoning template), "
            "or pass a --tokenizer whose template does"
        )
        msg = (
            f"the chat template of {self.tokenizer_name} drops the <think> reasoning of the "
            f"assistant turn in {len(lost)}/{checked} rendered rows (e.g. row {lost[0]}): the "
            f"model would be trained without its reasoning. Fix: {fix}"
        )
        if self.params.template_check == "fail":
            self.fail(msg + "; or --set template_check=warn to export anyway")
        self.warn(msg)

    def generation_prompts(self, prompts: list[Messages]) -> None:
        """Prompt-only rows render with a generation prompt; note a pre-filled `<think>`."""
        tok = self.tokenizer
        if tok is None or not getattr(tok, "chat_template", None):
            return
        prefilled = 0
        for i, p in enumerate(prompts):
            try:
                text = render_conversation(tok, p, generation_prompt=True)
            except Exception as exc:
                self.fail(f"row {i}: the chat template cannot render the prompt: {exc}")
            if text.rstrip().endswith(THINK_OPEN):
                prefilled += 1
        self.ok(f"the chat template of {self.tokenizer_name} renders {len(prompts)} prompts")
        if prefilled:
            self.warn(
                f"the chat template pre-fills {THINK_OPEN} in the generation prompt: completions "
                "start inside the reasoning (the `format` reward and the judges handle it)"
            )


def template_drops_think(tok: Any, conversations: list[Messages]) -> tuple[int, list[int], bool]:
    """Render each conversation whose last (assistant) turn has reasoning; return how many were
    checked, the indices whose reasoning (or inline `<think>`) is missing from the rendering,
    and whether rendering the reasoning as a `reasoning_content` field would keep it."""
    lost: list[int] = []
    checked = 0
    field_ok = True
    for i, conv in enumerate(conversations):
        last = conv[-1] if conv else {}
        answer = last.get("content") or ""
        if last.get("role") != "assistant":
            continue
        inline = not last.get("reasoning_content")
        if inline and THINK_CLOSE not in answer:
            continue
        trace = split_trace(answer)
        reasoning = trace.reasoning if inline else str(last["reasoning_content"])
        probe = _probe(reasoning)
        if not probe:
            continue
        checked += 1
        text = render_conversation(tok, conv)
        if probe in text and (not inline or THINK_OPEN in text):
            continue
        lost.append(i)
        if inline:
            alt = [
                *conv[:-1],
                {
                    "role": "assistant",
                    "content": trace.summary.strip(),
                    "reasoning_content": reasoning.strip(),
                },
            ]
            try:
                alt_text = render_conversation(tok, alt)
            except Exception:
                alt_text = ""
            field_ok = field_ok and probe in alt_text
        else:
            field_ok = False
    return checked, lost, field_ok


# --- token lengths -------------------------------------------------------------------------


def _texts(tok: Any, rows: pl.DataFrame) -> tuple[str, list[list[str]]]:
    """What the trainer tokenizes, per row (one text, or two for a pair)."""
    prompts = rows["_prompt"].to_list()
    if "chosen" in rows.columns and "rejected" in rows.columns:
        ch, rj = rows["chosen"].to_list(), rows["rejected"].to_list()
        return "prompt+chosen/rejected", [
            [
                render_conversation(tok, [*p, {"role": "assistant", "content": c or ""}]),
                render_conversation(tok, [*p, {"role": "assistant", "content": r or ""}]),
            ]
            for p, c, r in zip(prompts, ch, rj, strict=True)
        ]
    if "completion" in rows.columns:
        comps = rows["completion"].to_list()
        return "conversation", [
            [render_conversation(tok, [*p, {"role": "assistant", "content": c or ""}])]
            for p, c in zip(prompts, comps, strict=True)
        ]
    return "prompt", [[render_conversation(tok, p, generation_prompt=True)] for p in prompts]


def _quantiles(values: list[int]) -> dict[str, int]:
    if not values:
        return {}
    s = sorted(values)
    pick = {"p50": 0.5, "p90": 0.9, "p99": 0.99}
    return {k: s[min(len(s) - 1, int(q * len(s)))] for k, q in pick.items()}


def measure_lengths(
    rows: pl.DataFrame,
    tokenizer: str,
    max_length: int | None,
    *,
    drop: bool,
    batch_size: int = 256,
) -> tuple[pl.DataFrame, LengthReport]:
    """Token length of every row as rendered for training; drop the ones over `max_length`."""
    tok = load_tokenizer(tokenizer)
    what, texts = _texts(tok, rows)
    flat = [t for group in texts for t in group]
    lengths_flat: list[int] = []
    for start in range(0, len(flat), batch_size):
        enc = tok(flat[start : start + batch_size], add_special_tokens=False)["input_ids"]
        lengths_flat.extend(len(ids) for ids in enc)
    it = iter(lengths_flat)
    lengths = [max(next(it) for _ in group) for group in texts]
    report = LengthReport(tokenizer=tokenizer, max_length=max_length, what=what)
    report.count = len(lengths)
    report.quantiles = _quantiles(lengths)
    report.max = max(lengths) if lengths else 0
    series = pl.Series("_n_tokens", lengths, dtype=pl.Int64)
    rows = rows.with_columns(series)
    if max_length is not None:
        over = series > max_length
        report.over = int(over.sum())
        if drop and report.over:
            rows = rows.filter(~over)
            report.dropped = report.over
    return rows, report
