"""What labelled EMSCAD-style data looks like: the tables and plots of ``notebooks/01_explore.ipynb``.

Class balance, text lengths, missing fields, near-duplicate templates (and why
a random split leaks them) and the n-grams that separate the classes. Every
function takes the frame :func:`ct_screen.datasets.load_emscad` returns; shares
are given both per post and weighted by ``sample_weight`` where the weights
matter (EMSCAD's partial copy over-represents fully filled-in legitimate posts).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from ..fields import join_fields
from .scores import labelled_arrays

if TYPE_CHECKING:
    from matplotlib.figure import Figure

__all__ = ["joined_texts", "class_balance", "text_lengths", "length_figure", "missing_fields", "template_groups",
           "largest_groups", "group_size_figure", "split_leakage", "top_ngrams"]

_CLASSES = {0: "legitimate", 1: "scam"}


def joined_texts(df: pd.DataFrame) -> list[str]:
    """Each row's text as the classifier reads it (:func:`ct_screen.fields.join_fields`)."""
    return [join_fields(row).text for row in df.to_dict("records")]


def class_balance(df: pd.DataFrame, *, base_rate: float | None = 0.0484) -> pd.DataFrame:
    """Posts per class, their share, their weighted share and (optionally) the platform's share.

    Parameters
    ----------
    base_rate : float or None
        The real-world scam share to show beside the file's (EMSCAD's full set: 4.84%).
    """
    y, w = labelled_arrays(df)
    table = pd.DataFrame({"posts": [int((y == c).sum()) for c in (0, 1)],
                          "share": [float((y == c).mean()) for c in (0, 1)],
                          "weighted_share": [float(w[y == c].sum() / w.sum()) for c in (0, 1)]},
                         index=pd.Index([_CLASSES[0], _CLASSES[1]], name="class"))
    if base_rate is not None:
        table["platform_share"] = [1 - base_rate, base_rate]
    return table


def text_lengths(df: pd.DataFrame, texts: Sequence[str] | None = None) -> pd.DataFrame:
    """Per class: quantiles of the joined text's length in characters and words."""
    y, _ = labelled_arrays(df)
    texts = joined_texts(df) if texts is None else texts
    chars = np.array([len(t) for t in texts])
    words = np.array([len(t.split()) for t in texts])
    rows = {}
    for c, name in _CLASSES.items():
        mask = y == c
        rows[name] = {"posts": int(mask.sum()), **{f"chars_p{q}": float(np.percentile(chars[mask], q))
                                                    for q in (10, 50, 90)},
                      **{f"words_p{q}": float(np.percentile(words[mask], q)) for q in (10, 50, 90)},
                      "under_500_chars": float((chars[mask] < 500).mean())}
    frame = pd.DataFrame.from_dict(rows, orient="index")
    frame.index.name = "class"
    return frame


def length_figure(df: pd.DataFrame, texts: Sequence[str] | None = None) -> Figure:
    """Histogram of joined-text length (characters, log scale) per class."""
    from .plots import COLOURS, _figure

    y, _ = labelled_arrays(df)
    texts = joined_texts(df) if texts is None else texts
    chars = np.maximum(np.array([len(t) for t in texts]), 1)
    figure = _figure(6.8, 4.0)
    ax = figure.subplots()
    bins = np.logspace(np.log10(chars.min()), np.log10(chars.max() + 1), 40)
    for c, colour in ((0, COLOURS["classifier"]), (1, COLOURS["fused"])):
        ax.hist(chars[y == c], bins=bins, density=True, alpha=0.55, color=colour, label=_CLASSES[c])
    ax.set_xscale("log")
    ax.set_xlabel("characters in the joined post")
    ax.set_ylabel("density")
    ax.set_title("Post length by class", fontsize=11)
    ax.legend(fontsize=8)
    return figure


def missing_fields(df: pd.DataFrame, columns: Sequence[str] | None = None) -> pd.DataFrame:
    """Share of posts with each text field empty, per class, per post and weighted.

    Returns
    -------
    pandas.DataFrame
        Indexed by field: ``empty_legitimate``, ``empty_scam`` (per post),
        ``weighted_empty_legitimate``, ``weighted_empty_scam`` and
        ``weighted_gap`` (scam minus legitimate, weighted), sorted by the gap.
    """
    from ..datasets import TEXT_COLUMNS

    y, w = labelled_arrays(df)
    columns = [c for c in (columns or TEXT_COLUMNS) if c in df.columns]
    rows = {}
    for column in columns:
        empty = df[column].fillna("").astype(str).str.strip().eq("").to_numpy()
        row: dict[str, float] = {}
        for c, name in _CLASSES.items():
            mask = y == c
            row[f"empty_{name}"] = float(empty[mask].mean())
            row[f"weighted_empty_{name}"] = float(w[mask & empty].sum() / w[mask].sum())
        row["weighted_gap"] = row["weighted_empty_scam"] - row["weighted_empty_legitimate"]
        rows[column] = row
    frame = pd.DataFrame.from_dict(rows, orient="index")
    frame.index.name = "field"
    return frame.sort_values("weighted_gap", ascending=False, kind="stable")


def _group_frame(df: pd.DataFrame, groups: Any) -> pd.DataFrame:
    y, _ = labelled_arrays(df)
    labels = np.asarray(getattr(groups, "labels", groups))
    if len(labels) != len(y):
        raise ValueError(f"{len(labels)} group labels for {len(y)} posts")
    sizes = np.bincount(labels)
    return pd.DataFrame({"group": labels, "y": y, "size": sizes[labels]})


def template_groups(df: pd.DataFrame, groups: Any) -> pd.DataFrame:
    """Per class: how many posts share a near-duplicate group (a template or campaign) with others.

    Parameters
    ----------
    groups : PostGroups or array of group labels
        :func:`ct_screen.datasets.group_posts` of ``df``.
    """
    frame = _group_frame(df, groups)
    rows = {}
    for c, name in _CLASSES.items():
        part = frame[frame["y"] == c]
        rows[name] = {"posts": len(part), "groups": int(part["group"].nunique()),
                      "in_groups_of_2_plus": float((part["size"] > 1).mean()),
                      "in_groups_of_10_plus": float((part["size"] >= 10).mean()),
                      "largest_group": int(part["size"].max()) if len(part) else 0}
    table = pd.DataFrame.from_dict(rows, orient="index")
    table.index.name = "class"
    return table


def largest_groups(df: pd.DataFrame, groups: Any, n: int = 10) -> pd.DataFrame:
    """The ``n`` largest near-duplicate groups: size and label mix (no text)."""
    frame = _group_frame(df, groups)
    table = frame.groupby("group").agg(size=("y", "size"), scams=("y", "sum"))
    table["legitimate"] = table["size"] - table["scams"]
    return table.sort_values(["size", "scams"], ascending=False, kind="stable").head(n)


def group_size_figure(df: pd.DataFrame, groups: Any) -> Figure:
    """Share of each class's posts by the size of the near-duplicate group they belong to."""
    from .plots import COLOURS, _figure

    frame = _group_frame(df, groups)
    edges = [(1, 1, "1"), (2, 4, "2-4"), (5, 9, "5-9"), (10, 24, "10-24"), (25, 10**9, "25+")]
    figure = _figure(6.8, 4.0)
    ax = figure.subplots()
    x = np.arange(len(edges))
    for k, (c, colour) in enumerate(((0, COLOURS["classifier"]), (1, COLOURS["fused"]))):
        part = frame.loc[frame["y"] == c, "size"]
        shares = [float(((part >= lo) & (part <= hi)).mean()) if len(part) else 0.0 for lo, hi, _ in edges]
        ax.bar(x + (k - 0.5) * 0.4, shares, width=0.4, color=colour, label=_CLASSES[c])
    ax.set_xticks(x, [label for _, _, label in edges])
    ax.set_xlabel("size of the post's near-duplicate group")
    ax.set_ylabel("share of the class's posts")
    ax.set_title("Templates: posts that have near-duplicates", fontsize=11)
    ax.legend(fontsize=8)
    return figure


def split_leakage(df: pd.DataFrame, groups: Any, *, n_splits: int = 5, seed: int = 0,
                  texts: Sequence[str] | None = None) -> pd.DataFrame:
    """The bare baseline measured on a random split and on a grouped split of the same posts.

    A random split puts copies of one campaign on both sides, so the model is
    graded on posts it has nearly seen; the grouped split keeps each
    near-duplicate group on one side.

    Returns
    -------
    pandas.DataFrame
        Indexed by split (``random``, ``grouped``): weighted ``roc_auc`` and
        ``average_precision`` of the baseline's out-of-fold scores, and
        ``test_with_twin_in_train``, the share of posts scored while a post of
        their group was in the training part.
    """
    from sklearn.model_selection import StratifiedKFold

    from ..evaluation import average_precision, grouped_folds, roc_auc
    from ..training.baseline import baseline_oof

    y, w = labelled_arrays(df)
    labels = np.asarray(getattr(groups, "labels", groups))
    texts = joined_texts(df) if texts is None else list(texts)
    random = [(tr, te) for tr, te in StratifiedKFold(n_splits=n_splits, shuffle=True, random_state=seed)
              .split(np.zeros(len(y)), y)]
    rows = {}
    for name, folds in (("random", random), ("grouped", grouped_folds(y, labels, n_splits=n_splits, seed=seed))):
        scores = baseline_oof(texts, y, w, folds)
        twins = sum(int(np.isin(labels[te], labels[tr]).sum()) for tr, te in folds)
        rows[name] = {"roc_auc": roc_auc(y, scores, w), "average_precision": average_precision(y, scores, w),
                      "test_with_twin_in_train": twins / len(y)}
    table = pd.DataFrame.from_dict(rows, orient="index")
    table.index.name = "split"
    return table


def top_ngrams(df: pd.DataFrame, n: int = 15, *, groups: Any = None, ngram_range: tuple[int, int] = (1, 2),
               min_df: int = 5, texts: Sequence[str] | None = None) -> pd.DataFrame:
    """The word n-grams most over-represented in each class (document frequency, smoothed log-ratio).

    Words are runs of two or more letters (masked contacts and numbers are
    left out); English stop words are dropped. Without ``groups`` each post
    counts with its ``sample_weight``, and one campaign's boilerplate (its
    company profile, say) tops the list; with ``groups`` each near-duplicate
    group counts once per class, which shows the words shared *across*
    campaigns.

    Parameters
    ----------
    groups : PostGroups or array of group labels, optional
        :func:`ct_screen.datasets.group_posts` of ``df``.

    Returns
    -------
    pandas.DataFrame
        ``class``, ``term``, ``share_in_class`` and ``share_in_other`` (share of
        posts, or of groups, containing the term) and ``log_ratio`` (natural log
        of the smoothed ratio), ``n`` rows per class, strongest first.
    """
    import scipy.sparse as sp
    from sklearn.feature_extraction.text import CountVectorizer

    y, w = labelled_arrays(df)
    texts = joined_texts(df) if texts is None else list(texts)
    vectorizer = CountVectorizer(binary=True, ngram_range=ngram_range, min_df=min_df, stop_words="english",
                                 token_pattern=r"(?u)\b[^\W\d_]{2,}\b", lowercase=True)
    x = vectorizer.fit_transform(texts).tocsr()
    terms = vectorizer.get_feature_names_out()
    if groups is not None:  # one unit per (group, class): rows of x merged by that key, presence kept
        labels = np.asarray(getattr(groups, "labels", groups))
        _, unit = np.unique(labels * 2 + y, return_inverse=True)
        merge = sp.csr_matrix((np.ones(len(y)), (unit, np.arange(len(y)))), shape=(unit.max() + 1, len(y)))
        x = ((merge @ x) > 0).astype(np.float64).tocsr()
        y = np.asarray((merge @ y.astype(np.float64)) / np.asarray(merge.sum(axis=1)).ravel()).astype(np.int64)
        w = np.ones(len(y))
    share = {}
    for c in (0, 1):
        wc = np.where(y == c, w, 0.0)
        share[c] = (np.asarray(x.T @ wc).ravel() + 0.5) / (wc.sum() + 1.0)
    ratio = np.log(share[1] / share[0])
    rows = []
    for c, order in ((1, np.argsort(-ratio, kind="stable")), (0, np.argsort(ratio, kind="stable"))):
        for i in order[:n]:
            rows.append({"class": _CLASSES[c], "term": terms[i], "share_in_class": float(share[c][i]),
                         "share_in_other": float(share[1 - c][i]), "log_ratio": float(ratio[i] if c else -ratio[i])})
    return pd.DataFrame(rows)
