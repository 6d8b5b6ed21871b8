"""Map raw source rows to canonical rows; quarantine what cannot be used, with a reason.

Canonical columns: `id` (stable hash of the source row's content and sample index),
`prompt_id` (hash of prompt and reference), `source_row`, `prompt` (string, or chat messages
as a list of {role, content}), `reference` (string; structured references are JSON text),
`completion` and `sample_index` when completions are given (a list-valued completion column
is exploded to one row per sample; a flat row takes a mapped `sample_index` column's value,
else 0 and `curate.grouping` numbers the prompt's rows in source order), plus any mapped `domain`, `finish_reason`, `system` and
every other source column unchanged.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import polars as pl

from curate.errors import SourceError
from curate.hashing import stable_hash
from curate.quarantine import extra_columns, safe_text
from curate.recipe import CANONICAL_COLUMNS, Recipe, SourceConfig
from curate.source import Bad, RawBatch

SOURCE_STAGE = "source"
# columns the stages write: a source that already has them (e.g. another run's output) keeps
# them as `source_<name>`, so this run's judges and filters start clean
RESERVED = frozenset(
    {
        "verdict",
        "score",
        "pred_answer",
        "judge",
        "judge_reason",
        "n_samples",
        "n_correct",
        "pass_rate",
        "dropped_by",
        "reason",
    }
)
CHAT = pl.List(pl.Struct({"role": pl.Utf8, "content": pl.Utf8}))


def prompt_id(prompt: Any, reference: Any) -> str:
    return stable_hash("p", prompt, reference)


@dataclass
class Canonical:
    rows: pl.DataFrame
    quarantined: pl.DataFrame
    reasons: Counter[str] = field(default_factory=Counter)
    source_rows: int = 0
    conflicts: Counter[str] = field(default_factory=Counter)
    """`type_conflict:<column>` → values of that extra column kept as JSON text."""


def needs_completion(recipe: Recipe) -> bool:
    """Whether the source must carry completions: only when judges will judge them and no
    `generate` section makes them. Prompt-only sets (RL prompts with references) need none."""
    return recipe.model.generate is None and bool(recipe.judges)


def resolve_columns(
    cfg: SourceConfig, available: list[str], *, need_completion: bool
) -> dict[str, str]:
    """Canonical -> source column; raises SourceError naming the available columns."""
    mapping: dict[str, str] = {}
    for canon in (*CANONICAL_COLUMNS, "sample_index"):  # a flat row's place among its samples
        src = cfg.columns.get(canon)
        if src is not None:
            if src not in available:
                raise SourceError(
                    f"source.columns.{canon}: column {src!r} is not in the source; "
                    f"available: {', '.join(available) or '(none)'}"
                )
            mapping[canon] = src
        elif canon in available:
            mapping[canon] = canon
    src = cfg.columns.get("messages") or (
        "messages" if "messages" in available and "prompt" not in mapping else None
    )
    if src is not None:
        if src not in available:
            raise SourceError(
                f"source.columns.messages: column {src!r} is not in the source; "
                f"available: {', '.join(available) or '(none)'}"
            )
        return {k: v for k, v in mapping.items() if k not in ("prompt", "completion")} | {
            "messages": src
        }
    if "prompt" not in mapping:
        raise SourceError(
            "source.columns.prompt: the source has no `prompt` column; map one, e.g. "
            f"columns: {{prompt: question}}; available: {', '.join(available) or '(none)'}"
        )
    if need_completion and "completion" not in mapping:
        raise SourceError(
            "source.columns.completion: no completions to judge and no `generate` section; map a "
            f"completion column or add `generate:`; available: {', '.join(available) or '(none)'}"
        )
    return mapping


SHAREGPT_ROLES = {
    "human": "user",
    "gpt": "assistant",
    "system": "system",
    "user": "user",
    "assistant": "assistant",
}


def split_messages(value: Any) -> tuple[list[dict[str, str]] | None, str | None, str | None]:
    """(prompt messages, last assistant reply, reason) of one conversation. Accepts
    `{role, content}` messages and ShareGPT `{from, value}` turns (human/gpt)."""
    if not isinstance(value, list) or not value:
        return None, None, "bad_messages"
    msgs: list[dict[str, str]] = []
    for m in value:
        if not isinstance(m, dict):
            return None, None, "bad_messages"
        role = m.get("role", m.get("from"))
        content = m.get("content", m.get("value"))
        if not isinstance(role, str) or not isinstance(content, str):
            return None, None, "bad_messages"
        msgs.append({"role": SHAREGPT_ROLES.get(role, role), "content": content})
    last = max((i for i, m in enumerate(msgs) if m["role"] == "assistant"), default=None)
    if last is None:
        return None, None, "no_assistant_turn"
    if not any(m["role"] == "user" for m in msgs[:last]):
        return None, None, "empty_prompt"
    return msgs[:last], msgs[last]["content"], None


def _check_prompt(p: Any) -> tuple[Any, str | None]:
    if p is None:
        return None, "null_prompt"
    if isinstance(p, str):
        return (p, None) if p.strip() else (None, "empty_prompt")
    if (
        isinstance(p, list)
        and p
        and all(
            isinstance(m, dict)
            and isinstance(m.get("role"), str)
            and isinstance(m.get("content"), str)
            for m in p
        )
    ):
        return [{"role": m["role"], "content": m["content"]} for m in p], None
    return None, "bad_prompt_type"


def _text(v: Any) -> str | None:
    if v is None or isinstance(v, str):
        return v
    if isinstance(v, bool | int | float):
        return str(v)
    return json.dumps(v, ensure_ascii=False, default=str)


def _raw_text(row: Any) -> str:
    return safe_text(
        json.dumps(row, ensure_ascii=False, default=str) if not isinstance(row, str) else row
    )


OPTIONAL_TEXT = ("domain", "finish_reason", "system")


def _columns(
    batch: RawBatch, mapping: dict[str, str]
) -> tuple[list[Any], dict[str, list[Any]], pl.DataFrame, int, Counter[str]]:
    """(records, canonical column values, the other source columns, row count, type conflicts
    of the other columns) of a batch."""
    if batch.frame is not None:
        frame = batch.frame
        col_vals = {canon: frame[src].to_list() for canon, src in mapping.items()}
        extra = frame.drop([c for c in set(mapping.values()) if c in frame.columns])
        return [None] * frame.height, col_vals, extra, frame.height, Counter()
    records = list(batch.rows or [])
    good = [r for r in records if isinstance(r, dict)]
    col_vals = {
        c: [r.get(src) if isinstance(r, dict) else None for r in records]
        for c, src in mapping.items()
    }
    others = [{k: v for k, v in r.items() if k not in mapping.values()} for r in good]
    extra, conflicts = extra_columns(others) if any(others) else (pl.DataFrame(), Counter())
    return records, col_vals, extra, len(records), conflicts


def _split_conversations(
    col_vals: dict[str, list[Any]], mapping: dict[str, str], n: int
) -> tuple[dict[str, str], list[str | None]]:
    """A conversation column becomes prompt (turns before the last reply) and completion;
    returns the new mapping and each row's reason (None when the split worked)."""
    if "messages" not in mapping:
        return mapping, [None] * n
    split = [split_messages(m) for m in col_vals.pop("messages")]
    col_vals["prompt"] = [p for p, _, _ in split]
    col_vals["completion"] = [c for _, c, _ in split]
    mapping = {k: v for k, v in mapping.items() if k != "messages"} | {
        "prompt": mapping["messages"],
        "completion": mapping["messages"],
    }
    return mapping, [w for _, _, w in split]


def _samples(comp: Any) -> tuple[list[Any], str | None]:
    """The completions of one source row (a string or a list of strings), or a reason."""
    if comp is None:
        return [None], "null_completion"
    if isinstance(comp, str):
        return [comp], None
    if isinstance(comp, list | tuple):
        samples = list(comp)
        if not samples:
            return samples, "no_completions"
        if not all(isinstance(c, str) for c in samples):
            return samples, "bad_completion_type"
        return samples, None
    return [None], "bad_completion_type"


def _sample_index(v: Any) -> tuple[int, str | None]:
    """A flat row's `sample_index` value: a non-negative integer (or its digits)."""
    if isinstance(v, str) and v.strip().isdigit():
        v = int(v)
    if isinstance(v, int) and not isinstance(v, bool) and v >= 0:
        return v, None
    if isinstance(v, float) and v.is_integer() and v >= 0:
        return int(v), None
    return 0, "bad_sample_index"


def _row_samples(col_vals: dict[str, list[Any]], i: int) -> tuple[list[Any], int, str | None]:
    """(completions, index of the first, reason) of row i; a flat row (one completion) takes
    its index from a mapped `sample_index` column."""
    comp = col_vals["completion"][i]
    samples, why = _samples(comp)
    if why is None and isinstance(comp, str) and "sample_index" in col_vals:
        first, why = _sample_index(col_vals["sample_index"][i])
        return samples, first, why
    return samples, 0, why


@dataclass
class _Quarantine:
    rows: list[int] = field(default_factory=list)
    raw: list[str] = field(default_factory=list)
    reason: list[str] = field(default_factory=list)
    reasons: Counter[str] = field(default_factory=Counter)

    def add(self, row: int, raw: str, reason: str) -> None:
        self.rows.append(row)
        self.raw.append(raw)
        self.reason.append(reason)
        self.reasons[reason] += 1

    def frame(self) -> pl.DataFrame:
        return pl.DataFrame(
            {
                "id": [stable_hash("q", r) for r in self.raw],
                "source_row": self.rows,
                "raw": self.raw,
                "dropped_by": [SOURCE_STAGE] * len(self.rows),
                "reason": self.reason,
            },
            schema={
                "id": pl.Utf8,
                "source_row": pl.Int64,
                "raw": pl.Utf8,
                "dropped_by": pl.Utf8,
                "reason": pl.Utf8,
            },
        )


def _rows_frame(
    out: dict[str, list[Any]], mapping: dict[str, str], *, chat: bool, has_completion: bool
) -> pl.DataFrame:
    if chat:  # one prompt dtype per batch: a plain string becomes one user message
        out["prompt"] = [
            [{"role": "user", "content": p}] if isinstance(p, str) else p for p in out["prompt"]
        ]
    schema: dict[str, Any] = {
        "id": pl.Utf8,
        "prompt_id": pl.Utf8,
        "source_row": pl.Int64,
        "prompt": CHAT if chat else pl.Utf8,
        "reference": pl.Utf8,
    }
    if has_completion:
        schema |= {"completion": pl.Utf8, "sample_index": pl.Int32}
    schema |= {c: pl.Utf8 for c in OPTIONAL_TEXT if c in mapping}
    return pl.DataFrame(out, schema=schema)


def _attach_extra(rows: pl.DataFrame, extra: pl.DataFrame, take: list[int]) -> pl.DataFrame:
    """Append the other source columns (row `take[i]` of `extra` for output row i)."""
    if not (extra.width and rows.height):
        return rows
    extra_rows = extra[take]
    clash = [c for c in extra_rows.columns if c in rows.columns or c in RESERVED]
    if clash:
        # a run of a run already has `source_<c>`: shift the older ones one level deeper
        renames: dict[str, str] = {}
        for c in clash:
            name = c
            while name in extra_rows.columns and name not in renames:
                renames[name] = name = f"source_{name}"
        extra_rows = extra_rows.rename(renames)
    return pl.concat([rows, extra_rows], how="horizontal")


def canonicalize(batch: RawBatch, cfg: SourceConfig, mapping: dict[str, str]) -> Canonical:
    """Canonical rows of one raw batch plus its quarantine (rows with `dropped_by`, `reason`)."""
    records, col_vals, extra, n, conflicts = _columns(batch, mapping)
    mapping, split_why = _split_conversations(col_vals, mapping, n)
    has_completion = "completion" in mapping
    keys = ["id", "prompt_id", "source_row", "prompt", "reference"]
    if has_completion:
        keys += ["completion", "sample_index"]
    keys += [c for c in OPTIONAL_TEXT if c in mapping]
    out: dict[str, list[Any]] = {k: [] for k in keys}
    take: list[int] = []  # index into `extra` for each output row
    q = _Quarantine()
    extra_i = -1
    chat = False
    for i in range(n):
        rec = records[i]
        if isinstance(rec, Bad):
            q.add(batch.offset + i, rec.raw, rec.reason)
            continue
        extra_i += 1
        prompt, why = _check_prompt(col_vals["prompt"][i])
        why = split_why[i] or why
        samples: list[Any] = [None]
        first = 0  # the first sample's index (a flat row: its `sample_index` column)
        if why is None and has_completion:
            samples, first, why = _row_samples(col_vals, i)
        if why is not None:
            raw = rec if rec is not None else {c: _text(col_vals[c][i]) for c in mapping}
            q.add(batch.offset + i, _raw_text(raw), why)
            continue
        chat = chat or isinstance(prompt, list)
        ref = _text(col_vals["reference"][i]) if "reference" in mapping else None
        pid = prompt_id(prompt, ref)
        for s, comp in enumerate(samples, start=first):
            out["id"].append(stable_hash("r", prompt, ref, comp, s if has_completion else None))
            out["prompt_id"].append(pid)
            out["source_row"].append(batch.offset + i)
            out["prompt"].append(prompt)
            out["reference"].append(ref)
            if has_completion:
                out["completion"].append(comp)
                out["sample_index"].append(s)
            for canon in OPTIONAL_TEXT:
                if canon in mapping:
                    val = col_vals[canon][i]
                    if (
                        canon == "finish_reason"
                        and isinstance(val, list | tuple)
                        and len(val) == len(samples)
                    ):
                        val = val[s]  # one finish reason per sample, exploded with the completions
                    out[canon].append(_text(val))
            take.append(extra_i)
    rows = _rows_frame(out, mapping, chat=chat, has_completion=has_completion)
    rows = _attach_extra(rows, extra, take)
    return Canonical(rows, q.frame(), q.reasons, n, conflicts)
