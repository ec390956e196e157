"""Atomic output: write to a temporary file beside the target, rename it into place at the end.

An interrupted or failed run leaves no output file (and no half file under
the target's name); a previous file of that name is untouched until the new
one is complete. The temporary file is hidden (``.name.ct-tmp-XXXX``) and
removed on any error, Ctrl-C included.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from .errors import BatchError
from .formats import STDIO

__all__ = ["atomic_output"]


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def atomic_output(path: str | os.PathLike[str] | None) -> Iterator[BinaryIO]:
    """A binary stream that becomes ``path`` only if the block finishes without an error.

    ``None`` or ``-`` is standard output, written as it goes (a pipe cannot be
    rewound).

    Raises
    ------
    BatchError
        If the folder does not exist or cannot be written.
    """
    if path is None or str(path) == STDIO:
        out = sys.stdout.buffer
        yield out
        out.flush()
        return
    target = Path(path)
    folder = target.parent
    if not folder.is_dir():
        raise BatchError(f"cannot write: the folder {str(folder)!r} does not exist", path=str(target))
    if target.is_dir():
        raise BatchError("cannot write: is a directory", path=str(target))
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".ct-tmp", dir=folder)
    except OSError as exc:
        raise BatchError(f"cannot write in {str(folder)!r}: {exc.strerror or exc}", path=str(target)) from None
    committed = False
    try:
        with os.fdopen(fd, "wb") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; a normal file gets the usual mode
        os.replace(tmp, target)
        committed = True
    finally:
        if not committed:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
