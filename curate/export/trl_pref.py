"""`trl-dpo` and `trl-reward`: TRL's conversational preference format, one row per pair.

OUT/data/{split}-*.parquet with `prompt` (chat messages), `chosen` and `rejected` (each one
assistant message holding the full `<think>…</think>summary` trace), `margin` with `--set
margin=verdict|score` (RewardTrainer subtracts it in the loss; DPOTrainer ignores it), and
`prompt_id`, `chosen_id`, `rejected_id`,
`source` for provenance. Pairs come from `RUN/pairs/` (the pairs stage) or, without one, from
verdicts (see `curate.export._pairs`).

Validated with `datasets.load_dataset`, TRL's `is_conversational`/`maybe_apply_chat_template`
on prompt+chosen+rejected, and (with `--tokenizer`) a render that must keep the reasoning of
both answers.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar, Literal

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
from curate.export._pairs import load_pairs
from curate.export._rows import blank, carry, chat_prompt_expr, drop_where, explicit_think_expr
from curate.export._validate import Checker
from curate.pairs.stage import with_margin

META = ("prompt_id", "chosen_id", "rejected_id", "source")


class PrefParams(ExportParams):
    pairs: Literal["auto", "pairs", "verdict"] = "auto"
    """Where pairs come from: `pairs` (RUN/pairs, the pairs stage), `verdict` (correct vs
    incorrect samples of a prompt), `auto` (the pairs folder when there is one)."""
    pairs_per_prompt: int = Field(default=4, ge=1)
    """Pairs built at export (no pairs folder): at most this many per prompt."""
    margin: Literal["none", "verdict", "score"] = "none"
    """`margin` column for reward-model training: `none` (no column, as `curate train rm`
    trains by default), `verdict` (the judges' gap on verdict pairs), `score` (each pair's stored
    gap); see `curate.pairs.stage.MARGINS`. DPO trainers ignore it."""


class _PrefExporter(Exporter[PrefParams]):
    Params: ClassVar[type[PrefParams]] = PrefParams
    unit = "pair"
    tag: ClassVar[str] = "dpo"

    def planned_files(self, source: RunSource) -> list[str]:
        return ["data"]

    def rows(self, source: RunSource, result: ExportResult) -> pl.DataFrame:
        pairs, origin = load_pairs(
            source, self.params.pairs, self.params.pairs_per_prompt, result.skipped, result.notes
        )
        result.notes["pairs_from"] = origin
        result.rows_in = pairs.height
        if pairs.height == 0:
            return pairs
        pairs = drop_where(
            pairs, blank("chosen") | blank("rejected"), "empty_answer", result.skipped
        )
        pairs = drop_where(
            pairs, pl.col("chosen") == pl.col("rejected"), "identical_pair", result.skipped
        )
        if "margin" not in pairs.columns:
            pairs = pairs.with_columns(pl.lit(None, pl.Float64).alias("margin"))
        extra = carry(pairs, self.params.keep_columns, result.notes)
        meta = [c for c in META if c in pairs.columns]
        return pairs.select(
            chat_prompt_expr(pairs.schema, self.params.system_prompt),
            explicit_think_expr("chosen"),
            explicit_think_expr("rejected"),
            pl.col("margin").cast(pl.Float64),
            *meta,
            *[c for c in extra if c not in (*meta, "margin", "chosen", "rejected", "prompt")],
        )

    def to_target(self, rows: pl.DataFrame, source: RunSource) -> pl.DataFrame:
        def turn(col: str) -> pl.Expr:
            return pl.concat_list(
                pl.struct(pl.lit("assistant").alias("role"), pl.col(col).alias("content"))
            ).alias(col)

        rest = [c for c in rows.columns if c not in ("_prompt", "chosen", "rejected", "_n_tokens")]
        out = rows.select(
            pl.col("_prompt").alias("prompt"), turn("chosen"), turn("rejected"), *rest
        )
        return with_margin(out, self.params.margin)

    def write(self, frame: pl.DataFrame, out: Path, source: RunSource) -> list[Path]:
        (out / "README.md").write_text(front_matter(self.card_metadata(source)), encoding="utf-8")
        return write_parquet_shards(frame, out / "data", self.params.split)

    def validate(self, out: Path, check: Checker, result: ExportResult) -> None:
        builder, files = self._files(out)
        ds = check.load(builder, files, ", ".join(str(f.relative_to(out)) for f in files[:3]))
        check.expect_rows(ds, result.rows_out, "the export")
        check.expect_columns(ds, ["prompt", "chosen", "rejected"], "the export")
        sample = check.sample(ds)
        for i, row in enumerate(sample):
            check.check_messages(row["prompt"], f"row {i}.prompt", last="user")
            for col in ("chosen", "rejected"):
                check.check_messages(row[col], f"row {i}.{col}", last="assistant")
            if row["chosen"] == row["rejected"]:
                check.fail(f"row {i}: chosen and rejected are the same")
        check.ok(f"prompt/chosen/rejected are chat messages ({len(sample)} rows)")
        check.trl_format(sample, ["prompt", "chosen", "rejected"], "preference")
        convs = [[*row["prompt"], *row[c]] for row in sample for c in ("chosen", "rejected")]
        check.template_keeps_think(convs)
        self._validate_extra(ds, check)

    def _files(self, out: Path) -> tuple[str, list[Path]]:
        """The `datasets` builder and the files the export wrote."""
        return "parquet", sorted((out / "data").glob(f"{self.params.split}-*.parquet"))

    def _validate_extra(self, ds: Any, check: Checker) -> None:
        if "margin" in ds.column_names:
            if any(m is None for m in ds["margin"]):
                check.fail("`margin` has nulls (reward trainers need a number on every row)")
            check.ok("`margin` is a number on every row")

    def card_metadata(self, source: RunSource) -> dict[str, Any]:
        return hub_metadata(self.params.split, tags=[self.tag, "trl", "preference"])


def pref_usage(exp: Exporter, train: str) -> str:
    """The card's snippet for TRL's preference formats: load, then TRL's chat-template step."""
    code = (
        "from datasets import load_dataset\nfrom trl.data_utils import maybe_apply_chat_template\n"
        f'ds = load_dataset("parquet", data_files="data/{exp.params.split}-*.parquet", split="train")\n'
        "row = maybe_apply_chat_template(ds[0], tok)\n"
        "print(ds.num_rows, sorted(row), row['chosen'][:80])"
    )
    return loader_usage(code, train, exp.tokenizer_name)


@register("trl-dpo")
class TrlDPOExporter(_PrefExporter):
    """TRL DPOTrainer: conversational prompt / chosen / rejected pairs."""

    tag = "dpo"

    def usage(self, out: Path, source: RunSource) -> str:
        return pref_usage(
            self, "trl dpo --model_name_or_path MODEL --dataset_name . --output_dir dpo"
        )


@register("trl-reward")
class TrlRewardExporter(_PrefExporter):
    """TRL RewardTrainer: prompt / chosen / rejected pairs (`margin` with --set margin=...)."""

    tag = "reward-model"

    def usage(self, out: Path, source: RunSource) -> str:
        margin = f" --set margin={self.params.margin}" if self.params.margin != "none" else ""
        return pref_usage(self, f"curate train rm --model MODEL --data .{margin}")
