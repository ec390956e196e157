"""The grouped cross-validation steps of training: grid, baseline, calibration, fusion, thresholds.

The classifier's figures are out-of-fold: each fold is scored by a model
fitted without it (:func:`grid_oof`). Calibration, fusion and thresholds are
then fitted on those out-of-fold scores (:func:`cross_fit_scores`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import scipy.sparse as sp

from ..evaluation import (
    average_precision,
    base_rate_weights,
    roc_auc,
    score_metrics,
    threshold_for_flag_rate,
    threshold_for_precision,
)
from .calibrate import Calibration, fit_calibration
from .features import Analysed, NgramTfidf
from .fusion import fit_fusion, fused_scores, with_floor

__all__ = ["fit_linear", "grid_oof", "baseline_oof", "cross_fit_scores", "choose_thresholds"]

Folds = Sequence[tuple[np.ndarray, np.ndarray]]


def fit_linear(x: sp.csr_matrix, y: np.ndarray, w: np.ndarray, c: float) -> tuple[np.ndarray, float]:
    """Weighted logistic regression (balanced classes, L2, ``C=c``); returns ``(coef, intercept)``."""
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=c, class_weight="balanced", max_iter=5000, solver="lbfgs")
    model.fit(x, y, sample_weight=w)
    return model.coef_.ravel().astype(np.float64), float(model.intercept_[0])


def grid_oof(docs: Sequence[Analysed], y: np.ndarray, w: np.ndarray, folds: Folds,
             settings: Sequence[Mapping[str, Any]], feature_params: Mapping[str, Any],
             ) -> tuple[list[dict[str, Any]], dict[tuple[float, int], np.ndarray]]:
    """Out-of-fold decision values for every setting, and a table of their weighted scores."""
    params = dict(feature_params)
    oof = {(float(s["C"]), int(s["head_tokens"])): np.zeros(len(y)) for s in settings}
    heads = sorted({int(s["head_tokens"]) for s in settings})
    for train, test in folds:
        tr_docs, te_docs = [docs[i] for i in train], [docs[i] for i in test]
        full = NgramTfidf(params["ngram_range"], params["min_df"], params["max_df"]).fit([d.tokens for d in tr_docs])
        x_tr, x_te = full.transform([d.tokens for d in tr_docs]), full.transform([d.tokens for d in te_docs])
        for head in heads:
            if head:
                block = NgramTfidf(params["ngram_range"], params["min_df"], params["max_df"]).fit(
                    [d.tokens[:head] for d in tr_docs])
                a = sp.hstack([x_tr, block.transform([d.tokens[:head] for d in tr_docs])], format="csr")
                b = sp.hstack([x_te, block.transform([d.tokens[:head] for d in te_docs])], format="csr")
            else:
                a, b = x_tr, x_te
            for c in sorted({float(s["C"]) for s in settings if int(s["head_tokens"]) == head}):
                coef, intercept = fit_linear(a, y[train], w[train], c)
                oof[(c, head)][test] = b @ coef + intercept
    table = []
    for (c, head), dec in oof.items():
        auc, ap = roc_auc(y, dec, w), average_precision(y, dec, w)
        table.append({"C": c, "head_tokens": head, "roc_auc": round(auc, 4), "average_precision": round(ap, 4),
                      "selection_score": round((auc + ap) / 2, 4)})
    return table, oof


def baseline_oof(texts: Sequence[str], y: np.ndarray, w: np.ndarray, folds: Folds) -> np.ndarray:
    """The bare baseline's out-of-fold decision values on the same folds.

    ``TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2)`` on the
    joined text and ``LogisticRegression(class_weight="balanced")``, fitted with
    ``sample_weight``.
    """
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    out = np.zeros(len(y))
    for train, test in folds:
        vec = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2)
        x_tr = vec.fit_transform([texts[i] for i in train])
        model = LogisticRegression(class_weight="balanced", max_iter=1000).fit(x_tr, y[train], sample_weight=w[train])
        out[test] = model.decision_function(vec.transform([texts[i] for i in test]))
    return out


def choose_thresholds(y: np.ndarray, score: np.ndarray, w: np.ndarray, *, base_rate: float,
                      review_flag_rate: float, high_precision: float) -> dict[str, float]:
    """``review`` flags ``review_flag_rate`` of legitimate posts; ``high`` reaches ``high_precision`` at the base rate."""
    review = threshold_for_flag_rate(y, score, review_flag_rate, w)
    high = threshold_for_precision(y, score, high_precision, base_rate_weights(y, w, base_rate))
    return {"review": round(float(review), 6), "high": round(float(max(high, review)), 6)}


def _ranking(y: np.ndarray, score: np.ndarray, w: np.ndarray) -> dict[str, float]:
    return {"roc_auc": round(roc_auc(y, score, w), 4), "average_precision": round(average_precision(y, score, w), 4)}


def _cross_fitted_fused(dec: np.ndarray, rule_weights: Sequence[Mapping[str, float]], y: np.ndarray,
                        w: np.ndarray, folds: Folds, fusion_args: Mapping[str, Any]) -> np.ndarray:
    """Fused scores with calibration and fusion refitted without each held-out fold (a check)."""
    out = np.zeros(len(y))
    for train, test in folds:
        calibration = fit_calibration(dec[train], y[train], w[train], base_rate=fusion_args["base_rate"])
        fusion = fit_fusion(calibration.probability(dec[train]), [rule_weights[i] for i in train], y[train],
                            w[train], **fusion_args)
        out[test] = fused_scores(calibration.probability(dec[test]), [rule_weights[i] for i in test], fusion)
    return out


def cross_fit_scores(dec: np.ndarray, baseline_dec: np.ndarray, rule_weights: Sequence[Mapping[str, float]],
                     y: np.ndarray, w: np.ndarray, folds: Folds, *, categories: Sequence[str], train_rate: float,
                     base_rate: float, review_flag_rate: float, high_precision: float) -> dict[str, Any]:
    """Calibration, fusion and thresholds fitted on the out-of-fold decision values, and their metrics.

    The classifier's decision values are out-of-fold. Calibration (2
    parameters) and fusion (one scale per category, most held at their prior)
    are fitted once on them, as they will be used; the metrics are read off
    the resulting scores. Refitting those few parameters without each fold
    (``fused_cross_fitted``, and ``baseline_cross_fitted`` for the baseline's
    Platt scaling) is reported as a check: it mixes a different score scale
    per fold, so its pooled ranking figures are a little lower.

    Returns
    -------
    dict
        ``calibration``, ``fusion``, ``thresholds`` and metric tables for the
        ``model`` (classifier alone), ``fused``, ``fused_cross_fitted`` and
        ``baseline`` scores.
    """
    threshold_args = {"base_rate": base_rate, "review_flag_rate": review_flag_rate, "high_precision": high_precision}
    fusion_args = {"categories": categories, "train_rate": train_rate, "base_rate": base_rate}
    calibration: Calibration = fit_calibration(dec, y, w, base_rate=base_rate)
    prob = calibration.probability(dec)
    fusion = fit_fusion(prob, rule_weights, y, w, **fusion_args)
    # thresholds come from the fitted (data-driven) fused score; the floor maps rules-only cut-offs onto
    # them, so `high` (a precision target) is read off the score without the floor, else it would chase
    # the posts the floor lifts; the metrics are measured with the floor
    thresholds = choose_thresholds(y, fused_scores(prob, rule_weights, fusion), w, **threshold_args)
    for _ in range(10):  # the floor lifts a few legitimate posts too: keep `review` within its budget with it
        fused = fused_scores(prob, rule_weights, with_floor(fusion, thresholds["review"], thresholds["high"]))
        review = min(threshold_for_flag_rate(y, fused, review_flag_rate, w), thresholds["high"])
        if review == thresholds["review"]:
            break
        thresholds["review"] = round(review, 6)
    fusion = with_floor(fusion, thresholds["review"], thresholds["high"])
    fused = fused_scores(prob, rule_weights, fusion)
    checked = _cross_fitted_fused(dec, rule_weights, y, w, folds, fusion_args)

    base_checked = np.zeros(len(y))
    for train, test in folds:
        base_checked[test] = fit_calibration(baseline_dec[train], y[train], w[train],
                                             base_rate=base_rate).probability(baseline_dec[test])
    base_calibration = fit_calibration(baseline_dec, y, w, base_rate=base_rate)
    base_prob = base_calibration.probability(baseline_dec)
    base_thresholds = choose_thresholds(y, base_prob, w, **threshold_args)
    return {
        "calibration": calibration, "fusion": fusion, "thresholds": thresholds,
        "model": score_metrics(y, prob, w, base_rate=base_rate),
        "fused": {**score_metrics(y, fused, w, base_rate=base_rate, thresholds=thresholds), "thresholds": thresholds},
        "fused_cross_fitted": score_metrics(y, checked, w, base_rate=base_rate),
        "baseline": {**score_metrics(y, base_prob, w, base_rate=base_rate, thresholds=base_thresholds),
                     "thresholds": base_thresholds},
        "baseline_cross_fitted": score_metrics(y, base_checked, w, base_rate=base_rate),
        "baseline_ranking": _ranking(y, baseline_dec, w), "fused_ranking": _ranking(y, fused, w),
    }
