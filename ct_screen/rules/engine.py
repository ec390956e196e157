"""Run many rules over one text fast, with exactly the matches a full scan would give.

A regular expression scan costs tens of nanoseconds per character per rule, so
scanning every post with a hundred rules would cost milliseconds per post and
seconds per hostile megabyte. The engine avoids most of that work:

1. **Required literals.** From each rule's parsed pattern it derives a small set
   of literal strings of which every match must contain one (the classic
   "required factors" analysis: a concatenation needs any one of its parts'
   literals, an alternation needs one literal from each branch).
2. **Prefilter.** A rule none of whose literals occurs in the text cannot match,
   and is skipped (one C-speed substring test per literal).
3. **Windows.** A match is never longer than the pattern's maximum width, so a
   rule whose literals occur only a few times is searched only in windows around
   those occurrences.
4. **A hard budget.** Rules read at most :data:`RULE_TEXT_LIMIT` characters of
   normalised text, so hostile megabytes cost a bounded time; the screener says
   so in the reasons when a post is cut.

Rules whose pattern yields no usable literal (or an unbounded width) are scanned
in full, within the budget.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from re import _compiler as sre_compile  # type: ignore[attr-defined]
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

import regex

from .base import MAX_EVIDENCE, Rule

__all__ = ["RULE_TEXT_LIMIT", "RulePlan", "plan_for", "run_rules"]

RULE_TEXT_LIMIT = 200_000
"""Characters of normalised text the rules read; a longer post is cut (and the result says so)."""

_MIN_LITERAL = 3
_MAX_WIDTH = 4000
_MAX_WINDOWS = 64
_MAX_WINDOW_LITERALS = 64
_LOOK_MARGIN = 64
_Literals = frozenset[str] | None
# Words so frequent in posts that a rule anchored on them would run on nearly every post.
_COMMON = frozenset("""
the and for you your our are with will can all this that from have has not but any per who what when where
which was were been being they them their his her she him its out get got job jobs work working worker
workers pay paid apply only more most new now one two day days week weeks month months year years time
team role company experience position please must need needs able also just like make made very well
here there then than into over under about after before first last next other some such each every own
same take give send make call contact email phone online home free good great best help need want may
""".split())


def _best(options: list[frozenset[str]]) -> _Literals:
    """The most selective literal set: fewest common words, then longest shortest literal, then fewest."""
    usable = [o for o in options if o and min(map(len, o)) >= _MIN_LITERAL]
    if not usable:
        return None
    return max(usable, key=lambda o: (-sum(lit.strip() in _COMMON for lit in o), min(map(len, o)), -len(o)))


_MAX_EXACT = 256


def _product(left: frozenset[str] | None, right: frozenset[str] | None) -> frozenset[str] | None:
    if left is None or right is None or len(left) * len(right) > _MAX_EXACT:
        return None
    return frozenset(a + b for a in left for b in right)


def _exact(op, av) -> frozenset[str] | None:
    """The finite set of strings one node matches, when it is small and literal (else ``None``)."""
    if op is sre.LITERAL:
        return frozenset({chr(av)})
    if op is sre.AT:
        return frozenset({""})
    if op is sre.IN:
        if all(kind is sre.LITERAL for kind, _ in av) and len(av) <= 8:
            return frozenset(chr(v) for _, v in av)
        return None
    if op is sre.SUBPATTERN:
        return _exact_seq(av[-1])
    if op is sre.BRANCH:
        options = [_exact_seq(b) for b in av[1]]
        if any(o is None for o in options) or sum(len(o) for o in options) > _MAX_EXACT:
            return None
        return frozenset().union(*options)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[1] <= 2:
        inner = _exact_seq(av[2])
        if inner is None:
            return None
        out: set[str] = set()
        power: frozenset[str] | None = frozenset({""})
        for k in range(av[1] + 1):
            if power is None:
                return None
            if k >= av[0]:
                out |= power
            power = _product(power, inner)
        return frozenset(out) if len(out) <= _MAX_EXACT else None
    return None


def _exact_seq(items) -> frozenset[str] | None:
    out: frozenset[str] | None = frozenset({""})
    for op, av in items:
        out = _product(out, _exact(op, av))
        if out is None:
            return None
    return out


def _required(items) -> _Literals:
    """Literals of which every match of the parsed sequence ``items`` must contain one.

    Runs of nodes that match small finite sets of strings (literals, short
    alternations, ``s?``) are multiplied out into whole words; any other node
    contributes its own required literals; the most selective option wins.
    """
    options: list[frozenset[str]] = []
    run: frozenset[str] | None = frozenset({""})

    def close_run() -> None:
        if run is not None and run != frozenset({""}):
            options.append(run)

    for op, av in items:
        exact = _exact(op, av)
        if exact is not None:
            joined = _product(run, exact)
            if joined is not None:
                run = joined
                continue
            close_run()
            run = exact
            continue
        close_run()
        run = frozenset({""})
        if op is sre.SUBPATTERN:
            found = _required(av[-1])
        elif op is sre.ATOMIC_GROUP:
            found = _required(av)
        elif op is sre.BRANCH:
            branches = [_required(b) for b in av[1]]
            found = None if any(b is None for b in branches) else frozenset().union(*branches)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            found = _required(av[2]) if av[0] >= 1 else None
        else:
            found = None
        if found is not None:
            options.append(found)
    close_run()
    return _best(options)


@dataclass(frozen=True)
class RulePlan:
    """How the engine runs one rule: its literals, maximum match width and compiled pattern."""

    rule: Rule
    literals: _Literals
    width: int | None
    pattern: re.Pattern | regex.Pattern


@lru_cache(maxsize=4096)
def plan_for(rule: Rule) -> RulePlan:
    """Analyse a rule once: required literals and maximum width, where its pattern allows."""
    source = "|".join(f"(?:{p})" for p in rule.patterns) if rule.patterns else r"(?!x)x"
    try:
        parsed = sre_parse.parse(source)
        literals = _required(list(parsed))
        high = parsed.getwidth()[1]
        pattern: re.Pattern | regex.Pattern = sre_compile.compile(parsed)  # parsed once, not twice
    except (re.error, RecursionError, OverflowError):
        return RulePlan(rule, None, None, rule._compiled[0])  # regex-only syntax: full scan
    width = int(high) if high <= _MAX_WIDTH else None
    return RulePlan(rule, literals if width is not None else None, width, pattern)


def _windows(text: str, plan: RulePlan) -> list[tuple[int, int]] | None:
    """Merged search windows around the rule's literal occurrences; ``None`` means scan it all."""
    assert plan.literals is not None and plan.width is not None
    if len(plan.literals) > _MAX_WINDOW_LITERALS or 4 * plan.width * len(plan.literals) > len(text):
        return None
    if sum(text.count(lit) for lit in plan.literals) > _MAX_WINDOWS:
        return None
    spans = []
    for lit in plan.literals:
        pos = text.find(lit)
        while pos >= 0:
            spans.append((max(0, pos - plan.width), min(len(text), pos + len(lit) + plan.width)))
            pos = text.find(lit, pos + 1)
    spans.sort()
    merged: list[tuple[int, int]] = []
    for a, b in spans:
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return merged


def _candidates(text: str, plan: RulePlan):
    """Matches of the rule's pattern, in order, from windows or a full scan."""
    if plan.literals is None:
        yield from plan.pattern.finditer(text)
        return
    windows = _windows(text, plan)
    if windows is None:
        yield from plan.pattern.finditer(text)
        return
    last_end = -1
    for a, b in windows:
        for match in plan.pattern.finditer(text, a, min(len(text), b + _LOOK_MARGIN)):
            if match.start() >= b:
                break
            if match.start() >= last_end:
                last_end = match.end()
                yield match


def _present(text: str, literals: frozenset[str], seen: dict[str, bool]) -> bool:
    for lit in literals:
        hit = seen.get(lit)
        if hit is None:
            hit = seen[lit] = lit in text
        if hit:
            return True
    return False


def run_rules(rules: tuple[Rule, ...], text: str) -> list[tuple[Rule, list[tuple[int, int]]]]:
    """Spans of normalised ``text`` where each rule fires (rules with no span left out).

    Gives the same spans as ``rule.find(text)`` for every rule, for any text up
    to :data:`RULE_TEXT_LIMIT` characters (longer texts are cut to it).
    """
    text = text[:RULE_TEXT_LIMIT]
    seen: dict[str, bool] = {}
    out = []
    for rule in rules:
        if not rule.patterns:
            continue
        plan = plan_for(rule)
        if plan.literals is not None and not _present(text, plan.literals, seen):
            continue
        spans = rule.filter_matches(text, _candidates(text, plan), limit=MAX_EVIDENCE)
        if spans:
            out.append((rule, spans))
    return out
