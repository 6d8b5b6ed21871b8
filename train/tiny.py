"""`curate train tiny --out DIR`: a tiny randomly initialised model and an offline tokenizer.

No weights can be downloaded where tests and CI run, so this builds a real (if useless) causal
LM on disk that transformers, TRL, `transformers serve` and vLLM's CPU build load like any
Hugging Face model — the base model of `recipes/r1_tiny.yaml` and of the tests:

- a byte-level BPE tokenizer trained by `tokenizers` on a small built-in corpus (plus, with
  `--corpus FILE`, the text of a jsonl/text file, so merges fit the data), with the same
  normaliser and pre-tokenizer split that transformers' `Qwen2Tokenizer` installs (otherwise
  `AutoTokenizer` and the saved tokenizer disagree), the ChatML special tokens, and
  `<think>`/`</think>`/`<answer>`/`</answer>` as added tokens that are NOT special (so
  `skip_special_tokens` keeps them), plus a ChatML chat template;
- a Qwen2 config (default hidden size 64, 2 layers, heads of size 32 — vLLM needs ≥ 32 — and
  1 KV head), float32, random weights from a fixed seed, saved as safetensors.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click
from curate.train._common import friendly, require_trl

# The split transformers' Qwen2Tokenizer uses (transformers/models/qwen2/tokenization_qwen2.py).
QWEN2_SPLIT = r"""(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+"""
SPECIAL = ["<|endoftext|>", "<|im_start|>", "<|im_end|>"]
THINK = ["<think>", "</think>", "<answer>", "</answer>"]
CHAT_TEMPLATE = (
    "{%- for message in messages %}"
    "{{- '<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>' + '\\n' }}"
    "{%- endfor %}"
    "{%- if add_generation_prompt %}{{- '<|im_start|>assistant\\n' }}{%- endif %}"
)
MAX_POSITIONS = 512
"""The model's context length: prompts longer than this are `prompt_too_long`."""

_CORPUS = [
    "A conversation between User and Assistant. The user asks a question, and the Assistant solves it.",
    "<think> Let me think step by step. First, 2 + 3 = 5. Then 5 * 4 = 20. </think> The answer is \\boxed{20}.",
    "What is the sum of the first 10 positive integers? The sum is n(n+1)/2 = 55, so \\boxed{55}.",
    "Solve for x: 3x + 5 = 20. Subtract 5: 3x = 15. Divide by 3: x = 5. Wait, let me verify: 3*5+5 = 20.",
    "Natalia sold clips to 48 of her friends in April, and then she sold half as many clips in May.",
    "How many clips did Natalia sell altogether in April and May? 48 + 24 = 72. #### 72",
    "Let f(x) = x^2 - 4x + 4. Find the minimum value of f. Completing the square, f(x) = (x-2)^2 >= 0.",
    "The probability of rolling a sum of 7 with two fair dice is 6/36 = 1/6.",
    "Therefore, the final answer is $\\frac{1}{6}$. I double-checked the computation and it is correct.",
    "用中文回答：二加三等于五。答案是五。",
    "def solve(n):\n    return sum(range(n + 1))\n\nprint(solve(10))  # 55",
    "Hmm, that does not look right. Let me reconsider the problem from the beginning.",
    "Reflection: the previous step assumed the numbers were distinct. Verification: substituting back works.",
]


def _build_tokenizer(out: Path, vocab_size: int, corpus: list[str] | None) -> Any:
    """Train the byte-level BPE tokenizer, save it (as a Qwen2 tokenizer) and return it."""
    from tokenizers import AddedToken, Regex, Tokenizer, decoders, normalizers, pre_tokenizers
    from tokenizers.models import BPE
    from tokenizers.trainers import BpeTrainer
    from transformers import PreTrainedTokenizerFast

    tok = Tokenizer(
        BPE(
            unk_token=None,
            continuing_subword_prefix="",
            end_of_word_suffix="",
            fuse_unk=False,
            byte_fallback=False,
        )
    )
    tok.normalizer = normalizers.NFC()
    tok.pre_tokenizer = pre_tokenizers.Sequence(
        [
            pre_tokenizers.Split(Regex(QWEN2_SPLIT), behavior="isolated", invert=False),
            pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=False),
        ]
    )
    tok.decoder = decoders.ByteLevel()
    trainer = BpeTrainer(
        vocab_size=vocab_size,
        special_tokens=SPECIAL,
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    tok.train_from_iterator(_CORPUS * 4 + list(corpus or []), trainer=trainer)
    tok.add_tokens([AddedToken(t, special=False, normalized=False) for t in THINK])

    fast = PreTrainedTokenizerFast(
        tokenizer_object=tok,
        eos_token="<|im_end|>",
        pad_token="<|endoftext|>",
        unk_token=None,
        bos_token=None,
        model_max_length=MAX_POSITIONS,
        extra_special_tokens=["<|im_start|>"],
    )
    fast.chat_template = CHAT_TEMPLATE
    fast.save_pretrained(out)
    # Load it back as what a real Qwen2 checkpoint declares, so AutoTokenizer builds the same thing.
    cfg_path = out / "tokenizer_config.json"
    cfg = json.loads(cfg_path.read_text())
    cfg["tokenizer_class"] = "Qwen2Tokenizer"
    cfg_path.write_text(json.dumps(cfg, indent=2))

    return tok


def build_tiny_model(
    path: str | Path,
    *,
    seed: int = 0,
    vocab_size: int = 640,
    hidden_size: int = 64,
    layers: int = 2,
    corpus: list[str] | None = None,
) -> Path:
    """Write the tiny model and tokenizer to `path` (created if needed) and return it.

    `corpus`: more text for the tokenizer (e.g. the data the model will be trained on, so its
    merges fit that data and sequences stay short); `hidden_size`/`layers`: a bigger toy."""
    import torch
    from transformers import Qwen2Config, Qwen2ForCausalLM

    out = Path(path)
    out.mkdir(parents=True, exist_ok=True)
    tok = _build_tokenizer(out, vocab_size, corpus)
    eos = tok.token_to_id("<|im_end|>")
    pad = tok.token_to_id("<|endoftext|>")
    n_vocab = tok.get_vocab_size()
    config = Qwen2Config(  # type: ignore[call-arg]  # head_dim: a Qwen2Config kwarg missing from the stubs
        vocab_size=((n_vocab + 63) // 64) * 64,
        hidden_size=hidden_size,
        intermediate_size=2 * hidden_size,
        num_hidden_layers=layers,
        num_attention_heads=max(2, hidden_size // 32),
        num_key_value_heads=1,
        head_dim=32,
        max_position_embeddings=MAX_POSITIONS,
        tie_word_embeddings=True,
        bos_token_id=pad,
        eos_token_id=eos,
        pad_token_id=pad,
    )
    config.dtype = "float32"
    torch.manual_seed(seed)
    model = Qwen2ForCausalLM(config).to(torch.float32).eval()  # type: ignore[arg-type]  # transformers' .to() overload
    model.generation_config.eos_token_id = eos
    model.generation_config.pad_token_id = pad
    model.generation_config.bos_token_id = pad
    model.save_pretrained(out, safe_serialization=True)
    return out


def corpus_lines(path: Path, limit: int = 2000) -> list[str]:
    """Strings of a jsonl file (every string value, nested ones too) or the lines of a text file."""
    out: list[str] = []

    def walk(v: object) -> None:
        if isinstance(v, str):
            out.append(v)
        elif isinstance(v, dict):
            for x in v.values():
                walk(x)
        elif isinstance(v, list):
            for x in v:
                walk(x)

    with path.open(encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= limit:
                break
            if path.suffix == ".jsonl":
                walk(json.loads(line))
            else:
                out.append(line)
    return out


@click.command("tiny")
@click.option("--out", "out", required=True, type=click.Path(file_okay=False), help="Model folder.")
@click.option("--seed", type=int, default=0, show_default=True)
@click.option("--hidden-size", type=int, default=64, show_default=True)
@click.option("--layers", type=int, default=2, show_default=True)
@click.option("--vocab-size", type=int, default=640, show_default=True)
@click.option(
    "--corpus",
    type=click.Path(dir_okay=False, exists=True),
    multiple=True,
    help="A jsonl or text file whose text the tokenizer also learns from (repeatable).",
)
@friendly
def command(
    out: str, seed: int, hidden_size: int, layers: int, vocab_size: int, corpus: tuple[str, ...]
) -> None:
    """Build a tiny random Qwen2 model and tokenizer offline (dry runs, tests, r1_tiny)."""
    require_trl()
    text = [line for f in corpus for line in corpus_lines(Path(f))]
    path = build_tiny_model(
        out, seed=seed, vocab_size=vocab_size, hidden_size=hidden_size, layers=layers, corpus=text
    )
    click.echo(str(path))
