"""A small model trained once per session on our own synthetic posts (job-board fields and social posts)."""

from __future__ import annotations

import pytest

from ct_screen.training import Recipe, from_emscad, load_social, pool, train
from ct_screen.training.bundle import to_bundle

from .synthetic import synthetic_frame, synthetic_social_frame

SMALL_RECIPE = Recipe(grid=({"C": 1.0, "head_tokens": 0}, {"C": 8.0, "head_tokens": 10}), n_splits=3,
                      inner_splits=2, review_flag_rate=0.2)


@pytest.fixture(scope="session")
def small_frame():
    return synthetic_frame(240, seed=0)


@pytest.fixture(scope="session")
def small_data(small_frame, tmp_path_factory):
    path = tmp_path_factory.mktemp("social") / "social.csv"
    synthetic_social_frame(80, seed=0).to_csv(path, index=False)
    return pool(from_emscad(small_frame), load_social(path, weight=SMALL_RECIPE.social_weight))


@pytest.fixture(scope="session")
def small_result(small_data):
    return train(small_data, SMALL_RECIPE)


@pytest.fixture(scope="session")
def small_bundle(small_result):
    return to_bundle(small_result)
