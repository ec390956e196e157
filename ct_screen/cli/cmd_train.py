"""``ct-screen train``: train, calibrate and save a model folder (grouped CV on labelled posts)."""

from __future__ import annotations

import json
import time

import click


@click.command("train")
@click.option("--data", "data_path", required=True, type=click.Path(exists=True),
              help="EMSCAD CSV (.csv/.csv.gz) or a folder holding one.")
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False), help="Model folder to write.")
@click.option("--seed", default=0, show_default=True, type=int, help="Seed for the grouped fold shuffle.")
@click.option("--quick", is_flag=True, help="One setting instead of the grid (CI).")
@click.option("--base-rate", default=0.0484, show_default=True, type=click.FloatRange(0, 1, min_open=True, max_open=True),
              help="The platform's fraud share the probabilities and thresholds are set for.")
def command(data_path: str, out_dir: str, seed: int, quick: bool, base_rate: float) -> None:
    """Train a model on labelled posts and write model.joblib, manifest.json and MODEL_CARD.md."""
    from ..datasets import load_emscad
    from ..model.bundle import save_model
    from ..model.train import train_model

    start = time.perf_counter()
    df = load_emscad(data_path)
    bundle = train_model(df, seed=seed, quick=quick, base_rate=base_rate,
                         progress=lambda message: click.echo(f"[{time.perf_counter() - start:6.1f}s] {message}",
                                                             err=True))
    manifest = save_model(bundle, out_dir)
    cv = manifest["cv_metrics"]
    summary = {"model_version": manifest["model_version"], "out": out_dir, "model_bytes": manifest["model_bytes"],
               "thresholds": manifest["thresholds"], "settings": manifest["settings"],
               "fused": {k: v for k, v in cv["fused"].items() if k != "bands"},
               "baseline": {k: v for k, v in cv["baseline"].items() if k != "bands"},
               "seconds": round(time.perf_counter() - start, 1)}
    click.echo(json.dumps(summary, indent=2))
