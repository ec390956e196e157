"""Regenerate the generated parts of README.md (rule table, example output).

Run ``python -m ct_screen.docs README.md`` after changing rules or the model;
``tests/test_readme.py`` fails when the README is out of date.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from .rules.catalogue import catalogue_markdown, catalogue_rows

EXAMPLE_POST = ("Easy job from home!! 300 USD a day, pay 49 USD for your starter kit, "
                "then WhatsApp me +44 7700 900123")


def rules_table() -> str:
    """The built-in rule catalogue as Markdown."""
    return catalogue_markdown(catalogue_rows())


def example_output() -> str:
    """``screen(EXAMPLE_POST).to_dict()`` as a fenced JSON block (terms trimmed to three)."""
    from .screener import screen

    d = screen(EXAMPLE_POST).to_dict()
    d["terms"] = d["terms"][:3]
    return "```json\n" + json.dumps(d, indent=2, ensure_ascii=False) + "\n```"


def replace_between(text: str, name: str, body: str) -> str:
    """Replace what stands between ``<!-- name -->`` and ``<!-- /name -->``."""
    start, end = f"<!-- {name} -->", f"<!-- /{name} -->"
    head, _, rest = text.partition(start)
    _, _, tail = rest.partition(end)
    return f"{head}{start}\n{body}\n{end}{tail}"


def render(readme: str) -> str:
    """README text with every generated part brought up to date."""
    readme = replace_between(readme, "rules-table", rules_table())
    return replace_between(readme, "example-output", example_output())


if __name__ == "__main__":  # pragma: no cover
    path = Path(sys.argv[1] if len(sys.argv) > 1 else "README.md")
    path.write_text(render(path.read_text(encoding="utf-8")), encoding="utf-8")
