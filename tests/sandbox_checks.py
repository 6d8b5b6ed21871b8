"""What the sandbox tests (tests/test_sandbox*.py) share: the tight limits, the module-level
isolation check (a module whose kernel refuses the namespaces is skipped with the sandbox's own
explanation) and one hostile program through the `code` judge.

The fixture is registered under the name the tests ask for (`isolated`); a test module imports
`sandbox_isolated` to use it.
"""

from __future__ import annotations

import json
from typing import Any

import polars as pl
import pytest
from curate.judges.code import CodeJudge
from curate.judges.code.sandbox import SandboxConfig, probe

TIGHT: dict[str, Any] = {
    "timeout_s": 1.0,
    "memory_mb": 256,
    "max_processes": 16,
    "output_limit_mb": 0.25,
    "workers": 1,
}


@pytest.fixture(scope="module", name="isolated")
def sandbox_isolated() -> None:
    ok, why, iso = probe(SandboxConfig())
    if not ok:
        pytest.skip(f"the sandbox cannot isolate on this machine: {why}")
    assert iso and iso["netns"] and iso["pidns"] and iso["mountns"], iso


def judge_program(code: str, expected: str = "ok\n", **params: Any) -> dict[str, Any]:
    j = CodeJudge(**{**TIGHT, **params})
    ref = json.dumps({"inputs": [""], "outputs": [expected]})
    df = pl.DataFrame({"completion": [f"```python\n{code}\n```"], "reference": [ref]})
    return j.judge(df).row(0, named=True)
