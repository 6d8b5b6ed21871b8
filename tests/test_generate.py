"""The generation stage: rows per sample, reason codes, the generation store (resume, reuse),
rejection sampling rounds and the unsolved-prompt export.

The backends themselves are tested for real in test_backend_*.py; here a scripted backend (its
answer is a function of the prompt text and the sample index) drives the stage's own logic.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, ClassVar

import polars as pl
import pytest

from curate.backends.base import Backend, BackendParams, Request, Sample, Sampling
from curate.backends.openai import OpenAIBackend
from curate.errors import CurateError, RecipeError, StageError
from curate.generate import Generator, config_key, unsolved_prompts
from curate.recipe import GenerateConfig, load_recipe
from curate.registry import BACKENDS
from curate.runner import run
from curate.store import GenerationCache
from tests.helpers import write_jsonl


class Scripted(Backend):
    """Answers from the prompt text: `solve at K` is right (\\boxed{7}) only at sample K; `too
    long`, `bad`, `flaky`, `empty` fail in their way; anything else boxes the sample index."""

    Params = BackendParams
    calls: ClassVar[list[list[tuple[str, list[int], list[int]]]]] = []
    starts = 0
    crash_after: int | None = None

    def start(self) -> None:
        type(self).starts += 1
        super().start()

    def generate(self, requests: list[Request], sampling: Sampling, done: Any) -> None:
        type(self).calls.append([(str(r.prompt), r.indices, r.seeds) for r in requests])
        for i, r in enumerate(requests):
            if self.crash_after is not None and i >= self.crash_after:
                raise KeyboardInterrupt
            done(i, [self.answer(str(r.prompt), k) for k in r.indices])

    @staticmethod
    def answer(prompt: str, k: int) -> Sample:
        if "too long" in prompt:
            return Sample.failed(
                "prompt_too_long", "the prompt has 900 tokens; the context holds 512", 900
            )
        if "bad" in prompt:
            return Sample.failed("bad_request", "HTTP 400: invalid")
        if "flaky" in prompt:
            return Sample.failed("backend_error", "timeout: no answer (after 5 retries)")
        if "empty" in prompt:
            return Sample(text="  \n", finish_reason="stop", prompt_tokens=5, completion_tokens=1)
        m = re.search(r"solve at (\d+)", prompt)
        ans = ("7" if int(m.group(1)) == k else "0") if m else str(k)
        return Sample(
            text=f"<think>try {k}</think> \\boxed{{{ans}}}",
            finish_reason="stop",
            prompt_tokens=5,
            completion_tokens=4 + k,
        )


@pytest.fixture(autouse=True)
def scripted(monkeypatch: pytest.MonkeyPatch) -> type[Scripted]:
    BACKENDS.names()  # load the built-ins first, then add the scripted one for this test only
    monkeypatch.setitem(BACKENDS._items, "scripted", Scripted)
    Scripted.calls, Scripted.starts, Scripted.crash_after = [], 0, None
    return Scripted


def recipe(tmp_path: Path, prompts: list[str], **generate: Any) -> Any:
    write_jsonl(tmp_path / "src.jsonl", [{"q": p, "a": "7"} for p in prompts])
    extra = {k: generate.pop(k) for k in ("judges", "filters", "select", "run") if k in generate}
    data = {
        "name": "gen",
        "source": {"path": "src.jsonl", "columns": {"prompt": "q", "reference": "a"}},
        "generate": {"backend": "scripted", "model": "m", "template": "r1_zero", **generate},
        **extra,
    }
    return load_recipe(data=data, base_dir=tmp_path)


def prompt_rows(prompts: list[str]) -> pl.DataFrame:
    return pl.DataFrame(
        {
            "id": [f"r{i}" for i in range(len(prompts))],
            "prompt_id": [f"p{i}" for i in range(len(prompts))],
            "source_row": list(range(len(prompts))),
            "prompt": prompts,
            "reference": ["7"] * len(prompts),
        }
    )


def test_one_row_per_sample_with_its_columns(tmp_path: Path) -> None:
    gen = Generator(recipe(tmp_path, [], n=3), tmp_path / "run")
    kept, rejected, record, stats = gen.run(0, prompt_rows(["alpha", "beta"]))
    assert kept.height == 6 and rejected.height == 0
    assert kept["sample_index"].to_list() == [0, 1, 2, 0, 1, 2]
    assert kept["id"].n_unique() == 6 and kept["prompt_id"].to_list() == ["p0"] * 3 + ["p1"] * 3
    assert kept["completion"].to_list()[:3] == [
        f"<think>try {k}</think> \\boxed{{{k}}}" for k in range(3)
    ]
    seeds = kept["gen_seed"].to_list()
    assert seeds[1] == seeds[0] + 1 and seeds[2] == seeds[0] + 2 and seeds[3] != seeds[0]
    assert set(kept["model"]) == {"m"} and set(kept["gen_round"]) == {0}
    assert kept["completion_tokens"].to_list()[:3] == [4, 5, 6]
    assert record["kind"] == "generate" and record["rows_in"] == 6 and record["rows_out"] == 6
    assert stats["prompts"] == 2 and stats["generated"] == 6 and stats["cached"] == 0
    assert stats["completion_tokens"] == 2 * (4 + 5 + 6) and stats["prompt_tokens"] == 30
    assert stats["finish_reasons"] == {"stop": 6}
    # one request per prompt, the samples' seeds consecutive from the prompt's base seed
    (call,) = Scripted.calls
    assert [c[1] for c in call] == [[0, 1, 2], [0, 1, 2]]


@pytest.mark.parametrize(
    ("prompt", "reason", "detail"),
    [
        ("a too long prompt", "prompt_too_long", "context holds 512"),  # the context cannot hold it
        ("a bad prompt", "bad_request", "HTTP 400"),  # the server refused this request
        ("a flaky prompt", "backend_error", "after 5 retries"),  # transient failures, retries spent
        ("an empty answer", "empty_completion", None),  # whitespace only: nothing to judge
    ],
)
def test_failed_samples_are_rejected_with_a_reason(
    tmp_path: Path, prompt: str, reason: str, detail: str | None
) -> None:
    gen = Generator(recipe(tmp_path, [], n=2, max_error_rate=1.0), tmp_path / "run")
    kept, rejected, record, stats = gen.run(0, prompt_rows(["fine", prompt]))
    assert kept.height == 2 and set(kept["prompt_id"]) == {"p0"}
    assert rejected.height == 2
    assert set(rejected["reason"]) == {reason} and set(rejected["dropped_by"]) == {"generate"}
    assert rejected["sample_index"].to_list() == [0, 1] and set(rejected["prompt_id"]) == {"p1"}
    if detail is None:
        assert rejected["error_detail"].is_null().all()
    else:
        assert all(detail in d for d in rejected["error_detail"])
    assert record["reasons"] == {reason: 2} and record["dropped"] == 2
    assert stats["errors"] == {reason: 2}


def test_backend_errors_over_the_rate_abort_and_keep_the_finished(tmp_path: Path) -> None:
    prompts = ["one", "a flaky prompt", "two"]
    gen = Generator(
        recipe(tmp_path, [], n=2, max_error_rate=0.2, checkpoint_every=1), tmp_path / "run"
    )
    with pytest.raises(
        StageError,
        match=r"2 of 6 samples failed .*generate.max_error_rate=0.2.*4 samples that finished are saved",
    ):
        gen.run(0, prompt_rows(prompts))
    # the server is back: the rerun only asks for what failed
    Scripted.calls.clear()
    fixed = ["one", "a fixed prompt", "two"]
    gen2 = Generator(recipe(tmp_path, [], n=2, max_error_rate=0.2), tmp_path / "run")
    kept, _, _, stats = gen2.run(0, prompt_rows(fixed))
    assert kept.height == 6 and stats["cached"] == 4 and stats["generated"] == 2
    assert [c[0] for c in Scripted.calls[0]] == [gen2.template.render({"prompt": "a fixed prompt"})]


def test_stored_generations_are_reused_without_starting_the_backend(tmp_path: Path) -> None:
    rows = prompt_rows(["alpha", "beta"])
    first = Generator(recipe(tmp_path, [], n=2), tmp_path / "run").run(0, rows)[0]
    assert Scripted.starts == 1
    again = Generator(recipe(tmp_path, [], n=2), tmp_path / "run")
    kept, _, record, stats = again.run(0, rows)
    assert Scripted.starts == 1 and not again.backend.started
    assert stats["cached"] == 4 and stats["generated"] == 0 and record["cached"] == 4
    assert kept.equals(first)


def test_more_samples_reuse_the_first_ones(tmp_path: Path) -> None:
    rows = prompt_rows(["alpha"])
    Generator(recipe(tmp_path, [], n=2), tmp_path / "run").run(0, rows)
    kept, _, _, stats = Generator(recipe(tmp_path, [], n=4), tmp_path / "run").run(0, rows)
    assert kept["sample_index"].to_list() == [0, 1, 2, 3]
    assert stats["cached"] == 2 and stats["generated"] == 2
    assert Scripted.calls[-1][0][1] == [2, 3]


@pytest.mark.parametrize(
    ("change", "regenerates"),
    [
        ({"temperature": 1.0}, True),  # sampling parameters address the samples
        ({"seed": 1}, True),  # so does the seed
        ({"max_tokens": 99}, True),  # and the length limit
        ({"template": "chat"}, True),  # a different rendered prompt is a different prompt
        ({"max_error_rate": 0.5}, False),  # how failures are handled does not
        ({"checkpoint_every": 7}, False),  # nor how often they are saved
    ],
)
def test_what_addresses_a_sample(tmp_path: Path, change: dict, regenerates: bool) -> None:
    rows = prompt_rows(["alpha"])
    Generator(recipe(tmp_path, [], n=1), tmp_path / "run").run(0, rows)
    stats = Generator(recipe(tmp_path, [], n=1, **change), tmp_path / "run").run(0, rows)[3]
    assert stats["generated"] == (1 if regenerates else 0)


@pytest.mark.parametrize(
    ("options", "same"),
    [
        (
            {"timeout": 5, "max_in_flight": 2, "base_url": "http://127.0.0.1:9/v1"},
            True,
        ),  # transport only
        ({"extra_body": {"top_k": 20}}, False),  # changes what the server samples
    ],
)
def test_backend_options_exempt_from_the_address(options: dict, same: bool) -> None:
    base = GenerateConfig(backend="openai", model="m")
    other = GenerateConfig(backend="openai", model="m", options=options)
    assert (config_key(base, OpenAIBackend)[0] == config_key(other, OpenAIBackend)[0]) is same


def test_interrupted_generation_keeps_finished_requests(tmp_path: Path) -> None:
    rows = prompt_rows(["alpha", "beta", "gamma"])
    Scripted.crash_after = 2  # Ctrl-C while the third prompt is generating
    with pytest.raises(KeyboardInterrupt):
        Generator(recipe(tmp_path, [], n=2, checkpoint_every=1000), tmp_path / "run").run(0, rows)
    Scripted.crash_after = None
    stats = Generator(recipe(tmp_path, [], n=2), tmp_path / "run").run(0, rows)[3]
    assert stats["cached"] == 4 and stats["generated"] == 2


def test_torn_cache_file_is_ignored(tmp_path: Path) -> None:
    rows = prompt_rows(["alpha"])
    gen = Generator(recipe(tmp_path, [], n=1), tmp_path / "run")
    gen.run(0, rows)
    (part,) = gen.cache.dir.glob("part-*.parquet")
    part.write_bytes(part.read_bytes()[:20])  # a crash mid-write on a filesystem without rename
    stats = Generator(recipe(tmp_path, [], n=1), tmp_path / "run").run(0, rows)[3]
    assert stats["generated"] == 1


def test_duplicate_prompts_are_generated_once(tmp_path: Path) -> None:
    gen = Generator(recipe(tmp_path, [], n=2), None)
    kept = gen.run(0, prompt_rows(["same", "same"]))[0]
    assert kept.height == 4 and kept["id"].n_unique() == 4
    assert len(Scripted.calls[0]) == 1  # one request served both rows


def test_resample_unsolved_rounds_and_export(tmp_path: Path) -> None:
    prompts = ["solve at 0", "solve at 5", "never solved"]
    r = recipe(
        tmp_path,
        prompts,
        n=2,
        judges=["exact"],
        resample_unsolved={"max_samples": 6, "n": 2},
        run={"batch_size": 10},
    )
    res = run(r, out=tmp_path / "run")
    data = pl.read_parquet(tmp_path / "run" / "data" / "*.parquet")
    per = (
        data.group_by("prompt")
        .agg(
            pl.len().alias("rows"),
            pl.first("n_samples"),
            pl.first("n_correct"),
            pl.col("gen_round").max(),
        )
        .sort("prompt")
    )
    got = {p: (n, c, rnd) for p, _, n, c, rnd in per.iter_rows()}
    assert got == {"never solved": (6, 0, 2), "solve at 0": (2, 1, 0), "solve at 5": (6, 1, 2)}
    gen = res.stats["generation"]
    assert gen["resample"]["rounds"] == {
        "1": {"prompts": 2, "samples": 4, "solved": 0},
        "2": {"prompts": 2, "samples": 4, "solved": 1},
    }
    assert gen["samples"] == 2 * 3 + 8 and gen["generated"] == 14
    judge = next(s for s in res.stats["stages"] if s["name"] == "exact")
    assert judge["rows_in"] == 14  # every sample judged once
    assert res.stats["prompts"]["unsolved"] == 1 and res.stats["prompts"]["samples"] == 14
    unsolved = unsolved_prompts(tmp_path / "run")
    assert unsolved["prompt"].to_list() == ["never solved"]
    assert unsolved["n_samples"].to_list() == [6] and unsolved["n_correct"].to_list() == [0]


def test_resample_max_rounds(tmp_path: Path) -> None:
    r = recipe(
        tmp_path,
        ["never solved"],
        n=1,
        judges=["exact"],
        resample_unsolved={"max_samples": 10, "max_rounds": 2},
    )
    res = run(r, out=tmp_path / "run")
    assert res.stats["generation"]["resample"]["extra_samples"] == 2
    assert res.stats["prompts"]["samples"] == 3


def test_unsolved_prompts_needs_verdicts(tmp_path: Path) -> None:
    run(recipe(tmp_path, ["a"], n=1), out=tmp_path / "run")
    with pytest.raises(CurateError, match="no judged samples"):
        unsolved_prompts(tmp_path / "run")


def test_generations_survive_force(tmp_path: Path) -> None:
    r = recipe(tmp_path, ["alpha", "beta"], n=2, judges=["exact"])
    run(r, out=tmp_path / "run")
    assert Scripted.starts == 1
    r2 = recipe(tmp_path, ["alpha", "beta"], n=2, judges=["exact"], filters=["correct"])
    res = run(r2, out=tmp_path / "run", force=True)  # a changed recipe: judged again, not generated
    assert Scripted.starts == 1 and res.stats["generation"]["cached"] == 4


@pytest.mark.parametrize(
    ("generate", "message"),
    [
        # an unknown backend lists the valid ones
        ({"backend": "vlm"}, "unknown backend 'vlm'"),
        # backend options are validated by the backend
        (
            {"backend": "openai", "options": {"max_inflight": 3}},
            "generate.options.max_inflight: unknown key",
        ),
        # and their values too
        (
            {"backend": "vllm", "options": {"gpu_memory_utilization": 2}},
            "generate.options.gpu_memory_utilization",
        ),
        # resampling needs judges to know what is solved
        (
            {"backend": "transformers", "resample_unsolved": {"max_samples": 4}},
            "needs at least one judge",
        ),
        # and room beyond the first round
        (
            {"backend": "transformers", "n": 4, "resample_unsolved": {"max_samples": 4}},
            "expected more than generate.n",
        ),
    ],
)
def test_recipe_validation(generate: dict, message: str) -> None:
    data = {"name": "t", "source": {"path": "x.jsonl"}, "generate": {"model": "m", **generate}}
    with pytest.raises(RecipeError, match=message):
        load_recipe(data=data)


def test_cache_lookup_across_files(tmp_path: Path) -> None:
    cache = GenerationCache(tmp_path, "k", {"what": "test"})
    recs = [
        {
            "sample_key": f"s{i}",
            "prompt_key": "p",
            "sample_index": i,
            "seed": i,
            "completion": f"c{i}",
            "finish_reason": "stop",
            "prompt_tokens": 1,
            "completion_tokens": 2,
        }
        for i in range(5)
    ]
    cache.add(recs[:2], flush_at=2)
    cache.add(recs[2:], flush_at=100)
    assert cache.pending() == 3
    cache.flush()
    fresh = GenerationCache(tmp_path, "k")
    assert len(fresh) == 5 and len(list(fresh.dir.glob("part-*.parquet"))) == 2
    found = fresh.lookup(["s0", "s4", "missing"])
    assert sorted(found) == ["s0", "s4"] and found["s4"]["completion"] == "c4"
    assert (fresh.dir / "config.json").exists()
