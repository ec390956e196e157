"""Adapters that run batch scoring and campaign linking on the engines platforms already operate.

* :mod:`ct_screen.dask` (``pip install ct-screen[dask]``): ``score_dask`` over a
  Dask DataFrame, and ``score_parquet_dask`` behind ``ct-screen score --engine dask``.
* :mod:`ct_screen.spark` (``pip install ct-screen[spark]``): ``score_spark`` over a
  Spark DataFrame and ``link_spark`` for campaign linking at that scale.

Both only call :func:`ct_screen.batch.score_frame`, :func:`ct_screen.batch.score_file`
and :mod:`ct_screen.link` partition by partition, so a row gets exactly the cells
it gets on one machine. Nothing here is imported by ``import ct_screen``.
"""
