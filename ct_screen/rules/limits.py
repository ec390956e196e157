"""Bounds on what a rule reports, shared by the rule type, the matcher and firing (which import nothing else of each other)."""

from __future__ import annotations

__all__ = ["MAX_EVIDENCE"]

MAX_EVIDENCE = 5
"""Evidence spans kept per rule (a rule's score does not grow with repetition)."""
