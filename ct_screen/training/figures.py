"""The figures of a training run, per domain: cross-fitted grouped CV beside the bare baseline.

Every figure is read off :class:`~ct_screen.training.train.TrainResult`: the
model's scores are cross-fitted (post-processing fitted without the row's
fold), the baseline's decisions come from the same folds. Domains are reported
separately (a pooled figure would hide the social file's platform and language
shortcut); the platform-plus-language yardstick shows what that shortcut alone
would score.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from ..evaluation import average_precision, base_rate_weights, calibration_error, recall_at_fpr, roc_auc
from .train import TrainResult

__all__ = ["domain_masks", "figures", "compare", "bootstrap_auc", "LENGTH_BUCKETS"]

LENGTH_BUCKETS = (("under 300", 0, 300), ("300-1,500", 300, 1500), ("over 1,500", 1500, 10 ** 12))


def domain_masks(result: TrainResult) -> dict[str, np.ndarray]:
    """Row masks of the reported domains (posts unless the name says views)."""
    prep = result.prepared
    dom = prep.data.domain.astype(str)
    post = prep.data.parent < 0
    masks = {"emscad": post & (dom == "emscad"), "emscad short views": ~post & np.char.startswith(dom, "emscad"),
             "social/SMS English": post & np.char.startswith(dom, "social") & np.char.endswith(dom, ":en"),
             "Bluesky": post & np.char.startswith(dom, "social:Bluesky"),
             "SMS English": post & (dom == "social:SMS:en"), "X": post & np.char.startswith(dom, "social:X"),
             "social/SMS Thai+Korean": post & np.char.startswith(dom, "social") & ~np.char.endswith(dom, ":en")}
    own = post & ~np.char.startswith(dom, "social") & (dom != "emscad")
    if own.any():
        masks["other"] = own
    return {k: v for k, v in masks.items() if v.any()}


def bootstrap_auc(y: np.ndarray, s: np.ndarray, w: np.ndarray, groups: np.ndarray, *, n: int = 400,
                   seed: int = 0) -> tuple[float, float] | None:
    """A 95% interval of the weighted ROC-AUC, resampling whole near-duplicate groups (``n`` draws)."""
    rng = np.random.default_rng(seed)
    uniq = np.unique(groups)
    members = [np.flatnonzero(groups == g) for g in uniq]
    out = []
    for _ in range(n):
        idx = np.concatenate([members[i] for i in rng.integers(0, len(uniq), len(uniq))])
        if 0 < y[idx].sum() < len(idx):
            out.append(roc_auc(y[idx], s[idx], w[idx]))
    return (round(float(np.percentile(out, 2.5)), 3), round(float(np.percentile(out, 97.5)), 3)) if out else None


def _yardstick(result: TrainResult) -> np.ndarray:
    """Out-of-fold P(scam | platform, language) from each fold's training rows (smoothed)."""
    prep = result.prepared
    dom, y = prep.data.domain.astype(str), prep.data.y
    out = np.full(len(y), np.nan)
    for k in range(len(result.folds)):
        train = result.fold_of != k
        for d in np.unique(dom):
            m = train & (dom == d)
            out[(result.fold_of == k) & (dom == d)] = (y[m].sum() + 1) / (m.sum() + 2)
    return out


def compare(y: np.ndarray, score: np.ndarray, baseline: np.ndarray, w: np.ndarray,
            groups: np.ndarray) -> dict[str, Any]:
    """Rows, scams, ranking figures of ``score`` beside ``baseline`` on the same posts; where either class
    has under 40 posts, bootstrap intervals of both ROC-AUCs (whole groups resampled)."""
    row: dict[str, Any] = {"rows": int(len(y)), "scams": int(y.sum())}
    if not 0 < y.sum() < len(y):
        return row
    row["roc_auc"] = round(roc_auc(y, score, w), 4)
    row["baseline_roc_auc"] = round(roc_auc(y, baseline, w), 4)
    row["average_precision"] = round(average_precision(y, score, w), 4)
    row["baseline_average_precision"] = round(average_precision(y, baseline, w), 4)
    row["recall_at_10pct_fpr"] = round(recall_at_fpr(y, score, 0.10, w), 4)
    row["baseline_recall_at_10pct_fpr"] = round(recall_at_fpr(y, baseline, 0.10, w), 4)
    if y.sum() < 40 or (len(y) - y.sum()) < 40:
        row["roc_auc_95ci"] = bootstrap_auc(y, score, w, groups)
        row["baseline_roc_auc_95ci"] = bootstrap_auc(y, baseline, w, groups)
    return row


def figures(result: TrainResult) -> dict[str, Any]:
    """Per-domain figures of the model (cross-fitted) and the bare baseline (same folds)."""
    prep = result.prepared
    y, w = prep.data.y, prep.data.weight
    score, base, yard = result.cross_fitted, result.baseline, _yardstick(result)
    review = np.array([result.cross_thresholds[k]["review"] for k in result.fold_of])
    lengths = np.array([len(t) for t in prep.texts])
    base_rate = result.recipe.base_rate
    out: dict[str, Any] = {}
    for name, mask in domain_masks(result).items():
        yy, ww = y[mask], w[mask]
        row = compare(yy, score[mask], base[mask], ww, prep.data.groups[mask])
        both = 0 < yy.sum() < len(yy)
        if both:
            if np.isfinite(yard[mask]).all() and name != "emscad" and "views" not in name:
                row["platform_language_roc_auc"] = round(roc_auc(yy, yard[mask], ww), 4)
            bw = base_rate_weights(yy, ww, base_rate)
            row["calibration_error_at_base_rate"] = round(calibration_error(yy, score[mask], bw), 4)
        flagged = score[mask] >= review[mask]
        if (yy == 0).any():
            row["legit_flagged_at_review"] = round(float(ww[flagged & (yy == 0)].sum() / ww[yy == 0].sum()), 4)
        if (yy == 1).any():
            row["scam_recall_at_review"] = round(float(ww[flagged & (yy == 1)].sum() / ww[yy == 1].sum()), 4)
        row["unreadable_share"] = round(float((~prep.readable[mask]).mean()), 4)
        out[name] = row
    buckets: dict[str, Any] = {}
    for name, mask in domain_masks(result).items():
        for label, lo, hi in LENGTH_BUCKETS:
            m = mask & (lengths >= lo) & (lengths < hi)
            if m.sum() >= 20 and 0 < y[m].sum() < m.sum():
                bw = base_rate_weights(y[m], w[m], base_rate)
                buckets[f"{name}, {label}"] = {"rows": int(m.sum()),
                                               "calibration_error_at_base_rate": round(
                                                   calibration_error(y[m], score[m], bw), 4)}
    return {"domains": out, "calibration_by_length": buckets,
            "thresholds_per_fold": result.cross_thresholds, "shipped_thresholds": result.post.thresholds,
            "settings_chosen_per_fold": result.chosen, "shipped_setting": result.setting}
