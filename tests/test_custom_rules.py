"""Users add rules from YAML/TOML without forking; broken rules fail loudly."""

from __future__ import annotations

import pytest

from ct_screen import Screener
from ct_screen.rules import Rule, RuleDefinitionError
from ct_screen.rules.custom import load_rules_file

YAML = """
rules:
  - id: ACME001
    category: upfront_fee
    name: onboarding-kit
    severity: medium
    weight: 0.45
    patterns: ['\\bonboarding kit\\b']
    explanation: Asks applicants to buy an onboarding kit.
    examples: ["Buy the onboarding kit before day one"]
    counter_examples: ["We never sell an onboarding kit"]
"""
TOML = """
[[rules]]
id = "ACME002"
category = "local_slang"
severity = "low"
weight = 0.2
patterns = ['\\bquick bag\\b']
examples = ["make quick bag this week"]
"""


def test_yaml_rule_is_used_by_the_screener(tmp_path):
    path = tmp_path / "rules.yaml"
    path.write_text(YAML)
    screener = Screener(model=None, extra_rules=path)
    result = screener.screen("Please buy the onboarding kit first.")
    assert "ACME001" in [h.rule_id for h in result.hits]
    assert result.version["rules"] != Screener(model=None).version["rules"]


def test_toml_rule_with_new_category(tmp_path):
    path = tmp_path / "rules.toml"
    path.write_text(TOML)
    (rule,) = load_rules_file(path)
    assert rule.category == "local_slang"
    assert Screener(model=None, extra_rules=[rule]).screen("make quick bag now").categories == ("local_slang",)


@pytest.mark.parametrize(("body", "message"), [
    ("rules:\n  - id: bad\n    category: x_y\n    severity: low\n    weight: 0.2\n    patterns: ['a']\n", "look like"),
    ("rules:\n  - id: X001\n    category: x_y\n    severity: huge\n    weight: 0.2\n    patterns: ['a']\n", "severity"),
    ("rules:\n  - id: X001\n    category: x_y\n    severity: low\n    weight: 0.2\n    patterns: ['(a+)+b']\n", "unbounded"),
    ("rules:\n  - id: X001\n    category: x_y\n    severity: low\n    weight: 0.2\n    patterns: ['(']\n", "compile"),
    ("rules:\n  - id: X001\n    category: x_y\n    severity: low\n    weight: 0.2\n    patterns: ['zzz']\n"
     "    examples: ['nothing here']\n", "own example"),
    ("rules:\n  - id: X001\n    category: x_y\n    severity: low\n    weight: 0.2\n    pattern: ['a']\n", "unknown keys"),
    ("not: [valid", "not valid"),
])
def test_broken_rules_fail_loudly(tmp_path, body, message):
    path = tmp_path / "rules.yaml"
    path.write_text(body)
    with pytest.raises(RuleDefinitionError, match=message):
        load_rules_file(path)


def test_duplicate_ids_refused():
    rule = Rule(id="CT100", category="upfront_fee", name="dup", severity="low", weight=0.1, patterns=("x",),
                explanation="dup")
    with pytest.raises(RuleDefinitionError, match="duplicate"):
        Screener(model=None, extra_rules=[rule])


def test_disabled_rules():
    screener = Screener(model=None, disabled_rules=["CT100"])
    assert "CT100" not in [r.id for r in screener.rules]
