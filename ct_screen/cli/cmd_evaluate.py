"""``ct-screen evaluate``: measure a model on labelled posts (a held-out EMSCAD file, the social file ...)."""

from __future__ import annotations

import json
import time

import click

from .options import load_checked_model, model_sha256_option


@click.command("evaluate")
@click.option("--data", "data_path", default=None, type=click.Path(exists=True),
              help="Labelled posts: an EMSCAD-style CSV (or a folder holding one), or any CSV/TSV/JSONL/Parquet "
                   "with --text-column and --label-column.")
@click.option("--text-column", default=None, help="Text column of --data (omit for EMSCAD fields).")
@click.option("--label-column", default=None, help="Label column of --data (1 scam, 0 legitimate).")
@click.option("--domain-column", default=None, help="Domain per row of --data (figures per domain).")
@click.option("--social", "social_path", default=None, type=click.Path(exists=True),
              help="The social/SMS file (social_dev.csv.gz), beside or instead of --data.")
@click.option("--model", "model_dir", default=None, type=click.Path(exists=True, file_okay=False),
              help="Model folder (default: the bundled model).")
@model_sha256_option
@click.option("--report", "report_dir", default=None, type=click.Path(file_okay=False),
              help="Also write a static report here: report.md with PNG plots (ROC, precision-recall, reliability, "
                   "confusion at each band, band shares, reliability per domain), figures per domain and across "
                   "domains, for the model's recipe and the bare baseline on grouped folds.")
def command(data_path: str | None, text_column: str | None, label_column: str | None, domain_column: str | None,
            social_path: str | None, model_dir: str | None, model_sha256: str | None, report_dir: str | None) -> None:
    """Screen labelled posts with a model and print ranking, calibration and band figures as JSON.

    Posts from a file the model was trained on (same sha256) are its own training rows: they are left out
    of the held-out figures, or, when every post is one, the figures are marked in-sample.
    """
    import numpy as np

    from ..datasets import file_sha256, load_emscad
    from ..evaluation import score_metrics
    from ..report.evaluate import held_rows, in_sample_mask, recipe_of
    from ..report.scores import heldout_scores
    from ..training import from_emscad, load_labelled, load_social, pool

    if not (data_path or social_path):
        raise click.UsageError("give --data, --social or both")
    model = load_checked_model(model_dir or "default", model_sha256)  # loaded once, pin checked
    if model is None:
        raise click.ClickException("no model to evaluate")
    sources = []
    if data_path and label_column:
        try:
            sources.append((load_labelled(data_path, text_column=text_column, label_column=label_column,
                                          domain_column=domain_column), file_sha256(data_path)))
        except ValueError as exc:
            raise click.ClickException(str(exc)) from exc
    elif data_path:
        frame = load_emscad(data_path)
        sources.append((from_emscad(frame), str(frame.attrs.get("emscad", {}).get("sha256", ""))))
    if social_path:
        sources.append((load_social(social_path, weight=recipe_of(model).social_weight), file_sha256(social_path)))
    data = pool(*(posts for posts, _ in sources))
    in_sample = in_sample_mask(sources, model)
    held = heldout_scores(data, model, in_sample=in_sample)
    keep = held_rows(in_sample)
    base_rate = float(model.base_rate)
    thresholds = dict(model.thresholds)
    domains = {}
    for d in sorted(set(data.domain[keep].astype(str).tolist())):
        m = data.domain[keep].astype(str) == d
        row = {"rows": int(m.sum()), "fraudulent": int(held.y[m].sum())}
        if 0 < held.y[m].sum() < m.sum():
            row["fused"] = score_metrics(held.y[m], held.scores["fused"][m], held.weight[m], thresholds=thresholds)
        domains[d] = row
    both = 0 < held.y.sum() < len(held.y)
    report = {"rows": int(len(held.y)), "fraudulent": int(held.y.sum()), "model_version": model.version,
              "in_sample": bool(in_sample.all()), "in_sample_rows": int(in_sample.sum()),
              "fused": score_metrics(held.y, held.scores["fused"], held.weight, base_rate=base_rate,
                                     thresholds=thresholds) if both else None,
              "model": score_metrics(held.y, held.scores["classifier"], held.weight,
                                     base_rate=base_rate) if both else None,
              "domains": domains}
    if not both:
        click.echo("note: the posts measured hold only one class: no ranking or calibration figures", err=True)
    if in_sample.all():
        click.echo("note: these are the model's training files; these figures are in-sample, not a test", err=True)
    elif in_sample.any():
        click.echo(f"note: {int(np.sum(in_sample))} posts are the model's own training rows (in-sample): "
                   "left out of these figures", err=True)
    click.echo(json.dumps(report, indent=2))
    if report_dir is not None:
        from ..report import evaluation_report

        start = time.perf_counter()
        path = evaluation_report(data, report_dir, model=model, in_sample=in_sample, heldout=held,
                                 progress=lambda message: click.echo(
                                     f"[{time.perf_counter() - start:6.1f}s] {message}", err=True))
        click.echo(f"wrote the report to {path}", err=True)
