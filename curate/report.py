"""Human-readable rendering of a run's statistics (the funnel) with rich."""

from __future__ import annotations

from typing import Any

from rich.console import Console, Group
from rich.table import Table

from curate.stats import LENGTH_EDGES, PASS_BINS, hist_quantile


def _rate(n: float, secs: float) -> str:
    return f"{n / secs:,.0f}" if secs > 0 else "-"


def _top_reasons(reasons: dict[str, int], k: int = 3) -> str:
    items = sorted(reasons.items(), key=lambda kv: (-kv[1], kv[0]))[:k]
    more = len(reasons) - k
    text = ", ".join(f"{code} {n:,}" for code, n in items)
    return text + (f", +{more} more" if more > 0 else "")


def funnel_table(stats: dict[str, Any]) -> Table:
    t = Table(
        title=f"funnel: {stats.get('recipe') or ''}  ({stats.get('shards', 0)} shards)",
        title_justify="left",
    )
    t.add_column("stage", no_wrap=True)
    for col in ("in", "kept", "dropped", "%", "s", "rows/s"):
        t.add_column(col, justify="right", no_wrap=True)
    t.add_column("top reasons", overflow="fold", ratio=1)
    for st in stats.get("stages", []):
        rin, rout, dropped = st.get("rows_in", 0), st.get("rows_out", 0), st.get("dropped", 0)
        pct = f"{100 * dropped / rin:.1f}" if rin else "-"
        if st.get("kind") == "judge":
            v = st.get("verdicts", {})
            reasons_text = (
                f"✓ {v.get('correct', 0):,}  ✗ {v.get('incorrect', 0):,}  ? {v.get('unknown', 0):,}"
            )
        elif st.get("kind") == "pairs":
            by = ", ".join(f"{k} {n:,}" for k, n in sorted((st.get("by_source") or {}).items()))
            skipped = _top_reasons(st.get("reasons", {}))
            reasons_text = f"{st.get('pairs', 0):,} pairs" + (f" ({by})" if by else "")
            reasons_text += f"; skipped: {skipped}" if skipped else ""
        else:
            reasons_text = _top_reasons(st.get("reasons", {}))
        if st.get("conflicts"):  # extra columns kept as JSON text (source stage)
            kept_as_json = _top_reasons(st["conflicts"])
            reasons_text += ("; " if reasons_text else "") + f"kept as JSON: {kept_as_json}"
        secs = st.get("seconds", 0.0)
        kind = st.get("kind", "")
        label = (
            st["name"] if kind in ("filter", "") or kind == st["name"] else f"{st['name']} ({kind})"
        )
        t.add_row(
            label,
            f"{rin:,}",
            f"{rout:,}",
            f"{dropped:,}",
            pct,
            f"{secs:.2f}",
            _rate(rin, secs),
            reasons_text,
        )
    t.add_section()
    rin, rout = stats.get("rows_in", 0), stats.get("rows_out", 0)
    t.add_row(
        "total",
        f"{rin:,}",
        f"{rout:,}",
        f"{rin - rout:,}",
        f"{100 * (rin - rout) / rin:.1f}" if rin else "-",
        "",
        "",
        f"source rows {stats.get('source_rows', 0):,}",
    )
    return t


def length_table(stats: dict[str, Any]) -> Table | None:
    lengths = stats.get("lengths") or {}
    if not lengths:
        return None
    t = Table(title="completion length (chars)", title_justify="left")
    for col in ("", "n", "mean", "p10", "p50", "p90", "max"):
        t.add_column(col, justify="right" if col else "left")
    for side in ("before", "after"):
        h = lengths.get(side)
        if not h or not h.get("count"):
            continue
        q = [hist_quantile(h, x) for x in (0.1, 0.5, 0.9)]
        t.add_row(
            side,
            f"{h['count']:,}",
            f"{h['sum'] / h['count']:,.0f}",
            *[f"~{v:,.0f}" if v is not None else "-" for v in q],
            f"{h['max']:,}",
        )
    return t


def prompts_table(stats: dict[str, Any]) -> Table | None:
    p = stats.get("prompts")
    if not p:
        return None
    t = Table(
        title=f"prompts: {p['prompts']:,}  samples: {p['samples']:,}  correct: {p['correct']:,}  "
        f"unsolved (0/n): {p['unsolved']:,}  all correct (n/n): {p['all_correct']:,}",
        title_justify="left",
    )
    t.add_column("pass rate")
    t.add_column("prompts", justify="right")
    t.add_column("")
    hist = p.get("pass_rate_hist", [])
    top = max(hist) if hist else 0
    for i, n in enumerate(hist):
        lo, hi = i / PASS_BINS, (i + 1) / PASS_BINS
        label = f"[{lo:.1f}, {hi:.1f}{']' if i == PASS_BINS - 1 else ')'}"
        bar = "█" * (round(30 * n / top) if top else 0)
        t.add_row(label, f"{n:,}", bar)
    return t


def judges_table(stats: dict[str, Any]) -> Table | None:
    agreement = (stats.get("judges") or {}).get("agreement") or {}
    judge_stages = [s for s in stats.get("stages", []) if s.get("kind") == "judge"]
    if not judge_stages:
        return None
    t = Table(title="judges", title_justify="left")
    for col in ("judge", "judged", "decided", "correct", "incorrect", "unknown", "top reasons"):
        t.add_column(col, justify="left" if col in ("judge", "top reasons") else "right")
    for s in judge_stages:
        v = s.get("verdicts", {})
        t.add_row(
            s["name"],
            f"{s.get('judged', 0):,}",
            f"{s.get('decided', 0):,}",
            f"{v.get('correct', 0):,}",
            f"{v.get('incorrect', 0):,}",
            f"{v.get('unknown', 0):,}",
            _top_reasons(s.get("reasons", {})),
        )
    if agreement:
        t.add_section()
        for pair, cells in agreement.items():
            same = sum(n for k, n in cells.items() if k.split("|")[0] == k.split("|")[1])
            total = sum(cells.values())
            cells_text = ", ".join(f"{k} {n:,}" for k, n in sorted(cells.items()))
            t.add_row(
                pair, f"{total:,}", "", "", "", "", f"agree {100 * same / total:.1f}%: {cells_text}"
            )
    return t


def _pct(x: float | None) -> str:
    return "-" if x is None else f"{100 * x:.1f}%"


def pairs_table(stats: dict[str, Any]) -> Table | None:
    """Preference pairs: per source, length bias; agreements; judge position bias; scores."""
    from curate.pairs.build import SCORE_EDGES, ratios

    st = next((s for s in stats.get("stages", []) if s.get("kind") == "pairs"), None)
    if st is None:
        return None
    rates = ratios(st)
    t = Table(
        title=f"pairs: {st.get('pairs', 0):,} from {st.get('prompts_with_pairs', 0):,} of "
        f"{st.get('prompts', 0):,} prompts   chosen longer than rejected: "
        f"{_pct(rates.get('chosen_longer'))} (length bias)",
        title_justify="left",
    )
    for col in ("", "pairs", "chosen longer", "rejected longer", "equal length"):
        t.add_column(col, justify="left" if not col else "right")
    for src, n in sorted((st.get("by_source") or {}).items()):
        lc = (st.get("length") or {}).get(src, {})
        total = sum(lc.values()) or 1
        t.add_row(
            src,
            f"{n:,}",
            *[
                f"{100 * lc.get(k, 0) / total:.1f}%"
                for k in ("chosen_longer", "rejected_longer", "equal")
            ],
        )
    agreement = st.get("agreement") or {}
    if agreement:
        t.add_section()
        for name, c in sorted(agreement.items()):
            total = sum(c.values())
            t.add_row(
                name.replace("_", " "),
                f"{total:,}",
                f"agree {_pct(rates.get(name))}",
                f"disagree {c.get('disagree', 0):,}",
                f"tie {c.get('tie', 0):,}",
            )
    j = st.get("judge")
    if j:
        t.add_section()
        t.add_row(
            "judge",
            f"{j.get('comparisons', 0):,}",
            f"consistent {_pct(rates.get('judge_consistent'))}",
            f"position bias {_pct(rates.get('position_bias'))}",
            f"tie {j.get('tie', 0):,}, failed {j.get('failed', 0):,}",
        )
    scores = st.get("scores") or {}
    if scores:
        t.add_section()
        blocks = " ▁▂▃▄▅▆▇█"
        for dom, h in sorted(scores.items()):
            bins = h.get("bins", [])
            top = max(bins) if bins else 0
            spark = "".join(blocks[round(8 * n / top)] if top else " " for n in bins)
            mean = h["sum"] / h["count"] if h.get("count") else 0.0
            t.add_row(
                f"scores: {dom}",
                f"{h.get('count', 0):,}",
                f"mean {mean:.2f}",
                f"|{spark}|",
                f"bins {SCORE_EDGES[0]:g}…{SCORE_EDGES[-1]:g}",
            )
    return t


def generation_table(stats: dict[str, Any]) -> Table | None:
    """Samples (generated vs read back from the run's generation cache), tokens, time, finish
    reasons and backend counters; the cost side of a rejection-sampling run."""
    g = stats.get("generation")
    if not g:
        return None
    secs = g.get("seconds") or 0.0
    toks = g.get("completion_tokens") or 0
    new_toks = g.get("new_completion_tokens") or 0
    t = Table(title="generation", title_justify="left", show_header=False)
    t.add_column("", no_wrap=True)
    t.add_column("", overflow="fold")
    t.add_row(
        "prompts / samples",
        f"{g.get('prompts', 0):,} / {g.get('samples', 0):,} "
        f"(kept {g.get('kept', 0):,}; generated {g.get('generated', 0):,}, cached {g.get('cached', 0):,})",
    )
    t.add_row(
        "tokens", f"prompt {g.get('prompt_tokens', 0):,}, completion {toks:,} (new {new_toks:,})"
    )
    if secs:
        t.add_row("time", f"{secs:,.1f} s, {new_toks / secs:,.0f} new completion tokens/s")
    fr = g.get("finish_reasons") or {}
    if fr:
        t.add_row(
            "finish reasons",
            ", ".join(f"{k} {v:,}" for k, v in sorted(fr.items(), key=lambda kv: -kv[1])),
        )
    if g.get("errors"):
        t.add_row("errors", _top_reasons(g["errors"], 5))
    counters = {
        k: v for k, v in g.items() if k in ("requests", "retries", "resends", "timeouts") and v
    }
    if counters:
        t.add_row("backend", ", ".join(f"{k} {v:,}" for k, v in counters.items()))
    rs = g.get("resample")
    if rs:
        t.add_row(
            "resampling",
            f"{len(rs.get('rounds', {}))} round(s), {rs.get('extra_samples', 0):,} extra samples",
        )
    return t


def render_stats(stats: dict[str, Any], console: Console | None = None) -> None:
    console = console or Console()
    from curate.mix.plan import mix_table

    parts: list[Any] = [funnel_table(stats)]
    from curate.grouping import grouping_text

    if (grouped := grouping_text(stats)) is not None:  # how whole prompts were formed
        parts.append(grouped)
    for extra in (
        judges_table(stats),
        prompts_table(stats),
        length_table(stats),
        pairs_table(stats),
        mix_table(stats),  # a mix run: per input rows read/available/taken, dedup, decontamination
    ):
        if extra is not None:
            parts.append(extra)
    gen = generation_table(stats)
    if gen is not None:
        parts.append(gen)
    console.print(Group(*parts))


__all__ = ["LENGTH_EDGES", "render_stats"]
