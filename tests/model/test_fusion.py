"""Calibration, prior shift and the fitted fusion of classifier and rule categories (ct_screen.training.fusion)."""

from __future__ import annotations

import math

import numpy as np
import pytest

from ct_screen.fuse import Fusion, fused_score
from ct_screen.model.calibrate import fit_calibration, logit, prior_shift, sigmoid
from ct_screen.training.fusion import cap_weak_categories, fit_fusion, fused_scores, lifts_alone

STRONG = ("upfront_fee", "organ_trade")


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
        if rng.random() < (0.05 if label else 0.002):
            fired["upfront_fee"] = 0.7
        weights.append(fired)
    return prob, weights, y, np.ones(n)


CATEGORIES = ["vague_remote_work", "urgency_pressure", "upfront_fee", "organ_trade", "secrecy"]


@pytest.fixture(scope="module")
def fitted():
    prob, weights, y, w = _data()
    return fit_fusion(prob, weights, y, w, categories=CATEGORIES, strong=STRONG, base_rate=0.05, prior_sd=0.5)


def test_fit_fusion_learns_supported_categories_and_shrinks_the_rest_to_their_prior(fitted):
    scales = fitted.category_scales
    assert isinstance(fitted, Fusion) and fitted.floor_exempt is None
    assert scales["organ_trade"] == pytest.approx(1.0, abs=1e-4)  # never fired, strong: trust the rule's weight
    assert scales["secrecy"] == pytest.approx(0.0, abs=1e-4)  # never fired, weak: no effect
    assert scales["urgency_pressure"] < 0.3 < scales["vague_remote_work"]  # evidence decides where there is some
    assert all(k >= 0 for k in scales.values()) and fitted.model_coef > 0


def test_strong_category_lifts_alone_weak_never(fitted):
    review = 0.3
    capped = cap_weak_categories(fitted, {c: 0.9 for c in CATEGORIES}, review, strong=STRONG)
    # neutral classifier: a strong flag alone reaches review, a weak one at its strongest weight stays below
    assert lifts_alone(capped, "organ_trade", 0.9) >= review
    for weak in ("vague_remote_work", "urgency_pressure", "secrecy"):
        assert lifts_alone(capped, weak, 0.9) < review, weak
    assert capped.category_scales["vague_remote_work"] <= fitted.category_scales["vague_remote_work"]
    assert capped.category_scales["organ_trade"] == fitted.category_scales["organ_trade"]  # strong: untouched
    # the classifier still decides: a weak flag on a post it finds likely a scam can reach review
    assert fused_score(0.6, {"vague_remote_work": 0.9}, capped) >= review


def test_fused_scores_match_one_by_one(fitted):
    prob, weights, _, _ = _data(50, seed=3)
    assert np.allclose(fused_scores(prob, weights, fitted), [fused_score(p, f, fitted) for p, f in
                                                              zip(prob, weights, strict=True)])


def test_format_1_fusion_with_a_floor_still_scores():
    old = {"intercept": -0.2, "model_coef": 1.1, "category_scales": {"vague_remote_work": 0.6},
           "reference_rate": 0.05, "unknown_category_scale": 1.0, "category_support": {"vague_remote_work": 80},
           "floor": {"exempt": ["vague_remote_work"], "knots": [[0.0, 0.0], [0.4, 0.12], [0.75, 0.6], [1.0, 0.99]]},
           "prior": {"scale_mean": 1.0, "scale_sd": 0.5, "min_support": 25}}
    fusion = Fusion.from_mapping(old)
    assert fusion.floor_exempt == ("vague_remote_work",) and fusion.floor_knots[1] == (0.4, 0.12)
    assert fusion.neutral_probability == 0.05  # format 1 had none: the reference rate
    # a category with no fitted scale and no support: the floor maps its rules-only score onto the model's bands
    assert fused_score(0.001, {"organ_trade": 0.75}, fusion) == pytest.approx(0.6)
    assert fused_score(0.001, {"organ_trade": 0.75}, old) == fused_score(0.001, {"organ_trade": 0.75}, fusion)
    # exempt (fitted) categories get no floor: the log-odds decide
    z = -0.2 + 1.1 * math.log(0.001 / 0.999) + 0.6 * (math.log(0.4 / 0.6) - math.log(0.05 / 0.95))
    assert fused_score(0.001, {"vague_remote_work": 0.4}, fusion) == pytest.approx(1 / (1 + math.exp(-z)), abs=1e-6)
    assert Fusion.from_mapping(fusion.to_dict()) == fusion  # the floor survives a round trip
    assert fused_score(0.5, {}, {}) == 0.5
