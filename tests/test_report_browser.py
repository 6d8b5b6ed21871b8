"""The report in a real headless browser (Chromium): it renders without console messages or
network requests, its charts are in the DOM, and its screenshot is not blank.

Skipped, with the reason, where Chromium is not installed; CI installs it (.ci/browser.sh)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from curate.cli import main
from tests.png import grey_stats

ROOT = Path(__file__).resolve().parent.parent
BROWSER = next(
    (p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None
)
if BROWSER is None and os.environ.get("CURATE_REQUIRE_BROWSER"):
    raise RuntimeError("CURATE_REQUIRE_BROWSER is set but no Chromium is on PATH")
pytestmark = pytest.mark.skipif(
    BROWSER is None,
    reason="Chromium is not installed (apt-get install -y chromium; CI installs it in .ci/browser.sh)",
)
CONSOLE = re.compile(r":CONSOLE[:(]")


def chromium(url: str, tmp: Path, *args: str) -> subprocess.CompletedProcess[str]:
    assert BROWSER is not None
    cmd = [
        BROWSER,
        "--headless",
        "--no-sandbox",  # CI runs as root in a container
        "--disable-gpu",
        "--hide-scrollbars",
        "--no-first-run",
        "--enable-logging=stderr",
        "--v=0",
        f"--user-data-dir={tmp / 'profile'}",
        "--host-resolver-rules=MAP * ~NOTFOUND",  # no network: a fetch would fail and log
        *args,
        url,
    ]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=180, check=False)


def console_lines(proc: subprocess.CompletedProcess[str]) -> list[str]:
    return [ln for ln in proc.stderr.splitlines() if CONSOLE.search(ln)]


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("browser") / "run"
    res = CliRunner().invoke(
        main, ["run", str(ROOT / "recipes" / "quickstart.yaml"), "--out", str(out), "-q"]
    )
    assert res.exit_code == 0, res.output
    return out / "report.html"


def test_console_errors_are_detected(tmp_path: Path) -> None:
    # the check itself can fail: a page with a script error is caught
    bad = tmp_path / "bad.html"
    bad.write_text("<!DOCTYPE html><p>x</p><script>console.error('boom'); nope();</script>")
    lines = console_lines(chromium(bad.as_uri(), tmp_path, "--dump-dom"))
    assert any("boom" in ln for ln in lines) and any("nope" in ln for ln in lines)


def test_report_renders_without_console_messages(report: Path, tmp_path: Path) -> None:
    proc = chromium(report.as_uri(), tmp_path, "--dump-dom")
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert console_lines(proc) == []
    dom = proc.stdout
    assert dom.count('<svg class="chart"') >= 10  # funnel, time, reasons, histograms, cascade
    assert dom.count("<rect") > 100
    assert '<mark class="span"' in dom  # examples with their spans highlighted


def test_screenshot_is_not_blank(report: Path, tmp_path: Path) -> None:
    blank = tmp_path / "blank.html"
    blank.write_text("<!DOCTYPE html><html><body></body></html>")
    shots = {}
    for name, page in (("blank", blank), ("report", report)):
        png = tmp_path / f"{name}.png"
        proc = chromium(page.as_uri(), tmp_path, "--window-size=1280,1600", f"--screenshot={png}")
        assert png.exists(), proc.stderr[-2000:]
        shots[name] = grey_stats(png)
    # a blank page has no variance; the report has text, bars and tables all over
    assert shots["blank"][0] < 1.0
    var, inked = shots["report"]
    assert var > 100 and inked > 0.05, shots
