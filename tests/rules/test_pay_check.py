"""unrealistic_pay: short "amount per period" patterns plus a check in code match as the spelled-out thresholds did.

The old patterns (digit-class alternations, 13,000 characters each) live in the fixture
``legacy_unrealistic_pay``; each amount rule must give the same spans with either.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ct_screen.normalize import normalize
from ct_screen.rules import builtin_rules

from .corpus import load_corpus
from .legacy_unrealistic_pay import LEGACY_RULES

NEW = {r.id: r for r in builtin_rules()}


def _same(text: str) -> None:
    for old in LEGACY_RULES:
        assert NEW[old.id].find(text) == old.find(text), (old.id, text)


def test_same_spans_on_the_corpus_and_the_rule_examples():
    texts = [p.text for p in load_corpus()]
    texts += [t for r in builtin_rules() for t in (*r.examples, *r.counter_examples)]
    for text in texts:
        _same(normalize(text).text)


_AMOUNTS = ["$", "usd ", "rs. ", "\u20b9", "n", "php ", "aed ", "kd ", "rm ", "300", "1,500", "2000", "15", "45",
            "7,500", "60000", "1,50,000", "9.000", "2.5k", "20k", "3 lakh", "150", "5000", "100-", "200 - ",
            "$800", " usd", " dollars", " naira", " pesos", " rupees", "/-", " qar", " dinars", " ringgit"]
_PERIODS = [" per day", " a day", " daily", "/hr", " an hour", " weekly", " a week", " per month", " monthly",
            " every day", " mth", ", paid every day", " a day per week", " in one day"]
_WORDS = ["earn ", "salary ", "daily salary ", "weekly pay: ", "make up to ", "cleaners in dubai, ", "pay ",
          "housemaids for kuwait, salary ", "income of ", "simple tasks, ", "wage ", ". ", " and ", "or "]


@settings(max_examples=400, deadline=None, derandomize=True)  # the same 400 phrases every run: CI is repeatable
@given(st.lists(st.sampled_from(_AMOUNTS + _PERIODS + _WORDS), min_size=1, max_size=10))
def test_same_spans_on_generated_amount_phrases(parts):
    _same(normalize("".join(parts)).text)


@pytest.mark.xfail(strict=True, reason="known difference, found by hypothesis: an amount between two currencies "
                                       "('AED 7,500$') is read as AED by the code check, as USD by the old pattern")
def test_an_amount_between_two_currencies_reads_as_before():
    _same(normalize("housemaids for kuwait, salary aed 7,500$daily salary ").text)


@pytest.mark.needs_data
def test_same_spans_on_every_emscad_post(emscad_path):
    from ct_screen.datasets import load_emscad
    from ct_screen.fields import join_fields

    for row in load_emscad(emscad_path).to_dict("records"):
        _same(normalize(join_fields(row).text).text)


def test_amount_patterns_are_short_and_the_thresholds_live_in_the_check():
    for rule_id in ("CT130", "CT131"):
        rule = NEW[rule_id]
        assert rule.check is not None and rule.check.name.startswith("pay_at_least")
        assert max(map(len, rule.patterns)) < 1500
    old_total = sum(len(p) for r in LEGACY_RULES for p in r.patterns)
    new_total = sum(len(p) for r in LEGACY_RULES for p in NEW[r.id].patterns)
    assert new_total * 4 < old_total


def test_the_check_compares_per_currency_and_period():
    rule = NEW["CT131"]
    assert rule.find("earn $1,000 per day")
    assert not rule.find("earn $999 per day")
    assert rule.find("earn 10000 rupees daily")
    assert not rule.find("earn 9999 rupees daily")
    assert rule.find("earn $5000 weekly") and not rule.find("earn $4000 weekly")


def test_the_literal_prefilter_still_works_on_the_amount_rules():
    from ct_screen.rules.matcher import plan_for

    for old in LEGACY_RULES:  # as before: skipped where the old patterns were, and never less
        assert plan_for(NEW[old.id]).prefiltered >= plan_for(old).prefiltered, old.id
    assert plan_for(NEW["CT135"]).prefiltered
    period_first = plan_for(NEW["CT130"]).alternatives[2]
    assert any("daily" in need and "a week" in need for need in period_first.needs)
