"""Pipelines: the file format, dependency order, skip/rerun/resume, validation, stats, preflight."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from curate.cli import main
from curate.errors import RecipeError, StageError
from curate.flow import load_pipeline, run_pipeline, validate_pipeline
from curate.flow.execute import read_state, write_state
from curate.flow.spec import order, refs
from curate.preflight import preflight
from curate.recipe import load_recipe
from curate.runner import run

ROOT = Path(__file__).resolve().parent.parent

BAD = [
    (
        {"a": {"recipe": "x.yaml", "needs": ["b"]}},
        "refers to stage 'b', which does not exist",
    ),  # unknown need
    ({"a": {"recipe": "${a}"}}, "refers to itself"),  # self reference
    (
        {"a": {"recipe": "x", "needs": ["b"]}, "b": {"recipe": "y", "needs": ["a"]}},
        "dependency cycle a → b → a",
    ),  # a cycle
    (
        {"a": {"recipe": "x", "train": "sft", "config": {}}},
        "exactly one of recipe, train, export or model",
    ),  # two kinds
    ({"a": {"train": "sft"}}, "a `train` stage needs its config"),  # no config
    (
        {"a": {"recipe": "x", "config": {}}},
        "config: only for a `train` stage",
    ),  # config on a recipe
    ({"a": {"train": "dpo", "config": {}}}, "stages.a.train"),  # unknown trainer kind
    ({}, "stages"),  # no stage
]


@pytest.mark.parametrize(("stages", "fragment"), BAD)
def test_invalid_pipelines(tmp_path: Path, stages: dict[str, object], fragment: str) -> None:
    f = tmp_path / "p.yaml"
    f.write_text(yaml.safe_dump({"pipeline": "p", "stages": stages}))
    with pytest.raises(RecipeError, match=fragment.replace("(", r"\(").replace("[", r"\[")):
        load_pipeline(f)


def test_order_and_refs(tmp_path: Path) -> None:
    f = tmp_path / "p.yaml"
    stages = {
        "sft": {"train": "sft", "config": {"model": "${base}", "data": "${cold.output}"}},
        "cold": {"recipe": "quickstart"},
        "base": {"model": {"tiny": {}}},
        "out": {"export": {"run": "${cold}", "to": "hf"}, "needs": ["sft"]},
    }
    f.write_text(yaml.safe_dump({"pipeline": "p", "stages": stages}, sort_keys=False))
    spec = load_pipeline(f)
    assert order(spec) == ["cold", "base", "sft", "out"]  # upstream first, else file order
    assert refs(stages["sft"]) == {"base", "cold"}


def _write_pipeline(tmp: Path, threshold: float = 0.999) -> Path:
    """Three quick stages: the quickstart sample, a chained recipe over it, an export."""
    shutil.copy(ROOT / "recipes" / "data" / "quickstart.jsonl", tmp / "qs.jsonl")
    chained = {
        "name": "chained",
        "source": {"run": "${sample}"},
        "filters": [{"mixed_language": {"target": "en", "threshold": threshold}}],
    }
    spec = {
        "pipeline": "demo",
        "output_dir": str(tmp / "out"),
        "stages": {
            "sample": {
                "recipe": "quickstart",
                "set": {"source.path": str(tmp / "qs.jsonl"), "source.limit": 20},
            },
            "chained": {"recipe": chained},
            "export": {"export": {"run": "${chained}", "to": "trl-sft"}},
        },
    }
    f = tmp / "demo.yaml"
    f.write_text(yaml.safe_dump(spec, sort_keys=False))
    return f


def _events(f: Path) -> list[tuple[str, str]]:
    seen: list[tuple[str, str]] = []
    run_pipeline(f, report=lambda n, e, _i: seen.append((n, e)) if e != "start" else None)
    return seen


def test_run_skip_rerun_downstream(tmp_path: Path) -> None:
    f = _write_pipeline(tmp_path)
    # first run: every stage runs, in order
    assert _events(f) == [("sample", "done"), ("chained", "done"), ("export", "done")]
    state = read_state(tmp_path / "out")
    assert all(s["status"] == "complete" for s in state["stages"].values())
    assert state["stages"]["sample"]["rows_out"] > 0
    assert (tmp_path / "out" / "export" / "train.jsonl").exists() or any(
        (tmp_path / "out" / "export").iterdir()
    )
    # nothing changed: everything is skipped
    assert _events(f) == [("sample", "skipped"), ("chained", "skipped"), ("export", "skipped")]
    # a changed threshold in the middle: that stage and what follows rerun, not the first
    _write_pipeline(tmp_path, threshold=0.5)
    assert _events(f) == [("sample", "skipped"), ("chained", "done"), ("export", "done")]


def test_an_interrupted_stage_resumes(tmp_path: Path) -> None:
    f = _write_pipeline(tmp_path)
    run_pipeline(f)
    out = tmp_path / "out"
    state = read_state(out)
    # as after a kill during `chained`: status running, one shard file gone
    state["stages"]["chained"]["status"] = "running"
    write_state(out, state)
    shards = sorted((out / "chained" / "shards").glob("*.json"))
    shards[-1].unlink()
    events = _events(f)
    assert events[:2] == [("sample", "skipped"), ("chained", "done")]
    assert read_state(out)["stages"]["chained"]["status"] == "complete"


def test_a_failing_stage_is_recorded(tmp_path: Path) -> None:
    f = tmp_path / "p.yaml"
    bad = {"name": "bad", "source": {"path": str(tmp_path / "missing.jsonl")}}
    f.write_text(
        yaml.safe_dump(
            {"pipeline": "p", "output_dir": str(tmp_path / "o"), "stages": {"a": {"recipe": bad}}}
        )
    )
    with pytest.raises(StageError, match="stage 'a'.*file not found"):
        run_pipeline(f)
    assert read_state(tmp_path / "o")["stages"]["a"]["status"] == "failed"


def test_cli_validate_run_stats(tmp_path: Path) -> None:
    f = _write_pipeline(tmp_path)
    cli = CliRunner()
    res = cli.invoke(main, ["validate", str(f)])
    assert (
        res.exit_code == 0
        and "pipeline ok" in res.output
        and "chained: recipe chained ok" in res.output
    )
    res = cli.invoke(main, ["run", str(f), "--json"])
    assert res.exit_code == 0, res.output
    assert set(json.loads(res.output)["stages"]) == {"sample", "chained", "export"}
    res = cli.invoke(main, ["stats", str(tmp_path / "out")])
    assert res.exit_code == 0
    for name in ("sample", "chained", "export", "3/3 complete"):
        assert name in res.output


def test_validate_pipeline_names_the_stage(tmp_path: Path) -> None:
    f = tmp_path / "p.yaml"
    bad = {"name": "x", "source": {"path": "a.jsonl"}, "filters": ["nosuch"]}
    f.write_text(yaml.safe_dump({"pipeline": "p", "stages": {"s1": {"recipe": bad}}}))
    with pytest.raises(RecipeError, match="stages.s1: filters"):
        validate_pipeline(f)


BAD_TRAIN = [
    # a typo in a training key: named with its stage before any stage runs
    ("sft", {"model": "m", "data": "d", "learnin_rate": 1e-5}, "stages.t.config: .*learnin_rate"),
    # a value out of range
    ("sft", {"model": "m", "data": "d", "num_train_epochs": -1}, "stages.t.config: .*num_train"),
    # an unknown GRPO reward
    ("grpo", {"model": "m", "data": "d", "rewards": [{"nosuch": {}}]}, "stages.t.config: .*nosuch"),
    # the reward model trainer's config is checked too
    ("rm", {"model": "m", "data": "d", "eval_fraction": 2}, "stages.t.config: .*eval_fraction"),
]


@pytest.mark.parametrize(("kind", "config", "fragment"), BAD_TRAIN)
def test_validate_pipeline_checks_training_configs(
    tmp_path: Path, kind: str, config: dict[str, object], fragment: str
) -> None:
    f = tmp_path / "p.yaml"
    f.write_text(
        yaml.safe_dump({"pipeline": "p", "stages": {"t": {"train": kind, "config": config}}})
    )
    with pytest.raises(RecipeError, match=fragment):
        validate_pipeline(f)
    # the same stage with a valid config passes
    good = {k: v for k, v in config.items() if k in ("model", "data")}
    f.write_text(
        yaml.safe_dump({"pipeline": "p", "stages": {"t": {"train": kind, "config": good}}})
    )
    assert validate_pipeline(f) == [f"t: train {kind} ok"]


CHAINED = [
    ("cold_start_mix", 0),  # a mix of three cold-start runs: valid, inputs made later
    ("mix", 0),  # the 800k mix: valid, its inputs are the reasoning and non-reasoning runs
    ("cold_start_rewrite", 2),  # valid too, but it generates with vllm, which is missing here
]


@pytest.mark.parametrize(("name", "code"), CHAINED)
def test_chained_recipe_alone_names_its_producer(name: str, code: int) -> None:
    # a chained recipe's input comes from another recipe, which validate names
    res = CliRunner().invoke(main, ["validate", str(ROOT / "recipes" / f"{name}.yaml")])
    assert res.exit_code == code, res.output
    assert "is not made yet — it is the output of the recipe" in res.output


def test_shipped_pipelines_validate(monkeypatch: pytest.MonkeyPatch) -> None:
    # the toy pipeline validates as it is; the full one only lacks vllm and real models here
    assert any(
        "reasoning: recipe" in x for x in validate_pipeline(ROOT / "recipes" / "r1_tiny.yaml")
    )
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(RecipeError) as err:
        validate_pipeline(ROOT / "recipes" / "r1.yaml")
    assert all(
        ("vllm" in p or "not in the Hub cache" in p or "not a local folder" in p)
        for p in err.value.problems
    )


PREFLIGHT = [
    (
        {"generate": {"backend": "transformers", "model": "./nope"}},
        "generate.model: no model folder",
    ),  # a missing local model
    (
        {"generate": {"backend": "transformers", "model": "org/absent-model"}},
        "not in the Hub cache",
    ),  # offline Hub
    (
        {"generate": {"backend": "openai", "model": "served-name"}},
        None,
    ),  # a server-side name: not checked
    (
        {
            "generate": {
                "backend": "transformers",
                "model": "m",
                "template": "few_shot_cot",
                "template_args": {"examples": "shots.jsonl"},
            }
        },
        "template_args.examples: file not found",
    ),  # few-shot file
    (
        {"filters": [{"decontaminate": {"benchmarks": [{"path": "bench.jsonl", "column": "q"}]}}]},
        "benchmarks[0].path: file not found",
    ),  # benchmark list
]


@pytest.mark.parametrize(("extra", "fragment"), PREFLIGHT)
def test_preflight(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, extra: dict[str, object], fragment: str | None
) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    (tmp_path / "m").mkdir()
    data = {"name": "t", "source": {"path": "a.jsonl"}, **extra}
    rec = load_recipe(data=data, base_dir=tmp_path)
    problems = preflight(rec)
    if fragment is None:
        assert problems == []
    else:
        assert len(problems) == 1 and fragment in problems[0]


def test_vllm_missing_is_named_with_its_pip_line(tmp_path: Path) -> None:
    import importlib.util

    if importlib.util.find_spec("vllm") is not None:
        pytest.skip("vllm is installed here")
    rec = load_recipe(
        data={
            "name": "t",
            "source": {"path": "a.jsonl"},
            "generate": {"backend": "vllm", "model": "m"},
        },
        base_dir=tmp_path,
    )
    (tmp_path / "m").mkdir()
    assert preflight(rec) == [
        'generate.backend: the vllm backend needs vllm, which is not installed — pip install "curate[vllm]"'
    ]


def test_a_run_that_fails_before_its_first_shard_leaves_no_directory(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text('{"q": "x", "a": "1", "c": "y"}\n')
    rec = load_recipe(
        data={
            "name": "t",
            "source": {
                "path": "a.jsonl",
                "columns": {"prompt": "q", "reference": "a", "completion": "c"},
            },
            "generate": {"backend": "transformers", "model": "./nope"},
        },
        base_dir=tmp_path,
    )
    with pytest.raises(RecipeError, match="no model folder"):
        run(rec, out=tmp_path / "run")
    assert not (tmp_path / "run").exists()


@pytest.mark.slow
def test_r1_tiny_end_to_end(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the whole R1 pipeline at toy scale, offline on CPU: every curation stage keeps rows,
    # every training stage writes a checkpoint, and a rerun skips every stage
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("OMP_NUM_THREADS", "1")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    pipeline = ROOT / "recipes" / "r1_tiny.yaml"
    state = run_pipeline(pipeline)
    stages = state["stages"]
    assert all(s["status"] == "complete" for s in stages.values()), stages
    spec = load_pipeline(pipeline)
    for name, st in spec.stages.items():
        out = Path(stages[name]["output"])
        if st.kind == "recipe":
            assert stages[name]["rows_out"] > 0, name
        elif st.kind in ("train", "model"):
            assert (out / "model.safetensors").is_file(), name
    # the rejection-sampling stage kept samples the GRPO checkpoint got right
    kept = read_state(Path("runs/r1_tiny"))["stages"]["reasoning"]
    assert kept["rows_out"] >= 1
    assert [e for e in _events(pipeline) if e[1] != "skipped"] == []
