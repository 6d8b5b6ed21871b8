"""The code judge gives the same verdicts on an idle machine and with every core busy.

The limit that decides `timeout` is the program's CPU time; the wall clock is only a backstop
for programs that wait without computing, far above what a CPU-bound test takes on an
oversubscribed machine (before, a default of 2 x CPU + 1 s turned passing programs into
timeouts when the machine was busy).
"""

from __future__ import annotations

import json

import polars as pl
import pytest
from curate.judges.code import CodeJudge
from curate.judges.code.sandbox import Limits, SandboxConfig, probe

from tests.helpers import busy_cores

BURN = "import time\nwhile time.process_time() < {s}:\n    pass\nprint('ok')\n"
SLEEP = "import time\ntime.sleep(60)\nprint('ok')\n"
CASES = [
    # 1.2 CPU-seconds under a 2 s CPU limit: passes, however long the wall clock takes
    (BURN.format(s=1.2), "passed"),
    # 3.5 CPU-seconds: over the CPU limit, idle or busy
    (BURN.format(s=3.5), "timeout"),
    # waits without computing: the wall-clock backstop, idle or busy (its own short backstop)
    (SLEEP, "timeout"),
]


def _verdicts() -> list[tuple[str, str]]:
    out = []
    for code, _ in CASES:
        wall = {"wall_timeout_s": 3.0} if code == SLEEP else {}
        judge = CodeJudge(timeout_s=2.0, workers=1, **wall)
        ref = json.dumps({"inputs": [""], "outputs": ["ok\n"]})
        df = pl.DataFrame({"completion": [f"```python\n{code}```"], "reference": [ref]})
        row = judge.judge(df).row(0, named=True)
        out.append((row["verdict"], row["judge_reason"]))
    return out


def test_default_wall_backstop_is_far_above_the_cpu_limit() -> None:
    # the default backstop: at least 30 s, and 5x the CPU limit above that
    assert Limits(cpu_s=2.0).wall == 30.0
    assert Limits(cpu_s=20.0).wall == 100.0
    assert Limits(cpu_s=2.0, wall_s=3.0).wall == 3.0  # an explicit wall limit stands


@pytest.mark.slow
def test_code_verdicts_are_the_same_idle_and_under_load() -> None:
    ok, why, _ = probe(SandboxConfig())
    if not ok:
        pytest.skip(f"the sandbox cannot isolate on this machine: {why}")
    idle = _verdicts()
    assert [r for _, r in idle] == [r for _, r in CASES]
    with busy_cores(4):  # every core oversubscribed four times
        busy = _verdicts()
    assert busy == idle
