"""Link the rows of a file (or of a scoring run's stream) and write them back with campaign columns.

Linking needs every row before it can say anything about the first, so it
runs in two passes over a stream of chunks: pass one extracts each row's
linking keys and spills the chunk, unchanged, to a temporary file; then the
campaigns are built; pass two reads the spilled chunks back and adds
``ct_campaign``, ``ct_campaign_size``, ``ct_campaign_links`` (and
``ct_campaign_score`` when there are scores). Memory holds the compact linking
keys and one chunk, never the file. Reading and writing reuse
:mod:`ct_screen.batch` (formats, CSV-injection guard, atomic output).
"""

from __future__ import annotations

import pickle
import sys
import tempfile
import time
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import IO, Any

import numpy as np
import pandas as pd

from ..batch.atomic import atomic_output
from ..batch.columns import CT_COLUMNS, ColumnPlan, resolve_columns
from ..batch.formats import STDIO, FileFormat, Source, detect_format, display_name, output_delimiter
from ..batch.frame import prepare
from ..batch.progress import Progress, progress_wanted
from ..batch.readers import open_reader
from ..batch.writers import open_writer
from .campaigns import Campaigns
from .linker import Linker

__all__ = ["LINK_COLUMNS", "SCORE_COLUMN", "LinkSummary", "link_stream", "link_stage", "link_file"]

LINK_COLUMNS = ("ct_campaign", "ct_campaign_size", "ct_campaign_links")
"""Columns added after the input's own."""
SCORE_COLUMN = "ct_campaign_score"
"""Added when member scores are known (a ``ct_score`` column): the campaign's highest member score."""
_ALL = (*LINK_COLUMNS, SCORE_COLUMN)


@dataclass(frozen=True)
class LinkSummary:
    """What a linking run did."""

    input: str
    output: str
    rows: int
    campaigns: int
    campaigns_2plus: int
    posts_in_campaigns_2plus: int
    largest: int
    common: tuple[tuple[str, int], ...]
    cutoff: int
    unread: int
    seconds: float
    graph: str | None = None
    notes: tuple[str, ...] = field(default_factory=tuple)

    def line(self) -> str:
        """One line for standard error."""
        text = (f"ct-screen: linked {self.rows:,} rows into {self.campaigns:,} campaigns "
                f"({self.campaigns_2plus:,} of 2+ posts holding {self.posts_in_campaigns_2plus:,} rows; "
                f"largest {self.largest:,}) in {self.seconds:.1f}s")
        if self.common:
            shown = ", ".join(f"{v} ({n})" for v, n in self.common[:3])
            text += (f"; {len(self.common)} value(s) shared by more than {self.cutoff:,} rows reported, "
                     f"not linked: {shown}")
        if self.unread:
            text += f"; {self.unread} row(s) could not be read and stand alone"
        if self.graph:
            text += f"; graph written to {self.graph}"
        return text


class _Spill:
    """Chunks pickled to an anonymous temporary file and read back in order (our own file only)."""

    def __init__(self) -> None:
        self._file: IO[bytes] = tempfile.TemporaryFile(prefix="ct-screen-link-")  # noqa: SIM115 - see close()
        self._count = 0

    def put(self, item: Any) -> None:
        pickle.dump(item, self._file, protocol=pickle.HIGHEST_PROTOCOL)
        self._count += 1

    def items(self) -> Iterator[Any]:
        self._file.seek(0)
        for _ in range(self._count):
            yield pickle.load(self._file)

    def close(self) -> None:
        self._file.close()


def _scores(frame: pd.DataFrame, column: str | None) -> np.ndarray:
    if column is None or column not in frame.columns:
        return np.full(len(frame), np.nan)
    return pd.to_numeric(frame[column], errors="coerce").to_numpy(dtype=np.float64, na_value=np.nan)


def _posts(frame: pd.DataFrame, plan: ColumnPlan, row_errors: Sequence[str | None] | None
           ) -> tuple[list[Any], list[str | None]]:
    """One post per row (``""`` for a row that cannot be read), and per row why it is not linked."""
    posts, rows, errors = prepare(frame, plan, max_chars=sys.maxsize, row_errors=row_errors)
    out: list[Any] = [""] * len(frame)
    for row, post in zip(rows, posts, strict=True):
        out[row] = post
    notes = [None if e is None or e.startswith("empty text") else f"not linked: {e}" for e in errors]
    return out, notes


def _with_columns(frame: pd.DataFrame, campaigns: Campaigns, start: int, notes: Sequence[str | None],
                  scored: bool) -> pd.DataFrame:
    stop = start + len(frame)
    labels = campaigns.labels[start:stop]
    out = frame.drop(columns=[c for c in frame.columns if c in _ALL])
    out["ct_campaign"] = np.array([campaigns.campaign_ids[i] for i in labels], dtype=object)
    out["ct_campaign_size"] = campaigns.sizes[labels].astype(np.int64)
    links = campaigns.post_links(start, stop)
    out["ct_campaign_links"] = np.array([n if n else lk for lk, n in zip(links, notes, strict=True)], dtype=object)
    if scored and campaigns.campaign_scores is not None:
        out[SCORE_COLUMN] = campaigns.campaign_scores[labels]
    return out


def link_stream(chunks: Iterable[tuple[pd.DataFrame, Sequence[str | None] | None]], *,
                text_columns: str | Sequence[Hashable] | None = None, id_column: Hashable | None = None,
                score_column: str | None = None, graph: str | None = None, jobs: int = 1,
                on_done: Callable[[Campaigns], None] | None = None, source: str | None = None,
                **link_options: Any) -> Iterator[pd.DataFrame]:
    """Link a stream of ``(frame, row_errors)`` chunks; yield the frames with the campaign columns.

    Parameters
    ----------
    chunks : iterable of (DataFrame, list or None)
        The rows in input order, with the reader's per-row errors.
    text_columns, id_column
        As in :func:`ct_screen.batch.columns.resolve_columns` (``ct_*`` columns are never text).
    score_column : str, optional
        Column of member scores (``ct_score``): adds ``ct_campaign_score``.
    graph : path, optional
        Also write the post–indicator graph (``.graphml`` or ``.json``).
    jobs : int
        Processes for key extraction.
    on_done : callable, optional
        Called with the :class:`Campaigns` once they are built.
    **link_options
        ``template_threshold``, ``max_share``, ``min_common``, ``link_on`` (see :func:`ct_screen.link_posts`).
    """
    spill = _Spill()
    try:
        ids: list[Any] = []
        scores: list[np.ndarray] = []
        plan: ColumnPlan | None = None
        scored = False
        with Linker(n_jobs=jobs, **link_options) as linker:
            for frame, row_errors in chunks:
                if plan is None:
                    own = [c for c in frame.columns if c not in CT_COLUMNS and c not in _ALL]
                    plan = resolve_columns(own, text_columns, id_column, source=source)
                    scored = score_column is not None and score_column in frame.columns
                posts, notes = _posts(frame, plan, row_errors)
                linker.add(posts)
                ids += frame[id_column].tolist() if id_column is not None else range(len(ids), len(ids) + len(frame))
                scores.append(_scores(frame, score_column if scored else None))
                spill.put((frame, notes))
            campaigns = linker.finish(ids=ids, scores=np.concatenate(scores) if scored and scores else None)
        del ids, scores
        if graph is not None:
            campaigns.write_graph(graph)
        if on_done is not None:
            on_done(campaigns)
        start = 0
        for frame, notes in spill.items():
            yield _with_columns(frame, campaigns, start, notes, scored)
            start += len(frame)
    finally:
        spill.close()


def link_stage(*, text_columns: str | Sequence[Hashable] | None = None, id_column: Hashable | None = None,
               graph: str | None = None, jobs: int = 1, on_done: Callable[[Campaigns], None] | None = None,
               **link_options: Any) -> Callable[[Iterator[pd.DataFrame]], Iterator[pd.DataFrame]]:
    """A stage for :func:`ct_screen.batch.score_file` (``ct-screen score --link``): campaign columns with scores."""
    def stage(frames: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        return link_stream(((f, None) for f in frames), text_columns=text_columns, id_column=id_column,
                           score_column="ct_score", graph=graph, jobs=jobs, on_done=on_done, **link_options)
    return stage


def link_file(input: str, output: str | None = None, *, graph: str | None = None,
              text_columns: str | Sequence[Hashable] | None = None, id_column: Hashable | None = None,
              score_column: str | None = "ct_score", jobs: int = 1, chunk_size: int = 2000,
              input_format: str | None = None, output_format: str | None = None, encoding: str | None = None,
              delimiter: str | None = None, raw: bool = False, progress: bool | None = None,
              **link_options: Any) -> LinkSummary:
    """Link the rows of a file and write every row back, in order, with the campaign columns.

    Parameters
    ----------
    input, output : path
        As in :func:`ct_screen.batch.score_file` (``-`` or ``None``: standard input/output).
    graph : path, optional
        Also write the post–indicator graph (``.graphml`` or ``.json``).
    score_column : str, optional
        When the input has this column (default ``ct_score``: a scored file),
        ``ct_campaign_score`` is added.
    **link_options
        ``template_threshold``, ``max_share``, ``min_common``, ``link_on``.

    Raises
    ------
    ct_screen.batch.BatchError
        If the input cannot be read or the output written; no output file is left behind.
    """
    started = time.perf_counter()
    stdin, stdout = str(input) == STDIO, output is None or str(output) == STDIO
    in_fmt = detect_format(input, input_format, default=FileFormat("csv") if stdin else None)
    out_fmt = (detect_format(None, output_format, default=FileFormat(in_fmt.kind)) if stdout
               else detect_format(output, output_format))
    found: list[Campaigns] = []
    with Source(input) as source:
        reader = open_reader(source, in_fmt, chunk_size=chunk_size, encoding=encoding, delimiter=delimiter, path=input)
        notes = list(reader.notes)
        stale = [c for c in reader.columns if c in _ALL]
        if stale:
            notes.append(f"the input already has {', '.join(stale)}: replaced by this run's campaigns")
        bar = Progress(progress_wanted(stdout) if progress is None else progress, total_rows=reader.total_rows,
                       total_bytes=source.size, desc="linking")

        def chunks() -> Iterator[tuple[pd.DataFrame, Sequence[str | None]]]:
            for chunk in reader.chunks():
                bar.update(len(chunk.frame), chunk.position)
                yield chunk.frame, chunk.errors

        try:
            stream = link_stream(chunks(), text_columns=text_columns, id_column=id_column,
                                 score_column=score_column, graph=graph, jobs=jobs, on_done=found.append,
                                 source=source.name, **link_options)
            out_delimiter = output_delimiter(in_fmt, out_fmt, delimiter)
            with atomic_output(output) as out:
                writer = None
                unread = 0
                for frame in stream:
                    bar.close()
                    unread += int(frame["ct_campaign_links"].str.startswith("not linked: ").sum())
                    writer = writer or open_writer(out, out_fmt, list(frame.columns), guard=not raw,
                                                   delimiter=out_delimiter)
                    writer.write(frame)
                if writer is None:
                    columns = [c for c in reader.columns if c not in _ALL] + list(LINK_COLUMNS)
                    writer = open_writer(out, out_fmt, columns, guard=not raw, delimiter=out_delimiter)
                writer.close()
        finally:
            bar.close()
    campaigns = found[0] if found else None
    summary = campaigns.summary() if campaigns is not None else {}
    return LinkSummary(
        input=source.name, output=display_name(output, output=True), rows=summary.get("posts", 0),
        campaigns=summary.get("campaigns", 0), campaigns_2plus=summary.get("campaigns_2plus", 0),
        posts_in_campaigns_2plus=summary.get("posts_in_campaigns_2plus", 0), largest=summary.get("largest", 0),
        common=tuple((i.key, i.posts) for i in campaigns.common) if campaigns is not None else (),
        cutoff=campaigns.cutoff if campaigns is not None else 0, unread=unread,
        seconds=time.perf_counter() - started, graph=str(graph) if graph else None, notes=tuple(notes))
