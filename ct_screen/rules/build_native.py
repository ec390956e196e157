"""``python -m ct_screen.rules.build_native``: rebuild the rule data shipped in the package.

Two files: the native prefilter's database (:mod:`ct_screen.rules.native`) and the built-in rules' pattern
facts (:mod:`ct_screen.rules.plan_cache`). Run it whenever a built-in pattern changes
(``tests/rules/test_native.py`` and ``tests/rules/test_plan_cache.py`` fail until then); it needs
``hyperscan`` (``pip install "ct-screen[fast]"``) and takes a few seconds.
"""

from __future__ import annotations

from collections.abc import Sequence

from . import builtin_rules
from .matcher import analyse_rule
from .native import DB_DIR, build_database
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
    written = write_facts(builtin_rules(), lambda rule: analyse_rule(rule)[0])
    print(f"pattern facts: {written} rules written to {FACTS_FILE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
