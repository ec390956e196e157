"""Which literal strings must occur in a text for a pattern to match in it.

The rule matcher (:mod:`ct_screen.rules.matcher`) skips a rule when a text lacks
the literals that every match of the rule's pattern would contain. This module
derives them from the parsed pattern, once per rule:

* a node that matches a small finite set of strings (a literal, a short
  alternation of words, ``s?``) is *exact*; runs of exact nodes are multiplied
  out into whole words ("sign up fee");
* a node that is not exact still starts with one of a set of *prefixes*
  (``(?:send|give)\\s{1,3}me`` starts with "send" or "give");
* a sequence therefore *needs* several literal sets at once: one from each
  exact run (extended by the prefix of the node that ends it) and the needs of
  its groups. Every set is necessary; the matcher checks them all;
* the text at every match *starts* with one of the pattern's prefixes, read on
  past groups and optional parts (``(?:\\$|usd\\s?)?\\d`` starts with "$", "usd"
  or a digit): the matcher tries the pattern only where one occurs.

``\\d`` is read as ``[0-9]`` only in the ``ascii_digits`` variants, which the
matcher uses for texts that hold no other decimal digit.

Only the standard library's pattern parser is used (the CPython-private
``re._parser``); a pattern it cannot parse (syntax only the ``regex`` module
knows) simply yields no needs, and its rule is scanned in full. Where the private
modules cannot be imported (another Python, or they changed), every pattern is
:data:`UNKNOWN` and every rule is scanned in full: slower, same matches.
"""

from __future__ import annotations

import importlib
import re
from contextvars import ContextVar
from dataclasses import dataclass

try:  # CPython's private pattern parser (3.11+). Without it nothing is known and every rule is scanned in full.
    sre = importlib.import_module("re._constants")
    sre_parse = importlib.import_module("re._parser")
    _REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
    PARSER_AVAILABLE = True
    """Whether the standard library's private pattern parser could be used (else every pattern is UNKNOWN)."""
except (ImportError, AttributeError):  # another Python, or the private modules changed
    sre = sre_parse = None  # type: ignore[assignment]
    _REPEATS = ()
    PARSER_AVAILABLE = False

__all__ = ["PARSER_AVAILABLE", "UNKNOWN", "Needs", "PatternFacts", "facts_of", "facts_of_parsed", "needs_of", "starts_of"]

Needs = tuple[frozenset[str], ...]
"""Literal sets that must all be present (one literal of each) for a pattern to match."""

MIN_LITERAL = 3
_MAX_EXACT = 256
_MAX_SET = 512
_MAX_WIDTH = 4000
_ASCII_DIGITS: ContextVar[bool] = ContextVar("ascii_digits", default=False)
"""Whether ``\\d`` may be taken for ``[0-9]`` (true of a text without other decimal digits)."""
_MEMO: ContextVar[dict | None] = ContextVar("literal_memo", default=None)
"""Results for the nodes of the tree being analysed, by node identity (the tree outlives the memo)."""


def _case_folded(subpattern) -> bool:
    """Whether a group switches on case-insensitive matching (its literals then say nothing exact)."""
    return bool(subpattern[1] & re.IGNORECASE)


def _product(left: frozenset[str] | None, right: frozenset[str] | None) -> frozenset[str] | None:
    if left is None or right is None or len(left) * len(right) > _MAX_EXACT:
        return None
    if len(right) == 1:
        (tail,) = right
        return frozenset(a + tail for a in left)
    return frozenset(a + b for a in left for b in right)


_TEXT = object()
"""Pseudo-opcode of a run of consecutive literal characters, joined into one string."""


def _chunks(items) -> list:
    """``items`` with each run of consecutive literal characters joined into one ``(_TEXT, str)`` node."""
    memo = _MEMO.get()
    key = (id(items), "chunks")
    if memo is not None and key in memo:
        return memo[key]
    out: list = []
    for op, av in items:
        if op is sre.LITERAL:
            if out and out[-1][0] is _TEXT:
                out[-1] = (_TEXT, out[-1][1] + chr(av))
            else:
                out.append((_TEXT, chr(av)))
        else:
            out.append((op, av))
    if memo is not None:
        memo[key] = out
    return out


def _exact(op, av) -> frozenset[str] | None:
    """The finite set of strings one node matches, when it is small and literal (else ``None``)."""
    if op is _TEXT:
        return frozenset({av})
    if op is sre.LITERAL:
        return frozenset({chr(av)})
    memo = _MEMO.get()
    key = (id(av), op)
    if memo is not None and key in memo:
        return memo[key]
    found = _exact_uncached(op, av)
    if memo is not None:
        memo[key] = found
    return found


def _exact_uncached(op, av) -> frozenset[str] | None:
    if op is sre.LITERAL:
        return frozenset({chr(av)})
    if op is sre.AT or op is sre.ASSERT or op is sre.ASSERT_NOT:
        return frozenset({""})  # zero-width: consumes nothing
    if op is sre.ATOMIC_GROUP:
        return _exact_seq(av)
    if op is sre.IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind is sre.LITERAL:
                chars.add(chr(value))
            elif kind is sre.RANGE and value[1] - value[0] < 16:
                chars.update(map(chr, range(value[0], value[1] + 1)))
            elif kind is sre.CATEGORY and value is sre.CATEGORY_DIGIT and _ASCII_DIGITS.get():
                chars.update("0123456789")
            else:
                return None
        return frozenset(chars) if len(chars) <= 16 else None
    if op is sre.SUBPATTERN:
        return None if _case_folded(av) else _exact_seq(av[-1])
    if op is sre.BRANCH:
        options = [_exact_seq(b) for b in av[1]]
        if any(o is None for o in options) or sum(len(o) for o in options) > _MAX_EXACT:  # type: ignore[arg-type]
            return None
        return frozenset().union(*options)  # type: ignore[arg-type]
    if op in _REPEATS and av[1] <= 2:
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
    for op, av in _chunks(items):
        out = _product(out, _exact(op, av))
        if out is None:
            return None
    return out


def _node_prefixes(op, av) -> frozenset[str] | None:
    """Strings one of which every match of one (non-exact) node starts with, or ``None``."""
    memo = _MEMO.get()
    key = (id(av), op, "prefixes")
    if memo is not None and key in memo:
        return memo[key]
    found: frozenset[str] | None = _starts_from(((((op, av),), 0),), frozenset({""}), [_START_BUDGET])
    if found == frozenset({""}):
        found = None
    if memo is not None:
        memo[key] = found
    return found


_START_BUDGET = 4000
"""Nodes the start analysis of one pattern may visit (branches multiply the paths); then it settles."""


def _starts(items) -> frozenset[str] | None:
    """Strings one of which the text at every match of ``items`` starts with, as long as can be told.

    It reads on past a group: ``(?:a|b)c`` starts with
    "ac" or "bc", ``x?y`` with "xy" or "y", ``^|\\n`` followed by "pay" with "pay" or
    "\\npay".
    """
    found = _starts_from(((_chunks(items), 0),), frozenset({""}), [_START_BUDGET])
    return None if found == frozenset({""}) else found


def _starts_from(segments: tuple, run: frozenset[str], budget: list[int]) -> frozenset[str]:
    """``run`` times the starts of the nodes of ``segments`` (``(chunks, index)`` pairs, read in order)."""
    while segments:
        items, i = segments[0]
        if i >= len(items):
            segments = segments[1:]
            continue
        op, av = items[i]
        rest = ((items, i + 1),) + segments[1:]
        exact = _exact(op, av)
        if exact is not None:
            joined = _product(run, exact)
            if joined is None:
                return run
            run, segments = joined, rest
            continue
        budget[0] -= 1
        if budget[0] < 0:
            return run
        if op is sre.SUBPATTERN and not _case_folded(av):
            segments = ((_chunks(av[-1]), 0),) + rest
        elif op is sre.ATOMIC_GROUP:
            segments = ((_chunks(av), 0),) + rest
        elif op is sre.BRANCH or (op in _REPEATS and av[0] == 0 and av[1] == 1):
            paths = [((_chunks(b), 0),) + rest for b in av[1]] if op is sre.BRANCH \
                else [((_chunks(av[2]), 0),) + rest, rest]
            out: set[str] = set()
            for path in paths:
                out |= _starts_from(path, run, budget)
                if len(out) > _MAX_SET:
                    return run
            return frozenset(out)
        elif op in _REPEATS and av[0] >= 1:
            return _starts_from(((_chunks(av[2]), 0),), run, budget)
        else:
            return run
    return run


def _usable(option: frozenset[str] | None) -> bool:
    """Whether a set is worth checking: not too many literals, none too short to be telling."""
    return bool(option) and min(map(len, option)) >= MIN_LITERAL and len(option) <= _MAX_SET


def _needs(items) -> list[frozenset[str]]:
    """Literal sets every match of the parsed sequence ``items`` contains one member of each."""
    found: list[frozenset[str]] = []
    run: frozenset[str] = frozenset({""})

    def close(tail: frozenset[str] | None) -> None:
        option = _product(run, tail) if tail is not None else None
        for candidate in (option, run):
            if candidate is not None and _usable(candidate):
                found.append(candidate)
                return

    for op, av in _chunks(items):
        exact = _exact(op, av)
        if exact is not None:
            joined = _product(run, exact)
            if joined is not None:
                run = joined
                continue
            close(None)
            run = exact
            continue
        close(_node_prefixes(op, av))
        run = frozenset({""})
        if op is sre.SUBPATTERN:
            if not _case_folded(av):
                found.extend(_needs(av[-1]))
        elif op is sre.ATOMIC_GROUP:
            found.extend(_needs(av))
        elif op is sre.BRANCH:
            best = [_best(_needs(b)) for b in av[1]]
            if all(b is not None for b in best):
                union = frozenset().union(*best)  # type: ignore[arg-type]
                if _usable(union):
                    found.append(union)
        elif op in _REPEATS and av[0] >= 1:
            found.extend(_needs(av[2]))
    close(None)
    return found


def _best(options: list[frozenset[str]]) -> frozenset[str] | None:
    """The most selective of several sets: longest shortest literal, then fewest literals."""
    if not options:
        return None
    return max(options, key=lambda o: (min(map(len, o)), -len(o)))


@dataclass(frozen=True)
class PatternFacts:
    """What the matcher knows about one pattern (see the module docstring).

    ``needs``/``starts`` hold for any text; ``ascii_needs``/``ascii_starts`` read
    ``\\d`` as ``[0-9]`` and hold only for texts with no other decimal digits.
    ``None`` for ``needs`` means the pattern could not be parsed; an empty tuple
    that nothing is known. ``width``: longest match (``None`` when unbounded);
    ``min_width``: shortest; ``reach``: how far past its start a match may read,
    look-aheads included (``None`` when unbounded), so a match tried with the text
    cut off there is the match tried on the whole text.
    """

    needs: Needs | None
    starts: frozenset[str] | None
    ascii_needs: Needs | None
    ascii_starts: frozenset[str] | None
    width: int | None
    min_width: int
    reach: int | None = None


UNKNOWN = PatternFacts(None, None, None, None, None, 0)
"""The facts of a pattern the standard parser cannot read."""


def facts_of_parsed(parsed, digits: bool = True) -> PatternFacts:
    """Analyse an already parsed pattern (a ``re._parser.SubPattern``).

    ``digits=False`` says the pattern has no ``\\d``: the ``ascii_digits`` facts are then the same and are
    not worked out twice.
    """
    low, high = parsed.getwidth()
    items = list(parsed)
    folded = bool(parsed.state.flags & re.IGNORECASE)

    def analyse(ascii_digits: bool) -> tuple[Needs, frozenset[str] | None]:
        if folded:
            return (), None
        token, memo = _ASCII_DIGITS.set(ascii_digits), _MEMO.set({})
        try:
            options, starts = _needs(items), _starts(items)
        finally:
            _ASCII_DIGITS.reset(token)
            _MEMO.reset(memo)
        unique: list[frozenset[str]] = []
        for option in options:
            if option not in unique:
                unique.append(option)
        return tuple(unique), (starts if low > 0 and _anchoring(starts) else None)

    needs, starts = analyse(False)
    ascii_needs, ascii_starts = analyse(True) if digits else (needs, starts)
    reach = _reach(items)
    return PatternFacts(needs, starts, ascii_needs, ascii_starts, int(high) if high <= _MAX_WIDTH else None,
                        int(low), reach if reach is not None and reach <= _MAX_WIDTH else None)


def _reach(items) -> int | None:
    """An upper bound on how many characters past its start a match of ``items`` reads: what it consumes plus
    what its look-aheads read beyond that (look-behinds read before the start, which is never cut off)."""
    total = 0
    for op, av in items:
        if op is sre.ASSERT or op is sre.ASSERT_NOT:
            direction, body = av
            part = _reach(body) if direction > 0 else 0
        elif op is sre.BRANCH:
            parts = [_reach(branch) for branch in av[1]]
            part = None if None in parts else max(parts, default=0)  # type: ignore[type-var]
        elif op is sre.SUBPATTERN:
            part = _reach(av[3])
        elif op is sre.ATOMIC_GROUP:
            part = _reach(av)
        elif op in _REPEATS:
            lo, hi, body = av
            inner = _reach(body)
            part = None if inner is None or (hi is sre.MAXREPEAT and inner) else inner * (0 if hi is sre.MAXREPEAT
                                                                                        else hi)
        elif op is sre.GROUPREF_EXISTS:
            parts = [_reach(branch) if branch is not None else 0 for branch in av[1:]]
            part = None if None in parts else max(parts)  # type: ignore[type-var]
        elif op is sre.GROUPREF:
            part = None
        else:
            part = sre_parse.SubPattern(sre_parse.State(), [(op, av)]).getwidth()[1]
        if part is None or part >= sre.MAXREPEAT:
            return None
        total += part
        if total > _MAX_WIDTH:
            return None
    return total


def facts_of(source: str) -> PatternFacts:
    """Parse and analyse one pattern (:data:`UNKNOWN` when the standard parser cannot read it)."""
    if not PARSER_AVAILABLE:
        return UNKNOWN
    try:
        return facts_of_parsed(sre_parse.parse(source), digits=has_digits(source))
    except (re.error, RecursionError, OverflowError):
        return UNKNOWN
    except Exception:  # the private parser behaves differently than expected: know nothing, scan in full
        return UNKNOWN


def has_digits(source: str) -> bool:
    """Whether a pattern may use ``\\d`` (which the ``ascii_digits`` facts read differently)."""
    return "\\d" in source


def _anchoring(starts: frozenset[str] | None) -> bool:
    """Whether a prefix set is worth trying a pattern at: no letter or space alone, not too many."""
    if not starts or len(starts) > _MAX_SET:
        return False
    return not any(len(s) < 2 and (not s or s.isalpha() or s in " \t") for s in starts)


def needs_of(source: str, ascii_digits: bool = False) -> Needs | None:
    """The literal sets every match of the pattern ``source`` needs (``None`` when it cannot be parsed).

    An empty tuple means nothing is known: the pattern may match any text. With
    ``ascii_digits``, ``\\d`` is read as ``[0-9]``: the result then holds only for
    texts with no other decimal digits.

    >>> [sorted(need) for need in needs_of(r"\\b(?:registration|sign up)\\s{1,3}fee\\b")]
    [['registration', 'sign up'], ['fee']]
    """
    facts = facts_of(source)
    return facts.ascii_needs if ascii_digits else facts.needs


def starts_of(source: str, ascii_digits: bool = False) -> frozenset[str] | None:
    """Strings one of which every match of ``source`` starts with, or ``None`` when none are known.

    The matcher then tries the pattern only where one of them occurs. Single
    characters are kept only when they are digits (read ``\\d`` as ``[0-9]`` only
    with ``ascii_digits``) or neither letters nor spaces (``$``, ``£``).

    >>> sorted(starts_of(r"\\b(?:registration|sign up)\\s{1,3}fee\\b"))
    ['registration', 'sign up']
    """
    facts = facts_of(source)
    return facts.ascii_starts if ascii_digits else facts.starts
