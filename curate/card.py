"""The dataset card (README.md) written next to an export.

Sections: how to use it, what is in it (rows, skipped rows by reason, columns), the recipe, the
funnel and every drop reason, judge provenance (which judges decided, verdicts, reason codes,
agreement), prompt pass rates, languages (when the rows carry a language or `language_ratio`
column), length distributions (characters from the run's stats; tokens from the export's length
check), the decontamination result (when the run's stats carry one), what validation checked,
and the package versions. Front matter (YAML tags) comes from the exporter.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import polars as pl
import yaml

from curate import __version__
from curate.stats import LENGTH_EDGES, hist_quantile

if TYPE_CHECKING:
    from curate.export._base import Exporter, ExportResult, RunSource

LANG_COLUMNS = ("language", "languages", "lang", "detected_language", "reasoning_language")


def _md_escape(text: Any) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def _table(head: list[str], rows: list[list[Any]]) -> str:
    if not rows:
        return ""
    out = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    out += ["| " + " | ".join(_md_escape(c) for c in r) + " |" for r in rows]
    return "\n".join(out)


def _n(x: Any) -> str:
    return f"{x:,}" if isinstance(x, int) else str(x)


def funnel_section(stats: dict[str, Any]) -> str:
    stages = stats.get("stages") or []
    if not stages:
        return "No statistics recorded for this run."
    rows = []
    for st in stages:
        reasons = st.get("reasons") or {}
        if st.get("kind") == "judge":
            v = st.get("verdicts") or {}
            top = f"correct {v.get('correct', 0):,}, incorrect {v.get('incorrect', 0):,}, unknown {v.get('unknown', 0):,}"
        else:
            top = ", ".join(
                f"{k} {n:,}" for k, n in sorted(reasons.items(), key=lambda kv: -kv[1])[:4]
            )
        rows.append(
            [
                st.get("name"),
                st.get("kind"),
                _n(st.get("rows_in", 0)),
                _n(st.get("rows_out", 0)),
                _n(st.get("dropped", 0)),
                top,
            ]
        )
    total = [
        "**total**",
        "",
        _n(stats.get("rows_in", 0)),
        _n(stats.get("rows_out", 0)),
        _n(stats.get("rows_in", 0) - stats.get("rows_out", 0)),
        f"source rows {stats.get('source_rows', 0):,}",
    ]
    return _table(
        ["stage", "kind", "in", "kept", "dropped", "verdicts / top reasons"], [*rows, total]
    )


def drop_reasons_section(stats: dict[str, Any], result: ExportResult) -> str:
    rows = []
    for st in stats.get("stages") or []:
        if st.get("kind") == "judge":
            continue
        for code, n in sorted((st.get("reasons") or {}).items(), key=lambda kv: -kv[1]):
            ex = ", ".join((st.get("examples") or {}).get(code, [])[:3])
            rows.append([st.get("name"), code, _n(n), ex])
    for code, n in result.skipped.most_common():
        rows.append([f"export ({result.format})", code, _n(n), ""])
    return _table(["stage", "reason", "rows", "example ids"], rows) or "Nothing was dropped."


def judges_section(source: RunSource, stats: dict[str, Any]) -> str:
    parts = []
    judges = source.recipe.get("judges") or []
    if not judges:
        return "The recipe has no judges: rows were not checked for correctness."
    parts.append("Judges in cascade order (a later judge only decides rows still `unknown`):\n")
    for item in judges:
        name, params = (item, {}) if isinstance(item, str) else next(iter(item.items()))
        parts.append(f"- `{name}`: `{json.dumps(params, sort_keys=True)}`")
    rows = []
    for st in stats.get("stages") or []:
        if st.get("kind") != "judge":
            continue
        v = st.get("verdicts") or {}
        reasons = ", ".join(
            f"{k} {n:,}"
            for k, n in sorted((st.get("reasons") or {}).items(), key=lambda kv: -kv[1])[:6]
        )
        rows.append(
            [
                st["name"],
                _n(st.get("judged", st.get("rows_in", 0))),
                _n(st.get("decided", 0)),
                _n(v.get("correct", 0)),
                _n(v.get("incorrect", 0)),
                _n(v.get("unknown", 0)),
                reasons,
            ]
        )
    if rows:
        parts.append(
            "\n"
            + _table(
                ["judge", "judged", "decided", "correct", "incorrect", "unknown", "reason codes"],
                rows,
            )
        )
    kept = source.kept
    if "judge" in kept.columns and kept.height:
        keys = ["judge", *(["judge_reason"] if "judge_reason" in kept.columns else [])]
        by = kept.group_by(keys).len().sort("len", descending=True).head(12)
        parts.append("\nKept rows by the judge that decided them:\n")
        parts.append(
            _table(
                ["judge", "reason", "rows"],
                [
                    [r["judge"], r.get("judge_reason") or "", _n(r["len"])]
                    for r in by.iter_rows(named=True)
                ],
            )
        )
    agreement = (stats.get("judges") or {}).get("agreement") or {}
    for pair, cells in agreement.items():
        parts.append(
            f"\nAgreement {pair}: " + ", ".join(f"{k} {v:,}" for k, v in sorted(cells.items()))
        )
    return "\n".join(parts)


def prompts_section(stats: dict[str, Any]) -> str:
    p = stats.get("prompts") or {}
    if not p:
        return ""
    hist = p.get("pass_rate_hist") or []
    bins = (
        ", ".join(
            f"{i / len(hist):.1f}–{(i + 1) / len(hist):.1f}: {n:,}" for i, n in enumerate(hist) if n
        )
        if hist
        else ""
    )
    return (
        f"{p.get('prompts', 0):,} prompts, {p.get('samples', 0):,} samples, {p.get('correct', 0):,} correct; "
        f"{p.get('unsolved', 0):,} prompts unsolved, {p.get('all_correct', 0):,} all correct.\n\n"
        + (f"Pass-rate histogram (prompts): {bins}" if bins else "")
    )


def languages_section(kept: pl.DataFrame) -> str:
    parts = []
    for col in LANG_COLUMNS:
        if col not in kept.columns:
            continue
        s = kept[col]
        if isinstance(s.dtype, pl.List):
            s = s.explode()
        counts = s.cast(pl.Utf8).fill_null("(none)").value_counts(sort=True).head(15)
        parts.append(f"`{col}`: " + ", ".join(f"{v} {n:,}" for v, n in counts.iter_rows()))
    for col in kept.columns:
        if col.endswith("language_ratio") and kept.schema[col].is_numeric():
            s = kept[col].drop_nulls()
            if s.len():
                parts.append(
                    f"`{col}` (share of the text in the target language): mean {float(cast(float, s.mean())):.3f}, "
                    f"p10 {s.quantile(0.1):.3f}, min {float(cast(float, s.min())):.3f}, rows < 0.99: {int((s < 0.99).sum()):,}"
                )
    return "\n\n".join(parts)


def _hist_row(label: str, h: dict[str, Any] | None) -> list[Any] | None:
    if not h or not h.get("count"):
        return None
    q = [hist_quantile(h, x) for x in (0.1, 0.5, 0.9)]
    return [
        label,
        _n(h["count"]),
        f"{h['sum'] / h['count']:,.0f}",
        *(f"{v:,.0f}" if v is not None else "-" for v in q),
        _n(h["max"]),
    ]


def lengths_section(stats: dict[str, Any], result: ExportResult) -> str:
    parts = []
    lengths = stats.get("lengths") or {}
    rows = [r for r in (_hist_row(k, lengths.get(k)) for k in ("before", "after")) if r]
    if rows:
        parts.append("Completion length in characters (before the judges and filters, and kept):\n")
        parts.append(_table(["", "n", "mean", "p10", "p50", "p90", "max"], rows))
        after = lengths.get("after") or {}
        if after.get("count"):
            bins = [
                f"<{LENGTH_EDGES[i + 1]:,}"
                if i + 1 < len(LENGTH_EDGES)
                else f"≥{LENGTH_EDGES[i]:,}"
                for i in range(len(LENGTH_EDGES))
            ]
            parts.append(
                "\nKept, by bin: "
                + ", ".join(f"{b}: {n:,}" for b, n in zip(bins, after["bins"], strict=True) if n)
            )
    lr = result.length
    if lr is not None:
        limit = f"; {lr.over:,} over {lr.max_length:,} tokens" if lr.max_length else ""
        dropped = f", {lr.dropped:,} dropped" if lr.dropped else ""
        qs = ", ".join(f"{k} {v:,}" for k, v in lr.quantiles.items())
        parts.append(
            f"\nTokens with `{lr.tokenizer}` ({lr.what}, as rendered for training): {qs}, max {lr.max:,}{limit}{dropped}."
        )
    return "\n".join(parts)


def decontamination_section(stats: dict[str, Any]) -> str:
    found = []
    for key, val in stats.items():
        if "decontam" in key.lower() or "contamination" in key.lower():
            found.append(f"- `{key}`: `{json.dumps(val, sort_keys=True, default=str)[:2000]}`")
    for st in stats.get("stages") or []:
        codes = " ".join(st.get("reasons") or {})
        if "decontam" in str(st.get("name", "")).lower() or "contaminat" in codes:
            found.append(
                f"- stage `{st['name']}`: {st.get('rows_in', 0):,} in, {st.get('dropped', 0):,} dropped "
                f"({', '.join(f'{k} {v:,}' for k, v in (st.get('reasons') or {}).items()) or 'no matches'})"
            )
            extra = {
                k: v
                for k, v in st.items()
                if k
                not in (
                    "name",
                    "kind",
                    "rows_in",
                    "rows_out",
                    "dropped",
                    "reasons",
                    "examples",
                    "seconds",
                )
            }
            if extra:
                found.append(
                    f"  details: `{json.dumps(extra, sort_keys=True, default=str)[:2000]}`"
                )
    return (
        "\n".join(found)
        or "The run's statistics carry no decontamination result: this data was not checked against benchmarks."
    )


def render_card(source: RunSource, result: ExportResult, exporter: Exporter) -> str:
    from curate.card_meta import hub_front_matter, scrub_paths, source_license
    from curate.export._base import front_matter

    stats = dict(source.stats)
    m = source.manifest
    meta = hub_front_matter(source, result, exporter)
    name = exporter.dataset_name(source)
    unit = {"sample": "samples", "prompt": "prompts", "pair": "pairs", "row": "rows"}.get(
        result.unit, "rows"
    )
    skipped = ", ".join(f"{k} {v:,}" for k, v in result.skipped.most_common()) or "none"
    body = [
        f"# {name}",
        "",
        f"Exported by curate {__version__} on {time.strftime('%Y-%m-%d')} from the run `{source.root.name}` "
        f"(recipe `{source.name}`, fingerprint `{m.get('fingerprint', '?')}`, status `{m.get('status', '?')}`) "
        f"to the `{result.format}` format: {exporter.describe_format()}",
        "",
        *_partial_note(result),
        "## Use",
        "",
        exporter.usage(result.out, source),
        "",
        "## Contents",
        "",
        f"- {result.rows_out:,} {unit} (from {result.rows_in:,} {'pairs' if result.unit == 'pair' else 'kept rows'} of the run); "
        f"skipped by the export: {skipped}",
        f"- files: {', '.join(f'`{p.relative_to(result.out)}`' for p in result.files)}",
    ]
    if result.notes:
        body.append(f"- notes: `{json.dumps(result.notes, default=str)}`")
    lic, lic_from = source_license(source)
    body.append(f"- license: `{lic}` (from {lic_from})")
    langs = meta.get("language")
    body.append(f"- languages: {', '.join(langs) if langs else 'not detected'}")
    sections = [
        (
            "Recipe",
            "```yaml\n"
            + yaml.safe_dump(source.recipe, sort_keys=False, allow_unicode=True).strip()
            + "\n```"
            if source.recipe
            else "No recipe recorded.",
        ),
        ("Funnel", funnel_section(stats)),
        ("Drop reasons", drop_reasons_section(stats, result)),
        ("Judges", judges_section(source, stats)),
        ("Pass rates", prompts_section(stats)),
        ("Languages", languages_section(source.kept)),
        ("Lengths", lengths_section(stats, result)),
        ("Decontamination", decontamination_section(stats)),
        (
            "Validation",
            "\n".join(
                [*(f"- ✓ {c}" for c in result.checks), *(f"- ⚠ {w}" for w in result.warnings)]
            )
            or "Not validated.",
        ),
        ("Versions", ", ".join(f"{k} {v}" for k, v in (m.get("versions") or {}).items())),
    ]
    for title, text in sections:
        if text:
            body += ["", f"## {title}", "", text]
    text = front_matter(meta) + "\n".join(body) + "\n"
    return scrub_paths(text, result.out, source.root)


def _partial_note(result: ExportResult) -> list[str]:
    status = result.notes.get("partial")
    if not status:
        return []
    return [
        f"> **Partial export.** The run was not complete (status `{status}`) and was exported "
        "with `--allow-partial`: only the shards it had committed are here.",
        "",
    ]


def write_card(out: Path, source: RunSource, result: ExportResult, exporter: Exporter) -> Path:
    path = Path(out) / "README.md"
    path.write_text(render_card(source, result, exporter), encoding="utf-8")
    return path
