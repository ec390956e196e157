"""Training on pooled labelled posts, format-2 bundles and the shipped model's figures (issue 15)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np
import pytest

from ct_screen import Screener
from ct_screen.model.bundle import (
    MANIFEST_FILE,
    ModelIntegrityError,
    default_model_dir,
    load_model,
    model_digest,
)
from ct_screen.training import Recipe, load_labelled, pool, train
from ct_screen.training.bundle import to_bundle
from ct_screen.training.data import LabelledPosts, short_views

SCAMS = ["Earn 400 USD a day from home, pay the 30 USD registration fee to start, WhatsApp me now",
         "Easy online job liking videos, 50 USD per task, deposit USDT first to unlock orders, Telegram only",
         "Work abroad as a hostess, visa and ticket paid, agency keeps your passport, girls 18-25 only",
         "Part time job from your phone, 2 hours a day, salary 900 USD per week, send your bank details now"]
LEGIT = ["Payroll assistant in Leeds, full time, Sage experience preferred, apply through our careers page",
         "We are hiring a junior data analyst in Lisbon, hybrid, SQL and Python required, apply on our website",
         "Staff nurse for our Manchester ward, NMC registration required, day and night shifts, apply online",
         "Warehouse operative in Hull, forklift licence an advantage, 38 hours a week, apply in person"]


def _frame(n: int = 60):
    import pandas as pd

    rng = np.random.default_rng(0)
    rows = []
    for i in range(n):
        label = i % 2
        base = (SCAMS if label else LEGIT)[i % 4]
        words = base.split()
        rng.shuffle(words[3:])
        rows.append({"body": " ".join(words) + f" ref {i}", "is_scam": label, "src": "A" if i % 3 else "B"})
    return pd.DataFrame(rows)


@pytest.fixture(scope="module")
def own_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("own") / "decisions.csv"
    _frame().to_csv(path, index=False)
    return path


def test_load_labelled_reads_text_label_and_domain(own_file):
    data = load_labelled(own_file, text_column="body", label_column="is_scam", domain_column="src")
    assert len(data) == 60 and data.y.sum() == 30 and set(data.domain) == {"A", "B"}
    with pytest.raises(ValueError, match="no column 'nope'"):
        load_labelled(own_file, text_column="nope", label_column="is_scam")


def test_bad_labels_are_refused(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("text,label\nhello there friend,maybe\n")
    with pytest.raises(ValueError, match="not a 0/1 label"):
        load_labelled(path)


def test_views_stay_in_their_posts_group():
    posts = ({"title": "Data entry clerk", "description": "Work from home. Pay the fee. Earn fast. Start today."},
             "plain text post")
    data = LabelledPosts(posts, np.array([1, 0]), np.ones(2), np.array(["emscad", "social:X:en"], dtype=object),
                         groups=np.array([7, 8]))
    views = short_views(data, per_post=2, weight=0.5, seed=0)
    assert len(views) >= 1 and set(views.groups) == {7} and set(views.parent) == {0}
    assert all(isinstance(p, str) for p in views.posts) and np.allclose(views.weight, 0.5)


@pytest.fixture(scope="module")
def trained(own_file):
    data = pool(load_labelled(own_file, text_column="body", label_column="is_scam"))
    return train(data, Recipe.quick(n_splits=3, review_flag_rate=0.2))


def test_train_own_decisions_cross_fits_and_round_trips_format_2(trained, tmp_path):
    from ct_screen.model.bundle import save_model

    assert len(trained.cross_thresholds) == 3 and trained.decision.shape == trained.cross_fitted.shape
    bundle = to_bundle(trained)
    manifest = save_model(bundle, tmp_path)
    assert manifest["format"] == 2 and not (tmp_path / "model.joblib").exists()
    loaded = load_model(tmp_path)
    posts = SCAMS + LEGIT
    a = [r.to_dict() for r in Screener(model=bundle).screen_many(posts)]
    b = [r.to_dict() for r in Screener(model=loaded).screen_many(posts)]
    assert a == b
    assert np.mean([r["score"] for r in a[:4]]) > np.mean([r["score"] for r in a[4:]])
    # pin: the right hash loads, another is refused; a changed array file is refused before it is read
    assert manifest["model_sha256"] == model_digest(tmp_path)
    assert load_model(tmp_path, expected_sha256=model_digest(tmp_path)).version == bundle.version
    with pytest.raises(ModelIntegrityError, match="pinned"):
        load_model(tmp_path, expected_sha256="0" * 64)
    (tmp_path / "model.npz").write_bytes((tmp_path / "model.npz").read_bytes()[:-5] + b"xxxxx")
    with pytest.raises(ModelIntegrityError, match="does not match"):
        load_model(tmp_path)


def test_shipped_post_processing_reads_decisions_of_the_shipped_setting(trained):
    # where nested CV chose another setting in a fold, that fold is refitted with the shipped one before the
    # shipped calibration, fusion and thresholds are fitted (decisions of another C have another scale)
    from ct_screen.training.train import _decisions_of, fit_classifier, with_views

    prep, folds, shipped = trained.prepared, trained.folds, trained.setting
    other = {**shipped, "C": shipped["C"] / 16}
    chosen = [other] + [shipped] * (len(folds) - 1)
    dec, weak = _decisions_of(prep, folds, chosen, shipped, trained.decision, trained.weak, trained.recipe,
                              lambda message: None)
    tr, te = folds[0]
    test = with_views(prep, te)
    expected = fit_classifier(prep, with_views(prep, tr), shipped, trained.recipe).decision_parts(
        [prep.docs[i] for i in test])
    assert np.allclose(dec[test], expected[0]) and np.allclose(weak[test], expected[1])
    rest = np.setdiff1d(np.arange(len(dec)), test)
    assert np.array_equal(dec[rest], trained.decision[rest])
    same = _decisions_of(prep, folds, [shipped] * len(folds), shipped, trained.decision, trained.weak,
                         trained.recipe, lambda message: None)
    assert same[0] is trained.decision


def test_format_2_refuses_paths_outside_the_folder(trained, tmp_path):
    from ct_screen.model.bundle import save_model

    save_model(to_bundle(trained), tmp_path)
    manifest = json.loads((tmp_path / MANIFEST_FILE).read_text())
    manifest["files"]["arrays"]["name"] = "../model.npz"
    (tmp_path / MANIFEST_FILE).write_text(json.dumps(manifest))
    with pytest.raises(ModelIntegrityError, match="bare file name"):
        load_model(tmp_path)


def test_the_shipped_model_is_data_only_and_names_no_single_social_row():
    folder = default_model_dir()
    manifest = json.loads((folder / MANIFEST_FILE).read_text())
    assert manifest["format"] == 2 and not (folder / "model.joblib").exists()
    with np.load(folder / "model.npz", allow_pickle=False) as npz:
        assert npz["full_terms_utf8"].dtype == np.uint8 and all(npz[k].dtype != object for k in npz.files)
    table = {row["category"]: row for row in manifest["fusion_table"]}
    for weak in ("off_platform_contact", "urgency_pressure", "unverifiable_employer", "work_abroad_lure"):
        assert not table[weak]["lifts_to_review_alone"], weak


def _social_path() -> Path | None:
    root = os.environ.get("CT_SCREEN_DATA")
    path = Path(root).resolve() / "social" / "social_dev.csv.gz" if root else None
    return path if path and path.is_file() else None


@pytest.mark.needs_data
def test_shipped_vocabulary_has_no_ngram_from_only_one_social_row():
    path = _social_path()
    if path is None:
        pytest.skip("social_dev.csv.gz not under $CT_SCREEN_DATA/social")
    from ct_screen.training import load_social
    from ct_screen.training.train import forbidden_terms

    social = load_social(path)
    analysed = Screener(model=None)
    from ct_screen.model.features import analyse

    docs = []
    for post in social.posts:
        a = analysed.analyse(post)
        docs.append(analyse(a.view.text, a.view.contacts, folds=Screener().model.features.fold_map))
    forbidden = forbidden_terms(docs, social.domain, (1, 2))
    shipped = set(Screener().model.features.full_.terms_.tolist())
    assert forbidden and not (forbidden & shipped)


def test_shipped_figures_meet_the_issue_goals():
    """The cross-fitted figures written by training (issue 15's 'done when', the parts the model meets)."""
    domains = json.loads((default_model_dir() / MANIFEST_FILE).read_text())["cv_metrics"]["domains"]
    em, en, bs = domains["emscad"], domains["social/SMS English"], domains["Bluesky"]
    assert em["roc_auc"] >= em["baseline_roc_auc"] + 0.05
    assert em["average_precision"] >= em["baseline_average_precision"] + 0.05
    assert em["legit_flagged_at_review"] <= 0.10
    assert em["scam_recall_at_review"] >= em["baseline_recall_at_10pct_fpr"] + 0.10
    assert en["roc_auc"] >= 0.90 and bs["roc_auc"] >= 0.85
    assert en["roc_auc"] > en["platform_language_roc_auc"] and bs["roc_auc"] > bs["platform_language_roc_auc"]
    assert en["legit_flagged_at_review"] <= 0.10 and en["scam_recall_at_review"] >= 0.80


def test_shipped_model_caps_weak_signal_terms():
    """A WhatsApp number or "DM me" alone never lifts a post through the classifier either (issue 15)."""
    from ct_screen.model.weak_terms import is_weak_term

    bundle = load_model(default_model_dir())
    assert bundle.weak_columns is not None and np.isfinite(bundle.weak_cap)
    names = bundle.features.term_names_
    weak = {str(names[bundle.features.term_ids_[i]]) for i in np.flatnonzero(bundle.weak_columns)}
    assert {"whatsapp", "ctphone"} <= weak and all(map(is_weak_term, weak))
    info = json.loads((default_model_dir() / MANIFEST_FILE).read_text())["weak_terms"]
    assert info["cap"] == bundle.weak_cap and info["score_alone"] < bundle.thresholds["review"]
