"""Run many rules over one text fast, with exactly the matches a full scan would give.

A regular expression scan costs tens of nanoseconds per character per rule, so
scanning every post with a hundred rules would cost milliseconds per post and
seconds per hostile megabyte. The matcher avoids most of that work:

1. **Needed literals.** Each of a rule's patterns needs some literal strings to
   be present before it can match anywhere (:mod:`ct_screen.rules.literals`):
   "registration" or "sign up", *and* "fee".
2. **One multi-literal pass.** An Aho-Corasick automaton over every literal of
   every rule (``pyahocorasick``) finds all their occurrences in one C-speed
   pass over the text.
3. **Prefilter.** A pattern whose needs are not all met cannot match and is
   dropped; a rule none of whose patterns is left is skipped. The rule is then
   scanned with the alternation of its remaining patterns only (a pattern that
   cannot match anywhere cannot change where the others match).
4. **Start offsets.** A pattern known to start with one of a few literals
   ("deduct", "take", "$") can only match where one occurs; any other pattern's
   match contains an occurrence of each needed set, so it starts at most its
   width before the end of one. The pattern is tried only at those offsets
   (``match`` at a single offset, ``search`` over a range), skipping overlaps as
   ``finditer`` does; when the offsets cover much of the text it is scanned whole.
5. **A hard budget.** Rules read at most :data:`RULE_TEXT_LIMIT` characters of
   normalised text, so hostile megabytes cost a bounded time: the first and the
   last half of it (:func:`read_pieces`), with offsets kept exact. What was
   skipped is reported (:attr:`RuleScan.skipped`), and the screener turns it
   into a ``CTN200`` notice.

Patterns with no usable literal (or only ``regex``-module syntax) are scanned in
full, within the budget. ``tests/rules/test_matcher.py`` checks the matcher against
:meth:`Rule.find` (a plain full scan) on the corpus, on padded and shuffled text
and on EMSCAD posts.
"""

from __future__ import annotations

import importlib
import re
import time
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

try:  # CPython-private: parse once, analyse and compile the parsed tree (see literals.PARSER_AVAILABLE)
    sre_compile = importlib.import_module("re._compiler")
    sre = importlib.import_module("re._constants")
    sre_parse = importlib.import_module("re._parser")
except ImportError:  # another Python, or the private modules changed: plain scans
    sre_compile = sre = sre_parse = None  # type: ignore[assignment]

import ahocorasick
import regex

from ..window import READ_LIMIT, read_pieces
from .limits import MAX_EVIDENCE
from .literals import PARSER_AVAILABLE, UNKNOWN, Needs, PatternFacts, facts_of, facts_of_parsed, has_digits
from .native import NativeFilter, load_filter
from .plan_cache import cached_facts
from .protocol import RuleLike as Rule

__all__ = ["RULE_TEXT_LIMIT", "Alternative", "RuleMatcher", "RulePlan", "RuleScan", "matcher_for", "plan_for",
           "read_pieces", "run_rules", "scan_rules", "analyse_rule"]

UNTRUSTED_BUDGET = 0.4
"""Seconds (wall clock) the untrusted rules (from rule files) may spend on one text in all; the rest are skipped."""
TIMEOUT_SLICE = 0.1
"""Longest single timed ``regex`` call of an untrusted rule (``regex`` may overrun it a few times over)."""
RULE_TEXT_LIMIT = READ_LIMIT
"""Characters of normalised text the rules read: a longer post is read at its head and tail (half each), as
the classifier and the spread-phone search read it (:mod:`ct_screen.window`)."""


@dataclass(frozen=True)
class RuleScan:
    """What the rules found in one text, and what they could not read.

    Parameters
    ----------
    hits : list of (Rule, list of (start, end))
        Each rule that fired with its spans (offsets into the whole text), as :meth:`RuleMatcher.run` gives.
    skipped : (start, end) or None
        The middle of a text longer than :data:`RULE_TEXT_LIMIT` that no rule read.
    timed_out : tuple of str
        Ids of rules whose pattern ran out of time on this text and were skipped.
    """

    hits: list[tuple[Rule, list[tuple[int, int]]]]
    skipped: tuple[int, int] | None = None
    timed_out: tuple[str, ...] = ()

_MAX_REGIONS = 512
"""Places to try (see :func:`_regions`) above which one scan of a short text is cheaper; a long text allows one
per :data:`_CHARS_PER_REGION` characters."""
_CHARS_PER_REGION = 32
"""About what one try at a place costs in characters scanned (1 MB of near-matches: 512 places at most, 0.64 s
in the rules; one per 32 characters, 0.3 s; the same spans)."""
_MAX_SUBSETS = 24
_OTHER_DIGIT = re.compile(r"[^\D0-9]")
r"""A digit other than 0-9 (one character class: what ``(?![0-9])\d`` finds, found faster)."""
_RANGE_COST = 32
"""How many single-offset tries a pattern's ranges are taken to cost each, when choosing how to find it
(measured on EMSCAD posts: 4 -> 3.15, 32 -> 2.55 ms/post for all rules)."""
_RANGE_WEIGHT = 4
"""How many single offsets a range counts for against :data:`_MAX_REGIONS`."""
_LOOK_MARGIN = 64
_OWN_INDEX_LIMIT = 8
_NATIVE_LIMIT = 96
"""More patterns than this reported by the native prefilter (of about 470; a few on an ordinary post): it stops
scanning, and every rule is run as without it, which a text that nearly matches everything makes cheaper."""
"""With the native prefilter, up to this many candidate rules each scan the text for their own literals;
more (hostile texts that nearly match everything) share one pass over all the rules' literals."""


def _compile(sources: tuple[str, ...], trusted: bool = True) -> re.Pattern | regex.Pattern:
    joined = "|".join(f"(?:{p})" for p in sources) if sources else r"(?!x)x"
    if not trusted:
        return regex.compile(joined)  # rules from files run under a timeout, which only `regex` has
    try:
        # compiled outside re's own cache: the matcher keeps what it compiles, and filling that 512-entry cache
        # would evict the patterns of other libraries (phonenumbers) that rely on it
        return sre_compile.compile(joined, 0) if sre_compile is not None else re.compile(joined)
    except re.error:
        return regex.compile(joined)


@dataclass(frozen=True)
class Alternative:
    """One of a rule's patterns and what the matcher knows about it (:class:`~.literals.PatternFacts`)."""

    source: str
    facts: PatternFacts

    @property
    def needs(self) -> Needs | None:
        return self.facts.needs

    @property
    def starts(self) -> frozenset[str] | None:
        return self.facts.starts

    @property
    def width(self) -> int | None:
        return self.facts.width


@dataclass(frozen=True)
class RulePlan:
    """How the matcher runs one rule: its patterns' needs and widths, and the compiled alternation."""

    rule: Rule
    alternatives: tuple[Alternative, ...]
    scannable_in_parts: bool
    """Whether no pattern can match the empty string (so matches can be sought from chosen offsets)."""
    compiled: dict[tuple[int, ...], re.Pattern | regex.Pattern] = field(default_factory=dict, compare=False,
                                                                         repr=False)
    """Alternations of some of the patterns, compiled on first use (a race only compiles one twice)."""
    singles: list[re.Pattern | regex.Pattern | None] = field(default_factory=list, compare=False, repr=False)
    """Each pattern alone, compiled on first use."""
    ready: re.Pattern | regex.Pattern | None = field(default=None, compare=False, repr=False)
    """The whole alternation when planning compiled it already (else :attr:`pattern` compiles it on first use)."""

    @cached_property
    def pattern(self) -> re.Pattern | regex.Pattern:
        """The rule's whole alternation (a race only compiles it twice)."""
        return self.ready if self.ready is not None else _compile(self.rule.patterns, self.rule.trusted)

    @property
    def prefiltered(self) -> bool:
        """Whether every pattern of the rule needs some literal (so the rule can be skipped)."""
        return all(alt.needs for alt in self.alternatives)

    def subset(self, indices: tuple[int, ...]) -> re.Pattern | regex.Pattern:
        """A pattern that matches as the alternation of the patterns at ``indices`` does, where the others
        cannot match: the alternation of just those (the first :data:`_MAX_SUBSETS` asked for are compiled
        and kept), else the rule's whole alternation."""
        if len(indices) == len(self.alternatives):
            return self.pattern
        if len(indices) == 1:  # the usual case with the native prefilter: the pattern alone, compiled once
            return self.single(indices[0])
        compiled = self.compiled.get(indices)
        if compiled is None:
            if len(self.compiled) >= _MAX_SUBSETS and len(indices) > 1:
                return self.pattern
            compiled = self.compiled[indices] = _compile(tuple(self.rule.patterns[i] for i in indices),
                                                         self.rule.trusted)
        return compiled

    def single(self, index: int) -> re.Pattern | regex.Pattern:
        """The pattern at ``index`` alone (compiled once)."""
        compiled = self.singles[index]
        if compiled is None:
            compiled = self.singles[index] = _compile((self.rule.patterns[index],), self.rule.trusted)
        return compiled


@lru_cache(maxsize=4096)
def plan_for(rule: Rule) -> RulePlan:
    """Plan a rule once: each pattern's needed literals, starts and widths.

    A built-in rule's facts come from the file shipped with the package (:mod:`ct_screen.rules.plan_cache`)
    and its patterns are compiled on first use; any other rule is analysed here (:func:`analyse_rule`).
    """
    shipped = cached_facts(rule.patterns) if rule.trusted and PARSER_AVAILABLE and sre_compile is not None \
        else None
    facts, pattern = (list(shipped), None) if shipped is not None else analyse_rule(rule)
    alternatives = tuple(Alternative(p, f) for p, f in zip(rule.patterns, facts, strict=True))
    return RulePlan(rule, alternatives, all(f.min_width > 0 for f in facts), singles=[None] * len(alternatives),
                    ready=pattern)


def analyse_rule(rule: Rule) -> tuple[list[PatternFacts], re.Pattern | regex.Pattern]:
    """Each pattern's facts, from one parse, and the rule's compiled alternation.

    The patterns are parsed as ``(?>p1)|(?>p2)|...``: atomic groups keep the parser
    from merging the patterns' common beginnings (so each branch is one pattern),
    and match as the plain alternation does, since nothing follows a branch.
    """
    source = "|".join(f"(?>{p})" for p in rule.patterns) if rule.patterns else r"(?!x)x"
    pattern: re.Pattern | regex.Pattern
    if not rule.trusted:  # a rule from a file: analysed for the prefilter, run by `regex` under a timeout
        facts = [facts_of(p) for p in rule.patterns]
        pattern = _compile(rule.patterns, trusted=False)
    elif not PARSER_AVAILABLE or sre_compile is None:
        facts = [UNKNOWN] * len(rule.patterns)  # nothing known: every pattern is scanned in full
        pattern = _compile(rule.patterns)
    else:
        try:
            parsed = sre_parse.parse(source)
        except (re.error, RecursionError, OverflowError):  # regex-module syntax: analyse what parses
            facts = [facts_of(p) for p in rule.patterns]
            pattern = _compile(rule.patterns)
        else:
            try:
                facts = _facts_per_pattern(parsed, rule.patterns)
                pattern = sre_compile.compile(parsed)  # parsed once, not twice
            except Exception:  # the private modules behave differently than expected: plain scans
                facts = [UNKNOWN] * len(rule.patterns)
                pattern = _compile(rule.patterns)
    return facts, pattern


def _facts_per_pattern(parsed, patterns: tuple[str, ...]) -> list[PatternFacts]:
    """Facts of each pattern, read off the parsed alternation ``(?>p1)|(?>p2)|...`` of them."""
    items = list(parsed)
    if len(patterns) == 1 and len(items) == 1 and items[0][0] is sre.ATOMIC_GROUP:
        return [facts_of_parsed(items[0][1], has_digits(patterns[0]))]
    if len(items) == 1 and items[0][0] is sre.BRANCH and len(items[0][1][1]) == len(patterns) \
            and all(len(b) == 1 and b[0][0] is sre.ATOMIC_GROUP for b in items[0][1][1]):
        return [facts_of_parsed(branch[0][1], has_digits(p)) for branch, p in zip(items[0][1][1], patterns,
                                                                                   strict=True)]
    return [facts_of(p) for p in patterns]  # the parser reshaped the alternation: parse one by one


class _LiteralIndex:
    """The literals some plans need, numbered, with one automaton over them (immutable once built)."""

    def __init__(self, plans: tuple[RulePlan, ...]):
        ids: dict[str, int] = {}

        def numbered(literals: frozenset[str] | None) -> frozenset[int] | None:
            return frozenset(ids.setdefault(lit, len(ids)) for lit in literals) if literals else None

        def prepared(ascii_digits: bool):
            needs = tuple(tuple(tuple(map(numbered, n)) if (n := alt.facts.ascii_needs if ascii_digits else alt.needs)
                                else None for alt in plan.alternatives) for plan in plans)
            starts = tuple(tuple(numbered(alt.facts.ascii_starts if ascii_digits else alt.starts)
                                 for alt in plan.alternatives) for plan in plans)
            return needs, starts

        self.strict = prepared(False)
        self.ascii = prepared(True)
        self.lengths = [0] * len(ids)
        self._automaton = None
        if ids:
            automaton = ahocorasick.Automaton()
            for lit, i in ids.items():
                automaton.add_word(lit, i)
                self.lengths[i] = len(lit)
            automaton.make_automaton()
            self._automaton = automaton

    def occurrences(self, text: str) -> dict[int, list[int]]:
        """End offsets (exclusive) of every occurrence of every literal, by literal id."""
        found: dict[int, list[int]] = defaultdict(list)
        if self._automaton is not None and text:
            for end, lit in self._automaton.iter(text):
                found[lit].append(end + 1)
        return found


class RuleMatcher:
    """A set of rules prepared for fast scanning: plans and one automaton over all their literals.

    With the native prefilter (:mod:`ct_screen.rules.native`), a rule is planned, and its literals indexed,
    only when a text first makes it a candidate: start-up costs nothing, and most rules are never planned in
    a process that screens ordinary posts.

    Immutable after construction apart from those caches, so one matcher can serve many threads.

    Parameters
    ----------
    rules : tuple of Rule
        The rules, in the order their hits are reported.
    native : bool
        Whether to use the optional native prefilter (:mod:`ct_screen.rules.native`) when it is available;
        the hits are the same either way.
    """

    def __init__(self, rules: tuple[Rule, ...], native: bool = True):
        self.rules = rules
        self._planned = tuple(r for r in rules if r.patterns)
        self._first_slot: list[int] = []
        self._slot_plan: list[int] = []
        sources: list[str | None] = []
        for i, rule in enumerate(self._planned):
            self._first_slot.append(len(sources))
            self._slot_plan.extend([i] * len(rule.patterns))
            sources.extend(p if rule.trusted else None for p in rule.patterns)
        self.native: NativeFilter | None = load_filter(sources) if native and sources else None
        """The native prefilter in use, or ``None`` (then every rule that passes the literal prefilter is run)."""
        self._order = {rule.id: i for i, rule in enumerate(self._planned)}
        self._lazy: list[tuple[RulePlan, _LiteralIndex] | None] = [None] * len(self._planned)
        self._all: tuple[tuple[RulePlan, ...], _LiteralIndex] | None = None
        if self.native is None:
            self._shared()

    def _one(self, i: int) -> tuple[RulePlan, _LiteralIndex]:
        """Rule ``i``'s plan and literal index, built on first use (a race only builds one twice)."""
        entry = self._lazy[i]
        if entry is None:
            plan = plan_for(self._planned[i])
            entry = self._lazy[i] = (plan, _LiteralIndex((plan,)))
        return entry

    def run(self, text: str) -> list[tuple[Rule, list[tuple[int, int]]]]:
        """Spans of normalised ``text`` where each rule fires (rules with no span left out).

        Gives the same spans as ``rule.find(text)`` for every rule, for any text up
        to :data:`RULE_TEXT_LIMIT` characters (of a longer text, its head and tail are read).
        """
        return self.scan(text).hits

    def scan(self, text: str) -> RuleScan:
        """Like :meth:`run`, and say what was not read (see :class:`RuleScan`).

        Untrusted rules (from rule files) share a budget of :data:`UNTRUSTED_BUDGET`
        seconds per text; one whose patterns run out of it is skipped and named in
        :attr:`RuleScan.timed_out`.
        """
        pieces = read_pieces(text)
        budget = _Budget()
        if len(pieces) == 1:
            return RuleScan(self._run_piece(text, budget, check_requires=True), timed_out=tuple(budget.timed_out))
        found: dict[str, tuple[Rule, list[tuple[int, int]]]] = {}
        for offset, piece in pieces:
            for rule, spans in self._run_piece(piece, budget, check_requires=False):
                entry = found.setdefault(rule.id, (rule, []))
                entry[1].extend((a + offset, b + offset) for a, b in spans[: MAX_EVIDENCE - len(entry[1])])
        hits = [(rule, spans) for rule, spans in found.values() if budget.requires_met(rule, pieces)]
        hits.sort(key=lambda hit: self._order[hit[0].id])
        return RuleScan(hits, skipped=(pieces[0][0] + len(pieces[0][1]), pieces[1][0]),
                        timed_out=tuple(budget.timed_out))

    def _run_piece(self, text: str, budget: _Budget, *,
                   check_requires: bool) -> list[tuple[Rule, list[tuple[int, int]]]]:
        ascii_digits = text.isascii() or not _OTHER_DIGIT.search(text)
        out: list[tuple[Rule, list[tuple[int, int]]]] = []
        native = self.native.candidates(text, _NATIVE_LIMIT) if self.native is not None else None
        candidates = range(len(self._planned)) if native is None else sorted({self._slot_plan[s] for s in native})
        if native is None or len(candidates) > _OWN_INDEX_LIMIT:
            # no native prefilter, it stopped at many candidates, or many passed (a hostile text): one literal
            # pass over every rule's literals serves them all
            plans, index = self._shared()
            found = index.occurrences(text)
            all_needs, all_starts = index.ascii if ascii_digits else index.strict
            for i in candidates:
                allowed = None if native is None else self._allowed(i, native)
                self._run_plan(text, plans[i], all_needs[i], all_starts[i], allowed, found, index.lengths, budget,
                               check_requires, out)
            return out
        for i in candidates:
            plan, index = self._one(i)
            needs, starts = (index.ascii if ascii_digits else index.strict)
            self._run_plan(text, plan, needs[0], starts[0], self._allowed(i, native), index.occurrences(text),
                           index.lengths, budget, check_requires, out)
        return out

    def _allowed(self, i: int, native: set[int]) -> frozenset[int]:
        first = self._first_slot[i]
        return frozenset(k for k in range(len(self._planned[i].patterns)) if first + k in native)

    def _shared(self) -> tuple[tuple[RulePlan, ...], _LiteralIndex]:
        """Every rule planned and one automaton over all their literals (built on first use)."""
        if self._all is None:
            plans = tuple(plan_for(r) for r in self._planned)
            self._all = (plans, _LiteralIndex(plans))
        return self._all

    def _run_plan(self, text: str, plan: RulePlan, needs, starts, allowed: frozenset[int] | None,
                  found: dict[int, list[int]], lengths: list[int], budget: _Budget, check_requires: bool,
                  out: list[tuple[Rule, list[tuple[int, int]]]]) -> None:
        """Find ``plan``'s rule in ``text`` (its patterns limited to ``allowed`` when given) and add its hit."""
        present = found.keys()
        passing = tuple(k for k, alt_needs in enumerate(needs)
                        if (allowed is None or k in allowed)
                        and (alt_needs is None or not any(present.isdisjoint(need) for need in alt_needs)))
        if not passing or plan.rule.id in budget.timed_out:
            return
        pattern = plan.subset(passing)
        if not plan.rule.trusted:
            spans = budget.run(plan.rule, pattern, text, check_requires)
            if spans:
                out.append((plan.rule, spans))
            return
        regions = _regions(text, plan, needs, starts, passing, found, lengths) \
            if plan.scannable_in_parts and isinstance(pattern, re.Pattern) else None
        if regions is None:
            matches = pattern.finditer(text)
        else:
            reaches = [plan.alternatives[k].facts.reach for k in passing]
            reach = None if None in reaches else max(reaches) + _LOOK_MARGIN  # type: ignore[type-var]
            matches = _in_regions(text, pattern, plan, *regions, reach)  # type: ignore[arg-type]
        spans = plan.rule.filter_matches(text, matches, limit=MAX_EVIDENCE, check_requires=check_requires)
        if spans:
            out.append((plan.rule, spans))


def _regions(text: str, plan: RulePlan, needs, starts, passing: tuple[int, ...], found: dict[int, list[int]],
             lengths: list[int]):
    """Where matches of the passing patterns may start; ``None``: scan the whole text.

    A pattern with known starts can only match at an occurrence of one of them
    (a *point*, tagged with the patterns that may start there); any pattern's
    match contains an occurrence of each needed set, so it starts at most its
    width before the end of one (a *range*). Each pattern uses whichever is
    cheaper in this text. Returns sorted points and merged sorted ranges.
    """
    present = found.keys()
    points: dict[int, list[int]] = {}
    ranges: list[tuple[int, int]] = []
    limit = max(_MAX_REGIONS, len(text) // _CHARS_PER_REGION)
    for k in passing:
        width, alt_needs, alt_starts = plan.alternatives[k].width, needs[k], starts[k]
        start_hits = present & alt_starts if alt_starts is not None else None
        n_starts = sum(len(found[i]) for i in start_hits) if start_hits is not None else None
        need_hits, n_need = None, None
        if width is not None and alt_needs is not None:
            for need in alt_needs:
                hits = present & need
                count = sum(len(found[i]) for i in hits)
                if n_need is None or count < n_need:
                    need_hits, n_need = hits, count
        use_points = n_starts is not None and (n_need is None or n_starts <= _RANGE_COST * n_need)
        planned = len(points) + _RANGE_WEIGHT * len(ranges) + \
            (n_starts if use_points else _RANGE_WEIGHT * (n_need if n_need is not None else 0))
        if planned > limit:
            return None  # too many places to try: one scan is cheaper (and building them would cost)
        if use_points:
            for i in start_hits:  # type: ignore[union-attr]
                size = lengths[i]
                for end in found[i]:
                    alts = points.get(end - size)
                    if alts is None:
                        points[end - size] = [k]
                    elif alts[-1] != k:
                        alts.append(k)
        elif need_hits is not None:
            for i in need_hits:
                size = lengths[i]
                ranges.extend((max(0, end - width), end - size) for end in found[i])  # type: ignore[operator]
        else:
            return None
    ranges.sort()
    merged: list[tuple[int, int]] = []
    for lo, hi in ranges:
        if merged and lo <= merged[-1][1] + 1:
            if hi > merged[-1][1]:
                merged[-1] = (merged[-1][0], hi)
        else:
            merged.append((lo, hi))
    return sorted(points.items()), merged


def _in_regions(text: str, pattern: re.Pattern, plan: RulePlan, points: list[tuple[int, list[int]]],
                ranges: list[tuple[int, int]], reach: int | None):
    """The matches ``pattern.finditer(text)`` gives, when every match starts at a point or in a range.

    ``reach`` bounds how far past its start a match (with its look-aheads) can
    read, so each try may stop there; ``None`` means it is unbounded. At a point
    only the patterns that may start there are tried, in the rule's order (the
    alternation would return the first of them that matches); a range is
    searched with the alternation.
    """
    size = len(text)
    last_end = 0
    p, n_points = 0, len(points)
    r, n_ranges = 0, len(ranges)
    while p < n_points or r < n_ranges:
        if r < n_ranges and (p >= n_points or ranges[r][0] <= points[p][0]):
            lo, hi = ranges[r]
            r += 1
            pos = max(lo, last_end)
            stop = size if reach is None else min(size, hi + reach)
            while pos <= hi:
                match = pattern.search(text, pos, stop)
                if match is None or match.start() > hi:
                    break
                yield match
                last_end = pos = match.end()
            while p < n_points and points[p][0] <= hi:
                p += 1  # searched with the range
            continue
        start, alts = points[p]
        p += 1
        if start < last_end:
            continue
        stop = size if reach is None else min(size, start + reach)
        for k in alts:
            match = plan.single(k).match(text, start, stop)
            if match is not None:
                yield match
                last_end = match.end()
                break


class _Budget:
    """The time untrusted rules may spend on one text, shared between them, and who ran out of it."""

    def __init__(self) -> None:
        self.deadline: float | None = None
        self.timed_out: list[str] = []

    def _deadline(self) -> float:
        if self.deadline is None:
            self.deadline = time.monotonic() + UNTRUSTED_BUDGET
        return self.deadline

    def run(self, rule: Rule, pattern, text: str, check_requires: bool) -> list[tuple[int, int]]:
        """``rule``'s spans in ``text`` by a full scan under the budget; none (and noted) when it runs out."""
        deadline = self._deadline()
        try:
            return rule.filter_matches(text, _timed_matches(pattern, text, deadline), limit=MAX_EVIDENCE,
                                       check_requires=check_requires, deadline=deadline)
        except TimeoutError:
            self.timed_out.append(rule.id)
            return []

    def requires_met(self, rule: Rule, pieces: tuple[tuple[int, str], ...]) -> bool:
        """Whether ``rule``'s ``requires`` occurs in one of the pieces (under the budget for untrusted rules)."""
        requires = rule._requires
        if requires is None:
            return True
        if rule.trusted:
            return any(requires.search(p) for _, p in pieces)
        try:
            return any(_timed_search(requires, p, self._deadline()) for _, p in pieces)
        except TimeoutError:
            self.timed_out.append(rule.id)
            return False


def _timed_search(pattern, text: str, deadline: float, pos: int = 0):
    """``pattern.search`` under what is left of ``deadline`` (wall clock), in calls of at most
    :data:`TIMEOUT_SLICE` (``regex`` may overrun a timeout a few times over on a loaded machine)."""
    left = deadline - time.monotonic()
    if left <= 0:
        raise TimeoutError("rule time budget spent")
    return pattern.search(text, pos, timeout=min(left, TIMEOUT_SLICE))


def _timed_matches(pattern, text: str, deadline: float):
    """The non-overlapping matches ``pattern.finditer(text)`` gives, each sought under the deadline."""
    pos = 0
    while pos <= len(text):
        match = _timed_search(pattern, text, deadline, pos)
        if match is None:
            return
        yield match
        pos = match.end() if match.end() > match.start() else match.start() + 1


_BY_IDENTITY: dict[int, tuple[tuple[Rule, ...], RuleMatcher]] = {}


@lru_cache(maxsize=64)
def _matcher_by_value(rules: tuple[Rule, ...]) -> RuleMatcher:
    return RuleMatcher(rules)


def matcher_for(rules: tuple[Rule, ...]) -> RuleMatcher:
    """The (cached) matcher for a tuple of rules: found by identity first, then by value."""
    entry = _BY_IDENTITY.get(id(rules))
    if entry is not None and entry[0] is rules:
        return entry[1]
    matcher = _matcher_by_value(tuple(rules))
    if isinstance(rules, tuple):
        if len(_BY_IDENTITY) >= 64:
            _BY_IDENTITY.clear()
        _BY_IDENTITY[id(rules)] = (rules, matcher)
    return matcher


def run_rules(rules: tuple[Rule, ...], text: str) -> list[tuple[Rule, list[tuple[int, int]]]]:
    """Spans of normalised ``text`` where each rule fires (see :meth:`RuleMatcher.run`)."""
    return matcher_for(rules).run(text)


def scan_rules(rules: tuple[Rule, ...], text: str) -> RuleScan:
    """What the rules find in normalised ``text`` and what they skipped (see :meth:`RuleMatcher.scan`)."""
    return matcher_for(rules).scan(text)
