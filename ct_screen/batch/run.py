"""``score_file``: stream a file through the screener into a scored file.

read (chunks) -> prepare -> screen (in order, maybe in worker processes) ->
assemble -> [stages] -> [min band] -> [sort] -> write (atomically).

Memory is one chunk per worker in flight plus the writer's buffer, whatever
the file's length (``--sort`` spills sorted runs to a temporary file).

``stages`` is the seam for steps that add columns after scoring (campaign
linking, ``--link``): each is a function from the stream of scored frames to a
stream of frames, applied before ``min_band`` and ``sort`` so it sees every row.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Hashable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from ..fuse import Thresholds
from ..screener import Screener, ScreenerSpec
from .atomic import atomic_output
from .columns import CT_COLUMNS, resolve_columns
from .decoding import check_utf8
from .engine import default_jobs, ordered_map
from .errors import BatchError
from .formats import STDIO, FileFormat, Source, detect_format, display_name, output_delimiter
from .frame import DEFAULT_CHUNK_SIZE, DEFAULT_MAX_CHARS, assemble, filter_band, make_screener, prepare
from .progress import Progress, RunSummary, Tally, progress_wanted
from .readers import Chunk, Reader, open_reader
from .sorting import sort_stream
from .writers import Writer, open_writer

__all__ = ["score_file", "RunSummary", "Stage"]

Stage = Callable[[Iterator[pd.DataFrame]], Iterator[pd.DataFrame]]
"""A step over the stream of scored frames (e.g. campaign linking), applied before filtering and sorting."""


def _is_stdio(path: str | os.PathLike[str] | None) -> bool:
    return path is None or str(path) == STDIO


def _recipe(screener: Screener | None, model: Any, rules: str | os.PathLike[str] | None,
            jobs: int, model_sha256: str | None = None) -> tuple[ScreenerSpec, Screener | None]:
    if screener is not None:
        return screener.spec, screener
    _check_specs(model, rules)
    recipe = ScreenerSpec(model=model, extra_rules=rules, model_sha256=model_sha256)
    if jobs <= 1:
        return recipe, recipe.build()
    Screener(model=None, extra_rules=rules)  # fail here, not in every worker, if the rules file is broken
    return recipe, None


def _check_specs(model: Any, rules: str | os.PathLike[str] | None) -> None:
    if isinstance(model, str | os.PathLike) and str(model) != "default" and not Path(model).exists():
        raise BatchError(f"no model at {str(model)!r}")
    if rules is not None and not Path(rules).is_file():
        raise BatchError(f"no rules file at {str(rules)!r}")


def _output_format(output: str | os.PathLike[str] | None, output_format: str | None,
                   in_fmt: FileFormat) -> FileFormat:
    if _is_stdio(output):
        fmt = detect_format(None, output_format, default=FileFormat(in_fmt.kind))
        if fmt.spec.binary and sys.stdout.isatty():
            raise BatchError(f"refusing to write {fmt.spec.title} to a terminal; give -o FILE or --format csv")
        return fmt
    return detect_format(output, output_format)


def score_file(input: str | os.PathLike[str], output: str | os.PathLike[str] | None = None, *,
               text_columns: str | Sequence[Hashable] | None = None, id_column: Hashable | None = None,
               min_band: str | None = None, sort: bool = False, jobs: int | None = None,
               chunk_size: int = DEFAULT_CHUNK_SIZE, rules: str | os.PathLike[str] | None = None,
               model: Any = "default", screener: Screener | None = None, input_format: str | None = None,
               output_format: str | None = None, encoding: str | None = None, delimiter: str | None = None,
               raw: bool = False, max_chars: int = DEFAULT_MAX_CHARS, progress: bool | None = None,
               stages: Sequence[Stage] = (), log: Callable[[str], None] | None = None,
               thresholds: Thresholds | str | os.PathLike[str] | None = None,
               model_sha256: str | None = None) -> RunSummary:
    """Score every row of a file and write it with the ``ct_*`` columns added.

    Parameters
    ----------
    input : path
        ``.csv``, ``.tsv``, ``.jsonl`` (each optionally ``.gz``) or ``.parquet``;
        ``-`` for standard input.
    output : path, optional
        Same formats; ``None`` or ``-`` for standard output (in the input's
        format unless ``output_format``). Written atomically.
    text_columns, id_column, min_band, sort, max_chars
        As in :func:`ct_screen.batch.frame.score_frame`.
    jobs : int, optional
        Worker processes (default: every core this process may use).
    chunk_size : int
        Rows read, screened and written at a time.
    rules : path, optional
        Extra rules (YAML/TOML).
    model : "default", None or path
        The model; ``None`` scores with rules only.
    screener : Screener, optional
        Use this screener's rules, model and thresholds instead of ``model``/``rules``.
    input_format, output_format : str, optional
        ``csv``, ``tsv``, ``jsonl``, ``parquet`` (``.gz`` suffix allowed) when
        the name does not tell.
    encoding : str, optional
        Text encoding of CSV/TSV/JSON lines. Default: UTF-8, and a file that
        is not UTF-8 is an error naming the line; given explicitly, rows with
        undecodable bytes are flagged and the run goes on.
    delimiter : str, optional
        CSV field delimiter (e.g. ``;``); also used for CSV output.
    raw : bool
        Do not neutralise spreadsheet formulas in CSV/TSV output.
    progress : bool, optional
        Show a progress bar; default: only on a terminal with file output.
    stages : sequence of callables
        Steps over the scored stream before filtering and sorting (see module notes).
    log : callable, optional
        Receives notes as they arise (e.g. ``print`` to stderr).
    thresholds : Thresholds or path, optional
        Band cut-offs instead of the model's (a file from
        :func:`ct_screen.thresholds.save_thresholds`, refused if chosen on
        another model); not with ``screener``.
    model_sha256 : str, optional
        The sha256 of the model file you trust; another model file is refused
        before it is read (in this process and in every worker); not with ``screener``.

    Returns
    -------
    RunSummary

    Raises
    ------
    BatchError
        If the input cannot be read, a column is missing, the thresholds file
        does not fit the model or the output cannot be written; no output file
        is left behind.
    """
    started = time.perf_counter()
    jobs = default_jobs() if jobs is None else max(1, int(jobs))
    if chunk_size < 1:
        raise BatchError("chunk_size must be at least 1")
    in_fmt = detect_format(input, input_format, default=FileFormat("csv") if _is_stdio(input) else None)
    out_fmt = _output_format(output, output_format, in_fmt)
    if thresholds is not None:
        if screener is None:
            _check_specs(model, rules)
        screener = make_screener(screener, model=model, rules=rules, thresholds=thresholds,
                                 model_sha256=model_sha256)
        model_sha256 = None  # now carried by the screener
    elif screener is not None and model_sha256 is not None:
        raise BatchError("give model_sha256 to the Screener (Screener(model_sha256=...)), not beside it")
    recipe, local = _recipe(screener, model, rules, jobs, model_sha256)  # the pool only starts for inputs of 2+ chunks
    notes: list[str] = []

    def note(message: str) -> None:
        notes.append(message)
        if log is not None:
            log(message)

    if encoding is None and not in_fmt.spec.binary and not _is_stdio(input) and Path(input).is_file():
        check_utf8(input, display_name(input))
    out_delimiter = output_delimiter(in_fmt, out_fmt, delimiter)
    with Source(input) as source:
        reader = open_reader(source, in_fmt, chunk_size=chunk_size, encoding=encoding, delimiter=delimiter,
                             path=input)
        for message in reader.notes:
            note(message)
        plan = resolve_columns(reader.columns, text_columns, id_column, source=source.name)
        stale = [c for c in reader.columns if c in CT_COLUMNS]
        if stale:
            note(f"the input already has {', '.join(stale)}: replaced by this run's scores")
        if progress is None:
            progress = progress_wanted(_is_stdio(output))
        bar = Progress(progress, total_rows=reader.total_rows, total_bytes=source.size)
        tally = Tally()
        try:
            stream = _scored(reader, plan, recipe, local, jobs, max_chars, tally, bar)
            for stage in stages:
                stream = stage(stream)
            stream = (filter_band(frame, min_band) for frame in stream)
            if sort:
                stream = sort_stream(stream, chunk_size)
            default_columns = [c for c in reader.columns if c not in CT_COLUMNS] + list(CT_COLUMNS)
            with atomic_output(output) as out:
                writer: Writer | None = None
                try:
                    for frame in stream:
                        writer = writer or open_writer(out, out_fmt, list(frame.columns), guard=not raw,
                                                       delimiter=out_delimiter)
                        writer.write(frame)
                        tally.written += len(frame)
                    writer = writer or open_writer(out, out_fmt, default_columns, guard=not raw,
                                                   delimiter=out_delimiter)
                    writer.close()
                except BaseException:
                    if writer is not None:
                        writer.abort()
                    raise
        finally:
            bar.close()
    return RunSummary(input=source.name, output=display_name(output, output=True), rows=tally.rows,
                      written=tally.written, bands=dict(tally.bands), errors=tally.errors, warnings=tally.warnings,
                      seconds=time.perf_counter() - started, jobs=jobs if tally.chunks > 1 else 1, model=tally.model,
                      text_columns=tuple(map(str, plan.text_columns)), notes=tuple(notes),
                      unseparated=int(getattr(reader, "unseparated", 0)))


def _scored(reader: Reader, plan: Any, recipe: ScreenerSpec, local: Screener | None, jobs: int, max_chars: int,
            tally: Tally, bar: Progress) -> Iterator[pd.DataFrame]:
    def work() -> Iterator[tuple[tuple[Chunk, list[int], list[str | None]], list[dict[str, str]]]]:
        for chunk in reader.chunks():
            posts, rows, errors = prepare(chunk.frame, plan, max_chars=max_chars, row_errors=chunk.errors)
            yield (chunk, rows, errors), posts

    for (chunk, rows, errors), cells, version in ordered_map(work(), recipe, jobs=jobs, screener=local):
        frame = assemble(chunk.frame, cells, rows, errors, chunk.warnings)
        tally.model = version if cells else tally.model
        tally.add(frame["ct_band"].tolist(), frame["ct_error"].tolist())
        bar.update(len(frame), chunk.position)
        yield frame
