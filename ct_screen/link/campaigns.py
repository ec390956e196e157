"""Frozen result types of :func:`ct_screen.link_posts`: indicators, campaigns and the whole linking.

A campaign is a connected component of the post–indicator graph: posts joined
by a shared contact value, a shared company profile or a near-identical text.
Every post is in exactly one campaign; a post that links to nothing is a
campaign of size 1. Campaign ids (``C000001``, ...) are numbered by each
campaign's first row, so the same input gives the same ids.

``campaign_score`` is the **maximum** member score. A noisy-OR would turn fifty
bland posts of one honest employer into a "high" campaign by volume alone; the
maximum only lets the strongest member speak for its siblings, which is what
surfaces a bland repost of a known scam.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import numpy as np
import pandas as pd

__all__ = ["Indicator", "Campaign", "Campaigns"]


@dataclass(frozen=True)
class Indicator:
    """A value shared by posts.

    Attributes
    ----------
    kind : str
        ``phone``, ``email``, ``url``, ``handle``, ``profile`` (company profile) or ``template``.
    value : str
        The canonical value (E.164 phone, lower-case e-mail, canonical URL,
        ``platform:handle``, EMSCAD mask, start of the profile plus a hash, or the
        template's fingerprint).
    posts : int
        How many posts of the batch carry it.
    similarity : float or None
        Templates only: the lowest estimated similarity of a link inside the template group.
    """

    kind: str
    value: str
    posts: int
    similarity: float | None = None

    @property
    def key(self) -> str:
        """``kind:value``."""
        return f"{self.kind}:{self.value}"

    def label(self) -> str:
        """A short human-readable description, e.g. ``phone:+447700900123 (5 posts)``."""
        if self.similarity is not None:
            return f"{self.key} ({self.posts} posts, similarity >= {self.similarity:.2f})"
        return f"{self.key} ({self.posts} posts)"

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind, "value": self.value, "posts": self.posts}
        if self.similarity is not None:
            out["similarity"] = self.similarity
        return out


@dataclass(frozen=True)
class Campaign:
    """One campaign: its members and the indicators that link them."""

    campaign_id: str
    size: int
    first_row: int
    last_row: int
    member_rows: tuple[int, ...]
    member_ids: tuple[Any, ...]
    indicators: tuple[Indicator, ...]
    score: float | None = None

    @property
    def template_similarity(self) -> float | None:
        """Lowest similarity of a template link in the campaign, or ``None`` without template links."""
        sims = [i.similarity for i in self.indicators if i.similarity is not None]
        return min(sims) if sims else None

    def to_dict(self) -> dict[str, Any]:
        return {"campaign_id": self.campaign_id, "size": self.size, "first_row": self.first_row,
                "last_row": self.last_row, "member_ids": list(self.member_ids),
                "indicators": [i.to_dict() for i in self.indicators],
                "template_similarity": self.template_similarity, "campaign_score": self.score}


def _json_safe(value: Any) -> Any:
    return value.item() if isinstance(value, np.generic) else value


@dataclass(frozen=True, eq=False)
class Campaigns:
    """The campaigns of a batch of posts (see :func:`ct_screen.link_posts`).

    Attributes
    ----------
    post_ids : tuple
        The id of every input post, in input order.
    labels : numpy.ndarray
        Campaign number of every post (``0..len(self)-1``, numbered by first row).
    indicators : tuple of Indicator
        Every indicator that links posts.
    links_post, links_indicator : numpy.ndarray
        Incidence: post row ``links_post[i]`` carries ``indicators[links_indicator[i]]``;
        sorted by post, then by indicator strength.
    common : tuple of Indicator
        Values shared by more than ``cutoff`` posts: reported, not used as links.
    cutoff : int
        The most posts a value could be shared by and still link them.
    post_scores : numpy.ndarray or None
        Member scores as given (``NaN`` where missing).
    settings : mapping
        The parameters the linking ran with.
    """

    post_ids: tuple[Any, ...]
    labels: np.ndarray
    indicators: tuple[Indicator, ...]
    links_post: np.ndarray
    links_indicator: np.ndarray
    common: tuple[Indicator, ...]
    cutoff: int
    post_scores: np.ndarray | None = None
    settings: Mapping[str, Any] = field(default_factory=dict)

    # -- per campaign ---------------------------------------------------------------------------------------

    def __len__(self) -> int:
        return int(self.labels.max()) + 1 if len(self.labels) else 0

    @property
    def n_posts(self) -> int:
        return len(self.labels)

    @cached_property
    def sizes(self) -> np.ndarray:
        """Posts per campaign, indexed by campaign number."""
        return np.bincount(self.labels, minlength=len(self))

    @cached_property
    def campaign_ids(self) -> tuple[str, ...]:
        """Campaign id per campaign number: ``C000001``, ``C000002``, ... (by first row)."""
        width = max(6, len(str(len(self))))
        return tuple(f"C{i + 1:0{width}d}" for i in range(len(self)))

    @cached_property
    def campaign_scores(self) -> np.ndarray | None:
        """Maximum member score per campaign (``NaN`` where no member has a score); ``None`` without scores."""
        if self.post_scores is None:
            return None
        out = np.full(len(self), -np.inf)
        np.fmax.at(out, self.labels, np.where(np.isnan(self.post_scores), -np.inf, self.post_scores))
        out[np.isneginf(out)] = np.nan
        return out

    @cached_property
    def _members(self) -> tuple[np.ndarray, np.ndarray]:
        order = np.argsort(self.labels, kind="stable")
        return order, np.concatenate(([0], np.cumsum(self.sizes)))

    @cached_property
    def _campaign_indicators(self) -> tuple[np.ndarray, np.ndarray]:
        owner = np.full(len(self.indicators), -1, dtype=np.int64)
        owner[self.links_indicator] = self.labels[self.links_post]
        strength = self._indicator_rank
        order = np.lexsort((strength, owner))
        return order, np.concatenate(([0], np.cumsum(np.bincount(owner, minlength=len(self)))))

    @cached_property
    def _indicator_rank(self) -> np.ndarray:
        keys = sorted(range(len(self.indicators)), key=lambda i: (-self.indicators[i].posts, self.indicators[i].key))
        rank = np.empty(len(self.indicators), dtype=np.int64)
        rank[keys] = np.arange(len(keys))
        return rank

    def _number(self, campaign: str | int) -> int:
        if isinstance(campaign, str):
            try:
                number = int(campaign.lstrip("C")) - 1
            except ValueError:
                raise KeyError(campaign) from None
            if not 0 <= number < len(self) or self.campaign_ids[number] != campaign:
                raise KeyError(campaign)
            return number
        if not 0 <= int(campaign) < len(self):
            raise KeyError(campaign)
        return int(campaign)

    def campaign(self, campaign: str | int) -> Campaign:
        """One campaign by id (``"C000001"``) or number (0-based)."""
        number = self._number(campaign)
        order, bounds = self._members
        rows = tuple(int(r) for r in order[bounds[number]:bounds[number + 1]])
        ind_order, ind_bounds = self._campaign_indicators
        inds = tuple(self.indicators[i] for i in ind_order[ind_bounds[number]:ind_bounds[number + 1]])
        scores = self.campaign_scores
        score = None if scores is None or np.isnan(scores[number]) else float(scores[number])
        return Campaign(campaign_id=self.campaign_ids[number], size=len(rows), first_row=rows[0], last_row=rows[-1],
                        member_rows=rows, member_ids=tuple(_json_safe(self.post_ids[r]) for r in rows),
                        indicators=inds, score=score)

    def iter_campaigns(self, min_size: int = 1) -> Iterator[Campaign]:
        """Campaigns with at least ``min_size`` posts, by id."""
        for number in np.flatnonzero(self.sizes >= min_size):
            yield self.campaign(int(number))

    def __iter__(self) -> Iterator[Campaign]:
        return self.iter_campaigns()

    # -- frames ---------------------------------------------------------------------------------------------

    @cached_property
    def _labels_text(self) -> list[str]:
        return [i.label() for i in self.indicators]

    def post_links(self, start: int = 0, stop: int | None = None) -> list[str]:
        """Per post of rows ``start:stop``, the indicators that link it (``"; "``-separated, strongest first).

        ``""`` for a post that links to nothing.
        """
        stop = self.n_posts if stop is None else min(stop, self.n_posts)
        out = [""] * max(0, stop - start)
        a, b = np.searchsorted(self.links_post, [start, stop])
        posts, inds = self.links_post[a:b], self.links_indicator[a:b]
        if len(posts) == 0:
            return out
        labels = self._labels_text
        bounds = np.flatnonzero(np.diff(posts)) + 1
        for chunk_posts, chunk_inds in zip(np.split(posts, bounds), np.split(inds, bounds), strict=True):
            out[int(chunk_posts[0]) - start] = "; ".join(labels[i] for i in chunk_inds)
        return out

    def to_frame(self) -> pd.DataFrame:
        """One row per input post, in input order.

        Columns: ``post_id``, ``campaign_id``, ``campaign_size``, ``campaign_links``
        and, when scores were given, ``campaign_score`` (the campaign's highest member score).
        """
        ids = np.array(self.campaign_ids, dtype=object)
        frame = pd.DataFrame({
            "post_id": pd.Series(list(self.post_ids), dtype=object),
            "campaign_id": ids[self.labels] if len(self.labels) else np.array([], dtype=object),
            "campaign_size": self.sizes[self.labels].astype(np.int64),
            "campaign_links": pd.Series(self.post_links(), dtype=object),
        })
        if self.campaign_scores is not None:
            frame["campaign_score"] = self.campaign_scores[self.labels]
        return frame

    def listing(self, min_size: int = 2) -> pd.DataFrame:
        """One row per campaign with at least ``min_size`` posts, largest first.

        Columns: ``campaign_id``, ``size``, ``first_row``, ``last_row``, ``member_ids``,
        ``indicators`` (labels, strongest first), ``template_similarity``, ``campaign_score``.
        """
        rows = []
        for c in self.iter_campaigns(min_size):
            rows.append({"campaign_id": c.campaign_id, "size": c.size, "first_row": c.first_row,
                         "last_row": c.last_row, "member_ids": list(c.member_ids),
                         "indicators": [i.label() for i in c.indicators],
                         "template_similarity": c.template_similarity, "campaign_score": c.score})
        columns = ["campaign_id", "size", "first_row", "last_row", "member_ids", "indicators",
                   "template_similarity", "campaign_score"]
        frame = pd.DataFrame(rows, columns=columns)
        return frame.sort_values(["size", "first_row"], ascending=[False, True], kind="stable").reset_index(drop=True)

    def common_frame(self) -> pd.DataFrame:
        """The values too common to link on (kind, value, posts), most common first."""
        return pd.DataFrame([i.to_dict() for i in self.common], columns=["kind", "value", "posts"])

    def summary(self) -> dict[str, Any]:
        """Counts for a report: posts, campaigns, linked posts, largest campaign, size histogram."""
        sizes = self.sizes
        hist = {int(s): int(n) for s, n in zip(*np.unique(sizes, return_counts=True), strict=True)}
        return {"posts": self.n_posts, "campaigns": len(self), "campaigns_2plus": int((sizes >= 2).sum()),
                "posts_in_campaigns_2plus": int(sizes[sizes >= 2].sum()),
                "largest": int(sizes.max()) if len(sizes) else 0, "size_histogram": hist,
                "common_values": len(self.common), "cutoff": self.cutoff}

    def write_graph(self, path: Any, *, min_size: int = 2) -> None:
        """Write the post–indicator graph as GraphML or JSON (see :func:`ct_screen.link.graph.write_graph`)."""
        from .graph import write_graph

        write_graph(self, path, min_size=min_size)
