"""The screening pipeline: text -> normalise -> contacts + rules + model -> fuse -> result."""

from __future__ import annotations

import importlib
import numbers
import os
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ._version import __version__
from .contacts import MAX_PER_KIND, ContactScan, find_contacts
from .context import SpanIndex, find_warning_context
from .fields import JoinedPost, field_signals, join_fields
from .fuse import (
    RULES_ONLY_THRESHOLDS,
    Fusion,
    Thresholds,
    band_for,
    build_reasons,
    category_weights,
    fused_score,
    quote_evidence,
    rules_only_score,
)
from .model.api import ModelPrediction, ScreeningModel
from .normalize import normalize
from .notices import Notice, notice
from .reading import ModelView, model_view
from .result import Contact, Evidence, RuleHit, ScreenResult, TermWeight
from .rules import Rule, builtin_rules, check_unique, rules_version
from .rules.firing import fire
from .window import READ_LIMIT, read_pieces

__all__ = ["Screener", "ScreenerSpec", "screen", "screen_many", "shared_builds", "Post", "Analysis"]

Post = str | Mapping[str, Any]
_NO_MODEL = "none"


def _resolve_model(model: Any, model_sha256: str | None = None) -> ScreeningModel | None:
    if model is None or model is False:
        return None
    if isinstance(model, ScreeningModel):
        return model
    bundle = importlib.import_module(f"{__package__}.model.bundle")  # on first use: `import ct_screen` loads no model code
    if isinstance(model, str) and model == "default":
        if model_sha256 is not None:  # a pinned load reads and checks the file itself
            return bundle.load_model(bundle.default_model_dir(), expected_sha256=model_sha256)
        return bundle.load_default_model()
    if isinstance(model, str | os.PathLike):
        return bundle.load_model(Path(model), expected_sha256=model_sha256)
    raise TypeError(f"model must be 'default', None, a path or a loaded model, not {type(model).__name__}")


def _check_pin(model: Any, model_sha256: str | None) -> str | None:
    if model_sha256 is None:
        return None
    if not isinstance(model_sha256, str):
        raise TypeError(f"model_sha256 must be a str of 64 hex digits, not {type(model_sha256).__name__}")
    if not (isinstance(model, str | os.PathLike) and model is not False):
        raise ValueError("model_sha256 pins a model loaded from a folder (or 'default'); "
                         f"it does not apply to model={model!r}")
    return model_sha256


def _load_extra_rules(extra_rules: Any) -> tuple[Rule, ...]:
    if extra_rules is None:
        return ()
    if isinstance(extra_rules, str | os.PathLike):
        # imported on first use: its YAML and TOML readers cost start-up time
        from .rules.custom import load_rules_file

        return load_rules_file(extra_rules)
    rules = tuple(extra_rules)
    if not all(isinstance(r, Rule) for r in rules):
        raise TypeError("extra_rules must be a path to a YAML/TOML file or an iterable of Rule")
    for rule in rules:
        rule.check_compiles()
    return rules


@dataclass(frozen=True)
class Analysis:
    """One post after normalising, contacts and rules: everything but the classifier (see :meth:`Screener.analyse`)."""

    joined: JoinedPost
    contacts: tuple[Contact, ...]
    hits: tuple[RuleHit, ...]
    view: ModelView
    notices: tuple[Notice, ...]
    signals: tuple[float, ...]


def _warning_notice(hits: Sequence[RuleHit], text: str, spans: Sequence[tuple[int, int]]) -> Notice:
    discounted = sorted({h.rule_id for h in hits if h.discounted})
    which = f"; red flags not counted: {', '.join(discounted)}" if discounted else ""
    a, b = spans[0]
    return Notice("CTN120", f"Reads as a warning about scams (\u201c{quote_evidence(text[a:b], 50)}\u201d){which}. "
                            "Sentences that warn are discounted; anything outside them is judged as usual.")


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
        Classifier terms reported per post (at least 0).
    model_sha256 : str, optional
        The sha256 of the model file you trust (the ``model_sha256`` of its
        manifest, kept where the model folder's writers cannot change it). A
        model whose file has another hash is refused with ``ModelIntegrityError``.

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
        model_sha256: str | None = None,
    ) -> None:
        if isinstance(max_terms, bool) or not isinstance(max_terms, numbers.Integral) or max_terms < 0:
            raise ValueError(f"max_terms must be a whole number of at least 0, not {max_terms!r}")
        base = builtin_rules() if rules is None else tuple(rules)
        disabled = set(disabled_rules)
        self.rules: tuple[Rule, ...] = check_unique(
            tuple(r for r in (*base, *_load_extra_rules(extra_rules)) if r.id not in disabled))
        self._model_spec = model
        self._model_sha256 = _check_pin(model, model_sha256)
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
                "max_terms": self.max_terms, "model_sha256": self._model_sha256}

    @property
    def spec(self) -> ScreenerSpec:
        """The frozen value that builds an equivalent screener (see :class:`ScreenerSpec`)."""
        return ScreenerSpec(**self.options)

    @property
    def model(self) -> ScreeningModel | None:
        """The model, loaded on first use (thread-safe, once)."""
        if not self._model_loaded:
            with self._lock:
                if not self._model_loaded:
                    self._model = _resolve_model(self._model_spec, self._model_sha256)
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
        source = original if field is None else joined.value(field)  # a field's text as read (bytes decoded)
        return Evidence(start=a, end=b, text=source[a:b], field=field, pattern=pattern)

    def analyse(self, post: Post) -> Analysis:
        """Everything the screener knows of a post before the classifier: contacts, rule hits (with
        warning-context discounts), what the classifier is given, the notices and the field signals.
        Training uses it so that the model learns from exactly what ``screen()`` will give it."""
        joined = join_fields(post)
        norm = normalize(joined.text)
        scan = find_contacts(norm)
        contacts = scan.contacts
        fired = fire(self.rules, norm, contacts)
        warnings_read = tuple((a + offset, b + offset) for offset, piece in read_pieces(norm.text)
                              for a, b in find_warning_context(piece).spans)
        warning_spans = tuple(norm.span(a, b) for a, b in warnings_read)
        warnings = SpanIndex(warning_spans)
        hits = []
        for f in fired.hits:
            discounted = bool(warnings) and all(warnings.covers(a, b) for a, b, _ in f.spans)
            hits.append(RuleHit(f.rule.id, f.rule.category, f.rule.severity, float(f.rule.weight),
                                tuple(self._evidence(joined, a, b, post, name) for a, b, name in f.spans),
                                f.rule.explanation, discounted=discounted))
        view = model_view(norm, contacts, warnings_read, fired.skipped)
        notices = (_warning_notice(hits, joined.text, warning_spans),) if warning_spans else ()
        return Analysis(joined, contacts, tuple(hits), view,
                        notices + view.notices + tuple(fired.notices) + _contact_notices(scan, fired.skipped is None),
                        field_signals(post))

    def _result(self, post: Post, analysis: Analysis, prediction: ModelPrediction | None) -> ScreenResult:
        joined, contacts, hits = analysis.joined, analysis.contacts, analysis.hits
        rule_score = rules_only_score(hits)
        weights = category_weights(hits)
        terms: tuple[TermWeight, ...] = ()
        thresholds = self.thresholds
        if prediction is None:
            score, model_score = rule_score, None
        else:
            fusion = self.model.fusion  # type: ignore[union-attr]
            fusion = fusion if isinstance(fusion, Fusion) else Fusion.from_mapping(fusion)
            model_score = float(prediction.probability)
            readable = analysis.view.readable
            score = fused_score(model_score if readable else fusion.neutral_probability, weights, fusion)
            if readable:
                terms = tuple(
                    TermWeight(term, float(weight), tuple(self._evidence(joined, *analysis.view.to_post(a, b), post)
                                                          for a, b in spans))
                    for term, weight, spans in prediction.terms[: self.max_terms])
        if not weights and not analysis.view.readable:
            # nothing the library can read says scam: never a queue entry on the model's intercept alone
            score = min(score, round(max(0.0, thresholds.review - 1e-6), 6))
        band = band_for(score, thresholds)
        mapped = tuple(self._map_contact(joined, c) for c in contacts)
        return ScreenResult(score=float(score), band=band, hits=hits, terms=terms,
                            reasons=build_reasons(hits, terms, score, band), contacts=mapped,
                            version=self.version, rule_score=rule_score, model_score=model_score,
                            notices=analysis.notices)

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
        """Lazily screen an iterable of posts, in order.

        Raises
        ------
        TypeError
            If ``posts`` is one post (a ``str``, bytes or a mapping) rather than an iterable of posts.
        """
        _check_many(posts)  # now, not on the first next()
        return self._iter_screen(posts, batch_size)

    def _iter_screen(self, posts: Iterable[Post], batch_size: int) -> Iterator[ScreenResult]:
        batch: list[Post] = []
        for post in posts:
            batch.append(post)
            if len(batch) >= batch_size:
                yield from self._screen_batch(batch)
                batch = []
        if batch:
            yield from self._screen_batch(batch)

    def _screen_batch(self, posts: Sequence[Post]) -> list[ScreenResult]:
        analysed = [self.analyse(p) for p in posts]
        model = self.model
        predictions: list[ModelPrediction | None]
        if model is None:
            predictions = [None] * len(posts)
        else:
            predictions = list(model.predict_many([a.view.text for a in analysed], [a.view.contacts for a in analysed],
                                                  [a.signals for a in analysed]))
        return [self._result(p, a, pred) for p, a, pred in zip(posts, analysed, predictions, strict=True)]


def _check_many(posts: Any) -> None:
    if isinstance(posts, str | bytes | bytearray | Mapping):
        raise TypeError(f"screen_many() takes an iterable of posts, not one post ({type(posts).__name__}); "
                        "use screen() for one post, or wrap it in a list")


def _contact_notices(scan: ContactScan, read_whole: bool) -> tuple[Notice, ...]:
    """CTN300 when a kind of contact had more than its cap (some were not listed); CTN200 when the search for
    phone numbers spelt out digit by digit read only the head and tail of a post the rules read whole (a post
    whose normalisation removed enough characters: otherwise the rules' CTN200 says it)."""
    out = []
    if scan.spread_skipped and read_whole:
        out.append(notice("CTN200", f"The post is too long to search whole for phone numbers spelt out digit by "
                                    f"digit: only its first and last {READ_LIMIT // 2:,} characters were."))
    if scan.capped:
        out.append(notice("CTN300", f"more {', '.join(scan.capped)} contacts than the {MAX_PER_KIND} listed per "
                                    "kind: the rest are not in contacts or in campaign linking"))
    return tuple(out)


@dataclass(frozen=True)
class ScreenerSpec:
    """How to build a :class:`Screener`: the one small frozen value every layer builds one from.

    It pickles cheaply to worker processes, Dask and Spark (a model is named by
    ``"default"``, ``None`` or a path and loaded where the screener is built) and,
    when its fields are hashable, keys the per-process cache of :meth:`shared`.

    Attributes
    ----------
    model : "default", None, path or loaded model
        As :class:`Screener` takes it.
    extra_rules : path or None
        A YAML/TOML file of rules added to the built-in ones.
    rules : tuple of Rule or None
        The rules in place of the built-in ones (``Screener.spec`` gives the final tuple).
    disabled_rules : tuple of str
        Rule ids switched off.
    thresholds : Thresholds or None
        Band cut-offs in place of the model's.
    max_terms : int
        Classifier terms reported per post.
    model_sha256 : str or None
        The pinned sha256 of the model file.
    """

    model: Any = "default"
    extra_rules: str | os.PathLike[str] | None = None
    rules: tuple[Rule, ...] | None = None
    disabled_rules: tuple[str, ...] = ()
    thresholds: Thresholds | None = None
    max_terms: int = 8
    model_sha256: str | None = None

    def build(self) -> Screener:
        """A new screener (the model loads on first use)."""
        return Screener(model=self.model, extra_rules=self.extra_rules, rules=self.rules,
                        disabled_rules=self.disabled_rules, thresholds=self.thresholds, max_terms=self.max_terms,
                        model_sha256=self.model_sha256)

    def shared(self) -> Screener:
        """This process's screener for this spec, built once (thread-safe); ``screen()`` uses it too."""
        global _BUILDS
        screener = _SHARED.get(self)
        if screener is None:
            with _SHARED_LOCK:
                screener = _SHARED.get(self)
                if screener is None:
                    screener = _SHARED[self] = self.build()
                    _BUILDS += 1
        return screener


_SHARED: dict[ScreenerSpec, Screener] = {}
_SHARED_LOCK = threading.Lock()
_BUILDS = 0


def shared_builds() -> int:
    """How many screeners :meth:`ScreenerSpec.shared` has built in this process (for tests and probes)."""
    return _BUILDS


def _shared(model: Any) -> Screener:
    if model is None or (isinstance(model, str) and model == "default"):
        return ScreenerSpec(model=model).shared()
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
