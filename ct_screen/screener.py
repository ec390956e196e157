"""The screening pipeline: text -> normalise -> contacts + rules + model -> fuse -> result."""

from __future__ import annotations

import importlib
import os
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from . import __version__
from .contacts import extract_contacts
from .fields import JoinedPost, join_fields
from .fuse import (
    RULES_ONLY_THRESHOLDS,
    Thresholds,
    band_for,
    build_reasons,
    category_weights,
    fused_score,
    rules_only_score,
)
from .model.api import ModelPrediction, ScreeningModel
from .normalize import normalize
from .notices import Notice
from .result import Contact, Evidence, RuleHit, ScreenResult, TermWeight
from .rules import Rule, builtin_rules, check_unique, rules_version
from .rules.custom import load_rules_file
from .rules.firing import fire

__all__ = ["Screener", "screen", "screen_many", "Post"]

Post = str | Mapping[str, Any]
_NO_MODEL = "none"


def _resolve_model(model: Any) -> ScreeningModel | None:
    if model is None or model is False:
        return None
    if isinstance(model, ScreeningModel):
        return model
    bundle = importlib.import_module(f"{__package__}.model.bundle")  # on first use: `import ct_screen` loads no model code
    if isinstance(model, str) and model == "default":
        return bundle.load_default_model()
    if isinstance(model, str | os.PathLike):
        return bundle.load_model(Path(model))
    raise TypeError(f"model must be 'default', None, a path or a loaded model, not {type(model).__name__}")


def _load_extra_rules(extra_rules: Any) -> tuple[Rule, ...]:
    if extra_rules is None:
        return ()
    if isinstance(extra_rules, str | os.PathLike):
        return load_rules_file(extra_rules)
    rules = tuple(extra_rules)
    if not all(isinstance(r, Rule) for r in rules):
        raise TypeError("extra_rules must be a path to a YAML/TOML file or an iterable of Rule")
    for rule in rules:
        rule.check_compiles()
    return rules


class Screener:
    """Screen posts with the rules and (optionally) a classifier.

    Parameters
    ----------
    model : "default", None, path or loaded model
        ``"default"`` uses the model bundled with the package (loaded lazily,
        once); ``None`` screens with rules only; a path loads a model folder.
    extra_rules : path or iterable of Rule, optional
        Custom rules (a YAML/TOML file, see :mod:`ct_screen.rules.custom`) added
        to the built-in ones.
    rules : iterable of Rule, optional
        Replace the built-in rules altogether.
    disabled_rules : iterable of str, optional
        Rule ids to switch off.
    thresholds : Thresholds, optional
        Override the band thresholds (else the model's, or the rules-only ones).
    max_terms : int
        Classifier terms reported per post.

    Notes
    -----
    A Screener is immutable once built and safe to share between threads.
    """

    def __init__(
        self,
        *,
        model: Any = "default",
        extra_rules: Any = None,
        rules: Iterable[Rule] | None = None,
        disabled_rules: Iterable[str] = (),
        thresholds: Thresholds | None = None,
        max_terms: int = 8,
    ) -> None:
        base = builtin_rules() if rules is None else tuple(rules)
        disabled = set(disabled_rules)
        self.rules: tuple[Rule, ...] = check_unique(
            tuple(r for r in (*base, *_load_extra_rules(extra_rules)) if r.id not in disabled))
        self._model_spec = model
        self._model: ScreeningModel | None = None
        self._model_loaded = model is None or model is False
        self._lock = threading.Lock()
        self._thresholds = thresholds
        self.max_terms = int(max_terms)
        self._rules_version = rules_version(self.rules)

    @property
    def options(self) -> dict[str, Any]:
        """Keyword arguments that build an equivalent screener, e.g. in a worker process.

        The rules are given as the final tuple (extra rules included, disabled ones
        left out); the model as it was given (a name or path is loaded again there).
        """
        return {"rules": self.rules, "model": self._model_spec, "thresholds": self._thresholds,
                "max_terms": self.max_terms}

    @property
    def model(self) -> ScreeningModel | None:
        """The model, loaded on first use (thread-safe, once)."""
        if not self._model_loaded:
            with self._lock:
                if not self._model_loaded:
                    self._model = _resolve_model(self._model_spec)
                    self._model_loaded = True
        return self._model

    @property
    def thresholds(self) -> Thresholds:
        """Band thresholds in force."""
        if self._thresholds is not None:
            return self._thresholds
        model = self.model
        if model is None:
            return RULES_ONLY_THRESHOLDS
        return Thresholds(review=float(model.thresholds["review"]), high=float(model.thresholds["high"]))

    @property
    def version(self) -> dict[str, str]:
        """``{package, rules, model}`` versions."""
        model = self.model
        return {"package": __version__, "rules": self._rules_version, "model": model.version if model else _NO_MODEL}

    # -- the pipeline -------------------------------------------------------------------------------------

    def _evidence(self, joined: JoinedPost, start: int, end: int, original: Mapping[str, Any] | str,
                  pattern: str | None = None) -> Evidence:
        field, a, b = joined.locate(start, end)
        source = original if field is None else original[field]
        return Evidence(start=a, end=b, text=source[a:b], field=field, pattern=pattern)

    def _analyse(self, post: Post) -> tuple[JoinedPost, tuple[Contact, ...], tuple[RuleHit, ...], tuple[Notice, ...]]:
        joined = join_fields(post)
        norm = normalize(joined.text)
        contacts = extract_contacts(norm)
        fired = fire(self.rules, norm, contacts)
        hits = tuple(RuleHit(f.rule.id, f.rule.category, f.rule.severity, float(f.rule.weight),
                             tuple(self._evidence(joined, a, b, post, name) for a, b, name in f.spans),
                             f.rule.explanation) for f in fired.hits)
        return joined, contacts, hits, fired.notices

    def _result(self, post: Post, joined: JoinedPost, contacts: tuple[Contact, ...], hits: tuple[RuleHit, ...],
                notices: tuple[Notice, ...], prediction: ModelPrediction | None) -> ScreenResult:
        rule_score = rules_only_score(hits)
        weights = category_weights(hits)
        terms: tuple[TermWeight, ...] = ()
        if prediction is None:
            score, model_score = rule_score, None
        else:
            model_score = float(prediction.probability)
            score = fused_score(model_score, weights, self.model.fusion)  # type: ignore[union-attr]
            terms = tuple(
                TermWeight(term, float(weight), tuple(self._evidence(joined, a, b, post) for a, b in spans))
                for term, weight, spans in prediction.terms[: self.max_terms])
        band = band_for(score, self.thresholds)
        mapped = tuple(self._map_contact(joined, c) for c in contacts)
        return ScreenResult(score=float(score), band=band, hits=hits, terms=terms,
                            reasons=build_reasons(hits, terms, score, band), contacts=mapped,
                            version=self.version, rule_score=rule_score, model_score=model_score, notices=notices)

    def _map_contact(self, joined: JoinedPost, contact: Contact) -> Contact:
        field, a, b = joined.locate(contact.start, contact.end)
        if field is None:
            return contact
        offset = contact.start - a
        return Contact(kind=contact.kind, value=contact.value, start=a, end=b, text=joined.text[offset + a:offset + b],
                       field=field, platform=contact.platform, free_mail=contact.free_mail,
                       shortener=contact.shortener, masked=contact.masked)

    def screen(self, post: Post) -> ScreenResult:
        """Screen one post (a ``str`` or a mapping of fields).

        Raises
        ------
        TypeError
            If ``post`` is neither a ``str`` nor a mapping.
        """
        return self.screen_many([post])[0]

    def screen_many(self, posts: Iterable[Post], *, batch_size: int = 256) -> list[ScreenResult]:
        """Screen many posts, in order; the classifier runs once per batch."""
        return list(self.iter_screen(posts, batch_size=batch_size))

    def iter_screen(self, posts: Iterable[Post], *, batch_size: int = 256) -> Iterator[ScreenResult]:
        """Lazily screen an iterable of posts, in order."""
        batch: list[Post] = []
        for post in posts:
            batch.append(post)
            if len(batch) >= batch_size:
                yield from self._screen_batch(batch)
                batch = []
        if batch:
            yield from self._screen_batch(batch)

    def _screen_batch(self, posts: Sequence[Post]) -> list[ScreenResult]:
        analysed = [self._analyse(p) for p in posts]
        model = self.model
        predictions: list[ModelPrediction | None]
        if model is None:
            predictions = [None] * len(posts)
        else:
            predictions = list(model.predict_many([a[0].text for a in analysed], [a[1] for a in analysed]))
        return [self._result(p, *a, pred) for p, a, pred in zip(posts, analysed, predictions, strict=False)]


_SHARED: dict[str, Screener] = {}
_SHARED_LOCK = threading.Lock()


def _shared(model: Any) -> Screener:
    if model is None or (isinstance(model, str) and model == "default"):
        key = "none" if model is None else "default"
        screener = _SHARED.get(key)
        if screener is None:
            with _SHARED_LOCK:
                screener = _SHARED.setdefault(key, Screener(model=model))
        return screener
    return Screener(model=model)


def screen(post: Post, *, model: Any = "default") -> ScreenResult:
    """Screen one post with the built-in rules and the bundled model.

    Parameters
    ----------
    post : str or mapping
        The post text, or a mapping of EMSCAD-style fields (``title``,
        ``company_profile``, ``description``, ``requirements``, ``benefits``, ...).
    model : "default", None, path or loaded model
        See :class:`Screener`. For repeated use of a non-default model, build
        a :class:`Screener` once instead.

    Returns
    -------
    ScreenResult

    Examples
    --------
    >>> from ct_screen import screen
    >>> r = screen("Pay a $50 registration fee, then WhatsApp me on +44 7700 900123")
    >>> r.band in ("low", "review", "high")
    True
    """
    return _shared(model).screen(post)


def screen_many(posts: Iterable[Post], *, model: Any = "default") -> list[ScreenResult]:
    """Screen an iterable of posts, in order (see :func:`screen`)."""
    return _shared(model).screen_many(posts)
