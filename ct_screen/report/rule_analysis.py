"""How each rule and category behaves on labelled posts, in the spirit of snorkel's ``LFAnalysis``.

A moderation lead prunes broad, noisy rules by reading one table: how often a
rule fires (coverage), whether other categories fire with it (overlaps), how
often it fires on legitimate posts (conflicts with the label), how precise it
is and how much it lifts the scam rate above the base rate. This module builds
that table from any labelled posts (EMSCAD rows, a platform's own moderated
posts) and measures per-category precision and recall on our hand-labelled
corpus (``tests/corpus``).

Every figure is computed from the hits of a :class:`~ct_screen.screener.Screener`
(rules-only by default), so contact-condition rules are measured exactly as
:func:`ct_screen.screen` applies them.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ..rules import Rule
from ..screener import Screener

__all__ = [
    "SUMMARY_COLUMNS", "PR_COLUMNS", "FireMatrix", "fire_matrix", "rule_summary", "category_summary",
    "corpus_precision_recall", "read_labelled", "to_markdown", "CorpusPost", "read_corpus", "label_array",
    "weight_array",
]

SUMMARY_COLUMNS = ("category", "n_fired", "coverage", "overlaps", "conflicts", "n_conflicts", "precision", "lift",
                   "fired_legit", "fired_scam")
"""Columns of :func:`rule_summary` (``category_summary`` has ``n_rules`` in place of ``category``)."""
PR_COLUMNS = ("support", "n_fired", "tp", "fp", "fn", "precision", "recall", "f1")
"""Columns of :func:`corpus_precision_recall`."""


@dataclass(frozen=True)
class FireMatrix:
    """Which rules and which categories fired on each post.

    Attributes
    ----------
    rules : pandas.DataFrame
        Boolean, one row per post (in input order), one column per rule id.
    categories : pandas.DataFrame
        Boolean, one row per post, one column per category of the analysed rules.
    rule_category : pandas.Series
        The category of each rule id.
    """

    rules: pd.DataFrame
    categories: pd.DataFrame
    rule_category: pd.Series


def _screener_and_rules(rules: Iterable[Rule] | None, screener: Screener | None) -> tuple[Screener, tuple[Rule, ...]]:
    if screener is None:
        screener = Screener(model=None) if rules is None else Screener(model=None, rules=tuple(rules))
        return screener, screener.rules
    if rules is None:
        return screener, screener.rules
    chosen = tuple(rules)
    known = {r.id for r in screener.rules}
    missing = sorted(r.id for r in chosen if r.id not in known)
    if missing:
        raise ValueError(f"rules {missing} are not run by the given screener; pass them to Screener(...) first")
    return screener, chosen


def fire_matrix(texts: Iterable[str | Mapping[str, Any]], rules: Iterable[Rule] | None = None,
                screener: Screener | None = None) -> FireMatrix:
    """Screen ``texts`` and record which rules and categories fired on each.

    Parameters
    ----------
    texts : iterable of str or mapping
        Posts, as :func:`ct_screen.screen` accepts them.
    rules : iterable of Rule, optional
        Rules to analyse. Without ``screener`` they are run alone (rules only);
        with ``screener`` they must be among the screener's rules.
    screener : Screener, optional
        The screener whose hits are read (default: built-in rules, no model).

    Returns
    -------
    FireMatrix
    """
    screener, chosen = _screener_and_rules(rules, screener)
    ids = [r.id for r in chosen]
    rule_category = pd.Series({r.id: r.category for r in chosen}, dtype=object, name="category")
    categories = list(dict.fromkeys(r.category for r in chosen))
    wanted = set(ids)
    rows_r, rows_c = [], []
    for result in screener.iter_screen(texts):
        fired = {h.rule_id for h in result.hits if h.rule_id in wanted}
        rows_r.append([i in fired for i in ids])
        cats = {rule_category[i] for i in fired}
        rows_c.append([c in cats for c in categories])
    rule_frame = pd.DataFrame(rows_r, columns=ids, dtype=bool).reindex(columns=ids, fill_value=False)
    cat_frame = pd.DataFrame(rows_c, columns=categories, dtype=bool).reindex(columns=categories, fill_value=False)
    return FireMatrix(rules=rule_frame, categories=cat_frame, rule_category=rule_category)


def label_array(labels: Sequence[Any] | np.ndarray | pd.Series, n: int) -> np.ndarray:
    """``labels`` checked to be one 0/1 value per post (``n`` posts), as an ``int8`` array."""
    y = np.asarray(labels)
    if y.ndim != 1 or len(y) != n:
        raise ValueError(f"labels must be one value per post: got {y.shape} for {n} posts")
    if y.dtype == bool:
        return y.astype(np.int8)
    try:
        as_float = y.astype(float)
    except (TypeError, ValueError) as exc:
        raise ValueError("labels must be 0 (legitimate) or 1 (scam)") from exc
    if not np.isin(as_float, (0.0, 1.0)).all():
        raise ValueError("labels must be 0 (legitimate) or 1 (scam)")
    return as_float.astype(np.int8)


def weight_array(sample_weight: Sequence[float] | np.ndarray | pd.Series | None, n: int) -> np.ndarray:
    """``sample_weight`` checked (finite, non-negative, not all zero), or ones when ``None``."""
    if sample_weight is None:
        return np.ones(n, dtype=float)
    w = np.asarray(sample_weight, dtype=float)
    if w.ndim != 1 or len(w) != n:
        raise ValueError(f"sample_weight must be one value per post: got {w.shape} for {n} posts")
    if not np.isfinite(w).all() or (w < 0).any():
        raise ValueError("sample_weight must be finite and non-negative")
    if n and w.sum() <= 0:
        raise ValueError("sample_weight sums to zero")
    return w


def _share(num: float, den: float) -> float:
    return float(num / den) if den > 0 else float("nan")


def _summarise(fired: pd.DataFrame, own_category: Mapping[str, str], categories: pd.DataFrame,
               y: np.ndarray, w: np.ndarray) -> pd.DataFrame:
    """The summary table for the columns of ``fired`` (rules or categories)."""
    total, scam, legit = w.sum(), w[y == 1].sum(), w[y == 0].sum()
    base_rate = _share(scam, total)
    cat_values = categories.to_numpy(dtype=bool)
    cat_index = {c: i for i, c in enumerate(categories.columns)}
    rows = []
    for unit in fired.columns:
        f = fired[unit].to_numpy(dtype=bool)
        others = np.delete(cat_values, cat_index[own_category[unit]], axis=1).any(axis=1) if cat_values.size \
            else np.zeros(len(f), dtype=bool)
        covered = w[f].sum()
        precision = _share(w[f & (y == 1)].sum(), covered)
        rows.append({
            "n_fired": int(f.sum()),
            "coverage": _share(covered, total),
            "overlaps": _share(w[f & others].sum(), covered),
            "conflicts": _share(w[f & (y == 0)].sum(), total),
            "n_conflicts": int((f & (y == 0)).sum()),
            "precision": precision,
            "lift": precision / base_rate if base_rate and not np.isnan(precision) else float("nan"),
            "fired_legit": _share(w[f & (y == 0)].sum(), legit),
            "fired_scam": _share(w[f & (y == 1)].sum(), scam),
        })
    return pd.DataFrame(rows, index=pd.Index(list(fired.columns), dtype=object))


def rule_summary(texts: Iterable[str | Mapping[str, Any]], labels: Sequence[Any] | np.ndarray | pd.Series,
                 rules: Iterable[Rule] | None = None, sample_weight: Sequence[float] | np.ndarray | None = None,
                 screener: Screener | None = None) -> pd.DataFrame:
    """One row per rule: coverage, overlaps, conflicts, empirical precision and lift on labelled posts.

    Parameters
    ----------
    texts : iterable of str or mapping
        Posts, as :func:`ct_screen.screen` accepts them.
    labels : array-like of {0, 1}
        1 for a scam/trafficking post, 0 for a legitimate one, one per post.
    rules : iterable of Rule, optional
        Rules to report (default: all rules of the screener, i.e. the built-in ones).
    sample_weight : array-like of float, optional
        Per-post weights (e.g. EMSCAD's ``sample_weight``); every share below is weighted.
    screener : Screener, optional
        Screener whose hits are analysed (default: built-in rules, no model).

    Returns
    -------
    pandas.DataFrame
        Indexed by rule id, with the columns of :data:`SUMMARY_COLUMNS`. With
        ``W`` the total weight and ``F`` the posts a rule fires on:

        - ``n_fired``: number of posts in ``F`` (unweighted);
        - ``coverage``: ``w(F) / W``;
        - ``overlaps``: share of ``F`` (by weight) where a rule of another category also fires;
        - ``conflicts``: ``w(F and label 0) / W``, the rule disagreeing with the label
          (``n_conflicts`` counts those posts);
        - ``precision``: ``w(F and label 1) / w(F)``; ``lift``: precision over the base rate
          ``w(label 1) / W`` (above 1: the rule enriches for scams);
        - ``fired_legit`` / ``fired_scam``: share of label-0 / label-1 posts the rule flags.

        Shares over an empty set are NaN (e.g. the precision of a rule that never fires).
    """
    posts = list(texts)
    y, w = label_array(labels, len(posts)), weight_array(sample_weight, len(posts))
    matrix = fire_matrix(posts, rules=rules, screener=screener)
    table = _summarise(matrix.rules, matrix.rule_category.to_dict(), matrix.categories, y, w)
    table.insert(0, "category", matrix.rule_category.reindex(table.index).to_numpy())
    table.index.name = "rule_id"
    return table.loc[:, list(SUMMARY_COLUMNS)]


def category_summary(texts: Iterable[str | Mapping[str, Any]], labels: Sequence[Any] | np.ndarray | pd.Series,
                     rules: Iterable[Rule] | None = None, sample_weight: Sequence[float] | np.ndarray | None = None,
                     screener: Screener | None = None) -> pd.DataFrame:
    """The :func:`rule_summary` table per category (a category fires when any of its rules does).

    Returns
    -------
    pandas.DataFrame
        Indexed by category: ``n_rules`` (rules analysed in the category) and the
        figures of :func:`rule_summary`, with "another category" meaning any
        category other than the row's.
    """
    posts = list(texts)
    y, w = label_array(labels, len(posts)), weight_array(sample_weight, len(posts))
    matrix = fire_matrix(posts, rules=rules, screener=screener)
    own = {c: c for c in matrix.categories.columns}
    table = _summarise(matrix.categories, own, matrix.categories, y, w)
    table.insert(0, "n_rules", [int((matrix.rule_category == c).sum()) for c in table.index])
    table.index.name = "category"
    return table.loc[:, ["n_rules", *SUMMARY_COLUMNS[1:]]]


def _post_fields(post: Any) -> tuple[Any, frozenset[str]]:
    if isinstance(post, Mapping):
        text, expected = post.get("text"), post.get("expected")
    else:
        text, expected = getattr(post, "text", None), getattr(post, "expected", None)
    if text is None or expected is None:
        raise TypeError("each labelled post needs a 'text' and an 'expected' collection of categories")
    if isinstance(expected, str):
        raise TypeError("'expected' must be a collection of category names, not a single string")
    return text, frozenset(expected)


@dataclass(frozen=True)
class CorpusPost:
    """One hand-labelled post of a corpus folder (``<category>.yaml`` files, see :func:`read_corpus`)."""

    id: str
    file_category: str
    label: int
    also: tuple[str, ...]
    text: str

    @property
    def expected(self) -> frozenset[str]:
        """Every category this post should fire: its file's category if positive, and ``also``."""
        return frozenset(((self.file_category,) if self.label else ()) + self.also)


def read_corpus(directory: str | os.PathLike[str]) -> list[CorpusPost]:
    """Read a labelled corpus folder such as the repository's ``tests/corpus``.

    Each ``<category>.yaml`` holds ``category`` and ``posts``: a list of ``{id, label, text, also}``
    (``also``: the other categories the post shows).
    """
    import yaml

    posts = []
    for path in sorted(Path(directory).glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for entry in data["posts"]:
            posts.append(CorpusPost(id=str(entry["id"]), file_category=str(data["category"]),
                                    label=int(entry["label"]), also=tuple(entry.get("also") or ()),
                                    text=str(entry["text"])))
    return posts


def corpus_precision_recall(posts: Iterable[Any], screener: Screener | None = None,
                            categories: Iterable[str] | None = None) -> pd.DataFrame:
    """Per-category precision, recall and F1 on hand-labelled posts.

    Parameters
    ----------
    posts : iterable
        Labelled posts: objects (or mappings) with ``text`` and ``expected``, the
        set of categories that should fire on the post (e.g. the ``LabelledPost``
        objects of ``tests/rules/corpus.py``). A category that fires but is not
        expected is a false positive; one expected but not fired, a false negative.
    screener : Screener, optional
        Screener to measure (default: built-in rules, no model).
    categories : iterable of str, optional
        Rows to report (default: every category of the screener's rules or of
        the labels, sorted).

    Returns
    -------
    pandas.DataFrame
        Indexed by category with :data:`PR_COLUMNS`: ``support`` (posts expecting
        the category), ``n_fired``, ``tp``, ``fp``, ``fn``, ``precision``
        (``tp / n_fired``), ``recall`` (``tp / support``) and ``f1``; NaN where
        undefined (no post fired / none expected).
    """
    pairs = [_post_fields(p) for p in posts]
    screener = screener if screener is not None else Screener(model=None)
    fired = [frozenset(r.categories) for r in screener.iter_screen([t for t, _ in pairs])]
    expected = [e for _, e in pairs]
    if categories is None:
        names = sorted({r.category for r in screener.rules}.union(*expected) if expected
                       else {r.category for r in screener.rules})
    else:
        names = list(dict.fromkeys(categories))
    rows = []
    for c in names:
        tp = sum(c in f and c in e for f, e in zip(fired, expected, strict=True))
        fp = sum(c in f and c not in e for f, e in zip(fired, expected, strict=True))
        fn = sum(c not in f and c in e for f, e in zip(fired, expected, strict=True))
        precision, recall = _share(tp, tp + fp), _share(tp, tp + fn)
        if np.isnan(precision) or np.isnan(recall):
            f1 = float("nan")
        else:
            f1 = _share(2 * precision * recall, precision + recall) if precision + recall else 0.0
        rows.append({"support": tp + fn, "n_fired": tp + fp, "tp": tp, "fp": fp, "fn": fn,
                     "precision": precision, "recall": recall, "f1": f1})
    table = pd.DataFrame(rows, index=pd.Index(names, dtype=object, name="category"), columns=list(PR_COLUMNS))
    return table


def read_labelled(path: str | os.PathLike[str], *, label_column: str = "fraudulent",
                  weight_column: str | None = "sample_weight") -> tuple[list[dict[str, Any]], np.ndarray,
                                                                          np.ndarray | None]:
    """Read labelled posts from CSV/TSV (optionally gzipped), JSON Lines or Parquet.

    Parameters
    ----------
    path : path
        ``.csv``, ``.csv.gz``, ``.tsv``, ``.jsonl``, ``.ndjson`` or ``.parquet``.
        Every string column not in :data:`ct_screen.fields.METADATA_FIELDS` is
        post text (as :func:`ct_screen.fields.join_fields` reads a mapping).
    label_column : str
        Column of 0/1 labels.
    weight_column : str or None
        Column of sample weights, used when present (``None``: no weights).

    Returns
    -------
    posts, labels, weights
        Posts as dicts of fields, labels as an int array, weights or ``None``.
    """
    path = Path(path)
    name = path.name.lower()
    if name.endswith((".parquet", ".pq")):
        frame = pd.read_parquet(path)
    elif name.endswith((".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")):
        frame = pd.read_json(path, lines=True, dtype=False)
    elif name.endswith((".tsv", ".tsv.gz", ".tab")):
        frame = pd.read_csv(path, sep="\t", keep_default_na=False, dtype=str)
    elif name.endswith((".csv", ".csv.gz", ".txt")):
        frame = pd.read_csv(path, keep_default_na=False, dtype=str)
    else:
        raise ValueError(f"{path}: unknown file type; use .csv, .csv.gz, .tsv, .jsonl or .parquet")
    if label_column not in frame.columns:
        raise ValueError(f"{path}: no label column {label_column!r}; columns are {list(frame.columns)}")
    labels = label_array(pd.to_numeric(frame[label_column], errors="coerce").to_numpy(), len(frame))
    weights = None
    if weight_column is not None and weight_column in frame.columns:
        weights = weight_array(pd.to_numeric(frame[weight_column], errors="coerce").to_numpy(), len(frame))
    text_columns = [c for c in frame.columns if c not in (label_column, weight_column)]
    posts = [{c: ("" if v is None or (isinstance(v, float) and np.isnan(v)) else v) for c, v in row.items()}
             for row in frame[text_columns].to_dict("records")]
    return posts, labels, weights


def to_markdown(table: pd.DataFrame, digits: int = 3) -> str:
    """A summary table as a Markdown table (floats rounded to ``digits``; NaN shown as '-')."""
    def cell(value: Any) -> str:
        if isinstance(value, float | np.floating):
            return "-" if np.isnan(value) else f"{value:.{digits}f}"
        return str(value).replace("|", r"\|")

    head = [table.index.name or "", *map(str, table.columns)]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for key, *values in table.itertuples(name=None):  # per column, so integer columns stay integers
        lines.append("| " + " | ".join([cell(key), *(cell(v) for v in values)]) + " |")
    return "\n".join(lines)
