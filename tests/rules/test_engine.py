"""The fast rule engine finds exactly what a full scan with each rule finds."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ct_screen.normalize import normalize
from ct_screen.rules import Rule, builtin_rules
from ct_screen.rules.engine import RULE_TEXT_LIMIT, plan_for, run_rules

from .corpus import load_corpus

RULES = builtin_rules()


def reference(text: str) -> dict[str, list[tuple[int, int]]]:
    return {r.id: spans for r in RULES if (spans := r.find(text))}


def engine(text: str) -> dict[str, list[tuple[int, int]]]:
    return {r.id: spans for r, spans in run_rules(RULES, text)}


@pytest.mark.parametrize("post", load_corpus(), ids=lambda p: p.id)
def test_engine_equals_full_scan_on_the_corpus(post):
    text = normalize(post.text).text
    assert engine(text) == reference(text)


def test_engine_equals_full_scan_on_repeated_and_padded_text():
    corpus = [normalize(p.text).text for p in load_corpus()]
    joined = " ".join(corpus)
    padded = "x " * 5000 + joined + " y" * 5000
    for text in (joined, padded, joined * 3):
        assert engine(text) == reference(text)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from([r.examples[0] for r in RULES] + ["fee", "pay", "visa", ",", ".", "not", "never",
                                                                   " ", "\n", "whatsapp", "$50", "18"]),
                max_size=40))
def test_engine_equals_full_scan_on_shuffled_fragments(parts):
    text = normalize(" ".join(parts)).text
    assert engine(text) == reference(text)


def test_required_literals_are_found_for_plain_patterns():
    rule = Rule(id="T001", category="x_y", name="t", severity="low", weight=0.1,
                patterns=(r"\b(?:registration|sign up)\s{1,3}fee\b",), explanation="t")
    plan = plan_for(rule)
    assert plan.literals == frozenset({"fee"}) or plan.literals == frozenset({"registration", "sign up"})
    assert plan.width is not None


def test_rules_read_a_bounded_prefix():
    text = "z" * RULE_TEXT_LIMIT + " registration fee of $50 required"
    assert not any(r.id == "CT100" for r, _ in run_rules(RULES, text))
