"""Inverted index from indicator values (contacts, company profiles) to the posts that carry them.

Values are interned once; the index itself is two flat integer arrays (post
row, value number), so memory grows with the number of (post, value) pairs and
never with pairs of posts. :meth:`ContactIndex.split` applies the cut-off for
values too common to mean anything (a job board's URL, a generic HR address).
"""

from __future__ import annotations

import math
from array import array
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

__all__ = ["ContactIndex", "IndexSplit", "common_cutoff"]


def common_cutoff(n_posts: int, max_share: float, min_common: int) -> int:
    """The most posts a value may be shared by and still link them.

    A value shared by more than ``max(min_common, floor(max_share * n_posts))``
    posts is common. The floor keeps small batches, where any campaign is a large
    share, from losing all their links.
    """
    if not 0.0 < max_share <= 1.0:
        raise ValueError(f"max_share must be in (0, 1], not {max_share!r}")
    if min_common < 2:
        raise ValueError(f"min_common must be at least 2, not {min_common!r}")
    return max(int(min_common), math.floor(max_share * n_posts))


@dataclass(frozen=True)
class IndexSplit:
    """The index cut into linking and common values.

    Attributes
    ----------
    values : tuple of str
        The linking values (shared by 2 to ``cutoff`` posts), numbered 0..m-1.
    posts, value_ids : numpy.ndarray
        Incidence of the linking values: post ``posts[i]`` carries value ``value_ids[i]``.
    counts : numpy.ndarray
        Posts per linking value.
    common : tuple of (str, int)
        Values shared by more than ``cutoff`` posts, with their counts: reported, not linked on.
    cutoff : int
    """

    values: tuple[str, ...]
    posts: np.ndarray
    value_ids: np.ndarray
    counts: np.ndarray
    common: tuple[tuple[str, int], ...]
    cutoff: int


class ContactIndex:
    """Posts by indicator value, built one post at a time (posts are numbered in the order added)."""

    def __init__(self) -> None:
        self._ids: dict[str, int] = {}
        self._posts = array("q")
        self._values = array("q")
        self.n_posts = 0

    def add(self, values: Iterable[str]) -> int:
        """Record the (distinct) values of the next post; return its row."""
        row = self.n_posts
        ids = self._ids
        for value in values:
            self._posts.append(row)
            self._values.append(ids.setdefault(value, len(ids)))
        self.n_posts += 1
        return row

    def split(self, max_share: float, min_common: int) -> IndexSplit:
        """Cut the index into linking values and common values (see :func:`common_cutoff`)."""
        cutoff = common_cutoff(self.n_posts, max_share, min_common)
        posts = np.frombuffer(self._posts, dtype=np.int64) if len(self._posts) else np.empty(0, np.int64)
        value_ids = np.frombuffer(self._values, dtype=np.int64) if len(self._values) else np.empty(0, np.int64)
        names = np.array(list(self._ids), dtype=object)
        counts = np.bincount(value_ids, minlength=len(names))
        linking = (counts >= 2) & (counts <= cutoff)
        common_ids = np.flatnonzero(counts > cutoff)
        common = tuple(sorted(((str(names[i]), int(counts[i])) for i in common_ids), key=lambda vc: (-vc[1], vc[0])))
        # number the linking values in sorted order, so that numbering never depends on input order
        kept = np.flatnonzero(linking)
        kept = kept[np.argsort(names[kept], kind="stable")] if len(kept) else kept
        renumber = np.full(len(names), -1, dtype=np.int64)
        renumber[kept] = np.arange(len(kept))
        new_ids = renumber[value_ids]
        keep = new_ids >= 0
        return IndexSplit(values=tuple(str(v) for v in names[kept]), posts=posts[keep].copy(),
                          value_ids=new_ids[keep], counts=counts[kept], common=common, cutoff=cutoff)
