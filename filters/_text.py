"""Vectorised text helpers shared by the built-in filters (private module).

- `Part` / `part_expr`: which part of an R1 completion a filter looks at (`completion`,
  `reasoning`, `summary`; the aliases `all` and `answer` are accepted in recipes).
- `estimate_tokens_expr`: a tokenizer-free token estimate (CJK counted per character).
- `count_tokens`: real token counts with a Hugging Face tokenizer, imported lazily.
- `prompt_ends_with_expr` (from `curate.prefill`): does the prompt (string, or last chat
  message) end with a tag, i.e. did the chat template pre-fill `<think>`.
- `on_rows`: evaluate an expensive expression only on the rows a cheap mask selects.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Annotated, Any, Literal

import numpy as np
import polars as pl
from pydantic import BeforeValidator

from curate.errors import MissingDependencyError
from curate.prefill import (  # noqa: F401  (prompt_* re-exported for the filters)
    decide,
    prompt_ends_with_expr,
    prompt_last_text_expr,
    row_flags,
    votes,
)
from curate.text import (  # noqa: F401  (the token estimate is the core's, shared with the mix)
    CJK_CLASS,
    CJK_RE,
    TOKEN_ESTIMATE_RE,
    estimate_tokens_expr,
    reasoning_expr,
    summary_expr,
)

PART_ALIASES = {"all": "completion", "answer": "summary"}


def _part_alias(v: Any) -> Any:
    return PART_ALIASES.get(v, v) if isinstance(v, str) else v


Part = Annotated[Literal["completion", "reasoning", "summary"], BeforeValidator(_part_alias)]
"""A part of the completion: everything, the text inside the think tags, or the text after them."""


# Scripts written without spaces: every character is a word (and roughly a token).
def text_col(col: str = "completion") -> pl.Expr:
    """A text column as a string expression (an all-null column has dtype Null; cast it)."""
    return pl.col(col).cast(pl.Utf8)


def part_expr(
    part: str, col: str = "completion", open_tag: str = "<think>", close_tag: str = "</think>"
) -> pl.Expr:
    """The chosen part of the completion column as an expression (null stays null)."""
    part = PART_ALIASES.get(part, part)
    c = text_col(col)
    if part == "completion":
        return c
    if part == "reasoning":
        return reasoning_expr(c, open_tag, close_tag)
    if part == "summary":
        return pl.when(c.is_null()).then(None).otherwise(summary_expr(c, close_tag))
    raise ValueError(f"unknown part {part!r}; expected completion, reasoning or summary")


@lru_cache(maxsize=4)
def load_tokenizer(name: str) -> Any:
    """A Hugging Face tokenizer by local path or hub name (cached per process)."""
    try:
        from transformers import AutoTokenizer
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise MissingDependencyError(
            "transformers", "train", "counting tokens with a tokenizer"
        ) from exc
    return AutoTokenizer.from_pretrained(name)


def count_tokens(texts: pl.Series, tokenizer: str, batch_size: int = 512) -> pl.Series:
    """Exact token counts (no special tokens added) of a string Series; null stays null."""
    tok = load_tokenizer(tokenizer)
    values = texts.to_list()
    out: list[int | None] = [None] * len(values)
    idx = [i for i, v in enumerate(values) if v is not None]
    for start in range(0, len(idx), batch_size):
        chunk = idx[start : start + batch_size]
        enc = tok([values[i] for i in chunk], add_special_tokens=False)["input_ids"]
        for i, ids in zip(chunk, enc, strict=True):
            out[i] = len(ids)
    return pl.Series(texts.name, out, dtype=pl.Int64)


def on_rows(
    frame: pl.DataFrame,
    mask: pl.Series,
    expr: pl.Expr,
    default: Any,
    dtype: pl.DataType | type[pl.DataType],
) -> pl.Series:
    """`expr` evaluated only where `mask` is true (elsewhere `default`), in row order.

    Polars evaluates both branches of `when/then`; this filters first, so an expensive regex
    only runs on the few rows a cheap literal search selected.
    """
    mask = mask.fill_null(False)
    n_sel = int(mask.sum())
    full = pl.Series("v", [default] * frame.height, dtype=dtype)
    if n_sel == 0:
        return full
    if n_sel == frame.height:
        return frame.select(expr.cast(dtype)).to_series()
    vals = frame.filter(mask).select(expr.cast(dtype)).to_series()
    idx = pl.Series("i", range(frame.height), dtype=pl.UInt32).filter(mask)
    return full.scatter(idx, vals)


# Non-ASCII characters that change word splitting: CJK (as explicit ranges, faster to scan than
# script classes) and Unicode spaces. Only rows containing one take the slow Unicode path.
_SPECIAL_RE = (
    "[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f"
    "\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"
)


def _word_text(text: pl.Series, split_cjk: bool) -> pl.Series:
    """`text` with every word separator turned into a space: splitting it on " " and dropping
    the empty pieces gives the words (see `words_frame`). Null becomes ""."""
    s = text.fill_null("")
    frame = pl.DataFrame({"s": s})
    non_ascii = frame.select(pl.col("s").str.len_bytes() != pl.col("s").str.len_chars()).to_series()
    s = s.str.replace_all(r"[\n\r\t\f\v]", " ")
    if bool(non_ascii.any()):
        frame = pl.DataFrame({"s": s})
        special = on_rows(
            frame, non_ascii, pl.col("s").str.contains(_SPECIAL_RE), False, pl.Boolean
        )
        if bool(special.any()):
            uni = pl.col("s").str.replace_all(r"\s", " ")
            if split_cjk:
                uni = uni.str.replace_all(f"({CJK_RE})", " $1 ")
            fixed = on_rows(frame, special, uni, "", pl.Utf8)
            s = pl.select(pl.when(pl.lit(special)).then(fixed).otherwise(s)).to_series()
    return s


def words_frame(text: pl.Series, split_cjk: bool = True) -> pl.DataFrame:
    """One row per word: columns `_row` (index of the text) and `w` (the word).

    Words are runs of non-whitespace (Unicode whitespace included); with `split_cjk` every
    Han/Kana character is a word of its own (those scripts use no spaces). Empty and null texts
    yield no rows. ASCII-only texts skip the Unicode passes (a byte/char length comparison).
    """
    return (
        pl.DataFrame({"w": _word_text(text, split_cjk).str.split(" ")})
        .with_row_index("_row")
        .explode("w")
        .filter(pl.col("w").is_not_null() & (pl.col("w") != ""))
    )


def word_hashes(text: pl.Series, split_cjk: bool = True) -> tuple[np.ndarray, np.ndarray]:
    """The words of `words_frame`, hashed: (`_row` as uint32, `w.hash()` as uint64), in the
    same order, without building the frame (no row index column, no string filter)."""
    pieces = pl.DataFrame({"w": _word_text(text, split_cjk).str.split(" ")})
    lens = pieces["w"].list.len().to_numpy()
    flat = pieces.explode("w").select(
        pl.col("w").hash().alias("h"), (pl.col("w").str.len_bytes() > 0).alias("k")
    )
    keep = flat["k"].fill_null(False).to_numpy()
    rows = np.repeat(np.arange(len(lens), dtype=np.uint32), lens)
    return rows[keep], flat["h"].to_numpy()[keep]


def prefilled_series(
    batch: pl.DataFrame,
    mode: str | bool,
    open_tag: str,
    close_tag: str,
    col: str = "completion",
    run_decision: bool | None = None,
) -> pl.Series:
    """Per row: did the chat template pre-fill `open_tag` (so the completion starts inside the
    reasoning)? `mode` true/false forces it; `auto` says yes where the prompt (or its last
    message) ends with the tag, where the completion closes without opening, and — for rows
    with no tag at all — when the run decided so (`run_decision`, set once per run by
    `curate.prefill`; never per shard or per stage), or, for a filter called on its own, when
    the input it is given votes so (taken as the whole source).
    """
    n = batch.height
    if mode is True or mode is False:
        return pl.Series("think_prefilled", [bool(mode)] * n, dtype=pl.Boolean)
    flags = row_flags(batch, open_tag, close_tag, col)
    whole = (
        run_decision
        if run_decision is not None
        else decide(*votes(batch, open_tag, close_tag, col))
    )
    no_tag = ~flags["o"] & ~flags["c"]
    out = flags["p"] | (flags["c"] & ~flags["o"]) | (no_tag & whole)
    return out.alias("think_prefilled")
