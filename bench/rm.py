"""Benchmark: samples/s of the `rm` judge (transformers backend) at batch 1, 8, 32 on CPU.

The model is a randomly initialised Qwen2ForSequenceClassification of a realistic-ish small
shape (default: hidden 384, 4 layers, 6 query heads of 64, 2 KV heads, MLP 1024, float32) over
the byte-level BPE tokenizer of tests/tiny_model.py; inputs are chat-formatted R1-style samples
of 384-640 tokens (mean ~512). Nothing is downloaded. Throughput is for the whole judge call
(chat template, tokenisation, length-sorted batching, forward), after one warm-up call.

    OMP_NUM_THREADS=1 .venv/bin/python bench/rm.py [--samples 64] [--batches 1,8,32] [--threads 1]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

WORDS = (
    "let me think step by step the sum of two numbers is computed first then we verify the result "
    "wait that does not look right so reconsider the problem from the beginning and check each term "
    "therefore the final answer is boxed since both sides agree"
).split()


def build_model(path: Path, hidden: int, layers: int, heads: int, kv_heads: int, mlp: int) -> Path:
    import torch
    from transformers import AutoConfig, AutoTokenizer, Qwen2Config, Qwen2ForSequenceClassification

    from tests.tiny_model import build_tiny_model

    build_tiny_model(path)
    small = AutoConfig.from_pretrained(path)
    cfg = Qwen2Config(
        vocab_size=small.vocab_size,
        hidden_size=hidden,
        num_hidden_layers=layers,
        num_attention_heads=heads,
        num_key_value_heads=kv_heads,
        head_dim=hidden // heads,
        intermediate_size=mlp,
        max_position_embeddings=2048,
        num_labels=1,
        pad_token_id=small.pad_token_id,
        eos_token_id=small.eos_token_id,
        bos_token_id=small.bos_token_id,
        architectures=["Qwen2ForSequenceClassification"],
    )
    torch.manual_seed(0)
    Qwen2ForSequenceClassification(cfg).to(torch.float32).save_pretrained(path)
    tok = AutoTokenizer.from_pretrained(path)
    tok.model_max_length = 2048
    tok.save_pretrained(path)
    return path


def make_rows(n: int, tokenizer: object, seed: int = 0) -> list[tuple[str, str]]:
    """(prompt, completion) pairs whose chat-formatted length is 384-640 tokens."""
    rng = random.Random(seed)
    rows = []
    for _ in range(n):
        target = rng.randint(384, 640)
        prompt = "Solve: " + " ".join(rng.choice(WORDS) for _ in range(20)) + "?"
        body: list[str] = []
        text = ""
        while True:
            body.extend(rng.choice(WORDS) for _ in range(16))
            text = f"<think>{' '.join(body)}</think> The answer is \\boxed{{{rng.randint(1, 99)}}}."
            msgs = [{"role": "user", "content": prompt}, {"role": "assistant", "content": text}]
            ids = tokenizer.apply_chat_template(msgs, tokenize=True, return_dict=True)["input_ids"]  # type: ignore[attr-defined]
            if len(ids) >= target:
                break
        rows.append((prompt, text))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--samples", type=int, default=64)
    ap.add_argument("--batches", default="1,8,32")
    ap.add_argument("--threads", type=int, default=1, help="torch threads")
    ap.add_argument("--hidden", type=int, default=384)
    ap.add_argument("--layers", type=int, default=4)
    ap.add_argument("--heads", type=int, default=6)
    ap.add_argument("--kv-heads", type=int, default=2)
    ap.add_argument("--mlp", type=int, default=1024)
    ap.add_argument("--repeats", type=int, default=3, help="timed calls per batch size (best kept)")
    a = ap.parse_args()

    import polars as pl
    import torch
    from curate.judges.rm import RMJudge

    torch.set_num_threads(a.threads)
    with tempfile.TemporaryDirectory() as tmp:
        path = build_model(Path(tmp) / "rm", a.hidden, a.layers, a.heads, a.kv_heads, a.mlp)
        params = sum(
            p.numel()
            for p in __import__("transformers")
            .AutoModelForSequenceClassification.from_pretrained(path)
            .parameters()
        )
        from transformers import AutoTokenizer

        tok = AutoTokenizer.from_pretrained(path)
        rows = make_rows(a.samples, tok)
        batch = pl.DataFrame({"prompt": [p for p, _ in rows], "completion": [c for _, c in rows]})
        print(
            f"model: Qwen2ForSequenceClassification hidden {a.hidden}, {a.layers} layers, "
            f"{a.heads} heads / {a.kv_heads} KV, MLP {a.mlp}, {params / 1e6:.1f} M params, float32; "
            f"torch threads {a.threads}"
        )
        results = []
        for bs in [int(x) for x in a.batches.split(",")]:
            judge = RMJudge(model=str(path), batch_size=bs, device="cpu")
            out = judge.judge(batch.head(min(bs, batch.height)))  # warm-up (and load)
            best = float("inf")
            for _ in range(a.repeats):
                t0 = time.perf_counter()
                out = judge.judge(batch)
                best = min(best, time.perf_counter() - t0)
            toks = int(out["rm_score_tokens"].sum())
            assert out["rm_score"].null_count() == 0
            results.append((bs, a.samples / best, toks / best, toks / a.samples))
            from curate.judges import rm_score as _rm_score

            _rm_score._CACHE.clear()  # a fresh scorer (batch size) per row of the table
        print(f"{'batch':>5} {'samples/s':>10} {'tokens/s':>10} {'mean tokens':>12}")
        for bs, sps, tps, mean in results:
            print(f"{bs:>5} {sps:>10.2f} {tps:>10.0f} {mean:>12.0f}")


if __name__ == "__main__":
    main()
