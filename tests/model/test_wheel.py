"""A non-editable install of the built wheel carries the bundled model and screens with it from outside the repo."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from ct_screen.model.bundle import MANIFEST_FILE, default_model_dir

REPO = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow

PROBE = """
import json, sys, ct_screen
r = ct_screen.screen("Pay a $50 registration fee, then WhatsApp me on +44 7700 900123")
print(json.dumps({"file": ct_screen.__file__, "model": r.version["model"], "model_score": r.model_score}))
"""


def test_wheel_ships_the_model_and_screens_with_it(tmp_path):
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path / "dist"),
                            str(REPO)], capture_output=True, text=True)
    assert build.returncode == 0, build.stderr[-2000:]
    [wheel] = (tmp_path / "dist").glob("ct_screen-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    for name in ("model.npz", "model.json", "manifest.json", "MODEL_CARD.md"):
        assert f"ct_screen/bundled_models/default/{name}" in names
    target = tmp_path / "site"
    install = subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target),
                              str(wheel)], capture_output=True, text=True)
    assert install.returncode == 0, install.stderr[-2000:]
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    env = {**os.environ, "PYTHONPATH": str(target)}
    run = subprocess.run([sys.executable, "-c", PROBE], cwd=outside, env=env, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr[-2000:]
    seen = json.loads(run.stdout.strip().splitlines()[-1])
    assert seen["file"].startswith(str(target)), seen  # the installed copy, not the source tree
    shipped = json.loads((default_model_dir() / MANIFEST_FILE).read_text())
    assert seen["model"] == shipped["model_version"] and seen["model_score"] is not None
