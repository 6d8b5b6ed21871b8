"""`hf`: the kept rows with every column, as a Hugging Face dataset.

OUT/data/{split}-0000i-of-0000n.parquet   the Hub layout (`load_dataset(OUT)` finds it by
                                          name; `--push-to-hub REPO` uploads it)
OUT/hf/                                   `DatasetDict.save_to_disk` (`load_from_disk(OUT/hf)`)
Validated by reading both back with `datasets` (same rows, same features, same first rows).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar

import polars as pl

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
from curate.export._rows import chat_prompt_expr
from curate.export._validate import Checker, _quiet_datasets
from curate.text import THINK_CLOSE, THINK_OPEN


@register("hf")
class HFExporter(Exporter[ExportParams]):
    """Every kept column as a Hugging Face dataset: parquet (Hub layout) and save_to_disk."""

    Params: ClassVar[type[ExportParams]] = ExportParams
    unit = "row"

    def planned_files(self, source: RunSource) -> list[str]:
        return ["data", "hf"]

    def rows(self, source: RunSource, result: ExportResult) -> pl.DataFrame:
        kept = source.kept
        result.rows_in = kept.height
        if kept.height == 0:
            return kept
        return kept.with_columns(chat_prompt_expr(kept.schema, self.params.system_prompt))

    def to_target(self, rows: pl.DataFrame, source: RunSource) -> pl.DataFrame:
        out = rows.drop([c for c in rows.columns if c.startswith("_") and c != "_n_tokens"])
        if "_n_tokens" in rows.columns:
            out = out.rename({"_n_tokens": "n_tokens"})
        return out

    def write(self, frame: pl.DataFrame, out: Path, source: RunSource) -> list[Path]:
        shards = write_parquet_shards(frame, out / "data", self.params.split)
        (out / "README.md").write_text(front_matter(self.card_metadata(source)), encoding="utf-8")
        with _quiet_datasets() as datasets:
            import tempfile

            with tempfile.TemporaryDirectory(prefix="curate-hf-") as tmp:
                ds = datasets.load_dataset(
                    "parquet",
                    data_files={self.params.split: [str(p) for p in shards]},
                    cache_dir=tmp,
                )
                ds.save_to_disk(str(out / "hf"))
        return [*shards, out / "hf"]

    def validate(self, out: Path, check: Checker, result: ExportResult) -> None:
        split = self.params.split
        shards = sorted((out / "data").glob(f"{split}-*.parquet"))
        pq = check.load("parquet", shards, "data/*.parquet")
        check.expect_rows(pq, result.rows_out, "data/*.parquet")
        disk = check.load_from_disk(out / "hf")
        if split not in disk:
            check.fail(f"hf/ has no split {split!r} (has {list(disk)})")
        check.expect_rows(disk[split], result.rows_out, "hf/")
        if disk[split].features != pq.features:
            check.fail(
                f"hf/ and data/ disagree on features: {disk[split].features} vs {pq.features}"
            )
        check.ok("hf/ and data/*.parquet have the same features")
        hub = check.load_dir(out, "OUT (the Hub layout)")
        check.expect_rows(hub, result.rows_out, "load_dataset(OUT)")
        sample = check.sample(disk[split])
        if sample != check.sample(pq):
            check.fail("hf/ and data/*.parquet hold different rows")
        if "prompt" not in disk[split].column_names:
            check.fail("no `prompt` column")
        for i, row in enumerate(sample):
            if not isinstance(row["prompt"], str):
                check.check_messages(row["prompt"], f"row {i}.prompt")
        check.ok(f"prompts are text or chat messages ({len(sample)} rows)")
        if "completion" in disk[split].column_names:
            convs = [
                [
                    *_messages(r["prompt"]),
                    {"role": "assistant", "content": _explicit(r["completion"])},
                ]
                for r in sample
            ]
            check.template_keeps_think(convs)

    def card_metadata(self, source: RunSource) -> dict[str, Any]:
        return hub_metadata(self.params.split)

    def usage(self, out: Path, source: RunSource) -> str:
        code = (
            "import datasets\n"
            f'ds = datasets.load_dataset("parquet", data_files="data/{self.params.split}-*.parquet", split="train")\n'
            f'disk = datasets.load_from_disk("hf")[{self.params.split!r}]\n'
            "print(ds.num_rows, disk.num_rows, ds.column_names)"
        )
        return loader_usage(code, "", self.tokenizer_name, needs_tokenizer=False)

    def hub_files(self, out: Path, result: ExportResult) -> list[str]:
        return ["README.md", "data/*.parquet"]  # hf/ (save_to_disk) stays local


def _messages(prompt: Any) -> list[dict[str, Any]]:
    if isinstance(prompt, str):
        return [{"role": "user", "content": prompt}]
    return list(prompt or [])


def _explicit(completion: str | None) -> str:
    """The trace with a pre-filled `<think>` written out (as the chat exports write it)."""
    c = completion or ""
    return f"{THINK_OPEN}\n{c}" if THINK_CLOSE in c and THINK_OPEN not in c else c
