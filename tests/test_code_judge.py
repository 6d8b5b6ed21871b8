"""The `code` judge: code extraction, test formats, output comparison, verdicts and reasons."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import polars as pl
import pytest
from curate.judges.code import CodeJudge, extract_code
from curate.judges.code.cases import (
    BadTestsError,
    call_matches,
    parse_tests,
    stdout_matches,
)
from curate.judges.code.sandbox import SandboxConfig, probe

from curate.recipe import load_recipe
from curate.runner import run
from tests.helpers import write_jsonl

FAST: dict[str, Any] = {"timeout_s": 1.0, "wall_timeout_s": 4.0, "memory_mb": 256, "workers": 2}
LANGS = ("python", "py", "python3", "py3", "")


@pytest.fixture(scope="module")
def isolated() -> None:
    ok, why, _ = probe(SandboxConfig())
    if not ok:
        pytest.skip(f"the sandbox cannot isolate on this machine: {why}")


def fence(code: str, lang: str = "python") -> str:
    return f"```{lang}\n{code}\n```"


EXTRACT = [
    # the last python block wins
    ("```python\na = 1\n```\ntext\n```python\nb = 2\n```", "last", "b = 2"),
    # `first` picks the first block
    ("```python\na = 1\n```\n```python\nb = 2\n```", "first", "a = 1"),
    # `longest` picks the longest block
    ("```py\nx = 1\ny = 2\n```\n```py\nz = 3\n```", "longest", "x = 1\ny = 2"),
    # `all` joins every accepted block
    ("```py\nx = 1\n```\n```py\ny = 2\n```", "all", "x = 1\n\ny = 2"),
    # a tagged block beats a later bare block (sample output after the code)
    ("```python\nprint(1)\n```\nOutput:\n```\n1\n```", "last", "print(1)"),
    # a bare ``` block is used when nothing is tagged
    ("```\nprint(2)\n```", "last", "print(2)"),
    # another language is not Python
    ("```cpp\nint main(){}\n```", "last", None),
    # an unterminated fence is not a block (truncated answer)
    ("```python\nprint(1)\n", "last", None),
    # an indented block (inside a list item) is dedented
    (
        "1. code:\n   ```python\n   def f():\n       return 1\n   ```",
        "last",
        "def f():\n    return 1",
    ),
    # a longer closing fence closes; ~~~ fences work too
    ("~~~python\nq = 3\n~~~~", "last", "q = 3"),
    # an info string with attributes: the first word is the language
    ('```python title="sol.py"\nz = 0\n```', "last", "z = 0"),
    # no fences at all
    ("just words", "last", None),
]


@pytest.mark.parametrize(("text", "block", "expected"), EXTRACT)
def test_extract_code(text: str, block: str, expected: str | None) -> None:
    assert extract_code(text, LANGS, block) == expected


SHAPES = [
    # APPS/TACO stdin/stdout
    ({"inputs": ["1\n", "2\n"], "outputs": ["1\n", "4\n"]}, "stdio", 2),
    # CodeContests-style singular keys, lists of lines joined
    ({"input": [["1", "2"]], "output": [["3"]]}, "stdio", 1),
    # CodeContests public/private/generated splits are concatenated
    (
        {
            "public_tests": {"input": ["a"], "output": ["b"]},
            "private_tests": {"input": ["c"], "output": ["d"]},
        },
        "stdio",
        2,
    ),
    # APPS call-based
    ({"fn_name": "f", "inputs": [[1, 2], [3, 4]], "outputs": [[3], [7]]}, "call", 2),
    # LiveCodeBench case list, stdin
    ([{"input": "1\n", "output": "1\n", "testtype": "stdin"}], "stdio", 1),
    # LiveCodeBench functional: fn_name given beside the cases, args as JSON lines
    (
        {
            "fn_name": "g",
            "tests": [{"input": "[1, 2]\n3", "output": "6", "testtype": "functional"}],
        },
        "call",
        1,
    ),
    # TACO double-encoded input_output
    ({"input_output": json.dumps({"inputs": ["x"], "outputs": ["y"]})}, "stdio", 1),
    # a list of assert lines (MBPP test_list)
    (["assert f(1) == 1", "assert f(2) == 4"], "assert", 2),
    # MBPP row with setup and imports
    (
        {
            "test_list": ["assert f(1) == 1"],
            "test_setup_code": "X = 1",
            "test_imports": ["import math"],
        },
        "assert",
        1,
    ),
    # {"tests": [...]} of assert strings
    ({"tests": ["assert f() is None"]}, "assert", 1),
    # HumanEval: check(candidate) + entry_point
    (
        {"test": "def check(candidate):\n    assert candidate(1) == 2\n", "entry_point": "inc"},
        "assert",
        1,
    ),
    # prime-style test_cases with types
    ({"test_cases": [{"input": "1", "output": "1", "type": "stdin_stdout"}]}, "stdio", 1),
]


@pytest.mark.parametrize(("ref", "mode", "n"), SHAPES)
def test_parse_shapes(ref: Any, mode: str, n: int) -> None:
    cases = parse_tests(json.dumps(ref))
    assert [c.mode for c in cases] == [mode] * n


def test_parse_details() -> None:
    # a plain Python string: each top-level assert is a test, the rest is shared setup
    cases = parse_tests("import math\nassert f(4) == 2\nassert f(9) == 3\n")
    assert [c.test for c in cases] == [
        "import math\nassert f(4) == 2",
        "import math\nassert f(9) == 3",
    ]
    # lists of lines become text with a final newline; call args from JSON lines
    assert parse_tests(json.dumps({"input": [["1", "2"]], "output": [["3"]]}))[0].stdin == "1\n2\n"
    call = parse_tests(
        json.dumps({"fn_name": "g", "tests": [{"input": "[1, 2]\n3", "output": "6"}]})
    )[0]
    assert (call.args, call.expected, call.fn_name) == (([1, 2], 3), 6, "g")
    # HumanEval calls check() on the entry point
    he = parse_tests(
        json.dumps({"test": "def check(candidate):\n    pass\n", "entry_point": "inc"})
    )[0]
    assert he.test is not None and he.test.rstrip().endswith("check(inc)")


BAD_REFS = [
    # not JSON and not Python
    "this is { not a test",
    # inputs and outputs of different lengths
    json.dumps({"inputs": ["1"], "outputs": []}),
    # no recognisable keys
    json.dumps({"foo": 1}),
    # a number is not a test
    "42",
    # HumanEval check() without an entry point
    json.dumps({"test": "def check(candidate):\n    pass\n"}),
    # a functional case without fn_name
    json.dumps([{"input": "1", "output": "1", "testtype": "functional"}]),
    # an empty list of tests
    "[]",
    # whitespace only
    "   ",
]


@pytest.mark.parametrize("ref", BAD_REFS)
def test_unparseable_references(ref: str) -> None:
    with pytest.raises(BadTestsError):
        parse_tests(ref)


COMPARE = [
    # trailing whitespace and newlines never matter
    (b"1 2  \n3\n\n", "1 2\n3", "lines", None, True),
    # CRLF equals LF
    (b"a\r\nb\r\n", "a\nb\n", "lines", None, True),
    # a different line is wrong
    (b"1\n2\n", "1\n3\n", "lines", None, False),
    # lines mode keeps line structure
    (b"1 2\n", "1\n2\n", "lines", None, False),
    # tokens mode does not
    (b"1 2\n", "1\n2\n", "tokens", None, True),
    # floats only match within a tolerance when one is given
    (b"0.3333333\n", "0.333333333\n", "lines", None, False),
    (b"0.3333333\n", "0.333333333\n", "lines", 1e-6, True),
    (b"0.34\n", "0.333333333\n", "tokens", 1e-6, False),
    # exact mode: only trailing whitespace at the end is forgiven
    (b"a  b\n", "a b", "exact", None, False),
    # undecodable output does not crash the comparison
    (b"\xff\xfe\n", "x", "lines", None, False),
]


@pytest.mark.parametrize(("got", "want", "how", "tol", "ok"), COMPARE)
def test_stdout_matches(got: bytes, want: str, how: str, tol: float | None, ok: bool) -> None:
    assert stdout_matches(got, want, how, tol) is ok


CALLS = [
    # APPS wraps the expected return in a list
    (5, [5], None, True),
    # tuples come back as lists
    ([1, 2], [1, 2], None, True),
    # bool is not int
    (True, 1, None, False),
    # floats with tolerance
    (0.1 + 0.2, 0.3, 1e-9, True),
    (0.1 + 0.2, 0.3, None, False),
    # an unserialisable return value never matches (e.g. an object overriding __eq__)
    ({"__unserialisable__": "Cheat"}, 5, None, False),
    # nested structures
    ({"a": [1, {"b": 2}]}, {"a": [1, {"b": 2}]}, None, True),
]


@pytest.mark.parametrize(("got", "want", "tol", "ok"), CALLS)
def test_call_matches(got: Any, want: Any, tol: float | None, ok: bool) -> None:
    assert call_matches(got, want, tol) is ok


IO_REF = json.dumps({"inputs": ["1 2\n", "3 4\n"], "outputs": ["3\n", "7\n"]})
FN_REF = json.dumps({"fn_name": "add", "inputs": [[1, 2], [3, 4]], "outputs": [[3], 7]})
ASSERT_REF = json.dumps(["assert add(1, 2) == 3", "assert add(3, 4) == 7"])
ADD_IO = "a, b = map(int, input().split())\nprint(a + b)"
ADD_FN = "def add(a, b):\n    return a + b"

JUDGE = [
    # stdin/stdout solution after the reasoning
    ("<think>easy</think>" + fence(ADD_IO), IO_REF, "correct", "passed", "PP"),
    # a plain answer without think tags is all answer
    (fence(ADD_IO, "py"), IO_REF, "correct", "passed", "PP"),
    # code only inside unterminated reasoning: no answer
    ("<think>" + fence(ADD_IO), IO_REF, "incorrect", "no_code", "--"),
    # code in the reasoning but none in the answer
    ("<think>" + fence(ADD_IO) + "</think>done", IO_REF, "incorrect", "no_code", "--"),
    # wrong output on the second test (fail fast: first failure decides)
    (
        "</think>" + fence("a, b = map(int, input().split())\nprint(3)"),
        IO_REF,
        "incorrect",
        "wrong_answer",
        "PW",
    ),
    # a syntax error is reported once for every test
    ("</think>" + fence("def f(:\n    pass"), IO_REF, "incorrect", "syntax_error", "SS"),
    # an exception
    ("</think>" + fence("raise ValueError('boom')"), IO_REF, "incorrect", "runtime_error", "E-"),
    # a nonzero exit code is a runtime error
    ("</think>" + fence("import sys\nsys.exit(3)"), IO_REF, "incorrect", "runtime_error", "E-"),
    # exit() after printing is fine (site's exit() exists even under -S)
    ("</think>" + fence(ADD_IO + "\nexit()"), IO_REF, "correct", "passed", "PP"),
    # call-based top-level function, expected returns wrapped or not
    ("</think>" + fence(ADD_FN), FN_REF, "correct", "passed", "PP"),
    # call-based LeetCode class using typing names it never imported (the prelude provides them)
    (
        "</think>"
        + fence("class Solution:\n    def add(self, a: int, b: int) -> int:\n        return a + b"),
        FN_REF,
        "correct",
        "passed",
        "PP",
    ),
    # call-based: the function is missing
    (
        "</think>" + fence("def plus(a, b):\n    return a + b"),
        FN_REF,
        "incorrect",
        "runtime_error",
        "E-",
    ),
    # call-based wrong return
    (
        "</think>" + fence("def add(a, b):\n    return a - b"),
        FN_REF,
        "incorrect",
        "wrong_answer",
        "W-",
    ),
    # reward hack: an object that equals everything is not a value
    (
        "</think>"
        + fence(
            "class A:\n    def __eq__(self, o):\n        return True\ndef add(a, b):\n    return A()"
        ),
        FN_REF,
        "incorrect",
        "wrong_answer",
        "W-",
    ),
    # assert-style tests
    ("</think>" + fence(ADD_FN), ASSERT_REF, "correct", "passed", "PP"),
    # a main guard that reads stdin stays quiet in assert tests (the code is imported)
    (
        "</think>"
        + fence(
            ADD_FN + "\nif __name__ == '__main__':\n    print(add(*map(int, input().split())))"
        ),
        ASSERT_REF,
        "correct",
        "passed",
        "PP",
    ),
    # call-based returns of every JSON type round-trip (nested, tuples, sets sorted, big ints)
    (
        "</think>"
        + fence("def add(a, b):\n    return (a + b) if a < 3 else [a, {b}, {'k': (None, 2**200)}]"),
        json.dumps(
            {
                "fn_name": "add",
                "inputs": [[1, 2], [3, 4]],
                "outputs": [3, [3, [4], {"k": [None, 2**200]}]],
            }
        ),
        "correct",
        "passed",
        "PP",
    ),
    # a failed assert is a wrong answer
    (
        "</think>" + fence("def add(a, b):\n    return 3"),
        ASSERT_REF,
        "incorrect",
        "wrong_answer",
        "PW",
    ),
    # reward hack: exiting with status 0 before the asserts run is not a pass
    ("</think>" + fence("import sys\nsys.exit(0)"), ASSERT_REF, "incorrect", "runtime_error", "E-"),
    # reward hack: os._exit(0) before the asserts
    ("</think>" + fence("import os\nos._exit(0)"), ASSERT_REF, "incorrect", "runtime_error", "E-"),
    # reward hack: forging the harness's report without its nonce
    (
        "</think>" + fence("import os\nos.write(3, b'x {\"done\": true}\\n')\nos._exit(0)"),
        ASSERT_REF,
        "incorrect",
        "runtime_error",
        "E-",
    ),
    # reward hack: printing what a test expects does not help an assert test
    ("</think>" + fence("print('3')"), ASSERT_REF, "incorrect", "runtime_error", "E-"),
    # CPU-bound: timeout
    ("</think>" + fence("while True:\n    pass"), IO_REF, "incorrect", "timeout", "T-"),
    # memory
    ("</think>" + fence("x = 'a' * (10 ** 10)"), IO_REF, "incorrect", "memory_limit", "M-"),
    # no reference: cannot judge
    ("</think>" + fence(ADD_IO), None, "unknown", "no_reference", None),
    # an unreadable reference: cannot judge
    ("</think>" + fence(ADD_IO), "{not json", "unknown", "unparseable_tests", None),
    # no code in the answer
    ("</think>I would write a loop.", IO_REF, "incorrect", "no_code", "--"),
]


@pytest.mark.parametrize(("completion", "ref", "verdict", "reason", "status"), JUDGE)
def test_judge(
    isolated: None, completion: str, ref: str | None, verdict: str, reason: str, status: str | None
) -> None:
    df = pl.DataFrame(
        {"completion": [completion], "reference": [ref]},
        schema={"completion": pl.Utf8, "reference": pl.Utf8},
    )
    row = CodeJudge(**FAST).judge(df).row(0, named=True)
    assert (row["verdict"], row["judge_reason"], row["code_test_status"]) == (
        verdict,
        reason,
        status,
    ), row
    assert (row["score"] is None) == (verdict == "unknown")


def test_fraction_score_runs_every_test(isolated: None) -> None:
    # score = fraction passed; no early stop in fraction mode
    ref = json.dumps(
        {"inputs": ["1\n", "2\n", "3\n", "4\n"], "outputs": ["1\n", "4\n", "0\n", "16\n"]}
    )
    comp = "</think>" + fence("n = int(input())\nprint(n * n)")
    df = pl.DataFrame({"completion": [comp], "reference": [ref]})
    row = CodeJudge(**FAST, score="fraction").judge(df).row(0, named=True)
    assert (row["verdict"], row["judge_reason"], row["code_test_status"]) == (
        "incorrect",
        "wrong_answer",
        "PPWP",
    )
    assert (row["score"], row["code_tests_passed"], row["code_tests_total"]) == (0.75, 3, 4)
    # max_tests keeps the first tests only
    row = CodeJudge(**FAST, max_tests=2).judge(df).row(0, named=True)
    assert (row["verdict"], row["code_test_status"], row["code_tests_total"]) == (
        "correct",
        "PP",
        2,
    )


def test_float_tolerance_and_large_output(isolated: None) -> None:
    # float tolerance applies to stdout tokens; a long expected output raises the output cap
    ref = json.dumps({"inputs": [""], "outputs": ["0.3333333333\n" + "x\n" * 200_000]})
    code = "print(1/3)\nimport sys\nsys.stdout.write('x\\n' * 200_000)"
    df = pl.DataFrame({"completion": ["</think>" + fence(code)], "reference": [ref]})
    row = CodeJudge(**FAST, output_limit_mb=0.1, float_tolerance=1e-6).judge(df).row(0, named=True)
    assert (row["verdict"], row["judge_reason"]) == ("correct", "passed"), row
    row = CodeJudge(**FAST, output_limit_mb=0.1).judge(df).row(0, named=True)
    assert (row["verdict"], row["judge_reason"]) == ("incorrect", "wrong_answer"), row


def test_identical_samples_run_once(isolated: None, monkeypatch: pytest.MonkeyPatch) -> None:
    # three identical samples of one prompt and one different: two programs, two tests each
    import curate.judges.code.judge as code_mod

    calls = []
    real = code_mod.run_job

    def counting(job: Any, cfg: Any) -> Any:
        calls.append(job.code)
        return real(job, cfg)

    monkeypatch.setattr(code_mod, "run_job", counting)
    good, bad = "</think>" + fence(ADD_IO), "</think>" + fence("print(3)")
    df = pl.DataFrame({"completion": [good, good, bad, good], "reference": [IO_REF] * 4})
    out = CodeJudge(**FAST).judge(df)
    assert out["judge_reason"].to_list() == ["passed", "passed", "wrong_answer", "passed"]
    assert len(calls) == 4  # 2 tests of `good` + 2 of `bad` (its first passes, then W)


def test_trl_reward_signature(isolated: None) -> None:
    # a reward call: None where unknown, never coerced to 0
    judge = CodeJudge(**FAST)
    rewards = judge(
        ["</think>" + fence(ADD_IO), "</think>" + fence("print(0)"), "</think>" + fence(ADD_IO)],
        reference=[IO_REF, IO_REF, None],
    )
    assert rewards == [1.0, 0.0, None]
    assert judge.__name__ == "code_reward"


def test_recipe_end_to_end(isolated: None, tmp_path: Path) -> None:
    rows = [
        {
            "q": "add",
            "tests": {"inputs": ["1 2\n"], "outputs": ["3\n"]},
            "c": [
                "<think>x</think>" + fence(ADD_IO),
                "<think>y</think>" + fence("print(0)"),
                "no code",
            ],
        },
        {"q": "add2", "tests": ["assert add(1, 2) == 3"], "c": ["</think>" + fence(ADD_FN)]},
    ]
    write_jsonl(tmp_path / "d.jsonl", rows)
    recipe = load_recipe(
        data={
            "name": "code-e2e",
            "source": {
                "path": "d.jsonl",
                "columns": {"prompt": "q", "reference": "tests", "completion": "c"},
            },
            "judges": [{"code": {"timeout_s": 1.0, "memory_mb": 256}}],
            "filters": ["correct"],
        },
        base_dir=tmp_path,
    )
    res = run(recipe, out=tmp_path / "run")
    kept = pl.concat([pl.read_parquet(p) for p in sorted((res.run_dir / "data").glob("*.parquet"))])
    assert sorted(kept["judge_reason"].to_list()) == ["passed", "passed"]
    rejected = pl.concat(
        [pl.read_parquet(p) for p in sorted((res.run_dir / "rejected").glob("*.parquet"))]
    )
    assert sorted(rejected["judge_reason"].to_list()) == ["no_code", "wrong_answer"]
