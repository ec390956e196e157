"""Choosing band thresholds for a base rate and a reviewer capacity, and the thresholds file."""

from __future__ import annotations

import json

import numpy as np
import pytest

from ct_screen import Screener
from ct_screen.fuse import Thresholds, band_for
from ct_screen.thresholds import (
    OPERATING_COLUMNS,
    ThresholdChoice,
    ThresholdFileError,
    capacity_table,
    choose_thresholds,
    load_thresholds,
    operating_table,
    save_thresholds,
)

# six labelled posts: two scams (0.9, 0.6), four legitimate (0.7, 0.3, 0.2, 0.1)
Y = [1, 0, 1, 0, 0, 0]
S = [0.9, 0.7, 0.6, 0.3, 0.2, 0.1]


def test_operating_table_by_hand():
    t = operating_table(Y, S, base_rate=0.5, daily_posts=1000).set_index("threshold")
    assert list(t.reset_index().columns) == list(OPERATING_COLUMNS)
    assert list(t.index) == [0.1, 0.2, 0.3, 0.6, 0.7, 0.9]
    # at 0.7: half the scams, a quarter of the legitimate posts -> flagged 0.5*0.5 + 0.5*0.25
    row = t.loc[0.7]
    assert row["recall"] == pytest.approx(0.5) and row["legit_flagged"] == pytest.approx(0.25)
    assert row["flag_share"] == pytest.approx(0.375)
    assert row["precision"] == pytest.approx(0.25 / 0.375)
    assert row["n_flagged"] == 2 and row["n_scam_flagged"] == 1
    assert row["daily_flagged"] == pytest.approx(375) and row["daily_scams"] == pytest.approx(250)
    assert row["daily_false_alarms"] == pytest.approx(125)
    assert t.loc[0.1, "flag_share"] == pytest.approx(1.0) and t.loc[0.9, "precision"] == pytest.approx(1.0)


def test_base_rate_moves_precision_not_recall():
    rare = operating_table(Y, S, base_rate=0.01).set_index("threshold")
    common = operating_table(Y, S, base_rate=0.5).set_index("threshold")
    assert np.allclose(rare["recall"], common["recall"]) and np.allclose(rare["legit_flagged"], common["legit_flagged"])
    assert rare.loc[0.6, "precision"] == pytest.approx(0.01 / (0.01 + 0.99 * 0.25))
    assert rare.loc[0.6, "precision"] < common.loc[0.6, "precision"]


def test_weights_count_within_each_class():
    weighted = operating_table(Y, S, [1, 3, 1, 1, 1, 1], base_rate=0.5).set_index("threshold")
    assert weighted.loc[0.7, "legit_flagged"] == pytest.approx(3 / 6)
    assert weighted.loc[0.7, "recall"] == pytest.approx(0.5)  # scams' weights unchanged


def test_explicit_cutoffs_and_no_daily_volume():
    t = operating_table(Y, S, base_rate=0.5, cutoffs=[0.95, 0.65])
    assert list(t["threshold"]) == [0.65, 0.95]
    assert t["flag_share"].iloc[1] == 0 and np.isnan(t["precision"].iloc[1])
    assert t["daily_flagged"].isna().all()


def test_choose_review_for_capacity_and_high_for_precision_that_holds():
    choice = choose_thresholds(Y, S, base_rate=0.5, review_capacity=0.4, high_precision=0.75, min_scams=1,
                               daily_posts=1000)
    assert isinstance(choice, ThresholdChoice)
    # review: the lowest cut-off flagging at most 40% (0.7 flags 37.5%, 0.6 flags 62.5%)
    assert choice.thresholds.review == 0.7
    # high: 0.6 reaches 80% precision but the stricter 0.7 falls to 67%, so only 0.9 holds the target
    assert choice.thresholds.high == 0.9
    assert choice.expected["review"]["flag_share"] == pytest.approx(0.375)
    assert choice.expected["review"]["daily_flagged"] == pytest.approx(375)
    assert choice.expected["high"]["precision"] == pytest.approx(1.0)
    assert choice.notes == ()
    assert list(choice.summary().index) == ["review", "high"]


def test_unreachable_precision_leaves_high_empty_with_a_note():
    choice = choose_thresholds(Y, S, base_rate=0.01, review_capacity=0.5, high_precision=0.9, min_scams=2)
    assert choice.thresholds.high == 1.0
    assert any("high band is left empty" in note for note in choice.notes)
    assert choice.expected["high"]["flag_share"] == 0


def test_high_never_below_review():
    choice = choose_thresholds(Y, S, base_rate=0.5, review_capacity=0.3, high_precision=0.6, min_scams=1)
    assert choice.thresholds.review == 0.9 and choice.thresholds.high == 0.9
    assert choice.notes[0] == "the precision target is met below the review cut-off; high is set to review"
    assert choice.notes[1].startswith("review and high coincide")


def test_capacity_below_the_top_score_leaves_review_empty():
    choice = choose_thresholds(Y, S, base_rate=0.5, review_capacity=0.2, high_precision=0.6, min_scams=1)
    assert choice.thresholds == Thresholds(review=1.0, high=1.0)
    assert choice.notes == ("no cut-off flags 20.00% of posts or fewer; the review band is left empty",)
    assert choice.expected["review"]["flag_share"] == 0


@pytest.mark.parametrize("seed", range(5))
def test_review_is_the_loosest_cut_within_capacity(seed):
    rng = np.random.default_rng(seed)
    y = (rng.random(600) < 0.3).astype(int)
    score = 1 / (1 + np.exp(-(rng.normal(size=600) + 2.0 * y - 1.5)))
    w = rng.uniform(0.5, 1.5, size=600)
    capacity = float(rng.uniform(0.01, 0.2))
    choice = choose_thresholds(y, score, w, base_rate=0.05, review_capacity=capacity)
    table = operating_table(y, score, w, base_rate=0.05)
    flag = dict(zip(table["threshold"], table["flag_share"], strict=True))
    assert flag[choice.thresholds.review] <= capacity
    looser = table["threshold"][table["threshold"] < choice.thresholds.review]
    assert (table.set_index("threshold").loc[looser, "flag_share"] > capacity).all()
    stricter = table[(table["threshold"] >= choice.thresholds.high) & (table["n_scam_flagged"] >= 10)]
    assert (stricter["precision"] >= 0.9).all()


@pytest.mark.parametrize("bad", [{"base_rate": 0.0, "review_capacity": 0.1}, {"base_rate": 0.05, "review_capacity": 1.5},
                                 {"base_rate": 0.05, "review_capacity": 0.1, "high_precision": 1.0}])
def test_rates_must_be_between_0_and_1(bad):
    with pytest.raises(ValueError, match="strictly between 0 and 1"):
        choose_thresholds(Y, S, **bad)


def test_bad_inputs():
    with pytest.raises(ValueError, match="0 .legitimate. or 1"):
        operating_table([0, 2], [0.1, 0.2], base_rate=0.1)
    with pytest.raises(ValueError, match="both scams and legitimate"):
        operating_table([1, 1], [0.1, 0.2], base_rate=0.1)
    with pytest.raises(ValueError, match="one length"):
        operating_table([1, 0], [0.1], base_rate=0.1)
    with pytest.raises(ValueError, match="finite"):
        operating_table([1, 0], [0.1, float("nan")], base_rate=0.1)


@pytest.mark.parametrize("name", ["thresholds.yaml", "thresholds.yml", "thresholds.json"])
def test_save_and_load_round_trip(tmp_path, name):
    choice = choose_thresholds(Y, S, base_rate=0.5, review_capacity=0.4, high_precision=0.75, min_scams=1,
                               model_version="m-1")
    path = save_thresholds(choice, tmp_path / "sub" / name)
    assert load_thresholds(path) == Thresholds(review=0.7, high=0.9)
    assert load_thresholds(path, model_version="m-1") == choice.thresholds
    with pytest.raises(ThresholdFileError, match="chosen for model m-1, not m-2"):
        load_thresholds(path, model_version="m-2")
    if name.endswith(".json"):
        data = json.loads(path.read_text())
        assert data["base_rate"] == 0.5 and data["expected"]["review"]["n_flagged"] == 2
    assert [p.name for p in path.parent.iterdir()] == [name]  # no temp file left behind


def test_save_bare_thresholds_and_hand_written_files(tmp_path):
    path = save_thresholds(Thresholds(review=0.2, high=0.5), tmp_path / "t.json", model_version="m")
    assert json.loads(path.read_text()) == {"review": 0.2, "high": 0.5, "model_version": "m"}
    hand = tmp_path / "hand.yaml"
    hand.write_text("review: 0.3\nhigh: 0.8\n")
    assert load_thresholds(hand, model_version="any") == Thresholds(0.3, 0.8)
    with pytest.raises(TypeError):
        save_thresholds({"review": 0.1, "high": 0.2}, tmp_path / "x.json")  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "message"), [
    ("review: 0.3\n", "'high' must be a number"),
    ("review: 0.9\nhigh: 0.3\n", "review <= high"),
    ("review: -0.1\nhigh: 0.3\n", "review <= high"),
    ("review: true\nhigh: 0.3\n", "'review' must be a number"),
    ("review: '0.1'\nhigh: 0.3\n", "'review' must be a number"),
    ("- 0.1\n- 0.3\n", "expected a mapping"),
    ("review: [0.1\n", "not valid YAML"),
])
def test_bad_files_are_refused_clearly(tmp_path, text, message):
    path = tmp_path / "t.yaml"
    path.write_text(text)
    with pytest.raises(ThresholdFileError, match=message):
        load_thresholds(path)


def test_bad_json_and_missing_file(tmp_path):
    path = tmp_path / "t.json"
    path.write_text("{review: 1")
    with pytest.raises(ThresholdFileError, match="not valid JSON"):
        load_thresholds(path)
    with pytest.raises(FileNotFoundError):
        load_thresholds(tmp_path / "missing.json")


def test_screener_uses_loaded_thresholds(tmp_path):
    post = "Pay a registration fee of $50 before you start. Message us on WhatsApp."
    rules_only = Screener(model=None).screen(post)
    assert rules_only.score > 0
    path = save_thresholds(Thresholds(review=rules_only.score / 2, high=rules_only.score), tmp_path / "t.yaml")
    strict = Screener(model=None, thresholds=load_thresholds(path))
    assert strict.screen(post).band == "high"
    path = save_thresholds(Thresholds(review=min(1.0, rules_only.score + 0.01), high=1.0), tmp_path / "t.yaml")
    loose = Screener(model=None, thresholds=load_thresholds(path))
    assert loose.screen(post).band == "low" == band_for(rules_only.score, loose.thresholds)


def test_capacity_table_rows_match_single_choices():
    table = capacity_table(Y, S, base_rate=0.5, capacities=[0.4, 0.7], high_precision=0.75, min_scams=1,
                           daily_posts=100)
    assert list(table.index) == [0.4, 0.7]
    assert table.loc[0.4, "review"] == 0.7 and table.loc[0.4, "high"] == 0.9
    assert table.loc[0.7, "review"] == 0.6 and table.loc[0.7, "flag_share"] == pytest.approx(0.625)
    assert table.loc[0.7, "daily_flagged"] == pytest.approx(62.5)
    assert table.loc[0.4, "precision_at_high"] == pytest.approx(1.0)


def test_choosing_on_the_models_own_training_rows_warns_and_records_its_version(emscad_path):
    """Issue 17 item 11: thresholds chosen on in-sample scores get a warning; the choice names its model."""
    from ct_screen.datasets import load_emscad
    from ct_screen.model.bundle import load_default_model
    from ct_screen.thresholds import InSampleWarning

    model = load_default_model()
    df = load_emscad(emscad_path).groupby("fraudulent").head(30)
    posts = df.to_dict("records")
    y, score = df["fraudulent"].to_numpy(), model.predict_posts(posts)
    with pytest.warns(InSampleWarning, match="60 of the 60 posts"):
        choice = choose_thresholds(y, score, base_rate=0.05, review_capacity=0.3, min_scams=1, posts=posts,
                                   model=model)
    assert choice.model_version == model.version
    ours = ["A post of our own about a bakery job in Leeds, apply in store.", "Another of ours: pay the fee now."]
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error", InSampleWarning)
        choose_thresholds([0, 1], [0.1, 0.9], base_rate=0.05, review_capacity=0.5, min_scams=1, posts=ours,
                          model="default")


def test_a_saved_file_carries_the_bundled_models_version_by_default(tmp_path):
    from ct_screen.model.bundle import load_default_model

    path = save_thresholds(Thresholds(review=0.2, high=0.3), tmp_path / "t.json")
    assert json.loads(path.read_text())["model_version"] == load_default_model().version
