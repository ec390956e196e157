"""Across domains: does a model trained on one kind of post hold on another?

:func:`cross_domain` gives one row per (training data, test posts) pair, each
beside the bare baseline trained and tested on the same posts:

- *every domain, grouped CV*: the cross-fitted figures of
  :func:`ct_screen.training.figures.figures` per domain (for EMSCAD this is
  "trained on social/SMS plus EMSCAD, tested on held-out EMSCAD groups");
- *EMSCAD only*: the recipe fitted on the EMSCAD posts (and their views) alone,
  with calibration, fusion and thresholds fitted on their own grouped
  out-of-fold scores, then tested on each other domain's posts, which it never saw.

Where a group of test posts is small (under 40 of either class; Bluesky has 13
scams), the row carries bootstrap intervals of both ROC-AUCs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from ..evaluation import grouped_folds
from .baseline import fit_baseline
from .figures import compare, domain_masks, figures
from .train import TrainResult, apply_post_processing, fit_classifier, fit_post_processing, with_views

__all__ = ["Transfer", "transfer", "cross_domain", "SOURCE_DOMAIN"]

SOURCE_DOMAIN = "emscad"
"""The domain the transfer rows train on alone."""


@dataclass(frozen=True)
class Transfer:
    """Scores of target posts from a model and a baseline trained on source posts only."""

    rows: np.ndarray          # target post rows of ``result.prepared``
    fused: np.ndarray
    baseline: np.ndarray
    thresholds: dict[str, float]


def transfer(result: TrainResult, source: np.ndarray, target: np.ndarray) -> Transfer:
    """Train ``result``'s recipe and setting on the ``source`` posts, score the ``target`` posts.

    Parameters
    ----------
    result : TrainResult
        Supplies the prepared posts, the recipe and the shipped setting.
    source, target : numpy.ndarray of bool
        Row masks over ``result.prepared.data``; only posts (not views) are
        used as given, views follow their source posts.
    """
    prep, recipe = result.prepared, result.recipe
    data = prep.data
    posts = data.parent < 0
    src, tgt = np.flatnonzero(source & posts), np.flatnonzero(target & posts)
    if not len(src) or not len(tgt):
        raise ValueError("transfer needs source and target posts")
    decision, weak = np.zeros(len(data)), np.zeros(len(data))
    for tr, te in grouped_folds(data.y[src], data.groups[src], n_splits=recipe.n_splits, seed=recipe.seed):
        model = fit_classifier(prep, with_views(prep, src[tr]), result.setting, recipe)
        test = with_views(prep, src[te])
        decision[test], weak[test] = model.decision_parts([prep.docs[i] for i in test])
    rows = with_views(prep, src)
    final = fit_classifier(prep, rows, result.setting, recipe)
    post = fit_post_processing(prep, rows, decision, recipe, weak, intercept=final.intercept)
    decision[tgt], weak[tgt] = final.decision_parts([prep.docs[i] for i in tgt])
    decide = fit_baseline([prep.texts[i] for i in src], data.y[src], data.weight[src])
    return Transfer(tgt, apply_post_processing(prep, tgt, decision, post, weak), decide([prep.texts[i] for i in tgt]),
                    post.thresholds)


def cross_domain(result: TrainResult, figs: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    """The cross-domain table (see the module notes): a list of rows with ``train`` and ``test`` names."""
    figs = figs or figures(result)
    out = [{"train": "every domain (grouped CV)", "test": name, **row} for name, row in figs["domains"].items()]
    data = result.prepared.data
    source = data.domain.astype(str) == SOURCE_DOMAIN
    masks = {name: m for name, m in domain_masks(result).items()
             if name != SOURCE_DOMAIN and "views" not in name and not (m & source).any()}
    if not source.any() or not masks:
        return out
    target = np.zeros(len(data), bool)
    for m in masks.values():
        target |= m
    moved = transfer(result, source, target)
    fused = np.full(len(data), np.nan)
    base = np.full(len(data), np.nan)
    fused[moved.rows], base[moved.rows] = moved.fused, moved.baseline
    for name, m in masks.items():
        y, w = data.y[m], data.weight[m]
        row = compare(y, fused[m], base[m], w, data.groups[m])
        flagged = fused[m] >= moved.thresholds["review"]
        if (y == 0).any():
            row["legit_flagged_at_review"] = round(float(w[flagged & (y == 0)].sum() / w[y == 0].sum()), 4)
        if (y == 1).any():
            row["scam_recall_at_review"] = round(float(w[flagged & (y == 1)].sum() / w[y == 1].sum()), 4)
        out.append({"train": "EMSCAD only", "test": name, **row})
    return out
