"""Each rule's own examples and counter-examples behave as declared; the catalogue is well-formed."""

from __future__ import annotations

import pytest

from ct_screen.rules import CATEGORIES, builtin_rules, category_descriptions

RULES = builtin_rules()


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_rule_examples(rule):
    assert len(rule.examples) >= 2 and len(rule.counter_examples) >= 2, "each rule needs its own examples"
    for text in rule.examples:
        assert rule.fires_on(text), f"{rule.id} should fire on {text!r}"
    for text in rule.counter_examples:
        assert not rule.fires_on(text), f"{rule.id} should not fire on {text!r}"


def test_every_builtin_category_has_rules():
    have = {r.category for r in RULES}
    assert set(CATEGORIES) <= have, f"categories without rules: {sorted(set(CATEGORIES) - have)}"
    assert set(category_descriptions()) == have


def test_ids_are_unique_and_stable_format():
    ids = [r.id for r in RULES]
    assert len(ids) == len(set(ids))
    assert all(i.startswith("CT") for i in ids)


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_rule_patterns_compile(rule):
    rule.check_compiles()


def test_rule_patterns_do_not_depend_on_the_hash_seed():
    import os
    import subprocess
    import sys

    code = "from ct_screen.rules import builtin_rules, rules_version; print(rules_version(builtin_rules()))"
    versions = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                               env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2")}
    assert len(versions) == 1, versions
