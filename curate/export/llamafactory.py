"""`llamafactory`: LLaMA-Factory's ShareGPT format, one conversation per kept sample.

OUT/NAME.json          a JSON array of {"conversations": [{"from": "human"|"gpt", "value"}],
                       "system"?: str, "id": str}; the gpt turn holds `<think>…</think>summary`
OUT/dataset_info.json  the entry NAME → {file_name, formatting: sharegpt, columns, tags}, merged
                       into an existing file (so OUT can be LLaMA-Factory's `dataset_dir`)
LLaMA-Factory drops conversations whose roles do not alternate human/gpt (observation and
function_call in their slots); such rows are skipped here with `bad_turn_order`.

Validated by reading `dataset_info.json` back, loading the file it names with
`datasets.load_dataset("json")`, checking the turn order and tags of every sampled row and
(with `--tokenizer`) rendering the conversations, which must keep the reasoning.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, ClassVar

import polars as pl

from curate.export import register
from curate.export._base import Exporter, ExportError, ExportParams, ExportResult, RunSource
from curate.export._rows import drop_where
from curate.export._validate import Checker
from curate.export.trl_sft import assistant_rows
from curate.text import THINK_CLOSE, THINK_OPEN

ROLE_TAGS = {"user": "human", "assistant": "gpt", "tool": "observation"}
ODD = ("human", "observation")  # turns 1, 3, … (LLaMA-Factory's accept tags)
EVEN = ("gpt", "function_call")
TAGS = {
    "role_tag": "from",
    "content_tag": "value",
    "user_tag": "human",
    "assistant_tag": "gpt",
    "observation_tag": "observation",
    "function_tag": "function_call",
    "system_tag": "system",
}


def _turns_ok(messages: list[dict[str, Any]] | None) -> bool:
    """Roles (after a leading system message) alternate user/assistant, starting with user."""
    msgs = list(messages or [])
    if msgs and msgs[0].get("role") == "system":
        msgs = msgs[1:]
    tags = [ROLE_TAGS.get(str(m.get("role"))) for m in msgs] + ["gpt"]
    return len(tags) % 2 == 0 and all(
        t in (ODD if i % 2 == 0 else EVEN) for i, t in enumerate(tags)
    )


class LlamaFactoryExporter(Exporter[ExportParams]):
    """LLaMA-Factory: ShareGPT JSON plus its dataset_info.json entry."""

    Params: ClassVar[type[ExportParams]] = ExportParams
    unit = "sample"

    def _file(self, source: RunSource) -> str:
        return f"{self.dataset_name(source)}.json"

    def planned_files(self, source: RunSource) -> list[str]:
        name = self.dataset_name(source)
        if not name or "/" in name or name.startswith("."):
            raise ExportError(f"--set name={name!r}: not usable as a file name")
        return [self._file(source)]

    def rows(self, source: RunSource, result: ExportResult) -> pl.DataFrame:
        rows = assistant_rows(source, self.params, result)
        if rows.height == 0:
            return rows
        ok = pl.Series([_turns_ok(p) for p in rows["_prompt"].to_list()], dtype=pl.Boolean)
        return drop_where(
            rows.with_columns(ok.alias("_ok")), ~pl.col("_ok"), "bad_turn_order", result.skipped
        ).drop("_ok")

    def to_target(self, rows: pl.DataFrame, source: RunSource) -> pl.DataFrame:
        first_sys = pl.col("_prompt").list.first().struct.field("role") == "system"
        system = pl.when(first_sys).then(pl.col("_prompt").list.first().struct.field("content"))
        body = pl.when(first_sys).then(pl.col("_prompt").list.slice(1)).otherwise(pl.col("_prompt"))
        el = pl.element().struct
        turns = body.list.eval(
            pl.struct(
                el.field("role").replace_strict(ROLE_TAGS, default="human").alias("from"),
                el.field("content").alias("value"),
            )
        )
        gpt = pl.concat_list(
            pl.struct(pl.lit("gpt").alias("from"), pl.col("completion").alias("value"))
        )
        rest = [c for c in rows.columns if c not in ("_prompt", "completion", "_n_tokens")]
        out = rows.select(
            pl.concat_list(turns, gpt).alias("conversations"), system.alias("system"), *rest
        )
        if out["system"].null_count() == out.height:
            out = out.drop("system")
        else:  # one type for the column: "" means no system prompt to LLaMA-Factory as well
            out = out.with_columns(pl.col("system").fill_null(""))
        return out

    def _entry(self, source: RunSource, frame: pl.DataFrame) -> dict[str, Any]:
        columns = {"messages": "conversations"}
        if "system" in frame.columns:
            columns["system"] = "system"
        return {
            "file_name": self._file(source),
            "formatting": "sharegpt",
            "columns": columns,
            "tags": TAGS,
        }

    def write(self, frame: pl.DataFrame, out: Path, source: RunSource) -> list[Path]:
        name = self.dataset_name(source)
        info_path = self.out_dir / "dataset_info.json"
        info: dict[str, Any] = {}
        if info_path.exists():
            try:
                info = json.loads(info_path.read_text(encoding="utf-8"))
            except ValueError as exc:
                raise ExportError(
                    f"{info_path} is not valid JSON ({exc}); fix or remove it"
                ) from None
            if not isinstance(info, dict):
                raise ExportError(f"{info_path} is not a JSON object")
            if name in info and not self.overwrite:
                raise ExportError(
                    f"{info_path} already has an entry {name!r}; pass --overwrite or --set name=OTHER"
                )
        info[name] = self._entry(source, frame)
        data = out / self._file(source)
        data.write_text(
            json.dumps(frame.to_dicts(), ensure_ascii=False, indent=1), encoding="utf-8"
        )
        (out / "dataset_info.json").write_text(
            json.dumps(info, ensure_ascii=False, indent=2), encoding="utf-8"
        )
        self._name = name
        return [data, out / "dataset_info.json"]

    def validate(self, out: Path, check: Checker, result: ExportResult) -> None:
        try:
            info = json.loads((out / "dataset_info.json").read_text(encoding="utf-8"))
            entry = info[self._name]
        except (OSError, ValueError, KeyError) as exc:
            check.fail(f"dataset_info.json has no readable entry {self._name!r}: {exc}")
        if entry.get("formatting") != "sharegpt" or "messages" not in entry.get("columns", {}):
            check.fail(f"dataset_info.json entry {self._name!r} is not a sharegpt entry: {entry}")
        data = out / entry["file_name"]
        if not data.is_file():
            check.fail(f"dataset_info.json names {entry['file_name']}, which is not in {out}")
        check.ok(f"dataset_info.json entry {self._name!r} names {entry['file_name']} (sharegpt)")
        ds = check.load("json", [data], entry["file_name"])
        check.expect_rows(ds, result.rows_out, entry["file_name"])
        col = entry["columns"]["messages"]
        check.expect_columns(
            ds,
            [col, *([entry["columns"]["system"]] if "system" in entry["columns"] else [])],
            entry["file_name"],
        )
        tags = entry["tags"]
        sample = check.sample(ds)
        convs = []
        for i, row in enumerate(sample):
            turns = row[col]
            for j, t in enumerate(turns):
                allowed = ODD if j % 2 == 0 else EVEN
                if t.get(tags["role_tag"]) not in allowed or not isinstance(
                    t.get(tags["content_tag"]), str
                ):
                    check.fail(
                        f"row {i} turn {j}: LLaMA-Factory accepts only {allowed} here, got {t}"
                    )
            if len(turns) % 2:
                check.fail(f"row {i}: a conversation must end with the gpt turn")
            last = turns[-1][tags["content_tag"]]
            if THINK_CLOSE in last and THINK_OPEN not in last:
                check.fail(f"row {i}: the gpt turn closes </think> without opening it")
            msgs = [{"role": "system", "content": row["system"]}] if row.get("system") else []
            inv = {v: k for k, v in ROLE_TAGS.items()}
            msgs += [{"role": inv[t["from"]], "content": t["value"]} for t in turns]
            convs.append(msgs)
        check.ok(f"turns alternate human/gpt as LLaMA-Factory requires ({len(sample)} rows)")
        check.template_keeps_think(convs)

    def usage(self, out: Path, source: RunSource) -> str:
        return (
            "```yaml\n# LLaMA-Factory training config\n"
            f"dataset_dir: {out}\ndataset: {self.dataset_name(source)}\n"
            "template: TEMPLATE  # your model's; check it keeps the <think> block of gpt turns\n```"
        )


register("llamafactory")(LlamaFactoryExporter)
