"""What the screener needs from a model: the contract between ``screen()`` and a model bundle.

A model turns the post's joined text into a probability of scam (calibrated,
at the bundle's base rate) and the terms that moved it. The fusion with rule
categories is not the model's job: it happens in :mod:`ct_screen.fuse`, with
parameters the bundle carries.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from ..result import Contact

__all__ = ["ModelPrediction", "ScreeningModel"]


@dataclass(frozen=True)
class ModelPrediction:
    """The classifier's view of one post.

    Attributes
    ----------
    probability : float
        Calibrated probability of scam at the bundle's base rate.
    terms : tuple of (term, weight, spans)
        Terms that pushed the log-odds most (positive first, then negative);
        ``spans`` are ``(start, end)`` offsets into the text given to ``predict_many``.
    """

    probability: float
    terms: tuple[tuple[str, float, tuple[tuple[int, int], ...]], ...] = ()


@runtime_checkable
class ScreeningModel(Protocol):
    """A loaded model bundle as the screener uses it."""

    version: str
    thresholds: Mapping[str, float]
    fusion: Mapping[str, object]

    def predict_many(self, texts: Sequence[str], contacts: Sequence[Sequence[Contact]],
                     signals: Sequence[tuple[float, ...]] | None = None) -> list[ModelPrediction]:
        """Predict for many joined post texts (with the contacts found in each, and for posts given as
        fields their :func:`~ct_screen.model.features.field_signals`)."""
        ...
