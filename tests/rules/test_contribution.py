"""Score with and without each rule (ct_screen.report.rule_contribution), worked out by hand."""

from __future__ import annotations

import math

import pytest

from ct_screen import Screener
from ct_screen.model.api import ModelPrediction
from ct_screen.report.rule_contribution import CONTRIBUTION_COLUMNS, rule_contribution
from ct_screen.rules import Rule


def _rule(rule_id: str, category: str, word: str, weight: float = 0.3) -> Rule:
    return Rule(id=rule_id, category=category, name=f"has-{word}", severity="low", weight=weight,
                patterns=(rf"\b{word}\b",), explanation=f"says {word}")


A1, B1, C1 = _rule("TA001", "alpha", "apple"), _rule("TB001", "beta", "plum"), _rule("TC001", "gamma", "kiwi")
TEXTS = [f"{t} in the basket today" for t in ("apple plum", "apple", "plum", "nothing")]  # enough words to judge
LABELS = [1, 0, 1, 0]


def test_rules_only_contribution_by_hand():
    # scores: 1 - 0.7 * 0.7 = 0.51, 0.3, 0.3, 0; review threshold 0.40
    t = rule_contribution(TEXTS, LABELS, screener=Screener(model=None, rules=(A1, B1, C1)))
    assert list(t.columns) == list(CONTRIBUTION_COLUMNS) and list(t.index) == ["TA001", "TB001", "TC001"]
    # ranking 0.51(+) 0.3(-) 0.3(+) 0(-): AP = 0.5 * 1 + 0.5 * 2/3
    ap = 0.5 + 0.5 * 2 / 3
    a1 = t.loc["TA001"]  # without it: 0.3(+) 0(-) 0.3(+) 0(-): AP 1
    assert a1["n_fired"] == 2 and a1["n_band_drop"] == 1
    assert (a1["mean_score"], a1["mean_score_without"], a1["mean_drop"]) == pytest.approx((0.405, 0.15, 0.255))
    assert (a1["ap"], a1["ap_without"], a1["ap_gain"]) == pytest.approx((ap, 1.0, ap - 1.0))
    b1 = t.loc["TB001"]  # without it: 0.3(+) 0.3(-) 0(+) 0(-): AP = 0.5 * 0.5 + 0.5 * 0.5
    assert (b1["ap_without"], b1["ap_gain"]) == pytest.approx((0.5, ap - 0.5))
    c1 = t.loc["TC001"]
    assert c1["n_fired"] == 0 and math.isnan(c1["mean_score"]) and c1["ap_gain"] == 0


def test_weights_enter_the_means():
    t = rule_contribution(TEXTS, LABELS, screener=Screener(model=None, rules=(A1, B1)), sample_weight=[3, 1, 1, 1])
    # TA001 fires on post 0 (0.51 -> 0.30, weight 3) and post 1 (0.30 -> 0, weight 1)
    assert t.loc["TA001", "mean_score"] == pytest.approx((3 * 0.51 + 0.3) / 4)
    assert t.loc["TA001", "mean_drop"] == pytest.approx((3 * 0.21 + 0.3) / 4)


def test_rules_selects_rows_only():
    t = rule_contribution(TEXTS, LABELS, screener=Screener(model=None, rules=(A1, B1)), rules=(B1,))
    assert list(t.index) == ["TB001"] and t.loc["TB001", "mean_score"] == pytest.approx((0.51 + 0.3) / 2)


def test_single_class_labels_give_nan_average_precision():
    t = rule_contribution(TEXTS, [0, 0, 0, 0], screener=Screener(model=None, rules=(A1,)))
    assert math.isnan(t.loc["TA001", "ap"]) and t.loc["TA001", "n_fired"] == 2


class _FixedModel:
    """A test double of a model bundle: every post has probability 0.2; alpha adds 1 and beta 2 to the log-odds."""

    version = "test-double"
    thresholds = {"review": 0.5, "high": 0.8}
    fusion = {"intercept": 0.0, "model_coef": 1.0, "category_coefs": {"alpha": 1.0, "beta": 2.0}}

    def predict_many(self, texts, contacts, signals=None):
        return [ModelPrediction(probability=0.2) for _ in texts]


def test_with_a_model_the_fused_score_keeps_the_probability():
    def sigmoid(z: float) -> float:
        return 1 / (1 + math.exp(-z))

    base = math.log(0.2 / 0.8)
    t = rule_contribution(TEXTS, LABELS, screener=Screener(model=_FixedModel(), rules=(A1, B1)))
    a1 = t.loc["TA001"]  # post 0: base+3 -> base+2; post 1: base+1 -> base
    with_mean = (sigmoid(base + 3) + sigmoid(base + 1)) / 2
    without_mean = (sigmoid(base + 2) + sigmoid(base)) / 2
    assert (a1["mean_score"], a1["mean_score_without"]) == pytest.approx((with_mean, without_mean), abs=1e-5)
    # bands (review 0.5, high 0.8): post 0 high (0.88) -> review (0.65); post 1 low (0.40) -> low
    assert a1["n_band_drop"] == 1
