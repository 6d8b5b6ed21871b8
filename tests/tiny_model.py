"""A tiny, randomly initialised Qwen2-style model and an offline-trained tokenizer, for tests.

No weights can be downloaded in tests, so this builds a real (if useless) causal LM on disk that
transformers, `transformers serve` and vLLM's CPU build all load like any Hugging Face model:

- a byte-level BPE tokenizer trained by `tokenizers` on a small built-in corpus, with the same
  normaliser and pre-tokenizer split that transformers' `Qwen2Tokenizer` installs (otherwise
  `AutoTokenizer` and the saved tokenizer disagree), the ChatML special tokens, and
  `<think>`/`</think>`/`<answer>`/`</answer>` as added tokens that are NOT special (so
  `skip_special_tokens` keeps them), plus a ChatML chat template;
- a Qwen2 config with hidden size 64, 2 layers, 2 heads of size 32 and 1 KV head (vLLM needs
  head size ≥ 32), float32, random weights from a fixed seed, saved as safetensors.

`build_tiny_model(path)` builds it (≈ 1 s) and returns the path; the session-scoped fixture
`tiny_model_dir` builds it once per test run. Import torch/transformers only inside, so
collecting tests stays cheap.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from curate.train.tiny import CHAT_TEMPLATE, MAX_POSITIONS, build_tiny_model  # noqa: F401


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tiny random Qwen2 model directory, built once per test run (shared by every module that
    imports this fixture: the build lands in the session's base temp dir)."""
    pytest.importorskip("torch", reason="the tiny model needs torch (pip install torch==2.13.0)")
    pytest.importorskip(
        "transformers", reason='the tiny model needs transformers (pip install "curate[train]")'
    )
    final = tmp_path_factory.getbasetemp() / "tiny-qwen2"
    if not (final / "model.safetensors").exists():
        tmp = build_tiny_model(tmp_path_factory.mktemp("tiny-build") / "tiny-qwen2")
        tmp.rename(final)
    return final


if __name__ == "__main__":  # python tests/tiny_model.py OUT_DIR
    import sys

    print(build_tiny_model(sys.argv[1] if len(sys.argv) > 1 else "tiny-qwen2"))
