"""Labelled posts from any source, pooled across domains, grouped as one.

A :class:`LabelledPosts` holds posts (plain text, or a mapping of EMSCAD-style
fields), labels, weights, a domain per post (``emscad``, ``social:Bluesky:en``
...) and near-duplicate groups. Loaders:

- :func:`from_emscad`: the EMSCAD frame of :func:`ct_screen.datasets.load_emscad`
  (posts as fields, ``sample_weight`` kept);
- :func:`load_social`: ``social/social_dev.csv.gz`` (text, label, platform, language);
- :func:`load_labelled`: any CSV/JSONL/Parquet with a text column (or EMSCAD
  fields), a label column and optional group, domain and weight columns: how a
  platform retrains on its own moderators' decisions.

:func:`pool` joins sets and groups near-duplicates across all of them with one
function (:func:`ct_screen.datasets.group_posts`), so a scam template seen on
two platforms stays on one side of every split.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ..datasets import TEXT_COLUMNS, group_posts
from ..fields import join_fields

__all__ = ["LabelledPosts", "from_emscad", "load_social", "load_labelled", "pool", "short_views"]

Post = str | Mapping[str, Any]


@dataclass(frozen=True)
class LabelledPosts:
    """Posts with labels, weights, domains and near-duplicate groups (one entry per post).

    ``groups`` may be ``None`` until :func:`pool` assigns them. ``parent`` is,
    for a short view of another post, that post's index (else -1).
    """

    posts: tuple[Post, ...]
    y: np.ndarray
    weight: np.ndarray
    domain: np.ndarray
    groups: np.ndarray | None = None
    parent: np.ndarray | None = None

    def __post_init__(self) -> None:
        n = len(self.posts)
        for name in ("y", "weight", "domain"):
            if len(getattr(self, name)) != n:
                raise ValueError(f"{name} has {len(getattr(self, name))} entries for {n} posts")
        if not np.isin(self.y, (0, 1)).all():
            raise ValueError("labels must be 0 (legitimate) or 1 (scam)")
        if not (np.isfinite(self.weight).all() and (self.weight >= 0).all()):
            raise ValueError("weights must be finite and non-negative")

    def __len__(self) -> int:
        return len(self.posts)

    def texts(self) -> list[str]:
        """The joined text of every post (what ``screen()`` reads)."""
        return [join_fields(p).text for p in self.posts]

    def summary(self) -> dict[str, dict[str, int]]:
        """Rows and scams per domain."""
        out: dict[str, dict[str, int]] = {}
        for d in sorted(set(self.domain.tolist())):
            mask = self.domain == d
            out[str(d)] = {"rows": int(mask.sum()), "scams": int(self.y[mask].sum())}
        return out


def from_emscad(df: pd.DataFrame) -> LabelledPosts:
    """EMSCAD rows (``load_emscad``) as posts given as fields, domain ``emscad``."""
    rows = df.to_dict("records")
    weight = df["sample_weight"].to_numpy(np.float64) if "sample_weight" in df else np.ones(len(df))
    return LabelledPosts(tuple(rows), df["fraudulent"].to_numpy(np.int64), weight.copy(),
                         np.array(["emscad"] * len(df), dtype=object))


def load_social(path: str | os.PathLike, *, weight: float = 1.0) -> LabelledPosts:
    """The social/SMS file: domain ``social:<platform>:<language>``, each row weighing ``weight``."""
    df = pd.read_csv(path, keep_default_na=False, dtype={"text": str})
    missing = {"text", "label", "platform", "language"} - set(df.columns)
    if missing:
        raise ValueError(f"{path}: missing columns {sorted(missing)}")
    domain = ("social:" + df["platform"].astype(str) + ":" + df["language"].astype(str)).to_numpy(object)
    return LabelledPosts(tuple(df["text"].astype(str)), df["label"].to_numpy(np.int64),
                         np.full(len(df), float(weight)), domain)


def _read_table(path: Path) -> pd.DataFrame:
    name = path.name.lower()
    if name.endswith((".jsonl", ".jsonl.gz", ".ndjson")):
        return pd.read_json(path, lines=True, dtype=False)
    if name.endswith(".parquet"):
        return pd.read_parquet(path)
    if name.endswith((".csv", ".csv.gz", ".tsv", ".tsv.gz")):
        return pd.read_csv(path, keep_default_na=False, sep="\t" if ".tsv" in name else ",", dtype=str)
    raise ValueError(f"{path}: unknown format; use .csv, .tsv, .jsonl or .parquet (optionally .gz)")


def _labels(values: pd.Series, path: Path, column: str) -> np.ndarray:
    text = values.astype(str).str.strip().str.lower()
    mapping = {"1": 1, "0": 0, "true": 1, "false": 0, "1.0": 1, "0.0": 0, "yes": 1, "no": 0, "scam": 1, "legit": 0}
    bad = ~text.isin(list(mapping))
    if bad.any():
        raise ValueError(f"{path}: column {column!r} row {int(np.flatnonzero(bad)[0]) + 1} holds "
                         f"{values.iloc[int(np.flatnonzero(bad)[0])]!r}, not a 0/1 label")
    return text.map(mapping).to_numpy(np.int64)


def load_labelled(path: str | os.PathLike, *, text_column: str | None = "text", label_column: str = "label",
                  group_column: str | None = None, domain_column: str | None = None,
                  weight_column: str | None = None, domain: str = "own") -> LabelledPosts:
    """Labelled posts from a CSV, TSV, JSONL or Parquet file.

    Parameters
    ----------
    path : path
        The file.
    text_column : str or None
        The post text; ``None`` reads the EMSCAD field columns present instead.
    label_column : str
        1 (scam) or 0 (legitimate); ``true``/``false``, ``yes``/``no`` are read too.
    group_column, domain_column, weight_column : str, optional
        Known groups (kept apart by :func:`pool` in addition to near-duplicates),
        a domain per row (else ``domain``), a weight per row (else 1).

    Raises
    ------
    ValueError
        A missing column, a label that is not 0/1, a negative or non-numeric weight.
    """
    path = Path(path)
    df = _read_table(path)
    need = [c for c in (text_column, label_column, group_column, domain_column, weight_column) if c]
    missing = [c for c in need if c not in df.columns]
    if missing:
        raise ValueError(f"{path}: no column {', '.join(map(repr, missing))}; the columns are {list(df.columns)}")
    if text_column is None:
        fields = [c for c in TEXT_COLUMNS if c in df.columns]
        if not fields:
            raise ValueError(f"{path}: no text column given and no EMSCAD field columns found")
        posts: tuple[Post, ...] = tuple({c: str(v) for c, v in zip(fields, row, strict=True)}
                                        for row in df[fields].itertuples(index=False, name=None))
    else:
        posts = tuple("" if v is None or (isinstance(v, float) and v != v) else str(v) for v in df[text_column])
    weight = (pd.to_numeric(df[weight_column], errors="raise").to_numpy(np.float64) if weight_column
              else np.ones(len(df)))
    domains = df[domain_column].astype(str).to_numpy(object) if domain_column else np.array([domain] * len(df), object)
    data = LabelledPosts(posts, _labels(df[label_column], path, label_column), weight, domains)
    if group_column:
        codes = pd.factorize(df[group_column].astype(str))[0]
        return LabelledPosts(data.posts, data.y, data.weight, data.domain, groups=-1 - codes.astype(np.int64))
    return data


def pool(*sets: LabelledPosts) -> LabelledPosts:
    """Join sets and group near-duplicates across all of them (one grouping function for every source).

    Given groups (from a group column) are kept: rows sharing one are joined too.
    """
    posts = tuple(p for s in sets for p in s.posts)
    frame = pd.DataFrame([p if isinstance(p, Mapping) else {"description": p} for p in posts])
    for column in TEXT_COLUMNS:
        frame[column] = frame[column].fillna("").astype(str) if column in frame else ""
    labels = group_posts(frame).labels
    given = np.concatenate([s.groups if s.groups is not None else np.zeros(len(s), np.int64) for s in sets])
    if (given < 0).any():
        from scipy.sparse import coo_matrix
        from scipy.sparse.csgraph import connected_components

        n = len(posts)
        # link each row to its near-duplicate group and to its given group (both as extra nodes)
        a = np.r_[np.arange(n), np.flatnonzero(given < 0)]
        b = np.r_[n + labels, n + labels.max() + 1 + (-1 - given[given < 0])]
        size = n + labels.max() + 2 + int((-1 - given[given < 0]).max(initial=0))
        _, comp = connected_components(coo_matrix((np.ones(len(a)), (a, b)), shape=(size, size)), directed=False)
        labels = pd.factorize(comp[:n])[0].astype(np.int64)
    return LabelledPosts(posts, np.concatenate([s.y for s in sets]), np.concatenate([s.weight for s in sets]),
                         np.concatenate([s.domain for s in sets]), groups=labels)


_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.split(text) if s.strip()]


def short_views(data: LabelledPosts, *, per_post: int, weight: float, seed: int,
                min_chars: int = 20) -> LabelledPosts:
    """Short free-text views of the posts given as fields, in their post's group (domain ``<domain>:view``).

    The first view is the title and one to three opening sentences of the
    description; the second a window of one to three sentences from it; the
    third the title and one or two sentences of the requirements or benefits
    (how a short ad asks for skills and says how to apply). Each is plain text
    (no fields), as a social post would arrive.
    """
    if data.groups is None:
        raise ValueError("pool() the posts first: views take their post's group")
    rng = np.random.default_rng(seed)
    posts, parent = [], []
    for i, post in enumerate(data.posts):
        if not isinstance(post, Mapping):
            continue
        sentences = _sentences(str(post.get("description", "") or ""))
        title = str(post.get("title", "") or "").strip()
        made = []
        if per_post >= 1:
            k = int(rng.integers(1, 4))
            made.append(" ".join([f"{title}." if title else "", *sentences[:k]]).strip())
        if per_post >= 2 and len(sentences) > 2:
            a = int(rng.integers(0, len(sentences) - 1))
            made.append(" ".join(sentences[a:a + int(rng.integers(1, 4))]))
        if per_post >= 3:
            rest = _sentences(" ".join(str(post.get(f, "") or "") for f in ("requirements", "benefits")))
            if rest:
                a = int(rng.integers(0, len(rest)))
                made.append(" ".join([f"{title}." if title else "", *rest[a:a + int(rng.integers(1, 3))]]).strip())
        for view in made:
            if len(view) >= min_chars:
                posts.append(view)
                parent.append(i)
    idx = np.asarray(parent, dtype=np.int64)
    return LabelledPosts(tuple(posts), data.y[idx], data.weight[idx] * weight,
                         np.array([f"{d}:view" for d in data.domain[idx]], dtype=object),
                         groups=data.groups[idx], parent=idx)


def as_records(posts: Sequence[Post]) -> list[Post]:
    """Posts as ``screen()`` takes them."""
    return list(posts)
