"""`decontaminate`: n-gram overlap with benchmark items (MATH-500 and small synthetic sets)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import polars as pl
import pytest
from curate.filters.decontaminate import DecontaminateFilter

from curate.ngrams import DecontamParams, load_index, normalize
from curate.recipe import load_recipe
from curate.runner import run
from curate.store import open_run
from tests.helpers import write_jsonl

CONVERT = (
    "Convert the point $(0,3)$ in rectangular coordinates to polar coordinates.  Enter your "
    "answer in the form $(r,\\theta),$ where $r > 0$ and $0 \\le \\theta < 2 \\pi.$"
)
CONVERT_ID = "test/precalculus/807.json"
DIVISORS_ID = "test/number_theory/572.json"  # "How many positive whole-number divisors does 196 have?" (9 tokens)


def _math500(shared_data: Path) -> list[dict[str, str]]:
    return [json.loads(x) for x in (shared_data / "math500_test.jsonl").open()]


def _filter(path: Path, **kw: object) -> DecontaminateFilter:
    bench = {"path": str(path), "column": "problem", "name": "math500", "id_column": "unique_id"}
    return DecontaminateFilter(DecontamParams(benchmarks=[bench], **kw))  # type: ignore[arg-type]


def _batch(prompts: list[object], completions: list[str] | None = None) -> pl.DataFrame:
    data: dict[str, object] = {
        "id": [f"r{i}" for i in range(len(prompts))],
        "prompt": prompts,
    }
    if completions is not None:
        data["completion"] = completions
    return pl.DataFrame(data, strict=False)


@pytest.mark.parametrize(
    ("prompt", "hit"),
    [
        # copied verbatim: the whole problem is shared
        (CONVERT, CONVERT_ID),
        # copied with whitespace, case and punctuation changes: normalisation removes them
        (CONVERT.upper().replace("  ", "\n\t ").replace("$", "").replace(",", " , "), CONVERT_ID),
        # copied inside a longer instruction: one shared 13-gram is enough
        ("Solve this and show every step.\n\n" + CONVERT + "\nBox the final answer.", CONVERT_ID),
        # a paraphrase with no 13 consecutive shared tokens: not flagged
        (
            "Write the rectangular point (0, 3) in polar form (r, θ), taking r positive and θ "
            "from 0 up to but excluding 2π.",
            None,
        ),
        # a short MATH-500 item (9 tokens < n) copied exactly: compared whole
        ("How many positive whole-number divisors does 196 have?", DIVISORS_ID),
        # the same short item inside a longer prompt: contained whole, still a hit
        ("Quick one: how many positive whole number divisors does 196 have? Explain.", DIVISORS_ID),
        # a short prompt that is no benchmark item: below n tokens, no hit
        ("How many positive divisors does 200 have?", None),
        # an unrelated word problem (GSM8K style): no hit
        (
            "Janet's ducks lay 16 eggs per day. She eats three for breakfast every morning and "
            "bakes muffins for her friends every day with four.",
            None,
        ),
        # chat prompt: the user message is checked, the system message is not
        (
            [{"role": "system", "content": "Be brief."}, {"role": "user", "content": CONVERT}],
            CONVERT_ID,
        ),
    ],
)
def test_math500_hits_and_misses(shared_data: Path, prompt: object, hit: str | None) -> None:
    flt = _filter(shared_data / "math500_test.jsonl")
    out = flt.apply(_batch([prompt]))
    if hit is None:
        assert out.kept.height == 1 and out.rejected.height == 0
        assert out.kept["contamination"].to_list() == [None]
    else:
        assert out.rejected.height == 1
        row = out.rejected.row(0, named=True)
        assert row["reason"] == "contaminated" and row["dropped_by"] == "decontaminate"
        assert row["contamination"] == f"math500:{hit}"
        assert row["contamination_match"]  # the shared text, normalised
        assert row["contamination_match"] in " ".join(normalize([str(prompt)]).to_list()) or (
            isinstance(prompt, list)
        )


def test_every_math500_problem_finds_itself(shared_data: Path) -> None:
    items = _math500(shared_data)
    flt = _filter(shared_data / "math500_test.jsonl")
    out = flt.apply(_batch([r["problem"] for r in items]))
    assert out.kept.height == 0
    assert out.rejected["contamination"].to_list() == [f"math500:{r['unique_id']}" for r in items]


@pytest.mark.parametrize(
    ("n", "scope", "text_in", "hit"),
    [
        # 10 copied tokens: n=8 finds them, n=13 does not
        (8, "prompt", "prompt", True),
        (13, "prompt", "prompt", False),
        # the copy is in the completion: only a completion or both scope sees it
        (8, "prompt", "completion", False),
        (8, "completion", "completion", True),
        (8, "both", "completion", True),
        # the copy is in the prompt: a completion-only scope does not look there
        (8, "completion", "prompt", False),
    ],
)
def test_n_and_scope(tmp_path: Path, n: int, scope: str, text_in: str, hit: bool) -> None:
    bench = write_jsonl(
        tmp_path / "b.jsonl",
        [
            {
                "problem": "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november"
            }
        ],
    )
    copied = "We start from alpha bravo charlie delta echo foxtrot golf hotel india juliet today."
    plain = "Nothing to see here, just a normal question about numbers and shapes."
    prompt, completion = (copied, plain) if text_in == "prompt" else (plain, copied)
    flt = _filter(bench, n=n, scope=scope)
    out = flt.apply(_batch([prompt], [completion]))
    assert out.rejected.height == int(hit)
    if hit:
        assert out.rejected["reason"].to_list() == ["contaminated"]


@pytest.mark.parametrize(
    ("max_items", "hit"),
    [
        # the shared sentence is in two benchmark items: boilerplate, ignored by default
        (1, False),
        # with every n-gram kept, the boilerplate alone flags the prompt
        (None, True),
    ],
)
def test_boilerplate_ngrams_are_ignored(tmp_path: Path, max_items: int | None, hit: bool) -> None:
    boiler = "Enter all the solutions separated by commas and simplify every radical in your final answer."
    bench = write_jsonl(
        tmp_path / "b.jsonl",
        [
            {"problem": f"Find all real x with x^3 = 8x. {boiler}"},
            {"problem": f"Solve the quadratic 2x^2 - 3x - 7 = 0. {boiler}"},
        ],
    )
    prompt = f"Find every root of the cubic y^3 - 4y = 1. {boiler}"  # "1 enter all …" is new
    out = _filter(bench, max_items_per_ngram=max_items).apply(_batch([prompt]))
    assert out.rejected.height == int(hit)


def test_index_cached_per_file_version(tmp_path: Path) -> None:
    bench = write_jsonl(
        tmp_path / "b.jsonl", [{"problem": "one two three four five six seven eight"}]
    )
    p = DecontamParams(benchmarks=[{"path": str(bench)}], n=4)  # type: ignore[list-item]
    first = load_index(p)
    assert load_index(p) is first  # built once per process
    write_jsonl(bench, [{"problem": "nine ten eleven twelve thirteen fourteen"}])
    st = bench.stat()
    os.utime(bench, ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))
    second = load_index(p)
    assert second is not first and second.texts == ["nine ten eleven twelve thirteen fourteen"]


def test_relative_benchmark_path_resolves_against_the_recipe(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    d = tmp_path / "recipes"
    d.mkdir()
    write_jsonl(
        d / "bench.jsonl",
        [{"q": "the quick brown fox jumps over the lazy dog near the river bank"}],
    )
    write_jsonl(
        d / "data.jsonl",
        [
            {"p": "Q: the quick brown fox jumps over the lazy dog near the river bank?", "a": "1"},
            {"p": "A different question about foxes and dogs.", "a": "2"},
        ],
    )
    monkeypatch.chdir(tmp_path)  # the working directory is not the recipe's folder
    rec = load_recipe(
        data={
            "name": "dc",
            "source": {"path": "data.jsonl", "columns": {"prompt": "p", "reference": "a"}},
            "filters": [
                {
                    "decontaminate": {
                        "benchmarks": [{"path": "bench.jsonl", "column": "q", "name": "b"}]
                    }
                }
            ],
        },
        base_dir=d,
    )
    res = run(rec, out=tmp_path / "run")
    by = {s["name"]: s for s in res.stats["stages"]}
    assert by["decontaminate"]["reasons"] == {"contaminated": 1}
    rej = open_run(tmp_path / "run").read_rejected()
    assert rej["contamination"].to_list() == ["b:0"]
