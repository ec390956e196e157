"""Bytes to text for the line formats: which codec, and what to do with bytes that do not decode.

Without an explicit encoding, input must be UTF-8 (a byte-order mark is
allowed): the first bytes that are not UTF-8 stop the run with the line they
are on and a hint (``--encoding latin-1``, ``cp1252``). With an explicit
encoding, text is decoded with it, and a row holding bytes that do not decode
is kept, flagged in ``ct_error`` and not scored; the bad bytes become U+FFFD.
"""

from __future__ import annotations

import codecs
import gzip
import os
import re
import zlib
from dataclasses import dataclass

from .errors import BatchError

__all__ = ["Decoding", "resolve_encoding", "BAD_BYTES", "has_bad_bytes", "repair", "check_utf8", "bad_byte_error"]

BAD_BYTES = re.compile("[\udc80-\udcff]")
"""Bytes that did not decode, as ``surrogateescape`` leaves them in the text."""
_LONE_SURROGATES = re.compile("[\ud800-\udfff]")
_BLOCK = 1 << 16


@dataclass(frozen=True)
class Decoding:
    """How to decode an input.

    Attributes
    ----------
    codec : str
        Python codec name (``utf-8-sig`` for UTF-8, so that a BOM is dropped).
    strict : bool
        ``True`` when no encoding was given: undecodable bytes are a file error.
    label : str
        The encoding as the user named it (for messages).
    """

    codec: str
    strict: bool
    label: str


def resolve_encoding(encoding: str | None) -> Decoding:
    """The decoding for ``--encoding`` (``None``: strict UTF-8).

    Raises
    ------
    BatchError
        If Python knows no such encoding.
    """
    if encoding is None:
        return Decoding("utf-8-sig", True, "UTF-8")
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        raise BatchError(f"unknown encoding {encoding!r} (try utf-8, latin-1, cp1252, utf-16)") from None
    return Decoding("utf-8-sig" if name in ("utf-8", "utf-8-sig") else name, False, encoding)


def has_bad_bytes(text: str) -> bool:
    """Whether ``text`` holds bytes that did not decode."""
    return BAD_BYTES.search(text) is not None


def repair(text: str) -> str:
    """``text`` with undecodable bytes and lone surrogates replaced by U+FFFD."""
    return _LONE_SURROGATES.sub("\ufffd", text)


def bad_byte_error(text: str, *, where: str, path: str, line: int | None) -> BatchError:
    """The file error for undecodable bytes met without ``--encoding``."""
    match = BAD_BYTES.search(text)
    byte = f"byte 0x{ord(match.group()) - 0xDC00:02X} " if match else ""
    return BatchError(f"{byte}{where} is not valid UTF-8. If the file is Latin-1 or a Windows export, pass "
                      "--encoding latin-1 (or cp1252); to score it as UTF-8 anyway and flag the rows with bad "
                      "bytes, pass --encoding utf-8", path=path, line=line)


def check_utf8(path: str | os.PathLike[str], name: str) -> None:
    """Read a whole (possibly gzip-compressed) file and stop at the first bytes that are not UTF-8.

    Cheap next to screening, and it fails before any work is done rather than
    hours into a run.

    Raises
    ------
    BatchError
        With the line of the first undecodable bytes.
    """
    decoder = codecs.getincrementaldecoder("utf-8")()
    lines = 0
    try:
        with open(path, "rb") as raw:
            compressed = raw.read(2) == b"\x1f\x8b"
            raw.seek(0)
            stream = gzip.GzipFile(fileobj=raw) if compressed else raw
            while block := stream.read(_BLOCK):
                try:
                    decoder.decode(block)
                except UnicodeDecodeError as exc:
                    at = max(0, exc.start - (len(exc.object) - len(block)))
                    line = lines + block.count(b"\n", 0, at) + 1
                    text = exc.object[exc.start:exc.end].decode("utf-8", "surrogateescape")
                    raise bad_byte_error(text, where="the text", path=name, line=line) from None
                lines += block.count(b"\n")
            decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        raise BatchError("the file ends in the middle of a UTF-8 character; pass --encoding to read it anyway",
                         path=name, line=lines + 1) from None
    except (OSError, EOFError, zlib.error) as exc:
        raise BatchError(f"cannot read: {exc}", path=name, line=lines + 1) from None
