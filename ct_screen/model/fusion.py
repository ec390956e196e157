"""Fit the parameters of :func:`ct_screen.fuse.fused_score` on grouped out-of-fold predictions.

The fused log-odds are ``b + a * logit(p) + sum_c k_c * max(0, logit(w_c) - logit(r))``:
the classifier's calibrated probability ``p`` (at the base rate ``r``) and, per
rule category that fired, the rule's own weight ``w_c`` read as a likelihood
ratio against the base rate, scaled by ``k_c``.

Why this form. A rule weight is written as "how likely is a post with only this
flag to be a scam" on a real platform, so ``logit(w) - logit(r)`` is the
evidence the rule author claims. Each ``k_c`` has a Gaussian prior with mean 1
(trust the author) and standard deviation ``prior_sd``, bounded below by 0 (a
red flag never lowers risk). Categories that fire often in EMSCAD get a scale
the data supports; categories that never fire there (organ trade, document
control, minor targeting ...) keep ``k = 1``.

A floor adds a guarantee: for categories with fewer than ``min_support``
training posts (and any category the bundle does not know), the fused score is
at least their rules-only score mapped onto the model's bands
(rules-only review/high cut-offs -> the model's review/high thresholds). A
classifier trained on 2012-2014 job ads has no evidence against a passport
being "kept safe" by an agency, so it may raise such a post but not lower it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from ..fuse import RULES_ONLY_THRESHOLDS, fused_score
from .calibrate import fit_weighted_logistic, logit, prior_shift

__all__ = ["evidence_matrix", "fit_fusion", "with_floor", "fused_scores", "category_support"]


def evidence_matrix(weights: Sequence[Mapping[str, float]], categories: Sequence[str],
                    reference_rate: float) -> np.ndarray:
    """Per post and category, ``max(0, logit(w) - logit(reference_rate))`` if it fired, else 0."""
    column = {c: j for j, c in enumerate(categories)}
    out = np.zeros((len(weights), len(categories)))
    ref = float(logit(reference_rate))
    for i, fired in enumerate(weights):
        for category, weight in fired.items():
            if category in column:
                out[i, column[category]] = max(0.0, float(logit(weight)) - ref)
    return out


def category_support(weights: Sequence[Mapping[str, float]]) -> dict[str, int]:
    """Training posts on which each category fired."""
    counts: dict[str, int] = {}
    for fired in weights:
        for category in fired:
            counts[category] = counts.get(category, 0) + 1
    return dict(sorted(counts.items()))


def fit_fusion(model_probability: np.ndarray, weights: Sequence[Mapping[str, float]], y: np.ndarray,
               sample_weight: np.ndarray, *, categories: Sequence[str], train_rate: float, base_rate: float,
               prior_sd: float = 0.5, min_support: int = 25) -> dict[str, object]:
    """Fit the fusion parameters (without the floor's knots, see :func:`with_floor`).

    Parameters
    ----------
    model_probability : array
        Out-of-fold calibrated classifier probabilities at ``base_rate``.
    weights : sequence of mappings
        Per post, the strongest rule weight per fired category (rules only).
    y, sample_weight : arrays
        Labels and weights of the training file.
    categories : sequence of str
        Categories given a fitted scale (the built-in ones).
    train_rate, base_rate : float
        The training file's weighted fraud share and the platform's.
    prior_sd : float
        Standard deviation of the prior on each category scale (mean 1).
    min_support : int
        Categories firing on fewer training posts get the floor.
    """
    categories = list(categories)
    x = np.column_stack([logit(model_probability), evidence_matrix(weights, categories, base_rate)])
    mean = np.r_[1.0, np.ones(len(categories))]
    precision = np.r_[0.0, np.full(len(categories), 1.0 / prior_sd ** 2)]
    lower = np.r_[0.0, np.zeros(len(categories))]
    theta = fit_weighted_logistic(x, y, sample_weight, prior_mean=mean, prior_precision=precision, lower=lower)
    support = category_support(weights)
    # the fit is at the file's fraud share; move the intercept to the platform's
    intercept = float(theta[0]) + prior_shift(train_rate, base_rate)
    return {
        "intercept": round(intercept, 6),
        "model_coef": round(float(theta[1]), 6),
        "category_scales": {c: round(float(k), 6) for c, k in zip(categories, theta[2:], strict=True)},
        "reference_rate": base_rate,
        "unknown_category_scale": 1.0,
        "category_support": {c: int(support.get(c, 0)) for c in categories},
        "floor": {"exempt": sorted(c for c in categories if support.get(c, 0) >= min_support), "knots": []},
        "prior": {"scale_mean": 1.0, "scale_sd": prior_sd, "min_support": min_support},
    }


def with_floor(fusion: Mapping[str, object], review: float, high: float) -> dict[str, object]:
    """The fusion with floor knots mapping rules-only cut-offs onto ``review``/``high``."""
    out = dict(fusion)
    floor = dict(out.get("floor") or {"exempt": []})  # type: ignore[arg-type]
    rules = RULES_ONLY_THRESHOLDS
    floor["knots"] = [[0.0, 0.0], [rules.review, review], [rules.high, high], [1.0, max(high, 0.99)]]
    floor["from_thresholds"] = {"review": rules.review, "high": rules.high}
    out["floor"] = floor
    return out


def fused_scores(model_probability: np.ndarray, weights: Sequence[Mapping[str, float]],
                 fusion: Mapping[str, object]) -> np.ndarray:
    """:func:`ct_screen.fuse.fused_score` for many posts."""
    params = dict(fusion)
    floor = params.get("floor")
    if isinstance(floor, Mapping) and not floor.get("knots"):
        params.pop("floor")
    return np.array([fused_score(float(p), fired, params) for p, fired in zip(model_probability, weights,
                                                                               strict=True)])
