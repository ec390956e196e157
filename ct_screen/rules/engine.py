"""Deprecated: the regex matcher is :mod:`ct_screen.rules.matcher` ("engine" names where a run happens:
``ct-screen score --engine local|dask`` and :mod:`ct_screen.engines`).

Names are looked up there on first use, with a :class:`DeprecationWarning`; ``RuleEngine`` and
``engine_for`` are ``RuleMatcher`` and ``matcher_for``.
"""

from __future__ import annotations

from typing import Any

from .._moved import moved_name

_RENAMED = {"RuleEngine": "RuleMatcher", "engine_for": "matcher_for"}


def __getattr__(name: str) -> Any:
    return moved_name(__name__, "ct_screen.rules.matcher", name, _RENAMED)
