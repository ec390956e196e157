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
from dataclasses import dataclass, field

from .contacts import extract_contacts
from .result import RuleHit, TermWeight
from .rules import category_reasons

__all__ = ["Thresholds", "RULES_ONLY_THRESHOLDS", "category_weights", "rules_only_score", "band_for",
           "build_reasons", "CATEGORY_REASONS", "fused_score", "Fusion", "quote_evidence"]  # noqa: F822 (CATEGORY_REASONS: __getattr__)


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
    """Strongest weight per category that fired (each category counts once; discounted hits do not)."""
    weights: dict[str, float] = {}
    for hit in hits:
        if hit.discounted:
            continue
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


@dataclass(frozen=True)
class Fusion:
    """Parameters of :func:`fused_score`, fitted with the model and stored in its bundle.

    The fused log-odds are ``intercept + model_coef * logit(p)`` plus, per fired
    category with strongest rule weight ``w``,
    ``scale_c * max(0, logit(w) - logit(reference_rate))``; ``scale_c`` is
    ``category_scales[c]``, or ``unknown_category_scale`` for a category the
    model was not fitted with (a platform's own rules: their weights are
    trusted as written). A category in ``category_coefs`` adds that constant
    instead (an additive log-odds, whatever the rule's weight).

    Attributes
    ----------
    neutral_probability : float
        The classifier probability used when the classifier cannot read a post
        (too little text, a language it does not read): the post is then
        judged by its rules alone.
    floor_exempt, floor_knots
        Only in bundles of format 1: a floor from the rules-only score
        (see :meth:`from_mapping`). Fitted bundles have none.
    """

    intercept: float = 0.0
    model_coef: float = 1.0
    category_scales: Mapping[str, float] = field(default_factory=dict)
    category_coefs: Mapping[str, float] = field(default_factory=dict)
    reference_rate: float = 0.05
    unknown_category_scale: float = 1.0
    neutral_probability: float = 0.05
    floor_exempt: tuple[str, ...] | None = None
    floor_knots: tuple[tuple[float, float], ...] = ()

    @classmethod
    def from_mapping(cls, params: Mapping[str, object]) -> Fusion:
        """Read the fusion of a bundle (the dict of format 1, or :meth:`to_dict` output)."""
        floor = params.get("floor")
        exempt, knots = None, ()
        if isinstance(floor, Mapping) and floor.get("knots"):
            exempt = tuple(str(c) for c in floor.get("exempt", ()))  # type: ignore[union-attr]
            knots = tuple((float(a), float(b)) for a, b in floor["knots"])  # type: ignore[union-attr]
        scales = params.get("category_scales") or {}
        coefs = params.get("category_coefs") or {}
        reference = float(params.get("reference_rate", 0.05))  # type: ignore[arg-type]
        return cls(intercept=float(params.get("intercept", 0.0)),  # type: ignore[arg-type]
                   model_coef=float(params.get("model_coef", 1.0)),  # type: ignore[arg-type]
                   category_scales={str(k): float(v) for k, v in scales.items()},  # type: ignore[union-attr]
                   category_coefs={str(k): float(v) for k, v in coefs.items()},  # type: ignore[union-attr]
                   reference_rate=reference,
                   unknown_category_scale=float(params.get("unknown_category_scale", 1.0)),  # type: ignore[arg-type]
                   neutral_probability=float(params.get("neutral_probability", reference)),  # type: ignore[arg-type]
                   floor_exempt=exempt, floor_knots=knots)

    def to_dict(self) -> dict[str, object]:
        out: dict[str, object] = {
            "intercept": self.intercept, "model_coef": self.model_coef,
            "category_scales": dict(self.category_scales), "reference_rate": self.reference_rate,
            "unknown_category_scale": self.unknown_category_scale,
            "neutral_probability": self.neutral_probability}
        if self.category_coefs:
            out["category_coefs"] = dict(self.category_coefs)
        if self.floor_exempt is not None:
            out["floor"] = {"exempt": list(self.floor_exempt), "knots": [list(k) for k in self.floor_knots]}
        return out

    def category_log_odds(self, category: str, weight: float) -> float:
        """What one fired category adds to the fused log-odds."""
        if category in self.category_coefs:
            return float(self.category_coefs[category])
        scale = self.category_scales.get(category, self.unknown_category_scale)
        return float(scale) * max(0.0, _logit(weight) - _logit(self.reference_rate))


def fused_score(model_probability: float, weights: Mapping[str, float], fusion: Fusion | Mapping[str, object]) -> float:
    """Combine the classifier's probability with the categories that fired (see :class:`Fusion`)."""
    if not isinstance(fusion, Fusion):
        fusion = Fusion.from_mapping(fusion)
    z = fusion.intercept + fusion.model_coef * _logit(model_probability)
    for category, weight in weights.items():
        z += fusion.category_log_odds(category, weight)
    score = 1.0 / (1.0 + math.exp(-max(min(z, 40.0), -40.0)))
    if fusion.floor_exempt is not None and fusion.floor_knots:
        exempt = set(fusion.floor_exempt)
        remaining = 1.0
        for category, weight in weights.items():
            if category not in exempt:
                remaining *= 1.0 - weight
        score = max(score, _interpolate(1.0 - remaining, fusion.floor_knots))
    return round(score, 6)


def band_for(score: float, thresholds: Thresholds) -> str:
    """``"high"``, ``"review"`` or ``"low"`` for a score."""
    if score >= thresholds.high:
        return "high"
    if score >= thresholds.review:
        return "review"
    return "low"


def quote_evidence(text: str, limit: int = 60) -> str:
    """The evidence, shortened to about ``limit`` characters at a word boundary outside any contact.

    A phone number, e-mail address or URL is kept whole or left out, never cut
    ("WhatsApp +2\u2026" would send a moderator to a wrong number); so is a word,
    unless one word alone is far longer than the limit.
    """
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    inside = [(c.start, c.end) for c in extract_contacts(text)]
    cut = next((p for p in range(limit - 1, 0, -1)
                if text[p] == " " and not any(a < p < b for a, b in inside)), 0)
    if cut == 0:  # the text starts with one word or contact longer than the limit: keep it whole if short enough
        first = next((b for a, b in inside if a == 0), text.find(" ") if " " in text else len(text))
        cut = first if first <= 2 * limit else limit - 1
    return text[:cut].rstrip() + "\u2026"


def build_reasons(hits: Sequence[RuleHit], terms: Sequence[TermWeight], score: float, band: str) -> tuple[str, ...]:
    """Short sentences a moderator reads first: strongest categories, then the model's view."""
    reasons: list[str] = []
    best: dict[str, RuleHit] = {}
    for hit in hits:
        if hit.discounted:
            continue
        if hit.category not in best or hit.weight > best[hit.category].weight:
            best[hit.category] = hit
    for category, hit in sorted(best.items(), key=lambda kv: (-kv[1].weight, kv[1].rule_id)):
        what = category_reasons().get(category, f"matches custom rule category '{category}'")
        quote = f": \u201c{quote_evidence(hit.evidence[0].text)}\u201d" if hit.evidence else ""
        reasons.append(f"{what[0].upper()}{what[1:]} ({category}, {hit.rule_id}){quote}.")
    up = [t.term for t in terms if t.weight > 0][:4]
    if up and band != "low":  # a low-risk post's most scam-like words would only mislead
        quoted = ", ".join(f"\u2018{t}\u2019" for t in up)
        reasons.append(f"The wording resembles known scam posts: {quoted}.")
    if not reasons:
        reasons.append("No red flags found." if band == "low" else "The overall wording resembles known scam posts.")
    return tuple(reasons)
