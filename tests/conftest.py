"""Shared fixtures: where the EMSCAD data is, and a clean skip when it is not."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def emscad_train_path() -> Path | None:
    """The shared EMSCAD training file, from $CT_SCREEN_DATA or ../shared/data, if present."""
    roots = [os.environ.get("CT_SCREEN_DATA"), str(REPO.parent / "shared" / "data")]
    for root in filter(None, roots):
        path = Path(root) / "emscad" / "emscad_train.csv.gz"
        if path.is_file():
            return path
    return None


@pytest.fixture(scope="session")
def emscad_path() -> Path:
    path = emscad_train_path()
    if path is None:
        pytest.skip("EMSCAD data not found: set CT_SCREEN_DATA to a folder holding emscad/emscad_train.csv.gz")
    return path
