"""Turn the classifier's decision value into a probability at a platform's base rate.

Two steps, both fitted on grouped out-of-fold decision values (never on the
rows a fold's model was fitted on):

1. Platt scaling: ``logit(p_file) = slope * decision + intercept``, a weighted
   one-feature logistic regression. It gives probabilities at the training
   file's (weighted) fraud share.
2. Prior shift: the training file holds far more fraud than a platform sees
   (35% against EMSCAD's 4.84%). With the class-conditional text distributions
   unchanged, Bayes' rule moves a probability from prior ``pi`` to prior ``b``
   by adding ``logit(b) - logit(pi)`` to its log-odds.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

__all__ = ["logit", "sigmoid", "prior_shift", "fit_weighted_logistic", "Calibration", "fit_calibration"]


def logit(p):
    """Log-odds, clipped away from 0 and 1."""
    p = np.clip(np.asarray(p, dtype=np.float64), 1e-9, 1 - 1e-9)
    return np.log(p / (1 - p))


def sigmoid(z):
    """Inverse of :func:`logit`."""
    return 1.0 / (1.0 + np.exp(-np.clip(np.asarray(z, dtype=np.float64), -40, 40)))


def prior_shift(from_rate: float, to_rate: float) -> float:
    """Log-odds to add to move calibrated probabilities from prior ``from_rate`` to ``to_rate``."""
    for rate in (from_rate, to_rate):
        if not 0.0 < rate < 1.0:
            raise ValueError(f"a fraud share must be strictly between 0 and 1, got {rate}")
    return math.log(to_rate / (1 - to_rate)) - math.log(from_rate / (1 - from_rate))


def fit_weighted_logistic(x: np.ndarray, y: np.ndarray, w: np.ndarray, *, prior_mean: np.ndarray | None = None,
                          prior_precision: np.ndarray | None = None, lower: np.ndarray | None = None) -> np.ndarray:
    """Weighted logistic regression ``P(y=1) = sigmoid(b + x @ beta)`` with optional Gaussian priors.

    Minimises ``sum_i w_i * logloss_i + 0.5 * sum_j prec_j * (beta_j - mean_j) ** 2``
    (the intercept is unpenalised) with L-BFGS-B; ``lower`` bounds the coefficients.

    Returns
    -------
    numpy.ndarray
        ``[b, beta_1, ..., beta_k]``.
    """
    from scipy.optimize import minimize

    x = np.asarray(x, dtype=np.float64).reshape(len(y), -1)
    y, w = np.asarray(y, dtype=np.float64), np.asarray(w, dtype=np.float64)
    k = x.shape[1]
    mean = np.zeros(k) if prior_mean is None else np.asarray(prior_mean, dtype=np.float64)
    prec = np.zeros(k) if prior_precision is None else np.asarray(prior_precision, dtype=np.float64)
    design = np.column_stack([np.ones(len(y)), x])

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        z = design @ theta
        # log(1 + e^z) - y z, stably
        value = np.sum(w * (np.logaddexp(0.0, z) - y * z)) + 0.5 * np.sum(prec * (theta[1:] - mean) ** 2)
        grad = design.T @ (w * (sigmoid(z) - y))
        grad[1:] += prec * (theta[1:] - mean)
        return float(value), grad

    low = [None] * k if lower is None else [None if not np.isfinite(v) else float(v) for v in lower]
    start = np.r_[0.0, np.where(prec > 0, mean, 0.0)]
    if lower is not None:
        start[1:] = np.maximum(start[1:], np.where(np.isfinite(lower), lower, -np.inf))
    result = minimize(loss, start, jac=True, method="L-BFGS-B", bounds=[(None, None), *[(v, None) for v in low]],
                      options={"maxiter": 1000, "gtol": 1e-8})
    return result.x


@dataclass(frozen=True)
class Calibration:
    """Platt scaling fitted at the training file's fraud share, then moved to ``base_rate``.

    ``logit(p) = slope * decision + intercept + prior_shift(train_rate, base_rate)``.
    """

    slope: float
    intercept: float
    train_rate: float
    base_rate: float

    @property
    def shift(self) -> float:
        return prior_shift(self.train_rate, self.base_rate)

    def logit(self, decision: np.ndarray) -> np.ndarray:
        """Calibrated log-odds at the base rate."""
        return self.slope * np.asarray(decision, dtype=np.float64) + self.intercept + self.shift

    def probability(self, decision: np.ndarray) -> np.ndarray:
        """Calibrated probability at the base rate."""
        return sigmoid(self.logit(decision))

    def at_rate(self, base_rate: float) -> Calibration:
        """The same calibration moved to another base rate."""
        return Calibration(self.slope, self.intercept, self.train_rate, base_rate)

    def to_dict(self) -> dict[str, float]:
        return {"slope": self.slope, "intercept": self.intercept, "train_rate": self.train_rate,
                "base_rate": self.base_rate}


def fit_calibration(decision: np.ndarray, y: np.ndarray, w: np.ndarray, *, base_rate: float) -> Calibration:
    """Fit Platt scaling on out-of-fold decision values (weighted) and target ``base_rate``."""
    y, w = np.asarray(y), np.asarray(w, dtype=np.float64)
    train_rate = float(w[y == 1].sum() / w.sum())
    b, a = fit_weighted_logistic(np.asarray(decision).reshape(-1, 1), y, w)
    return Calibration(slope=float(a), intercept=float(b), train_rate=train_rate, base_rate=float(base_rate))
