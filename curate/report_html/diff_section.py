"""The HTML section of `curate diff`: per stage counts, moved rows, verdict changes."""

from __future__ import annotations

from html import escape
from typing import Any

from curate.report_html.sections import Raw, table
from curate.report_html.svg import hbars


def _ids(ids: list[Any]) -> Raw:
    return Raw(" ".join(f"<code>{escape(str(i))}</code>" for i in ids))


def _num(x: Any) -> str:
    return "-" if x is None else f"{x:,}"


def diff_section(d: dict[str, Any]) -> str:
    rows = []
    bars = []
    for st in d["stages"]:
        a, b = st.get("a") or {}, st.get("b") or {}
        da, db = a.get("dropped"), b.get("dropped")
        delta = (db or 0) - (da or 0)
        reasons = ", ".join(f"{k} {x:,}→{y:,}" for k, (x, y) in st["reasons"].items())
        rows.append(
            [
                st["name"],
                _num(a.get("rows_in")),
                _num(b.get("rows_in")),
                _num(da),
                _num(db),
                f"{delta:+,}",
                reasons,
            ]
        )
        bars.append((st["name"], float(da or 0), float(db or 0)))
    out = [
        '<section id="diff"><h2>Compared with another run</h2>',
        f"<p>A = <code>{escape(d['a'])}</code> · B = <code>{escape(d['b'])}</code> · kept "
        f"{d['totals']['a']['rows_out']:,} → {d['totals']['b']['rows_out']:,} · samples only in A "
        f"{d['only_in_a']:,}, only in B {d['only_in_b']:,}</p>",
        table(
            ["stage", "in A", "in B", "dropped A", "dropped B", "Δ dropped", "reasons A→B"],
            rows,
            "num",
        ),
        hbars(bars, title="dropped per stage: A / B", labels=("A", "B")),
    ]
    for key, title, head in (
        ("kept_to_dropped", "kept in A, dropped in B", ["stage (B)", "reason (B)"]),
        ("dropped_to_kept", "dropped in A, kept in B", ["stage (A)", "reason (A)"]),
        ("reason_changed", "dropped in both, for another reason", ["A", "B"]),
        ("verdict_changed", "verdict changed", ["verdict A", "verdict B"]),
    ):
        part = d[key]
        out.append(f"<h3>{escape(title)}: {part['n']:,}</h3>")
        if part["by"]:
            keys = [k for k in part["by"][0] if k not in ("n", "ids")]
            out.append(
                table(
                    [*head, "rows", "examples"],
                    [[g[k] for k in keys] + [g["n"], _ids(g["ids"])] for g in part["by"]],
                    "num",
                )
            )
    out.append("</section>")
    return "".join(out)
