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
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from ..screener import Screener, ScreenerSpec
from .atomic import atomic_output
from .columns import CT_COLUMNS, resolve_columns
from .decoding import check_utf8
from .errors import BatchError
from .formats import STDIO, FileFormat, Source, detect_format, display_name, output_delimiter
from .frame import assemble, filter_band, make_screener, prepare
from .options import ScoreOptions
from .pool import default_jobs, ordered_map
from .progress import Progress, RunSummary, Tally, progress_wanted
from .readers import Chunk, Reader, open_reader
from .sorting import sort_stream
from .writers import Writer, open_writer

__all__ = ["score_file", "ScoreOptions", "RunSummary", "Stage"]

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


def score_file(input: str | os.PathLike[str], output: str | os.PathLike[str] | None = None,
               options: ScoreOptions | None = None, *, stages: Sequence[Stage] = (),
               log: Callable[[str], None] | None = None, **keywords: Any) -> RunSummary:
    """Score every row of a file and write it with the ``ct_*`` columns added.

    Parameters
    ----------
    input : path
        ``.csv``, ``.tsv``, ``.jsonl`` (each optionally ``.gz``) or ``.parquet``;
        ``-`` for standard input.
    output : path, optional
        Same formats; ``None`` or ``-`` for standard output (in the input's
        format unless ``options.output_format``). Written atomically.
    options : ScoreOptions, optional
        Every option of the run (:class:`ct_screen.batch.options.ScoreOptions`:
        columns, model, rules, thresholds, formats, jobs ...), checked when it is made.
    stages : sequence of callables
        Steps over the scored stream before filtering and sorting (see module notes).
    log : callable, optional
        Receives notes as they arise (e.g. ``print`` to stderr).
    **keywords
        The options as keywords instead of ``options`` (the older form, kept:
        ``text_columns``, ``id_column``, ``min_band``, ``sort``, ``jobs``,
        ``chunk_size``, ``rules``, ``model``, ``screener``, ``input_format``,
        ``output_format``, ``encoding``, ``delimiter``, ``raw``, ``max_chars``,
        ``progress``, ``thresholds``, ``model_sha256``); not with ``options``.

    Returns
    -------
    RunSummary

    Raises
    ------
    OptionsError
        For options that contradict each other (a :class:`BatchError`).
    TypeError
        For an unknown keyword, or ``options`` and keywords together.
    BatchError
        If the input cannot be read, a column is missing, the thresholds file
        does not fit the model or the output cannot be written; no output file
        is left behind.
    """
    return _run(input, output, ScoreOptions.given(options, keywords, what="score_file()"), stages, log)


def _run(input: str | os.PathLike[str], output: str | os.PathLike[str] | None, options: ScoreOptions,
         stages: Sequence[Stage], log: Callable[[str], None] | None) -> RunSummary:
    o = options
    model, rules, screener, model_sha256 = o.scoring_model, o.rules, o.screener, o.model_sha256
    started = time.perf_counter()
    jobs = default_jobs() if o.jobs is None else max(1, int(o.jobs))
    in_fmt = detect_format(input, o.input_format, default=FileFormat("csv") if _is_stdio(input) else None)
    out_fmt = _output_format(output, o.output_format, in_fmt)
    if o.thresholds is not None:  # a screener beside thresholds is refused by ScoreOptions
        _check_specs(model, rules)
        screener = make_screener(model=model, rules=rules, thresholds=o.thresholds, model_sha256=model_sha256)
        model_sha256 = None  # now carried by the screener
    recipe, local = _recipe(screener, model, rules, jobs, model_sha256)  # the pool only starts for inputs of 2+ chunks
    notes: list[str] = []

    def note(message: str) -> None:
        notes.append(message)
        if log is not None:
            log(message)

    if o.encoding is None and not in_fmt.spec.binary and not _is_stdio(input) and Path(input).is_file():
        check_utf8(input, display_name(input))
    out_delimiter = output_delimiter(in_fmt, out_fmt, o.delimiter)
    with Source(input) as source:
        reader = open_reader(source, in_fmt, chunk_size=o.chunk_size, encoding=o.encoding, delimiter=o.delimiter,
                             path=input)
        for message in reader.notes:
            note(message)
        plan = resolve_columns(reader.columns, o.text_columns, o.id_column, source=source.name)
        stale = [c for c in reader.columns if c in CT_COLUMNS]
        if stale:
            note(f"the input already has {', '.join(stale)}: replaced by this run's scores")
        progress = progress_wanted(_is_stdio(output)) if o.progress is None else o.progress
        bar = Progress(progress, total_rows=reader.total_rows, total_bytes=source.size)
        tally = Tally()
        try:
            stream = _scored(reader, plan, recipe, local, jobs, o.max_chars, tally, bar)
            for stage in stages:
                stream = stage(stream)
            stream = (filter_band(frame, o.min_band) for frame in stream)
            if o.sort:
                stream = sort_stream(stream, o.chunk_size)
            default_columns = [c for c in reader.columns if c not in CT_COLUMNS] + list(CT_COLUMNS)
            with atomic_output(output) as out:
                writer: Writer | None = None
                try:
                    for frame in stream:
                        writer = writer or open_writer(out, out_fmt, list(frame.columns), guard=not o.raw,
                                                       delimiter=out_delimiter)
                        writer.write(frame)
                        tally.written += len(frame)
                    writer = writer or open_writer(out, out_fmt, default_columns, guard=not o.raw,
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
