"""Campaign linking on Spark: the steps of :func:`ct_screen.link_posts`, written as Spark joins.

1. Keys, in Python, batch by batch (``mapInPandas``): each post's indicator
   values (contacts, company profile) and its template signature, band keys and
   fingerprint, by the same functions ``link_posts`` uses
   (:func:`ct_screen.link.extract.post_keys`, :func:`ct_screen.link.templates.signatures`).
2. Common-value cut-off: values shared by more than
   ``max(min_common, max_share * n_posts)`` posts are reported, not linked on.
3. Templates: posts that share an LSH band key form a bucket; inside a bucket,
   ordered by fingerprint, each post is paired with the first post and with the
   one before it (window functions); pairs whose signatures agree on at least
   ``template_threshold`` of their min-hashes are linked; template groups are the
   connected components of those links.
4. Campaigns: connected components of the post–indicator graph by label
   propagation (each round, a value takes the smallest label of its posts and a
   post the smallest label of its values), checkpointed every round; a
   campaign's label is its first post, so campaigns are numbered by first row.

Every choice matches ``link_posts``, so the same rows give the same campaign
ids, sizes, links and scores as on one machine.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from ..batch.columns import resolve_columns
from ..link.campaigns import Indicator
from ..link.extract import LINK_KINDS, post_keys
from ..link.frames import frame_posts
from ..link.index import common_cutoff
from ..link.linker import DEFAULTS
from ..link.templates import _BAND, NUM_PERM, _weighted_sum, choose_bands, fingerprints, signatures
from .spark_engine import plain_columns

try:
    from pyspark.sql import DataFrame, Window
    from pyspark.sql import functions as F
    from pyspark.sql import types as T
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    raise ImportError("ct_screen.spark needs PySpark: pip install 'ct-screen[spark]'") from exc

__all__ = ["link_spark", "SparkCampaigns"]

POS = "_ct_pos"
LABEL = "_ct_campaign"
CAMPAIGN_COLUMNS = ("campaign_id", "campaign_size", "campaign_links", "campaign_score")
_KEYS = T.StructType([T.StructField("pos", T.LongType()), T.StructField("indicators", T.ArrayType(T.StringType())),
                      T.StructField("sig", T.ArrayType(T.IntegerType())), T.StructField("fp", T.StringType()),
                      T.StructField("bands", T.ArrayType(T.LongType()))])
_LABELS = T.StructType([T.StructField("key", T.StringType()), T.StructField("posts", T.LongType()),
                        T.StructField("similarity", T.DoubleType()), T.StructField("label", T.StringType())])


@dataclass(frozen=True)
class SparkCampaigns:
    """What :func:`link_spark` returns (all lazy Spark DataFrames but ``cutoff``).

    Attributes
    ----------
    posts : pyspark.sql.DataFrame
        The input rows in input order, then ``campaign_id``, ``campaign_size``,
        ``campaign_links`` and, with ``scores``, ``campaign_score``: the columns
        of :meth:`ct_screen.link.Campaigns.to_frame`, with the same values.
    indicators : pyspark.sql.DataFrame
        One row per linking value: ``key`` (``kind:value``), ``posts``,
        ``similarity`` (templates) and ``label``.
    common : pyspark.sql.DataFrame
        Values too common to link on: ``key``, ``posts``.
    cutoff : int
        The most posts a value could be shared by and still link them.
    """

    posts: DataFrame
    indicators: DataFrame
    common: DataFrame
    cutoff: int


def _extractor(columns: list[str], link_on: tuple[str, ...], bands: int, width: int) -> Any:
    def extract(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        for frame in batches:
            keys = [post_keys(p, link_on=link_on) for p in frame_posts(frame[columns], columns)]
            sig, has = signatures([k.shingles for k in keys])
            fp = fingerprints(sig)
            band_keys = np.stack([_weighted_sum(sig[:, b * width:(b + 1) * width], _BAND[b * width:(b + 1) * width])
                                  for b in range(bands)], axis=1).view(np.int64) if len(sig) else np.empty((0, bands))
            yield plain_columns(pd.DataFrame({
                "pos": frame[POS].to_numpy(dtype=np.int64),
                "indicators": [list(k.indicators) for k in keys],
                "sig": [row.astype(np.int32).tolist() if h else None for row, h in zip(sig, has, strict=True)],
                "fp": [f"{int(v):016x}" if h else None for v, h in zip(fp, has, strict=True)],
                "bands": [row.tolist() if h else None for row, h in zip(band_keys, has, strict=True)],
            }))

    return extract


def _labeller(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
    for frame in batches:
        sims = frame["similarity"].tolist()
        labels = [Indicator(*k.split(":", 1), posts=int(n), similarity=None if s is None or s != s else float(s)).label()
                  for k, n, s in zip(frame["key"].tolist(), frame["posts"].tolist(), sims, strict=True)]
        yield plain_columns(frame.assign(label=labels))


def components(incidence: DataFrame) -> DataFrame:
    """``(pos, label)``: the smallest ``pos`` of each post's component in the graph of ``(pos, key)`` incidence.

    Label propagation through the keys, two hops a round, until no label
    changes; each round is checkpointed so the plan stays short.
    """
    labels = incidence.select("pos").distinct().withColumn("label", F.col("pos"))
    while True:
        key_label = incidence.join(labels, "pos").groupBy("key").agg(F.min("label").alias("key_label"))
        new = (incidence.join(key_label, "key").groupBy("pos").agg(F.min("key_label").alias("label"))
               .join(labels.withColumnRenamed("label", "old"), "pos")
               .select("pos", "label", (F.col("label") < F.col("old")).alias("moved")).localCheckpoint())
        labels = new.select("pos", "label")
        if new.where("moved").limit(1).count() == 0:
            return labels


def _template_incidence(keys: DataFrame, threshold: float) -> tuple[DataFrame, DataFrame]:
    """``(pos, key)`` of posts in template groups of 2+ posts, and the groups' indicator rows."""
    bucketed = keys.where(F.col("sig").isNotNull()).select("pos", "fp", F.posexplode("bands").alias("band", "bkey"))
    window = Window.partitionBy("band", "bkey").orderBy("fp", "pos")
    ranked = bucketed.select("pos", F.first("pos").over(window).alias("first"), F.lag("pos").over(window).alias("prev"))
    members = ranked.where(F.col("prev").isNotNull())
    pairs = (members.select("pos", F.col("first").alias("other"))
             .unionByName(members.select("pos", F.col("prev").alias("other")))
             .where(F.col("pos") != F.col("other"))
             .select(F.least("pos", "other").alias("u"), F.greatest("pos", "other").alias("v")).distinct())
    sigs = keys.select("pos", "sig")
    agree = F.aggregate(F.zip_with("su", "sv", lambda x, y: (x == y).cast("int")), F.lit(0), lambda a, x: a + x)
    edges = (pairs.join(sigs.withColumnRenamed("pos", "u").withColumnRenamed("sig", "su"), "u")
             .join(sigs.withColumnRenamed("pos", "v").withColumnRenamed("sig", "sv"), "v")
             .select("u", "v", (agree / F.lit(float(NUM_PERM))).alias("sim"))
             .where(F.col("sim") >= F.lit(threshold - 1e-9)).localCheckpoint())
    incidence = edges.select(F.col("u").alias("pos"), F.col("u").alias("key")).unionByName(
        edges.select(F.col("v").alias("pos"), F.col("u").alias("key")))
    group = components(incidence)
    low = edges.join(group.withColumnRenamed("pos", "u"), "u").groupBy("label").agg(F.min("sim").alias("low"))
    named = (group.join(keys.select("pos", "fp"), "pos").groupBy("label")
             .agg(F.concat(F.lit("template:"), F.min("fp")).alias("key"), F.count("*").alias("posts")))
    rows = named.join(low, "label").select("label", "key", "posts", F.bround("low", 4).alias("similarity"))
    return group.join(rows.select("label", "key"), "label").select("pos", "key"), rows.drop("label")


def link_spark(sdf: DataFrame, text_columns: str | Sequence[str] | None = None, *, scores: str | None = None,
               template_threshold: float = DEFAULTS["template_threshold"], max_share: float = DEFAULTS["max_share"],
               min_common: int = DEFAULTS["min_common"], link_on: Iterable[str] = LINK_KINDS) -> SparkCampaigns:
    """Link the posts of a Spark DataFrame into campaigns, as :func:`ct_screen.link_posts` links a pandas one.

    Parameters
    ----------
    sdf : pyspark.sql.DataFrame
        One post per row. It is read once and kept (a local checkpoint), so
        that every step sees the same rows in the same order.
    text_columns : str or sequence of str, optional
        Columns that hold the post, chosen as :func:`ct_screen.score_frame`
        chooses them when not given.
    scores : str, optional
        A column of member risk scores (e.g. ``ct_score`` from :func:`score_spark`):
        adds ``campaign_score``, the highest member score of each campaign.
    template_threshold, max_share, min_common, link_on
        As in :func:`ct_screen.link_posts`.

    Returns
    -------
    SparkCampaigns
        ``posts`` holds the input rows in order with the campaign columns.

    Notes
    -----
    Campaign numbering and the common-value cut-off need global counts, so
    this runs several Spark jobs (a few per label-propagation round); rounds
    grow with the longest chain of posts linked through different values, and
    are few for the star-shaped graphs that campaigns make.
    """
    columns = [str(c) for c in resolve_columns(sdf.columns, text_columns).text_columns]
    if scores is not None and scores not in sdf.columns:
        raise KeyError(f"no scores column {scores!r} in the frame")
    kinds = tuple(k for k in LINK_KINDS if k in set(link_on))
    if set(link_on) - set(LINK_KINDS):
        raise ValueError(f"unknown link kinds {sorted(set(link_on) - set(LINK_KINDS))}; choose from {list(LINK_KINDS)}")
    bands, width = choose_bands(template_threshold)
    common_cutoff(0, max_share, min_common)  # validates both
    spark = sdf.sparkSession

    base = sdf.withColumn(POS, F.monotonically_increasing_id()).localCheckpoint()  # row numbers fixed once
    keys = (base.select(POS, *columns).mapInPandas(_extractor(columns, kinds, bands, width), _KEYS)
            .localCheckpoint())
    n_posts = keys.count()
    cutoff = common_cutoff(n_posts, max_share, min_common)

    carried = keys.select("pos", F.explode("indicators").alias("key"))
    counts = carried.groupBy("key").agg(F.count("*").alias("posts")).localCheckpoint()
    linking = counts.where((F.col("posts") >= 2) & (F.col("posts") <= cutoff))
    common = counts.where(F.col("posts") > cutoff).orderBy(F.desc("posts"), "key")
    incidence = carried.join(linking.select("key"), "key").select("pos", "key")
    indicator_rows = linking.select("key", "posts", F.lit(None).cast("double").alias("similarity"))
    if "template" in kinds and n_posts >= 2:
        t_incidence, t_rows = _template_incidence(keys, template_threshold)
        incidence = incidence.unionByName(t_incidence)
        indicator_rows = indicator_rows.unionByName(t_rows)
    indicators = indicator_rows.mapInPandas(_labeller, _LABELS).localCheckpoint()
    incidence = incidence.localCheckpoint()

    labels = components(incidence)
    every = keys.select("pos").join(labels, "pos", "left").select("pos", F.coalesce("label", "pos").alias("label"))
    numbers = spark.createDataFrame(every.select("label").distinct().orderBy("label").rdd.map(lambda r: r[0])
                                    .zipWithIndex(), "label long, number long")
    width_id = max(6, len(str(numbers.count())))
    sizes = every.groupBy("label").agg(F.count("*").alias("campaign_size"))
    campaign = numbers.join(sizes, "label").select(
        "label", F.concat(F.lit("C"), F.lpad((F.col("number") + 1).cast("string"), width_id, "0")).alias("campaign_id"),
        "campaign_size")
    strength = F.struct((-F.col("posts")).alias("rank"), F.col("key"), F.col("label").alias("text"))
    links = (incidence.join(indicators, "key").groupBy("pos").agg(F.array_sort(F.collect_list(strength)).alias("l"))
             .select("pos", F.concat_ws("; ", F.transform("l", lambda x: x["text"])).alias("campaign_links")))
    per_post = (every.join(campaign, "label").join(links, "pos", "left")
                .select(F.col("pos").alias(POS), F.col("label").alias(LABEL), "campaign_id", "campaign_size",
                        F.coalesce("campaign_links", F.lit("")).alias("campaign_links")))
    out = base.drop(*[c for c in CAMPAIGN_COLUMNS if c in base.columns]).join(per_post, POS)
    if scores is not None:
        value = F.col(scores).cast("double")
        best = out.groupBy(LABEL).agg(F.max(F.when(F.isnan(value), None).otherwise(value)).alias("campaign_score"))
        out = out.join(best, LABEL)
    posts = out.orderBy(POS).drop(POS, LABEL)
    return SparkCampaigns(posts=posts, indicators=indicators, common=common, cutoff=cutoff)
