"""The rule catalogue as rows and as the README's Markdown table (``ct-screen rules``, :mod:`ct_screen.docs`)."""

from __future__ import annotations

from . import builtin_rules
from .custom import load_rules_file

__all__ = ["catalogue_rows", "catalogue_markdown"]


def catalogue_rows(extra_rules: str | None = None) -> list[dict[str, object]]:
    """One row per rule: id, category, severity, weight, name, explanation."""
    rules = builtin_rules() + (load_rules_file(extra_rules) if extra_rules else ())
    return [{"id": r.id, "category": r.category, "severity": r.severity, "weight": r.weight, "name": r.name,
             "explanation": r.explanation} for r in rules]


def catalogue_markdown(rows: list[dict[str, object]]) -> str:
    """The catalogue as a Markdown table (the README's rule table)."""
    lines = ["| id | category | severity | weight | what it flags |", "|---|---|---|---|---|"]
    lines += [f"| {r['id']} | {r['category']} | {r['severity']} | {r['weight']} | {r['explanation']} |" for r in rows]
    return "\n".join(lines)
