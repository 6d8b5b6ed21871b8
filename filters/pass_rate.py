"""`pass_rate`: keep prompts whose pass rate in a rejection-sampling ledger lies in [low, high].

The ledger is another run's directory (a run with judges): per prompt, `n_samples` counts its
judged samples (verdict correct, incorrect or unknown) over ALL its rows, kept and rejected, and
`n_correct` those judged correct; `pass_rate = n_correct / n_samples`. Rows quarantined before
judging (unreadable source rows, generation errors) carry no verdict and are not counted. A
ledger file (.parquet/.jsonl/.csv with `prompt_id` — or `prompt` — and `n_samples`,
`n_correct`, or `pass_rate`) works too. Ledgers are computed once per process (cached by the
run's committed shard markers or the file's size and mtime).

Used to build GRPO prompt sets: prompts a policy always solves (too easy) or never solves (too
hard) give zero advantage, so `low: 0.01, high: 0.99` keeps only the informative ones.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Annotated, ClassVar, Literal

import polars as pl
from curate.filters.base import Filter, register
from pydantic import Field, model_validator

from curate.errors import SourceError
from curate.ngrams import normalize, resolve, text_of
from curate.plugin import Params

KEY = "_ledger_key"


class PassRateParams(Params):
    ledger: str
    """A judged run's directory, or a ledger file (.parquet/.jsonl/.csv); relative paths resolve
    against the recipe's folder."""
    low: Annotated[float, Field(ge=0, le=1)] = 0.0
    """Lowest pass rate kept (inclusive); below it the reason is `too_hard`."""
    high: Annotated[float, Field(ge=0, le=1)] = 1.0
    """Highest pass rate kept (inclusive); above it the reason is `too_easy`."""
    missing: Literal["keep", "drop"] = "drop"
    """Prompts the ledger does not know (or never judged): drop (`not_in_ledger`) or keep."""
    domains: dict[
        str, tuple[Annotated[float, Field(ge=0, le=1)], Annotated[float, Field(ge=0, le=1)]]
    ] = Field(default_factory=dict)
    """Bands per `domain` value as [low, high], e.g. {code: [0.0, 0.5]}; other rows use
    low/high (pass rates differ by domain: code tests are stricter than math answers)."""
    match: Literal["prompt_id", "prompt"] = "prompt_id"
    """Find a row's ledger entry by `prompt_id` (the hash of prompt and reference: both runs
    must map the same columns) or by the normalised prompt text (references may differ)."""

    @model_validator(mode="after")
    def _order(self) -> PassRateParams:
        if self.low > self.high:
            raise ValueError(f"low ({self.low}) must not exceed high ({self.high})")
        for d, (lo, hi) in self.domains.items():
            if lo > hi:
                raise ValueError(f"domains.{d}: low ({lo}) must not exceed high ({hi})")
        return self


def _prompt_key(frame: pl.DataFrame) -> pl.Series:
    return normalize(text_of(frame, "prompt")).hash(seed=11).alias(KEY)


def _read(path: Path, columns: list[str]) -> pl.DataFrame:
    if path.suffix == ".jsonl":
        df = pl.read_ndjson(path, infer_schema_length=None)
        return df.select([c for c in columns if c in df.columns])
    have = set(pl.read_parquet_schema(path))
    return pl.read_parquet(path, columns=[c for c in columns if c in have])


def _from_run(root: Path, match: str) -> pl.DataFrame:
    from curate.store import open_run

    store = open_run(root)
    parts: list[pl.DataFrame] = []
    saw_verdict = False
    for i in sorted(store.committed()):
        for path in (store.data_path(i), store.rejected_path(i)):
            if not path.exists():
                continue
            df = _read(path, ["prompt_id", "prompt", "verdict"])
            if "verdict" not in df.columns or "prompt_id" not in df.columns:
                continue
            saw_verdict = True
            df = df.filter(pl.col("prompt_id").is_not_null())
            agg = df.group_by("prompt_id").agg(
                pl.col("verdict").is_not_null().sum().alias("n_samples"),
                (pl.col("verdict") == "correct").sum().alias("n_correct"),
                *([pl.first("prompt")] if match == "prompt" else []),
            )
            if match == "prompt":
                agg = agg.with_columns(_prompt_key(agg)).drop("prompt")
            parts.append(agg.with_columns(pl.col("n_samples", "n_correct").cast(pl.Int64)))
    if not saw_verdict:
        raise SourceError(
            f"pass_rate: {root} has no judged rows (no `verdict` column); the ledger must be a "
            "run with judges"
        )
    key = "prompt_id" if match == "prompt_id" else KEY
    return pl.concat(parts).group_by(key).agg(pl.col("n_samples", "n_correct").sum())


def _from_file(path: Path, match: str) -> pl.DataFrame:
    if path.suffix == ".parquet":
        df = pl.read_parquet(path)
    elif path.suffix in (".jsonl", ".ndjson"):
        df = pl.read_ndjson(path, infer_schema_length=None)
    elif path.suffix == ".csv":
        df = pl.read_csv(path)
    else:
        raise SourceError(f"pass_rate: cannot read ledger {path.name!r} (.parquet/.jsonl/.csv)")
    need = "prompt_id" if match == "prompt_id" else "prompt"
    if need not in df.columns:
        raise SourceError(f"pass_rate: ledger {path.name} has no {need!r} column")
    if "n_correct" not in df.columns and "pass_rate" in df.columns:
        if "n_samples" not in df.columns:
            df = df.with_columns(pl.lit(1, pl.Int64).alias("n_samples"))
        df = df.with_columns((pl.col("pass_rate") * pl.col("n_samples")).alias("n_correct"))
    if not {"n_samples", "n_correct"} <= set(df.columns):
        raise SourceError(
            f"pass_rate: ledger {path.name} needs `n_samples` and `n_correct` (or `pass_rate`)"
        )
    if match == "prompt":
        df = df.with_columns(_prompt_key(df))
    key = "prompt_id" if match == "prompt_id" else KEY
    return df.group_by(key).agg(
        pl.col("n_samples").cast(pl.Float64).sum(), pl.col("n_correct").cast(pl.Float64).sum()
    )


_CACHE: dict[tuple[object, ...], pl.DataFrame] = {}
_LOCK = threading.Lock()


def load_ledger(path: Path, match: str = "prompt_id") -> pl.DataFrame:
    """Per prompt key: `ledger_n_samples`, `ledger_n_correct`, `ledger_pass_rate`."""
    if path.is_dir():
        marks = sorted((path / "shards").glob("*.json"))
        sig: tuple[object, ...] = tuple((m.name, m.stat().st_mtime_ns) for m in marks)
    elif path.is_file():
        st = path.stat()
        sig = (st.st_size, st.st_mtime_ns)
    else:
        raise SourceError(f"pass_rate: ledger not found: {path}")
    key = (str(path.resolve()), match, sig)
    with _LOCK:
        ledger = _CACHE.get(key)
        if ledger is None:
            raw = _from_run(path, match) if path.is_dir() else _from_file(path, match)
            ledger = raw.select(
                pl.all().exclude("n_samples", "n_correct"),
                pl.col("n_samples").cast(pl.Int64).alias("ledger_n_samples"),
                pl.col("n_correct").cast(pl.Int64).alias("ledger_n_correct"),
                pl.when(pl.col("n_samples") > 0)
                .then(pl.col("n_correct") / pl.col("n_samples"))
                .otherwise(None)
                .cast(pl.Float64)
                .alias("ledger_pass_rate"),
            )
            _CACHE[key] = ledger
    return ledger


@register("pass_rate")
class PassRateFilter(Filter[PassRateParams]):
    """Keep prompts whose ledger pass rate lies in [low, high] (reasons: too_easy, too_hard,
    not_in_ledger)."""

    Params: ClassVar[type[PassRateParams]] = PassRateParams
    measures: ClassVar[tuple[str, ...]] = (
        "ledger_n_samples",
        "ledger_n_correct",
        "ledger_pass_rate",
    )
    base_dir: Path | None = None
    """The recipe's folder, set by the recipe loader; a relative `ledger` resolves here."""

    def verdicts(self, batch: pl.DataFrame) -> pl.DataFrame:
        p = self.params
        assert isinstance(p, PassRateParams)
        ledger = load_ledger(resolve(p.ledger, self.base_dir), p.match)
        if p.match == "prompt_id":
            keys = batch.select(pl.col("prompt_id"))
            on = "prompt_id"
        else:
            keys = _prompt_key(batch).to_frame()
            on = KEY
        joined = keys.join(ledger, on=on, how="left", maintain_order="left")
        low, high = pl.lit(p.low), pl.lit(p.high)
        if p.domains and "domain" in batch.columns:
            dom = batch["domain"].cast(pl.Utf8)
            bands = {d: b for d, b in p.domains.items()}
            joined = joined.with_columns(
                dom.replace_strict(
                    {d: b[0] for d, b in bands.items()}, default=p.low, return_dtype=pl.Float64
                ).alias("_low"),
                dom.replace_strict(
                    {d: b[1] for d, b in bands.items()}, default=p.high, return_dtype=pl.Float64
                ).alias("_high"),
            )
            low, high = pl.col("_low"), pl.col("_high")
        rate = pl.col("ledger_pass_rate")
        missing_keep = p.missing == "keep"
        return joined.select(
            pl.when(rate.is_null())
            .then(pl.lit(missing_keep))
            .otherwise((rate >= low) & (rate <= high))
            .alias("keep"),
            pl.when(rate.is_null())
            .then(pl.lit(None if missing_keep else "not_in_ledger", pl.Utf8))
            .when(rate < low)
            .then(pl.lit("too_hard"))
            .when(rate > high)
            .then(pl.lit("too_easy"))
            .otherwise(None)
            .alias("reason"),
            pl.col("ledger_n_samples"),
            pl.col("ledger_n_correct"),
            rate,
        )
