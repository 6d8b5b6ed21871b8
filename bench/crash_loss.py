"""How many finished samples a `kill -9` during generation loses, and how fast workers stop.

A fake OpenAI server (tests/openai_stub.py) on 127.0.0.1 answers every request after a delay;
`curate run` generates for it in a subprocess that is killed with SIGKILL after a few seconds.
Lost = samples the server answered − samples found in RUN/generations afterwards. Also: seconds
from the kill until the server stops receiving requests (workers gone).

    .venv/bin/python bench/crash_loss.py [--workers 2] [--delay 0.05] [--kill-after 6]
        [--checkpoint-every 64] [--repeats 3]
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import polars as pl

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.helpers import write_jsonl, write_recipe  # noqa: E402
from tests.openai_stub import StubServer  # noqa: E402

DRIVER = (
    "import sys; from curate.recipe import load_recipe; from curate.runner import run; "
    "run(load_recipe(sys.argv[1]), out=sys.argv[2])"
)


def once(args: argparse.Namespace, tmp: Path) -> dict[str, float]:
    with StubServer() as srv:
        srv.script = [("sleep", args.delay)] * 10_000_000
        write_jsonl(tmp / "src.jsonl", [{"q": f"question {i}"} for i in range(20_000)])
        gen = {"backend": "openai", "model": "m", "n": 1, "options": {"base_url": srv.url}}
        if args.checkpoint_every:
            gen["checkpoint_every"] = args.checkpoint_every
        recipe = write_recipe(
            tmp,
            {
                "name": "crash",
                "source": {"path": "src.jsonl", "columns": {"prompt": "q"}},
                "generate": gen,
                "run": {"batch_size": 2000, "workers": args.workers},
            },
        )
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        proc = subprocess.Popen(
            [sys.executable, "-c", DRIVER, str(recipe), str(tmp / "run")], env=env
        )
        while len(srv.bodies) == 0:
            time.sleep(0.05)
        time.sleep(args.kill_after)
        proc.send_signal(signal.SIGKILL)
        killed = time.monotonic()
        proc.wait()
        last, last_change = len(srv.bodies), time.monotonic()
        while time.monotonic() - last_change < 2.0:
            time.sleep(0.01)
            if len(srv.bodies) != last:
                last, last_change = len(srv.bodies), time.monotonic()
        stop_s = max(0.0, last_change - killed)
        answered = len(srv.bodies)
    files = list((tmp / "run" / "generations").glob("*/part-*.parquet"))
    saved = pl.read_parquet(files).height if files else 0
    return {"answered": answered, "saved": saved, "lost": answered - saved, "stop_s": stop_s}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--delay", type=float, default=0.05)
    ap.add_argument("--kill-after", type=float, default=6.0)
    ap.add_argument("--checkpoint-every", type=int, default=0, help="0: the recipe default")
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args()
    for i in range(args.repeats):
        with tempfile.TemporaryDirectory() as d:
            r = once(args, Path(d))
        rate = r["answered"] / args.kill_after
        print(
            f"run {i}: answered {r['answered']:.0f} ({rate:.0f}/s), saved {r['saved']:.0f}, "
            f"lost {r['lost']:.0f} (= {r['lost'] / max(rate, 1e-9):.2f} s of samples); "
            f"requests stopped {r['stop_s']:.2f} s after the kill"
        )


if __name__ == "__main__":
    main()
