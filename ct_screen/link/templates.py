"""Near-identical texts without comparing every pair: MinHash signatures and LSH banding.

Each post's word shingles (see :mod:`ct_screen.link.extract`) are summarised by
``NUM_PERM`` min-hashes (one-permutation hashing with densification); the share of equal min-hashes of two posts estimates
the Jaccard similarity of their shingle sets. Locality-sensitive hashing cuts
the signatures into bands: posts that agree on a whole band fall in one bucket.
Inside a bucket each post is checked against the bucket's representative (the
member with the smallest signature fingerprint) and against its neighbour in
fingerprint order, so the work is linear in the number of posts whatever the
bucket sizes, and no choice depends on the order of the input.

Hash functions are fixed (seeded), so the same post has the same signature in
every run and every process.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

__all__ = ["NUM_PERM", "signatures", "choose_bands", "template_edges", "fingerprints"]

NUM_PERM = 64
"""Min-hashes per post. Signatures are stored as ``uint16`` (the low bits of each min-hash): 128 bytes a post."""
_RNG = np.random.default_rng(0x5EED_C7)
_SALT = np.uint64(0x2545F4914F6CDD1D)
_BIN_SHIFT = np.uint64(64 - int(np.log2(NUM_PERM)))
_LOW32 = np.uint64(0xFFFFFFFF)
_EMPTY = np.uint64(2**64 - 1)
_ROTATE = np.uint64(0x9E3779B1)  # odd and not a multiple of 2**16: a borrowed value changes in its low bits
_FP = _RNG.integers(0, 2**64, NUM_PERM, dtype=np.uint64, endpoint=False) | np.uint64(1)
_BAND = _RNG.integers(0, 2**64, NUM_PERM, dtype=np.uint64, endpoint=False) | np.uint64(1)
_PAIR_CHUNK = 1 << 17


def _mix64(x: np.ndarray) -> np.ndarray:
    """splitmix64's finaliser: a strong 64-bit mix of each value (wrapping arithmetic)."""
    x = x ^ (x >> np.uint64(30))
    x *= np.uint64(0xBF58476D1CE4E5B9)
    x ^= x >> np.uint64(27)
    x *= np.uint64(0x94D049BB133111EB)
    x ^= x >> np.uint64(31)
    return x


def _densify(table: np.ndarray) -> np.ndarray:
    """Fill empty bins from the next non-empty bin to the right (circularly), offset by the distance.

    Rotation densification (Shrivastava & Li, ICML 2014): two posts that both
    have bin ``j`` empty borrow from the same place, so a bin still agrees with
    probability equal to the Jaccard similarity.
    """
    empty = table == _EMPTY
    if not empty.any():
        return table
    width = table.shape[1]
    filled = np.concatenate((~empty, ~empty), axis=1)
    index = np.where(filled, np.arange(2 * width), 2 * width)
    following = np.minimum.accumulate(index[:, ::-1], axis=1)[:, ::-1][:, :width]
    borrowed = np.take_along_axis(np.concatenate((table, table), axis=1), following, axis=1)
    return borrowed + (following - np.arange(width)).astype(np.uint64) * _ROTATE


def signatures(shingle_sets: Sequence[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """MinHash signatures of many shingle sets at once (one-permutation hashing, densified).

    Each shingle is hashed once; the top bits of the hash pick one of
    ``NUM_PERM`` bins and each bin keeps its smallest value, so the cost is
    linear in the number of shingles, not ``NUM_PERM`` times it.

    Parameters
    ----------
    shingle_sets : sequence of numpy.ndarray
        One ``uint32`` array of distinct shingle hashes per post (may be empty).

    Returns
    -------
    signatures : numpy.ndarray
        ``(n, NUM_PERM)`` ``uint16``; rows of posts without shingles are zero.
    has_template : numpy.ndarray
        ``(n,)`` bool: the post has shingles.
    """
    n = len(shingle_sets)
    out = np.zeros((n, NUM_PERM), dtype=np.uint16)
    lengths = np.fromiter((len(s) for s in shingle_sets), dtype=np.int64, count=n)
    has = lengths > 0
    rows = np.flatnonzero(has)
    if len(rows) == 0:
        return out, has
    hashed = _mix64(np.concatenate([shingle_sets[i] for i in rows]).astype(np.uint64) ^ _SALT)
    owner = np.repeat(np.arange(len(rows), dtype=np.int64), lengths[rows])
    cell = owner * NUM_PERM + (hashed >> _BIN_SHIFT).astype(np.int64)
    table = np.full(len(rows) * NUM_PERM, _EMPTY, dtype=np.uint64)
    np.minimum.at(table, cell, hashed & _LOW32)
    out[rows] = _densify(table.reshape(len(rows), NUM_PERM)).astype(np.uint16)
    return out, has


def choose_bands(threshold: float, num_perm: int = NUM_PERM, recall: float = 0.95) -> tuple[int, int]:
    """``(bands, rows)`` with the most rows per band that still finds a pair at ``threshold`` with ``recall``.

    A pair of Jaccard similarity ``s`` becomes a candidate with probability
    ``1 - (1 - s**rows)**bands``; more rows per band means fewer chance candidates.
    """
    if not 0.0 < threshold <= 1.0:
        raise ValueError(f"template_threshold must be in (0, 1], not {threshold!r}")
    best = (num_perm, 1)
    for rows in (1, 2, 4, 8, 16):
        bands = num_perm // rows
        if 1.0 - (1.0 - threshold**rows) ** bands >= recall:
            best = (bands, rows)
    return best


def _weighted_sum(sig: np.ndarray, weights: np.ndarray) -> np.ndarray:
    acc = np.zeros(len(sig), dtype=np.uint64)
    for j in range(sig.shape[1]):
        acc += sig[:, j].astype(np.uint64) * weights[j]
    return acc


def fingerprints(sig: np.ndarray) -> np.ndarray:
    """A 64-bit fingerprint per signature row (equal rows, equal fingerprints)."""
    return _weighted_sum(sig, _FP)


def _agreement(sig: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    out = np.empty(len(a), dtype=np.float64)
    for lo in range(0, len(a), _PAIR_CHUNK):
        hi = lo + _PAIR_CHUNK
        out[lo:hi] = (sig[a[lo:hi]] == sig[b[lo:hi]]).mean(axis=1)
    return out


def template_edges(sig: np.ndarray, has_template: np.ndarray, threshold: float
                   ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Pairs of posts whose estimated similarity is at least ``threshold``.

    Returns
    -------
    u, v : numpy.ndarray
        Post rows (``u < v``), each pair once.
    similarity : numpy.ndarray
        Estimated Jaccard similarity of each pair (a multiple of ``1 / NUM_PERM``).
    """
    rows = np.flatnonzero(has_template)
    empty = (np.empty(0, np.int64), np.empty(0, np.int64), np.empty(0, np.float64))
    if len(rows) < 2:
        return empty
    local = sig if len(rows) == len(sig) else sig[rows]
    fp = fingerprints(local)
    bands, width = choose_bands(threshold)
    n = len(rows)
    codes = np.empty(0, dtype=np.int64)  # verified pairs a * n + b, sorted
    sims = np.empty(0, dtype=np.float64)
    for band in range(bands):
        cols = slice(band * width, (band + 1) * width)
        key = _weighted_sum(local[:, cols], _BAND[cols])
        order = np.lexsort((fp, key))
        k = key[order]
        same = np.empty(len(k), dtype=bool)
        same[0] = False
        same[1:] = k[1:] == k[:-1]
        pos = np.flatnonzero(same)
        if len(pos) == 0:
            continue
        start = np.where(~same, np.arange(len(k)), 0)
        np.maximum.accumulate(start, out=start)
        member = np.concatenate((order[pos], order[pos]))
        other = np.concatenate((order[start[pos]], order[pos - 1]))
        keep = member != other
        lo, hi = np.minimum(member[keep], other[keep]), np.maximum(member[keep], other[keep])
        candidates = np.unique(lo.astype(np.int64) * n + hi)
        if len(codes):  # pairs verified in an earlier band are not checked again
            at = np.minimum(np.searchsorted(codes, candidates), len(codes) - 1)
            candidates = candidates[codes[at] != candidates]
        sim = _agreement(local, candidates // n, candidates % n)
        ok = sim >= threshold - 1e-9
        codes = np.concatenate((codes, candidates[ok]))
        sims = np.concatenate((sims, sim[ok]))
        resort = np.argsort(codes, kind="stable")
        codes, sims = codes[resort], sims[resort]
    a, b = codes // n, codes % n
    return rows[a], rows[b], sims
