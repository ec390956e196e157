"""Choose the ``review`` and ``high`` band thresholds for a platform's base rate and reviewer capacity.

A trust-and-safety team knows two things the training data does not: how
common scams are on its platform (the base rate) and how many posts its
reviewers can look at ("we can review 2% of posts"). Given labelled posts and
their scores (ideally grouped out-of-fold scores, see
:func:`ct_screen.report.cv_scores`), this module

- tabulates, for every cut-off, the share of posts flagged, the expected
  precision and recall at the platform's base rate and the daily review load
  (:func:`operating_table`);
- picks ``review`` as the lowest cut-off whose flagged share fits the capacity,
  and ``high`` as the lowest cut-off whose precision reaches a target and stays
  there for every stricter cut-off (:func:`choose_thresholds`);
- writes the choice as a small YAML/JSON file and reads it back as the
  :class:`~ct_screen.fuse.Thresholds` that :class:`~ct_screen.Screener` takes
  (:func:`save_thresholds`, :func:`load_thresholds`).

Recall and the share of legitimate posts flagged do not depend on the base
rate; precision and the share of all posts flagged do. Each class is weighted
to the base rate (``sample_weight`` kept within the class), so the figures are
what the platform would see if its scams and legitimate posts looked like the
labelled ones.
"""

from __future__ import annotations

import json
import math
import os
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from .fuse import Thresholds

__all__ = ["InSampleWarning", "OPERATING_COLUMNS", "operating_table", "ThresholdChoice", "choose_thresholds", "capacity_table",
           "save_thresholds", "load_thresholds", "ThresholdFileError"]

OPERATING_COLUMNS = ("threshold", "flag_share", "recall", "legit_flagged", "precision", "n_flagged",
                     "n_scam_flagged", "daily_flagged", "daily_scams", "daily_false_alarms")
"""Columns of :func:`operating_table`."""


class InSampleWarning(UserWarning):
    """Thresholds are being chosen on a model's own training rows."""


def _bundle(model: Any) -> Any:
    if hasattr(model, "version") and hasattr(model, "thresholds"):
        return model
    from .screener import Screener

    bundle = Screener(model=model, rules=()).model
    if bundle is None:
        raise ValueError("model must name a model ('default', a folder or a loaded bundle), not None")
    return bundle


def _warn_in_sample(posts: Sequence[Any], bundle: Any) -> None:
    import warnings

    from .fingerprint import fingerprints

    known = set(((getattr(bundle, "info", {}) or {}).get("training_data") or {}).get("row_fingerprints") or ())
    overlap = sum(f in known for f in fingerprints(posts)) if known else 0
    if overlap:
        warnings.warn(f"{overlap} of the {len(posts)} posts are model {bundle.version}'s own training rows: "
                      "their scores are in-sample, so thresholds chosen on them will flag fewer posts than they "
                      "will on new ones; choose on held-out posts (or grouped out-of-fold scores)",
                      InSampleWarning, stacklevel=3)


class ThresholdFileError(ValueError):
    """A thresholds file is unreadable or does not hold valid thresholds."""


def _arrays(y: Any, score: Any, sample_weight: Any) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    y = np.asarray(y)
    score = np.asarray(score, dtype=np.float64)
    w = np.ones(len(y)) if sample_weight is None else np.asarray(sample_weight, dtype=np.float64)
    if y.ndim != 1 or not len(y) == len(score) == len(w):
        raise ValueError(f"y, score and sample_weight must be 1-d and of one length: {y.shape}, {score.shape}, {w.shape}")
    if not np.isin(y, (0, 1)).all():
        raise ValueError("labels must be 0 (legitimate) or 1 (scam)")
    if not (np.isfinite(score).all() and np.isfinite(w).all()) or (w < 0).any():
        raise ValueError("scores must be finite and weights finite and non-negative")
    y = y.astype(np.int64)
    if w[y == 1].sum() <= 0 or w[y == 0].sum() <= 0:
        raise ValueError("both scams and legitimate posts (with positive weight) are needed")
    return y, score, w


def _check_rate(name: str, value: float) -> float:
    value = float(value)
    if not 0.0 < value < 1.0:
        raise ValueError(f"{name} must be strictly between 0 and 1, got {value}")
    return value


def operating_table(y: Sequence[int], score: Sequence[float], sample_weight: Sequence[float] | None = None, *,
                    base_rate: float, daily_posts: float | None = None,
                    cutoffs: Sequence[float] | None = None) -> pd.DataFrame:
    """Expected precision, recall and review load for each cut-off ``score >= threshold``.

    Parameters
    ----------
    y : array-like of {0, 1}
        Labels (1 = scam).
    score : array-like of float
        Scores of the labelled posts (the fused score the bands are set on).
    sample_weight : array-like of float, optional
        Per-post weights within each class (e.g. EMSCAD's ``sample_weight``).
    base_rate : float
        The platform's share of scam posts.
    daily_posts : float, optional
        Posts per day on the platform; fills the ``daily_*`` columns (else NaN).
    cutoffs : sequence of float, optional
        Cut-offs to report (default: every distinct score).

    Returns
    -------
    pandas.DataFrame
        One row per cut-off (ascending) with :data:`OPERATING_COLUMNS`:
        ``flag_share`` (share of all posts at or above it, at the base rate),
        ``recall``, ``legit_flagged`` (share of legitimate posts flagged),
        ``precision`` (at the base rate; NaN when nothing is flagged),
        ``n_flagged`` / ``n_scam_flagged`` (labelled posts, unweighted), and
        per day: posts flagged, scams among them and false alarms.
    """
    y, score, w = _arrays(y, score, sample_weight)
    base_rate = _check_rate("base_rate", base_rate)
    cuts = np.unique(score) if cutoffs is None else np.sort(np.asarray(cutoffs, dtype=np.float64))
    pos, neg = y == 1, y == 0
    order_p, order_n = np.sort(score[pos]), np.sort(score[neg])
    wp = w[pos][np.argsort(score[pos], kind="stable")]
    wn = w[neg][np.argsort(score[neg], kind="stable")]
    # weight at or above each cut-off: total minus the weight strictly below it
    cum_p, cum_n = np.r_[0.0, np.cumsum(wp)], np.r_[0.0, np.cumsum(wn)]
    below_p, below_n = np.searchsorted(order_p, cuts, side="left"), np.searchsorted(order_n, cuts, side="left")
    recall = (cum_p[-1] - cum_p[below_p]) / cum_p[-1]
    legit = (cum_n[-1] - cum_n[below_n]) / cum_n[-1]
    flag = base_rate * recall + (1.0 - base_rate) * legit
    with np.errstate(invalid="ignore", divide="ignore"):
        precision = np.where(flag > 0, base_rate * recall / flag, np.nan)
    per_day = float(daily_posts) if daily_posts is not None else np.nan
    return pd.DataFrame({
        "threshold": cuts, "flag_share": flag, "recall": recall, "legit_flagged": legit, "precision": precision,
        "n_flagged": (len(order_p) - below_p) + (len(order_n) - below_n), "n_scam_flagged": len(order_p) - below_p,
        "daily_flagged": flag * per_day, "daily_scams": base_rate * recall * per_day,
        "daily_false_alarms": (1.0 - base_rate) * legit * per_day,
    }, columns=list(OPERATING_COLUMNS))


@dataclass(frozen=True)
class ThresholdChoice:
    """Chosen band thresholds with the figures expected at them.

    Attributes
    ----------
    thresholds : Thresholds
        The ``review`` and ``high`` cut-offs (``Screener(thresholds=...)``).
    base_rate, review_capacity, high_precision : float
        What they were chosen for.
    daily_posts : float or None
        Platform volume used for the daily figures.
    expected : dict
        ``{"review": {...}, "high": {...}}``: the :func:`operating_table` row at each cut-off.
    notes : tuple of str
        Plain-language caveats (e.g. the precision target could not be reached).
    model_version : str or None
        The model whose scores the thresholds apply to.
    """

    thresholds: Thresholds
    base_rate: float
    review_capacity: float
    high_precision: float
    daily_posts: float | None = None
    expected: dict[str, dict[str, float]] = field(default_factory=dict)
    notes: tuple[str, ...] = ()
    model_version: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Plain values, as written by :func:`save_thresholds`."""
        return {"review": self.thresholds.review, "high": self.thresholds.high, "model_version": self.model_version,
                "base_rate": self.base_rate, "review_capacity": self.review_capacity,
                "high_precision": self.high_precision, "daily_posts": self.daily_posts,
                "expected": self.expected, "notes": list(self.notes)}

    def summary(self) -> pd.DataFrame:
        """The expected figures at both cut-offs, one row per band."""
        return pd.DataFrame.from_dict(self.expected, orient="index")


def _row(table: pd.DataFrame, i: int) -> dict[str, float]:
    row = table.iloc[i]
    out = {}
    for column in OPERATING_COLUMNS:
        value = float(row[column])
        if column.startswith("n_"):
            out[column] = int(value)
        else:
            out[column] = None if math.isnan(value) else round(value, 6)
    return out


def choose_thresholds(y: Sequence[int], score: Sequence[float], sample_weight: Sequence[float] | None = None, *,
                      base_rate: float, review_capacity: float, high_precision: float = 0.9,
                      daily_posts: float | None = None, min_scams: int = 10,
                      model_version: str | None = None, posts: Sequence[Any] | None = None,
                      model: Any = None) -> ThresholdChoice:
    """Pick ``review`` for the reviewers' capacity and ``high`` for a precision target.

    Parameters
    ----------
    y, score, sample_weight
        Labelled posts and their scores, as in :func:`operating_table`.
    base_rate : float
        The platform's share of scam posts.
    review_capacity : float
        Share of all posts the reviewers can look at (0.02 = "2% of posts").
        Every post at or above ``review`` (the review and high bands) counts.
    high_precision : float
        Precision at the base rate the ``high`` band must reach, at its cut-off
        and every stricter one.
    daily_posts : float, optional
        Posts per day, for the daily review load.
    min_scams : int
        Stricter cut-offs flagging fewer labelled scams than this are too noisy
        to hold ``high`` to the target; they are ignored.
    model_version : str, optional
        Recorded with the choice so the file is not used with another model.
    posts : sequence of posts, optional
        The labelled posts themselves (strings or field mappings), to check them
        against ``model``'s training rows.
    model : "default", path or loaded bundle, optional
        The model the scores came from: its version is recorded (unless
        ``model_version`` is given), and posts that are its own training rows
        (by content) get an :class:`InSampleWarning`: thresholds chosen on
        in-sample scores flag fewer posts than they will on new ones.

    Warns
    -----
    InSampleWarning
        When ``posts`` include ``model``'s training rows.

    Returns
    -------
    ThresholdChoice
        ``review``: the lowest cut-off whose flagged share is within capacity.
        ``high``: the lowest cut-off, not below ``review``, whose precision holds
        the target; 1.0 (an empty band) if no cut-off does, with a note.
    """
    capacity = _check_rate("review_capacity", review_capacity)
    target = _check_rate("high_precision", high_precision)
    if model is not None:
        bundle = _bundle(model)
        model_version = model_version or bundle.version
        if posts is not None:
            _warn_in_sample(posts, bundle)
    table = operating_table(y, score, sample_weight, base_rate=base_rate, daily_posts=daily_posts)
    notes = []
    fits = np.flatnonzero(table["flag_share"].to_numpy() <= capacity + 1e-12)
    if len(fits):
        review = float(table["threshold"].iloc[int(fits[0])])
    else:  # even the top score flags more than the capacity (ties): flag nothing
        review = 1.0
        notes.append(f"no cut-off flags {capacity:.2%} of posts or fewer; the review band is left empty")
    precision = table["precision"].to_numpy()
    counted = table["n_scam_flagged"].to_numpy() >= min_scams
    bad = counted & ~(precision >= target)
    last_bad = int(np.flatnonzero(bad).max()) if bad.any() else -1
    good = np.flatnonzero(counted & ~bad)
    good = good[good > last_bad]
    if len(good):
        high = float(table["threshold"].iloc[int(good.min())])
    else:
        high = 1.0
        notes.append(f"no cut-off reaches {target:.0%} precision at a base rate of {base_rate:.2%} with at least "
                     f"{min_scams} labelled scams flagged; the high band is left empty")
    if high < review:
        if len(fits):
            notes.append("the precision target is met below the review cut-off; high is set to review")
        high = review
    if high == review < 1.0:
        notes.append("review and high coincide: the capacity is used up by posts that already reach the high "
                     "band's precision, so the review band is empty; a larger capacity opens it")
    at = operating_table(y, score, sample_weight, base_rate=base_rate, daily_posts=daily_posts,
                         cutoffs=[review, high])
    expected = {"review": _row(at, 0), "high": _row(at, 1)}
    return ThresholdChoice(thresholds=Thresholds(review=review, high=high),
                           base_rate=float(base_rate), review_capacity=capacity, high_precision=target,
                           daily_posts=None if daily_posts is None else float(daily_posts), expected=expected,
                           notes=tuple(notes), model_version=model_version)


def capacity_table(y: Sequence[int], score: Sequence[float], sample_weight: Sequence[float] | None = None, *,
                   base_rate: float, capacities: Sequence[float], high_precision: float = 0.9,
                   daily_posts: float | None = None, min_scams: int = 10) -> pd.DataFrame:
    """:func:`choose_thresholds` for several reviewer capacities, one row each ("what if we review 1%, 2%, 5%?").

    Returns
    -------
    pandas.DataFrame
        Indexed by ``capacity``: the ``review`` cut-off and the share of posts,
        recall, precision and daily load it gives, and the ``high`` cut-off with
        its recall and precision.
    """
    rows = {}
    for capacity in capacities:
        choice = choose_thresholds(y, score, sample_weight, base_rate=base_rate, review_capacity=capacity,
                                   high_precision=high_precision, daily_posts=daily_posts, min_scams=min_scams)
        review, high = choice.expected["review"], choice.expected["high"]
        rows[float(capacity)] = {"review": choice.thresholds.review, "flag_share": review["flag_share"],
                                 "recall_at_review": review["recall"], "precision_at_review": review["precision"],
                                 "daily_flagged": review["daily_flagged"], "daily_scams": review["daily_scams"],
                                 "high": choice.thresholds.high, "recall_at_high": high["recall"],
                                 "precision_at_high": high["precision"]}
    table = pd.DataFrame.from_dict(rows, orient="index")
    table.index.name = "capacity"
    return table


def _is_yaml(path: Path) -> bool:
    return path.suffix.lower() in (".yaml", ".yml")


def save_thresholds(choice: ThresholdChoice | Thresholds, path: str | os.PathLike[str], *,
                    model_version: str | None = None) -> Path:
    """Write thresholds as YAML (``.yaml``/``.yml``) or JSON (any other suffix), atomically.

    Parameters
    ----------
    choice : ThresholdChoice or Thresholds
        What to write (a :class:`ThresholdChoice` keeps its expected figures and notes).
    path : path
        Target file; its folder is created.
    model_version : str, optional
        The model the thresholds belong to (overrides the choice's). When
        neither gives one, the bundled default model's version is written: a
        file is always tied to a model, and applying it to another is refused.

    Returns
    -------
    pathlib.Path
    """
    if isinstance(choice, ThresholdChoice):
        data = choice.to_dict()
    elif isinstance(choice, Thresholds):
        data = {"review": choice.review, "high": choice.high, "model_version": None}
    else:
        raise TypeError(f"expected ThresholdChoice or Thresholds, not {type(choice).__name__}")
    if model_version is not None:
        data["model_version"] = model_version
    if not data.get("model_version"):  # by default, the bundled model's: the file is then checked against it
        from .model.bundle import load_default_model

        data["model_version"] = load_default_model().version
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if _is_yaml(path):
        import yaml

        text = "# ct-screen band thresholds: Screener(thresholds=load_thresholds(path))\n"
        text += yaml.safe_dump(data, sort_keys=False)
    else:
        text = json.dumps(data, indent=2) + "\n"
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def _number(data: Mapping[str, Any], key: str, path: Path) -> float:
    value = data.get(key)
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ThresholdFileError(f"{path}: {key!r} must be a number between 0 and 1, got {value!r}")
    return float(value)


def load_thresholds(path: str | os.PathLike[str], *, model_version: str | None = None) -> Thresholds:
    """Read a thresholds file written by :func:`save_thresholds` (or by hand).

    The file is YAML or JSON with at least ``review`` and ``high``
    (``0 <= review <= high <= 1``); ``model_version``, if present, names the
    model whose scores they were chosen on.

    Parameters
    ----------
    path : path
        The file.
    model_version : str, optional
        The model the thresholds will be used with; a file chosen for another
        model is refused (its scores are on another scale).

    Returns
    -------
    Thresholds
        For ``Screener(thresholds=...)``.

    Raises
    ------
    FileNotFoundError
        If there is no such file.
    ThresholdFileError
        If the file cannot be parsed, lacks ``review``/``high``, holds values out
        of range, or was chosen for another model.
    """
    path = Path(path)
    text = path.read_text(encoding="utf-8")
    try:
        if _is_yaml(path):
            import yaml

            data = yaml.safe_load(text)
        else:
            data = json.loads(text)
    except Exception as exc:  # yaml.YAMLError, json.JSONDecodeError
        raise ThresholdFileError(f"{path}: not valid {'YAML' if _is_yaml(path) else 'JSON'} ({exc})") from exc
    if not isinstance(data, Mapping):
        raise ThresholdFileError(f"{path}: expected a mapping with 'review' and 'high'")
    review, high = _number(data, "review", path), _number(data, "high", path)
    recorded = data.get("model_version")
    if model_version is not None and recorded and recorded != model_version:
        raise ThresholdFileError(f"{path}: thresholds were chosen for model {recorded}, not {model_version}; "
                                 "choose them again on this model's scores")
    try:
        return Thresholds(review=review, high=high)
    except ValueError as exc:
        raise ThresholdFileError(f"{path}: {exc}") from exc
