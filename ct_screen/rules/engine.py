"""Deprecated: the regex matcher is :mod:`ct_screen.rules.matcher` ("engine" names where a run happens:
``ct-screen score --engine local|dask`` and :mod:`ct_screen.engines`).

Names are looked up there on first use, with a :class:`DeprecationWarning`; ``RuleEngine`` and
``engine_for`` are ``RuleMatcher`` and ``matcher_for``.
"""

from __future__ import annotations

import warnings
from typing import Any

from . import matcher

_RENAMED = {"RuleEngine": "RuleMatcher", "engine_for": "matcher_for"}


def __getattr__(name: str) -> Any:
    new = _RENAMED.get(name, name)
    if name.startswith("__") or not hasattr(matcher, new):
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    warnings.warn(f"{__name__}.{name} moved to {matcher.__name__}.{new}", DeprecationWarning, stacklevel=2)
    return getattr(matcher, new)
