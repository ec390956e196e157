"""Matches of a pattern sought only where a cheap hint says one can start.

Several scans (URLs in :mod:`ct_screen.contacts`, look-alike words in :mod:`ct_screen.normalize`) look for
a pattern whose every match starts at, or at the start of a run of known characters just before, an
occurrence of a hint that a plain search finds at C speed. Trying the pattern only there gives the matches
``finditer`` gives, without trying it at every offset of a long hostile text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

__all__ = ["hinted_matches"]


def hinted_matches(text: str, hint: Any, run_chars: frozenset[str], reach: int,
                   match_at: Callable[[int, int], Any]) -> Iterator[Any]:
    """The matches, in order and not overlapping, found from each hint onwards.

    For the first hint at ``h`` at or after the end of the last match, ``start`` is where the run of
    ``run_chars`` that ends at ``h`` starts (at most ``reach`` back, never before that end), and
    ``match_at(start, h)`` gives the next match, or ``None`` when none starts before ``h + 1``.

    Parameters
    ----------
    hint : re.Pattern or regex.Pattern
        Found in every match, at its start or right after such a run.
    """
    pos = 0
    while pos < len(text) and (found := hint.search(text, pos)) is not None:
        h = start = found.start()
        floor = max(pos, h - reach)
        while start > floor and text[start - 1] in run_chars:
            start -= 1
        m = match_at(start, h)
        if m is None:
            pos = h + 1
            continue
        yield m
        pos = m.end()
