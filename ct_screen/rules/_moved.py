"""Names of modules that moved out of :mod:`ct_screen.rules`, still found at the old path (deprecated)."""

from __future__ import annotations

import importlib
import warnings
from typing import Any


def moved_name(old: str, new: str, name: str) -> Any:
    """``name`` from module ``new``, with a warning that ``old`` is deprecated.

    Raises
    ------
    AttributeError
        When ``new`` has no such name (as a missing attribute of ``old``).
    """
    if name.startswith("__"):
        raise AttributeError(f"module {old!r} has no attribute {name!r}")
    module = importlib.import_module(new)
    try:
        value = getattr(module, name)
    except AttributeError:
        raise AttributeError(f"module {old!r} has no attribute {name!r}") from None
    warnings.warn(f"{old} moved to {new}; import {name} from there", DeprecationWarning, stacklevel=3)
    return value
