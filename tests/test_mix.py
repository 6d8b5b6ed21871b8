"""`mix`: exact and near dedup, quotas and ratios, decontamination, and the job end to end on
runs made with `curate.runner.run` (every row of every input accounted for)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import polars as pl
import pytest
from click.testing import CliRunner

from curate.cli import main
from curate.errors import RecipeError, SourceError
from curate.mix import minhash as _minhash
from curate.mix.plan import quota_targets
from curate.mix.spec import MixConfig
from curate.ngrams import normalize, token_lists
from curate.recipe import load_recipe
from curate.runner import run
from curate.store import open_run
from tests.helpers import trace, write_jsonl, write_recipe

WORDS = [f"w{i}" for i in range(400)]


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        # case and spacing around symbols do not matter
        ("What is 2+2?", "what is 2 + 2", True),
        # punctuation is stripped, whitespace runs (newlines, tabs) collapse
        ("Hello,   world!\n\tBye.", "hello world bye", True),
        # full-width characters are NFKC-normalised to ASCII
        ("ＷＨＡＴ ｉｓ １+１", "what is 1+1", True),
        # LaTeX delimiters and braces are punctuation: $\frac{1}{2}$ ~ \frac 1 2
        ("Find $\\frac{1}{2}$.", "find \\frac{1}{2}", True),
        # a different operator is a different prompt ('-' is punctuation, '+' a symbol)
        ("x+1", "x-1", False),
        # punctuation becomes a space, not nothing: "don't" and "dont" differ
        ("don't", "dont", False),
        # different numbers
        ("What is 2+2?", "What is 2+3?", False),
    ],
)
def test_exact_dedup_normalisation(a: str, b: str, same: bool) -> None:
    na, nb = normalize([a, b]).to_list()
    assert (na == nb) is same


def _pair(n_tokens: int, changed_tail: int) -> tuple[str, str]:
    base = WORDS[:n_tokens]
    other = base[: n_tokens - changed_tail] + WORDS[200 : 200 + changed_tail]
    return " ".join(base), " ".join(other)


@pytest.mark.parametrize(
    ("changed", "expected_sim", "dup"),
    [
        # 104 tokens, last 11 replaced: J = 89/111 = 0.802, just above 0.8 → near-duplicate
        (11, 89 / 111, True),
        # last 12 replaced: J = 88/112 = 0.786, just below → kept
        (12, 88 / 112, False),
        # identical texts → J = 1
        (0, 1.0, True),
        # nothing shared → J = 0
        (104, 0.0, False),
    ],
)
def test_near_dup_threshold(changed: int, expected_sim: float, dup: bool) -> None:
    a, b = _pair(104, changed)
    toks = token_lists(pl.Series([a, b]))
    sets = _minhash.shingle_sets(toks, 5)
    assert _minhash.jaccard(sets[0], sets[1]) == pytest.approx(expected_sim)
    # 64 bands of 2: any pair with J ≥ 0.5 is a candidate, so verification alone decides
    bands, has = _minhash.band_hashes(toks, 5, 128, 64, seed=0)
    assert has.all()
    groups = _minhash.buckets(bands)
    dropped, _ = _minhash.near_duplicates(groups, lambda c: {i: sets[i] for i in c}, 0.8)
    assert (1 in dropped) is dup and 0 not in dropped
    if dup:
        assert dropped[1][0] == 0 and dropped[1][1] == pytest.approx(expected_sim)


def test_lsh_finds_close_pairs_and_ignores_far_ones() -> None:
    """Default 16 bands × 8: J ≥ 0.9 pairs are candidates, J ≈ 0.2 pairs are not."""
    texts, close, far = [], [], []
    for i in range(20):
        words = [f"t{i}_{k}" for k in range(100)]
        texts.append(" ".join(words))
        texts.append(" ".join([*words[:-3], "x", "y", "z"]))  # J = 93/99 ≈ 0.94
        texts.append(" ".join(words[:25] + [f"u{i}_{k}" for k in range(75)]))  # J ≈ 0.12
        close.append((3 * i, 3 * i + 1))
        far.append((3 * i, 3 * i + 2))
    bands, _ = _minhash.band_hashes(token_lists(pl.Series(texts)), 5, 128, 16, seed=0)
    pairs = {(int(a), int(b)) for g in _minhash.buckets(bands) for a in g for b in g if a < b}
    assert all(p in pairs for p in close)
    assert not any(p in pairs for p in far)


def _cfg(inputs: list[dict[str, object]], total: int | None = None) -> MixConfig:
    return MixConfig.model_validate({"inputs": inputs, "total": total})


@pytest.mark.parametrize(
    ("inputs", "total", "available", "take", "warn"),
    [
        # counts within what is available: exactly those
        ([{"run": "a", "count": 600}, {"run": "b", "count": 200}], None, [700, 900], [600, 200], 0),
        # a count above what is available: take all and warn
        ([{"run": "a", "count": 600}, {"run": "b", "count": 200}], None, [500, 900], [500, 200], 1),
        # ratios of a total: 0.75 / 0.25 of 800
        (
            [{"run": "a", "ratio": 0.75}, {"run": "b", "ratio": 0.25}],
            800,
            [1000, 1000],
            [600, 200],
            0,
        ),
        # ratios that do not divide the total: largest remainder keeps the sum at 10
        ([{"run": "a", "ratio": 1 / 3}, {"run": "b", "ratio": 2 / 3}], 10, [10, 10], [3, 7], 0),
        # ratios without a total: the largest mix in proportion (b limits: 100 / 0.25 = 400)
        (
            [{"run": "a", "ratio": 0.75}, {"run": "b", "ratio": 0.25}],
            None,
            [1000, 100],
            [300, 100],
            0,
        ),
        # no count nor ratio: every row; mixed with a count
        ([{"run": "a"}, {"run": "b", "count": 5}], None, [42, 9], [42, 5], 0),
        # a ratio of a total that an input cannot meet: take all, warn, others unchanged
        ([{"run": "a", "ratio": 0.5}, {"run": "b", "ratio": 0.5}], 100, [10, 80], [10, 50], 1),
    ],
)
def test_quotas(
    inputs: list[dict[str, object]],
    total: int | None,
    available: list[int],
    take: list[int],
    warn: int,
) -> None:
    _, got, warnings = quota_targets(_cfg(inputs, total), available)
    assert got == take
    assert len(warnings) == warn
    if warn:
        assert "took all" in warnings[0]


@pytest.mark.parametrize(
    ("mix", "fragment"),
    [
        # count and ratio on one input
        ({"inputs": [{"run": "a", "count": 1, "ratio": 0.5}]}, "not both"),
        # ratios adding up to more than 1 with a total
        (
            {"inputs": [{"run": "a", "ratio": 0.7}, {"run": "b", "ratio": 0.7}], "total": 10},
            "more than 1",
        ),
        # two inputs with the same folder name need distinct names
        ({"inputs": [{"run": "x/a"}, {"run": "y/a"}]}, "distinct `name`"),
        # bands must divide num_perm
        ({"inputs": [{"run": "a"}], "dedup": {"near": {"num_perm": 100, "bands": 16}}}, "divide"),
    ],
)
def test_invalid_mix_sections(mix: dict[str, object], fragment: str) -> None:
    with pytest.raises(RecipeError, match=fragment):
        load_recipe(data={"name": "m", "mix": mix})


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        # both a source and a mix
        ({"mix": {"inputs": [{"run": "a"}]}, "source": {"path": "x"}}, "mix: give `source`"),
        # neither
        ({}, "source: required key is missing"),
        # a mix takes filters only: judges belong in the input recipes
        ({"mix": {"inputs": [{"run": "a"}]}, "judges": ["exact"]}, "judges: a `mix` recipe"),
    ],
)
def test_mix_and_source_are_exclusive(data: dict[str, object], fragment: str) -> None:
    with pytest.raises(RecipeError) as exc:
        load_recipe(data={"name": "m", **data})
    assert fragment in str(exc.value)
    assert str(exc.value).count(fragment.split(":")[0] + ":") == 1  # reported once


# --- end to end -----------------------------------------------------------------------------


def _long(i: int, swap: bool = False) -> str:
    """60 tokens of one prompt's own (long enough for 5-gram shingles); `swap` changes one."""
    words = [f"s{i}x{k}" for k in range(60)]
    if swap:
        words[30] = "swapped"
    return " ".join(words)


def _make_run(tmp: Path, name: str, rows: list[dict[str, object]]) -> Path:
    write_jsonl(tmp / f"{name}.jsonl", rows)
    rec = load_recipe(
        data={
            "name": name,
            "source": {
                "path": f"{name}.jsonl",
                "columns": {"prompt": "q", "reference": "a", "completion": "c"},
            },
            "judges": ["exact"],
            "filters": ["correct"],
            "run": {"batch_size": 8},
        },
        base_dir=tmp,
    )
    out = tmp / "runs" / name
    run(rec, out=out)
    return out


@pytest.fixture
def inputs(tmp_path: Path, shared_data: Path) -> Path:
    math500 = [json.loads(x)["problem"] for x in (shared_data / "math500_test.jsonl").open()]
    a = [
        {
            "q": f"Reasoning task {i}: add {i} and {i + 1}. {_long(i)} end {i}",
            "a": str(2 * i + 1),
            "c": [trace("ok", str(2 * i + 1)), trace("again", str(2 * i + 1)), trace("x", "0")],
        }
        for i in range(40)
    ]
    a.append({"q": math500[0], "a": "z", "c": [trace("copied", "z")]})  # contaminated
    b = [
        {
            "q": f"Plain task {i}: name {i} colours. {_long(100 + i)} stop {i}",
            "a": str(i),
            "c": [trace("short", str(i)) if i % 2 else trace("long " * 30, str(i))],
        }
        for i in range(30)
    ]
    # b repeats 5 prompts of a with other case and punctuation (exact duplicates)
    b += [
        {
            "q": f"REASONING TASK {i} -- add {i} and {i + 1}!! {_long(i)} end {i}",
            "a": str(2 * i + 1),
            "c": [trace("b", str(2 * i + 1))],
        }
        for i in range(5)
    ]
    # and 3 near-duplicates of a's prompts: one token of ~70 changed (J ≈ 0.87)
    b += [
        {
            "q": f"Reasoning task {i}: add {i} and {i + 1}. {_long(i, swap=True)} end {i}",
            "a": str(2 * i + 1),
            "c": [trace("n", str(2 * i + 1))],
        }
        for i in range(10, 13)
    ]
    # and one row repeated exactly (same prompt and completion): a duplicate row
    b.append(dict(b[0]))
    _make_run(tmp_path, "reasoning", a)
    _make_run(tmp_path, "plain", b)
    write_jsonl(tmp_path / "bench.jsonl", [{"problem": math500[0], "id": "m0"}])
    return tmp_path


def _mix_recipe(tmp: Path, **mix: object) -> dict[str, object]:
    section = {
        "inputs": [
            {"run": "runs/reasoning", "count": 50},
            {"run": "runs/plain", "count": 1000},
        ],
        "decontaminate": {"benchmarks": [{"path": "bench.jsonl", "name": "m5", "id_column": "id"}]},
        "seed": 3,
        **mix,
    }
    return {"name": "mixed", "mix": section}


def _keyed(df: pl.DataFrame) -> Counter[tuple[str, str]]:
    return Counter(zip(df["mix_input"].to_list(), df["id"].to_list(), strict=True))


def test_mix_end_to_end(inputs: Path) -> None:
    rec = load_recipe(data=_mix_recipe(inputs), base_dir=inputs)
    res = run(rec, out=inputs / "mix")
    store = open_run(inputs / "mix")
    kept, rej = store.read_kept(), store.read_rejected()
    # every row of every input, once: kept or rejected with a stage and a reason
    expected: Counter[tuple[str, str]] = Counter()
    for name in ("reasoning", "plain"):
        ids = open_run(inputs / "runs" / name).read_kept()["id"].to_list()
        expected.update((name, i) for i in ids)
    assert _keyed(kept) + _keyed(rej) == expected  # (the repeated row shares its id)
    assert kept.height + rej.height == expected.total() == 120
    assert rej["reason"].null_count() == 0
    counts = dict(
        rej.group_by("dropped_by", "reason")
        .len()
        .select(pl.concat_str("dropped_by", "reason", separator="/"), "len")
        .iter_rows()
    )
    assert counts == {
        "decontaminate/contaminated": 1,
        "dedup_exact/duplicate_prompt": 5,  # b's copies of a's prompts, a listed first wins
        "dedup_exact/duplicate_row": 1,  # the row repeated exactly
        "dedup_near/near_duplicate": 3,
        "mix_quota/over_quota": 30,  # a: 80 left, 50 taken
    }
    near = rej.filter(pl.col("dropped_by") == "dedup_near")
    assert all(0.8 <= s < 1 for s in near["similarity"].to_list())
    a_ids = set(open_run(inputs / "runs" / "reasoning").read_kept()["id"].to_list())
    assert set(near["duplicate_of"].to_list()) <= a_ids  # the earlier input's copy is kept
    # per input: what was read, available and taken; b had fewer rows than asked
    mix = res.stats["mix"]
    by = {i["name"]: i for i in mix["inputs"]}
    assert by["reasoning"]["rows"] == 81 and by["reasoning"]["taken"] == 50
    assert by["plain"]["rows"] == 39 and by["plain"]["taken"] == 30
    assert by["plain"]["short_by"] == 970 and len(mix["warnings"]) == 1
    assert kept.filter(pl.col("mix_input") == "reasoning").height == 50
    # decontamination report: the hit, its benchmark item and the matched text
    lines = [json.loads(x) for x in (inputs / "mix" / "decontamination.jsonl").open()]
    assert len(lines) == 1
    assert lines[0]["benchmark"] == "m5" and lines[0]["item_id"] == "m0"
    assert "rectangular coordinates to polar coordinates" in lines[0]["matched"]
    assert mix["decontamination"]["benchmarks"]["m5"]["hits"] == 1
    # the funnel adds up, stage by stage
    stages = {s["name"]: s for s in res.stats["stages"]}
    assert stages["source"]["rows_in"] == 120 and res.stats["rows_out"] == kept.height == 80
    assert stages["mix_quota"]["dropped"] == 30


def test_mix_sampling_is_seeded(inputs: Path) -> None:
    picks = []
    for seed, out in ((3, "m1"), (3, "m2"), (4, "m3")):
        rec = load_recipe(data=_mix_recipe(inputs, seed=seed), base_dir=inputs)
        run(rec, out=inputs / out)
        picks.append(sorted(open_run(inputs / out).read_kept()["id"].to_list()))
    assert picks[0] == picks[1]
    assert picks[0] != picks[2]


def test_mix_with_filters_and_ratio(inputs: Path) -> None:
    data = _mix_recipe(
        inputs,
        inputs=[{"run": "runs/reasoning", "ratio": 0.5}, {"run": "runs/plain", "ratio": 0.5}],
        total=40,
        dedup={"exact": True, "near": False},
    )
    data["filters"] = [{"length": {"max_chars": 100}}]  # b's long completions go
    res = run(load_recipe(data=data, base_dir=inputs), out=inputs / "mf")
    rej = open_run(inputs / "mf").read_rejected()
    assert rej.filter(pl.col("dropped_by") == "length").height == 16  # 15 + the repeated row
    assert "dedup_near" not in set(rej["dropped_by"].to_list())
    by = {i["name"]: i for i in res.stats["mix"]["inputs"]}
    assert by["plain"]["after_filters"] == 39 - 16
    assert by["plain"]["after_dedup"] == 23 - 5  # the copies of a's prompts
    # 0.5 × 40 = 20 each; plain has 18: all of them, with a warning
    assert by["reasoning"]["taken"] == 20 and by["plain"]["taken"] == 18
    assert len(res.stats["mix"]["warnings"]) == 1
    assert res.stats["rows_out"] == 38


def test_finished_mix_is_not_recomputed_and_a_crash_is_redone(inputs: Path) -> None:
    rec = load_recipe(data=_mix_recipe(inputs), base_dir=inputs)
    first = run(rec, out=inputs / "m")
    before = open_run(inputs / "m").read_kept().sort("id")
    again = run(rec, out=inputs / "m")
    assert again.shards_skipped == again.shards_total  # finished: nothing recomputed
    # a crash after some shards: markers of two shards gone, status not complete
    store = open_run(inputs / "m")
    for i in sorted(store.committed())[1:3]:
        (store.shards_dir / f"{i:05d}.json").unlink()
    store.mark("interrupted")
    redo = run(rec, out=inputs / "m")
    assert redo.shards_skipped == first.shards_total - 2
    after = open_run(inputs / "m").read_kept().sort("id")
    assert after.equals(before)
    assert redo.stats["rows_out"] == first.stats["rows_out"]


def test_prompt_only_inputs_dedup_across_chat_and_string_prompts(tmp_path: Path) -> None:
    write_jsonl(
        tmp_path / "chat.jsonl",
        [
            {
                "messages": [
                    {"role": "system", "content": "Be brief."},
                    {"role": "user", "content": "What is 2+2?"},
                ],
                "a": "4",
            },
            {"messages": [{"role": "user", "content": "Name a prime above 10."}], "a": "11"},
        ],
    )
    write_jsonl(
        tmp_path / "plain.jsonl",
        [{"q": "what is 2 + 2", "a": "4"}, {"q": "Name a prime above 100.", "a": "101"}],
    )
    for name, col in (("chat", "messages"), ("plain", "q")):
        src = {"path": f"{name}.jsonl", "columns": {"prompt": col, "reference": "a"}}
        run(load_recipe(data={"name": name, "source": src}, base_dir=tmp_path), out=tmp_path / name)
    data = {"name": "m", "mix": {"inputs": [{"run": "chat"}, {"run": "plain"}]}}
    res = run(load_recipe(data=data, base_dir=tmp_path), out=tmp_path / "m")
    rej = open_run(tmp_path / "m").read_rejected()
    # the user message of the chat prompt equals the string prompt after normalisation
    assert rej.select("mix_input", "reason").rows() == [("plain", "duplicate_prompt")]
    assert (
        res.stats["rows_out"] == 3
        and "completion" not in open_run(tmp_path / "m").read_kept().columns
    )


def test_mix_refuses_unfinished_input(inputs: Path) -> None:
    open_run(inputs / "runs" / "plain").mark("interrupted")
    with pytest.raises(SourceError, match="not finished"):
        run(load_recipe(data=_mix_recipe(inputs), base_dir=inputs), out=inputs / "m")


def test_cli_runs_a_mix_recipe(inputs: Path) -> None:
    path = write_recipe(inputs, _mix_recipe(inputs), "mix.yaml")
    out = inputs / "cli_mix"
    res = CliRunner().invoke(main, ["run", str(path), "--out", str(out), "-q"])
    assert res.exit_code == 0, res.output
    stats = CliRunner().invoke(main, ["stats", str(out)])
    assert stats.exit_code == 0, stats.output
    assert "mix inputs" in stats.output and "decontamination" in stats.output
    show = CliRunner().invoke(main, ["show", str(out), "--dropped-by", "dedup_near", "--json"])
    assert show.exit_code == 0 and len(show.output.strip().splitlines()) == 3
