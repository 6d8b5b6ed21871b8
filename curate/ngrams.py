"""Text normalisation, token n-gram hashing and the benchmark n-gram index.

Shared by the `decontaminate` filter and the `mix` job (exact dedup keys, MinHash shingles and
benchmark decontamination all use the same tokens).

Normalisation (`normalize_expr`), in order: Unicode NFKC (full-width letters and digits become
ASCII, ligatures split), lowercase, every run of punctuation (Unicode category P: `.,;:!?'"()[]{}
-_/\\*&#%@`…) becomes a space, every other non-word character (symbols such as `+ = < > ^ $ |`)
and every Han/Hiragana/Katakana character becomes its own token, whitespace runs collapse to one
space, ends are stripped. So `x+1`, `x + 1` and `X + 1.` normalise alike, and Chinese or Japanese
text (written without spaces) still yields n-grams. Tokens are the normalised text split on
spaces.

Decontamination: a text is contaminated by a benchmark item when they share a token n-gram
(default n = 13, the GPT-3 / OLMo convention: 13 consecutive identical tokens almost never happen
by chance, yet one copied sentence is enough). Texts shorter than n tokens cannot share an
n-gram; they are compared whole instead: a short text equal (after normalisation) to a whole
short benchmark item is a hit. N-grams that occur in more than `max_items_per_ngram` benchmark
items are boilerplate (e.g. "enter your answer in the form …") and are ignored, so a training
prompt that only shares such a phrase is not flagged.
"""

from __future__ import annotations

import json
import threading
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Literal

import polars as pl
from pydantic import Field

from curate.errors import SourceError
from curate.plugin import Params

if TYPE_CHECKING:
    import numpy as np

_TOKEN_SEED = 0x5EED
_BASE = 0x100000001B3  # odd multiplier of the rolling n-gram hash (wraps mod 2**64)
_SPLIT = r"([^\w\s]|[\p{Han}\p{Hiragana}\p{Katakana}])"


def normalize_expr(expr: pl.Expr) -> pl.Expr:
    """The normalised text of a string expression (see the module docstring)."""
    return (
        expr.str.normalize("NFKC")
        .str.to_lowercase()
        .str.replace_all(r"[\p{P}$]+", " ")
        .str.replace_all(_SPLIT, " ${1} ")
        .str.replace_all(r"\s+", " ")
        .str.strip_chars()
    )


def normalize(texts: pl.Series | list[str | None]) -> pl.Series:
    s = texts if isinstance(texts, pl.Series) else pl.Series("t", texts, dtype=pl.Utf8)
    return pl.select(normalize_expr(pl.lit(s.cast(pl.Utf8)))).to_series().alias("norm")


def text_of(frame: pl.DataFrame, column: str) -> pl.Series:
    """A column as plain text: strings as they are; chat messages (a list of {role, content}) as
    the user messages' content joined by newlines (all messages' content when none is `user`)."""
    if column not in frame.columns:
        return pl.Series(column, [None] * frame.height, dtype=pl.Utf8)
    s = frame[column]
    dt = s.dtype
    if dt == pl.Utf8:
        return s
    if isinstance(dt, pl.List) and isinstance(dt.inner, pl.Struct):
        fields = {f.name for f in dt.inner.fields}
        if {"role", "content"} <= fields:
            el = pl.element().struct
            user = pl.col(column).list.eval(el.field("content").filter(el.field("role") == "user"))
            every = pl.col(column).list.eval(el.field("content"))
            return frame.select(
                pl.when(user.list.len() > 0)
                .then(user.list.join("\n"))
                .otherwise(every.list.join("\n"))
                .alias(column)
            ).to_series()
    return pl.Series(
        column,
        [None if v is None else json.dumps(v, ensure_ascii=False, default=str) for v in s],
        dtype=pl.Utf8,
    )


def token_lists(texts: pl.Series) -> pl.Series:
    """Normalised tokens of each text (an empty list for null or empty text)."""
    return split_normalized(normalize(texts))


def split_normalized(norm: pl.Series) -> pl.Series:
    """Tokens of already normalised texts."""
    return (
        pl.select(
            pl.when(pl.lit(norm).fill_null("") == "")
            .then(pl.lit([], dtype=pl.List(pl.Utf8)))
            .otherwise(pl.lit(norm).str.split(" "))
        )
        .to_series()
        .alias("tokens")
    )


def _flat_hashes(tokens: pl.Series) -> tuple[np.ndarray, np.ndarray]:
    """(token hashes of all texts concatenated, tokens per text)."""
    import numpy as np

    lengths = tokens.list.len().fill_null(0).to_numpy().astype(np.int64)
    flat = tokens.explode().drop_nulls()
    return flat.hash(seed=_TOKEN_SEED).to_numpy().astype(np.uint64), lengths


def ngram_hashes(
    tokens: pl.Series, n: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """64-bit hashes of every token n-gram: (hashes, text index, start position, lengths)."""
    grams, lengths = ngram_hashes_multi(tokens, [n])
    return (*grams[n], lengths)


def ngram_hashes_multi(
    tokens: pl.Series, sizes: list[int]
) -> tuple[dict[int, tuple[np.ndarray, np.ndarray, np.ndarray]], np.ndarray]:
    """Hashes of every window of each size in `sizes`: {size: (hashes, text index, start)},
    and tokens per text. One polynomial rolling hash (mod 2**64) grows a window one token at a
    time, so all sizes up to the largest cost that many vector operations together."""
    import numpy as np

    th, lengths = _flat_hashes(tokens)
    total = th.size
    starts = np.concatenate(([0], np.cumsum(lengths)[:-1])).astype(np.int64)
    row_all = np.repeat(np.arange(lengths.size, dtype=np.int64), lengths)
    pos_all = np.arange(total, dtype=np.int64) - starts[row_all]
    left = lengths[row_all] - pos_all  # tokens from each position to the end of its text
    e = np.empty(0, dtype=np.int64)
    out = {n: (np.empty(0, dtype=np.uint64), e, e) for n in sizes}
    want = set(sizes)
    h = np.zeros(total, dtype=np.uint64)
    base = np.uint64(_BASE)
    for size in range(1, max(want, default=0) + 1):
        m = total - size + 1
        if m <= 0:
            break
        h = h[:m] * base + th[size - 1 : size - 1 + m]
        if size in want:
            ok = left[:m] >= size  # the window stays inside its own text
            out[size] = (h[ok], row_all[:m][ok], pos_all[:m][ok])
    return out, lengths


# --- benchmark files -----------------------------------------------------------------------


class BenchmarkSpec(Params):
    """One benchmark to decontaminate against."""

    path: str
    """A .jsonl/.json/.parquet/.csv file of benchmark items; a relative path resolves against the
    recipe's folder (against the working directory when there is no recipe)."""
    column: str = "problem"
    """The column with the item text (a string, or chat messages: their user content)."""
    name: str | None = None
    """Label in reports and the `contamination` column (default: the file name without suffix)."""
    id_column: str | None = None
    """Column with item ids (e.g. `unique_id`); default: the item's row number in the file."""


class DecontamParams(Params):
    """Benchmark n-gram decontamination (shared by the `decontaminate` filter and `mix`)."""

    benchmarks: Annotated[list[BenchmarkSpec], Field(min_length=1)]
    """Benchmark files, e.g. `[{path: math500_test.jsonl, column: problem, name: math500}]`."""
    n: Annotated[int, Field(ge=3, le=64)] = 13
    """Tokens per n-gram: 13 finds any copied sentence with a negligible chance match; 8 also
    catches lightly edited copies but flags common phrasing (see recipes/README.md)."""
    scope: Literal["prompt", "completion", "both"] = "prompt"
    """Which text is checked: the prompt (user messages), the completion, or both."""
    max_items_per_ngram: Annotated[int, Field(ge=1)] | None = 1
    """An n-gram found in more benchmark items than this is boilerplate and ignored (null: keep
    all n-grams)."""


@dataclass(frozen=True)
class Hit:
    """A text's best match: the benchmark item sharing the most n-grams with it."""

    benchmark: str
    item_id: str
    item_text: str
    matched: str  # the longest run of shared tokens (normalised text)
    n_matched: int  # shared n-grams (whole-text matches count 1)
    kind: Literal["ngram", "whole"]  # an n-gram, or a short item contained whole

    @property
    def label(self) -> str:
        return f"{self.benchmark}:{self.item_id}"


def _read_items(spec: BenchmarkSpec, path: Path) -> tuple[list[str | None], list[str]]:
    """(texts, ids) of a benchmark file."""
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson", ".json"):
        raw = path.read_text(encoding="utf-8")
        if suffix == ".json" and raw.lstrip().startswith("["):
            rows = json.loads(raw)
        else:
            rows = [json.loads(line) for line in raw.splitlines() if line.strip()]
        rows = [r for r in rows if isinstance(r, dict)]
        if rows and not any(spec.column in r for r in rows):
            raise SourceError(
                f"decontaminate: {path.name} has no column {spec.column!r}; "
                f"available: {', '.join(rows[0])}"
            )
        texts = [
            v if isinstance(v, str) or v is None else _chat_or_json(v)
            for v in (r.get(spec.column) for r in rows)
        ]
        ids = [
            str(r[spec.id_column])
            if spec.id_column and r.get(spec.id_column) is not None
            else str(i)
            for i, r in enumerate(rows)
        ]
        return texts, ids
    if suffix == ".parquet":
        df = pl.read_parquet(path)
    elif suffix == ".csv":
        df = pl.read_csv(path, infer_schema=False)
    else:
        raise SourceError(
            f"decontaminate: cannot read {path.name!r}; use .jsonl, .json, .parquet or .csv"
        )
    if spec.column not in df.columns:
        raise SourceError(
            f"decontaminate: {path.name} has no column {spec.column!r}; "
            f"available: {', '.join(df.columns)}"
        )
    texts = text_of(df, spec.column).to_list()
    if spec.id_column and spec.id_column in df.columns:
        ids = [str(v) if v is not None else str(i) for i, v in enumerate(df[spec.id_column])]
    else:
        ids = [str(i) for i in range(df.height)]
    return texts, ids


def _chat_or_json(v: object) -> str:
    if isinstance(v, list) and all(isinstance(m, dict) for m in v):
        user = [str(m.get("content", "")) for m in v if m.get("role") == "user"]
        return "\n".join(user or [str(m.get("content", "")) for m in v])
    return json.dumps(v, ensure_ascii=False, default=str)


class BenchmarkIndex:
    """Window hash → benchmark items, one table per window length: every n-gram of the items
    with at least n tokens, and the whole token sequence of each shorter item (a text matches
    a short item when it contains all of it). Built once per process (see `load_index`)."""

    def __init__(self, items: list[tuple[str, str, str]], n: int, max_items: int | None) -> None:
        import numpy as np

        self.n = n
        self.names = [b for b, _, _ in items]
        self.ids = [i for _, i, _ in items]
        self.texts = [t for _, _, t in items]
        toks = token_lists(pl.Series("t", self.texts, dtype=pl.Utf8))
        self.tables: dict[int, tuple[np.ndarray, list[list[int]]]] = {}
        self.ignored = 0
        h, row, _, lengths = ngram_hashes(toks, n)
        pairs = pl.DataFrame({"h": h, "item": row})
        if max_items is not None:
            common = pairs.unique().group_by("h").len().filter(pl.col("len") > max_items)
            self.ignored = common.height
            pairs = pairs.join(common.select("h"), on="h", how="anti")
        self._add(n, pairs)
        self.short_items = 0
        for length in sorted({int(x) for x in lengths.tolist() if 0 < x < n}):
            rows = np.flatnonzero(lengths == length)
            self.short_items += rows.size
            sh, srow, _, _ = ngram_hashes(toks[rows.tolist()], length)
            self._add(length, pl.DataFrame({"h": sh, "item": rows[srow]}))

    def _add(self, length: int, pairs: pl.DataFrame) -> None:
        import numpy as np

        if not pairs.height:
            return
        grouped = pairs.unique().group_by("h").agg(pl.col("item").sort()).sort("h")
        self.tables[length] = (grouped["h"].to_numpy().astype(np.uint64), grouped["item"].to_list())

    def __len__(self) -> int:
        return len(self.texts)

    def lookup(self, texts: pl.Series) -> list[Hit | None]:
        """The best hit of each text, or None."""
        return self.lookup_tokens(token_lists(texts))

    def lookup_tokens(self, toks: pl.Series) -> list[Hit | None]:
        """`lookup` for texts already split into normalised tokens (`token_lists`)."""
        import numpy as np

        out: list[Hit | None] = [None] * toks.len()
        if not toks.len() or not self.tables:
            return out
        # row -> [(window length, start, items)]
        by_row: dict[int, list[tuple[int, int, list[int]]]] = {}
        grams, _ = ngram_hashes_multi(toks, sorted(self.tables))
        for length, (hashes, items) in self.tables.items():
            h, row, pos = grams[length]
            if not h.size:
                continue
            # a hash-set membership test first (polars, ~15x faster than a binary search of
            # every window); the few windows found are then located in the sorted table
            found = np.flatnonzero(pl.Series(h).is_in(pl.Series(hashes).implode()).to_numpy())
            if not found.size:
                continue
            idx = np.searchsorted(hashes, h[found])
            for r, p, g in zip(row[found].tolist(), pos[found].tolist(), idx.tolist(), strict=True):
                by_row.setdefault(r, []).append((length, p, items[g]))
        for r, matches in by_row.items():
            out[r] = self._best(toks[r].to_list(), matches)
        return out

    def _best(self, tokens: list[str], matches: list[tuple[int, int, list[int]]]) -> Hit:
        per_item: Counter[int] = Counter()
        for _, _, items in matches:
            per_item.update(items)
        item = min(per_item, key=lambda it: (-per_item[it], it))
        mine = sorted({(p, length) for length, p, items in matches if item in items})
        length = mine[0][1]
        if length < self.n:  # a short item contained whole
            kind: Literal["ngram", "whole"] = "whole"
            start, end = mine[0][0], mine[0][0] + length
        else:
            kind = "ngram"
            starts = [p for p, _ in mine]
            best_start, best_end, run_start = starts[0], starts[0], starts[0]
            for prev, cur in pairwise(starts):
                if cur != prev + 1:
                    run_start = cur
                if cur - run_start > best_end - best_start:
                    best_start, best_end = run_start, cur
            start, end = best_start, best_end + self.n
        return Hit(
            self.names[item],
            self.ids[item],
            self.texts[item],
            " ".join(tokens[start:end]),
            per_item[item],
            kind,
        )


_CACHE: dict[tuple[object, ...], BenchmarkIndex] = {}
_LOCK = threading.Lock()


def resolve(path: str, base_dir: Path | None) -> Path:
    p = Path(path).expanduser()
    if p.is_absolute():
        return p
    return (base_dir or Path.cwd()) / p


def load_index(params: DecontamParams, base_dir: Path | None = None) -> BenchmarkIndex:
    """The benchmark index for these params, built once per process (cached by each file's
    path, size and modification time, so an edited file is re-read)."""
    files = []
    for spec in params.benchmarks:
        p = resolve(spec.path, base_dir)
        if not p.is_file():
            raise SourceError(f"decontaminate: benchmark file not found: {p}")
        st = p.stat()
        files.append(
            (str(p.resolve()), st.st_size, st.st_mtime_ns, spec.column, spec.id_column, spec.name)
        )
    key = (tuple(files), params.n, params.max_items_per_ngram)
    with _LOCK:
        index = _CACHE.get(key)
        if index is None:
            items: list[tuple[str, str, str]] = []
            for spec, (path, *_rest) in zip(params.benchmarks, files, strict=True):
                name = spec.name or Path(path).stem
                texts, ids = _read_items(spec, Path(path))
                items.extend((name, i, t) for t, i in zip(texts, ids, strict=True) if t)
            index = BenchmarkIndex(items, params.n, params.max_items_per_ngram)
            _CACHE[key] = index
    return index
