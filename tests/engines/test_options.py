"""The engines stay optional: ``import ct_screen`` never loads them, and options are checked before any work."""

from __future__ import annotations

import pickle
import subprocess
import sys

import pandas as pd
import pytest

from ct_screen.batch import BatchError
from ct_screen.engines.common import PartitionOptions, cached_screener, empty_scored, scored_columns

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
        PartitionOptions.build(jobs=4)
    with pytest.raises(TypeError, match="sort="):
        PartitionOptions.build(sort=True)
    with pytest.raises(TypeError, match="model="):
        PartitionOptions.build(screener=object())
    with pytest.raises(TypeError, match="unknown option"):
        PartitionOptions.build(modle=None)
    with pytest.raises(TypeError, match="loaded object"):
        PartitionOptions.build(model=object())
    with pytest.raises(BatchError, match="no model"):
        PartitionOptions.build(model=tmp_path / "absent")
    with pytest.raises(BatchError, match="no rules file"):
        PartitionOptions.build(rules=tmp_path / "absent.yaml")
    with pytest.raises(BatchError, match="min_band"):
        PartitionOptions.build(min_band="urgent")


def test_options_are_small_and_carry_no_screener():
    options = PartitionOptions.build(["title", "description"], model=None, max_chars=5000)
    assert options.text_columns == ("title", "description")
    assert len(pickle.dumps(options)) < 1000  # what travels with each task
    assert pickle.loads(pickle.dumps(options)) == options


def test_a_thresholds_file_is_read_once_and_travels_as_numbers(tmp_path):
    from ct_screen.fuse import Thresholds
    from ct_screen.thresholds import save_thresholds

    chosen = Thresholds(review=0.05, high=0.3)
    options = PartitionOptions.build(model=None, thresholds=save_thresholds(chosen, tmp_path / "t.yaml", model_version="none"))
    assert options.thresholds == chosen
    assert pickle.loads(pickle.dumps(options)) == options and len(pickle.dumps(options)) < 1000
    screener = options.screener()
    assert screener.thresholds == chosen and screener is cached_screener(None, None, chosen)
    assert cached_screener(None, None).thresholds != chosen
    other = save_thresholds(chosen, tmp_path / "o.yaml", model_version="m-other")
    with pytest.raises(BatchError, match="chosen for model m-other"):
        PartitionOptions.build(model=None, thresholds=other)


def test_cached_screener_is_built_once_per_process():
    first = cached_screener(None, None)
    assert cached_screener(None, None) is first
    assert cached_screener("default", None) is not first


def test_options_score_a_partition_as_score_frame_does():
    from ct_screen import score_frame

    frame = written_posts()
    options = PartitionOptions.build(model=None, max_chars=10_000)
    got = pd.concat([options.score(frame.iloc[:17]), options.score(frame.iloc[17:])])
    ref = score_frame(frame, model=None, max_chars=10_000)
    assert_same_scores(got, ref)
    pd.testing.assert_frame_equal(got[frame.columns], ref[frame.columns])
    assert list(empty_scored(frame).columns) == scored_columns(frame.columns) == list(ref.columns)
    assert set(options.resolve(frame.columns)) == {"title", "location", "company_profile", "description"}


def test_the_engines_take_a_run_s_score_options_and_refuse_what_cannot_run_on_a_cluster():
    from ct_screen.batch import OptionsError
    from ct_screen.batch import ScoreOptions as RunOptions
    from ct_screen.engines.common import ClusterOptionError, PartitionOptions

    assert PartitionOptions.of(RunOptions(text_columns=["title"], no_model=True, max_chars=5000)) == \
        PartitionOptions.build("title", model=None, max_chars=5000)
    for given, message in (({"sort": True}, "--sort does not apply on a cluster"), ({"jobs": 2}, "jobs="),
                           ({"output_format": "csv"}, "--format .* can only be parquet"),
                           ({"encoding": "latin-1", "raw": True}, "--encoding, --raw apply to CSV")):
        with pytest.raises(ClusterOptionError, match=message) as caught:
            PartitionOptions.of(RunOptions(**given))
        assert isinstance(caught.value, OptionsError) and isinstance(caught.value, TypeError)
    with pytest.raises(TypeError, match="not both"):
        PartitionOptions.build("title", options=RunOptions())


def test_score_dask_with_options_equals_score_dask_with_keywords():
    dd = pytest.importorskip("dask.dataframe")
    from ct_screen.batch import ScoreOptions as RunOptions
    from ct_screen.dask import score_dask

    frame = written_posts()
    ddf = dd.from_pandas(frame, npartitions=3)
    by_keywords = score_dask(ddf, model=None, max_chars=10_000).compute(scheduler="sync")
    by_options = score_dask(ddf, options=RunOptions(no_model=True, max_chars=10_000)).compute(scheduler="sync")
    pd.testing.assert_frame_equal(by_options, by_keywords)


def test_the_old_name_of_the_partition_options_still_works_with_a_deprecation_warning():
    import ct_screen.engines.common as common

    with pytest.warns(DeprecationWarning, match="PartitionOptions"):
        assert common.ScoreOptions is common.PartitionOptions
    with pytest.raises(AttributeError):
        common.NoSuchName  # noqa: B018
