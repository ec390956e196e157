"""One module per rule category; each exposes ``CATEGORY``, ``DESCRIPTION`` and ``RULES``.

Modules are discovered by name, so adding a category is adding a file.
"""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType


def category_modules() -> tuple[ModuleType, ...]:
    """The category modules, sorted by module name."""
    names = sorted(m.name for m in pkgutil.iter_modules(__path__) if not m.name.startswith("_"))
    return tuple(importlib.import_module(f"{__name__}.{name}") for name in names)
