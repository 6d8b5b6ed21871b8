"""Fault injection: exports are all-or-nothing. A failed export leaves nothing, an interrupted
one is finished or removed by the next, and an incomplete run exports only with
`--allow-partial` (the card says so)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import curate.card
import curate.export._publish as publish
from curate.cli import main
from curate.export import export
from tests.test_export import make_run


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_run(tmp_path_factory.mktemp("exp"))


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def _hidden(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_out_appears_complete_in_one_rename(
    run_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "o"
    real = curate.card.write_card
    seen = []

    def card(where, *args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(out.exists())  # the card is written while OUT does not exist yet
        return real(where, *args, **kwargs)

    monkeypatch.setattr(curate.card, "write_card", card)
    renames = []
    real_rename = os.rename
    monkeypatch.setattr(publish.os, "rename", lambda a, b: (renames.append(b), real_rename(a, b)))
    export(run_dir, "trl-sft", out)
    ours = [r for r in renames if str(r).startswith(str(tmp_path))]  # not the loaders' own
    assert seen == [False] and ours == [out]
    assert (out / "README.md").is_file() and not _hidden(tmp_path)


def test_a_failed_export_leaves_nothing(
    run_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from curate.export.trl_sft import TrlSFTExporter

    def broken(self, stage, checker, result):  # type: ignore[no-untyped-def]
        raise RuntimeError("validation crashed")

    monkeypatch.setattr(TrlSFTExporter, "validate", broken)
    with pytest.raises(RuntimeError):
        export(run_dir, "trl-sft", tmp_path / "o")
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_an_interrupted_publish_is_finished_by_the_next_export(
    run_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "o"
    export(run_dir, "trl-sft", out)  # OUT now holds an export: the next one merges into it
    real_replace = os.replace
    moved = []

    def killed(a, b):  # type: ignore[no-untyped-def]
        if moved:
            raise KeyboardInterrupt  # a kill between the renames
        moved.append(b)
        real_replace(a, b)

    monkeypatch.setattr(publish.os, "replace", killed)
    with pytest.raises(KeyboardInterrupt):
        export(run_dir, "trl-sft", out, overwrite=True)
    stages = [p for p in out.iterdir() if p.name.startswith(publish.PREFIX)]
    assert len(stages) == 1 and (stages[0] / publish.MARKER).exists()
    monkeypatch.setattr(publish.os, "replace", real_replace)
    done = publish.recover(out)
    assert done == [f"finished the interrupted export {stages[0].name}"]
    assert (out / "README.md").is_file() and not _hidden(out)


def test_stale_staging_folders_are_removed(run_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "o"
    out.mkdir()
    (out / "keep.txt").write_text("mine")
    dead = _dead_pid()
    inside = out / f"{publish.PREFIX}{dead}"
    beside = tmp_path / f".o{publish.PREFIX}{dead}"
    for d in (inside, beside):
        d.mkdir()
        (d / "half.parquet").write_bytes(b"PAR1")
    export(run_dir, "trl-sft", out)
    assert not inside.exists() and not beside.exists()
    assert (out / "keep.txt").read_text() == "mine"  # files of others are left alone
    assert (out / "README.md").is_file()


def test_incomplete_runs_need_allow_partial(run_dir: Path, tmp_path: Path) -> None:
    import shutil

    run = tmp_path / "run"
    shutil.copytree(run_dir, run)
    manifest = json.loads((run / "manifest.json").read_text())
    manifest["status"] = "failed"
    (run / "manifest.json").write_text(json.dumps(manifest))
    res = CliRunner().invoke(
        main, ["export", str(run), "--to", "trl-sft", "--out", str(tmp_path / "o")]
    )
    assert res.exit_code == 2 and "--allow-partial" in res.output
    assert len(res.output.strip().splitlines()) == 1 and not (tmp_path / "o").exists()
    res = CliRunner().invoke(
        main,
        ["export", str(run), "--to", "trl-sft", "--out", str(tmp_path / "o"), "--allow-partial"],
    )
    assert res.exit_code == 0, res.output
    card = (tmp_path / "o" / "README.md").read_text()
    assert "Partial export" in card and "status `failed`" in card
