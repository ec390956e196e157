"""The bare baseline every figure is compared with, fitted the same way wherever it is used.

``TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2)`` on the
joined text and ``LogisticRegression(class_weight="balanced")``, fitted with
``sample_weight``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

__all__ = ["fit_baseline", "baseline_oof"]


def fit_baseline(texts: Sequence[str], y: np.ndarray, w: np.ndarray) -> Callable[[Sequence[str]], np.ndarray]:
    """Fit the baseline on ``texts``; returns a function giving decision values for other texts."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2)
    model = LogisticRegression(class_weight="balanced", max_iter=1000).fit(vec.fit_transform(list(texts)), y,
                                                                           sample_weight=w)
    return lambda other: model.decision_function(vec.transform(list(other)))


def baseline_oof(texts: Sequence[str], y: np.ndarray, w: np.ndarray,
                 folds: Sequence[tuple[np.ndarray, np.ndarray]]) -> np.ndarray:
    """The baseline's out-of-fold decision values on ``folds``."""
    out = np.zeros(len(y))
    for train, test in folds:
        decide = fit_baseline([texts[i] for i in train], y[train], w[train])
        out[test] = decide([texts[i] for i in test])
    return out
