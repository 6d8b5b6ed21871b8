"""`curate export`: every format round-trips a small run through its trainer's own loader."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import datasets
import polars as pl
import pytest

from curate.export import EXPORTERS, ExportError, export
from curate.recipe import load_recipe
from curate.runner import run
from curate.store import open_run
from tests.helpers import trace, write_jsonl

CHAT_Q = [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Half of 1?"}]
ROWS: list[dict[str, Any]] = [
    # solved once, failed once: a verdict pair
    {
        "q": "What is 1+1?",
        "gt": "2",
        "domain": "math",
        "r": [trace("1 plus 1 is 2.", "2"), trace("Maybe 3.", "3")],
    },
    # solved twice: two SFT rows, one prompt row, no pair
    {
        "q": "What is 2*3?",
        "gt": "6",
        "domain": "math",
        "r": [trace("Two threes are six.", "6"), trace("Three twos: 6.", "6")],
    },
    # chat prompt with a system message; the first trace had <think> pre-filled by the template
    {
        "q": CHAT_Q,
        "gt": "\\frac{1}{2}",
        "domain": "math",
        "r": ["One half is 0.5.\n</think>\n\n\\boxed{\\frac{1}{2}}", trace("It is one.", "1")],
    },
    # unsolved: dropped by `correct`, so no SFT row and no prompt row
    {"q": "What is 7*7?", "gt": "49", "domain": "math", "r": [trace("Seven sevens are 48.", "48")]},
    # a multiple-choice row: its reward type comes from the domain
    {
        "q": "Pick the even one: (A) 3 (B) 4",
        "gt": "B",
        "domain": "multiple_choice",
        "r": [trace("4 is even.", "B")],
    },
]


def make_run(
    root: Path,
    rows: list[dict[str, Any]] = ROWS,
    *,
    judged: bool = True,
    filters: list[Any] | None = None,
) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    write_jsonl(root / "d.jsonl", rows)
    cols = {"prompt": "q", "reference": "gt"}
    if judged:
        cols["completion"] = "r"
    recipe = load_recipe(
        data={
            "name": "tiny-math",
            "source": {"path": "d.jsonl", "columns": cols},
            "judges": ["exact"] if judged else [],
            "filters": (["correct"] if judged else []) + (filters or []),
        },
        base_dir=root,
    )
    return run(recipe, out=root / "run").run_dir


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_run(tmp_path_factory.mktemp("export"))


@pytest.fixture(scope="module")
def kept(run_dir: Path) -> pl.DataFrame:
    return open_run(run_dir).read_kept()


def _load_parquet(folder: Path) -> datasets.Dataset:
    """`load_dataset(OUT)` as a user would, with a private cache (the default cache is keyed by
    the folder's name, so two exports to folders named alike would share it)."""
    return datasets.load_dataset(str(folder), split="train", cache_dir=str(folder.parent / "cache"))


def _explicit(c: str) -> str:
    return c if "<think>" in c else "<think>\n" + c


def test_registry_lists_every_format() -> None:
    assert set(EXPORTERS.names()) >= {
        "hf",
        "trl-sft",
        "trl-grpo",
        "trl-dpo",
        "trl-reward",
        "verl",
        "openrlhf",
        "openrlhf-sft",
        "openrlhf-pairs",
        "llamafactory",
        "llamafactory-pairs",
    }


def test_hf_roundtrip(run_dir: Path, kept: pl.DataFrame, tmp_path: Path) -> None:
    res = export(run_dir, "hf", tmp_path / "o")
    disk = datasets.load_from_disk(str(tmp_path / "o" / "hf"))["train"]
    hub = _load_parquet(tmp_path / "o")
    assert disk["id"] == hub["id"] == kept["id"].to_list()
    assert disk["completion"] == kept["completion"].to_list()
    assert res.rows_out == kept.height == 5 and res.unit == "row"
    assert any("load_from_disk" in c for c in res.checks)


def test_trl_sft_roundtrip(run_dir: Path, kept: pl.DataFrame, tmp_path: Path) -> None:
    res = export(run_dir, "trl-sft", tmp_path / "o")
    ds = _load_parquet(tmp_path / "o")
    assert ds.num_rows == kept.height == res.rows_out
    by_id = dict(zip(kept["id"].to_list(), kept["completion"].to_list(), strict=True))
    for row in ds:
        msgs = row["messages"]
        assert msgs[-1]["role"] == "assistant"
        assert msgs[-1]["content"] == _explicit(
            by_id[row["id"]]
        )  # the pre-filled <think> written out
        assert msgs[-1]["content"].startswith("<think>")
    half = next(r["messages"] for r in ds if "Half" in r["messages"][-2]["content"])
    assert [m["role"] for m in half] == ["system", "user", "assistant"]
    from trl.data_utils import is_conversational

    assert all(is_conversational({"messages": r["messages"]}) for r in ds)


def test_trl_sft_reasoning_field(run_dir: Path, tmp_path: Path) -> None:
    export(run_dir, "trl-sft", tmp_path / "o", options={"reasoning": "field"})
    ds = _load_parquet(tmp_path / "o")
    last = ds[0]["messages"][-1]
    assert "<think>" not in last["content"] and "\\boxed{2}" in last["content"]
    assert last["reasoning_content"] == "1 plus 1 is 2."


def test_trl_grpo_roundtrip(run_dir: Path, tmp_path: Path) -> None:
    res = export(run_dir, "trl-grpo", tmp_path / "o")
    ds = _load_parquet(tmp_path / "o")
    assert res.unit == "prompt" and ds.num_rows == 4  # the 4 solved prompts, once each
    rows = {r["prompt"][-1]["content"]: r for r in ds}
    assert rows["What is 1+1?"]["solution"] == "2"
    assert rows["What is 1+1?"]["reward_type"] == "math"
    assert rows["Pick the even one: (A) 3 (B) 4"]["reward_type"] == "choice"  # domain alias
    assert rows["Half of 1?"]["prompt"][0] == {"role": "system", "content": "Be brief."}
    assert all(r["prompt"][-1]["role"] == "user" for r in ds)
    assert res.skipped["duplicate_prompt"] == 1  # 2*3 was solved twice


@pytest.mark.parametrize("fmt", ["trl-dpo", "trl-reward"])
def test_preference_roundtrip(run_dir: Path, kept: pl.DataFrame, tmp_path: Path, fmt: str) -> None:
    res = export(run_dir, fmt, tmp_path / "o")
    ds = _load_parquet(tmp_path / "o")
    # prompts with a correct and an incorrect sample: 1+1 and the half
    assert ds.num_rows == 2 == res.rows_out
    correct = {_explicit(c) for c in kept["completion"].to_list()}
    for row in ds:
        assert row["chosen"][0]["content"] in correct
        assert row["rejected"][0]["content"] not in correct
        assert row["prompt"][-1]["role"] == "user"
    assert "margin" not in ds.column_names  # default: no margin, as `curate train rm` trains
    assert "pairs_from" in res.notes


@pytest.mark.parametrize(
    ("margin", "want"),
    [
        ("verdict", 1.0),  # the judges' gap: correct (1.0) vs incorrect (0.0)
        ("score", 1.0),  # verdict pairs store the same gap
    ],
)
def test_reward_margin_option(run_dir: Path, tmp_path: Path, margin: str, want: float) -> None:
    export(run_dir, "trl-reward", tmp_path / "o", overrides=[f"margin={margin}"])
    ds = _load_parquet(tmp_path / "o")
    assert ds["margin"] == [want] * ds.num_rows


def test_verl_roundtrip(run_dir: Path, tmp_path: Path) -> None:
    export(run_dir, "verl", tmp_path / "o")
    ds = datasets.load_dataset(
        "parquet",
        data_files=str(tmp_path / "o" / "train.parquet"),
        split="train",
        cache_dir=str(tmp_path / "c"),
    )
    assert set(ds.column_names) == {
        "data_source",
        "prompt",
        "ability",
        "reward_model",
        "extra_info",
    }
    rows = {r["prompt"][-1]["content"]: r for r in ds}
    one = rows["What is 1+1?"]
    assert one["reward_model"] == {"style": "rule", "ground_truth": "2"}
    assert one["data_source"] == "d" and one["ability"] == "math"
    assert one["extra_info"]["reward_type"] == "math"
    assert sorted(r["extra_info"]["index"] for r in ds) == [0, 1, 2, 3]


def test_openrlhf_roundtrip(run_dir: Path, tmp_path: Path) -> None:
    export(run_dir, "openrlhf", tmp_path / "o", options={"label_key": "answer"})
    ds = datasets.load_dataset(
        "json",
        data_files=str(tmp_path / "o" / "train.jsonl"),
        split="train",
        cache_dir=str(tmp_path / "c"),
    )
    rows = {r["input"][-1]["content"]: r for r in ds}
    # a mixed set (math + choice): the label carries the reward type to OpenRLHF's reward_func
    assert json.loads(rows["What is 2*3?"]["answer"]) == {"reference": "6", "reward_type": "math"}
    assert json.loads(rows["Pick the even one: (A) 3 (B) 4"]["answer"])["reward_type"] == "choice"
    assert set(ds["datasource"]) == {"d"}  # the source's name, not OpenRLHF's `default`
    export(run_dir, "openrlhf", tmp_path / "t", options={"input_format": "text"})
    lines = [json.loads(x) for x in (tmp_path / "t" / "train.jsonl").read_text().splitlines()]
    assert {x["input"] for x in lines} >= {"What is 1+1?", "Half of 1?"}


def test_llamafactory_roundtrip_and_merge(run_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "o"
    out.mkdir()
    (out / "dataset_info.json").write_text(json.dumps({"other": {"file_name": "other.json"}}))
    export(run_dir, "llamafactory", out)
    info = json.loads((out / "dataset_info.json").read_text())
    assert info["other"] == {"file_name": "other.json"}  # an existing entry is kept
    entry = info["tiny-math"]
    assert entry["formatting"] == "sharegpt" and entry["columns"]["messages"] == "conversations"
    ds = datasets.load_dataset(
        "json",
        data_files=str(out / entry["file_name"]),
        split="train",
        cache_dir=str(tmp_path / "c"),
    )
    assert ds.num_rows == 5
    for row in ds:
        tags = [t["from"] for t in row["conversations"]]
        assert tags == ["human", "gpt"]
        assert row["conversations"][-1]["value"].startswith("<think>")
    assert "Be brief." in ds["system"]
    (out / entry["file_name"]).unlink()  # the data file gone, the index entry still there
    with pytest.raises(ExportError, match="already has an entry 'tiny-math'"):
        export(run_dir, "llamafactory", out, card=False)
    export(run_dir, "llamafactory", out, card=False, overwrite=True)
    assert (out / entry["file_name"]).is_file()
