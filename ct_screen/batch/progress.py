"""Progress bar and end-of-run summary of ``score_file``.

The bar (tqdm, on standard error) counts rows when the row count is known
(Parquet) and bytes of the input otherwise, with rows and rows/s beside it. It
is only shown on a terminal, and never when the output goes to a pipe or a
terminal on standard output.
"""

from __future__ import annotations

import os
import stat
import sys
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Progress", "RunSummary", "Tally", "progress_wanted"]


def _is_tty(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


def progress_wanted(output_is_stdout: bool) -> bool:
    """Whether to show a bar: standard error is a terminal, and the output is a file."""
    if not _is_tty(sys.stderr):
        return False
    if not output_is_stdout:
        return True
    try:  # standard output redirected to a regular file: fine; a pipe or the terminal: no bar
        return stat.S_ISREG(os.fstat(sys.stdout.fileno()).st_mode)
    except (AttributeError, OSError, ValueError):
        return False


class Progress:
    """A tqdm bar that may be switched off; ``update`` takes rows done and bytes read."""

    def __init__(self, enabled: bool, *, total_rows: int | None = None, total_bytes: int | None = None,
                 desc: str = "scoring") -> None:
        self._bar: Any = None
        self._by_bytes = total_rows is None and bool(total_bytes)
        self._rows = 0
        self._bytes = 0
        if enabled:
            from tqdm import tqdm

            tqdm.monitor_interval = 0  # no monitor thread: worker processes may then be forked safely
            if self._by_bytes:
                self._bar = tqdm(total=total_bytes, unit="B", unit_scale=True, unit_divisor=1024, desc=desc,
                                 file=sys.stderr, dynamic_ncols=True, leave=False)
            else:
                self._bar = tqdm(total=total_rows, unit=" rows", unit_scale=True, desc=desc, file=sys.stderr,
                                 dynamic_ncols=True, leave=False)

    def update(self, rows: int, position: int) -> None:
        self._rows += rows
        if self._bar is None:
            return
        if self._by_bytes:
            self._bar.update(max(0, position - self._bytes))
            self._bytes = max(self._bytes, position)
            elapsed = self._bar.format_dict.get("elapsed") or 0.0
            rate = f", {self._rows / elapsed:,.0f} rows/s" if elapsed > 0 else ""
            self._bar.set_postfix_str(f"{self._rows:,} rows{rate}", refresh=False)
        else:
            self._bar.update(rows)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None


@dataclass
class Tally:
    """Counts kept while rows stream by."""

    rows: int = 0
    written: int = 0
    bands: Counter[str] = field(default_factory=Counter)
    errors: int = 0
    warnings: int = 0
    chunks: int = 0
    model: str = "none"

    def add(self, bands: list[Any], errors: list[Any]) -> None:
        """Count a scored chunk (``ct_band`` and ``ct_error`` values; missing ones may be None or NaN)."""
        self.rows += len(bands)
        self.chunks += 1
        for band, error in zip(bands, errors, strict=True):
            if not isinstance(band, str):
                self.errors += 1
            else:
                self.bands[band] += 1
                if isinstance(error, str):
                    self.warnings += 1


@dataclass(frozen=True)
class RunSummary:
    """What a ``score_file`` run did.

    Attributes
    ----------
    input, output : str
        Where rows came from and went (``<stdin>``/``<stdout>``).
    rows : int
        Rows read (every one of them is in the output unless ``min_band`` filtered it).
    written : int
        Rows written.
    bands : dict
        Rows per band (``low``, ``review``, ``high``).
    errors : int
        Rows that could not be scored (``ct_error`` set, scores empty).
    warnings : int
        Scored rows with a warning in ``ct_error`` (ragged rows).
    seconds : float
        Wall time.
    jobs : int
        Worker processes used.
    model : str
        The model version, ``"none"`` for rules only.
    text_columns : tuple of str
        The columns screened.
    notes : tuple of str
        Things the user should know (duplicate header names, replaced ``ct_*`` columns ...).
    unseparated : int
        Input lines the reader could not separate into rows (swallowed by a
        quote left open to the end of the file; the row holding them is flagged).
    """

    input: str
    output: str
    rows: int
    written: int
    bands: dict[str, int]
    errors: int
    warnings: int
    seconds: float
    jobs: int
    model: str
    text_columns: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    unseparated: int = 0

    @property
    def rows_per_second(self) -> float:
        return self.rows / self.seconds if self.seconds > 0 else float("inf")

    def line(self) -> str:
        """The one-line summary printed on standard error."""
        bands = ", ".join(f"{self.bands.get(b, 0):,} {b}" for b in ("high", "review", "low"))
        model = "rules only" if self.model == "none" else f"model {self.model}"
        extra = f", {self.warnings:,} with warnings" if self.warnings else ""
        kept = "" if self.written == self.rows else f"; {self.written:,} written"
        if self.unseparated:
            kept += (f"; {self.unseparated:,} input line{'s' if self.unseparated != 1 else ''} could not be separated "
                     "into rows (unclosed quote, see ct_error)")
        return (f"ct-screen: {self.rows:,} rows in {self.seconds:.1f} s ({self.rows_per_second:,.0f} rows/s, "
                f"{self.jobs} job{'s' if self.jobs != 1 else ''}, {model}): {bands}, "
                f"{self.errors:,} not scored (see ct_error){extra}{kept} -> {self.output}")
