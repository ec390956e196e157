"""Deprecated: the process pool is :mod:`ct_screen.batch.pool` ("engine" names where a run happens: `--engine local|dask`, :mod:`ct_screen.engines`).

Names are looked up there on first use, with a :class:`DeprecationWarning`.
"""

from __future__ import annotations

import warnings
from typing import Any

from . import pool


def __getattr__(name: str) -> Any:
    if name.startswith("__") or not hasattr(pool, name):
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    warnings.warn(f"{__name__} moved to {pool.__name__}; import {name} from there", DeprecationWarning, stacklevel=2)
    return getattr(pool, name)
