"""Fit the :class:`~ct_screen.fuse.Fusion` of classifier and rule categories on pooled grouped OOF scores.

Each category's scale has a Gaussian prior: mean 1 (trust the rule author's
weight) for the categories whose evidence is strong by itself, mean 0 (no
effect) for the rest, standard deviation ``prior_sd``, bounded below by 0 (a
red flag never lowers risk). Categories with few examples therefore shrink
toward their prior, not toward 1.0. There is no floor: the score is what the
fitted log-odds say. After the thresholds are chosen, a weak category's scale
is capped so that it alone cannot lift a post the classifier is neutral about
to ``review`` (:func:`cap_weak_categories`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from ..fuse import Fusion, fused_score
from ..model.calibrate import Calibration, fit_weighted_logistic, logit, prior_shift

__all__ = ["evidence_matrix", "fit_fusion", "fused_scores", "cap_weak_categories", "lifts_alone", "weak_term_cap",
           "weak_term_start"]


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


def fit_fusion(probability: np.ndarray, weights: Sequence[Mapping[str, float]], y: np.ndarray, w: np.ndarray, *,
               categories: Sequence[str], strong: Sequence[str], base_rate: float, prior_sd: float) -> Fusion:
    """Fit intercept, classifier coefficient and category scales (probabilities at ``base_rate``)."""
    categories = list(categories)
    x = np.column_stack([logit(probability), evidence_matrix(weights, categories, base_rate)])
    mean = np.r_[1.0, [1.0 if c in strong else 0.0 for c in categories]]
    precision = np.r_[0.0, np.full(len(categories), 1.0 / prior_sd ** 2)]
    theta = fit_weighted_logistic(x, y, w, prior_mean=mean, prior_precision=precision,
                                  lower=np.r_[0.0, np.zeros(len(categories))])
    train_rate = float(w[y == 1].sum() / w.sum())
    return Fusion(intercept=round(float(theta[0]) + prior_shift(train_rate, base_rate), 6),
                  model_coef=round(float(theta[1]), 6),
                  category_scales={c: round(float(k), 6) for c, k in zip(categories, theta[2:], strict=True)},
                  reference_rate=base_rate, unknown_category_scale=1.0, neutral_probability=base_rate)


def fused_scores(probability: np.ndarray, weights: Sequence[Mapping[str, float]], fusion: Fusion) -> np.ndarray:
    """:func:`ct_screen.fuse.fused_score` for many posts."""
    return np.array([fused_score(float(p), fired, fusion) for p, fired in zip(probability, weights, strict=True)])


def lifts_alone(fusion: Fusion, category: str, weight: float) -> float:
    """The fused score of a post the classifier is neutral about, with only ``category`` firing at ``weight``."""
    return fused_score(fusion.neutral_probability, {category: weight}, fusion)


def cap_weak_categories(fusion: Fusion, strongest: Mapping[str, float], review: float, *,
                        strong: Sequence[str], margin: float = 0.05) -> Fusion:
    """Cap each weak category's scale so that alone (at its strongest rule weight) it stays below ``review``."""
    base = fusion.intercept + fusion.model_coef * float(logit(fusion.neutral_probability))
    room = float(logit(review)) - margin - base
    scales = dict(fusion.category_scales)
    for category, scale in scales.items():
        weight = strongest.get(category)
        if category in strong or weight is None:
            continue
        evidence = max(0.0, float(logit(weight) - logit(fusion.reference_rate)))
        if evidence > 0 and scale * evidence > room:
            scales[category] = round(max(0.0, room / evidence), 6)
    return Fusion(**{**fusion.__dict__, "category_scales": scales})


def weak_term_start(calibration: Calibration, fusion: Fusion, intercept: float) -> float:
    """Where weak terms' push is counted from (calibrated log-odds): the higher of the neutral point and a post
    with no known term but the weak ones (the classifier's ``intercept``)."""
    return max(float(logit(fusion.neutral_probability)), float(calibration.logit(np.array([intercept]))[0]))


def weak_term_cap(calibration: Calibration, fusion: Fusion, review: float, *, intercept: float,
                  margin: float = 0.05) -> float:
    """The largest push (in decision units) weak classifier terms may give a post (:mod:`ct_screen.model.weak_terms`).

    The same rule as :func:`cap_weak_categories`, from two starting points, whichever is higher: a post the
    classifier is neutral about (calibrated probability ``fusion.neutral_probability``), and a post with no
    known term but the weak ones (decision ``intercept``). With only weak terms added, either stays ``margin``
    log-odds below ``review``. Never below 0.
    """
    room = float(logit(review)) - margin - fusion.intercept - fusion.model_coef * weak_term_start(
        calibration, fusion, intercept)
    per_unit = fusion.model_coef * calibration.slope  # fused log-odds per decision unit
    if per_unit <= 0:
        return 0.0
    return round(max(0.0, room / per_unit), 6)
