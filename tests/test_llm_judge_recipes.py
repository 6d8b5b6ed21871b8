"""`llm` judge in recipes: rules first, then the llm judge (`when: unknown`), the `when: disagree`
audit mode of the cascade, recipe validation, and a tiny model through a real backend. The judge
model is the scripted grader of tests/llm_grader.py (see test_llm_judge.py for the judge alone).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import polars as pl
import pytest
from curate.judges.llm import LLMJudge

from curate.errors import RecipeError
from curate.recipe import load_recipe
from curate.runner import run
from curate.store import open_run
from tests.helpers import trace, write_jsonl
from tests.llm_grader import (  # noqa: F401  (the fixtures `server`, `_stub`)
    by_marker,
    grader_server,
    grader_stub,
    rows,
    user_text,
)

# --- recipes: rules first, then the llm judge --------------------------------------------------


def _recipe(tmp_path: Path, srv: Any, llm: dict[str, Any], **extra: Any) -> Any:
    data = {
        "name": "llm",
        "source": {
            "path": "d.jsonl",
            "columns": {"prompt": "q", "reference": "a", "completion": "c"},
        },
        "judges": [
            {"math": {"symbolic": False}},
            {
                "llm": {
                    "backend": {
                        "name": "openai",
                        "model": "judge",
                        "options": {"base_url": srv.url, "max_retries": 0},
                    },
                    **llm,
                }
            },
        ],
        "run": {"batch_size": 4},
        **extra,
    }
    return load_recipe(data=data, base_dir=tmp_path)


def _cascade_data(tmp_path: Path) -> None:
    # math decides =5 (correct) and =9 (incorrect); (x+1)^2 and sin^2+cos^2 need sympy, which
    # is off, so math leaves them unknown
    write_jsonl(
        tmp_path / "d.jsonl",
        [
            {"q": "2+3", "a": "5", "c": [trace("w", "5"), trace("w", "9")]},
            {"q": "expand", "a": "x^2+2x+1", "c": [trace("w", "(x+1)^2")]},
            {"q": "simplify", "a": "2", "c": [trace("w", "\\sin^2 x+\\cos^2 x")]},
        ],
    )


GRADES = {
    "(x+1)^2": "Verdict: CORRECT",
    "\\sin^2": "Verdict: INCORRECT",
    "{5}": "Verdict: INCORRECT",  # the audit disagrees with math on this one
    "{9}": "Verdict: INCORRECT",
}


def test_when_unknown_judges_only_what_rules_left(server: Any, tmp_path: Path) -> None:
    _cascade_data(tmp_path)
    server.grader = by_marker(GRADES)
    res = run(_recipe(tmp_path, server, {"when": "unknown"}), out=tmp_path / "run")
    kept = pl.read_parquet(next((tmp_path / "run" / "data").glob("*.parquet")))
    by = {r["pred_answer"]: r for r in kept.iter_rows(named=True)}
    assert by["(x+1)^2"]["verdict"] == "correct" and by["(x+1)^2"]["judge"] == "llm"
    assert by["\\sin^2 x+\\cos^2 x"]["verdict"] == "incorrect"
    assert by["5"]["judge"] == "math" and by["5"]["verdict_llm"] is None
    assert len(server.bodies) == 2  # only the two rows math could not decide
    stage = next(s for s in res.stats["stages"] if s["name"] == "llm")
    assert stage["judged"] == 2 and stage["decided"] == 2
    # a changed filter re-runs the judges from scratch: the judge model is not asked again
    again = _recipe(tmp_path, server, {"when": "unknown"}, filters=["correct"])
    run(again, out=tmp_path / "run", force=True)
    assert len(server.bodies) == 2


def test_when_disagree_audits_without_overriding(server: Any, tmp_path: Path) -> None:
    _cascade_data(tmp_path)
    server.grader = by_marker(GRADES)
    res = run(_recipe(tmp_path, server, {"when": "disagree"}), out=tmp_path / "run")
    kept = pl.read_parquet(next((tmp_path / "run" / "data").glob("*.parquet")))
    by = {r["pred_answer"]: r for r in kept.iter_rows(named=True)}
    # final verdicts are math's; the audit verdict sits beside them
    assert (by["5"]["verdict"], by["5"]["judge"], by["5"]["verdict_llm"]) == (
        "correct",
        "math",
        "incorrect",
    )
    assert (by["9"]["verdict"], by["9"]["verdict_llm"]) == ("incorrect", "incorrect")
    # rows math left unknown are not audited (and stay unknown)
    assert by["(x+1)^2"]["verdict"] == "unknown" and by["(x+1)^2"]["verdict_llm"] is None
    assert len(server.bodies) == 2
    stage = next(s for s in res.stats["stages"] if s["name"] == "llm")
    assert stage["decided"] == 0
    assert stage["audit"] == {"audited": 2, "agree": 1, "disagree": 1, "undecided": 0}
    assert stage["examples"]["disagree"] == [by["5"]["id"]]
    assert res.stats["judges"]["agreement"]["math vs llm"] == {
        "correct|incorrect": 1,
        "incorrect|incorrect": 1,
    }


def test_audit_fraction_is_a_seeded_sample(server: Any, tmp_path: Path) -> None:
    write_jsonl(
        tmp_path / "d.jsonl",
        [{"q": f"{i}+0", "a": str(i), "c": [trace("w", str(i))]} for i in range(40)],
    )
    server.grader = by_marker({}, "Verdict: CORRECT")
    audited = []
    for out in ("r1", "r2"):
        res = run(
            _recipe(tmp_path, server, {"when": "disagree", "audit_fraction": 0.25, "cache": False}),
            out=tmp_path / out,
        )
        kept = open_run(tmp_path / out).read_kept()
        audited.append(set(kept.filter(pl.col("verdict_llm").is_not_null())["id"].to_list()))
        assert next(s for s in res.stats["stages"] if s["name"] == "llm")["judged"] == len(
            audited[-1]
        )
    assert audited[0] == audited[1]  # the same rows on every rerun
    assert 3 <= len(audited[0]) <= 20  # about a quarter of 40


@pytest.mark.parametrize(
    ("llm", "message"),
    [
        # an unknown backend name, with a suggestion
        ({"backend": {"name": "opena", "model": "m"}}, "unknown backend 'opena'"),
        # backend options are validated by the backend
        ({"backend": {"model": "m", "options": {"max_in_flight": 0}}}, "max_in_flight"),
        # the judge model is required
        ({"backend": {"name": "openai"}}, "backend.model"),
        # an inline template without the reference
        ({"backend": {"model": "m"}, "template": "grade {response}"}, "{reference}"),
        # an audit fraction without the audit mode
        ({"backend": {"model": "m"}, "audit_fraction": 0.5}, "only used with `when: disagree`"),
        # an unknown `when`
        ({"backend": {"model": "m"}, "when": "sometimes"}, "judges[0].llm.when"),
    ],
)
def test_recipe_validation(llm: dict[str, Any], message: str) -> None:
    data = {"name": "x", "source": {"path": "d.jsonl"}, "judges": [{"llm": llm}]}
    with pytest.raises(RecipeError, match=re.escape(message)):
        load_recipe(data=data)


def test_template_file_relative_to_the_recipe(server: Any, tmp_path: Path) -> None:
    (tmp_path / "grade.txt").write_text("Q: {question}\nRef: {reference}\nAns: {answer}\n")
    server.grader = lambda body: "Verdict: CORRECT" if "Ans: 7" in user_text(body) else "no"
    write_jsonl(tmp_path / "d.jsonl", [{"q": "3+4", "a": "7", "c": [trace("w", "7")]}])
    r = _recipe(tmp_path, server, {"template": "grade.txt", "system_prompt": None})
    res = run(r, out=tmp_path / "run")
    stage = next(s for s in res.stats["stages"] if s["name"] == "llm")
    assert stage["verdicts"] == {"correct": 1}
    assert server.bodies[0]["messages"] == [{"role": "user", "content": "Q: 3+4\nRef: 7\nAns: 7\n"}]


@pytest.mark.slow
def test_tiny_model_through_the_transformers_backend(request: pytest.FixtureRequest) -> None:
    """Plumbing on a real backend: a random tiny model writes gibberish, which is no verdict."""
    from curate.registry import BACKENDS

    if "transformers" not in BACKENDS:
        pytest.skip("no transformers backend registered")
    model_dir = request.getfixturevalue("tiny_model_dir")
    judge = LLMJudge(
        backend={"name": "transformers", "model": str(model_dir), "options": {"device": "cpu"}},
        max_tokens=8,
        template="{reference} | {answer}",
        system_prompt=None,
    )
    out = judge.judge(rows(("2+2?", "4", trace("w", "4")), ("2+3?", "5", trace("w", "6"))))
    assert out["verdict"].to_list() == ["unknown", "unknown"]
    assert set(out["judge_reason"].to_list()) <= {"unparseable_verdict", "judge_truncated"}
    assert all(isinstance(t, str) for t in out["llm_raw"].to_list())
