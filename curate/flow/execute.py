"""Run a pipeline: stages in dependency order, each skipped when its inputs and its definition
are unchanged, rerun (with everything downstream) when they changed, resumed after a kill.

Each stage writes `<output_dir>/<stage>/`; `<output_dir>/pipeline.json` records per stage its
fingerprint (a hash of its definition with `${refs}` resolved, of the upstream fingerprints and,
for recipes, of the recipe's own fingerprint — which covers its source files), status, output,
rows in/out and seconds. A recipe stage is a run (killed: the next `curate run PIPELINE`
resumes it shard by shard); training and model stages run `curate train …` in a child process
(its log in `<output_dir>/<stage>.log`) and are redone when they did not finish.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from curate.errors import CurateError, RecipeError, StageError
from curate.flow.spec import PipelineSpec, StageSpec, dependencies, load_pipeline, order, substitute
from curate.hashing import stable_hash
from curate.safe_yaml import parse_yaml, read_recipe_text

STATE = "pipeline.json"


@dataclass
class Plan:
    """A pipeline resolved against its file: stage order, outputs and definitions."""

    spec: PipelineSpec
    path: Path
    out: Path
    order: list[str]
    deps: dict[str, list[str]]
    outputs: dict[str, str]
    resolved: dict[str, dict[str, Any]] = field(default_factory=dict)

    @property
    def base(self) -> Path:
        return self.path.parent

    def stage_dir(self, name: str) -> Path:
        return self.out / name


def plan(path: str | Path, out: str | Path | None = None) -> Plan:
    p = Path(path)
    spec = load_pipeline(p)
    root = Path(out or spec.output_dir or f"runs/{spec.pipeline}").expanduser().resolve()
    outputs = {n: str(root / n) for n in spec.stages}
    pl = Plan(spec, p, root, order(spec), dependencies(spec), outputs)
    for n, st in spec.stages.items():
        pl.resolved[n] = substitute(st.model_dump(exclude_none=True), outputs)
    return pl


def overrides(values: dict[str, Any]) -> list[str]:
    """`key=value` strings (values as JSON, which YAML reads back as the same value)."""
    return [f"{k}={json.dumps(v)}" for k, v in values.items()]


def load_stage_recipe(pl: Plan, name: str) -> Any:
    """The stage's recipe, loaded and validated with its overrides."""
    from curate.recipe import load_recipe
    from curate.shipped import resolve_recipe

    r = pl.resolved[name]
    sets = overrides(r.get("set", {}))
    if isinstance(r["recipe"], dict):
        return load_recipe(data=r["recipe"], overrides=sets, base_dir=pl.base)
    target = Path(r["recipe"])
    local = target if target.is_absolute() else pl.base / target
    path = local if local.exists() else resolve_recipe(r["recipe"])
    return load_recipe(path, overrides=sets)


def fingerprint(pl: Plan, name: str, upstream: dict[str, str]) -> str:
    extra = ""
    if pl.spec.stages[name].kind == "recipe":
        extra = load_stage_recipe(pl, name).fingerprint()
    return stable_hash("stage", pl.resolved[name], [upstream[d] for d in pl.deps[name]], extra)


def read_state(root: Path) -> dict[str, Any]:
    try:
        data = json.loads((root / STATE).read_text())
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def write_state(root: Path, state: dict[str, Any]) -> None:
    root.mkdir(parents=True, exist_ok=True)
    tmp = root / f".{STATE}.tmp"
    tmp.write_text(json.dumps(state, indent=2, ensure_ascii=False))
    os.replace(tmp, root / STATE)


def _child(args: list[str], log: Path, what: str) -> None:
    """Run `python -m curate ARGS` with its output in `log`; a failure names the log."""
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("w") as fh:
        proc = subprocess.run(
            [sys.executable, "-m", "curate", *args], stdout=fh, stderr=subprocess.STDOUT
        )
    if proc.returncode != 0:
        tail = log.read_text(errors="replace").strip().splitlines()[-3:]
        raise StageError(f"{what} failed (exit {proc.returncode}): {' | '.join(tail)} (log: {log})")


def run_train(pl: Plan, name: str, force: bool = False) -> dict[str, Any]:
    """A training stage in a child process. Unchanged and unfinished (killed): it goes on from
    its last checkpoint (`resume: auto`); changed: its old checkpoints are removed first."""
    if force:
        shutil.rmtree(pl.stage_dir(name), ignore_errors=True)
    pl.out.mkdir(parents=True, exist_ok=True)
    _child(train_args(pl, name, pl.out), pl.out / f"{name}.log", f"stage {name}")
    return {}


def train_args(pl: Plan, name: str, folder: Path) -> list[str]:
    """`train KIND CONFIG --set …` for a training stage; its config (`${refs}` resolved, the
    stage's folder as `output_dir`) written to `folder`."""
    r = pl.resolved[name]
    cfg = r["config"]
    if isinstance(cfg, str):
        path = Path(cfg) if Path(cfg).is_absolute() else pl.base / cfg
        cfg = substitute(parse_yaml(read_recipe_text(path, str(path)), str(path)), pl.outputs)
    cfg = {**cfg, "output_dir": str(pl.stage_dir(name))}
    cfg_file = folder / f"{name}.config.yaml"
    cfg_file.write_text(yaml.safe_dump(cfg, sort_keys=False))
    sets = [a for kv in overrides(r.get("set", {})) for a in ("--set", kv)]
    return ["train", r["train"], str(cfg_file), *sets]


def check_train(pl: Plan, name: str) -> list[str]:
    """Problems of a training stage's config (`curate train KIND CONFIG --check` in a child
    process, so the core never imports a trainer); [] when it is valid."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        args = [*train_args(pl, name, Path(tmp)), "--check"]
        proc = subprocess.run(
            [sys.executable, "-m", "curate", *args], capture_output=True, text=True
        )
    if proc.returncode == 0:
        return []
    lines = [ln for ln in proc.stderr.strip().splitlines() if ln.strip()]
    last = lines[-1].removeprefix("error: ") if lines else f"exit {proc.returncode}"
    return [last.replace(f"{args[2]}: ", "")]  # the temporary file means nothing to the user


def run_model(pl: Plan, name: str) -> dict[str, Any]:
    t = pl.resolved[name]["model"]["tiny"]
    args = ["train", "tiny", "--out", str(pl.stage_dir(name)), "--seed", str(t["seed"])]
    args += ["--hidden-size", str(t["hidden_size"]), "--layers", str(t["layers"])]
    args += ["--vocab-size", str(t["vocab_size"])]
    for c in t.get("corpus", []):
        args += ["--corpus", str(Path(c) if Path(c).is_absolute() else pl.base / c)]
    _child(args, pl.out / f"{name}.log", f"stage {name}")
    return {}


def run_export(pl: Plan, name: str) -> dict[str, Any]:
    from curate.export import export

    e = pl.resolved[name]["export"]
    res = export(e["run"], e["to"], pl.stage_dir(name), options=e.get("options"), overwrite=True)
    return {"rows_in": res.rows_in, "rows_out": res.rows_out}


def run_recipe(pl: Plan, name: str, force: bool) -> dict[str, Any]:
    from curate.runner import run

    rec = load_stage_recipe(pl, name)
    res = run(rec, out=pl.stage_dir(name), force=force)
    return {"rows_in": res.stats.get("rows_in"), "rows_out": res.stats.get("rows_out")}


Reporter = Callable[[str, str, dict[str, Any]], None]


def run_pipeline(
    path: str | Path,
    *,
    out: str | Path | None = None,
    force: bool = False,
    report: Reporter | None = None,
) -> dict[str, Any]:
    """Run every stage that is not up to date; returns the pipeline state."""
    pl = plan(path, out)
    state = read_state(pl.out)
    stages: dict[str, Any] = state.setdefault("stages", {})
    state["pipeline"] = pl.spec.pipeline
    fps: dict[str, str] = {}
    say = report or (lambda _n, _e, _i: None)
    for name in pl.order:
        fps[name] = fingerprint(pl, name, fps)
        old = stages.get(name, {})
        same = old.get("fingerprint") == fps[name]
        if same and old.get("status") == "complete" and not force:
            say(name, "skipped", old)
            continue
        say(name, "start", {"kind": pl.spec.stages[name].kind})
        stages[name] = {
            "kind": pl.spec.stages[name].kind,
            "fingerprint": fps[name],
            "status": "running",
            "output": pl.outputs[name],
        }
        write_state(pl.out, state)
        t0 = time.perf_counter()
        try:
            info = _run_stage(pl, name, force=force or (bool(old) and not same))
        except (CurateError, OSError) as exc:
            stages[name].update(status="failed", error=str(exc)[:500])
            write_state(pl.out, state)
            raise StageError(f"stage {name!r}: {exc}") from exc
        stages[name].update(
            {k: v for k, v in info.items() if v is not None},
            status="complete",
            seconds=round(time.perf_counter() - t0, 2),
        )
        write_state(pl.out, state)
        say(name, "done", stages[name])
    return state


def _run_stage(pl: Plan, name: str, force: bool) -> dict[str, Any]:
    kind = pl.spec.stages[name].kind
    if kind == "recipe":
        return run_recipe(pl, name, force)
    if kind == "train":
        return run_train(pl, name, force)
    if kind == "model":
        return run_model(pl, name)
    return run_export(pl, name)


def validate_pipeline(path: str | Path) -> list[str]:
    """Every stage checked before any work: recipes loaded (with upstream outputs assumed),
    training kinds and export targets known. Returns one line per stage; raises RecipeError."""
    import importlib.util

    from curate.export import EXPORTERS
    from curate.preflight import preflight

    pl = plan(path)
    problems: list[str] = []
    lines: list[str] = []
    for name in pl.order:
        st: StageSpec = pl.spec.stages[name]
        try:
            if st.kind == "recipe":
                rec = load_stage_recipe(pl, name)
                # what upstream stages will make (their outputs) is not there yet: not a problem
                problems += [f"stages.{name}: {p}" for p in preflight(rec) if str(pl.out) not in p]
                lines.append(f"{name}: recipe {rec.name} ok")
            elif st.kind == "train":
                if importlib.util.find_spec(f"curate.train.{st.train}") is None:
                    problems.append(f"stages.{name}.train: no trainer {st.train!r}")
                else:
                    problems += [f"stages.{name}.config: {p}" for p in check_train(pl, name)]
                lines.append(f"{name}: train {st.train} ok")
            elif st.kind == "export":
                assert st.export is not None
                if st.export.to not in EXPORTERS:
                    problems.append(f"stages.{name}.export.to: unknown target {st.export.to!r}")
                lines.append(f"{name}: export --to {st.export.to}")
            else:
                lines.append(f"{name}: tiny model")
        except RecipeError as exc:
            problems.extend(f"stages.{name}: {p}" for p in exc.problems)
    if problems:
        raise RecipeError(problems, str(path))
    return lines
