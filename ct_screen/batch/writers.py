"""Write scored chunks as CSV/TSV, JSON lines or Parquet, to a file or standard output.

Input values are written as they were read: strings unchanged, JSON values
with their JSON types, Parquet columns with their Arrow types. CSV and TSV
cells that a spreadsheet would run as a formula are neutralised (see
:mod:`ct_screen.batch.guard`) unless ``guard=False`` (``--raw``). Text that
cannot be encoded as UTF-8 (lone surrogates) is written as U+FFFD.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import datetime as dt
import decimal
import gzip
import io
import json
import math
from collections.abc import Sequence
from typing import Any, BinaryIO, Protocol

import numpy as np
import pandas as pd

from .columns import CT_COLUMNS, JSON_COLUMNS
from .errors import BatchError
from .formats import FileFormat
from .guard import FORMULA_PREFIXES

__all__ = ["Writer", "open_writer", "csv_cell", "json_value"]

_ERRORS = "ct-screen-replace"
codecs.register_error(_ERRORS, lambda exc: ("\ufffd" * (exc.end - exc.start), exc.end))  # type: ignore[arg-type]


def _missing(value: Any) -> bool:
    return value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float) and math.isnan(value))


def json_value(value: Any) -> Any:
    """A JSON-safe form of a cell (``None`` for missing values and non-finite floats)."""
    if isinstance(value, np.generic):
        value = value.item()
    if _missing(value):
        return None
    if isinstance(value, str | bool | int):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dt.datetime | dt.date | dt.time | pd.Timestamp):
        return value.isoformat()
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).decode("utf-8", "replace")
    if isinstance(value, np.ndarray):
        value = value.tolist()
    if isinstance(value, list | tuple):
        return [json_value(v) for v in value]
    if isinstance(value, dict):
        return {str(k): json_value(v) for k, v in value.items()}
    if isinstance(value, decimal.Decimal):
        return str(value)
    return str(value)


def csv_cell(value: Any) -> str:
    """A cell as CSV text: strings unchanged, JSON for lists and mappings, ``""`` for missing values."""
    if isinstance(value, str):
        return value
    value = json_value(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value
    if isinstance(value, float | int):
        return repr(value)
    return json.dumps(value, ensure_ascii=False)


class Writer(Protocol):
    """What every writer offers."""

    def write(self, frame: pd.DataFrame) -> None: ...

    def close(self) -> None: ...

    def abort(self) -> None:
        """Release the stream after a failure (the output is discarded)."""


class _TextWriter:
    def __init__(self, stream: BinaryIO, fmt: FileFormat) -> None:
        self._gzip = gzip.GzipFile(fileobj=stream, mode="wb", mtime=0) if fmt.gzip else None
        self._text = io.TextIOWrapper(self._gzip or stream, encoding="utf-8", errors=_ERRORS, newline="",
                                      write_through=False)

    def close(self) -> None:
        self._text.flush()
        self._text.detach()
        if self._gzip is not None:
            self._gzip.close()

    def abort(self) -> None:
        with contextlib.suppress(Exception):
            self._text.detach()


class CsvWriter(_TextWriter):
    """CSV or TSV with a header line; ``\\n`` line ends; cells quoted only when needed."""

    def __init__(self, stream: BinaryIO, fmt: FileFormat, columns: Sequence[Any], *, guard: bool = True,
                 delimiter: str | None = None) -> None:
        super().__init__(stream, fmt)
        sep = delimiter or fmt.delimiter
        self._csv = csv.writer(self._text, delimiter=sep, lineterminator="\n")
        # the csv module does not quote a lone "\r" when lines end in "\n": such rows are written fully quoted
        self._quoted = csv.writer(self._text, delimiter=sep, lineterminator="\n", quoting=csv.QUOTE_ALL)
        self._guard = guard
        self._row([self._cell(str(c)) for c in columns])

    def _row(self, row: Sequence[str]) -> None:
        (self._quoted if any("\r" in cell for cell in row) else self._csv).writerow(row)

    def _cell(self, text: str) -> str:
        return "'" + text if self._guard and text.startswith(FORMULA_PREFIXES) else text

    def write(self, frame: pd.DataFrame) -> None:
        columns = [[self._cell(csv_cell(v)) for v in frame.iloc[:, i].tolist()] for i in range(frame.shape[1])]
        for row in zip(*columns, strict=True):
            self._row(row)


class JsonlWriter(_TextWriter):
    """One JSON object per line, keys in column order."""

    def __init__(self, stream: BinaryIO, fmt: FileFormat, columns: Sequence[Any], **_: Any) -> None:
        super().__init__(stream, fmt)
        self._keys = [str(c) for c in columns]

    def write(self, frame: pd.DataFrame) -> None:
        columns = [frame.iloc[:, i].tolist() for i in range(frame.shape[1])]
        for i, name in enumerate(frame.columns):
            if name in JSON_COLUMNS:  # JSON text in the table, a structure in the file
                columns[i] = [json.loads(v) if isinstance(v, str) and v else None for v in columns[i]]
        dumps = json.dumps
        self._text.writelines(
            dumps({k: json_value(v) for k, v in zip(self._keys, row, strict=True)}, ensure_ascii=False) + "\n"
            for row in zip(*columns, strict=True))


def evidence_type() -> Any:
    """The Arrow type of ``ct_evidence`` in Parquet: a list of rule hits, each with its evidence spans."""
    import pyarrow as pa

    span = pa.struct([("start", pa.int64()), ("end", pa.int64()), ("text", pa.string()), ("field", pa.string()),
                      ("pattern", pa.string())])
    return pa.list_(pa.struct([("rule_id", pa.string()), ("category", pa.string()), ("evidence", pa.list_(span))]))


class ParquetWriter:
    """Parquet: the schema is fixed by the first chunk; text columns read as text are written as strings."""

    def __init__(self, stream: BinaryIO, fmt: FileFormat, columns: Sequence[Any], **_: Any) -> None:
        self._stream = stream
        self._names = [str(c) for c in columns]
        self._writer: Any = None
        self._schema: Any = None

    def _table(self, frame: pd.DataFrame) -> Any:
        import pyarrow as pa

        from .decoding import repair

        arrays = []
        for i in range(frame.shape[1]):
            series = frame.iloc[:, i]
            if frame.columns[i] in JSON_COLUMNS:
                values = [json.loads(repair(v)) if isinstance(v, str) and v else None for v in series.tolist()]
                arrays.append(pa.array(values, type=evidence_type()))
            elif series.dtype == object or (frame.columns[i] in CT_COLUMNS and frame.columns[i] != "ct_score"):
                values = [None if (v := csv_cell(x)) == "" and _missing(x) else repair(v) for x in series.tolist()]
                arrays.append(pa.array(values, type=pa.string()))
            elif frame.columns[i] == "ct_score":
                arrays.append(pa.array(series.to_numpy(dtype=np.float64), type=pa.float64(), from_pandas=True))
            else:
                arrays.append(pa.Array.from_pandas(series))
        return pa.Table.from_arrays(arrays, names=self._names)

    def write(self, frame: pd.DataFrame) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        table = self._table(frame)
        if self._writer is None:
            fields = [f.with_type(pa.string()) if pa.types.is_null(f.type) else f for f in table.schema]
            self._schema = pa.schema(fields)
            self._writer = pq.ParquetWriter(self._stream, self._schema, compression="zstd")
        try:
            table = table.cast(self._schema)
        except (pa.ArrowInvalid, pa.ArrowNotImplementedError, pa.ArrowTypeError) as exc:
            raise BatchError(f"a later chunk does not fit the Parquet schema of the first ({exc}); "
                             "write CSV or JSON lines instead") from None
        self._writer.write_table(table)

    def close(self) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        if self._writer is None:  # no rows: still a valid file with the columns
            schema = pa.schema([pa.field(n, pa.float64() if n == "ct_score" else evidence_type() if n in JSON_COLUMNS
                                         else pa.string()) for n in self._names])
            self._writer = pq.ParquetWriter(self._stream, schema)
        self._writer.close()

    def abort(self) -> None:
        if self._writer is not None:
            with contextlib.suppress(Exception):
                self._writer.close()
            self._writer = None


def open_writer(stream: BinaryIO, fmt: FileFormat, columns: Sequence[Any], *, guard: bool = True,
                delimiter: str | None = None) -> Writer:
    """A writer of ``fmt`` (its row of :data:`~.formats.FORMATS`) on a binary stream; the header (if any) is written at once."""
    return fmt.spec.open_writer()(stream, fmt, columns, guard=guard, delimiter=delimiter)
