"""The report ``ct-screen evaluate --data PATH --report DIR`` writes, without Jupyter.

Two sections:

1. **The model on the given posts** (skipped when they are the model's own
   training file, where the figures would be in-sample): the shipped fused
   score and the classifier alone, as :func:`ct_screen.screen` gives them.
2. **Grouped cross-validation on the given posts**: the model's recipe (its
   settings, seed and folds) and the bare TF-IDF + LogisticRegression baseline
   on the same grouped folds, every post scored by models fitted without its
   near-duplicate group. On the model's training file this is exactly the
   cross-validation training measured; on other posts the recipe is re-run
   there with :func:`ct_screen.model.train.train_model`.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

import pandas as pd

from .scores import grouped_cv_scores, heldout_scores
from .writer import write_report

__all__ = ["evaluation_report"]


def _load(model: Any) -> Any:
    from ..screener import Screener

    bundle = Screener(model=model).model
    if bundle is None:
        raise ValueError("an evaluation report needs a model (a model folder or 'default')")
    return bundle


def evaluation_report(df: pd.DataFrame, directory: str | os.PathLike[str], *, model: Any = "default",
                      progress: Callable[[str], None] | None = None) -> Path:
    """Measure a model on labelled posts and write the static report (see the module docstring).

    Parameters
    ----------
    df : pandas.DataFrame
        Labelled posts (:func:`ct_screen.datasets.load_emscad`).
    directory : path
        Report folder: ``report.md``, ``metrics.json`` and PNG plots.
    model : "default", path or loaded bundle
        The model to measure (a :class:`~ct_screen.model.bundle.ModelBundle`
        trained by :func:`~ct_screen.model.train.train_model`).
    progress : callable, optional
        Called with short progress messages.

    Returns
    -------
    pathlib.Path
        The ``report.md`` written.
    """
    from ..model.train import prepare, train_model

    say = progress or (lambda message: None)
    bundle = _load(model)
    info = bundle.info if isinstance(getattr(bundle, "info", None), Mapping) else {}
    settings = info.get("settings") or {}
    say("preparing the posts (rules, tokens, near-duplicate groups)")
    prepared = prepare(df, progress=say)
    in_sample = info.get("training_data", {}).get("sha256") == prepared.data_sha256
    sets, intro = [], []
    if in_sample:
        intro.append(f"These posts are model {bundle.version}'s own training file, so only its grouped "
                     "cross-validation is reported: scores of the shipped model on them would be in-sample.")
        say("grouped cross-validation of the model and the baseline")
        sets.append(grouped_cv_scores(prepared, bundle))
    else:
        say("screening the posts with the model")
        sets.append(heldout_scores(df, bundle))
        say("re-running the model's recipe and the baseline on grouped folds of these posts")
        grid = {"C": (float(settings.get("C", 16.0)),), "head_tokens": (int(settings.get("head_tokens", 30)),)}
        retrained = train_model(df, seed=int(info.get("seed", 0)), n_splits=int(info.get("n_splits", 5)),
                                base_rate=float(bundle.base_rate), grid=grid, prepared=prepared, progress=say)
        cv = grouped_cv_scores(prepared, retrained)
        notes = (f"The recipe of model {bundle.version} (C={grid['C'][0]}, head_tokens={grid['head_tokens'][0]}) "
                 "retrained on these posts, with calibration, fusion and thresholds fitted on their folds.",
                 *cv.notes)
        sets.append(replace(cv, notes=notes, model_version=bundle.version))
        intro.append("The first section measures the model as shipped on posts it may never have seen; the second "
                     "compares its recipe with the bare baseline on grouped folds of the same posts.")
    intro.append("Only grouped figures say anything about new scams: near-duplicate posts of one campaign "
                 "never sit on both sides of a split.")
    say(f"writing the report to {directory}")
    return write_report(sets, directory, title="ct-screen evaluation report", intro=intro)
