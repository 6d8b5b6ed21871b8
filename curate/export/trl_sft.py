"""`trl-sft`: TRL's conversational language-modeling format, one row per kept sample.

OUT/data/{split}-*.parquet with `messages` = the prompt's messages (system first where one
applies) + `{"role": "assistant", "content": "<think>\\nreasoning</think>summary"}`, plus `id`,
`prompt_id` and any `keep_columns`. A completion whose `<think>` was pre-filled by the
generation template gets it written out, so the model learns to open its reasoning.
With `reasoning: field` the assistant message carries `content` = summary and
`reasoning_content` = reasoning instead (for chat templates that render that field, e.g. Qwen3).

Validated with `datasets.load_dataset`, `trl.data_utils.is_conversational` /
`maybe_apply_chat_template`, and (with `--tokenizer`) a render through the chat template that
must keep the reasoning.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar, Literal

import polars as pl

from curate.export import register
from curate.export._base import (
    Exporter,
    ExportError,
    ExportParams,
    ExportResult,
    RunSource,
    front_matter,
    hub_metadata,
    loader_usage,
    write_parquet_shards,
)
from curate.export._rows import blank, carry, chat_prompt_expr, drop_where, explicit_think_expr
from curate.export._validate import Checker
from curate.text import THINK_CLOSE, THINK_OPEN, reasoning_expr, summary_expr


class SFTParams(ExportParams):
    reasoning: Literal["inline", "field"] = "inline"
    """`inline`: `<think>reasoning</think>summary` in the assistant content (R1 SFT data);
    `field`: content = summary, `reasoning_content` = reasoning (templates that render it)."""


def assistant_rows(source: RunSource, params: ExportParams, result: ExportResult) -> pl.DataFrame:
    """Kept samples with a chat prompt and an explicit-`<think>` completion (shared by formats)."""
    kept = source.kept
    result.rows_in = kept.height
    if kept.height and "completion" not in kept.columns:
        raise ExportError(
            f"the run in {source.root} has no completions (a prompt-only run): export it "
            "--to trl-grpo, verl or openrlhf, or --to hf"
        )
    if kept.height == 0:
        return kept.with_columns(pl.lit(None, pl.Utf8).alias("_prompt"))
    rows = drop_where(kept, blank("completion"), "no_completion", result.skipped)
    extra = carry(rows, params.keep_columns, result.notes)
    meta = [c for c in ("id", "prompt_id") if c in rows.columns]
    return rows.select(
        chat_prompt_expr(rows.schema, params.system_prompt),
        explicit_think_expr("completion"),
        *meta,
        *[c for c in extra if c not in meta],
    )


@register("trl-sft")
class TrlSFTExporter(Exporter[SFTParams]):
    """TRL SFTTrainer: `messages` with the R1 trace in the assistant turn."""

    Params: ClassVar[type[SFTParams]] = SFTParams
    unit = "sample"

    def planned_files(self, source: RunSource) -> list[str]:
        return ["data"]

    def rows(self, source: RunSource, result: ExportResult) -> pl.DataFrame:
        rows = assistant_rows(source, self.params, result)
        if rows.height:
            n_think = int(rows["completion"].str.contains(THINK_CLOSE, literal=True).sum())
            result.notes["rows_with_think"] = n_think
        return rows

    def to_target(self, rows: pl.DataFrame, source: RunSource) -> pl.DataFrame:
        c = pl.col("completion")
        if self.params.reasoning == "inline":
            assistant = pl.struct(pl.lit("assistant").alias("role"), c.alias("content"))
            prompt = pl.col("_prompt")
        else:
            has = c.str.contains(THINK_CLOSE, literal=True)
            assistant = pl.struct(
                pl.lit("assistant").alias("role"),
                pl.when(has).then(summary_expr(c).str.strip_chars()).otherwise(c).alias("content"),
                pl.when(has)
                .then(reasoning_expr(c).str.strip_chars())
                .otherwise(None)
                .alias("reasoning_content"),
            )
            el = pl.element().struct
            prompt = pl.col("_prompt").list.eval(
                pl.struct(
                    el.field("role"),
                    el.field("content"),
                    pl.lit(None, pl.Utf8).alias("reasoning_content"),
                )
            )
        messages = pl.concat_list(prompt, pl.concat_list(assistant)).alias("messages")
        rest = [x for x in rows.columns if x not in ("_prompt", "completion", "_n_tokens")]
        return rows.select(messages, *rest)

    def write(self, frame: pl.DataFrame, out: Path, source: RunSource) -> list[Path]:
        (out / "README.md").write_text(front_matter(self.card_metadata(source)), encoding="utf-8")
        return write_parquet_shards(frame, out / "data", self.params.split)

    def validate(self, out: Path, check: Checker, result: ExportResult) -> None:
        shards = sorted((out / "data").glob(f"{self.params.split}-*.parquet"))
        ds = check.load("parquet", shards, "data/*.parquet")
        check.expect_rows(ds, result.rows_out, "the export")
        check.expect_columns(ds, ["messages"], "the export")
        sample = check.sample(ds)
        for i, row in enumerate(sample):
            check.check_messages(row["messages"], f"row {i}.messages", last="assistant")
        check.ok(f"messages end with the assistant turn ({len(sample)} rows)")
        if self.params.reasoning == "inline" and result.notes.get("rows_with_think"):
            lost = [
                i
                for i, row in enumerate(sample)
                if THINK_CLOSE in row["messages"][-1]["content"]
                and THINK_OPEN not in row["messages"][-1]["content"]
            ]
            if lost:
                check.fail(f"rows {lost[:5]} close </think> without opening it")
            check.ok("assistant turns carry <think>…</think> explicitly")
        check.trl_format(sample, ["messages"], "language-modeling")
        check.template_keeps_think([row["messages"] for row in sample])

    def card_metadata(self, source: RunSource) -> dict[str, Any]:
        return hub_metadata(self.params.split, tags=["sft", "trl"])

    def usage(self, out: Path, source: RunSource) -> str:
        code = (
            "from datasets import load_dataset\nfrom trl.data_utils import maybe_apply_chat_template\n"
            f'ds = load_dataset("parquet", data_files="data/{self.params.split}-*.parquet", split="train")\n'
            "print(ds.num_rows, maybe_apply_chat_template(ds[0], tok)['text'][-200:])"
        )
        return loader_usage(code, "curate train sft --model MODEL --data .", self.tokenizer_name)
