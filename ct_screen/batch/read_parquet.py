"""Parquet input, read in batches one row group at a time."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator

import pandas as pd

from .chunk import Chunk
from .errors import BatchError
from .formats import FileFormat, Source

__all__ = ["ParquetReader", "open_parquet"]


class ParquetReader:
    """Parquet, read in batches, one row group at a time (standard input is spooled to a temporary file).

    Each row group gets its own ``iter_batches``: one iterator over the whole
    file keeps what it has read in Arrow's memory pool until it ends (a 1M-row
    file of 16 row groups peaked at 800 MB that way, 215 MB this way).
    """

    def __init__(self, source: Source, chunk_size: int) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        self._source = source
        self._spool = None
        stream = source.stream
        if source.is_stdin:
            self._spool = tempfile.TemporaryFile()  # noqa: SIM115 - closed after the last chunk
            shutil.copyfileobj(stream, self._spool)
            self._spool.seek(0)
            stream = self._spool
        try:
            self._file = pq.ParquetFile(stream)
        except (pa.ArrowException, OSError) as exc:
            raise BatchError(f"not a readable Parquet file: {exc}", path=source.name) from None
        self.columns = list(self._file.schema_arrow.names)
        self.total_rows = self._file.metadata.num_rows
        self.notes: list[str] = []
        self._chunk_size = chunk_size

    def chunks(self) -> Iterator[Chunk]:
        import pyarrow as pa

        done = 0
        try:
            for group in range(self._file.num_row_groups):
                for batch in self._file.iter_batches(batch_size=self._chunk_size, row_groups=[group]):
                    frame = batch.to_pandas(types_mapper=pd.ArrowDtype)
                    frame.index = pd.RangeIndex(done, done + len(frame))
                    done += len(frame)
                    yield Chunk(frame, [None] * len(frame), position=done)
        except (pa.ArrowException, OSError) as exc:
            raise BatchError(f"cannot read after row {done}: {exc}", path=self._source.name) from None
        finally:
            if self._spool is not None:
                self._spool.close()


def open_parquet(source: Source, fmt: FileFormat, *, chunk_size: int, decoding: object, delimiter: str | None,
                 path: object = None) -> ParquetReader:
    """The reader of Parquet (no text encoding or delimiter applies)."""
    return ParquetReader(source, chunk_size)
