"""Metrics for grouped cross-validation and for checking a model on labelled posts.

Every function takes an optional ``sample_weight``: EMSCAD's partial copy
over-represents legitimate posts with every field filled in, and its weights
undo that, so they are used when measuring as well as when fitting.

Two prevalences matter. Ranking metrics (ROC-AUC, recall at a false-positive
rate, the share of legitimate posts flagged) do not depend on the fraud share;
precision, average precision and calibration do. :func:`base_rate_weights`
rescales the classes so that the weighted fraud share is a platform's base
rate, which is how the ``high`` threshold (precision about 0.9) and the
calibration at the base rate are measured.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

__all__ = [
    "grouped_folds", "weighted_share", "base_rate_weights", "roc_auc", "average_precision", "recall_at_fpr",
    "threshold_for_flag_rate", "threshold_for_precision", "calibration_error", "band_shares", "score_metrics",
    "BANDS",
]

BANDS = ("low", "review", "high")
FPR_POINTS = (0.01, 0.05, 0.10)


def _arrays(y, score, sample_weight) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    y = np.asarray(y, dtype=np.int64)
    score = np.asarray(score, dtype=np.float64)
    w = np.ones(len(y)) if sample_weight is None else np.asarray(sample_weight, dtype=np.float64)
    if not len(y) == len(score) == len(w):
        raise ValueError(f"lengths differ: y {len(y)}, score {len(score)}, sample_weight {len(w)}")
    return y, score, w


def grouped_folds(y: Sequence[int], groups: Sequence[int], *, n_splits: int = 5,
                  seed: int = 0) -> list[tuple[np.ndarray, np.ndarray]]:
    """``StratifiedGroupKFold`` splits (shuffled with ``seed``): whole groups on one side."""
    from sklearn.model_selection import StratifiedGroupKFold

    y = np.asarray(y)
    splitter = StratifiedGroupKFold(n_splits=n_splits, shuffle=True, random_state=seed)
    return [(np.asarray(tr), np.asarray(te)) for tr, te in splitter.split(np.zeros(len(y)), y, np.asarray(groups))]


def weighted_share(y: Sequence[int], sample_weight: Sequence[float] | None = None) -> float:
    """Weighted share of positives."""
    y, _, w = _arrays(y, np.zeros(len(y)), sample_weight)
    return float(w[y == 1].sum() / w.sum())


def base_rate_weights(y: Sequence[int], sample_weight: Sequence[float] | None, base_rate: float) -> np.ndarray:
    """Weights rescaled per class so that the weighted positive share is ``base_rate`` (total kept)."""
    y, _, w = _arrays(y, np.zeros(len(y)), sample_weight)
    total, pos, neg = w.sum(), w[y == 1].sum(), w[y == 0].sum()
    if pos == 0 or neg == 0:
        raise ValueError("both classes are needed to reweight to a base rate")
    return np.where(y == 1, w * base_rate * total / pos, w * (1 - base_rate) * total / neg)


def roc_auc(y, score, sample_weight=None) -> float:
    """Weighted ROC-AUC."""
    from sklearn.metrics import roc_auc_score

    y, score, w = _arrays(y, score, sample_weight)
    return float(roc_auc_score(y, score, sample_weight=w))


def average_precision(y, score, sample_weight=None) -> float:
    """Weighted average precision (depends on the weighted fraud share)."""
    from sklearn.metrics import average_precision_score

    y, score, w = _arrays(y, score, sample_weight)
    return float(average_precision_score(y, score, sample_weight=w))


def recall_at_fpr(y, score, fpr: float, sample_weight=None) -> float:
    """Highest weighted recall among cut-offs that flag at most ``fpr`` of the (weighted) negatives."""
    from sklearn.metrics import roc_curve

    y, score, w = _arrays(y, score, sample_weight)
    false_pos, true_pos, _ = roc_curve(y, score, sample_weight=w)
    ok = false_pos <= fpr + 1e-12
    return float(true_pos[ok].max()) if ok.any() else 0.0


def threshold_for_flag_rate(y, score, rate: float, sample_weight=None) -> float:
    """Lowest cut-off ``t`` (``score >= t`` flags) that flags at most ``rate`` of the weighted negatives."""
    y, score, w = _arrays(y, score, sample_weight)
    order = np.argsort(score[y == 0], kind="stable")
    neg_scores, neg_cum = score[y == 0][order], np.cumsum(w[y == 0][order])
    total = neg_cum[-1] if len(neg_cum) else 0.0
    if total <= 0:
        raise ValueError("no (weighted) negatives to measure a flag rate on")
    cuts = np.unique(score)
    below = np.searchsorted(neg_scores, cuts, side="left")
    flagged = (total - np.where(below > 0, neg_cum[np.maximum(below - 1, 0)], 0.0)) / total
    ok = flagged <= rate + 1e-12
    return float(cuts[ok].min()) if ok.any() else float(np.nextafter(score.max(), np.inf))


def threshold_for_precision(y, score, precision: float, sample_weight=None, *, min_positives: float = 10.0) -> float:
    """Lowest cut-off ``t`` at which the weighted precision of ``score >= t`` is at least ``precision``.

    Cut-offs flagging fewer than ``min_positives`` (weighted) positives are
    ignored as too noisy; if none qualifies, the highest score is returned.
    """
    y, score, w = _arrays(y, score, sample_weight)
    order = np.argsort(-score, kind="stable")
    s, tp, fp = score[order], np.cumsum(w[order] * (y[order] == 1)), np.cumsum(w[order] * (y[order] == 0))
    last = np.r_[s[1:] != s[:-1], True]  # one point per distinct score
    s, tp, fp = s[last], tp[last], fp[last]
    ok = (tp >= min_positives) & (tp / np.maximum(tp + fp, 1e-300) >= precision)
    return float(s[np.flatnonzero(ok).max()]) if ok.any() else float(s[0])


def calibration_error(y, prob, sample_weight=None, *, n_bins: int = 10) -> float:
    """Expected calibration error over ``n_bins`` bins of equal weight (weighted |observed - predicted|)."""
    y, prob, w = _arrays(y, prob, sample_weight)
    order = np.argsort(prob, kind="stable")
    cum = np.cumsum(w[order]) / w.sum()
    bins = np.minimum((cum * n_bins - 1e-9).astype(int), n_bins - 1)
    error = 0.0
    for b in range(n_bins):
        idx = order[bins == b]
        if len(idx):
            wb = w[idx]
            error += wb.sum() / w.sum() * abs(np.average(y[idx], weights=wb) - np.average(prob[idx], weights=wb))
    return float(error)


def band_shares(y, score, thresholds: Mapping[str, float], sample_weight=None) -> dict[str, dict[str, float]]:
    """Weighted share of fraud and of legitimate posts in each band."""
    y, score, w = _arrays(y, score, sample_weight)
    band = np.where(score >= thresholds["high"], 2, np.where(score >= thresholds["review"], 1, 0))
    out = {}
    for name, label in (("fraud", 1), ("legit", 0)):
        mask = y == label
        total = w[mask].sum()
        out[name] = {b: round(float(w[mask & (band == i)].sum() / total), 4) if total else 0.0
                     for i, b in enumerate(BANDS)}
    return out


def score_metrics(y, score, sample_weight=None, *, prob=None, base_rate: float | None = None,
                  thresholds: Mapping[str, float] | None = None) -> dict[str, object]:
    """The standard table for one score: ranking metrics, calibration, bands.

    Parameters
    ----------
    y, score, sample_weight
        Labels, ranking score, weights.
    prob : array, optional
        Probabilities at ``base_rate`` for the calibration error (default: ``score``
        when ``base_rate`` is given).
    base_rate : float, optional
        Platform fraud share for precision-type figures (``average_precision_at_base_rate``,
        ``calibration_error``).
    thresholds : mapping, optional
        ``{"review", "high"}`` for band shares, precision and recall at each cut-off.
    """
    y, score, w = _arrays(y, score, sample_weight)
    out: dict[str, object] = {"roc_auc": roc_auc(y, score, w), "average_precision": average_precision(y, score, w)}
    for fpr in FPR_POINTS:
        out[f"recall_at_{int(round(fpr * 100))}pct_fpr"] = recall_at_fpr(y, score, fpr, w)
    if base_rate is not None:
        bw = base_rate_weights(y, w, base_rate)
        out["average_precision_at_base_rate"] = average_precision(y, score, bw)
        out["calibration_error_at_base_rate"] = calibration_error(y, score if prob is None else prob, bw)
    if thresholds is not None:
        out["bands"] = band_shares(y, score, thresholds, w)
        for name in ("review", "high"):
            flagged = score >= thresholds[name]
            pos = w[(y == 1)].sum()
            out[f"recall_at_{name}"] = float(w[flagged & (y == 1)].sum() / pos)
            out[f"legit_flagged_at_{name}"] = float(w[flagged & (y == 0)].sum() / w[y == 0].sum())
            if base_rate is not None:
                bw = base_rate_weights(y, w, base_rate)
                hit = bw[flagged].sum()
                out[f"precision_at_{name}_at_base_rate"] = float(bw[flagged & (y == 1)].sum() / hit) if hit else None
    return {k: (round(v, 4) if isinstance(v, float) else v) for k, v in out.items()}


def evaluate_model(df, model: object = "default", *, batch_size: int = 256) -> dict[str, object]:
    """Screen labelled posts with a model and measure the fused and the classifier-only scores.

    Parameters
    ----------
    df : pandas.DataFrame
        Posts with EMSCAD-style columns, ``fraudulent`` and optional ``sample_weight``.
    model : "default", path or loaded model
        As in :class:`ct_screen.Screener`.

    Returns
    -------
    dict
        ``rows``, ``model_version``, ``in_sample`` (the data is the model's
        training file), and ``fused`` / ``model`` metric tables at the model's
        thresholds and base rate.
    """
    from .screener import Screener

    screener = Screener(model=model)
    bundle = screener.model
    if bundle is None:
        raise ValueError("evaluate_model needs a model")
    if "fraudulent" not in df.columns:
        raise ValueError("evaluation data needs a 'fraudulent' column")
    y = df["fraudulent"].to_numpy(dtype=np.int64)
    w = df["sample_weight"].to_numpy(dtype=np.float64) if "sample_weight" in df.columns else np.ones(len(df))
    results = screener.screen_many(df.to_dict("records"), batch_size=batch_size)
    fused = np.array([r.score for r in results])
    prob = np.array([r.model_score for r in results], dtype=np.float64)
    base_rate = float(getattr(bundle, "base_rate", 0.0484))
    thresholds = dict(bundle.thresholds)
    info = getattr(bundle, "info", {})
    trained_on = info.get("training_data", {}).get("sha256") if isinstance(info, dict) else None
    source = df.attrs.get("emscad", {}) if isinstance(df.attrs.get("emscad"), dict) else {}
    return {
        "rows": int(len(df)), "fraudulent": int(y.sum()), "model_version": bundle.version,
        "in_sample": bool(trained_on and source.get("sha256") == trained_on),
        "fused": score_metrics(y, fused, w, base_rate=base_rate, thresholds=thresholds),
        "model": score_metrics(y, prob, w, base_rate=base_rate),
    }
