"""Red-flag rules: the built-in catalogue, custom rules and the engine that runs them."""

from __future__ import annotations

import hashlib
from functools import lru_cache

from .base import CATEGORIES, MAX_EVIDENCE, SEVERITIES, Rule, RuleDefinitionError, any_of, near
from .categories import category_modules

__all__ = [
    "CATEGORIES", "SEVERITIES", "MAX_EVIDENCE", "Rule", "RuleDefinitionError", "any_of", "near",
    "builtin_rules", "category_descriptions", "rules_version", "check_unique",
]


def check_unique(rules: tuple[Rule, ...]) -> tuple[Rule, ...]:
    """Return ``rules`` sorted by id, refusing duplicate ids."""
    seen: dict[str, Rule] = {}
    for rule in rules:
        if rule.id in seen:
            raise RuleDefinitionError(f"duplicate rule id {rule.id}")
        seen[rule.id] = rule
    return tuple(sorted(rules, key=lambda r: (len(r.id), r.id)))


@lru_cache(maxsize=1)
def builtin_rules() -> tuple[Rule, ...]:
    """All built-in rules, sorted by id."""
    rules: list[Rule] = []
    for module in category_modules():
        for rule in module.RULES:
            if rule.category != module.CATEGORY:
                raise RuleDefinitionError(f"{rule.id} sits in {module.__name__} but says {rule.category}")
            rules.append(rule)
    return check_unique(tuple(rules))


@lru_cache(maxsize=1)
def category_descriptions() -> dict[str, str]:
    """``{category: description}`` for the built-in categories."""
    return {m.CATEGORY: m.DESCRIPTION for m in category_modules()}


def rules_version(rules: tuple[Rule, ...]) -> str:
    """A short version string that changes whenever any rule changes."""
    digest = hashlib.sha256(repr([(r.id, r.category, r.weight, r.patterns, r.requires, r.exclude, r.negatable)
                                  for r in rules]).encode()).hexdigest()
    return f"{len(rules)}r-{digest[:10]}"
