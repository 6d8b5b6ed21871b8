"""The `transformers` backend on a real (tiny, random) Qwen2 model, on CPU."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

from curate.backends.base import BackendError, Request, Sample, Sampling
from curate.backends.hf import HFParams, TransformersBackend
from curate.recipe import load_recipe
from curate.runner import run
from tests.helpers import write_jsonl
from tests.tiny_model import MAX_POSITIONS, tiny_model_dir  # noqa: F401  (the fixture)


@pytest.fixture(scope="module")
def backend(tiny_model_dir: Path) -> TransformersBackend:  # noqa: F811
    b = TransformersBackend(
        HFParams(batch_size=4, dtype="float32", device="cpu"), model=str(tiny_model_dir)
    )
    b.start()
    return b


def collect(
    backend: TransformersBackend, requests: list[Request], sampling: Sampling
) -> list[list[Sample]]:
    out: dict[int, list[Sample]] = {}
    backend.generate(requests, sampling, lambda i, s: out.__setitem__(i, s))
    assert sorted(out) == list(range(len(requests)))  # every request answered exactly once
    return [out[i] for i in range(len(requests))]


def test_chat_and_text_prompts(backend: TransformersBackend) -> None:
    chat = [{"role": "user", "content": "What is 2+2?"}]
    res = collect(
        backend,
        [Request(chat, [0, 1, 2], [10, 11, 12]), Request("User: hi. Assistant:", [0], [5])],
        Sampling(temperature=1.0, top_p=1.0, max_tokens=8),
    )
    assert [len(r) for r in res] == [3, 1]
    for s in res[0] + res[1]:
        assert s.error is None and isinstance(s.text, str)
        assert s.finish_reason in ("stop", "length") and 1 <= s.completion_tokens <= 8
    # the chat prompt went through the chat template: its token count is the template's
    tok = backend.tokenizer
    templ = tok.apply_chat_template(chat, tokenize=False, add_generation_prompt=True)
    assert res[0][0].prompt_tokens == len(tok(templ, add_special_tokens=False)["input_ids"])
    assert res[1][0].prompt_tokens == len(tok("User: hi. Assistant:")["input_ids"])


def test_same_seeds_same_samples(backend: TransformersBackend) -> None:
    req = [Request("Solve 3x + 5 = 20.", [0, 1], [7, 8])]
    sampling = Sampling(temperature=1.0, top_p=0.95, max_tokens=12)
    a = collect(backend, req, sampling)
    b = collect(backend, req, sampling)
    assert [s.text for s in a[0]] == [s.text for s in b[0]]
    c = collect(backend, [Request("Solve 3x + 5 = 20.", [0, 1], [70, 80])], sampling)
    assert [s.text for s in c[0]] != [s.text for s in a[0]]


def test_greedy_is_deterministic(backend: TransformersBackend) -> None:
    sampling = Sampling(temperature=0.0, max_tokens=6)
    a = collect(backend, [Request("Let f(x) = x^2", [0], [1])], sampling)
    b = collect(backend, [Request("Let f(x) = x^2", [0], [999])], sampling)
    assert a[0][0].text == b[0][0].text


@pytest.mark.parametrize(
    ("words", "max_tokens", "error", "max_completion"),
    [
        (2000, 8, "prompt_too_long", None),  # far over the 512-token context
        (None, 8, None, 8),  # a short prompt: the full budget
    ],
)
def test_context_limits(
    backend: TransformersBackend,
    words: int | None,
    max_tokens: int,
    error: str | None,
    max_completion: int | None,
) -> None:
    prompt = " ".join(["word"] * words) if words else "short"
    (res,) = collect(
        backend, [Request(prompt, [0, 1], [1, 2])], Sampling(temperature=1.0, max_tokens=max_tokens)
    )
    if error:
        assert [s.error for s in res] == [error, error]
        assert res[0].prompt_tokens > MAX_POSITIONS and "context holds 512" in res[0].detail
    else:
        assert all(s.error is None and s.completion_tokens <= max_completion for s in res)


def test_max_tokens_clipped_to_the_context(backend: TransformersBackend) -> None:
    tok = backend.tokenizer
    prompt = " ".join(["x"] * 2000)
    ids = tok(prompt)["input_ids"][: MAX_POSITIONS - 3]
    prompt = tok.decode(ids)
    n = len(tok(prompt)["input_ids"])
    (res,) = collect(backend, [Request(prompt, [0], [1])], Sampling(temperature=1.0, max_tokens=50))
    assert res[0].error is None and res[0].completion_tokens <= MAX_POSITIONS - n


def test_stop_strings_cut_the_text(backend: TransformersBackend) -> None:
    sampling = Sampling(temperature=1.0, max_tokens=24)
    (free,) = collect(backend, [Request("Reflection:", [0], [3])], sampling)
    text = free[0].text
    assert len(text) > 4
    stop = text[2:4]  # something the model does write with this seed
    (cut,) = collect(
        backend,
        [Request("Reflection:", [0], [3])],
        Sampling(temperature=1.0, max_tokens=24, stop=(stop,)),
    )
    assert (
        cut[0].finish_reason == "stop" and stop not in cut[0].text and text.startswith(cut[0].text)
    )


@pytest.mark.parametrize(
    "model",
    [
        "./no/such/model",  # a relative path that is not there
        "/nonexistent/model/dir",  # an absolute one
    ],
)
def test_missing_model_is_a_clear_error(model: str) -> None:
    b = TransformersBackend(HFParams(), model=model)
    with pytest.raises(BackendError, match="is not a model folder"):
        b.start()


def test_run_end_to_end_then_rejudge_without_generating(
    tmp_path: Path,
    tiny_model_dir: Path,  # noqa: F811
) -> None:
    write_jsonl(
        tmp_path / "src.jsonl", [{"q": f"What is {i} + {i}?", "a": str(2 * i)} for i in range(3)]
    )
    data = {
        "name": "hf",
        "source": {"path": "src.jsonl", "columns": {"prompt": "q", "reference": "a"}},
        "generate": {
            "backend": "transformers",
            "model": str(tiny_model_dir),
            "n": 2,
            "max_tokens": 8,
            "temperature": 1.0,
            "options": {"dtype": "float32", "device": "cpu"},
        },
        "run": {"batch_size": 2},
    }
    res = run(load_recipe(data=data, base_dir=tmp_path), out=tmp_path / "run")
    gen = res.stats["generation"]
    assert gen["generated"] == 6 and gen["cached"] == 0  # empty answers count: real outputs
    assert gen["completion_tokens"] > 0 and gen["seconds"] > 0 and gen["requests"] >= 2
    kept = pl.read_parquet(tmp_path / "run" / "data" / "*.parquet")
    assert {
        "completion",
        "sample_index",
        "finish_reason",
        "prompt_tokens",
        "completion_tokens",
        "model",
        "gen_seed",
    } <= set(kept.columns)
    data["judges"] = ["exact"]
    res2 = run(load_recipe(data=data, base_dir=tmp_path), out=tmp_path / "run", force=True)
    gen2 = res2.stats["generation"]
    assert gen2["cached"] == gen["generated"] and gen2["generated"] == 0 and gen2["seconds"] == 0
    kept2 = pl.read_parquet(tmp_path / "run" / "data" / "*.parquet")
    assert kept2.sort("id")["completion"].to_list() == kept.sort("id")["completion"].to_list()
