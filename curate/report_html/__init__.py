"""`curate report`: one self-contained HTML file per run (styles and SVG charts inline, no
script, nothing fetched), built from stats.json plus a few example rows read by id.

Sections: funnel (rows and time per stage), reasons per stage, before/after distributions,
judge cascade and agreement matrices, generation cost, preference pairs, examples of every
reason with the spans that caused the drop highlighted, and optionally a comparison with
another run (`curate diff`)."""

from __future__ import annotations

import os
import time
from html import escape
from pathlib import Path
from typing import Any

from curate.fs import as_path, is_local
from curate.report_html.diff_section import diff_section
from curate.report_html.examples import examples_section
from curate.report_html.sections import (
    distributions_section,
    funnel_section,
    generation_section,
    judges_section,
    pairs_section,
    reasons_section,
)
from curate.store import open_run

CSS = """
body{font:14px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;color:#1d2330;background:#f6f7f9}
header{background:#1d2b45;color:#fff;padding:18px 28px}header h1{margin:0 0 4px;font-size:22px}
header .meta{opacity:.8;font-size:13px}nav{padding:8px 28px;background:#e8ecf3;position:sticky;top:0}
nav a{margin-right:14px;color:#1d2b45;text-decoration:none;font-weight:600}
main{padding:4px 28px 40px;max-width:1400px}section{background:#fff;border:1px solid #dde2ea;border-radius:8px;padding:10px 18px 16px;margin:16px 0}
h2{font-size:18px;margin:8px 0 10px}h3{font-size:15px;margin:14px 0 6px}h4{margin:4px 0 6px;font-size:13px}
table{border-collapse:collapse;margin:6px 0 10px;font-size:13px}th,td{border-bottom:1px solid #e5e8ee;padding:3px 9px;text-align:left;vertical-align:top}
table.num td{text-align:right}table.num td:first-child,table.num td:last-child{text-align:left}
table.matrix td{text-align:right;min-width:70px}.charts{display:flex;flex-wrap:wrap;gap:18px;align-items:flex-start}
.card{border:1px solid #eef0f4;border-radius:6px;padding:8px}svg.chart{display:block;max-width:100%;height:auto}
svg .ct{font-size:13px;font-weight:600;fill:#1d2330}svg .cl{font-size:11px;fill:#444}
.dim{color:#6b7280;font-size:12px}details.reason{margin:6px 0;border-left:3px solid #d9534f;padding-left:10px}
summary{cursor:pointer}.ex{border:1px solid #e5e8ee;border-radius:6px;margin:8px 0;padding:8px;background:#fbfcfd}
.chip{display:inline-block;background:#eef2f8;border-radius:10px;padding:1px 8px;margin:2px;font-size:12px}
.lbl{font-size:12px;color:#6b7280;margin-top:6px}pre.txt{white-space:pre-wrap;word-break:break-word;max-height:420px;overflow:auto;background:#fff;border:1px solid #eef0f4;padding:8px;margin:2px 0;font-size:12.5px}
mark.span{background:#ffd54f;outline:1px solid #e0a800}mark.pos{background:#d9534f;color:#fff;padding:0 2px;border-radius:2px}
.gap{color:#6b7280;font-style:italic}ul.spans{margin:4px 0;font-size:12px}
"""


def build_report(
    run_dir: str | Path,
    *,
    compare: dict[str, Any] | None = None,
    stats: dict[str, Any] | None = None,
) -> str:
    """The report of the run in `run_dir` as one HTML string; `compare` is a `diff_runs` result
    to include as a section."""
    store = open_run(run_dir)
    stats = stats if stats is not None else store.stats()
    manifest = store.manifest() or {}
    name = stats.get("recipe") or manifest.get("recipe_name") or as_path(str(run_dir)).name
    versions = manifest.get("versions") or {}
    sections = [
        funnel_section(stats),
        reasons_section(stats),
        distributions_section(stats),
        judges_section(stats),
        generation_section(stats),
        pairs_section(stats),
        diff_section(compare) if compare else "",
        examples_section(stats, run_dir),
    ]
    nav_items = [
        ("funnel", "Funnel"),
        ("reasons", "Reasons"),
        ("distributions", "Distributions"),
        ("judges", "Judges"),
        ("generation", "Generation"),
        ("pairs", "Pairs"),
        ("diff", "Diff"),
        ("examples", "Examples"),
    ]
    body = "".join(sections)
    nav = "".join(f'<a href="#{k}">{v}</a>' for k, v in nav_items if f'id="{k}"' in body)
    meta = (
        f"run <code>{escape(str(run_dir))}</code> · status {escape(str(manifest.get('status')))} · "
        f"created {escape(str(manifest.get('created', '')))} · curate {escape(str(versions.get('curate', '')))}"
        f" · report {time.strftime('%Y-%m-%d %H:%M')}"
    )
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>curate report: {escape(str(name))}</title><style>{CSS}</style></head><body>"
        f'<header><h1>{escape(str(name))}</h1><div class="meta">{meta}</div></header>'
        f"<nav>{nav}</nav><main>{body}</main></body></html>"
    )


def write_report(
    run_dir: str | Path, out: str | Path | None = None, *, compare_with: str | Path | None = None
) -> Path:
    """Write the report (default RUN/report.html) atomically; returns its path."""
    compare = None
    if compare_with is not None:
        from curate.diff import diff_runs

        compare = diff_runs(compare_with, run_dir)
    path = as_path(str(out)) if out is not None else as_path(str(run_dir)) / "report.html"
    html = build_report(run_dir, compare=compare)
    if not is_local(path):  # an fsspec run directory: one PUT is atomic
        path.write_text(html, encoding="utf-8")
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    tmp.write_text(html, encoding="utf-8")
    os.replace(tmp, path)
    return path


__all__ = ["build_report", "write_report"]
