"""``ct-screen evaluate``: measure a model on labelled posts (a held-out EMSCAD file, say)."""

from __future__ import annotations

import json
import time

import click

from .options import load_checked_model, model_sha256_option


@click.command("evaluate")
@click.option("--data", "data_path", required=True, type=click.Path(exists=True),
              help="Labelled EMSCAD-style CSV (.csv/.csv.gz) or a folder holding one.")
@click.option("--model", "model_dir", default=None, type=click.Path(exists=True, file_okay=False),
              help="Model folder (default: the bundled model).")
@model_sha256_option
@click.option("--report", "report_dir", default=None, type=click.Path(file_okay=False),
              help="Also write a static report here: report.md with PNG plots (ROC, precision-recall, reliability, "
                   "confusion at each band, band shares) for the model and the bare baseline on grouped folds.")
def command(data_path: str, model_dir: str | None, model_sha256: str | None, report_dir: str | None) -> None:
    """Screen labelled posts with a model and print ranking, calibration and band figures as JSON."""
    from ..datasets import load_emscad
    from ..evaluation import evaluate_model

    model = load_checked_model(model_dir or "default", model_sha256)  # loaded once, pin checked
    df = load_emscad(data_path)
    report = evaluate_model(df, model)
    if report["in_sample"]:
        click.echo("note: this is the model's training file; these figures are in-sample, not a test", err=True)
    click.echo(json.dumps(report, indent=2))
    if report_dir is not None:
        from ..report import evaluation_report

        start = time.perf_counter()
        path = evaluation_report(df, report_dir, model=model,
                                 progress=lambda message: click.echo(
                                     f"[{time.perf_counter() - start:6.1f}s] {message}", err=True))
        click.echo(f"wrote the report to {path}", err=True)
