"""`transformers`: batched `model.generate` for small models on CPU or GPU.

Samples are generated in batches of `batch_size` sequences, grouped by prompt length (left
padding). Chat prompts go through the tokenizer's chat template. A prompt that leaves no room in
the context is a `prompt_too_long` row; `max_tokens` is clipped to what the context leaves.
Stop strings end a completion and are cut from its text (as vLLM and OpenAI servers do).

Seeds: the batch is seeded from its samples' seeds, so a rerun of the same shard is identical;
unlike vLLM, a sample depends on which samples share its batch.
"""

from __future__ import annotations

import hashlib
from typing import Any, Literal

from pydantic import Field

from curate.backends.base import (
    PROMPT_TOO_LONG,
    Backend,
    BackendError,
    BackendParams,
    Done,
    Request,
    Sample,
    Sampling,
)
from curate.errors import MissingDependencyError
from curate.registry import BACKENDS


class HFParams(BackendParams):
    device: str = "auto"
    """`auto` (CUDA when there is one, else CPU), `cpu`, `cuda`, `cuda:1`, `mps`."""
    dtype: Literal["auto", "float32", "bfloat16", "float16"] = "auto"
    """Weights dtype (`auto`: the checkpoint's; float32 on CPU is safest)."""
    batch_size: int = Field(default=8, gt=0)
    """Sequences per `generate` call."""
    max_model_len: int | None = Field(default=None, gt=0)
    """Context length (default: the model's `max_position_embeddings`)."""
    trust_remote_code: bool = False
    """Allow the model folder's own Python code."""
    chat_template_kwargs: dict[str, Any] = Field(default_factory=dict)
    """Extra variables for the chat template (e.g. `{enable_thinking: true}`)."""


@BACKENDS.register("transformers")
class TransformersBackend(Backend[HFParams]):
    """Hugging Face transformers `generate`, batched (small models, CPU or GPU)."""

    Params = HFParams
    cache_exempt = frozenset({"device", "batch_size"})
    requires = ("transformers", "train")  # module, extra (checked before a run)

    def start(self) -> None:
        try:
            import torch
            import transformers
        except ImportError as exc:
            raise MissingDependencyError(
                "transformers", "train", "the transformers backend"
            ) from exc
        p: HFParams = self.params
        path = self.local_model_path()
        device = p.device
        if device == "auto":
            device = "cuda" if torch.cuda.is_available() else "cpu"
        dtype: Any = "auto" if p.dtype == "auto" else getattr(torch, p.dtype)
        try:
            tok = transformers.AutoTokenizer.from_pretrained(
                path, trust_remote_code=p.trust_remote_code
            )
            model = transformers.AutoModelForCausalLM.from_pretrained(
                path, dtype=dtype, trust_remote_code=p.trust_remote_code
            )
        except (OSError, ValueError) as exc:
            raise BackendError(f"transformers cannot load {self.model!r}: {exc}") from exc
        tok.padding_side = "left"
        if tok.pad_token_id is None:
            tok.pad_token = tok.eos_token
        self.torch = torch
        self.tokenizer = tok
        self.lm = model.to(device).eval()  # type: ignore[arg-type]  # transformers' stubs: .to(str)
        self.device = device
        cfg = model.config
        self.max_model_len = p.max_model_len or int(
            getattr(cfg, "max_position_embeddings", 0) or tok.model_max_length
        )
        eos = model.generation_config.eos_token_id
        eos = eos if eos is not None else tok.eos_token_id
        self.eos_ids = set(eos if isinstance(eos, list) else [eos]) - {None}
        super().start()

    def close(self) -> None:
        self.lm = None
        super().close()

    def encode(self, prompt: Any) -> list[int]:
        p: HFParams = self.params
        if isinstance(prompt, list):
            text = self.tokenizer.apply_chat_template(
                prompt, tokenize=False, add_generation_prompt=True, **p.chat_template_kwargs
            )
            return list(self.tokenizer(text, add_special_tokens=False)["input_ids"])
        return list(self.tokenizer(prompt)["input_ids"])

    def generate(self, requests: list[Request], sampling: Sampling, done: Done) -> None:
        p: HFParams = self.params
        results: list[list[Sample | None]] = [[None] * r.n for r in requests]
        items: list[
            tuple[int, int, list[int], int, int]
        ] = []  # (request, position, ids, seed, max_new)
        for i, req in enumerate(requests):
            try:
                ids = self.encode(req.prompt)
            except Exception as exc:  # a chat the template rejects
                done(i, [Sample.failed("bad_prompt", f"{type(exc).__name__}: {exc}")] * req.n)
                continue
            room = self.max_model_len - len(ids)
            if room <= 0:
                msg = f"the prompt has {len(ids)} tokens; the context holds {self.max_model_len}"
                done(i, [Sample.failed(PROMPT_TOO_LONG, msg, len(ids))] * req.n)
                continue
            for j in range(req.n):
                items.append((i, j, ids, req.seeds[j], min(sampling.max_tokens, room)))
        # batches of similar length and the same token budget
        items.sort(key=lambda it: (it[4], len(it[2]), it[0], it[1]))
        left = {i: sum(1 for it in items if it[0] == i) for i in {it[0] for it in items}}
        for b in range(0, len(items), p.batch_size):
            batch = items[b : b + p.batch_size]
            samples = self._batch(batch, sampling)
            for (i, j, *_), s in zip(batch, samples, strict=True):
                results[i][j] = s
                left[i] -= 1
                if left[i] == 0:
                    done(
                        i,
                        [
                            x if x is not None else Sample.failed("backend_error", "no output")
                            for x in results[i]
                        ],
                    )

    def _batch(
        self, batch: list[tuple[int, int, list[int], int, int]], sampling: Sampling
    ) -> list[Sample]:
        torch = self.torch
        tok = self.tokenizer
        width = max(len(it[2]) for it in batch)
        pad = tok.pad_token_id
        input_ids = torch.tensor(
            [[pad] * (width - len(it[2])) + it[2] for it in batch], device=self.device
        )
        mask = torch.tensor(
            [[0] * (width - len(it[2])) + [1] * len(it[2]) for it in batch], device=self.device
        )
        max_new = max(it[4] for it in batch)
        seed = int(
            hashlib.blake2b(repr([it[3] for it in batch]).encode(), digest_size=4).hexdigest(), 16
        )
        torch.manual_seed(seed)
        kwargs: dict[str, Any] = {"max_new_tokens": max_new, "pad_token_id": pad}
        if sampling.temperature > 0:
            kwargs.update(
                do_sample=True, temperature=sampling.temperature, top_p=sampling.top_p, top_k=0
            )
        else:
            kwargs.update(do_sample=False, temperature=None, top_p=None, top_k=None)
        if sampling.stop:
            kwargs.update(stop_strings=list(sampling.stop), tokenizer=tok)
        self.counters.requests += 1
        try:
            with torch.inference_mode():
                out = self.lm.generate(input_ids=input_ids, attention_mask=mask, **kwargs)
        except Exception as exc:
            raise BackendError(
                f"transformers generate failed on a batch of {len(batch)}: {type(exc).__name__}: {exc}"
            ) from exc
        samples = []
        for row, it in zip(out[:, width:].tolist(), batch, strict=True):
            gen: list[int] = []
            finish = "length"
            for t in row[: it[4]]:
                if t in self.eos_ids:
                    gen.append(t)
                    finish = "stop"
                    break
                gen.append(t)
            body = gen[:-1] if finish == "stop" else gen
            text = str(tok.decode(body, skip_special_tokens=True))
            cut = min((text.find(s) for s in sampling.stop if s and s in text), default=-1)
            if cut >= 0:
                text, finish = text[:cut], "stop"
            samples.append(
                Sample(
                    text=text,
                    finish_reason=finish,
                    prompt_tokens=len(it[2]),
                    completion_tokens=len(gen),
                )
            )
        return samples
