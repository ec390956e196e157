"""The pattern vocabulary: one module that every category builds on, and nothing else."""

from __future__ import annotations

import ast
from pathlib import Path

import regex

from ct_screen.rules import patterns
from ct_screen.rules.categories import category_modules


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            found.add("." * node.level + (node.module or ""))
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def test_category_modules_import_only_the_vocabulary_and_the_rule_type():
    for module in category_modules():
        imports = _imports(Path(module.__file__)) - {"__future__"}
        assert imports <= {"..base", "..patterns", "..checks"}, (module.__name__, imports)


def test_negator_look_aheads_come_from_the_one_list():
    for word in patterns.NEGATORS:
        assert regex.match(patterns.NEG_TOKEN + r"\w+", word) is None, word
    assert regex.match(patterns.NEG_TOKEN + r"\w+", "pay")
    gap = patterns.GAP_NO_NEG % 2
    assert regex.fullmatch(f"a{gap}b", "a never b") is None
    assert regex.fullmatch(f"a{gap}b", "a you can b")  # "can" is let through in fee gaps, as before


def test_warnings_add_to_and_take_from_the_shared_vocabulary():
    pattern = regex.compile(patterns.warnings("too good to be true", without=("warning",)))
    assert pattern.search("this is too good to be true")
    assert pattern.search("beware")
    assert not pattern.search("warning")
    law = regex.compile(patterns.warnings("police", base=patterns.LAW_WARNINGS))
    assert law.search("it is illegal") and law.search("call the police") and not law.search("beware")
