"""`ct-screen train` and `ct-screen evaluate` drive the library end to end."""

from __future__ import annotations

import json

from click.testing import CliRunner

from ct_screen.cli import main
from ct_screen.model.bundle import load_model

from .synthetic import synthetic_frame, synthetic_social_frame


def test_train_then_evaluate(tmp_path):
    data = tmp_path / "posts.csv.gz"
    synthetic_frame(150, seed=2).to_csv(data, index=False)
    runner = CliRunner()
    out = runner.invoke(main, ["train", "--data", str(data), "--out", str(tmp_path / "m"), "--quick",
                               "--seed", "1", "--base-rate", "0.1"])
    assert out.exit_code == 0, out.output
    summary = json.loads(out.stdout)
    assert summary["setting"]["head_tokens"] == 30 and "roc_auc" in summary["domains"]["emscad"]
    model = load_model(tmp_path / "m")
    assert model.base_rate == 0.1 and model.info["recipe"]["seed"] == 1 and model.version == summary["model_version"]
    # a held-out synthetic file, drawn with another seed
    other = tmp_path / "other.csv"
    synthetic_frame(60, seed=9).to_csv(other, index=False)
    out = runner.invoke(main, ["evaluate", "--data", str(other), "--model", str(tmp_path / "m")])
    assert out.exit_code == 0, out.output
    report = json.loads(out.stdout)
    # synthetic campaigns repeat posts word for word: those are the model's own rows by content, left out
    assert report["rows"] + report["in_sample_rows"] == 60 and report["rows"] >= 40 and not report["in_sample"]
    assert report["model_version"] == model.version
    assert report["fused"]["roc_auc"] > 0.9  # the synthetic campaigns are easy
    # the training file itself: its rows are the model's own, said to be in-sample
    out = runner.invoke(main, ["evaluate", "--data", str(data), "--model", str(tmp_path / "m")])
    assert json.loads(out.stdout)["in_sample"] and "in-sample" in out.stderr
    # the training file beside posts the model never saw: its rows are left out of the figures
    social = tmp_path / "social.csv"
    synthetic_social_frame(40, seed=3).to_csv(social, index=False)
    out = runner.invoke(main, ["evaluate", "--data", str(data), "--text-column", "description", "--label-column",
                               "fraudulent", "--social", str(social), "--model", str(tmp_path / "m")])
    report = json.loads(out.stdout)
    assert report["in_sample_rows"] == 150 and not report["in_sample"] and report["rows"] == 40
    assert set(report["domains"]) == {"social:Bluesky:en", "social:X:en"} and "left out" in out.stderr
    # training rows are recognised by content: a copy with one row changed, and cut to 50 rows, is not a test
    import pandas as pd

    copy = pd.read_csv(data, keep_default_na=False)
    copy.loc[0, "description"] = "A post of our own that the model never saw, about a bakery job in Leeds."
    copy.iloc[:50].to_csv(tmp_path / "copy.csv", index=False)
    out = runner.invoke(main, ["evaluate", "--data", str(tmp_path / "copy.csv"), "--model", str(tmp_path / "m")])
    report = json.loads(out.stdout)
    assert report["in_sample_rows"] == 49 and report["rows"] == 1 and "left out" in out.stderr


def test_train_refuses_a_bad_file(tmp_path):
    bad = tmp_path / "bad.csv"
    synthetic_frame(20).drop(columns="fraudulent").to_csv(bad, index=False)
    out = CliRunner().invoke(main, ["train", "--data", str(bad), "--out", str(tmp_path / "m")])
    assert out.exit_code != 0 and "fraudulent" in str(out.exception)
    assert not (tmp_path / "m").exists()
