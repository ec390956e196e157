"""Screening rows in order, in this process or in a pool of worker processes.

Work arrives as an iterator of ``(context, posts)`` items (one per chunk of a
file) and leaves in the same order as ``(context, cells)``. With ``jobs > 1``
a process pool screens the chunks; each worker builds its own
:class:`~ct_screen.screener.Screener` (and so loads the model) once, in the
pool's initializer. At most a few chunks are in flight at any time, so memory
stays flat however long the input is. The pool is only started when the input
has more than one chunk: a small file is screened in-process.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
from collections import deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import chain, islice
from typing import Any, TypeVar

from ..screener import Screener, ScreenerSpec
from .columns import error_cells, result_cells
from .errors import BatchError
from .orphans import die_with_parent

__all__ = ["screen_rows", "ordered_map", "default_jobs", "ready"]

C = TypeVar("C")
Cells = tuple[object, ...]


def default_jobs() -> int:
    """The cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def screen_rows(screener: Screener, posts: Sequence[Mapping[str, Any] | str]) -> list[Cells]:
    """The ``ct_*`` cells of each post, in order.

    Screening a batch at once is fastest; if it fails, each post is screened
    on its own so that one bad post costs only its own row (flagged in
    ``ct_error``), never the run.
    """
    if not posts:
        return []
    try:
        return [result_cells(r) for r in screener.screen_many(posts)]
    except Exception:  # noqa: BLE001 - isolate the failing post below
        cells = []
        for post in posts:
            try:
                cells.append(result_cells(screener.screen(post)))
            except Exception as exc:  # noqa: BLE001 - a row error, reported in ct_error
                cells.append(error_cells(f"could not be screened: {type(exc).__name__}: {exc}"))
        return cells


def ready(screener: Screener) -> Screener:
    """Load the screener's model now, so that a broken model stops the run instead of flagging every row.

    Raises
    ------
    BatchError
        If the model cannot be loaded.
    """
    try:
        _ = screener.model
    except Exception as exc:  # noqa: BLE001 - any load failure becomes one clear file-level error
        raise BatchError(f"cannot load the model ({type(exc).__name__}: {exc}); "
                         "pass --no-model (model=None) to score with the rules only") from None
    return screener


_WORKER: Screener | None = None
_WORKER_ERROR: BatchError | None = None


def _init_worker(recipe: ScreenerSpec, parent: int | None = None) -> None:
    global _WORKER, _WORKER_ERROR
    die_with_parent(parent)  # a killed parent leaves no orphaned worker behind
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and shuts the pool down
    try:
        _WORKER = ready(recipe.build())  # the model is loaded here, once per worker
    except BatchError as exc:  # reported by _work, so the parent gets the reason, not a dead pool
        _WORKER_ERROR = exc


def _model_version(screener: Screener) -> str:
    model = screener.model
    return model.version if model is not None else "none"


def _work(posts: Sequence[Mapping[str, Any] | str]) -> tuple[list[Cells], str]:
    if _WORKER_ERROR is not None:
        raise _WORKER_ERROR
    assert _WORKER is not None, "worker not initialised"
    return screen_rows(_WORKER, posts), _model_version(_WORKER)


def _context() -> multiprocessing.context.BaseContext:
    """fork when this process has a single thread (fast: workers inherit imports and compiled patterns);
    otherwise forkserver (or spawn), since forking a process with threads can deadlock."""
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


def _split(posts: Sequence[Any], parts: int) -> list[Sequence[Any]]:
    size = max(1, -(-len(posts) // parts))
    return [posts[i:i + size] for i in range(0, len(posts), size)] or [posts]


def ordered_map(items: Iterable[tuple[C, Sequence[Mapping[str, Any] | str]]], recipe: ScreenerSpec, *,
                jobs: int = 1, screener: Screener | None = None) -> Iterator[tuple[C, list[Cells], str]]:
    """Screen the posts of each item; yield ``(context, cells, model version)`` in input order.

    Parameters
    ----------
    items : iterable of (context, posts)
        Consumed lazily: at most ``2 * jobs`` items are held at once.
    recipe : ScreenerSpec
        How workers build their screener.
    jobs : int
        Worker processes; 1 screens in this process.
    screener : Screener, optional
        The screener to use in this process (else one is built from ``recipe``).

    Raises
    ------
    BatchError
        If a worker process dies (for instance, killed for lack of memory).
    """
    iterator = iter(items)
    head = list(islice(iterator, 2))
    if jobs <= 1 or len(head) < 2:
        local = ready(screener or recipe.build())
        for context, posts in chain(head, iterator):
            yield context, screen_rows(local, posts), _model_version(local)
        return
    yield from _pooled(chain(head, iterator), recipe, jobs)


def _pooled(items: Iterator[tuple[C, Sequence[Any]]], recipe: ScreenerSpec,
            jobs: int) -> Iterator[tuple[C, list[Cells], str]]:
    window: deque[tuple[C, list[Future[tuple[list[Cells], str]]]]] = deque()
    mp_context = _context()
    parent = os.getpid() if mp_context.get_start_method() == "fork" else None  # else the forkserver is the parent
    executor = ProcessPoolExecutor(max_workers=jobs, mp_context=mp_context, initializer=_init_worker,
                                   initargs=(recipe, parent))
    try:
        for context, posts in items:
            window.append((context, [executor.submit(_work, part) for part in _split(posts, jobs)]))
            if len(window) >= 2 * jobs:
                yield _collect(window.popleft())
        while window:
            yield _collect(window.popleft())
    except BrokenProcessPool as exc:
        raise BatchError(f"a worker process died ({exc}); it may have run out of memory: "
                         "try fewer --jobs or a smaller --chunk-size") from None
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


def _collect(entry: tuple[C, list[Future[tuple[list[Cells], str]]]]) -> tuple[C, list[Cells], str]:
    context, futures = entry
    cells: list[Cells] = []
    version = "none"
    for future in futures:
        part, version = future.result()
        cells.extend(part)
    return context, cells, version
