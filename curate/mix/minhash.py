"""MinHash LSH near-duplicate detection in numpy, seeded, keeping only band hashes in memory.

1. Shingles: the normalised token n-grams of a text (`curate.ngrams`; a text shorter than n
   tokens is one shingle), hashed to 64 bits.
2. Signature: for each of `num_perm` seeded multiply-shift hash functions h(x) = (a·x + b) >> 32
   (a odd, mod 2**64), the minimum over the text's shingles. P(equal minimum) = Jaccard.
3. Bands: the signature is cut into `bands` bands of r = num_perm / bands values; each band is
   hashed to one 64-bit value. Only these band hashes are kept (8 × bands bytes per text), never
   the signatures.
4. Candidates: texts equal on some whole band. P(candidate) = 1 - (1 - J**r)**bands.
5. Verification: the exact Jaccard of the candidates' shingle sets (re-read from disk for the
   candidates only); a text is a near-duplicate when J ≥ threshold against an earlier text
   that was kept (greedy in priority order, so chains A~B~C do not drop C unless C is close to
   a kept text).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import polars as pl

from curate.ngrams import ngram_hashes

if TYPE_CHECKING:
    import numpy as np

_MIX = 0x9E3779B97F4A7C15  # odd 64-bit constant (golden ratio) for combining band values
_CHUNK_CELLS = 1 << 23  # shingles × permutations processed at once (64 MiB of uint64)
MAX_CHECKS = 256  # kept texts compared per bucket and text at most (bounds degenerate buckets)


def shingles(tokens: pl.Series, ngram: int) -> tuple[np.ndarray, np.ndarray]:
    """(shingle hashes, text index), text index ascending; texts with no tokens have none."""
    import numpy as np

    h, row, _, lengths = ngram_hashes(tokens, ngram)
    short = np.flatnonzero((lengths > 0) & (lengths < ngram))
    if short.size:
        whole = tokens[short.tolist()].list.join(" ").hash(seed=ngram).to_numpy()
        h = np.concatenate([h, whole.astype(np.uint64)])
        row = np.concatenate([row, short.astype(np.int64)])
        order = np.argsort(row, kind="stable")
        h, row = h[order], row[order]
    return h, row


def _perm_params(num_perm: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    import numpy as np

    rng = np.random.Generator(np.random.PCG64(seed))
    a = rng.integers(0, 2**64, size=num_perm, dtype=np.uint64, endpoint=False) | np.uint64(1)
    b = rng.integers(0, 2**64, size=num_perm, dtype=np.uint64, endpoint=False)
    return a, b


def band_hashes(
    tokens: pl.Series, ngram: int, num_perm: int, bands: int, seed: int
) -> tuple[np.ndarray, np.ndarray]:
    """(band hashes of shape (texts, bands), mask of texts that have shingles)."""
    import numpy as np

    n = tokens.len()
    h, row = shingles(tokens, ngram)
    a, b = _perm_params(num_perm, seed)
    sig = np.full((n, num_perm), np.uint64(0xFFFFFFFF), dtype=np.uint64)
    step = max(1, _CHUNK_CELLS // num_perm)
    shift = np.uint64(32)
    buf = np.empty((num_perm, min(step, h.size)), dtype=np.uint64)
    for lo in range(0, h.size, step):
        hc, rc = h[lo : lo + step], row[lo : lo + step]
        # permutation-major: each reduction runs over contiguous memory (~3x faster); in place
        vals = buf[:, : hc.size]
        np.multiply(a[:, None], hc[None, :], out=vals)
        np.add(vals, b[:, None], out=vals)
        np.right_shift(vals, shift, out=vals)
        starts = np.flatnonzero(np.r_[True, rc[1:] != rc[:-1]])
        mins = np.minimum.reduceat(vals, starts, axis=1)
        rows = rc[starts]
        sig[rows] = np.minimum(sig[rows], mins.T)  # whole signature rows: contiguous
    r = num_perm // bands
    cube = sig.reshape(n, bands, r)
    out = np.zeros((n, bands), dtype=np.uint64)
    mix = np.uint64(_MIX)
    for k in range(r):
        out = (out ^ cube[:, :, k]) * mix
        out ^= out >> np.uint64(29)
    out ^= np.arange(bands, dtype=np.uint64)[None, :] * mix  # bands never share a value space
    has = np.zeros(n, dtype=bool)
    has[row] = True
    return out, has


def buckets(bands: np.ndarray) -> list[np.ndarray]:
    """Groups (ascending index arrays, size > 1) of texts equal on a whole band."""
    import numpy as np

    groups: list[np.ndarray] = []
    for j in range(bands.shape[1]):
        col = bands[:, j]
        order = np.argsort(col, kind="stable")
        s = col[order]
        edges = np.flatnonzero(np.r_[True, s[1:] != s[:-1], True])
        for lo, hi in zip(edges[:-1].tolist(), edges[1:].tolist(), strict=True):
            if hi - lo > 1:
                groups.append(order[lo:hi])
    return groups


def shingle_sets(tokens: pl.Series, ngram: int) -> list[np.ndarray]:
    """Each text's shingle hashes, sorted and unique (8 bytes a shingle: ~10x smaller than a
    Python set, which matters when tens of thousands of candidates are held at once)."""
    import numpy as np

    h, row = shingles(tokens, ngram)
    cuts = np.searchsorted(row, np.arange(1, tokens.len()))
    return [np.unique(part) for part in np.split(h, cuts)]


def jaccard(x: np.ndarray, y: np.ndarray) -> float:
    import numpy as np

    if not x.size and not y.size:
        return 1.0
    inter = np.intersect1d(x, y, assume_unique=True).size
    return inter / (x.size + y.size - inter)


def near_duplicates(
    groups: list[np.ndarray],
    sets_of: Callable[[list[int]], dict[int, np.ndarray]],
    threshold: float,
) -> tuple[dict[int, tuple[int, float]], dict[str, int]]:
    """Greedy in index order: a text is dropped when a kept text sharing a bucket with it has
    Jaccard ≥ threshold. Returns {dropped: (kept, similarity)} and counters."""
    member: dict[int, list[int]] = {}
    for gi, g in enumerate(groups):
        for u in g.tolist():
            member.setdefault(u, []).append(gi)
    candidates = sorted(member)
    sets = sets_of(candidates)
    kept_in: list[list[int]] = [[] for _ in groups]
    dropped: dict[int, tuple[int, float]] = {}
    checks = 0
    for u in candidates:
        seen: set[int] = set()
        dup: tuple[int, float] | None = None
        for gi in member[u]:
            for v in kept_in[gi][:MAX_CHECKS]:
                if v in seen:
                    continue
                seen.add(v)
                checks += 1
                sim = jaccard(sets[u], sets[v])
                if sim >= threshold:
                    dup = (v, sim)
                    break
            if dup is not None:
                break
        if dup is not None:
            dropped[u] = dup
        else:
            for gi in member[u]:
                kept_in[gi].append(u)
    return dropped, {"buckets": len(groups), "candidates": len(candidates), "checks": checks}
