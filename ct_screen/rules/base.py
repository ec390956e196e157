"""The rule type: what a rule is, how it is checked, and how its matches are filtered.

A rule is a small, frozen value: a stable id (``CT101``), a category, a
severity, a weight, one or more patterns matched against normalised text
(lower case, de-obfuscated: see :mod:`ct_screen.normalize`), a plain-language
explanation, and its own examples that must and must not fire. Negation and
warnings ("we never ask for a fee", "beware of scammers asking for deposits")
are handled here, once, for every rule.

Patterns must not backtrack catastrophically: no unbounded ``*``/``+`` after a
group or a wildcard; use the helpers of :mod:`.patterns`, whose repetition is bounded.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import regex

from ..normalize import normalize
from ..result import Contact
from .limits import MAX_EVIDENCE
from .patterns import GAP, NEG_TOKEN, WarningWords, any_of, clause_gap, near, negated, sentence_bounds

__all__ = [
    "SEVERITIES", "Rule", "any_of", "near", "GAP", "MAX_EVIDENCE",
    "negated", "RuleDefinitionError", "CONTACT_CONDITIONS", "NEG_TOKEN", "clause_gap", "Check",
]

SEVERITIES = ("low", "medium", "high")

_ID = regex.compile(r"[A-Z]{1,4}\d{3,4}")
_PATTERN_NAME = regex.compile(r"[a-z0-9][a-z0-9_.\-]{0,47}")
_UNBOUNDED = regex.compile(r"(?<!\\)(?:\*|(?<!\})\+|\{\d+,\})")  # `{1,9}+` (possessive) is bounded

CONTACT_CONDITIONS = {
    "free_mail": lambda c: c.kind == "email" and c.free_mail,
    "messenger": lambda c: c.platform in {"whatsapp", "telegram", "signal", "wechat", "viber", "kik", "snapchat",
                                          "line", "threema", "session", "imo", "discord"},
    "shortener": lambda c: c.shortener,
    "phone": lambda c: c.kind == "phone",
    "email": lambda c: c.kind == "email",
    "url": lambda c: c.kind == "url",
    "handle": lambda c: c.kind == "handle",
}
"""Named predicates over contacts that a rule can fire on."""


def _compile_any(sources: tuple[str, ...], trusted: bool = True) -> re.Pattern | regex.Pattern | None:
    """One alternation of ``sources``: stdlib ``re`` where it can (faster), else (and for untrusted rules, which
    run under a timeout) ``regex``."""
    if not sources:
        return None
    joined = "|".join(f"(?:{p})" for p in sources)
    if not trusted:
        return regex.compile(joined)
    try:
        return re.compile(joined)
    except re.error:
        return regex.compile(joined)


class _Timed:
    """A ``regex`` pattern whose ``search`` runs under what is left of a deadline."""

    def __init__(self, pattern, deadline: float):
        self.pattern, self.deadline = pattern, deadline

    def search(self, text: str):
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError("rule time budget spent")
        return self.pattern.search(text, timeout=min(left, 0.1))


class RuleDefinitionError(ValueError):
    """A rule is malformed (bad id, unknown severity, unsafe or broken pattern)."""


@dataclass(frozen=True)
class Check:
    """A test in code that each match of a rule must also pass (the analogue of presidio's ``validate_result``).

    Patterns say where something *looks like* a red flag ("300 USD a day"); a
    check decides what a pattern cannot say well (is 300 USD a day far above the
    going rate?). Built-in rules may carry any predicate; custom rules only name
    checks of the fixed registry :data:`ct_screen.rules.checks.CHECKS`, so a rule
    file never runs code.

    Parameters
    ----------
    name : str
        What the check tests (``"amount_at_least"``).
    params : tuple of (str, object) pairs
        Its parameters, hashable; part of :func:`ct_screen.rules.rules_version`.
    predicate : callable
        ``predicate(text, start, end) -> bool`` on normalised text and a match's span.
    """

    name: str
    params: tuple[tuple[str, Any], ...] = ()
    predicate: Callable[[str, int, int], bool] = field(default=lambda text, start, end: True, compare=False,
                                                       repr=False)

    def __call__(self, text: str, start: int, end: int) -> bool:
        return bool(self.predicate(text, start, end))


@dataclass(frozen=True)
class Rule:
    """One red-flag heuristic.

    Parameters
    ----------
    id : str
        Stable identifier (``CT101``); never renamed or reused.
    category : str
        A built-in category (:data:`ct_screen.rules.CATEGORIES`); custom rules may name a new one.
    name : str
        Short slug, e.g. ``"registration-fee"``.
    severity : {"low", "medium", "high"}
        How alarming a hit is on its own, for people reading the catalogue.
    weight : float
        Strength of the evidence in (0, 1]: the probability-like contribution of
        the rule's category to the rules-only score.
    patterns : tuple of str, or mapping of name to str
        Regular expressions (``regex`` syntax) over normalised text; any match fires.
        Given as a mapping, the keys name the patterns (see ``pattern_names``).
    explanation : str
        What the rule looks for and why it matters, for a moderator.
    examples, counter_examples : tuple of str
        Texts the rule must fire on / must not fire on (checked by the tests).
    requires : tuple of str
        Patterns of which at least one must also occur somewhere in the post.
    exclude : tuple of str
        Patterns that, found within ``context`` characters of a match, cancel it; a contact condition's
        evidence is cancelled by one found anywhere in the post. Warning words given here
        (:class:`~ct_screen.rules.patterns.WarningWords`, from :func:`~ct_screen.rules.patterns.warnings`) move
        to ``warning_exclude``.
    warning_exclude : tuple of str
        Warning words that cancel a match only in its own sentence (within ``context`` characters): a warning
        sentence next to a scam ("Report fake pages! Real job: modelling for girls 16-19 ...") does not switch the
        scam's rules off; the warning context (:mod:`ct_screen.context`) discounts the sentences that warn. A
        contact condition's evidence is cancelled by one found in the contact's own sentence (for a contact in the
        skipped middle of a long post, anywhere in the text read).
    negatable : bool
        Whether negators/warnings before a match cancel it.
    context : int
        Characters either side of a match searched for ``exclude`` patterns.
    contacts : tuple of str
        Contact conditions (see :data:`CONTACT_CONDITIONS`): the rule also fires
        on every contact that meets one, with the contact as evidence.
    pattern_names : tuple of str
        A short name per pattern, reported with each evidence span; by default
        the rule's ``name`` (one pattern) or ``name-1``, ``name-2``, ...
    check : Check, optional
        A test each match must also pass (see :class:`Check`).
    trusted : bool
        ``False`` for rules read from a rule file: their patterns run under a
        time budget (see :mod:`ct_screen.rules.matcher`) and never through ``re``.
    """

    id: str
    category: str
    name: str
    severity: str
    weight: float
    patterns: tuple[str, ...]
    explanation: str
    examples: tuple[str, ...] = ()
    counter_examples: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    warning_exclude: tuple[str, ...] = ()
    negatable: bool = True
    context: int = 60
    contacts: tuple[str, ...] = ()
    pattern_names: tuple[str, ...] = ()
    check: Check | None = None
    trusted: bool = True

    def __post_init__(self) -> None:
        warning = tuple(p for p in self.exclude if isinstance(p, WarningWords))
        if warning:
            object.__setattr__(self, "exclude", tuple(p for p in self.exclude if not isinstance(p, WarningWords)))
            object.__setattr__(self, "warning_exclude", (*self.warning_exclude, *warning))
        if isinstance(self.patterns, Mapping):
            object.__setattr__(self, "pattern_names", tuple(self.patterns))
            object.__setattr__(self, "patterns", tuple(self.patterns.values()))
        if not self.pattern_names:
            names = (self.name,) if len(self.patterns) == 1 else \
                tuple(f"{self.name}-{i}" for i in range(1, len(self.patterns) + 1))
            object.__setattr__(self, "pattern_names", names)
        if not _ID.fullmatch(self.id):
            raise RuleDefinitionError(f"rule id {self.id!r} must look like 'CT101'")
        if not regex.fullmatch(r"[a-z][a-z0-9_]{1,40}", self.category):
            raise RuleDefinitionError(f"{self.id}: category {self.category!r} is not a lower-case identifier")
        if self.severity not in SEVERITIES:
            raise RuleDefinitionError(f"{self.id}: severity {self.severity!r} not in {SEVERITIES}")
        if not 0.0 < float(self.weight) <= 1.0:
            raise RuleDefinitionError(f"{self.id}: weight {self.weight!r} not in (0, 1]")
        if not self.patterns and not self.contacts:
            raise RuleDefinitionError(f"{self.id}: no patterns and no contact conditions")
        if len(self.pattern_names) != len(self.patterns) or len(set(self.pattern_names)) != len(self.patterns):
            raise RuleDefinitionError(f"{self.id}: pattern_names must give each pattern its own name")
        bad = [n for n in self.pattern_names if not isinstance(n, str) or not _PATTERN_NAME.fullmatch(n.lower())]
        if bad:
            raise RuleDefinitionError(f"{self.id}: pattern names {bad} are not short slugs like 'fee-amount'")
        if self.check is not None and not isinstance(self.check, Check):
            raise RuleDefinitionError(f"{self.id}: check must be a Check, not {type(self.check).__name__}")
        unknown = set(self.contacts) - set(CONTACT_CONDITIONS)
        if unknown:
            raise RuleDefinitionError(f"{self.id}: unknown contact conditions {sorted(unknown)}")
        for source in (*self.patterns, *self.requires, *self.exclude, *self.warning_exclude):
            if _UNBOUNDED.search(source.replace(r"\s+", "").replace(r"\w+", "").replace(r"\d+", "")):
                raise RuleDefinitionError(f"{self.id}: unbounded repetition in {source!r}; use {{0,N}}")

    @property
    def written_patterns(self) -> tuple[str, ...]:
        """Each pattern as its author wrote it: with its ``{name}`` references (:mod:`.vocabulary`), or the
        pattern itself where it was written out in full."""
        return tuple(getattr(p, "template", p) for p in self.patterns)

    def check_compiles(self) -> None:
        """Compile every pattern now, raising :class:`RuleDefinitionError` for a broken one.

        Construction only lints patterns (compiling a hundred large patterns costs
        seconds at start-up); rules from outside the package are checked with this
        when they are loaded, and the built-in ones by the test suite.
        """
        for source in (*self.patterns, *self.requires, *self.exclude, *self.warning_exclude):
            try:
                regex.compile(source)
            except regex.error as exc:
                raise RuleDefinitionError(f"{self.id}: pattern {source!r} does not compile: {exc}") from exc

    def matches_contact(self, contact: Contact) -> bool:
        """Whether ``contact`` meets one of the rule's contact conditions."""
        return self.contact_pattern(contact) is not None

    @cached_property
    def _compiled(self) -> tuple[regex.Pattern, regex.Pattern | None, regex.Pattern | None]:
        """The main pattern, the ``requires`` and the ``exclude`` patterns, compiled on first use."""
        main = regex.compile("|".join(f"(?:{p})" for p in self.patterns) if self.patterns else r"(?!x)x")
        return main, self._requires, self._exclude

    @cached_property
    def _requires(self) -> re.Pattern | regex.Pattern | None:
        return _compile_any(self.requires, self.trusted)

    @cached_property
    def _exclude(self) -> re.Pattern | regex.Pattern | None:
        return _compile_any(self.exclude, self.trusted)

    @cached_property
    def _warning_exclude(self) -> re.Pattern | regex.Pattern | None:
        return _compile_any(self.warning_exclude, self.trusted)

    def _sentence_window(self, text: str, start: int, end: int) -> str:
        """The match's own sentence, within ``context`` characters of it (:func:`~.patterns.sentence_bounds`: a
        semicolon does not end it, so "upload a copy of your passport to the official portal; we never ask for
        documents over WhatsApp" holds its warning)."""
        lo, hi = sentence_bounds(text, start, end, self.context)
        return text[lo:hi]

    def find(self, text: str) -> list[tuple[int, int]]:
        """Spans of ``text`` (normalised) where the rule fires, at most :data:`MAX_EVIDENCE`.

        This is the reference: a full scan. :func:`ct_screen.rules.matcher.run_rules`
        gives the same spans faster.
        """
        return self.filter_matches(text, self._compiled[0].finditer(text))

    def filter_matches(self, text: str, matches, limit: int = MAX_EVIDENCE, *, check_requires: bool = True,
                       deadline: float | None = None) -> list[tuple[int, int]]:
        """Keep the matches that survive the check, negation, ``exclude`` and (unless told not to) ``requires``.

        With a ``deadline`` (a :func:`time.monotonic` time), ``exclude`` and
        ``requires`` run under a timeout and :class:`TimeoutError` is raised once it passes.
        """
        requires, exclude, check = self._requires, self._exclude, self.check
        warning = self._warning_exclude
        if deadline is not None:
            requires = _Timed(requires, deadline) if requires is not None else None
            exclude = _Timed(exclude, deadline) if exclude is not None else None
            warning = _Timed(warning, deadline) if warning is not None else None
        spans: list[tuple[int, int]] = []
        for match in matches:
            start, end = match.span()
            if end == start:
                continue
            if check is not None and not check(text, start, end):
                continue
            if self.negatable and negated(text, start, end):
                continue
            if exclude is not None and exclude.search(text[max(0, start - self.context):end + self.context]):
                continue
            if warning is not None and warning.search(self._sentence_window(text, start, end)):
                continue
            spans.append((start, end))
            if len(spans) >= limit:
                break
        if spans and check_requires and requires is not None and not requires.search(text):
            return []
        return spans

    @cached_property
    def _singles(self) -> tuple[re.Pattern | regex.Pattern, ...]:
        return tuple(_compile_any((p,), self.trusted) for p in self.patterns)  # type: ignore[misc]

    def pattern_name_at(self, text: str, start: int) -> str | None:
        """The name of the pattern that produced a match starting at ``start`` (the first that matches there,
        as in the rule's alternation), or ``None`` if none does (or, for an untrusted rule, in time)."""
        for name, pattern in zip(self.pattern_names, self._singles, strict=True):
            try:
                found = pattern.match(text, start) if self.trusted else pattern.match(text, start, timeout=0.02)
            except TimeoutError:
                return None
            if found is not None:
                return name
        return None

    def contact_pattern(self, contact: Contact) -> str | None:
        """``"contact:<condition>"`` for the first of the rule's contact conditions ``contact`` meets."""
        for name in self.contacts:
            if CONTACT_CONDITIONS[name](contact):
                return f"contact:{name}"
        return None

    def fires_on(self, text: str) -> bool:
        """Whether the rule fires on a raw (not yet normalised) text (patterns or contacts)."""
        from ..contacts import extract_contacts  # contacts sits beside rules; imported late for tests only
        from .firing import fire

        norm = normalize(text)
        return bool(fire((self,), norm, extract_contacts(norm)).hits)
