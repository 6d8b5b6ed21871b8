"""Test specifications for the `code` judge: parse the reference column into cases, compare outputs.

Accepted shapes of the reference (a JSON string; a JSON string inside JSON is unwrapped; a
plain non-JSON string is read as assert-style Python):

stdin/stdout (APPS / TACO / CodeContests):
  {"inputs": [...], "outputs": [...]}          also "input"/"output"; items are strings or lists
                                                of lines
  {"public_tests": {"input": [...], "output": [...]}, "private_tests": ..., "generated_tests": ...}
  [{"input": "...", "output": "..."}, ...]      (LiveCodeBench `testtype: stdin`)
  {"input_output": <one of these, or its JSON text>}
  {"test_cases": [...]} / {"tests": [...]}     lists of such dicts
call-based (APPS / TACO / LeetCode):
  {"fn_name": "f", "inputs": [[args...], ...], "outputs": [ret, ...]}
      an input that is not a list is one argument; an input string is one JSON value per line
      (LiveCodeBench `functional`); the function is a top-level `f` or `Solution().f`;
      an expected `[ret]` also accepts `ret` (the APPS convention)
  case dicts with "fn_name" / "type": "function_call" / "testtype": "functional"
assert-style (MBPP / HumanEval):
  ["assert f(1) == 2", ...], {"tests": [...]}, {"test_list": [...], "test_setup_code": "...",
  "test_imports": [...]}, {"test": "def check(candidate): ...", "entry_point": "f"}, or a plain
  string of Python: each top-level `assert` is one test, run after all the other statements.
"""

from __future__ import annotations

import ast
import json
import math
from dataclasses import dataclass
from typing import Any, Literal

Mode = Literal["stdio", "call", "assert"]
MAX_REFERENCE_CHARS = 64 << 20
MAX_ASSERT_SOURCE = 1 << 20


class BadTestsError(ValueError):
    """The reference does not describe tests in any accepted shape."""


@dataclass(frozen=True)
class Case:
    mode: Mode
    stdin: str = ""
    expected: Any = None  # stdio: expected stdout (str); call: the expected return value
    args: tuple[Any, ...] = ()
    fn_name: str | None = None
    test: str | None = None  # assert mode: the test program run after the solution


def parse_tests(reference: Any) -> list[Case]:
    """The cases described by a reference; raises BadTestsError."""
    if reference is None:
        raise BadTestsError("no reference")
    if isinstance(reference, str):
        if len(reference) > MAX_REFERENCE_CHARS:
            raise BadTestsError("reference too large")
        text = reference.strip()
        if not text:
            raise BadTestsError("empty reference")
        try:
            value = json.loads(text)
        except ValueError:
            return _assert_source(text)
    else:
        value = reference
    cases = _from_value(value, depth=0)
    if not cases:
        raise BadTestsError("no test cases")
    return cases


def _from_value(v: Any, depth: int, fn_name: str | None = None) -> list[Case]:
    if depth > 4:
        raise BadTestsError("reference nested too deeply")
    if isinstance(v, str):
        try:
            inner = json.loads(v)
        except ValueError:
            return _assert_source(v)
        return _from_value(inner, depth + 1, fn_name)
    if isinstance(v, list):
        if not v:
            return []
        if all(isinstance(x, str) for x in v):
            return [Case("assert", test=x) for x in v if x.strip()]
        if all(isinstance(x, dict) for x in v):
            return [_case_dict(x, fn_name) for x in v]
        raise BadTestsError(
            "a list of tests must hold only strings or only {input, output} objects"
        )
    if not isinstance(v, dict):
        raise BadTestsError(f"unexpected reference type {type(v).__name__}")
    fn = v.get("fn_name") or v.get("func_name") or fn_name
    fn = fn if isinstance(fn, str) and fn.strip() else None
    for key in ("input_output", "test_cases", "tests"):
        if key in v:
            if (
                key == "tests"
                and isinstance(v[key], list)
                and all(isinstance(x, str) for x in v[key])
            ):
                return [Case("assert", test=_join(v.get("setup"), x)) for x in v[key] if x.strip()]
            return _from_value(v[key], depth + 1, fn)
    if "test_list" in v:
        tests = v["test_list"]
        if not isinstance(tests, list) or not all(isinstance(x, str) for x in tests):
            raise BadTestsError("test_list must be a list of strings")
        imports = v.get("test_imports") or []
        setup = _join(
            "\n".join(imports) if isinstance(imports, list) else str(imports),
            v.get("test_setup_code"),
        )
        return [Case("assert", test=_join(setup, t)) for t in tests if t.strip()]
    if isinstance(v.get("test"), str):
        entry = v.get("entry_point")
        test = v["test"]
        if "def check(" in test:
            if not isinstance(entry, str) or not entry.isidentifier():
                raise BadTestsError("HumanEval-style check() needs an identifier `entry_point`")
            test = f"{test}\n\ncheck({entry})\n"
        return [Case("assert", test=test)]
    splits = [
        k
        for k in ("public_tests", "private_tests", "generated_tests")
        if isinstance(v.get(k), dict)
    ]
    if splits:
        return [c for k in splits for c in _io_lists(v[k], fn)]
    if any(k in v for k in ("inputs", "input", "outputs", "output")):
        return _io_lists(v, fn)
    raise BadTestsError(f"no tests found (keys: {', '.join(sorted(map(str, v))[:8])})")


def _join(*parts: Any) -> str:
    return "\n".join(str(p) for p in parts if isinstance(p, str) and p.strip())


def _io_lists(v: dict[str, Any], fn: str | None) -> list[Case]:
    ins = v.get("inputs", v.get("input"))
    outs = v.get("outputs", v.get("output"))
    if not isinstance(ins, list) or not isinstance(outs, list):
        raise BadTestsError("inputs and outputs must be lists")
    if len(ins) != len(outs):
        raise BadTestsError(f"{len(ins)} inputs but {len(outs)} outputs")
    return [_make_case(i, o, fn, lenient_wrap=True) for i, o in zip(ins, outs, strict=True)]


def _case_dict(d: dict[str, Any], fn: str | None) -> Case:
    fn = d.get("fn_name") or fn
    kind = str(d.get("type") or d.get("testtype") or "").lower()
    if kind in ("functional", "function_call", "call") and not fn:
        raise BadTestsError("a functional test case needs `fn_name`")
    if kind in ("stdin", "stdin_stdout", "stdio"):
        fn = None
    if "input" not in d or "output" not in d:
        raise BadTestsError("a test case object needs `input` and `output`")
    return _make_case(
        d["input"], d["output"], fn if isinstance(fn, str) and fn else None, lenient_wrap=False
    )


def _lines(x: Any) -> str:
    if isinstance(x, list) and all(isinstance(s, str) for s in x):
        return "\n".join(x) + "\n"
    if isinstance(x, str):
        return x
    raise BadTestsError(f"stdin/stdout must be text, got {type(x).__name__}")


def _make_case(inp: Any, out: Any, fn: str | None, lenient_wrap: bool) -> Case:
    if fn is None:
        return Case("stdio", stdin=_lines(inp), expected=_lines(out))
    if isinstance(inp, str):  # one JSON value per line (LiveCodeBench functional)
        try:
            args = tuple(json.loads(line) for line in inp.splitlines() if line.strip())
        except ValueError as exc:
            raise BadTestsError(f"call input is not JSON lines: {exc}") from None
    elif isinstance(inp, list):
        args = tuple(inp)
    else:
        args = (inp,)
    expected = out
    if isinstance(out, str) and not lenient_wrap:
        try:
            expected = json.loads(out)
        except ValueError:
            expected = out
    return Case("call", args=args, expected=expected, fn_name=fn)


def _assert_source(src: str) -> list[Case]:
    """Plain Python test source: each top-level assert is a test run after the rest."""
    if len(src) > MAX_ASSERT_SOURCE:
        raise BadTestsError("assert source too large")
    try:
        tree = ast.parse(src)
    except (SyntaxError, ValueError, RecursionError, MemoryError, OverflowError) as exc:
        raise BadTestsError(f"reference is neither JSON nor Python: {type(exc).__name__}") from None
    setup: list[Any] = []
    tests: list[Any] = []
    for node in tree.body:
        seg = ast.get_source_segment(src, node) or ""
        (tests if isinstance(node, ast.Assert) else setup).append(seg)
    if not tests:
        return [Case("assert", test=src)]
    prefix = "\n".join(setup)
    return [Case("assert", test=_join(prefix, t)) for t in tests]


# --- comparing ------------------------------------------------------------------------------------


def _float(tok: str) -> float | None:
    if len(tok) > 64:
        return None
    try:
        v = float(tok)
    except ValueError:
        return None
    return v if math.isfinite(v) else None


def _tok_equal(a: str, b: str, tol: float | None) -> bool:
    if a == b:
        return True
    if tol is None:
        return False
    x, y = _float(a), _float(b)
    return x is not None and y is not None and abs(x - y) <= tol * max(1.0, abs(y))


def stdout_matches(got: bytes, expected: str, how: str = "lines", tol: float | None = None) -> bool:
    """Compare a program's stdout with the expected text.

    `exact`: equal up to trailing whitespace at the end; `lines`: line by line, each line
    stripped, trailing empty lines ignored; `tokens`: whitespace-separated tokens. With `tol`,
    tokens that both parse as finite floats match within `tol` (absolute below 1, else relative).
    """
    text = got.decode("utf-8", "replace").replace("\r\n", "\n")
    want = expected.replace("\r\n", "\n")
    if how == "exact":
        return text.rstrip() == want.rstrip()
    if how == "tokens":
        a, b = text.split(), want.split()
        return len(a) == len(b) and all(_tok_equal(x, y, tol) for x, y in zip(a, b, strict=True))
    la = [ln.strip() for ln in text.rstrip().split("\n")]
    lb = [ln.strip() for ln in want.rstrip().split("\n")]
    if len(la) != len(lb):
        return False
    for x, y in zip(la, lb, strict=True):
        if x == y:
            continue
        if tol is None:
            return False
        ta, tb = x.split(), y.split()
        if len(ta) != len(tb) or not all(
            _tok_equal(p, q, tol) for p, q in zip(ta, tb, strict=True)
        ):
            return False
    return True


def _num(x: Any) -> bool:
    return isinstance(x, int | float) and not isinstance(x, bool)


def values_equal(got: Any, expected: Any, tol: float | None = None, depth: int = 0) -> bool:
    """Deep equality of JSON values (tuples are lists); numbers within `tol` when given."""
    if depth > 200:
        return False
    if isinstance(got, dict) and "__unserialisable__" in got:
        return False
    if _num(got) and _num(expected):
        if got == expected:
            return True
        if tol is None or not (isinstance(got, float) or isinstance(expected, float)):
            return False
        return math.isclose(got, expected, rel_tol=tol, abs_tol=tol)
    if isinstance(got, list) and isinstance(expected, list | tuple):
        return len(got) == len(expected) and all(
            values_equal(a, b, tol, depth + 1) for a, b in zip(got, expected, strict=True)
        )
    if isinstance(got, dict) and isinstance(expected, dict):
        return got.keys() == expected.keys() and all(
            values_equal(got[k], expected[k], tol, depth + 1) for k in got
        )
    return type(got) is type(expected) and got == expected


def call_matches(got: Any, expected: Any, tol: float | None = None) -> bool:
    """`values_equal`, also accepting `ret` for an expected `[ret]` (APPS wraps returns)."""
    if values_equal(got, expected, tol):
        return True
    return isinstance(expected, list) and len(expected) == 1 and values_equal(got, expected[0], tol)
