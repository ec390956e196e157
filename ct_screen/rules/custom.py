"""User rules from a YAML or TOML file, without forking the package.

The file holds a list ``rules`` of tables with the same fields as
:class:`ct_screen.rules.Rule`::

    rules:
      - id: ACME001
        category: upfront_fee
        name: onboarding-kit
        severity: medium
        weight: 0.45
        patterns: ['\\bonboarding kit\\b']
        explanation: Asks applicants to buy an onboarding kit.
        examples: ["Buy the onboarding kit before day one"]
        counter_examples: ["We send you an onboarding kit for free"]

``patterns`` may also be a table of named patterns (``{kit: '\\bonboarding kit\\b'}``);
``check`` names a check of :data:`ct_screen.rules.checks.CHECKS` with its
parameters (``check: {amount_at_least: {usd: 1000, period: week}}``): a rule file
never runs code.

A rule file is untrusted input. Every field is type-checked; each rule is
validated like a built-in one and its own examples are checked when the file is
loaded, so a broken rule fails loudly rather than silently. Patterns that could
backtrack catastrophically are refused: unbounded repetition, a repeated group
holding another repetition or an alternation (``(?:\\w+\\s?){2,20}``,
``(?:a|aa){1,30}``), and any pattern that runs slowly on adversarial strings at
load. At run time the rules of a file share a time budget per post
(:data:`ct_screen.rules.matcher.UNTRUSTED_BUDGET`); a rule that runs out of it is
skipped for that post and the result carries a ``CTN210`` notice.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import regex
import tomllib
import yaml

from .base import CONTACT_CONDITIONS, Rule, RuleDefinitionError
from .checks import check_from_config
from .literals import PARSER_AVAILABLE, sre, sre_parse

__all__ = ["load_rules_file", "rules_from_config", "MAX_FILE_BYTES", "FUZZ_BUDGET"]

MAX_FILE_BYTES = 2_000_000
"""Largest rule file read."""
MAX_EXPANDED = 2_000_000
"""Most characters a YAML document may hold once its aliases are expanded ("billion laughs" are refused)."""
MAX_PATTERN = 2_000
"""Longest pattern a rule file may hold."""
MAX_ITEMS = 200
"""Most patterns, examples, ... in one list of one rule."""
MAX_CONTEXT = 2_000
"""Largest ``context`` (characters searched for ``exclude`` either side of a match)."""
FUZZ_BUDGET = 0.02
"""Seconds one adversarial string may take one pattern at load before the pattern is refused as too slow."""

_STRINGS = ("id", "category", "name", "severity", "explanation")
_LISTS = ("examples", "counter_examples", "requires", "exclude", "contacts")
_FIELDS = {*_STRINGS, *_LISTS, "weight", "patterns", "negatable", "context", "check"}


def _where(source: str, rule_id: str, field: str) -> str:
    return f"{source}: {rule_id}: field '{field}'"


def _text_list(value: Any, where: str, limit: int | None = None) -> tuple[str, ...]:
    items = (value,) if isinstance(value, str) else value
    if not isinstance(items, list | tuple) or not all(isinstance(v, str) for v in items):
        raise RuleDefinitionError(f"{where} must be a string or a list of strings, not {_kind(value)}")
    if len(items) > MAX_ITEMS:
        raise RuleDefinitionError(f"{where} holds {len(items)} items; at most {MAX_ITEMS}")
    if limit is not None and any(len(v) > limit for v in items):
        raise RuleDefinitionError(f"{where}: a pattern is longer than {limit} characters")
    return tuple(items)


def _kind(value: Any) -> str:
    return {dict: "a table", list: "a list", str: "a string", bool: "true/false", type(None): "empty"}.get(
        type(value), type(value).__name__)


def _fields(entry: Mapping[str, Any], n: int, source: str) -> dict[str, Any]:
    """The keyword arguments of :class:`Rule` for one table, every field type-checked."""
    rule_id = entry.get("id", f"rule #{n}")
    if not isinstance(rule_id, str):
        raise RuleDefinitionError(f"{source}: rule #{n}: field 'id' must be a string, not {_kind(rule_id)}")
    unknown = set(entry) - _FIELDS
    if unknown:
        raise RuleDefinitionError(f"{source}: {rule_id}: rule #{n} has unknown keys {sorted(map(str, unknown))}")
    data: dict[str, Any] = {}
    for key in _STRINGS:
        if key in entry and not isinstance(entry[key], str):
            raise RuleDefinitionError(f"{_where(source, rule_id, key)} must be a string, not {_kind(entry[key])}")
        if key in entry:
            data[key] = entry[key]
    for key in _LISTS:
        if key in entry:
            limit = MAX_PATTERN if key in ("requires", "exclude") else 10_000
            data[key] = _text_list(entry[key], _where(source, rule_id, key), limit)
    patterns = entry.get("patterns", ())
    if isinstance(patterns, Mapping):
        if not all(isinstance(k, str) for k in patterns):
            raise RuleDefinitionError(f"{_where(source, rule_id, 'patterns')}: names must be strings")
        _text_list(list(patterns.values()), _where(source, rule_id, "patterns"), MAX_PATTERN)
        data["patterns"] = dict(patterns)
    else:
        data["patterns"] = _text_list(patterns, _where(source, rule_id, "patterns"), MAX_PATTERN)
    if "weight" in entry:
        weight = entry["weight"]
        if isinstance(weight, bool) or not isinstance(weight, int | float):
            raise RuleDefinitionError(f"{_where(source, rule_id, 'weight')} must be a number, not {_kind(weight)}")
        data["weight"] = float(weight)
    if "negatable" in entry:
        if not isinstance(entry["negatable"], bool):
            raise RuleDefinitionError(f"{_where(source, rule_id, 'negatable')} must be true or false, "
                                      f"not {_kind(entry['negatable'])}")
        data["negatable"] = entry["negatable"]
    if "context" in entry:
        context = entry["context"]
        if isinstance(context, bool) or not isinstance(context, int) or not 0 <= context <= MAX_CONTEXT:
            raise RuleDefinitionError(f"{_where(source, rule_id, 'context')} must be a whole number of characters "
                                      f"from 0 to {MAX_CONTEXT}, not {context!r}")
        data["context"] = context
    unknown_contacts = set(data.get("contacts", ())) - set(CONTACT_CONDITIONS)
    if unknown_contacts:
        raise RuleDefinitionError(f"{_where(source, rule_id, 'contacts')}: unknown conditions "
                                  f"{sorted(unknown_contacts)}; known: {sorted(CONTACT_CONDITIONS)}")
    if "check" in entry:
        data["check"] = check_from_config(entry["check"], f"{source}: {rule_id}")
    for key in ("id", "category", "severity", "weight"):
        if key not in data:
            raise RuleDefinitionError(f"{source}: {rule_id}: field '{key}' is missing")
    data.setdefault("name", rule_id.lower())
    data.setdefault("explanation", f"Custom rule {rule_id}")
    return data


def _nested_repeats(items, under_repeat: bool = False) -> bool:
    """Whether a parsed pattern repeats a group that holds another repetition or an alternation.

    Atomic groups and possessive repeats give nothing back, so what they hold cannot backtrack.
    """
    for op, av in items:
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            _low, high, body = av
            if under_repeat:
                return True
            if _nested_repeats(body, high > 1):
                return True
        elif op is sre.BRANCH:
            if under_repeat or any(_nested_repeats(branch) for branch in av[1]):
                return True
        elif op in (sre.SUBPATTERN, sre.ASSERT, sre.ASSERT_NOT) and _nested_repeats(av[-1], under_repeat):
            return True
    return False


_GROUP_REPEATED = regex.compile(r"\)(?:[*+?]|\{\d*,?\d*\})")
_QUANTIFIER = regex.compile(r"(?<!\\)(?:[*+?]|\{\d*,?\d*\}|\|)")


def _textual_nesting(source: str) -> bool:
    """Where the standard parser cannot read a pattern: a repeated group whose text holds a quantifier or ``|``."""
    for match in _GROUP_REPEATED.finditer(source):
        depth, i = 0, match.start()
        while i >= 0:
            if source[i] == ")" and (i == 0 or source[i - 1] != "\\"):
                depth += 1
            elif source[i] == "(" and (i == 0 or source[i - 1] != "\\"):
                depth -= 1
                if depth == 0:
                    break
            i -= 1
        body = source[max(i, 0) + 1:match.start()].lstrip("?:")
        if match.group() not in (")?", "){0,1}", "){1}") and _QUANTIFIER.search(body):
            return True
    return False


def _check_nesting(rule: Rule, source: str) -> None:
    nested = None
    if PARSER_AVAILABLE:
        try:
            nested = _nested_repeats(list(sre_parse.parse(source)))
        except Exception:  # regex-module syntax, or the private parser changed: read the text instead
            nested = None
    if nested is None:
        nested = _textual_nesting(source)
    if nested:
        raise RuleDefinitionError(f"{rule.id}: pattern {source!r} repeats a group that holds another repetition "
                                  "or an alternation, which can backtrack catastrophically; write each step once "
                                  "(e.g. (?:\\w{1,20}\\s){0,5} -> \\w{1,20}(?:\\s\\w{1,20}){0,5}) or make the inner "
                                  "part atomic: (?>...)")


def _adversarial(source: str) -> list[str]:
    """Strings that make backtracking patterns slow: long runs of what the pattern repeats, then a near-miss."""
    letters = sorted({ch for ch in regex.sub(r"\\.", "", source).lower() if ch.isalpha()})[:6] or ["a"]
    words = regex.findall(r"[a-z]{2,}", regex.sub(r"\\[a-zA-Z]", " ", source.lower()))[:4]
    units = ["a", "a ", "ab ", "1", "1,", " ", ". ", "a1", *letters, *(w + " " for w in words)]
    tails = ["", "!", "\n", *(w[:-1] for w in words)]
    return [unit * (size // len(unit)) + tail for unit in units for tail in tails for size in (40, 400)]


def _fuzz(rule: Rule) -> None:
    """Refuse a pattern that needs more than :data:`FUZZ_BUDGET` seconds on an adversarial string."""
    for source in (*rule.patterns, *rule.requires, *rule.exclude):
        compiled = regex.compile(source)
        started = time.monotonic()
        for text in _adversarial(source):
            try:
                compiled.search(text, timeout=FUZZ_BUDGET)
            except TimeoutError:
                raise RuleDefinitionError(f"{rule.id}: pattern {source!r} takes more than {FUZZ_BUDGET} s on "
                                          f"{len(text)} characters of adversarial text ({text[:12]!r}...); "
                                          "bound and simplify its repetitions") from None
            if time.monotonic() - started > 20 * FUZZ_BUDGET:
                raise RuleDefinitionError(f"{rule.id}: pattern {source!r} is slow on adversarial text; "
                                          "bound and simplify its repetitions")


def rules_from_config(entries: Iterable[Mapping[str, Any]], *, source: str = "<config>") -> tuple[Rule, ...]:
    """Build and self-check rules from plain mappings (every field type-checked, patterns linted and fuzzed)."""
    if isinstance(entries, str | bytes | Mapping) or not isinstance(entries, Iterable):
        raise RuleDefinitionError(f"{source}: expected a list of rule tables")
    rules = []
    for n, entry in enumerate(entries, 1):
        if not isinstance(entry, Mapping):
            raise RuleDefinitionError(f"{source}: rule #{n} is not a table")
        data = _fields(entry, n, source)
        try:
            rule = Rule(**data, trusted=False)
        except TypeError as exc:
            raise RuleDefinitionError(f"{source}: rule #{n}: {exc}") from exc
        rule.check_compiles()
        for pattern in (*rule.patterns, *rule.requires, *rule.exclude):
            _check_nesting(rule, pattern)
        _fuzz(rule)
        for example in rule.examples:
            if not rule.fires_on(example):
                raise RuleDefinitionError(f"{source}: {rule.id} does not fire on its own example {example!r}")
        for example in rule.counter_examples:
            if rule.fires_on(example):
                raise RuleDefinitionError(f"{source}: {rule.id} fires on its counter-example {example!r}")
        rules.append(rule)
    return tuple(rules)


def _expanded_size(node: yaml.Node, memo: dict[int, int]) -> int:
    """Characters a YAML node holds once aliases are expanded, counted without expanding them."""
    key = id(node)
    if key in memo:
        return memo[key]
    memo[key] = 0  # a cycle counts once
    if isinstance(node, yaml.ScalarNode):
        size = len(node.value) + 1
    elif isinstance(node, yaml.SequenceNode):
        size = 1 + sum(_expanded_size(child, memo) for child in node.value)
    else:
        size = 1 + sum(_expanded_size(k, memo) + _expanded_size(v, memo) for k, v in node.value)
    memo[key] = size
    return size


def _load_yaml(text: str, path: Path) -> Any:
    """Parse YAML safely, refusing a document whose aliases expand beyond :data:`MAX_EXPANDED` characters."""
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        size = _expanded_size(node, {})
        if size > MAX_EXPANDED:
            raise RuleDefinitionError(f"{path}: the YAML expands to {size:,} characters through its aliases "
                                      f"(at most {MAX_EXPANDED:,}); refusing it")
        return loader.construct_document(node)
    finally:
        loader.dispose()


def load_rules_file(path: str | os.PathLike[str]) -> tuple[Rule, ...]:
    """Read custom rules from a ``.yaml``/``.yml`` or ``.toml`` file.

    Raises
    ------
    RuleDefinitionError
        If the file cannot be read, is not valid YAML/TOML, is too large, or
        holds a rule that is malformed, unsafe or fails its own examples.
    """
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise RuleDefinitionError(f"{path}: {size:,} bytes; a rules file may hold at most {MAX_FILE_BYTES:,}")
        raw = path.read_bytes()
    except OSError as exc:
        raise RuleDefinitionError(f"cannot read rules file {path}: {exc.strerror}") from exc
    try:
        if path.suffix.lower() == ".toml":
            data = tomllib.loads(raw.decode("utf-8"))
        else:
            data = _load_yaml(raw.decode("utf-8"), path)
    except (tomllib.TOMLDecodeError, yaml.YAMLError, UnicodeDecodeError, RecursionError) as exc:
        raise RuleDefinitionError(f"{path}: not valid {path.suffix.lstrip('.') or 'YAML'}: {exc}") from exc
    if not isinstance(data, Mapping) or not isinstance(data.get("rules"), list):
        raise RuleDefinitionError(f"{path}: expected a top-level list 'rules'")
    return rules_from_config(data["rules"], source=str(path))
