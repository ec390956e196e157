"""What the matcher and the firing code need of a rule, as a type of its own.

:class:`~ct_screen.rules.base.Rule` satisfies it. The matcher and :mod:`~ct_screen.rules.firing` are typed
against this protocol rather than the class, so they do not import ``base`` (which uses them to fire one rule on
one text): the rules package has no import circle, not even one seen only by type checkers.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Protocol

from ..result import Contact

__all__ = ["RuleLike"]


class RuleLike(Protocol):
    """A rule as the matcher runs it and firing reports it."""

    id: str
    category: str
    patterns: tuple[str, ...]
    contacts: tuple[str, ...]
    trusted: bool

    @property
    def _requires(self) -> Any:
        """The compiled ``requires`` pattern, or ``None``."""

    def find(self, text: str) -> list[tuple[int, int]]:
        """Spans where the rule fires in normalised ``text`` (a plain full scan)."""

    def filter_matches(self, text: str, matches: Iterable[Any], limit: int = ..., *, check_requires: bool = True,
                       deadline: float | None = None) -> list[tuple[int, int]]:
        """The matches that survive the rule's check, negation, exclude and requires."""

    def pattern_name_at(self, text: str, start: int) -> str | None:
        """The name of the pattern behind a match starting at ``start``."""

    def contact_pattern(self, contact: Contact) -> str | None:
        """The first contact condition ``contact`` meets, as ``"contact:<name>"``."""
