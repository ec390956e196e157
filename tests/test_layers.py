"""The package's layers: the library imports no click, and no import circle runs among ct_screen modules."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "ct_screen"


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> dict[str, Path]:
    return {_module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _import_nodes(tree: ast.AST, type_checking: bool = False) -> list[ast.Import | ast.ImportFrom]:
    """Every import statement that can run: at module level, inside functions and classes alike.

    Imports under ``if TYPE_CHECKING:`` never run, so they cannot close a circle and are left out.
    """
    found: list[ast.Import | ast.ImportFrom] = []

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _is_type_checking(node) and not type_checking:
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            found.append(node)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return found


def import_graph(type_checking: bool = False) -> dict[str, set[str]]:
    """``{module: modules of ct_screen it imports}``, read from the source with :mod:`ast`.

    ``from package import name`` points at ``package.name`` when that is a module,
    else at the package's ``__init__`` (where the name is defined or re-exported).
    """
    modules = _modules()
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        is_package = path.name == "__init__.py"
        for node in _import_nodes(ast.parse(path.read_text(encoding="utf-8")), type_checking):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            else:
                if node.level:
                    base_parts = name.split(".")
                    base_parts = base_parts[: len(base_parts) - node.level + (1 if is_package else 0)]
                    base = ".".join(base_parts + ([node.module] if node.module else []))
                else:
                    base = node.module or ""
                targets = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base
                           for alias in node.names]
            graph[name].update(t for t in targets if t in modules and t != name)
    return graph


def find_circle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import circle (its modules in order, the first repeated at the end), or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for target in sorted(graph[node]):
            if state.get(target) == 1:
                return path[path.index(target):] + [target]
            if target not in state and (circle := visit(target)):
                return circle
        path.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (circle := visit(node)):
            return circle
    return None


def test_the_graph_sees_imports_at_every_depth():
    graph = import_graph()
    assert "ct_screen.rules.catalogue" in graph["ct_screen.docs"]  # a module-level import
    assert "ct_screen.cli.engine_run" in graph["ct_screen.cli.cmd_score"]  # an import inside a function


def test_find_circle_finds_a_circle_and_none_where_there_is_none():
    assert find_circle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_circle({"a": {"b", "c"}, "b": {"c"}, "c": set()}) is None


def test_no_import_circle_among_ct_screen_modules():
    assert find_circle(import_graph()) is None


def test_no_import_circle_even_among_imports_only_type_checkers_read():
    # rules/matcher.py and rules/firing.py are typed against rules/protocol.py, not against rules/base.py
    # (whose Rule.fires_on runs them), so not even a TYPE_CHECKING import closes a circle
    assert find_circle(import_graph(type_checking=True)) is None


def test_only_the_command_line_imports_click_in_the_source():
    users = sorted(name for name, path in _modules().items()
                   if not name.startswith("ct_screen.cli")
                   and any((isinstance(n, ast.Import) and any(a.name.split(".")[0] == "click" for a in n.names))
                           or (isinstance(n, ast.ImportFrom) and (n.module or "").split(".")[0] == "click")
                           for n in _import_nodes(ast.parse(path.read_text(encoding="utf-8")))))
    assert users == []


@pytest.mark.parametrize("module", ["ct_screen", "ct_screen.batch", "ct_screen.engines", "ct_screen.link",
                                    "ct_screen.docs", "ct_screen.report"])
def test_importing_the_library_does_not_import_click(module):
    code = f"import sys, {module}; print('click' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_the_rules_package_imports_nothing_above_it():
    above = ("ct_screen.screener", "ct_screen.report", "ct_screen.batch", "ct_screen.link", "ct_screen.cli")
    graph = import_graph()
    upward = sorted((name, target) for name, targets in graph.items() if name.startswith("ct_screen.rules")
                    for target in targets if target.startswith(above))
    assert upward == []


def test_modules_import_the_version_from_its_own_module_not_from_the_package():
    graph = import_graph()
    assert sorted(name for name, targets in graph.items() if "ct_screen" in targets) == []
    import ct_screen
    from ct_screen._version import __version__

    assert ct_screen.__version__ == __version__


@pytest.mark.parametrize(("old", "new", "name"), [
    ("ct_screen.rules.analysis", "ct_screen.report.rule_analysis", "rule_summary"),
    ("ct_screen.rules.contribution", "ct_screen.report.rule_contribution", "rule_contribution"),
])
def test_rule_analysis_at_its_old_path_still_works_with_a_deprecation_warning(old, new, name):
    import importlib

    old_module, new_module = importlib.import_module(old), importlib.import_module(new)
    with pytest.warns(DeprecationWarning, match=new):
        assert getattr(old_module, name) is getattr(new_module, name)
    with pytest.raises(AttributeError):
        old_module.no_such_name  # noqa: B018


def test_one_screener_spec_builds_every_screener_the_batch_and_engine_layers_use(tmp_path):
    import pickle

    from ct_screen import Screener, screen
    from ct_screen.batch.frame import make_screener
    from ct_screen.engines.common import cached_screener
    from ct_screen.screener import ScreenerSpec

    plain = ScreenerSpec(model=None)
    assert plain.shared() is plain.shared() is make_screener(model=None) is cached_screener(None, None)
    assert screen("pay the fee", model=None).score == plain.shared().screen("pay the fee").score
    shipped = ScreenerSpec(model=None, extra_rules=str(tmp_path / "rules.yaml"), model_sha256=None)
    assert pickle.loads(pickle.dumps(shipped)) == shipped and len(pickle.dumps(shipped)) < 1000
    built = Screener(model=None, disabled_rules=["UF001"], max_terms=3)
    again = built.spec.build()
    assert again.rules == built.rules and again.max_terms == 3 and again.spec == built.spec
    names = {name for name, path in _modules().items()
             if "ScreenerRecipe" in path.read_text(encoding="utf-8") or "import _shared" in path.read_text(encoding="utf-8")}
    assert names == set()


def test_the_regex_matcher_at_its_old_path_still_works_with_a_deprecation_warning():
    # "engine" names where a run happens (--engine local|dask, ct_screen.engines); the regex one is the matcher
    import ct_screen.rules.engine as old
    from ct_screen.rules import matcher

    with pytest.warns(DeprecationWarning, match="matcher"):
        assert old.RuleEngine is matcher.RuleMatcher
    with pytest.warns(DeprecationWarning):
        assert old.run_rules is matcher.run_rules
    with pytest.raises(AttributeError):
        old.no_such_name  # noqa: B018
