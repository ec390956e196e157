"""The fixed reading/measuring split of social_dev and the per-category recall count (issue 16, item 5)."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from ct_screen.datasets import group_posts
from ct_screen.rules.recall import (
    SPLIT_SEED,
    category_recall,
    load_social_split,
    social_dev_path,
    split_social,
)


def _frame() -> pd.DataFrame:
    rows = []
    for i in range(24):
        label = i % 2
        platform = ("SMS", "Bluesky", "X")[i % 3]
        rows.append({"text": f"post number {i} about {'a paid task' if label else 'a real job'} #{i * 7919}",
                     "label": label, "platform": platform})
    # a near-duplicate pair: the split must keep it on one side
    rows.append({"text": "Part-time job, earn 300 daily, contact us on WhatsApp now please friend",
                 "label": 1, "platform": "SMS"})
    rows.append({"text": "Part-time job, earn 300 daily, contact us on WhatsApp now please friend!",
                 "label": 1, "platform": "SMS"})
    return pd.DataFrame(rows)


def test_split_is_disjoint_complete_and_fixed():
    frame = _frame()
    first, again = split_social(frame), split_social(frame)
    assert set(first.reading).isdisjoint(first.measuring)
    assert sorted([*first.reading, *first.measuring]) == list(range(len(frame)))
    assert np.array_equal(first.reading, again.reading) and np.array_equal(first.measuring, again.measuring)
    assert SPLIT_SEED == 16


def test_split_keeps_near_duplicates_together_and_both_labels_on_each_side():
    frame = _frame()
    split = split_social(frame)
    groups = group_posts(pd.DataFrame({"description": frame["text"]})).labels
    assert groups[24] == groups[25]
    assert (24 in split.reading) == (25 in split.reading)
    for half in (split.reading_frame, split.measuring_frame):
        assert set(half["label"]) == {0, 1}


def test_missing_data_home_is_a_clear_error(tmp_path: Path, monkeypatch):
    monkeypatch.delenv("CT_SCREEN_DATA", raising=False)
    with pytest.raises(FileNotFoundError, match="CT_SCREEN_DATA"):
        social_dev_path()
    with pytest.raises(FileNotFoundError, match="no social_dev file"):
        social_dev_path(tmp_path)


def test_category_recall_counts_scams_and_legitimate_posts_per_category():
    fired = [("upfront_fee", "secrecy"), ("upfront_fee",), (), ("secrecy",)]
    rows = {r.category: r for r in category_recall(fired, [1, 0, 1, 1], ["upfront_fee", "secrecy", "organ_trade"])}
    assert (rows["upfront_fee"].scams_flagged, rows["upfront_fee"].legit_fired) == (1, 1)
    assert (rows["secrecy"].scams_flagged, rows["secrecy"].legit_fired) == (2, 0)
    assert (rows["organ_trade"].scams_flagged, rows["organ_trade"].legit_fired) == (0, 0)


@pytest.mark.skipif(not os.environ.get("CT_SCREEN_DATA"), reason="needs $CT_SCREEN_DATA/social/social_dev.csv.gz")
def test_social_dev_halves_are_stratified_by_label_and_platform():
    try:
        split = load_social_split()
    except FileNotFoundError:
        pytest.skip("social_dev.csv.gz not under $CT_SCREEN_DATA/social")
    whole = split.frame.groupby(["label", "platform"]).size()
    for half in (split.reading_frame, split.measuring_frame):
        counts = half.groupby(["label", "platform"]).size().reindex(whole.index, fill_value=0)
        # each stratum is split about in half (whole near-duplicate groups move together)
        assert ((counts - whole / 2).abs() <= np.maximum(3, whole * 0.25)).all(), counts.to_dict()
