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
from ct_screen.model.train import prepare, train_model
from ct_screen.report import ScoreSet, evaluation_report, grouped_cv_scores, heldout_scores, write_report
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

from .model.synthetic import synthetic_frame

PNG = b"\x89PNG\r\n\x1a\n"


def noisy_frame(n: int = 260, seed: int = 1, flip: float = 0.15) -> pd.DataFrame:
    df = synthetic_frame(n, seed=seed)
    flipped = np.random.default_rng(seed).random(len(df)) < flip
    df.loc[flipped, "fraudulent"] = 1 - df.loc[flipped, "fraudulent"]
    return df


@pytest.fixture(scope="module")
def trained():
    df = noisy_frame()
    prepared = prepare(df)
    bundle = train_model(df, quick=True, prepared=prepared)
    return df, prepared, bundle


@pytest.fixture(scope="module")
def cv(trained):
    _, prepared, bundle = trained
    return grouped_cv_scores(prepared, bundle)


def small_set(**changes) -> ScoreSet:
    y = np.array([1, 0, 1, 0, 0, 0])
    values = {"name": "t", "title": "Test", "y": y, "weight": np.ones(6), "base_rate": 0.5,
              "scores": {"fused": np.array([0.9, 0.7, 0.6, 0.3, 0.2, 0.1]),
                         "baseline": np.array([0.8, 0.1, 0.4, 0.5, 0.2, 0.3])},
              "thresholds": {"fused": Thresholds(0.6, 0.9)}}
    values.update(changes)
    return ScoreSet(**values)


# -- grouped out-of-fold scores ------------------------------------------------------------------------------


def test_grouped_cv_scores_reproduce_the_metrics_training_stored(trained, cv):
    _, prepared, bundle = trained
    stored = bundle.info["cv_metrics"]
    assert set(cv.scores) == {"fused", "classifier", "baseline"}
    assert len(cv.y) == len(prepared.y) and cv.model_version == bundle.version
    assert cv.thresholds["fused"] == Thresholds(**bundle.thresholds)
    for mine, theirs in (("classifier", "model"), ("fused", "fused"), ("baseline", "baseline")):
        bands = cv.thresholds.get(mine)
        got = score_metrics(cv.y, cv.scores[mine], cv.weight, base_rate=cv.base_rate,
                            thresholds=None if bands is None else {"review": bands.review, "high": bands.high})
        for key, value in stored[theirs].items():
            if key in got and not isinstance(value, dict):
                assert got[key] == value, (mine, key)
    assert cv.thresholds["baseline"] == Thresholds(**stored["baseline"]["thresholds"])
    assert 0.5 < score_metrics(cv.y, cv.scores["fused"], cv.weight)["roc_auc"] < 1.0  # noisy labels: not perfect


def test_grouped_cv_scores_need_a_trained_bundle(trained):
    _, prepared, bundle = trained

    class Bare:
        info: dict = {}

    with pytest.raises(ValueError, match="no training settings"):
        grouped_cv_scores(prepared, Bare())


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


def test_heldout_scores_screen_with_the_model(trained, tmp_path):
    df, _, bundle = trained
    other = noisy_frame(40, seed=5)
    held = heldout_scores(other, bundle)
    assert held.name == "heldout" and set(held.scores) == {"fused", "classifier"}
    from ct_screen import Screener

    expected = [r.score for r in Screener(model=bundle).screen_many(other.to_dict("records"))]
    assert np.allclose(held.scores["fused"], expected)
    assert held.thresholds["fused"] == Thresholds(**bundle.thresholds)
    assert not any("in-sample" in note for note in held.notes)
    other.attrs["emscad"] = {"sha256": bundle.info["training_data"]["sha256"]}
    assert "in-sample" in heldout_scores(other, bundle).notes[0]
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


def test_evaluation_report_on_the_training_file_is_cross_validation_only(trained, tmp_path):
    df, _, bundle = trained
    messages = []
    path = evaluation_report(df, tmp_path / "r", model=bundle, progress=messages.append)
    text = path.read_text()
    assert "own training file" in text and "## Grouped cross-validation" in text
    assert "## Model on the given posts" not in text and not list((tmp_path / "r").glob("heldout_*"))
    assert any("grouped cross-validation" in m for m in messages)


@pytest.mark.slow
def test_evaluation_report_on_other_posts_has_both_sections(trained, tmp_path):
    _, _, bundle = trained
    model_dir = tmp_path / "model"
    save_model(bundle, model_dir)
    path = evaluation_report(noisy_frame(200, seed=7), tmp_path / "r", model=model_dir)
    text = path.read_text()
    assert text.index("## Model on the given posts") < text.index("## Grouped cross-validation")
    assert f"The recipe of model {bundle.version}" in text
    names = {p.name for p in (tmp_path / "r").glob("*.png")}
    assert {"heldout_roc.png", "heldout_confusion.png", "cv_roc.png", "cv_bands.png"} <= names
    record = json.loads((tmp_path / "r" / "metrics.json").read_text())
    assert set(record["sections"]) == {"heldout", "cv"}
    assert record["sections"]["heldout"]["model_version"] == bundle.version


def test_evaluation_report_needs_a_model(tmp_path):
    with pytest.raises(ValueError, match="needs a model"):
        evaluation_report(noisy_frame(30), tmp_path, model=None)


@pytest.mark.slow
def test_cli_evaluate_writes_the_report(trained, tmp_path):
    from click.testing import CliRunner

    from ct_screen.cli import main

    _, _, bundle = trained
    save_model(bundle, tmp_path / "model")
    data = tmp_path / "held_out.csv"
    noisy_frame(150, seed=11).to_csv(data, index=False)
    out = CliRunner().invoke(main, ["evaluate", "--data", str(data), "--model", str(tmp_path / "model"),
                                    "--report", str(tmp_path / "report")])
    assert out.exit_code == 0, out.output
    assert json.loads(out.stdout)["rows"] == 150  # the JSON on stdout is unchanged
    assert f"wrote the report to {tmp_path / 'report' / 'report.md'}" in out.stderr
    text = (tmp_path / "report" / "report.md").read_text()
    assert "## Model on the given posts" in text and "## Grouped cross-validation" in text
    assert (tmp_path / "report" / "cv_pr.png").read_bytes()[:8] == PNG
