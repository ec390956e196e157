"""The built-in rules' pattern facts, worked out at build time and shipped as data.

Working out which literals each pattern needs (:mod:`ct_screen.rules.literals`) was most of the
pure-Python matcher's start-up: about 0.40 s CPU of 0.55 s for the built-in patterns. ``python -m
ct_screen.rules.build_native`` also writes those facts to ``native_db/facts.json.z`` (zlib-compressed
JSON: nothing in it runs code when read), one entry per rule keyed by the sha256 of its patterns, and
stamped with the analyser it came from (the sha256 of ``literals.py`` and the Python version, whose
pattern parser the analysis reads). So a changed rule misses the file and is analysed at start-up as
before, and a changed analyser or another Python ignores the whole file. A damaged file is ignored too:
the matches are the same either way, only start-up is slower.
"""

from __future__ import annotations

import hashlib
import json
import sys
import zlib
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from . import literals
from .literals import PatternFacts
from .native import DB_DIR

__all__ = ["FACTS_FILE", "rule_key", "analyser_stamp", "write_facts", "shipped_facts", "cached_facts"]

FACTS_FILE = DB_DIR / "facts.json.z"
FORMAT = 1


def rule_key(patterns: Sequence[str]) -> str:
    """The sha256 a rule's facts are filed under: its patterns, in order."""
    return hashlib.sha256("\x00".join(patterns).encode("utf-8", "surrogatepass")).hexdigest()


def analyser_stamp() -> str:
    """What the facts depend on besides the patterns: the analysis code and the Python that parses."""
    code = Path(literals.__file__).read_bytes()
    return f"{hashlib.sha256(code).hexdigest()[:16]}-py{sys.version_info[0]}.{sys.version_info[1]}"


def _strings(values: Any) -> frozenset[str]:
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise ValueError("a literal set must be a list of strings")
    return frozenset(values)


def _needs(value: Any) -> tuple[frozenset[str], ...] | None:
    if value is None:
        return None
    if not isinstance(value, list):
        raise ValueError("needs must be a list")
    return tuple(_strings(v) for v in value)


def _number(value: Any, *, optional: bool) -> int | None:
    if value is None and optional:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError("a width must be a whole number of at least 0")
    return value


def _encode(facts: PatternFacts) -> list[Any]:
    def needs(value):
        return None if value is None else [sorted(s) for s in value]

    def starts(value):
        return None if value is None else sorted(value)

    return [needs(facts.needs), starts(facts.starts), needs(facts.ascii_needs), starts(facts.ascii_starts),
            facts.width, facts.min_width, facts.reach]


def _decode(item: Any) -> PatternFacts:
    if not isinstance(item, list) or len(item) != 7:
        raise ValueError("pattern facts must be a list of 7 fields")
    return PatternFacts(_needs(item[0]), None if item[1] is None else _strings(item[1]), _needs(item[2]),
                        None if item[3] is None else _strings(item[3]), _number(item[4], optional=True),
                        _number(item[5], optional=False), _number(item[6], optional=True))


def write_facts(rules: Iterable[Any], facts_of_rule, path: Path = FACTS_FILE) -> int:
    """Write the facts of ``rules`` (built-in, trusted ones) as worked out by ``facts_of_rule(rule)``.

    Returns the number of rules written.
    """
    entries = {rule_key(rule.patterns): [_encode(f) for f in facts_of_rule(rule)]
               for rule in rules if rule.trusted and rule.patterns}
    document = {"format": FORMAT, "analyser": analyser_stamp(), "rules": entries}
    data = zlib.compress(json.dumps(document, sort_keys=True, separators=(",", ":")).encode(), 9)
    tmp = path.with_suffix(".tmp")
    tmp.write_bytes(data)
    tmp.replace(path)
    return len(entries)


@lru_cache(maxsize=4)
def shipped_facts(path: Path = FACTS_FILE) -> dict[str, tuple[PatternFacts, ...]]:
    """The facts in ``path`` by :func:`rule_key` (empty when the file is missing, damaged or stale)."""
    try:
        document = json.loads(zlib.decompress(path.read_bytes()))
        if not isinstance(document, dict) or document.get("format") != FORMAT \
                or document.get("analyser") != analyser_stamp() or not isinstance(document.get("rules"), dict):
            return {}
        return {key: tuple(_decode(item) for item in items) for key, items in document["rules"].items()
                if isinstance(key, str) and isinstance(items, list)}
    except (OSError, zlib.error, ValueError, TypeError, RecursionError):
        return {}


def cached_facts(patterns: Sequence[str]) -> tuple[PatternFacts, ...] | None:
    """The shipped facts of a built-in rule's ``patterns``, or ``None`` (not shipped, or of other patterns)."""
    found = shipped_facts().get(rule_key(patterns))
    return found if found is not None and len(found) == len(patterns) else None
