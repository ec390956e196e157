"""When Python's ``re`` reads a text exactly as the ``regex`` module does, so the faster one may scan it.

Some of the library's patterns are compiled with ``regex`` for its timeouts. On
an ordinary post ``re`` finds the same matches about twice as fast, as long as
the two engines agree on every character class the pattern uses. They do not
always: ``re``'s ``\\w`` is ``str.isalnum()`` (superscript digits, circled
numbers) and its ``\\s`` is ``str.isspace()`` (the separators ``\\x1c``-``\\x1f``),
while ``regex`` follows the Unicode properties; combining marks differ too.

:func:`reads_alike` says whether a text holds only characters on which they
agree for ``\\w``, ``\\d``, ``\\s`` (and so ``\\b`` and letters): ASCII without
``\\x1c``-``\\x1f``, Latin-1 and Latin Extended letters, and the punctuation,
currency signs, arrows and bullets job posts use. A pattern made of literals and
those classes (no case folding, no ``regex``-only syntax) then matches in
exactly the same places with either engine. ``tests/test_alike.py`` checks every
character of the list against both engines.
"""

from __future__ import annotations

import re

__all__ = ["ALIKE_CHARACTERS", "reads_alike"]

ALIKE_CHARACTERS = (
    "\x00-\x1b\x20-\x7f"  # ASCII but the information separators (whitespace to re, not to regex)
    "\xa0-\xb1\xb4-\xb8\xba\xbb\xbf-\u024f"  # Latin-1 and Latin Extended, but superscripts and fractions
    "\u2010-\u2027\u2030-\u203e\u2041-\u2053\u2055-\u205e"  # general punctuation, but the connector ties
    "\u20a0-\u20bf\u2122\u2190-\u21ff"  # currency signs, the trade mark sign, arrows
    "\u2500-\u2775\u2794-\u27bf"  # box drawing, shapes, symbols and dingbats, but the circled digits
)
"""Character ranges (for a ``[...]`` class) on which ``re`` and ``regex`` agree for ``\\w``, ``\\d`` and ``\\s``."""

_OTHER = re.compile(f"[^{ALIKE_CHARACTERS}]")


def reads_alike(text: str) -> bool:
    """Whether every character of ``text`` is one of :data:`ALIKE_CHARACTERS` (one C-speed pass)."""
    return _OTHER.search(text) is None
