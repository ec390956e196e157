"""Write an evaluation as a static report: ``report.md`` beside its PNG plots and ``metrics.json``.

The report reads without Jupyter (any Markdown viewer, or GitHub): for each
:class:`~ct_screen.report.scores.ScoreSet` a metrics table comparing the
scores, the band thresholds, and five plots (ROC, precision-recall,
reliability, confusion matrices at each band threshold, band shares).
"""

from __future__ import annotations

import datetime as _dt
import json
import math
import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from .._version import __version__
from .plots import (
    band_figure,
    confusion_counts,
    confusion_figure,
    pr_figure,
    reliability_figure,
    roc_figure,
    save_figure,
)
from .rule_analysis import to_markdown
from .scores import ScoreSet

__all__ = ["write_report", "PLOTS", "REPORT_FILE", "METRICS_FILE"]

REPORT_FILE, METRICS_FILE = "report.md", "metrics.json"
PLOTS = {"roc": ("ROC curves", roc_figure), "pr": ("Precision and recall at the base rate", pr_figure),
         "reliability": ("Reliability (calibration)", reliability_figure),
         "confusion": ("Confusion matrices at each band threshold", confusion_figure),
         "bands": ("Band shares", band_figure)}
"""Plot file suffix -> (heading, figure function). Files are ``<score set name>_<suffix>.png``."""
_BANDED = {"confusion", "bands"}


def _plain(value: Any) -> Any:
    if isinstance(value, float):
        return None if math.isnan(value) else round(value, 6)
    return value


def _confusion_table(s: ScoreSet) -> str:
    parts = []
    for score in s.thresholds:
        counts = confusion_counts(s, score)
        expected = ["tp", "fn", "fp", "tn"]
        counts[expected] = counts[expected].round().astype("int64")
        counts["threshold"] = counts["threshold"].map(lambda v: f"{v:.4g}")
        counts.insert(0, "score", s.label(score))
        parts.append(counts)
    table = pd.concat(parts)
    return to_markdown(table)


def _section(s: ScoreSet, directory: Path, level: int) -> tuple[list[str], dict[str, Any]]:
    h = "#" * level
    lines = [f"{h} {s.title}", ""]
    lines += [f"- {note}" for note in s.notes] + ([""] if s.notes else [])
    metrics = s.metrics()
    lines += [f"{h}# Metrics", "", to_markdown(metrics), ""]
    record: dict[str, Any] = {"title": s.title, "model_version": s.model_version, "base_rate": s.base_rate,
                              "rows": int(len(s.y)), "scams": int(s.y.sum()), "notes": list(s.notes),
                              "metrics": {col: {k: _plain(v) for k, v in metrics[col].items()}
                                          for col in metrics.columns},
                              "thresholds": {k: {"review": t.review, "high": t.high}
                                             for k, t in s.thresholds.items()}, "plots": {}}
    if s.thresholds:
        bands = pd.DataFrame({"review": {s.label(k): t.review for k, t in s.thresholds.items()},
                              "high": {s.label(k): t.high for k, t in s.thresholds.items()}})
        bands.index.name = "score"
        lines += [f"{h}# Band thresholds", "", to_markdown(bands, digits=4), ""]
    for suffix, (heading, draw) in PLOTS.items():
        if suffix in _BANDED and not s.thresholds:
            continue
        name = f"{s.name}_{suffix}.png"
        save_figure(draw(s), directory / name)
        record["plots"][suffix] = name
        lines += [f"{h}# {heading}", "", f"![{heading}]({name})", ""]
        if suffix == "confusion":
            lines += [_confusion_table(s), ""]
            lines += ["Expected posts per 10,000 at the base rate (tp: scams flagged, fn: scams missed, fp: "
                      "legitimate posts flagged, tn: legitimate posts passed); `n_*`: labelled posts.", ""]
    return lines, record


def write_report(score_sets: ScoreSet | Sequence[ScoreSet], directory: str | os.PathLike[str], *,
                 title: str = "ct-screen evaluation report", intro: Sequence[str] = (),
                 sections: Mapping[str, str] | None = None) -> Path:
    """Write ``report.md``, ``metrics.json`` and the PNG plots into ``directory``.

    Parameters
    ----------
    score_sets : ScoreSet or sequence of ScoreSet
        What to report, one section each (their ``name`` prefixes the plot
        files, so names must differ).
    directory : path
        Report folder (created; files of the same names are replaced).
    title : str
        Top heading.
    intro : sequence of str
        Paragraphs after the heading.
    sections : mapping, optional
        Extra sections (heading -> Markdown text), appended in order.

    Returns
    -------
    pathlib.Path
        The ``report.md`` written.
    """
    sets = [score_sets] if isinstance(score_sets, ScoreSet) else list(score_sets)
    if not sets:
        raise ValueError("nothing to report: give at least one ScoreSet")
    names = [s.name for s in sets]
    if len(set(names)) != len(names):
        raise ValueError(f"score sets need distinct names, got {names}")
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    stamp = _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    versions = sorted({s.model_version for s in sets if s.model_version})
    lines = [f"# {title}", "", f"_ct-screen {__version__}; model {', '.join(versions) or 'none'}; {stamp}._", ""]
    for paragraph in intro:
        lines += [paragraph, ""]
    record: dict[str, Any] = {"package_version": __version__, "generated": stamp, "sections": {}}
    for s in sets:
        body, record["sections"][s.name] = _section(s, directory, 2)
        lines += body
    for heading, text in (sections or {}).items():
        lines += [f"## {heading}", "", text.rstrip(), ""]
    path = directory / REPORT_FILE
    path.write_text("\n".join(lines).rstrip() + "\n", encoding="utf-8")
    (directory / METRICS_FILE).write_text(json.dumps(record, indent=2, default=_plain) + "\n", encoding="utf-8")
    return path
