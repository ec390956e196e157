"""The scores a report is drawn from: grouped out-of-fold scores, or a model's scores on held-out posts.

:func:`grouped_cv_scores` re-runs the grouped cross-validation of
:func:`ct_screen.model.train.train_model` for a trained bundle (same folds,
same settings; every step is deterministic) and keeps the per-post scores that
training summarises into its metrics: the classifier's calibrated probability,
the fused score and the bare TF-IDF + LogisticRegression baseline, all out of
fold. :func:`heldout_scores` screens labelled posts with a model, for posts the
model never saw.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from ..fuse import Thresholds

__all__ = ["ScoreSet", "SCORE_LABELS", "grouped_cv_scores", "heldout_scores", "labelled_arrays", "METRIC_LABELS",
           "headline"]

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


def grouped_cv_scores(prepared: Any, bundle: Any, *, review_flag_rate: float = 0.10,
                      high_precision: float = 0.90) -> ScoreSet:
    """Out-of-fold scores of a bundle's recipe and of the bare baseline, on the same grouped folds.

    Parameters
    ----------
    prepared : ct_screen.model.train.Prepared
        :func:`ct_screen.model.train.prepare` of the labelled posts.
    bundle : ct_screen.model.bundle.ModelBundle
        A bundle trained by :func:`~ct_screen.model.train.train_model` on the same
        posts: its settings, seed and number of folds give the folds and the
        classifier; its calibration and fusion (fitted on those out-of-fold
        values) turn decision values into the probability and fused score.
    review_flag_rate, high_precision : float
        How the baseline's band thresholds are set, as for the model in training.

    Returns
    -------
    ScoreSet
        ``fused``, ``classifier`` and ``baseline`` scores, each post scored by
        models fitted without its near-duplicate group; the model's thresholds
        and the baseline's. Their metrics are the ``cv_metrics`` that training
        stored in the bundle.
    """
    from ..evaluation import grouped_folds
    from ..model.calibrate import fit_calibration
    from ..model.cv import baseline_oof, choose_thresholds, grid_oof
    from ..model.fusion import fused_scores

    info = _info(bundle)
    settings = info.get("settings")
    if not isinstance(settings, Mapping) or "C" not in settings:
        raise ValueError("the bundle records no training settings (info['settings']); train it with train_model")
    trained_on = info.get("training_data", {}).get("sha256")
    y, w = np.asarray(prepared.y, dtype=np.int64), np.asarray(prepared.weight, dtype=np.float64)
    n_splits, seed = int(info.get("n_splits", 5)), int(info.get("seed", 0))
    folds = grouped_folds(y, prepared.groups, n_splits=n_splits, seed=seed)
    setting = {"C": float(settings["C"]), "head_tokens": int(settings.get("head_tokens", 0))}
    features = {"ngram_range": tuple(settings.get("ngram_range", (1, 2))), "min_df": settings.get("min_df", 2),
                "max_df": settings.get("max_df", 0.5)}
    _, oof = grid_oof(prepared.docs, y, w, folds, [setting], features)
    decision = oof[(setting["C"], setting["head_tokens"])]
    probability = bundle.calibration.probability(decision)
    fused = fused_scores(probability, prepared.rule_weights, bundle.fusion)
    base_rate = float(bundle.base_rate)
    baseline_decision = baseline_oof(prepared.texts, y, w, folds)
    baseline = fit_calibration(baseline_decision, y, w, base_rate=base_rate).probability(baseline_decision)
    baseline_bands = choose_thresholds(y, baseline, w, base_rate=base_rate, review_flag_rate=review_flag_rate,
                                       high_precision=high_precision)
    notes = [f"{len(y)} labelled posts ({int(y.sum())} scams) in {len(np.unique(prepared.groups))} near-duplicate "
             f"groups; {n_splits} grouped folds (seed {seed}): every post is scored by models fitted without "
             "its group.",
             f"Classifier: C={setting['C']}, head_tokens={setting['head_tokens']}; calibration and fusion as "
             "fitted on these out-of-fold values in training. Baseline: word 1-2-gram TF-IDF + "
             "LogisticRegression (balanced), Platt-calibrated the same way.",
             f"Precision-type figures are at a base rate of {base_rate:.2%}."]
    if trained_on and trained_on != prepared.data_sha256:
        notes.append("The bundle was trained on other data: its calibration and fusion were not fitted on "
                     "these folds, so the fused and classifier figures mix two data sets.")
    return ScoreSet(name="cv", title="Grouped cross-validation", y=y, weight=w, base_rate=base_rate,
                    scores={"fused": fused, "classifier": probability, "baseline": baseline},
                    thresholds={"fused": Thresholds(**bundle.thresholds),
                                "baseline": Thresholds(baseline_bands["review"], baseline_bands["high"])},
                    notes=tuple(notes), model_version=getattr(bundle, "version", None))


def heldout_scores(df: pd.DataFrame, model: Any = "default", *, batch_size: int = 256,
                   posts: Sequence[Any] | None = None) -> ScoreSet:
    """Screen labelled posts with a model: the fused score and the classifier's probability.

    Parameters
    ----------
    df : pandas.DataFrame
        Labelled posts (EMSCAD columns, ``fraudulent``, optional ``sample_weight``).
    model : "default", path or loaded model
        As in :class:`ct_screen.Screener`.
    posts : sequence, optional
        The posts to screen (default: the rows of ``df`` as field mappings).

    Returns
    -------
    ScoreSet
        Named ``heldout``; a note says when ``df`` is the model's own training
        file (the figures are then in-sample, not a test).
    """
    from ..screener import Screener

    screener = Screener(model=model)
    bundle = screener.model
    if bundle is None:
        raise ValueError("heldout_scores needs a model")
    y, w = labelled_arrays(df)
    results = screener.screen_many(list(posts) if posts is not None else df.to_dict("records"),
                                   batch_size=batch_size)
    fused = np.array([r.score for r in results], dtype=np.float64)
    probability = np.array([r.model_score for r in results], dtype=np.float64)
    source = df.attrs.get("emscad") if isinstance(df.attrs.get("emscad"), Mapping) else {}
    trained_on = _info(bundle).get("training_data", {}).get("sha256")
    notes = [f"{len(y)} labelled posts ({int(y.sum())} scams) screened with model {bundle.version}.",
             f"Precision-type figures are at the model's base rate of {float(bundle.base_rate):.2%}."]
    if trained_on and source.get("sha256") == trained_on:
        notes.insert(0, "This is the model's own training file: these figures are in-sample, not a test. "
                        "Read the grouped cross-validation instead.")
    return ScoreSet(name="heldout", title="Model on the given posts", y=y, weight=w,
                    base_rate=float(bundle.base_rate), scores={"fused": fused, "classifier": probability},
                    thresholds={"fused": screener.thresholds}, notes=tuple(notes), model_version=bundle.version)
