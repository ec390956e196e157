"""Shared fixtures: where the EMSCAD data is, and a clean skip when it is not."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def absolute_data_env(environ: dict | os._Environ = os.environ) -> str | None:
    """Make ``$CT_SCREEN_DATA`` absolute, once, from the folder pytest was started in.

    The README runs the tests with ``CT_SCREEN_DATA=../shared/data``; notebook
    kernels and subprocesses run in other folders, where that relative path
    points nowhere. Everything started by the tests inherits the absolute path.
    """
    value = environ.get("CT_SCREEN_DATA")
    if value:
        environ["CT_SCREEN_DATA"] = value = str(Path(value).expanduser().resolve())
    return value


absolute_data_env()


def emscad_train_path() -> Path | None:
    """The shared EMSCAD training file (an absolute path), from $CT_SCREEN_DATA or ../shared/data, if present."""
    roots = [os.environ.get("CT_SCREEN_DATA"), str(REPO.parent / "shared" / "data")]
    for root in filter(None, roots):
        path = Path(root).expanduser().resolve() / "emscad" / "emscad_train.csv.gz"
        if path.is_file():
            return path
    return None


@pytest.fixture(scope="session")
def emscad_path() -> Path:
    path = emscad_train_path()
    if path is None:
        pytest.skip("EMSCAD data not found: set CT_SCREEN_DATA to a folder holding emscad/emscad_train.csv.gz")
    return path
