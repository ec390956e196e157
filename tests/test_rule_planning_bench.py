"""benchmarks/rule_planning.py: the bound on what sharing named sub-patterns could save."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from ct_screen.rules.base import Rule
from ct_screen.rules.patterns import NEG_TOKEN, clause_gap

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
rule_planning = pytest.importorskip("rule_planning")


def _rule(*patterns: str) -> Rule:
    return Rule(id="CT900", category="test_only", name="shared", severity="low", weight=0.1, patterns=patterns,
                explanation="A rule whose patterns repeat one gap.")


def test_a_vocabulary_used_twice_is_counted_once():
    gap = clause_gap(3)
    total, largest = rule_planning.shared_total((_rule(f"a{gap}b", f"c{gap}d"),))
    assert total == 2 * len("a(?&ref)b") + len(gap)
    assert largest == len("a(?&ref)b")


def test_a_vocabulary_inside_a_longer_one_is_not_counted_twice():
    gap = clause_gap(4)  # holds NEG_TOKEN
    assert NEG_TOKEN in gap
    total, _ = rule_planning.shared_total((_rule(f"x{gap}y", f"z{NEG_TOKEN}w"),))
    assert total == len("x(?&ref)y") + len("z(?&ref)w") + len(gap) + len(NEG_TOKEN)


def test_patterns_without_a_named_vocabulary_keep_their_size():
    assert rule_planning.shared_total((_rule(r"\bfoo\b", r"\bbar\sbaz\b"),)) == (len(r"\bfoo\b") + len(r"\bbar\sbaz\b"),
                                                                              len(r"\bbar\sbaz\b"))
