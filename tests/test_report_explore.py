"""The notebook helpers: data exploration, rule tables with out-of-fold scores, quick mode and samples."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from ct_screen import Screener
from ct_screen.datasets import group_posts
from ct_screen.fields import join_fields
from ct_screen.fuse import category_weights, fused_score
from ct_screen.report import explore, output_dir, quick_mode, sample_posts
from ct_screen.report.rule_analysis import SUMMARY_COLUMNS, rule_summary
from ct_screen.report.rules import (
    MODERATOR_COLUMNS,
    OutOfFoldModel,
    corpus_dir,
    moderator_table,
    out_of_fold_model,
    precision_extremes,
    rule_figure,
)
from ct_screen.report.scores import ScoreSet

from .model.synthetic import synthetic_frame


@pytest.fixture(scope="module")
def frame():
    return synthetic_frame(200, seed=3)


# -- explore -------------------------------------------------------------------------------------------------


def test_class_balance(frame):
    table = explore.class_balance(frame)
    scams = int(frame["fraudulent"].sum())
    assert table.loc["scam", "posts"] == scams and table.loc["legitimate", "posts"] == len(frame) - scams
    w = frame["sample_weight"]
    assert table.loc["scam", "weighted_share"] == pytest.approx(w[frame["fraudulent"] == 1].sum() / w.sum())
    assert table["share"].sum() == pytest.approx(1.0) and table.loc["scam", "platform_share"] == 0.0484
    assert "platform_share" not in explore.class_balance(frame, base_rate=None)


def test_text_lengths_and_missing_fields():
    df = pd.DataFrame({"title": ["a b", "c", "d e f"], "description": ["x" * 10, "", "y"],
                       "benefits": ["", "", "z"], "fraudulent": [1, 0, 0], "sample_weight": [1.0, 3.0, 1.0]})
    lengths = explore.text_lengths(df)
    assert lengths.loc["scam", "posts"] == 1
    assert lengths.loc["scam", "chars_p50"] == len(join_fields(df.iloc[0].to_dict()).text)
    missing = explore.missing_fields(df, ["description", "benefits"])
    assert missing.loc["description", "empty_legitimate"] == 0.5
    assert missing.loc["description", "weighted_empty_legitimate"] == pytest.approx(3 / 4)
    assert missing.loc["benefits", "weighted_empty_scam"] == 1.0
    assert missing.loc["benefits", "weighted_gap"] == pytest.approx(1 - 3 / 4)
    assert list(missing.index) == ["benefits", "description"]  # largest gap first


def test_template_groups_and_largest_groups():
    df = pd.DataFrame({"fraudulent": [1, 1, 1, 0, 0], "sample_weight": 1.0})
    labels = np.array([0, 0, 1, 2, 2])
    table = explore.template_groups(df, labels)
    assert table.loc["scam", "groups"] == 2 and table.loc["scam", "in_groups_of_2_plus"] == pytest.approx(2 / 3)
    assert table.loc["legitimate", "largest_group"] == 2
    top = explore.largest_groups(df, labels, 2)
    assert top["size"].tolist() == [2, 2] and top["scams"].tolist() == [2, 0]
    with pytest.raises(ValueError, match="group labels"):
        explore.template_groups(df, labels[:3])


def test_split_leakage_shows_twins_only_in_the_random_split(frame):
    groups = group_posts(frame)
    table = explore.split_leakage(frame, groups, n_splits=3)
    assert list(table.index) == ["random", "grouped"]
    assert table.loc["grouped", "test_with_twin_in_train"] == 0
    assert table.loc["random", "test_with_twin_in_train"] > 0.5  # the synthetic posts come from a few templates
    assert ((table["roc_auc"] > 0) & (table["roc_auc"] <= 1)).all()


def test_top_ngrams_per_post_and_per_group():
    scam = "send the registration fee today"
    legit = "pension and annual leave provided"
    df = pd.DataFrame({"description": [scam] * 6 + ["registration closes soon"] + [legit] * 6,
                       "fraudulent": [1] * 6 + [0] + [0] * 6, "sample_weight": 1.0})
    table = explore.top_ngrams(df, 3, min_df=1)
    assert set(table["class"]) == {"scam", "legitimate"}
    top_scam = table[table["class"] == "scam"].iloc[0]
    assert top_scam["log_ratio"] > 0 and top_scam["share_in_class"] > top_scam["share_in_other"]
    assert "registration" not in set(table.loc[table["class"] == "legitimate", "term"])
    # per post: 6 of 6 scams against 1 of 7 legitimate posts; per group: 1 of 1 scam group against 1 of 2
    per_post = explore.top_ngrams(df, 50, min_df=1)
    per_post = per_post[per_post["class"] == "scam"].set_index("term")
    assert per_post.loc["registration", "share_in_class"] == pytest.approx(6.5 / 7)  # (6 + 0.5) / (6 + 1)
    groups = np.array([0] * 6 + [1] + [2] * 6)
    by_group = explore.top_ngrams(df, 50, min_df=1, groups=groups)
    scam_terms = by_group[by_group["class"] == "scam"].set_index("term")
    assert scam_terms.loc["registration", "share_in_class"] == pytest.approx(1.5 / 2)
    assert scam_terms.loc["registration", "share_in_other"] == pytest.approx(1.5 / 3)
    assert scam_terms.loc["registration", "log_ratio"] == pytest.approx(np.log(1.5))


def test_explore_figures(frame):
    groups = group_posts(frame)
    assert explore.length_figure(frame).axes and explore.group_size_figure(frame, groups).axes


# -- rules ---------------------------------------------------------------------------------------------------


def summary_table() -> pd.DataFrame:
    rows = {"R1": ("a", 10, 0.9), "R2": ("a", 20, 0.9), "R3": ("b", 2, 0.1), "R4": ("b", 8, 0.2),
            "R5": ("b", 30, 0.5), "R6": ("c", 0, np.nan)}
    table = pd.DataFrame({c: 0.0 for c in SUMMARY_COLUMNS}, index=list(rows))
    table["category"] = [v[0] for v in rows.values()]
    table["n_fired"] = [v[1] for v in rows.values()]
    table["precision"] = [v[2] for v in rows.values()]
    return table


def test_precision_extremes():
    most, least = precision_extremes(summary_table(), 2, min_fired=5)
    assert list(most.index) == ["R2", "R1"]  # tie on precision: the rule firing more often first
    assert list(least.index) == ["R4", "R5"]  # R3 fires too rarely, R6 never
    with pytest.raises(ValueError):
        precision_extremes(summary_table(), min_fired=0)


def test_moderator_table_on_real_rules():
    posts = ["Pay a registration fee of $100 before you start. Message us on WhatsApp.",
             "Work from home and earn $500 a day with no experience!",
             "Our clinic hires a receptionist; apply on our careers page.",
             "Pay a registration fee of $30 to get the starter kit."]
    labels = [1, 1, 0, 0]
    summary = rule_summary(posts, labels)
    table = moderator_table(summary, min_fired=1, base_rate=0.05)
    assert set(table.columns) <= set(MODERATOR_COLUMNS.values()) and "precision at base rate" in table.columns
    assert (summary.loc[table.index, "n_fired"] >= 1).all()
    assert table["precision"].is_monotonic_decreasing
    rule = table.index[0]
    caught, false = 0.05 * summary.loc[rule, "fired_scam"], 0.95 * summary.loc[rule, "fired_legit"]
    assert table.loc[rule, "precision at base rate"] == pytest.approx(caught / (caught + false))
    names = {r.id: r.name for r in Screener(model=None).rules}
    assert table.loc[rule, "rule"] == names[rule]
    assert rule_figure(summary).axes


def test_out_of_fold_model_scores_as_the_screener_would():
    texts = ["Pay a registration fee of $100 first. Message us on WhatsApp.", "We hire a nurse for the ward."]
    fusion = {"intercept": 0.1, "model_coef": 1.2, "reference_rate": 0.05}

    scores = ScoreSet(name="cv", title="t", y=np.array([1, 0]), weight=np.ones(2), base_rate=0.05,
                      scores={"classifier": np.array([0.3, 0.01])})

    class Bundle:
        version, thresholds, base_rate = "m1", {"review": 0.2, "high": 0.6}, 0.05

    Bundle.fusion = fusion
    model = out_of_fold_model(texts, scores, Bundle())
    assert isinstance(model, OutOfFoldModel) and model.version == "m1+oof"
    screener = Screener(model=model)
    for text, p in zip(texts, (0.3, 0.01), strict=True):
        result = screener.screen(text)
        assert result.model_score == p
        assert result.score == fused_score(p, category_weights(result.hits), fusion)
    with pytest.raises(KeyError, match="not among the cross-validated posts"):
        screener.screen("A post nobody cross-validated.")
    with pytest.raises(ValueError, match="2 scores for 1 posts"):
        out_of_fold_model(texts[:1], scores, Bundle())


def test_corpus_dir_is_the_repository_corpus():
    folder = corpus_dir()
    assert folder is not None and (folder / "upfront_fee.yaml").is_file()


# -- quick mode ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("value", "expected"), [("1", True), ("yes", True), ("", False), ("0", False),
                                                 ("False", False), (" no ", False), (None, False)])
def test_quick_mode(value, expected):
    assert quick_mode({} if value is None else {"CT_SCREEN_QUICK": value}) is expected


def test_sample_posts_keeps_class_shares_and_drops_the_file_identity(frame):
    frame = frame.copy()
    frame.attrs["emscad"] = {"sha256": "abc"}
    sample = sample_posts(frame, 50, seed=1)
    assert len(sample) == 50 and sample.attrs == {}
    assert sample["fraudulent"].mean() == pytest.approx(frame["fraudulent"].mean(), abs=0.02)
    assert sample["job_id"].is_monotonic_increasing  # original order kept
    assert sample_posts(frame, 50, seed=1).equals(sample) and not sample_posts(frame, 50, seed=2).equals(sample)
    assert sample_posts(frame, None) is frame and sample_posts(frame, 10_000) is frame
    with pytest.raises(ValueError, match="at least 2 rows"):
        sample_posts(frame, 1)
    with pytest.raises(ValueError, match="fraudulent"):
        sample_posts(frame.drop(columns="fraudulent"), 10)


def test_output_dir(tmp_path, monkeypatch):
    assert output_dir("x", base=tmp_path) == tmp_path / "x" and (tmp_path / "x").is_dir()
    monkeypatch.setenv("CT_SCREEN_OUT", str(tmp_path / "env"))
    assert output_dir("y") == tmp_path / "env" / "y"
    monkeypatch.delenv("CT_SCREEN_OUT")
    monkeypatch.chdir(tmp_path)
    assert output_dir("z").resolve() == (tmp_path / "out" / "z").resolve()
