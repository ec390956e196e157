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

Each rule is validated like a built-in one, and its own examples are checked
when the file is loaded, so a broken rule fails loudly rather than silently.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import tomllib
import yaml

from .base import Rule, RuleDefinitionError

__all__ = ["load_rules_file", "rules_from_config"]

_FIELDS = {"id", "category", "name", "severity", "weight", "patterns", "explanation", "examples",
           "counter_examples", "requires", "exclude", "negatable", "context"}
_TUPLES = ("patterns", "examples", "counter_examples", "requires", "exclude")


def rules_from_config(entries: Iterable[Mapping[str, Any]], *, source: str = "<config>") -> tuple[Rule, ...]:
    """Build and self-check rules from plain mappings."""
    rules = []
    for n, entry in enumerate(entries, 1):
        if not isinstance(entry, Mapping):
            raise RuleDefinitionError(f"{source}: rule #{n} is not a table")
        unknown = set(entry) - _FIELDS
        if unknown:
            raise RuleDefinitionError(f"{source}: rule #{n} has unknown keys {sorted(unknown)}")
        data = dict(entry)
        for key in _TUPLES:
            value = data.get(key, ())
            data[key] = (value,) if isinstance(value, str) else tuple(value)
        data.setdefault("name", str(data.get("id", f"rule-{n}")).lower())
        data.setdefault("explanation", f"Custom rule {data.get('id')}")
        try:
            rule = Rule(**data)
        except TypeError as exc:
            raise RuleDefinitionError(f"{source}: rule #{n}: {exc}") from exc
        rule.check_compiles()
        for example in rule.examples:
            if not rule.fires_on(example):
                raise RuleDefinitionError(f"{source}: {rule.id} does not fire on its own example {example!r}")
        for example in rule.counter_examples:
            if rule.fires_on(example):
                raise RuleDefinitionError(f"{source}: {rule.id} fires on its counter-example {example!r}")
        rules.append(rule)
    return tuple(rules)


def load_rules_file(path: str | os.PathLike[str]) -> tuple[Rule, ...]:
    """Read custom rules from a ``.yaml``/``.yml`` or ``.toml`` file."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise RuleDefinitionError(f"cannot read rules file {path}: {exc.strerror}") from exc
    try:
        if path.suffix.lower() == ".toml":
            data = tomllib.loads(raw.decode("utf-8"))
        else:
            data = yaml.safe_load(raw.decode("utf-8"))
    except (tomllib.TOMLDecodeError, yaml.YAMLError, UnicodeDecodeError) as exc:
        raise RuleDefinitionError(f"{path}: not valid {path.suffix.lstrip('.') or 'YAML'}: {exc}") from exc
    if not isinstance(data, Mapping) or not isinstance(data.get("rules"), list):
        raise RuleDefinitionError(f"{path}: expected a top-level list 'rules'")
    return rules_from_config(data["rules"], source=str(path))
