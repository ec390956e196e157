"""upfront_fee: the money pattern, the pattern helpers it shares, and cases the corpus cannot express."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from ct_screen import Screener
from ct_screen.rules.base import any_of
from ct_screen.rules.categories.upfront_fee import MONEY, near_pos, trie_any_of

SCREENER = Screener(model=None)

WORD = st.text(alphabet="abcdefgh ", min_size=1, max_size=8).map(lambda w: " ".join(w.split())).filter(bool)


@settings(max_examples=200, deadline=None)
@given(st.lists(WORD, min_size=1, max_size=12), st.text(alphabet="abcdefgh .", max_size=80))
def test_trie_any_of_matches_exactly_like_any_of(words, text):
    trie, flat = regex.compile(trie_any_of(*words)), regex.compile(any_of(*words))
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in flat.finditer(text)]


def test_near_pos_refuses_a_negator_in_the_gap():
    pattern = regex.compile(near_pos(r"\byou\b", r"\bpay\b", 3))
    assert pattern.search("you will pay the fee")
    assert not pattern.search("you will not pay the fee")
    assert not pattern.search("you never pay anything")


def test_money_forms():
    money = regex.compile(MONEY)
    for text in ("$85", "n60,000", "60k", "450 usd", "rs. 80,000/-", "\u20a65,000", "1.5 lakh", "300 aed"):
        assert money.search(text), text
    for text in ("85", "2014", "room 101", "60,000 people"):
        assert not money.search(text), text


def test_fee_paid_to_the_applicant_is_not_a_fee():
    result = SCREENER.screen("Send your bank details to receive your first payment of $350 for the training.")
    assert "upfront_fee" not in result.categories


def test_fee_is_found_through_evasions():
    for text in ("Tr@ining f3e is only \u00a375.", "R\u0435gistr\u0430tion fee: N5,000.", "r e g i s t r a t i o n fee $30"):
        assert "upfront_fee" in SCREENER.screen(text).categories, text


def test_evidence_points_at_the_fee_in_the_original_text():
    text = "Hello! Pay 60,000 naira for your file opening today."
    hit = next(h for h in SCREENER.screen(text).hits if h.category == "upfront_fee")
    assert any("60,000 naira" in e.text for e in hit.evidence)
    assert all(text[e.start:e.end] == e.text for e in hit.evidence)


def test_a_pay_rate_nearby_does_not_veto_the_fee_the_readme_example_asks_for():
    from ct_screen import Screener

    readme = "Easy job from home!! 300 USD a day, pay 49 USD for your starter kit, then WhatsApp me +44 7700 900123"
    result = Screener(model=None).screen(readme)
    fee = [h for h in result.hits if h.category == "upfront_fee"]
    assert fee and any("49 USD" in e.text for h in fee for e in h.evidence)
    assert "upfront_fee" not in Screener(model=None).screen("Drivers: pay 15 USD per hour, WhatsApp me").categories
