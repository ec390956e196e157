"""How a set of rules fires on one post: pattern spans, contact spans, the pattern behind each, and notices.

This is the one place where a rule's pattern matches (found by the matcher) and
its contact conditions (met by the post's contacts) become evidence, used by the
screener and by :meth:`Rule.fires_on` alike.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..normalize import NormalizedText
from ..notices import Notice, notice
from ..result import Contact
from .limits import MAX_EVIDENCE
from .matcher import RULE_TEXT_LIMIT, RuleScan, read_pieces, scan_rules
from .protocol import RuleLike as Rule

__all__ = ["Firing", "Fired", "fire", "contact_spans", "scan_notices", "widen_to_contacts"]

Span = tuple[int, int, "str | None"]


@dataclass(frozen=True)
class Firing:
    """One rule that fired: its evidence spans, as ``(start, end, pattern name)`` in the original text."""

    rule: Rule
    spans: tuple[Span, ...]


@dataclass(frozen=True)
class Fired:
    """Every rule that fired on a post (in the rules' order), and what the rules could not read."""

    hits: tuple[Firing, ...]
    notices: tuple[Notice, ...] = ()
    skipped: tuple[int, int] | None = None
    """The middle of a long post the rules did not read, as offsets into the normalised text (``None``: all
    read); the classifier skips the same middle (:func:`ct_screen.reading.model_view`)."""


def contact_spans(rule: Rule, pieces: tuple[tuple[int, str], ...], contacts: Iterable[Contact],
                  timed_out: list[str] | None = None) -> list[Span]:
    """The contacts that meet one of ``rule``'s contact conditions, as evidence, when its ``requires`` (if any)
    occurs in the text the rules read (``pieces``, from :func:`~.matcher.read_pieces`) and its ``exclude`` (if
    any) does not: a contact has no place in the sentence, so the whole text read is its context. Its
    ``warning_exclude`` cancels a contact only in the contact's own sentence.

    An untrusted rule whose ``requires`` or ``exclude`` runs out of time gives no contact evidence, and its id
    is added to ``timed_out`` (for the notice that says so)."""
    if not rule.contacts:
        return []
    spans: list[Span] = []
    for contact in contacts:
        name = rule.contact_pattern(contact)
        if name is not None:
            spans.append((contact.start, contact.end, name))
    if not spans:
        return spans
    requires, exclude, warning = rule._requires, rule._exclude, rule._warning_exclude
    try:
        if warning is not None:  # warning words cancel a contact in its own sentence only, as they do a match
            spans = _not_warned(rule, warning, pieces, spans)
            if not spans:  # before the searches of the whole text, which a hostile post makes long
                return spans
        if requires is not None and not _found(rule, requires, pieces):
            return []
        if exclude is not None and _found(rule, exclude, pieces):
            return []
    except TimeoutError:
        if timed_out is not None:
            timed_out.append(rule.id)
        return []
    return spans


def _not_warned(rule: Rule, pattern, pieces: tuple[tuple[int, str], ...], spans: list[Span]) -> list[Span]:
    """The contact ``spans`` with no match of ``pattern`` in their own sentence (in the piece that holds each); a
    contact outside the text read (the skipped middle of a long post) has the whole text read as its context,
    searched once."""
    kept: list[Span] = []
    anywhere: bool | None = None
    for span in spans:
        start, end, _ = span
        piece = next(((offset, text) for offset, text in pieces if offset <= start and end <= offset + len(text)), None)
        if piece is None:
            if anywhere is None:
                anywhere = _found(rule, pattern, pieces)
            warned = anywhere
        else:
            offset, text = piece
            warned = _search(rule, pattern, rule._sentence_window(text, start - offset, end - offset))
        if not warned:
            kept.append(span)
    return kept


def _found(rule: Rule, pattern, pieces: tuple[tuple[int, str], ...]) -> bool:
    """Whether ``pattern`` occurs in a piece (an untrusted rule's pattern under a time budget)."""
    return any(_search(rule, pattern, piece) for _, piece in pieces)


def _search(rule: Rule, pattern, text: str) -> bool:
    """Whether ``pattern`` occurs in ``text`` (an untrusted rule's pattern under a time budget)."""
    return (pattern.search(text) if rule.trusted else pattern.search(text, timeout=0.2)) is not None


def widen_to_contacts(start: int, end: int, contacts: Iterable[Contact]) -> tuple[int, int]:
    """Widen the span ``start:end`` so that it does not cut a contact in two.

    A pattern may end inside a contact ("WhatsApp +4" of "WhatsApp +44 7700 900123") or start inside one; a
    moderator must see the whole contact, so an end inside a contact moves to the contact's end and a start
    inside one moves to its start. Spans that hold a contact whole, or none, are returned unchanged.
    """
    for contact in contacts:
        if contact.start < end < contact.end:
            end = contact.end
        if contact.start < start < contact.end:
            start = contact.start
    return start, end


def scan_notices(scan: RuleScan, length: int, timed_out: Iterable[str] = ()) -> tuple[Notice, ...]:
    """Notices for what a scan could not read: the skipped middle of a long post, patterns that timed out (in
    the scan, or ``timed_out``: rules whose contact conditions' patterns did)."""
    out = []
    if scan.skipped is not None:
        start, end = scan.skipped
        out.append(notice("CTN200", f"The post is {length:,} characters long once normalised; the rules, the "
                                    f"classifier and the search for phone numbers spelt out digit by digit read "
                                    f"the first and last {RULE_TEXT_LIMIT // 2:,} and skipped {end - start:,} in "
                                    "the middle."))
    late = tuple(dict.fromkeys((*scan.timed_out, *timed_out)))
    if late:
        out.append(notice("CTN210", f"Rule pattern(s) of {', '.join(late)} ran out of time on this post "
                                    "and were skipped; their red flags may be missing."))
    return tuple(out)


def fire(rules: tuple[Rule, ...], norm: NormalizedText, contacts: Iterable[Contact]) -> Fired:
    """Run ``rules`` on a normalised post and its contacts (offsets into the original text).

    Each rule's evidence is its pattern matches (mapped back to the original text,
    named after the pattern that produced them), then the contacts that meet its
    contact conditions, at most :data:`~.limits.MAX_EVIDENCE` in all, sorted.
    """
    text = norm.text
    scan = scan_rules(rules, text)
    found = {rule.id: spans for rule, spans in scan.hits}
    pieces = read_pieces(text)
    contacts = tuple(contacts)
    hits = []
    late: list[str] = []
    for rule in rules:
        matched = found.get(rule.id, ())
        if not matched and not (contacts and rule.contacts):
            continue  # no match, and no contact condition to meet: most rules on most posts
        spans: list[Span] = [(*widen_to_contacts(*norm.span(a, b), contacts), rule.pattern_name_at(text, a))
                             for a, b in matched]
        spans.extend(contact_spans(rule, pieces, contacts, late)[: max(0, MAX_EVIDENCE - len(spans))])
        if spans:
            unique: dict[tuple[int, int], Span] = {}
            for span in spans:
                unique.setdefault(span[:2], span)
            hits.append(Firing(rule, tuple(unique[k] for k in sorted(unique))))
    return Fired(tuple(hits), scan_notices(scan, len(text), late), scan.skipped)
