"""Training on our own synthetic posts: determinism, the bundle contract, saving and safe loading."""

from __future__ import annotations

import json
import warnings

import numpy as np
import pytest

from ct_screen import Screener
from ct_screen.model.api import ModelPrediction, ScreeningModel
from ct_screen.model.bundle import (
    ModelBundle,
    ModelIntegrityError,
    ModelVersionWarning,
    load_model,
    save_model,
)
from ct_screen.model.features import TOKEN_PATTERN
from ct_screen.model.train import train_model

from .conftest import SMALL_GRID
from .synthetic import synthetic_frame

SCAM = "Earn big money from the comfort of your home!! Just pay a small registration fee to get your starter kit."
LEGIT = "Harbour Dental needs a dental receptionist. Interviews take place at our office."


def test_training_is_deterministic(small_frame, small_bundle):
    again = train_model(small_frame, seed=0, n_splits=3, grid=SMALL_GRID)
    assert again.info["cv_metrics"] == small_bundle.info["cv_metrics"]
    assert np.array_equal(again.coef, small_bundle.coef) and again.version == small_bundle.version
    assert again.thresholds == small_bundle.thresholds and again.fusion == small_bundle.fusion


def test_another_seed_gives_other_folds(small_frame, small_bundle):
    other = train_model(small_frame, seed=5, n_splits=3, quick=True)
    assert other.info["seed"] == 5 and other.info["selection"]["grid"] != small_bundle.info["selection"]["grid"]


def test_bundle_meets_the_screening_contract(small_bundle):
    assert isinstance(small_bundle, ScreeningModel)
    assert set(small_bundle.thresholds) == {"review", "high"}
    assert 0 <= small_bundle.thresholds["review"] <= small_bundle.thresholds["high"] <= 1
    assert {"intercept", "model_coef", "category_scales", "floor"} <= set(small_bundle.fusion)
    preds = small_bundle.predict_many([SCAM, LEGIT], [(), ()])
    assert all(isinstance(p, ModelPrediction) and 0 <= p.probability <= 1 for p in preds)
    assert preds[0].probability > preds[1].probability


def test_info_records_settings_grid_and_metrics(small_bundle):
    info = small_bundle.info
    assert {row["head_tokens"] for row in info["selection"]["grid"]} == {0, 10}
    assert info["settings"]["C"] in SMALL_GRID["C"] and info["training_data"]["rows"] == 240
    for name in ("model", "fused", "baseline"):
        assert {"roc_auc", "average_precision", "recall_at_10pct_fpr"} <= set(info["cv_metrics"][name])
    assert [row["step"].split(" ")[0] for row in info["cv_metrics"]["ablation"]][0] == "bare"


def test_terms_explain_with_spans(small_bundle):
    [pred] = small_bundle.predict_many([SCAM], [()])
    assert pred.terms and pred.terms[0][1] > 0
    for term, _, spans in pred.terms:
        assert spans, f"no span for {term!r}"
        for a, b in spans:
            assert TOKEN_PATTERN.findall(SCAM[a:b].lower()) == term.split(" ")


def test_model_file_is_a_plain_pickle_joblib_can_read(tmp_path, small_bundle):
    import joblib

    save_model(small_bundle, tmp_path / "m")
    assert joblib.load(tmp_path / "m" / "model.joblib").version == small_bundle.version


def test_batch_equals_one_by_one(small_bundle):
    texts = [SCAM, LEGIT, "", "x" * 50]
    batch = small_bundle.predict_many(texts, [()] * 4)
    single = [small_bundle.predict_many([t], [()])[0] for t in texts]
    assert batch == single


def test_save_load_round_trip(tmp_path, small_bundle):
    manifest = save_model(small_bundle, tmp_path / "m")
    for name in ("model.joblib", "manifest.json", "MODEL_CARD.md"):
        assert (tmp_path / "m" / name).is_file()
    on_disk = json.loads((tmp_path / "m" / "manifest.json").read_text())
    assert on_disk["model_sha256"] == manifest["model_sha256"] and on_disk["base_rate"] == 0.0484
    assert {"sklearn_version", "package_version", "training_data", "seed", "settings", "cv_metrics",
            "thresholds"} <= set(on_disk)
    loaded = load_model(tmp_path / "m")
    assert isinstance(loaded, ModelBundle) and loaded.version == small_bundle.version
    assert loaded.predict_many([SCAM], [()]) == small_bundle.predict_many([SCAM], [()])
    result = Screener(model=tmp_path / "m").screen(SCAM)
    assert result.version["model"] == small_bundle.version and result.model_score is not None


def test_tampered_model_is_refused_before_unpickling(tmp_path, small_bundle, monkeypatch):
    save_model(small_bundle, tmp_path / "m")
    path = tmp_path / "m" / "model.joblib"
    path.write_bytes(path.read_bytes() + b"\0")
    import pickle

    def never(*args, **kwargs):  # pragma: no cover - must not be reached
        raise AssertionError("unpickling an unverified file")

    monkeypatch.setattr(pickle, "loads", never)
    monkeypatch.setattr(pickle, "load", never)
    with pytest.raises(ModelIntegrityError, match="does not match the manifest"):
        load_model(tmp_path / "m")


def test_missing_or_bad_manifest(tmp_path, small_bundle):
    with pytest.raises(ModelIntegrityError, match="no manifest.json"):
        load_model(tmp_path)
    save_model(small_bundle, tmp_path / "m")
    manifest = json.loads((tmp_path / "m" / "manifest.json").read_text())
    manifest["model_sha256"] = None
    (tmp_path / "m" / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(ModelIntegrityError, match="no valid model_sha256"):
        load_model(tmp_path / "m")


def test_other_sklearn_version_warns(tmp_path, small_bundle):
    save_model(small_bundle, tmp_path / "m")
    manifest = json.loads((tmp_path / "m" / "manifest.json").read_text())
    manifest["sklearn_version"] = "0.0.1"
    (tmp_path / "m" / "manifest.json").write_text(json.dumps(manifest))
    with pytest.warns(ModelVersionWarning, match="scikit-learn 0.0.1"):
        load_model(tmp_path / "m")
    manifest["sklearn_version"] = small_bundle.info.get("sklearn_version") or __import__("sklearn").__version__
    (tmp_path / "m" / "manifest.json").write_text(json.dumps(manifest))
    with warnings.catch_warnings():
        warnings.simplefilter("error", ModelVersionWarning)
        load_model(tmp_path / "m")


def test_training_needs_both_classes():
    df = synthetic_frame(40, seed=1)
    df["fraudulent"] = 0
    with pytest.raises(ValueError, match="both"):
        train_model(df, quick=True, n_splits=3)
