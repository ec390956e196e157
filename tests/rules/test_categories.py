"""Each category is declared once, in its module; the lists and tables are derived from the modules."""

from __future__ import annotations

from types import ModuleType

import pytest

from ct_screen import fuse
from ct_screen.rules import CATEGORIES, builtin_rules, category_descriptions, category_reasons
from ct_screen.rules import categories as package

from .corpus import CORPUS_DIR


def test_every_category_has_its_corpus_file():
    missing = [c for c in CATEGORIES if not (CORPUS_DIR / f"{c}.yaml").is_file()]
    assert not missing, f"categories without tests/corpus/<category>.yaml: {missing}"


def test_categories_descriptions_and_reasons_come_from_the_modules():
    modules = package.category_modules()
    assert tuple(m.CATEGORY for m in modules) == CATEGORIES
    assert category_descriptions() == {m.CATEGORY: m.DESCRIPTION for m in modules}
    assert fuse.CATEGORY_REASONS == category_reasons() == {m.CATEGORY: m.REASON for m in modules}
    assert {r.category for r in builtin_rules()} == set(CATEGORIES)


def test_reasons_in_results_are_the_modules_reasons():
    from ct_screen.result import RuleHit
    from ct_screen.rules.categories import organ_trade

    hit = RuleHit("CT999", "organ_trade", "high", 0.9, (), "x")
    (reason, *_rest) = fuse.build_reasons([hit], [], 0.9, "high")
    assert reason == f"{organ_trade.REASON[0].upper()}{organ_trade.REASON[1:]} (organ_trade, CT999)."


def _fake(name: str, **declared) -> ModuleType:
    module = ModuleType(f"ct_screen.rules.categories.{name}")
    module.__dict__.update(declared)
    return module


def test_a_module_that_does_not_declare_its_reason_is_refused(monkeypatch):
    fake = _fake("new_lure", CATEGORY="new_lure", DESCRIPTION="d", RULES=("r",))
    monkeypatch.setattr(package, "category_modules", lambda: (fake,))
    package.category_table.cache_clear()
    try:
        with pytest.raises(ValueError, match="REASON"):
            package.category_table()
        good = _fake("new_lure", CATEGORY="new_lure", DESCRIPTION="d", REASON="r", RULES=("r",))
        monkeypatch.setattr(package, "category_modules", lambda: (good,))
        package.category_table.cache_clear()
        assert [c.name for c in package.category_table()] == ["new_lure"]
    finally:
        package.category_table.cache_clear()
