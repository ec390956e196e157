"""CSV and TSV, read with the :mod:`csv` module: quoted newlines, embedded delimiters and quotes,
a byte-order mark, Windows line endings, huge cells and ragged rows.

Every cell is read as a string, unchanged (no number or missing-value
guessing: ``"007"`` stays ``"007"``, ``"NA"`` stays ``"NA"``). A row with fewer
cells than the header is padded with empty cells and scored, with a warning;
a row with more cells keeps the extra cells (joined with the delimiter) in its
last column and is not scored, since its cells may be shifted.

A quote left open swallows every later line into one cell. The reader notices
when a record ran into the end of the file inside a quote: that row is kept
and flagged (not scored), and :attr:`CsvReader.unseparated` counts the input
lines it swallowed, which the run summary reports.
"""

from __future__ import annotations

import csv
import io
import zlib
from collections.abc import Iterator

import pandas as pd

from .chunk import Chunk, dedupe_header
from .decoding import Decoding, bad_byte_error, has_bad_bytes, repair
from .errors import BatchError
from .formats import FileFormat, Source

__all__ = ["CsvReader", "FIELD_LIMIT", "open_csv"]

FIELD_LIMIT = 64 * 1024 * 1024
"""Largest cell the parser accepts (characters); a larger one almost always means an unclosed quote."""


def _raise_field_limit() -> None:
    if csv.field_size_limit() < FIELD_LIMIT:
        csv.field_size_limit(FIELD_LIMIT)


class CsvReader:
    """Rows of a CSV/TSV file, ``chunk_size`` at a time."""

    def __init__(self, source: Source, decoding: Decoding, chunk_size: int, delimiter: str) -> None:
        _raise_field_limit()
        self._source = source
        self._decoding = decoding
        self._chunk_size = chunk_size
        self._delimiter = delimiter
        self._text = io.TextIOWrapper(source.stream, encoding=decoding.codec, errors="surrogateescape", newline="")
        self._record_lines: list[str] = []  # the physical lines of the record being read
        self._at_end = False
        self._rows = csv.reader(self._lines(), delimiter=delimiter, strict=False)
        self.total_rows: int | None = None
        self.unseparated = 0
        """Input lines swallowed by a quote left open at the end of the file (not separated into rows)."""
        header = self._next()
        while header == []:  # blank lines before the header
            header = self._next()
        if header is None:
            raise BatchError("empty file: no header line", path=source.name, line=1)
        if header and header[0].startswith("\ufeff"):
            header[0] = header[0][1:]
        if any(has_bad_bytes(h) for h in header):
            if decoding.strict:
                raise bad_byte_error("".join(header), where="the header", path=source.name, line=1)
            header = [repair(h) for h in header]
        self.columns, self.notes = dedupe_header(header)

    def _lines(self) -> Iterator[str]:
        for line in self._text:
            self._record_lines.append(line)
            yield line
        self._at_end = True

    def _open_quote_at_end(self) -> bool:
        """Whether the record just read ended at the end of the file inside a quoted cell."""
        if not self._at_end or not self._record_lines:
            return False
        try:
            for _ in csv.reader(self._record_lines, delimiter=self._delimiter, strict=True):
                pass
        except csv.Error as exc:
            return "end of data" in str(exc)
        return False

    def _next(self) -> list[str] | None:
        line = self._rows.line_num + 1
        self._record_lines.clear()
        try:
            return next(self._rows)
        except StopIteration:
            return None
        except csv.Error as exc:
            hint = " (a cell this large usually means an unclosed quote)" if "field limit" in str(exc) else ""
            raise BatchError(f"cannot parse CSV: {exc}{hint}", path=self._source.name, line=line) from None
        except (OSError, EOFError, zlib.error) as exc:
            raise BatchError(f"cannot read: {exc}", path=self._source.name, line=line) from None

    def _check(self, record: list[str], line: int) -> tuple[list[str], str | None, str | None]:
        """The row's cells, why it is not scored, and a warning."""
        error = warning = None
        if any(has_bad_bytes(cell) for cell in record):
            bad = next(i for i, cell in enumerate(record) if has_bad_bytes(cell))
            column = self.columns[bad] if bad < len(self.columns) else f"extra cell {bad + 1}"
            if self._decoding.strict:
                raise bad_byte_error(record[bad], where=f"column {column!r}", path=self._source.name, line=line)
            error = f"undecodable bytes in column {column!r} (line {line}: not valid {self._decoding.label})"
            record = [repair(cell) for cell in record]
        width = len(self.columns)
        if len(record) < width:
            warning = (f"ragged row (line {line}): {len(record)} cells where the header has {width}; "
                       "the missing cells are left empty")
            record = record + [""] * (width - len(record))
        elif len(record) > width:
            error = error or (f"ragged row (line {line}): {len(record)} cells where the header has {width}; "
                              "not scored, the extra cells are kept in the last column")
            record = record[:width - 1] + [self._delimiter.join(record[width - 1:])] if width else []
        return record, error, warning

    def chunks(self) -> Iterator[Chunk]:
        rows: list[list[str]] = []
        errors: list[str | None] = []
        warnings: list[str | None] = []
        done = 0
        while True:
            line = self._rows.line_num + 1
            record = self._next()
            if record is None:
                break
            if not record:  # a blank line is not a row
                continue
            cells, error, warning = self._check(record, line)
            if self._open_quote_at_end():
                swallowed = len(self._record_lines) - 1
                self.unseparated += swallowed
                error = (f"unclosed quote (line {line}): a quoted cell runs to the end of the file"
                         + (f", swallowing the {swallowed:,} line{'s' if swallowed != 1 else ''} after it, which "
                            "could not be separated into rows" if swallowed else "") +
                         "; not scored (close the quote and run again)")
            rows.append(cells)
            errors.append(error)
            warnings.append(warning)
            if len(rows) >= self._chunk_size:
                yield self._chunk(rows, errors, warnings, done)
                done += len(rows)
                rows, errors, warnings = [], [], []
        if rows or done == 0:
            yield self._chunk(rows, errors, warnings, done)

    def _chunk(self, rows: list[list[str]], errors: list[str | None], warnings: list[str | None],
               done: int) -> Chunk:
        frame = pd.DataFrame(rows, columns=self.columns, dtype=object) if rows else \
            pd.DataFrame({c: pd.Series([], dtype=object) for c in self.columns})
        frame.index = pd.RangeIndex(done, done + len(rows))
        return Chunk(frame, errors, warnings, self._source.position())


def open_csv(source: Source, fmt: FileFormat, *, chunk_size: int, decoding: Decoding, delimiter: str | None,
             path: object = None) -> CsvReader:
    """The reader of a delimited text format (CSV, TSV): ``delimiter`` or the format's own.

    Raises
    ------
    BatchError
        If ``delimiter`` is not one character.
    """
    if delimiter is not None and len(delimiter) != 1:
        raise BatchError(f"the delimiter must be one character, not {delimiter!r}")
    return CsvReader(source, decoding, chunk_size, delimiter or fmt.delimiter)
