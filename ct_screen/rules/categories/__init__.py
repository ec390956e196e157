"""One module per rule category; each declares ``CATEGORY``, ``DESCRIPTION``, ``REASON`` and ``RULES``.

Modules are discovered by name, so adding a category is adding a file: the
category list (:data:`ct_screen.rules.CATEGORIES`), the descriptions and the
moderator-facing reasons (:data:`ct_screen.fuse.CATEGORY_REASONS`) are all
derived from the modules found here.
"""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass
from functools import lru_cache
from types import ModuleType

__all__ = ["Category", "category_modules", "category_table"]


@dataclass(frozen=True)
class Category:
    """A built-in category as its module declares it.

    Parameters
    ----------
    name : str
        The category id (``"upfront_fee"``), the module's ``CATEGORY``.
    description : str
        What the category covers, for the rule catalogue (``DESCRIPTION``).
    reason : str
        What a moderator reads when it fires, completing "the post ..." (``REASON``).
    """

    name: str
    description: str
    reason: str


@lru_cache(maxsize=1)
def category_modules() -> tuple[ModuleType, ...]:
    """The category modules, sorted by module name."""
    names = sorted(m.name for m in pkgutil.iter_modules(__path__) if not m.name.startswith("_"))
    return tuple(importlib.import_module(f"{__name__}.{name}") for name in names)


@lru_cache(maxsize=1)
def category_table() -> tuple[Category, ...]:
    """Each discovered module's declaration, in module order.

    Raises
    ------
    ValueError
        If a module lacks one of ``CATEGORY``, ``DESCRIPTION``, ``REASON`` or
        ``RULES``, or names a category that differs from its file name.
    """
    table = []
    for module in category_modules():
        missing = [key for key in ("CATEGORY", "DESCRIPTION", "REASON", "RULES") if not getattr(module, key, None)]
        if missing:
            raise ValueError(f"{module.__name__} does not declare {', '.join(missing)}")
        if module.__name__.rsplit(".", 1)[-1] != module.CATEGORY:
            raise ValueError(f"{module.__name__} declares category {module.CATEGORY!r}; "
                             "name the file after its category")
        table.append(Category(module.CATEGORY, module.DESCRIPTION, module.REASON))
    return tuple(table)
