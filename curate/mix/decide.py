"""The decisions of a mix over all inputs' rows: decontaminate, exact and near dedup, quotas.

Each step marks rows still live (`stage` null) as dropped by it, with a reason and details
(`duplicate_of`: the id of the kept row or prompt's first row; `similarity`; `contamination`:
benchmark:item; `contamination_match`: the shared text). See `curate.mix`.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import polars as pl

from curate.mix import minhash as _minhash
from curate.mix.plan import quota_targets
from curate.mix.rebalance import rebalance
from curate.ngrams import load_index, text_of, token_lists

if TYPE_CHECKING:
    from curate.mix.spec import MixConfig
    from curate.recipe import Recipe
    from curate.store import RunStore

REPORT = "decontamination.jsonl"


def read_frame(path: Path, columns: list[str] | None = None) -> pl.DataFrame:
    if path.suffix == ".jsonl":
        if path.stat().st_size == 0:  # an empty shard of a jsonl run: polars cannot read it
            return pl.DataFrame()
        df = pl.read_ndjson(path, infer_schema_length=None)
        return df.select(columns) if columns else df
    return pl.read_parquet(path, columns=columns)


class Decisions:
    """Mixed into the mix job: needs `cfg`, `recipe`, `store`, `labels`, `parts` (each with
    `rows_path`), `summary` and `seconds`."""

    cfg: MixConfig
    recipe: Recipe
    store: RunStore
    labels: list[str]
    parts: list[Any]
    summary: dict[str, Any]
    seconds: dict[str, float]

    # --- decisions ------------------------------------------------------------------------
    def decide(self, rows: pl.DataFrame, units: pl.DataFrame) -> pl.DataFrame:
        """Per row: `stage` (null: kept), `reason` and the detail columns."""
        units = units.unique(["inp", "prompt_id"], keep="first", maintain_order=True)
        units = units.with_row_index("unit")
        rows = rows.join(
            units.select("inp", "prompt_id", "unit"),
            on=["inp", "prompt_id"],
            how="left",
            maintain_order="left",
        ).with_columns(
            pl.lit(None, pl.Utf8).alias("stage"),
            pl.lit(None, pl.Utf8).alias("reason"),
            pl.lit(None, pl.Utf8).alias("duplicate_of"),
            pl.lit(None, pl.Float64).alias("similarity"),
            pl.lit(None, pl.Utf8).alias("contamination"),
            pl.lit(None, pl.Utf8).alias("contamination_match"),
        )
        self.summary["after_filters"] = self._per_input(rows)
        rows = self._decontaminate(rows, units)
        self.summary["after_decontaminate"] = self._per_input(rows)
        if self.cfg.dedup.exact:
            rows = self._exact(rows, units)
        if self.cfg.dedup.near is not None:
            rows = self._near(rows, units)
        self.summary["after_dedup"] = self._per_input(rows)
        rows = self._quota(rows)
        if self.cfg.balance is not None or self.cfg.token_budget is not None:
            t0 = time.perf_counter()
            rows, self.summary["balance"] = rebalance(rows, units, self.cfg, self._drop)
            self.seconds["mix_balance"] += time.perf_counter() - t0
        return rows

    def _per_input(self, rows: pl.DataFrame) -> list[int]:
        live = rows.filter(pl.col("stage").is_null()).group_by("inp").len()
        have = dict(zip(live["inp"].to_list(), live["len"].to_list(), strict=True))
        return [int(have.get(i, 0)) for i in range(len(self.labels))]

    @staticmethod
    def _drop(
        rows: pl.DataFrame, mask: pl.Expr, stage: str, reason: str, **detail: pl.Expr
    ) -> pl.DataFrame:
        """Mark rows still live where `mask` holds as dropped by `stage`."""
        hit = pl.col("stage").is_null() & mask.fill_null(False)
        cols = [
            pl.when(hit).then(pl.lit(stage)).otherwise(pl.col("stage")).alias("stage"),
            pl.when(hit).then(pl.lit(reason)).otherwise(pl.col("reason")).alias("reason"),
        ]
        cols += [pl.when(hit).then(e).otherwise(pl.col(k)).alias(k) for k, e in detail.items()]
        return rows.with_columns(cols)

    def _decontaminate(self, rows: pl.DataFrame, units: pl.DataFrame) -> pl.DataFrame:
        t0 = time.perf_counter()
        if "hit" in units.columns:
            hits = units.filter(pl.col("hit").is_not_null())
            dec = [json.loads(h) for h in hits["hit"].to_list()]
            lab = pl.DataFrame(
                {
                    "unit": hits["unit"],
                    "u_label": [f"{d['benchmark']}:{d['item_id']}" for d in dec],
                    "u_match": [d["matched"] for d in dec],
                },
                schema={"unit": pl.UInt32, "u_label": pl.Utf8, "u_match": pl.Utf8},
            )
            rows = rows.join(lab, on="unit", how="left", maintain_order="left")
            rows = self._drop(
                rows,
                pl.col("u_label").is_not_null(),
                "decontaminate",
                "contaminated",
                contamination=pl.col("u_label"),
                contamination_match=pl.col("u_match"),
            ).drop("u_label", "u_match")
        if "c_label" in rows.columns:
            rows = self._drop(
                rows,
                pl.col("c_label").is_not_null(),
                "decontaminate",
                "contaminated",
                contamination=pl.col("c_label"),
                contamination_match=pl.col("c_match"),
            ).drop("c_label", "c_match")
        self.seconds["decontaminate"] += time.perf_counter() - t0
        self._report(rows, units)
        return rows

    def _report(self, rows: pl.DataFrame, units: pl.DataFrame) -> None:
        """RUN/decontamination.jsonl: one line per contaminated prompt (or completion)."""
        dec = self.cfg.decontaminate
        lines: list[str] = []
        per: dict[str, dict[str, Any]] = {}
        dropped = rows.filter(pl.col("stage") == "decontaminate")
        n_rows = dict(dropped.group_by("unit").len().iter_rows())
        if "hit" in units.columns:
            for u in units.filter(pl.col("hit").is_not_null()).iter_rows(named=True):
                h = json.loads(u["hit"])
                b = per.setdefault(h["benchmark"], {"hits": 0, "rows": 0, "items": set()})
                b["hits"] += 1
                b["rows"] += n_rows.get(u["unit"], 0)
                b["items"].add(h["item_id"])
                lines.append(
                    json.dumps(
                        {
                            "input": self.labels[u["inp"]],
                            "scope": "prompt",
                            "id": u["id"],
                            "prompt_id": u["prompt_id"],
                            "rows": n_rows.get(u["unit"], 0),
                            **{k: h[k] for k in ("benchmark", "item_id", "kind", "n_matched")},
                            "matched": h["matched"],
                            "text": (u["text"] or "")[:2000],
                            "item_text": h["item_text"][:2000],
                        },
                        ensure_ascii=False,
                    )
                )
        comp = dropped.filter(pl.col("contamination").is_not_null())
        if "hit" in units.columns:
            hit_units = units.filter(pl.col("hit").is_not_null())["unit"]
            comp = comp.filter(~pl.col("unit").is_in(hit_units.implode()))
        for r in comp.iter_rows(named=True):
            bench, _, item = r["contamination"].partition(":")
            b = per.setdefault(bench, {"hits": 0, "rows": 0, "items": set()})
            b["hits"] += 1
            b["rows"] += 1
            b["items"].add(item)
            lines.append(
                json.dumps(
                    {
                        "input": self.labels[r["inp"]],
                        "scope": "completion",
                        "id": r["id"],
                        "prompt_id": r["prompt_id"],
                        "rows": 1,
                        "benchmark": bench,
                        "item_id": item,
                        "matched": r["contamination_match"],
                    },
                    ensure_ascii=False,
                )
            )
        if dec is None:
            return
        path = self.store.root / REPORT
        tmp = path.with_name(f".{path.name}.tmp")
        tmp.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
        tmp.replace(path)
        index = load_index(dec, self.recipe.base_dir)
        self.summary["decontamination"] = {
            "n": dec.n,
            "scope": dec.scope,
            "benchmark_items": len(index),
            "report": REPORT,
            "benchmarks": {
                k: {"hits": v["hits"], "rows": v["rows"], "items_hit": len(v["items"])}
                for k, v in sorted(per.items())
            },
        }

    def _exact(self, rows: pl.DataFrame, units: pl.DataFrame) -> pl.DataFrame:
        t0 = time.perf_counter()
        live = rows.filter(pl.col("stage").is_null())["unit"].unique()
        u = units.filter(pl.col("unit").is_in(live.implode())).sort("unit")
        u = u.with_columns(pl.col("unit").min().over("k1", "k2").alias("keeper"))
        dups = u.filter(pl.col("unit") != pl.col("keeper")).join(
            units.select(pl.col("unit").alias("keeper"), pl.col("id").alias("dup_of")),
            on="keeper",
        )
        rows = rows.join(
            dups.select("unit", "dup_of"), on="unit", how="left", maintain_order="left"
        )
        rows = self._drop(
            rows,
            pl.col("dup_of").is_not_null(),
            "dedup_exact",
            "duplicate_prompt",
            duplicate_of=pl.col("dup_of"),
        ).drop("dup_of")
        prompts = dups.height
        # rows repeating an earlier live row of the same prompt exactly (same completion)
        order = ["g", "r"]
        live_rows = pl.col("stage").is_null()
        rows = rows.with_row_index("_row").with_columns(
            pl.when(live_rows)
            .then(pl.col("_row").first().over("unit", "comp_hash", order_by=order))
            .alias("_first_row"),
            pl.when(live_rows)
            .then(pl.col("id").first().over("unit", "comp_hash", order_by=order))
            .alias("_first_id"),
        )
        rows = self._drop(
            rows,
            pl.col("_first_row") != pl.col("_row"),
            "dedup_exact",
            "duplicate_row",
            duplicate_of=pl.col("_first_id"),
        ).drop("_row", "_first_row", "_first_id")
        n = int((rows["stage"] == "dedup_exact").sum())
        self.summary.setdefault("dedup", {})["exact"] = {"prompts": prompts, "rows": n}
        self.seconds["dedup_exact"] += time.perf_counter() - t0
        return rows

    def _near(self, rows: pl.DataFrame, units: pl.DataFrame) -> pl.DataFrame:
        import numpy as np

        near = self.cfg.dedup.near
        assert near is not None
        t0 = time.perf_counter()
        live = rows.filter(pl.col("stage").is_null())["unit"].unique().sort()
        u = (
            units.filter(pl.col("unit").is_in(live.implode()))
            .sort("unit")
            .with_row_index("pos")
            .select("pos", "unit", "g", "r", "id")
        )
        bands = np.zeros((u.height, near.bands), dtype=np.uint64)
        has = np.zeros(u.height, dtype=bool)
        for (g,), sub in u.group_by("g", maintain_order=True):
            prompts = read_frame(self.parts[int(g)].rows_path, ["prompt"])
            toks = token_lists(text_of(prompts[sub["r"].to_list()], "prompt"))
            bh, ok = _minhash.band_hashes(
                toks, near.ngram, near.num_perm, near.bands, self.cfg.seed
            )
            pos = sub["pos"].to_numpy()
            bands[pos], has[pos] = bh, ok
        keep_idx = np.flatnonzero(has)
        groups = [keep_idx[g] for g in _minhash.buckets(bands[keep_idx])]
        del bands

        def sets_of(cands: list[int]) -> dict[int, np.ndarray]:
            want = u.filter(pl.col("pos").is_in(cands))
            found: dict[int, np.ndarray] = {}
            for (g,), sub in want.group_by("g", maintain_order=True):
                prompts = read_frame(self.parts[int(g)].rows_path, ["prompt"])
                toks = token_lists(text_of(prompts[sub["r"].to_list()], "prompt"))
                sets = _minhash.shingle_sets(toks, near.ngram)
                found.update(zip(sub["pos"].to_list(), sets, strict=True))
            return found

        dropped, counters = _minhash.near_duplicates(groups, sets_of, near.threshold)
        ids = u["id"].to_list()
        units_ = u["unit"].to_list()
        d = pl.DataFrame(
            {
                "unit": [units_[p] for p in dropped],
                "dup_of": [ids[k] for k, _ in dropped.values()],
                "sim": [round(s, 4) for _, s in dropped.values()],
            },
            schema={"unit": pl.UInt32, "dup_of": pl.Utf8, "sim": pl.Float64},
        )
        rows = rows.join(d, on="unit", how="left", maintain_order="left")
        rows = self._drop(
            rows,
            pl.col("dup_of").is_not_null(),
            "dedup_near",
            "near_duplicate",
            duplicate_of=pl.col("dup_of"),
            similarity=pl.col("sim"),
        ).drop("dup_of", "sim")
        n = int((rows["stage"] == "dedup_near").sum())
        self.summary.setdefault("dedup", {})["near"] = {
            "prompts": len(dropped),
            "rows": n,
            "threshold": near.threshold,
            **counters,
        }
        self.seconds["dedup_near"] += time.perf_counter() - t0
        return rows

    def _quota(self, rows: pl.DataFrame) -> pl.DataFrame:
        t0 = time.perf_counter()
        available = self.summary["after_dedup"]
        requested, take, warnings = quota_targets(self.cfg, available)
        live = rows.filter(pl.col("stage").is_null()).select("g", "r", "inp", "draw", "id")
        ranked = live.sort("draw", "id").with_columns(
            pl.int_range(pl.len()).over("inp").alias("_rank")
        )
        limits = pl.DataFrame(
            {"inp": list(range(len(take))), "_take": take},
            schema={"inp": pl.UInt16, "_take": pl.Int64},
        )
        over = ranked.join(limits, on="inp").filter(pl.col("_rank") >= pl.col("_take"))
        rows = rows.join(
            over.select("g", "r", pl.lit(True).alias("_over")),
            on=["g", "r"],
            how="left",
            maintain_order="left",
        )
        rows = self._drop(rows, pl.col("_over"), "mix_quota", "over_quota").drop("_over")
        self.summary["quota"] = {"requested": requested, "taken": take, "warnings": warnings}
        self.seconds["mix_quota"] += time.perf_counter() - t0
        return rows
