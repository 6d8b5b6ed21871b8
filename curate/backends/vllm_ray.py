"""The `vllm` backend's `mode: ray_data`: data-parallel vLLM engines on a Ray cluster's GPUs
through Ray Data's LLM batch processor (`ray.data.llm.build_processor` with a
`vLLMEngineProcessorConfig`), instead of one `vllm.LLM` in this process.

Each sample is one row with its own seed and `n=1` (the processor keeps one output per row);
vLLM gives a request with `n` and `seed` the children `seed, seed + 1, …`, so these are the
samples the local mode makes. Prompts are tokenized here (the model's chat template, as the
local mode does): a prompt longer than the context is a `prompt_too_long` row and never reaches
an engine, and the rows carry `tokenized_prompt` (the processor's chat-template and tokenize
stages are off). The processor reports no finish reason: a completion that used its whole
`max_tokens` is `length`, any other `stop`. The generation cache, resume, `n` and
rejection-sampling rounds are the generation stage's (curate.generate), as for every backend.

Engines start when a shard's dataset runs and stop after it: give generation recipes large
shards (`run.batch_size` in the thousands) so start-up is paid rarely.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from curate.backends.base import (
    BackendError,
    Done,
    Request,
    Sample,
    Sampling,
    finish,
    prompt_ids,
)
from curate.errors import MissingDependencyError


def _build_processor(config: Any, **kwargs: Any) -> Any:
    """`ray.data.llm.build_processor` (tests replace this with a fake engine)."""
    from ray.data.llm import build_processor

    return build_processor(config, **kwargs)


def _config(model: str, p: Any) -> Any:
    from ray.data.llm import vLLMEngineProcessorConfig

    engine = {
        "dtype": p.dtype,
        "tensor_parallel_size": p.tensor_parallel_size,
        "gpu_memory_utilization": p.gpu_memory_utilization,
        "enforce_eager": p.enforce_eager,
        "seed": p.seed,
        "trust_remote_code": p.trust_remote_code,
        **({"max_model_len": p.max_model_len} if p.max_model_len else {}),
        **p.engine_args,
    }
    extra = {"accelerator_type": p.accelerator_type} if p.accelerator_type else {}
    return vLLMEngineProcessorConfig(
        model_source=model,
        engine_kwargs=engine,
        concurrency=p.engines,
        batch_size=p.engine_batch_size,
        chat_template_stage=False,
        tokenize_stage=False,
        detokenize_stage=False,
        **extra,
    )


def _preprocess(row: dict[str, Any]) -> dict[str, Any]:
    return {"key": row["key"], "tokenized_prompt": row["ids"], "sampling_params": row["params"]}


def _postprocess(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "key": row["key"],
        "text": row.get("generated_text", ""),
        "completion_tokens": int(row.get("num_generated_tokens", 0)),
        "prompt_tokens": int(row.get("num_input_tokens", 0)),
    }


def _context_length(model_path: str) -> int | None:
    cfg = Path(model_path) / "config.json"
    if not cfg.is_file():
        return None
    data = json.loads(cfg.read_text())
    n = data.get("max_position_embeddings") or data.get("text_config", {}).get(
        "max_position_embeddings"
    )
    return int(n) if n else None


class RayDataEngines:
    """What `VLLMBackend` delegates to in `mode: ray_data`."""

    def __init__(self, model_path: str, params: Any) -> None:
        try:
            import ray  # noqa: F401
            from transformers import AutoTokenizer
        except ImportError as exc:
            raise MissingDependencyError(
                exc.name or "ray", "ray", "the vllm backend's mode: ray_data"
            ) from exc
        self.params = params
        self.tokenizer = AutoTokenizer.from_pretrained(
            model_path, trust_remote_code=params.trust_remote_code
        )
        length = params.max_model_len or _context_length(model_path)
        if length is None:
            raise BackendError(
                f"generate.options.max_model_len: cannot read the context length of {model_path}; "
                "set it"
            )
        self.max_model_len = int(length)
        self.processor = _build_processor(
            _config(model_path, params), preprocess=_preprocess, postprocess=_postprocess
        )

    def encode(self, prompt: Any) -> list[int]:
        if isinstance(prompt, list):
            text = self.tokenizer.apply_chat_template(
                prompt,
                tokenize=False,
                add_generation_prompt=True,
                **self.params.chat_template_kwargs,
            )
            return list(self.tokenizer.encode(text, add_special_tokens=False))
        return list(self.tokenizer.encode(prompt))

    def rows(self, requests: list[Request], sampling: Sampling, done: Done) -> list[dict[str, Any]]:
        """One row per sample; prompts that cannot run are answered here."""
        rows: list[dict[str, Any]] = []
        for i, req in enumerate(requests):
            got = prompt_ids(self.encode, self.max_model_len, i, req, done)
            if got is None:
                continue
            ids, room = got
            for j, seed in enumerate(req.seeds):
                params: dict[str, Any] = {
                    "n": 1,
                    "seed": seed,
                    "temperature": sampling.temperature,
                    "top_p": sampling.top_p,
                    "max_tokens": min(sampling.max_tokens, room),
                }
                if sampling.stop:
                    params["stop"] = list(sampling.stop)
                rows.append({"key": f"{i}:{j}", "ids": ids, "params": params})
        return rows

    def generate(self, requests: list[Request], sampling: Sampling, done: Done) -> int:
        """Run the samples through the engines; return the number of engine requests."""
        import ray

        rows = self.rows(requests, sampling, done)
        if not rows:
            return 0
        limit = {r["key"]: r["params"]["max_tokens"] for r in rows}
        try:
            out = self.processor(ray.data.from_items(rows)).take_all()
        except Exception as exc:
            raise BackendError(
                f"vllm (ray_data) failed on {len(rows)} samples: {type(exc).__name__}: {exc}"
            ) from exc
        results: dict[int, list[Sample | None]] = {}
        for r in rows:
            i, j = map(int, r["key"].split(":"))
            results.setdefault(i, [None] * requests[i].n)
        for o in out:
            i, j = map(int, o["key"].split(":"))
            full = o["completion_tokens"] >= limit[o["key"]]
            results[i][j] = Sample(
                text=o["text"],
                finish_reason="length" if full else "stop",
                prompt_tokens=o["prompt_tokens"],
                completion_tokens=o["completion_tokens"],
            )
        finish(results, done, "vllm (ray_data)")
        return len(rows)
