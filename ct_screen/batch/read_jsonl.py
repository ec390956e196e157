"""JSON lines: one JSON object per line; its keys are the columns.

The columns are every key of the file in first-seen order (a file is scanned
for its keys first; standard input, which cannot be read twice, takes the keys
of its first chunk, and a later row with a new key is flagged). Values keep
their JSON types. A line that is not a JSON object is kept as a row with
empty cells and ``ct_error``; if the first line is not JSON at all, the file is
not JSON lines and the run stops.
"""

from __future__ import annotations

import json
import os
import zlib
from collections.abc import Iterator
from itertools import chain
from typing import Any

import pandas as pd

from .chunk import Chunk
from .decoding import Decoding, bad_byte_error, repair
from .errors import BatchError
from .formats import FileFormat, Source

__all__ = ["JsonlReader", "open_jsonl"]


def _clean(value: Any) -> Any:
    """Lone surrogates (from ``\\ud800`` escapes) cannot be written as UTF-8: replace them."""
    if isinstance(value, str):
        return repair(value)
    if isinstance(value, list):
        return [_clean(v) for v in value]
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items()}
    return value


class JsonlReader:
    """Records of a JSON-lines file, ``chunk_size`` at a time."""

    def __init__(self, source: Source, decoding: Decoding, chunk_size: int,
                 path: str | os.PathLike[str] | None = None) -> None:
        self._source = source
        self._decoding = decoding
        self._chunk_size = chunk_size
        self.total_rows: int | None = None
        self.notes: list[str] = []
        self._lines = self._records(source)
        self._head: list[tuple[int, Any, str | None]] = []
        keys: dict[str, None] = {}
        if path is not None:
            with Source(path) as again:
                for _, record, _ in self._records(again):
                    if isinstance(record, dict):
                        keys.update(dict.fromkeys(record))
        else:
            for item in self._lines:
                self._head.append(item)
                if isinstance(item[1], dict):
                    keys.update(dict.fromkeys(item[1]))
                if len(self._head) >= chunk_size:
                    break
        if not keys:
            raise BatchError("no JSON object in the file (empty, or no line is an object)", path=source.name)
        self.columns = list(keys)

    def _decode(self, raw: bytes, line: int) -> tuple[str, str | None]:
        try:
            return raw.decode(self._decoding.codec), None
        except UnicodeDecodeError:
            text = raw.decode(self._decoding.codec, "surrogateescape")
            if self._decoding.strict:
                raise bad_byte_error(text, where="the line", path=self._source.name, line=line) from None
            return repair(text), f"undecodable bytes (line {line}: not valid {self._decoding.label})"

    def _records(self, source: Source) -> Iterator[tuple[int, Any, str | None]]:
        """``(line, object or None, error)`` for every non-blank line."""
        line = 0
        seen_json = False
        try:
            for raw in source.stream:
                line += 1
                if not raw.strip():
                    continue
                text, error = self._decode(raw, line)
                try:
                    value = _clean(json.loads(text))
                except json.JSONDecodeError as exc:
                    if not seen_json:
                        raise BatchError(f"not JSON lines ({exc.msg}); ct-screen reads one JSON object per line",
                                         path=source.name, line=line) from None
                    yield line, None, error or f"invalid JSON (line {line}): {exc.msg}, column {exc.colno}"
                    continue
                seen_json = True
                if not isinstance(value, dict):
                    yield line, None, error or f"line {line} is JSON but not an object ({type(value).__name__})"
                else:
                    yield line, value, error
        except (OSError, EOFError, zlib.error) as exc:
            raise BatchError(f"cannot read: {exc}", path=source.name, line=line + 1) from None

    def chunks(self) -> Iterator[Chunk]:
        rows: list[list[Any]] = []
        errors: list[str | None] = []
        done = 0
        lines = chain(self._head, self._lines)
        known = set(self.columns)
        for line, record, error in lines:
            if record is None:
                rows.append([None] * len(self.columns))
            else:
                rows.append([record.get(c) for c in self.columns])
                new = [k for k in record if k not in known]
                if new and error is None:
                    error = (f"line {line} has key(s) {', '.join(map(repr, new[:5]))} not in the first rows read "
                             "from standard input; they are not in the output (read from a file to keep them)")
            errors.append(error)
            if len(rows) >= self._chunk_size:
                yield self._chunk(rows, errors, done)
                done += len(rows)
                rows, errors = [], []
        if rows or done == 0:
            yield self._chunk(rows, errors, done)

    def _chunk(self, rows: list[list[Any]], errors: list[str | None], done: int) -> Chunk:
        frame = pd.DataFrame(rows, columns=self.columns, dtype=object) if rows else \
            pd.DataFrame({c: pd.Series([], dtype=object) for c in self.columns})
        frame.index = pd.RangeIndex(done, done + len(rows))
        return Chunk(frame, errors, position=self._source.position())


def open_jsonl(source: Source, fmt: FileFormat, *, chunk_size: int, decoding: Decoding, delimiter: str | None,
               path: str | os.PathLike[str] | None = None) -> JsonlReader:
    """The reader of JSON lines (a named file is read twice: once for the keys of every record)."""
    return JsonlReader(source, decoding, chunk_size, path=None if source.is_stdin else path)
