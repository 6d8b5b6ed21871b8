"""Fault injection: hostile source rows are quarantined with a reason; the run goes on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from curate.quarantine import extra_columns, parse_json_row
from curate.recipe import load_recipe
from curate.runner import run
from curate.store import open_run

DEEP = "[" * 100_000 + "]" * 100_000

# (case, JSON line, expected reason or None for a usable row)
LINES = [
    # nested 100k deep: json raises RecursionError
    ("deep_100k", '{"q": "x", "meta": ' + DEEP + "}", "too_deep"),
    # nested 150 deep: parses, but over the depth limit (crashes Arrow / encoders later)
    ("deep_150", '{"q": "x", "meta": ' + "[" * 150 + "]" * 150 + "}", "too_deep"),
    # a lone UTF-16 surrogate escape: parses, cannot be written as UTF-8
    ("lone_surrogate", '{"q": "a\\ud800b"}', "invalid_unicode"),
    # a surrogate in a key
    ("surrogate_key", '{"q": "x", "k\\udfff": 1}', "invalid_unicode"),
    # a valid surrogate pair is fine (an emoji)
    ("surrogate_pair", '{"q": "\\ud83d\\ude00"}', None),
    # raw bytes that are not UTF-8
    ("latin1_bytes", b'{"q": "caf\xe9"}', "invalid_unicode"),
    # truncated JSON
    ("truncated", '{"q": "x"', "malformed_json"),
    # ordinary nesting
    ("shallow", '{"q": "x", "meta": [[[1]]]}', None),
]


@pytest.mark.parametrize(("case", "line", "reason"), LINES, ids=[c[0] for c in LINES])
def test_parse_json_row(case: str, line: str | bytes, reason: str | None) -> None:
    raw = line if isinstance(line, bytes) else line.encode()
    _, why = parse_json_row(raw)
    assert why == reason, case


# (case, values of column `m`, conflict expected, values read back)
COLUMNS = [
    # int then dict: kept as JSON text, never nulled
    ("int_dict", [1, {"k": 1}], True, ["1", '{"k": 1}']),
    # int then string: JSON text keeps "1" and 1 apart
    ("int_str", [1, "1"], True, ["1", '"1"']),
    # dicts whose fields disagree in type
    ("dict_shapes", [{"k": 1}, {"k": "s"}], True, ['{"k": 1}', '{"k": "s"}']),
    # ints and floats widen to float: no conflict
    ("int_float", [1, 2.5], False, [1.0, 2.5]),
    # dicts with different keys: one struct, no value lost
    ("dict_keys", [{"a": 1}, {"b": 2}], False, [{"a": 1, "b": None}, {"a": None, "b": 2}]),
    # nulls never conflict
    ("with_null", [None, "x"], False, [None, "x"]),
]


@pytest.mark.parametrize(
    ("case", "values", "conflict", "back"), COLUMNS, ids=[c[0] for c in COLUMNS]
)
def test_extra_columns(case: str, values: list, conflict: bool, back: list) -> None:
    frame, conflicts = extra_columns([{"m": v} for v in values])
    assert frame["m"].to_list() == back, case
    expected = sum(v is not None for v in values) if conflict else 0
    assert conflicts.get("type_conflict:m", 0) == expected, case


def _recipe(tmp: Path, batch_size: int = 4):
    return load_recipe(
        data={
            "name": "hostile",
            "source": {"path": "d.jsonl", "columns": {"prompt": "q"}},
            "run": {"batch_size": batch_size},
        },
        base_dir=tmp,
    )


def test_run_quarantines_hostile_rows_and_goes_on(tmp_path: Path) -> None:
    good = [json.dumps({"q": f"q{i}", "m": i}) for i in range(6)]
    lines = [
        good[0],
        '{"q": "deep", "m": ' + DEEP + "}",
        good[1],
        '{"q": "bad \\ud800"}',
        good[2],
        json.dumps({"q": "dict", "m": {"k": [1, 2]}}),
        good[3],
        json.dumps({"q": "str", "m": "seven"}),
        good[4],
    ]
    (tmp_path / "d.jsonl").write_text("\n".join(lines) + "\n")
    res = run(_recipe(tmp_path), out=tmp_path / "run")
    store = open_run(res.run_dir)
    kept = store.read_kept()
    rejected = store.read_rejected()
    assert sorted(rejected["reason"].to_list()) == ["invalid_unicode", "too_deep"]
    assert kept.height == 7
    # the int + dict + string column survives as JSON text, with the conflict counted
    by_prompt = dict(zip(kept["prompt"].to_list(), kept["m"].to_list(), strict=True))
    assert by_prompt["dict"] == '{"k": [1, 2]}' and by_prompt["str"] == '"seven"'
    assert by_prompt["q0"] == "0" and by_prompt["q3"] == "3"
    source = next(s for s in res.stats["stages"] if s["name"] == "source")
    assert source["conflicts"]["type_conflict:m"] >= 2
    assert source["reasons"] == {"too_deep": 1, "invalid_unicode": 1}
    # the quarantined line is kept whole (lossless), the surrogate escape as written
    raws = dict(zip(rejected["reason"].to_list(), rejected["raw"].to_list(), strict=True))
    assert raws["too_deep"] == lines[1] and raws["invalid_unicode"] == lines[3]


def test_json_array_source_hostile_items(tmp_path: Path) -> None:
    items = '[{"q": "a"}, {"q": "b\\udc00"}, {"q": "c", "m": ' + "[" * 120 + "]" * 120 + "}]"
    (tmp_path / "d.json").write_text(items)
    recipe = load_recipe(
        data={"name": "arr", "source": {"path": "d.json", "columns": {"prompt": "q"}}},
        base_dir=tmp_path,
    )
    res = run(recipe, out=tmp_path / "run")
    rej = open_run(res.run_dir).read_rejected()
    assert sorted(rej["reason"].to_list()) == ["invalid_unicode", "too_deep"]
    assert open_run(res.run_dir).read_kept()["prompt"].to_list() == ["a"]


def test_stats_show_conflicts_and_a_corrupt_file_is_one_line(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from curate.cli import main

    lines = [json.dumps({"q": "a", "m": 1}), json.dumps({"q": "b", "m": {"k": 2}})]
    (tmp_path / "d.jsonl").write_text("\n".join(lines) + "\n")
    run(_recipe(tmp_path), out=tmp_path / "run")
    res = CliRunner().invoke(main, ["stats", str(tmp_path / "run")], env={"COLUMNS": "200"})
    assert res.exit_code == 0 and "kept as JSON: type_conflict:m 2" in res.output, res.output
    # a parquet file cut in half: not rows to quarantine, one line naming the file
    import polars as pl

    pl.DataFrame({"q": ["x"] * 1000}).write_parquet(tmp_path / "d.parquet")
    data = (tmp_path / "d.parquet").read_bytes()
    (tmp_path / "d.parquet").write_bytes(data[: len(data) // 2])
    recipe = tmp_path / "p.yaml"
    recipe.write_text("name: p\nsource: {path: d.parquet, columns: {prompt: q}}\n")
    res = CliRunner().invoke(main, ["run", str(recipe), "--out", str(tmp_path / "run2"), "-q"])
    out = res.output.strip().splitlines()
    assert res.exit_code == 2 and len(out) == 1, res.output
    assert out[0].startswith("error: source.path: cannot read") and "d.parquet" in out[0]


def test_conflicts_across_shards_stay_lossless(tmp_path: Path) -> None:
    # shard 0: `m` is a mapping in every row (a struct); shard 1: an int and a string (JSON
    # text); shard 2: all null. Reading the run back must not turn the mapping into "{1}".
    rows = [
        {"q": "a", "m": {"k": 1}},
        {"q": "b", "m": {"k": 2}},
        {"q": "c", "m": 3},
        {"q": "d", "m": "x"},
        {"q": "e", "m": None},
        {"q": "f"},
    ]
    (tmp_path / "d.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    res = run(_recipe(tmp_path, batch_size=2), out=tmp_path / "run")
    kept = open_run(res.run_dir).read_kept().sort("source_row")
    assert kept["m"].to_list() == ['{"k": 1}', '{"k": 2}', "3", '"x"', None, None]


def test_csv_with_a_late_type_change_is_read_as_text(tmp_path: Path) -> None:
    # polars infers `n` as an integer from the first 10k rows, then meets "abc"
    lines = ["q,n", *(f"x{i},{i}" for i in range(10_005)), "y,abc"]
    (tmp_path / "d.csv").write_text("\n".join(lines) + "\n")
    recipe = load_recipe(
        data={"name": "csv", "source": {"path": "d.csv", "columns": {"prompt": "q"}}},
        base_dir=tmp_path,
    )
    kept = open_run(run(recipe, out=tmp_path / "run").run_dir).read_kept()
    assert kept.height == 10_006 and kept["n"].to_list()[-2:] == ["10004", "abc"]
