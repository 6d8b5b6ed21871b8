"""`openrlhf`: OpenRLHF's prompt data for PPO/REINFORCE++/GRPO, one JSON line per prompt.

OUT/{split}.jsonl with `input` (chat messages for `--apply_chat_template`, or the question text
with `input_format: text`) and `label` (the reference, handed to the reward function), plus
`prompt_id` and `reward_type`. Key names follow `--input_key` / `--label_key`.

Validated with `datasets.load_dataset("json")` (OpenRLHF's loader), the keys and types, and (with
`--tokenizer`) a render of the chat input with a generation prompt.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar, Literal

import polars as pl
from pydantic import Field, model_validator

from curate.export import register
from curate.export._base import Exporter, ExportParams, ExportResult, RunSource, write_jsonl
from curate.export._rows import prompt_rows, prompt_text_expr
from curate.export._validate import Checker


class OpenRLHFParams(ExportParams):
    input_key: str = Field(default="input", min_length=1)
    """Key of the prompt (`--input_key`)."""
    label_key: str = Field(default="label", min_length=1)
    """Key of the reference (`--label_key`)."""
    input_format: Literal["chat", "text"] = "chat"
    """`chat`: messages, rendered by OpenRLHF with `--apply_chat_template`; `text`: the question."""
    reward_type: str | None = Field(default=None, min_length=1)
    """Judge name written to `reward_type` (default: `domain`, else the recipe's first judge)."""

    @model_validator(mode="after")
    def _distinct(self) -> OpenRLHFParams:
        if self.input_key == self.label_key:
            raise ValueError("input_key and label_key must differ")
        return self


@register("openrlhf")
class OpenRLHFExporter(Exporter[OpenRLHFParams]):
    """OpenRLHF prompt data: JSON lines with input and label keys."""

    Params: ClassVar[type[OpenRLHFParams]] = OpenRLHFParams
    unit = "prompt"

    def planned_files(self, source: RunSource) -> list[str]:
        return [f"{self.params.split}.jsonl"]

    def rows(self, source: RunSource, result: ExportResult) -> pl.DataFrame:
        return prompt_rows(
            source, self.params, result, require_reference=True, reward_type=self.params.reward_type
        )

    def to_target(self, rows: pl.DataFrame, source: RunSource) -> pl.DataFrame:
        p = self.params
        inp = pl.col("_prompt") if p.input_format == "chat" else prompt_text_expr()
        extra = [
            c for c in p.keep_columns if c in rows.columns and c not in (p.input_key, p.label_key)
        ]
        meta = [c for c in ("prompt_id", "reward_type") if c in rows.columns and c not in extra]
        return rows.select(
            inp.alias(p.input_key), pl.col("reference").alias(p.label_key), *meta, *extra
        )

    def write(self, frame: pl.DataFrame, out: Path, source: RunSource) -> list[Path]:
        path = out / f"{self.params.split}.jsonl"
        write_jsonl(frame, path)
        return [path]

    def validate(self, out: Path, check: Checker, result: ExportResult) -> None:
        p = self.params
        path = out / f"{p.split}.jsonl"
        ds = check.load("json", [path], path.name)
        check.expect_rows(ds, result.rows_out, path.name)
        check.expect_columns(ds, [p.input_key, p.label_key], path.name)
        sample = check.sample(ds)
        for i, row in enumerate(sample):
            if p.input_format == "chat":
                check.check_messages(row[p.input_key], f"row {i}.{p.input_key}", last="user")
            elif not isinstance(row[p.input_key], str) or not row[p.input_key].strip():
                check.fail(f"row {i}.{p.input_key}: expected a non-empty string")
            if not isinstance(row[p.label_key], str) or not row[p.label_key].strip():
                check.fail(f"row {i}.{p.label_key}: expected a non-empty string")
        check.ok(f"rows have `{p.input_key}` and `{p.label_key}` ({len(sample)} rows)")
        if p.input_format == "chat":
            check.generation_prompts([row[p.input_key] for row in sample])

    def usage(self, out: Path, source: RunSource) -> str:
        p = self.params
        chat = " --apply_chat_template" if p.input_format == "chat" else ""
        return (
            "```bash\npython -m openrlhf.cli.train_ppo_ray ... \\\n"
            f"  --prompt_data {out / (p.split + '.jsonl')} --input_key {p.input_key} "
            f"--label_key {p.label_key}{chat}\n```"
        )
