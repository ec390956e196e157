"""Link a batch of posts into campaigns: the orchestration behind :func:`ct_screen.link_posts`.

One pass over the posts extracts each post's linking keys (contacts, company
profile, template signature) into compact arrays; then the common-value
cut-off, LSH template edges and connected components run on those arrays. No
step compares every pair of posts, and nothing kept grows faster than the number
of posts.
"""

from __future__ import annotations

import itertools
import multiprocessing
import threading
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

import numpy as np

from .campaigns import Campaigns, Indicator
from .components import components
from .extract import LINK_KINDS, post_keys
from .index import ContactIndex, common_cutoff
from .templates import fingerprints, signatures, template_edges

__all__ = ["Linker", "link_posts", "DEFAULTS"]

DEFAULTS = {"template_threshold": 0.7, "max_share": 0.05, "min_common": 20}
"""Default linking parameters (see :func:`link_posts`)."""
CHUNK = 512


def _chunk_keys(chunk: Sequence[Any], link_on: tuple[str, ...]) -> tuple[list[tuple[str, ...]], np.ndarray, np.ndarray]:
    keys = [post_keys(p, link_on=link_on) for p in chunk]
    sig, has = signatures([k.shingles for k in keys])
    return [k.indicators for k in keys], sig, has


class Linker:
    """Incremental linking: :meth:`add` posts in as many pieces as wanted, then :meth:`finish`.

    Parameters are those of :func:`link_posts`. Posts are numbered in the order added.
    """

    def __init__(self, *, template_threshold: float = DEFAULTS["template_threshold"],
                 max_share: float = DEFAULTS["max_share"], min_common: int = DEFAULTS["min_common"],
                 link_on: Iterable[str] = LINK_KINDS, n_jobs: int = 1) -> None:
        if not 0.0 < template_threshold <= 1.0:
            raise ValueError(f"template_threshold must be in (0, 1], not {template_threshold!r}")
        kinds = tuple(k for k in LINK_KINDS if k in set(link_on))
        unknown = set(link_on) - set(LINK_KINDS)
        if unknown:
            raise ValueError(f"unknown link kinds {sorted(unknown)}; choose from {list(LINK_KINDS)}")
        common_cutoff(0, max_share, min_common)  # validates both
        self.settings = {"template_threshold": float(template_threshold), "max_share": float(max_share),
                         "min_common": int(min_common), "link_on": kinds}
        self.n_jobs = max(1, int(n_jobs))
        self._index = ContactIndex()
        self._sigs: list[np.ndarray] = []
        self._has: list[np.ndarray] = []
        self._pool: ProcessPoolExecutor | None = None
        self._pending: deque[Future[Any]] = deque()

    @property
    def n_posts(self) -> int:
        return self._index.n_posts

    def _store(self, result: tuple[list[tuple[str, ...]], np.ndarray, np.ndarray]) -> None:
        indicators, sig, has = result
        for values in indicators:
            self._index.add(values)
        self._sigs.append(sig)
        self._has.append(has)

    def add(self, posts: Iterable[Any]) -> None:
        """Extract and keep the linking keys of more posts (strings or field mappings)."""
        link_on = self.settings["link_on"]
        for chunk in _chunks(posts, CHUNK):
            if self.n_jobs == 1:
                self._store(_chunk_keys(chunk, link_on))
                continue
            if self._pool is None:
                self._pool = ProcessPoolExecutor(self.n_jobs, mp_context=_context())
            self._pending.append(self._pool.submit(_chunk_keys, chunk, link_on))
            while len(self._pending) > 2 * self.n_jobs:  # bounded read-ahead keeps memory flat
                self._store(self._pending.popleft().result())

    def close(self) -> None:
        """Collect what worker processes still hold and stop them (called by :meth:`finish`)."""
        try:
            while self._pending:
                self._store(self._pending.popleft().result())
        finally:
            if self._pool is not None:
                self._pool.shutdown(wait=True, cancel_futures=True)
                self._pool = None

    def __enter__(self) -> Linker:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def finish(self, *, ids: Sequence[Any] | None = None, scores: Sequence[Any] | None = None) -> Campaigns:
        """Build the campaigns of all posts added so far."""
        self.close()
        n = self.n_posts
        post_ids = tuple(range(n)) if ids is None else tuple(ids)
        if len(post_ids) != n:
            raise ValueError(f"ids has {len(post_ids)} entries for {n} posts")
        split = self._index.split(self.settings["max_share"], self.settings["min_common"])
        indicators = [Indicator(*v.split(":", 1), posts=int(c)) for v, c in zip(split.values, split.counts, strict=True)]
        t_posts, t_ids, t_inds = self._template_groups(n)
        indicators += t_inds
        posts = np.concatenate((split.posts, t_posts))
        values = np.concatenate((split.value_ids, t_ids + len(split.values)))
        labels = components(n, posts, values, len(indicators))
        rank = sorted(range(len(indicators)), key=lambda i: (-indicators[i].posts, indicators[i].key))
        strength = np.empty(len(indicators), dtype=np.int64)
        strength[rank] = np.arange(len(rank))
        order = np.lexsort((strength[values], posts)) if len(posts) else np.empty(0, np.int64)
        common = tuple(Indicator(*v.split(":", 1), posts=c) for v, c in split.common)
        return Campaigns(post_ids=post_ids, labels=labels, indicators=tuple(indicators),
                         links_post=posts[order], links_indicator=values[order], common=common,
                         cutoff=split.cutoff, post_scores=_scores(scores, n), settings=dict(self.settings))

    def _template_groups(self, n: int) -> tuple[np.ndarray, np.ndarray, list[Indicator]]:
        """Incidence of template groups (components of the near-identical-text links) of 2+ posts."""
        empty = (np.empty(0, np.int64), np.empty(0, np.int64), [])
        if "template" not in self.settings["link_on"] or n < 2:
            return empty
        if len(self._sigs) != 1:  # keep one array, not the chunks and a copy
            self._sigs = [np.concatenate(self._sigs) if self._sigs else np.zeros((0, 0), np.uint16)]
            self._has = [np.concatenate(self._has) if self._has else np.zeros(0, bool)]
        sig, has = self._sigs[0], self._has[0]
        u, v, sim = template_edges(sig, has, self.settings["template_threshold"])
        if len(u) == 0:
            return empty
        group = components(n, np.empty(0, np.int64), np.empty(0, np.int64), 0, u, v)
        size = np.bincount(group)
        members = np.flatnonzero(size[group] >= 2)
        kept = np.unique(group[members])
        fp = fingerprints(sig[members])
        name_fp = np.full(len(size), np.iinfo(np.uint64).max, dtype=np.uint64)
        np.minimum.at(name_fp, group[members], fp)
        low = np.full(len(size), np.inf)
        np.minimum.at(low, group[u], sim)
        names = {int(g): f"{int(name_fp[g]):016x}" for g in kept}
        ordered = sorted(kept.tolist(), key=names.__getitem__)  # numbered by name, not by input order
        number = np.full(len(size), -1, dtype=np.int64)
        number[ordered] = np.arange(len(ordered))
        inds = [Indicator("template", names[g], posts=int(size[g]), similarity=round(float(low[g]), 4)) for g in ordered]
        return members.astype(np.int64), number[group[members]], inds


def _context() -> multiprocessing.context.BaseContext:
    """fork when this process has one thread (workers inherit imports); else forkserver or spawn."""
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def _scores(scores: Sequence[Any] | None, n: int) -> np.ndarray | None:
    """Member scores as floats (``ScreenResult``s or anything with ``.score`` allowed; ``None`` → NaN)."""
    if scores is None:
        return None
    values = [getattr(s, "score", s) for s in scores]
    if len(values) != n:
        raise ValueError(f"scores has {len(values)} entries for {n} posts")
    return np.array([np.nan if v is None else float(v) for v in values], dtype=np.float64)


def link_posts(posts: Any, *, ids: Sequence[Any] | str | None = None, text_columns: Sequence[str] | None = None,
               scores: Sequence[Any] | str | None = None,
               template_threshold: float = DEFAULTS["template_threshold"], max_share: float = DEFAULTS["max_share"],
               min_common: int = DEFAULTS["min_common"], link_on: Iterable[str] = LINK_KINDS,
               n_jobs: int = 1) -> Campaigns:
    """Link posts into campaigns by shared contacts, company profiles and near-identical text.

    Parameters
    ----------
    posts : iterable of str or mapping, or pandas.DataFrame
        The posts. A DataFrame is read through ``text_columns`` (see
        :func:`ct_screen.link.frames.frame_posts`).
    ids : sequence or str, optional
        Post ids, in input order (a column name for a DataFrame); default: the
        row numbers (the DataFrame's index).
    text_columns : sequence of str, optional
        DataFrame columns that hold the post.
    scores : sequence or str, optional
        Member risk scores (floats or ``ScreenResult``s; a column name such as
        ``"ct_score"`` for a DataFrame). Gives ``campaign_score``, the highest
        member score of each campaign. Linking itself never needs a classifier.
    template_threshold : float
        Estimated Jaccard similarity of word 3-shingles (numbers folded) at or
        above which two posts are one template.
    max_share, min_common : float, int
        A value shared by more than ``max(min_common, max_share * n_posts)`` posts
        is common: listed in ``Campaigns.common``, not used as a link.
    link_on : iterable of str
        What may link posts, out of ``phone``, ``email``, ``url``, ``handle``,
        ``profile`` (the ``company_profile`` field of mapping input) and
        ``template`` (near-identical text); default all.
    n_jobs : int
        Processes for key extraction (the slow, per-post part).

    Returns
    -------
    Campaigns
        ``to_frame()`` gives one row per post with ``campaign_id``,
        ``campaign_size`` and ``campaign_links``.

    Examples
    --------
    >>> from ct_screen import link_posts
    >>> found = link_posts(["Call +44 7700 900123 for easy work", "Easy cash, WhatsApp 07700 900123", "Nurse, Leeds"])
    >>> found.to_frame()["campaign_id"].tolist()
    ['C000001', 'C000001', 'C000002']
    """
    from .frames import resolve_input

    rows, post_ids, post_scores = resolve_input(posts, ids=ids, text_columns=text_columns, scores=scores)
    with Linker(template_threshold=template_threshold, max_share=max_share, min_common=min_common,
                link_on=link_on, n_jobs=n_jobs) as linker:
        linker.add(rows)
        return linker.finish(ids=post_ids, scores=post_scores)
