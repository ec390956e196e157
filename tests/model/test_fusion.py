"""Calibration, prior shift and the fusion of classifier and rule categories."""

from __future__ import annotations

import math

import numpy as np
import pytest

from ct_screen.fuse import fused_score
from ct_screen.model.calibrate import fit_calibration, logit, prior_shift, sigmoid
from ct_screen.model.fusion import fit_fusion, fused_scores, with_floor


def test_prior_shift_is_bayes():
    # at 50% odds 1:1 -> at 10% odds 1:9
    assert prior_shift(0.5, 0.1) == pytest.approx(math.log(1 / 9))
    with pytest.raises(ValueError):
        prior_shift(0.0, 0.1)


def test_platt_recovers_a_known_calibration():
    rng = np.random.default_rng(0)
    d = rng.normal(size=20000)
    y = (rng.random(20000) < sigmoid(2.0 * d - 0.5)).astype(int)
    cal = fit_calibration(d, y, np.ones_like(d), base_rate=0.05)
    assert cal.slope == pytest.approx(2.0, abs=0.1) and cal.intercept == pytest.approx(-0.5, abs=0.1)
    # moved to the base rate: log-odds drop by logit(train share) - logit(0.05)
    share = y.mean()
    assert cal.logit(np.array([0.0]))[0] == pytest.approx(cal.intercept + float(logit(0.05) - logit(share)))


def _data(n=3000, seed=0):
    rng = np.random.default_rng(seed)
    y = (rng.random(n) < 0.35).astype(int)
    prob = sigmoid(rng.normal(size=n) + 2.5 * y - 3.5)
    weights = []
    for label in y:
        fired = {}
        if rng.random() < (0.3 if label else 0.02):
            fired["vague_remote_work"] = 0.4
        if rng.random() < 0.1:  # fires regardless of the label: no evidence
            fired["urgency_pressure"] = 0.25
        weights.append(fired)
    return prob, weights, y, np.ones(n)


def test_fit_fusion_learns_supported_categories_and_keeps_priors_for_unseen():
    prob, weights, y, w = _data()
    fusion = fit_fusion(prob, weights, y, w, categories=["vague_remote_work", "urgency_pressure", "organ_trade"],
                        train_rate=float(y.mean()), base_rate=0.05)
    scales = fusion["category_scales"]
    assert scales["organ_trade"] == 1.0  # never fired: the prior mean (trust the rule's weight)
    assert scales["urgency_pressure"] < 0.3 < scales["vague_remote_work"]
    assert fusion["floor"]["exempt"] == ["urgency_pressure", "vague_remote_work"]  # enough support
    assert all(k >= 0 for k in scales.values())


def test_floor_keeps_rules_only_bands_for_unlearned_categories():
    prob, weights, y, w = _data()
    fusion = with_floor(fit_fusion(prob, weights, y, w, categories=["vague_remote_work", "organ_trade"],
                                   train_rate=float(y.mean()), base_rate=0.05), review=0.1, high=0.6)
    # the classifier is sure the post is fine; an organ-trade flag of rules-only weight 0.85 still reaches high
    assert fused_score(0.001, {"organ_trade": 0.85}, fusion) >= 0.6
    # a custom category the bundle never saw: weight 0.5 -> rules-only review -> at least the review threshold
    assert fused_score(0.001, {"my_custom": 0.5}, fusion) >= 0.1
    # exempt (learned) categories get no floor
    low = fused_score(0.001, {"vague_remote_work": 0.45}, fusion)
    assert low < 0.1
    assert np.allclose(fused_scores(np.array([0.001]), [{"organ_trade": 0.85}], fusion),
                       [fused_score(0.001, {"organ_trade": 0.85}, fusion)])


def test_fused_score_old_style_parameters_still_work():
    old = {"intercept": 0.0, "model_coef": 1.0, "category_coefs": {"upfront_fee": 2.0}}
    assert fused_score(0.5, {"upfront_fee": 0.5}, old) == pytest.approx(1 / (1 + math.exp(-2.0)), abs=1e-6)
    assert fused_score(0.5, {}, {}) == 0.5
