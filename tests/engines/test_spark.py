"""``score_spark`` on a real local[2] Spark session: the cells of ``score_frame``, partition by partition."""

from __future__ import annotations

import pandas as pd
import pytest

from ct_screen import score_frame
from ct_screen.batch import BatchError

from .conftest import RULES_YAML, assert_same_scores, cells, written_posts

pytest.importorskip("pyspark", reason="pyspark not installed: pip install 'ct-screen[spark]'")
from ct_screen.spark import score_spark  # noqa: E402

pytestmark = pytest.mark.slow
MAX_CHARS = 10_000
SCHEMA = "post_id string, title string, location string, company_profile string, description string"


def _frame(spark, partitions: int, frame: pd.DataFrame | None = None):
    """A Spark DataFrame of the written posts in ``partitions`` partitions, order kept (checkpointed)."""
    frame = written_posts() if frame is None else frame
    return spark.createDataFrame(frame, SCHEMA).coalesce(1).repartitionByRange(partitions, "post_id") \
        .sortWithinPartitions("post_id").localCheckpoint() if partitions > 1 else \
        spark.createDataFrame(frame, SCHEMA).coalesce(1)


@pytest.mark.parametrize("partitions", [1, 3])
def test_same_cells_as_score_frame_whatever_the_partitioning(spark, partitions):
    sdf = _frame(spark, partitions)
    assert sdf.rdd.getNumPartitions() == partitions
    scored = score_spark(sdf, max_chars=MAX_CHARS)
    assert scored.rdd.getNumPartitions() == partitions
    got = scored.toPandas()
    ref = score_frame(sdf.toPandas(), max_chars=MAX_CHARS)
    assert_same_scores(got, ref)
    assert list(got.columns) == list(ref.columns)
    assert (got["ct_band"] != "low").sum() >= 10


def test_batches_scored_in_several_chunks(spark):
    """An Arrow batch longer than chunk_size is scored in chunks and concatenated (chunked string columns)."""
    sdf = _frame(spark, 1)
    got = score_spark(sdf, model=None, max_chars=MAX_CHARS, chunk_size=7).toPandas()
    assert_same_scores(got, score_frame(sdf.toPandas(), model=None, max_chars=MAX_CHARS, chunk_size=7))


def test_thresholds_reach_the_executors(spark, tmp_path):
    from ct_screen.fuse import Thresholds
    from ct_screen.thresholds import save_thresholds

    path = save_thresholds(Thresholds(review=0.05, high=0.3), tmp_path / "platform.json", model_version="none")
    sdf = _frame(spark, 2)
    got = score_spark(sdf, model=None, max_chars=MAX_CHARS, thresholds=path).toPandas()
    ref = score_frame(sdf.toPandas(), model=None, max_chars=MAX_CHARS, thresholds=path)
    assert_same_scores(got, ref)
    assert ref["ct_band"].tolist() != score_frame(sdf.toPandas(), model=None, max_chars=MAX_CHARS)["ct_band"].tolist()


def test_schema_errors_and_flagged_rows(spark):
    sdf = _frame(spark, 2)
    scored = score_spark(sdf, "description", model=None, max_chars=MAX_CHARS)
    assert [(f.name, f.dataType.simpleString()) for f in scored.schema.fields][-9:] == [
        ("ct_score", "double"), ("ct_band", "string"), ("ct_categories", "string"), ("ct_reasons", "string"),
        ("ct_top_terms", "string"), ("ct_contacts", "string"), ("ct_notices", "string"), ("ct_evidence", "string"),
        ("ct_error", "string")]
    got = scored.toPandas()
    assert len(got) == sdf.count()
    errors = [e for e in cells(got, "ct_error") if e is not None]
    assert sorted(e.split(":")[0] for e in errors) == ["empty text"] * 3 + ["text too long to score"]
    assert got.loc[got["ct_error"].notna(), "ct_score"].isna().all()
    with pytest.raises(BatchError, match="no text column 'body'"):
        score_spark(sdf, "body")
    with pytest.raises(TypeError, match="jobs="):
        score_spark(sdf, jobs=2)


def test_other_column_types_old_ct_columns_and_min_band(spark):
    frame = pd.DataFrame({"id": [1, 2, 3, 4], "n": [1.5, None, 3.0, 4.0],
                          "text": ["Pay a $50 registration fee, then WhatsApp me on +44 7700 900123",
                                   "Warehouse operative in Hull, apply on our careers page", None,
                                   "Hostess jobs abroad, passport kept by the agency until the debt is repaid"],
                          "ct_band": ["old"] * 4})
    sdf = spark.createDataFrame(frame, "id long, n double, text string, ct_band string").coalesce(1)
    got = score_spark(sdf, model=None, min_band="review").toPandas()
    ref = score_frame(sdf.toPandas(), model=None, min_band="review")
    assert_same_scores(got, ref, key="id")
    assert got["id"].tolist() == [1, 3, 4] and got.columns.tolist().count("ct_band") == 1


def test_each_python_worker_builds_its_screener_once(spark, tmp_path):
    from ct_screen.engines.common import cached_screener, screener_builds

    rules = tmp_path / "rules.yaml"
    rules.write_text(RULES_YAML)
    frame = written_posts()
    frame.loc[3, "description"] = "Buy the onboarding kit before day one"
    sdf = _frame(spark, 8, frame)
    got = score_spark(sdf, rules=rules, model=None, max_chars=MAX_CHARS).toPandas()
    assert "upfront_fee" in got.set_index("post_id").loc[frame.loc[3, "post_id"], "ct_categories"]

    key = str(rules)

    def probe(batches):  # runs in the same, reused Python workers
        import os

        for batch in batches:
            before = screener_builds()
            cached_screener(None, key)
            yield pd.DataFrame({"pid": [os.getpid()], "before": [before], "after": [screener_builds()],
                                "rows": [len(batch)]})

    seen = sdf.mapInPandas(probe, "pid long, before long, after long, rows long").toPandas()
    assert len(seen) >= 2
    built = (seen["after"] - seen["before"]).groupby(seen["pid"]).sum()
    assert built.max() <= 1, seen  # 8 partitions: at most one build per Python worker for these options
    # later tasks in a worker reuse the screener it built
    assert (seen["before"] == seen["after"]).any(), seen


@pytest.mark.needs_data
def test_emscad_rows_match_score_frame(spark, emscad_path):
    frame = pd.read_csv(emscad_path, keep_default_na=False, nrows=120, dtype=str)
    sdf = spark.createDataFrame(frame).coalesce(1).repartition(3).localCheckpoint()
    got = score_spark(sdf).toPandas()
    assert_same_scores(got, score_frame(sdf.toPandas()), key="job_id")
