"""Scoring on Dask: ``score_dask`` over a Dask DataFrame, ``score_parquet_dask`` over a folder of Parquet parts.

``score_dask`` maps :func:`ct_screen.batch.score_frame` over the partitions
(``map_partitions`` with the scored ``meta``): partitions, divisions and row
order stay as they were, and each row gets the cells ``score_frame`` gives it.
What travels with each task is a small :class:`~ct_screen.engines.common.PartitionOptions`;
each worker process builds its screener, and loads the model, once.

``score_parquet_dask`` is what ``ct-screen score --engine dask`` runs: one task
per input part, each streaming its part through :func:`ct_screen.batch.score_file`
(so a worker holds one chunk of rows at a time, and each output part is exactly
what ``ct-screen score`` writes for that part), into a hidden folder that
becomes the output folder when every part is done.
"""

from __future__ import annotations

import contextlib
import os
import resource
import shutil
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Hashable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from ..batch.atomic import TMP_SUFFIX, sweep_stale, tmp_prefix
from ..batch.columns import CT_COLUMNS
from ..batch.errors import BatchError
from ..batch.formats import FORMATS
from ..batch.options import ScoreOptions
from ..batch.progress import RunSummary
from .common import PartitionOptions, empty_scored

try:
    import dask.dataframe as dd
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    raise ImportError("ct_screen.dask needs Dask: pip install 'ct-screen[dask]'") from exc

__all__ = ["score_dask", "score_parquet_dask", "parquet_parts", "text_dtype"]

_TEXT_COLUMNS = tuple(c for c in CT_COLUMNS if c != "ct_score")


def text_dtype() -> Any:
    """The dtype pandas gives a column of text (``str`` under pandas 3, ``object`` before)."""
    return pd.Series(["text"]).dtype


def _meta(meta: pd.DataFrame) -> pd.DataFrame:
    out = empty_scored(meta)
    return out.astype(dict.fromkeys(_TEXT_COLUMNS, text_dtype()))


def _score_partition(frame: pd.DataFrame, options: PartitionOptions) -> pd.DataFrame:
    out = options.score(frame)
    # one dtype for the ct_* text columns in every partition, whatever its values (an all-empty column
    # would otherwise stay object while its neighbours are str)
    return out.astype(dict.fromkeys(_TEXT_COLUMNS, text_dtype()))


def score_dask(ddf: dd.DataFrame, text_columns: str | Sequence[Hashable] | None = None, *,
               options: ScoreOptions | None = None, **screen_options: Any) -> dd.DataFrame:
    """Screen every row of a Dask DataFrame; add the ``ct_*`` columns partition by partition.

    Parameters
    ----------
    ddf : dask.dataframe.DataFrame
        One post per row.
    text_columns : str or sequence, optional
        As in :func:`ct_screen.batch.score_frame` (default: the EMSCAD field
        names present, else one obvious text column).
    options : ScoreOptions, optional
        The run's options (:class:`ct_screen.batch.options.ScoreOptions`); the
        model and rules are paths every worker can read, and a thresholds file
        is read on the driver and sent as numbers. Not with ``text_columns`` or keywords.
    **screen_options
        The options as keywords instead: ``id_column``, ``model``, ``no_model``,
        ``rules``, ``max_chars``, ``chunk_size``, ``min_band``, ``thresholds``,
        ``model_sha256`` (as in ``score_file``).

    Returns
    -------
    dask.dataframe.DataFrame
        Lazy: ``ddf``'s columns, then ``ct_score`` (float64) and the ``ct_*``
        text columns, with ``ddf``'s partitions and divisions. A row that
        cannot be scored keeps its place and says why in ``ct_error``.

    Raises
    ------
    TypeError
        For ``jobs``, ``sort``, ``screener``, text-format options (a
        :class:`~ct_screen.engines.common.ClusterOptionError`) or an unknown option.
    BatchError
        At once (before anything runs) if a text column is missing or cannot
        be chosen, or the model or rules file does not exist.

    Examples
    --------
    >>> import dask.dataframe as dd, pandas as pd
    >>> from ct_screen.dask import score_dask
    >>> posts = dd.from_pandas(pd.DataFrame({"text": ["Pay a $50 registration fee, then WhatsApp me",
    ...                                                  "Nurse, Leeds"]}), npartitions=2)
    >>> score_dask(posts, model=None).compute()["ct_band"].tolist()
    ['review', 'low']
    """
    if not isinstance(ddf, dd.DataFrame):
        raise TypeError(f"score_dask() takes a dask DataFrame, not {type(ddf).__name__}")
    partition = PartitionOptions.build(text_columns, options=options, what="score_dask()", **screen_options)
    partition.resolve(list(ddf.columns))
    return ddf.map_partitions(_score_partition, partition, meta=_meta(ddf._meta))


# -- ct-screen score --engine dask ------------------------------------------------------------------------


def parquet_parts(input: str | os.PathLike[str]) -> list[Path]:
    """The Parquet parts under ``input`` (a folder, searched recursively, or one file), in name order.

    Hidden files and files starting with ``_`` (``_SUCCESS``, ``_metadata``) are skipped.

    Raises
    ------
    BatchError
        If ``input`` does not exist or holds no ``.parquet`` file.
    """
    root = Path(input)
    if root.is_file():
        return [root.resolve()]
    if not root.is_dir():
        raise BatchError("no such file or folder", path=str(root))
    parts = sorted(p for p in root.rglob("*") if p.is_file() and p.suffix in FORMATS["parquet"].suffixes
                   and not any(s.startswith((".", "_")) for s in p.relative_to(root).parts))
    if not parts:
        raise BatchError("no .parquet parts in this folder", path=str(root))
    return [p.resolve() for p in parts]


def _score_part(source: str, target: str, options: PartitionOptions) -> RunSummary:
    Path(target).parent.mkdir(parents=True, exist_ok=True)
    from ..batch.run import score_file

    return score_file(source, target, options.file_options())


def _peak_rss_mb() -> float:
    """Peak resident memory of this process, in MB."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1 << 20) if sys.platform == "darwin" else peak / 1024


@contextlib.contextmanager
def _client(scheduler: str, workers: int | None) -> Iterator[Any]:
    from dask.distributed import Client, LocalCluster

    if scheduler == "local":
        from ..batch.pool import default_jobs

        with LocalCluster(n_workers=workers or default_jobs(), threads_per_worker=1, processes=True,
                          dashboard_address=None) as cluster, Client(cluster) as client:
            yield client
    else:
        with Client(scheduler) as client:
            yield client


def _output_folder(output: str | os.PathLike[str]) -> Path:
    target = Path(output).resolve()
    if target.exists() and not (target.is_dir() and not any(target.iterdir())):
        raise BatchError("the output folder exists and is not empty; remove it or choose another", path=str(target))
    if not target.parent.is_dir():
        raise BatchError(f"cannot write: the folder {str(target.parent)!r} does not exist", path=str(target))
    return target


def _merge(summaries: Sequence[RunSummary], input: str, output: str, seconds: float, workers: int,
           notes: list[str]) -> RunSummary:
    bands: Counter[str] = Counter()
    for s in summaries:
        bands.update(s.bands)
    models = {s.model for s in summaries if s.rows}
    return RunSummary(input=input, output=output, rows=sum(s.rows for s in summaries),
                      written=sum(s.written for s in summaries), bands=dict(bands),
                      errors=sum(s.errors for s in summaries), warnings=sum(s.warnings for s in summaries),
                      seconds=seconds, jobs=workers, model=", ".join(sorted(models)) or "none",
                      text_columns=summaries[0].text_columns if summaries else (),
                      notes=tuple(dict.fromkeys(n for s in summaries for n in s.notes)) + tuple(notes))


def score_parquet_dask(input: str | os.PathLike[str], output: str | os.PathLike[str], *, scheduler: str = "local",
                       workers: int | None = None, text_columns: str | Sequence[Hashable] | None = None,
                       options: ScoreOptions | None = None, log: Callable[[str], None] | None = None,
                       progress: bool = False, **screen_options: Any) -> RunSummary:
    """Score a folder of Parquet parts on a Dask cluster into a folder with one scored part per input part.

    Parameters
    ----------
    input : path
        A folder of ``.parquet`` parts (searched recursively; sub-folders are
        kept in the output) or one Parquet file.
    output : path
        The output folder; it must not exist (or be empty). Parts keep their
        names and relative paths. It appears only when every part is scored.
    scheduler : str
        ``"local"`` (a ``LocalCluster`` of ``workers`` processes on this
        machine) or a scheduler address (``tcp://host:8786``) whose workers
        can read ``input`` and write beside ``output`` (a shared file system).
    workers : int, optional
        Worker processes of a local cluster (default: every core).
    text_columns, options, **screen_options
        As in :func:`score_dask` (``options.progress`` is not used: see ``progress``).
    log : callable, optional
        Receives notes (e.g. the peak memory of each worker).
    progress : bool
        Show a bar of parts done (standard error).

    Returns
    -------
    RunSummary
        Rows, bands and errors over all parts; ``jobs`` is the number of workers.

    Raises
    ------
    BatchError
        If the input holds no parts, the output folder is not empty, or a part
        cannot be read (no output folder is left behind).
    """
    started = time.perf_counter()
    partition = PartitionOptions.build(text_columns, options=options, what="score_parquet_dask()", **screen_options)
    parts = parquet_parts(input)
    root = Path(input).resolve()
    target = _output_folder(output)
    names = [p.name for p in parts] if root.is_file() else [str(p.relative_to(root)) for p in parts]
    sweep_stale(target.parent)
    staging = Path(tempfile.mkdtemp(prefix=tmp_prefix(target.name), suffix=TMP_SUFFIX, dir=target.parent))
    notes: list[str] = []
    try:
        with _client(scheduler, workers) as client:
            futures = client.map(_score_part, [str(p) for p in parts], [str(staging / n) for n in names],
                                 options=partition, pure=False)
            _wait(client, futures, progress)
            summaries = client.gather(futures)
            peaks = client.run(_peak_rss_mb)
            n_workers = len(peaks)
        notes.append("peak memory per worker: " + ", ".join(f"{mb:,.0f} MB" for mb in peaks.values()))
        if target.exists():
            target.rmdir()
        os.replace(staging, target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    if log is not None:
        for note in notes:
            log(note)
    return _merge(summaries, str(input), str(output), time.perf_counter() - started, n_workers, notes)


def _wait(client: Any, futures: list[Any], progress: bool) -> None:
    """Wait for every part; the first part that fails stops the run (the others are cancelled)."""
    from dask.distributed import as_completed

    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(total=len(futures), unit=" parts", desc="scoring", file=sys.stderr, leave=False)
    try:
        for future in as_completed(futures):
            if future.status == "error":
                error = future.exception()  # the part's error (a BatchError names the part)
                client.cancel([f for f in futures if f is not future])
                raise error
            if bar is not None:
                bar.update(1)
    finally:
        if bar is not None:
            bar.close()
