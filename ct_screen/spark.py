"""Score and link posts on Spark (``pip install 'ct-screen[spark]'``).

>>> from ct_screen.spark import score_spark, link_spark      # doctest: +SKIP
>>> scored = score_spark(spark.read.parquet("posts/"))         # doctest: +SKIP
>>> linked = link_spark(scored, id_column="post_id", scores="ct_score")  # doctest: +SKIP

See :mod:`ct_screen.engines.spark_engine`, :mod:`ct_screen.engines.spark_link` and ``docs/at_scale.md``.
"""

from __future__ import annotations

from .engines.spark_engine import score_spark, scored_schema
from .engines.spark_link import SparkCampaigns, link_spark

__all__ = ["score_spark", "scored_schema", "link_spark", "SparkCampaigns"]
