"""How much of a very long post is read closely: its head and tail, the same for every stage that reads closely.

The rules (:mod:`ct_screen.rules.matcher`), the classifier (:func:`ct_screen.reading.model_view`) and the search
for phone numbers written digit by digit (:mod:`ct_screen.contacts`) read at most :data:`READ_LIMIT` characters
of a post: all of it, or its first and last half of that. Real posts are a few thousand characters; a hostile
megabyte then costs what 100,000 characters cost, and the result says what was skipped (``CTN200``).
"""

from __future__ import annotations

__all__ = ["READ_LIMIT", "read_pieces"]

READ_LIMIT = 100_000
"""Characters of a post read closely: a longer post is read at its head and tail (half each)."""


def read_pieces(text: str) -> tuple[tuple[int, str], ...]:
    """The parts of ``text`` read closely, as ``(offset, piece)``: all of it, or when it is longer than
    :data:`READ_LIMIT`, its first and last ``READ_LIMIT // 2`` characters."""
    if len(text) <= READ_LIMIT:
        return ((0, text),)
    half = READ_LIMIT // 2
    return ((0, text[:half]), (len(text) - half, text[-half:]))
