"""Internals of `curate.pairs`: candidate samples, the three pair sources, the statistics.

Public API and documentation: `curate.pairs` (this module is private and may change).
"""

from __future__ import annotations

import hashlib
import json
import math
from collections import Counter
from typing import TYPE_CHECKING, Any

import polars as pl

if TYPE_CHECKING:
    from curate.pairs.spec import PairsConfig

SCORE_EDGES = (-16.0, -8.0, -4.0, -2.0, -1.0, -0.5, 0.0, 0.5, 1.0, 2.0, 4.0, 8.0, 16.0)
"""Score histogram bin edges: bin 0 is below -16, the last is at or above 16."""


# --- candidates -----------------------------------------------------------------------------


def _order_key(seed: int, *parts: Any) -> str:
    h = hashlib.blake2b(digest_size=8)
    h.update(json.dumps([seed, *parts], default=str).encode())
    return h.hexdigest()


def candidates(rows: pl.DataFrame, cfg: PairsConfig) -> pl.DataFrame:
    """The samples that can be in a pair, with `_clean`, `_bad` and `_bad_reason` columns."""
    need = {"prompt_id", "id", "completion", "prompt"}
    missing = need - set(rows.columns)
    if missing:
        raise ValueError(f"pairs: rows lack the columns {sorted(missing)}")

    def col(name: str, dtype: Any) -> pl.Expr:
        return pl.col(name) if name in rows.columns else pl.lit(None, dtype).alias(name)

    df = rows.with_columns(
        col("dropped_by", pl.Utf8), col("reason", pl.Utf8), col("verdict", pl.Utf8)
    ).filter(
        pl.col("completion").is_not_null()
        & pl.col("prompt_id").is_not_null()
        & ~pl.col("dropped_by").fill_null("").is_in(cfg.exclude_stages)
    )
    dropped = pl.col("dropped_by").is_not_null() & ~pl.col("reason").fill_null("").is_in(
        cfg.neutral_reasons
    )
    incorrect = pl.col("verdict") == "incorrect"
    bad_inc = incorrect.fill_null(False) & pl.lit("incorrect" in cfg.rejected)
    bad_flt = dropped & pl.lit("filtered" in cfg.rejected)
    return df.with_row_index("_i").with_columns(
        (~dropped).alias("_clean"),
        (bad_inc | bad_flt).alias("_bad"),
        pl.when(incorrect.fill_null(False))
        .then(pl.lit("incorrect"))
        .when(dropped)
        .then(pl.col("reason").fill_null(pl.col("dropped_by")))
        .otherwise(None)
        .alias("_bad_reason"),
        pl.col("completion").str.len_chars().alias("_len"),
    )


class _Acc:
    """Collects pairs as row indices into the candidates frame."""

    def __init__(self) -> None:
        self.c: list[int] = []
        self.r: list[int] = []
        self.src: list[str] = []
        self.margin: list[float | None] = []
        self.why: list[str | None] = []
        self.skipped: Counter[str] = Counter()
        self.judge: Counter[str] = Counter()

    def add(self, c: int, r: int, src: str, margin: float | None, why: str | None) -> None:
        self.c.append(c)
        self.r.append(r)
        self.src.append(src)
        self.margin.append(margin)
        self.why.append(why)


def _diagonal(chosen: list[int], rejected: list[int]) -> list[tuple[int, int]]:
    """All (chosen, rejected) combinations, ordered so the first ones reuse samples least."""
    n = max(len(chosen), len(rejected))
    combos = [(i, j) for i in range(len(chosen)) for j in range(len(rejected))]
    combos.sort(key=lambda ij: ((ij[1] - ij[0]) % n, ij[0], ij[1]))
    return [(chosen[i], rejected[j]) for i, j in combos]


def _verdict_pairs(g: dict[str, list[Any]], cfg: PairsConfig, acc: _Acc, texts: list[str]) -> None:
    key = lambda k: _order_key(cfg.seed, "v", g["id"][k])  # noqa: E731
    n = len(g["_i"])
    good = sorted((k for k in range(n) if g["_clean"][k] and g["verdict"][k] == "correct"), key=key)
    bad = sorted((k for k in range(n) if g["_bad"][k]), key=key)
    if not good or not bad:
        acc.skipped["verdict_no_correct" if not good else "verdict_no_rejected"] += 1
        return
    made = 0
    for c, r in _diagonal(good, bad):
        if cfg.max_pairs_per_prompt is not None and made >= cfg.max_pairs_per_prompt:
            break
        if texts[g["_i"][c]] == texts[g["_i"][r]]:
            acc.skipped["verdict_identical"] += 1
            continue
        sc, sr = g["score"][c], g["score"][r]
        margin = sc - sr if sc is not None and sr is not None else None
        acc.add(g["_i"][c], g["_i"][r], "verdict", margin, g["_bad_reason"][r])
        made += 1


def _concise_pairs(g: dict[str, list[Any]], cfg: PairsConfig, acc: _Acc, texts: list[str]) -> None:
    """Shortest correct clean sample over the longest ones at least `min_length_ratio` longer."""
    n = len(g["_i"])
    good = [k for k in range(n) if g["_clean"][k] and g["verdict"][k] == "correct"]
    if len(good) < 2:
        acc.skipped["concise_too_few_correct"] += 1
        return
    length = [len(texts[g["_i"][k]]) for k in range(n)]
    good.sort(key=lambda k: (length[k], g["id"][k]))
    c = good[0]
    verbose = [
        k for k in reversed(good[1:]) if length[k] >= cfg.min_length_ratio * max(1, length[c])
    ]
    if not verbose:
        acc.skipped["concise_no_verbose"] += 1
        return
    for made, r in enumerate(verbose):
        if cfg.max_pairs_per_prompt is not None and made >= cfg.max_pairs_per_prompt:
            break
        acc.add(g["_i"][c], g["_i"][r], "concise", length[r] / max(1, length[c]), "verbose")


def _eligible(g: dict[str, list[Any]], k: int, cfg: PairsConfig) -> bool:
    return cfg.chosen == "any" or (g["_clean"][k] and g["verdict"][k] != "incorrect")


def _rm_pairs(g: dict[str, list[Any]], cfg: PairsConfig, acc: _Acc, texts: list[str]) -> None:
    n = len(g["_i"])
    scored = [k for k in range(n) if g["_rm"][k] is not None and math.isfinite(g["_rm"][k])]
    if len(scored) < 2:
        acc.skipped["rm_not_scored"] += 1
        return
    s = g["_rm"]
    elig = sorted((k for k in scored if _eligible(g, k, cfg)), key=lambda k: (-s[k], g["id"][k]))
    if not elig:
        acc.skipped["rm_no_eligible"] += 1
        return
    floor = cfg.min_margin
    if cfg.rm_mode == "best_worst":
        c = elig[0]
        r = min((k for k in scored if k != c), key=lambda k: (s[k], g["id"][k]))
        options = [(c, r)]
    else:
        options = sorted(
            ((c, r) for c in elig for r in scored if r != c),
            key=lambda cr: (-(s[cr[0]] - s[cr[1]]), g["id"][cr[0]], g["id"][cr[1]]),
        )
    made = 0
    for c, r in options:
        margin = s[c] - s[r]
        if margin <= 0 or margin < floor:
            break
        if cfg.max_pairs_per_prompt is not None and made >= cfg.max_pairs_per_prompt:
            break
        if texts[g["_i"][c]] == texts[g["_i"][r]]:
            acc.skipped["rm_identical"] += 1
            continue
        acc.add(g["_i"][c], g["_i"][r], "rm", margin, g["_bad_reason"][r] or "lower_score")
        made += 1
    best = s[options[0][0]] - s[options[0][1]]
    if made == 0 and (best <= 0 or best < floor):
        acc.skipped["rm_below_margin"] += 1


def _judge_plan(g: dict[str, list[Any]], cfg: PairsConfig) -> list[tuple[int, int]]:
    """Unordered comparisons (a, b) of one prompt, at least one side eligible as chosen."""
    n = len(g["_i"])
    combos = [
        (a, b)
        for a in range(n)
        for b in range(a + 1, n)
        if _eligible(g, a, cfg) or _eligible(g, b, cfg)
    ]
    combos.sort(key=lambda ab: _order_key(cfg.seed, "j", g["id"][ab[0]], g["id"][ab[1]]))
    cap = (cfg.judge.max_comparisons if cfg.judge else None) or cfg.max_pairs_per_prompt
    return combos[:cap] if cap is not None else combos


def _judge_text(text: str, part: str) -> str:
    from curate.text import response_part

    out = response_part(text, "summary") if part == "summary" else text
    return out if out else text


def _judge_pairs(
    groups: list[dict[str, list[Any]]],
    cfg: PairsConfig,
    acc: _Acc,
    texts: list[str],
    prompts: list[Any],
    judge_fn: Any,
) -> None:
    from curate.pairs.pairwise import compare_many

    part = cfg.judge.response if cfg.judge else "summary"
    plan: list[tuple[dict[str, list[Any]], int, int]] = []
    for g in groups:
        comps = _judge_plan(g, cfg)
        if not comps:
            acc.skipped["judge_too_few_samples"] += 1
        plan.extend((g, a, b) for a, b in comps)
    items: list[tuple[Any, str, str]] = []
    for g, a, b in plan:
        ia, ib = g["_i"][a], g["_i"][b]
        ta, tb = _judge_text(texts[ia], part), _judge_text(texts[ib], part)
        items.append((prompts[ia], ta, tb))  # a first
        items.append((prompts[ia], tb, ta))  # b first
    verdicts = compare_many(judge_fn, items) if items else []
    for k, (g, a, b) in enumerate(plan):
        v1, v2 = verdicts[2 * k], verdicts[2 * k + 1]
        acc.judge["comparisons"] += 1
        acc.judge["calls"] += 2
        if v1 is None or v2 is None:
            acc.judge["failed"] += 1
            acc.skipped["judge_failed"] += 1
            continue
        w1 = {"A": a, "B": b}.get(v1)  # order 1: A = a
        w2 = {"A": b, "B": a}.get(v2)  # order 2: A = b
        if v1 == "tie" and v2 == "tie":
            acc.judge["tie"] += 1
            acc.skipped["judge_tie"] += 1
            continue
        if w1 is None or w2 is None or w1 != w2:
            acc.judge["disagree"] += 1
            acc.skipped["judge_disagree"] += 1
            if v1 == v2 == "A":
                acc.judge["position_first"] += 1
            elif v1 == v2 == "B":
                acc.judge["position_second"] += 1
            continue
        acc.judge["consistent"] += 1
        loser = b if w1 == a else a
        if not _eligible(g, w1, cfg):
            acc.skipped["judge_ineligible_winner"] += 1
            continue
        if texts[g["_i"][w1]] == texts[g["_i"][loser]]:
            acc.skipped["judge_identical"] += 1
            continue
        acc.add(g["_i"][w1], g["_i"][loser], "judge", 1.0, g["_bad_reason"][loser] or "judge_loser")


# --- statistics -----------------------------------------------------------------------------


def score_bins(values: list[float]) -> list[int]:
    """Counts of `values` in the SCORE_EDGES bins (len(SCORE_EDGES) + 1 bins)."""
    import bisect

    bins = [0] * (len(SCORE_EDGES) + 1)
    for v in values:
        bins[bisect.bisect_right(SCORE_EDGES, v)] += 1
    return bins


def _sign(x: float) -> int:
    return (x > 0) - (x < 0)


def pair_stats(pairs: pl.DataFrame, cand: pl.DataFrame, acc: _Acc, prompts: int) -> dict[str, Any]:
    """Additive statistics of one shard's pairs (merged over shards by addition)."""
    length: dict[str, Counter[str]] = {}
    agree: dict[str, Counter[str]] = {}
    for row in pairs.select(
        "source",
        "chosen_len",
        "rejected_len",
        "chosen_score",
        "rejected_score",
        "chosen_verdict",
        "rejected_verdict",
    ).iter_rows(named=True):
        src = row["source"]
        d = row["chosen_len"] - row["rejected_len"]
        length.setdefault(src, Counter())[
            "chosen_longer" if d > 0 else ("rejected_longer" if d < 0 else "equal")
        ] += 1
        cv, rv = row["chosen_verdict"], row["rejected_verdict"]
        rule = None
        if {cv, rv} == {"correct", "incorrect"}:
            rule = 1 if cv == "correct" else -1
        cs, rs = row["chosen_score"], row["rejected_score"]
        rm = _sign(cs - rs) if cs is not None and rs is not None else None
        judge = 1 if src == "judge" else None
        for name, x, y in (
            ("rule_vs_rm", rule, rm),
            ("judge_vs_rm", judge, rm),
            ("judge_vs_rule", judge, rule),
        ):
            if x is not None and y is not None:
                agree.setdefault(name, Counter())[
                    "tie" if y == 0 else ("agree" if x == y else "disagree")
                ] += 1
    out: dict[str, Any] = {
        "pairs": pairs.height,
        "by_source": dict(Counter(pairs["source"].to_list())),
        "prompts": prompts,
        "prompts_with_pairs": pairs["prompt_id"].n_unique() if pairs.height else 0,
        "length": {k: dict(v) for k, v in length.items()},
        "agreement": {k: dict(v) for k, v in agree.items()},
        "skipped": dict(acc.skipped),
    }
    if acc.judge:
        out["judge"] = dict(acc.judge)
    scored = cand.filter(pl.col("_rm").is_not_null() & pl.col("_rm").is_finite())
    if scored.height:
        dom = (
            scored["domain"].cast(pl.Utf8).fill_null("(none)")
            if "domain" in scored.columns
            else pl.Series(["(none)"] * scored.height)
        )
        scored = scored.with_columns(dom.alias("_dom"))
        hist: dict[str, Any] = {}
        for (d,), part in scored.group_by("_dom", maintain_order=True):
            vals = part["_rm"].to_list()
            v = part["verdict"].to_list()
            hist[str(d)] = {
                "count": len(vals),
                "sum": float(sum(vals)),
                "bins": score_bins(vals),
                "bins_correct": score_bins(
                    [x for x, y in zip(vals, v, strict=True) if y == "correct"]
                ),
                "bins_incorrect": score_bins(
                    [x for x, y in zip(vals, v, strict=True) if y == "incorrect"]
                ),
            }
        out["scores"] = hist
    return out


def ratios(stats: dict[str, Any]) -> dict[str, float | None]:
    """Headline rates of (merged) pair stats: length bias, agreements, position bias."""
    out: dict[str, float | None] = {}
    lengths = Counter[str]()
    for c in (stats.get("length") or {}).values():
        lengths.update(c)
    n = sum(lengths.values())
    out["chosen_longer"] = lengths["chosen_longer"] / n if n else None
    for name, c in (stats.get("agreement") or {}).items():
        total = sum(c.values())
        out[name] = c.get("agree", 0) / total if total else None
    j = stats.get("judge") or {}
    judged = j.get("comparisons", 0) - j.get("failed", 0)
    if j:
        biased = j.get("position_first", 0) + j.get("position_second", 0)
        out["position_bias"] = biased / judged if judged else None
        out["judge_consistent"] = j.get("consistent", 0) / judged if judged else None
    return out
