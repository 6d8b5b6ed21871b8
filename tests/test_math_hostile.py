"""The `math` judge against hostile answers: bounded, no side effects, deadlines that work in
threads, asyncio and process pools (no signals)."""

from __future__ import annotations

import asyncio
import multiprocessing as mp
import threading
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import polars as pl
import pytest
from curate.judges.math import MathJudge

MARKER = Path("/tmp/curate_math_judge_pwned")
B = "</think>\\boxed{%s}"

HOSTILE = [
    # exponent tower: rejected before parsing
    (B % "9^{9^{9^9}}", "5", "incorrect", "unsafe_answer:huge_power"),
    # 10^(10^10): exponent beyond the bound
    (B % "10^{10^{10}}", "5", "incorrect", "unsafe_answer:huge_power"),
    # a signed exponent is read whole: 10^-(10^10) is as huge as 10^(10^10)
    (B % "10^-{10^{10}}", "5", "incorrect", "unsafe_answer:huge_power"),
    (B % "10^-9999999999", "5", "incorrect", "unsafe_answer:huge_power"),
    # a sign alone as an exponent (an ion's charge) is no huge power: not parsed, but not unsafe
    (B % "2", "H^+ + OH^-", "unknown", "unparseable_reference"),
    # 2^(2^64)
    (B % "2^{2^{64}}", "5", "incorrect", "unsafe_answer:huge_power"),
    # e^e^e^e^10 (constants in the tower)
    (B % "e^{e^{e^{e^{10}}}}", "5", "incorrect", "unsafe_answer:huge_power"),
    # a matrix raised to a huge power
    (
        B % "\\begin{pmatrix}1&2\\\\3&4\\end{pmatrix}^{100000}",
        "5",
        "incorrect",
        "unsafe_answer:huge_power",
    ),
    # huge factorial
    (B % "1000000!", "5", "incorrect", "unsafe_answer:huge_factorial"),
    # factorial of a computed huge number
    (B % "(10^{10})!", "5", "incorrect", "unsafe_answer:huge_factorial"),
    # a sum with 10^12 terms
    (B % "\\sum_{k=1}^{10^{12}} k", "5", "incorrect", "unsafe_answer:huge_power"),
    # 5,000 nested braces
    (B % ("{" * 5000 + "1" + "}" * 5000), "5", "incorrect", "unsafe_answer:too_long"),
    # 300 nested parentheses within the length bound
    (B % ("(" * 300 + "1" + ")" * 300), "5", "incorrect", "unsafe_answer:too_deep"),
    # a 1 MB answer
    (B % ("1+" * 500_000 + "1"), "5", "incorrect", "unsafe_answer:too_long"),
    # a power tower in plain-text syntax is bounded like its TeX form
    (B % "2**(2**64)", "5", "incorrect", "unsafe_answer:huge_power"),
    # 20,000 nested plain-text roots
    (B % ("sqrt(" * 20000 + "2" + ")" * 20000), "5", "incorrect", "unsafe_answer:too_long"),
    # 50,000 brace-less fractions
    (B % ("\\frac 1 2" * 50000), "5", "incorrect", "unsafe_answer:too_long"),
    # a 1 MB response without any answer
    ("x" * 1_000_000, "5", "incorrect", "no_answer"),
    # 100k unclosed boxes
    ("\\boxed{" * 100_000, "5", "incorrect", "no_answer"),
    # 100k unclosed answer tags
    ("<answer>" * 100_000, "5", "incorrect", "no_answer"),
    # code is parsed as LaTeX text, never executed
    (B % f"__import__('os').system('touch {MARKER}')", "5", "incorrect", "unparseable_answer"),
    # division by zero
    (B % "\\frac{1}{0}", "5", "incorrect", "unparseable_answer"),
    # deeply nested square roots
    (B % ("\\sqrt{" * 200 + "2" + "}" * 200), "5", "incorrect", "unsafe_answer:too_deep"),
    # a 100 x 100 matrix
    (
        B
        % (
            "\\begin{pmatrix}"
            + "\\\\".join("&".join(["1"] * 100) for _ in range(100))
            + "\\end{pmatrix}"
        ),
        "5",
        "incorrect",
        "unsafe_answer:too_long",
    ),
    # a 20 x 20 matrix within the length bound but over the cell bound
    (
        B
        % (
            "\\begin{pmatrix}"
            + "\\\\".join("&".join(["1"] * 21) for _ in range(21))
            + "\\end{pmatrix}"
        ),
        "5",
        "incorrect",
        "unsafe_answer:too_large_matrix",
    ),
    # a hostile reference is unknown, never correct
    (B % "5", "9^{9^{9^9}}", "unknown", "unsafe_reference:huge_power"),
    # a closing "sentence" of 50,000 products: too long to scan for a stated computation
    ("So " + " x ".join(["1"] * 50000) + " = .", "5", "incorrect", "no_answer"),
    # 20,000 repeating digits before an ellipsis: the search for a repeating block stays linear
    (B % "5", "0." + "9" * 20000 + "8...", "unknown", "unsafe_reference:too_long"),
    # a polar form with 1,990 spaces before a stray letter: the angle is read in linear time
    (B % ("2∠" + " " * 1990 + "x"), "5", "incorrect", "unparseable_answer"),
    # 480 nested cis( with no closing bracket: too deep to read
    (B % ("cis(" * 480), "5", "incorrect", "unsafe_answer:too_deep"),
    # a huge line of bold values: never scanned for its bold value
    ("He has **5** " * 20000 + ".", "5", "incorrect", "no_answer"),
]


def _frame() -> pl.DataFrame:
    return pl.DataFrame(
        {"completion": [h[0] for h in HOSTILE], "reference": [h[1] for h in HOSTILE]}
    )


def _expected() -> list[tuple[str, str]]:
    return [(h[2], h[3]) for h in HOSTILE]


def _judge_hostile() -> list[tuple[str, str]]:
    out = MathJudge().judge(_frame())
    return list(zip(out["verdict"].to_list(), out["judge_reason"].to_list(), strict=True))


@pytest.mark.parametrize("completion,reference,verdict,reason", HOSTILE)
def test_hostile_inputs(completion: str, reference: str, verdict: str, reason: str) -> None:
    out = MathJudge().judge(pl.DataFrame({"completion": [completion], "reference": [reference]}))
    assert (out["verdict"][0], out["judge_reason"][0]) == (verdict, reason)
    assert not MARKER.exists()


def test_hostile_from_thread_and_asyncio() -> None:
    got: list[list[tuple[str, str]]] = []
    t = threading.Thread(target=lambda: got.append(_judge_hostile()))
    t.start()
    t.join(120)
    assert got == [_expected()]

    async def main() -> list[tuple[str, str]]:
        return await asyncio.to_thread(_judge_hostile)

    assert asyncio.run(main()) == _expected()


@pytest.mark.slow
def test_hostile_in_process_pools() -> None:
    with ProcessPoolExecutor(2, mp_context=mp.get_context("spawn")) as ex:
        results = list(ex.map(lambda_free_judge, [0, 1]))
    assert results == [_expected(), _expected()]
    with mp.get_context("spawn").Pool(
        1
    ) as pool:  # daemonic workers: the judge still spawns its own
        assert pool.apply(lambda_free_judge, (0,)) == _expected()


def lambda_free_judge(_: int) -> list[tuple[str, str]]:
    return _judge_hostile()


def test_timeout_is_unknown_and_the_worker_recovers() -> None:
    judge = MathJudge(timeout_s=0.5)
    slow = B % "\\tan(x+y+z)^{4}"
    ref = "\\frac{\\sin(x+y+z)^{4}}{\\cos(x+y+z)^{4}}+\\sin(x)^2+\\cos(x)^2-1"
    out = judge.judge(
        pl.DataFrame({"completion": [slow, B % "x^2+2x+1"], "reference": [ref, "(x+1)^2"]})
    )
    assert out["verdict"].to_list() == ["unknown", "correct"]
    assert out["judge_reason"].to_list() == ["timeout", "equivalent"]
    assert out["score"].to_list()[0] is None


_RSS_SCRIPT = """
import json, sys, time
import polars as pl
import psutil
from curate.judges.math import MathJudge
from tests.test_math_hostile import B, HOSTILE

judge = MathJudge()
judge.judge(pl.DataFrame({"completion": [B % "x+1"], "reference": ["1+x"]}))  # start the worker
me = psutil.Process()
worst, peak, wrong = 0.0, 0, []
for completion, reference, verdict, reason in HOSTILE:
    t0 = time.perf_counter()
    out = judge.judge(pl.DataFrame({"completion": [completion], "reference": [reference]}))
    worst = max(worst, time.perf_counter() - t0)
    if (out["verdict"][0], out["judge_reason"][0]) != (verdict, reason):
        wrong.append([reason, out["judge_reason"][0]])
    for proc in [me, *me.children(recursive=True)]:
        peak = max(peak, proc.memory_info().rss)
print(json.dumps({"worst": worst, "peak": peak, "wrong": wrong}))
"""


@pytest.mark.slow
def test_hostile_time_and_memory_bounds() -> None:
    """In a fresh process (the test process itself may hold torch): every hostile input settles
    with its verdict, and neither the judge's process nor its worker passes 300 MB."""
    pytest.importorskip("psutil")
    import json
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    res = subprocess.run(
        [sys.executable, "-c", _RSS_SCRIPT],
        capture_output=True,
        text=True,
        cwd=root,
        timeout=300,
        env={**__import__("os").environ, "PYTHONPATH": str(root)},
    )
    assert res.returncode == 0, res.stderr[-2000:]
    out = json.loads(res.stdout.strip().splitlines()[-1])
    assert out["wrong"] == []
    assert out["peak"] < 300 * 2**20, out
    assert (
        out["worst"] < 5.0
    )  # generous sanity bound: each settles far below 1 s on an idle machine
