"""Frozen result types returned by :func:`ct_screen.screen`.

Every offset in these types points into the text the caller passed (or, for a
mapping of fields, into the field named by ``field``), so that
``original[start:end] == text`` always holds, whatever normalisation ran.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .notices import Notice

BANDS = ("low", "review", "high")


@dataclass(frozen=True)
class Evidence:
    """A span of the caller's text that supports a finding.

    Parameters
    ----------
    start, end : int
        Offsets into the original text (or into ``field`` for a mapping).
    text : str
        ``original[start:end]``.
    field : str or None
        The mapping key the span belongs to; ``None`` for a plain string.
    pattern : str or None
        The name of the rule pattern that produced the span (``"contact:messenger"``
        for a contact), when known; ``None`` for classifier terms.
    """

    start: int
    end: int
    text: str
    field: str | None = None
    pattern: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"start": self.start, "end": self.end, "text": self.text}
        if self.field is not None:
            out["field"] = self.field
        if self.pattern is not None:
            out["pattern"] = self.pattern
        return out


@dataclass(frozen=True)
class RuleHit:
    """One rule that fired, with all of its evidence in the post.

    ``discounted`` is true when all of the evidence sits inside a warning about
    scams (safety tips, a fraud alert, a news story): the hit is shown but does
    not count in the score (a ``CTN120`` notice says so).
    """

    rule_id: str
    category: str
    severity: str
    weight: float
    evidence: tuple[Evidence, ...]
    explanation: str
    discounted: bool = False

    def to_dict(self) -> dict[str, Any]:
        out = {
            "rule_id": self.rule_id,
            "category": self.category,
            "severity": self.severity,
            "weight": self.weight,
            "evidence": [e.to_dict() for e in self.evidence],
            "explanation": self.explanation,
        }
        if self.discounted:
            out["discounted"] = True
        return out


@dataclass(frozen=True)
class Contact:
    """A contact point found in a post (phone, e-mail, URL, messenger handle).

    ``value`` is the canonical form used for linking (E.164 phone numbers,
    lower-cased e-mail addresses, canonical URLs, ``platform:handle``).
    """

    kind: str
    value: str
    start: int
    end: int
    text: str
    field: str | None = None
    platform: str | None = None
    free_mail: bool = False
    shortener: bool = False
    masked: bool = False

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "kind": self.kind,
            "value": self.value,
            "start": self.start,
            "end": self.end,
            "text": self.text,
        }
        if self.field is not None:
            out["field"] = self.field
        if self.platform is not None:
            out["platform"] = self.platform
        if self.free_mail:
            out["free_mail"] = True
        if self.shortener:
            out["shortener"] = True
        if self.masked:
            out["masked"] = True
        return out


@dataclass(frozen=True)
class TermWeight:
    """A classifier feature (n-gram) and how far it pushed the score.

    ``weight`` is the term's contribution to the classifier's log-odds:
    positive pushes towards scam, negative away from it.
    """

    term: str
    weight: float
    evidence: tuple[Evidence, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "term": self.term,
            "weight": self.weight,
            "evidence": [e.to_dict() for e in self.evidence],
        }


@dataclass(frozen=True)
class ScreenResult:
    """The outcome of screening one post.

    Attributes
    ----------
    score : float
        Calibrated risk in [0, 1] (probability that the post is a scam at the
        configured base rate when a model is loaded; rules-only otherwise).
    band : {"low", "review", "high"}
        Triage band from the configured thresholds.
    hits : tuple of RuleHit
        Rules that fired, ordered by rule id.
    terms : tuple of TermWeight
        Classifier terms that pushed the score most (up first, then down).
    reasons : tuple of str
        Short plain-language sentences for a moderator.
    contacts : tuple of Contact
        Contact points found in the post.
    version : mapping
        ``{"package", "rules", "model"}`` versions that produced the result.
    rule_score, model_score : float or None
        The two inputs to the fused score (``model_score`` is ``None``
        without a model).
    notices : tuple of Notice
        What the library could not fully judge about this post (too little
        text, a language it does not read, a warning context, text it
        skipped ...), each with a stable code; empty when it judged it all.
    """

    score: float
    band: str
    hits: tuple[RuleHit, ...] = ()
    terms: tuple[TermWeight, ...] = ()
    reasons: tuple[str, ...] = ()
    contacts: tuple[Contact, ...] = ()
    version: Mapping[str, str] = field(default_factory=dict)
    rule_score: float = 0.0
    model_score: float | None = None
    notices: tuple[Notice, ...] = ()

    @property
    def categories(self) -> tuple[str, ...]:
        """Distinct categories that fired, in rule-id order."""
        seen: dict[str, None] = {}
        for hit in self.hits:
            seen.setdefault(hit.category, None)
        return tuple(seen)

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-safe dict with the public keys of the result."""
        return {
            "score": float(self.score),
            "band": str(self.band),
            "hits": [h.to_dict() for h in self.hits],
            "terms": [t.to_dict() for t in self.terms],
            "reasons": list(self.reasons),
            "contacts": [c.to_dict() for c in self.contacts],
            "version": dict(self.version),
            "notices": [n.to_dict() for n in self.notices],
        }
