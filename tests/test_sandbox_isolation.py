"""The code sandbox from inside: what a program sees (uid, pid namespace, network, environment,
work dir), an interpreter that cannot start, rows that share nothing, the probe's report, and
the unprivileged user-namespace mode. Escape attempts are in test_sandbox.py.

These tests need the namespaces (root, or unprivileged user namespaces); where the kernel refuses
them the module is skipped with the sandbox's own explanation.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import polars as pl
import pytest
from curate.judges.code import CodeJudge
from curate.judges.code.sandbox import Job, Limits, SandboxConfig, probe, run_job

from tests.sandbox_checks import (  # noqa: F401  (the fixture `isolated`)
    TIGHT,
    judge_program,
    sandbox_isolated,
)

ROOT = Path(__file__).resolve().parent.parent

ISOLATION_FACTS = [
    # runs as the unprivileged uid when root (else: the same uid inside a user namespace)
    ("import os; print(os.getuid() != 0)", "True"),
    # pid namespace: the program sees itself as pid 2 under the reaper (pid 1)
    ("import os; print(os.getpid(), os.getppid())", "2 1"),
    # only the loopback interface exists, and it is down
    ("import socket; print([n for _, n in socket.if_nameindex()])", "['lo']"),
    # the environment is scrubbed to a fixed set of variables
    (
        "import os; print(sorted(os.environ))",
        "['HOME', 'LANG', 'LC_ALL', 'MKL_NUM_THREADS', 'OMP_NUM_THREADS', 'OPENBLAS_NUM_THREADS', 'PATH', 'TMPDIR']",
    ),
    # the work dir is writable, private and the cwd
    (
        "import os; open('f', 'w').write('1'); print(os.getcwd() == os.environ['HOME'], os.listdir('.'))",
        "True ['f']",
    ),
    # the stdlib is importable after the privilege drop (lazy imports work)
    ("import fractions, decimal, heapq; print(fractions.Fraction(1, 3) + 1)", "4/3"),
    # the judges package is not importable from the program (no shadowed `math`)
    ("import math; print(math.sqrt(16))", "4.0"),
    # no_new_privs is set
    (
        "print([l.split()[1] for l in open('/proc/self/status') if l.startswith('NoNewPrivs')][0])",
        "1",
    ),
]


@pytest.mark.parametrize(("code", "out"), ISOLATION_FACTS)
def test_isolation_facts(isolated: None, code: str, out: str) -> None:
    res = run_job(Job(code=code), SandboxConfig(limits=Limits(cpu_s=2, wall_s=10)))
    assert res.status == "exited" and res.exit_code == 0, (res.error, res.stderr)
    assert res.stdout.decode().strip() == out


def test_sandbox_unavailable_is_unknown(tmp_path: Path) -> None:
    # an interpreter that cannot start: every row is `unknown`, never a plausible score
    row = judge_program("print('ok')", python=str(tmp_path / "no-such-python"))
    assert (row["verdict"], row["judge_reason"]) == ("unknown", "sandbox_unavailable")
    assert row["score"] is None


def test_parallel_rows_share_nothing(isolated: None) -> None:
    # eight rows at once, each writes the same file name in its own private work dir
    code = "import os\nopen('same.txt', 'a').write('x')\nprint(len(open('same.txt').read()))"
    ref = json.dumps({"inputs": [""], "outputs": ["1\n"]})
    j = CodeJudge(**{**TIGHT, "workers": 4})
    df = pl.DataFrame({"completion": [f"```python\n{code}\n```"] * 8, "reference": [ref] * 8})
    out = j.judge(df)
    assert out["judge_reason"].to_list() == ["passed"] * 8


@pytest.mark.skipif(sys.platform != "linux", reason="namespaces are Linux-only")
def test_probe_reports_isolation(isolated: None) -> None:
    ok, why, iso = probe(SandboxConfig())
    assert ok and why == ""
    assert iso is not None and iso["readonly_root"] and "/tmp" in iso["private_dirs"]


USERNS_SCRIPT = r"""
import importlib.util, json, sys
sys.path.insert(0, sys.argv[1])  # judges/code/: stdlib-only modules, loaded without the package
import spawn as _sandbox_spawn
sys.modules["curate.judges.code.spawn"] = _sandbox_spawn
spec = importlib.util.spec_from_file_location("sbx", sys.argv[1] + "/sandbox.py")
sbx = importlib.util.module_from_spec(spec)
sys.modules["sbx"] = sbx
spec.loader.exec_module(sbx)
cfg = sbx.SandboxConfig(limits=sbx.Limits(cpu_s=2, wall_s=10), python=sys.executable,
                        private_dirs=())
ok, why, iso = sbx.probe(cfg)
out = {"ok": ok, "why": why, "iso": iso}
if ok:
    code = sys.argv[2]
    res = sbx.run_job(sbx.Job(code=code), cfg)
    out["stdout"] = res.stdout.decode()
    out["stderr"] = res.stderr.decode()[-300:]
print(json.dumps(out))
"""
USERNS_PROGRAM = """
import ctypes, os, socket
res = []
try:
    open(TARGET, "w").write("pwned")
    res.append("wrote")
except OSError as e:
    res.append(type(e).__name__)
try:
    socket.create_connection(("127.0.0.1", 9), timeout=1)
    res.append("connected")
except OSError:
    res.append("nonet")
libc = ctypes.CDLL(None, use_errno=True)
res.append("mount-ok" if libc.mount(None, b"/", None, 32 | 4096, None) == 0 else "mount-denied")
print(" ".join(res))
"""


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to switch to an unprivileged uid")
def test_unprivileged_user_namespace_mode(tmp_path: Path) -> None:
    # the non-root path: a user namespace, the same uid, every capability dropped; the host
    # directory is world-writable and visible (read-only): writes, network and remounts fail
    python = "/usr/bin/python3"
    if not (Path(python).exists() and Path("/usr/bin/setpriv").exists()):
        pytest.skip("needs /usr/bin/python3 and setpriv")
    shared = Path(tempfile.mkdtemp(prefix="curate-userns-"))
    try:
        shared.chmod(0o777)
        target = shared / "pwned"
        program = USERNS_PROGRAM.replace("TARGET", repr(str(target)))
        cmd = [
            "setpriv",
            "--reuid",
            "65534",
            "--regid",
            "65534",
            "--clear-groups",
            python,
            "-c",
            USERNS_SCRIPT,
            str(ROOT / "judges" / "code"),
            program,
        ]
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=60, cwd="/")
        assert proc.returncode == 0, proc.stderr
        out = json.loads(proc.stdout)
        if not out["ok"]:
            pytest.skip(f"no unprivileged user namespaces here: {out['why']}")
        assert out["iso"]["userns"] and out["iso"]["netns"] and out["iso"]["pidns"]
        assert out["stdout"].split() == ["OSError", "nonet", "mount-denied"], out
        assert not target.exists()
    finally:
        shutil.rmtree(shared, ignore_errors=True)
