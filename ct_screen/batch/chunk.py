"""What every reader yields and offers: :class:`Chunk`, the :class:`Reader` protocol, and header clean-up.

The readers of each format (``read_csv``, ``read_jsonl``, ``read_parquet``) and
the dispatch in :mod:`.readers` import this module; it imports none of them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Protocol

import pandas as pd

__all__ = ["Chunk", "Reader", "dedupe_header"]


@dataclass
class Chunk:
    """Up to ``chunk_size`` rows of the input.

    Attributes
    ----------
    frame : pandas.DataFrame
        The rows, with the file's columns, unchanged.
    errors : list of str or None
        Per row, why it cannot be scored (``None``: it can).
    warnings : list of str or None
        Per row, something the user should know about a row that is scored.
    position : int
        Bytes of the file consumed so far (0 when unknown).
    """

    frame: pd.DataFrame
    errors: list[str | None]
    warnings: list[str | None] = field(default_factory=list)
    position: int = 0

    def __post_init__(self) -> None:
        if not self.warnings:
            self.warnings = [None] * len(self.frame)


class Reader(Protocol):
    """What every reader offers."""

    columns: list[str]
    total_rows: int | None
    notes: list[str]

    def chunks(self) -> Iterator[Chunk]: ...


def dedupe_header(names: list[str]) -> tuple[list[str], list[str]]:
    """Make header names unique the way pandas does (``name``, ``name.1`` ...); return the notes."""
    seen: dict[str, int] = {}
    out, notes = [], []
    taken = set(names)
    for name in names:
        if name in seen:
            n = seen[name]
            new = f"{name}.{n}"
            while new in taken:
                n += 1
                new = f"{name}.{n}"
            seen[name] = n + 1
            taken.add(new)
            notes.append(f"column {name!r} appears more than once; the copy is read as {new!r}")
            out.append(new)
        else:
            seen[name] = 1
            out.append(name)
    return out, notes
