"""Which n-grams moved a post's score, and where they are in the caller's text.

A linear model's log-odds are a sum over features, so a term's contribution
is ``coef * value`` (times the calibration slope, to be in calibrated
log-odds). Contributions of the same term in the ``full`` and ``head`` blocks
are added up. Everything is read off the sparse rows of the batch already
computed for scoring: no second pass over the text except to find the spans
of the few terms reported.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from ..contacts import CONTACT_TOKENS
from .features import TOKEN_PATTERN, Analysed

__all__ = ["top_terms", "term_spans"]

MAX_SPANS = 5
CONTACT_DISPLAY = {token: f"[{kind}]" for kind, token in CONTACT_TOKENS.items()}
"""Contact kind tokens as a moderator reads them (``ctphone`` -> ``[phone]``)."""


def display_term(term: str) -> str:
    """A term as shown in explanations."""
    return " ".join(CONTACT_DISPLAY.get(word, word) for word in term.split(" "))


def term_spans(doc: Analysed, term: str, *, limit: int = MAX_SPANS) -> tuple[tuple[int, int], ...]:
    """Up to ``limit`` ``(start, end)`` spans of a (space-joined) n-gram in the caller's text."""
    words = term.split(" ")
    n = len(words)
    tokens, (starts, ends) = doc.tokens, doc.bounds
    out = []
    first, i, last = words[0], 0, len(tokens) - n
    while i <= last:
        try:
            i = tokens.index(first, i, last + 1)  # a C-level scan to the next candidate
        except ValueError:
            break
        if n == 1 or list(tokens[i:i + n]) == words:
            out.append((starts[i], ends[i + n - 1]))
            if len(out) >= limit:
                break
        i += 1
    return tuple(out)


def as_written(doc: Analysed, span: tuple[int, int], term: str) -> str:
    """A term as the post wrote it at ``span`` (lower case, words joined by one space): 'your cv' for the
    term 'your resume' that a fold table read it as; ``term`` if the span does not hold as many words."""
    words = TOKEN_PATTERN.findall(doc.text[span[0]:span[1]].lower())
    return " ".join(words) if len(words) == len(term.split(" ")) else term


def top_terms(rows: np.ndarray, cols: np.ndarray, contributions: np.ndarray, docs: Sequence[Analysed],
              term_ids: np.ndarray, term_names: Sequence[str] | Callable[[], Sequence[str]], *,
              quiet: np.ndarray | None = None, folded: frozenset[str] = frozenset(),
              up: int = 5, down: int = 3, min_weight: float = 0.01,
              ) -> list[tuple[tuple[str, float, tuple[tuple[int, int], ...]], ...]]:
    """The terms that pushed each row most, up first then down.

    Parameters
    ----------
    rows, cols, contributions : arrays
        Per non-zero feature of the batch (sorted by row): its row, column and
        contribution to the log-odds.
    docs : sequence of Analysed
        The analysed posts, for the spans.
    term_ids, term_names
        Column -> term id, and term id -> term string (or a function that gives them, called only when a
        row has a term to report).
    quiet : boolean array, optional
        Per term id, terms not to report (stop words and numbers only): they
        count in the score but tell a moderator nothing.
    folded : frozenset of str
        Words a fold table reads other words as ("resume" for "cv"): a term with one is shown as the post
        wrote it (:func:`as_written`).
    up, down : int
        The list holds the ``up`` strongest positive terms, then the ``down``
        strongest negative ones (the screener shows 8 by default).
    """
    out = []
    bounds = np.searchsorted(rows, np.arange(len(docs) + 1)).tolist()
    all_ids = term_ids[cols]
    if quiet is not None:  # a quiet term's contributions all count as nothing (for the whole batch at once)
        contributions = np.where(quiet[all_ids], 0.0, contributions)
    # rows in which a term id does not rise from one feature to the next: a term in two blocks, summed by term
    repeats = np.flatnonzero(all_ids[1:] <= all_ids[:-1]) + 1
    summed = set(rows[repeats][rows[repeats] == rows[repeats - 1]].tolist())
    for row, doc in enumerate(docs):
        a, b = bounds[row], bounds[row + 1]
        if a == b:
            out.append(())
            continue
        ids = all_ids[a:b]
        if row not in summed:  # each term once, in order (a post given as text: one block)
            weights = 0.0 + contributions[a:b]  # what summing each term's one contribution gives
        else:
            ids, inverse = np.unique(ids, return_inverse=True)
            weights = np.bincount(inverse, weights=contributions[a:b], minlength=len(ids))
        order = np.argsort(-weights, kind="stable")
        raised = [i for i in order[:up] if weights[i] > min_weight]
        lowered = [i for i in order[::-1][:down] if weights[i] < -min_weight]
        terms = []
        if callable(term_names) and (raised or lowered):
            term_names = term_names()
        for i in (*raised, *lowered):
            name = str(term_names[ids[i]])  # type: ignore[index]
            spans = term_spans(doc, name)
            shown = display_term(name)
            if folded and spans and not folded.isdisjoint(name.split(" ")):
                shown = as_written(doc, spans[0], shown)
            terms.append((shown, round(float(weights[i]), 4), spans))
        out.append(tuple(terms))
    return out
