"""`curate report` and `curate diff` on real runs of the quickstart recipe: a self-contained
page with every section, examples with their spans marked, and a diff that agrees with the
rows themselves."""

from __future__ import annotations

import json
import re
from pathlib import Path

import polars as pl
import pytest
from click.testing import CliRunner

from curate.cli import main
from curate.diff import diff_runs
from curate.report_html import build_report
from curate.report_html.examples import read_examples, wanted_ids
from curate.stats import hist, merge_stats
from curate.store import open_run

ROOT = Path(__file__).resolve().parent.parent
QUICKSTART = str(ROOT / "recipes" / "quickstart.yaml")


def _run(out: Path, *args: str) -> Path:
    res = CliRunner().invoke(main, ["run", QUICKSTART, "--out", str(out), "-q", *args])
    assert res.exit_code == 0, res.output
    return out


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    base = tmp_path_factory.mktemp("report")
    a = _run(base / "a")
    # the same source, a stricter paragraph limit and a judge that gives up on long answers
    b = _run(
        base / "b",
        "--set",
        "filters.long_paragraph.max_chars=1000",
        "--set",
        "judges.math.max_answer_chars=4",
        "--no-report",
    )
    return a, b, base


def test_run_writes_the_report_unless_told_not_to(runs: tuple[Path, Path, Path]) -> None:
    a, b, _ = runs
    assert (a / "report.html").stat().st_size > 10_000
    assert not (b / "report.html").exists()  # --no-report


def test_report_is_self_contained_and_complete(runs: tuple[Path, Path, Path]) -> None:
    a, _, _ = runs
    page = (a / "report.html").read_text()
    # nothing fetched: no script, no stylesheet link, no remote URL except the SVG namespace
    assert "<script" not in page and "<link" not in page
    assert set(re.findall(r"https?://[^\s\"'<>]+", page)) == {"http://www.w3.org/2000/svg"}
    for section in ("funnel", "reasons", "distributions", "judges", "examples"):
        assert f'id="{section}"' in page, section
    assert page.count('<svg class="chart"') >= 10
    for title in ("completion length (characters)", "language_ratio", "pass rate per prompt"):
        assert title in page
    # every reason of every dropping stage has its examples, and drops in the text are marked
    stats = open_run(a).stats()
    for st in stats["stages"]:
        if st["kind"] != "judge":
            for reason in st.get("reasons", {}):
                assert f"<code>{reason}</code>" in page, reason
    assert "example rows not found" not in page
    for label in (
        "code fence",
        "longest paragraph",
        "repeated 10-gram",
        "(target en)",
        "≠ reference",
    ):
        assert f'<mark class="span" title="{label}' in page or label in page, label


def test_examples_are_read_by_id_not_all_rows(runs: tuple[Path, Path, Path]) -> None:
    a, _, _ = runs
    want = wanted_ids(open_run(a).stats())
    got = read_examples(a, set(want))
    assert set(got["id"].to_list()) == set(want)
    # the stats keep the first shards' examples: the first part alone has some of them
    first = read_examples(a, set(want), max_files=1)
    assert 0 < first.height <= got.height


def test_histograms_merge_like_the_whole() -> None:
    # per-shard histograms added together equal the histogram of all values
    values = pl.Series([0.1, 0.5, 0.97, 1.0, 1.0, None, 0.999])
    parts = [
        {"hists": {"r": {"before": hist(values[:3], [0, 0.5, 0.99, 1.0])}}},
        {"hists": {"r": {"before": hist(values[3:], [0, 0.5, 0.99, 1.0])}}},
    ]
    merged = merge_stats(parts)["hists"]["r"]["before"]
    whole = hist(values, [0, 0.5, 0.99, 1.0])
    assert merged == whole and whole["bins"] == [1, 2, 1, 2]


def test_diff_agrees_with_the_rows(runs: tuple[Path, Path, Path]) -> None:
    a, b, _ = runs
    d = diff_runs(a, b)

    def status(run: Path) -> dict[str, str]:
        store = open_run(run)
        out = {i: "kept" for i in store.read_kept()["id"].to_list()}
        rej = store.read_rejected()
        out.update({r["id"]: f"{r['dropped_by']}/{r['reason']}" for r in rej.iter_rows(named=True)})
        return out

    sa, sb = status(a), status(b)
    moved_out = sum(1 for i in sa if sa[i] == "kept" and sb.get(i, "kept") != "kept")
    moved_in = sum(1 for i in sa if sa[i] != "kept" and sb.get(i) == "kept")
    other = sum(1 for i in sa if "kept" not in (sa[i], sb.get(i, "kept")) and sa[i] != sb[i])
    assert d["kept_to_dropped"]["n"] == moved_out
    assert d["dropped_to_kept"]["n"] == moved_in
    assert d["reason_changed"]["n"] == other > 0
    lp = next(s for s in d["stages"] if s["name"] == "long_paragraph")
    assert lp["b"]["dropped"] > lp["a"]["dropped"]  # the stricter limit drops more
    # long answers are unknown now: decided verdicts became unknown, and `correct` drops them
    assert {(g["a"], g["b"]) for g in d["verdict_changed"]["by"]} <= {
        ("correct", "unknown"),
        ("incorrect", "unknown"),
    }
    assert d["verdict_changed"]["n"] > 0
    assert ("correct", "unknown_verdict") in {
        (g["stage"], g["reason"]) for g in d["kept_to_dropped"]["by"]
    }


def test_diff_cli_json_and_html(runs: tuple[Path, Path, Path]) -> None:
    a, b, base = runs
    html = base / "diff.html"
    res = CliRunner().invoke(main, ["diff", str(a), str(b), "--json", "--html", str(html)])
    assert res.exit_code == 0, res.output
    d = json.loads(res.output)
    assert d["verdict_changed"]["n"] == diff_runs(a, b)["verdict_changed"]["n"]
    page = html.read_text()
    assert 'id="diff"' in page and "verdict changed" in page
    res = CliRunner().invoke(main, ["diff", str(a), str(b)])
    assert res.exit_code == 0 and "kept in A, dropped in B" in res.output


def test_report_cli_and_errors(runs: tuple[Path, Path, Path]) -> None:
    a, b, base = runs
    out = base / "custom.html"
    res = CliRunner().invoke(main, ["report", str(b), "-o", str(out), "--compare", str(a)])
    assert res.exit_code == 0, res.output
    assert 'id="diff"' in out.read_text()
    res = CliRunner().invoke(main, ["report", str(base / "nope")])
    assert res.exit_code == 2 and "not a run directory" in res.output


def test_report_of_a_run_without_histograms(runs: tuple[Path, Path, Path]) -> None:
    # stats.json of an older run: lengths only, no hists; the report still draws them
    a, _, _ = runs
    stats = open_run(a).stats()
    stats.pop("hists")
    page = build_report(a, stats=stats)
    assert "completion length (characters)" in page and "language_ratio (" not in page


def test_show_highlights_spans(runs: tuple[Path, Path, Path]) -> None:
    a, _, _ = runs
    res = CliRunner().invoke(main, ["show", str(a), "--dropped-by", "code_block", "-n", "1"])
    assert res.exit_code == 0, res.output
    assert "⟨code fence" in res.output


def test_pairs_and_generation_sections(tmp_path: Path) -> None:
    # the shipped pairs recipe over the quickstart sample: the pairs section shows its counts
    out = tmp_path / "pairs"
    res = CliRunner().invoke(
        main, ["run", str(ROOT / "recipes" / "pairs.yaml"), "--out", str(out), "-q"]
    )
    assert res.exit_code == 0, res.output
    page = (out / "report.html").read_text()
    st = next(s for s in open_run(out).stats()["stages"] if s["kind"] == "pairs")
    assert 'id="pairs"' in page and f"{st['pairs']:,} pairs from" in page
    # generation cost comes from stats["generation"] (a generating run); shown when present
    stats = open_run(out).stats()
    stats["generation"] = {
        "prompts": 2,
        "generated": 8,
        "cached": 0,
        "kept": 4,
        "prompt_tokens": 100,
        "completion_tokens": 4000,
        "new_completion_tokens": 4000,
        "seconds": 2.0,
        "finish_reasons": {"stop": 7, "length": 1},
    }
    page = build_report(out, stats=stats)
    assert 'id="generation"' in page and "2,000 new tokens/s" in page and "length 1" in page
