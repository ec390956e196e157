"""Weak-signal classifier terms (contacts, messenger names, "DM") are capped so they never lift a post alone."""

from __future__ import annotations

import io
import json

import numpy as np
import pytest

from ct_screen.fuse import fused_score
from ct_screen.model import store
from ct_screen.model.bundle import load_model, save_model
from ct_screen.model.calibrate import sigmoid
from ct_screen.model.features import analyse
from ct_screen.model.weak_terms import capped_contributions, capped_decision, is_weak_term, weak_columns
from ct_screen.training.fusion import weak_term_cap

ONLY_WEAK = "WhatsApp +44 7700 900123, WhatsApp, DM, Telegram, WhatsApp +44 7700 900124"


def test_weak_terms_are_contact_tokens_messenger_names_and_dm():
    assert all(map(is_weak_term, ["whatsapp", "ctphone", "on telegram", "dm me", "whatsapp ctphone"]))
    assert not any(map(is_weak_term, ["whatsapp's", "hiring", "telegraph", "adm", "signal processing"]))
    mask = weak_columns([(0, ["hiring", "whatsapp"]), (3, ["ctphone", "pay"])], 6)
    assert mask.tolist() == [False, True, False, True, False, False]


def test_capped_decision_and_contributions():
    decision, weak = np.array([3.0, 0.5, -1.0]), np.array([2.5, 0.4, -2.0])
    assert capped_decision(decision, weak, 1.0).tolist() == [1.5, 0.5, -1.0]
    rows = np.array([0, 0, 1, 2])
    contributions = np.array([2.5, 0.5, 0.4, -2.0])
    is_weak = np.array([True, False, True, True])
    out = capped_contributions(rows, contributions, is_weak, weak, 1.0)
    assert out.tolist() == [1.0, 0.5, 0.4, -2.0]  # only row 0's weak term is scaled, to the cap


def test_trained_bundle_caps_weak_terms_so_they_cannot_lift_a_post_alone(small_bundle, small_result):
    bundle = small_bundle
    assert bundle.weak_columns is not None and bundle.weak_columns.any() and np.isfinite(bundle.weak_cap)
    assert small_result.post.weak_cap == bundle.weak_cap
    # a post whose only known terms are weak ones: its score stays below review, however many there are
    docs = [analyse(ONLY_WEAK)]
    rows, cols, values = bundle.features.coo(docs)
    raw = float((values * bundle.coef[cols]).sum())
    weak = float((values * bundle.coef[cols])[bundle.weak_columns[cols]].sum())
    assert weak > bundle.weak_cap, "the test post must push harder than the cap"
    assert bundle.decision_function(docs)[0] == pytest.approx(raw + bundle.intercept - (weak - bundle.weak_cap))
    at_cap = sigmoid(bundle.calibration.logit(np.array([bundle.intercept + bundle.weak_cap])))[0]
    assert fused_score(float(at_cap), {}, bundle.fusion) < bundle.thresholds["review"]
    from ct_screen.contacts import extract_contacts

    assert raw == pytest.approx(weak)  # every known term of the post is weak
    prediction = bundle.predict_many([ONLY_WEAK], [extract_contacts(ONLY_WEAK)])[0]
    assert fused_score(prediction.probability, {}, bundle.fusion) < bundle.thresholds["review"]
    weak_shown = [t[1] for t in prediction.terms if is_weak_term(t[0].replace("[phone]", "ctphone"))]
    # explanations show the capped push (each term's weight is rounded to 4 decimals: half a unit each)
    assert sum(weak_shown) <= bundle.weak_cap * bundle.calibration.slope + 5e-5 * len(weak_shown) + 1e-9


@pytest.mark.parametrize("intercept", [-2.0, 0.0])  # below and above the calibrated neutral point
def test_weak_term_cap_rule(intercept):
    from ct_screen.fuse import Fusion
    from ct_screen.model.calibrate import Calibration, logit

    calibration = Calibration(slope=0.77, intercept=0.03, train_rate=0.377, base_rate=0.0484)
    fusion = Fusion(intercept=-0.185, model_coef=0.94, category_scales={}, reference_rate=0.0484,
                    unknown_category_scale=1.0, neutral_probability=0.0484)
    review = 0.1
    cap = weak_term_cap(calibration, fusion, review, intercept=intercept)
    assert cap > 0
    start = max(float(logit(0.0484)), float(calibration.logit(np.array([intercept]))[0]))
    lifted = fused_score(float(sigmoid(start + calibration.slope * cap)), {}, fusion)
    assert 0.09 < lifted < review  # up to the margin below review, from the higher starting point
    no_room = fused_score(float(sigmoid(start)), {}, fusion)  # review already reached without weak terms
    assert weak_term_cap(calibration, fusion, no_room, intercept=intercept) == 0.0


def test_cap_survives_the_round_trip_and_changes_the_version(tmp_path, small_bundle):
    save_model(small_bundle, tmp_path / "m")
    loaded = load_model(tmp_path / "m")
    assert loaded.weak_cap == small_bundle.weak_cap and loaded.version == small_bundle.version
    assert (loaded.weak_columns == small_bundle.weak_columns).all()
    params = json.loads((tmp_path / "m" / "model.json").read_text())
    assert params["weak_cap"] == small_bundle.weak_cap


def _data(bundle, **params_changes) -> tuple[bytes, bytes]:
    arrays, params = store.write_data(bundle)
    p = json.loads(params)
    extra = params_changes.pop("arrays", None)
    p.update(params_changes)
    if extra is not None:
        with np.load(io.BytesIO(arrays), allow_pickle=False) as npz:
            kept = {k: npz[k] for k in npz.files}
        kept.update(extra)
        buffer = io.BytesIO()
        np.savez(buffer, **kept)
        arrays = buffer.getvalue()
    return arrays, json.dumps(p).encode()


def test_a_bundle_written_before_the_cap_scores_uncapped(small_bundle):
    kwargs = store.read_data(*_data(small_bundle, weak_cap=None))
    assert "weak_cap" not in kwargs and "weak_columns" not in kwargs


@pytest.mark.parametrize("change", [{"weak_cap": -1.0}, {"weak_cap": "1"}, {"weak_cap": True},
                                    {"weak_cap": 1e309}, {"arrays": {"weak_columns": np.array([10 ** 9])}},
                                    {"arrays": {"weak_columns": np.array([0.5])}}])
def test_bad_weak_cap_data_is_refused(small_bundle, change):
    with pytest.raises(store.StoreError, match="weak"):
        store.read_data(*_data(small_bundle, **change))
