"""`llamafactory` and `llamafactory-pairs`: LLaMA-Factory's ShareGPT formats.

`llamafactory` (stage sft), one conversation per kept sample:
OUT/NAME.json          a JSON array of {"conversations": [{"from": "human"|"gpt", "value"}],
                       "system"?: str, "id": str}; the gpt turn holds `<think>…</think>summary`
OUT/dataset_info.json  the entry NAME → {file_name, formatting: sharegpt, columns, tags}, merged
                       into an existing file (so OUT can be LLaMA-Factory's `dataset_dir`)
`llamafactory-pairs` (stages rm and dpo, which refuse non-ranking sets), one row per pair:
{"conversations": [... ending with the human turn], "chosen": {"from": "gpt", "value"},
"rejected": {...}, "system"?} and an entry with `ranking: true` and chosen/rejected columns.
LLaMA-Factory drops conversations whose roles do not alternate human/gpt (observation and
function_call in their slots); such rows are skipped here with `bad_turn_order`.

Validated by reading `dataset_info.json` back, loading the file it names with
`datasets.load_dataset("json")`, checking the turn order and tags of every sampled row and
(with `--tokenizer`) rendering the conversations, which must keep the reasoning. The card's
snippet loads OUT with LLaMA-Factory's own `get_dataset` (run by .ci/trainers.sh).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, ClassVar

import polars as pl

from curate.export import register
from curate.export._base import (
    Exporter,
    ExportError,
    ExportParams,
    ExportResult,
    RunSource,
    loader_usage,
)
from curate.export._rows import drop_where
from curate.export._validate import Checker
from curate.export.trl_pref import _PrefExporter
from curate.export.trl_sft import assistant_rows
from curate.pairs.stage import with_margin
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


def sharegpt(rows: pl.DataFrame, conversation: Any, rest: list[str | pl.Expr]) -> pl.DataFrame:
    """`conversations` = conversation(the prompt's turns as from/value), `system` (when any row
    has one; "" where a row has none, as LLaMA-Factory reads it) and the `rest` columns."""
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
    out = rows.select(conversation(turns).alias("conversations"), system.alias("system"), *rest)
    if out["system"].null_count() == out.height:
        return out.drop("system")
    return out.with_columns(pl.col("system").fill_null(""))


def write_entry(
    exp: Exporter, out: Path, name: str, entry: dict[str, Any], records: list[dict[str, Any]]
) -> list[Path]:
    """Write the records as `entry["file_name"]` and `dataset_info.json` with `entry` merged
    into the one already in OUT (so OUT can be LLaMA-Factory's `dataset_dir`)."""
    info_path = exp.out_dir / "dataset_info.json"
    info: dict[str, Any] = {}
    if info_path.exists():
        try:
            info = json.loads(info_path.read_text(encoding="utf-8"))
        except ValueError as exc:
            raise ExportError(f"{info_path} is not valid JSON ({exc}); fix or remove it") from None
        if not isinstance(info, dict):
            raise ExportError(f"{info_path} is not a JSON object")
        if name in info and not exp.overwrite:
            raise ExportError(
                f"{info_path} already has an entry {name!r}; pass --overwrite or --set name=OTHER"
            )
    info[name] = entry
    data = out / entry["file_name"]
    data.write_text(json.dumps(records, ensure_ascii=False, indent=1), encoding="utf-8")
    (out / "dataset_info.json").write_text(
        json.dumps(info, ensure_ascii=False, indent=2), encoding="utf-8"
    )
    return [data, out / "dataset_info.json"]


def read_entry(
    out: Path, name: str, check: Checker, *, ranking: bool
) -> tuple[dict[str, Any], Path]:
    """The dataset_info.json entry `name` and the file it names, as LLaMA-Factory reads them."""
    try:
        entry = json.loads((out / "dataset_info.json").read_text(encoding="utf-8"))[name]
    except (OSError, ValueError, KeyError) as exc:
        check.fail(f"dataset_info.json has no readable entry {name!r}: {exc}")
    cols = entry.get("columns", {})
    if entry.get("formatting") != "sharegpt" or "messages" not in cols:
        check.fail(f"dataset_info.json entry {name!r} is not a sharegpt entry: {entry}")
    if bool(entry.get("ranking")) != ranking or (
        ranking and not {"chosen", "rejected"} <= set(cols)
    ):
        check.fail(f"dataset_info.json entry {name!r}: ranking must be {ranking} with its columns")
    data = out / entry["file_name"]
    if not data.is_file():
        check.fail(f"dataset_info.json names {entry['file_name']}, which is not in {out}")
    kind = "ranking (pairwise) " if ranking else ""
    check.ok(f"dataset_info.json entry {name!r} names {entry['file_name']} ({kind}sharegpt)")
    return entry, data


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
        gpt = pl.concat_list(
            pl.struct(pl.lit("gpt").alias("from"), pl.col("completion").alias("value"))
        )
        rest: list[str | pl.Expr] = [
            c for c in rows.columns if c not in ("_prompt", "completion", "_n_tokens")
        ]
        return sharegpt(rows, lambda turns: pl.concat_list(turns, gpt), rest)

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
        self._name = self.dataset_name(source)
        return write_entry(self, out, self._name, self._entry(source, frame), frame.to_dicts())

    def validate(self, out: Path, check: Checker, result: ExportResult) -> None:
        entry, data = read_entry(out, self._name, check, ranking=False)
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
        return lf_usage(self, source, "sft")

    def card_metadata(self, source: RunSource) -> dict[str, Any]:
        return {"tags": ["curate", "reasoning", "llamafactory", "sft"]}


register("llamafactory")(LlamaFactoryExporter)


def lf_usage(exp: Exporter, source: RunSource, stage: str) -> str:
    """The card's LLaMA-Factory snippet: `get_dataset` on OUT as `dataset_dir`, for `stage`."""
    name = exp.dataset_name(source)
    code = (
        "from transformers import Seq2SeqTrainingArguments\n"
        "from llamafactory.data import get_dataset, get_template_and_fix_tokenizer\n"
        "from llamafactory.hparams import DataArguments, ModelArguments\n"
        "# template: your model's (qwen, qwen3 and deepseekr1 keep the <think> block)\n"
        f'data_args = DataArguments(dataset="{name}", dataset_dir=".", template="qwen", cutoff_len=4096)\n'
        "template = get_template_and_fix_tokenizer(tok, data_args)\n"
        'args = Seq2SeqTrainingArguments(output_dir="lf-check", report_to="none")\n'
        'model_args = ModelArguments(model_name_or_path="MODEL")\n'
        f'ds = get_dataset(template, model_args, data_args, args, stage="{stage}", tokenizer=tok)["train_dataset"]\n'
        "print(len(ds), ds.column_names)"
    )
    train = (
        f"llamafactory-cli train --stage {stage} --do_train --model_name_or_path MODEL "
        f"--dataset_dir . --dataset {name} --template qwen --finetuning_type lora --output_dir out"
    )
    return loader_usage(code, train, exp.tokenizer_name)


class LlamaFactoryPairsExporter(_PrefExporter):
    """LLaMA-Factory preference data (stages rm, dpo): ranking ShareGPT JSON + dataset_info.json."""

    tag = "reward-model"

    def _file(self, source: RunSource) -> str:
        return f"{self.dataset_name(source)}.json"

    def planned_files(self, source: RunSource) -> list[str]:
        return LlamaFactoryExporter.planned_files(self, source)  # type: ignore[arg-type]

    def rows(self, source: RunSource, result: ExportResult) -> pl.DataFrame:
        rows = super().rows(source, result)
        if rows.height == 0:
            return rows
        ok = pl.Series([_turns_ok(p) for p in rows["_prompt"].to_list()], dtype=pl.Boolean)
        return drop_where(
            rows.with_columns(ok.alias("_ok")), ~pl.col("_ok"), "bad_turn_order", result.skipped
        ).drop("_ok")

    def to_target(self, rows: pl.DataFrame, source: RunSource) -> pl.DataFrame:
        def gpt(col: str) -> pl.Expr:
            return pl.struct(pl.lit("gpt").alias("from"), pl.col(col).alias("value")).alias(col)

        rest = [c for c in rows.columns if c not in ("_prompt", "chosen", "rejected", "_n_tokens")]
        out = sharegpt(rows, lambda turns: turns, [gpt("chosen"), gpt("rejected"), *rest])
        return with_margin(out, self.params.margin)

    def write(self, frame: pl.DataFrame, out: Path, source: RunSource) -> list[Path]:
        self._name = self.dataset_name(source)
        columns = {"messages": "conversations", "chosen": "chosen", "rejected": "rejected"}
        if "system" in frame.columns:
            columns["system"] = "system"
        entry = {
            "file_name": self._file(source),
            "formatting": "sharegpt",
            "ranking": True,
            "columns": columns,
            "tags": TAGS,
        }
        return write_entry(self, out, self._name, entry, frame.to_dicts())

    def validate(self, out: Path, check: Checker, result: ExportResult) -> None:
        entry, data = read_entry(out, self._name, check, ranking=True)
        ds = check.load("json", [data], entry["file_name"])
        check.expect_rows(ds, result.rows_out, entry["file_name"])
        check.expect_columns(ds, ["conversations", "chosen", "rejected"], entry["file_name"])
        sample = check.sample(ds)
        convs = []
        for i, row in enumerate(sample):
            turns = row["conversations"]
            tags = [t.get("from") for t in turns]
            if len(turns) % 2 == 0 or any(
                t not in (ODD if j % 2 == 0 else EVEN) for j, t in enumerate(tags)
            ):
                check.fail(f"row {i}: the conversation must alternate human/gpt and end human")
            for col in ("chosen", "rejected"):
                if row[col].get("from") != "gpt" or not isinstance(row[col].get("value"), str):
                    check.fail(f"row {i}.{col}: expected {{from: gpt, value: text}}")
            if row["chosen"]["value"] == row["rejected"]["value"]:
                check.fail(f"row {i}: chosen and rejected are the same")
            inv = {v: k for k, v in ROLE_TAGS.items()}
            msgs = [{"role": "system", "content": row["system"]}] if row.get("system") else []
            msgs += [{"role": inv[t["from"]], "content": t["value"]} for t in turns]
            for col in ("chosen", "rejected"):
                convs.append([*msgs, {"role": "assistant", "content": row[col]["value"]}])
        check.ok(f"pairs are ranking rows LLaMA-Factory reads ({len(sample)} rows)")
        check.template_keeps_think(convs)

    def usage(self, out: Path, source: RunSource) -> str:
        return lf_usage(self, source, "rm")

    def card_metadata(self, source: RunSource) -> dict[str, Any]:
        return {"tags": ["curate", "reasoning", "llamafactory", "preference", "reward-model"]}


register("llamafactory-pairs")(LlamaFactoryPairsExporter)
