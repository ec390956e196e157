"""``ct-screen rules``: print the rule catalogue."""

from __future__ import annotations

import json

import click

from ..rules import category_descriptions
from ..rules.catalogue import catalogue_markdown, catalogue_rows


@click.command("rules")
@click.option("--format", "fmt", type=click.Choice(["table", "markdown", "json"]), default="table", show_default=True)
@click.option("--rules", "extra_rules", type=click.Path(exists=True, dir_okay=False), help="Extra rules (YAML/TOML).")
@click.option("--categories", is_flag=True, help="List the categories instead of the rules.")
def command(fmt: str, extra_rules: str | None, categories: bool) -> None:
    """Print the rule catalogue (ids, categories, severities, weights)."""
    if categories:
        for name, description in category_descriptions().items():
            click.echo(f"{name:24} {description}")
        return
    rows = catalogue_rows(extra_rules)
    if fmt == "json":
        click.echo(json.dumps(rows, indent=2))
    elif fmt == "markdown":
        click.echo(catalogue_markdown(rows))
    else:
        for r in rows:
            click.echo(f"{r['id']:8} {r['category']:24} {r['severity']:7} {r['weight']:<5} {r['explanation']}")
