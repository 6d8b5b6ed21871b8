"""OpenRLHF: JSON lines for its three dataset classes, keys set by its flags.

- `openrlhf` (PromptDataset; PPO/REINFORCE++/GRPO): OUT/{split}.jsonl, one prompt a line, with
  `input` (chat messages for `--apply_chat_template`, or the question with `input_format: text`),
  `label` (handed to the reward function), `datasource` (OpenRLHF's per-source metrics; without
  the key it says `default`), `prompt_id` and `reward_type`. OpenRLHF hands the reward function
  only queries, prompts and labels, so where the rows are not all judged by the reward's default
  judge (mixed-domain sets), the label is the JSON text `{"reference": ..., "reward_type": ...}`
  that `curate.train.rewards.reward_func` reads (`label: text|json` forces one form).
- `openrlhf-sft` (SFTDataset): `input` (prompt messages) and `output` (the assistant message
  with the `<think>…</think>summary` trace), for `--input_key input --output_key output`.
- `openrlhf-pairs` (RewardDataset, for `train_rm` and `train_dpo`): `prompt`, `chosen`,
  `rejected` (assistant messages), `margin` with `--set margin=verdict|score`.

Validated with `datasets.load_dataset("json")` (OpenRLHF's loader), the keys and types its
classes read, and (with `--tokenizer`) renders through the chat template.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, ClassVar, Literal

import polars as pl
from pydantic import Field, model_validator

from curate.export import register
from curate.export._base import (
    Exporter,
    ExportParams,
    ExportResult,
    RunSource,
    loader_usage,
    write_jsonl,
)
from curate.export._rows import prompt_rows, prompt_text_expr
from curate.export._validate import Checker
from curate.export.trl_grpo import check_reward_types
from curate.export.trl_pref import _PrefExporter
from curate.export.trl_sft import assistant_rows

_STRATEGY = (
    "from types import SimpleNamespace as NS\n"
    "strategy = NS(args=NS(data=NS({keys}, apply_chat_template=True)), is_rank_0=lambda: True)\n"
)


def default_judge() -> str:
    """The judge the `accuracy` reward uses for a row that names none (`math`, else `exact`)."""
    from curate.registry import JUDGES

    return "math" if "math" in JUDGES else "exact"


class OpenRLHFParams(ExportParams):
    input_key: str = Field(default="input", min_length=1)
    """Key of the prompt (`--input_key`)."""
    label_key: str = Field(default="label", min_length=1)
    """Key of the reference (`--label_key`)."""
    input_format: Literal["chat", "text"] = "chat"
    """`chat`: messages, rendered by OpenRLHF with `--apply_chat_template`; `text`: the question."""
    reward_type: str | None = Field(default=None, min_length=1)
    """Judge name written to `reward_type` (default: `domain`, else the recipe's first judge)."""
    datasource: str | None = Field(default=None, min_length=1)
    """`datasource` of every row; default: the recipe's source dataset (or file stem)."""
    label: Literal["auto", "text", "json"] = "auto"
    """`text`: the reference; `json`: `{"reference", "reward_type"}` as JSON text; `auto`: json
    unless every row is judged by the reward's default judge."""

    @model_validator(mode="after")
    def _distinct(self) -> OpenRLHFParams:
        if self.input_key == self.label_key:
            raise ValueError("input_key and label_key must differ")
        return self


@register("openrlhf")
class OpenRLHFExporter(Exporter[OpenRLHFParams]):
    """OpenRLHF prompt data: JSON lines with input, label and datasource keys."""

    Params: ClassVar[type[OpenRLHFParams]] = OpenRLHFParams
    unit = "prompt"

    def planned_files(self, source: RunSource) -> list[str]:
        return [f"{self.params.split}.jsonl"]

    def rows(self, source: RunSource, result: ExportResult) -> pl.DataFrame:
        return prompt_rows(
            source, self.params, result, require_reference=True, reward_type=self.params.reward_type
        )

    def _json_labels(self, rows: pl.DataFrame) -> bool:
        if self.params.label != "auto":
            return self.params.label == "json"
        return set(rows["reward_type"].drop_nulls().unique().to_list()) - {default_judge()} != set()

    def to_target(self, rows: pl.DataFrame, source: RunSource) -> pl.DataFrame:
        p = self.params
        inp = pl.col("_prompt") if p.input_format == "chat" else prompt_text_expr()
        label = pl.col("reference")
        if self._json_labels(rows):
            label = pl.struct(pl.col("reference"), pl.col("reward_type")).struct.json_encode()
        ds = p.datasource or source.source_name or self.dataset_name(source)
        taken = (p.input_key, p.label_key, "datasource")
        extra = [c for c in p.keep_columns if c in rows.columns and c not in taken]
        meta = [c for c in ("prompt_id", "reward_type") if c in rows.columns and c not in extra]
        return rows.select(
            inp.alias(p.input_key),
            label.alias(p.label_key),
            pl.lit(ds).alias("datasource"),
            *meta,
            *extra,
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
        check.expect_columns(ds, [p.input_key, p.label_key, "datasource"], path.name)
        sample = check.sample(ds)
        types = []
        for i, row in enumerate(sample):
            if p.input_format == "chat":
                check.check_messages(row[p.input_key], f"row {i}.{p.input_key}", last="user")
            elif not isinstance(row[p.input_key], str) or not row[p.input_key].strip():
                check.fail(f"row {i}.{p.input_key}: expected a non-empty string")
            types.append(_label_type(check, row[p.label_key], f"row {i}.{p.label_key}"))
        check.ok(
            f"rows have `{p.input_key}`, `{p.label_key}` and `datasource` ({len(sample)} rows)"
        )
        check_reward_types(check, types)
        if p.input_format == "chat":
            check.generation_prompts([row[p.input_key] for row in sample])

    def usage(self, out: Path, source: RunSource) -> str:
        p = self.params
        chat = p.input_format == "chat"
        keys = f"input_key={p.input_key!r}, label_key={p.label_key!r}"
        code = (
            "from datasets import load_dataset\nfrom openrlhf.datasets import PromptDataset\n"
            + _STRATEGY.format(keys=keys).replace(
                ", apply_chat_template=True", "" if not chat else ", apply_chat_template=True"
            )
            + f'data = load_dataset("json", data_files="{p.split}.jsonl", split="train")\n'
            "ds = PromptDataset(data, tok, strategy)\n"
            "datasource, prompt, label, _ = ds[0]\n"
            "print(len(ds), datasource, repr(label))"
        )
        train = (
            f"python -m openrlhf.cli.train_ppo_ray --pretrain MODEL --prompt_data {p.split}.jsonl "
            f"--input_key {p.input_key} --label_key {p.label_key}"
            + (" --apply_chat_template" if chat else "")
            + " --remote_rm_url \"$(python -c 'import curate.train.rewards as r; print(r.__file__)')\""
        )
        return loader_usage(code, train, self.tokenizer_name)


def _label_type(check: Checker, label: Any, where: str) -> str | None:
    """The reward type a label carries (JSON labels), checking it is what the reward reads."""
    if not isinstance(label, str) or not label.strip():
        check.fail(f"{where}: expected a non-empty string")
    if not label.startswith("{") or '"reward_type"' not in label:
        return None
    try:
        value = json.loads(label)
    except ValueError:
        check.fail(f"{where}: not valid JSON: {label[:80]!r}")
    if not isinstance(value.get("reference"), str) or not value["reference"].strip():
        check.fail(f"{where}: the JSON label has no reference")
    return str(value["reward_type"]) if value.get("reward_type") else None


@register("openrlhf-sft")
class OpenRLHFSFTExporter(Exporter[ExportParams]):
    """OpenRLHF SFTDataset: JSON lines with input (prompt messages) and output (the answer)."""

    unit = "sample"

    def planned_files(self, source: RunSource) -> list[str]:
        return [f"{self.params.split}.jsonl"]

    def rows(self, source: RunSource, result: ExportResult) -> pl.DataFrame:
        return assistant_rows(source, self.params, result)

    def to_target(self, rows: pl.DataFrame, source: RunSource) -> pl.DataFrame:
        answer = pl.struct(pl.lit("assistant").alias("role"), pl.col("completion").alias("content"))
        rest = [c for c in rows.columns if c not in ("_prompt", "completion", "_n_tokens")]
        return rows.select(
            pl.col("_prompt").alias("input"), pl.concat_list(answer).alias("output"), *rest
        )

    def write(self, frame: pl.DataFrame, out: Path, source: RunSource) -> list[Path]:
        path = out / f"{self.params.split}.jsonl"
        write_jsonl(frame, path)
        return [path]

    def validate(self, out: Path, check: Checker, result: ExportResult) -> None:
        path = out / f"{self.params.split}.jsonl"
        ds = check.load("json", [path], path.name)
        check.expect_rows(ds, result.rows_out, path.name)
        check.expect_columns(ds, ["input", "output"], path.name)
        sample = check.sample(ds)
        for i, row in enumerate(sample):
            check.check_messages(row["input"], f"row {i}.input", last="user")
            check.check_messages(row["output"], f"row {i}.output", last="assistant")
        check.ok(
            f"input ends with the user turn, output is the assistant turn ({len(sample)} rows)"
        )
        check.template_keeps_think([[*row["input"], *row["output"]] for row in sample])

    def usage(self, out: Path, source: RunSource) -> str:
        split = self.params.split
        code = (
            "from datasets import load_dataset\nfrom openrlhf.datasets import SFTDataset\n"
            + _STRATEGY.format(keys="input_key='input', output_key='output'")
            + f'data = load_dataset("json", data_files="{split}.jsonl", split="train")\n'
            "ds = SFTDataset(data, tok, 4096, strategy, num_processors=1)\n"
            "print(len(ds), repr(ds.responses[0][:80]))"
        )
        train = (
            f"deepspeed --module openrlhf.cli.train_sft --pretrain MODEL --dataset {split}.jsonl "
            "--input_key input --output_key output --apply_chat_template"
        )
        return loader_usage(code, train, self.tokenizer_name)


@register("openrlhf-pairs")
class OpenRLHFPairsExporter(_PrefExporter):
    """OpenRLHF RewardDataset (train_rm, train_dpo): prompt, chosen and rejected messages."""

    tag = "reward-model"

    def planned_files(self, source: RunSource) -> list[str]:
        return [f"{self.params.split}.jsonl"]

    def write(self, frame: pl.DataFrame, out: Path, source: RunSource) -> list[Path]:
        path = out / f"{self.params.split}.jsonl"
        write_jsonl(frame, path)
        return [path]

    def _files(self, out: Path) -> tuple[str, list[Path]]:
        return "json", [out / f"{self.params.split}.jsonl"]

    def usage(self, out: Path, source: RunSource) -> str:
        split = self.params.split
        keys = "prompt_key='prompt', chosen_key='chosen', rejected_key='rejected'"
        code = (
            "from datasets import load_dataset\nfrom openrlhf.datasets import RewardDataset\n"
            + _STRATEGY.format(keys=keys)
            + f'data = load_dataset("json", data_files="{split}.jsonl", split="train")\n'
            "ds = RewardDataset(data, tok, 4096, strategy, num_processors=1)\n"
            "prompt, chosen, rejected, margin = ds.prompts[0], ds.chosens[0], ds.rejects[0], ds.extras[0]\n"
            "print(len(ds), margin, repr(chosen[:60]))"
        )
        train = (
            f"deepspeed --module openrlhf.cli.train_rm --pretrain MODEL --dataset {split}.jsonl "
            "--prompt_key prompt --chosen_key chosen --rejected_key rejected --apply_chat_template"
        )
        return loader_usage(code, train, self.tokenizer_name)

    def card_metadata(self, source: RunSource) -> dict[str, Any]:
        return {"tags": ["curate", "reasoning", "openrlhf", "preference", "reward-model"]}
