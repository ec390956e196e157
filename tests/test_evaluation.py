"""Grouped-CV metric functions, on hand-made scores."""

from __future__ import annotations

import numpy as np
import pytest

from ct_screen.evaluation import (
    band_shares,
    base_rate_weights,
    calibration_error,
    grouped_folds,
    recall_at_fpr,
    roc_auc,
    score_metrics,
    threshold_for_flag_rate,
    threshold_for_precision,
    weighted_share,
)

Y = np.array([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1])
S = np.array([.0, .1, .1, .2, .2, .3, .3, .4, .5, .9, .35, .6, .7, .8, .95])


def test_recall_at_fpr():
    # with no false positive allowed only the fraud post above the legitimate 0.9 counts: 1 of 5
    assert recall_at_fpr(Y, S, 0.05) == pytest.approx(0.2)
    # one legitimate post of ten (10%) may be flagged: the cut-off drops to 0.6, 4 of 5 fraud
    assert recall_at_fpr(Y, S, 0.10) == pytest.approx(0.8)
    assert recall_at_fpr(Y, S, 0.30) == pytest.approx(1.0)


def test_weights_change_the_figures():
    w = np.ones(len(Y))
    w[9] = 0.01  # the legitimate post at 0.9 hardly counts
    assert recall_at_fpr(Y, S, 0.05, w) == pytest.approx(0.8)
    assert roc_auc(Y, S, w) > roc_auc(Y, S)


def test_threshold_for_flag_rate():
    t = threshold_for_flag_rate(Y, S, 0.2)
    assert t == 0.5 and ((t <= S) & (Y == 0)).sum() / (Y == 0).sum() == 0.2


def test_threshold_for_precision_and_base_rate():
    assert threshold_for_precision(Y, S, 0.75, min_positives=1) == 0.6
    bw = base_rate_weights(Y, None, 0.05)
    assert weighted_share(Y, bw) == pytest.approx(0.05) and bw.sum() == pytest.approx(len(Y))
    # at a 5% base rate one false positive outweighs every fraud post: only the top post qualifies
    assert threshold_for_precision(Y, S, 0.9, bw, min_positives=0) == 0.95


def test_calibration_error():
    rng = np.random.default_rng(0)
    p = rng.random(200000)
    y = (rng.random(200000) < p).astype(int)
    assert calibration_error(y, p) < 0.01
    assert calibration_error(y, np.clip(p + 0.2, 0, 1)) > 0.15


def test_band_shares_and_table():
    shares = band_shares(Y, S, {"review": 0.5, "high": 0.9})
    assert shares["fraud"] == {"low": 0.2, "review": 0.6, "high": 0.2}
    assert shares["legit"] == {"low": 0.8, "review": 0.1, "high": 0.1}
    table = score_metrics(Y, S, base_rate=0.05, thresholds={"review": 0.5, "high": 0.9})
    assert {"roc_auc", "average_precision", "recall_at_1pct_fpr", "recall_at_5pct_fpr", "recall_at_10pct_fpr",
            "calibration_error_at_base_rate", "bands", "legit_flagged_at_review"} <= set(table)


def test_grouped_folds_keep_groups_together():
    y = np.array([0, 1] * 30)
    groups = np.repeat(np.arange(20), 3)
    for train, test in grouped_folds(y, groups, n_splits=4, seed=1):
        assert not set(groups[train]) & set(groups[test])
    assert [t.tolist() for _, t in grouped_folds(y, groups, seed=2)] == [t.tolist() for _, t in grouped_folds(y, groups, seed=2)]


def test_length_mismatch_is_an_error():
    with pytest.raises(ValueError, match="lengths differ"):
        roc_auc([0, 1], [0.1])
