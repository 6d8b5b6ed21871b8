"""How many rows a mix takes from each input, and the `mix` section of `curate stats`."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.table import Table

    from curate.mix.spec import MixConfig


def quota_targets(
    cfg: MixConfig, available: list[int]
) -> tuple[list[int | None], list[int], list[str]]:
    """(requested rows per input — None: all —, rows to take, warnings).

    `count`: that many. `ratio` with `total`: ratio × total, rounded by largest remainder so
    the ratio inputs add up to round(sum(ratios) × total). `ratio` without `total`: the largest
    mix in those proportions that every ratio input can supply. Neither: every row. An input
    with fewer rows than requested gives all it has, with a warning (the others are not cut).
    """
    requested: list[int | None] = [None] * len(cfg.inputs)
    ratio_idx = [i for i, inp in enumerate(cfg.inputs) if inp.ratio is not None]
    for i, inp in enumerate(cfg.inputs):
        if inp.count is not None:
            requested[i] = inp.count
    if ratio_idx:
        ratios = {i: float(cfg.inputs[i].ratio or 0) for i in ratio_idx}
        if cfg.total is not None:
            exact = {i: r * cfg.total for i, r in ratios.items()}
            base = {i: math.floor(x + 1e-9) for i, x in exact.items()}
            extra = round(sum(exact.values())) - sum(base.values())
            by_frac = sorted(ratio_idx, key=lambda i: (-(exact[i] - base[i]), i))
            for i in by_frac[: max(0, extra)]:
                base[i] += 1
        else:
            largest = min(available[i] / r for i, r in ratios.items())
            base = {i: math.floor(r * largest + 1e-9) for i, r in ratios.items()}
        for i in ratio_idx:
            requested[i] = base[i]
    take: list[int] = []
    warnings: list[str] = []
    for i, (req, avail) in enumerate(zip(requested, available, strict=True)):
        if req is None:
            take.append(avail)
        elif req > avail:
            take.append(avail)
            warnings.append(
                f"input {cfg.inputs[i].label!r}: asked for {req:,} rows, only {avail:,} left "
                f"after filters, decontamination and dedup; took all {avail:,}"
            )
        else:
            take.append(req)
    return requested, take, warnings


def mix_table(stats: dict[str, Any]) -> Table | None:
    """Per input: rows read, after each stage, requested, taken; then dedup and
    decontamination summaries and warnings (as the table's caption)."""
    mix = stats.get("mix")
    if not mix:
        return None
    from rich.table import Table

    t = Table(title="mix inputs", title_justify="left")
    cols = ("input", "read", "filtered", "decontam.", "deduped", "requested", "taken")
    for c in cols:
        t.add_column(c, justify="left" if c == "input" else "right")
    for inp in mix.get("inputs", []):
        req = inp.get("requested")
        t.add_row(
            inp["name"],
            f"{inp['rows']:,}",
            f"{inp['after_filters']:,}",
            f"{inp['after_decontaminate']:,}",
            f"{inp['after_dedup']:,}",
            "all" if req is None else f"{req:,}",
            f"{inp['taken']:,}",
        )
    notes = []
    dd = mix.get("dedup", {})
    if dd.get("exact"):
        e = dd["exact"]
        notes.append(f"exact dedup: {e['prompts']:,} prompts, {e['rows']:,} rows")
    if dd.get("near"):
        n = dd["near"]
        notes.append(
            f"near dedup (J ≥ {n['threshold']}): {n['prompts']:,} prompts, {n['rows']:,} rows "
            f"({n['candidates']:,} LSH candidates, {n['checks']:,} checks)"
        )
    dc = mix.get("decontamination")
    if dc:
        per = ", ".join(
            f"{name} {b['hits']:,} prompts / {b['rows']:,} rows / {b['items_hit']:,} items"
            for name, b in dc.get("benchmarks", {}).items()
        )
        notes.append(f"decontamination (n={dc['n']}): {per or 'no hits'} → {dc['report']}")
    notes.extend(f"warning: {w}" for w in mix.get("warnings", []))
    t.caption = "\n".join(notes)
    t.caption_justify = "left"
    return t
