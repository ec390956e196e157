"""The evaluation report: grouped out-of-fold scores, plots, the Markdown report and ``evaluate --report``.

Trained on a small synthetic frame (our own posts, with some labels flipped so
the scores are not perfect); no EMSCAD rows.
"""

from __future__ import annotations

import json
import re

import numpy as np
import pandas as pd
import pytest

pytest.importorskip("matplotlib", reason="the report's plots need matplotlib")

from ct_screen.evaluation import score_metrics
from ct_screen.fuse import Thresholds
from ct_screen.model.bundle import save_model
from ct_screen.report import ScoreSet, cv_scores, evaluation_report, heldout_scores, write_report
from ct_screen.report.plots import (
    band_figure,
    confusion_counts,
    confusion_figure,
    operating_figure,
    pr_figure,
    reliability_figure,
    roc_figure,
    save_figure,
)
from ct_screen.report.scores import METRIC_LABELS, headline
from ct_screen.thresholds import choose_thresholds, operating_table
from ct_screen.training import Recipe, from_emscad, load_social, pool, train
from ct_screen.training.bundle import to_bundle

from .model.synthetic import synthetic_frame, synthetic_social_frame

PNG = b"\x89PNG\r\n\x1a\n"


def noisy_frame(n: int = 260, seed: int = 1, flip: float = 0.15) -> pd.DataFrame:
    df = synthetic_frame(n, seed=seed)
    flipped = np.random.default_rng(seed).random(len(df)) < flip
    df.loc[flipped, "fraudulent"] = 1 - df.loc[flipped, "fraudulent"]
    return df


RECIPE = Recipe.quick(n_splits=3, review_flag_rate=0.2)


def noisy_social(path, n: int = 80, seed: int = 1, flip: float = 0.1):
    df = synthetic_social_frame(n, seed=seed)
    flipped = np.random.default_rng(seed).random(len(df)) < flip
    df.loc[flipped, "label"] = 1 - df.loc[flipped, "label"]
    df.to_csv(path, index=False)
    return load_social(path, weight=RECIPE.social_weight)


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    df = noisy_frame()
    data = pool(from_emscad(df), noisy_social(tmp_path_factory.mktemp("social") / "social.csv"))
    result = train(data, RECIPE)
    return df, data, result, to_bundle(result)


@pytest.fixture(scope="module")
def cv(trained):
    _, _, result, bundle = trained
    return cv_scores(result, model_version=bundle.version)


def small_set(**changes) -> ScoreSet:
    y = np.array([1, 0, 1, 0, 0, 0])
    values = {"name": "t", "title": "Test", "y": y, "weight": np.ones(6), "base_rate": 0.5,
              "scores": {"fused": np.array([0.9, 0.7, 0.6, 0.3, 0.2, 0.1]),
                         "baseline": np.array([0.8, 0.1, 0.4, 0.5, 0.2, 0.3])},
              "thresholds": {"fused": Thresholds(0.6, 0.9)}}
    values.update(changes)
    return ScoreSet(**values)


# -- grouped out-of-fold scores ------------------------------------------------------------------------------


def test_classifier_scores_cap_weak_terms_as_the_shipped_model_does(trained):
    import dataclasses

    _, _, result, _ = trained
    posts = result.prepared.data.parent < 0
    pushed = posts & (result.weak > 0)
    assert pushed.any(), "the test data must hold posts with weak-signal terms (WhatsApp, a phone number)"
    uncapped = dataclasses.replace(result, post=dataclasses.replace(result.post, weak_cap=float("inf")))
    nothing = dataclasses.replace(result, post=dataclasses.replace(result.post, weak_cap=0.0))
    a, b = cv_scores(uncapped).scores["classifier"], cv_scores(nothing).scores["classifier"]
    # the report reads the cap: with no push allowed, posts with weak terms score otherwise than uncapped
    assert (a[pushed[posts]] != b[pushed[posts]]).any()


def test_cv_scores_are_the_cross_fitted_scores_training_measured(trained, cv):
    _, data, result, bundle = trained
    stored = bundle.info["cv_metrics"]["domains"]
    posts = result.prepared.data.parent < 0
    assert set(cv.scores) == {"fused", "classifier", "baseline"} and len(cv.y) == len(data) == posts.sum()
    assert cv.model_version == bundle.version and cv.thresholds["fused"] == Thresholds(**bundle.thresholds)
    emscad = result.prepared.data.domain[posts] == "emscad"
    # the per-domain figures training stored are read off the same per-post scores (nothing refitted)
    got = score_metrics(cv.y[emscad], cv.scores["fused"][emscad], cv.weight[emscad])["roc_auc"]
    assert round(got, 4) == stored["emscad"]["roc_auc"]
    # the baseline's probabilities are its same out-of-fold decisions, Platt-calibrated without each fold
    for k in range(len(result.folds)):
        fold = result.fold_of[posts] == k
        assert np.array_equal(np.argsort(cv.scores["baseline"][fold], kind="stable"),
                              np.argsort(result.baseline[posts][fold], kind="stable"))
    assert np.array_equal(cv.scores["fused"], result.cross_fitted[posts])
    assert 0.5 < score_metrics(cv.y, cv.scores["fused"], cv.weight)["roc_auc"] < 1.0  # noisy labels: not perfect
    assert all(0 <= p <= 1 for p in cv.scores["classifier"]) and all(0 <= p <= 1 for p in cv.scores["baseline"])


def test_metrics_table_and_headline(cv):
    table = cv.metrics()
    assert list(table.columns) == ["fused score (shipped)", "classifier alone", "bare baseline"]
    assert list(table.index[:3]) == [METRIC_LABELS["roc_auc"], METRIC_LABELS["average_precision"],
                                     METRIC_LABELS["average_precision_at_base_rate"]]
    assert np.isnan(table.loc[METRIC_LABELS["recall_at_review"], "classifier alone"])  # no bands for it
    line = headline(cv)
    auc = score_metrics(cv.y, cv.scores["fused"], cv.weight)["roc_auc"]
    assert line.startswith(f"Grouped cross-validation ({len(cv.y)} posts") and f"ROC-AUC {auc:.3f}" in line
    assert " vs bare baseline: " in line


def test_score_set_checks_its_inputs():
    with pytest.raises(ValueError, match="one value per post"):
        small_set(weight=np.ones(5))
    with pytest.raises(ValueError, match="at least one score"):
        small_set(scores={}, thresholds={})
    with pytest.raises(ValueError, match="unknown scores"):
        small_set(thresholds={"classifier": Thresholds(0.1, 0.2)})


def test_heldout_scores_screen_with_the_model_and_leave_training_rows_out(trained):
    _, _, _, bundle = trained
    other = noisy_frame(40, seed=5)
    held = heldout_scores(other, bundle)
    assert held.name == "heldout" and set(held.scores) == {"fused", "classifier"}
    from ct_screen import Screener

    expected = [r.score for r in Screener(model=bundle).screen_many(other.to_dict("records"))]
    assert np.allclose(held.scores["fused"], expected)
    assert held.thresholds["fused"] == Thresholds(**bundle.thresholds)
    assert not any("in-sample" in note for note in held.notes)
    mask = np.arange(40) < 10
    part = heldout_scores(from_emscad(other), bundle, in_sample=mask)
    assert len(part.y) == 30 and np.allclose(part.scores["fused"], expected[10:])
    assert "10 of the given posts are the model's own training rows" in part.notes[0]
    everything = heldout_scores(from_emscad(other), bundle, in_sample=np.ones(40, bool))
    assert len(everything.y) == 40 and "in-sample" in everything.notes[0]
    with pytest.raises(ValueError, match="needs a model"):
        heldout_scores(other, None)


# -- plots ---------------------------------------------------------------------------------------------------


def test_confusion_counts_by_hand():
    counts = confusion_counts(small_set(), "fused", per=1000)
    # review 0.6: both scams and one of four legitimate posts flagged; high 0.9: one scam, nothing else
    assert counts.loc["review", ["n_tp", "n_fn", "n_fp", "n_tn"]].tolist() == [2, 0, 1, 3]
    assert counts.loc["high", ["n_tp", "n_fn", "n_fp", "n_tn"]].tolist() == [1, 1, 0, 4]
    assert counts.loc["review", "tp"] == pytest.approx(500) and counts.loc["review", "fp"] == pytest.approx(125)
    assert counts.loc["high", "fn"] == pytest.approx(250) and counts.loc["high", "tn"] == pytest.approx(500)
    assert counts[["tp", "fn", "fp", "tn"]].sum(axis=1).tolist() == pytest.approx([1000, 1000])


@pytest.mark.parametrize("draw", [roc_figure, pr_figure, reliability_figure, confusion_figure, band_figure])
def test_every_plot_draws_and_saves(draw, cv, tmp_path):
    figure = draw(cv)
    assert figure.axes
    path = save_figure(figure, tmp_path / "sub" / "plot.png")
    assert path.read_bytes()[:8] == PNG


def test_plots_show_what_they_claim(cv):
    roc = roc_figure(cv)
    labels = [t.get_text() for t in roc.axes[0].get_legend().get_texts()]
    auc = score_metrics(cv.y, cv.scores["baseline"], cv.weight)["roc_auc"]
    assert any(label.startswith("bare baseline") and f"AUC {auc:.3f}" in label for label in labels)
    assert roc.axes[1].get_xlim() == (0, 0.10)
    pr = pr_figure(cv)
    marked = [t.get_text() for t in pr.axes[0].texts]
    assert "review" in marked
    confusion = confusion_figure(cv)
    assert len(confusion.axes) == 4  # fused and baseline, review and high


def test_banded_plots_need_thresholds():
    bare = small_set(thresholds={})
    for draw in (confusion_figure, band_figure):
        with pytest.raises(ValueError, match="no score in this ScoreSet has band thresholds"):
            draw(bare)


def test_operating_figure_marks_the_choice(cv, tmp_path):
    table = operating_table(cv.y, cv.scores["fused"], cv.weight, base_rate=0.05, daily_posts=1000)
    choice = choose_thresholds(cv.y, cv.scores["fused"], cv.weight, base_rate=0.05, review_capacity=0.1,
                               daily_posts=1000)
    figure = operating_figure(table, choice)
    assert len(figure.axes) == 2
    assert any(t.get_text() == "review capacity (10.0% of posts)" for t in figure.axes[0].get_legend().get_texts())
    without = operating_figure(operating_table(cv.y, cv.scores["fused"], base_rate=0.05))
    assert len(without.axes) == 1
    assert save_figure(figure, tmp_path / "t.png").read_bytes()[:8] == PNG


# -- the Markdown report -------------------------------------------------------------------------------------


def test_write_report_links_every_plot_and_records_the_metrics(cv, tmp_path):
    path = write_report(cv, tmp_path / "report", intro=["Hello."], sections={"Rules": "| a |\n|---|\n| 1 |"})
    text = path.read_text()
    assert path.name == "report.md" and text.startswith("# ct-screen evaluation report")
    assert "Hello." in text and "## Rules" in text and "## Grouped cross-validation" in text
    links = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", text)
    assert sorted(links) == sorted(f"cv_{s}.png" for s in ("roc", "pr", "reliability", "confusion", "bands"))
    for link in links:
        assert (path.parent / link).read_bytes()[:8] == PNG
    auc = score_metrics(cv.y, cv.scores["fused"], cv.weight)["roc_auc"]
    assert f"| ROC-AUC | {auc:.3f} |" in text
    record = json.loads((path.parent / "metrics.json").read_text())
    section = record["sections"]["cv"]
    assert section["metrics"]["fused score (shipped)"]["ROC-AUC"] == auc
    assert section["thresholds"]["fused"] == {"review": cv.thresholds["fused"].review,
                                              "high": cv.thresholds["fused"].high}
    assert section["plots"]["pr"] == "cv_pr.png"


def test_write_report_without_thresholds_skips_the_banded_plots(tmp_path):
    path = write_report(small_set(thresholds={}), tmp_path)
    assert sorted(p.name for p in tmp_path.glob("*.png")) == ["t_pr.png", "t_reliability.png", "t_roc.png"]
    assert "Band thresholds" not in path.read_text()


def test_write_report_refuses_nothing_and_name_clashes(tmp_path):
    with pytest.raises(ValueError, match="at least one ScoreSet"):
        write_report([], tmp_path)
    with pytest.raises(ValueError, match="distinct names"):
        write_report([small_set(), small_set()], tmp_path)


# -- ct-screen evaluate --report -----------------------------------------------------------------------------


def test_evaluation_report_on_the_training_rows_is_cross_validation_only(trained, tmp_path):
    _, data, result, bundle = trained
    messages = []
    path = evaluation_report(data, tmp_path / "r", model=bundle, in_sample=np.ones(len(data), bool),
                             progress=messages.append)
    text = path.read_text()
    assert "own training rows" in text and "## Grouped cross-validation" in text
    assert "## Model on the given posts" not in text and not list((tmp_path / "r").glob("heldout_*"))
    assert any("retraining the model's recipe" in m for m in messages)
    # the retrained recipe on the same rows gives the same figures as training stored
    record = json.loads((tmp_path / "r" / "metrics.json").read_text())
    assert record["domains"] == json.loads(json.dumps(bundle.info["cv_metrics"]["domains"]))
    assert record["in_sample_rows"] == len(data)
    # per domain: a table and a reliability curve per domain; across domains: EMSCAD-only rows with intervals
    assert "## Per domain" in text and "![Reliability per domain](cv_reliability_domains.png)" in text
    assert (tmp_path / "r" / "cv_reliability_domains.png").read_bytes()[:8] == PNG
    assert "## Across domains" in text and "| EMSCAD only | Bluesky |" in text
    moved = [r for r in record["cross_domain"] if r["train"] == "EMSCAD only"]
    assert {r["test"] for r in moved} == {"social/SMS English", "Bluesky", "X"}
    assert all(r["roc_auc_95ci"] and r["baseline_roc_auc_95ci"] for r in moved)


def test_domain_reliability_figure_draws_one_curve_per_domain(cv, trained):
    from ct_screen.report.plots import domain_reliability_figure

    _, data, _, _ = trained
    masks = {"emscad": data.domain == "emscad", "social": data.domain != "emscad"}
    figure = domain_reliability_figure(cv, masks)
    labels = [t.get_text() for t in figure.axes[0].get_legend().get_texts()]
    assert labels[0].startswith(f"emscad ({int(masks['emscad'].sum())} posts) (ECE ")
    assert labels[1].startswith("social (") and labels[-1] == "perfectly calibrated"
    with pytest.raises(ValueError, match="both scams and legitimate"):
        domain_reliability_figure(cv, {"none": np.zeros(len(cv.y), bool)})


def test_evaluation_report_needs_a_model(tmp_path):
    with pytest.raises(ValueError, match="needs a model"):
        evaluation_report(noisy_frame(30), tmp_path, model=None)


@pytest.mark.slow
def test_cli_evaluate_takes_the_social_file_and_writes_the_report(trained, tmp_path):
    from click.testing import CliRunner

    from ct_screen.cli import main

    _, _, _, bundle = trained
    save_model(bundle, tmp_path / "model")
    data = tmp_path / "held_out.csv"
    noisy_frame(150, seed=11).to_csv(data, index=False)
    social = tmp_path / "social.csv"
    noisy_social(social, 60, seed=12)
    out = CliRunner().invoke(main, ["evaluate", "--data", str(data), "--social", str(social), "--model",
                                    str(tmp_path / "model"), "--report", str(tmp_path / "report")])
    assert out.exit_code == 0, out.output
    summary = json.loads(out.stdout)
    # synthetic posts repeat word for word across seeds: those are the model's own rows by content, left out
    assert summary["rows"] + summary["in_sample_rows"] == 210 and summary["rows"] >= 150 and not summary["in_sample"]
    assert {"emscad", "social:Bluesky:en", "social:X:en"} == set(summary["domains"])
    assert f"wrote the report to {tmp_path / 'report' / 'report.md'}" in out.stderr
    text = (tmp_path / "report" / "report.md").read_text()
    assert text.index("## Model on the given posts") < text.index("## Grouped cross-validation")
    assert "## Across domains" in text and (tmp_path / "report" / "cv_pr.png").read_bytes()[:8] == PNG
