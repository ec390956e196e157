"""The built-in rules' pattern facts shipped as data (ct_screen/rules/plan_cache.py, issues 16 and 18)."""

from __future__ import annotations

import json
import zlib

import pytest

from ct_screen.rules import builtin_rules, matcher, plan_cache
from ct_screen.rules.matcher import RuleMatcher, analyse_rule, plan_for

RULES = tuple(r for r in builtin_rules() if r.trusted and r.patterns)


def test_shipped_facts_are_those_worked_out_now():
    # Fails when a built-in pattern (or the analysis in literals.py) changes without
    # `python -m ct_screen.rules.build_native`: start-up would then analyse the changed rules again (slower,
    # same matches).
    stale = [r.id for r in RULES if plan_cache.cached_facts(r.patterns) != tuple(analyse_rule(r)[0])]
    assert not stale, f"run `python -m ct_screen.rules.build_native`: stale pattern facts for {stale}"


def test_built_in_rules_are_planned_from_the_file_and_match_as_before(monkeypatch):
    texts = ["Pay the 50 USD registration fee today, then WhatsApp +44 7700 900123 to start",
             "We keep your passport safe until the visa debt of 3,000 USD is repaid"]
    plan_for.cache_clear()
    reference = [RuleMatcher(builtin_rules(), native=False).run(t) for t in texts]

    def never(rule):  # pragma: no cover - must not be reached for a built-in rule
        raise AssertionError(f"{rule.id} analysed at start-up")

    monkeypatch.setattr(matcher, "analyse_rule", never)
    plan_for.cache_clear()
    try:
        engine = RuleMatcher(builtin_rules(), native=False)
        assert [engine.run(t) for t in texts] == reference and any(reference)
        assert all(plan_for(r).ready is None for r in RULES)  # compiled on first use
    finally:
        plan_for.cache_clear()


def _write(path, document) -> None:
    path.write_bytes(zlib.compress(json.dumps(document).encode()))


def test_round_trip_and_what_is_ignored(tmp_path):
    path = tmp_path / "facts.json.z"
    some = RULES[:6]
    assert plan_cache.write_facts(some, lambda r: analyse_rule(r)[0], path) == len(some)
    read = plan_cache.shipped_facts(path)
    assert read == {plan_cache.rule_key(r.patterns): tuple(analyse_rule(r)[0]) for r in some}
    document = json.loads(zlib.decompress(path.read_bytes()))
    for bad in ({**document, "analyser": "another-analyser"}, {**document, "format": 99}, ["not", "a", "dict"],
                {**document, "rules": {"k": [[["needs"], None, None, None, 1, 2, 3]]}},
                {**document, "rules": {"k": [[None, None, None, None, -1, 0, None]]}},
                {**document, "rules": {"k": [[None, None, None, None, True, 0, None]]}}):
        _write(path, bad)
        plan_cache.shipped_facts.cache_clear()
        assert plan_cache.shipped_facts(path) == {}
    path.write_bytes(b"not zlib at all")
    plan_cache.shipped_facts.cache_clear()
    assert plan_cache.shipped_facts(path) == {}
    assert plan_cache.shipped_facts(tmp_path / "missing") == {}
    plan_cache.shipped_facts.cache_clear()


@pytest.mark.parametrize("patterns", [(), ("a changed pattern",)])
def test_a_rule_not_in_the_file_is_analysed(patterns):
    assert plan_cache.cached_facts(patterns) is None
