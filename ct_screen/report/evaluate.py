"""The report ``ct-screen evaluate --data PATH [--social PATH] --report DIR`` writes, without Jupyter.

Sections:

1. **The model on the given posts**: the shipped fused score and the
   classifier alone, as :func:`ct_screen.screen` gives them, on the posts that
   are not the model's own training rows (a source whose sha256 checksum is one
   of the model's training files counts as in-sample and is left out; when
   every post is, the section is skipped).
2. **Grouped cross-validation**: the model's recipe and setting retrained on
   the given posts with :func:`ct_screen.training.train`, every post scored by
   models fitted without its near-duplicate group, beside the bare TF-IDF +
   LogisticRegression baseline on the same folds; figures per domain and a
   reliability curve per domain.
3. **Across domains**: grouped CV per domain, trained on EMSCAD and tested on
   the other domains, each beside the baseline, with bootstrap intervals where
   a group is small (:func:`ct_screen.training.transfer.cross_domain`).
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from .scores import ScoreSet, cv_scores, heldout_scores, training_hashes
from .writer import METRICS_FILE, write_report

__all__ = ["evaluation_report", "recipe_of", "in_sample_mask", "held_rows"]


def _load(model: Any) -> Any:
    from ..screener import Screener

    bundle = Screener(model=model).model
    if bundle is None:
        raise ValueError("an evaluation report needs a model (a model folder or 'default')")
    return bundle


def recipe_of(bundle: Any) -> Any:
    """The :class:`~ct_screen.training.Recipe` a bundle was trained with, searching only its shipped setting.

    Bundles of format 1 record a seed, folds and one setting: they get the quick recipe with those.
    """
    from ..training import Recipe

    info = bundle.info if isinstance(getattr(bundle, "info", None), Mapping) else {}
    settings = info.get("settings") or {}
    shipped = (info.get("cv_metrics") or {}).get("shipped_setting") or {
        "C": float(settings.get("C", 16.0)), "head_tokens": int(settings.get("head_tokens", 30))}
    stored = info.get("recipe")
    if isinstance(stored, Mapping):
        fields = set(Recipe.__dataclass_fields__)
        values = {k: tuple(v) if isinstance(v, list) else v for k, v in stored.items() if k in fields}
        values["grid"] = (dict(shipped),)
        return Recipe(**values)
    return Recipe(grid=(dict(shipped),), seed=int(info.get("seed", 0)), n_splits=int(info.get("n_splits", 5)),
                  base_rate=float(bundle.base_rate))


def in_sample_mask(sources: list[tuple[Any, str]], bundle: Any) -> np.ndarray:
    """Per post of the given ``(LabelledPosts, file sha256)`` sources: is it one of the model's training rows.

    A post is in-sample when its file is one the model was trained on, or when its content is (the
    bundle's row fingerprints: a copy with rows changed, a subset, the same rows in another format).
    """
    from ..fingerprint import fingerprints

    if not sources:
        return np.zeros(0, bool)
    known = training_hashes(bundle)
    info = getattr(bundle, "info", {}) or {}
    rows = set((info.get("training_data") or {}).get("row_fingerprints") or ())
    parts = []
    for posts, sha in sources:
        whole = np.full(len(posts), bool(sha) and sha in known)
        by_content = np.array([f in rows for f in fingerprints(posts.posts)], bool) if rows else whole
        parts.append(whole | by_content)
    return np.concatenate(parts)


def held_rows(in_sample: np.ndarray) -> np.ndarray:
    """The rows :func:`~ct_screen.report.scores.heldout_scores` measures: the held-out ones, else all."""
    in_sample = np.asarray(in_sample, bool)
    return ~in_sample if (~in_sample).any() else np.ones(len(in_sample), bool)


def _domains_section(result: Any, cv: ScoreSet, directory: Path, figs: Mapping[str, Any]) -> str:
    from ..training.card import domain_table
    from ..training.figures import domain_masks
    from .plots import domain_reliability_figure, save_figure

    posts = result.prepared.data.parent < 0
    masks = {name: m[posts] for name, m in domain_masks(result).items() if (m & posts).any()}
    lines = ["Cross-fitted grouped-CV figures per domain (the baseline on the same folds; intervals where a class "
             "has under 40 posts; platform+language: P(scam | platform, language) from the training folds).", "",
             *domain_table(figs["domains"]), ""]
    try:
        save_figure(domain_reliability_figure(cv, masks), directory / "cv_reliability_domains.png")
    except ValueError as exc:
        lines.append(f"No reliability curve per domain: {exc}.")
    else:
        lines += ["![Reliability per domain](cv_reliability_domains.png)", ""]
    return "\n".join(lines)


def evaluation_report(data: Any, directory: str | os.PathLike[str], *, model: Any = "default",
                      in_sample: np.ndarray | None = None, heldout: ScoreSet | None = None,
                      progress: Callable[[str], None] | None = None) -> Path:
    """Measure a model on labelled posts and write the static report (see the module docstring).

    Parameters
    ----------
    data : LabelledPosts or pandas.DataFrame
        Labelled posts (:mod:`ct_screen.training.data`, pooled or not), or an
        EMSCAD frame from :func:`ct_screen.datasets.load_emscad`.
    directory : path
        Report folder: ``report.md``, ``metrics.json`` and PNG plots.
    model : "default", path or loaded bundle
        The model to measure; its recipe and setting are retrained for the
        grouped cross-validation.
    in_sample : numpy.ndarray of bool, optional
        Posts that are the model's own training rows (see :func:`in_sample_mask`).
        For a frame, taken from its checksum.
    heldout : ScoreSet, optional
        :func:`~ct_screen.report.scores.heldout_scores` already computed for these posts.
    progress : callable, optional
        Called with short progress messages.

    Returns
    -------
    pathlib.Path
        The ``report.md`` written.
    """
    from ..training import from_emscad, pool, train
    from ..training.card import cross_domain_table
    from ..training.figures import figures
    from ..training.transfer import cross_domain

    say = progress or (lambda message: None)
    bundle = _load(model)
    directory = Path(directory)
    if isinstance(data, pd.DataFrame):
        source = data.attrs.get("emscad") if isinstance(data.attrs.get("emscad"), Mapping) else {}
        if in_sample is None:
            in_sample = in_sample_mask([(data, str(source.get("sha256") or ""))], bundle)
        data = from_emscad(data)
    in_sample = np.zeros(len(data), bool) if in_sample is None else np.asarray(in_sample, bool)
    sets, intro = [], []
    if in_sample.all():
        intro.append(f"These posts are model {bundle.version}'s own training rows, so only its grouped "
                     "cross-validation is reported: scores of the shipped model on them would be in-sample.")
    else:
        say("screening the posts with the model")
        sets.append(heldout if heldout is not None else heldout_scores(data, bundle, in_sample=in_sample))
        intro.append("The first section measures the model as shipped on posts it was not trained on; the next "
                     "compare its recipe with the bare baseline on grouped folds of all the given posts.")
    recipe = recipe_of(bundle)
    say(f"retraining the model's recipe ({recipe.grid[0]}) on grouped folds of the posts")
    result = train(data if data.groups is not None else pool(data), recipe, progress=say)
    cv = cv_scores(result, model_version=bundle.version)
    sets.append(cv)
    say("figures per domain and across domains")
    figs = figures(result)
    cross = cross_domain(result, figs)
    intro.append("Only grouped figures say anything about new scams: near-duplicate posts of one campaign "
                 "never sit on both sides of a split.")
    sections = {"Per domain": _domains_section(result, cv, directory, figs),
                "Across domains": "\n".join([
                    "Each row beside the bare baseline trained and tested on the same posts. *every domain*: the "
                    "grouped CV above (for EMSCAD: trained on the other domains plus EMSCAD, tested on held-out "
                    "EMSCAD groups); *EMSCAD only*: the recipe fitted on the EMSCAD posts alone, tested on the "
                    "posts of each other domain. 95% intervals resample whole near-duplicate groups.", "",
                    *cross_domain_table(cross)])}
    say(f"writing the report to {directory}")
    path = write_report(sets, directory, title="ct-screen evaluation report", intro=intro, sections=sections)
    record = json.loads((directory / METRICS_FILE).read_text(encoding="utf-8"))
    record["domains"], record["cross_domain"] = figs["domains"], cross
    record["in_sample_rows"] = int(in_sample.sum())
    (directory / METRICS_FILE).write_text(json.dumps(record, indent=2, default=str) + "\n", encoding="utf-8")
    return path
