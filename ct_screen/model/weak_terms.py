"""Weak-signal terms: classifier n-grams whose push is capped so that alone they never lift a post.

A WhatsApp number, "DM me" or a bare phone number is a weak signal: scams use
them a lot, and so do honest small employers. The rules that find them
(``off_platform_contact``) are capped in fusion so that they cannot lift a post
to ``review`` alone (issue 15). The classifier learns the same words as terms
(``whatsapp``, ``ctphone``, ``whatsapp ctphone``), and on a short post their
TF-IDF values are large: "We are hiring baristas. WhatsApp +44 ..." scored
``high`` on those terms alone.

So the sum of a post's weak-term contributions to the classifier's decision is
capped (:func:`capped_decision`). Training fits the cap by the rule fusion uses
for weak categories: on a post the classifier is otherwise neutral about, the
weak terms alone stay below the ``review`` threshold
(:func:`ct_screen.training.fusion.weak_term_cap`). Below the cap the terms keep
their full weight, so they still rank posts that have other evidence.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from ..contacts import CONTACT_TOKENS

__all__ = ["WEAK_WORDS", "is_weak_term", "weak_columns", "weak_part", "capped_decision", "capped_contributions"]

WEAK_WORDS = frozenset({*CONTACT_TOKENS.values(), "whatsapp", "watsapp", "whatsap", "telegram", "wechat", "weixin",
                        "viber", "kik", "snapchat", "threema", "dm", "dms"})
"""Contact kind tokens (``ctphone`` ...), private-messenger names and "DM": a term holding one is weak."""


def is_weak_term(term: str) -> bool:
    """Whether a (space-joined) n-gram holds a :data:`WEAK_WORDS` word."""
    return not WEAK_WORDS.isdisjoint(term.split(" "))


def weak_columns(blocks: Iterable[tuple[int, Iterable[str]]], n_features: int) -> np.ndarray:
    """Boolean mask over feature columns: ``True`` where the column's term is weak.

    Parameters
    ----------
    blocks : iterable of (offset, terms)
        Each n-gram block's first column and its terms in column order.
    n_features : int
        All columns (blocks without terms, such as field signals, are never weak).
    """
    mask = np.zeros(n_features, dtype=bool)
    for offset, terms in blocks:
        for i, term in enumerate(terms):
            if is_weak_term(str(term)):
                mask[offset + i] = True
    return mask


def weak_part(rows: np.ndarray, contributions: np.ndarray, is_weak: np.ndarray, n: int) -> np.ndarray:
    """Per post (``rows`` of ``n``), the sum of its weak-signal features' ``contributions``."""
    return np.bincount(rows, weights=np.where(is_weak, contributions, 0.0), minlength=n)


def capped_decision(decision: np.ndarray, weak: np.ndarray, cap: float) -> np.ndarray:
    """``decision`` with its weak part (``weak``, already inside it) counted up to ``cap`` at most."""
    decision, weak = np.asarray(decision, dtype=np.float64), np.asarray(weak, dtype=np.float64)
    return decision - np.maximum(weak - cap, 0.0)


def capped_contributions(rows: np.ndarray, contributions: np.ndarray, is_weak: np.ndarray, weak_sum: np.ndarray,
                         cap: float) -> np.ndarray:
    """Per-feature contributions with each capped row's weak terms scaled down to sum to ``cap``.

    Explanations then show what the terms really added: a capped WhatsApp term is not reported at its
    uncapped weight.
    """
    over = weak_sum > cap
    if not over.any():
        return contributions
    scale = np.where(over, cap / np.where(over, weak_sum, 1.0), 1.0)
    return np.where(is_weak, contributions * scale[rows], contributions)
