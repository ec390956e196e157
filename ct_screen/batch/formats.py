"""File formats of batch scoring: the one table of formats, which one a path is, and opening it (or stdin/stdout).

:data:`FORMATS` is the only place a format is known: its kind, the file-name
suffixes it is recognised by, the reader and the writer that handle it, and
how it is written (text or binary, compressible, its field delimiter). The
command-line choices, the readers' and writers' dispatch and the message for
an unknown suffix all come from it, so adding a format is one row here plus a
reader and a writer.

Built-in formats are ``csv``, ``tsv``, ``jsonl`` and ``parquet``; the text ones
may be gzip-compressed (``.csv.gz`` ...). The format comes from the file name
unless given; ``-`` is standard input or output. Compressed input is also
recognised by its magic bytes, whatever its name.
"""

from __future__ import annotations

import gzip
import importlib
import io
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, BinaryIO

from .errors import BatchError

__all__ = ["FileFormat", "FormatSpec", "FORMATS", "KINDS", "STDIO", "detect_format", "format_choices", "name_suffixes", "output_delimiter", "Source",
           "display_name"]


@dataclass(frozen=True)
class FormatSpec:
    """One row of the format table.

    Attributes
    ----------
    title : str
        The format's name in messages ("CSV", "Parquet").
    suffixes : tuple of str
        File-name suffixes (lower case, with the dot) that mean this format; the first is its name in messages.
    media_type : str
        The HTTP media type of the (uncompressed) format, for files served back.
    reader : callable or str
        ``reader(source, fmt, *, chunk_size, decoding, delimiter, path)`` returning a
        :class:`~ct_screen.batch.chunk.Reader`, or ``"module:name"`` of one (imported on first use, so a
        format's dependencies, such as pyarrow, load only when it is read).
    writer : callable or str
        ``writer(stream, fmt, columns, *, guard, delimiter)`` returning a
        :class:`~ct_screen.batch.writers.Writer`, or ``"module:name"`` of one.
    binary : bool
        Bytes that a terminal should not be sent; no text encoding applies.
    compressible : bool
        May be gzip-compressed as a whole (``.gz``).
    delimiter : str or None
        Field delimiter of a delimited text format.
    takes_delimiter : bool
        ``--delimiter`` also sets the delimiter of this format's output when the input has the same format.
    """

    title: str
    suffixes: tuple[str, ...]
    media_type: str
    reader: Callable[..., Any] | str
    writer: Callable[..., Any] | str
    binary: bool = False
    compressible: bool = True
    delimiter: str | None = None
    takes_delimiter: bool = False

    def open_reader(self) -> Callable[..., Any]:
        """The reader factory (imported now when given as ``"module:name"``)."""
        return _resolve(self.reader)

    def open_writer(self) -> Callable[..., Any]:
        """The writer factory (imported now when given as ``"module:name"``)."""
        return _resolve(self.writer)


def _resolve(target: Callable[..., Any] | str) -> Callable[..., Any]:
    if callable(target):
        return target
    module, _, name = target.partition(":")
    return getattr(importlib.import_module(module), name)


FORMATS: dict[str, FormatSpec] = {
    "csv": FormatSpec("CSV", (".csv",), "text/csv; charset=utf-8", "ct_screen.batch.read_csv:open_csv", "ct_screen.batch.writers:CsvWriter",
                      delimiter=",", takes_delimiter=True),
    "tsv": FormatSpec("TSV", (".tsv", ".tab"), "text/tab-separated-values; charset=utf-8", "ct_screen.batch.read_csv:open_csv", "ct_screen.batch.writers:CsvWriter",
                      delimiter="\t"),
    "jsonl": FormatSpec("JSON lines", (".jsonl", ".ndjson"), "application/x-ndjson", "ct_screen.batch.read_jsonl:open_jsonl",
                        "ct_screen.batch.writers:JsonlWriter"),
    "parquet": FormatSpec("Parquet", (".parquet", ".pq"), "application/vnd.apache.parquet", "ct_screen.batch.read_parquet:open_parquet",
                          "ct_screen.batch.writers:ParquetWriter", binary=True, compressible=False),
}
"""``{kind: FormatSpec}``: every format batch scoring and linking read and write."""
KINDS = tuple(FORMATS)
"""The built-in kinds (the table itself is :data:`FORMATS`)."""
STDIO = "-"
_GZIP_MAGIC = b"\x1f\x8b"


def format_choices() -> list[str]:
    """What ``--format`` and ``--input-format`` accept: every kind, then ``KIND.gz`` for the compressible ones."""
    return [*FORMATS, *(f"{kind}.gz" for kind, spec in FORMATS.items() if spec.compressible)]


def name_suffixes() -> tuple[str, ...]:
    """The suffix each format is named by (``.csv`` ...), then ``.gz`` forms of the compressible ones."""
    names = [spec.suffixes[0] for spec in FORMATS.values()]
    return (*names, *(f"{spec.suffixes[0]}.gz" for spec in FORMATS.values() if spec.compressible))


def _suffix_hint() -> str:
    names = "/".join(spec.suffixes[0] for spec in FORMATS.values())
    return f"name it {names} (optionally .gz) or give the format ({', '.join(FORMATS)})"


@dataclass(frozen=True)
class FileFormat:
    """A format and whether it is gzip-compressed."""

    kind: str
    gzip: bool = False

    def __post_init__(self) -> None:
        if self.kind not in FORMATS:
            raise BatchError(f"unknown format {self.kind!r}; choose one of {', '.join(FORMATS)}")
        if self.gzip and not self.spec.compressible:
            name = self.spec.suffixes[0]
            raise BatchError(f"{self.kind} is compressed inside the file; write {name}, not {name}.gz")

    @property
    def spec(self) -> FormatSpec:
        """The format's row of :data:`FORMATS`."""
        return FORMATS[self.kind]

    @property
    def delimiter(self) -> str:
        """Field delimiter of the text formats."""
        return self.spec.delimiter or ","

    def __str__(self) -> str:
        return self.kind + (".gz" if self.gzip else "")


def output_delimiter(in_fmt: FileFormat, out_fmt: FileFormat, delimiter: str | None) -> str | None:
    """The ``--delimiter`` that also applies to the output: when both formats are the same one that takes it."""
    same = out_fmt.kind == in_fmt.kind and out_fmt.spec.takes_delimiter
    return delimiter if (delimiter and same) else None


def display_name(path: str | os.PathLike[str] | None, *, output: bool = False) -> str:
    """How a path is named in messages (``<stdin>``/``<stdout>`` for ``-``)."""
    if path is None or str(path) == STDIO:
        return "<stdout>" if output else "<stdin>"
    return str(path)


def detect_format(path: str | os.PathLike[str] | None, explicit: str | None = None,
                  default: FileFormat | None = None) -> FileFormat:
    """The format of ``path``: from ``explicit`` (``csv``, ``jsonl.gz`` ...), else its name, else ``default``.

    Raises
    ------
    BatchError
        If the format cannot be told and no default is given.
    """
    name = "" if path is None or str(path) == STDIO else os.fspath(path).lower()
    compressed = name.endswith(".gz")
    if explicit:
        kind = explicit.lower().lstrip(".")
        if kind.endswith(".gz"):
            return FileFormat(kind[:-3], True)
        return FileFormat(kind, compressed)
    stem = name[:-3] if compressed else name
    for kind, spec in FORMATS.items():
        if stem.endswith(spec.suffixes):
            return FileFormat(kind, compressed)
    if default is not None:
        return FileFormat(default.kind, compressed or (default.gzip and not name))
    raise BatchError(f"cannot tell the format of {display_name(path)!r} from its name; {_suffix_hint()}")


class Source:
    """An opened input: the decompressed byte stream and how far through the file we are.

    Parameters
    ----------
    path : str or PathLike
        A file, or ``-`` for standard input.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.name = display_name(path)
        self.is_stdin = str(path) == STDIO
        self._owned: BinaryIO | None = None
        if self.is_stdin:
            raw: BinaryIO = sys.stdin.buffer
            self.size: int | None = None
        else:
            try:
                raw = open(path, "rb")  # noqa: SIM115 - closed in close()
            except FileNotFoundError:
                raise BatchError("no such file", path=self.name) from None
            except IsADirectoryError:
                raise BatchError("is a directory, not a file", path=self.name) from None
            except OSError as exc:
                raise BatchError(f"cannot open: {exc.strerror or exc}", path=self.name) from None
            self._owned = raw
            self.size = os.fstat(raw.fileno()).st_size
        self.raw = raw if isinstance(raw, io.BufferedReader) else io.BufferedReader(raw)  # type: ignore[arg-type]
        self.compressed = self.raw.peek(2)[:2] == _GZIP_MAGIC
        self.stream: BinaryIO = gzip.GzipFile(fileobj=self.raw, mode="rb") if self.compressed else self.raw  # type: ignore[assignment]

    def position(self) -> int:
        """Bytes of the (possibly compressed) file consumed so far."""
        try:
            return self.raw.tell()
        except (OSError, ValueError):
            return 0

    def close(self) -> None:
        if self.stream is not self.raw:
            self.stream.close()
        if self._owned is not None:
            self._owned.close()

    def __enter__(self) -> Source:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
