"""The engines stay optional: ``import ct_screen`` never loads them, and options are checked before any work."""

from __future__ import annotations

import pickle
import subprocess
import sys

import pandas as pd
import pytest

from ct_screen.batch import BatchError
from ct_screen.engines.common import ScoreOptions, cached_screener, empty_scored, scored_columns

from .conftest import assert_same_scores, written_posts


def test_importing_ct_screen_loads_no_engine():
    code = ("import sys, ct_screen\n"
            "ct_screen.score_frame, ct_screen.link_posts\n"
            "ct_screen.screen('Pay a fee first, then WhatsApp me')\n"
            "import ct_screen.engines.common\n"
            "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed', 'pyspark', 'py4j'))\n"
            "print(bad)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, check=True)
    assert out.stdout.strip() == "[]"


def test_options_refuse_what_cannot_run_on_a_cluster(tmp_path):
    with pytest.raises(TypeError, match="jobs="):
        ScoreOptions.build(jobs=4)
    with pytest.raises(TypeError, match="sort="):
        ScoreOptions.build(sort=True)
    with pytest.raises(TypeError, match="model="):
        ScoreOptions.build(screener=object())
    with pytest.raises(TypeError, match="unknown option"):
        ScoreOptions.build(modle=None)
    with pytest.raises(TypeError, match="loaded object"):
        ScoreOptions.build(model=object())
    with pytest.raises(BatchError, match="no model"):
        ScoreOptions.build(model=tmp_path / "absent")
    with pytest.raises(BatchError, match="no rules file"):
        ScoreOptions.build(rules=tmp_path / "absent.yaml")
    with pytest.raises(BatchError, match="min_band"):
        ScoreOptions.build(min_band="urgent")


def test_options_are_small_and_carry_no_screener():
    options = ScoreOptions.build(["title", "description"], model=None, max_chars=5000)
    assert options.text_columns == ("title", "description")
    assert len(pickle.dumps(options)) < 1000  # what travels with each task
    assert pickle.loads(pickle.dumps(options)) == options


def test_a_thresholds_file_is_read_once_and_travels_as_numbers(tmp_path):
    from ct_screen.fuse import Thresholds
    from ct_screen.thresholds import save_thresholds

    chosen = Thresholds(review=0.05, high=0.3)
    options = ScoreOptions.build(model=None, thresholds=save_thresholds(chosen, tmp_path / "t.yaml", model_version="none"))
    assert options.thresholds == chosen
    assert pickle.loads(pickle.dumps(options)) == options and len(pickle.dumps(options)) < 1000
    screener = options.screener()
    assert screener.thresholds == chosen and screener is cached_screener(None, None, chosen)
    assert cached_screener(None, None).thresholds != chosen
    other = save_thresholds(chosen, tmp_path / "o.yaml", model_version="m-other")
    with pytest.raises(BatchError, match="chosen for model m-other"):
        ScoreOptions.build(model=None, thresholds=other)


def test_cached_screener_is_built_once_per_process():
    first = cached_screener(None, None)
    assert cached_screener(None, None) is first
    assert cached_screener("default", None) is not first


def test_options_score_a_partition_as_score_frame_does():
    from ct_screen import score_frame

    frame = written_posts()
    options = ScoreOptions.build(model=None, max_chars=10_000)
    got = pd.concat([options.score(frame.iloc[:17]), options.score(frame.iloc[17:])])
    ref = score_frame(frame, model=None, max_chars=10_000)
    assert_same_scores(got, ref)
    pd.testing.assert_frame_equal(got[frame.columns], ref[frame.columns])
    assert list(empty_scored(frame).columns) == scored_columns(frame.columns) == list(ref.columns)
    assert set(options.resolve(frame.columns)) == {"title", "location", "company_profile", "description"}
