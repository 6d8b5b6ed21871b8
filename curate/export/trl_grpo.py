"""`trl-grpo`: TRL's prompt-only format for GRPOTrainer (RL prompt sets), one row per prompt.

OUT/data/{split}-*.parquet with `prompt` (chat messages ending with the user turn),
`solution` (the reference: the judges read it as the label), `reward_type` (the judge the
`accuracy` reward uses for the row: from the run's `domain`, else the recipe's first judge),
`prompt_id` and, when the run has them, `pass_rate`, `n_samples`, `n_correct` (difficulty, for
curricula) and `domain`. TRL passes every column to the reward functions as keyword arguments.

Validated with `datasets.load_dataset`, TRL's `is_conversational`/`maybe_apply_chat_template`,
a render of the generation prompt (with `--tokenizer`) and a lookup of every `reward_type` in
the judge registry.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar

import polars as pl
from pydantic import Field

from curate.export import register
from curate.export._base import (
    Exporter,
    ExportParams,
    ExportResult,
    RunSource,
    front_matter,
    hub_metadata,
    loader_usage,
    write_parquet_shards,
)
from curate.export._rows import DOMAIN_JUDGES, prompt_rows
from curate.export._validate import Checker


class GRPOParams(ExportParams):
    reward_type: str | None = Field(default=None, min_length=1)
    """Judge name every row's `accuracy` reward uses (`math`, `code`, `choice`, `exact`, …);
    default: per row from the run's `domain`, else the recipe's first judge, else `math`."""
    require_reference: bool = True
    """Skip prompts without a reference (`no_reference`): accuracy cannot be rewarded on them."""


def check_reward_types(check: Checker, values: list[str | None]) -> None:
    """Every reward type must name a registered judge (else `accuracy` returns None there)."""
    from curate.registry import JUDGES

    unknown = sorted({v for v in values if v is not None and v not in JUDGES})
    if unknown:
        check.warn(
            f"reward_type {unknown} name no installed judge (installed: {', '.join(JUDGES.names())}; "
            f"domain aliases: {', '.join(sorted(DOMAIN_JUDGES))}): the accuracy reward returns "
            "None on those rows"
        )
    else:
        check.ok(f"every reward_type is a registered judge ({sorted({v for v in values if v})})")


@register("trl-grpo")
class TrlGRPOExporter(Exporter[GRPOParams]):
    """TRL GRPOTrainer: prompt-only rows with `solution` and `reward_type` for the rewards."""

    Params: ClassVar[type[GRPOParams]] = GRPOParams
    unit = "prompt"

    def planned_files(self, source: RunSource) -> list[str]:
        return ["data"]

    def rows(self, source: RunSource, result: ExportResult) -> pl.DataFrame:
        return prompt_rows(
            source,
            self.params,
            result,
            require_reference=self.params.require_reference,
            reward_type=self.params.reward_type,
        )

    def to_target(self, rows: pl.DataFrame, source: RunSource) -> pl.DataFrame:
        rest = [
            c for c in rows.columns if c not in ("_prompt", "reference", "reward_type", "_n_tokens")
        ]
        return rows.select(
            pl.col("_prompt").alias("prompt"),
            pl.col("reference").alias("solution"),
            "reward_type",
            *rest,
        )

    def write(self, frame: pl.DataFrame, out: Path, source: RunSource) -> list[Path]:
        (out / "README.md").write_text(front_matter(self.card_metadata(source)), encoding="utf-8")
        return write_parquet_shards(frame, out / "data", self.params.split)

    def validate(self, out: Path, check: Checker, result: ExportResult) -> None:
        shards = sorted((out / "data").glob(f"{self.params.split}-*.parquet"))
        ds = check.load("parquet", shards, "data/*.parquet")
        check.expect_rows(ds, result.rows_out, "the export")
        check.expect_columns(ds, ["prompt", "solution", "reward_type"], "the export")
        sample = check.sample(ds)
        for i, row in enumerate(sample):
            check.check_messages(row["prompt"], f"row {i}.prompt", last="user")
            if self.params.require_reference and not (row["solution"] or "").strip():
                check.fail(f"row {i}: empty solution")
        check.ok(f"prompts are chat messages ending with the user turn ({len(sample)} rows)")
        check.trl_format(sample, ["prompt"], "prompt-only")
        check.generation_prompts([row["prompt"] for row in sample])
        check_reward_types(check, ds.unique("reward_type"))

    def card_metadata(self, source: RunSource) -> dict[str, Any]:
        return hub_metadata(self.params.split, tags=["grpo", "trl", "rl"])

    def usage(self, out: Path, source: RunSource) -> str:
        code = (
            "from datasets import load_dataset\nfrom trl.data_utils import maybe_apply_chat_template\n"
            "from curate.train.rewards import build_rewards\n"
            f'ds = load_dataset("parquet", data_files="data/{self.params.split}-*.parquet", split="train")\n'
            'funcs, weights = build_rewards(["accuracy", {"format": {"weight": 0.2}}])\n'
            "row = ds[0]\n"
            "answer = [{'role': 'assistant', 'content': '<think>…</think> ' + row['solution']}]\n"
            "scores = funcs[0]([answer], solution=[row['solution']], reward_type=[row['reward_type']])\n"
            "print(ds.num_rows, maybe_apply_chat_template(row, tok)['prompt'][-80:], scores)"
        )
        return loader_usage(code, "curate train grpo --model MODEL --data .", self.tokenizer_name)
