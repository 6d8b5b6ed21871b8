"""`dedup`: exact duplicates (after normalisation) within a shard.

- `responses`: among the samples of one prompt (`prompt_id`), a completion identical to an
  earlier one (lowest `sample_index`, then row order) is dropped (`duplicate_response`);
  `duplicate_of` holds the `id` of the sample that is kept.
- `prompts`: several prompt ids with the same normalised prompt text (the same question with a
  different reference, or differing only in whitespace/case) keep only the first prompt id
  seen, with all its samples; the others are dropped (`duplicate_prompt`) and
  `duplicate_prompt_of` holds the kept `prompt_id`.

Normalisation: whitespace runs collapse to one space and the ends are trimmed; optionally case
and Unicode compatibility forms (NFKC). Chat prompts compare as their `role: content` lines.

Scope: one shard. A shard holds whole prompts, so response dedup is exact; prompt dedup sees
only the prompts of this shard. Dedup across shards (and across datasets) is not a filter's
job: the `mix` stage deduplicates globally.
"""

from __future__ import annotations

from typing import ClassVar, Literal

import polars as pl
from curate.filters._text import on_rows, prompt_last_text_expr
from curate.filters.base import Filter, register

from curate.plugin import Params

_SIG = 128  # non-space characters of each end in the cheap signature
_SIG_WINDOW = 512  # raw characters read at each end to find them


class DedupParams(Params):
    scope: Literal["responses", "prompts", "both"] = "both"
    """What to deduplicate: identical responses to one prompt, repeated prompts, or both
    (a repeated sample teaches nothing and a repeated prompt over-weights one problem)."""
    ignore_case: bool = False
    """Compare case-insensitively. Off: case can matter (variable names, units)."""
    nfkc: bool = False
    """Apply Unicode NFKC normalisation (full-width forms, ligatures) before comparing."""


def _normalise(e: pl.Expr, p: DedupParams) -> pl.Expr:
    e = e.fill_null("")
    if p.nfkc:
        e = e.str.normalize("NFKC")
    e = e.str.replace_all(r"\s+", " ").str.strip_chars()
    return e.str.to_lowercase() if p.ignore_case else e


def _prompt_text(schema: pl.Schema) -> pl.Expr | None:
    dt = schema.get("prompt")
    if dt is None:
        return None
    if dt in (pl.Utf8, pl.Null):
        return pl.col("prompt").cast(pl.Utf8)
    if isinstance(dt, pl.List) and isinstance(dt.inner, pl.Struct):
        names = {f.name for f in dt.inner.fields}
        if {"role", "content"} <= names:
            line = pl.concat_str(
                [pl.element().struct.field("role"), pl.element().struct.field("content")],
                separator=": ",
                ignore_nulls=True,
            )
            return pl.col("prompt").list.eval(line).list.join("\n")
    return prompt_last_text_expr(schema)


@register("dedup")
class DedupFilter(Filter[DedupParams]):
    """Drop exact duplicate responses per prompt and repeated prompts (reasons: duplicate_prompt, duplicate_response)."""

    Params: ClassVar[type[DedupParams]] = DedupParams
    measures: ClassVar[tuple[str, ...]] = ("duplicate_of", "duplicate_prompt_of")

    def _completion_key(self, work: pl.DataFrame) -> pl.Series:
        """Normalised completion, computed only for rows that may have a duplicate.

        A whitespace-free signature (the first and last 128 non-space characters, read from
        the first and last 512) is equal for any two completions that normalise equal; only
        rows sharing a signature within their prompt (or too short/whitespace-heavy to sign)
        pay for the full normalisation. The others get a unique key (their row number).
        """
        p = self.params
        raw = pl.col("_raw").fill_null("")
        if p.nfkc:
            raw = raw.str.normalize("NFKC")
        if p.ignore_case:
            raw = raw.str.to_lowercase()
        ends = work.select(
            "_pid",
            raw.str.head(_SIG_WINDOW).str.replace_all(r"\s+", "").alias("h"),
            raw.str.tail(_SIG_WINDOW).str.replace_all(r"\s+", "").alias("t"),
        )  # each end once: an expression used twice in one select is evaluated twice
        head, tail = pl.col("h"), pl.col("t")
        sig = ends.select(
            "_pid",
            pl.concat_str([head.str.head(_SIG), tail.str.tail(_SIG)], separator="\x00").alias("s"),
            ((head.str.len_chars() < _SIG) | (tail.str.len_chars() < _SIG)).alias("short"),
        )
        candidate = sig.select((pl.len().over(["_pid", "s"]) > 1) | pl.col("short")).to_series()
        full = on_rows(work, candidate, _normalise(pl.col("_raw"), p), None, pl.Utf8)
        unique = work["_i"].cast(pl.Utf8)
        return pl.select(
            pl.when(pl.lit(candidate))
            .then(pl.lit("=") + pl.lit(full))
            .otherwise(pl.lit("#") + pl.lit(unique))
        ).to_series()

    def verdicts(self, batch: pl.DataFrame) -> pl.DataFrame:
        p = self.params
        n = batch.height
        pid = pl.col("prompt_id").cast(pl.Utf8) if "prompt_id" in batch.columns else None
        order = pl.col("sample_index") if "sample_index" in batch.columns else pl.lit(0)
        cols = [pl.int_range(pl.len(), dtype=pl.UInt32).alias("_i"), order.alias("_order")]
        ptext = _prompt_text(batch.schema)
        if ptext is not None:
            cols.append(_normalise(ptext, p).alias("_p"))
        if pid is not None:
            cols.append(pid.alias("_pid"))
        elif ptext is not None:  # no prompt ids: the normalised prompt text is the prompt
            cols.append(_normalise(ptext, p).alias("_pid"))
        else:
            cols.append(pl.lit("").alias("_pid"))
        if "completion" in batch.columns:
            cols.append(pl.col("completion").cast(pl.Utf8).alias("_raw"))
        cols.append(
            (pl.col("id").cast(pl.Utf8) if "id" in batch.columns else pl.lit(None, pl.Utf8)).alias(
                "_id"
            )
        )
        work = batch.select(cols)
        dup_prompt = pl.Series([False] * n)
        dup_resp = pl.Series([False] * n)
        out: dict[str, pl.Series] = {}
        if p.scope in ("prompts", "both") and "_p" in work.columns:
            # the first prompt id (in row order) seen with each normalised prompt text
            first_pid = work.select(pl.col("_pid").first().over("_p")).to_series()
            dup_prompt = (first_pid != work["_pid"]).fill_null(False)
            out["duplicate_prompt_of"] = first_pid.zip_with(
                dup_prompt, pl.Series([None] * n, dtype=pl.Utf8)
            )
        if p.scope in ("responses", "both") and "_raw" in work.columns:
            keyed = work.select(
                "_i", "_order", "_pid", "_id", self._completion_key(work).alias("_c")
            )
            group = ["_pid", "_c"]
            firsts = (
                keyed.sort(["_order", "_i"], nulls_last=True)
                .select(
                    "_i",
                    pl.col("_id").first().over(group).alias("fid"),
                    pl.col("_i").first().over(group).alias("fi"),
                )
                .sort("_i")
            )
            dup_resp = firsts["fi"] != firsts["_i"]
            out["duplicate_of"] = firsts["fid"].zip_with(
                dup_resp, pl.Series([None] * n, dtype=pl.Utf8)
            )
        frame = pl.DataFrame({"dp": dup_prompt, "dr": dup_resp})
        reason = frame.select(
            pl.when(pl.col("dp"))
            .then(pl.lit("duplicate_prompt"))
            .when(pl.col("dr"))
            .then(pl.lit("duplicate_response"))
            .otherwise(None)
            .alias("reason")
        )
        return reason.with_columns(
            pl.col("reason").is_null().alias("keep"), *[v.alias(k) for k, v in out.items()]
        )
