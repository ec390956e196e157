"""The one error type of batch scoring: a file that cannot be read or written at all.

A row that cannot be scored is never an exception: it gets ``ct_error`` and the
run goes on. :class:`BatchError` is for the file itself (missing, not the
format it claims, not decodable without ``--encoding``, a column that is not
there), and always says where: the path and, when known, the line.
"""

from __future__ import annotations

__all__ = ["BatchError"]


class BatchError(ValueError):
    """A file-level problem, with the path and line it happened at.

    Parameters
    ----------
    message : str
        What went wrong and, where possible, what to do about it.
    path : str, optional
        The file (``"<stdin>"`` for standard input).
    line : int, optional
        The 1-based physical line of the file.
    """

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None) -> None:
        self.path = path
        self.line = line
        self.reason = message
        where = ""
        if path is not None:
            where = f"{path}: " if line is None else f"{path}: line {line}: "
        super().__init__(f"{where}{message}")
