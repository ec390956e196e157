"""The scores a report is drawn from: grouped out-of-fold scores, or a model's scores on held-out posts.

:func:`cv_scores` reads the per-post scores off a training run
(:class:`ct_screen.training.TrainResult`): the cross-fitted fused score, the
classifier's calibrated probability and the bare TF-IDF + LogisticRegression
baseline, all out of fold, on the same grouped folds; nothing is fitted a
second time. :func:`heldout_scores` screens labelled posts with a model,
leaving out the posts that are its own training rows.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from ..fuse import Thresholds

__all__ = ["ScoreSet", "SCORE_LABELS", "cv_scores", "heldout_scores", "labelled_arrays", "METRIC_LABELS",
           "headline", "training_hashes"]

SCORE_LABELS = {"fused": "fused score (shipped)", "classifier": "classifier alone", "baseline": "bare baseline"}
"""Display names of the scores a :class:`ScoreSet` usually holds."""

METRIC_LABELS = {
    "roc_auc": "ROC-AUC", "average_precision": "Average precision (file's fraud share)",
    "average_precision_at_base_rate": "Average precision at the base rate",
    "recall_at_1pct_fpr": "Recall at 1% of legitimate posts flagged",
    "recall_at_5pct_fpr": "Recall at 5% of legitimate posts flagged",
    "recall_at_10pct_fpr": "Recall at 10% of legitimate posts flagged",
    "calibration_error_at_base_rate": "Calibration error at the base rate (ECE)",
    "recall_at_review": "Recall at `review`", "legit_flagged_at_review": "Legitimate flagged at `review`",
    "precision_at_review_at_base_rate": "Precision at `review` (base rate)",
    "recall_at_high": "Recall at `high`", "legit_flagged_at_high": "Legitimate flagged at `high`",
    "precision_at_high_at_base_rate": "Precision at `high` (base rate)",
}
"""Rows of :meth:`ScoreSet.metrics`, in order, with plain names."""


@dataclass(frozen=True, eq=False)
class ScoreSet:
    """Labelled posts and one or more scores for each, as a report draws them.

    Attributes
    ----------
    name : str
        Short identifier, used as the prefix of plot files (``cv``, ``heldout``).
    title : str
        Heading in the report.
    y : numpy.ndarray
        Labels (1 = scam).
    weight : numpy.ndarray
        Per-post weights (EMSCAD's ``sample_weight``).
    base_rate : float
        Platform fraud share the probabilities are calibrated to and precision is read at.
    scores : dict
        Score name (``fused``, ``classifier``, ``baseline``) -> one score per post.
    thresholds : dict
        Score name -> band :class:`~ct_screen.fuse.Thresholds` (for scores with bands).
    notes : tuple of str
        Where the scores come from, in plain words.
    model_version : str or None
        The model measured.
    """

    name: str
    title: str
    y: np.ndarray
    weight: np.ndarray
    base_rate: float
    scores: dict[str, np.ndarray]
    thresholds: dict[str, Thresholds] = field(default_factory=dict)
    notes: tuple[str, ...] = ()
    model_version: str | None = None

    def __post_init__(self) -> None:
        n = len(self.y)
        if len(self.weight) != n or any(len(s) != n for s in self.scores.values()):
            raise ValueError("labels, weights and every score need one value per post")
        if not self.scores:
            raise ValueError("a ScoreSet needs at least one score")
        unknown = sorted(set(self.thresholds) - set(self.scores))
        if unknown:
            raise ValueError(f"thresholds for unknown scores {unknown}")

    def label(self, score: str) -> str:
        """Display name of a score."""
        return SCORE_LABELS.get(score, score)

    def metrics(self) -> pd.DataFrame:
        """One column per score, one row per metric of :func:`ct_screen.evaluation.score_metrics`.

        Metrics at a band threshold are blank for scores without thresholds.
        """
        from ..evaluation import score_metrics

        columns = {}
        for score, values in self.scores.items():
            bands = self.thresholds.get(score)
            table = score_metrics(self.y, values, self.weight, base_rate=self.base_rate,
                                  thresholds=None if bands is None else {"review": bands.review, "high": bands.high})
            columns[self.label(score)] = {k: v for k, v in table.items() if isinstance(v, float | int)}
        frame = pd.DataFrame(columns)
        order = [m for m in METRIC_LABELS if m in frame.index] + [m for m in frame.index if m not in METRIC_LABELS]
        frame = frame.loc[order]
        frame.index = pd.Index([METRIC_LABELS.get(m, m) for m in order], name="metric")
        return frame


def _fmt(value: Any) -> str:
    return "-" if value is None or (isinstance(value, float) and np.isnan(value)) else f"{value:.3f}"


def headline(s: ScoreSet, first: str = "fused", second: str = "baseline") -> str:
    """One line comparing two scores of ``s``: ROC-AUC, average precision at the base rate, recall at 1% FPR."""
    from ..evaluation import score_metrics

    parts = []
    for score in (first, second):
        m = score_metrics(s.y, s.scores[score], s.weight, base_rate=s.base_rate)
        parts.append(f"{s.label(score)}: ROC-AUC {_fmt(m['roc_auc'])}, AP at {s.base_rate:.2%} "
                     f"{_fmt(m['average_precision_at_base_rate'])}, recall at 1% FPR {_fmt(m['recall_at_1pct_fpr'])}")
    return f"{s.title} ({len(s.y)} posts, {int(s.y.sum())} scams): " + " vs ".join(parts)


def labelled_arrays(df: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """``fraudulent`` labels and ``sample_weight`` (ones if absent) of a labelled frame."""
    if "fraudulent" not in df.columns:
        raise ValueError("labelled posts need a 'fraudulent' column (1 = scam, 0 = legitimate)")
    y = df["fraudulent"].to_numpy(dtype=np.int64)
    w = df["sample_weight"].to_numpy(dtype=np.float64) if "sample_weight" in df.columns else np.ones(len(df))
    return y, w


def _info(bundle: Any) -> Mapping[str, Any]:
    info = getattr(bundle, "info", None)
    return info if isinstance(info, Mapping) else {}


def _cross_calibrated(decision: np.ndarray, y: np.ndarray, w: np.ndarray, fold_of: np.ndarray, fit_on: np.ndarray,
                      base_rate: float) -> np.ndarray:
    """Probabilities of ``decision``, each fold calibrated on the other folds' rows (those in ``fit_on``)."""
    from ..model.calibrate import fit_calibration

    out = np.zeros(len(decision))
    for k in np.unique(fold_of):
        train = fit_on & (fold_of != k)
        calibration = fit_calibration(decision[train], y[train], w[train], base_rate=base_rate)
        out[fold_of == k] = calibration.probability(decision[fold_of == k])
    return out


def cv_scores(result: Any, *, model_version: str | None = None) -> ScoreSet:
    """The cross-fitted grouped-CV scores of a training run, per post (views left out).

    Parameters
    ----------
    result : ct_screen.training.TrainResult
        :func:`ct_screen.training.train` output: its out-of-fold decisions are
        used as they are (nothing is fitted twice).
    model_version : str, optional
        The model the recipe comes from.

    Returns
    -------
    ScoreSet
        ``fused`` (cross-fitted: calibration, fusion and thresholds fitted
        without each post's fold), ``classifier`` (its probability, calibrated
        the same way) and ``baseline`` (the bare baseline on the same folds,
        Platt-calibrated without each fold). Bands: the model's thresholds
        fitted on all out-of-fold scores; the baseline's flag the same share of
        legitimate posts and reach the same precision at the base rate.
    """
    from ..evaluation import base_rate_weights, threshold_for_flag_rate, threshold_for_precision

    prep, recipe = result.prepared, result.recipe
    data, base_rate = prep.data, recipe.base_rate
    y, w, fold_of = data.y, data.weight, result.fold_of
    readable = prep.readable
    from ..model.weak_terms import capped_decision

    decision = capped_decision(result.decision, result.weak, result.post.weak_cap)  # as the shipped model scores
    classifier = np.where(readable, _cross_calibrated(decision, y, w, fold_of, readable, base_rate), base_rate)
    baseline = _cross_calibrated(result.baseline, y, w, fold_of, np.ones(len(y), bool), base_rate)
    posts = data.parent < 0
    yp, wp = y[posts], w[posts]
    review = threshold_for_flag_rate(yp, baseline[posts], recipe.review_flag_rate, wp)
    high = threshold_for_precision(yp, baseline[posts], recipe.high_precision, base_rate_weights(yp, wp, base_rate))
    domains = ", ".join(f"{d} {row['rows']} ({row['scams']} scams)"
                        for d, row in _domain_summary(data, posts).items())
    notes = (f"{int(posts.sum())} labelled posts ({int(yp.sum())} scams; {domains}) in "
             f"{len(np.unique(data.groups[posts]))} near-duplicate groups; {len(result.folds)} grouped folds "
             f"(seed {recipe.seed}): every post is scored by models fitted without its group.",
             f"Classifier setting {result.setting}; calibration, fusion and thresholds cross-fitted (fitted on the "
             "other folds' out-of-fold scores). Baseline: word 1-2-gram TF-IDF + LogisticRegression (balanced) "
             "on the same folds, Platt-calibrated the same way.",
             f"Bands: the model's thresholds fitted on all out-of-fold scores; per fold they were "
             f"{[t['review'] for t in result.cross_thresholds]} (review). Precision-type figures are at a base "
             f"rate of {base_rate:.2%}.")
    return ScoreSet(name="cv", title="Grouped cross-validation", y=yp, weight=wp, base_rate=base_rate,
                    scores={"fused": result.cross_fitted[posts], "classifier": classifier[posts],
                            "baseline": baseline[posts]},
                    thresholds={"fused": Thresholds(**result.post.thresholds),
                                "baseline": Thresholds(round(float(review), 6), round(float(max(high, review)), 6))},
                    notes=notes, model_version=model_version)


def _domain_summary(data: Any, mask: np.ndarray) -> dict[str, dict[str, int]]:
    """Rows and scams per domain of the rows in ``mask``."""
    out: dict[str, dict[str, int]] = {}
    for d in sorted(set(data.domain[mask].astype(str).tolist())):
        m = mask & (data.domain.astype(str) == d)
        out[d] = {"rows": int(m.sum()), "scams": int(data.y[m].sum())}
    return out


def heldout_scores(data: Any, model: Any = "default", *, batch_size: int = 256,
                   in_sample: np.ndarray | None = None) -> ScoreSet:
    """Screen labelled posts with a model: the fused score and the classifier's probability.

    Parameters
    ----------
    data : LabelledPosts or pandas.DataFrame
        Labelled posts (:mod:`ct_screen.training.data`), or an EMSCAD-style frame
        (``fraudulent``, optional ``sample_weight``).
    model : "default", path or loaded model
        As in :class:`ct_screen.Screener`.
    in_sample : numpy.ndarray of bool, optional
        Posts that are the model's own training rows: left out, and said so.
        For a frame loaded with :func:`ct_screen.datasets.load_emscad`, the
        whole frame counts as in-sample when its checksum is the model's
        training file's.

    Returns
    -------
    ScoreSet
        Named ``heldout``, over the posts not in-sample (all of them, with a
        note saying the figures are in-sample, when every post is).
    """
    from ..screener import Screener

    screener = Screener(model=model)
    bundle = screener.model
    if bundle is None:
        raise ValueError("heldout_scores needs a model")
    if isinstance(data, pd.DataFrame):
        y, w = labelled_arrays(data)
        posts: list[Any] = data.to_dict("records")
        source = data.attrs.get("emscad") if isinstance(data.attrs.get("emscad"), Mapping) else {}
        whole = bool(source.get("sha256")) and source.get("sha256") in training_hashes(bundle)
        in_sample = np.full(len(y), whole) if in_sample is None else np.asarray(in_sample, bool)
    else:
        y, w, posts = data.y, data.weight, list(data.posts)
        in_sample = np.zeros(len(y), bool) if in_sample is None else np.asarray(in_sample, bool)
    keep = ~in_sample if (~in_sample).any() else np.ones(len(y), bool)
    results = screener.screen_many([p for p, k in zip(posts, keep, strict=True) if k], batch_size=batch_size)
    fused = np.array([r.score for r in results], dtype=np.float64)
    probability = np.array([np.nan if r.model_score is None else r.model_score for r in results], dtype=np.float64)
    probability = np.where(np.isnan(probability), float(bundle.base_rate), probability)
    y, w = y[keep], w[keep]
    notes = [f"{len(y)} labelled posts ({int(y.sum())} scams) screened with model {bundle.version}.",
             f"Precision-type figures are at the model's base rate of {float(bundle.base_rate):.2%}."]
    if not (~in_sample).any():
        notes.insert(0, "These are the model's own training rows: these figures are in-sample, not a test. "
                        "Read the grouped cross-validation instead.")
    elif in_sample.any():
        notes.insert(0, f"{int(in_sample.sum())} of the given posts are the model's own training rows "
                        "(in-sample): left out here; the grouped cross-validation covers them.")
    return ScoreSet(name="heldout", title="Model on the given posts", y=y, weight=w,
                    base_rate=float(bundle.base_rate), scores={"fused": fused, "classifier": probability},
                    thresholds={"fused": screener.thresholds}, notes=tuple(notes), model_version=bundle.version)


def training_hashes(bundle: Any) -> set[str]:
    """The sha256 checksums of the files a model was trained on (format 1: one; format 2: one per source)."""
    recorded = _info(bundle).get("training_data", {}).get("sha256")
    if isinstance(recorded, Mapping):
        return {str(v) for v in recorded.values() if v}
    return {str(recorded)} if recorded else set()
