"""What each rule adds to the score: the screener's score with and without it, on labelled posts.

A rule earns its place if removing it makes ranking worse. For every rule this
module recomputes each post's score as if the rule had not fired (with the
classifier's probability and the fusion parameters of the model bundle when a
model is loaded, else the rules-only noisy-OR) and compares the two on the
labels: average precision with and without the rule, the mean score drop on the
posts it fires on, and how many of those posts would fall to a lower band.
No post is screened twice.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd
from sklearn.metrics import average_precision_score

from ..fuse import band_for, category_weights, fused_score, rules_only_score
from ..result import ScreenResult
from ..rules import Rule
from ..screener import Screener
from .rule_analysis import label_array, weight_array

__all__ = ["CONTRIBUTION_COLUMNS", "rule_contribution"]

CONTRIBUTION_COLUMNS = ("category", "n_fired", "mean_score", "mean_score_without", "mean_drop", "n_band_drop",
                        "ap", "ap_without", "ap_gain")
"""Columns of :func:`rule_contribution`."""
_BAND_RANK = {"low": 0, "review": 1, "high": 2}


def _score_without(result: ScreenResult, rule_id: str, fusion: Mapping[str, object] | None) -> float:
    hits = [h for h in result.hits if h.rule_id != rule_id]
    if result.model_score is None:
        return rules_only_score(hits)
    assert fusion is not None
    return fused_score(result.model_score, category_weights(hits), fusion)


def _average_precision(y: np.ndarray, scores: np.ndarray, w: np.ndarray) -> float:
    if len(np.unique(y)) < 2:
        return float("nan")
    return float(average_precision_score(y, scores, sample_weight=w))


def rule_contribution(texts: Iterable[str | Mapping[str, Any]], labels: Sequence[Any] | np.ndarray | pd.Series,
                      screener: Screener | None = None, sample_weight: Sequence[float] | np.ndarray | None = None,
                      rules: Iterable[Rule] | None = None) -> pd.DataFrame:
    """Score with and without each rule, on labelled posts.

    Parameters
    ----------
    texts : iterable of str or mapping
        Posts, as :func:`ct_screen.screen` accepts them.
    labels : array-like of {0, 1}
        1 for a scam/trafficking post, 0 for a legitimate one.
    screener : Screener, optional
        The screener to measure (default: built-in rules, no model). With a model,
        scores are the fused scores and "without" keeps the classifier's probability.
    sample_weight : array-like of float, optional
        Per-post weights for the means and the average precision.
    rules : iterable of Rule, optional
        Rules to report (default: all the screener's rules; others still count in the score).

    Returns
    -------
    pandas.DataFrame
        Indexed by rule id with :data:`CONTRIBUTION_COLUMNS`: ``n_fired``;
        ``mean_score`` / ``mean_score_without`` (weighted, over the posts the rule
        fires on) and their difference ``mean_drop``; ``n_band_drop``, the posts
        that would land in a lower band without the rule; ``ap`` / ``ap_without``,
        the weighted average precision over all posts, and ``ap_gain = ap - ap_without``
        (negative: the rule makes the ranking worse).
    """
    posts = list(texts)
    y, w = label_array(labels, len(posts)), weight_array(sample_weight, len(posts))
    screener = screener if screener is not None else Screener(model=None)
    chosen = screener.rules if rules is None else tuple(rules)
    results = list(screener.iter_screen(posts))
    fusion = screener.model.fusion if any(r.model_score is not None for r in results) else None
    thresholds = screener.thresholds
    base = np.array([r.score for r in results], dtype=float)
    ap = _average_precision(y, base, w)
    rows = []
    for rule in chosen:
        fired = [i for i, r in enumerate(results) if any(h.rule_id == rule.id for h in r.hits)]
        without = base.copy()
        for i in fired:
            without[i] = _score_without(results[i], rule.id, fusion)
        idx = np.array(fired, dtype=int)
        weight = w[idx].sum() if len(idx) else 0.0
        with_mean = float(np.dot(w[idx], base[idx]) / weight) if weight > 0 else float("nan")
        without_mean = float(np.dot(w[idx], without[idx]) / weight) if weight > 0 else float("nan")
        drops = sum(_BAND_RANK[band_for(without[i], thresholds)] < _BAND_RANK[results[i].band] for i in fired)
        ap_without = _average_precision(y, without, w)
        rows.append({"category": rule.category, "n_fired": len(fired), "mean_score": with_mean,
                     "mean_score_without": without_mean, "mean_drop": with_mean - without_mean,
                     "n_band_drop": int(drops), "ap": ap, "ap_without": ap_without, "ap_gain": ap - ap_without})
    table = pd.DataFrame(rows, index=pd.Index([r.id for r in chosen], dtype=object, name="rule_id"),
                         columns=list(CONTRIBUTION_COLUMNS))
    return table
