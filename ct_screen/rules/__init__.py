"""Red-flag rules: the built-in catalogue, custom rules and the matcher that runs them."""

from __future__ import annotations

import hashlib
from functools import lru_cache

from .base import MAX_EVIDENCE, SEVERITIES, Check, Rule, RuleDefinitionError
from .categories import category_modules, category_table
from .patterns import any_of, near

__all__ = [
    "CATEGORIES", "SEVERITIES", "MAX_EVIDENCE", "Check", "Rule", "RuleDefinitionError", "any_of", "near",
    "builtin_rules", "category_descriptions", "category_reasons", "rules_version", "check_unique",
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
    return {c.name: c.description for c in category_table()}


@lru_cache(maxsize=1)
def category_reasons() -> dict[str, str]:
    """``{category: reason}``: what a moderator reads when a built-in category fires (shared: do not modify)."""
    return {c.name: c.reason for c in category_table()}


def __getattr__(name: str):
    # CATEGORIES is derived from the category modules, imported on first use (``import ct_screen`` stays light).
    if name == "CATEGORIES":
        return tuple(c.name for c in category_table())
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _matching_fields(rule: Rule) -> tuple:
    check = None if rule.check is None else (rule.check.name, rule.check.params,
                                             getattr(rule.check.predicate, "__qualname__", None))
    return (rule.id, rule.category, rule.weight, rule.patterns, rule.requires, rule.exclude, rule.negatable,
            rule.context, rule.contacts, check, rule.warning_exclude)


def rules_version(rules: tuple[Rule, ...]) -> str:
    """A short version string that changes whenever anything that changes what a rule matches changes.

    Covers ids, categories, weights, patterns, ``requires``, ``exclude``, ``warning_exclude``,
    ``negatable``, ``context``, contact conditions and the code check (its name
    and parameters; a built-in predicate by its qualified name).
    """
    digest = hashlib.sha256(repr([_matching_fields(r) for r in rules]).encode()).hexdigest()
    return f"{len(rules)}r-{digest[:10]}"
