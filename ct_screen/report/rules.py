"""Rule tables a moderator lead can read, with the classifier scored as on posts it never saw.

:mod:`ct_screen.report.rule_analysis` and :mod:`ct_screen.report.rule_contribution` build
the figures; this module

- ranks rules by empirical precision (:func:`precision_extremes`);
- joins the per-rule summary and the with/without-rule contribution into one
  table with plain column names (:func:`moderator_table`);
- wraps grouped out-of-fold probabilities as a model (:class:`OutOfFoldModel`),
  so that "how much does each rule add on top of the classifier" is measured
  against the classifier's honest scores, not its scores on its own training posts.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from ..fuse import Fusion
from ..model.api import ModelPrediction
from ..result import Contact
from .scores import ScoreSet

if TYPE_CHECKING:
    from matplotlib.figure import Figure

__all__ = ["precision_extremes", "moderator_table", "OutOfFoldModel", "out_of_fold_model", "corpus_dir",
           "MODERATOR_COLUMNS", "rule_figure"]

MODERATOR_COLUMNS = {
    "category": "category", "name": "rule", "n_fired": "posts flagged", "coverage": "share of posts",
    "precision": "precision", "precision_at_base_rate": "precision at base rate", "lift": "lift over file's scam share", "fired_scam": "share of scams caught",
    "fired_legit": "share of legitimate flagged", "n_conflicts": "legitimate posts flagged (count)",
    "overlaps": "also flagged by another category", "ap_gain": "average precision added", "n_band_drop":
    "posts that would drop a band without it",
}
"""Columns of :func:`moderator_table` (source column -> heading)."""


def precision_extremes(summary: pd.DataFrame, n: int = 3, *, min_fired: int = 5) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The ``n`` most and least precise rules among those firing on at least ``min_fired`` posts.

    Parameters
    ----------
    summary : pandas.DataFrame
        :func:`ct_screen.report.rule_analysis.rule_summary` (or ``category_summary``).

    Returns
    -------
    (most, least) : pandas.DataFrame
        Rows of ``summary``; ties in precision go to the rule firing more often.
    """
    if min_fired < 1:
        raise ValueError("min_fired must be at least 1")
    fired = summary[(summary["n_fired"] >= min_fired) & summary["precision"].notna()].copy()
    fired["_key"] = fired.index.astype(str)
    most = fired.sort_values(["precision", "n_fired", "_key"], ascending=[False, False, True], kind="stable")
    least = fired.sort_values(["precision", "n_fired", "_key"], ascending=[True, False, True], kind="stable")
    return most.head(n).drop(columns="_key"), least.head(n).drop(columns="_key")


def moderator_table(summary: pd.DataFrame, contribution: pd.DataFrame | None = None, *,
                    rules: Sequence[Any] | None = None, min_fired: int = 1,
                    base_rate: float | None = None) -> pd.DataFrame:
    """One readable row per rule that fired: what it catches, how precise it is, what it adds.

    Parameters
    ----------
    summary : pandas.DataFrame
        :func:`ct_screen.report.rule_analysis.rule_summary`.
    contribution : pandas.DataFrame, optional
        :func:`ct_screen.report.rule_contribution.rule_contribution` on the same posts.
    rules : sequence of Rule, optional
        For the rules' names (default: the built-in rules).
    min_fired : int
        Rules firing on fewer posts are left out.
    base_rate : float, optional
        Adds ``precision at base rate``: the precision the rule would have on a
        platform with this scam share, from the shares of scams and of
        legitimate posts it flags (the labelled file's own mix is usually richer
        in scams).

    Returns
    -------
    pandas.DataFrame
        Indexed by rule id with the headings of :data:`MODERATOR_COLUMNS`,
        sorted by precision (highest first), then by posts flagged.
    """
    from ..rules import builtin_rules

    names = {r.id: r.name for r in (builtin_rules() if rules is None else rules)}
    table = summary.copy()
    table.insert(1, "name", [names.get(i, "") for i in table.index])
    if base_rate is not None:
        caught, false = base_rate * table["fired_scam"], (1 - base_rate) * table["fired_legit"]
        table["precision_at_base_rate"] = (caught / (caught + false)).where(caught + false > 0)
    if contribution is not None:
        table = table.join(contribution[["ap_gain", "n_band_drop"]], how="left")
    table = table[table["n_fired"] >= min_fired]
    table = table.sort_values(["precision", "n_fired"], ascending=[False, False], kind="stable")
    table = table[[c for c in MODERATOR_COLUMNS if c in table.columns]].rename(columns=MODERATOR_COLUMNS)
    table.index.name = "rule_id"
    return table


@dataclass(frozen=True)
class OutOfFoldModel:
    """A model that answers with pre-computed (grouped out-of-fold) probabilities, looked up by post text.

    Implements :class:`ct_screen.model.api.ScreeningModel` so a
    :class:`~ct_screen.Screener` fuses these probabilities with the rules exactly
    as it fuses the bundle's own.

    Attributes
    ----------
    probabilities : dict
        The text the screener hands its model for a post -> probability.
    version, thresholds, fusion
        As the bundle's (``version`` gets a ``+oof`` suffix).
    """

    probabilities: Mapping[str, float]
    version: str
    thresholds: Mapping[str, float]
    fusion: Fusion | Mapping[str, object]
    base_rate: float = 0.0484
    info: Mapping[str, Any] = field(default_factory=dict)

    def predict_many(self, texts: Sequence[str], contacts: Sequence[Sequence[Contact]],
                     signals: Sequence[Any] | None = None) -> list[ModelPrediction]:
        """The stored probability of each text; a text that was not cross-validated is an error."""
        out = []
        for text in texts:
            try:
                out.append(ModelPrediction(probability=float(self.probabilities[text])))
            except KeyError:
                raise KeyError("this post was not among the cross-validated posts; an OutOfFoldModel only "
                               f"scores those (post starts {text[:40]!r})") from None
        return out


def out_of_fold_model(posts: Sequence[Any], scores: ScoreSet, bundle: Any) -> OutOfFoldModel:
    """The classifier's grouped out-of-fold probabilities as a model for the same posts.

    Parameters
    ----------
    posts : sequence of str or mapping
        The posts the scores were computed on, in order; the keys are the
        text the screener hands its model for each.
    scores : ScoreSet
        :func:`~ct_screen.report.scores.cv_scores` of those posts (its ``classifier`` score).
    bundle : ModelBundle
        Supplies the fusion parameters and thresholds.
    """
    from ..screener import Screener

    probability = np.asarray(scores.scores["classifier"], dtype=np.float64)
    if len(probability) != len(posts):
        raise ValueError(f"{len(probability)} scores for {len(posts)} posts")
    reader = Screener(model=None)
    texts = [reader.analyse(post).view.text for post in posts]
    table: dict[str, float] = {}
    for text, p in zip(texts, probability, strict=True):
        table.setdefault(text, float(p))  # identical texts share a group, hence a fold and a probability
    return OutOfFoldModel(probabilities=table, version=f"{bundle.version}+oof", thresholds=dict(bundle.thresholds),
                          fusion=bundle.fusion, base_rate=float(bundle.base_rate))


def corpus_dir() -> Path | None:
    """The repository's hand-labelled trafficking corpus (``tests/corpus``), if this is a source checkout."""
    path = Path(__file__).resolve().parents[2] / "tests" / "corpus"
    return path if path.is_dir() else None


def rule_figure(summary: pd.DataFrame, *, min_fired: int = 1, label: int = 3,
                label_min_fired: int | None = None) -> Figure:
    """Each rule's precision against the share of posts it flags; the ``label`` most and least precise are named.

    Parameters
    ----------
    summary : pandas.DataFrame
        :func:`ct_screen.report.rule_analysis.rule_summary` (weighted shares).
    min_fired : int
        Rules firing on fewer posts are not drawn.
    label : int
        How many of the most and of the least precise rules to name.
    label_min_fired : int, optional
        Only rules firing on at least this many posts are ranked for naming
        (default ``min_fired``), as in :func:`precision_extremes`.
    """
    import matplotlib

    from .plots import _figure

    fired = summary[(summary["n_fired"] >= min_fired) & summary["precision"].notna()]
    figure = _figure(7.5, 5.0)
    ax = figure.subplots()
    categories = sorted(fired["category"].unique())
    cmap = matplotlib.colormaps["tab20"]
    for k, category in enumerate(categories):
        part = fired[fired["category"] == category]
        ax.scatter(part["coverage"].clip(lower=1e-4), part["precision"], s=20 + 6 * np.sqrt(part["n_fired"]),
                   color=cmap((2 * k) % 20 + (2 * k) // 20 % 2), label=category, alpha=0.8, edgecolor="black",
                   linewidth=0.4)
    if len(fired):
        most, least = precision_extremes(fired, label, min_fired=max(min_fired, label_min_fired or 1))
        for rule_id, row in pd.concat([most, least]).iterrows():
            ax.annotate(str(rule_id), (max(row["coverage"], 1e-4), row["precision"]), textcoords="offset points",
                        xytext=(4, 4), fontsize=8)
    ax.set_xscale("log")
    ax.set_ylim(-0.03, 1.05)
    ax.set_xlabel("share of posts the rule flags (weighted)")
    ax.set_ylabel("precision on the labelled posts")
    ax.set_title("Rules: how often they fire and how often they are right", fontsize=11)
    ax.grid(alpha=0.3, which="both")
    ax.legend(fontsize=7, loc="center left", bbox_to_anchor=(1.01, 0.5), frameon=False)
    return figure
