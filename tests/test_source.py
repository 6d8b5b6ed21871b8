"""Reading sources: every format, batching, limits, shuffling, mapping and the quarantine."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest

from curate.canonical import canonicalize, resolve_columns
from curate.errors import SourceError
from curate.recipe import load_recipe
from curate.source import read_source
from tests.helpers import write_jsonl

ROWS = [
    {"q": f"question {i}", "a": str(i), "c": [f"<think>r</think>\\boxed{{{i}}}", "x"]}
    for i in range(7)
]


def _recipe(tmp_path: Path, path: str, **source: object):
    src = {"path": path, "columns": {"prompt": "q", "reference": "a", "completion": "c"}, **source}
    return load_recipe(data={"name": "t", "source": src}, base_dir=tmp_path)


def _write(tmp_path: Path, fmt: str) -> str:
    df = pl.DataFrame(ROWS)
    if fmt == "jsonl":
        write_jsonl(tmp_path / "d.jsonl", ROWS)
        return "d.jsonl"
    if fmt == "json":
        (tmp_path / "d.json").write_text(json.dumps(ROWS))
        return "d.json"
    if fmt == "json_lines_named_json":
        write_jsonl(tmp_path / "d.json", ROWS)
        return "d.json"
    if fmt == "parquet":
        df.write_parquet(tmp_path / "d.parquet")
        return "d.parquet"
    if fmt == "arrow":
        df.write_ipc(tmp_path / "d.arrow")
        return "d.arrow"
    if fmt == "hf_disk":
        import datasets

        datasets.Dataset.from_list(ROWS).save_to_disk(str(tmp_path / "ds"))
        return "ds"
    if fmt == "glob":
        write_jsonl(tmp_path / "p1.jsonl", ROWS[:3])
        write_jsonl(tmp_path / "p2.jsonl", ROWS[3:])
        return "p*.jsonl"
    raise AssertionError(fmt)


@pytest.mark.parametrize(
    "fmt",
    [
        "jsonl",  # JSON lines, parsed line by line
        "json",  # a JSON array
        "json_lines_named_json",  # JSON lines saved with a .json extension (common in the wild)
        "parquet",  # typed, read by row groups
        "arrow",  # Arrow IPC file
        "hf_disk",  # datasets.save_to_disk folder
        "glob",  # several files in order
    ],
)
def test_formats_batch_exactly_and_explode(tmp_path: Path, fmt: str) -> None:
    recipe = _recipe(tmp_path, _write(tmp_path, fmt))
    batches = list(read_source(recipe, batch_size=3))
    assert [b.n for b in batches] == [3, 3, 1]
    assert [b.offset for b in batches] == [0, 3, 6]
    assert batches[-1].end_of_source
    mapping = resolve_columns(recipe.model.source, batches[0].columns(), need_completion=True)
    canon = canonicalize(batches[1], recipe.model.source, mapping)
    assert canon.rows.height == 6  # 3 prompts x 2 samples
    assert canon.rows["sample_index"].to_list() == [0, 1] * 3
    assert canon.rows["source_row"].to_list() == [3, 3, 4, 4, 5, 5]
    assert canon.rows["reference"].to_list() == ["3", "3", "4", "4", "5", "5"]
    assert canon.rows["id"].n_unique() == 6
    assert canon.rows["prompt_id"].n_unique() == 3


def test_ids_are_stable_across_formats(tmp_path: Path) -> None:
    ids = []
    for fmt in ("jsonl", "parquet"):
        recipe = _recipe(tmp_path, _write(tmp_path, fmt))
        b = next(read_source(recipe, batch_size=10))
        mapping = resolve_columns(recipe.model.source, b.columns(), need_completion=True)
        ids.append(canonicalize(b, recipe.model.source, mapping).rows["id"].to_list())
    assert ids[0] == ids[1]


@pytest.mark.parametrize(
    ("limit", "sizes"),
    [
        (5, [3, 2]),  # cut inside the second batch
        (3, [3]),  # exactly one batch
        (100, [3, 3, 1]),  # larger than the source
    ],
)
def test_limit(tmp_path: Path, limit: int, sizes: list[int]) -> None:
    recipe = _recipe(tmp_path, _write(tmp_path, "jsonl"), limit=limit)
    assert [b.n for b in read_source(recipe, batch_size=3)] == sizes


def test_shuffle_is_seeded(tmp_path: Path) -> None:
    path = _write(tmp_path, "parquet")

    def order(seed: int) -> list[str]:
        recipe = _recipe(tmp_path, path, shuffle_seed=seed)
        return [r for b in read_source(recipe, batch_size=3) for r in b.frame["q"].to_list()]  # type: ignore[index]

    assert order(1) == order(1)
    assert order(1) != order(2)
    assert sorted(order(1)) == sorted(r["q"] for r in ROWS)


BAD_ROWS = [
    # (raw line, reason) — each row is quarantined with its reason code, never lost
    ("{not json", "malformed_json"),
    ("[1, 2]", "not_an_object"),
    (json.dumps({"q": None, "a": "1", "c": ["x"]}), "null_prompt"),
    (json.dumps({"q": "   ", "a": "1", "c": ["x"]}), "empty_prompt"),
    (json.dumps({"q": 5, "a": "1", "c": ["x"]}), "bad_prompt_type"),
    (json.dumps({"q": [{"role": "user"}], "a": "1", "c": ["x"]}), "bad_prompt_type"),
    (json.dumps({"q": "ok", "a": "1", "c": None}), "null_completion"),
    (json.dumps({"q": "ok", "a": "1", "c": []}), "no_completions"),
    (json.dumps({"q": "ok", "a": "1", "c": ["x", 3]}), "bad_completion_type"),
    (json.dumps({"q": "ok", "a": "1", "c": {"text": "x"}}), "bad_completion_type"),
]


@pytest.mark.parametrize(("line", "reason"), BAD_ROWS)
def test_bad_rows_are_quarantined(tmp_path: Path, line: str, reason: str) -> None:
    good = json.dumps({"q": "fine", "a": 2, "c": "<think>a</think>b"})
    write_jsonl(tmp_path / "d.jsonl", [good, line, good])
    recipe = _recipe(tmp_path, "d.jsonl")
    b = next(read_source(recipe))
    canon = canonicalize(
        b,
        recipe.model.source,
        resolve_columns(recipe.model.source, b.columns(), need_completion=True),
    )
    assert canon.rows.height == 2
    assert canon.quarantined["reason"].to_list() == [reason]
    assert canon.quarantined["source_row"].to_list() == [1]
    assert canon.quarantined["dropped_by"].to_list() == ["source"]
    assert canon.reasons[reason] == 1


def test_chat_prompts_and_mixed_prompt_types(tmp_path: Path) -> None:
    rows = [
        {"q": [{"role": "system", "content": "s"}, {"role": "user", "content": "u"}], "c": "x"},
        {"q": "plain", "c": "y"},
    ]
    write_jsonl(tmp_path / "d.jsonl", rows)
    recipe = load_recipe(
        data={
            "name": "t",
            "source": {"path": "d.jsonl", "columns": {"prompt": "q", "completion": "c"}},
        },
        base_dir=tmp_path,
    )
    b = next(read_source(recipe))
    canon = canonicalize(
        b,
        recipe.model.source,
        resolve_columns(recipe.model.source, b.columns(), need_completion=True),
    )
    prompts = canon.rows["prompt"].to_list()
    assert prompts[0][1] == {"role": "user", "content": "u"}
    assert prompts[1] == [
        {"role": "user", "content": "plain"}
    ]  # a string prompt becomes one user message


def test_structured_reference_becomes_json_and_extra_columns_pass_through(tmp_path: Path) -> None:
    write_jsonl(
        tmp_path / "d.jsonl",
        [{"q": "p", "a": {"inputs": ["1"]}, "c": "x", "level": 3, "id": "src-1"}],
    )
    recipe = _recipe(tmp_path, "d.jsonl")
    b = next(read_source(recipe))
    rows = canonicalize(
        b,
        recipe.model.source,
        resolve_columns(recipe.model.source, b.columns(), need_completion=True),
    ).rows
    assert json.loads(rows["reference"][0]) == {"inputs": ["1"]}
    assert rows["level"][0] == 3
    assert (
        rows["source_id"][0] == "src-1"
    )  # a source column clashing with a canonical one is renamed


SOURCE_ERRORS = [
    # missing file
    ({"path": "nope.jsonl"}, "file not found"),
    # a mapped column that is not in the source lists what is there
    (
        {"path": "d.jsonl", "columns": {"prompt": "question"}},
        "column 'question' is not in the source; available: q, a, c",
    ),
    # no prompt column at all
    ({"path": "d.jsonl"}, "the source has no `prompt` column"),
    # unknown extension
    ({"path": "d.txt"}, "cannot tell the format"),
]


@pytest.mark.parametrize(("source", "fragment"), SOURCE_ERRORS)
def test_source_errors(tmp_path: Path, source: dict, fragment: str) -> None:
    write_jsonl(tmp_path / "d.jsonl", ROWS)
    (tmp_path / "d.txt").write_text("x")
    recipe = load_recipe(data={"name": "t", "source": source}, base_dir=tmp_path)
    with pytest.raises(SourceError, match=fragment):
        b = next(read_source(recipe))
        resolve_columns(recipe.model.source, b.columns(), need_completion=True)


MESSAGES = [
    # (conversation, prompt roles, completion, reason)
    (
        [
            {"role": "user", "content": "hi"},
            {"role": "assistant", "content": "<think>\n\n</think>\n\nhello"},
        ],
        ["user"],
        "<think>\n\n</think>\n\nhello",
        None,
    ),  # one turn
    (
        [
            {"role": "system", "content": "s"},
            {"role": "user", "content": "a"},
            {"role": "assistant", "content": "b"},
            {"role": "user", "content": "c"},
            {"role": "assistant", "content": "d"},
        ],
        ["system", "user", "assistant", "user"],
        "d",
        None,
    ),  # multi-turn: the last reply is the completion
    (
        [{"from": "human", "value": "q"}, {"from": "gpt", "value": "r"}],
        ["user"],
        "r",
        None,
    ),  # ShareGPT turns
    (
        [{"role": "user", "content": "only a question"}],
        None,
        None,
        "no_assistant_turn",
    ),  # nothing to learn from
    (
        [{"role": "assistant", "content": "unprompted"}],
        None,
        None,
        "empty_prompt",
    ),  # a reply to nothing
    ("not a list", None, None, "bad_messages"),  # wrong type
    ([{"role": "user"}], None, None, "bad_messages"),  # a turn without content
]


@pytest.mark.parametrize(("conversation", "roles", "completion", "reason"), MESSAGES)
def test_messages_column_splits_conversations(
    tmp_path: Path, conversation, roles, completion, reason
) -> None:
    write_jsonl(tmp_path / "d.jsonl", [{"conversations": conversation, "src": "x"}])
    recipe = load_recipe(
        data={"name": "t", "source": {"path": "d.jsonl", "columns": {"messages": "conversations"}}},
        base_dir=tmp_path,
    )
    b = next(read_source(recipe))
    mapping = resolve_columns(recipe.model.source, b.columns(), need_completion=True)
    canon = canonicalize(b, recipe.model.source, mapping)
    if reason is None:
        assert [m["role"] for m in canon.rows["prompt"][0]] == roles
        assert canon.rows["completion"][0] == completion
        assert "conversations" not in canon.rows.columns and canon.rows["src"][0] == "x"
    else:
        assert canon.rows.height == 0 and canon.quarantined["reason"].to_list() == [reason]


def test_messages_and_prompt_cannot_both_be_mapped() -> None:
    from curate.errors import RecipeError

    with pytest.raises(RecipeError, match="map `messages`"):
        load_recipe(
            data={"name": "t", "source": {"path": "d", "columns": {"messages": "m", "prompt": "p"}}}
        )
