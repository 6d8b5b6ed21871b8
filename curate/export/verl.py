"""`verl`: verl's RL dataset layout, one row per prompt.

OUT/{split}.parquet with, as in verl's `examples/data_preprocess` scripts:
- `data_source`: names the dataset (verl's default reward picks a scorer by it);
- `prompt`: chat messages (verl applies the chat template with a generation prompt);
- `ability`: the task family (`math`, `code`, …: the run's `domain`, else the reward type);
- `reward_model`: `{style: "rule", ground_truth: reference}`;
- `extra_info`: `{split, index, prompt_id, reward_type}` (passed to the reward function).
To score with curate's judges: `custom_reward_function.path=pkg://curate.train.rewards`
(or the path of that file), `custom_reward_function.name=verl_compute_score`.

Validated with `datasets.load_dataset("parquet")` (what verl's RLHFDataset uses), the keys and
types verl reads, and (with `--tokenizer`) a render of the prompt with a generation prompt.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

import polars as pl
from pydantic import Field

from curate.export import register
from curate.export._base import (
    Exporter,
    ExportParams,
    ExportResult,
    RunSource,
    loader_usage,
    write_parquet,
)
from curate.export._rows import prompt_rows
from curate.export._validate import Checker
from curate.export.trl_grpo import check_reward_types


class VerlParams(ExportParams):
    data_source: str | None = Field(default=None, min_length=1)
    """`data_source` of every row; default: the recipe's source dataset (or file stem)."""
    ability: str | None = Field(default=None, min_length=1)
    """`ability` of every row; default: the row's `domain`, else its reward type."""
    reward_type: str | None = Field(default=None, min_length=1)
    """Judge name for `extra_info.reward_type` (default: `domain`, else the recipe's first judge)."""
    style: str = "rule"
    """`reward_model.style` (verl's rule-based scorers use `rule`)."""


@register("verl")
class VerlExporter(Exporter[VerlParams]):
    """verl RL parquet: data_source, chat prompt, ability, reward_model, extra_info."""

    Params: ClassVar[type[VerlParams]] = VerlParams
    unit = "prompt"

    def planned_files(self, source: RunSource) -> list[str]:
        return [f"{self.params.split}.parquet"]

    def rows(self, source: RunSource, result: ExportResult) -> pl.DataFrame:
        return prompt_rows(
            source, self.params, result, require_reference=True, reward_type=self.params.reward_type
        )

    def to_target(self, rows: pl.DataFrame, source: RunSource) -> pl.DataFrame:
        ds = self.params.data_source or source.source_name or self.dataset_name(source)
        if self.params.ability:
            ability = pl.lit(self.params.ability)
        elif "domain" in rows.columns:
            ability = pl.coalesce(pl.col("domain").cast(pl.Utf8), pl.col("reward_type"))
        else:
            ability = pl.col("reward_type")
        info = [
            pl.lit(self.params.split).alias("split"),
            pl.int_range(pl.len(), dtype=pl.Int64).alias("index"),
            pl.col("prompt_id").cast(pl.Utf8)
            if "prompt_id" in rows.columns
            else pl.lit(None, pl.Utf8).alias("prompt_id"),
            pl.col("reward_type"),
        ]
        info += [pl.col(c) for c in ("pass_rate",) if c in rows.columns]
        info += [
            pl.col(c)
            for c in self.params.keep_columns
            if c in rows.columns and c not in ("pass_rate", "prompt_id", "reward_type")
        ]
        return rows.select(
            pl.lit(ds).alias("data_source"),
            pl.col("_prompt").alias("prompt"),
            ability.alias("ability"),
            pl.struct(
                pl.lit(self.params.style).alias("style"),
                pl.col("reference").alias("ground_truth"),
            ).alias("reward_model"),
            pl.struct(info).alias("extra_info"),
        )

    def write(self, frame: pl.DataFrame, out: Path, source: RunSource) -> list[Path]:
        path = out / f"{self.params.split}.parquet"
        write_parquet(frame, path)
        return [path]

    def validate(self, out: Path, check: Checker, result: ExportResult) -> None:
        path = out / f"{self.params.split}.parquet"
        ds = check.load("parquet", [path], path.name)
        check.expect_rows(ds, result.rows_out, path.name)
        check.expect_columns(
            ds, ["data_source", "prompt", "ability", "reward_model", "extra_info"], path.name
        )
        sample = check.sample(ds)
        for i, row in enumerate(sample):
            check.check_messages(row["prompt"], f"row {i}.prompt", last="user")
            rm = row["reward_model"]
            if (
                not isinstance(rm, dict)
                or not isinstance(rm.get("ground_truth"), str)
                or not rm["ground_truth"].strip()
            ):
                check.fail(
                    f"row {i}.reward_model: expected {{style, ground_truth}} with a non-empty ground_truth"
                )
            if not isinstance(row["data_source"], str) or not isinstance(row["ability"], str):
                check.fail(f"row {i}: data_source and ability must be strings")
            if not isinstance(row["extra_info"], dict) or "index" not in row["extra_info"]:
                check.fail(f"row {i}.extra_info: expected a mapping with `index`")
        check.ok(f"rows have verl's keys and types ({len(sample)} rows)")
        check.generation_prompts([row["prompt"] for row in sample])
        check_reward_types(check, list({r["extra_info"]["reward_type"] for r in sample}))

    def usage(self, out: Path, source: RunSource) -> str:
        split = self.params.split
        code = (
            "from omegaconf import OmegaConf\n"
            "from verl.utils.dataset.rl_dataset import RLHFDataset, collate_fn\n"
            "from verl.utils.import_utils import load_extern_object\n"
            'config = OmegaConf.create({"prompt_key": "prompt", "max_prompt_length": 4096})\n'
            f'ds = RLHFDataset(data_files=["{split}.parquet"], tokenizer=tok, config=config)\n'
            "batch = collate_fn([ds[i] for i in range(min(2, len(ds)))])\n"
            'score = load_extern_object("pkg://curate.train.rewards", "verl_compute_score")\n'
            'truth, info = batch["reward_model"][0]["ground_truth"], batch["extra_info"][0]\n'
            'print(len(ds), score(batch["data_source"][0], "\\\\boxed{" + truth + "}", truth, info))'
        )
        train = (
            f"python -m verl.trainer.main_ppo data.train_files={split}.parquet "
            "data.prompt_key=prompt actor_rollout_ref.model.path=MODEL \\\n"
            "  custom_reward_function.path=pkg://curate.train.rewards "
            "custom_reward_function.name=verl_compute_score"
        )
        return loader_usage(code, train, self.tokenizer_name)
