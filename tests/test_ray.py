"""`run.executor: ray` against the local executor, row for row: a local Ray instance started and
stopped with the run, and a two-node cluster on this machine (`ray start --head` + `ray start
--address`): kept rows, rejected rows, stats and pairs are the same; a worker killed mid-shard
is retried; a driver killed mid-run resumes to the same rows."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import polars as pl
import pytest

from curate.errors import RecipeError
from curate.preflight import preflight
from curate.recipe import load_recipe
from curate.runner import run
from curate.store import open_run
from tests import ray_plugins  # noqa: F401  (registers `die_once`; the workers import it too)
from tests.conftest import ROOT

ray = pytest.importorskip("ray")
pytestmark = pytest.mark.slow

RECIPE = ROOT / "recipes" / "pairs.yaml"
BASE = ["source.limit=160", "run.batch_size=40"]  # 4 shards of the quickstart data, with pairs
RAY = str(Path(sys.executable).parent / "ray")


def _recipe(*sets: str, die: str | None = None, sleep: float = 0.0) -> Any:
    raw = load_recipe(RECIPE, overrides=BASE).raw
    raw["filters"] = [{"die_once": {"marker_dir": die, "sleep_s": sleep}}, *raw["filters"]]
    return load_recipe(data=raw, base_dir=RECIPE.parent, overrides=list(sets))


def _strip(obj: Any) -> Any:
    """Stats without wall times (the only part that may differ between executors)."""
    if isinstance(obj, dict):
        return {k: _strip(v) for k, v in obj.items() if k not in ("seconds", "updated")}
    if isinstance(obj, list):
        return [_strip(v) for v in obj]
    return obj


def _sorted(df: pl.DataFrame) -> pl.DataFrame:
    return df.sort([c for c, t in df.schema.items() if t == pl.Utf8])


def _snapshot(run_dir: Path) -> dict[str, Any]:
    store = open_run(run_dir)
    pairs = sorted((run_dir / "pairs").glob("*.parquet"))
    return {
        "kept": store.read_kept().sort("id"),
        "rejected": store.read_rejected().sort("id", "dropped_by"),
        "pairs": _sorted(pl.concat([pl.read_parquet(p) for p in pairs])),
        "stats": _strip(store.stats()),
        "shards": sorted(store.committed()),
    }


def _same(a: dict[str, Any], b: dict[str, Any]) -> None:
    for key in ("kept", "rejected", "pairs"):
        assert a[key].height > 0, key  # a comparison of empty frames would prove nothing
        assert a[key].equals(b[key]), key
    assert a["stats"] == b["stats"]
    assert a["shards"] == b["shards"] == [0, 1, 2, 3]


@pytest.fixture(scope="module")
def ray_tmp() -> Iterator[str]:
    """Ray's session files away from other users of /tmp/ray (short: socket paths are capped)."""
    d = tempfile.mkdtemp(prefix="cr", dir="/tmp")
    # nodes and drivers agree on no token auth (loopback only; `ray start` and `ray.init`
    # otherwise differ on the default)
    env = {"RAY_TMPDIR": d, "CURATE_RAY_OBJECT_STORE_MB": "100", "RAY_AUTH_MODE": "disabled"}
    old = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    yield d
    for k, v in old.items():
        if v is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = v


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    out = tmp_path_factory.mktemp("local") / "run"
    run(_recipe(), out=out)
    return _snapshot(out)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _node(args: list[str], env: dict[str, str]) -> subprocess.Popen[bytes]:
    """`ray start --block` in its own process group: stopping it stops only this node's
    processes (never `ray stop`, which would stop every Ray instance of this user)."""
    ports = [f"--{n}-port={_free_port()}" for n in ("metrics-export", "runtime-env-agent")]
    ports += [f"--dashboard-agent-{n}-port={_free_port()}" for n in ("listen", "grpc")]
    common = ["--num-cpus", "1", "--object-store-memory", str(100 * 2**20), "--block"]
    common += ["--node-ip-address", "127.0.0.1", "--disable-usage-stats"]
    return subprocess.Popen(
        [RAY, "start", *args, *common, *ports],
        env=env,
        start_new_session=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _stop(proc: subprocess.Popen[bytes]) -> None:
    for sig, wait in ((signal.SIGTERM, 30), (signal.SIGKILL, 10)):
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            return
        try:
            proc.wait(timeout=wait)
            return
        except subprocess.TimeoutExpired:
            continue


@pytest.fixture(scope="module")
def cluster(ray_tmp: str) -> Iterator[str]:
    """A head node and a worker node, one CPU each, on this machine; yields the address."""
    port = _free_port()
    address = f"127.0.0.1:{port}"
    env = {**os.environ, "RAY_TMPDIR": ray_tmp, "PYTHONPATH": str(ROOT)}
    nodes = [_node(["--head", f"--port={port}", "--include-dashboard=false"], env)]
    try:
        _wait_for_port(port, nodes[0])
        nodes.append(_node([f"--address={address}"], env))
        ray.init(address=address, log_to_driver=False)
        try:
            deadline = time.monotonic() + 120
            while len([n for n in ray.nodes() if n["Alive"]]) < 2:
                assert time.monotonic() < deadline, "the second node did not join"
                assert nodes[1].poll() is None, "the worker node exited"
                time.sleep(0.5)
        finally:
            ray.shutdown()
        yield address
    finally:
        for proc in reversed(nodes):
            _stop(proc)


def _wait_for_port(port: int, proc: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 120
    while True:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        assert proc.poll() is None and time.monotonic() < deadline, "the head node did not start"
        time.sleep(0.3)


def test_local_instance_matches_local_executor(
    reference: dict[str, Any], ray_tmp: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # no cluster named: a local Ray instance is started for the run and stopped after it
    monkeypatch.delenv("RAY_ADDRESS", raising=False)
    run(_recipe("run.executor=ray"), out=tmp_path / "run")
    assert not ray.is_initialized()
    _same(_snapshot(tmp_path / "run"), reference)


def test_two_node_cluster_matches_and_retries_dead_workers(
    reference: dict[str, Any], cluster: str, tmp_path: Path
) -> None:
    # every shard's first task kills its worker (os._exit): Ray retries it, the driver commits once
    markers = tmp_path / "markers"
    markers.mkdir()
    ray.init(address=cluster, log_to_driver=False)
    try:
        nodes = [n for n in ray.nodes() if n["Alive"]]
        assert len(nodes) == 2
        run(_recipe("run.executor=ray", die=str(markers)), out=tmp_path / "run")
    finally:
        ray.shutdown()
    assert len(list(markers.iterdir())) == 4  # each shard died once, then passed
    _same(_snapshot(tmp_path / "run"), reference)


DRIVER = r"""
import sys, ray
sys.path.insert(0, {root!r})
from tests.test_ray import _recipe
from curate.runner import run
run(_recipe("run.executor=ray", sleep=1.0), out=sys.argv[1])  # the cluster: RAY_ADDRESS
"""


def test_driver_killed_on_cluster_resumes(
    reference: dict[str, Any], cluster: str, tmp_path: Path
) -> None:
    # kill -9 the driver once a shard is committed; the rerun commits the rest, each shard once
    script = tmp_path / "driver.py"
    script.write_text(DRIVER.format(root=str(ROOT)))
    env = {**os.environ, "PYTHONPATH": str(ROOT), "RAY_ADDRESS": cluster}
    target = tmp_path / "run"
    proc = subprocess.Popen([sys.executable, str(script), str(target)], env=env)
    deadline = time.monotonic() + 120
    while proc.poll() is None and time.monotonic() < deadline:
        if len(list((target / "shards").glob("*.json"))) >= 1:
            break
        time.sleep(0.05)
    assert proc.poll() is None, "the run ended before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    first = sorted(open_run(target).committed())
    assert 1 <= len(first) < 4
    subprocess.run([sys.executable, str(script), str(target)], env=env, check=True, timeout=180)
    _same(_snapshot(target), reference)


def test_stage_resources_from_plugins_and_recipe() -> None:
    from curate.ray_executor import stage_resources, task_resources

    r = load_recipe(RECIPE, overrides=[*BASE, "judges.math.workers=3"])
    # the math judge asks a CPU per sympy worker; the task asks for the largest stage
    assert stage_resources(r)["math"] == {"num_cpus": 3.0, "num_gpus": 0.0}
    assert task_resources(r) == {"num_cpus": 3.0, "num_gpus": 0.0}
    # the recipe overrides a stage's declaration
    r = load_recipe(RECIPE, overrides=[*BASE, "run.resources={math: {num_gpus: 0.5}}"])
    assert stage_resources(r)["math"] == {"num_cpus": 1.0, "num_gpus": 0.5}
    assert task_resources(r) == {"num_cpus": 1.0, "num_gpus": 0.5}
    # a label no stage has is a problem naming the key, found before a run starts
    r = load_recipe(RECIPE, overrides=[*BASE, "run.resources={nope: {num_cpus: 2}}"])
    (problem,) = preflight(r)
    assert problem.startswith("run.resources.nope: no stage has this label; use one of math,")


def test_a_task_no_node_can_hold_is_refused(cluster: str, tmp_path: Path) -> None:
    # the math judge asked for 4 CPUs on nodes of 1: refused at start, before any task waits
    r = _recipe("run.executor=ray", f"run.ray_address={cluster}", "judges.math.workers=4")
    with pytest.raises(RecipeError, match=r"needs 4 CPUs and 0 GPUs .*largest: 1 CPUs"):
        run(r, out=tmp_path / "run")
    assert not ray.is_initialized()  # the driver's connection is closed again


def test_a_shuffled_flat_source_on_ray_gives_the_list_results(
    ray_tmp: str, cluster: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # per-prompt stages on Ray see whole prompts too: the grouping pass runs on the driver and
    # its shards go to the tasks (same kept ids, n_samples, pass rates and pairs as list rows).
    # The two-node cluster is running meanwhile: with no address named the run starts its own
    # local instance and never joins the cluster it happens to find on this machine.
    from tests.test_grouping import as_lists, recipe_data, results, samples, shuffled, write

    monkeypatch.delenv("RAY_ADDRESS", raising=False)
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    lists = recipe_data(write(tmp_path / "a", as_lists(samples())))
    run(load_recipe(data=lists, base_dir=tmp_path / "a"), out=tmp_path / "list")
    flat = recipe_data(write(tmp_path / "b", shuffled(samples())), columns={"sample_index": "k"})
    flat["run"] |= {"executor": "ray", "batch_size": 7}
    res = run(load_recipe(data=flat, base_dir=tmp_path / "b"), out=tmp_path / "flat")
    assert res.stats["grouping"]["method"] == "partitioned"
    assert results(tmp_path / "flat") == results(tmp_path / "list")
