"""The fixed split of ``social_dev`` for rule recall work: a half to read, a half to measure on.

Rule authors may read the *reading* half of the real social and SMS posts to
learn how recruiters and scammers write; recall is only ever *measured* on the
*measuring* half (issue 16, item 5). The split is made once, with a fixed seed,
stratified by label and platform and grouped by near-duplicates
(:func:`ct_screen.datasets.group_posts`), so no campaign sits on both sides.
The file is read from ``$CT_SCREEN_DATA/social/social_dev.csv.gz``; no row of it
is ever copied into the project.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

__all__ = ["SPLIT_SEED", "SocialSplit", "social_dev_path", "split_social", "load_social_split", "category_recall",
           "CategoryRecall"]

SPLIT_SEED = 16
"""The one seed of the reading/measuring split (issue 16)."""


def social_dev_path(data_home: str | os.PathLike | None = None) -> Path:
    """Where ``social_dev.csv.gz`` lives: ``data_home`` or ``$CT_SCREEN_DATA``, under ``social/``.

    Raises
    ------
    FileNotFoundError
        When neither is set or the file is missing.
    """
    home = data_home if data_home is not None else os.environ.get("CT_SCREEN_DATA")
    if not home:
        raise FileNotFoundError("set CT_SCREEN_DATA (or pass data_home) to the folder holding social/")
    path = Path(home) / "social" / "social_dev.csv.gz"
    if not path.is_file():
        raise FileNotFoundError(f"no social_dev file at {path}")
    return path


@dataclass(frozen=True)
class SocialSplit:
    """The two halves of ``social_dev`` (row positions into the frame, sorted)."""

    frame: pd.DataFrame
    reading: np.ndarray
    measuring: np.ndarray

    @property
    def reading_frame(self) -> pd.DataFrame:
        return self.frame.iloc[self.reading]

    @property
    def measuring_frame(self) -> pd.DataFrame:
        return self.frame.iloc[self.measuring]


def split_social(frame: pd.DataFrame, *, seed: int = SPLIT_SEED) -> SocialSplit:
    """Split posts into a reading and a measuring half, stratified by label and platform, grouped by near-duplicates.

    Parameters
    ----------
    frame : pandas.DataFrame
        Rows with ``text``, ``label`` and ``platform`` columns.
    seed : int
        Shuffle seed of the split.

    Returns
    -------
    SocialSplit
        The first fold of a two-fold ``StratifiedGroupKFold`` is the reading half.
    """
    from sklearn.model_selection import StratifiedGroupKFold

    from ..datasets import group_posts

    frame = frame.reset_index(drop=True)
    groups = group_posts(pd.DataFrame({"description": frame["text"].fillna("").astype(str)})).labels
    strata = frame["label"].astype(str) + "|" + frame["platform"].astype(str)
    splitter = StratifiedGroupKFold(n_splits=2, shuffle=True, random_state=seed)
    reading, measuring = next(splitter.split(np.zeros(len(frame)), strata, groups))
    return SocialSplit(frame, np.sort(reading), np.sort(measuring))


def load_social_split(data_home: str | os.PathLike | None = None, *, seed: int = SPLIT_SEED) -> SocialSplit:
    """Read ``social_dev.csv.gz`` (see :func:`social_dev_path`) and split it with :func:`split_social`."""
    return split_social(pd.read_csv(social_dev_path(data_home)), seed=seed)


@dataclass(frozen=True)
class CategoryRecall:
    """What one category does on a set of labelled posts: scams it flags and legitimate posts it fires on."""

    category: str
    scams_flagged: int
    legit_fired: int


def category_recall(categories: Sequence[Iterable[str]], labels: Sequence[int],
                    names: Sequence[str]) -> list[CategoryRecall]:
    """Per category in ``names``: how many scam posts (label 1) and legitimate posts (label 0) it fired on.

    ``categories`` holds, per post, the categories that fired on it.
    """
    fired = [set(c) for c in categories]
    return [CategoryRecall(name, sum(1 for f, y in zip(fired, labels, strict=True) if y == 1 and name in f),
                           sum(1 for f, y in zip(fired, labels, strict=True) if y == 0 and name in f))
            for name in names]
