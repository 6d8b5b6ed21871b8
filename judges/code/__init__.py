"""The `code` judge: run a completion's program against tests in a sandbox.

Modules: `cases` (test formats of APPS, TACO, CodeContests, LiveCodeBench, HumanEval/MBPP),
`sandbox` (limits, jobs and outcomes on the host side), `spawn` (the zygote that forks
sandboxes), the `_sandbox_*` files (run inside the sandbox only, stdlib only), `bench` (the
sandbox micro-benchmark) and `judge` (the registered judge).
"""

from curate.judges.code.judge import CodeJudge, CodeParams, extract_code

__all__ = ["CodeJudge", "CodeParams", "extract_code"]
