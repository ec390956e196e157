"""--sort over many chunks (spilled runs, k-way merge) equals a stable in-memory sort."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ct_screen.batch.frame import sort_by_score
from ct_screen.batch.sorting import sort_stream


def test_external_sort_equals_stable_sort():
    rng = np.random.default_rng(3)
    scores = rng.choice([0.0, 0.25, 0.5, 0.9, np.nan], size=1000)
    frame = pd.DataFrame({"n": np.arange(1000), "text": [f"t{i}" for i in range(1000)], "ct_score": scores})
    frame["flag"] = pd.array([None if i % 7 else i for i in range(1000)], dtype="Int64")
    chunks = [frame.iloc[a:a + 90] for a in range(0, 1000, 90)]
    merged = pd.concat(list(sort_stream(iter(chunks), chunk_size=128)), ignore_index=True)
    expected = sort_by_score(frame).reset_index(drop=True)
    pd.testing.assert_frame_equal(merged, expected)


def test_single_chunk_and_empty_stream():
    frame = pd.DataFrame({"ct_score": [0.1, 0.9, 0.5]})
    (out,) = list(sort_stream([frame], chunk_size=10))
    assert out["ct_score"].tolist() == [0.9, 0.5, 0.1]
    assert list(sort_stream([], chunk_size=10)) == []


def test_many_runs_are_merged_in_several_passes(monkeypatch):
    from ct_screen.batch import sorting

    monkeypatch.setattr(sorting, "_FAN_IN", 3)
    monkeypatch.setattr(sorting, "_SLICE", 4)
    frame = pd.DataFrame({"n": np.arange(500), "ct_score": np.random.default_rng(5).choice([0.1, 0.5, np.nan], 500)})
    chunks = [frame.iloc[a:a + 17] for a in range(0, 500, 17)]  # 30 runs: two extra merge passes
    merged = pd.concat(list(sort_stream(iter(chunks), chunk_size=50)), ignore_index=True)
    pd.testing.assert_frame_equal(merged, sort_by_score(frame).reset_index(drop=True))
