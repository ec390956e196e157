"""Evaluation plots with matplotlib: ROC, precision-recall, reliability, confusion at each band, band shares.

Every function returns a :class:`matplotlib.figure.Figure` built without
``pyplot`` (no global state, no display needed), so the same code draws into
a report folder from the command line and into a notebook.
:func:`save_figure` writes one as PNG.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from ..thresholds import ThresholdChoice, operating_table
from .scores import ScoreSet

if TYPE_CHECKING:
    from matplotlib.figure import Figure

__all__ = ["roc_figure", "pr_figure", "reliability_figure", "confusion_counts", "confusion_figure", "band_figure",
           "operating_figure", "save_figure", "COLOURS", "domain_reliability_figure"]

COLOURS = {"fused": "#c0392b", "classifier": "#2471a3", "baseline": "#7f8c8d"}
"""Line colour per score name (others take matplotlib's cycle)."""
_BAND_COLOURS = {"low": "#d5e8d4", "review": "#f9d976", "high": "#e06666"}


def _figure(width: float = 6.4, height: float = 4.8) -> Figure:
    from matplotlib.figure import Figure

    return Figure(figsize=(width, height), layout="constrained")


def _style(score: str) -> dict[str, Any]:
    style: dict[str, Any] = {"linewidth": 1.8}
    if score in COLOURS:
        style["color"] = COLOURS[score]
    if score == "baseline":
        style["linestyle"] = "--"
    return style


def _base_rate_weights(s: ScoreSet) -> np.ndarray:
    from ..evaluation import base_rate_weights

    return base_rate_weights(s.y, s.weight, s.base_rate)


def save_figure(figure: Figure, path: str | os.PathLike[str], *, dpi: int = 110) -> Path:
    """Write ``figure`` as PNG (the folder is created)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path, dpi=dpi, format="png")
    return path


def roc_figure(s: ScoreSet) -> Figure:
    """ROC curves of every score (weighted), in full and for the first 10% of legitimate posts flagged."""
    from sklearn.metrics import roc_auc_score, roc_curve

    figure = _figure(10, 4.4)
    full, zoom = figure.subplots(1, 2)
    for score, values in s.scores.items():
        fpr, tpr, _ = roc_curve(s.y, values, sample_weight=s.weight)
        auc = roc_auc_score(s.y, values, sample_weight=s.weight)
        for ax in (full, zoom):
            ax.plot(fpr, tpr, label=f"{s.label(score)} (AUC {auc:.3f})", **_style(score))
    full.plot([0, 1], [0, 1], color="#bbbbbb", linewidth=1, linestyle=":")
    zoom.set_xlim(0, 0.10)
    for ax, title in ((full, "ROC"), (zoom, "ROC, up to 10% of legitimate posts flagged")):
        ax.set_xlabel("share of legitimate posts flagged (FPR)")
        ax.set_ylabel("share of scams caught (recall)")
        ax.set_ylim(0, 1.01)
        ax.set_title(title, fontsize=11)
        ax.grid(alpha=0.3)
    full.legend(loc="lower right", fontsize=8)
    figure.suptitle(s.title, fontsize=12)
    return figure


def pr_figure(s: ScoreSet) -> Figure:
    """Precision (at the base rate) against recall for every score, with the band thresholds marked."""
    from sklearn.metrics import average_precision_score, precision_recall_curve

    bw = _base_rate_weights(s)
    figure = _figure(6.8, 4.8)
    ax = figure.subplots()
    banded = [name for name in s.scores if name in s.thresholds]
    for score, values in s.scores.items():
        precision, recall, _ = precision_recall_curve(s.y, values, sample_weight=bw)
        ap = average_precision_score(s.y, values, sample_weight=bw)
        ax.plot(recall, precision, label=f"{s.label(score)} (AP {ap:.3f})", drawstyle="steps-post", **_style(score))
        bands = s.thresholds.get(score)
        if bands is not None:
            at = operating_table(s.y, values, s.weight, base_rate=s.base_rate, cutoffs=[bands.review, bands.high])
            for (_, row), band, marker in zip(at.iterrows(), ("review", "high"), ("o", "s"), strict=True):
                if row["n_flagged"] > 0:
                    ax.plot(row["recall"], row["precision"], marker=marker, markersize=7, linestyle="none",
                            color=_style(score).get("color", "black"), markeredgecolor="black")
                    ax.annotate(band, (row["recall"], row["precision"]), textcoords="offset points",
                                xytext=(6, 4) if banded.index(score) % 2 == 0 else (6, -12), fontsize=8)
    ax.axhline(s.base_rate, color="#bbbbbb", linewidth=1, linestyle=":", label=f"base rate {s.base_rate:.2%}")
    ax.set_xlim(0, 1.01)
    ax.set_ylim(0, 1.01)
    ax.set_xlabel("share of scams caught (recall)")
    ax.set_ylabel(f"precision at a base rate of {s.base_rate:.2%}")
    ax.set_title(f"{s.title}: precision and recall", fontsize=11)
    ax.grid(alpha=0.3)
    ax.legend(loc="upper right", fontsize=8)
    return figure


def _reliability_points(y: np.ndarray, prob: np.ndarray, w: np.ndarray, n_bins: int) -> pd.DataFrame:
    order = np.argsort(prob, kind="stable")
    cum = np.cumsum(w[order]) / w.sum()
    bins = np.minimum((cum * n_bins - 1e-9).astype(int), n_bins - 1)
    rows = []
    for b in range(n_bins):
        idx = order[bins == b]
        if len(idx) and w[idx].sum() > 0:
            rows.append({"predicted": np.average(prob[idx], weights=w[idx]),
                         "observed": np.average(y[idx], weights=w[idx]), "n": len(idx)})
    return pd.DataFrame(rows)


def _reliability(curves: Sequence[tuple[str, np.ndarray, np.ndarray, np.ndarray, dict[str, Any]]], title: str,
                 n_bins: int) -> Figure:
    """Draw ``(label, y, probability, base-rate weights, style)`` curves on log axes."""
    from ..evaluation import calibration_error

    figure = _figure(6.4, 5.2)
    ax = figure.subplots()
    low = 1.0
    for label, y, values, bw, style in curves:
        points = _reliability_points(y, np.clip(values, 1e-6, 1.0), bw, n_bins)
        ece = calibration_error(y, values, bw, n_bins=n_bins)
        observed = np.clip(points["observed"], 1e-4, 1.0)
        low = min(low, float(points["predicted"].min()), float(observed.min()))
        ax.plot(points["predicted"], observed, marker="o", label=f"{label} (ECE {ece:.3f})", **style)
    low = max(10 ** np.floor(np.log10(max(low, 1e-4))), 1e-4)
    ax.plot([low, 1], [low, 1], color="#bbbbbb", linewidth=1, linestyle=":", label="perfectly calibrated")
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlim(low, 1)
    ax.set_ylim(low, 1)
    ax.set_xlabel("predicted probability (mean per bin)")
    ax.set_ylabel("observed scam share in the bin")
    ax.set_title(f"{title}\n({n_bins} bins of equal weight; an empty bin is drawn at 1e-4)", fontsize=10)
    ax.grid(alpha=0.3, which="both")
    ax.legend(loc="upper left", fontsize=8)
    return figure


def reliability_figure(s: ScoreSet, *, n_bins: int = 10) -> Figure:
    """Predicted probability against the observed scam share (both at the base rate), bins of equal weight.

    Log axes: at a base rate of a few percent most posts score well below 0.1.
    """
    bw = _base_rate_weights(s)
    curves = [(s.label(score), s.y, values, bw, _style(score)) for score, values in s.scores.items()]
    return _reliability(curves, f"{s.title}: reliability at a base rate of {s.base_rate:.2%}", n_bins)


def domain_reliability_figure(s: ScoreSet, masks: dict[str, np.ndarray], *, score: str = "fused",
                              n_bins: int = 10) -> Figure:
    """One reliability curve of ``score`` per domain (``masks``: name -> row mask over ``s``), each at the base rate.

    Domains without both classes are left out.
    """
    from ..evaluation import base_rate_weights

    curves = []
    for name, mask in masks.items():
        mask = np.asarray(mask, bool)
        y = s.y[mask]
        if 0 < y.sum() < len(y):
            curves.append((f"{name} ({int(mask.sum())} posts)", y, s.scores[score][mask],
                           base_rate_weights(y, s.weight[mask], s.base_rate), {"linewidth": 1.8}))
    if not curves:
        raise ValueError("no domain has both scams and legitimate posts")
    return _reliability(curves, f"{s.label(score)} per domain: reliability at a base rate of {s.base_rate:.2%}",
                        n_bins)


def confusion_counts(s: ScoreSet, score: str, per: int = 10_000) -> pd.DataFrame:
    """Expected posts per ``per`` at the base rate, and labelled posts, at each band threshold of ``score``.

    Returns
    -------
    pandas.DataFrame
        Indexed by band (``review``, ``high``), with the cut-off and the
        expected true positives, false negatives, false positives and true
        negatives per ``per`` posts, and ``n_*`` the same cells counted in the
        labelled posts (unweighted).
    """
    bands = s.thresholds[score]
    values = np.asarray(s.scores[score])
    rows = {}
    for band, cut in (("review", bands.review), ("high", bands.high)):
        at = operating_table(s.y, values, s.weight, base_rate=s.base_rate, cutoffs=[cut]).iloc[0]
        flagged = values >= cut
        scams, legit = s.base_rate * per, (1 - s.base_rate) * per
        rows[band] = {"threshold": cut, "tp": at["recall"] * scams, "fn": (1 - at["recall"]) * scams,
                      "fp": at["legit_flagged"] * legit, "tn": (1 - at["legit_flagged"]) * legit,
                      "n_tp": int((flagged & (s.y == 1)).sum()), "n_fn": int((~flagged & (s.y == 1)).sum()),
                      "n_fp": int((flagged & (s.y == 0)).sum()), "n_tn": int((~flagged & (s.y == 0)).sum())}
    frame = pd.DataFrame.from_dict(rows, orient="index")
    frame = frame.astype({c: "int64" for c in ("n_tp", "n_fn", "n_fp", "n_tn")})
    frame.index.name = "band"
    return frame


def confusion_figure(s: ScoreSet, *, per: int = 10_000) -> Figure:
    """2x2 confusion matrices at the ``review`` and ``high`` cut-offs of every score with bands.

    Cells show the expected posts per ``per`` at the base rate and, in
    brackets, the labelled posts.
    """
    scored = [name for name in s.scores if name in s.thresholds]
    if not scored:
        raise ValueError("no score in this ScoreSet has band thresholds")
    figure = _figure(4.2 * 2, 3.4 * len(scored))
    axes = np.atleast_2d(figure.subplots(len(scored), 2, squeeze=False))
    for row, score in enumerate(scored):
        counts = confusion_counts(s, score, per)
        for col, band in enumerate(("review", "high")):
            ax = axes[row, col]
            c = counts.loc[band]
            cells = np.array([[c["tp"], c["fn"]], [c["fp"], c["tn"]]])
            labelled = np.array([[c["n_tp"], c["n_fn"]], [c["n_fp"], c["n_tn"]]])
            ax.imshow(np.log1p(cells), cmap="Blues", vmin=0, vmax=np.log1p(per))
            for i in range(2):
                for j in range(2):
                    dark = np.log1p(cells[i, j]) > 0.6 * np.log1p(per)
                    ax.text(j, i, f"{cells[i, j]:,.0f}\n({labelled[i, j]:,})", ha="center", va="center",
                            fontsize=10, color="white" if dark else "black")
            ax.set_xticks([0, 1], [f"flagged (>= {c['threshold']:.3g})", "not flagged"], fontsize=8)
            ax.set_yticks([0, 1], ["scam", "legitimate"], fontsize=8)
            ax.set_title(f"{s.label(score)}: {band}", fontsize=10)
    figure.suptitle(f"{s.title}: posts per {per:,} at a base rate of {s.base_rate:.2%} "
                    "(labelled posts in brackets)", fontsize=10)
    return figure


def band_figure(s: ScoreSet) -> Figure:
    """Share of scams and of legitimate posts (weighted, within each class) in each band, per score."""
    from ..evaluation import band_shares

    scored = [name for name in s.scores if name in s.thresholds]
    if not scored:
        raise ValueError("no score in this ScoreSet has band thresholds")
    labels, shares = [], []
    for score in scored:
        bands = s.thresholds[score]
        table = band_shares(s.y, s.scores[score], {"review": bands.review, "high": bands.high}, s.weight)
        for cls, name in (("fraud", "scams"), ("legit", "legitimate")):
            labels.append(f"{s.label(score)}\n{name}")
            shares.append([table[cls][b] for b in ("low", "review", "high")])
    values = np.array(shares)
    figure = _figure(7.5, 0.75 * len(labels) + 1.4)
    ax = figure.subplots()
    left = np.zeros(len(labels))
    for k, band in enumerate(("low", "review", "high")):
        ax.barh(labels, values[:, k], left=left, color=_BAND_COLOURS[band], edgecolor="white", label=band)
        for i, v in enumerate(values[:, k]):
            if v >= 0.06:
                ax.text(left[i] + v / 2, i, f"{v:.0%}", ha="center", va="center", fontsize=8)
        left += values[:, k]
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    ax.set_xlabel("share of the class (weighted)")
    ax.set_title(f"{s.title}: posts per band", fontsize=11)
    ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1.08), ncol=3, fontsize=8, frameon=False)
    ax.tick_params(axis="y", labelsize=8)
    return figure


def operating_figure(table: pd.DataFrame, choice: ThresholdChoice | None = None, *,
                     title: str = "Choosing the band thresholds") -> Figure:
    """Precision, recall and share of posts flagged against the cut-off; daily review load below.

    Parameters
    ----------
    table : pandas.DataFrame
        :func:`ct_screen.thresholds.operating_table`.
    choice : ThresholdChoice, optional
        Marks the chosen ``review`` and ``high`` cut-offs and the reviewers' capacity.
    """
    daily = table["daily_flagged"].notna().any()
    figure = _figure(7.5, 7.0 if daily else 4.6)
    axes: Sequence[Any] = figure.subplots(2 if daily else 1, 1, sharex=True, squeeze=False)[:, 0]
    x = np.clip(table["threshold"].to_numpy(), 1e-4, 1)
    top = axes[0]
    top.plot(x, table["precision"], label="precision (base rate)", color="#c0392b", drawstyle="steps-post")
    top.plot(x, table["recall"], label="recall", color="#2471a3", drawstyle="steps-post")
    top.plot(x, table["flag_share"], label="share of all posts flagged", color="#27ae60", drawstyle="steps-post")
    top.set_ylabel("share")
    top.set_ylim(0, 1.02)
    if daily:
        axes[1].plot(x, table["daily_flagged"], color="#27ae60", label="posts flagged per day",
                     drawstyle="steps-post")
        axes[1].plot(x, table["daily_scams"], color="#c0392b", label="scams among them", drawstyle="steps-post")
        axes[1].set_yscale("log")
        axes[1].set_ylabel("posts per day")
    if choice is not None:
        for band, style in (("review", ":"), ("high", "--")):
            cut = getattr(choice.thresholds, band)
            for ax in axes:
                ax.axvline(max(cut, 1e-4), color="black", linestyle=style, linewidth=1)
            top.annotate(band, (max(cut, 1e-4), 1.0), textcoords="offset points",
                         xytext=(3, -10 if band == "review" else -22), fontsize=8)
        top.axhline(choice.review_capacity, color="#27ae60", linestyle=":", linewidth=1,
                    label=f"review capacity ({choice.review_capacity:.1%} of posts)")
        if daily and choice.daily_posts:
            axes[1].axhline(choice.review_capacity * choice.daily_posts, color="#27ae60", linestyle=":",
                            linewidth=1, label="capacity per day")
        title += f" (base rate {choice.base_rate:.2%})"
    for ax in axes:
        ax.set_xscale("log")
        ax.grid(alpha=0.3, which="both")
        ax.legend(fontsize=8, loc="best")
    axes[-1].set_xlabel("cut-off on the score (posts at or above it are flagged)")
    axes[0].set_title(title, fontsize=11)
    return figure
