"""Benchmarks of the generation stage (not tests: run by hand, they print their figures).

  vllm    the same prompts through raw `LLM.chat` and through curate with the `vllm` backend
          (one engine shared, so start-up is not counted): the overhead of curate's generation
          stage (rendering, tokenising, per-sample seeds, the generation store, row frames) and
          of a whole `curate run` (source, canonical rows, stage, commit) over raw vLLM.
          Needs the vLLM venv:  .venv-vllm/bin/python bench/generate.py vllm
  openai  the `openai` client's requests/s at 1, 8 and 64 in flight against a stub server in
          another process that answers at once (client overhead), and against
          `transformers serve` with the tiny model (a real figure, `--serve`).
          .venv/bin/python bench/generate.py openai [--requests 2000] [--serve]

Prompts: GSM8K questions from ../shared/data (or synthetic ones when it is absent); the model:
the tiny random Qwen2 of tests/tiny_model.py (built in a temp dir).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("VLLM_CPU_KVCACHE_SPACE", "1")
os.environ.setdefault("HF_HUB_OFFLINE", "1")


def questions(n: int) -> list[str]:
    path = ROOT.parent / "shared" / "data" / "gsm8k_test.jsonl"
    if path.exists():
        qs = [json.loads(line)["question"] for line in path.read_text().splitlines()[:n]]
    else:
        qs = []
    return qs + [f"What is {i} times {i + 3}, minus {i}?" for i in range(n - len(qs))]


# --- vLLM -------------------------------------------------------------------------------------


def bench_vllm(args: argparse.Namespace) -> None:
    import polars as pl
    from vllm import SamplingParams

    from curate.backends.vllm import VLLMBackend, VLLMParams
    from curate.executor import LocalExecutor
    from curate.generate import Generator, _seed_base
    from curate.hashing import stable_hash
    from curate.pipeline import Pipeline
    from curate.recipe import load_recipe
    from curate.runner import run
    from tests.tiny_model import build_tiny_model

    tmp = Path(tempfile.mkdtemp(prefix="bench-gen-"))
    model = build_tiny_model(tmp / "tiny")
    qs = questions(args.prompts)
    (tmp / "src.jsonl").write_text("".join(json.dumps({"q": q, "a": "0"}) + "\n" for q in qs))
    options = {"dtype": "float32", "enforce_eager": True, "max_model_len": 512}
    t0 = time.perf_counter()
    backend = VLLMBackend(VLLMParams(**options), model=str(model))
    backend.start()
    print(f"vLLM engine start: {time.perf_counter() - t0:.1f} s (not counted below)")
    llm = backend.llm

    def recipe(out: Path) -> object:
        data = {
            "name": "bench",
            "source": {
                "path": str(tmp / "src.jsonl"),
                "columns": {"prompt": "q", "reference": "a"},
            },
            "generate": {
                "backend": "vllm",
                "model": str(model),
                "n": args.n,
                "max_tokens": args.max_tokens,
                "temperature": 0.6,
                "top_p": 0.95,
                "options": options,
            },
            "run": {"batch_size": args.prompts},
            "output": {"dir": str(out)},
        }
        return load_recipe(data=data, base_dir=tmp)

    # the raw baseline gets the very seeds curate gives each prompt, so both do the same work
    r0 = recipe(tmp / "probe")
    gen0 = Generator(r0, None, backend=backend)
    convs = [[{"role": "user", "content": q}] for q in qs]
    seeds = [_seed_base(0, stable_hash("prompt", gen0.template.render({"prompt": q}))) for q in qs]

    def raw() -> float:
        params = [
            SamplingParams(
                n=args.n, seed=s, temperature=0.6, top_p=0.95, max_tokens=args.max_tokens
            )
            for s in seeds
        ]
        t = time.perf_counter()
        outs = llm.chat(convs, params, use_tqdm=False)
        dt = time.perf_counter() - t
        raw.tokens = sum(len(c.token_ids) for o in outs for c in o.outputs)  # type: ignore[attr-defined]
        return dt

    rows = pl.DataFrame(
        {
            "id": [str(i) for i in range(len(qs))],
            "prompt_id": [str(i) for i in range(len(qs))],
            "source_row": list(range(len(qs))),
            "prompt": qs,
            "reference": ["0"] * len(qs),
        }
    )

    def stage(i: int) -> float:
        g = Generator(r0, tmp / f"stage{i}", backend=backend)  # a fresh store: everything generated
        t = time.perf_counter()
        _, _, _, st = g.run(0, rows)
        dt = time.perf_counter() - t
        stage.tokens = st["completion_tokens"]  # type: ignore[attr-defined]
        return dt

    def whole(i: int) -> float:
        r = recipe(tmp / f"run{i}")

        def factory() -> Pipeline:
            p = Pipeline(r, {"prompt": "q", "reference": "a"}, str(tmp / f"run{i}"))
            p.generator.backend = backend  # type: ignore[union-attr]
            return p

        t = time.perf_counter()
        run(r, executor=LocalExecutor(1, pipeline_factory=factory))
        return time.perf_counter() - t

    raw()  # warm-up
    times: dict[str, list[float]] = {
        "raw LLM.chat": [],
        "curate generate stage": [],
        "curate run (whole)": [],
    }
    for i in range(args.repeat):  # interleaved, so drift hits all three alike
        times["raw LLM.chat"].append(raw())
        times["curate generate stage"].append(stage(i))
        times["curate run (whole)"].append(whole(i))
    base = statistics.median(times["raw LLM.chat"])
    print(
        f"{len(qs)} prompts × n={args.n}, max_tokens={args.max_tokens}; {raw.tokens} completion tokens "  # type: ignore[attr-defined]
        f"(raw) vs {stage.tokens} (curate); median of {args.repeat}"
    )  # type: ignore[attr-defined]
    for name, ts in times.items():
        med = statistics.median(ts)
        print(
            f"  {name:24s} {med:7.3f} s   {100 * (med / base - 1):+6.1f} % vs raw   (runs: {', '.join(f'{t:.3f}' for t in ts)})"
        )
    backend.close()


# --- openai client ------------------------------------------------------------------------------


def _wait(url: str, proc: subprocess.Popen[bytes], limit: float = 120) -> None:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            if proc.poll() is not None:
                raise SystemExit(f"the server exited with {proc.returncode}") from None
            time.sleep(0.3)
    raise SystemExit(f"no answer from {url}")


def _rate(
    url: str, model: str, in_flight: int, n_requests: int, prompt: object, max_tokens: int
) -> tuple[float, dict]:
    from curate.backends.base import Request, Sampling
    from curate.backends.openai import OpenAIBackend, OpenAIParams

    b = OpenAIBackend(OpenAIParams(base_url=url, max_in_flight=in_flight), model=model)
    b.start()
    reqs = [Request(prompt, [0], [i]) for i in range(n_requests)]  # type: ignore[arg-type]
    failed = []
    t = time.perf_counter()
    b.generate(
        reqs,
        Sampling(temperature=1.0, max_tokens=max_tokens),
        lambda i, s: failed.extend(x for x in s if x.error),
    )
    dt = time.perf_counter() - t
    return n_requests / dt, {"failed": len(failed), "retries": b.counters.retries}


def bench_openai(args: argparse.Namespace) -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    stub = subprocess.Popen(
        [sys.executable, str(ROOT / "tests" / "openai_stub.py"), str(port)], stdout=subprocess.PIPE
    )
    try:
        url = f"http://127.0.0.1:{port}/v1"
        time.sleep(0.5)
        prompt = [{"role": "user", "content": "What is 2+2?"}]
        print(f"stub server (answers at once, another process), {args.requests} chat requests:")
        for k in (1, 8, 64):
            rate, info = _rate(url, "stub", k, args.requests, prompt, 8)
            print(f"  {k:3d} in flight: {rate:8.0f} requests/s  {info}")
    finally:
        stub.terminate()
    if not args.serve:
        return
    from tests.tiny_model import build_tiny_model

    tmp = Path(tempfile.mkdtemp(prefix="bench-serve-"))
    model = str(build_tiny_model(tmp / "tiny"))
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    exe = Path(sys.executable).with_name("transformers")
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    proc = subprocess.Popen(
        [str(exe), "serve", "--host", "127.0.0.1", "--port", str(port), "--device", "cpu", model],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    try:
        _wait(f"http://127.0.0.1:{port}/health", proc)
        print(
            f"transformers serve, tiny model on CPU, max_tokens=16, {args.serve_requests} completions requests:"
        )
        for k in (1, 8, 64):
            rate, info = _rate(
                f"http://127.0.0.1:{port}/v1",
                model,
                k,
                args.serve_requests,
                "User: 2+2? Assistant:",
                16,
            )
            print(f"  {k:3d} in flight: {rate:8.1f} requests/s  {info}")
    finally:
        proc.terminate()


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = ap.add_subparsers(dest="what", required=True)
    v = sub.add_parser("vllm")
    v.add_argument("--prompts", type=int, default=256)
    v.add_argument("--n", type=int, default=4)
    v.add_argument("--max-tokens", type=int, default=128)
    v.add_argument("--repeat", type=int, default=3)
    o = sub.add_parser("openai")
    o.add_argument("--requests", type=int, default=2000)
    o.add_argument("--serve", action="store_true", help="also measure against transformers serve")
    o.add_argument("--serve-requests", type=int, default=64)
    args = ap.parse_args()
    bench_vllm(args) if args.what == "vllm" else bench_openai(args)


if __name__ == "__main__":
    main()
