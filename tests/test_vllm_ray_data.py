"""The vllm backend's `mode: ray_data` plumbing, with a fake engine in place of vLLM (no GPU or
vLLM here): rows go through a real Ray Data pipeline built like `ray.data.llm`'s processor
(preprocess → engine → postprocess); the run's rows, `n` samples, rejection-sampling rounds and
generation-cache resume are those of a local backend answering from the same seeds."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

import polars as pl
import pytest
from polars.testing import assert_frame_equal

from curate.backends import vllm_ray
from curate.backends.base import Backend, BackendParams, Request, Sample, Sampling
from curate.recipe import load_recipe
from curate.registry import BACKENDS
from curate.runner import run
from tests.helpers import write_jsonl
from tests.tiny_model import tiny_model_dir  # noqa: F401  (the fixture)

ray = pytest.importorskip("ray")
pytestmark = pytest.mark.slow


def answer(seed: int) -> str:
    """What the fake engine (and the local reference backend) make from a sample's seed."""
    return f"<think>seed {seed}</think> \\boxed{{{7 if seed % 3 == 0 else 0}}}"


class FakeProcessor:
    """`build_processor(config, preprocess=…, postprocess=…)`'s result, over a fake engine that
    reads the row's seed (as vLLM's seeded sampling would decide the text)."""

    calls: ClassVar[list[int]] = []
    configs: ClassVar[list[Any]] = []

    def __init__(self, config: Any, preprocess: Any, postprocess: Any) -> None:
        self.config, self.pre, self.post = config, preprocess, postprocess
        type(self).configs.append(config)

    def __call__(self, ds: Any) -> Any:
        type(self).calls.append(ds.count())

        def engine(row: dict[str, Any]) -> dict[str, Any]:
            sp = row["sampling_params"]
            assert sp["n"] == 1 and len(row["tokenized_prompt"]) > 0
            return {
                **row,
                "generated_text": answer(sp["seed"]),
                "num_generated_tokens": min(6, sp["max_tokens"]),
                "num_input_tokens": len(row["tokenized_prompt"]),
            }

        return ds.map(self.pre).map(engine).map(self.post)


class Seeded(Backend):
    """The local reference: the same answers from the same seeds, no Ray."""

    Params = BackendParams
    chat_native: ClassVar[bool] = False

    def generate(self, requests: list[Request], sampling: Sampling, done: Any) -> None:
        for i, r in enumerate(requests):
            done(i, [Sample(answer(s), "stop", 3, 6) for s in r.seeds])


@pytest.fixture(scope="module")
def local_ray() -> Iterator[None]:
    tmp = tempfile.mkdtemp(prefix="cv", dir="/tmp")
    os.environ["RAY_TMPDIR"] = tmp
    ray.init(num_cpus=2, object_store_memory=100 * 2**20, include_dashboard=False)
    yield
    ray.shutdown()
    os.environ.pop("RAY_TMPDIR", None)


@pytest.fixture(autouse=True)
def fakes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(vllm_ray, "_build_processor", FakeProcessor)
    BACKENDS.names()
    monkeypatch.setitem(BACKENDS._items, "seeded", Seeded)
    FakeProcessor.calls, FakeProcessor.configs = [], []


def _recipe(tmp_path: Path, backend: str, model: str, **options: Any) -> Any:
    write_jsonl(tmp_path / "src.jsonl", [{"q": f"question {i}", "a": "7"} for i in range(6)])
    data = {
        "name": "gen",
        "source": {"path": "src.jsonl", "columns": {"prompt": "q", "reference": "a"}},
        "generate": {
            "backend": backend,
            "model": model,
            "template": "r1_zero",
            "n": 2,
            "max_tokens": 64,
            "resample_unsolved": {"max_samples": 6, "n": 2},
            "options": options,
        },
        "judges": ["exact"],
        "run": {"batch_size": 3},
    }
    return load_recipe(data=data, base_dir=tmp_path)


def _rows(run_dir: Path) -> pl.DataFrame:
    # (`id` also hashes the backend and model, so it differs between the two backends)
    cols = ["prompt_id", "sample_index", "completion", "verdict", "gen_round"]
    return pl.read_parquet(run_dir / "data" / "*.parquet").select(cols).sort(cols[:2])


def test_ray_data_mode_matches_a_local_backend_and_resumes(
    tmp_path: Path,
    tiny_model_dir: Path,  # noqa: F811
    local_ray: None,
) -> None:
    # the same samples (seeds), rounds and verdicts as a local backend; a rerun generates nothing
    ref = _recipe(tmp_path, "seeded", "m")
    run(ref, out=tmp_path / "ref")
    r = _recipe(tmp_path, "vllm", str(tiny_model_dir), mode="ray_data", engines=2)
    res = run(r, out=tmp_path / "ray")
    want, got = _rows(tmp_path / "ref"), _rows(tmp_path / "ray")
    assert want.height > 12 and want["gen_round"].max() >= 1  # extra rounds ran
    assert_frame_equal(got, want)
    gen = res.stats["generation"]
    assert sum(FakeProcessor.calls) == gen["generated"] == want.height
    cfg = FakeProcessor.configs[0]
    assert cfg.concurrency == 2 and cfg.model_source == str(tiny_model_dir)
    assert got["completion"].str.contains("seed").all()
    # a rerun resumes: both shards committed, nothing redone
    before = len(FakeProcessor.calls)
    again = run(r, out=tmp_path / "ray")
    assert (again.shards_total, again.shards_skipped) == (2, 2)
    # shards lost after their samples were stored: redone from the generation cache, no engine
    shutil.rmtree(tmp_path / "ray" / "shards")
    again = run(r, out=tmp_path / "ray")
    assert again.shards_skipped == 0 and len(FakeProcessor.calls) == before
    assert again.stats["generation"]["generated"] == 0
    assert again.stats["generation"]["cached"] == want.height
    assert _rows(tmp_path / "ray").equals(want)


def test_prompt_longer_than_the_context_never_reaches_an_engine(
    tiny_model_dir: Path,  # noqa: F811
    local_ray: None,
) -> None:
    from curate.backends.vllm import VLLMBackend, VLLMParams

    b = VLLMBackend(VLLMParams(mode="ray_data", max_model_len=8), model=str(tiny_model_dir))
    b.start()
    out: dict[int, list[Sample]] = {}
    reqs = [Request("word " * 50, [0, 1], [5, 6]), Request("hi", [0], [9])]
    b.generate(reqs, Sampling(max_tokens=100), lambda i, s: out.__setitem__(i, s))
    assert [s.error for s in out[0]] == ["prompt_too_long", "prompt_too_long"]
    (short,) = out[1]
    # max_tokens is clipped to the room the context leaves; a completion filling it is `length`
    room = 8 - len(b.encode("hi"))
    assert short.text == answer(9) and short.completion_tokens == min(6, room)
    assert short.finish_reason == ("length" if 6 >= room else "stop")
    assert FakeProcessor.calls == [1]


def test_resources_of_the_modes() -> None:
    from curate.backends.vllm import VLLMBackend, VLLMParams

    # local: the shard task holds the engine's GPUs; ray_data: the engines are their own actors
    local = VLLMBackend.resources(VLLMParams(tensor_parallel_size=2))
    assert local == {"num_cpus": 1.0, "num_gpus": 2.0}
    assert VLLMBackend.resources(VLLMParams(mode="ray_data")) == {"num_cpus": 1.0, "num_gpus": 0.0}
