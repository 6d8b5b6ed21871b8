"""`repetition`: drop degenerate, repetitive generations.

Two measurements:
- `dup_ngram_ratio`: the share of word n-grams that repeat an earlier n-gram of the same text
  (1 - unique/total). Words are runs of non-space characters; every Han/Kana character is a
  word of its own (those scripts use no spaces). Long n-grams (10 words by default) ignore the
  short phrases R1 repeats all the time ("Wait,", "Let me check") and catch copied passages.
- `loop_tail`: how many characters at the end of the text are one unit repeated back to back
  (whitespace-normalised; the last copy may be cut), with `loop_repeats` = loop_tail / unit
  length: the classic generation that loops until the token limit.
Reasons: `looping_tail` (checked first), `repetitive`.
"""

from __future__ import annotations

from typing import ClassVar

import numpy as np
import polars as pl
from curate.filters._spans import part_bounds, repeated_ngram_spans, tail_span
from curate.filters._text import Part, part_expr, word_hashes
from curate.filters.base import Filter, register
from pydantic import Field

from curate.plugin import Params
from curate.spans import Span

_K1 = 0x9E3779B97F4A7C15  # odd multiplier for the n-gram key (u64 arithmetic wraps)


def _common_prefix(r: str, p: int) -> int:
    """Largest L with r[p:p+L] == r[:L] (exponential then binary search on slices)."""
    n = len(r) - p
    lo, step = 0, 32
    while lo + step <= n and r[p + lo : p + lo + step] == r[lo : lo + step]:
        lo += step
        step *= 2
    hi = min(lo + step, n)  # f(lo) holds; f(hi) may not
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if r[p + lo : p + mid] == r[lo:mid]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def loop_tail(text: str | None, max_period: int = 2048) -> tuple[int, int]:
    """(chars covered, unit length) of the longest run of one repeated unit at the end of
    `text`, after collapsing whitespace; (0, 0) when fewer than two copies end the text."""
    if not text:
        return 0, 0
    return loop_tail_reversed(" ".join(text.split())[::-1], max_period)


def loop_tail_reversed(r: str, max_period: int = 2048, max_candidates: int = 64) -> tuple[int, int]:
    """`loop_tail` on an already normalised and reversed text (a loop at the end of the text
    is a periodic prefix of `r`): candidate periods are where r's first 8 characters recur."""
    n = len(r)
    if n < 2:
        return 0, 0
    m = min(8, n // 2)
    seed = r[:m]
    limit = min(max_period, n // 2)
    best_cov, best_p = 0, 0
    p = r.find(seed, 1, limit + m)
    tries = 0
    while p != -1 and tries < max_candidates:
        cov = p + _common_prefix(r, p)
        if cov >= 2 * p and cov > best_cov:
            best_cov, best_p = cov, p
            if best_cov >= n:
                break
        tries += 1
        p = r.find(seed, p + 1, limit + m)
    return best_cov, best_p


class RepetitionParams(Params):
    scope: Part = "completion"
    """Which text to examine: `completion`/`all` (a loop in the answer counts too), `reasoning`
    or `summary`/`answer`."""
    n: int = Field(default=10, ge=1, le=64)
    """n-gram size in words (CJK: characters). 10 words: R1's stock phrases ("Wait, let me
    check") are shorter, so only copied passages repeat at this length."""
    max_dup_ngram_ratio: float = Field(default=0.5, gt=0, le=1)
    """Drop when more than this share of n-grams are repeats. On the shared data (qwen 8-sample
    responses, MATH-500 and GSM8K model solutions, the benchmark corpus) normal texts stay
    below 0.30; a looping GSM8K solution scores 0.71."""
    min_words: int = Field(default=50, ge=0)
    """Texts with fewer words are never `repetitive` (ratios of a few n-grams are noise)."""
    split_cjk: bool = True
    """Count each Han/Kana character as a word."""
    loop_tail: bool = True
    """Detect a looping tail (one unit repeated to the end)."""
    tail_chars: int = Field(default=8192, ge=16)
    """How many characters at the end of the text the loop detector reads."""
    max_period: int = Field(default=2048, ge=1)
    """Longest repeated unit (characters) the loop detector looks for."""
    min_loop_repeats: float = Field(default=3.0, ge=2)
    """Copies of the unit needed to call the tail a loop."""
    min_loop_chars: int = Field(default=200, ge=1)
    """Characters the repeated tail must cover; shorter runs ("}}}}", "...") are not loops."""
    open_tag: str = "<think>"
    """Tag that opens the reasoning."""
    close_tag: str = "</think>"
    """Tag that closes the reasoning."""


@register("repetition")
class RepetitionFilter(Filter[RepetitionParams]):
    """Drop repetitive texts and looping tails (reasons: looping_tail, repetitive)."""

    Params: ClassVar[type[RepetitionParams]] = RepetitionParams
    measures: ClassVar[tuple[str, ...]] = ("dup_ngram_ratio", "loop_tail", "loop_repeats")

    def dup_ratio(self, text: pl.Series) -> pl.DataFrame:
        """Per text: `dup_ngram_ratio` (Float64) and `n_words` (Int64; 0 below n words).

        An n-gram's key is sum over its words of h_k * (K1 + k - i) (u64, wrapping), h_k the
        word hashes, i the n-gram's first word: position-weighted, so rotations and
        permutations of the same words differ. Two prefix sums give every key in a fixed
        number of passes whatever n.
        """
        n = self.params.n
        rows, h = word_hashes(text, self.params.split_cjk)
        m = text.len()
        ratio = pl.Series("dup_ngram_ratio", [0.0] * m, dtype=pl.Float64)
        n_words = pl.Series("n_words", [0] * m, dtype=pl.Int64)
        grams = len(h) - n + 1
        if grams <= 0:
            return pl.DataFrame([ratio, n_words])
        if n == 1:
            key = h
        else:
            j = np.arange(len(h), dtype=np.uint64)
            weighted = np.zeros(len(h) + 1, dtype=np.uint64)
            np.cumsum(h * (j + np.uint64(_K1)), out=weighted[1:])
            plain = np.zeros(len(h) + 1, dtype=np.uint64)
            np.cumsum(h, out=plain[1:])
            key = weighted[n:] - weighted[:grams]
            key -= (plain[n:] - plain[:grams]) * j[:grams]
        inside = rows[n - 1 :] == rows[:grams]  # the n-gram does not run into the next text
        per = (
            pl.DataFrame({"_row": rows[:grams][inside], "g": key[inside]})
            .with_columns(pl.col("_row").set_sorted())
            .group_by("_row", maintain_order=True)
            .agg(pl.len().alias("total"), pl.col("g").n_unique().alias("u"))
        )
        if per.height:
            idx = per["_row"]
            ratio = ratio.scatter(idx, 1.0 - per["u"] / per["total"])
            # a text with t n-grams has t + n - 1 words; shorter texts have no n-gram (ratio 0)
            n_words = n_words.scatter(idx, per["total"].cast(pl.Int64) + (n - 1))
        return pl.DataFrame([ratio, n_words])

    def loops(self, text: pl.Series) -> pl.DataFrame:
        """Per text: `loop_tail` (chars) and `loop_repeats`, see `loop_tail`.

        Only rows whose last 8 characters occur again within `max_period` characters before
        them (a vectorised check) go through the Python search.
        """
        p = self.params
        frame = pl.DataFrame({"t": text.fill_null("").str.strip_chars_end()})
        t = pl.col("t")
        hint = (
            frame.select(
                (t.str.len_chars() >= 2)
                & t.str.tail(p.max_period + 8)
                .str.head(-1)
                .str.contains(t.str.tail(8), literal=True)
            )
            .to_series()
            .fill_null(False)
        )
        cov = [0] * frame.height
        per = [0] * frame.height
        idx = hint.arg_true()
        tails = frame["t"].gather(idx).str.tail(p.tail_chars).to_list()
        for i, tail in zip(idx.to_list(), tails, strict=True):
            cov[i], per[i] = loop_tail(tail, p.max_period)
        return pl.DataFrame(
            {
                "loop_tail": pl.Series(cov, dtype=pl.Int64),
                "loop_repeats": pl.Series(
                    [c / u if u else 0.0 for c, u in zip(cov, per, strict=True)], dtype=pl.Float64
                ),
            }
        )

    def reason_spans(self, rejected: pl.DataFrame) -> list[list[Span] | None]:
        """The looping tail, or every occurrence of the most repeated n-gram."""
        p = self.params
        out: list[list[Span] | None] = []
        n = rejected.height
        cols = [
            rejected[c] if c in rejected.columns else pl.Series(c, [None] * n)
            for c in ("completion", "reason", "loop_tail", "loop_repeats")
        ]
        for text, reason, cov, reps in zip(*cols, strict=True):
            if not text:
                out.append(None)
                continue
            lo, hi = part_bounds(text, p.scope, p.open_tag, p.close_tag)
            hi = lo + len(text[lo:hi].rstrip())
            if reason == "looping_tail":
                label = f"looping tail: {reps:.1f} copies of one unit"
                out.append(tail_span(text, lo, hi, int(cov or 0), label))
            else:
                out.append(repeated_ngram_spans(text, lo, hi, p.n, p.split_cjk))
        return out

    def verdicts(self, batch: pl.DataFrame) -> pl.DataFrame:
        p = self.params
        text = batch.select(
            part_expr(p.scope, "completion", p.open_tag, p.close_tag).fill_null("").alias("t")
        ).to_series()
        dup = self.dup_ratio(text)
        repetitive = (pl.col("n_words") >= p.min_words) & (
            pl.col("dup_ngram_ratio") > p.max_dup_ngram_ratio
        )
        cols = [dup]
        looping = pl.lit(False)
        if p.loop_tail:
            cols.append(self.loops(text))
            looping = (pl.col("loop_tail") >= p.min_loop_chars) & (
                pl.col("loop_repeats") >= p.min_loop_repeats
            )
        out = pl.concat(cols, how="horizontal")
        return (
            out.with_columns(
                pl.when(looping)
                .then(pl.lit("looping_tail"))
                .when(repetitive)
                .then(pl.lit("repetitive"))
                .otherwise(None)
                .alias("reason")
            )
            .with_columns(pl.col("reason").is_null().alias("keep"))
            .drop("n_words")
        )
