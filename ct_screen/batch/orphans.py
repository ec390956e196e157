"""Worker processes that die with their parent.

A pool worker whose parent is killed (``kill -9``, the OOM killer) would live
on as an orphan, holding its memory and a core. :func:`die_with_parent` makes
the worker end when its parent does: on Linux the kernel sends it ``SIGKILL``
(``prctl(PR_SET_PDEATHSIG)``); everywhere, a daemon thread checks once a
second whether the parent is still the one it started with, and ends the
worker (``os._exit``) when it is not.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import signal
import sys
import threading

__all__ = ["die_with_parent", "WATCH_SECONDS"]

WATCH_SECONDS = 1.0
"""How often the watchdog thread checks the parent."""
_PR_SET_PDEATHSIG = 1


def _kernel_death_signal() -> bool:
    """Ask Linux to SIGKILL this process when its parent thread ends; whether that was set."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        return libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def _watch(parent: int, interval: float) -> None:
    stop = threading.Event()
    while not stop.wait(interval):
        if os.getppid() != parent:  # re-parented: the process that started us is gone
            os._exit(1)


def die_with_parent(expected_parent: int | None = None, interval: float = WATCH_SECONDS) -> None:
    """End this process when its parent ends (call it first thing in a worker).

    Parameters
    ----------
    expected_parent : int, optional
        The pid the parent had when it started this process (known for a forked
        worker): if the parent is already another, it died before the watch began,
        and this process ends at once.
    interval : float
        Seconds between the watchdog's checks of the parent.
    """
    _kernel_death_signal()
    parent = os.getppid()
    if expected_parent is not None and parent != expected_parent:
        os._exit(1)
    threading.Thread(target=_watch, args=(parent, interval), name="ct-screen-parent-watch", daemon=True).start()
