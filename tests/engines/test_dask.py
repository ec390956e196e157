"""``score_dask`` on a real ``dask.distributed`` cluster (2 worker processes): the cells of ``score_frame``."""

from __future__ import annotations

import pandas as pd
import pytest

from ct_screen import score_frame
from ct_screen.batch import BatchError

from .conftest import RULES_YAML, assert_same_scores, cells, written_posts

dd = pytest.importorskip("dask.dataframe", reason="dask not installed: pip install 'ct-screen[dask]'")
from ct_screen.dask import score_dask  # noqa: E402

pytestmark = pytest.mark.usefixtures("dask_client")

MAX_CHARS = 10_000  # the long edge row is over it


@pytest.mark.parametrize("npartitions", [1, 3, 7])
def test_same_cells_as_score_frame_whatever_the_partitioning(npartitions):
    ddf = dd.from_pandas(written_posts(), npartitions=npartitions)
    got = score_dask(ddf, max_chars=MAX_CHARS).compute()
    ref = score_frame(ddf.compute(), max_chars=MAX_CHARS)
    assert_same_scores(got, ref)
    assert list(got.columns) == list(ref.columns)
    assert got.index.equals(ref.index)
    assert (got["ct_band"].dropna() != "low").sum() >= 10  # the scam posts were really scored


def test_partitions_divisions_and_order_are_kept():
    ddf = dd.from_pandas(written_posts(), npartitions=5)
    scored = score_dask(ddf, model=None, max_chars=MAX_CHARS)
    assert scored.npartitions == ddf.npartitions
    assert scored.divisions == ddf.divisions
    assert scored.map_partitions(len).compute().tolist() == ddf.map_partitions(len).compute().tolist()
    parts = [scored.get_partition(i).compute() for i in range(scored.npartitions)]
    assert [p["post_id"].tolist() for p in parts] == [ddf.get_partition(i).compute()["post_id"].tolist()
                                                    for i in range(ddf.npartitions)]
    # the meta is what every partition really holds
    assert scored.dtypes.to_dict() == parts[0].dtypes.to_dict() == parts[-1].dtypes.to_dict()


def test_rows_that_cannot_be_scored_are_flagged_not_dropped():
    frame = written_posts()
    got = score_dask(dd.from_pandas(frame, npartitions=4), text_columns=["description"], model=None,
                     max_chars=MAX_CHARS).compute()
    assert len(got) == len(frame)
    by_id = dict(zip(got["post_id"], cells(got, "ct_error"), strict=True))
    flagged = {pid: err for pid, err in by_id.items() if err is not None}
    assert len(flagged) == 4
    assert sorted(err.split(":")[0] for err in flagged.values()) == ["empty text", "empty text", "empty text",
                                                                     "text too long to score"]
    assert got.loc[got["ct_error"].notna(), "ct_score"].isna().all()


def test_min_band_old_ct_columns_and_named_columns():
    frame = written_posts().assign(ct_score=0.5, ct_band="stale")
    got = score_dask(dd.from_pandas(frame, npartitions=3), ["title", "description"], model=None, min_band="high",
                     max_chars=MAX_CHARS, chunk_size=7).compute()  # partitions scored in several chunks
    ref = score_frame(frame, ["title", "description"], model=None, min_band="high", max_chars=MAX_CHARS)
    assert_same_scores(got, ref)
    assert list(got.columns).count("ct_band") == 1 and "stale" not in got["ct_band"].tolist()
    assert set(cells(got, "ct_band")) <= {"high", None}


def test_bad_columns_fail_before_anything_runs():
    ddf = dd.from_pandas(pd.DataFrame({"a": [1, 2], "b": ["x", "y"]}), npartitions=1)
    with pytest.raises(BatchError, match="no text column found"):
        score_dask(ddf)
    with pytest.raises(BatchError, match="no text column 'body'"):
        score_dask(ddf, "body")
    with pytest.raises(TypeError, match="dask DataFrame"):
        score_dask(pd.DataFrame({"text": ["x"]}))


def _count_screeners() -> None:
    """In a worker: count every Screener built from now on."""
    import ct_screen.screener as module

    if getattr(module.Screener, "_test_builds", None) is None:
        original = module.Screener.__init__

        def counting(self, *args, **kwargs):
            module.Screener._test_builds += 1
            original(self, *args, **kwargs)

        module.Screener.__init__ = counting
    module.Screener._test_builds = 0


def _screeners_built() -> int:
    import ct_screen.screener as module

    return module.Screener._test_builds


def test_each_worker_builds_its_screener_once(dask_client, tmp_path):
    rules = tmp_path / "rules.yaml"
    rules.write_text(RULES_YAML)
    frame = written_posts()
    frame.loc[3, "description"] = "Buy the onboarding kit before day one"
    dask_client.run(_count_screeners)
    got = score_dask(dd.from_pandas(frame, npartitions=12), rules=rules, model=None, max_chars=MAX_CHARS).compute()
    built = dask_client.run(_screeners_built)
    assert len(built) == 2
    assert sum(built.values()) >= 1 and max(built.values()) == 1, built  # 12 partitions, at most one build a worker
    assert "upfront_fee" in got.loc[3, "ct_categories"]  # the custom rule reached the workers
    ref = score_frame(frame, rules=rules, model=None, max_chars=MAX_CHARS)
    assert_same_scores(got, ref)


@pytest.mark.needs_data
def test_emscad_rows_match_score_frame(emscad_path):
    frame = pd.read_csv(emscad_path, keep_default_na=False, nrows=120, dtype=str)
    got = score_dask(dd.from_pandas(frame, npartitions=4)).compute()
    assert_same_scores(got, score_frame(frame), key="job_id")
