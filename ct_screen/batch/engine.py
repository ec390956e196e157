"""Deprecated: the process pool is :mod:`ct_screen.batch.pool` ("engine" names where a run happens:
``--engine local|dask``, :mod:`ct_screen.engines`).

Names are looked up there on first use, with a :class:`DeprecationWarning`.
"""

from __future__ import annotations

from typing import Any

from .._moved import moved_name


def __getattr__(name: str) -> Any:
    return moved_name(__name__, "ct_screen.batch.pool", name)
