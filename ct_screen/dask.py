"""Score posts on a Dask cluster (``pip install 'ct-screen[dask]'``).

>>> from ct_screen.dask import score_dask          # doctest: +SKIP
>>> scored = score_dask(dd.read_parquet("posts/"))  # doctest: +SKIP
>>> scored.to_parquet("scored/")                     # doctest: +SKIP

See :mod:`ct_screen.engines.dask_engine` and ``docs/at_scale.md``.
"""

from __future__ import annotations

from .engines.dask_engine import parquet_parts, score_dask, score_parquet_dask

__all__ = ["score_dask", "score_parquet_dask", "parquet_parts"]
