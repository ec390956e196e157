"""Where rules and the classifier meet: the fused score, the band and the reasons.

Without a model the score is rules-only: each category that fired contributes
its strongest rule's weight once, and categories combine as independent
evidence (noisy-OR), so several different red flags raise risk far more than
one flag repeated. With a model, the model bundle's fusion step combines the
classifier's calibrated probability with the same category indicators.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from .result import RuleHit, TermWeight
from .rules import category_reasons

__all__ = ["Thresholds", "RULES_ONLY_THRESHOLDS", "category_weights", "rules_only_score", "band_for",
           "build_reasons", "CATEGORY_REASONS", "fused_score"]  # noqa: F822 (CATEGORY_REASONS: __getattr__)


@dataclass(frozen=True)
class Thresholds:
    """Score cut-offs for the ``review`` and ``high`` bands (``review <= high``)."""

    review: float
    high: float

    def __post_init__(self) -> None:
        if not 0.0 <= self.review <= self.high <= 1.0:
            raise ValueError(f"thresholds must satisfy 0 <= review <= high <= 1, got {self}")


RULES_ONLY_THRESHOLDS = Thresholds(review=0.40, high=0.75)
"""Bands for the rules-only score: one strong flag reaches review, two independent ones high."""



def __getattr__(name: str):
    # The reasons are declared by the category modules (see ct_screen.rules.categories), read on first use.
    if name == "CATEGORY_REASONS":
        return category_reasons()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")



def category_weights(hits: Iterable[RuleHit]) -> dict[str, float]:
    """Strongest weight per category that fired (each category counts once)."""
    weights: dict[str, float] = {}
    for hit in hits:
        weights[hit.category] = max(weights.get(hit.category, 0.0), float(hit.weight))
    return weights


def rules_only_score(hits: Iterable[RuleHit]) -> float:
    """Noisy-OR of the per-category weights: ``1 - prod(1 - w_c)``."""
    remaining = 1.0
    for weight in category_weights(hits).values():
        remaining *= 1.0 - weight
    return round(1.0 - remaining, 6)


def _logit(p: float) -> float:
    p = min(max(p, 1e-6), 1 - 1e-6)
    return math.log(p / (1 - p))


def _interpolate(x: float, knots: Sequence[Sequence[float]]) -> float:
    """Piecewise-linear map through ``knots`` (``[[x0, y0], [x1, y1], ...]``, x increasing)."""
    points = [(float(a), float(b)) for a, b in knots]
    if x <= points[0][0]:
        return points[0][1]
    for (x0, y0), (x1, y1) in zip(points, points[1:], strict=False):
        if x <= x1:
            return y0 if x1 == x0 else y0 + (y1 - y0) * (x - x0) / (x1 - x0)
    return points[-1][1]


def fused_score(model_probability: float, weights: Mapping[str, float], fusion: Mapping[str, object]) -> float:
    """Combine the classifier's probability with the categories that fired.

    ``fusion`` comes with the model bundle (every key optional)::

        {"intercept": b, "model_coef": a,
         "category_coefs": {category: c, ...},    # additive log-odds per category
         "category_scales": {category: k, ...},   # fitted scale on the rule's own log-likelihood ratio
         "reference_rate": r,                     # the fraud share rule weights are read against
         "unknown_category_scale": s,             # scale for categories in neither mapping
         "floor": {"exempt": [category, ...], "knots": [[x, y], ...]}}

    The log-odds are ``b + a * logit(p)`` plus, per fired category with strongest
    weight ``w``: ``c`` if it has an additive coefficient, else
    ``k * max(0, logit(w) - logit(r))`` (``k = s`` for a category the bundle
    does not know; ``r`` defaults to 0.05). With a ``floor``, the score is at
    least the rules-only (noisy-OR) score of the fired categories not in
    ``exempt``, mapped through ``knots``: red flags the classifier could not
    learn from its training data never score lower than the rules alone say.
    """
    z = float(fusion.get("intercept", 0.0)) + float(fusion.get("model_coef", 1.0)) * _logit(model_probability)
    coefs = fusion.get("category_coefs", {})
    scales = fusion.get("category_scales", {})
    assert isinstance(coefs, Mapping) and isinstance(scales, Mapping)
    scale = float(fusion.get("unknown_category_scale", 1.0))
    reference = _logit(float(fusion.get("reference_rate", 0.05)))
    for category, weight in weights.items():
        if category in coefs:
            z += float(coefs[category])
        else:
            z += float(scales.get(category, scale)) * max(0.0, _logit(weight) - reference)
    score = 1.0 / (1.0 + math.exp(-max(min(z, 40.0), -40.0)))
    floor = fusion.get("floor")
    if isinstance(floor, Mapping):
        exempt = set(floor.get("exempt", ()))
        remaining = 1.0
        for category, weight in weights.items():
            if category not in exempt:
                remaining *= 1.0 - weight
        score = max(score, _interpolate(1.0 - remaining, floor["knots"]))
    return round(score, 6)


def band_for(score: float, thresholds: Thresholds) -> str:
    """``"high"``, ``"review"`` or ``"low"`` for a score."""
    if score >= thresholds.high:
        return "high"
    if score >= thresholds.review:
        return "review"
    return "low"


def _quote(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def build_reasons(hits: Sequence[RuleHit], terms: Sequence[TermWeight], score: float, band: str) -> tuple[str, ...]:
    """Short sentences a moderator reads first: strongest categories, then the model's view."""
    reasons: list[str] = []
    best: dict[str, RuleHit] = {}
    for hit in hits:
        if hit.category not in best or hit.weight > best[hit.category].weight:
            best[hit.category] = hit
    for category, hit in sorted(best.items(), key=lambda kv: (-kv[1].weight, kv[1].rule_id)):
        what = category_reasons().get(category, f"matches custom rule category '{category}'")
        quote = f": \u201c{_quote(hit.evidence[0].text)}\u201d" if hit.evidence else ""
        reasons.append(f"{what[0].upper()}{what[1:]} ({category}, {hit.rule_id}){quote}.")
    up = [t.term for t in terms if t.weight > 0][:4]
    if up and band != "low":  # a low-risk post's most scam-like words would only mislead
        quoted = ", ".join(f"\u2018{t}\u2019" for t in up)
        reasons.append(f"The wording resembles known scam posts: {quoted}.")
    if not reasons:
        reasons.append("No red flags found." if band == "low" else "The overall wording resembles known scam posts.")
    return tuple(reasons)
