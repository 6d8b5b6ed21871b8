"""Report sections built from stats.json alone: funnel, reasons, distributions, judges,
generation cost, preference pairs."""

from __future__ import annotations

from html import escape
from typing import Any

from curate.report_html.svg import hbars, histogram
from curate.stats import LENGTH_EDGES

METRICS = {
    "completion_chars": "completion length (characters)",
    "completion_tokens": "completion length (tokens)",
    "language_ratio": "language_ratio (target-language share)",
    "pass_rate": "pass rate per prompt",
}


def table(head: list[str], rows: list[list[Any]], cls: str = "") -> str:
    th = "".join(f"<th>{escape(h)}</th>" for h in head)
    body = "".join(
        "<tr>"
        + "".join(f"<td>{c if isinstance(c, Raw) else escape(_cell(c))}</td>" for c in r)
        + "</tr>"
        for r in rows
    )
    return f'<table class="{cls}"><thead><tr>{th}</tr></thead><tbody>{body}</tbody></table>'


class Raw(str):
    """A table cell that is already HTML."""


def _cell(c: Any) -> str:
    if isinstance(c, bool) or c is None:
        return "" if c is None else str(c)
    if isinstance(c, int):
        return f"{c:,}"
    if isinstance(c, float):
        return f"{c:,.2f}"
    return str(c)


def _pct(a: float, b: float) -> str:
    return f"{100 * a / b:.1f}%" if b else "-"


def funnel_section(stats: dict[str, Any]) -> str:
    stages = stats.get("stages", [])
    rows, bars, times = [], [], []
    for st in stages:
        rin, rout, dropped = st.get("rows_in", 0), st.get("rows_out", 0), st.get("dropped", 0)
        secs = float(st.get("seconds") or 0.0)
        rows.append(
            [
                st["name"],
                st.get("kind", ""),
                rin,
                rout,
                dropped,
                _pct(dropped, rin),
                f"{secs:.3f}",
                f"{rin / secs:,.0f}" if secs > 0 else "-",
            ]
        )
        bars.append((st["name"], float(rout), float(dropped)))
        times.append((st["name"], secs, 0.0))
    rin, rout = stats.get("rows_in", 0), stats.get("rows_out", 0)
    rows.append(["total", "", rin, rout, rin - rout, _pct(rin - rout, rin), "", ""])
    return (
        '<section id="funnel"><h2>Funnel</h2>'
        f"<p>source rows {stats.get('source_rows', 0):,} · shards {stats.get('shards', 0):,} · "
        f"kept {rout:,} of {rin:,} ({_pct(rout, rin)})</p>"
        + table(
            ["stage", "kind", "in", "kept", "dropped", "% dropped", "seconds", "rows/s"],
            rows,
            "num",
        )
        + '<div class="charts">'
        + hbars(bars, title="rows per stage: kept / dropped")
        + hbars(times, title="time per stage (seconds)", unit=" s", labels=("seconds", ""))
        + "</div></section>"
    )


def reasons_section(stats: dict[str, Any]) -> str:
    out = ['<section id="reasons"><h2>Reasons per stage</h2><div class="charts">']
    any_reason = False
    for st in stats.get("stages", []):
        reasons = st.get("reasons") or {}
        if st.get("kind") == "judge" or not reasons:
            continue
        any_reason = True
        items = sorted(reasons.items(), key=lambda kv: (-kv[1], kv[0]))
        rin = st.get("rows_in", 0)
        bars = [(code, 0.0, float(n)) for code, n in items]
        out.append(
            '<div class="card">'
            + hbars(
                bars,
                title=f"{st['name']}: {sum(reasons.values()):,} dropped",
                width=560,
                labels=("", "dropped"),
            )
            + table(
                ["reason", "rows", "% of stage input"],
                [[c, n, _pct(n, rin)] for c, n in items],
                "num",
            )
            + "</div>"
        )
    if not any_reason:
        out.append("<p>No stage dropped rows.</p>")
    out.append("</div></section>")
    return "".join(out)


def distributions_section(stats: dict[str, Any]) -> str:
    hists = dict(stats.get("hists") or {})
    if not hists and stats.get("lengths"):  # a run from before `hists`: chars only
        lengths = stats["lengths"]
        hists["completion_chars"] = {
            side: {**h, "edges": LENGTH_EDGES} for side, h in lengths.items() if h
        }
    if not hists:
        return ""
    out = ['<section id="distributions"><h2>Distributions before / after</h2><div class="charts">']
    names = [m for m in METRICS if m in hists] + sorted(m for m in hists if m not in METRICS)
    for name in names:
        sides = hists[name]
        b, a = sides.get("before") or {}, sides.get("after") or {}
        edges = b.get("edges") or a.get("edges")
        if not edges:
            continue
        title = METRICS.get(name, f"{name} (reward-model score)")
        stats_line = " · ".join(
            f"{side} n={h['count']:,} mean={h['sum'] / h['count']:,.3g}"
            for side, h in (("before", b), ("after", a))
            if h and h.get("count")
        )
        out.append(
            f'<div class="card">{histogram(edges, b.get("bins"), a.get("bins"), title=title)}'
            f'<div class="dim">{escape(stats_line)}</div></div>'
        )
    out.append("</div></section>")
    return "".join(out)


def agreement_matrix(pair: str, cells: dict[str, int]) -> str:
    """Rows: the first judge's verdicts; columns: the second's; diagonal = agreement."""
    a_name, _, b_name = pair.partition(" vs ")
    keys = [k.split("|", 1) for k in cells]
    av = sorted({k[0] for k in keys})
    bv = sorted({k[1] for k in keys})
    total = sum(cells.values()) or 1
    peak = max(cells.values(), default=1) or 1
    same = sum(n for k, n in cells.items() if k.split("|")[0] == k.split("|")[1])
    head = "".join(f"<th>{escape(b_name)}: {escape(v)}</th>" for v in bv)
    body = []
    for x in av:
        tds = []
        for y in bv:
            n = cells.get(f"{x}|{y}", 0)
            alpha = 0.1 + 0.7 * n / peak if n else 0
            tds.append(f'<td style="background: rgba(47,109,181,{alpha:.2f})">{n:,}</td>')
        body.append(f"<tr><th>{escape(a_name)}: {escape(x)}</th>{''.join(tds)}</tr>")
    return (
        f'<div class="card"><h4>{escape(pair)} · agree {100 * same / total:.1f}% of {total:,}</h4>'
        f'<table class="matrix"><thead><tr><th></th>{head}</tr></thead><tbody>{"".join(body)}'
        "</tbody></table></div>"
    )


def judges_section(stats: dict[str, Any]) -> str:
    judges = [s for s in stats.get("stages", []) if s.get("kind") == "judge"]
    if not judges:
        return ""
    rows = []
    for s in judges:
        v = s.get("verdicts") or {}
        top = ", ".join(
            f"{k} {n:,}"
            for k, n in sorted((s.get("reasons") or {}).items(), key=lambda kv: -kv[1])[:4]
        )
        audit = s.get("audit") or {}
        rows.append(
            [
                s["name"],
                s.get("judged", 0),
                s.get("decided", 0),
                v.get("correct", 0),
                v.get("incorrect", 0),
                v.get("unknown", 0),
                f"{float(s.get('seconds') or 0):.2f}",
                (
                    f"audit: agree {audit.get('agree', 0):,}, disagree {audit.get('disagree', 0):,}; "
                    if audit
                    else ""
                )
                + top,
            ]
        )
    bars = [
        (s["name"], float(s.get("decided", 0)), float(s.get("judged", 0) - s.get("decided", 0)))
        for s in judges
    ]
    out = [
        '<section id="judges"><h2>Judge cascade</h2>',
        "<p>Each judge decides the rows still unknown; a row's verdict comes from the first judge that decided it.</p>",
        table(
            [
                "judge",
                "judged",
                "decided here",
                "correct",
                "incorrect",
                "unknown",
                "seconds",
                "reasons",
            ],
            rows,
            "num",
        ),
        '<div class="charts">',
        hbars(bars, title="cascade: decided here / passed on", labels=("decided", "not decided")),
    ]
    for pair, cells in sorted(((stats.get("judges") or {}).get("agreement") or {}).items()):
        out.append(agreement_matrix(pair, cells))
    out.append("</div>")
    p = stats.get("prompts")
    if p:
        out.append(
            f"<p>prompts {p.get('prompts', 0):,} · samples {p.get('samples', 0):,} · correct "
            f"{p.get('correct', 0):,} · unsolved (0/n) {p.get('unsolved', 0):,} · all correct "
            f"(n/n) {p.get('all_correct', 0):,}</p>"
        )
    out.append("</section>")
    return "".join(out)


def generation_section(stats: dict[str, Any]) -> str:
    g = stats.get("generation")
    if not g:
        return ""
    secs = float(g.get("seconds") or 0.0)
    new = g.get("new_completion_tokens") or 0
    rows = [
        ["prompts", g.get("prompts", 0)],
        [
            "samples (generated / cached / kept)",
            f"{g.get('generated', 0):,} / {g.get('cached', 0):,} / {g.get('kept', 0):,}",
        ],
        ["prompt tokens", g.get("prompt_tokens", 0)],
        ["completion tokens (new)", f"{g.get('completion_tokens', 0):,} ({new:,})"],
        ["time", f"{secs:,.1f} s" + (f", {new / secs:,.0f} new tokens/s" if secs else "")],
    ]
    for key in ("finish_reasons", "errors"):
        if g.get(key):
            rows.append(
                [
                    key.replace("_", " "),
                    ", ".join(
                        f"{k} {v:,}" for k, v in sorted(g[key].items(), key=lambda kv: -kv[1])
                    ),
                ]
            )
    for key in ("requests", "retries", "timeouts"):
        if g.get(key):
            rows.append([key, g[key]])
    kept = g.get("kept") or 0
    if kept and g.get("completion_tokens"):
        rows.append(["completion tokens per kept sample", f"{g['completion_tokens'] / kept:,.0f}"])
    return (
        '<section id="generation"><h2>Generation cost</h2>' + table(["", ""], rows) + "</section>"
    )


def pairs_section(stats: dict[str, Any]) -> str:
    st = next((s for s in stats.get("stages", []) if s.get("kind") == "pairs"), None)
    if st is None:
        return ""
    rows = []
    for src, n in sorted((st.get("by_source") or {}).items()):
        lc = (st.get("length") or {}).get(src, {})
        total = sum(lc.values()) or 1
        rows.append(
            [
                src,
                n,
                *[
                    f"{100 * lc.get(k, 0) / total:.1f}%"
                    for k in ("chosen_longer", "rejected_longer", "equal")
                ],
            ]
        )
    out = [
        '<section id="pairs"><h2>Preference pairs</h2>',
        f"<p>{st.get('pairs', 0):,} pairs from {st.get('prompts_with_pairs', 0):,} of {st.get('prompts', 0):,} prompts</p>",
        table(["source", "pairs", "chosen longer", "rejected longer", "equal length"], rows, "num"),
    ]
    agreement = st.get("agreement") or {}
    if agreement:
        out.append(
            table(
                ["agreement", "agree", "disagree", "tie"],
                [
                    [k.replace("_", " "), c.get("agree", 0), c.get("disagree", 0), c.get("tie", 0)]
                    for k, c in sorted(agreement.items())
                ],
                "num",
            )
        )
    j = st.get("judge")
    if j:
        out.append(
            table(
                ["pairwise judge", "value"],
                [[k, v] for k, v in sorted(j.items()) if isinstance(v, int | float)],
                "num",
            )
        )
    scores = st.get("scores") or {}
    if scores:
        from curate.pairs.build import SCORE_EDGES

        out.append('<div class="charts">')
        for dom, h in sorted(scores.items()):
            out.append(
                histogram(
                    [float("-inf"), *SCORE_EDGES], h.get("bins"), None, title=f"pair scores: {dom}"
                )
            )
        out.append("</div>")
    out.append("</section>")
    return "".join(out)
