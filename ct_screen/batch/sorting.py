"""``--sort`` on a stream: highest score first, in memory that does not grow with the file.

Each scored chunk is sorted and spilled to a temporary file as a run of small
pickled slices. The runs are then merged (k-way, reading one slice of each run
at a time); when there are more than ``_FAN_IN`` runs they are first merged in
groups into longer runs (a classic multi-pass external sort), so at most
``_FAN_IN * _SLICE`` rows are held during a merge. Ties keep input order; rows
that could not be scored come last. A stream of a single chunk is sorted in
memory.
"""

from __future__ import annotations

import heapq
import math
import pickle
import tempfile
from collections.abc import Iterable, Iterator
from itertools import chain, islice
from operator import itemgetter
from typing import IO, Any

import pandas as pd

from .frame import sort_by_score

__all__ = ["sort_stream"]

_SLICE = 64
_FAN_IN = 64
Key = tuple[int, float, int]
Item = tuple[Key, tuple[Any, ...]]


def _rows(frame: pd.DataFrame) -> list[tuple[Any, ...]]:
    return list(zip(*(frame.iloc[:, i].tolist() for i in range(frame.shape[1])), strict=True))


def _key(score: float, seq: int) -> Key:
    return (1, 0.0, seq) if math.isnan(score) else (0, -score, seq)


def _write_run(spill: IO[bytes], items: Iterable[Item]) -> list[int]:
    """Write sorted items as slices; return the slices' offsets."""
    offsets: list[int] = []
    iterator = iter(items)
    while part := list(islice(iterator, _SLICE)):
        offsets.append(spill.tell())
        pickle.dump(part, spill, protocol=pickle.HIGHEST_PROTOCOL)
    return offsets


def _read_run(spill: IO[bytes], offsets: list[int]) -> Iterator[Item]:
    for offset in offsets:
        spill.seek(offset)
        yield from pickle.load(spill)


def _merge(spill: IO[bytes], runs: list[list[int]]) -> Iterator[Item]:
    return heapq.merge(*(_read_run(spill, offsets) for offsets in runs), key=itemgetter(0))


def _frame(rows: list[tuple[Any, ...]], columns: list[Any], dtypes: pd.Series) -> pd.DataFrame:
    by_column = list(zip(*rows, strict=True))
    frame = pd.DataFrame({i: pd.Series(by_column[i], dtype=dtypes.iloc[i]) for i in range(len(columns))})
    frame.columns = columns
    return frame


def sort_stream(frames: Iterable[pd.DataFrame], chunk_size: int) -> Iterator[pd.DataFrame]:
    """Yield the rows of ``frames`` by score, highest first, in frames of ``chunk_size`` rows.

    Parameters
    ----------
    frames : iterable of DataFrame
        Scored chunks (with ``ct_score``), in input order, all with the same columns.
    chunk_size : int
        Rows per output frame.
    """
    iterator = iter(frames)
    head = list(islice(iterator, 2))
    if len(head) < 2:  # one chunk: sort in memory
        for frame in head:
            yield sort_by_score(frame).reset_index(drop=True)
        return
    columns: list[Any] = list(head[0].columns)
    dtypes = head[0].dtypes
    score_at = columns.index("ct_score")
    spill = tempfile.TemporaryFile(prefix="ct-screen-sort-")  # noqa: SIM115 - closed in finally
    try:
        runs: list[list[int]] = []
        seq = 0
        for frame in chain(head, iterator):
            rows = _rows(frame)
            keyed = sorted(((_key(row[score_at], seq + i), row) for i, row in enumerate(rows)), key=itemgetter(0))
            seq += len(rows)
            runs.append(_write_run(spill, keyed))
        while len(runs) > _FAN_IN:  # merge groups of runs into longer runs, in a new file
            longer = tempfile.TemporaryFile(prefix="ct-screen-sort-")  # noqa: SIM115
            runs = [_write_run(longer, _merge(spill, runs[i:i + _FAN_IN])) for i in range(0, len(runs), _FAN_IN)]
            spill.close()
            spill = longer
        merged = _merge(spill, runs)
        while batch := [row for _, row in islice(merged, chunk_size)]:
            yield _frame(batch, columns, dtypes)
    finally:
        spill.close()
