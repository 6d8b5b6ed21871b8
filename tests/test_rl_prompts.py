"""RL prompt sets: prompt-only runs tagged with `reward_type`, and pass-rate band filtering from a
rejection-sampling ledger (another run's judged rows, kept and rejected)."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest
from click.testing import CliRunner
from curate.filters.pass_rate import PassRateFilter, PassRateParams
from curate.filters.reward_type import RewardTypeFilter, RewardTypeParams

from curate.canonical import prompt_id
from curate.cli import main
from curate.errors import SourceError, StageError
from curate.recipe import load_recipe
from curate.runner import run
from curate.store import open_run
from tests.helpers import trace, write_jsonl

ROOT = Path(__file__).resolve().parent.parent


def _problems(shared_data: Path, n: int) -> list[dict[str, str]]:
    rows = [json.loads(x) for x in (shared_data / "math500_test.jsonl").open()]
    return rows[:n]


def _ledger_run(tmp: Path, problems: list[dict[str, str]]) -> Path:
    """Problem i gets 4 samples of which i % 5 are correct (4 of 4 capped): pass rate known."""
    rows = []
    for i, p in enumerate(problems):
        k = min(i % 5, 4)
        samples = [trace("ok", p["answer"])] * k + [trace("no", "WRONG")] * (4 - k)
        rows.append({"problem": p["problem"], "answer": p["answer"], "responses": samples})
    write_jsonl(tmp / "ledger.jsonl", rows)
    rec = load_recipe(
        data={
            "name": "ledger",
            "source": {
                "path": "ledger.jsonl",
                "columns": {"prompt": "problem", "reference": "answer", "completion": "responses"},
            },
            "judges": ["exact"],
            "filters": ["correct"],  # the ledger counts rejected samples too
            "run": {"batch_size": 7},
        },
        base_dir=tmp,
    )
    out = tmp / "runs" / "ledger"
    run(rec, out=out)
    return out


def test_rl_prompt_set_with_pass_rate_band(tmp_path: Path, shared_data: Path) -> None:
    problems = _problems(shared_data, 30)
    _ledger_run(tmp_path, problems[:20])  # the last 10 prompts are not in the ledger
    source = [{"problem": p["problem"], "answer": p["answer"]} for p in problems]
    source.append({"problem": "A prompt without a reference.", "answer": None})
    write_jsonl(tmp_path / "prompts.jsonl", source)
    rec = load_recipe(
        data={
            "name": "rl",
            "source": {
                "path": "prompts.jsonl",
                "columns": {"prompt": "problem", "reference": "answer"},
            },
            "filters": [
                {"reward_type": {"value": "math"}},
                {"pass_rate": {"ledger": "runs/ledger", "low": 0.25, "high": 0.75}},
            ],
            "run": {"batch_size": 8},
        },
        base_dir=tmp_path,
    )
    res = run(rec, out=tmp_path / "rl")
    store = open_run(tmp_path / "rl")
    kept, rej = store.read_kept(), store.read_rejected()
    # pass rates 0, .25, .5, .75, 1 repeat: 1-3 correct of 4 are kept (8 of the 20)
    assert kept.height == 12
    assert set(kept["reward_type"].to_list()) == {"math"}
    assert "completion" not in kept.columns
    assert sorted(set(kept["ledger_pass_rate"].to_list())) == [0.25, 0.5, 0.75]
    by = {s["name"]: s for s in res.stats["stages"]}
    assert by["reward_type"]["reasons"] == {"no_reference": 1}
    assert by["pass_rate"]["reasons"] == {"too_hard": 4, "too_easy": 4, "not_in_ledger": 10}
    assert kept.height + rej.height == len(source)  # every prompt accounted for
    assert set(rej["reason"].to_list()) == {"no_reference", "too_hard", "too_easy", "not_in_ledger"}


def test_shipped_rl_recipe_runs(tmp_path: Path, shared_data: Path) -> None:
    out = tmp_path / "rl"
    args = ["run", str(ROOT / "recipes" / "rl_prompts_math.yaml"), "--out", str(out), "-q"]
    args += ["--set", f"source.path={shared_data / 'math500_test.jsonl'}", "--limit", "50"]
    res = CliRunner().invoke(main, args)
    assert res.exit_code == 0, res.output
    kept = open_run(out).read_kept()
    assert kept.height == 50 and set(kept["reward_type"].to_list()) == {"math"}
    assert kept["reference"].null_count() == 0


def _ledger_file(tmp: Path) -> Path:
    rows = [
        {"prompt_id": prompt_id(f"q{i}", "1"), "prompt": f"q{i}", "n_samples": 4, "n_correct": k}
        for i, k in enumerate([0, 1, 2, 3, 4])
    ]
    rows.append({"prompt_id": prompt_id("q5", "1"), "prompt": "q5", "n_samples": 0, "n_correct": 0})
    path = tmp / "ledger.parquet"
    pl.DataFrame(rows).write_parquet(path)
    return path


@pytest.mark.parametrize(
    ("prompt", "low", "high", "missing", "keep", "reason"),
    [
        # 0 of 4 solved, low 0.1: too hard
        ("q0", 0.1, 0.9, "drop", False, "too_hard"),
        # 4 of 4 solved, high 0.9: too easy
        ("q4", 0.1, 0.9, "drop", False, "too_easy"),
        # 2 of 4 inside the band
        ("q2", 0.1, 0.9, "drop", True, None),
        # bounds are inclusive: 1/4 with low 0.25 is kept, 3/4 with high 0.75 too
        ("q1", 0.25, 0.75, "drop", True, None),
        ("q3", 0.25, 0.75, "drop", True, None),
        # an unknown prompt: dropped by default, kept when asked
        ("q9", 0.0, 1.0, "drop", False, "not_in_ledger"),
        ("q9", 0.0, 1.0, "keep", True, None),
        # in the ledger but never judged (0 samples): treated as missing
        ("q5", 0.0, 1.0, "drop", False, "not_in_ledger"),
    ],
)
def test_pass_rate_band(
    tmp_path: Path,
    prompt: str,
    low: float,
    high: float,
    missing: str,
    keep: bool,
    reason: str | None,
) -> None:
    ledger = _ledger_file(tmp_path)
    for match in ("prompt_id", "prompt"):
        flt = PassRateFilter(
            PassRateParams(ledger=str(ledger), low=low, high=high, missing=missing, match=match)  # type: ignore[arg-type]
        )
        batch = pl.DataFrame(
            {"id": ["r"], "prompt": [prompt], "prompt_id": [prompt_id(prompt, "1")]}
        )
        out = flt.apply(batch)
        assert out.kept.height == int(keep)
        if reason is not None:
            assert out.rejected["reason"].to_list() == [reason]


DOMAIN_CASES = [
    ("q3", "code", False, "too_easy"),  # 3/4 is above the code band [0, 0.5]
    ("q3", "math", True, None),  # math uses the default band [0.1, 0.9]
    ("q1", "code", True, None),  # 1/4 inside the code band
    ("q3", None, True, None),  # no domain: the default band
]


@pytest.mark.parametrize(("prompt", "domain", "keep", "reason"), DOMAIN_CASES)
def test_pass_rate_band_per_domain(
    tmp_path: Path, prompt: str, domain: str | None, keep: bool, reason: str | None
) -> None:
    flt = PassRateFilter(
        PassRateParams(
            ledger=str(_ledger_file(tmp_path)), low=0.1, high=0.9, domains={"code": (0.0, 0.5)}
        )
    )
    batch = pl.DataFrame(
        {
            "id": ["r"],
            "prompt": [prompt],
            "prompt_id": [prompt_id(prompt, "1")],
            "domain": pl.Series([domain], dtype=pl.Utf8),
        }
    )
    out = flt.apply(batch)
    assert out.kept.height == int(keep)
    assert (out.rejected["reason"].to_list() or [None]) == [reason]


def test_pass_rate_domain_band_order_is_checked() -> None:
    with pytest.raises(ValueError, match="domains.code"):
        PassRateParams(ledger="x", domains={"code": (0.8, 0.2)})


def test_match_by_prompt_text_when_references_differ(tmp_path: Path) -> None:
    ledger = _ledger_file(tmp_path)
    batch = pl.DataFrame(
        {"id": ["r"], "prompt": ["  Q2 "], "prompt_id": [prompt_id("Q2", "other")]}
    )
    by_id = PassRateFilter(PassRateParams(ledger=str(ledger))).apply(batch)
    by_text = PassRateFilter(PassRateParams(ledger=str(ledger), match="prompt")).apply(batch)
    assert by_id.rejected["reason"].to_list() == ["not_in_ledger"]
    assert by_text.kept["ledger_pass_rate"].to_list() == [0.5]


def test_ledger_must_be_judged(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "p.jsonl", [{"prompt": "a", "reference": "1"}])
    rec = load_recipe(data={"name": "p", "source": {"path": "p.jsonl"}}, base_dir=tmp_path)
    run(rec, out=tmp_path / "unjudged")
    flt = PassRateFilter(PassRateParams(ledger=str(tmp_path / "unjudged")))
    with pytest.raises(StageError, match="no judged rows"):
        flt.apply(pl.DataFrame({"id": ["r"], "prompt": ["a"], "prompt_id": ["x"]}))


@pytest.mark.parametrize(
    ("params", "rows", "types", "reasons"),
    [
        # a constant type for every row
        ({"value": "code"}, [("p", "t", None)], ["code"], []),
        # per-row types from a column, trimmed and lowercased; unknown ones dropped
        (
            {"column": "task"},
            [("p", "1", " Math "), ("p", "1", "choice"), ("p", "1", "essay"), ("p", "1", None)],
            ["math", "choice"],
            ["unknown_reward_type", "unknown_reward_type"],
        ),
        # no reference, or a blank one: nothing to reward against
        ({"value": "math"}, [("p", None, None), ("p", "  ", None)], [], ["no_reference"] * 2),
        # unless references are not required
        ({"value": "math", "require_reference": False}, [("p", None, None)], ["math"], []),
    ],
)
def test_reward_type(
    params: dict[str, object],
    rows: list[tuple[str, str | None, str | None]],
    types: list[str],
    reasons: list[str],
) -> None:
    batch = pl.DataFrame(
        {
            "id": [str(i) for i in range(len(rows))],
            "prompt": [r[0] for r in rows],
            "reference": [r[1] for r in rows],
            "task": [r[2] for r in rows],
        },
        schema={"id": pl.Utf8, "prompt": pl.Utf8, "reference": pl.Utf8, "task": pl.Utf8},
    )
    out = RewardTypeFilter(RewardTypeParams(**params)).apply(batch)  # type: ignore[arg-type]
    assert out.kept["reward_type"].to_list() == types
    assert out.rejected["reason"].to_list() == reasons


def test_prompt_only_needs_no_completion_unless_judged(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "p.jsonl", [{"q": "what is 1+1?", "a": "2"}])
    src = {"path": "p.jsonl", "columns": {"prompt": "q", "reference": "a"}}
    ok = load_recipe(data={"name": "p", "source": src}, base_dir=tmp_path)
    assert run(ok, out=tmp_path / "ok").stats["rows_out"] == 1
    judged = load_recipe(data={"name": "p", "source": src, "judges": ["exact"]}, base_dir=tmp_path)
    with pytest.raises(SourceError, match="completion"):
        run(judged, out=tmp_path / "judged")


def test_mixed_rl_prompt_set_tags_rewards_and_exports_for_grpo(tmp_path: Path) -> None:
    """recipes/rl_prompts_mixed.yaml: reward types per row; the GRPO export's rewards score them."""
    recipe = load_recipe(ROOT / "recipes" / "rl_prompts_mixed.yaml")
    res = run(recipe, out=tmp_path / "rl")
    store = open_run(tmp_path / "rl")
    kept = store.read_kept()
    assert sorted(set(kept["reward_type"].to_list())) == ["choice", "code", "math"]
    assert "completion" not in kept.columns  # prompt-only
    by = {s["name"]: s for s in res.stats["stages"]}
    assert by["reward_type"]["reasons"] == {"unknown_reward_type": 1}  # the essay: no judge for it
    from curate.export import export

    out = export(tmp_path / "rl", "trl-grpo", tmp_path / "grpo")
    grpo = pl.read_parquet(tmp_path / "grpo" / "data" / "*.parquet")
    assert out.rows_out == grpo.height == kept.height
    # the accuracy reward dispatches on reward_type: a right answer per type scores 1
    from curate.train.rewards import build_rewards

    funcs, _ = build_rewards(["accuracy"])
    row = {
        t: grpo.filter(pl.col("reward_type") == t).row(0, named=True) for t in ("math", "choice")
    }
    completions = [
        f"<think>r</think> \\boxed{{{row['math']['solution']}}}",
        f"<think>r</think> The answer is ({row['choice']['solution']}).",
    ]
    scores = funcs[0](
        completions,
        solution=[row["math"]["solution"], row["choice"]["solution"]],
        reward_type=["math", "choice"],
    )
    assert scores == [1.0, 1.0]
