"""CI check: retraining on the shared data reproduces the shipped model's cross-fitted figures.

Retrains with the shipped recipe (quick: one setting, the same seed, folds and steps) on EMSCAD and the
social/SMS file and compares the per-domain figures with the manifest's. If the rules changed since the
model was trained, retrain it:
``ct-screen train --data EMSCAD --social SOCIAL --quick --out models/default``.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from ct_screen.datasets import load_emscad
from ct_screen.model.bundle import MANIFEST_FILE, default_model_dir
from ct_screen.training import Recipe, from_emscad, load_social, pool, train
from ct_screen.training.figures import figures

pytestmark = [pytest.mark.slow, pytest.mark.needs_data]


def test_quick_retrain_matches_the_manifest(emscad_path):
    social = Path(os.environ.get("CT_SCREEN_DATA", "")).resolve() / "social" / "social_dev.csv.gz"
    if not social.is_file():
        pytest.skip("social_dev.csv.gz not under $CT_SCREEN_DATA/social")
    manifest = json.loads((default_model_dir() / MANIFEST_FILE).read_text())
    # the settings the nested search chose per outer fold: searched among themselves, each fold chooses the same
    chosen = manifest["cv_metrics"]["settings_chosen_per_fold"]
    recipe = Recipe(grid=tuple(dict(s) for s in sorted({tuple(sorted(c.items())) for c in chosen})))
    assert manifest["recipe"]["seed"] == recipe.seed and manifest["recipe"]["social_weight"] == recipe.social_weight
    data = pool(from_emscad(load_emscad(emscad_path)), load_social(social, weight=recipe.social_weight))
    result = train(data, recipe)
    got, shipped = figures(result)["domains"], manifest["cv_metrics"]["domains"]
    assert manifest["trained_with"]["rules_version"] == result.prepared.rules_version, "retrain the default model"
    for domain in ("emscad", "social/SMS English", "Bluesky"):
        for key in ("roc_auc", "average_precision", "baseline_roc_auc", "legit_flagged_at_review"):
            assert got[domain][key] == pytest.approx(shipped[domain][key], abs=0.005), (domain, key)
    assert result.post.thresholds == pytest.approx(manifest["thresholds"], rel=1e-4)
