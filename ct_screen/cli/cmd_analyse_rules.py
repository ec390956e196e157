"""``ct-screen analyse-rules``: per-rule (or per-category) coverage, precision and lift on labelled posts.

A thin shell over :mod:`ct_screen.report.rule_analysis`: read the file, build the
table, print or write it.
"""

from __future__ import annotations

import click

from ..report.rule_analysis import category_summary, read_labelled, rule_summary, to_markdown
from ..report.rule_contribution import rule_contribution
from ..screener import Screener
from .options import load_checked_model, model_sha256_option


@click.command("analyse-rules")
@click.argument("data", type=click.Path(exists=True, dir_okay=False))
@click.option("--label-column", default="fraudulent", show_default=True, help="Column of 0/1 labels (1 = scam).")
@click.option("--weight-column", default="sample_weight", show_default=True,
              help="Column of sample weights, used when present; 'none' to ignore weights.")
@click.option("--by", type=click.Choice(["rule", "category", "contribution"]), default="rule", show_default=True,
              help="One row per rule, per category, or per rule with the score with and without it.")
@click.option("--model", "model", default=None,
              help="Screen with this model folder ('default': the bundled model); default: rules only.")
@model_sha256_option
@click.option("--rules", "extra_rules", type=click.Path(exists=True, dir_okay=False), default=None,
              help="Extra rules (YAML/TOML) analysed with the built-in ones.")
@click.option("--format", "fmt", type=click.Choice(["table", "markdown", "csv", "json"]), default="table",
              show_default=True)
@click.option("--sort", "sort_by", default=None, help="Sort rows by this column (descending), e.g. precision.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Write the table here instead of standard output.")
def command(data: str, label_column: str, weight_column: str, by: str, model: str | None, model_sha256: str | None,
            extra_rules: str | None,
            fmt: str, sort_by: str | None, output: str | None) -> None:
    """Measure the rules on labelled posts (EMSCAD-style CSV, JSONL or Parquet), in the spirit of snorkel's LFAnalysis."""
    weight = None if weight_column.lower() == "none" else weight_column
    try:
        posts, labels, weights = read_labelled(data, label_column=label_column, weight_column=weight)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from exc
    if model_sha256 is not None and model is None:
        raise click.UsageError("--model-sha256 pins a model: give --model too")
    if model is not None:
        model = load_checked_model(model, model_sha256)  # a refused model stops here, with one line
    screener = Screener(model=model, extra_rules=extra_rules)
    if by == "contribution":
        table = rule_contribution(posts, labels, screener=screener, sample_weight=weights)
    else:
        summarise = rule_summary if by == "rule" else category_summary
        table = summarise(posts, labels, sample_weight=weights, screener=screener)
    if sort_by is not None:
        if sort_by not in table.columns:
            raise click.BadParameter(f"no column {sort_by!r}; choose from {list(table.columns)}", param_hint="--sort")
        table = table.sort_values(sort_by, ascending=False, kind="stable")
    if fmt == "markdown":
        text = to_markdown(table)
    elif fmt == "csv":
        text = table.to_csv(float_format="%.6g").rstrip("\n")
    elif fmt == "json":
        text = table.reset_index().to_json(orient="records", indent=2)
    else:
        text = table.to_string(float_format=lambda v: f"{v:.3f}")
    if output is None:
        click.echo(text)
    else:
        with open(output, "w", encoding="utf-8", newline="") as handle:
            handle.write(text + "\n")
        click.echo(f"wrote {len(table)} rows to {output}", err=True)
