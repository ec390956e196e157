"""Deprecated: moved to :mod:`ct_screen.report.rule_analysis` (rule analysis sits above the screener it runs).

Names are looked up there on first use, with a :class:`DeprecationWarning`; the rules
package itself imports nothing above it.
"""

from __future__ import annotations

from typing import Any

from .._moved import moved_name


def __getattr__(name: str) -> Any:
    return moved_name(__name__, "ct_screen.report.rule_analysis", name)
