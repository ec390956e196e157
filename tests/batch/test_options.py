"""``ScoreOptions``: every option of a scoring run as one value, checked once, one message per contradiction."""

from __future__ import annotations

import ast
import pickle
import warnings
from pathlib import Path

import pandas as pd
import pytest

from ct_screen import Screener
from ct_screen.batch import BatchError, OptionsError, ScoreOptions, score_file
from ct_screen.fuse import Thresholds

from .conftest import CLEAN, SCAM, cli

CLI = Path(__file__).resolve().parents[2] / "ct_screen" / "cli"


@pytest.mark.parametrize(("given", "message"), [
    ({"model": "some/model", "no_model": True}, "--model and --no-model"),
    ({"model_sha256": "a" * 64, "no_model": True}, "--model-sha256 with --no-model"),
    ({"model_sha256": "a" * 64, "model": None}, "no model is used"),
    ({"screener": "a screener", "thresholds": Thresholds(review=0.2, high=0.6)},
     r"give the thresholds to the Screener \(Screener\(thresholds=...\)\), not beside it"),
    ({"screener": "a screener", "model_sha256": "a" * 64}, "give the model_sha256 to the Screener"),
    ({"screener": "a screener", "rules": "extra.yaml", "no_model": True}, "give the rules, no_model to the Screener"),
    ({"text_columns": []}, "text_columns is empty"),
    ({"min_band": "urgent"}, r"min_band must be one of low, review, high, not 'urgent' \(--min-band\)"),
    ({"chunk_size": 0}, r"chunk_size must be at least 1, not 0 \(--chunk-size\)"),
    ({"max_chars": -5}, r"max_chars must be at least 1, not -5 \(--max-chars\)"),
])
def test_each_contradiction_is_refused_with_its_own_message(given, message):
    with pytest.raises(OptionsError, match=message) as caught:
        ScoreOptions(**given)
    assert isinstance(caught.value, BatchError) and str(caught.value).count(";") <= 1  # one message, not a list


def test_options_that_hold_together_are_accepted_and_normalised():
    options = ScoreOptions(text_columns="description", model=None, min_band="review", jobs=4)
    assert options.text_columns == ("description",) and options.scoring_model is None
    assert ScoreOptions(text_columns=["title", "description"]).text_columns == ("title", "description")
    assert ScoreOptions(no_model=True).scoring_model is None and ScoreOptions().scoring_model == "default"
    assert ScoreOptions(model="default", no_model=True).contradictions() == []  # the flag's own default
    assert ScoreOptions().contradictions() == []


def test_options_pickle_small_and_equal(tmp_path):
    options = ScoreOptions(text_columns=["title", "description"], model=str(tmp_path / "model"),
                           rules=str(tmp_path / "rules.yaml"), thresholds=Thresholds(review=0.1, high=0.5),
                           min_band="high", sort=True, jobs=3, encoding="latin-1", delimiter=";")
    again = pickle.loads(pickle.dumps(options))
    assert again == options and hash(again) == hash(options)
    assert len(pickle.dumps(options)) < 1500


def test_the_keyword_form_builds_the_same_options_and_refuses_unknown_names():
    assert ScoreOptions.of(text_columns=["text"], model=None, sort=True) == ScoreOptions(
        text_columns=("text",), model=None, sort=True)
    with pytest.raises(TypeError, match="unknown option.*modle"):
        ScoreOptions.of(modle=None)


def _posts(path: Path) -> Path:
    pd.DataFrame({"post_id": [f"p{i}" for i in range(12)], "text": [SCAM, CLEAN, CLEAN] * 4}).to_csv(path, index=False)
    return path


def test_a_run_with_options_equals_the_run_with_keywords(tmp_path, screener):
    src = _posts(tmp_path / "in.csv")
    keywords = {"text_columns": ["text"], "id_column": "post_id", "min_band": "review", "sort": True, "jobs": 1,
                "chunk_size": 5, "progress": False, "screener": screener}
    by_keywords = score_file(src, tmp_path / "kw.jsonl", **keywords)
    by_options = score_file(src, tmp_path / "opt.jsonl", ScoreOptions(**keywords))
    assert (tmp_path / "kw.jsonl").read_bytes() == (tmp_path / "opt.jsonl").read_bytes()
    assert by_keywords.rows == by_options.rows == 12 and by_keywords.bands == by_options.bands
    assert by_keywords.written == by_options.written > 0


def test_a_run_without_a_model_is_the_same_by_model_none_and_by_no_model(tmp_path):
    src = _posts(tmp_path / "in.csv")
    score_file(src, tmp_path / "a.csv", model=None, jobs=1, progress=False)
    score_file(src, tmp_path / "b.csv", options=ScoreOptions(no_model=True, jobs=1, progress=False))
    assert (tmp_path / "a.csv").read_bytes() == (tmp_path / "b.csv").read_bytes()


def test_score_file_takes_options_or_keywords_not_both(tmp_path, screener):
    src = _posts(tmp_path / "in.csv")
    with pytest.raises(TypeError, match="not both"):
        score_file(src, tmp_path / "o.csv", ScoreOptions(screener=screener), jobs=1)
    with pytest.raises(TypeError, match="takes a ScoreOptions"):
        score_file(src, tmp_path / "o.csv", {"jobs": 1})
    with pytest.raises(OptionsError, match="give the rules to the Screener"):
        score_file(src, tmp_path / "o.csv", screener=screener, rules=str(tmp_path / "r.yaml"))
    assert not (tmp_path / "o.csv").exists()


def test_the_command_line_reports_contradictions_from_the_options_as_usage_errors(tmp_path):
    src = _posts(tmp_path / "in.csv")
    for extra, message in ((["--model", str(tmp_path), "--no-model"], "--model and --no-model"),
                           (["--model-sha256", "a" * 64, "--no-model"], "--model-sha256 with --no-model")):
        result = cli(["score", str(src), "-o", str(tmp_path / "o.csv"), "--no-progress", *extra])
        assert result.exit_code == 2 and message in result.stderr
        assert not (tmp_path / "o.csv").exists()


def test_contradictions_are_checked_only_in_the_options_not_in_the_score_command():
    for name in ("cmd_score.py", "engine_run.py"):
        source = (CLI / name).read_text(encoding="utf-8")
        raised = [ast.unparse(n) for n in ast.walk(ast.parse(source)) if isinstance(n, ast.Raise)]
        assert not [r for r in raised if "contradict" in r], name


def test_a_screener_object_still_runs_and_carries_its_own_thresholds(tmp_path):
    src = _posts(tmp_path / "in.csv")
    chosen = Thresholds(review=0.01, high=0.02)
    summary = score_file(src, tmp_path / "o.csv", ScoreOptions(screener=Screener(model=None, thresholds=chosen),
                                                               jobs=1, progress=False))
    assert summary.bands.get("low", 0) < 12


def test_the_process_pool_at_its_old_path_still_works_with_a_deprecation_warning():
    import ct_screen.batch.engine as old
    from ct_screen.batch import pool

    with pytest.warns(DeprecationWarning, match="ct_screen.batch.pool"):
        assert old.ordered_map is pool.ordered_map
    with pytest.raises(AttributeError), warnings.catch_warnings():
        warnings.simplefilter("error")
        old.no_such_name  # noqa: B018
