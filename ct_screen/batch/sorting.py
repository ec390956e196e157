"""``--sort`` on a stream: highest score first, without holding the file in memory.

Each scored chunk is sorted and spilled to one temporary file in small
slices; the sorted runs are then merged (a k-way merge), reading one slice of
each run at a time. Ties keep input order; rows that could not be scored come
last. A stream of a single chunk is sorted in memory.
"""

from __future__ import annotations

import heapq
import math
import pickle
import tempfile
from collections.abc import Iterable, Iterator
from itertools import chain, islice
from typing import IO, Any

import pandas as pd

from .frame import sort_by_score

__all__ = ["sort_stream"]

_SLICE = 256
Key = tuple[int, float, int]


def _rows(frame: pd.DataFrame) -> list[tuple[Any, ...]]:
    return list(zip(*(frame.iloc[:, i].tolist() for i in range(frame.shape[1])), strict=True))


def _key(score: float, seq: int) -> Key:
    return (1, 0.0, seq) if math.isnan(score) else (0, -score, seq)


def _run(spill: IO[bytes], offsets: list[int]) -> Iterator[tuple[Key, tuple[Any, ...]]]:
    for offset in offsets:
        spill.seek(offset)
        yield from pickle.load(spill)


def _frame(rows: list[tuple[Any, ...]], columns: list[Any], dtypes: pd.Series) -> pd.DataFrame:
    by_column = list(zip(*rows, strict=True))
    data = {i: pd.Series(by_column[i], dtype=dtypes.iloc[i]) for i in range(len(columns))}
    frame = pd.DataFrame(data)
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
    with tempfile.TemporaryFile(prefix="ct-screen-sort-") as spill:
        runs: list[list[int]] = []
        seq = 0
        for frame in chain(head, iterator):
            rows = _rows(frame)
            keyed = sorted(((_key(row[score_at], seq + i), row) for i, row in enumerate(rows)), key=lambda kr: kr[0])
            seq += len(rows)
            offsets = []
            for a in range(0, len(keyed), _SLICE):
                offsets.append(spill.tell())
                pickle.dump(keyed[a:a + _SLICE], spill, protocol=pickle.HIGHEST_PROTOCOL)
            runs.append(offsets)
        merged = heapq.merge(*(_run(spill, offsets) for offsets in runs), key=lambda kr: kr[0])
        while batch := [row for _, row in islice(merged, chunk_size)]:
            yield _frame(batch, columns, dtypes)
