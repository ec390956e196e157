"""Packaging: the licence file matches pyproject.toml, a changelog exists, every extra is used, and the
notebooks need nothing beyond the documented extras."""

from __future__ import annotations

import ast
import json
import re
import sys
from pathlib import Path

import pytest

tomllib = pytest.importorskip("tomllib", reason="reads pyproject.toml with tomllib (Python 3.11+)")

REPO = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text())
TOOLS = {"ruff"}  # extras that are commands, not imports


def _name(requirement: str) -> str:
    return re.split(r"[\[<>=!~; ]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def test_licence_file_matches_pyproject():
    assert PYPROJECT["project"]["license"]["text"] == "Apache-2.0"
    text = (REPO / "LICENSE").read_text()
    assert "Apache License" in text and "Version 2.0, January 2004" in text
    assert "TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION" in text and len(text) > 10_000


def test_changelog_names_the_current_version():
    text = (REPO / "CHANGELOG.md").read_text()
    assert f"## {PYPROJECT['project']['version']}" in text and "## Unreleased" in text


def _sources() -> str:
    files = [*REPO.glob("ct_screen/**/*.py"), *REPO.glob("tests/**/*.py"), *REPO.glob("benchmarks/**/*.py"),
             *REPO.glob("notebooks/*.ipynb")]
    return "\n".join(p.read_text() for p in files if p.resolve() != Path(__file__).resolve())


def test_every_extra_is_used():
    sources = _sources()
    imports = {"pyspark": "pyspark", "ipykernel": "ipykernel", "ipython": "IPython"}
    for extra, requirements in PYPROJECT["project"]["optional-dependencies"].items():
        for requirement in requirements:
            name = _name(requirement)
            if name in TOOLS:
                continue
            module = imports.get(name, name.replace("-", "_"))
            assert re.search(rf"\b{re.escape(module)}\b", sources), f"extra {extra!r}: nothing uses {name}"


def _notebook_imports() -> set[str]:
    found: set[str] = set()
    for path in (REPO / "notebooks").glob("*.ipynb"):
        for cell in json.loads(path.read_text())["cells"]:
            if cell["cell_type"] != "code":
                continue
            source = "".join(cell["source"])
            code = "\n".join(line for line in source.splitlines() if not line.startswith(("%", "!")))
            for node in ast.walk(ast.parse(code)):
                if isinstance(node, ast.Import):
                    found.update(a.name.split(".")[0] for a in node.names)
                elif isinstance(node, ast.ImportFrom) and node.module:
                    found.add(node.module.split(".")[0])
                    if node.module.startswith("ct_screen.report"):
                        found.add("matplotlib")  # the report package draws with matplotlib
    return found


def test_notebooks_need_only_the_documented_extras():
    import importlib.metadata

    allowed = {_name(r) for r in PYPROJECT["project"]["dependencies"]}
    allowed |= {_name(r) for r in PYPROJECT["project"]["optional-dependencies"]["notebooks"]}
    distributions = importlib.metadata.packages_distributions()
    for module in sorted(_notebook_imports() - set(sys.stdlib_module_names) - {"ct_screen"}):
        names = {d.lower().replace("_", "-") for d in distributions.get(module, [module])}
        assert names & allowed, f"the notebooks import {module}, which neither the dependencies nor the " \
                                f"'notebooks' extra provide ({sorted(names)})"
    for tool in ("nbclient", "ipykernel"):  # to run them: jupyter execute, or a Jupyter front end
        assert tool in allowed
