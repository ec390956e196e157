"""``ct-screen score --engine dask``: check the command's options and run :func:`score_parquet_dask`.

This is command-line code (it raises click errors), so it lives in the CLI, not in
:mod:`ct_screen.engines`: the library never imports click.

``cmd_score`` hands over its parsed parameters; this module says which of them
mean nothing on a cluster (sorting, text formats, standard input and output)
and refuses them with a usage error rather than ignoring them.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from typing import Any

import click

from ..batch.frame import DEFAULT_CHUNK_SIZE, DEFAULT_MAX_CHARS
from ..batch.progress import RunSummary

__all__ = ["engine_runner", "ENGINES"]

ENGINES = ("local", "dask")
_TEXT_ONLY = {"encoding": "--encoding", "delimiter": "--delimiter", "raw": "--raw"}


def engine_runner(params: Mapping[str, Any], log: Callable[[str], None]) -> Callable[[], RunSummary]:
    """The run ``ct-screen score`` asked for on an engine, checked; call it to score.

    Raises
    ------
    click.UsageError
        For options that do not apply to the engine, or ``--scheduler`` with
        ``--engine local``.
    """
    engine, scheduler = params.get("engine", "local"), params.get("scheduler")
    if engine == "local":
        raise click.UsageError("--scheduler needs --engine dask")
    if engine != "dask":
        raise click.UsageError(f"unknown engine {engine!r}; choose from {', '.join(ENGINES)}")
    where = "with --engine dask, INPUT is a folder of Parquet parts (or one Parquet file) and -o an output folder"
    if params.get("input_path") == "-" or params.get("output") in (None, "-"):
        raise click.UsageError(f"{where}: standard input and output cannot be used")
    if params.get("sort"):
        raise click.UsageError("--sort does not apply to --engine dask: each part keeps its order "
                               "(sort the scored parts afterwards, e.g. by ct_score)")
    for name in ("input_format", "output_format"):
        if params.get(name) not in (None, "parquet"):
            raise click.UsageError(f"{where}: --{name.replace('_', '-')} can only be parquet")
    used = [flag for name, flag in _TEXT_ONLY.items() if params.get(name)]
    if used:
        raise click.UsageError(f"{', '.join(used)} apply to CSV/JSON lines, not to --engine dask (Parquet)")
    if params.get("model") is not None and params.get("no_model"):
        raise click.UsageError("--model and --no-model contradict each other")

    try:
        from ..engines.dask_engine import score_parquet_dask
    except ImportError as exc:
        raise click.ClickException(str(exc)) from None

    model = None if params.get("no_model") else (params.get("model") or "default")
    progress = not params.get("no_progress") and sys.stderr.isatty()

    def run() -> RunSummary:
        return score_parquet_dask(
            params["input_path"], params["output"], scheduler=scheduler or "local", workers=params.get("jobs"),
            text_columns=list(params.get("text_columns") or ()) or None, id_column=params.get("id_column"),
            min_band=params.get("min_band"), chunk_size=params.get("chunk_size") or DEFAULT_CHUNK_SIZE, rules=params.get("rules"),
            model=model, model_sha256=params.get("model_sha256"),
            max_chars=params.get("max_chars") or DEFAULT_MAX_CHARS, thresholds=params.get("thresholds"),
            log=log, progress=progress)

    return run
