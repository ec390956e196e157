"""Train the default model on EMSCAD with grouped cross-validation.

One deterministic function, :func:`train_model`, from a data frame of posts to
a :class:`~ct_screen.model.bundle.ModelBundle`:

1. Text: ``join_fields(row).text`` (what ``screen()`` reads for a mapping),
   contacts masked; near-duplicate groups from :func:`ct_screen.datasets.group_posts`.
2. Folds: ``StratifiedGroupKFold`` (whole groups on one side), shuffled with ``seed``.
3. Settings: a small grid (regularisation ``C``, ``head_tokens``) scored by
   pooled out-of-fold ROC-AUC and average precision with ``sample_weight``;
   among settings within ``tolerance`` of the best, the most regularised wins.
4. Calibration, fusion with the rule categories and band thresholds, fitted
   on the out-of-fold predictions (see :mod:`ct_screen.model.cv`).
5. The same figures for the bare baseline on the same folds.
"""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from .. import __version__
from ..fields import join_fields
from ..fuse import category_weights
from ..rules import CATEGORIES
from .bundle import ModelBundle
from .cv import baseline_oof, cross_fit_scores, fit_linear, grid_oof
from .features import Analysed, TextFeatures, analyse

__all__ = ["train_model", "DEFAULT_GRID", "QUICK_GRID", "Prepared", "prepare", "FEATURE_DEFAULTS"]

DEFAULT_GRID: dict[str, tuple] = {"C": (4.0, 16.0, 64.0), "head_tokens": (0, 30, 60)}
"""Settings searched by grouped CV."""
QUICK_GRID: dict[str, tuple] = {"C": (4.0,), "head_tokens": (30,)}
"""Quick mode (CI): one setting (the one the full grid chose on EMSCAD, seed 0), the same folds and steps."""
FEATURE_DEFAULTS = {"ngram_range": (1, 2), "min_df": 2, "max_df": 0.5}


@dataclass(frozen=True)
class Prepared:
    """Training posts turned into what every step needs."""

    texts: list[str]
    docs: list[Analysed]
    y: np.ndarray
    weight: np.ndarray
    groups: np.ndarray
    group_summary: dict[str, int]
    rule_weights: list[dict[str, float]]
    rules_version: str
    data_sha256: str


def _data_sha256(df: pd.DataFrame) -> str:
    known = df.attrs.get("emscad", {}).get("sha256") if isinstance(df.attrs.get("emscad"), Mapping) else None
    if known:
        return str(known)
    return hashlib.sha256(pd.util.hash_pandas_object(df, index=False).to_numpy().tobytes()).hexdigest()


def prepare(df: pd.DataFrame, *, progress: Callable[[str], None] | None = None) -> Prepared:
    """Texts, analysed tokens, labels, weights, groups and rules-only category weights for ``df``."""
    from ..datasets import group_posts
    from ..screener import Screener

    say = progress or (lambda message: None)
    for column in ("fraudulent",):
        if column not in df.columns:
            raise ValueError(f"training data needs a {column!r} column")
    rows = df.to_dict("records")
    texts = [join_fields(row).text for row in rows]
    say(f"analysing {len(texts)} posts")
    docs = [analyse(text) for text in texts]
    groups = group_posts(df)
    say(f"near-duplicate groups: {groups.summary()}")
    screener = Screener(model=None)
    say("running the rules (rules only) on every post")
    results = screener.screen_many(rows)
    weight = df["sample_weight"].to_numpy(dtype=np.float64) if "sample_weight" in df else np.ones(len(df))
    return Prepared(texts=texts, docs=docs, y=df["fraudulent"].to_numpy(dtype=np.int64), weight=weight,
                    groups=groups.labels, group_summary=groups.summary(),
                    rule_weights=[category_weights(r.hits) for r in results],
                    rules_version=screener.version["rules"], data_sha256=_data_sha256(df))


def _select(table: list[dict[str, Any]], tolerance: float) -> dict[str, Any]:
    best = max(row["selection_score"] for row in table)
    close = [row for row in table if row["selection_score"] >= best - tolerance]
    return min(close, key=lambda row: (row["C"], row["head_tokens"]))


def train_model(df: pd.DataFrame, *, seed: int = 0, quick: bool = False, base_rate: float = 0.0484,
                n_splits: int = 5, grid: Mapping[str, Sequence] | None = None, tolerance: float = 0.005,
                review_flag_rate: float = 0.10, high_precision: float = 0.90,
                progress: Callable[[str], None] | None = None, prepared: Prepared | None = None) -> ModelBundle:
    """Train, calibrate and fuse a model on labelled posts with grouped cross-validation.

    Parameters
    ----------
    df : pandas.DataFrame
        Posts with EMSCAD columns (see :func:`ct_screen.datasets.load_emscad`),
        ``fraudulent`` labels and optional ``sample_weight``.
    seed : int
        Seed for the fold shuffle (everything else is deterministic).
    quick : bool
        Search only :data:`QUICK_GRID` (for CI).
    base_rate : float
        The platform's fraud share the probabilities are moved to.
    n_splits : int
        Grouped folds.
    grid : mapping, optional
        ``{"C": [...], "head_tokens": [...]}``, overriding the default grid.
    tolerance : float
        Settings within this of the best selection score count as tied; the
        most regularised of them wins.
    review_flag_rate : float
        Share of legitimate posts the ``review`` threshold flags.
    high_precision : float
        Precision at the base rate the ``high`` threshold aims at.
    progress : callable, optional
        Called with short progress messages.
    prepared : Prepared, optional
        Re-use the output of :func:`prepare` for ``df``.

    Returns
    -------
    ModelBundle
        With ``info`` holding the settings, grid, cross-validated metrics
        (model, fused, baseline, ablation) and data description.
    """
    from ..evaluation import grouped_folds, weighted_share

    say = progress or (lambda message: None)
    data = prepared or prepare(df, progress=say)
    y, w = data.y, data.weight
    if len(np.unique(y)) != 2:
        raise ValueError("training data needs both fraudulent and legitimate posts")
    folds = grouped_folds(y, data.groups, n_splits=n_splits, seed=seed)
    grid = dict(grid or (QUICK_GRID if quick else DEFAULT_GRID))
    settings = [{"C": float(c), "head_tokens": int(h)} for h, c in itertools.product(grid["head_tokens"], grid["C"])]
    say(f"grouped CV over {len(settings)} setting(s), {n_splits} folds")
    table, oof = grid_oof(data.docs, y, w, folds, settings, FEATURE_DEFAULTS)
    chosen = _select(table, tolerance)
    key = (chosen["C"], chosen["head_tokens"])
    say(f"chosen: C={chosen['C']}, head_tokens={chosen['head_tokens']}")
    say("baseline on the same folds")
    base_dec = baseline_oof(data.texts, y, w, folds)
    train_rate = weighted_share(y, w)
    cv = cross_fit_scores(oof[key], base_dec, data.rule_weights, y, w, folds, categories=CATEGORIES,
                          train_rate=train_rate, base_rate=base_rate, review_flag_rate=review_flag_rate,
                          high_precision=high_precision)
    no_head = [row for row in table if row["head_tokens"] == 0]
    ablation = [{"step": "bare baseline (word 1-2 TF-IDF, C=1, balanced)", **cv["baseline_ranking"]}]
    if no_head:
        best_no_head = max(no_head, key=lambda row: row["selection_score"])
        ablation.append({"step": f"+ contacts masked, max_df=0.5, C tuned (C={best_no_head['C']})",
                         "roc_auc": best_no_head["roc_auc"], "average_precision": best_no_head["average_precision"]})
    ablation.append({"step": f"+ head block ({chosen['head_tokens']} tokens), C={chosen['C']}",
                     "roc_auc": chosen["roc_auc"], "average_precision": chosen["average_precision"]})
    ablation.append({"step": "+ fusion with rule categories (calibrated, floor)", **cv["fused_ranking"]})

    say("fitting the final model on all rows")
    features = TextFeatures(head_tokens=chosen["head_tokens"], **FEATURE_DEFAULTS).fit(data.docs)
    coef, intercept = fit_linear(features.transform(data.docs), y, w, chosen["C"])
    info = {
        "trained_with": {"package_version": __version__, "rules_version": data.rules_version},
        "training_data": {"sha256": data.data_sha256, "rows": int(len(y)), "fraudulent": int(y.sum()),
                          "weighted_fraud_share": round(train_rate, 6), "groups": data.group_summary},
        "seed": seed, "quick": quick, "n_splits": n_splits,
        "settings": {**features.get_params(), "C": chosen["C"], "class_weight": "balanced",
                     "solver": "lbfgs", "n_features": features.n_features},
        "selection": {"criterion": "mean of pooled OOF ROC-AUC and average precision (weighted)",
                      "tolerance": tolerance, "grid": table},
        "threshold_rules": {"review": f"flags {review_flag_rate:.0%} of legitimate posts (weighted, OOF)",
                            "high": f"precision {high_precision:.0%} at the base rate (OOF)"},
        "cv_metrics": {"model": cv["model"], "fused": cv["fused"], "fused_cross_fitted": cv["fused_cross_fitted"],
                       "baseline": cv["baseline"], "baseline_cross_fitted": cv["baseline_cross_fitted"],
                       "ablation": ablation},
    }
    return ModelBundle(features=features, coef=coef, intercept=intercept, calibration=cv["calibration"],
                       fusion=cv["fusion"], thresholds=cv["thresholds"], info=info)
