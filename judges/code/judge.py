"""`code`: run a Python answer against test cases in a sandbox (one fresh sandbox per test).

The code is the last ```python / ```py / ``` fenced block of the answer (the text after
`</think>`; a completion without any think tags is all answer; an unterminated `<think>` has no
answer). The tests come from the reference column, in the shapes listed in
`judges/_sandbox_cases.py`: stdin/stdout pairs (APPS, TACO, CodeContests, LiveCodeBench),
call-based `fn_name` tests, and assert-style tests (MBPP, HumanEval).

Verdict: correct iff every test passes; `score` is 1/0 (`score: binary`) or the fraction of tests
passed (`score: fraction`). Extra columns: `code_tests_passed`, `code_tests_total`,
`code_test_status` (one letter per test: P passed, W wrong answer, E runtime error, T timeout,
M memory limit, O output limit, S syntax error, - not run) and `code_detail` (the first
failure's exception or error line).

Reasons: `passed`; `no_code`, `syntax_error`, `runtime_error`, `timeout`, `memory_limit`,
`output_limit`, `wrong_answer` (incorrect; the first failing test's reason); `no_reference`,
`unparseable_tests`, `sandbox_unavailable` (unknown).

The sandbox (see `judges/_sandbox.py`): each test runs in `python -I -S` in a new session with
CPU, wall, address-space, process-count, file-size, open-file and output limits, a scrubbed
environment, and, where the kernel allows, new network (no interface), pid, mount (read-only
tree, private tmpfs for /tmp, /var/tmp, /dev/shm, /run and the work dir), IPC and UTS
namespaces; as root the program runs as `sandbox_uid` (nobody). With `require_isolation` (the
default) a machine without namespaces gives `sandbox_unavailable` rather than a weaker sandbox.
Sandboxes are forked from a zygote interpreter (`judges/_sandbox_spawn.py`), rows run in
parallel (`workers` threads) and identical (completion, tests) pairs of a batch run once.
Throughput: `python -m curate.judges.code.bench`.
"""

from __future__ import annotations

import math
import os
import re
import signal
import sys
import textwrap
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Annotated, Any, ClassVar, Literal

import polars as pl
from curate.judges.base import (
    CORRECT,
    INCORRECT,
    REFERENCE_KEYS,
    UNKNOWN,
    Judge,
    JudgeParams,
    register,
)
from curate.judges.code.cases import BadTestsError, Case, call_matches, parse_tests, stdout_matches
from curate.judges.code.sandbox import Job, Limits, Outcome, SandboxConfig, probe, run_job
from pydantic import Field

from curate.text import split_trace

LETTER = {
    "passed": "P",
    "wrong_answer": "W",
    "runtime_error": "E",
    "timeout": "T",
    "memory_limit": "M",
    "output_limit": "O",
    "syntax_error": "S",
    "sandbox_unavailable": "X",
}
_FENCE = re.compile(r"[ \t]{0,12}(`{3,}|~{3,})[ \t]*([^`\n]*)")
DEFAULT_PRELUDE = (
    "import sys, math, heapq, bisect, itertools, functools, collections, string, re\n"
    "from typing import *\nfrom collections import *\nfrom functools import *\n"
    "from itertools import *\nfrom heapq import *\nfrom bisect import *\n"
)


class CodeParams(JudgeParams):
    tests_column: str = "reference"
    """Column holding the tests (JSON text or assert-style Python; see the module docstring)."""
    think_close: str = "</think>"
    """Tag that ends the reasoning; code is read from the text after it."""
    answer_only: bool = True
    """Read code only from the answer (after `think_close`); False: from the whole completion."""
    languages: tuple[str, ...] = ("python", "py", "python3", "py3", "")
    """Fence info strings accepted as Python ("" = a bare ``` fence, used only when no block is tagged)."""
    block: Literal["last", "first", "longest", "all"] = "last"
    """Which accepted fenced block is the program (`all`: every accepted block, joined)."""
    unfenced: bool = False
    """Without any fenced block, run the whole answer as the program."""
    score: Literal["binary", "fraction"] = "binary"
    """`binary`: 1.0 iff every test passes; `fraction`: tests passed / tests run."""
    fail_fast: bool = True
    """With `score: binary`, stop a row at its first failing test (the rest are `-`)."""
    max_tests: Annotated[int, Field(gt=0)] | None = None
    """Run at most this many tests of a row (in order); None: all."""
    compare: Literal["exact", "lines", "tokens"] = "lines"
    """stdout comparison: `exact` (up to trailing whitespace), `lines` (each line stripped,
    trailing blank lines ignored) or `tokens` (whitespace-separated tokens)."""
    float_tolerance: Annotated[float, Field(ge=0)] | None = None
    """Numbers match within this tolerance (absolute below 1, relative above); None: exact."""
    timeout_s: Annotated[float, Field(gt=0, le=600)] = 4.0
    """CPU seconds per test (RLIMIT_CPU rounded up, then checked exactly against the rusage)."""
    wall_timeout_s: Annotated[float, Field(gt=0, le=3600)] | None = None
    """Wall seconds per test, including interpreter start: a backstop for programs that wait
    without using CPU; None: max(30, 5 * timeout_s), so a busy machine gives the same verdicts."""
    memory_mb: Annotated[int, Field(ge=64)] = 1024
    """Address-space limit (RLIMIT_AS) in MiB."""
    max_processes: Annotated[int, Field(ge=1)] = 64
    """RLIMIT_NPROC (threads count too). Per uid: shared by the sandboxes running at once."""
    file_size_mb: Annotated[int, Field(ge=0)] = 16
    """Largest file the program may write (RLIMIT_FSIZE), MiB."""
    open_files: Annotated[int, Field(ge=8)] = 64
    """RLIMIT_NOFILE."""
    stack_mb: Annotated[int, Field(ge=1)] = 64
    """RLIMIT_STACK in MiB (deep recursion)."""
    output_limit_mb: Annotated[float, Field(gt=0)] = 4.0
    """stdout (and stderr) cap in MiB; raised to twice the expected output when that is larger.
    The program is killed when it writes more (`output_limit`)."""
    tmpfs_mb: Annotated[int, Field(ge=1)] = 64
    """Size of the private work directory (tmpfs), MiB."""
    workers: Annotated[int, Field(ge=0)] = 0
    """Rows judged at once (threads, each driving one sandbox at a time); 0: twice the CPU
    count (a test spends much of its wall time waiting on process start-up, not on a CPU)."""
    require_isolation: bool = True
    """Refuse to run (`sandbox_unavailable`) where the namespaces cannot be created; False runs
    with rlimits only, plus an audit hook refusing sockets and subprocesses (weaker)."""
    sandbox_uid: Annotated[int, Field(ge=1)] = 65534
    """Unprivileged uid the program runs as when curate runs as root."""
    sandbox_gid: Annotated[int, Field(ge=1)] = 65534
    """Unprivileged gid the program runs as when curate runs as root."""
    private_dirs: tuple[str, ...] = ("/tmp", "/var/tmp", "/dev/shm", "/run")
    """Directories replaced by an empty private tmpfs in the sandbox (the rest is read-only)."""
    site_packages: bool = False
    """Let the program import the interpreter's site-packages (numpy etc.); off: stdlib only."""
    python: str | None = None
    """Interpreter for the programs; None: the one running curate."""
    call_prelude: str = DEFAULT_PRELUDE
    """Run before the code in call-based tests (LeetCode-style code uses `List` etc. unimported)."""


def extract_code(text: str, languages: tuple[str, ...], block: str = "last") -> str | None:
    """The program in `text`: fenced blocks whose info string is in `languages` (linear scan)."""
    lines = text.split("\n")
    tagged: list[str] = []
    bare: list[str] = []
    i, n = 0, len(lines)
    while i < n:
        m = _FENCE.fullmatch(lines[i])
        if m is None:
            i += 1
            continue
        fence, info = m.group(1), m.group(2).strip()
        lang = info.split()[0].strip("{}.").lower() if info else ""
        j = i + 1
        while j < n:
            s = lines[j].strip()
            if len(s) >= len(fence) and s == fence[0] * len(s):
                break
            j += 1
        if j >= n:  # unterminated: not a block
            break
        body = textwrap.dedent("\n".join(lines[i + 1 : j]))
        if lang and lang in languages:
            tagged.append(body)
        elif not lang and "" in languages:
            bare.append(body)
        i = j + 1
    blocks = [b for b in (tagged or bare) if b.strip()]
    if not blocks:
        return None
    if block == "first":
        return blocks[0]
    if block == "longest":
        return max(blocks, key=len)
    if block == "all":
        return "\n\n".join(blocks)
    return blocks[-1]


@dataclass
class RowResult:
    verdict: str
    score: float | None
    reason: str
    passed: int | None = None
    total: int | None = None
    status: str | None = None
    detail: str | None = None


def _detail(out: Outcome, reason: str, limits: Limits) -> str | None:
    """One line on why a test failed (for `code_detail`)."""
    if reason == "timeout":
        if out.status == "timeout":
            return f"wall time over {limits.wall:g} s"
        return f"CPU time {out.cpu_s or 0:.2f} s over {limits.cpu_s:g} s"
    if reason == "output_limit":
        return "output over the limit"
    exc = out.event("exception")
    if exc is not None:
        return f"{exc.get('exception')}: {exc.get('msg', '')}"[:300]
    ex = out.event("exited")
    if ex is not None:
        return f"exited with code {ex.get('exited')} before the tests finished (phase {ex.get('phase')})"
    syn = out.event("syntax_error")
    if syn is not None:
        return str(syn["syntax_error"])[:300]
    if out.signal is not None:
        try:
            return f"killed by {signal.Signals(out.signal).name}"
        except ValueError:
            return f"killed by signal {out.signal}"
    lines = out.stderr.decode("utf-8", "replace").strip().splitlines()
    if lines:
        return lines[-1][:300]
    return f"exit code {out.exit_code}" if out.exit_code else None


@register("code")
class CodeJudge(Judge[CodeParams]):
    """Python code from the answer passes the reference's tests in a sandbox (stdin/stdout, fn_name or asserts)."""

    Params: ClassVar[type[CodeParams]] = CodeParams

    @classmethod
    def resources(cls, params: CodeParams) -> dict[str, float]:
        """Sandboxes spend much of their time starting processes: a CPU per two of them
        (`workers: 0` runs twice the node's CPUs, so ask for two)."""
        workers = params.workers
        return {"num_cpus": max(1.0, workers / 2) if workers else 2.0, "num_gpus": 0.0}

    def __init__(self, params: CodeParams | None = None, **kwargs: Any) -> None:
        super().__init__(params, **kwargs)
        p: CodeParams = self.params
        self.limits = Limits(
            cpu_s=p.timeout_s,
            wall_s=p.wall_timeout_s,
            memory_mb=p.memory_mb,
            nproc=p.max_processes,
            file_size_mb=p.file_size_mb,
            open_files=p.open_files,
            stack_mb=p.stack_mb,
            output_bytes=int(p.output_limit_mb * (1 << 20)),
            tmpfs_mb=p.tmpfs_mb,
        )
        self.sandbox = SandboxConfig(
            limits=self.limits,
            python=p.python or sys.executable,
            site_packages=p.site_packages,
            require_isolation=p.require_isolation,
            uid=p.sandbox_uid,
            gid=p.sandbox_gid,
            private_dirs=tuple(p.private_dirs),
        )

    # --- one test -----------------------------------------------------------------------------
    def _job(self, code: str, case: Case) -> Job:
        p: CodeParams = self.params
        out_cap = self.limits.output_bytes
        if case.mode == "stdio":
            out_cap = max(out_cap, 2 * len(str(case.expected).encode()) + 4096)
            return Job(
                code=code,
                mode="stdio",
                stdin=case.stdin.encode("utf-8", "surrogatepass"),
                output_bytes=out_cap,
            )
        if case.mode == "call":
            return Job(
                code=code,
                mode="call",
                fn_name=case.fn_name,
                args=list(case.args),
                prelude=p.call_prelude,
                output_bytes=out_cap,
            )
        return Job(code=code, mode="assert", test=case.test, output_bytes=out_cap)

    def classify(self, case: Case, out: Outcome) -> str:
        """Reason code of one test's outcome."""
        p: CodeParams = self.params
        if out.status == "sandbox_error":
            return "sandbox_unavailable"
        if out.status == "output_limit":
            return "output_limit"
        if out.event("syntax_error") is not None:
            return "syntax_error"
        cpu_hard = max(1, math.ceil(self.limits.cpu_s)) + 1
        if (
            out.status == "timeout"
            or out.signal == signal.SIGXCPU
            or (out.cpu_s is not None and out.cpu_s > self.limits.cpu_s)
            or (out.signal == signal.SIGKILL and (out.cpu_s or 0) >= cpu_hard - 0.05)
        ):
            return "timeout"
        exc = out.event("exception")
        tail = out.stderr.rstrip().rsplit(b"\n", 1)[-1]
        if (exc is not None and exc.get("exception") == "MemoryError") or tail.startswith(
            b"MemoryError"
        ):
            return "memory_limit"
        ok_exit = out.status == "exited" and out.exit_code == 0
        if case.mode == "stdio":
            if not ok_exit:
                return "runtime_error"
            return (
                "passed"
                if stdout_matches(out.stdout, case.expected, p.compare, p.float_tolerance)
                else "wrong_answer"
            )
        if case.mode == "call":
            ret = out.event("return")
            if ret is None or not ok_exit:
                return "runtime_error"
            return (
                "passed"
                if call_matches(ret["return"], case.expected, p.float_tolerance)
                else "wrong_answer"
            )
        if ok_exit and out.event("done") is not None:
            return "passed"
        if (
            exc is not None
            and exc.get("exception") == "AssertionError"
            and exc.get("phase") == "test"
        ):
            return "wrong_answer"
        return "runtime_error"

    # --- one row ------------------------------------------------------------------------------
    def judge_row(self, completion: str | None, tests: Any) -> tuple[RowResult, str | None]:
        p: CodeParams = self.params
        code = self.code_of(completion)
        if tests is None or (isinstance(tests, str) and not tests.strip()):
            return RowResult(UNKNOWN, None, "no_reference"), code
        try:
            cases = parse_tests(tests)
        except BadTestsError as exc:
            return RowResult(UNKNOWN, None, "unparseable_tests", detail=str(exc)[:300]), code
        if p.max_tests is not None:
            cases = cases[: p.max_tests]
        total = len(cases)
        if code is None:
            return RowResult(INCORRECT, 0.0, "no_code", 0, total, "-" * total), None
        ok, why, _ = probe(self.sandbox)
        if not ok:
            return RowResult(
                UNKNOWN, None, "sandbox_unavailable", None, total, None, why[:300]
            ), code
        status = ["-"] * total
        first: tuple[str, str | None] | None = None
        stop_early = p.fail_fast and p.score == "binary"
        for i, case in enumerate(cases):
            job = self._job(code, case)
            out = run_job(job, self.sandbox)
            if out.status == "sandbox_error":  # a transient failure (fork, pipes): once more
                out = run_job(job, self.sandbox)
            reason = self.classify(case, out)
            status[i] = LETTER[reason]
            if reason == "sandbox_unavailable":
                return RowResult(
                    UNKNOWN, None, reason, None, total, "".join(status), (out.error or "")[:300]
                ), code
            if reason == "syntax_error":  # the same for every test
                detail = _detail(out, reason, self.limits)
                return RowResult(INCORRECT, 0.0, reason, 0, total, "S" * total, detail), code
            if reason != "passed" and first is None:
                detail = _detail(out, reason, self.limits) if reason != "wrong_answer" else None
                first = (reason, detail or f"test {i}")
            if first is not None and stop_early:
                break
        passed = status.count("P")
        status_s = "".join(status)
        if first is None:
            return RowResult(CORRECT, 1.0, "passed", passed, total, status_s), code
        score = passed / total if p.score == "fraction" else 0.0
        return RowResult(INCORRECT, score, first[0], passed, total, status_s, first[1]), code

    def code_of(self, completion: str | None) -> str | None:
        p: CodeParams = self.params
        if completion is None:
            return None
        text = completion
        if p.answer_only:
            trace = split_trace(completion, close_tag=p.think_close)
            if trace.has_close:
                text = trace.summary
            elif trace.has_open:
                return None  # unterminated reasoning: no answer yet
        code = extract_code(text, tuple(p.languages), p.block)
        if code is None and p.unfenced and text.strip():
            code = text
        return code

    def judge(self, batch: pl.DataFrame) -> pl.DataFrame:
        p: CodeParams = self.params
        col = p.tests_column
        if col not in batch.columns and col in REFERENCE_KEYS and "reference" in batch.columns:
            col = "reference"  # a TRL reward call passes any of REFERENCE_KEYS as `reference`
        tests = batch[col].to_list() if col in batch.columns else [None] * batch.height
        comps = batch["completion"].to_list()
        workers = p.workers or 2 * (os.cpu_count() or 1)
        # identical (completion, tests) pairs (common among samples) are run once
        first: dict[tuple[Any, str], int] = {}
        which = [
            first.setdefault((c, repr(t)), i)
            for i, (c, t) in enumerate(zip(comps, tests, strict=True))
        ]
        pairs = [(comps[i], tests[i]) for i in first.values()]
        if len(pairs) > 1 and workers > 1:
            with ThreadPoolExecutor(max_workers=min(workers, len(pairs))) as ex:
                unique = list(ex.map(lambda ct: self.judge_row(*ct), pairs))
        else:
            unique = [self.judge_row(c, t) for c, t in pairs]
        slot = {i: k for k, i in enumerate(first.values())}
        results = [unique[slot[w]] for w in which]
        return pl.DataFrame(
            {
                "verdict": [r.verdict for r, _ in results],
                "score": [r.score for r, _ in results],
                "pred_answer": [c for _, c in results],
                "judge_reason": [r.reason for r, _ in results],
                "code_tests_passed": [r.passed for r, _ in results],
                "code_tests_total": [r.total for r, _ in results],
                "code_test_status": [r.status for r, _ in results],
                "code_detail": [r.detail for r, _ in results],
            },
            schema={
                "verdict": pl.Utf8,
                "score": pl.Float64,
                "pred_answer": pl.Utf8,
                "judge_reason": pl.Utf8,
                "code_tests_passed": pl.Int32,
                "code_tests_total": pl.Int32,
                "code_test_status": pl.Utf8,
                "code_detail": pl.Utf8,
            },
        )
