"""Scoring on Spark: ``score_spark`` maps ``score_frame`` over Arrow batches with ``mapInPandas``.

Each Spark task hands its rows to a Python worker in Arrow batches; every batch
is scored by :func:`ct_screen.batch.score_frame` and goes back with the
``ct_*`` columns added, in the same partition and the same order. The options
travel with the task (a few hundred bytes); the screener, and the model, are
built once per Python worker process and kept for every later task while Spark
reuses the worker (``spark.python.worker.reuse``, on by default).
"""

from __future__ import annotations

from collections.abc import Hashable, Iterator, Sequence
from typing import Any

import pandas as pd

from ..batch.columns import CT_COLUMNS
from ..batch.options import ScoreOptions
from .common import PartitionOptions

try:
    from pyspark.sql import DataFrame
    from pyspark.sql import types as T
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    raise ImportError("ct_screen.spark needs PySpark: pip install 'ct-screen[spark]'") from exc

__all__ = ["score_spark", "scored_schema", "plain_columns"]


def scored_schema(schema: T.StructType) -> T.StructType:
    """``schema`` without old ``ct_*`` fields, then ``ct_score`` (double) and the ``ct_*`` text fields (string)."""
    fields = [f for f in schema.fields if f.name not in CT_COLUMNS]
    fields += [T.StructField(name, T.DoubleType() if name == "ct_score" else T.StringType(), True)
               for name in CT_COLUMNS]
    return T.StructType(fields)


def plain_columns(frame: pd.DataFrame) -> pd.DataFrame:
    """Arrow-backed columns as numpy objects: PySpark turns a chunked Arrow column (a ``str`` column of pandas 3
    concatenated from chunks) into a ChunkedArray it cannot put in a record batch. The values do not change."""
    arrow = [c for c, dtype in frame.dtypes.items() if isinstance(dtype, pd.StringDtype | pd.ArrowDtype)]
    return frame.astype(dict.fromkeys(arrow, object)) if arrow else frame


def _scorer(options: PartitionOptions) -> Any:
    def score_batches(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        for frame in batches:
            yield plain_columns(options.score(frame))

    return score_batches


def score_spark(sdf: DataFrame, text_columns: str | Sequence[Hashable] | None = None, *,
                options: ScoreOptions | None = None, **screen_options: Any) -> DataFrame:
    """Screen every row of a Spark DataFrame; add the ``ct_*`` columns.

    Parameters
    ----------
    sdf : pyspark.sql.DataFrame
        One post per row.
    text_columns, options, **screen_options
        Which columns hold the post, and the other options of the run: a
        :class:`ct_screen.batch.options.ScoreOptions` or the same as keywords
        (``id_column``, ``model``, ``no_model``, ``rules``, ``max_chars``,
        ``chunk_size``, ``min_band``, ``thresholds``, ``model_sha256``), not both.
        Model and rules are paths every executor can read; a thresholds file is
        read on the driver and sent as numbers.

    Returns
    -------
    pyspark.sql.DataFrame
        Lazy: ``sdf``'s columns, then ``ct_score`` (double; null when not
        scored) and the ``ct_*`` string columns, partition by partition in
        ``sdf``'s order. A row that cannot be scored keeps its place and says
        why in ``ct_error``.

    Raises
    ------
    TypeError
        For ``jobs``, ``sort``, ``screener`` or an unknown option.
    BatchError
        At once if a text column is missing or cannot be chosen, or the model
        or rules file does not exist.

    Notes
    -----
    The executors' Python must have ct-screen installed (``PYSPARK_PYTHON``
    or ``spark.pyspark.python`` pointing at it); see ``docs/at_scale.md``.
    """
    if not isinstance(sdf, DataFrame):
        raise TypeError(f"score_spark() takes a pyspark DataFrame, not {type(sdf).__name__}")
    partition = PartitionOptions.build(text_columns, options=options, what="score_spark()", **screen_options)
    partition.resolve(sdf.columns)
    return sdf.mapInPandas(_scorer(partition), scored_schema(sdf.schema))
