"""File formats of batch scoring: which one a path is, and opening it (or stdin/stdout).

Formats are ``csv``, ``tsv``, ``jsonl`` and ``parquet``; ``csv``, ``tsv`` and
``jsonl`` may be gzip-compressed (``.csv.gz`` ...). The format comes from the
file name unless given; ``-`` is standard input or output. Compressed input is
also recognised by its magic bytes, whatever its name.
"""

from __future__ import annotations

import gzip
import io
import os
import sys
from dataclasses import dataclass
from typing import BinaryIO

from .errors import BatchError

__all__ = ["FileFormat", "KINDS", "STDIO", "detect_format", "Source", "display_name"]

KINDS = ("csv", "tsv", "jsonl", "parquet")
STDIO = "-"
_SUFFIXES = {".csv": "csv", ".tsv": "tsv", ".tab": "tsv", ".jsonl": "jsonl", ".ndjson": "jsonl",
             ".parquet": "parquet", ".pq": "parquet"}
_GZIP_MAGIC = b"\x1f\x8b"


@dataclass(frozen=True)
class FileFormat:
    """A format and whether it is gzip-compressed."""

    kind: str
    gzip: bool = False

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise BatchError(f"unknown format {self.kind!r}; choose one of {', '.join(KINDS)}")
        if self.gzip and self.kind == "parquet":
            raise BatchError("parquet is compressed inside the file; write .parquet, not .parquet.gz")

    @property
    def delimiter(self) -> str:
        """Field delimiter of the text formats."""
        return "\t" if self.kind == "tsv" else ","

    def __str__(self) -> str:
        return self.kind + (".gz" if self.gzip else "")


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
    for suffix, kind in _SUFFIXES.items():
        if stem.endswith(suffix):
            return FileFormat(kind, compressed)
    if default is not None:
        return FileFormat(default.kind, compressed or (default.gzip and not name))
    raise BatchError(f"cannot tell the format of {display_name(path)!r} from its name; "
                     f"name it .csv/.tsv/.jsonl/.parquet (optionally .gz) or give the format ({', '.join(KINDS)})")


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
