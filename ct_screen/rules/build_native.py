"""``python -m ct_screen.rules.build_native``: rebuild the rule data shipped in the package.

Three things: the native prefilter's database of the built-in patterns (:mod:`ct_screen.rules.native`), its
small second database of the warning-context vocabulary (:data:`ct_screen.context.PREFILTERED`), and the
built-in rules' pattern facts (:mod:`ct_screen.rules.plan_cache`). Run it whenever a built-in or context pattern
changes
(``tests/rules/test_native.py`` and ``tests/rules/test_plan_cache.py`` fail until then); it needs
``hyperscan`` (``pip install "ct-screen[fast]"``) and takes a few seconds.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..context import PREFILTERED
from . import builtin_rules
from .matcher import analyse_rule
from .native import CONTEXT_DB_DIR, DB_DIR, build_database
from .plan_cache import FACTS_FILE, write_facts

__all__ = ["builtin_sources", "main"]


def builtin_sources() -> list[str]:
    """The patterns of the built-in rules, in rule order: what the shipped database covers."""
    return [pattern for rule in builtin_rules() if rule.trusted for pattern in rule.patterns]


def main(argv: Sequence[str] | None = None) -> int:
    """Rebuild the database from the built-in rules and say what it holds."""
    del argv
    index = build_database(builtin_sources())
    print(f"native prefilter: {len(index['keys'])} patterns compiled, {len(index['untranslated'])} not "
          f"translated, written to {DB_DIR}")
    context = build_database(PREFILTERED, CONTEXT_DB_DIR, split=True)
    print(f"native prefilter of the warning context: {len(context['keys'])} expressions from "
          f"{len(PREFILTERED) - len(context['untranslated'])} patterns, written to {CONTEXT_DB_DIR}")
    written = write_facts(builtin_rules(), lambda rule: analyse_rule(rule)[0])
    print(f"pattern facts: {written} rules written to {FACTS_FILE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
