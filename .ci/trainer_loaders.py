"""Run each export's card snippet (the trainer's own loader) in the trainers' venv, then the
reward functions the way each trainer loads them. Called by .ci/trainers.sh.

Usage: python .ci/trainer_loaders.py REWARDS_FILE EXPORT_DIR...
Each EXPORT_DIR holds an export and its README.md; CURATE_TOKENIZER names the tokenizer.
Prints one line per check; exits 1 on the first failure.
"""

from __future__ import annotations

import contextlib
import importlib.machinery
import importlib.util
import io
import json
import os
import re
import sys
import time
import types
from pathlib import Path
from typing import Any

SNIPPET = re.compile(r"```python\n(.*?)\n```", re.S)


def _torchaudio_placeholder() -> None:
    """LLaMA-Factory imports torchaudio at module level, for audio inputs only; no torchaudio
    build loads with the CPU torch 2.13.0 (its .so fails), and text data never reaches it."""
    try:
        import torchaudio  # noqa: F401
    except (ImportError, OSError):
        sys.modules.pop("torchaudio", None)
        mod = types.ModuleType("torchaudio")
        mod.__spec__ = importlib.machinery.ModuleSpec("torchaudio", None)
        sys.modules["torchaudio"] = mod


def run_card(folder: Path) -> str:
    """Execute the card's first Python block in `folder`, as a user would; return its output."""
    card = (folder / "README.md").read_text(encoding="utf-8")
    m = SNIPPET.search(card)
    if not m:
        raise AssertionError(f"{folder}/README.md has no python snippet")
    out = io.StringIO()
    cwd = os.getcwd()
    os.chdir(folder)
    try:
        with contextlib.redirect_stdout(out):
            exec(compile(m.group(1), str(folder / "README.md"), "exec"), {"__name__": "__main__"})
    finally:
        os.chdir(cwd)
    return out.getvalue().strip()


def _file_module(path: str, name: str) -> Any:
    """A fresh module from a file, as OpenRLHF's SingleTurnAgentExecutor loads `reward_func`."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _boxed(answer: str) -> str:
    return "<think>\nworked it out\n</think>\n\nThe answer is $\\boxed{" + answer + "}$."


def check_verl_rewards(folder: Path, rewards_file: str) -> str:
    """verl's own `load_extern_object` by file path and by `pkg://`: same scores; math rows
    given their own ground truth score 1.0."""
    import pandas as pd
    from verl.utils.import_utils import load_extern_object

    by_path = load_extern_object(rewards_file, "verl_compute_score")
    by_pkg = load_extern_object("pkg://curate.train.rewards", "verl_compute_score")
    frame = pd.read_parquet(next(folder.glob("*.parquet")))
    n_math = 0
    for row in frame.to_dict("records"):
        truth = row["reward_model"]["ground_truth"]
        info = dict(row["extra_info"])
        a = by_path(row["data_source"], _boxed(truth), truth, info)
        b = by_pkg(row["data_source"], _boxed(truth), truth, info)
        assert a == b, (a, b)
        if info.get("reward_type") == "math":
            assert a == {"score": 1.0, "unjudged": 0.0}, (truth, a)
            n_math += 1
    return f"compute_score by path and pkg:// agree on {len(frame)} rows; {n_math} math rows 1.0"


def check_openrlhf_rewards(folder: Path, rewards_file: str) -> str:
    """`reward_func` loaded as OpenRLHF loads it, on OpenRLHF's PromptDataset rows: each row's
    own reference scores 1.0 where its judge can check a boxed answer; datasource is named."""
    from datasets import load_dataset
    from openrlhf.datasets import PromptDataset
    from transformers import AutoTokenizer

    reward_func = _file_module(rewards_file, "reward_func").reward_func
    tok = AutoTokenizer.from_pretrained(os.environ["CURATE_TOKENIZER"])
    ns = types.SimpleNamespace
    data = ns(input_key="input", label_key="label", apply_chat_template=True)
    strategy = ns(args=ns(data=data), is_rank_0=lambda: True)
    ds = PromptDataset(
        load_dataset("json", data_files=str(folder / "train.jsonl"))["train"], tok, strategy
    )
    sources = {ds[i][0] for i in range(len(ds))}
    assert "default" not in sources, sources
    scored = 0
    for i in range(len(ds)):
        _, prompt, label, _ = ds[i]
        kind = json.loads(label)["reward_type"] if label.startswith("{") else "math"
        if kind not in ("math", "choice"):
            continue  # code rows: the reference is a test suite, not an answer
        ref = json.loads(label)["reference"] if label.startswith("{") else label
        out = reward_func([prompt + _boxed(ref) + "<|im_end|>"], [prompt], [label])
        assert float(out["rewards"][0]) == 1.0, (label, out)
        scored += 1
    return f"reward_func scores {scored} rows' own references 1.0; datasources {sorted(sources)}"


def main(argv: list[str]) -> int:
    rewards_file, folders = argv[0], [Path(a) for a in argv[1:]]
    _torchaudio_placeholder()
    for folder in folders:
        t0 = time.perf_counter()
        try:
            lines = [run_card(folder)]
            fmt = folder.name.split("__")[-1]
            if fmt == "verl":
                lines.append(check_verl_rewards(folder, rewards_file))
            elif fmt == "openrlhf":
                lines.append(check_openrlhf_rewards(folder, rewards_file))
        except Exception as exc:
            print(f"FAIL {folder.name}: {type(exc).__name__}: {exc}")
            raise
        took = time.perf_counter() - t0
        print(
            f"ok   {folder.name} ({took:.1f} s): "
            + " | ".join(x.splitlines()[-1] for x in lines if x)
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
