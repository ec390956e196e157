"""Linking the real EMSCAD rows (skipped without the data): fraudulent posts fall into campaigns."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from ct_screen import link_posts

pytestmark = [pytest.mark.needs_data, pytest.mark.slow]


def test_emscad_fraud_falls_into_campaigns(emscad_path):
    df = pd.read_csv(emscad_path, keep_default_na=False, dtype=str)
    found = link_posts(df, ids="job_id")
    frame = found.to_frame()
    assert len(frame) == len(df) and frame["post_id"].tolist() == df["job_id"].tolist()
    fraud = df["fraudulent"].astype(int).to_numpy() == 1
    in_campaign = frame["campaign_size"].to_numpy() >= 2
    assert in_campaign[fraud].mean() > 0.5  # fraud is posted in series
    assert found.sizes.max() >= 50
    fraud_per_campaign = np.bincount(found.labels, weights=fraud, minlength=len(found))
    pure = (fraud_per_campaign == 0) | (fraud_per_campaign == found.sizes)
    assert pure[found.labels].mean() > 0.75
