"""``ct-screen score --engine dask``: check the command line's part and run :func:`score_parquet_dask`.

This is command-line code (it raises click errors), so it lives in the CLI, not in
:mod:`ct_screen.engines`: the library never imports click.

``cmd_score`` hands over its :class:`~ct_screen.batch.options.ScoreOptions`; the
engine refuses the options that mean nothing on a cluster (sorting, text formats),
and this module what only the command line has (standard input and output, the scheduler).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import replace

import click

from ..batch.options import ScoreOptions
from ..batch.progress import RunSummary

__all__ = ["engine_runner", "ENGINES"]

ENGINES = ("local", "dask")


def engine_runner(engine: str, scheduler: str | None, input_path: str, output: str | None, options: ScoreOptions,
                  log: Callable[[str], None]) -> Callable[[], RunSummary]:
    """The run ``ct-screen score`` asked for on an engine; call it to score.

    Which options apply on a cluster is checked by the engine
    (:func:`ct_screen.engines.common.cluster_contradictions` when the run starts);
    this checks only what the command line adds: the engine, the scheduler and
    standard input and output.

    Raises
    ------
    click.UsageError
        For ``--scheduler`` with ``--engine local``, an unknown engine, or
        standard input or output with ``--engine dask``.
    """
    if engine == "local":
        raise click.UsageError("--scheduler needs --engine dask")
    if engine != "dask":
        raise click.UsageError(f"unknown engine {engine!r}; choose from {', '.join(ENGINES)}")
    if input_path == "-" or output in (None, "-"):
        raise click.UsageError("with --engine dask, INPUT is a folder of Parquet parts (or one Parquet file) and -o "
                               "an output folder: standard input and output cannot be used")
    try:
        from ..engines.dask_engine import score_parquet_dask
    except ImportError as exc:
        raise click.ClickException(str(exc)) from None

    progress = options.progress is not False and sys.stderr.isatty()
    on_cluster = replace(options, jobs=None, progress=None)  # -j is the number of local workers here

    def run() -> RunSummary:
        return score_parquet_dask(input_path, output, scheduler=scheduler or "local", workers=options.jobs,
                                  options=on_cluster, log=log, progress=progress)

    return run
