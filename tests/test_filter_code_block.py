"""`code_block`: fenced/indented code in the reasoning; math is never code; code domains exempt."""

from __future__ import annotations

from typing import Any

import polars as pl
import pytest
from curate.filters._code import indented_code_blocks
from curate.filters.code_block import CodeBlockFilter

PY = "```python\nfor k in range(10):\n    print(k)\n```"
INDENTED_PY = "Check:\n\n    def f(n):\n        return n * (n + 1) // 2\n    print(f(10))\n\nSo 55."
INDENTED_LATEX = (
    "We align:\n\n    \\begin{align}\n    x &= 2y + 1 \\\\\n    y &= 3\n    \\end{align}\n\nDone."
)


def _think(reasoning: str, summary: str = "The answer is $\\boxed{5}$.") -> str:
    return f"<think>\n{reasoning}\n</think>\n\n{summary}"


def _run(completions: list[Any], domains: list[Any] | None = None, **params: Any) -> pl.DataFrame:
    cols: dict[str, Any] = {
        "id": [str(i) for i in range(len(completions))],
        "completion": completions,
    }
    if domains is not None:
        cols["domain"] = domains
    batch = pl.DataFrame(cols)
    flt = CodeBlockFilter(**params)
    out = flt.apply(batch)
    assert out.kept.height + out.rejected.height == batch.height
    return flt.verdicts(batch)


@pytest.mark.parametrize(
    ("completion", "blocks", "reason"),
    [
        (_think("Plain prose with `inline code` only."), 0, None),  # single backticks: not a block
        (_think(f"Let me verify.\n{PY}\nIt prints 0..9."), 1, "fenced_code"),  # a python fence
        (_think(f"{PY}\n\nand again\n\n{PY}"), 2, "fenced_code"),  # two blocks
        (_think("~~~\nx = 1\n~~~"), 1, "fenced_code"),  # tilde fence
        (_think("```\nunclosed code until the end"), 1, "fenced_code"),  # unclosed fence
        (_think("Check it:```python\nprint(1)\n```"), 1, "fenced_code"),  # fence opened mid-line
        (_think("  ```js\n  let a = 1;\n  ```"), 1, "fenced_code"),  # indented fence (in a list)
        (_think("$$\\sum_{k=1}^{n} k = \\frac{n(n+1)}{2}$$"), 0, None),  # display math
        (_think("\\[\nx^2 + y^2 = z^2\n\\]\nand $a_1 = 3$."), 0, None),  # \[ \] and inline math
        (
            _think("\\begin{align*}\nx &= 1 \\\\\ny &= 2\n\\end{align*}"),
            0,
            None,
        ),  # align environment
        (_think("```math\nx^2\n```"), 0, None),  # a fenced math block is math
        (
            _think("```latex\n\\frac{1}{2}\n```\n```python\nprint(1)\n```"),
            1,
            "fenced_code",
        ),  # one of each
        (_think("Spacing~~~here and a~~~b"), 0, None),  # LaTeX non-breaking spaces
        (_think("~~~ x = 5 and more words"), 0, None),  # tildes followed by prose
        (_think(INDENTED_PY), 0, None),  # indented code ignored by default
        (_think("ok", f"Here is the program:\n{PY}"), 0, None),  # code in the answer only
        ("", 0, None),  # empty completion
        (None, 0, None),  # null completion
        (f"<think>\n{PY}", 1, "fenced_code"),  # unterminated reasoning is still reasoning
        (_think("日本語の説明\n```python\nprint('こんにちは')\n```"), 1, "fenced_code"),  # unicode
    ],
)
def test_fenced(completion: str | None, blocks: int, reason: str | None) -> None:
    v = _run([completion])
    assert v["code_blocks"][0] == blocks
    assert v["reason"][0] == reason


@pytest.mark.parametrize(
    ("scope", "reason"),
    [
        ("reasoning", None),  # the fence is in the answer
        ("answer", "fenced_code"),  # scope alias for the summary
        ("summary", "fenced_code"),  # the summary itself
        ("all", "fenced_code"),  # the whole completion
    ],
)
def test_scope(scope: str, reason: str | None) -> None:
    v = _run([_think("prose", f"Program:\n{PY}")], scope=scope)
    assert v["reason"][0] == reason


@pytest.mark.parametrize(
    ("domain", "reason"),
    [
        ("code", None),  # coding prompt: code expected
        (" Code ", None),  # case and spaces do not matter
        ("math", "fenced_code"),  # math prompt: code is not wanted
        (None, "fenced_code"),  # unknown domain: no exemption
    ],
)
def test_allow_domains(domain: str | None, reason: str | None) -> None:
    v = _run([_think(PY)], domains=[domain])
    assert v["reason"][0] == reason
    assert v["code_blocks"][0] == 1  # measured even where allowed


@pytest.mark.parametrize(
    ("reasoning", "reason"),
    [
        (INDENTED_PY, "indented_code"),  # an indented Python function
        ("Loop:\n\n\tfor i in range(3):\n\t\ttotal += i\n\nend", "indented_code"),  # tab-indented
        (INDENTED_LATEX, None),  # indented LaTeX is math
        ("Steps:\n\n    x = 5\n    y = x + 2 = 7\n\nSo 7.", None),  # indented plain equations
        ("List:\n\n    - first item\n    - second item\n\nok", None),  # indented list
        ("Calc:\n\n    \\frac{a}{b} = c;\n    d = e;\n\nok", None),  # LaTeX with semicolons
        (
            "Para\n    def f():\n        return 1\n",
            None,
        ),  # indented lines cannot interrupt a paragraph
        ("Sum:\n\n    total = 0;\n\nok", None),  # a single line is not a block (min 2 lines)
        (
            "Cases:\n\n    for the first case:\n    for the second case:\n\nok",
            None,
        ),  # prose, not a for loop
    ],
)
def test_indented(reasoning: str, reason: str | None) -> None:
    v = _run([_think(reasoning)], indented=True)
    assert v["reason"][0] == reason


def test_max_blocks() -> None:
    v = _run([_think(PY), _think(f"{PY}\n\n{PY}")], max_blocks=1)
    assert v["reason"].to_list() == [None, "fenced_code"]


def test_real_math_solutions_have_no_indented_code(shared_data: Any) -> None:
    import json

    rows = [json.loads(x) for x in (shared_data / "qwen25math_math_cot_100_8samples.jsonl").open()]
    texts = [r for row in rows for r in row["response"]]
    texts += [json.loads(x)["solution"] for x in (shared_data / "math500_test.jsonl").open()]
    # the qwen samples indent LaTeX inside numbered lists; none of it is code
    assert sum(indented_code_blocks(t) for t in texts) == 0
    v = _run(texts, indented=True, scope="all")
    flagged = v.filter(pl.col("reason") == "indented_code").height
    assert flagged == 0
