"""The fast rule matcher finds exactly what a full scan with each rule finds."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ct_screen.normalize import normalize
from ct_screen.rules import Rule, builtin_rules
from ct_screen.rules.literals import needs_of, starts_of
from ct_screen.rules.matcher import RULE_TEXT_LIMIT, matcher_for, plan_for, run_rules, scan_rules

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
    repeated = (joined + " " + joined)[:RULE_TEXT_LIMIT]  # as much of two copies as the rules read whole
    assert len(padded) <= RULE_TEXT_LIMIT and len(repeated) <= RULE_TEXT_LIMIT
    for text in (joined, padded, repeated):
        assert engine(text) == reference(text)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from([r.examples[0] for r in RULES] + ["fee", "pay", "visa", ",", ".", "not", "never",
                                                                   " ", "\n", "whatsapp", "$50", "18", "\u0661\u0667",
                                                                   "\u0665\u0660\u0660 usd", "2,500", "you", "in"]),
                max_size=40))
def test_engine_equals_full_scan_on_shuffled_fragments(parts):
    text = normalize(" ".join(parts)).text
    assert engine(text) == reference(text)


def test_needed_literals_and_starts_of_plain_patterns():
    rule = Rule(id="T001", category="x_y", name="t", severity="low", weight=0.1,
                patterns=(r"\b(?:registration|sign up)\s{1,3}fee\b",), explanation="t")
    (alt,) = plan_for(rule).alternatives
    assert alt.needs == (frozenset({"registration", "sign up"}), frozenset({"fee"}))
    assert alt.starts == frozenset({"registration", "sign up"})
    assert alt.width is not None
    assert matcher_for((rule,)).run("a registration  fee here") == [(rule, [(2, 19)])]
    assert matcher_for((rule,)).run("registration is free, no fee") == []


def test_digits_are_read_as_ascii_only_when_the_text_has_no_other_digits():
    assert starts_of(r"\d{3}") is None
    assert starts_of(r"\d{3}", ascii_digits=True) == frozenset("0123456789")
    rule = Rule(id="T002", category="x_y", name="t", severity="low", weight=0.1,
                patterns=(r"\d{3}\s?usd\b",), explanation="t")
    for text in ("earn 500 usd", "earn \u0665\u0660\u0660 usd", "earn \u0665\u0660\u0660 usd or 500 usd"):
        assert [spans for _, spans in matcher_for((rule,)).run(text)] == [rule.find(text)] != [[]]


def test_needs_ignore_case_insensitive_groups():
    assert needs_of(r"(?i:fee)s") == ()
    assert needs_of(r"(?i)fee") == ()


@pytest.mark.needs_data
def test_engine_equals_full_scan_on_emscad_posts(emscad_path):
    from ct_screen.datasets import load_emscad
    from ct_screen.fields import join_fields

    frame = load_emscad(emscad_path)
    for _, row in frame.iloc[::4].iterrows():
        text = normalize(join_fields(row.to_dict()).text).text
        assert engine(text) == reference(text)


def test_rules_read_a_bounded_head_and_tail():
    # The middle of a text longer than RULE_TEXT_LIMIT is not read (the work stays bounded) ...
    middle = "z " * (RULE_TEXT_LIMIT // 4) + " registration fee of $50 required " + "z " * (RULE_TEXT_LIMIT // 4)
    assert not any(r.id == "CT100" for r, _ in run_rules(RULES, middle))
    assert scan_rules(RULES, middle).skipped == (RULE_TEXT_LIMIT // 2, len(middle) - RULE_TEXT_LIMIT // 2)
    # ... but its tail is (it was cut away before), with offsets into the whole text.
    sentence = "registration fee of $50 required"
    text = "z" * RULE_TEXT_LIMIT + " " + sentence
    spans = dict(run_rules(RULES, text)).get(next(r for r in RULES if r.id == "CT100"))
    assert spans and text[spans[0][0]:spans[0][1]] in sentence
    assert scan_rules(RULES, sentence).skipped is None


_WITHOUT_PRIVATE_RE = r"""
import json, sys
for name in ("_parser", "_compiler", "_constants"):
    sys.modules["re." + name] = None  # importing re._parser now raises ImportError (re itself keeps working)
from ct_screen.rules import builtin_rules, literals
from ct_screen.rules.matcher import run_rules
texts = json.loads(sys.stdin.read())
print(json.dumps([literals.PARSER_AVAILABLE,
                  [{r.id: s for r, s in run_rules(builtin_rules(), t)} for t in texts]]))
"""


def test_without_the_private_re_modules_the_engine_scans_in_full_with_the_same_matches():
    import json
    import subprocess
    import sys

    texts = [normalize(p.text).text for p in load_corpus()[::7]]
    done = subprocess.run([sys.executable, "-c", _WITHOUT_PRIVATE_RE], input=json.dumps(texts), capture_output=True,
                          text=True, timeout=300, check=True)
    available, found = json.loads(done.stdout)
    assert available is False
    assert found == [{rid: [list(s) for s in spans] for rid, spans in engine(t).items()} for t in texts]


def test_a_long_look_ahead_is_read_whole_when_the_pattern_is_tried_at_its_start():
    # The engine tries a pattern with the text cut off past the farthest point a match may read; a look-ahead
    # reading 80 characters past a 3-character match must not be cut at the old fixed margin of 64.
    rule = Rule(id="T003", category="x_y", name="t", severity="low", weight=0.1,
                patterns=(r"\bfoo\b(?=[^\n]{0,80}\bbar\b)",), explanation="t")
    text = "some foo " + "x" * 70 + " bar"
    assert plan_for(rule).alternatives[0].facts.reach >= 80
    assert [spans for _, spans in matcher_for((rule,)).run(text)] == [rule.find(text)] == [[(5, 8)]]
