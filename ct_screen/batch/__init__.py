"""Batch scoring of exports: ``score_frame`` for DataFrames, ``score_file`` for files.

Both add the ``ct_*`` columns (see :data:`ct_screen.batch.columns.CT_COLUMNS`)
after the input's own columns, one output row per input row. The heavy parts
(pandas, pyarrow) are imported on first use, so worker processes that only
screen stay light.
"""

from __future__ import annotations

import importlib
from typing import Any

from .columns import CT_COLUMNS
from .errors import BatchError

__all__ = ["score_frame", "score_file", "ScoreOptions", "OptionsError", "RunSummary", "BatchError", "CT_COLUMNS", "neutralize"]

_LAZY = {"score_frame": ".frame", "score_file": ".run", "ScoreOptions": ".options", "OptionsError": ".options", "RunSummary": ".run", "neutralize": ".guard"}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value
