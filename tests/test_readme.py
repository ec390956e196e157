"""The README's generated parts (rule table, example output) match the code."""

from __future__ import annotations

from pathlib import Path

from ct_screen.docs import render

README = Path(__file__).resolve().parents[1] / "README.md"


def test_readme_is_up_to_date():
    text = README.read_text(encoding="utf-8")
    assert render(text) == text, "README.md is stale: run `python -m ct_screen.docs README.md`"


def test_readme_has_the_two_setup_commands():
    text = README.read_text(encoding="utf-8")
    assert "<!-- main-job -->" in text and "<!-- tests -->" in text
    assert "examples/posts.csv" in text and "pytest" in text
