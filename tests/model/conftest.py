"""A small model trained once per session on our own synthetic posts."""

from __future__ import annotations

import pytest

from ct_screen.model.train import train_model

from .synthetic import synthetic_frame

SMALL_GRID = {"C": (1.0, 8.0), "head_tokens": (0, 10)}


@pytest.fixture(scope="session")
def small_frame():
    return synthetic_frame(240, seed=0)


@pytest.fixture(scope="session")
def small_bundle(small_frame):
    return train_model(small_frame, seed=0, n_splits=3, grid=SMALL_GRID)
