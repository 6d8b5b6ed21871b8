"""Example rows for every reason, read by id from the run's rejected parts (never all rows):
parts are read in shard order, only rows whose id was recorded in the stats, and the scan
stops once every wanted id is found (the stats keep the first shards' examples)."""

from __future__ import annotations

import json
from html import escape
from pathlib import Path
from typing import Any

import polars as pl

from curate.fs import as_path, readable
from curate.spans import REASON_SPANS, highlight_html

SKIP = {"prompt", "completion", "raw", REASON_SPANS, "id", "dropped_by", "reason"}
PROMPT_CHARS = 600


def wanted_ids(stats: dict[str, Any]) -> dict[str, tuple[str, str]]:
    """id → (stage, reason) for the examples the stats recorded on dropping stages."""
    out: dict[str, tuple[str, str]] = {}
    for st in stats.get("stages", []):
        if st.get("kind") == "judge":
            continue
        for reason, ids in (st.get("examples") or {}).items():
            for i in ids:
                out.setdefault(str(i), (st["name"], reason))
    return out


def read_examples(run_dir: str | Path, ids: set[str], max_files: int | None = None) -> pl.DataFrame:
    """Rejected rows with these ids, scanning part files in order until all are found."""
    files = sorted((as_path(str(run_dir)) / "rejected").glob("part-*.parquet"))
    found: list[pl.DataFrame] = []
    left = set(ids)
    for n, p in enumerate(files):
        if not left or (max_files is not None and n >= max_files):
            break
        try:
            lf = pl.scan_parquet(readable(p))
            if "id" not in lf.collect_schema().names():
                continue
            part = lf.filter(pl.col("id").cast(pl.Utf8).is_in(sorted(left))).collect()
        except (pl.exceptions.PolarsError, OSError):
            continue  # an unreadable part: its examples are simply missing
        if part.height:
            part = part.with_columns(pl.col("id").cast(pl.Utf8))
            left -= set(part["id"].to_list())
            found.append(part)
    if not found:
        return pl.DataFrame()
    from curate.store import concat_frames

    return concat_frames(found)


def _text(value: Any) -> str:
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, default=str)


def _prompt(value: Any) -> str:
    if isinstance(value, list) and value and isinstance(value[-1], dict):
        value = value[-1].get("content")
    s = _text(value)
    return s if len(s) <= PROMPT_CHARS else s[:PROMPT_CHARS] + "…"


def render_row(row: dict[str, Any]) -> str:
    """One example: its measurements, prompt and completion with the drop's spans marked."""
    spans = row.get(REASON_SPANS) or []
    measures = {
        k: v
        for k, v in row.items()
        if k not in SKIP and v is not None and not isinstance(v, list | dict)
    }
    chips = "".join(
        f'<span class="chip">{escape(k)}=<b>{escape(_text(v)[:60])}</b></span>'
        for k, v in measures.items()
    )
    legend = "".join(
        f"<li><code>[{s['start']:,}, {s['end']:,})</code> {escape(s['label'] or '')}</li>"
        for s in spans
    )
    parts = [f'<div class="ex"><div class="exh"><code>{escape(str(row.get("id")))}</code></div>']
    parts.append(f'<div class="chips">{chips}</div>')
    if row.get("prompt") is not None:
        parts.append(
            f'<div class="lbl">prompt</div><pre class="txt">{escape(_prompt(row["prompt"]))}</pre>'
        )
    if row.get("completion") is not None:
        text = _text(row["completion"])
        parts.append(
            f'<div class="lbl">completion ({len(text):,} chars)</div>'
            f'<pre class="txt">{highlight_html(text, spans, context=300)}</pre>'
        )
        if legend:
            parts.append(f'<ul class="spans">{legend}</ul>')
    elif row.get("raw") is not None:
        parts.append(
            f'<div class="lbl">raw</div><pre class="txt">{escape(_text(row["raw"])[:2000])}</pre>'
        )
    parts.append("</div>")
    return "".join(parts)


def examples_section(stats: dict[str, Any], run_dir: str | Path) -> str:
    want = wanted_ids(stats)
    rows = read_examples(run_dir, set(want)) if want else pl.DataFrame()
    by_id = {str(r["id"]): r for r in rows.iter_rows(named=True)} if rows.height else {}
    out = ['<section id="examples"><h2>Examples of every reason</h2>']
    if not want:
        out.append("<p>No rows were dropped.</p>")
    for st in stats.get("stages", []):
        ex = st.get("examples") or {}
        if st.get("kind") == "judge" or not ex:
            continue
        out.append(
            f'<h3>{escape(st["name"])} <span class="dim">({escape(st.get("kind", ""))})</span></h3>'
        )
        for reason, ids in sorted(ex.items()):
            n = (st.get("reasons") or {}).get(reason, 0)
            shown = [by_id[str(i)] for i in ids if str(i) in by_id]
            out.append(
                f'<details class="reason"><summary><code>{escape(reason)}</code> '
                f'<span class="dim">{n:,} row(s); {len(shown)} example(s)</span></summary>'
            )
            out.extend(render_row(r) for r in shown)
            if not shown:
                out.append('<p class="dim">example rows not found in rejected/</p>')
            out.append("</details>")
    out.append("</section>")
    return "".join(out)
