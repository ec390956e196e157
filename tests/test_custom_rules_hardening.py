"""Rule files are untrusted: typed fields, no catastrophic patterns, a time budget per post, one-line CLI errors."""

from __future__ import annotations

import time

import pytest
from click.testing import CliRunner

from ct_screen import Screener
from ct_screen.cli import main
from ct_screen.rules import RuleDefinitionError, custom
from ct_screen.rules.custom import load_rules_file, rules_from_config

BASE = {"id": "X001", "category": "x_y", "severity": "low", "weight": 0.2, "patterns": [r"\bfee\b"]}
SLOW = r"\w{0,60}\w{0,60}\w{0,60}\w{0,60}\d"
"""No nested repetition, yet slow on long runs of letters: polynomial backtracking."""


def _rule(**changes):
    return {**BASE, **changes}


@pytest.mark.parametrize("pattern", [r"(?:\w+\s?){2,20}\bfee\b", r"(?:\w+\w+){1,60}$", r"(?:a|aa){1,30}b",
                                     r"(?:\w{1,30}){1,30}!"])
def test_nested_repetition_under_a_repeated_group_is_refused_at_load(pattern):
    with pytest.raises(RuleDefinitionError, match=r"X001.*repeats a group"):
        rules_from_config([_rule(patterns=[pattern])])


def test_atomic_inner_steps_are_allowed():
    (rule,) = rules_from_config([_rule(patterns=[r"\bpay(?:\s(?>\w{1,12})){0,3}\sfee\b"],
                                       examples=["pay the joining fee"])])
    assert rule.fires_on("pay the joining fee")


def test_a_pattern_slow_on_adversarial_text_is_refused_at_load():
    with pytest.raises(RuleDefinitionError, match=r"X001.*adversarial"):
        rules_from_config([_rule(patterns=[SLOW])])


def test_a_hostile_pattern_holds_a_post_at_most_a_second_and_says_so(monkeypatch):
    monkeypatch.setattr(custom, "_fuzz", lambda rule: None)  # as if the fuzzing had missed it
    (rule,) = rules_from_config([_rule(patterns=[SLOW])])
    screener = Screener(model=None, extra_rules=[rule])
    post = "Pay a $50 registration fee. " + "a" * 20_000
    plain = Screener(model=None)
    for warm in (screener, plain):
        warm.screen("warm up: the engine plans the rules once")
    started = time.monotonic()
    result = screener.screen(post)
    with_rule = time.monotonic() - started
    started = time.monotonic()
    plain.screen(post)
    assert with_rule - (time.monotonic() - started) < 1.0  # the time the hostile rule held the post
    assert "X001" not in [h.rule_id for h in result.hits]
    assert "upfront_fee" in result.categories  # the built-in rules still ran
    assert [n.code for n in result.notices] == ["CTN210"] and "X001" in result.notices[0].message
    assert screener.screen("a short clean post about the weather").notices == ()


@pytest.mark.parametrize(("field", "value"), [
    ("context", "abc"), ("patterns", 5), ("weight", "high"), ("negatable", "yes"), ("examples", 5),
    ("requires", [1, 2]), ("contacts", ["carrier_pigeon"]), ("check", {"no_such_check": {}}),
    ("check", {"amount_at_least": {"usd": "lots"}}), ("name", ["a"]), ("context", 10**9),
    ("check", {"absent_in_sentence": {"words": "earn"}}), ("check", {"absent_in_sentence": {"words": ["x" * 61]}}),
    ("check", {"absent_in_sentence": {"words": ["earn"], "reach": 10**6}}),
    ("check", {"absent_in_sentence": {"words": ["earn"], "regex": "(a+)+"}}),
])
def test_every_field_is_type_checked_at_load(field, value):
    with pytest.raises(RuleDefinitionError, match=rf"X001.*'{field}'"):
        rules_from_config([_rule(**{field: value})])


def test_a_custom_rule_names_a_check_with_typed_parameters():
    (rule,) = rules_from_config([_rule(
        patterns=[r"\bearn\b(?:\s(?>\S{1,20})){0,4}"], check={"amount_at_least": {"USD": 1000, "period": "week"}},
        examples=["earn $1,500 weekly"], counter_examples=["earn $500 weekly", "earn $1,500 daily soon"])])
    assert rule.check.name == "amount_at_least"
    assert rule.fires_on("earn 2,000 dollars per week") and not rule.fires_on("earn 900 dollars per week")


def test_a_custom_rule_names_a_sentence_check_whose_words_are_literal():
    # words are escaped: a pattern-looking word is text, never a pattern
    (rule,) = rules_from_config([_rule(
        patterns=[r"\bpay\s\$\d{1,4}\b"], check={"absent_in_sentence": {"words": ["earn", "(a+)+$"], "reach": 40}},
        examples=["Earn $900 a week! Pay $30 now."], counter_examples=["Pay $30 and earn it back."])])
    assert rule.check.name == "absent_in_sentence"
    assert rule.fires_on("earn big. pay $30 to start") and not rule.fires_on("pay $30 and you earn more")
    assert rule.fires_on("pay $30 aaaa now")  # as a pattern, (a+)+$ would have matched "aaaa" and refused it


def test_a_yaml_bomb_is_refused_fast(tmp_path):
    lines = ['a: &a ["' + "x" * 1000 + '"]']
    for i in range(1, 12):
        lines.append(f"a{i}: &a{i} [{', '.join(['*a' if i == 1 else f'*a{i - 1}'] * 9)}]")
    lines.append("rules: [*a11]")
    path = tmp_path / "bomb.yaml"
    path.write_text("\n".join(lines))
    started = time.monotonic()
    with pytest.raises(RuleDefinitionError, match="aliases"):
        load_rules_file(path)
    assert time.monotonic() - started < 2


def test_a_bad_rules_file_is_one_error_line_on_the_cli(tmp_path):
    rules = tmp_path / "bad.yaml"
    rules.write_text("rules:\n  - id: X001\n    category: x_y\n    severity: low\n    weight: 0.2\n"
                     "    context: abc\n    patterns: [fee]\n")
    posts = tmp_path / "in.csv"
    posts.write_text("id,text\n1,hello\n")
    done = CliRunner().invoke(main, ["score", str(posts), "--rules", str(rules), "--no-model"])
    assert done.exit_code == 1
    lines = [line for line in done.output.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("Error:") and "X001" in lines[0] and "context" in lines[0]
