"""Names of modules that moved, still found at their old path (deprecated): one lookup for every old module."""

from __future__ import annotations

import importlib
import warnings
from collections.abc import Mapping
from typing import Any


def moved_name(old: str, new: str, name: str, renamed: Mapping[str, str] | None = None) -> Any:
    """``name`` from module ``new`` (under its new name where ``renamed`` gives one), with a warning that
    ``old`` is deprecated.

    Raises
    ------
    AttributeError
        When ``new`` has no such name (as a missing attribute of ``old``).
    """
    if name.startswith("__"):
        raise AttributeError(f"module {old!r} has no attribute {name!r}")
    module = importlib.import_module(new)
    new_name = (renamed or {}).get(name, name)
    try:
        value = getattr(module, new_name)
    except AttributeError:
        raise AttributeError(f"module {old!r} has no attribute {name!r}") from None
    where = f"import {name} from there" if new_name == name else f"{name} is {new_name} there"
    warnings.warn(f"{old} moved to {new}; {where}", DeprecationWarning, stacklevel=3)
    return value
