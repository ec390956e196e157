"""The rule type: named patterns, code checks and a version that covers everything that changes matches."""

from __future__ import annotations

import dataclasses

import pytest

from ct_screen.rules import Rule, RuleDefinitionError, rules_version
from ct_screen.rules.base import Check


def _rule(**changes) -> Rule:
    fields = dict(id="T100", category="test_cat", name="fee-word", severity="low", weight=0.3,
                  patterns=(r"\bfee\b",), explanation="t")
    fields.update(changes)
    return Rule(**fields)


@pytest.mark.parametrize("change", [
    {"contacts": ("messenger",)},
    {"context": 200},
    {"check": Check("amount_at_least", (("usd", 10),))},
    {"negatable": False},
    {"requires": (r"\bpay\b",)},
])
def test_rules_version_changes_with_everything_that_changes_matches(change):
    assert rules_version((_rule(),)) != rules_version((_rule(**change),))


def test_check_parameters_are_part_of_the_version():
    one = _rule(check=Check("amount_at_least", (("usd", 10),)))
    two = _rule(check=Check("amount_at_least", (("usd", 20),)))
    assert rules_version((one,)) != rules_version((two,))


def test_patterns_get_short_names_given_or_derived():
    assert _rule().pattern_names == ("fee-word",)
    assert _rule(patterns=(r"\bfee\b", r"\bdeposit\b")).pattern_names == ("fee-word-1", "fee-word-2")
    named = _rule(patterns={"fee": r"\bfee\b", "deposit": r"\bdeposit\b"})
    assert named.patterns == (r"\bfee\b", r"\bdeposit\b") and named.pattern_names == ("fee", "deposit")
    assert named.pattern_name_at("a deposit", 2) == "deposit"
    with pytest.raises(RuleDefinitionError, match="own name"):
        _rule(patterns=(r"\bfee\b", r"\bdeposit\b"), pattern_names=("fee", "fee"))


def test_a_check_sees_each_match_and_can_refuse_it():
    seen = []

    def long_enough(text: str, start: int, end: int) -> bool:
        seen.append(text[start:end])
        return end - start >= 4

    rule = _rule(patterns=(r"\bfees?\b",), check=Check("long_enough", (), long_enough))
    assert rule.find("a fee, the fees") == [(11, 15)]
    assert seen == ["fee", "fees"]
    assert dataclasses.replace(rule, check=None).find("a fee") == [(2, 5)]


def test_contact_rules_fire_the_same_way_in_fires_on_and_in_screen():
    from ct_screen import Screener

    rule = _rule(patterns=(), contacts=("messenger",), requires=(r"\bjob\b",))
    screener = Screener(model=None, rules=(rule,))
    for text, fires in (("Job: WhatsApp me +44 7700 900123", True), ("WhatsApp me +44 7700 900123", False)):
        assert rule.fires_on(text) is fires
        assert bool(screener.screen(text).hits) is fires


def test_a_contact_rules_exclude_anywhere_in_the_post_cancels_its_contacts():
    from ct_screen import Screener

    rule = _rule(patterns=(), contacts=("shortener",), requires=(r"\bjobs?\b",), exclude=(r"\bcareers\spage\b",))
    screener = Screener(model=None, rules=(rule,))
    for text, fires in (("Home jobs, sign up: bit.ly/3abcd", True),
                        ("Home jobs, sign up: bit.ly/3abcd. More on our careers page.", False),
                        ("Our careers page lists the jobs: bit.ly/3abcd", False)):
        assert rule.fires_on(text) is fires, text
        assert bool(screener.screen(text).hits) is fires, text


def test_someone_else_paying_refuses_a_fee_in_its_own_sentence_only():
    from ct_screen.rules.checks import pattern_absent_in_sentence

    check = pattern_absent_in_sentence("payer", r"\bemployer\spays\b")
    one = "the employer pays the processing fee of 90 usd."
    two = "the employer pays the ticket. pay the processing fee of 90 usd."
    assert not check(one, one.index("processing"), one.index(" usd") + 4)
    assert check(two, two.index("processing"), two.index(" usd") + 4)
    assert check.params == (("pattern", r"\bemployer\spays\b"), ("reach", 60))


def test_with_contrast_a_payer_before_but_belongs_to_another_clause():
    from ct_screen.rules.checks import pattern_absent_in_sentence

    check = pattern_absent_in_sentence("payer", r"\bis\sfree\b", contrast=True)
    plain = pattern_absent_in_sentence("payer", r"\bis\sfree\b")
    text = "training is free, but you must buy the starter kit."
    start, end = text.index("must"), text.index(" kit") + 4
    assert check(text, start, end) and not plain(text, start, end)
    same = "the starter kit is free and you must buy nothing else."
    assert not check(same, same.index("must"), same.index(" else"))
    assert check.params[-1] == ("contrast", True)


def test_a_contact_rule_whose_requires_runs_out_of_time_says_so():
    from ct_screen.contacts import extract_contacts
    from ct_screen.normalize import normalize
    from ct_screen.rules.firing import fire

    class OutOfTime:
        def search(self, text, timeout=None):
            raise TimeoutError

    rule = _rule(patterns=(), contacts=("messenger",), requires=(r"\bjob\b",), trusted=False)
    rule.__dict__["_requires"] = OutOfTime()  # the compiled requires, as if it had run out of its budget
    norm = normalize("Job: WhatsApp me +44 7700 900123")
    fired = fire((rule,), norm, extract_contacts(norm.text))
    assert not fired.hits
    assert [n.code for n in fired.notices] == ["CTN210"] and rule.id in fired.notices[0].message
