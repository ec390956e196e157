"""``link_spark`` on a real local[2] Spark session: the campaigns of ``link_posts`` on the same rows."""

from __future__ import annotations

import random

import pandas as pd
import pytest

from ct_screen import link_posts
from tests.link.samples import HONEST, PHONE_FIVE_WAYS, board_posts, template_posts, unrelated_posts

pytest.importorskip("pyspark", reason="pyspark not installed: pip install 'ct-screen[spark]'")
from ct_screen.spark import link_spark  # noqa: E402

pytestmark = pytest.mark.slow
CAMPAIGN = ["campaign_id", "campaign_size", "campaign_links"]


def _posts() -> pd.DataFrame:
    """Six posts with one phone (five ways of writing it), a six-post template, a job-board URL on 14 posts
    (too common to link on with min_common=6), two honest posts and unrelated posts; shuffled, with scores."""
    texts = PHONE_FIVE_WAYS + template_posts() + HONEST + board_posts(12) + unrelated_posts(8)
    texts += ["Same agent, new ad: call +44 7700 900123 or mail hr.desk@example.org",
              "Contact hr.desk@example.org for the cleaning jobs"]  # chains a second value into the phone campaign
    random.Random(5).shuffle(texts)
    scores = [round((i * 37 % 100) / 100, 2) for i in range(len(texts))]
    scores[3] = float("nan")
    return pd.DataFrame({"post_id": [f"P{i:03d}" for i in range(len(texts))], "text": texts, "score": scores})


def _same(got: pd.DataFrame, ref: pd.DataFrame, columns: list[str]) -> None:
    for column in columns:
        assert got[column].tolist() == ref[column].tolist() or (
            column == "campaign_score" and got[column].fillna(-1).tolist() == ref[column].fillna(-1).tolist()), column


def test_same_campaigns_as_link_posts(spark):
    frame = _posts()
    sdf = spark.createDataFrame(frame, "post_id string, text string, score double").coalesce(1).repartition(4)
    found = link_spark(sdf, scores="score", min_common=6)
    got = found.posts.toPandas()
    order = got["post_id"].tolist()
    ref = link_posts(frame.set_index("post_id").loc[order].reset_index(), ids="post_id", scores="score",
                     min_common=6).to_frame()
    assert sorted(order) == sorted(frame["post_id"])  # every post, once
    _same(got, ref, [*CAMPAIGN, "campaign_score"])
    assert list(got.columns) == ["post_id", "text", "score", *CAMPAIGN, "campaign_score"]
    assert found.cutoff == 6
    common = found.common.toPandas()
    assert common["key"].tolist() == ["url:bigjobs.example/apply"] and common["posts"].tolist() == [14]
    sizes = sorted(got.drop_duplicates("campaign_id")["campaign_size"].tolist(), reverse=True)
    assert sizes[:2] == [7, 6]  # phone + e-mail campaign, the template
    kinds = {k.split(":")[0] for k in found.indicators.toPandas()["key"]}
    assert kinds == {"phone", "email", "template"}


def test_link_on_and_text_columns(spark):
    frame = _posts().rename(columns={"text": "description"}).assign(title="Job")
    sdf = spark.createDataFrame(frame).coalesce(1)
    found = link_spark(sdf, ["title", "description"], link_on=["phone", "email"], min_common=6)
    got = found.posts.toPandas()
    ref = link_posts(got[frame.columns], text_columns=["title", "description"], link_on=["phone", "email"],
                     min_common=6).to_frame()
    _same(got, ref, CAMPAIGN)
    assert "template" not in " ".join(got["campaign_links"])
    with pytest.raises(KeyError, match="scores"):
        link_spark(sdf, scores="nope")
    with pytest.raises(ValueError, match="unknown link kinds"):
        link_spark(sdf, link_on=["phone", "fax"])


@pytest.mark.needs_data
def test_emscad_campaigns_match_link_posts(spark, emscad_path):
    frame = pd.read_csv(emscad_path, keep_default_na=False, nrows=600, dtype=str)
    sdf = spark.createDataFrame(frame).coalesce(1).repartition(3)
    got = link_spark(sdf).posts.toPandas()
    ref = link_posts(got[frame.columns], ids="job_id").to_frame()
    _same(got, ref, CAMPAIGN)
    assert (got["campaign_size"] > 1).sum() > 50  # EMSCAD's repeated fake employers were found
