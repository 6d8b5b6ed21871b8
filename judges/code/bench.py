"""Throughput of the code sandbox (a benchmark, not a test): `python -m curate.judges.code.bench`.

Runs N trivial stdin/stdout tests through the `code` judge's sandbox with 1, 2, 4, ... workers
and prints tests/s and the CPU each test costs (host + launcher processes), for both ways of
starting a sandbox (zygote fork, or a fresh interpreter per test). CPU per test is the number to
compare across machines: a core runs about 1000 / (ms per test) tests per second.
"""

from __future__ import annotations

import argparse
import os
import resource
import time
from concurrent.futures import ThreadPoolExecutor

from curate.judges.code import spawn as _sandbox_spawn
from curate.judges.code.sandbox import Job, Limits, SandboxConfig, probe, run_job

CODE = "import sys\na, b = map(int, sys.stdin.read().split())\nprint(a + b)\n"


def _zygote_children_cpu() -> float:
    """CPU seconds of the reaped children of this process's zygotes (launchers and below)."""
    total = 0.0
    tick = os.sysconf("SC_CLK_TCK")
    for z in list(_sandbox_spawn._zygotes.values()):
        try:
            with open(f"/proc/{z.proc.pid}/stat", "rb") as fh:
                st = fh.read()
        except OSError:
            continue
        fields = st[st.rfind(b")") + 2 :].split()
        total += (int(fields[13]) + int(fields[14]) + int(fields[11]) + int(fields[12])) / tick
    return total


def _cpu() -> float:
    me = resource.getrusage(resource.RUSAGE_SELF)
    ch = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + ch.ru_utime + ch.ru_stime + _zygote_children_cpu()


def bench(n: int, workers: int, cfg: SandboxConfig) -> tuple[float, float, int]:
    job = Job(code=CODE, stdin=b"20 22\n")
    run_job(job, cfg)  # warm: zygote started, bytecode cached
    c0, t0 = _cpu(), time.perf_counter()
    with ThreadPoolExecutor(workers) as ex:
        outs = list(ex.map(lambda _: run_job(job, cfg), range(n)))
    wall = time.perf_counter() - t0
    cpu = _cpu() - c0
    ok = sum(o.stdout == b"42\n" for o in outs)
    return n / wall, 1000 * cpu / n, ok


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=200, help="tests per measurement")
    ap.add_argument("--workers", default="1,2,4,8", help="comma-separated worker counts")
    args = ap.parse_args()
    cfg = SandboxConfig(limits=Limits(cpu_s=2, wall_s=20))
    ok, why, iso = probe(cfg)
    if not ok:
        raise SystemExit(f"sandbox unavailable: {why}")
    print(f"cpus={os.cpu_count()} load={os.getloadavg()[0]:.2f} isolation={iso}")
    for zygote in (True, False):
        _sandbox_spawn.USE_ZYGOTE = zygote
        for w in (int(x) for x in args.workers.split(",")):
            rate, ms, good = bench(args.n, w, cfg)
            start = "zygote" if zygote else "direct"
            print(
                f"{start:6s} workers={w:2d}  {rate:6.1f} tests/s  {ms:5.1f} ms CPU/test  ({good}/{args.n} ok)"
            )


if __name__ == "__main__":
    main()
