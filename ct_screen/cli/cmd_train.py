"""``ct-screen train``: train, calibrate and save a model folder (nested grouped CV on pooled labelled posts)."""

from __future__ import annotations

import json
import time

import click


@click.command("train")
@click.option("--data", "data_path", type=click.Path(exists=True),
              help="Labelled posts: an EMSCAD CSV (or a folder holding one), or any CSV/TSV/JSONL/Parquet "
                   "with --text-column and --label-column.")
@click.option("--text-column", default=None, help="Text column of --data (omit for EMSCAD fields).")
@click.option("--label-column", default=None, help="Label column of --data (1 scam, 0 legitimate).")
@click.option("--group-column", default=None, help="Known groups in --data (kept on one side of every split).")
@click.option("--domain-column", default=None, help="Domain per row of --data (figures and thresholds per domain).")
@click.option("--weight-column", default=None, help="Row weights of --data.")
@click.option("--emscad", "emscad_path", type=click.Path(exists=True), default=None,
              help="Add the EMSCAD file beside --data.")
@click.option("--social", "social_path", type=click.Path(exists=True), default=None,
              help="Add the social/SMS file (social_dev.csv.gz) beside --data.")
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False), help="Model folder to write.")
@click.option("--seed", default=0, show_default=True, type=int, help="Seed for the grouped folds and views.")
@click.option("--quick", is_flag=True, help="One setting instead of the nested grid search (CI).")
@click.option("--base-rate", default=0.0484, show_default=True, type=click.FloatRange(0, 1, min_open=True, max_open=True),
              help="The platform's fraud share the probabilities and thresholds are set for.")
def command(data_path: str | None, text_column: str | None, label_column: str | None, group_column: str | None,
            domain_column: str | None, weight_column: str | None, emscad_path: str | None, social_path: str | None,
            out_dir: str, seed: int, quick: bool, base_rate: float) -> None:
    """Train a model on labelled posts and write model.npz, model.json, manifest.json and MODEL_CARD.md."""
    from ..datasets import file_sha256, load_emscad
    from ..model.bundle import save_model
    from ..training import Recipe, from_emscad, load_labelled, load_social, pool, train
    from ..training.bundle import to_bundle
    from ..training.card import model_card

    if not (data_path or emscad_path or social_path):
        raise click.UsageError("give --data, --emscad or --social")
    start = time.perf_counter()
    sets, hashes = [], {}
    if data_path and not label_column:
        frame = load_emscad(data_path)
        sets.append(from_emscad(frame))
        hashes["emscad"] = frame.attrs.get("emscad", {}).get("sha256", "")
    elif data_path:
        try:
            sets.append(load_labelled(data_path, text_column=text_column, label_column=label_column,
                                      group_column=group_column, domain_column=domain_column,
                                      weight_column=weight_column))
        except ValueError as exc:
            raise click.ClickException(str(exc)) from exc
        hashes["data"] = file_sha256(data_path)
    if emscad_path:
        frame = load_emscad(emscad_path)
        sets.append(from_emscad(frame))
        hashes["emscad"] = frame.attrs.get("emscad", {}).get("sha256", "")
    recipe = Recipe.quick(seed=seed, base_rate=base_rate) if quick else Recipe(seed=seed, base_rate=base_rate)
    if social_path:
        sets.append(load_social(social_path, weight=recipe.social_weight))
        hashes["social"] = file_sha256(social_path)
    result = train(pool(*sets), recipe, progress=lambda message: click.echo(
        f"[{time.perf_counter() - start:6.1f}s] {message}", err=True))
    bundle = to_bundle(result, data_sha256=hashes)
    manifest = save_model(bundle, out_dir, card=model_card(bundle, result))
    summary = {"model_version": manifest["model_version"], "out": out_dir, "thresholds": manifest["thresholds"],
               "setting": result.setting, "domains": manifest["cv_metrics"]["domains"],
               "seconds": round(time.perf_counter() - start, 1)}
    click.echo(json.dumps(summary, indent=2))
