"""The CLI end to end on the quickstart recipe, and one-line errors for bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from curate.cli import main
from tests.helpers import write_jsonl, write_recipe

ROOT = Path(__file__).resolve().parent.parent
QUICKSTART = ROOT / "recipes" / "quickstart.yaml"


@pytest.fixture(scope="module")
def quick_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("qs") / "run"
    res = CliRunner().invoke(main, ["run", str(QUICKSTART), "--out", str(out), "-q"])
    assert res.exit_code == 0, res.output
    assert "funnel: quickstart" in res.output
    return out


def test_quickstart_funnel(quick_run: Path) -> None:
    res = CliRunner().invoke(main, ["stats", str(quick_run), "--json"])
    assert res.exit_code == 0, res.output
    stats = json.loads(res.output)
    assert stats["source_rows"] == 300
    assert stats["status"] == "complete"
    names = [s["name"] for s in stats["stages"]]
    assert names[0] == "source" and names[-1] == "select"
    src = stats["stages"][0]
    assert src["reasons"] == {
        "null_prompt": 1,
        "no_completions": 1,
    }  # the two rows broken on purpose
    # every row is accounted for: kept + dropped by filters/select = rows entering judges
    dropped = sum(s["dropped"] for s in stats["stages"] if s["kind"] in ("filter", "select"))
    assert stats["rows_out"] + dropped == stats["rows_in"]
    assert 0 < stats["rows_out"] < stats["rows_in"]


def test_quickstart_resume_is_a_noop(quick_run: Path) -> None:
    res = CliRunner().invoke(main, ["run", str(QUICKSTART), "--out", str(quick_run), "-q"])
    assert res.exit_code == 0, res.output
    assert "resumed from an earlier run" in res.output


def test_show_filters_by_stage_and_reason(quick_run: Path) -> None:
    res = CliRunner().invoke(
        main,
        [
            "show",
            str(quick_run),
            "--dropped-by",
            "correct",
            "--reason",
            "incorrect",
            "-n",
            "2",
            "--json",
        ],
    )
    assert res.exit_code == 0, res.output
    rows = [json.loads(line) for line in res.output.splitlines()]
    assert len(rows) == 2 and all(
        r["dropped_by"] == "correct" and r["reason"] == "incorrect" for r in rows
    )
    res = CliRunner().invoke(main, ["show", str(quick_run), "--dropped-by", "nosuch"])
    assert res.exit_code == 2 and "stages that dropped rows:" in res.output
    res = CliRunner().invoke(main, ["show", str(quick_run), "--kept", "-n", "1"])
    assert res.exit_code == 0 and "kept row(s) match" in res.output


def test_stats_tables(quick_run: Path) -> None:
    res = CliRunner().invoke(main, ["stats", str(quick_run)])
    assert res.exit_code == 0
    for part in ("funnel: quickstart", "judges", "pass rate", "completion length"):
        assert part in res.output


def test_list_and_validate() -> None:
    res = CliRunner().invoke(main, ["list", "judges", "--json"])
    names = [j["name"] for j in json.loads(res.output)["judges"]]
    assert "exact" in names
    res = CliRunner().invoke(main, ["list", "-v"])
    assert res.exit_code == 0 and "correct" in res.output and "unknown = 'drop'" in res.output
    res = CliRunner().invoke(main, ["validate", str(QUICKSTART)])
    assert res.exit_code == 0 and "recipe ok: quickstart" in res.output


ERRORS = [
    # a missing recipe file
    (lambda d: ["run", str(d / "missing.yaml")], "recipe file not found"),
    # malformed YAML: line and column
    (
        lambda d: ["run", str(_text(d, "name: x\nsource: {path: a\n"))],
        "malformed YAML at line 3, column 1",
    ),
    # a bad value: key path, value and expectation
    (
        lambda d: [
            "validate",
            str(_text(d, "name: x\nsource: {path: d.jsonl}\nselect: {k: lots}\n")),
        ],
        "select.k: expected an integer > 0, got 'lots'",
    ),
    # a missing source file
    (
        lambda d: [
            "run",
            str(_text(d, "name: x\nsource: {path: nope.jsonl}\n")),
            "--out",
            str(d / "r"),
        ],
        "file not found",
    ),
    # an unknown column lists the available ones
    (
        lambda d: [
            "run",
            str(_text(d, "name: x\nsource: {path: d.jsonl, columns: {prompt: question}}\n")),
            "--out",
            str(d / "r"),
        ],
        "available: q, c",
    ),
    # --set with a bad key path
    (
        lambda d: ["validate", str(QUICKSTART), "--set", "filters.nosuch.x=1"],
        "no item named 'nosuch'",
    ),
    # not a run dir
    (lambda d: ["stats", str(d)], "is not a run directory"),
]


def _text(d: Path, text: str) -> Path:
    p = d / "r.yaml"
    p.write_text(text)
    return p


@pytest.mark.parametrize(("args", "fragment"), ERRORS)
def test_errors_are_one_line(tmp_path: Path, args, fragment: str) -> None:
    write_jsonl(tmp_path / "d.jsonl", [{"q": "p", "c": "x"}])
    res = CliRunner().invoke(main, args(tmp_path))
    assert res.exit_code == 2, res.output
    assert fragment in res.output
    assert "Traceback" not in res.output


def test_limit_uses_its_own_run_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_jsonl(tmp_path / "d.jsonl", [{"q": f"p{i}", "c": "<think>a</think>b"} for i in range(10)])
    recipe = write_recipe(
        tmp_path,
        {
            "name": "lim",
            "source": {"path": "d.jsonl", "columns": {"prompt": "q", "completion": "c"}},
        },
    )
    monkeypatch.chdir(tmp_path)
    res = CliRunner().invoke(main, ["run", str(recipe), "--limit", "3", "--json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.output)["source_rows"] == 3
    assert (tmp_path / "runs" / "lim-limit3" / "manifest.json").exists()


def test_import_curate_stays_light() -> None:
    code = (
        "import sys, curate, curate.recipe, curate.runner, curate.cli, filters, judges; "
        "from curate.registry import FILTERS, JUDGES, BACKENDS; FILTERS.names(); JUDGES.names(); BACKENDS.names(); "
        "heavy = [m for m in ('torch', 'vllm', 'trl', 'ray', 'transformers') if m in sys.modules]; "
        "print(heavy); sys.exit(1 if heavy else 0)"
    )
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert res.returncode == 0, res.stdout + res.stderr


def test_stats_exports_unsolved_prompts(quick_run: Path, tmp_path: Path) -> None:
    out = tmp_path / "unsolved.jsonl"
    res = CliRunner().invoke(main, ["stats", str(quick_run), "--json", "--unsolved", str(out)])
    assert res.exit_code == 0, res.output
    stats = json.loads(res.output[res.output.index("{") :])
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(rows) == stats["prompts"]["unsolved"]
    assert all(r["n_correct"] == 0 for r in rows)


def test_generation_section_renders_cost() -> None:
    from rich.console import Console

    from curate.report import render_stats

    gen = {
        "prompts": 2,
        "samples": 8,
        "kept": 7,
        "cached": 3,
        "generated": 5,
        "prompt_tokens": 100,
        "completion_tokens": 4000,
        "new_completion_tokens": 2500,
        "seconds": 2.0,
        "finish_reasons": {"stop": 6, "length": 1},
        "errors": {"empty_completion": 1},
    }
    console = Console(record=True, width=120)
    render_stats({"recipe": "g", "stages": [], "generation": gen}, console)
    text = console.export_text()
    assert "generated 5, cached 3" in text  # cache hits are visible: a re-run regenerates nothing
    assert "1,250 new completion tokens/s" in text
    assert "empty_completion 1" in text


def _recipes() -> list[Path]:
    from curate.flow import is_pipeline_file

    return [p for p in sorted((ROOT / "recipes").glob("*.yaml")) if not is_pipeline_file(p)]


@pytest.mark.parametrize("path", _recipes(), ids=lambda p: p.name)
def test_every_shipped_recipe_validates(path: Path) -> None:
    from curate.recipe import load_recipe

    recipe = load_recipe(path)  # schema, plugin names and params, backend and template options
    assert recipe.name  # a run name (a recipe may name its run differently from its file)
