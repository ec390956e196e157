"""Atomic output: write to a temporary file beside the target, rename it into place at the end.

An interrupted or failed run leaves no output file (and no half file under
the target's name); a previous file of that name is untouched until the new
one is complete. The temporary file is hidden (``.name.<host>-<pid>.XXXX.ct-tmp``)
and removed on any error, Ctrl-C included. A process killed outright (``kill -9``)
cannot remove it: the next run writing into that folder sweeps the temporary
files of ours that are older than it, made on this host by a process that is
gone (:func:`sweep_stale`).
"""

from __future__ import annotations

import contextlib
import glob
import hashlib
import os
import re
import shutil
import socket
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from .errors import BatchError
from .formats import STDIO

__all__ = ["atomic_output", "sweep_stale", "tmp_prefix", "TMP_SUFFIX"]

TMP_SUFFIX = ".ct-tmp"
_OURS = re.compile(r"\..+\.([0-9a-f]{8})-([0-9]+)\.[^.]+" + re.escape(TMP_SUFFIX) + r"\Z", re.DOTALL)


def _host() -> str:
    """A short, file-name-safe tag of this host (pids mean nothing on another machine)."""
    return hashlib.sha256(socket.gethostname().encode()).hexdigest()[:8]


def tmp_prefix(name: str) -> str:
    """The start of the name of a temporary file or folder of ours for output ``name`` (owner host and pid in it)."""
    return f".{name}.{_host()}-{os.getpid()}."


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):  # another user's process (or an absurd pid): leave it be
        return True
    return True


def sweep_stale(folder: str | os.PathLike[str], *, before: float | None = None) -> list[str]:
    """Remove temporary outputs of ours (files, or staging folders of the Dask engine) left in ``folder`` by
    killed runs; return their names.

    A file is removed only if its name says it was made by this library on this
    host, the process that made it is gone, and it was last written before
    ``before`` (default: now). Files of running processes, of other hosts and of
    other programs are left alone.
    """
    before = time.time() if before is None else before
    host, removed = _host(), []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        match = _OURS.match(entry.name)
        if match is None or match.group(1) != host or int(match.group(2)) == os.getpid() or _alive(int(match.group(2))):
            continue
        with contextlib.suppress(OSError):
            if entry.stat(follow_symlinks=False).st_mtime >= before:
                continue
            if entry.is_dir(follow_symlinks=False):
                shutil.rmtree(entry.path)
            else:
                os.unlink(entry.path)
            removed.append(entry.name)
    return removed


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
    sweep_stale(folder)
    prefix = tmp_prefix(target.name)
    committed, tmp = False, None
    try:
        try:
            fd, tmp = tempfile.mkstemp(prefix=prefix, suffix=TMP_SUFFIX, dir=folder)
        except OSError as exc:
            raise BatchError(f"cannot write in {str(folder)!r}: {exc.strerror or exc}", path=str(target)) from None
        with os.fdopen(fd, "wb") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; a normal file gets the usual mode
        os.replace(tmp, target)
        committed = True
    finally:
        if not committed:
            # a signal (SIGTERM unwinds like Ctrl-C) may land between the file's creation and ``tmp`` being
            # set: every file of this process for this target carries ``prefix``, so remove by it
            for stale in {*folder.glob(f"{glob.escape(prefix)}*{TMP_SUFFIX}"), *([Path(tmp)] if tmp else [])}:
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(stale)
