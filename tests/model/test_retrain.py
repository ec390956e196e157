"""CI check: retraining on the shared data reproduces the shipped model's cross-validated figures.

Retrains with the shipped model's own settings (one grid point, the same seed
and folds) on ``emscad_train.csv.gz`` and compares the grouped-CV metrics with
the manifest's. The classifier's figures must match closely; the fused ones
may drift a little when the rules changed since the model was trained (then
retrain the model: ``ct-screen train --data ... --out models/default --seed 0``).
"""

from __future__ import annotations

import json

import pytest

from ct_screen.datasets import load_emscad
from ct_screen.model.bundle import MANIFEST_FILE, default_model_dir
from ct_screen.model.train import train_model

pytestmark = pytest.mark.slow


def test_quick_retrain_matches_the_manifest(emscad_path):
    manifest = json.loads((default_model_dir() / MANIFEST_FILE).read_text())
    df = load_emscad(emscad_path)
    assert df.attrs["emscad"]["sha256"] == manifest["training_data"]["sha256"], "the shipped model used other data"
    settings = manifest["settings"]
    bundle = train_model(df, seed=manifest["seed"], base_rate=manifest["base_rate"], n_splits=manifest["n_splits"],
                         grid={"C": [settings["C"]], "head_tokens": [settings["head_tokens"]]})
    cv, shipped = bundle.info["cv_metrics"], manifest["cv_metrics"]
    for key in ("roc_auc", "average_precision", "recall_at_10pct_fpr"):
        assert cv["model"][key] == pytest.approx(shipped["model"][key], abs=0.005), key
        assert cv["baseline"][key] == pytest.approx(shipped["baseline"][key], abs=0.005), key
        assert cv["fused"][key] == pytest.approx(shipped["fused"][key], abs=0.03), key
    assert cv["fused"]["legit_flagged_at_review"] <= 0.10 + 1e-9
    assert bundle.thresholds["review"] == pytest.approx(manifest["thresholds"]["review"], rel=0.25)
