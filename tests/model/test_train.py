"""Training (ct_screen.training) on our own synthetic posts: determinism, folds, the bundle contract, the
cross-domain figures, format-2 saving and safe loading."""

from __future__ import annotations

import json
import warnings
from dataclasses import replace

import numpy as np
import pytest

from ct_screen import Screener
from ct_screen.fuse import Fusion
from ct_screen.model.api import ModelPrediction, ScreeningModel
from ct_screen.model.bundle import (
    ModelBundle,
    ModelIntegrityError,
    ModelVersionWarning,
    load_model,
    save_model,
)
from ct_screen.model.features import TOKEN_PATTERN
from ct_screen.training import from_emscad, pool, train
from ct_screen.training.bundle import to_bundle
from ct_screen.training.card import model_card

from .conftest import SMALL_RECIPE
from .synthetic import synthetic_frame

SCAM = "Earn big money from the comfort of your home!! Just pay a small registration fee to get your starter kit."
LEGIT = "Harbour Dental needs a dental receptionist. Interviews take place at our office."


def test_training_is_deterministic(small_data, small_result, small_bundle):
    again = train(small_data, SMALL_RECIPE)
    assert np.array_equal(again.cross_fitted, small_result.cross_fitted)
    assert np.array_equal(again.baseline, small_result.baseline)
    bundle = to_bundle(again)
    assert np.array_equal(bundle.coef, small_bundle.coef) and bundle.version == small_bundle.version
    assert bundle.thresholds == small_bundle.thresholds and bundle.fusion == small_bundle.fusion


def test_another_seed_gives_other_folds(small_data, small_result):
    other = train(small_data, replace(SMALL_RECIPE, seed=5, grid=SMALL_RECIPE.grid[:1]))
    assert len(other.folds) == len(small_result.folds)
    mine = sorted(tuple(sorted(te.tolist())) for _, te in small_result.folds)
    theirs = sorted(tuple(sorted(te.tolist())) for _, te in other.folds)
    assert mine != theirs
    assert not np.array_equal(other.fold_of, small_result.fold_of)


def test_bundle_meets_the_screening_contract(small_bundle):
    assert isinstance(small_bundle, ScreeningModel)
    assert set(small_bundle.thresholds) == {"review", "high"}
    assert 0 <= small_bundle.thresholds["review"] <= small_bundle.thresholds["high"] <= 1
    fusion = small_bundle.fusion
    assert isinstance(fusion, Fusion) and fusion.floor_exempt is None and not fusion.floor_knots
    assert "floor" not in fusion.to_dict()
    preds = small_bundle.predict_many([SCAM, LEGIT], [(), ()])
    assert all(isinstance(p, ModelPrediction) and 0 <= p.probability <= 1 for p in preds)
    assert preds[0].probability > preds[1].probability
    scam, legit = Screener(model=small_bundle).screen_many([SCAM, LEGIT])
    assert scam.score > legit.score and legit.band == "low" and scam.version["model"] == small_bundle.version


def test_info_records_recipe_settings_and_figures_per_domain(small_bundle, small_result):
    info = small_bundle.info
    assert info["settings"]["C"] in {s["C"] for s in SMALL_RECIPE.grid}
    assert len(small_result.chosen) == SMALL_RECIPE.n_splits and len(small_result.inner_scores[0]) == 2
    assert info["recipe"]["n_splits"] == 3 and info["recipe"]["grid"] == [dict(s) for s in SMALL_RECIPE.grid]
    domains = info["cv_metrics"]["domains"]
    assert {"emscad", "emscad short views", "Bluesky", "X"} <= set(domains)
    for row in domains.values():
        assert {"roc_auc", "baseline_roc_auc", "legit_flagged_at_review"} <= set(row)
    assert domains["Bluesky"]["roc_auc_95ci"] is not None  # a small group: with an interval
    assert "roc_auc_95ci" not in domains["emscad"]  # 77 scams, 163 legitimate: no interval
    assert info["training_data"]["domains"]["social:Bluesky:en"]["rows"] == 40


def test_cross_domain_rows_train_on_emscad_alone_beside_the_baseline(small_bundle):
    rows = small_bundle.info["cross_domain"]
    grouped = {r["test"]: r for r in rows if r["train"] == "every domain (grouped CV)"}
    moved = {r["test"]: r for r in rows if r["train"] == "EMSCAD only"}
    assert grouped["emscad"]["roc_auc"] == small_bundle.info["cv_metrics"]["domains"]["emscad"]["roc_auc"]
    assert set(moved) == {"social/SMS English", "Bluesky", "X"}
    for row in moved.values():
        assert {"roc_auc", "baseline_roc_auc", "roc_auc_95ci", "baseline_roc_auc_95ci",
                "legit_flagged_at_review"} <= set(row)
        low, high = row["roc_auc_95ci"]
        assert 0 <= low <= high <= 1


def test_terms_explain_with_spans(small_bundle):
    [pred] = small_bundle.predict_many([SCAM], [()])
    assert pred.terms and pred.terms[0][1] > 0
    for term, _, spans in pred.terms:
        assert spans, f"no span for {term!r}"
        for a, b in spans:
            assert TOKEN_PATTERN.findall(SCAM[a:b].lower()) == term.split(" ")


def test_batch_equals_one_by_one(small_bundle):
    texts = [SCAM, LEGIT, "", "x" * 50]
    batch = small_bundle.predict_many(texts, [()] * 4)
    single = [small_bundle.predict_many([t], [()])[0] for t in texts]
    assert batch == single


def test_format_2_round_trip_and_card(tmp_path, small_bundle, small_result):
    manifest = save_model(small_bundle, tmp_path / "m", card=model_card(small_bundle, small_result))
    names = {p.name for p in (tmp_path / "m").iterdir()}
    assert {"model.npz", "model.json", "manifest.json", "MODEL_CARD.md"} <= names and "model.joblib" not in names
    on_disk = json.loads((tmp_path / "m" / "manifest.json").read_text())
    assert on_disk["format"] == 2 and on_disk["model_sha256"] == manifest["model_sha256"]
    assert {"sklearn_version", "package_version", "training_data", "settings", "cv_metrics", "cross_domain",
            "thresholds"} <= set(on_disk)
    loaded = load_model(tmp_path / "m")
    assert isinstance(loaded, ModelBundle) and loaded.version == small_bundle.version
    assert loaded.fusion == small_bundle.fusion and loaded.thresholds == small_bundle.thresholds
    assert loaded.predict_many([SCAM], [()]) == small_bundle.predict_many([SCAM], [()])
    a = Screener(model=tmp_path / "m").screen_many([SCAM, LEGIT])
    b = Screener(model=small_bundle).screen_many([SCAM, LEGIT])
    assert [r.to_dict() for r in a] == [r.to_dict() for r in b]
    card = (tmp_path / "m" / "MODEL_CARD.md").read_text()
    assert "## Across domains" in card and "| EMSCAD only | Bluesky |" in card


@pytest.mark.parametrize("name", ["model.npz", "model.json"])
def test_tampered_model_file_is_refused_before_it_is_read(tmp_path, small_bundle, monkeypatch, name):
    save_model(small_bundle, tmp_path / "m")
    path = tmp_path / "m" / name
    path.write_bytes(path.read_bytes() + b"\0")

    def never(*args, **kwargs):  # pragma: no cover - must not be reached
        raise AssertionError("reading an unverified file")

    monkeypatch.setattr(np, "load", never)
    with pytest.raises(ModelIntegrityError, match="does not match the manifest"):
        load_model(tmp_path / "m")


def test_missing_or_bad_manifest(tmp_path, small_bundle):
    with pytest.raises(ModelIntegrityError, match="no manifest.json"):
        load_model(tmp_path)
    save_model(small_bundle, tmp_path / "m")
    manifest = json.loads((tmp_path / "m" / "manifest.json").read_text())
    del manifest["files"]
    (tmp_path / "m" / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(ModelIntegrityError, match="no 'files' entries"):
        load_model(tmp_path / "m")


def test_other_sklearn_version_warns(tmp_path, small_bundle):
    save_model(small_bundle, tmp_path / "m")
    manifest = json.loads((tmp_path / "m" / "manifest.json").read_text())
    manifest["sklearn_version"] = "0.0.1"
    (tmp_path / "m" / "manifest.json").write_text(json.dumps(manifest))
    with pytest.warns(ModelVersionWarning, match="scikit-learn 0.0.1"):
        load_model(tmp_path / "m")
    manifest["sklearn_version"] = __import__("sklearn").__version__
    (tmp_path / "m" / "manifest.json").write_text(json.dumps(manifest))
    with warnings.catch_warnings():
        warnings.simplefilter("error", ModelVersionWarning)
        load_model(tmp_path / "m")


def test_training_needs_groups_and_both_classes():
    df = synthetic_frame(40, seed=1)
    with pytest.raises(ValueError, match="pool"):
        train(from_emscad(df), SMALL_RECIPE)
    df["fraudulent"] = 0
    with pytest.raises(ValueError, match="both"):
        train(pool(from_emscad(df)), SMALL_RECIPE)
