"""`ct-screen rules` prints the catalogue."""

from __future__ import annotations

import json

from click.testing import CliRunner

from ct_screen.cli import main
from ct_screen.rules import builtin_rules


def test_rules_json_lists_every_rule():
    out = CliRunner().invoke(main, ["rules", "--format", "json"])
    assert out.exit_code == 0, out.output
    assert [r["id"] for r in json.loads(out.output)] == [r.id for r in builtin_rules()]


def test_rules_markdown_and_categories():
    runner = CliRunner()
    md = runner.invoke(main, ["rules", "--format", "markdown"])
    assert md.exit_code == 0 and md.output.startswith("| id | category")
    cats = runner.invoke(main, ["rules", "--categories"])
    assert "upfront_fee" in cats.output
