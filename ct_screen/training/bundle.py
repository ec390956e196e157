"""Turn a :class:`~ct_screen.training.train.TrainResult` into a model bundle, its manifest info and card."""

from __future__ import annotations

from typing import Any

import numpy as np

from .._version import __version__
from ..fingerprint import fingerprints
from ..model.bundle import ModelBundle
from .figures import figures
from .fusion import lifts_alone
from .train import TrainResult
from .transfer import cross_domain

__all__ = ["to_bundle", "fusion_table", "weak_terms_info"]


def fusion_table(result: TrainResult) -> list[dict[str, Any]]:
    """Per category: training posts it fired on, its prior, fitted scale, and whether it lifts a post alone."""
    prep, fusion, review = result.prepared, result.post.fusion, result.post.thresholds["review"]
    support = {c: 0 for c in prep.categories}
    for fired in prep.rule_weights[: prep.n_posts]:
        for category in fired:
            support[category] = support.get(category, 0) + 1
    rows = []
    for category in prep.categories:
        strong = category in result.recipe.strong_categories
        alone = lifts_alone(fusion, category, prep.strongest.get(category, 0.0))
        rows.append({"category": category, "training_posts": support.get(category, 0),
                     "prior_mean": 1.0 if strong else 0.0, "scale": fusion.category_scales.get(category, 0.0),
                     "score_alone": round(alone, 4), "lifts_to_review_alone": bool(alone >= review)})
    return rows


def weak_terms_info(result: TrainResult) -> dict[str, Any]:
    """The weak-signal terms' cap, how many features it covers, and the highest score they give a post alone.

    "Alone" starts where :func:`~ct_screen.training.fusion.weak_term_cap` does: the higher of the neutral point
    and a post with no other known term (the classifier's intercept).
    """
    from ..fuse import fused_score
    from ..model.calibrate import sigmoid
    from ..model.weak_terms import WEAK_WORDS
    from .fusion import weak_term_start

    post = result.post
    cap = post.weak_cap if np.isfinite(post.weak_cap) else None
    alone = None
    if cap is not None:
        start = weak_term_start(post.calibration, post.fusion, result.classifier.intercept)
        alone = round(fused_score(float(sigmoid(start + post.calibration.slope * cap)), {}, post.fusion), 4)
    return {"cap": cap, "columns": int(result.classifier.weak.sum()), "words": sorted(WEAK_WORDS),
            "score_alone": alone}


def to_bundle(result: TrainResult, *, data_sha256: dict[str, str] | None = None) -> ModelBundle:
    """The shipped bundle, with the training description and the cross-fitted figures in ``info``."""
    prep, clf = result.prepared, result.classifier
    data = prep.data
    posts = data.parent < 0
    figs = figures(result)
    info = {
        "trained_with": {"package_version": __version__, "rules_version": prep.rules_version},
        "training_data": {"sha256": data_sha256 or {}, "domains": data_summary(result),
                          "row_fingerprints": sorted(set(fingerprints(data.posts[: prep.n_posts]))),
                          "groups": int(len(np.unique(data.groups[posts]))),
                          "largest_group": int(np.bincount(data.groups[posts]).max())},
        "recipe": {k: v for k, v in result.recipe.to_dict().items() if k != "grid"} | {
            "grid": [dict(s) for s in result.recipe.grid]},
        "settings": {**clf.features.get_params(), **result.setting, "n_features": clf.features.n_features,
                     "class_weight": "balanced"},
        "cv_metrics": figs,
        "cross_domain": cross_domain(result, figs),
        "fusion_table": fusion_table(result),
        "weak_terms": weak_terms_info(result),
    }
    return ModelBundle(features=clf.features, coef=clf.coef, intercept=clf.intercept,
                       calibration=result.post.calibration, fusion=result.post.fusion,
                       thresholds=result.post.thresholds, info=info, weak_columns=clf.weak,
                       weak_cap=result.post.weak_cap)


def data_summary(result: TrainResult) -> dict[str, dict[str, float]]:
    """Rows, scams and total weight per domain (posts and views)."""
    data = result.prepared.data
    out = {}
    for d in sorted(set(data.domain.astype(str).tolist())):
        m = data.domain == d
        out[d] = {"rows": int(m.sum()), "scams": int(data.y[m].sum()), "weight": round(float(data.weight[m].sum()), 1)}
    return out
