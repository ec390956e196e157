"""Read an input file as a header and a stream of chunks of rows.

Which reader reads a format is its row of :data:`~.formats.FORMATS`. Every reader yields :class:`Chunk` objects of at most ``chunk_size`` rows: the
rows as a DataFrame of the file's own columns, plus, per row, the reason it
cannot be scored (undecodable bytes, a ragged row, a broken JSON line) or a
warning. A reader never drops a row, and never holds more than one chunk.
"""

from __future__ import annotations

import os
import sys

from .chunk import Chunk, Reader, dedupe_header
from .decoding import resolve_encoding
from .formats import FileFormat, Source

__all__ = ["Chunk", "Reader", "open_reader", "dedupe_header", "stdin_is_terminal"]


def open_reader(source: Source, fmt: FileFormat, *, chunk_size: int, encoding: str | None = None,
                delimiter: str | None = None, path: str | os.PathLike[str] | None = None) -> Reader:
    """A reader for ``source`` in format ``fmt``.

    Parameters
    ----------
    source : Source
        The opened input.
    fmt : FileFormat
        Its format.
    chunk_size : int
        Rows per chunk.
    encoding : str, optional
        Text encoding (line formats); ``None`` is strict UTF-8.
    delimiter : str, optional
        Field delimiter for CSV/TSV (default: from the format).
    path : path, optional
        The input path, for formats that read the file twice (JSON lines: keys).

    Raises
    ------
    BatchError
        If the file cannot be read at all.
    """
    decoding = resolve_encoding(encoding)
    return fmt.spec.open_reader()(source, fmt, chunk_size=chunk_size, decoding=decoding, delimiter=delimiter,
                                  path=path)


def stdin_is_terminal() -> bool:
    """Whether standard input is a terminal (nothing piped in)."""
    try:
        return sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False
